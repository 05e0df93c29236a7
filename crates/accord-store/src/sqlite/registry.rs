//! The registry's SQL: entries with their filter columns, full-text search (FTS5) and lineage.

use accord_core::{EntryRevision, LineageEdge, RegistryEntry, RegistrySummary};
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite, SqlitePool};

use super::{opt_id_of, req_ts};
use crate::{RegistryPage, RegistryQuery, RegistrySort, StoreError, StoredEdge};

fn json_list(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

/// `,a,b,`: a list a `LIKE '%,a,%'` filter can test without matching `a` inside `ab`.
fn delimited(items: &[String], sep: char) -> String {
    let mut s = String::from(sep);
    for i in items {
        s.push_str(&i.replace(sep, " "));
        s.push(sep);
    }
    s
}

/// Inserts or replaces an entry, its search text and its parents (one transaction: the caller's).
pub(super) async fn apply_publish(
    conn: &mut sqlx::SqliteConnection,
    e: &EntryRevision,
    now: &str,
) -> Result<(), StoreError> {
    let c = &e.columns;
    let orgs_lower: Vec<String> = c.organisations.iter().map(|o| o.to_lowercase()).collect();
    let existing: Option<(i64, i64)> = sqlx::query_as("SELECT id, revision FROM registry_entries WHERE key = ?")
        .bind(&e.key)
        .fetch_optional(&mut *conn)
        .await?;
    if e.first != existing.is_none() {
        return Err(match existing {
            Some(_) => StoreError::Conflict { field: "registry key" },
            None => StoreError::NotFound { kind: "registry entry", id: e.key.clone() },
        });
    }
    let revision = existing.map_or(1, |(_, r)| r + 1);
    let row_id: i64 = sqlx::query_scalar(
        "INSERT INTO registry_entries (key, kind, name, match_name, organisations, org_search, countries, modalities, \
         licence_id, licence_class, open_weights, training_flop, compute_method, release_date, organisation_id, \
         card_sha256, revision, registered_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18) \
         ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, match_name = excluded.match_name, \
         organisations = excluded.organisations, org_search = excluded.org_search, countries = excluded.countries, \
         modalities = excluded.modalities, licence_id = excluded.licence_id, licence_class = excluded.licence_class, \
         open_weights = excluded.open_weights, training_flop = excluded.training_flop, \
         compute_method = excluded.compute_method, release_date = excluded.release_date, \
         card_sha256 = excluded.card_sha256, \
         revision = excluded.revision, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(&e.key)
    .bind(&e.kind)
    .bind(&c.name)
    .bind(accord_match_name(&c.name))
    .bind(json_list(&c.organisations))
    .bind(delimited(&orgs_lower, '|'))
    .bind(delimited(&c.countries, ','))
    .bind(delimited(&c.modalities, ','))
    .bind(&c.licence_id)
    .bind(&c.licence_class)
    .bind(c.open_weights)
    .bind(c.training_flop.filter(|f| f.is_finite()))
    .bind(&c.compute_method)
    .bind(&c.release_date)
    .bind(e.organisation.map(|o| o.to_string()))
    .bind(&e.card_sha256)
    .bind(revision)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO registry_documents (id, entry_json, card_markdown) VALUES (?, ?, ?) \
         ON CONFLICT (id) DO UPDATE SET entry_json = excluded.entry_json, card_markdown = excluded.card_markdown",
    )
    .bind(row_id)
    .bind(e.entry.to_string())
    .bind(&e.card_markdown)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM registry_fts WHERE rowid = ?").bind(row_id).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO registry_fts (rowid, text) VALUES (?, ?)")
        .bind(row_id)
        .bind(&c.search_text)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM lineage_edges WHERE child = ?").bind(&e.key).execute(&mut *conn).await?;
    for p in &e.parents {
        sqlx::query(
            "INSERT INTO lineage_edges (child, parent, relation, source, inferred) VALUES (?, ?, ?, ?, ?) \
             ON CONFLICT (child, parent) DO NOTHING",
        )
        .bind(&e.key)
        .bind(&p.parent)
        .bind(&p.relation)
        .bind(&p.source)
        .bind(p.inferred)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Registers many new entries at once (multi-row INSERTs: per-statement overhead dominates a
/// large import). Ids are taken consecutively after the largest, as the caller holds the one
/// write connection; a key that already exists fails the whole batch (UNIQUE).
pub(super) async fn insert_new(
    conn: &mut sqlx::SqliteConnection,
    entries: &[(&EntryRevision, &str)],
) -> Result<(), StoreError> {
    const ROWS: usize = 400;
    let base: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM registry_entries").fetch_one(&mut *conn).await?;
    for (c, chunk) in entries.chunks(ROWS).enumerate() {
        let first_id = base + 1 + (c * ROWS) as i64;
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO registry_entries (id, key, kind, name, match_name, organisations, org_search, countries, \
             modalities, licence_id, licence_class, open_weights, training_flop, compute_method, release_date, \
             organisation_id, card_sha256, revision, registered_at, updated_at) ",
        );
        q.push_values(chunk.iter().enumerate(), |mut b, (k, (e, now))| {
            let c = &e.columns;
            let orgs_lower: Vec<String> = c.organisations.iter().map(|o| o.to_lowercase()).collect();
            b.push_bind(first_id + k as i64)
                .push_bind(e.key.clone())
                .push_bind(e.kind.clone())
                .push_bind(c.name.clone())
                .push_bind(accord_match_name(&c.name))
                .push_bind(json_list(&c.organisations))
                .push_bind(delimited(&orgs_lower, '|'))
                .push_bind(delimited(&c.countries, ','))
                .push_bind(delimited(&c.modalities, ','))
                .push_bind(c.licence_id.clone())
                .push_bind(c.licence_class.clone())
                .push_bind(c.open_weights)
                .push_bind(c.training_flop.filter(|f| f.is_finite()))
                .push_bind(c.compute_method.clone())
                .push_bind(c.release_date.clone())
                .push_bind(e.organisation.map(|o| o.to_string()))
                .push_bind(e.card_sha256.clone())
                .push_bind(1_i64)
                .push_bind((*now).to_owned())
                .push_bind((*now).to_owned());
        });
        q.build().execute(&mut *conn).await.map_err(super::conflict)?;
        let mut docs = QueryBuilder::<Sqlite>::new("INSERT INTO registry_documents (id, entry_json, card_markdown) ");
        docs.push_values(chunk.iter().enumerate(), |mut b, (k, (e, _))| {
            b.push_bind(first_id + k as i64).push_bind(e.entry.to_string()).push_bind(e.card_markdown.clone());
        });
        docs.build().execute(&mut *conn).await?;
        let mut fts = QueryBuilder::<Sqlite>::new("INSERT INTO registry_fts (rowid, text) ");
        fts.push_values(chunk.iter().enumerate(), |mut b, (k, (e, _))| {
            b.push_bind(first_id + k as i64).push_bind(e.columns.search_text.clone());
        });
        fts.build().execute(&mut *conn).await?;
        let edges: Vec<(&str, &LineageEdge)> =
            chunk.iter().flat_map(|(e, _)| e.parents.iter().map(|p| (e.key.as_str(), p))).collect();
        for part in edges.chunks(ROWS) {
            let mut q =
                QueryBuilder::<Sqlite>::new("INSERT INTO lineage_edges (child, parent, relation, source, inferred) ");
            q.push_values(part, |mut b, (child, p)| {
                b.push_bind((*child).to_owned())
                    .push_bind(p.parent.clone())
                    .push_bind(p.relation.clone())
                    .push_bind(p.source.clone())
                    .push_bind(p.inferred);
            });
            q.push(" ON CONFLICT (child, parent) DO NOTHING");
            q.build().execute(&mut *conn).await?;
        }
    }
    Ok(())
}

/// The same reduction as `accord_registry::entry::match_name` (the store does not depend on
/// the registry crate; a unit test keeps the two equal on examples).
pub(crate) fn accord_match_name(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn list_of(row: &SqliteRow, column: &str) -> Result<Vec<String>, StoreError> {
    let text: String = row.try_get(column)?;
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("{column}: {e}")))
}

fn split_delimited(row: &SqliteRow, column: &str, sep: char) -> Result<Vec<String>, StoreError> {
    let text: String = row.try_get(column)?;
    Ok(text.split(sep).filter(|s| !s.is_empty()).map(str::to_owned).collect())
}

fn summary_from(row: &SqliteRow) -> Result<RegistrySummary, StoreError> {
    Ok(RegistrySummary {
        key: row.try_get("key")?,
        kind: row.try_get("kind")?,
        name: row.try_get("name")?,
        organisations: list_of(row, "organisations")?,
        countries: split_delimited(row, "countries", ',')?,
        modalities: split_delimited(row, "modalities", ',')?,
        licence_id: row.try_get("licence_id")?,
        licence_class: row.try_get("licence_class")?,
        open_weights: row.try_get("open_weights")?,
        training_flop: row.try_get("training_flop")?,
        compute_method: row.try_get("compute_method")?,
        release_date: row.try_get("release_date")?,
        revision: row.try_get("revision")?,
    })
}

pub(super) async fn entry(pool: &SqlitePool, key: &str) -> Result<Option<RegistryEntry>, StoreError> {
    let row = sqlx::query("SELECT e.*, d.entry_json, d.card_markdown FROM registry_entries e JOIN registry_documents d ON d.id = e.id WHERE e.key = ?").bind(key).fetch_optional(pool).await?;
    row.as_ref().map(entry_from).transpose()
}

fn entry_from(row: &SqliteRow) -> Result<RegistryEntry, StoreError> {
    let entry_text: String = row.try_get("entry_json")?;
    Ok(RegistryEntry {
        key: row.try_get("key")?,
        kind: row.try_get("kind")?,
        entry: serde_json::from_str(&entry_text).map_err(|e| StoreError::Corrupt(format!("entry_json: {e}")))?,
        card_markdown: row.try_get("card_markdown")?,
        card_sha256: row.try_get("card_sha256")?,
        organisation: opt_id_of(row, "organisation_id")?,
        revision: row.try_get("revision")?,
        registered_at: req_ts(row, "registered_at")?,
        updated_at: req_ts(row, "updated_at")?,
    })
}

pub(super) async fn entries(pool: &SqlitePool, keys: &[String]) -> Result<Vec<RegistryEntry>, StoreError> {
    let mut out = Vec::with_capacity(keys.len());
    for part in keys.chunks(500) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "SELECT e.*, d.entry_json, d.card_markdown FROM registry_entries e JOIN registry_documents d ON d.id = e.id \
             WHERE e.key IN (",
        );
        let mut list = b.separated(", ");
        for k in part {
            list.push_bind(k.clone());
        }
        b.push(")");
        for row in b.build().fetch_all(pool).await? {
            out.push(entry_from(&row)?);
        }
    }
    Ok(out)
}

