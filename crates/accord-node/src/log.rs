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
    pub fn assess<'a>(
        &'a self,
        p: &Principal,
        profile: &'a accord_rules::Profile,
        as_of: time::Date,
    ) -> Result<accord_rules::report::Report<'a>> {
        authorize(p, Action::ViewPublic)?;
        Ok(accord_rules::report::assess(&self.corpus, profile, as_of))
    }

    /// SHA-256 (hex) of the corpus files in use (name and text of every pack and the kinds).
    pub fn corpus_digest(&self) -> String {
        self.corpus_digest.clone()
    }

    /// Saves an assessment as a published record signed by the member's organisation: the
    /// profile, the date, the digest of the corpus and of the result, and which rules apply.
    pub async fn save_assessment(
        &self,
        p: &Principal,
        name: &str,
        profile: &accord_rules::Profile,
        as_of: time::Date,
    ) -> Result<accord_core::AssessmentId> {
        authorize(p, Action::Participate)?;
        let Principal::User { user_id, org_id, .. } = p else {
            return Err(NodeError::Denied(accord_core::Denied::NotAuthenticated));
        };
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(NodeError::BadRequest("the name must have 1 to 200 characters".into()));
        }
        let report = accord_rules::report::assess(&self.corpus, profile, as_of);
        let report_json = serde_json::to_value(&report).map_err(|e| NodeError::Internal(e.to_string()))?;
        let report_bytes = serde_json::to_vec(&report_json).map_err(|e| NodeError::Internal(e.to_string()))?;
        let by_status = |s: &str| -> Vec<String> {
            report.findings.iter().filter(|f| f.status == s).map(|f| f.rule.to_owned()).collect()
        };
        let id = accord_core::AssessmentId::from_uuid(uuid::Uuid::now_v7());
        let command = accord_core::Command::SaveAssessment(Box::new(accord_core::command::NewAssessment {
            id,
            organisation: *org_id,
            user: *user_id,
            name: name.to_owned(),
            as_of: as_of.to_string(),
            profile: profile.to_json(),
            corpus_digest: self.corpus_digest(),
            report: report_json,
            report_digest: {
                use sha2::Digest;
                hex::encode(sha2::Sha256::digest(&report_bytes))
            },
            outcome: serde_json::json!({
                "applies": by_status("applies"),
                "may_apply": by_status("may_apply"),
                "exempt": by_status("exempt"),
            }),
        }));
        self.write(p, command).await?;
        Ok(id)
    }

    /// One saved assessment (published records: public).
    pub async fn assessment(&self, p: &Principal, id: accord_core::AssessmentId) -> Result<accord_core::Assessment> {
        authorize(p, Action::ViewPublic)?;
        self.store.assessment(id).await?.ok_or_else(|| NodeError::NotFound { kind: "assessment", id: id.to_string() })
    }

    /// Saved assessments, of one organisation or all.
    pub async fn assessments(
        &self,
        p: &Principal,
        organisation: Option<accord_core::OrgId>,
        page: &accord_store::PageRequest,
    ) -> Result<accord_store::Page<accord_core::Assessment>> {
        authorize(p, Action::ViewPublic)?;
        Ok(self.store.assessments(organisation, page).await?)
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
