//! The auditor's checks, pure: given what a node serves (its checkpoint and its log entries)
//! and what the auditor saw last time, decide whether the log is intact, and if not, name the
//! problem. `accord verify` fetches; this module judges.
//!
//! Keys are trusted only as the log itself publishes them: the first entry is the node key's
//! self-signed `key.register`; every later `key.register` must be signed by an active node
//! key; a `key.retire` at index r forbids the key from r on. A key list served beside the log
//! is never trusted on its own.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};

use crate::envelope::SignedRecord;
use crate::keys::key_id;
use crate::merkle::{Hash, Tree, leaf_hash};
use crate::note::Checkpoint;

/// One served log entry.
#[derive(Clone, Debug)]
pub struct Entry {
    pub index: u64,
    pub key_id: String,
    pub envelope: Vec<u8>,
    pub signature: Vec<u8>,
    pub leaf_hash: Vec<u8>,
}

/// What the auditor remembers between runs (like a CT monitor's state).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditState {
    pub origin: String,
    pub tree_size: u64,
    /// base64
    pub root_hash: String,
    /// The node key that signed the checkpoint, hex.
    pub node_key: String,
    pub checkpoint: String,
}

/// Everything that can be wrong, each with the words `accord verify` prints.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the checkpoint is malformed: {0}")]
    MalformedCheckpoint(String),
    #[error("the checkpoint is for log {found:?}, but this auditor follows {expected:?}")]
    WrongOrigin { expected: String, found: String },
    #[error("missing entry: the node served no log entry {index} (the checkpoint says the log has {size})")]
    MissingEntry { index: u64, size: u64 },
    #[error("log entry {index} does not match its leaf hash: the record was changed after it was logged")]
    LeafMismatch { index: u64 },
    #[error("log entry {index} is not a valid record envelope: {reason}")]
    MalformedEntry { index: u64, reason: String },
    #[error("log entry {index} is signed by unknown key {key_id}: no key.register record in the log published it")]
    UnknownKey { index: u64, key_id: String },
    #[error("bad signature on log entry {index} (key {key_id})")]
    BadSignature { index: u64, key_id: String },
    #[error("log entry {index} is signed by key {key_id}, which was retired at entry {retired_at}")]
    RetiredKey { index: u64, key_id: String, retired_at: u64 },
    #[error("log entry {index} publishes key {key_id} but is not signed by an active node key")]
    UnauthorisedKey { index: u64, key_id: String },
    #[error(
        "the log's entries produce root {computed} for size {size}, not the checkpoint's {signed}: entries were changed, removed or added"
    )]
    RootMismatch { size: u64, computed: String, signed: String },
    #[error("bad checkpoint signature: the checkpoint is not signed by the log's active node key ({0})")]
    CheckpointSignature(String),
    #[error("the log was truncated: you verified {before} entries before, the node now shows {now}")]
    Truncated { before: u64, now: u64 },
    #[error(
        "fork: two different trees of size {size} are signed by the node (root {seen} seen before, root {now} now)"
    )]
    Fork { size: u64, seen: String, now: String },
    #[error(
        "inconsistent tree: the log at size {now} is not an extension of the tree of size {before} you verified before"
    )]
    Inconsistent { before: u64, now: u64 },
    #[error("the consistency proof from {first} to {second} served by the node does not verify")]
    BadConsistencyProof { first: u64, second: u64 },
    #[error("the inclusion proof for entry {index} does not verify against the checkpoint")]
    BadInclusionProof { index: u64 },
}

#[derive(Clone, Debug)]
struct KeyState {
    key: VerifyingKey,
    owner_kind: String,
    retired_at: Option<u64>,
}

/// The result of a successful audit.
#[derive(Clone, Debug)]
pub struct Verified {
    pub checkpoint: Checkpoint,
    pub tree: Tree,
    pub node_key: VerifyingKey,
    /// Entries checked in this run.
    pub entries: u64,
    pub keys: usize,
}

fn b64(h: &[u8]) -> String {
    STANDARD.encode(h)
}

