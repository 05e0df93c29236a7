//! Storage for an Accord node.
//!
//! [`Store`] is the port every other crate uses; [`sqlite::SqliteStore`] is the embedded
//! implementation. A PostgreSQL implementation is added beside it as another module with its
//! own migrations; nothing outside this crate may contain SQL.
//!
//! [`Store::apply`] is the one write path: it applies a [`Command`] and appends its audit
//! event in one transaction, so a change without its audit entry cannot exist.

pub mod dialogue;
pub mod resolutions;
pub mod sqlite;

use async_trait::async_trait;
use time::OffsetDateTime;

use accord_core::{
    Actor, Assessment, AssessmentId, AuditEvent, Command, EventId, LogEntry, OrgId, Organisation, Session,
    SigningKeyRecord, StoredCheckpoint, Token, TokenId, User, UserId,
};

pub use sqlite::SqliteStore;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{kind} {id} does not exist")]
    NotFound { kind: &'static str, id: String },
    /// A unique field is already taken, e.g. an organisation name or an e-mail address.
    #[error("{field} is already in use")]
    Conflict { field: &'static str },
    #[error("the data directory holds a record this version cannot read: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Another writer published the same record version first; the caller retries.
    #[error("record {kind} {id} version {version} was published concurrently")]
    VersionRace { kind: String, id: String, version: i64 },
}

/// One command of a batch for [`Store::apply_batch`].
#[derive(Clone, Debug)]
pub struct BatchItem {
    pub actor: Actor,
    pub event_id: EventId,
    pub at: OffsetDateTime,
    pub command: Command,
    pub record: Option<LogAppend>,
}

/// A signed record version to append to the log in the same transaction as its change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogAppend {
    pub kind: String,
    pub record_id: String,
    pub version: i64,
    pub key_id: String,
    pub envelope: Vec<u8>,
    pub signature: [u8; 64],
    pub leaf_hash: [u8; 32],
}

/// A request for one page of a list, in id order (which is creation order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageRequest {
    /// Return items after this cursor (opaque to callers; see [`Page::next`]).
    pub after: Option<String>,
    pub limit: u32,
}

/// One page and the cursor of the next one, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

/// Which audit events to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only entries shared with the community (not sign-ins).
    pub public_only: bool,
    pub subject: Option<(String, String)>,
}

/// How a registry list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RegistrySort {
    /// Best full-text match first when there is a query, else by name.
    #[default]
    Relevance,
    Name,
    /// Newest release first.
    Released,
    /// Most training compute first.
    Compute,
}

/// Which registry entries to list. Every filter is optional; all given ones must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegistryQuery {
    /// `model` or `system`.
    pub kind: Option<String>,
    /// Words to find (prefix match on each, all required).
    pub text: Option<String>,
    /// An organisation's exact name, case-insensitive.
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub licence_class: Option<String>,
    pub licence: Option<String>,
    pub modality: Option<String>,
    pub min_flop: Option<f64>,
    pub max_flop: Option<f64>,
    pub open_weights: Option<bool>,
    /// Only entries with a compute figure.
    pub has_compute: bool,
    pub sort: RegistrySort,
    pub offset: u32,
    pub limit: u32,
}

/// One page of registry entries and how many match in all.
#[derive(Clone, Debug, PartialEq)]
pub struct RegistryPage {
    pub items: Vec<accord_core::RegistrySummary>,
    pub total: i64,
    /// Whether the items are in order of relevance (false: by name, when there was no text or
    /// too many matches to rank).
    pub ranked: bool,
}

/// A lineage edge with its child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEdge {
    pub child: String,
    pub edge: accord_core::LineageEdge,
}

/// A safety record (incident or report) as stored, with its audience tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredSafety {
    /// `incident` or `report`.
    pub record: &'static str,
    pub key: String,
    pub incident: Option<String>,
    pub seal_id: String,
    pub title: String,
    pub owner: Option<OrgId>,
    pub status: String,
    pub tlp: String,
    pub distribution: String,
    pub sharing_group: Option<uuid::Uuid>,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub seq: i64,
    pub record_json: serde_json::Value,
    pub tokens: Vec<String>,
}

