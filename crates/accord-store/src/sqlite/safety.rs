//! Safety records' SQL: incidents and reports with their audience tokens, duplicates, sharing
//! groups. Every list joins `safety_access` with the viewer's tokens inside the query.

use accord_core::{OrgId, SafetyRevision, SharingGroupDraft};
use sqlx::sqlite::SqliteRow;
// Dynamic SQL here only interpolates this file's own constants (table and column names).
use sqlx::{AssertSqlSafe, QueryBuilder, Row, Sqlite, SqlitePool};
use uuid::Uuid;

use super::{conflict, opt_id_of};
use crate::{SafetyListQuery, SharingGroup, StoreError, StoredSafety};

fn table(record: &str) -> Result<&'static str, StoreError> {
    match record {
        "incident" => Ok("safety_incidents"),
        "report" => Ok("safety_reports"),
        other => Err(StoreError::Corrupt(format!("unknown safety record kind {other}"))),
    }
}

const NEXT_SEQ: &str = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_events)";

/// Inserts or replaces a record version and its tokens (and its reports' tokens when the
/// incident's audience changed), in the caller's transaction.
pub(super) async fn apply_put(
    conn: &mut sqlx::SqliteConnection,
    r: &SafetyRevision,
    now: &str,
) -> Result<(), StoreError> {
    let table = table(r.record)?;
    let existing: Option<i64> = sqlx::query_scalar(AssertSqlSafe(format!("SELECT version FROM {table} WHERE key = ?")))
        .bind(&r.key)
        .fetch_optional(&mut *conn)
        .await?;
    if r.first != existing.is_none() {
        return Err(match existing {
            Some(_) => StoreError::Conflict { field: "key" },
            None => StoreError::NotFound { kind: r.record, id: r.key.clone() },
        });
    }
    let version = existing.map_or(1, |v| v + 1);
    let incident_column = if r.record == "report" { "incident, " } else { "kind, " };
    let incident_value = if r.record == "report" { r.incident.clone().unwrap_or_default() } else { r.kind.clone() };
    let sql = format!(
        "INSERT INTO {table} (key, {incident_column} seal_id, title, lang, date, source, tlp, distribution, \
         sharing_group, owner_org, status, version, created_at, updated_at, seq, record_json) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, {NEXT_SEQ}, ?15) \
         ON CONFLICT (key) DO UPDATE SET title = excluded.title, lang = excluded.lang, date = excluded.date, \
         tlp = excluded.tlp, distribution = excluded.distribution, sharing_group = excluded.sharing_group, \
         status = excluded.status, version = excluded.version, updated_at = excluded.updated_at, seq = excluded.seq, \
         record_json = excluded.record_json"
    );
    sqlx::query(AssertSqlSafe(sql))
        .bind(&r.key)
        .bind(incident_value)
        .bind(&r.seal_id)
        .bind(&r.title)
        .bind(&r.lang)
        .bind(&r.date)
        .bind(&r.source)
        .bind(&r.tlp)
        .bind(&r.distribution)
        .bind(r.sharing_group.map(|g| g.to_string()))
        .bind(r.owner.map(|o| o.to_string()))
        .bind(&r.status)
        .bind(version)
        .bind(now)
        .bind(r.record_json.to_string())
        .execute(&mut *conn)
        .await
        .map_err(conflict)?;
    set_tokens(conn, r.record, &r.key, &r.tokens).await?;
    for (report, tokens) in &r.retoken {
        set_tokens(conn, "report", report, tokens).await?;
        // The report's row is touched so the index picks up its new audience.
        sqlx::query(AssertSqlSafe(format!("UPDATE safety_reports SET seq = {NEXT_SEQ} WHERE key = ?")))
            .bind(report)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn set_tokens(
    conn: &mut sqlx::SqliteConnection,
    record: &str,
    key: &str,
    tokens: &[String],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM safety_access WHERE record = ? AND key = ?")
        .bind(record)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    if tokens.is_empty() {
        return Ok(());
    }
    let mut q = QueryBuilder::<Sqlite>::new("INSERT INTO safety_access (record, key, token) ");
    q.push_values(tokens, |mut b, t| {
        b.push_bind(record).push_bind(key).push_bind(t);
    });
    q.build().execute(&mut *conn).await?;
    Ok(())
}

pub(super) async fn apply_merge(
    conn: &mut sqlx::SqliteConnection,
    duplicate: &str,
    canonical: &str,
    now: &str,
) -> Result<(), StoreError> {
    // The duplicate need not be a stored incident (AIID deleted most of them; the redirect
    // stays useful); the canonical one must be.
    for key in [canonical] {
        let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM safety_incidents WHERE key = ?")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound { kind: "incident", id: key.to_owned() });
        }
    }
    sqlx::query("INSERT INTO safety_duplicates (duplicate, canonical, at) VALUES (?, ?, ?)")
        .bind(duplicate)
        .bind(canonical)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(conflict)?;
    // The duplicate's row is touched so the index learns it now redirects.
    sqlx::query(AssertSqlSafe(format!("UPDATE safety_incidents SET seq = {NEXT_SEQ} WHERE key = ?")))
        .bind(duplicate)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(super) async fn apply_create_group(
    conn: &mut sqlx::SqliteConnection,
    g: &SharingGroupDraft,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO sharing_groups (id, name, description, releasable_to, created_by, created_at) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(g.id.to_string())
    .bind(&g.name)
    .bind(&g.description)
    .bind(&g.releasable_to)
    .bind(g.created_by.to_string())
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    set_members(conn, g.id, &g.members).await
}

pub(super) async fn set_members(
    conn: &mut sqlx::SqliteConnection,
    id: Uuid,
    members: &[OrgId],
) -> Result<(), StoreError> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM sharing_groups WHERE id = ?")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_none() {
        return Err(StoreError::NotFound { kind: "sharing group", id: id.to_string() });
    }
    sqlx::query("DELETE FROM sharing_group_members WHERE group_id = ?")
        .bind(id.to_string())
        .execute(&mut *conn)
        .await?;
    for m in members {
        sqlx::query("INSERT OR IGNORE INTO sharing_group_members (group_id, org_id) VALUES (?, ?)")
            .bind(id.to_string())
            .bind(m.to_string())
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
    }
    Ok(())
}