pub(super) async fn keys_by_match_name(pool: &SqlitePool, match_name: &str) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT key FROM registry_entries WHERE match_name = ? ORDER BY key")
        .bind(match_name)
        .fetch_all(pool)
        .await?)
}

/// The user's words as an FTS5 query: each word quoted (so operators in the input are just
/// text) and prefix-matched, all required.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Appends the WHERE clause of `q` (the entries table is aliased `e`). With `joined`, the query
/// already joins `registry_fts` (to order by rank) and the match is a plain condition.
fn push_filters(b: &mut QueryBuilder<Sqlite>, q: &RegistryQuery, joined: bool) {
    b.push(" WHERE 1 = 1");
    if let Some(fts) = q.text.as_deref().and_then(fts_query) {
        match joined {
            true => b.push(" AND registry_fts MATCH ").push_bind(fts),
            false => b
                .push(" AND e.id IN (SELECT rowid FROM registry_fts WHERE registry_fts MATCH ")
                .push_bind(fts)
                .push(")"),
        };
    }
    if let Some(k) = &q.kind {
        b.push(" AND e.kind = ").push_bind(k.clone());
    }
    if let Some(o) = &q.organisation {
        b.push(" AND e.org_search LIKE ")
            .push_bind(format!("%|{}|%", like_escape(&o.to_lowercase())))
            .push(" ESCAPE '\\'");
    }
    if let Some(c) = &q.country {
        b.push(" AND e.countries LIKE ").push_bind(format!("%,{},%", like_escape(c))).push(" ESCAPE '\\'");
    }
    if let Some(m) = &q.modality {
        b.push(" AND e.modalities LIKE ").push_bind(format!("%,{},%", like_escape(m))).push(" ESCAPE '\\'");
    }
    if let Some(l) = &q.licence_class {
        b.push(" AND e.licence_class = ").push_bind(l.clone());
    }
    if let Some(l) = &q.licence {
        b.push(" AND e.licence_id = ").push_bind(l.clone());
    }
    if let Some(min) = q.min_flop {
        b.push(" AND e.training_flop >= ").push_bind(min);
    }
    if let Some(max) = q.max_flop {
        b.push(" AND e.training_flop <= ").push_bind(max);
    }
    if let Some(open) = q.open_weights {
        b.push(" AND e.open_weights = ").push_bind(open);
    }
    if q.has_compute {
        b.push(" AND e.training_flop IS NOT NULL");
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

pub(super) async fn search(pool: &SqlitePool, q: &RegistryQuery) -> Result<RegistryPage, StoreError> {
    let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM registry_entries e");
    push_filters(&mut count, q, false);
    let total: i64 = count.build_query_scalar().fetch_one(pool).await?;

    // Ranking scores every match (bm25), which costs about 1.5 µs a match: above this many
    // matches the list is ordered by name instead, and says so (`ranked: false`).
    const RANK_AT_MOST: i64 = 20_000;
    let ranked =
        q.sort == RegistrySort::Relevance && q.text.as_deref().and_then(fts_query).is_some() && total <= RANK_AT_MOST;
    let mut b = QueryBuilder::<Sqlite>::new(
        "SELECT e.key, e.kind, e.name, e.organisations, e.countries, e.modalities, e.licence_id, e.licence_class, \
         e.open_weights, e.training_flop, e.compute_method, e.release_date, e.revision FROM registry_entries e",
    );
    if ranked {
        b.push(" JOIN registry_fts ON registry_fts.rowid = e.id");
    }
    push_filters(&mut b, q, ranked);
    match (q.sort, ranked) {
        // bm25, best first (FTS5's rank is lower for better matches).
        (RegistrySort::Relevance, true) => b.push(" ORDER BY registry_fts.rank, e.name COLLATE NOCASE"),
        (RegistrySort::Relevance | RegistrySort::Name, _) => b.push(" ORDER BY e.name COLLATE NOCASE, e.key"),
        (RegistrySort::Released, _) => b.push(" ORDER BY e.release_date IS NULL, e.release_date DESC, e.key"),
        (RegistrySort::Compute, _) => b.push(" ORDER BY e.training_flop IS NULL, e.training_flop DESC, e.key"),
    };
    b.push(" LIMIT ").push_bind(i64::from(q.limit.clamp(1, 10_000))).push(" OFFSET ").push_bind(i64::from(q.offset));
    let rows = b.build().fetch_all(pool).await?;
    let items = rows.iter().map(summary_from).collect::<Result<Vec<_>, _>>()?;
    Ok(RegistryPage { items, total, ranked })
}

pub(super) async fn facet(
    pool: &SqlitePool,
    q: &RegistryQuery,
    column: &str,
) -> Result<Vec<(String, i64)>, StoreError> {
    // Values of list columns are split with a recursive CTE so counts are per value.
    let (expr, sep) = match column {
        "kind" => ("e.kind", None),
        "licence_class" => ("e.licence_class", None),
        "licence" => ("e.licence_id", None),
        "country" => ("e.countries", Some(",")),
        "modality" => ("e.modalities", Some(",")),
        "organisation" => ("e.organisations", None),
        other => return Err(StoreError::Corrupt(format!("no registry facet {other}"))),
    };
    let mut b = QueryBuilder::<Sqlite>::new("");
    match (column, sep) {
        ("organisation", _) => {
            b.push("SELECT j.value AS v, COUNT(*) AS n FROM registry_entries e, json_each(e.organisations) j");
            push_filters(&mut b, q, false);
            b.push(" GROUP BY j.value");
        }
        (_, Some(sep)) => {
            b.push(format!(
                "WITH RECURSIVE parts(id, rest, v) AS (SELECT e.id, substr({expr}, 2), '' FROM registry_entries e"
            ));
            push_filters(&mut b, q, false);
            b.push(format!(
                " UNION ALL SELECT id, substr(rest, instr(rest, '{sep}') + 1), substr(rest, 1, instr(rest, '{sep}') - 1) \
                 FROM parts WHERE rest <> '') SELECT v, COUNT(*) AS n FROM parts WHERE v <> '' GROUP BY v"
            ));
        }
        _ => {
            b.push(format!("SELECT {expr} AS v, COUNT(*) AS n FROM registry_entries e"));
            push_filters(&mut b, q, false);
            b.push(" GROUP BY v");
        }
    }
    b.push(" ORDER BY n DESC, v LIMIT 200");
    let rows = b.build().fetch_all(pool).await?;
    rows.iter().map(|r| Ok((r.try_get::<String, _>("v")?, r.try_get::<i64, _>("n")?))).collect()
}

fn edge_from(row: &SqliteRow) -> Result<StoredEdge, StoreError> {
    Ok(StoredEdge {
        child: row.try_get("child")?,
        edge: LineageEdge {
            parent: row.try_get("parent")?,
            relation: row.try_get("relation")?,
            source: row.try_get("source")?,
            inferred: row.try_get("inferred")?,
        },
    })
}

pub(super) async fn edges(pool: &SqlitePool) -> Result<Vec<StoredEdge>, StoreError> {
    let rows = sqlx::query("SELECT * FROM lineage_edges ORDER BY child, parent").fetch_all(pool).await?;
    rows.iter().map(edge_from).collect()
}

pub(super) async fn edges_touching(pool: &SqlitePool, keys: &[String]) -> Result<Vec<StoredEdge>, StoreError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = QueryBuilder::<Sqlite>::new("SELECT * FROM lineage_edges WHERE child IN (");
    let mut list = b.separated(", ");
    for k in keys.iter().take(500) {
        list.push_bind(k.clone());
    }
    b.push(") OR parent IN (");
    let mut list = b.separated(", ");
    for k in keys.iter().take(500) {
        list.push_bind(k.clone());
    }
    b.push(") ORDER BY child, parent");
    let rows = b.build().fetch_all(pool).await?;
    rows.iter().map(edge_from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_inject_fts_syntax() {
        assert_eq!(fts_query("llama 3").as_deref(), Some("\"llama\"* \"3\"*"));
        assert_eq!(fts_query("a\" OR b NEAR(").as_deref(), Some("\"a\"* \"OR\"* \"b\"* \"NEAR\"*"));
        assert_eq!(fts_query("  -- \"\" "), None);
        assert_eq!(fts_query("通义千问").as_deref(), Some("\"通义千问\"*"));
        assert_eq!(delimited(&["US".into(), "CN".into()], ','), ",US,CN,");
        assert_eq!(accord_match_name("Llama 2-7B"), "llama27b");
    }
}