/// Verifies a whole log: every entry against its leaf hash and signature, the keys as the log
/// publishes them, the tree against the signed checkpoint, and the checkpoint against what the
/// auditor saw before.
pub fn verify_log(
    checkpoint_note: &str,
    entries: &[Entry],
    previous: Option<&AuditState>,
) -> Result<Verified, Problem> {
    let (body, _) =
        checkpoint_note.split_once("\n\n").ok_or_else(|| Problem::MalformedCheckpoint("no signature block".into()))?;
    let unverified =
        Checkpoint::parse_body(&format!("{body}\n")).map_err(|e| Problem::MalformedCheckpoint(e.to_string()))?;
    if let Some(prev) = previous
        && prev.origin != unverified.origin
    {
        return Err(Problem::WrongOrigin { expected: prev.origin.clone(), found: unverified.origin });
    }
    let size = unverified.size;

    let mut keys: HashMap<String, KeyState> = HashMap::new();
    let mut tree = Tree::new();
    for expected in 0..size {
        let Some(entry) = entries.get(expected as usize).filter(|e| e.index == expected) else {
            return Err(Problem::MissingEntry { index: expected, size });
        };
        let index = entry.index;
        let signature = crate::envelope::signature_from_slice(&entry.signature)
            .map_err(|e| Problem::MalformedEntry { index, reason: e.to_string() })?;
        let record = SignedRecord { bytes: entry.envelope.clone(), signature, key_id: entry.key_id.clone() };
        let leaf = leaf_hash(&record.leaf_data());
        if entry.leaf_hash != leaf {
            return Err(Problem::LeafMismatch { index });
        }
        let envelope = record.envelope().map_err(|e| Problem::MalformedEntry { index, reason: e.to_string() })?;

        // The first entry bootstraps trust: the node key registering itself.
        if index == 0 && envelope.action == "key.register" && envelope.id == entry.key_id {
            let k = registered_key(index, &envelope)?;
            keys.insert(entry.key_id.clone(), KeyState { key: k, owner_kind: "node".into(), retired_at: None });
        }
        let signer =
            keys.get(&entry.key_id).ok_or_else(|| Problem::UnknownKey { index, key_id: entry.key_id.clone() })?;
        if let Some(r) = signer.retired_at.filter(|r| index >= *r) {
            return Err(Problem::RetiredKey { index, key_id: entry.key_id.clone(), retired_at: r });
        }
        record.verify(&signer.key).map_err(|_| Problem::BadSignature { index, key_id: entry.key_id.clone() })?;
        let signed_by_node = signer.owner_kind == "node";

        match envelope.action.as_str() {
            "key.register" => {
                if !signed_by_node {
                    return Err(Problem::UnauthorisedKey { index, key_id: envelope.id.clone() });
                }
                let k = registered_key(index, &envelope)?;
                let owner_kind = envelope.payload.get("owner_kind").and_then(|v| v.as_str()).unwrap_or("").to_owned();
                keys.entry(envelope.id.clone()).or_insert(KeyState { key: k, owner_kind, retired_at: None });
            }
            "key.retire" => {
                if !signed_by_node {
                    return Err(Problem::UnauthorisedKey { index, key_id: envelope.id.clone() });
                }
                if let Some(k) = keys.get_mut(&envelope.id) {
                    k.retired_at.get_or_insert(index);
                }
            }
            _ => {}
        }
        tree.push(leaf);
    }

    let computed = tree.root(size).map_err(|e| Problem::MalformedCheckpoint(e.to_string()))?;
    if computed != unverified.root {
        return Err(Problem::RootMismatch { size, computed: b64(&computed), signed: b64(&unverified.root) });
    }

    // The checkpoint must be signed by a node key the log says is active now.
    let mut verified = None;
    let mut last_error = String::from("no active node key");
    for k in keys.values().filter(|k| k.owner_kind == "node" && k.retired_at.is_none()) {
        match Checkpoint::verify(checkpoint_note, &unverified.origin, &k.key) {
            Ok(cp) => {
                verified = Some((cp, k.key));
                break;
            }
            Err(e) => last_error = e.to_string(),
        }
    }
    let (checkpoint, node_key) = verified.ok_or(Problem::CheckpointSignature(last_error))?;

    if let Some(prev) = previous {
        let seen = STANDARD.decode(&prev.root_hash).ok().and_then(|r| <Hash>::try_from(r).ok()).unwrap_or_default();
        if prev.tree_size > size {
            return Err(Problem::Truncated { before: prev.tree_size, now: size });
        }
        let then = tree.root(prev.tree_size).map_err(|e| Problem::MalformedCheckpoint(e.to_string()))?;
        if then != seen {
            return Err(if prev.tree_size == size {
                Problem::Fork { size, seen: prev.root_hash.clone(), now: b64(&then) }
            } else {
                Problem::Inconsistent { before: prev.tree_size, now: size }
            });
        }
    }
    Ok(Verified { checkpoint, tree, node_key, entries: size, keys: keys.len() })
}

fn registered_key(index: u64, envelope: &crate::envelope::Envelope) -> Result<VerifyingKey, Problem> {
    let bad = |reason: &str| Problem::MalformedEntry { index, reason: reason.to_owned() };
    let hex_key = envelope
        .payload
        .get("public_key")
        .and_then(|v| v.as_str())
        .ok_or_else(|| bad("key.register without public_key"))?;
    let bytes = hex::decode(hex_key)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or_else(|| bad("public_key is not 32 hex bytes"))?;
    let key = VerifyingKey::from_bytes(&bytes).map_err(|_| bad("public_key is not an Ed25519 key"))?;
    if key_id(&key) != envelope.id {
        return Err(bad("the key id does not match the public key"));
    }
    Ok(key)
}

/// The state to remember after a successful audit.
pub fn state_after(v: &Verified, note: &str) -> AuditState {
    AuditState {
        origin: v.checkpoint.origin.clone(),
        tree_size: v.checkpoint.size,
        root_hash: b64(&v.checkpoint.root),
        node_key: hex::encode(v.node_key.as_bytes()),
        checkpoint: note.to_owned(),
    }
}