/// Which safety records to list, in key order. `tokens: None` lists everything (the operator);
/// otherwise only records whose audience meets the tokens — filtered inside the query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafetyListQuery {
    pub record: &'static str,
    pub tokens: Option<Vec<String>>,
    pub statuses: Vec<String>,
    /// Reports of this incident only.
    pub incident: Option<String>,
    pub after_key: Option<String>,
    pub limit: u32,
}

/// A sharing group with its member organisations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharingGroup {
    pub id: uuid::Uuid,
    pub name: String,
    pub description: String,
    pub releasable_to: String,
    pub created_by: OrgId,
    pub members: Vec<OrgId>,
}

// ---- alerts: saved searches, webhooks and their deliveries (`sqlite/alerts.rs`) -------------

/// A saved search as stored (deleted ones are never returned).
#[derive(Clone, Debug, PartialEq)]
pub struct SavedSearch {
    pub id: uuid::Uuid,
    pub user: UserId,
    pub organisation: OrgId,
    pub name: String,
    /// The parameters as given.
    pub pairs: Vec<(String, String)>,
    /// The parsed search (`accord_search::SearchQuery` as JSON).
    pub search: serde_json::Value,
    pub created_at: OffsetDateTime,
}

/// A webhook as stored (deleted ones are never returned). `secret` signs deliveries; callers
/// never show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Webhook {
    pub id: uuid::Uuid,
    pub user: UserId,
    pub organisation: OrgId,
    pub url: String,
    pub saved_search: Option<uuid::Uuid>,
    pub events: Vec<String>,
    pub secret: String,
    pub created_at: OffsetDateTime,
}

/// A delivery to enqueue: one event about one record for one webhook, due at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDelivery {
    pub id: uuid::Uuid,
    pub webhook: uuid::Uuid,
    pub event: String,
    /// `incident` or `report`.
    pub record: &'static str,
    pub key: String,
}

/// A delivery and where it stands: `pending`, `delivered`, `failed` (retries exhausted),
/// `withheld` (the subscriber may no longer see the record) or `cancelled` (webhook deleted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub id: uuid::Uuid,
    pub webhook: uuid::Uuid,
    pub event: String,
    pub record: String,
    pub key: String,
    pub status: String,
    /// Attempts made so far.
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: OffsetDateTime,
    pub next_attempt_at: Option<OffsetDateTime>,
    pub delivered_at: Option<OffsetDateTime>,
}

/// The outcome of one delivery attempt (or of the decision not to make one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryUpdate {
    pub status: &'static str,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub next_attempt_at: Option<OffsetDateTime>,
    pub delivered_at: Option<OffsetDateTime>,
}

// ---- end of alerts types ----------------------------------------------------------------------

/// Counts shown on the home page and in `readyz`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub organisations: i64,
    pub users: i64,
    pub active_tokens: i64,
    pub audit_events: i64,
}

