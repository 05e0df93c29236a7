//! Per-group statistics (§2.10–§2.14): representative statements, majority ("consensus")
//! lists, group-informed consensus and statement priorities. Every formula cites its section
//! of `consensus-math.md`; the tests check them against counts worked out by hand.

use serde::{Deserialize, Serialize};

use crate::model::StatementId;

/// Agree, disagree and seen (all votes, passes included) counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub agree: u32,
    pub disagree: u32,
    pub seen: u32,
}

impl Counts {
    pub fn add_sign(&mut self, sign: i8) {
        self.seen += 1;
        match sign {
            1 => self.agree += 1,
            -1 => self.disagree += 1,
            _ => {}
        }
    }

    /// Takes back a vote counted by [`Counts::add_sign`] (a replaced vote, a participant who
    /// moved to another group).
    pub fn remove_sign(&mut self, sign: i8) {
        self.seen = self.seen.saturating_sub(1);
        match sign {
            1 => self.agree = self.agree.saturating_sub(1),
            -1 => self.disagree = self.disagree.saturating_sub(1),
            _ => {}
        }
    }

    pub fn passes(&self) -> u32 {
        self.seen - self.agree - self.disagree
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.agree += other.agree;
        self.disagree += other.disagree;
        self.seen += other.seen;
    }
}

/// Polis `prop-test`: 2·√(n + 1)·((k + 1)/(n + 1) − 0.5).
pub fn prop_test(successes: f64, trials: f64) -> f64 {
    2.0 * (trials + 1.0).sqrt() * ((successes + 1.0) / (trials + 1.0) - 0.5)
}

