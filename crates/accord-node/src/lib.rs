//! The application layer of an Accord node, shared by the HTTP server and the CLI.
//!
//! [`Node`] owns the store and the configuration. Every operation takes the [`Principal`]
//! asking for it, asks [`accord_core::authorize`] first, and sends state changes through
//! [`Node::write`], the one write path, which stamps them with an id and the time and hands
//! them to [`accord_store::Store::apply`] (change + audit entry in one transaction).

pub mod cache;
pub mod config;
pub mod demo;
pub mod secret;
pub mod trust;

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

use accord_core::command::{KeyOwner, NewKey, NewSession, NewToken, NewUser};
use accord_core::member::{self, OrganisationDraft};
use accord_core::validate::{Invalid, Problem, required_text};
use accord_core::{
    Action, Actor, AuditEvent, Command, Denied, EventId, OrgId, OrgKind, Organisation, Principal, Role, Scope, Token,
    TokenId, User, UserId, authorize,
};
use accord_core::{LogEntry, SigningKeyRecord, StoredCheckpoint};
use accord_ledger::envelope::{Envelope, SignedRecord};
use accord_ledger::merkle::{self, Tree};
use accord_ledger::note::Checkpoint;
use accord_store::sqlite::SqliteOptions;
use accord_store::{AuditFilter, BatchItem, Counts, LogAppend, Page, PageRequest, SqliteStore, Store, StoreError};

use crate::trust::{Keyring, Signer};

pub use config::Config;

#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error(transparent)]
    Denied(#[from] Denied),
    #[error("{kind} {id} does not exist")]
    NotFound { kind: &'static str, id: String },
    #[error("{field} is already in use")]
    Conflict { field: &'static str },
    /// A request that cannot be answered as asked (e.g. a proof for a tree size the log has not reached).
    #[error("{0}")]
    BadRequest(String),
    #[error("the e-mail address or password is wrong")]
    BadCredentials,
    #[error("the API token is {0}")]
    BadToken(&'static str),
    #[error("too many sign-in attempts; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    #[error("could not create the data directory {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("storage failed: {0}")]
    Store(StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for NodeError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { kind, id } => NodeError::NotFound { kind, id },
            StoreError::Conflict { field } => NodeError::Conflict { field },
            other => NodeError::Store(other),
        }
    }
}

pub type Result<T, E = NodeError> = std::result::Result<T, E>;

/// Input for a new organisation, as typed by a person or sent by a client.
#[derive(Clone, Debug, Default)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub website: Option<String>,
}

/// Input for a new user account.
#[derive(Clone, Debug)]
pub struct UserInput {
    pub organisation: OrgId,
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// `None` creates an account that cannot sign in with a password (API tokens only).
    pub password: Option<String>,
}

/// Input for a new API token.
#[derive(Clone, Debug, Default)]
pub struct TokenInput {
    /// Whose token; `None` means the caller's own.
    pub user: Option<UserId>,
    pub name: String,
    pub scopes: Vec<String>,
    /// Lifetime in days; `None` takes the configured default.
    pub expires_in_days: Option<i64>,
}

/// A successful sign-in: the cookie secret (shown to the browser once) and the CSRF token.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub session_secret: String,
    pub csrf_token: String,
    pub user: User,
    pub expires_at: OffsetDateTime,
}

/// The outcome of [`Node::verify_record`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordCheck {
    pub valid: bool,
    /// Why not, in words.
    pub problem: Option<String>,
    /// Where the record sits in the log.
    pub log_index: Option<i64>,
}

/// A browser session resolved from its cookie.
#[derive(Clone, Debug)]
pub struct SessionInfo {
    pub principal: Principal,
    pub user: User,
    pub csrf_token: String,
}

pub struct Node {
    config: Config,
    store: Arc<dyn Store>,
    login_by_address: DefaultKeyedRateLimiter<IpAddr>,
    login_by_account: DefaultKeyedRateLimiter<String>,
    cache: cache::ReadCache,
    keyring: Keyring,
    node_signer: std::sync::RwLock<Signer>,
    origin: String,
    /// The Merkle tree of the log's leaf hashes, kept in step with the store by `sync_tree`.
    tree: std::sync::Mutex<Tree>,
    /// Serialises this process's writes, so that record versions and leaf indexes are taken in order.
    write_lock: tokio::sync::Mutex<()>,
    key_lock: tokio::sync::Mutex<()>,
    /// The rule corpus (built into the binary), validated at start.
    corpus: accord_rules::Corpus,
}

