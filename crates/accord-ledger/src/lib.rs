//! Trust primitives of an Accord node, all pure (no I/O, no clock, no randomness: keys and
//! times are passed in).
//!
//! - [`merkle`]: the RFC 9162 (§2.1) Merkle tree — leaf and node hashing, roots, inclusion
//!   paths and consistency proofs for any tree size, generated from an in-memory index of
//!   complete subtrees; verification uses the `ct-merkle` crate.
//! - [`envelope`]: the one signed envelope of every published record. Signatures are over the
//!   exact bytes that are stored and served; verifiers never re-serialise.
//! - [`note`]: C2SP signed notes and tlog checkpoints (`origin`, tree size, root hash), signed
//!   with Ed25519, verifiable by any C2SP tool.
//! - [`keys`]: key ids and the published form of public keys.

pub mod audit;
pub mod envelope;
pub mod keys;
pub mod merkle;
pub mod note;

pub use ed25519_dalek;
pub use envelope::{Envelope, SignedRecord};
pub use merkle::{Hash, Tree};
pub use note::Checkpoint;
