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

/// Assigns each point to its nearest centre. Ties go to the lowest index (Polis's go to the last
/// in map order, which is not deterministic across runtimes; §2.16).
fn assign(points: &[Point], centers: &[Point]) -> Vec<usize> {
    points
        .par_iter()
        .with_min_len(4096)
        .map(|&p| {
            let mut best = 0;
            let mut best_d = f64::INFINITY;
            for (i, &c) in centers.iter().enumerate() {
                let d = distance2(p, c);
                if d < best_d {
                    best_d = d;
                    best = i;
                }
            }
            best
        })
        .collect()
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

/// Runs k-means from the given centres. `weights` (one per point) default to 1.
pub fn kmeans(points: &[Point], weights: Option<&[f64]>, mut centers: Vec<Point>, max_iters: usize) -> Vec<Cluster> {
    let weight = |i: usize| weights.map_or(1.0, |w| w[i]);
    let mut clusters = Vec::new();
    for _ in 0..max_iters.max(1) {
        let labels = assign(points, &centers);
        let mut sum = vec![[0.0f64; 2]; centers.len()];
        let mut total = vec![0.0f64; centers.len()];
        let mut members = vec![Vec::new(); centers.len()];
        for (i, &c) in labels.iter().enumerate() {
            let w = weight(i);
            sum[c][0] += w * points[i][0];
            sum[c][1] += w * points[i][1];
            total[c] += w;
            members[c].push(i);
        }
        // Empty clusters are dropped, not re-seeded (Polis `cluster-step`).
        clusters = members
            .into_iter()
            .enumerate()
            .filter(|(_, m)| !m.is_empty())
            .map(|(c, m)| {
                let t = if total[c] > 0.0 { total[c] } else { m.len() as f64 };
                Cluster { center: [sum[c][0] / t, sum[c][1] / t], members: m }
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
    let total: f64 = (0..points.len())
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
        .sum();
    total / points.len() as f64
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
