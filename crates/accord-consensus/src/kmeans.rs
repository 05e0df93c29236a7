//! Polis's k-means (`clusters.clj`, §2.7–§2.8) and the silhouette used to choose k.
//!
//! Written here rather than taken from a library because the Polis semantics matter for
//! agreement with Polis's groups and no crate offers them: initial centres are the first k
//! *distinct* points in order, clusters that lose all their members are dropped rather than
//! re-seeded, points can carry weights (group k-means runs on base-cluster centres weighted by
//! size), and iteration stops when the sorted centres move less than 0.01.

use std::collections::HashSet;

use rayon::prelude::*;

pub type Point = [f64; 2];

/// Polis's `same-clustering?` threshold.
const SAME_CENTERS: f64 = 0.01;

#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub center: Point,
    /// Indices into the clustered points, ascending.
    pub members: Vec<usize>,
}

fn distance2(a: Point, b: Point) -> f64 {
    let (dx, dy) = (a[0] - b[0], a[1] - b[1]);
    dx * dx + dy * dy
}

/// The first `k` distinct points, in order (Polis `init-clusters`).
pub fn first_distinct(points: &[Point], k: usize) -> Vec<Point> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for p in points {
        if out.len() == k {
            break;
        }
        if seen.insert((p[0].to_bits(), p[1].to_bits())) {
            out.push(*p);
        }
    }
    out
}

/// Number of distinct points.
pub fn distinct_count(points: &[Point]) -> usize {
    points.iter().map(|p| (p[0].to_bits(), p[1].to_bits())).collect::<HashSet<_>>().len()
}

/// Per point: its centre, an upper bound on the distance to it and a lower bound on the
/// distance to every other centre (Hamerly's bounds).
#[derive(Debug, Clone, Copy)]
struct Bounds {
    label: usize,
    upper: f64,
    lower: f64,
}

/// The nearest centre (ties go to the lowest index; Polis's go to the last in map order, which
/// is not deterministic across runtimes, §2.16), with exact bounds.
fn nearest(p: Point, centers: &[Point]) -> Bounds {
    let (mut best, mut best_d, mut second_d) = (0, f64::INFINITY, f64::INFINITY);
    for (i, &c) in centers.iter().enumerate() {
        let d = distance2(p, c);
        if d < best_d {
            second_d = best_d;
            best_d = d;
            best = i;
        } else if d < second_d {
            second_d = d;
        }
    }
    Bounds { label: best, upper: best_d.sqrt(), lower: second_d.sqrt() }
}

/// How many of each centre's nearest neighbours are kept, sorted.
const LISTED: usize = 16;

/// Per centre: its `LISTED` nearest other centres, nearest first, with their distances, and the
/// distance to the nearest of the others (infinite when every other centre is listed).
struct Neighbours {
    listed: Vec<Vec<(f64, usize)>>,
    rest: Vec<f64>,
}

fn neighbours(centers: &[Point]) -> Neighbours {
    let order = |x: &(f64, usize), y: &(f64, usize)| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1));
    let (listed, rest) = centers
        .par_iter()
        .enumerate()
        .with_min_len(8)
        .map(|(a, &ca)| {
            let mut others: Vec<(f64, usize)> = centers
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != a)
                .map(|(j, &cj)| (distance2(ca, cj).sqrt(), j))
                .collect();
            let mut rest = f64::INFINITY;
            if others.len() > LISTED {
                // Partial selection: everything after position LISTED is no nearer than it.
                others.select_nth_unstable_by(LISTED, order);
                rest = others[LISTED].0;
                others.truncate(LISTED);
            }
            others.sort_by(order);
            (others, rest)
        })
        .unzip();
    Neighbours { listed, rest }
}

/// Whether finding every centre's neighbours (k² distances) costs less than measuring all k
/// centres from each of `points` points.
fn worth_searching(points: usize, k: usize) -> bool {
    points > 8 * k
}

