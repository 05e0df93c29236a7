//! Stored records as the rest of the node reads them.

use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use crate::access::Scope;
use crate::id::{EventId, OrgId, TokenId, UserId};
use crate::member::{OrgKind, Role};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    pub kind: OrgKind,
    pub country: Option<String>,
    pub website: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub organisation: OrgId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A saved assessment: a profile, a date and the result as it was computed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub id: crate::AssessmentId,
    pub organisation: OrgId,
    pub user: UserId,
    pub name: String,
    pub as_of: String,
    pub profile: serde_json::Value,
    pub corpus_digest: String,
    pub report: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// A registry entry as stored: the entry JSON (layers), its card and its current revision.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegistryEntry {
    pub key: String,
    pub kind: String,
    pub entry: serde_json::Value,
    pub card_markdown: Option<String>,
    pub card_sha256: Option<String>,
    pub organisation: Option<OrgId>,
    pub revision: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub registered_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// One row of a registry list: the columns, without the entry and card.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegistrySummary {
    pub key: String,
    pub kind: String,
    pub name: String,
    pub organisations: Vec<String>,
    pub countries: Vec<String>,
    pub modalities: Vec<String>,
    pub licence_id: String,
    pub licence_class: String,
    pub open_weights: Option<bool>,
    pub training_flop: Option<f64>,
    pub compute_method: Option<String>,
    pub release_date: Option<String>,
    pub revision: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    pub id: TokenId,
    pub user: UserId,
    pub name: String,
    pub prefix: String,
    pub scopes: Vec<Scope>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub expires_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoked_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
}

impl Token {
    /// Whether the token can authenticate a request at `now`.
    pub fn is_active(&self, now: OffsetDateTime) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|e| now < e)
    }
}

/// A browser session, found by the hash of its cookie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub user: UserId,
    pub csrf_token: String,
    pub expires_at: OffsetDateTime,
}

/// Who caused a change, as written in the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actor {
    pub user: Option<UserId>,
    pub organisation: Option<OrgId>,
    /// `user`, `operator` (the CLI at the node's console) or `system` (seeding, migrations).
    pub kind: &'static str,
}

impl Actor {
    pub const OPERATOR: Actor = Actor { user: None, organisation: None, kind: "operator" };
    pub const SYSTEM: Actor = Actor { user: None, organisation: None, kind: "system" };

    pub fn user(user: UserId, organisation: OrgId) -> Actor {
        Actor { user: Some(user), organisation: Some(organisation), kind: "user" }
    }
}

/// One entry of the append-only audit trail.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditEvent {
    /// Position in this node's trail, from 1, without gaps.
    pub seq: i64,
    pub id: EventId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor_kind: String,
    pub actor_user: Option<UserId>,
    pub actor_organisation: Option<OrgId>,
    pub action: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub public: bool,
    pub payload: Value,
}

/// One entry of the transparency log: a signed record version at its leaf index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Leaf index, from 0.
    pub seq: i64,
    pub kind: String,
    pub record_id: String,
    pub version: i64,
    pub key_id: String,
    /// The exact signed envelope bytes.
    pub envelope: Vec<u8>,
    pub signature: Vec<u8>,
    pub leaf_hash: Vec<u8>,
    pub created_at: OffsetDateTime,
}

/// A published signing key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningKeyRecord {
    pub key_id: String,
    /// `node` or `organisation`.
    pub owner_kind: String,
    pub owner_id: Option<String>,
    pub public_key: Vec<u8>,
    pub created_at: OffsetDateTime,
    /// Log size when retired: records at this index or later must not use the key.
    pub retired_at_seq: Option<i64>,
    pub retired_at: Option<OffsetDateTime>,
}

/// A signed checkpoint as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCheckpoint {
    pub size: i64,
    pub root: Vec<u8>,
    /// The C2SP signed note.
    pub note: String,
    pub created_at: OffsetDateTime,
}