const COLUMNS: &str = "key, seal_id, title, status, tlp, distribution, sharing_group, owner_org, version, \
                       created_at, updated_at, seq, record_json";

fn stored(record: &'static str, row: &SqliteRow, tokens: Vec<String>) -> Result<StoredSafety, StoreError> {
    let json: String = row.try_get("record_json")?;
    Ok(StoredSafety {
        record,
        key: row.try_get("key")?,
        incident: if record == "report" { Some(row.try_get("incident")?) } else { None },
        seal_id: row.try_get("seal_id")?,
        title: row.try_get("title")?,
        owner: opt_id_of(row, "owner_org")?,
        status: row.try_get("status")?,
        tlp: row.try_get("tlp")?,
        distribution: row.try_get("distribution")?,
        sharing_group: opt_id_of(row, "sharing_group")?,
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        seq: row.try_get("seq")?,
        record_json: serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("safety record: {e}")))?,
        tokens,
    })
}

async fn tokens_of(pool: &SqlitePool, record: &str, keys: &[String]) -> Result<Vec<Vec<String>>, StoreError> {
    let mut out = Vec::with_capacity(keys.len());
    for chunk in keys.chunks(500) {
        let mut q = QueryBuilder::<Sqlite>::new("SELECT key, token FROM safety_access WHERE record = ");
        q.push_bind(record).push(" AND key IN (");
        let mut sep = q.separated(", ");
        for k in chunk {
            sep.push_bind(k);
        }
        q.push(")");
        let rows = q.build().fetch_all(pool).await?;
        let mut by_key: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        for row in rows {
            by_key.entry(row.try_get("key")?).or_default().push(row.try_get("token")?);
        }
        out.extend(chunk.iter().map(|k| by_key.remove(k).unwrap_or_default()));
    }
    Ok(out)
}

fn select(record: &str) -> String {
    let extra = if record == "report" { "incident, " } else { "kind, " };
    format!("SELECT {extra}{COLUMNS} FROM {}", if record == "report" { "safety_reports" } else { "safety_incidents" })
}

async fn with_tokens(
    pool: &SqlitePool,
    record: &'static str,
    rows: Vec<SqliteRow>,
) -> Result<Vec<StoredSafety>, StoreError> {
    let keys: Vec<String> = rows.iter().map(|r| r.try_get("key")).collect::<Result<_, _>>()?;
    let tokens = tokens_of(pool, record, &keys).await?;
    rows.iter().zip(tokens).map(|(row, t)| stored(record, row, t)).collect()
}