/// A user with the password hash, for sign-in only.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which backend this is, for logs and `readyz`.
    fn backend(&self) -> &'static str;

    /// Brings the schema up to date. Safe to run on every start.
    async fn migrate(&self) -> Result<(), StoreError>;

    /// Checks the database answers.
    async fn ping(&self) -> Result<(), StoreError>;

    /// The one write path: applies `command`, appends its audit event and, for published
    /// records, its signed log entry, all in one transaction. Returns the audit event and the
    /// entry's leaf index.
    async fn apply(
        &self,
        actor: &Actor,
        event_id: EventId,
        at: OffsetDateTime,
        command: &Command,
        record: Option<&LogAppend>,
    ) -> Result<(AuditEvent, Option<i64>), StoreError>;

    /// Applies several commands in one transaction (one durable commit): all or none.
    async fn apply_batch(&self, items: &[BatchItem]) -> Result<Vec<(AuditEvent, Option<i64>)>, StoreError>;

    /// The version the next record of `(kind, id)` gets (1 for a new record).
    async fn next_version(&self, kind: &str, id: &str) -> Result<i64, StoreError>;
    /// Number of log entries (the tree size).
    async fn log_size(&self) -> Result<i64, StoreError>;
    /// Log entries with `seq >= start`, in order, at most `limit`.
    async fn log_entries(&self, start: i64, limit: u32) -> Result<Vec<LogEntry>, StoreError>;
    /// Leaf hashes with `seq >= start`, in order (to rebuild the in-memory tree).
    async fn leaf_hashes(&self, start: i64) -> Result<Vec<(i64, Vec<u8>)>, StoreError>;
    /// Every version of one record, oldest first.
    async fn record_versions(&self, kind: &str, id: &str) -> Result<Vec<LogEntry>, StoreError>;
    /// Stores a signed checkpoint; an existing one for the same size is kept.
    async fn put_checkpoint(&self, size: i64, root: &[u8], note: &str, at: OffsetDateTime) -> Result<(), StoreError>;
    async fn latest_checkpoint(&self) -> Result<Option<StoredCheckpoint>, StoreError>;
    async fn signing_keys(&self) -> Result<Vec<SigningKeyRecord>, StoreError>;
    /// Sets a node fact once; returns the value in force (the first one written wins).
    async fn meta_init(&self, key: &str, value: &str) -> Result<String, StoreError>;

    async fn organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError>;
    async fn organisation_by_name(&self, name: &str) -> Result<Option<Organisation>, StoreError>;
    async fn organisations(&self, page: &PageRequest) -> Result<Page<Organisation>, StoreError>;

    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError>;
    async fn credentials(&self, email: &str) -> Result<Option<Credentials>, StoreError>;
    async fn users(&self, organisation: Option<OrgId>, page: &PageRequest) -> Result<Page<User>, StoreError>;

    async fn token(&self, id: TokenId) -> Result<Option<Token>, StoreError>;
    /// The token with this secret hash and its user, whatever its state.
    async fn token_by_secret(&self, secret_hash: &str) -> Result<Option<(Token, User)>, StoreError>;
    async fn tokens(&self, user: Option<UserId>, page: &PageRequest) -> Result<Page<Token>, StoreError>;
    /// Records use of a token. Usage telemetry, not a change of state: no audit entry.
    async fn assessment(&self, id: AssessmentId) -> Result<Option<Assessment>, StoreError>;
    /// Saved assessments, oldest first, of one organisation or all.
    async fn assessments(
        &self,
        organisation: Option<OrgId>,
        page: &PageRequest,
    ) -> Result<Page<Assessment>, StoreError>;

    async fn registry_entry(&self, key: &str) -> Result<Option<accord_core::RegistryEntry>, StoreError>;
    /// The entries of `keys` that exist (in no particular order).
    async fn registry_entries(&self, keys: &[String]) -> Result<Vec<accord_core::RegistryEntry>, StoreError>;
    /// Keys of entries whose name reduces to `match_name` (see `accord_registry::entry::match_name`).
    async fn registry_keys_by_match_name(&self, match_name: &str) -> Result<Vec<String>, StoreError>;
    async fn registry_search(&self, query: &RegistryQuery) -> Result<RegistryPage, StoreError>;
    /// How many entries hold each value of a column (`organisation`, `country`, `licence_class`,
    /// `modality`, `kind`) among those `query` selects: the filter choices with their counts.
    async fn registry_facet(&self, query: &RegistryQuery, column: &str) -> Result<Vec<(String, i64)>, StoreError>;
    /// Every lineage edge (the node keeps the graph in memory to refuse cycles).
    async fn lineage_edges(&self) -> Result<Vec<StoredEdge>, StoreError>;
    /// Edges whose child or parent is one of `keys`.
    async fn lineage_edges_touching(&self, keys: &[String]) -> Result<Vec<StoredEdge>, StoreError>;

    /// One incident (`record = "incident"`) or report (`"report"`) with its tokens, unfiltered:
    /// the caller decides visibility with `accord_safety::access::can_see`.
    async fn safety_record(&self, record: &str, key: &str) -> Result<Option<StoredSafety>, StoreError>;
    async fn safety_list(&self, query: &SafetyListQuery) -> Result<Vec<StoredSafety>, StoreError>;
    /// Records written after audit sequence `seq`, oldest first (for the search index).
    async fn safety_changed_since(&self, seq: i64, limit: u32) -> Result<Vec<StoredSafety>, StoreError>;
    /// The duplicate mapping, `duplicate → canonical`, as merged (not yet resolved).
    async fn safety_duplicates(&self) -> Result<Vec<(String, String)>, StoreError>;
    async fn sharing_groups(&self) -> Result<Vec<SharingGroup>, StoreError>;
    /// The sharing groups `org` belongs to.
    async fn sharing_groups_of(&self, org: OrgId) -> Result<Vec<uuid::Uuid>, StoreError>;

    async fn touch_token(&self, id: TokenId, at: OffsetDateTime) -> Result<(), StoreError>;

    // ---- alerts (`sqlite/alerts.rs`) ------------------------------------------------------
    // Saved searches and webhooks change only through `apply` (Commands). The delivery rows
    // below are bookkeeping, like `touch_token`: enqueueing, claiming and recording attempts
    // are not changes of state and have no audit entry (ARCHITECTURE.md, invariant 1).

    /// A saved search, unless deleted.
    async fn saved_search(&self, id: uuid::Uuid) -> Result<Option<SavedSearch>, StoreError>;
    /// The saved search whose feed token has this SHA-256, unless deleted.
    async fn saved_search_by_feed(&self, feed_token_hash: &str) -> Result<Option<SavedSearch>, StoreError>;
    /// A user's saved searches, oldest first.
    async fn saved_searches(&self, user: UserId) -> Result<Vec<SavedSearch>, StoreError>;
    /// A webhook, unless deleted.
    async fn webhook(&self, id: uuid::Uuid) -> Result<Option<Webhook>, StoreError>;
    /// Webhooks of one user, or of everyone (`None`), oldest first.
    async fn webhooks(&self, user: Option<UserId>) -> Result<Vec<Webhook>, StoreError>;
    /// A webhook's deliveries, newest first.
    async fn webhook_deliveries(&self, webhook: uuid::Uuid, limit: u32) -> Result<Vec<Delivery>, StoreError>;
    /// Queues deliveries, due at `at`. Bookkeeping: no audit entry.
    async fn enqueue_deliveries(&self, deliveries: &[NewDelivery], at: OffsetDateTime) -> Result<(), StoreError>;
    /// Takes up to `limit` pending deliveries due at `now`, oldest first, and moves their next
    /// attempt to `lease_until` so no other worker takes them meanwhile (a crashed worker's
    /// deliveries come back when the lease ends). Bookkeeping: no audit entry.
    async fn claim_deliveries(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> Result<Vec<Delivery>, StoreError>;
    /// Records an attempt's outcome. Bookkeeping: no audit entry.
    async fn update_delivery(
        &self,
        id: uuid::Uuid,
        update: &DeliveryUpdate,
        at: OffsetDateTime,
    ) -> Result<(), StoreError>;

    async fn session(&self, session_hash: &str) -> Result<Option<(Session, User)>, StoreError>;
    /// Removes sessions that expired before `now`; returns how many.
    async fn purge_sessions(&self, now: OffsetDateTime) -> Result<u64, StoreError>;

    /// Audit events, newest first.
    async fn audit_events(&self, filter: &AuditFilter, page: &PageRequest) -> Result<Page<AuditEvent>, StoreError>;

    async fn counts(&self) -> Result<Counts, StoreError>;

    /// A number that changes whenever any writer (this process or another, such as the CLI)
    /// commits a change: the last audit sequence number. Read caches compare it to know
    /// whether they are still true.
    async fn change_counter(&self) -> Result<i64, StoreError>;

    /// Formal resolutions' reads: `resolutions.rs`.
    fn resolutions(&self) -> &dyn resolutions::ResolutionStore;

    /// Dialogue reads (conversations, statements, votes, results): `dialogue.rs`.
    fn dialogue(&self) -> &dyn dialogue::DialogueStore;
}