/// Signs the public form of a change as version `version` of its record.
fn seal(
    origin: &str,
    form: &accord_core::command::AuditForm,
    version: i64,
    author: Option<String>,
    at: OffsetDateTime,
    signer: &Signer,
) -> LogAppend {
    let envelope = Envelope {
        kind: form.subject.kind.to_owned(),
        id: form.subject.id.clone(),
        version: u64::try_from(version).unwrap_or(1),
        origin: origin.to_owned(),
        author,
        action: form.action.to_owned(),
        at: accord_core::command::rfc3339(at),
        payload: form.payload.clone(),
    };
    let signed = SignedRecord::sign(envelope.to_bytes(), &signer.key, signer.key_id.clone());
    LogAppend {
        kind: envelope.kind,
        record_id: envelope.id,
        version,
        key_id: signed.key_id.clone(),
        leaf_hash: merkle::leaf_hash(&signed.leaf_data()),
        envelope: signed.bytes,
        signature: signed.signature,
    }
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN))
}

impl Node {
    /// Opens the node's data directory (creating it), the store, and applies migrations.
    pub async fn open(config: Config) -> Result<Node> {
        std::fs::create_dir_all(&config.data_dir)
            .map_err(|source| NodeError::DataDir { path: config.data_dir.display().to_string(), source })?;
        let options = SqliteOptions {
            read_connections: config.storage.sqlite_read_connections,
            busy_timeout: std::time::Duration::from_millis(config.storage.sqlite_busy_timeout_ms),
            synchronous_full: config.storage.sqlite_synchronous_full,
        };
        let store = SqliteStore::open(&config.database_path(), &options).await?;
        store.migrate().await?;
        Self::with_store(config, Arc::new(store)).await
    }