pub(super) async fn record(pool: &SqlitePool, record: &str, key: &str) -> Result<Option<StoredSafety>, StoreError> {
    let record = if record == "report" { "report" } else { "incident" };
    let row =
        sqlx::query(AssertSqlSafe(format!("{} WHERE key = ?", select(record)))).bind(key).fetch_optional(pool).await?;
    match row {
        None => Ok(None),
        Some(row) => Ok(with_tokens(pool, record, vec![row]).await?.pop()),
    }
}

/// Records in key order after `after_key`, filtered by the viewer's tokens inside the query.
pub(super) async fn list(pool: &SqlitePool, q: &SafetyListQuery) -> Result<Vec<StoredSafety>, StoreError> {
    let record: &'static str = if q.record == "report" { "report" } else { "incident" };
    let mut b = QueryBuilder::<Sqlite>::new(select(record));
    b.push(" WHERE 1 = 1");
    if let Some(tokens) = &q.tokens {
        b.push(" AND key IN (SELECT key FROM safety_access WHERE record = ").push_bind(record).push(" AND token IN (");
        let mut sep = b.separated(", ");
        sep.push_bind("\u{0}never"); // an empty IN () is not SQL; this token is never stored
        for t in tokens {
            sep.push_bind(t.clone());
        }
        b.push("))");
    }
    if !q.statuses.is_empty() {
        b.push(" AND status IN (");
        let mut sep = b.separated(", ");
        for s in &q.statuses {
            sep.push_bind(s.clone());
        }
        b.push(")");
    }
    if let Some(i) = &q.incident
        && record == "report"
    {
        b.push(" AND incident = ").push_bind(i.clone());
    }
    if let Some(after) = &q.after_key {
        b.push(" AND key > ").push_bind(after.clone());
    }
    b.push(" ORDER BY key LIMIT ").push_bind(i64::from(q.limit.max(1)));
    let rows = b.build().fetch_all(pool).await?;
    with_tokens(pool, record, rows).await
}

/// Rows written after `seq` (both kinds), oldest first: what the search index must catch up on.
pub(super) async fn changed_since(pool: &SqlitePool, seq: i64, limit: u32) -> Result<Vec<StoredSafety>, StoreError> {
    let mut out = Vec::new();
    for record in ["incident", "report"] {
        let rows = sqlx::query(AssertSqlSafe(format!("{} WHERE seq > ? ORDER BY seq LIMIT ?", select(record))))
            .bind(seq)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?;
        out.extend(with_tokens(pool, record, rows).await?);
    }
    out.sort_by_key(|r| r.seq);
    out.truncate(limit as usize);
    Ok(out)
}

pub(super) async fn duplicates(pool: &SqlitePool) -> Result<Vec<(String, String)>, StoreError> {
    let rows =
        sqlx::query("SELECT duplicate, canonical FROM safety_duplicates ORDER BY duplicate").fetch_all(pool).await?;
    rows.iter().map(|r| Ok((r.try_get("duplicate")?, r.try_get("canonical")?))).collect()
}

pub(super) async fn sharing_groups(pool: &SqlitePool) -> Result<Vec<SharingGroup>, StoreError> {
    let rows = sqlx::query("SELECT id, name, description, releasable_to, created_by FROM sharing_groups ORDER BY name")
        .fetch_all(pool)
        .await?;
    let members = sqlx::query("SELECT group_id, org_id FROM sharing_group_members").fetch_all(pool).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let id: Uuid = super::id_of(&row, "id")?;
        let mut group = SharingGroup {
            id,
            name: row.try_get("name")?,
            description: row.try_get("description")?,
            releasable_to: row.try_get("releasable_to")?,
            created_by: super::id_of(&row, "created_by")?,
            members: Vec::new(),
        };
        for m in &members {
            if super::id_of::<Uuid>(m, "group_id")? == id {
                group.members.push(super::id_of(m, "org_id")?);
            }
        }
        out.push(group);
    }
    Ok(out)
}

pub(super) async fn groups_of(pool: &SqlitePool, org: OrgId) -> Result<Vec<Uuid>, StoreError> {
    let rows = sqlx::query("SELECT group_id FROM sharing_group_members WHERE org_id = ?")
        .bind(org.to_string())
        .fetch_all(pool)
        .await?;
    rows.iter().map(|r| super::id_of(r, "group_id")).collect()
}
