//! The whole pipeline (§2), batch or incremental.
//!
//! [`Engine`] keeps the vote matrix and the warm state Polis carries from one tick to the next:
//! the sticky set of clustered participants, the previous components, base clusters and group
//! centres, and the k smoother. [`analyze`] runs one cold tick on a finished vote log.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::kmeans::{self, Cluster, Point};
use crate::matrix::VoteMatrix;
use crate::model::{Params, ParticipantId, StatementId, StatementInfo, VoteEvent};
use crate::pca;
use crate::stats::{self, Counts, GroupStats, Majority, Representative};

/// The result of one analysis: what the report, the map and the router read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Participants with at least one vote.
    pub participants: usize,
    /// Participants clustered ("in-conv").
    pub in_conv: usize,
    /// Latest votes.
    pub votes: usize,
    /// The number of opinion groups shown.
    pub k: usize,
    /// The silhouette of each candidate k (§2.8).
    pub silhouettes: Vec<KScore>,
    pub groups: Vec<Group>,
    /// Polis's "consensus" lists: majority opinion over all participants (§2.12).
    pub consensus: Majority,
    /// Every known statement, in id order.
    pub statements: Vec<StatementResult>,
    /// Every participant with a vote, in first-vote order.
    pub positions: Vec<ParticipantPosition>,
    pub base_clusters: Vec<BaseCluster>,
    /// Subspace iterations the PCA needed (0 when it was decomposed densely or kept).
    pub pca_iterations: usize,
    /// False when this tick kept the previous components (few new votes on a large
    /// conversation); the positions then use the previous axes with the current votes.
    #[serde(default = "refreshed")]
    pub pca_refreshed: bool,
}

