//! The RFC 9162 §2.1 Merkle tree.
//!
//! `MTH({}) = SHA-256()`, `MTH({d}) = SHA-256(0x00 ‖ d)`,
//! `MTH(D[n]) = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))` with `k` the largest power of two
//! below `n`.
//!
//! Why proof *generation* is written here rather than taken from `ct-merkle`: its
//! `MemoryBackedTree` proves only against its current size, while a log must answer for any
//! earlier checkpoint (an auditor holds an old tree size and asks for a consistency proof to
//! the new one; inclusion is proved against the checkpoint the client has). This tree keeps
//! every complete, aligned subtree hash (level `l`, index `i` covers leaves
//! `[i·2^l, (i+1)·2^l)`), so any `MTH(D[a:b])` needed by the RFC's recursive definitions
//! costs O(log n) lookups. Verification uses `ct-merkle`, and the tests check these proofs
//! against it and against a direct transcription of the RFC text.

use sha2_11::{Digest, Sha256};

pub type Hash = [u8; 32];

/// `SHA-256(0x00 ‖ data)`.
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

/// `SHA-256(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// `MTH({})`: the hash of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The largest power of two strictly below `n` (`n ≥ 2`).
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    let mut k = 1u64;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    #[error("tree size {size} is larger than the log ({len} leaves)")]
    TooLarge { size: u64, len: u64 },
    #[error("leaf index {index} is not below tree size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("a consistency proof needs 0 < first ≤ second, got {first} and {second}")]
    BadSizes { first: u64, second: u64 },
}

/// An append-only Merkle tree over leaf hashes.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    /// `levels[0]` are the leaf hashes; `levels[l][i]` is the hash of the complete subtree of
    /// `2^l` leaves starting at leaf `i·2^l`.
    levels: Vec<Vec<Hash>>,
}

impl Tree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a tree from leaf hashes in order.
    pub fn from_leaf_hashes(leaves: impl IntoIterator<Item = Hash>) -> Self {
        let mut tree = Self::new();
        for l in leaves {
            tree.push(l);
        }
        tree
    }

    pub fn len(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The leaf hash at `index`.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        self.levels.first().and_then(|l| l.get(usize::try_from(index).ok()?)).copied()
    }

    /// Appends a leaf hash (amortised O(1): completes at most log n subtrees).
    pub fn push(&mut self, leaf: Hash) {
        if self.levels.is_empty() {
            self.levels.push(Vec::new());
        }
        self.levels[0].push(leaf);
        let mut level = 0;
        while self.levels[level].len().is_multiple_of(2) {
            let n = self.levels[level].len();
            let parent = node_hash(&self.levels[level][n - 2], &self.levels[level][n - 1]);
            if self.levels.len() == level + 1 {
                self.levels.push(Vec::new());
            }
            self.levels[level + 1].push(parent);
            level += 1;
        }
    }

    /// `MTH(D[a:b])` for `a < b ≤ len`, where `[a, b)` is a node of some tree (the RFC's
    /// recursion only asks for such ranges: `a` is a multiple of the largest power of two ≤ b-a).
    fn subtree(&self, a: u64, b: u64) -> Hash {
        let n = b - a;
        if n.is_power_of_two() {
            let level = n.trailing_zeros() as usize;
            if let Some(h) = self.levels.get(level).and_then(|l| l.get((a >> level) as usize)) {
                return *h;
            }
        }
        let k = split(n);
        node_hash(&self.subtree(a, a + k), &self.subtree(a + k, b))
    }

    /// The root hash of the first `size` leaves.
    pub fn root(&self, size: u64) -> Result<Hash, TreeError> {
        if size > self.len() {
            return Err(TreeError::TooLarge { size, len: self.len() });
        }
        Ok(if size == 0 { empty_root() } else { self.subtree(0, size) })
    }

    /// The inclusion path `PATH(index, D[size])`, leaf to root (RFC 9162 §2.1.3.1).
    pub fn inclusion_path(&self, index: u64, size: u64) -> Result<Vec<Hash>, TreeError> {
        if size > self.len() {
            return Err(TreeError::TooLarge { size, len: self.len() });
        }
        if index >= size {
            return Err(TreeError::IndexOutOfRange { index, size });
        }
        let mut out = Vec::new();
        self.path(index, 0, size, &mut out);
        Ok(out)
    }

    fn path(&self, m: u64, a: u64, b: u64, out: &mut Vec<Hash>) {
        let n = b - a;
        if n == 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, a, a + k, out);
            out.push(self.subtree(a + k, b));
        } else {
            self.path(m - k, a + k, b, out);
            out.push(self.subtree(a, a + k));
        }
    }

    /// The consistency proof `PROOF(first, D[second])` (RFC 9162 §2.1.4.1). Empty when the
    /// sizes are equal.
    pub fn consistency_proof(&self, first: u64, second: u64) -> Result<Vec<Hash>, TreeError> {
        if second > self.len() {
            return Err(TreeError::TooLarge { size: second, len: self.len() });
        }
        if first == 0 || first > second {
            return Err(TreeError::BadSizes { first, second });
        }
        let mut out = Vec::new();
        if first < second {
            self.subproof(first, 0, second, true, &mut out);
        }
        Ok(out)
    }

    fn subproof(&self, m: u64, a: u64, b: u64, complete: bool, out: &mut Vec<Hash>) {
        let n = b - a;
        if m == n {
            if !complete {
                out.push(self.subtree(a, b));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, a, a + k, complete, out);
            out.push(self.subtree(a + k, b));
        } else {
            self.subproof(m - k, a + k, b, false, out);
            out.push(self.subtree(a, a + k));
        }
    }
}