    /// A node over an already opened and migrated store: loads (or creates and publishes) the
    /// node's signing key and rebuilds the log's Merkle tree.
    pub async fn with_store(config: Config, store: Arc<dyn Store>) -> Result<Node> {
        let login_by_address = RateLimiter::keyed(per_minute(config.auth.login_attempts_per_minute_per_address));
        let login_by_account = RateLimiter::keyed(per_minute(config.auth.login_attempts_per_minute_per_account));
        let keyring = Keyring::new(trust::keys_dir(&config.data_dir)?);
        let keys = store.signing_keys().await?;
        let active_node_keys: Vec<String> = keys
            .iter()
            .filter(|k| k.owner_kind == "node" && k.retired_at.is_none())
            .map(|k| k.key_id.clone())
            .collect();
        let signer = match (&config.keys.node_key_file, active_node_keys.first()) {
            (Some(path), _) => keyring.adopt(trust::read_key_file(path)?),
            (None, Some(id)) => keyring.load(id)?,
            (None, None) => keyring.create()?,
        };
        let registered = keys.iter().any(|k| k.key_id == signer.key_id);
        let default_origin = format!("accord/{}", signer.key_id);
        let origin = store.meta_init("origin", config.node.origin.as_deref().unwrap_or(&default_origin)).await?;
        let leaves = store.leaf_hashes(0).await?;
        let tree = Tree::from_leaf_hashes(leaves.into_iter().filter_map(|(_, h)| <[u8; 32]>::try_from(h).ok()));
        let node = Node {
            config,
            store,
            login_by_address,
            login_by_account,
            cache: cache::ReadCache::default(),
            keyring,
            node_signer: std::sync::RwLock::new(signer.clone()),
            origin,
            tree: std::sync::Mutex::new(tree),
            write_lock: tokio::sync::Mutex::new(()),
            key_lock: tokio::sync::Mutex::new(()),
            corpus: accord_rules::embedded::corpus()
                .map_err(|e| NodeError::Internal(format!("the built-in rule corpus: {e}")))?,
        };
        if !registered {
            let command = Command::RegisterKey(NewKey {
                key_id: signer.key_id.clone(),
                owner: KeyOwner::Node,
                public_key: signer.key.verifying_key().to_bytes(),
            });
            node.write_as(&Actor::SYSTEM, None, &signer, command).await?;
        }
        // A node key supplied by configuration replaces the one in use before.
        for old in active_node_keys.iter().filter(|id| **id != signer.key_id) {
            node.write_as(&Actor::SYSTEM, None, &signer, Command::RetireKey { key_id: old.clone() }).await?;
        }
        node.publish_checkpoint().await?;
        Ok(node)
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    /// The one write path: every change of state of the node passes here. Public changes are
    /// published as records signed by the author's organisation (or by the node, for the
    /// operator) and appended to the log in the same transaction.
    async fn write(&self, principal: &Principal, command: Command) -> Result<AuditEvent> {
        let (actor, author, signer) = match principal {
            Principal::User { user_id, org_id, .. } => {
                (Actor::user(*user_id, *org_id), Some(org_id.to_string()), self.organisation_signer(*org_id).await?)
            }
            Principal::Operator => (Actor::OPERATOR, None, self.node_signer()),
            Principal::Anonymous => (Actor::SYSTEM, None, self.node_signer()),
        };
        self.write_as(&actor, author, &signer, command).await
    }

    async fn write_as(
        &self,
        actor: &Actor,
        author: Option<String>,
        signer: &Signer,
        command: Command,
    ) -> Result<AuditEvent> {
        let _turn = self.write_lock.lock().await;
        let form = command.audit();
        let mut attempts = 0;
        loop {
            let at = Self::now();
            let record = match form.public {
                true => {
                    let version = match command.creates_subject() {
                        true => 1,
                        false => self.store.next_version(form.subject.kind, &form.subject.id).await?,
                    };
                    Some(self.seal(&form, version, author.clone(), at, signer))
                }
                false => None,
            };
            match self.store.apply(actor, EventId(Uuid::now_v7()), at, &command, record.as_ref()).await {
                // Another process published the same record version first: take the next one.
                Err(StoreError::VersionRace { .. }) if attempts < 3 => attempts += 1,
                Err(e) => return Err(e.into()),
                Ok((event, index)) => {
                    self.cache.invalidate(event.seq);
                    tracing::info!(seq = event.seq, log_index = ?index, action = %event.action, subject = %event.subject_id, actor = actor.kind, "recorded");
                    if index.is_some() {
                        self.publish_checkpoint().await?;
                    }
                    return Ok(event);
                }
            }
        }
    }

    /// Several changes by one principal in one transaction: one durable commit and one
    /// checkpoint for the lot, all or none (importers use this).
    async fn write_batch(&self, principal: &Principal, commands: Vec<Command>) -> Result<Vec<AuditEvent>> {
        let (actor, author, signer) = match principal {
            Principal::User { user_id, org_id, .. } => {
                (Actor::user(*user_id, *org_id), Some(org_id.to_string()), self.organisation_signer(*org_id).await?)
            }
            _ => (Actor::OPERATOR, None, self.node_signer()),
        };
        let _turn = self.write_lock.lock().await;
        let mut versions: std::collections::HashMap<(String, String), i64> = std::collections::HashMap::new();
        // Versions first (a store query only for changes to existing records)...
        let mut pending = Vec::with_capacity(commands.len());
        for command in commands {
            let at = Self::now();
            let form = command.audit();
            let version = if form.public {
                let key = (form.subject.kind.to_owned(), form.subject.id.clone());
                let version = match versions.get(&key) {
                    Some(v) => v + 1,
                    None if command.creates_subject() => 1,
                    None => self.store.next_version(form.subject.kind, &form.subject.id).await?,
                };
                versions.insert(key, version);
                Some(version)
            } else {
                None
            };
            pending.push((command, form, version, at));
        }
        // ...then the signatures, on every core, off the async runtime.
        let origin = self.origin.clone();
        let signed = tokio::task::spawn_blocking(move || {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
            let chunk = pending.len().div_ceil(threads).max(1);
            let records: Vec<Option<LogAppend>> = std::thread::scope(|scope| {
                let handles: Vec<_> = pending
                    .chunks(chunk)
                    .map(|part| {
                        let (origin, author, signer) = (&origin, &author, &signer);
                        scope.spawn(move || {
                            part.iter()
                                .map(|(_, form, version, at)| {
                                    version.map(|v| seal(origin, form, v, author.clone(), *at, signer))
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
            });
            (pending, records)
        })
        .await
        .map_err(|e| NodeError::Internal(e.to_string()))?;
        let (pending, records) = signed;
        if records.len() != pending.len() {
            return Err(NodeError::Internal("a signing thread failed".into()));
        }
        let items: Vec<BatchItem> = pending
            .into_iter()
            .zip(records)
            .map(|((command, _, _, at), record)| BatchItem {
                actor: actor.clone(),
                event_id: EventId(Uuid::now_v7()),
                at,
                command,
                record,
            })
            .collect();
        let applied = self.store.apply_batch(&items).await?;
        // The new leaves are known: extend the tree without reading them back.
        if let Ok(mut tree) = self.tree.lock() {
            for (item, (_, index)) in items.iter().zip(&applied) {
                if let (Some(r), Some(i)) = (&item.record, index)
                    && u64::try_from(*i).ok() == Some(tree.len())
                {
                    tree.push(r.leaf_hash);
                }
            }
        }
        if let Some((last, _)) = applied.last() {
            self.cache.invalidate(last.seq);
        }
        tracing::info!(records = applied.len(), "recorded a batch");
        if applied.iter().any(|(_, index)| index.is_some()) {
            self.publish_checkpoint().await?;
        }
        Ok(applied.into_iter().map(|(e, _)| e).collect())
    }

    /// Adds many organisations at once (one transaction, one checkpoint): all or none.
    pub async fn create_organisations(&self, p: &Principal, inputs: &[OrganisationInput]) -> Result<Vec<OrgId>> {
        authorize(p, Action::ManageOrganisations)?;
        let mut commands = Vec::with_capacity(inputs.len());
        let mut ids = Vec::with_capacity(inputs.len());
        for input in inputs {
            let kind = OrgKind::parse("kind", &input.kind)?;
            let draft = OrganisationDraft::new(&input.name, kind, input.country.as_deref(), input.website.as_deref())?;
            let id = OrgId(Uuid::now_v7());
            ids.push(id);
            commands.push(Command::CreateOrganisation { id, draft });
        }
        self.write_batch(p, commands).await?;
        Ok(ids)
    }

    fn seal(
        &self,
        form: &accord_core::command::AuditForm,
        version: i64,
        author: Option<String>,
        at: OffsetDateTime,
        signer: &Signer,
    ) -> LogAppend {
        seal(&self.origin, form, version, author, at, signer)
    }

    fn node_signer(&self) -> Signer {
        match self.node_signer.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The organisation's active signing key; made and published (signed by the node) the
    /// first time the organisation publishes.
    async fn organisation_signer(&self, org: OrgId) -> Result<Signer> {
        let _turn = self.key_lock.lock().await;
        let keys = self.store.signing_keys().await?;
        let owner = org.to_string();
        if let Some(k) = keys
            .iter()
            .find(|k| k.owner_kind == "organisation" && k.owner_id.as_deref() == Some(&owner) && k.retired_at.is_none())
        {
            return self.keyring.load(&k.key_id);
        }
        self.create_organisation_key(org).await
    }

    async fn create_organisation_key(&self, org: OrgId) -> Result<Signer> {
        let signer = self.keyring.create()?;
        let command = Command::RegisterKey(NewKey {
            key_id: signer.key_id.clone(),
            owner: KeyOwner::Organisation(org),
            public_key: signer.key.verifying_key().to_bytes(),
        });
        self.write_as(&Actor::SYSTEM, None, &self.node_signer(), command).await?;
        Ok(signer)
    }

    /// Replaces a signing key: the node's (`None`) or an organisation's. The new key is
    /// published signed by the current node key, then the old one is retired; what it signed
    /// stays valid. Returns the new key id.
    pub async fn rotate_key(&self, p: &Principal, organisation: Option<OrgId>) -> Result<String> {
        authorize(p, Action::ManageOrganisations)?;
        let _turn = self.key_lock.lock().await;
        let keys = self.store.signing_keys().await?;
        let active = |k: &&SigningKeyRecord| k.retired_at.is_none();
        match organisation {
            None => {
                let old = self.node_signer();
                let new = self.keyring.create()?;
                let register = Command::RegisterKey(NewKey {
                    key_id: new.key_id.clone(),
                    owner: KeyOwner::Node,
                    public_key: new.key.verifying_key().to_bytes(),
                });
                // The old key vouches for the new one, so auditors can follow the change.
                self.write_as(&Actor::OPERATOR, None, &old, register).await?;
                if let Ok(mut s) = self.node_signer.write() {
                    *s = new.clone();
                }
                self.write_as(&Actor::OPERATOR, None, &new, Command::RetireKey { key_id: old.key_id }).await?;
                self.publish_checkpoint().await?;
                Ok(new.key_id)
            }
            Some(org) => {
                self.organisation(p, org).await?;
                let owner = org.to_string();
                let old: Vec<String> = keys
                    .iter()
                    .filter(active)
                    .filter(|k| k.owner_kind == "organisation" && k.owner_id.as_deref() == Some(&owner))
                    .map(|k| k.key_id.clone())
                    .collect();
                let new = self.create_organisation_key(org).await?;
                for id in old {
                    self.write_as(&Actor::OPERATOR, None, &self.node_signer(), Command::RetireKey { key_id: id })
                        .await?;
                }
                Ok(new.key_id)
            }
        }
    }

    /// Brings the in-memory tree up to the store (other processes may have appended).
    async fn sync_tree(&self) -> Result<u64> {
        let len = self.tree.lock().map(|t| t.len()).unwrap_or(0);
        let fresh = self.store.leaf_hashes(i64::try_from(len).unwrap_or(i64::MAX)).await?;
        let mut tree = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?;
        for (seq, hash) in fresh {
            if u64::try_from(seq).ok() != Some(tree.len()) {
                continue; // appended meanwhile by this process
            }
            let hash =
                <[u8; 32]>::try_from(hash).map_err(|_| NodeError::Internal(format!("leaf {seq} is not 32 bytes")))?;
            tree.push(hash);
        }
        Ok(tree.len())
    }

    /// Signs and stores a checkpoint for the current tree size.
    async fn publish_checkpoint(&self) -> Result<()> {
        let size = self.sync_tree().await?;
        if size == 0 {
            return Ok(());
        }
        let root = self.tree.lock().map_err(|_| NodeError::Internal("log tree lock poisoned".into()))?.root(size);
        let root = root.map_err(|e| NodeError::Internal(e.to_string()))?;
        let note = Checkpoint { origin: self.origin.clone(), size, root }.sign(&self.origin, &self.node_signer().key);
        self.store.put_checkpoint(i64::try_from(size).unwrap_or(i64::MAX), &root, &note, Self::now()).await?;
        Ok(())
    }

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

    // ---- members -------------------------------------------------------------------------

    pub async fn create_organisation(&self, p: &Principal, input: &OrganisationInput) -> Result<Organisation> {
        authorize(p, Action::ManageOrganisations)?;
        let kind = OrgKind::parse("kind", &input.kind)?;
        let draft = OrganisationDraft::new(&input.name, kind, input.country.as_deref(), input.website.as_deref())?;
        let id = OrgId(Uuid::now_v7());
        self.write(p, Command::CreateOrganisation { id, draft }).await?;
        self.store.organisation(id).await?.ok_or_else(|| NodeError::Internal("organisation vanished".into()))
    }

    pub async fn organisations(&self, p: &Principal, page: &PageRequest) -> Result<Page<Organisation>> {
        authorize(p, Action::ViewPublic)?;
        let page = self.clamp(page);
        self.refresh_cache().await?;
        if let Some(hit) = self.cache.organisations(&page) {
            return Ok(hit);
        }
        let fresh = self.store.organisations(&page).await?;
        self.cache.put_organisations(&page, fresh.clone());
        Ok(fresh)
    }

    /// Empties the read cache if another process changed the store (see [`cache`]).
    async fn refresh_cache(&self) -> Result<()> {
        let now = std::time::Instant::now();
        if self.cache.due(now) {
            let counter = self.store.change_counter().await?;
            self.cache.observe(counter, now);
        }
        Ok(())
    }

    pub async fn organisation(&self, p: &Principal, id: OrgId) -> Result<Organisation> {
        authorize(p, Action::ViewPublic)?;
        self.store.organisation(id).await?.ok_or(NodeError::NotFound { kind: "organisation", id: id.to_string() })
    }

    pub async fn organisation_by_name(&self, p: &Principal, name: &str) -> Result<Option<Organisation>> {
        authorize(p, Action::ViewPublic)?;
        Ok(self.store.organisation_by_name(name.trim()).await?)
    }

    pub async fn create_user(&self, p: &Principal, input: &UserInput) -> Result<User> {
        authorize(p, Action::ManageUsers)?;
        let email = member::email(&input.email)?;
        let display_name = required_text("display_name", &input.display_name, member::NAME_MAX)?;
        let role = Role::parse("role", &input.role)?;
        let password_hash = match &input.password {
            Some(pw) => {
                member::password(pw)?;
                let pw = pw.clone();
                Some(
                    tokio::task::spawn_blocking(move || secret::hash_password(&pw))
                        .await
                        .map_err(|e| NodeError::Internal(e.to_string()))?
                        .map_err(|e| NodeError::Internal(e.to_string()))?,
                )
            }
            None => None,
        };
        if self.store.organisation(input.organisation).await?.is_none() {
            return Err(Invalid::new(
                "organisation",
                Problem::Malformed { expected: "the id of an existing organisation" },
            )
            .into());
        }
        let id = UserId(Uuid::now_v7());
        let command = Command::CreateUser(NewUser {
            id,
            organisation: input.organisation,
            email,
            display_name,
            role,
            password_hash,
        });
        self.write(p, command).await?;
        self.store.user(id).await?.ok_or_else(|| NodeError::Internal("user vanished".into()))
    }

    pub async fn users(&self, p: &Principal, organisation: Option<OrgId>, page: &PageRequest) -> Result<Page<User>> {
        authorize(p, Action::ViewUsers)?;
        Ok(self.store.users(organisation, &self.clamp(page)).await?)
    }

    pub async fn user(&self, p: &Principal, id: UserId) -> Result<User> {
        if p.user_id() != Some(id) {
            authorize(p, Action::ViewUsers)?;
        }
        self.store.user(id).await?.ok_or(NodeError::NotFound { kind: "user", id: id.to_string() })
    }

    /// Finds a user by e-mail address (operators and admins).
    pub async fn user_by_email(&self, p: &Principal, email: &str) -> Result<User> {
        authorize(p, Action::ViewUsers)?;
        let email = member::email(email)?;
        Ok(self.store.credentials(&email).await?.ok_or(NodeError::NotFound { kind: "user", id: email })?.user)
    }

    // ---- tokens --------------------------------------------------------------------------

    /// Creates an API token and returns it with its secret, which is never shown again.
    pub async fn create_token(&self, p: &Principal, input: &TokenInput) -> Result<(Token, String)> {
        let user = match (input.user, p.user_id()) {
            (Some(u), me) if Some(u) != me => {
                authorize(p, Action::ManageAnyToken)?;
                u
            }
            (_, Some(me)) => {
                authorize(p, Action::ManageOwnTokens)?;
                me
            }
            (_, None) => {
                return Err(match p {
                    Principal::Anonymous => NodeError::Denied(Denied::NotAuthenticated),
                    _ => Invalid::new("user", Problem::Missing).into(),
                });
            }
        };
        if self.store.user(user).await?.is_none() {
            return Err(NodeError::NotFound { kind: "user", id: user.to_string() });
        }
        let name = required_text("name", &input.name, 100)?;
        let mut scopes = Vec::new();
        for (i, s) in input.scopes.iter().enumerate() {
            let scope = Scope::parse(s).ok_or_else(|| {
                Invalid::new(
                    format!("scopes[{i}]"),
                    Problem::NotAllowed { allowed: Scope::ALL.iter().map(|s| s.as_str()).collect() },
                )
            })?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        if scopes.is_empty() {
            return Err(Invalid::new("scopes", Problem::Missing).into());
        }
        scopes.sort();
        let days = input.expires_in_days.unwrap_or(self.config.auth.token_default_days);
        if days < 1 || days > self.config.auth.token_max_days {
            return Err(Invalid::new(
                "expires_in_days",
                Problem::Malformed { expected: "a number of days from 1 to the node's maximum (auth.token_max_days)" },
            )
            .into());
        }
        let secret = secret::new_token_secret();
        let id = TokenId(Uuid::now_v7());
        let command = Command::CreateToken(NewToken {
            id,
            user,
            name,
            scopes,
            expires_at: Some(Self::now() + Duration::days(days)),
            secret_hash: secret::secret_hash(&secret),
            prefix: secret::token_display_prefix(&secret),
        });
        self.write(p, command).await?;
        let token = self.store.token(id).await?.ok_or_else(|| NodeError::Internal("token vanished".into()))?;
        Ok((token, secret))
    }

    /// Tokens the caller may manage: their own, or everyone's with `all` (admins).
    pub async fn tokens(&self, p: &Principal, all: bool, page: &PageRequest) -> Result<Page<Token>> {
        let filter = if all || p.user_id().is_none() {
            authorize(p, Action::ManageAnyToken)?;
            None
        } else {
            authorize(p, Action::ManageOwnTokens)?;
            p.user_id()
        };
        Ok(self.store.tokens(filter, &self.clamp(page)).await?)
    }

    /// One user's tokens: one's own, or anyone's for administrators and the operator.
    pub async fn tokens_of(&self, p: &Principal, user: UserId, page: &PageRequest) -> Result<Page<Token>> {
        if p.user_id() == Some(user) {
            authorize(p, Action::ManageOwnTokens)?;
        } else {
            authorize(p, Action::ManageAnyToken)?;
        }
        Ok(self.store.tokens(Some(user), &self.clamp(page)).await?)
    }

    pub async fn token(&self, p: &Principal, id: TokenId) -> Result<Token> {
        let not_found = || NodeError::NotFound { kind: "token", id: id.to_string() };
        let token = self.store.token(id).await?.ok_or_else(not_found)?;
        if Some(token.user) == p.user_id() {
            authorize(p, Action::ManageOwnTokens)?;
        } else {
            // Someone else's token: admins see it; for others it does not exist.
            authorize(p, Action::ManageAnyToken).map_err(|d| match d {
                Denied::Forbidden => not_found(),
                other => NodeError::Denied(other),
            })?;
        }
        Ok(token)
    }

    pub async fn revoke_token(&self, p: &Principal, id: TokenId) -> Result<Token> {
        let token = self.token(p, id).await?;
        if token.revoked_at.is_some() {
            return Ok(token);
        }
        self.write(p, Command::RevokeToken { id }).await?;
        self.store.token(id).await?.ok_or_else(|| NodeError::Internal("token vanished".into()))
    }

    /// Resolves a bearer token to the principal it stands for.
    pub async fn principal_for_token(&self, secret: &str) -> Result<Principal> {
        if !secret.starts_with(secret::TOKEN_PREFIX) {
            return Err(NodeError::BadToken("not an Accord token"));
        }
        let hash = secret::secret_hash(secret);
        self.refresh_cache().await?;
        let found = match self.cache.token(&hash) {
            Some(hit) => Some(hit),
            None => self.store.token_by_secret(&hash).await?,
        };
        let Some((mut token, user)) = found else {
            return Err(NodeError::BadToken("unknown"));
        };
        let now = Self::now();
        if token.revoked_at.is_some() {
            return Err(NodeError::BadToken("revoked"));
        }
        if !token.is_active(now) {
            return Err(NodeError::BadToken("expired"));
        }
        // Usage time is kept to the minute so that reads do not turn into writes.
        if token.last_used_at.is_none_or(|t| now - t > Duration::minutes(1)) {
            match self.store.touch_token(token.id, now).await {
                Ok(()) => token.last_used_at = Some(now),
                Err(e) => tracing::warn!(error = %e, "could not record token use"),
            }
        }
        let principal = Principal::User {
            user_id: user.id,
            org_id: user.organisation,
            role: user.role,
            scopes: Some(token.scopes.clone()),
        };
        self.cache.put_token(hash, (token, user));
        Ok(principal)
    }

    // ---- sessions ------------------------------------------------------------------------

    /// Checks the password and opens a browser session. Attempts are rate-limited per client
    /// address and per account.
    pub async fn sign_in(&self, email: &str, password: &str, client: IpAddr) -> Result<SignedIn> {
        let email = member::email(email).map_err(|_| NodeError::BadCredentials)?;
        for check in [self.login_by_address.check_key(&client), self.login_by_account.check_key(&email)] {
            if let Err(not_until) = check {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                return Err(NodeError::RateLimited { retry_after_secs: wait.as_secs().max(1) });
            }
        }
        let creds = self.store.credentials(&email).await?;
        let (hash, user) = match creds {
            Some(c) => (c.password_hash.unwrap_or_default(), Some(c.user)),
            None => (String::new(), None),
        };
        let pw = password.to_owned();
        let verified = tokio::task::spawn_blocking(move || {
            let target = if hash.is_empty() { secret::decoy_hash() } else { hash.as_str() };
            secret::verify_password(&pw, target) && !hash.is_empty()
        })
        .await
        .map_err(|e| NodeError::Internal(e.to_string()))?;
        let Some(user) = user.filter(|_| verified) else {
            tracing::info!(email = %email, %client, "sign-in refused");
            return Err(NodeError::BadCredentials);
        };
        let session_secret = secret::random_secret();
        let csrf_token = secret::random_secret();
        let expires_at = Self::now() + Duration::hours(self.config.auth.session_hours);
        let principal = Principal::User { user_id: user.id, org_id: user.organisation, role: user.role, scopes: None };
        let command = Command::OpenSession(NewSession {
            user: user.id,
            session_hash: secret::secret_hash(&session_secret),
            csrf_token: csrf_token.clone(),
            expires_at,
        });
        self.write(&principal, command).await?;
        Ok(SignedIn { session_secret, csrf_token, user, expires_at })
    }

    /// The session behind a cookie value, if it exists and has not expired.
    pub async fn session(&self, session_secret: &str) -> Result<Option<SessionInfo>> {
        let Some((session, user)) = self.store.session(&secret::secret_hash(session_secret)).await? else {
            return Ok(None);
        };
        if session.expires_at <= Self::now() {
            return Ok(None);
        }
        let principal = Principal::User { user_id: user.id, org_id: user.organisation, role: user.role, scopes: None };
        Ok(Some(SessionInfo { principal, user, csrf_token: session.csrf_token }))
    }

    pub async fn sign_out(&self, session_secret: &str) -> Result<()> {
        if let Some(info) = self.session(session_secret).await? {
            let command =
                Command::CloseSession { user: info.user.id, session_hash: secret::secret_hash(session_secret) };
            self.write(&info.principal, command).await?;
        }
        Ok(())
    }

    // ---- audit ---------------------------------------------------------------------------

    /// The audit trail, newest first. Members see public entries; admins see all.
    pub async fn audit(
        &self,
        p: &Principal,
        subject: Option<(String, String)>,
        page: &PageRequest,
    ) -> Result<Page<AuditEvent>> {
        authorize(p, Action::ViewCommunity)?;
        let public_only = authorize(p, Action::ViewUsers).is_err();
        Ok(self.store.audit_events(&AuditFilter { public_only, subject }, &self.clamp(page)).await?)
    }

    pub async fn counts(&self) -> Result<Counts> {
        Ok(self.store.counts().await?)
    }

    pub async fn ready(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    fn clamp(&self, page: &PageRequest) -> PageRequest {
        let limit = if page.limit == 0 { 50 } else { page.limit.min(self.config.http.max_page_size) };
        PageRequest { after: page.after.clone(), limit }
    }
}