/// [`nearest`], searched outwards from the centre `hint`: a centre more than `r` away from
/// `hint` is more than `r − reach` from the point (triangle inequality, `reach` the point's
/// distance to `hint`), so the search stops once that exceeds the second-nearest distance found;
/// both the nearest centre and the lower bound are then exact. Same result as [`nearest`].
fn nearest_from(p: Point, hint: usize, centers: &[Point], neighbours: &Neighbours) -> Bounds {
    let reach = distance2(p, centers[hint]).sqrt();
    let (mut best, mut best_d, mut second_d) = (hint, reach * reach, f64::INFINITY);
    let beyond = |second_d: f64, apart: f64| apart - reach > second_d.sqrt() + slack(reach);
    for &(apart, j) in &neighbours.listed[hint] {
        if beyond(second_d, apart) {
            return Bounds { label: best, upper: best_d.sqrt(), lower: second_d.sqrt() };
        }
        let d = distance2(p, centers[j]);
        if d < best_d || (d == best_d && j < best) {
            second_d = best_d;
            best_d = d;
            best = j;
        } else if d < second_d {
            second_d = d;
        }
    }
    let rest = neighbours.rest[hint];
    if beyond(second_d, rest) {
        Bounds { label: best, upper: best_d.sqrt(), lower: second_d.sqrt() }
    } else if beyond(best_d, rest) {
        // The nearest is certain; a centre not listed may come before the second found.
        Bounds { label: best, upper: best_d.sqrt(), lower: second_d.sqrt().min(rest - reach) }
    } else {
        // A point far from its hint, with centres beyond the listed ones still in reach.
        nearest(p, centers)
    }
}

/// Slack on the bound test, far above the rounding of the bound updates and far below any
/// distance that matters, so a skipped point is one whose centre is strictly the nearest.
fn slack(upper: f64) -> f64 {
    1e-9 * (1.0 + upper)
}

fn same_centers(a: &[Point], b: &[Point]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let sorted = |v: &[Point]| {
        let mut v = v.to_vec();
        v.sort_by(|x, y| x[0].total_cmp(&y[0]).then(x[1].total_cmp(&y[1])));
        v
    };
    sorted(a).iter().zip(sorted(b).iter()).all(|(x, y)| distance2(*x, *y).sqrt() < SAME_CENTERS)
}

/// Points per parallel task.
const POINTS_PER_TASK: usize = 4096;

/// Per centre: the weighted sum of its points, their total weight and their number. Summed per fixed chunk and
/// then in chunk order, so the result does not depend on the number of threads.
fn sums(points: &[Point], weights: Option<&[f64]>, bounds: &[Bounds], k: usize) -> Vec<([f64; 2], f64, usize)> {
    let partial: Vec<Vec<([f64; 2], f64, usize)>> = points
        .par_chunks(POINTS_PER_TASK)
        .zip(bounds.par_chunks(POINTS_PER_TASK))
        .enumerate()
        .map(|(chunk, (ps, bs))| {
            let mut acc = vec![([0.0f64; 2], 0.0f64, 0usize); k];
            for (i, (p, b)) in ps.iter().zip(bs).enumerate() {
                let w = weights.map_or(1.0, |w| w[chunk * POINTS_PER_TASK + i]);
                let a = &mut acc[b.label];
                a.0[0] += w * p[0];
                a.0[1] += w * p[1];
                a.1 += w;
                a.2 += 1;
            }
            acc
        })
        .collect();
    let mut total = vec![([0.0f64; 2], 0.0f64, 0usize); k];
    for acc in partial {
        for (t, a) in total.iter_mut().zip(acc) {
            t.0[0] += a.0[0];
            t.0[1] += a.0[1];
            t.1 += a.1;
            t.2 += a.2;
        }
    }
    total
}

/// Runs k-means from the given centres. `weights` (one per point) default to 1.
pub fn kmeans(points: &[Point], weights: Option<&[f64]>, centers: Vec<Point>, max_iters: usize) -> Vec<Cluster> {
    kmeans_hinted(points, weights, centers, None, max_iters)
}

