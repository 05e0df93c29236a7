#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Proofs checked three ways: against a direct transcription of the RFC 9162 §2.1 recursive
//! definitions (written here, independently of the tree), against `ct-merkle`'s tree, and by
//! verification, which must fail after any single-bit change.

use accord_ledger::merkle::{Hash, Tree, leaf_hash, node_hash, verify_consistency, verify_inclusion};
use proptest::prelude::*;

/// MTH(D) straight from the RFC text, on leaf data.
fn mth(d: &[Vec<u8>]) -> Hash {
    match d.len() {
        0 => accord_ledger::merkle::empty_root(),
        1 => leaf_hash(&d[0]),
        n => {
            let k = largest_power_of_two_below(n);
            node_hash(&mth(&d[..k]), &mth(&d[k..]))
        }
    }
}

fn largest_power_of_two_below(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

/// PATH(m, D[n]).
fn path(m: usize, d: &[Vec<u8>]) -> Vec<Hash> {
    let n = d.len();
    if n == 1 {
        return vec![];
    }
    let k = largest_power_of_two_below(n);
    if m < k {
        let mut p = path(m, &d[..k]);
        p.push(mth(&d[k..]));
        p
    } else {
        let mut p = path(m - k, &d[k..]);
        p.push(mth(&d[..k]));
        p
    }
}

/// SUBPROOF(m, D[n], b).
fn subproof(m: usize, d: &[Vec<u8>], b: bool) -> Vec<Hash> {
    let n = d.len();
    if m == n {
        return if b { vec![] } else { vec![mth(d)] };
    }
    let k = largest_power_of_two_below(n);
    if m <= k {
        let mut p = subproof(m, &d[..k], b);
        p.push(mth(&d[k..]));
        p
    } else {
        let mut p = subproof(m - k, &d[k..], false);
        p.push(mth(&d[..k]));
        p
    }
}

fn data(n: usize, seed: u64) -> Vec<Vec<u8>> {
    (0..n).map(|i| format!("leaf {i} of {seed}").into_bytes()).collect()
}

fn flip(h: &Hash, bit: usize) -> Hash {
    let mut out = *h;
    out[(bit / 8) % 32] ^= 1 << (bit % 8);
    out
}

#[test]
fn every_size_up_to_70_matches_the_rfc_exhaustively() {
    let d = data(70, 1);
    let tree = Tree::from_leaf_hashes(d.iter().map(|x| leaf_hash(x)));
    for n in 1..=d.len() {
        let root = tree.root(n as u64).unwrap();
        assert_eq!(root, mth(&d[..n]), "root of {n}");
        for m in 0..n {
            let p = tree.inclusion_path(m as u64, n as u64).unwrap();
            assert_eq!(p, path(m, &d[..n]), "PATH({m}, {n})");
            verify_inclusion(&d[m], m as u64, n as u64, &p, &root).unwrap();
        }
        for m in 1..n {
            let p = tree.consistency_proof(m as u64, n as u64).unwrap();
            assert_eq!(p, subproof(m, &d[..n], true), "PROOF({m}, {n})");
            verify_consistency(m as u64, &tree.root(m as u64).unwrap(), n as u64, &root, &p).unwrap();
        }
    }
}

#[test]
fn matches_ct_merkle_for_the_current_size() {
    use sha2_11::Sha256;
    let d = data(37, 2);
    let mut theirs = ct_merkle::mem_backed_tree::MemoryBackedTree::<Sha256, Vec<u8>>::new();
    let mut ours = Tree::new();
    for x in &d {
        theirs.push(x.clone());
        ours.push(leaf_hash(x));
        let n = ours.len();
        assert_eq!(ours.root(n).unwrap().as_slice(), theirs.root().as_bytes().as_slice());
        for m in 0..n {
            let p = ours.inclusion_path(m, n).unwrap().concat();
            assert_eq!(p, theirs.prove_inclusion(m as usize).as_bytes());
        }
        for m in 1..n {
            let p = ours.consistency_proof(m, n).unwrap().concat();
            assert_eq!(p, theirs.prove_consistency((n - m) as usize).as_bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn proofs_verify_and_any_single_bit_change_breaks_them(
        n in 2usize..300, seed in any::<u64>(), pick in any::<prop::sample::Index>(), pick2 in any::<prop::sample::Index>(), bit in 0usize..256,
    ) {
        let d = data(n, seed);
        let tree = Tree::from_leaf_hashes(d.iter().map(|x| leaf_hash(x)));
        let size = (pick2.index(n) + 1) as u64;
        let index = pick.index(size as usize) as u64;
        let root = tree.root(size).unwrap();
        let p = tree.inclusion_path(index, size).unwrap();
        prop_assert!(verify_inclusion(&d[index as usize], index, size, &p, &root).is_ok());
        prop_assert!(verify_inclusion(&d[index as usize], index, size, &p, &flip(&root, bit)).is_err());
        let mut leaf = d[index as usize].clone();
        leaf[0] ^= 1 << (bit % 8);
        prop_assert!(verify_inclusion(&leaf, index, size, &p, &root).is_err());
        for j in 0..p.len() {
            let mut bad = p.clone();
            bad[j] = flip(&bad[j], bit);
            prop_assert!(verify_inclusion(&d[index as usize], index, size, &bad, &root).is_err());
        }
        if size > 1 {
            let other = (index + 1) % size;
            prop_assert!(verify_inclusion(&d[index as usize], other, size, &p, &root).is_err() || d[index as usize] == d[other as usize]);
        }

        let second = n as u64;
        let first = size.min(second);
        let proof = tree.consistency_proof(first, second).unwrap();
        let r1 = tree.root(first).unwrap();
        let r2 = tree.root(second).unwrap();
        prop_assert!(verify_consistency(first, &r1, second, &r2, &proof).is_ok());
        if first < second {
            prop_assert!(verify_consistency(first, &flip(&r1, bit), second, &r2, &proof).is_err());
            prop_assert!(verify_consistency(first, &r1, second, &flip(&r2, bit), &proof).is_err());
            for j in 0..proof.len() {
                let mut bad = proof.clone();
                bad[j] = flip(&bad[j], bit);
                prop_assert!(verify_consistency(first, &r1, second, &r2, &bad).is_err());
            }
        }
        prop_assert!(verify_consistency(second, &r2, first, &r1, &proof).is_err() || first == second);
    }
}
