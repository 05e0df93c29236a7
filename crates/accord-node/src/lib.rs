//! The application layer of an Accord node, shared by the HTTP server and the CLI.
//!
//! [`Node`] owns the store and the configuration. Every operation takes the [`Principal`]
//! asking for it, asks [`accord_core::authorize`] first, and sends state changes through
//! [`Node::write`], the one write path, which stamps them with an id and the time and hands
//! them to [`accord_store::Store::apply`] (change + audit entry in one transaction).

pub mod cache;
pub mod config;
pub mod demo;
pub mod demo_dialogue;
pub mod dialogue;
mod dialogue_analysis;
pub mod dialogue_import;
mod log;
pub mod registry;
pub mod resolutions;
pub mod safety;
pub mod secret;
pub mod trust;
mod write;

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
    Action, Actor, AuditEvent, Command, Denied, OrgId, OrgKind, Organisation, Principal, Role, Scope, Token, TokenId,
    User, UserId, authorize,
};
use accord_ledger::merkle::Tree;
use accord_store::sqlite::SqliteOptions;
use accord_store::{AuditFilter, Counts, Page, PageRequest, SqliteStore, Store, StoreError};

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
    /// The rule corpus (built in, or `rules.corpus_dir`), validated at start.
    corpus: accord_rules::Corpus,
    /// SHA-256 of the corpus's files, recorded with saved assessments.
    corpus_digest: String,
    /// The incident search index (a projection of the store), opened on first use.
    search: safety::SearchHandle,
    /// Warm dialogue analyses, one per conversation (a cache; the database is the truth).
    analyses: dialogue_analysis::Analyses,
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
        let sources = match &config.rules.corpus_dir {
            Some(dir) => corpus_sources(dir)?,
            None => {
                let mut packs: Vec<(String, String)> =
                    accord_rules::embedded::PACKS.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect();
                packs.push((accord_rules::pack::KINDS_FILE.to_owned(), accord_rules::embedded::KINDS.to_owned()));
                packs
            }
        };
        let corpus = accord_rules::Corpus::from_packs(&sources).map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let corpus_digest = digest_of(&sources);
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
            corpus,
            corpus_digest,
            search: safety::SearchHandle::default(),
            analyses: dialogue_analysis::Analyses::default(),
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

/// Every `*.toml` of a folder of rule packs as (file, text), sorted by name.
fn corpus_sources(dir: &std::path::Path) -> Result<Vec<(String, String)>> {
    let bad = |e: String| NodeError::BadRequest(e);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| bad(format!("cannot read the rule folder {}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(bad(format!("{} holds no rule packs (*.toml)", dir.display())));
    }
    let mut packs = Vec::with_capacity(files.len());
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| bad(format!("cannot read {}: {e}", f.display())))?;
        packs.push((f.display().to_string(), text));
    }
    Ok(packs)
}

/// SHA-256 (hex) over every file's name and text, length-prefixed.
fn digest_of(sources: &[(String, String)]) -> String {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    for (name, text) in sources {
        let name = std::path::Path::new(name).file_name().map_or(name.clone(), |n| n.to_string_lossy().into_owned());
        h.update((name.len() as u64).to_be_bytes());
        h.update(name.as_bytes());
        h.update((text.len() as u64).to_be_bytes());
        h.update(text.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Reads every `*.toml` of a folder of rule packs (sorted by name; `kinds.toml` is the kind
/// taxonomy) and validates them together. The message names the file and line of a problem.
pub fn load_corpus(dir: &std::path::Path) -> Result<accord_rules::Corpus> {
    accord_rules::Corpus::from_packs(&corpus_sources(dir)?).map_err(|e| NodeError::BadRequest(e.to_string()))
}
