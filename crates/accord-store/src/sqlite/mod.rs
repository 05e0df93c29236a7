//! The embedded SQLite store: one file in the node's data directory, WAL journal, foreign
//! keys on, a busy timeout, and one writer connection so that write transactions queue in
//! the pool instead of failing with `SQLITE_BUSY`.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use accord_core::{
    Actor, Assessment, AssessmentId, AuditEvent, Command, EventId, LogEntry, OrgId, OrgKind, Organisation, Role, Scope,
    Session, SigningKeyRecord, StoredCheckpoint, Token, TokenId, User, UserId,
};

use crate::{
    AuditFilter, BatchItem, Counts, Credentials, LogAppend, Page, PageRequest, RegistryPage, RegistryQuery,
    SafetyListQuery, SharingGroup, Store, StoreError, StoredEdge, StoredSafety,
};

mod alerts;
mod apply;
mod dialogue;
mod registry;
mod resolutions;
mod safety;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// How the SQLite file is opened.
#[derive(Clone, Debug)]
pub struct SqliteOptions {
    /// Read connections in the pool (writes always use one connection).
    pub read_connections: u32,
    pub busy_timeout: Duration,
    /// `FULL` makes every commit durable on power loss; `NORMAL` is faster and still safe
    /// against corruption in WAL mode.
    pub synchronous_full: bool,
}

impl Default for SqliteOptions {
    fn default() -> Self {
        Self { read_connections: 8, busy_timeout: Duration::from_secs(5), synchronous_full: true }
    }
}

#[derive(Clone, Debug)]
pub struct SqliteStore {
    read: SqlitePool,
    write: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database file at `path`.
    pub async fn open(path: &Path, options: &SqliteOptions) -> Result<Self, StoreError> {
        let connect = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .foreign_keys(true)
            .busy_timeout(options.busy_timeout)
            .synchronous(if options.synchronous_full { SqliteSynchronous::Full } else { SqliteSynchronous::Normal })
            // 32 MiB of page cache per connection (the default is 2 MiB): large imports and the
            // registry's full-text index otherwise re-read the same pages from the file.
            .pragma("cache_size", "-32768");
        let write = SqlitePoolOptions::new().max_connections(1).connect_with(connect.clone()).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(options.read_connections.max(1))
            .connect_with(connect.read_only(true))
            .await?;
        Ok(Self { read, write })
    }

    /// Closes both pools, waiting for open connections to finish.
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// Fixed-width UTC text, so that text order is time order.
pub(crate) fn ts(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

fn parse_ts(column: &str, text: &str) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::parse(text, &Rfc3339).map_err(|e| StoreError::Corrupt(format!("{column} {text:?}: {e}")))
}

fn opt_ts(row: &SqliteRow, column: &str) -> Result<Option<OffsetDateTime>, StoreError> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| parse_ts(column, &t)).transpose()
}

fn req_ts(row: &SqliteRow, column: &str) -> Result<OffsetDateTime, StoreError> {
    let text: String = row.try_get(column)?;
    parse_ts(column, &text)
}

fn id_of<T: FromStr>(row: &SqliteRow, column: &str) -> Result<T, StoreError> {
    let text: String = row.try_get(column)?;
    text.parse().map_err(|_| StoreError::Corrupt(format!("{column} {text:?} is not a uuid")))
}

fn opt_id_of<T: FromStr>(row: &SqliteRow, column: &str) -> Result<Option<T>, StoreError> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| t.parse().map_err(|_| StoreError::Corrupt(format!("{column} {t:?} is not a uuid")))).transpose()
}

fn organisation_from(row: &SqliteRow) -> Result<Organisation, StoreError> {
    let kind: String = row.try_get("kind")?;
    Ok(Organisation {
        id: id_of(row, "id")?,
        name: row.try_get("name")?,
        kind: OrgKind::parse("kind", &kind).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        country: row.try_get("country")?,
        website: row.try_get("website")?,
        created_at: req_ts(row, "created_at")?,
    })
}

fn user_from(row: &SqliteRow) -> Result<User, StoreError> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: id_of(row, "id")?,
        organisation: id_of(row, "organisation_id")?,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        role: Role::parse("role", &role).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        created_at: req_ts(row, "created_at")?,
    })
}