/// Why a proof did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("the inclusion proof does not lead to the root hash")]
    Inclusion,
    #[error("the consistency proof does not connect the two tree heads")]
    Consistency,
    #[error("the second tree is smaller than the first")]
    Shrunk,
}

/// Verifies that `leaf_data` is the leaf at `index` of the tree of `size` leaves with `root`.
pub fn verify_inclusion(leaf_data: &[u8], index: u64, size: u64, path: &[Hash], root: &Hash) -> Result<(), ProofError> {
    use ct_merkle::{InclusionProof, RootHash};
    let root = RootHash::<Sha256>::new((*root).into(), size);
    let proof = InclusionProof::<Sha256>::from_digests(path.iter().map(|h| (*h).into()).collect::<Vec<_>>().iter());
    root.verify_inclusion(&leaf_data, index, &proof).map_err(|_| ProofError::Inclusion)
}

/// Verifies that the tree (`first`, `first_root`) is a prefix of (`second`, `second_root`).
pub fn verify_consistency(
    first: u64,
    first_root: &Hash,
    second: u64,
    second_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    use ct_merkle::{ConsistencyProof, RootHash};
    if second < first {
        return Err(ProofError::Shrunk);
    }
    if first == second {
        return if proof.is_empty() && first_root == second_root { Ok(()) } else { Err(ProofError::Consistency) };
    }
    let old = RootHash::<Sha256>::new((*first_root).into(), first);
    let new = RootHash::<Sha256>::new((*second_root).into(), second);
    let proof = ConsistencyProof::<Sha256>::from_digests(proof.iter().map(|h| (*h).into()).collect::<Vec<_>>().iter());
    new.verify_consistency(&old, &proof).map_err(|_| ProofError::Consistency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_answers() {
        // MTH({}) = SHA-256("") and a one-leaf tree is the leaf hash of the empty string.
        assert_eq!(hex::encode(empty_root()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex::encode(leaf_hash(b"")), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        // The 8-leaf root of the RFC 6962 reference inputs (transparency-dev/merkle test data):
        // leaves "", 0x00, 0x10, 0x2021, 0x3031, 0x40414243, 0x5051525354555657, 0x606162636465666768696a6b6c6d6e6f.
        let inputs: [&[u8]; 8] = [
            b"",
            &[0x00],
            &[0x10],
            &[0x20, 0x21],
            &[0x30, 0x31],
            &[0x40, 0x41, 0x42, 0x43],
            &[0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
            &[0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
        ];
        let tree = Tree::from_leaf_hashes(inputs.iter().map(|d| leaf_hash(d)));
        let expected = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ];
        for (size, want) in expected.iter().enumerate() {
            assert_eq!(hex::encode(tree.root(size as u64 + 1).unwrap()), *want, "size {}", size + 1);
        }
    }

    #[test]
    fn sizes_out_of_range_are_errors() {
        let tree = Tree::from_leaf_hashes((0u8..5).map(|i| leaf_hash(&[i])));
        assert!(tree.root(6).is_err());
        assert!(tree.inclusion_path(5, 5).is_err());
        assert!(tree.consistency_proof(0, 3).is_err());
        assert!(tree.consistency_proof(4, 3).is_err());
        assert_eq!(tree.consistency_proof(3, 3).unwrap(), Vec::<Hash>::new());
    }
}