fn refreshed() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KScore {
    pub k: usize,
    pub silhouette: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: u32,
    /// The group's participants, ascending.
    pub members: Vec<ParticipantId>,
    pub center: Point,
    pub representative: Vec<Representative>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementResult {
    pub id: StatementId,
    pub moderated_out: bool,
    pub is_meta: bool,
    /// Latest-vote counts over every participant.
    pub votes: Counts,
    /// Latest-vote counts per group (in-conv members), in group order.
    pub group_votes: Vec<Counts>,
    /// Group-informed consensus (§2.13); absent for statements nobody has voted on.
    pub group_informed_consensus: Option<f64>,
    /// Routing weight of the statement (§2.14).
    pub priority: f64,
    /// Position of a participant who agreed with this statement only (§2.6).
    pub position: Option<Point>,
    pub extremity: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantPosition {
    pub id: ParticipantId,
    pub position: Point,
    /// The opinion group, for clustered participants.
    pub group: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaseCluster {
    pub center: Point,
    pub size: usize,
    pub group: u32,
}

/// The state carried between ticks (Polis's conversation state).
#[derive(Debug, Clone, Default)]
struct WarmState {
    /// The centre and components last computed, per column (columns keep their index).
    pca: Option<pca::Pca>,
    /// Per row, the position projected with `pca`, and the column counts they were projected
    /// with (all columns, moderated-out ones): a change of either rescales every position.
    positions: Vec<Point>,
    projected_with: (usize, usize),
    /// Per row: clustered ("in-conv"; sticky).
    in_conv: Vec<bool>,
    /// Per base cluster: its rows.
    base_members: Vec<Vec<usize>>,
    group_centers: BTreeMap<usize, Vec<Point>>,
    last_best_k: usize,
    best_k_ticks: u32,
    smoothed_k: usize,
    counts: Option<CountCache>,
    /// Votes applied since the components were last computed, and the moderated-out
    /// statements they were computed with.
    votes_since_pca: usize,
    out_at_pca: Vec<StatementId>,
}

/// The vote counts of the last tick, per column overall and per group, with the grouping they
/// were counted under. A tick updates them with the votes since and the rows that changed group
/// instead of recounting every vote.
#[derive(Debug, Clone, Default)]
struct CountCache {
    row_group: Vec<Option<u32>>,
    n_groups: usize,
    totals: Vec<Counts>,
    per_group: Vec<Vec<Counts>>,
}

/// Incremental analysis of one conversation.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    params: Params,
    matrix: VoteMatrix,
    /// Votes applied since the last tick: (row, column, replaced vote, new vote).
    pending: Vec<(usize, u32, Option<i8>, i8)>,
    statements: BTreeMap<StatementId, StatementInfo>,
    warm: Option<WarmState>,
}

/// Runs the pipeline once, cold, over a whole vote log.
pub fn analyze(statements: &[StatementInfo], events: &[VoteEvent], params: &Params) -> Analysis {
    let mut engine = Engine::new(params.clone());
    engine.set_statements(statements.iter().copied());
    engine.matrix = VoteMatrix::from_events(events);
    engine.analyze_full()
}

impl Engine {
    pub fn new(params: Params) -> Self {
        Engine { params, ..Default::default() }
    }

    /// Adds or updates statements (moderation decisions, new statements).
    pub fn set_statements(&mut self, statements: impl IntoIterator<Item = StatementInfo>) {
        for s in statements {
            self.statements.insert(s.id, s);
        }
    }

    /// Applies votes in the order given (the caller passes them in arrival order).
    pub fn add_votes(&mut self, events: &[VoteEvent]) {
        for e in events {
            let (row, col, previous) = self.matrix.replace(e);
            self.pending.push((row, col, previous, e.vote.sign()));
        }
    }

    pub fn matrix(&self) -> &VoteMatrix {
        &self.matrix
    }

    /// One tick: recomputes everything from the current matrix, warm-started from the last tick.
    /// On large matrices the components are refined by at most `Params::warm_pca_iters`
    /// iterations from the previous ones; [`Engine::analyze_full`] runs them to convergence.
    pub fn analyze(&mut self) -> Analysis {
        self.tick(false)
    }

    /// A tick whose components are computed to convergence, as a cold run's are.
    pub fn analyze_full(&mut self) -> Analysis {
        self.tick(true)
    }

    fn tick(&mut self, full: bool) -> Analysis {
        let params = self.params.clone();
        let matrix = &self.matrix;
        let mut warm = self.warm.take().unwrap_or_default();
        let columns = matrix.statements();
        let info = |id: StatementId| self.statements.get(&id).copied();
        let moderated_out: Vec<bool> = columns.iter().map(|&id| info(id).is_some_and(|s| s.moderated_out())).collect();

        let pending = std::mem::take(&mut self.pending);
        // The overall counts first (the new votes counted under the last tick's groups): the
        // column means, the PCA's centre, are read from them instead of from every vote.
        let mut cache = match warm.counts.take() {
            Some(mut cache) => {
                apply_votes(matrix, &mut cache, &pending);
                cache
            }
            None => {
                let (totals, _) = count(matrix, &[], 0);
                let per_group = vec![Vec::new(); matrix.n_cols()];
                CountCache { row_group: vec![None; matrix.n_rows()], n_groups: 0, totals, per_group }
            }
        };

        // PCA. On a large conversation a tick after few new votes keeps the centre and the
        // components: a thousand votes among millions cannot move them measurably, and the
        // products over every vote are most of a tick's cost. Only the participants who voted
        // since are projected again. The centre and components are recomputed once
        // `pca_refresh_fraction` of the votes are new, when moderation changes, and on a full
        // tick; otherwise warm-started from the previous ones (new columns padded with 1, as
        // Polis does).
        let out_ids: Vec<StatementId> =
            columns.iter().zip(&moderated_out).filter(|&(_, &out)| out).map(|(&id, _)| id).collect();
        let votes_since_pca = warm.votes_since_pca + pending.len();
        let projected_with = (columns.len(), out_ids.len());
        let keep = !full
            && out_ids == warm.out_at_pca
            && matrix.nnz() >= params.pca_reuse_min_votes
            && (votes_since_pca as f64) < params.pca_refresh_fraction * matrix.nnz() as f64;
        let kept = if keep { warm.pca.take() } else { None };
        let reuse = kept.is_some();
        let (pca, positions, votes_since_pca) = match kept {
            Some(mut kept) => {
                // Columns first voted on since carry no loading until the next refresh (their
                // centre only places them at the origin of the statement map).
                kept.center.resize(columns.len(), 0.0);
                for comp in &mut kept.comps {
                    comp.resize(columns.len(), 0.0);
                }
                kept.iterations = 0;
                let positions = if warm.projected_with == projected_with {
                    let mut positions = warm.positions;
                    positions.resize(matrix.n_rows(), [0.0, 0.0]);
                    let mut voted: Vec<usize> = pending.iter().map(|&(row, ..)| row).collect();
                    voted.sort_unstable();
                    voted.dedup();
                    for row in voted {
                        positions[row] = pca::project_row(matrix, &moderated_out, out_ids.len(), &kept, row);
                    }
                    positions
                } else {
                    pca::project_participants(matrix, &moderated_out, &kept)
                };
                (kept, positions, votes_since_pca)
            }
            None => {
                let warm_comps = warm.pca.as_ref().map(|p| {
                    let pick =
                        |k: usize| (0..columns.len()).map(|j| p.comps[k].get(j).copied().unwrap_or(1.0)).collect();
                    [pick(0), pick(1)]
                });
                let limit =
                    if full { pca::Iterations::Converge } else { pca::Iterations::AtMost(params.warm_pca_iters) };
                let center = column_means(&cache.totals, &moderated_out);
                let pca = pca::pca(matrix, &moderated_out, center, warm_comps.as_ref(), limit, params.seed);
                let positions = pca::project_participants(matrix, &moderated_out, &pca);
                (pca, positions, 0)
            }
        };
        let (statement_positions, extremity) = pca::project_statements(&pca);

        // In-conv (§2.4): enough votes, sticky, topped up to 15 by vote count.
        let n_rows = matrix.n_rows();
        let needed = params.min_votes.min(columns.len());
        let counts: Vec<usize> = (0..n_rows).map(|r| matrix.row(r).len()).collect();
        let mut in_conv: Vec<bool> =
            (0..n_rows).map(|r| counts[r] >= needed || warm.in_conv.get(r).copied().unwrap_or(false)).collect();
        let n_in = in_conv.iter().filter(|&&b| b).count();
        if n_in < params.min_in_conv {
            let mut order: Vec<usize> = (0..n_rows).filter(|&r| !in_conv[r] && counts[r] > 0).collect();
            order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
            for r in order.into_iter().take(params.min_in_conv - n_in) {
                in_conv[r] = true;
            }
        }
        let in_rows: Vec<usize> = (0..n_rows).filter(|&r| in_conv[r]).collect();
        let in_points: Vec<Point> = in_rows.iter().map(|&r| positions[r]).collect();

        // Base clusters (§2.7).
        let mut row_index = vec![usize::MAX; n_rows];
        for (i, &r) in in_rows.iter().enumerate() {
            row_index[r] = i;
        }
        let (base_start, hints) = base_start(&in_points, &warm.base_members, &row_index, params.base_k);
        let base = if in_points.is_empty() {
            Vec::new()
        } else {
            kmeans::kmeans_hinted(&in_points, None, base_start, Some(&hints), params.base_iters)
        };
        let base_centers: Vec<Point> = base.iter().map(|c| c.center).collect();
        let base_weights: Vec<f64> = base.iter().map(|c| c.members.len() as f64).collect();

        // Opinion groups (§2.8): k-means on the base centres for each k, chosen by silhouette.
        let k_max = params.max_k.min(2 + base.len() / 12).min(kmeans::distinct_count(&base_centers));
        let mut candidates: BTreeMap<usize, Vec<Cluster>> = BTreeMap::new();
        let mut silhouettes = Vec::new();
        for k in 2..=k_max {
            let start = warm
                .group_centers
                .get(&k)
                .filter(|c| c.len() == k)
                .cloned()
                .unwrap_or_else(|| kmeans::first_distinct(&base_centers, k));
            let clustering = kmeans::kmeans(&base_centers, Some(&base_weights), start, params.group_iters);
            silhouettes.push(KScore { k, silhouette: kmeans::silhouette(&base_centers, &clustering) });
            candidates.insert(k, clustering);
        }
        let best_k = silhouettes
            .iter()
            .fold(None::<&KScore>, |best, s| match best {
                Some(b) if b.silhouette >= s.silhouette => Some(b),
                _ => Some(s),
            })
            .map_or(1, |s| s.k);
        // The smoother (§2.8): switch only after the new best k has held for `k_buffer` ticks.
        let first_tick = warm.smoothed_k == 0;
        let best_k_ticks = if best_k == warm.last_best_k { warm.best_k_ticks + 1 } else { 1 };
        let mut smoothed_k = if first_tick || best_k_ticks >= params.k_buffer { best_k } else { warm.smoothed_k };
        if !candidates.contains_key(&smoothed_k) {
            // A stale k that no longer fits the data (Polis #2536 clamps it too).
            smoothed_k = best_k;
        }
        let group_clusters: Vec<Cluster> = match candidates.get(&smoothed_k) {
            Some(c) => c.clone(),
            None if !base.is_empty() => vec![Cluster { center: [0.0, 0.0], members: (0..base.len()).collect() }],
            None => Vec::new(),
        };

        // Group of each base cluster and each clustered row.
        let mut base_group = vec![0u32; base.len()];
        for (g, cluster) in group_clusters.iter().enumerate() {
            for &b in &cluster.members {
                base_group[b] = g as u32;
            }
        }
        let mut row_group: Vec<Option<u32>> = vec![None; n_rows];
        for (b, cluster) in base.iter().enumerate() {
            for &i in &cluster.members {
                row_group[in_rows[i]] = Some(base_group[b]);
            }
        }
        let n_groups = group_clusters.len();

        regroup(matrix, &mut cache, &row_group, n_groups);
        let (representative, consensus) =
            select(columns, &moderated_out, &cache.totals, &cache.per_group, n_groups, &params);
        let (totals, per_group) = (&cache.totals, &cache.per_group);
        let groups: Vec<Group> = group_clusters
            .iter()
            .zip(representative)
            .enumerate()
            .map(|(g, (cluster, representative))| {
                let mut members: Vec<ParticipantId> =
                    (0..n_rows).filter(|&r| row_group[r] == Some(g as u32)).map(|r| matrix.participants()[r]).collect();
                members.sort_unstable();
                Group { id: g as u32, members, center: cluster.center, representative }
            })
            .collect();

        // Per statement: every known statement plus any voted one missing from the list.
        let mut ids: Vec<StatementId> = self.statements.keys().copied().collect();
        ids.extend(columns.iter().filter(|id| !self.statements.contains_key(id)));
        ids.sort_unstable();
        let statements: Vec<StatementResult> = ids
            .iter()
            .map(|&id| {
                let s = info(id);
                let is_meta = s.is_some_and(|s| s.is_meta);
                match matrix.col_of(id) {
                    Some(j) => {
                        let grouped = per_group[j].iter().fold(Counts::default(), |mut acc, c| {
                            acc += *c;
                            acc
                        });
                        StatementResult {
                            id,
                            moderated_out: moderated_out[j],
                            is_meta,
                            votes: totals[j],
                            group_votes: per_group[j].clone(),
                            group_informed_consensus: Some(stats::group_informed_consensus(&per_group[j])),
                            priority: stats::priority(grouped, extremity[j], is_meta),
                            position: Some(statement_positions[j]),
                            extremity: extremity[j],
                        }
                    }
                    // Unvoted statements get the priority of S = 0, which puts new statements in
                    // front (Polis gives them weight 1 because its math never sees them).
                    None => StatementResult {
                        id,
                        moderated_out: s.is_some_and(|s| s.moderated_out()),
                        is_meta,
                        votes: Counts::default(),
                        group_votes: vec![Counts::default(); n_groups],
                        group_informed_consensus: None,
                        priority: stats::priority(Counts::default(), 0.0, is_meta),
                        position: None,
                        extremity: 0.0,
                    },
                }
            })
            .collect();

        let participant_positions = (0..n_rows)
            .map(|r| ParticipantPosition { id: matrix.participants()[r], position: positions[r], group: row_group[r] })
            .collect();
        let base_clusters = base
            .iter()
            .enumerate()
            .map(|(b, c)| BaseCluster { center: c.center, size: c.members.len(), group: base_group[b] })
            .collect();

        let pca_iterations = pca.iterations;
        self.warm = Some(WarmState {
            pca: Some(pca),
            positions,
            projected_with,
            in_conv,
            base_members: base.iter().map(|c| c.members.iter().map(|&i| in_rows[i]).collect()).collect(),
            group_centers: candidates
                .iter()
                .map(|(&k, clusters)| (k, clusters.iter().map(|c| c.center).collect()))
                .collect(),
            last_best_k: best_k,
            best_k_ticks,
            smoothed_k,
            counts: Some(cache),
            votes_since_pca,
            out_at_pca: out_ids,
        });

        Analysis {
            participants: n_rows,
            in_conv: in_rows.len(),
            votes: matrix.nnz(),
            k: n_groups,
            silhouettes,
            groups,
            consensus,
            statements,
            positions: participant_positions,
            base_clusters,
            pca_iterations,
            pca_refreshed: !reuse,
        }
    }
}

/// The statistics that follow from a grouping (§2.10–§2.12), per matrix column.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupStatistics {
    /// Latest-vote counts over every participant.
    pub totals: Vec<Counts>,
    /// Per column, per group: counts over the group's (clustered) members.
    pub per_group: Vec<Vec<Counts>>,
    /// Per group: its representative statements.
    pub representative: Vec<Vec<Representative>>,
    pub consensus: Majority,
}

/// Computes the statistics for a given grouping of the matrix rows (`None`: not clustered).
/// Separate from the clustering so that they can be checked against Polis's own groups.
pub fn statistics(
    matrix: &VoteMatrix,
    moderated_out: &[bool],
    row_group: &[Option<u32>],
    n_groups: usize,
    params: &Params,
) -> GroupStatistics {
    let (totals, per_group) = count(matrix, row_group, n_groups);
    let (representative, consensus) = select(matrix.statements(), moderated_out, &totals, &per_group, n_groups, params);
    GroupStatistics { totals, per_group, representative, consensus }
}

/// Counts every vote: per column overall, and per column and group.
fn count(matrix: &VoteMatrix, row_group: &[Option<u32>], n_groups: usize) -> (Vec<Counts>, Vec<Vec<Counts>>) {
    let m = matrix.n_cols();
    // One parallel pass over the rows; each task counts into its own tables, summed after.
    const ROWS_PER_TASK: usize = 16_384;
    let n = matrix.n_rows();
    let empty = || (vec![Counts::default(); m], vec![vec![Counts::default(); n_groups]; m]);
    (0..n.div_ceil(ROWS_PER_TASK))
        .into_par_iter()
        .map(|task| {
            let (mut totals, mut per_group) = empty();
            let rows = task * ROWS_PER_TASK..((task + 1) * ROWS_PER_TASK).min(n);
            for r in rows {
                let group = row_group.get(r).copied().flatten().filter(|&g| (g as usize) < n_groups);
                for &(c, v) in matrix.row(r) {
                    totals[c as usize].add_sign(v);
                    if let Some(g) = group {
                        per_group[c as usize][g as usize].add_sign(v);
                    }
                }
            }
            (totals, per_group)
        })
        .reduce(empty, |(mut ta, mut ga), (tb, gb)| {
            for (a, b) in ta.iter_mut().zip(tb) {
                *a += b;
            }
            for (a, b) in ga.iter_mut().zip(gb) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
            (ta, ga)
        })
}

/// Column means over the non-missing votes, from the counts; moderated-out columns are 0 for
/// every row in Polis's `rating-mat`, so their mean is 0. The sum of ±1 and 0 votes is exact in
/// floating point, so this equals summing the votes ([`pca::column_means`]).
fn column_means(totals: &[Counts], moderated_out: &[bool]) -> Vec<f64> {
    totals
        .iter()
        .zip(moderated_out)
        .map(
            |(c, &out)| {
                if out || c.seen == 0 { 0.0 } else { (f64::from(c.agree) - f64::from(c.disagree)) / f64::from(c.seen) }
            },
        )
        .collect()
}

/// Counts the votes since the last tick, each replacing the vote it replaced, in the group its
/// participant had then.
fn apply_votes(matrix: &VoteMatrix, cache: &mut CountCache, pending: &[(usize, u32, Option<i8>, i8)]) {
    let (m, n_groups) = (matrix.n_cols(), cache.n_groups);
    cache.totals.resize(m, Counts::default());
    cache.per_group.resize(m, vec![Counts::default(); n_groups]);
    cache.row_group.resize(matrix.n_rows(), None);
    let group_of = |g: Option<u32>| g.map(|g| g as usize).filter(|&g| g < n_groups);
    for &(row, col, previous, new) in pending {
        let (c, g) = (col as usize, group_of(cache.row_group[row]));
        if let Some(old) = previous {
            cache.totals[c].remove_sign(old);
            if let Some(g) = g {
                cache.per_group[c][g].remove_sign(old);
            }
        }
        cache.totals[c].add_sign(new);
        if let Some(g) = g {
            cache.per_group[c][g].add_sign(new);
        }
    }
}

/// Moves the rows whose group changed to their new group's counts, or counts the groups
/// afresh when their number changed.
fn regroup(matrix: &VoteMatrix, cache: &mut CountCache, row_group: &[Option<u32>], n_groups: usize) {
    if cache.n_groups != n_groups {
        cache.per_group = count(matrix, row_group, n_groups).1;
        cache.row_group = row_group.to_vec();
        cache.n_groups = n_groups;
        return;
    }
    let group_of = |g: Option<u32>| g.map(|g| g as usize).filter(|&g| g < n_groups);
    for (r, &now) in row_group.iter().enumerate().take(matrix.n_rows()) {
        let before = cache.row_group[r];
        if before == now {
            continue;
        }
        for &(c, v) in matrix.row(r) {
            if let Some(g) = group_of(before) {
                cache.per_group[c as usize][g].remove_sign(v);
            }
            if let Some(g) = group_of(now) {
                cache.per_group[c as usize][g].add_sign(v);
            }
        }
        cache.row_group[r] = now;
    }
}

/// Representative statements per group (§2.11, in column order, moderated-out skipped) and the
/// majority lists (§2.12), from the counts.
fn select(
    columns: &[StatementId],
    moderated_out: &[bool],
    totals: &[Counts],
    per_group: &[Vec<Counts>],
    n_groups: usize,
    params: &Params,
) -> (Vec<Vec<Representative>>, Majority) {
    let m = columns.len();
    let representative = (0..n_groups)
        .map(|g| {
            let stats: Vec<GroupStats> = (0..m)
                .filter(|&j| !moderated_out[j])
                .map(|j| {
                    let mut rest = Counts::default();
                    for (h, c) in per_group[j].iter().enumerate() {
                        if h != g {
                            rest += *c;
                        }
                    }
                    GroupStats::new(columns[j], per_group[j][g], rest)
                })
                .collect();
            stats::select_representatives(&stats, params.z_threshold, params.top)
        })
        .collect();
    let majority_columns: Vec<(StatementId, Counts)> =
        (0..m).filter(|&j| !moderated_out[j]).map(|j| (columns[j], totals[j])).collect();
    (representative, stats::majority(&majority_columns, params.z_threshold, params.top))
}

/// Start centres for base k-means, and each point's guess of its start centre: cold, the first
/// k distinct points; warm, the previous clusters (their rows) recentred on their members' new
/// positions (`index`: row → point, or `usize::MAX` when no longer clustered), identical centres
/// merged, and the most distant points split off until there are enough (Polis
/// `clean-start-clusters`).
fn base_start(points: &[Point], previous: &[Vec<usize>], index: &[usize], k: usize) -> (Vec<Point>, Vec<usize>) {
    let mut hints = vec![usize::MAX; points.len()];
    if previous.is_empty() {
        return (kmeans::first_distinct(points, k), hints);
    }
    let mut centers: Vec<Point> = Vec::new();
    let mut seen: HashMap<(u64, u64), usize> = HashMap::new();
    for members in previous {
        let rows: Vec<usize> =
            members.iter().filter_map(|&r| index.get(r).copied().filter(|&i| i != usize::MAX)).collect();
        if rows.is_empty() {
            continue;
        }
        let n = rows.len() as f64;
        let c =
            [rows.iter().map(|&i| points[i][0]).sum::<f64>() / n, rows.iter().map(|&i| points[i][1]).sum::<f64>() / n];
        let at = *seen.entry((c[0].to_bits(), c[1].to_bits())).or_insert_with(|| {
            centers.push(c);
            centers.len() - 1
        });
        for &i in &rows {
            hints[i] = at;
        }
    }
    // Counting the distinct points hashes them all; most ticks keep every cluster and skip it.
    let target = if centers.len() < k { k.min(kmeans::distinct_count(points)) } else { k };
    while centers.len() < target {
        let far = points
            .iter()
            .map(|p| {
                let d =
                    centers.iter().map(|c| (p[0] - c[0]).powi(2) + (p[1] - c[1]).powi(2)).fold(f64::INFINITY, f64::min);
                (d, *p)
            })
            .filter(|(_, p)| !seen.contains_key(&(p[0].to_bits(), p[1].to_bits())))
            .fold(None::<(f64, Point)>, |best, (d, p)| match best {
                Some((bd, _)) if bd >= d => best,
                _ => Some((d, p)),
            });
        match far {
            Some((_, p)) => {
                seen.insert((p[0].to_bits(), p[1].to_bits()), centers.len());
                centers.push(p);
            }
            None => break,
        }
    }
    (centers, hints)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::synthetic;

    #[test]
    fn the_centre_read_from_the_counts_is_the_mean_of_the_votes() {
        let mut engine = Engine::new(Params::default());
        engine.set_statements((0..30).map(|id| StatementInfo {
            id,
            moderation: if id == 4 { crate::model::Moderation::Rejected } else { crate::model::Moderation::Accepted },
            is_meta: false,
        }));
        engine.add_votes(&synthetic::votes(200, 30, 3000, 3, 5));
        engine.analyze();
        // Later votes replace earlier ones and add participants and statements.
        let mut later = synthetic::votes(220, 32, 2000, 3, 6);
        for (i, v) in later.iter_mut().enumerate() {
            v.at_ms = 10_000 + i as i64;
        }
        for chunk in later.chunks(500) {
            engine.add_votes(chunk);
            engine.analyze();
            let out: Vec<bool> = engine.matrix.statements().iter().map(|&id| id == 4).collect();
            let counts = engine.warm.as_ref().unwrap().counts.as_ref().unwrap();
            assert_eq!(column_means(&counts.totals, &out), pca::column_means(&engine.matrix, &out));
        }
    }

    #[test]
    fn kept_components_reproject_the_new_voters_as_a_full_projection_would() {
        let params = Params { pca_reuse_min_votes: 1000, pca_refresh_fraction: 0.5, ..Params::default() };
        let mut engine = Engine::new(params);
        engine.add_votes(&synthetic::votes(300, 40, 5000, 3, 3));
        engine.analyze_full();
        // Later votes bring new participants (300..320) and new statements (40..42).
        let mut later = synthetic::votes(320, 42, 800, 3, 4);
        for (i, v) in later.iter_mut().enumerate() {
            v.at_ms = 10_000 + i as i64;
        }
        let mut reprojected_only_voters = false;
        for chunk in later.chunks(200) {
            let columns_before = engine.matrix.n_cols();
            engine.add_votes(chunk);
            reprojected_only_voters |= engine.matrix.n_cols() == columns_before;
            let analysis = engine.analyze();
            assert!(!analysis.pca_refreshed);
            let warm = engine.warm.as_ref().unwrap();
            let kept = warm.pca.as_ref().unwrap();
            let everyone = pca::project_participants(&engine.matrix, &vec![false; engine.matrix.n_cols()], kept);
            assert_eq!(warm.positions, everyone);
            let reported: Vec<Point> = analysis.positions.iter().map(|p| p.position).collect();
            assert_eq!(reported, everyone);
        }
        assert!(reprojected_only_voters, "no tick took the path that projects only the new voters");
    }
}