fn scopes_text(scopes: &[Scope]) -> String {
    scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
}

fn token_from(row: &SqliteRow) -> Result<Token, StoreError> {
    let scopes: String = row.try_get("scopes")?;
    let scopes = scopes
        .split_whitespace()
        .map(|s| Scope::parse(s).ok_or_else(|| StoreError::Corrupt(format!("unknown token scope {s:?}"))))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Token {
        id: id_of(row, "id")?,
        user: id_of(row, "user_id")?,
        name: row.try_get("name")?,
        prefix: row.try_get("prefix")?,
        scopes,
        created_at: req_ts(row, "created_at")?,
        expires_at: opt_ts(row, "expires_at")?,
        revoked_at: opt_ts(row, "revoked_at")?,
        last_used_at: opt_ts(row, "last_used_at")?,
    })
}

fn assessment_from(row: &SqliteRow) -> Result<Assessment, StoreError> {
    let json = |col: &str| -> Result<serde_json::Value, StoreError> {
        let text: String = row.try_get(col)?;
        serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("assessments.{col}: {e}")))
    };
    Ok(Assessment {
        id: id_of(row, "id")?,
        organisation: id_of(row, "organisation_id")?,
        user: id_of(row, "user_id")?,
        name: row.try_get("name")?,
        as_of: row.try_get("as_of")?,
        profile: json("profile_json")?,
        corpus_digest: row.try_get("corpus_digest")?,
        report: json("report_json")?,
        created_at: req_ts(row, "created_at")?,
    })
}

fn audit_from(row: &SqliteRow) -> Result<AuditEvent, StoreError> {
    let payload: String = row.try_get("payload")?;
    let public: i64 = row.try_get("public")?;
    Ok(AuditEvent {
        seq: row.try_get("seq")?,
        id: id_of(row, "id")?,
        at: req_ts(row, "at")?,
        actor_kind: row.try_get("actor_kind")?,
        actor_user: opt_id_of(row, "actor_user")?,
        actor_organisation: opt_id_of(row, "actor_org")?,
        action: row.try_get("action")?,
        subject_kind: row.try_get("subject_kind")?,
        subject_id: row.try_get("subject_id")?,
        public: public != 0,
        payload: serde_json::from_str::<Value>(&payload).map_err(|e| StoreError::Corrupt(format!("payload: {e}")))?,
    })
}

fn log_entry_from(row: &SqliteRow) -> Result<LogEntry, StoreError> {
    Ok(LogEntry {
        seq: row.try_get("seq")?,
        kind: row.try_get("kind")?,
        record_id: row.try_get("record_id")?,
        version: row.try_get("version")?,
        key_id: row.try_get("key_id")?,
        envelope: row.try_get("envelope")?,
        signature: row.try_get("signature")?,
        leaf_hash: row.try_get("leaf_hash")?,
        created_at: req_ts(row, "created_at")?,
    })
}

/// A unique-index violation on the log's (kind, record_id, version): another writer took it.
fn version_race(e: sqlx::Error, r: &LogAppend) -> StoreError {
    if let sqlx::Error::Database(db) = &e
        && db.is_unique_violation()
    {
        return StoreError::VersionRace { kind: r.kind.clone(), id: r.record_id.clone(), version: r.version };
    }
    StoreError::Database(e)
}

/// Maps a unique-index violation to the field the user typed.
pub(super) fn conflict(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        let msg = db.message();
        if db.is_unique_violation() {
            if msg.contains("organisations.name") {
                return StoreError::Conflict { field: "name" };
            }
            if msg.contains("users.email") {
                return StoreError::Conflict { field: "email" };
            }
            if msg.contains("signing_keys.key_id") {
                return StoreError::Conflict { field: "key_id" };
            }
        }
        if db.is_foreign_key_violation() {
            return StoreError::NotFound { kind: "referenced record", id: String::new() };
        }
    }
    StoreError::Database(e)
}

fn page_limit(page: &PageRequest) -> i64 {
    i64::from(page.limit.clamp(1, 1000))
}