/// [`kmeans`], with a guess of each point's start centre (`usize::MAX`: none), such as the
/// cluster it was in at the last tick; the result is the same, only faster to reach.
///
/// Lloyd's iteration with Hamerly's bounds: a point whose distance to its centre is below its
/// lower bound on every other centre keeps its centre without computing any other distance,
/// which after the first iterations is most points; the others are searched outwards from
/// their centre ([`nearest_from`]). The assignments are exactly Lloyd's; written here because
/// the crates that offer fast k-means do not keep Polis's semantics (see the module comment).
pub fn kmeans_hinted(
    points: &[Point],
    weights: Option<&[f64]>,
    mut centers: Vec<Point>,
    hints: Option<&[usize]>,
    max_iters: usize,
) -> Vec<Cluster> {
    if points.is_empty() || centers.is_empty() {
        return Vec::new();
    }
    let near = worth_searching(points.len(), centers.len()).then(|| neighbours(&centers));
    let mut bounds: Vec<Bounds> = points
        .par_iter()
        .enumerate()
        .with_min_len(POINTS_PER_TASK)
        .map(|(i, &p)| match (hints.and_then(|h| h.get(i)).filter(|&&h| h < centers.len()), &near) {
            (Some(&h), Some(near)) => nearest_from(p, h, &centers, near),
            _ => nearest(p, &centers),
        })
        .collect();
    let mut iteration = 0;
    loop {
        iteration += 1;
        // New centres; empty clusters are dropped, not re-seeded (Polis `cluster-step`).
        let sums = sums(points, weights, &bounds, centers.len());
        let mut renumber = vec![usize::MAX; centers.len()];
        let mut new_centers = Vec::with_capacity(centers.len());
        let mut moved = Vec::with_capacity(centers.len());
        for (c, &(sum, total, count)) in sums.iter().enumerate() {
            if count > 0 {
                renumber[c] = new_centers.len();
                let t = if total > 0.0 { total } else { count as f64 };
                let center = [sum[0] / t, sum[1] / t];
                moved.push(distance2(centers[c], center).sqrt());
                new_centers.push(center);
            }
        }
        let done = same_centers(&centers, &new_centers);
        if done || iteration >= max_iters {
            let mut clusters: Vec<Cluster> =
                new_centers.iter().map(|&center| Cluster { center, members: Vec::new() }).collect();
            for (i, b) in bounds.iter().enumerate() {
                clusters[renumber[b.label]].members.push(i);
            }
            return clusters;
        }
        // Move the bounds by how far the centres moved, then reassign the points they no
        // longer settle.
        let (mut first, mut second) = ((0.0f64, usize::MAX), 0.0f64);
        for (c, &d) in moved.iter().enumerate() {
            if d > first.0 {
                second = first.0;
                first = (d, c);
            } else if d > second {
                second = d;
            }
        }
        centers = new_centers;
        let near = worth_searching(points.len(), centers.len()).then(|| neighbours(&centers));
        bounds.par_iter_mut().zip(points.par_iter()).with_min_len(POINTS_PER_TASK).for_each(|(b, &p)| {
            let label = renumber[b.label];
            let others = if label == first.1 { second } else { first.0 };
            b.label = label;
            b.upper += moved[label];
            b.lower -= others;
            if b.upper + slack(b.upper) < b.lower {
                return;
            }
            b.upper = distance2(p, centers[label]).sqrt();
            if b.upper + slack(b.upper) < b.lower {
                return;
            }
            *b = match &near {
                Some(near) => nearest_from(p, label, &centers, near),
                None => nearest(p, &centers),
            };
        });
    }
}

