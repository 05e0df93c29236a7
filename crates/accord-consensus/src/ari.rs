//! Adjusted Rand index (Hubert and Arabie, 1985) between two labelings of the same items:
//! 1 for identical partitions up to renaming, about 0 for chance agreement.

use std::collections::HashMap;
use std::hash::Hash;

fn choose2(n: u64) -> f64 {
    (n as f64) * (n as f64 - 1.0) / 2.0
}

/// `pairs` holds one (label in A, label in B) per item. Returns `None` for fewer than 2 items.
pub fn adjusted_rand_index<A: Hash + Eq, B: Hash + Eq>(pairs: &[(A, B)]) -> Option<f64> {
    let n = pairs.len() as u64;
    if n < 2 {
        return None;
    }
    let mut joint: HashMap<(&A, &B), u64> = HashMap::new();
    let mut rows: HashMap<&A, u64> = HashMap::new();
    let mut cols: HashMap<&B, u64> = HashMap::new();
    for (a, b) in pairs {
        *joint.entry((a, b)).or_default() += 1;
        *rows.entry(a).or_default() += 1;
        *cols.entry(b).or_default() += 1;
    }
    let index: f64 = joint.values().map(|&c| choose2(c)).sum();
    let sum_a: f64 = rows.values().map(|&c| choose2(c)).sum();
    let sum_b: f64 = cols.values().map(|&c| choose2(c)).sum();
    let expected = sum_a * sum_b / choose2(n);
    let max = (sum_a + sum_b) / 2.0;
    if (max - expected).abs() < f64::EPSILON {
        // Both partitions are trivial (one cluster, or all singletons) and equal.
        return Some(if (index - expected).abs() < f64::EPSILON { 1.0 } else { 0.0 });
    }
    Some((index - expected) / (max - expected))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn identical_up_to_renaming_is_one() {
        let pairs = [(0, 'b'), (0, 'b'), (1, 'a'), (1, 'a'), (2, 'c')];
        assert!((adjusted_rand_index(&pairs).unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn worked_example() {
        // A = [0,0,0,1,1,1], B = [0,0,1,1,2,2]: index = 2, ΣA = 6, ΣB = 3, expected = 18/15,
        // max = 4.5, ARI = (2 − 1.2)/(4.5 − 1.2) = 0.2424…
        let pairs = [(0, 0), (0, 0), (0, 1), (1, 1), (1, 2), (1, 2)];
        let ari = adjusted_rand_index(&pairs).unwrap();
        assert!((ari - 0.8 / 3.3).abs() < 1e-12, "{ari}");
    }

    #[test]
    fn too_few_items() {
        assert_eq!(adjusted_rand_index::<u8, u8>(&[(0, 0)]), None);
    }
}