/// Polis `two-prop-test` with +1 added to all four inputs; 0 when the pooled proportion is 1.
pub fn two_prop_test(succ_in: f64, succ_out: f64, n_in: f64, n_out: f64) -> f64 {
    let (s1, s2, n1, n2) = (succ_in + 1.0, succ_out + 1.0, n_in + 1.0, n_out + 1.0);
    let p1 = s1 / n1;
    let p2 = s2 / n2;
    let pooled = (s1 + s2) / (n1 + n2);
    if pooled >= 1.0 {
        return 0.0;
    }
    (p1 - p2) / (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

/// The statistics of one statement in one group against the other groups (§2.11).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupStats {
    pub statement: StatementId,
    pub na: f64,
    pub nd: f64,
    pub ns: f64,
    pub pa: f64,
    pub pd: f64,
    pub pat: f64,
    pub pdt: f64,
    pub ra: f64,
    pub rd: f64,
    pub rat: f64,
    pub rdt: f64,
}

impl GroupStats {
    pub fn new(statement: StatementId, group: Counts, rest: Counts) -> Self {
        let (na, nd, ns) = (f64::from(group.agree), f64::from(group.disagree), f64::from(group.seen));
        let (rna, rnd, rns) = (f64::from(rest.agree), f64::from(rest.disagree), f64::from(rest.seen));
        let pa = (na + 1.0) / (ns + 2.0);
        let pd = (nd + 1.0) / (ns + 2.0);
        GroupStats {
            statement,
            na,
            nd,
            ns,
            pa,
            pd,
            pat: prop_test(na, ns),
            pdt: prop_test(nd, ns),
            ra: pa / ((rna + 1.0) / (rns + 2.0)),
            rd: pd / ((rnd + 1.0) / (rns + 2.0)),
            rat: two_prop_test(na, rna, ns, rns),
            rdt: two_prop_test(nd, rnd, ns, rns),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Agree,
    Disagree,
}

/// A representative statement of a group (Polis `finalize-cmt-stats`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    pub statement: StatementId,
    pub direction: Direction,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
    pub repness: f64,
    pub repness_test: f64,
    /// The group's best agreed statement, placed first (Polis `best-agree`).
    #[serde(default)]
    pub best_agree: bool,
}

fn finalize(s: &GroupStats) -> Representative {
    // Polis picks the direction by the repness test alone, so even best-agree can come out as
    // "disagree" (§2.11 quirk).
    let agree = s.rat > s.rdt;
    let (n, p, pt, r, rt) = if agree { (s.na, s.pa, s.pat, s.ra, s.rat) } else { (s.nd, s.pd, s.pdt, s.rd, s.rdt) };
    Representative {
        statement: s.statement,
        direction: if agree { Direction::Agree } else { Direction::Disagree },
        n_success: n as u32,
        n_trials: s.ns as u32,
        p_success: p,
        p_test: pt,
        repness: r,
        repness_test: rt,
        best_agree: false,
    }
}

fn rank(r: &Representative) -> f64 {
    r.repness * r.repness_test * r.p_success * r.p_test
}

/// Selects a group's representative statements from its stats, in column order, moderated-out
/// statements already removed (Polis `select-rep-comments`, §2.11).
pub fn select_representatives(stats: &[GroupStats], z: f64, top: usize) -> Vec<Representative> {
    let mut sufficient: Vec<Representative> = Vec::new();
    let mut best: Option<Representative> = None;
    let mut best_agree: Option<GroupStats> = None;
    for s in stats {
        let passes = (s.rat > z && s.pat > z) || (s.rdt > z && s.pdt > z);
        let sufficient_was_empty = sufficient.is_empty();
        if passes {
            sufficient.push(finalize(s));
        }
        if sufficient_was_empty && best.as_ref().is_none_or(|b| s.rat.max(s.rdt) > b.repness_test) {
            best = Some(finalize(s));
        }
        let beats = if s.na == 0.0 && s.nd == 0.0 {
            false
        } else if let Some(b) = &best_agree {
            if b.ra > 1.0 {
                s.ra * s.rat * s.pa * s.pat > b.ra * b.rat * b.pa * b.pat
            } else {
                s.pa * s.pat > b.pa * b.pat
            }
        } else {
            s.pat > z || (s.ra > 1.0 && s.pa > 0.5)
        };
        if beats {
            best_agree = Some(*s);
        }
    }
    let flagged = |s: &GroupStats| Representative { best_agree: true, ..finalize(s) };
    if sufficient.is_empty() {
        return match (best_agree, best) {
            (Some(a), _) => vec![flagged(&a)],
            (None, Some(b)) => vec![b],
            (None, None) => Vec::new(),
        };
    }
    if let Some(a) = &best_agree {
        sufficient.retain(|r| r.statement != a.statement);
    }
    sufficient.sort_by(|x, y| rank(y).total_cmp(&rank(x)));
    let mut chosen: Vec<Representative> = best_agree.iter().map(flagged).chain(sufficient).take(top).collect();
    // Stable partition: agrees before disagrees.
    chosen.sort_by_key(|r| r.direction == Direction::Disagree);
    chosen
}

/// A statement on the majority lists (§2.12).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MajorityStatement {
    pub statement: StatementId,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Majority {
    pub agree: Vec<MajorityStatement>,
    pub disagree: Vec<MajorityStatement>,
}

/// Polis's "consensus" lists over all participants (`consensus-stats`, §2.12). `columns` holds
/// the statements in column order with their counts, moderated-out statements removed.
pub fn majority(columns: &[(StatementId, Counts)], z: f64, top: usize) -> Majority {
    let list = |pick: fn(&Counts) -> u32| {
        let mut out: Vec<MajorityStatement> = columns
            .iter()
            .filter_map(|(statement, c)| {
                let (k, n) = (f64::from(pick(c)), f64::from(c.seen));
                let p = (k + 1.0) / (n + 2.0);
                let t = prop_test(k, n);
                (p > 0.5 && t > z).then_some(MajorityStatement {
                    statement: *statement,
                    n_success: pick(c),
                    n_trials: c.seen,
                    p_success: p,
                    p_test: t,
                })
            })
            .collect();
        out.sort_by(|x, y| (y.p_success * y.p_test).total_cmp(&(x.p_success * x.p_test)));
        out.truncate(top);
        out
    };
    Majority { agree: list(|c| c.agree), disagree: list(|c| c.disagree) }
}

/// Group-informed consensus (§2.13): Π over groups of (A + 1)/(S + 2).
pub fn group_informed_consensus(per_group: &[Counts]) -> f64 {
    per_group.iter().map(|c| (f64::from(c.agree) + 1.0) / (f64::from(c.seen) + 2.0)).product()
}

/// Routing priority (§2.14): (importance · (1 + 8·2^(−S/5)))², where importance =
/// (1 − (P + 1)/(S + 2)) · (E + 1) · (A + 1)/(S + 2); meta statements get 7² = 49.
pub fn priority(total: Counts, extremity: f64, is_meta: bool) -> f64 {
    if is_meta {
        return 49.0;
    }
    let (a, s, p) = (f64::from(total.agree), f64::from(total.seen), f64::from(total.passes()));
    let importance = (1.0 - (p + 1.0) / (s + 2.0)) * (extremity + 1.0) * (a + 1.0) / (s + 2.0);
    (importance * (1.0 + 8.0 * 2f64.powf(-s / 5.0))).powi(2)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn c(agree: u32, disagree: u32, seen: u32) -> Counts {
        Counts { agree, disagree, seen }
    }

    #[test]
    fn tests_by_hand() {
        // prop-test(3, 4) = 2·√5·(4/5 − 1/2) = 0.6·√5.
        assert!((prop_test(3.0, 4.0) - 0.6 * 5f64.sqrt()).abs() < 1e-15);
        // two-prop-test(3, 1, 4, 4): p1 = 4/5, p2 = 2/5, p̂ = 6/10, se = √(0.24·(1/5 + 1/5)).
        let z = (0.8 - 0.4) / (0.24f64 * 0.4).sqrt();
        assert!((two_prop_test(3.0, 1.0, 4.0, 4.0) - z).abs() < 1e-15);
        assert_eq!(two_prop_test(4.0, 4.0, 3.0, 3.0), 0.0, "pooled proportion ≥ 1 gives 0");
    }

    #[test]
    fn group_stats_by_hand() {
        // Group: 3 agree, 1 disagree of 5 seen; others: 1 agree, 4 disagree of 6 seen.
        let s = GroupStats::new(9, c(3, 1, 5), c(1, 4, 6));
        assert!((s.pa - 4.0 / 7.0).abs() < 1e-15);
        assert!((s.pd - 2.0 / 7.0).abs() < 1e-15);
        assert!((s.ra - (4.0 / 7.0) / (2.0 / 8.0)).abs() < 1e-15);
        assert!((s.rd - (2.0 / 7.0) / (5.0 / 8.0)).abs() < 1e-15);
        assert!((s.rat - two_prop_test(3.0, 1.0, 5.0, 6.0)).abs() < 1e-15);
        assert!((s.pat - prop_test(3.0, 5.0)).abs() < 1e-15);
    }

    #[test]
    fn gac_and_priority_by_hand() {
        // (2+1)/(4+2) · (0+1)/(3+2) = 1/2 · 1/5.
        assert!((group_informed_consensus(&[c(2, 1, 4), c(0, 3, 3)]) - 0.1).abs() < 1e-15);
        // A=2, D=1, S=5 (P=2), E=0.5: importance = (1 − 3/7)·1.5·3/7; factor = 1 + 8·2^(−1) = 5.
        let importance: f64 = (1.0 - 3.0 / 7.0) * 1.5 * 3.0 / 7.0;
        assert!((priority(c(2, 1, 5), 0.5, false) - (importance * 5.0).powi(2)).abs() < 1e-12);
        assert_eq!(priority(c(2, 1, 5), 0.5, true), 49.0);
    }

    #[test]
    fn majority_lists() {
        let cols = [(0, c(9, 0, 10)), (1, c(1, 8, 10)), (2, c(5, 5, 10)), (3, c(20, 0, 20))];
        let m = majority(&cols, 1.2816, 5);
        assert_eq!(m.agree.iter().map(|s| s.statement).collect::<Vec<_>>(), vec![3, 0]);
        assert_eq!(m.disagree.iter().map(|s| s.statement).collect::<Vec<_>>(), vec![1]);
        assert_eq!(majority(&cols, 1.2816, 1).agree.len(), 1);
    }

    #[test]
    fn representatives_selection_rules() {
        // Statement 0: the group agrees strongly, the rest disagree: sufficient and best-agree.
        // Statement 1: the group disagrees strongly, the rest agree: sufficient, disagree.
        // Statement 2: nobody voted: never best-agree.
        let stats = [
            GroupStats::new(0, c(10, 0, 10), c(0, 10, 10)),
            GroupStats::new(1, c(0, 10, 10), c(10, 0, 10)),
            GroupStats::new(2, c(0, 0, 0), c(0, 0, 0)),
        ];
        let reps = select_representatives(&stats, 1.2816, 5);
        assert_eq!(reps.len(), 2);
        assert_eq!((reps[0].statement, reps[0].direction, reps[0].best_agree), (0, Direction::Agree, true));
        assert_eq!((reps[1].statement, reps[1].direction), (1, Direction::Disagree));
        assert_eq!(reps[0].n_success, 10);
        assert_eq!(reps[1].n_trials, 10);
    }

    #[test]
    fn representatives_fall_back_to_best() {
        // Nothing significant and no agreement at all: best by test is returned alone.
        let stats = [GroupStats::new(0, c(0, 1, 2), c(0, 1, 2)), GroupStats::new(1, c(0, 2, 3), c(0, 0, 3))];
        let reps = select_representatives(&stats, 1.2816, 5);
        assert_eq!(reps.len(), 1);
        // Statement 1's disagree test beats statement 0's.
        assert_eq!(reps[0].statement, 1);
        assert!(!reps[0].best_agree);
    }
}