/// Turns `limit + 1` fetched rows into a page and its next cursor.
fn paginate<T>(mut items: Vec<T>, limit: i64, cursor_of: impl Fn(&T) -> String) -> Page<T> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(cursor_of)
    } else {
        None
    };
    Page { items, next }
}

/// Rows per multi-row INSERT (SQLite allows 32,766 bound values per statement).
const ROWS_PER_INSERT: usize = 500;

/// Refuses a record version whose predecessor is not in the log, so versions stay gap-free.
async fn check_previous_version(conn: &mut sqlx::SqliteConnection, r: &LogAppend) -> Result<(), StoreError> {
    if r.version <= 1 {
        return Ok(());
    }
    let previous = sqlx::query("SELECT 1 FROM log_entries WHERE kind = ? AND record_id = ? AND version = ?")
        .bind(&r.kind)
        .bind(&r.record_id)
        .bind(r.version - 1)
        .fetch_optional(&mut *conn)
        .await?;
    match previous {
        Some(_) => Ok(()),
        None => Err(StoreError::VersionRace { kind: r.kind.clone(), id: r.record_id.clone(), version: r.version }),
    }
}

/// Applies one command (and its log entry) on an open transaction.
async fn apply_one(
    conn: &mut sqlx::SqliteConnection,
    actor: &Actor,
    event_id: EventId,
    at: OffsetDateTime,
    command: &Command,
    record: Option<&LogAppend>,
) -> Result<(AuditEvent, Option<i64>), StoreError> {
    let now = ts(at);
    apply::apply_change(conn, command, &now).await?;

    let mut log_index = None;
    if let Some(r) = record {
        // The unique index on (kind, record_id, version) refuses a version taken by another
        // writer; `version_race` turns that into a retry. A version that skips ahead is refused
        // here, so versions stay gap-free.
        check_previous_version(&mut *conn, r).await?;
        let row = sqlx::query(
            "INSERT INTO log_entries (seq, kind, record_id, version, key_id, envelope, signature, leaf_hash, created_at) \
             VALUES ((SELECT COALESCE(MAX(seq) + 1, 0) FROM log_entries), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
        )
        .bind(&r.kind)
        .bind(&r.record_id)
        .bind(r.version)
        .bind(&r.key_id)
        .bind(&r.envelope)
        .bind(r.signature.to_vec())
        .bind(r.leaf_hash.to_vec())
        .bind(&now)
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| version_race(e, r))?;
        log_index = Some(row.try_get::<i64, _>("seq")?);
    }

    let form = command.audit();
    let payload = form.payload.to_string();
    let row = sqlx::query(
        "INSERT INTO audit_events (id, at, actor_kind, actor_user, actor_org, action, subject_kind, subject_id, public, payload) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
    )
    .bind(event_id.to_string())
    .bind(&now)
    .bind(actor.kind)
    .bind(actor.user.map(|u| u.to_string()))
    .bind(actor.organisation.map(|o| o.to_string()))
    .bind(form.action)
    .bind(form.subject.kind)
    .bind(&form.subject.id)
    .bind(i64::from(form.public))
    .bind(&payload)
    .fetch_one(&mut *conn)
    .await?;
    let event = AuditEvent {
        seq: row.try_get("seq")?,
        id: event_id,
        // As stored: microsecond precision.
        at: parse_ts("at", &now)?,
        actor_kind: actor.kind.to_owned(),
        actor_user: actor.user,
        actor_organisation: actor.organisation,
        action: form.action.to_owned(),
        subject_kind: form.subject.kind.to_owned(),
        subject_id: form.subject.id,
        public: form.public,
        payload: form.payload,
    };
    Ok((event, log_index))
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.write).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    async fn apply(
        &self,
        actor: &Actor,
        event_id: EventId,
        at: OffsetDateTime,
        command: &Command,
        record: Option<&LogAppend>,
    ) -> Result<(AuditEvent, Option<i64>), StoreError> {
        let mut tx = self.write.begin().await?;
        let out = apply_one(&mut tx, actor, event_id, at, command, record).await?;
        tx.commit().await?;
        Ok(out)
    }

    async fn apply_batch(&self, items: &[BatchItem]) -> Result<Vec<(AuditEvent, Option<i64>)>, StoreError> {
        // The same effects as `apply` per item, but with multi-row INSERTs for the new
        // organisations, the audit events and the log entries: per-statement overhead, not
        // disk, dominates a large batch. One transaction, one durable commit.
        let mut tx = self.write.begin().await?;
        let stamps: Vec<String> = items.iter().map(|i| ts(i.at)).collect();

        // 1. Domain changes, in order (consecutive new organisations in one statement).
        let mut i = 0;
        while i < items.len() {
            let run =
                items[i..].iter().take_while(|it| matches!(it.command, Command::CreateOrganisation { .. })).count();
            if run > 1 {
                for chunk in items[i..i + run].chunks(ROWS_PER_INSERT) {
                    let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                        "INSERT INTO organisations (id, name, kind, country, website, created_at) ",
                    );
                    q.push_values(chunk.iter().enumerate(), |mut b, (k, it)| {
                        if let Command::CreateOrganisation { id, draft } = &it.command {
                            b.push_bind(id.to_string())
                                .push_bind(draft.name.clone())
                                .push_bind(draft.kind.as_str())
                                .push_bind(draft.country.clone())
                                .push_bind(draft.website.clone())
                                .push_bind(stamps[i + k].clone());
                        }
                    });
                    q.build().execute(&mut *tx).await.map_err(conflict)?;
                    i += chunk.len();
                }
            } else if let Command::PublishEntry(e) = &items[i].command
                && e.first
            {
                // Consecutive first registrations (an import): multi-row as well.
                let run: Vec<(&accord_core::EntryRevision, &str)> = items[i..]
                    .iter()
                    .zip(&stamps[i..])
                    .map_while(|(it, at)| match &it.command {
                        Command::PublishEntry(e) if e.first => Some((e.as_ref(), at.as_str())),
                        _ => None,
                    })
                    .collect();
                registry::insert_new(&mut tx, &run).await?;
                i += run.len();
            } else {
                apply::apply_change(&mut tx, &items[i].command, &stamps[i]).await?;
                i += 1;
            }
        }

        // 2. Audit events with explicit, consecutive sequence numbers (we hold the write lock).
        let audit_base: i64 = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS n FROM audit_events")
            .fetch_one(&mut *tx)
            .await?
            .try_get("n")?;
        let forms: Vec<_> = items.iter().map(|it| it.command.audit()).collect();
        for (c, chunk) in items.chunks(ROWS_PER_INSERT).enumerate() {
            let offset = c * ROWS_PER_INSERT;
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO audit_events (seq, id, at, actor_kind, actor_user, actor_org, action, subject_kind, subject_id, public, payload) ",
            );
            q.push_values(chunk.iter().enumerate(), |mut b, (k, it)| {
                let n = offset + k;
                let form = &forms[n];
                b.push_bind(audit_base + 1 + n as i64)
                    .push_bind(it.event_id.to_string())
                    .push_bind(stamps[n].clone())
                    .push_bind(it.actor.kind)
                    .push_bind(it.actor.user.map(|u| u.to_string()))
                    .push_bind(it.actor.organisation.map(|o| o.to_string()))
                    .push_bind(form.action)
                    .push_bind(form.subject.kind)
                    .push_bind(form.subject.id.clone())
                    .push_bind(i64::from(form.public))
                    .push_bind(form.payload.to_string());
            });
            q.build().execute(&mut *tx).await?;
        }

        // 3. Log entries, gap-free from the current size; versions checked as in `apply`.
        let log_base: i64 = sqlx::query("SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM log_entries")
            .fetch_one(&mut *tx)
            .await?
            .try_get("n")?;
        let records: Vec<&LogAppend> = items.iter().filter_map(|it| it.record.as_ref()).collect();
        let mut in_batch = std::collections::HashSet::new();
        for r in &records {
            if !in_batch.contains(&(r.kind.as_str(), r.record_id.as_str(), r.version - 1)) {
                check_previous_version(&mut tx, r).await?;
            }
            in_batch.insert((r.kind.as_str(), r.record_id.as_str(), r.version));
        }
        let stamp_of: Vec<&String> =
            items.iter().zip(&stamps).filter(|(it, _)| it.record.is_some()).map(|(_, s)| s).collect();
        for (c, chunk) in records.chunks(ROWS_PER_INSERT).enumerate() {
            let offset = c * ROWS_PER_INSERT;
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO log_entries (seq, kind, record_id, version, key_id, envelope, signature, leaf_hash, created_at) ",
            );
            q.push_values(chunk.iter().enumerate(), |mut b, (k, r)| {
                let n = offset + k;
                b.push_bind(log_base + n as i64)
                    .push_bind(r.kind.clone())
                    .push_bind(r.record_id.clone())
                    .push_bind(r.version)
                    .push_bind(r.key_id.clone())
                    .push_bind(r.envelope.clone())
                    .push_bind(r.signature.to_vec())
                    .push_bind(r.leaf_hash.to_vec())
                    .push_bind(stamp_of[n].clone());
            });
            if let Err(e) = q.build().execute(&mut *tx).await {
                return Err(match chunk.first() {
                    Some(first) => version_race(e, first),
                    None => StoreError::Database(e),
                });
            }
        }
        tx.commit().await?;

        let mut log_index = log_base;
        let mut out = Vec::with_capacity(items.len());
        for ((n, it), form) in items.iter().enumerate().zip(forms) {
            let index = it.record.as_ref().map(|_| {
                let i = log_index;
                log_index += 1;
                i
            });
            let event = AuditEvent {
                seq: audit_base + 1 + n as i64,
                id: it.event_id,
                at: parse_ts("at", &stamps[n])?,
                actor_kind: it.actor.kind.to_owned(),
                actor_user: it.actor.user,
                actor_organisation: it.actor.organisation,
                action: form.action.to_owned(),
                subject_kind: form.subject.kind.to_owned(),
                subject_id: form.subject.id,
                public: form.public,
                payload: form.payload,
            };
            out.push((event, index));
        }
        Ok(out)
    }

    async fn next_version(&self, kind: &str, id: &str) -> Result<i64, StoreError> {
        let row =
            sqlx::query("SELECT COALESCE(MAX(version), 0) + 1 AS v FROM log_entries WHERE kind = ? AND record_id = ?")
                .bind(kind)
                .bind(id)
                .fetch_one(&self.read)
                .await?;
        Ok(row.try_get("v")?)
    }

    async fn log_size(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM log_entries").fetch_one(&self.read).await?;
        Ok(row.try_get("n")?)
    }

    async fn log_entries(&self, start: i64, limit: u32) -> Result<Vec<LogEntry>, StoreError> {
        let rows = sqlx::query("SELECT * FROM log_entries WHERE seq >= ? ORDER BY seq LIMIT ?")
            .bind(start)
            .bind(i64::from(limit))
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(log_entry_from).collect()
    }

    async fn leaf_hashes(&self, start: i64) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
        let rows = sqlx::query("SELECT seq, leaf_hash FROM log_entries WHERE seq >= ? ORDER BY seq")
            .bind(start)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(|r| Ok((r.try_get("seq")?, r.try_get("leaf_hash")?))).collect()
    }

    async fn record_versions(&self, kind: &str, id: &str) -> Result<Vec<LogEntry>, StoreError> {
        let rows = sqlx::query("SELECT * FROM log_entries WHERE kind = ? AND record_id = ? ORDER BY version")
            .bind(kind)
            .bind(id)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(log_entry_from).collect()
    }

    async fn put_checkpoint(&self, size: i64, root: &[u8], note: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        sqlx::query("INSERT OR IGNORE INTO checkpoints (size, root, note, created_at) VALUES (?, ?, ?, ?)")
            .bind(size)
            .bind(root.to_vec())
            .bind(note)
            .bind(ts(at))
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn latest_checkpoint(&self) -> Result<Option<StoredCheckpoint>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM checkpoints ORDER BY size DESC LIMIT 1").fetch_optional(&self.read).await?;
        row.map(|r| {
            Ok(StoredCheckpoint {
                size: r.try_get("size")?,
                root: r.try_get("root")?,
                note: r.try_get("note")?,
                created_at: req_ts(&r, "created_at")?,
            })
        })
        .transpose()
    }

    async fn signing_keys(&self) -> Result<Vec<SigningKeyRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM signing_keys ORDER BY created_at, key_id").fetch_all(&self.read).await?;
        rows.iter()
            .map(|r| {
                Ok(SigningKeyRecord {
                    key_id: r.try_get("key_id")?,
                    owner_kind: r.try_get("owner_kind")?,
                    owner_id: r.try_get("owner_id")?,
                    public_key: r.try_get("public_key")?,
                    created_at: req_ts(r, "created_at")?,
                    retired_at_seq: r.try_get("retired_at_seq")?,
                    retired_at: opt_ts(r, "retired_at")?,
                })
            })
            .collect()
    }

    async fn meta_init(&self, key: &str, value: &str) -> Result<String, StoreError> {
        sqlx::query("INSERT OR IGNORE INTO node_meta (key, value) VALUES (?, ?)")
            .bind(key)
            .bind(value)
            .execute(&self.write)
            .await?;
        let row = sqlx::query("SELECT value FROM node_meta WHERE key = ?").bind(key).fetch_one(&self.write).await?;
        Ok(row.try_get("value")?)
    }

    async fn organisation(&self, id: OrgId) -> Result<Option<Organisation>, StoreError> {
        let row = sqlx::query("SELECT * FROM organisations WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(organisation_from).transpose()
    }

    async fn organisation_by_name(&self, name: &str) -> Result<Option<Organisation>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM organisations WHERE name = ?").bind(name).fetch_optional(&self.read).await?;
        row.as_ref().map(organisation_from).transpose()
    }

    async fn organisations(&self, page: &PageRequest) -> Result<Page<Organisation>, StoreError> {
        let limit = page_limit(page);
        let rows = sqlx::query("SELECT * FROM organisations WHERE id > ? ORDER BY id LIMIT ?")
            .bind(page.after.clone().unwrap_or_default())
            .bind(limit + 1)
            .fetch_all(&self.read)
            .await?;
        let items = rows.iter().map(organisation_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |o| o.id.to_string()))
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM users WHERE id = ?").bind(id.to_string()).fetch_optional(&self.read).await?;
        row.as_ref().map(user_from).transpose()
    }

    async fn credentials(&self, email: &str) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query("SELECT * FROM users WHERE email = ?").bind(email).fetch_optional(&self.read).await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some(Credentials { user: user_from(&row)?, password_hash: row.try_get("password_hash")? })),
        }
    }

    async fn users(&self, organisation: Option<OrgId>, page: &PageRequest) -> Result<Page<User>, StoreError> {
        let limit = page_limit(page);
        let rows = sqlx::query(
            "SELECT * FROM users WHERE (?1 IS NULL OR organisation_id = ?1) AND id > ?2 ORDER BY id LIMIT ?3",
        )
        .bind(organisation.map(|o| o.to_string()))
        .bind(page.after.clone().unwrap_or_default())
        .bind(limit + 1)
        .fetch_all(&self.read)
        .await?;
        let items = rows.iter().map(user_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |u| u.id.to_string()))
    }

    async fn token(&self, id: TokenId) -> Result<Option<Token>, StoreError> {
        let row = sqlx::query("SELECT * FROM api_tokens WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(token_from).transpose()
    }

    async fn token_by_secret(&self, secret_hash: &str) -> Result<Option<(Token, User)>, StoreError> {
        let row = sqlx::query(
            "SELECT t.id, t.user_id, t.name, t.prefix, t.scopes, t.created_at, t.expires_at, t.revoked_at, \
                    t.last_used_at, u.id AS u_id, u.organisation_id, u.email, u.display_name, u.role, \
                    u.created_at AS u_created_at \
             FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.secret_hash = ?",
        )
        .bind(secret_hash)
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let role: String = row.try_get("role")?;
        let user = User {
            id: id_of(&row, "u_id")?,
            organisation: id_of(&row, "organisation_id")?,
            email: row.try_get("email")?,
            display_name: row.try_get("display_name")?,
            role: Role::parse("role", &role).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            created_at: req_ts(&row, "u_created_at")?,
        };
        Ok(Some((token_from(&row)?, user)))
    }

    async fn tokens(&self, user: Option<UserId>, page: &PageRequest) -> Result<Page<Token>, StoreError> {
        let limit = page_limit(page);
        let rows =
            sqlx::query("SELECT * FROM api_tokens WHERE (?1 IS NULL OR user_id = ?1) AND id > ?2 ORDER BY id LIMIT ?3")
                .bind(user.map(|u| u.to_string()))
                .bind(page.after.clone().unwrap_or_default())
                .bind(limit + 1)
                .fetch_all(&self.read)
                .await?;
        let items = rows.iter().map(token_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |t| t.id.to_string()))
    }

    async fn assessment(&self, id: AssessmentId) -> Result<Option<Assessment>, StoreError> {
        let row = sqlx::query("SELECT * FROM assessments WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(assessment_from).transpose()
    }

    async fn assessments(
        &self,
        organisation: Option<OrgId>,
        page: &PageRequest,
    ) -> Result<Page<Assessment>, StoreError> {
        let limit = page_limit(page);
        let rows = sqlx::query(
            "SELECT * FROM assessments WHERE (?1 IS NULL OR organisation_id = ?1) AND id > ?2 ORDER BY id LIMIT ?3",
        )
        .bind(organisation.map(|o| o.to_string()))
        .bind(page.after.clone().unwrap_or_default())
        .bind(limit + 1)
        .fetch_all(&self.read)
        .await?;
        let items = rows.iter().map(assessment_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |a| a.id.to_string()))
    }

    async fn registry_entry(&self, key: &str) -> Result<Option<accord_core::RegistryEntry>, StoreError> {
        registry::entry(&self.read, key).await
    }

    async fn registry_entries(&self, keys: &[String]) -> Result<Vec<accord_core::RegistryEntry>, StoreError> {
        registry::entries(&self.read, keys).await
    }

    async fn registry_keys_by_match_name(&self, match_name: &str) -> Result<Vec<String>, StoreError> {
        registry::keys_by_match_name(&self.read, match_name).await
    }

    async fn registry_search(&self, query: &RegistryQuery) -> Result<RegistryPage, StoreError> {
        registry::search(&self.read, query).await
    }

    async fn registry_facet(&self, query: &RegistryQuery, column: &str) -> Result<Vec<(String, i64)>, StoreError> {
        registry::facet(&self.read, query, column).await
    }

    async fn lineage_edges(&self) -> Result<Vec<StoredEdge>, StoreError> {
        registry::edges(&self.read).await
    }

    async fn lineage_edges_touching(&self, keys: &[String]) -> Result<Vec<StoredEdge>, StoreError> {
        registry::edges_touching(&self.read, keys).await
    }

    async fn safety_record(&self, record: &str, key: &str) -> Result<Option<StoredSafety>, StoreError> {
        safety::record(&self.read, record, key).await
    }

    async fn safety_list(&self, query: &SafetyListQuery) -> Result<Vec<StoredSafety>, StoreError> {
        safety::list(&self.read, query).await
    }

    async fn safety_changed_since(&self, seq: i64, limit: u32) -> Result<Vec<StoredSafety>, StoreError> {
        safety::changed_since(&self.read, seq, limit).await
    }

    async fn safety_duplicates(&self) -> Result<Vec<(String, String)>, StoreError> {
        safety::duplicates(&self.read).await
    }

    async fn sharing_groups(&self) -> Result<Vec<SharingGroup>, StoreError> {
        safety::sharing_groups(&self.read).await
    }

    async fn sharing_groups_of(&self, org: OrgId) -> Result<Vec<uuid::Uuid>, StoreError> {
        safety::groups_of(&self.read, org).await
    }

    // ---- alerts (`alerts.rs`) ----

    async fn saved_search(&self, id: uuid::Uuid) -> Result<Option<crate::SavedSearch>, StoreError> {
        alerts::saved_search(&self.read, id).await
    }

    async fn saved_search_by_feed(&self, feed_token_hash: &str) -> Result<Option<crate::SavedSearch>, StoreError> {
        alerts::saved_search_by_feed(&self.read, feed_token_hash).await
    }

    async fn saved_searches(&self, user: UserId) -> Result<Vec<crate::SavedSearch>, StoreError> {
        alerts::saved_searches(&self.read, user).await
    }

    async fn webhook(&self, id: uuid::Uuid) -> Result<Option<crate::Webhook>, StoreError> {
        alerts::webhook(&self.read, id).await
    }

    async fn webhooks(&self, user: Option<UserId>) -> Result<Vec<crate::Webhook>, StoreError> {
        alerts::webhooks(&self.read, user).await
    }

    async fn webhook_deliveries(&self, webhook: uuid::Uuid, limit: u32) -> Result<Vec<crate::Delivery>, StoreError> {
        alerts::deliveries(&self.read, webhook, limit).await
    }

    async fn enqueue_deliveries(
        &self,
        deliveries: &[crate::NewDelivery],
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        alerts::enqueue(&self.write, deliveries, at).await
    }

    async fn claim_deliveries(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> Result<Vec<crate::Delivery>, StoreError> {
        alerts::claim(&self.read, &self.write, now, lease_until, limit).await
    }

    async fn update_delivery(
        &self,
        id: uuid::Uuid,
        update: &crate::DeliveryUpdate,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        alerts::update(&self.write, id, update, at).await
    }

    // ---- end of alerts ----

    async fn touch_token(&self, id: TokenId, at: OffsetDateTime) -> Result<(), StoreError> {
        sqlx::query("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
            .bind(ts(at))
            .bind(id.to_string())
            .execute(&self.write)
            .await?;
        Ok(())
    }

    async fn session(&self, session_hash: &str) -> Result<Option<(Session, User)>, StoreError> {
        let row = sqlx::query(
            "SELECT s.csrf_token, s.expires_at AS s_expires_at, u.* FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.session_hash = ?",
        )
        .bind(session_hash)
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = user_from(&row)?;
        let session = Session {
            user: user.id,
            csrf_token: row.try_get("csrf_token")?,
            expires_at: req_ts(&row, "s_expires_at")?,
        };
        Ok(Some((session, user)))
    }

    async fn purge_sessions(&self, now: OffsetDateTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < ?").bind(ts(now)).execute(&self.write).await?;
        Ok(done.rows_affected())
    }

    async fn audit_events(&self, filter: &AuditFilter, page: &PageRequest) -> Result<Page<AuditEvent>, StoreError> {
        let limit = page_limit(page);
        let before = match &page.after {
            Some(c) => c.parse::<i64>().map_err(|_| StoreError::NotFound { kind: "cursor", id: c.clone() })?,
            None => i64::MAX,
        };
        let (kind, id) = filter.subject.clone().unzip();
        let rows = sqlx::query(
            "SELECT * FROM audit_events WHERE seq < ?1 AND (?2 = 0 OR public = 1) \
             AND (?3 IS NULL OR (subject_kind = ?3 AND subject_id = ?4)) ORDER BY seq DESC LIMIT ?5",
        )
        .bind(before)
        .bind(i64::from(filter.public_only))
        .bind(kind)
        .bind(id)
        .bind(limit + 1)
        .fetch_all(&self.read)
        .await?;
        let items = rows.iter().map(audit_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |e| e.seq.to_string()))
    }

    async fn counts(&self) -> Result<Counts, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT count(*) FROM organisations) AS o, (SELECT count(*) FROM users) AS u, \
                    (SELECT count(*) FROM api_tokens WHERE revoked_at IS NULL) AS t, \
                    (SELECT count(*) FROM audit_events) AS a",
        )
        .fetch_one(&self.read)
        .await?;
        Ok(Counts {
            organisations: row.try_get("o")?,
            users: row.try_get("u")?,
            active_tokens: row.try_get("t")?,
            audit_events: row.try_get("a")?,
        })
    }

    async fn change_counter(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS n FROM audit_events").fetch_one(&self.read).await?;
        Ok(row.try_get("n")?)
    }

    fn resolutions(&self) -> &dyn crate::resolutions::ResolutionStore {
        self
    }

    fn dialogue(&self) -> &dyn crate::dialogue::DialogueStore {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_have_fixed_width_and_round_trip() {
        let t = time::macros::datetime!(2026-07-26 09:05:01.5 +08:00);
        let text = ts(t);
        assert_eq!(text, "2026-07-26T01:05:01.500000Z");
        assert_eq!(parse_ts("at", &text).unwrap(), t);
        assert_eq!(ts(time::macros::datetime!(2026-01-01 00:00 UTC)).len(), text.len());
    }
}