/// Mean silhouette of a clustering of `points` (unweighted, Euclidean); a point alone in its
/// cluster scores 0, as in Polis.
pub fn silhouette(points: &[Point], clusters: &[Cluster]) -> f64 {
    if points.is_empty() || clusters.len() < 2 {
        return 0.0;
    }
    let mut label = vec![0usize; points.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        for &i in &cluster.members {
            label[i] = c;
        }
    }
    // Collected, then summed in point order: a parallel sum would group the terms differently
    // with the number of threads.
    let scores: Vec<f64> = (0..points.len())
        .into_par_iter()
        .map(|i| {
            let own = label[i];
            if clusters[own].members.len() < 2 {
                return 0.0;
            }
            let mut sums = vec![0.0f64; clusters.len()];
            for (j, &p) in points.iter().enumerate() {
                if j != i {
                    sums[label[j]] += distance2(points[i], p).sqrt();
                }
            }
            let a = sums[own] / (clusters[own].members.len() - 1) as f64;
            let b = (0..clusters.len())
                .filter(|&c| c != own)
                .map(|c| sums[c] / clusters[c].members.len() as f64)
                .fold(f64::INFINITY, f64::min);
            let max = a.max(b);
            if max > 0.0 { (b - a) / max } else { 0.0 }
        })
        .collect();
    scores.iter().sum::<f64>() / points.len() as f64
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn two_obvious_groups() {
        let points = vec![[0.0, 0.0], [0.1, 0.0], [0.0, 0.1], [5.0, 5.0], [5.1, 5.0], [5.0, 5.1]];
        let clusters = kmeans(&points, None, first_distinct(&points, 2), 20);
        assert_eq!(clusters.len(), 2);
        let mut sets: Vec<Vec<usize>> = clusters.iter().map(|c| c.members.clone()).collect();
        sets.sort();
        assert_eq!(sets, vec![vec![0, 1, 2], vec![3, 4, 5]]);
        let s = silhouette(&points, &clusters);
        assert!(s > 0.9, "{s}");
    }

    #[test]
    fn weights_pull_the_centre() {
        let points = vec![[0.0, 0.0], [1.0, 0.0]];
        let clusters = kmeans(&points, Some(&[3.0, 1.0]), vec![[0.5, 0.0]], 5);
        assert_eq!(clusters.len(), 1);
        assert!((clusters[0].center[0] - 0.25).abs() < 1e-12);
    }

    #[test]
    fn empty_clusters_are_dropped() {
        let points = vec![[0.0, 0.0], [0.0, 0.1]];
        let clusters = kmeans(&points, None, vec![[0.0, 0.0], [100.0, 100.0]], 5);
        assert_eq!(clusters.len(), 1);
    }

    /// Plain Lloyd, as the bounds must reproduce it.
    fn lloyd(points: &[Point], mut centers: Vec<Point>, max_iters: usize) -> Vec<Cluster> {
        let mut clusters = Vec::new();
        for _ in 0..max_iters.max(1) {
            let mut members = vec![Vec::new(); centers.len()];
            for (i, &p) in points.iter().enumerate() {
                members[nearest(p, &centers).label].push(i);
            }
            clusters = members
                .into_iter()
                .filter(|m| !m.is_empty())
                .map(|m| {
                    let n = m.len() as f64;
                    let sx: f64 = m.iter().map(|&i| points[i][0]).sum();
                    let sy: f64 = m.iter().map(|&i| points[i][1]).sum();
                    Cluster { center: [sx / n, sy / n], members: m }
                })
                .collect();
            let new_centers: Vec<Point> = clusters.iter().map(|c| c.center).collect();
            let done = same_centers(&centers, &new_centers);
            centers = new_centers;
            if done {
                break;
            }
        }
        clusters
    }

    #[test]
    fn the_bounds_give_exactly_lloyds_clusters() {
        let mut rng = crate::synthetic::SplitMix::new(11);
        // Clumps with duplicates, as vote positions have; fewer points than one parallel chunk so
        // the sums are added in the same order as the plain loop's.
        let points: Vec<Point> = (0..4000)
            .map(|i| {
                let clump = (i % 7) as f64;
                let jitter = (rng.next_f64() * 8.0).floor() / 8.0;
                [clump + jitter, (clump * 1.7).sin() + rng.next_f64()]
            })
            .collect();
        for (k, iters) in [(100, 100), (5, 20), (2, 3)] {
            let start = first_distinct(&points, k);
            let expected = lloyd(&points, start.clone(), iters);
            assert_eq!(kmeans(&points, None, start.clone(), iters), expected, "k = {k}");
            // Any guess of the start centres, right or wrong, gives the same clusters.
            let hints: Vec<usize> = (0..points.len()).map(|i| (i * 31 + 7) % (k + 3)).collect();
            assert_eq!(kmeans_hinted(&points, None, start, Some(&hints), iters), expected, "k = {k}, hinted");
        }
    }

    #[test]
    fn ties_go_to_the_lowest_centre_as_in_lloyds() {
        // Integer grid points and centres: many points are exactly as far from two centres.
        let points: Vec<Point> = (0..3000).map(|i| [f64::from(i % 23 % 9), f64::from(i % 17 % 7)]).collect();
        for (k, iters) in [(40, 100), (12, 20)] {
            let start = first_distinct(&points, k);
            let expected = lloyd(&points, start.clone(), iters);
            assert_eq!(kmeans(&points, None, start.clone(), iters), expected, "k = {k}");
            let hints: Vec<usize> = (0..points.len()).map(|i| i % k).collect();
            assert_eq!(kmeans_hinted(&points, None, start, Some(&hints), iters), expected, "k = {k}, hinted");
        }
    }

    #[test]
    fn silhouette_by_hand() {
        // Groups {0,1} and {2}: the singleton scores 0; for 0: a = 1, b = 3 → 2/3; for 1: a = 1, b = 2 → 1/2.
        let points = vec![[0.0, 0.0], [1.0, 0.0], [3.0, 0.0]];
        let clusters =
            vec![Cluster { center: [0.5, 0.0], members: vec![0, 1] }, Cluster { center: [3.0, 0.0], members: vec![2] }];
        let s = silhouette(&points, &clusters);
        assert!((s - (2.0 / 3.0 + 0.5) / 3.0).abs() < 1e-12, "{s}");
    }
}
