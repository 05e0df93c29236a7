//! Public reads of the rule corpus and of the transparency log.

use accord_core::{Action, LogEntry, Principal, SigningKeyRecord, StoredCheckpoint, authorize};
use accord_ledger::envelope::SignedRecord;
use accord_ledger::merkle;

use crate::{Node, NodeError, RecordCheck, Result};

impl Node {
    // ---- rules ---------------------------------------------------------------------------

    /// The rule corpus in force on this node.
    pub fn corpus(&self) -> &accord_rules::Corpus {
        &self.corpus
    }

    /// Assesses a profile against the corpus (public: a computation, nothing is stored).
    pub fn assess(
        &self,
        p: &Principal,
        profile: &accord_rules::Profile,
        as_of: time::Date,
    ) -> Result<accord_rules::report::Report> {
        authorize(p, Action::ViewPublic)?;
        Ok(accord_rules::report::assess(&self.corpus, profile, as_of))
    }

    // ---- the transparency log (public reads) --------------------------------------------

    /// Verifies a signed record against the node's published keys, and finds it in the log.
    pub async fn verify_record(&self, bytes: &[u8], signature: &[u8], key_id: &str) -> Result<RecordCheck> {
        let signature = accord_ledger::envelope::signature_from_slice(signature)
            .map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let record = SignedRecord { bytes: bytes.to_vec(), signature, key_id: key_id.to_owned() };
        let envelope = match record.envelope() {
            Ok(e) => e,
            Err(e) => return Ok(RecordCheck { valid: false, problem: Some(e.to_string()), log_index: None }),
        };
        let keys = self.store.signing_keys().await?;
        let Some(key) = keys.iter().find(|k| k.key_id == key_id) else {
            return Ok(RecordCheck {
                valid: false,
                problem: Some(format!("key {key_id} is not a published key of this node")),
                log_index: None,
            });
        };
        let verifying = <[u8; 32]>::try_from(key.public_key.as_slice())
            .ok()
            .and_then(|b| accord_ledger::ed25519_dalek::VerifyingKey::from_bytes(&b).ok())
            .ok_or_else(|| NodeError::Internal(format!("stored key {key_id} is not an Ed25519 key")))?;
        if let Err(e) = record.verify(&verifying) {
            return Ok(RecordCheck { valid: false, problem: Some(e.to_string()), log_index: None });
        }
        let versions = self.store.record_versions(&envelope.kind, &envelope.id).await?;
        let logged = versions.iter().find(|v| v.envelope == bytes && v.signature == signature);
        let Some(entry) = logged else {
            return Ok(RecordCheck {
                valid: false,
                problem: Some("the signature is valid but the record is not in this node's log".into()),
                log_index: None,
            });
        };
        if key.retired_at_seq.is_some_and(|r| entry.seq >= r) {
            return Ok(RecordCheck {
                valid: false,
                problem: Some(format!("key {key_id} was retired before log entry {}", entry.seq)),
                log_index: Some(entry.seq),
            });
        }
        Ok(RecordCheck { valid: true, problem: None, log_index: Some(entry.seq) })
    }

    /// The log's origin line.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub async fn keys(&self) -> Result<Vec<SigningKeyRecord>> {
        Ok(self.store.signing_keys().await?)
    }

    /// The latest signed checkpoint.
    pub async fn checkpoint(&self) -> Result<Option<StoredCheckpoint>> {
        Ok(self.store.latest_checkpoint().await?)
    }

    pub async fn log_entries(&self, start: i64, limit: u32) -> Result<Vec<LogEntry>> {
        Ok(self.store.log_entries(start.max(0), limit.clamp(1, 1000)).await?)
    }

    pub async fn record_versions(&self, kind: &str, id: &str) -> Result<Vec<LogEntry>> {
        Ok(self.store.record_versions(kind, id).await?)
    }

    /// The inclusion path of leaf `index` in the tree of `size` leaves.
    pub async fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<merkle::Hash>> {
        self.sync_tree().await?;
        let tree = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?;
        tree.inclusion_path(index, size).map_err(|e| NodeError::BadRequest(e.to_string()))
    }

    /// The consistency proof between two tree sizes.
    pub async fn consistency_proof(&self, first: u64, second: u64) -> Result<Vec<merkle::Hash>> {
        self.sync_tree().await?;
        let tree = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?;
        tree.consistency_proof(first, second).map_err(|e| NodeError::BadRequest(e.to_string()))
    }

    /// The root hash of the tree of `size` leaves.
    pub async fn root(&self, size: u64) -> Result<merkle::Hash> {
        self.sync_tree().await?;
        let tree = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?;
        tree.root(size).map_err(|e| NodeError::BadRequest(e.to_string()))
    }
}
