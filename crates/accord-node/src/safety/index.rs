//! The search index over incidents and reports: a projection of the database, kept in step by
//! [`Node::sync_index`] (rows whose sequence is past the index's watermark) and rebuildable at
//! any time with [`Node::reindex`]. Queries carry the viewer's tokens, so access is filtered
//! inside the index — hits, totals and facet counts alike.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use accord_safety::access::Viewer;
use accord_safety::model::{Incident, Report};
use accord_search::{DocKind, SearchDoc, SearchIndex, SearchQuery, SearchResults, SearchSort};
use accord_store::StoredSafety;

use crate::{Node, NodeError, Result};

/// Facets the incident list offers.
pub const FACETS: [&str; 9] = ["kind", "source", "year", "country", "severity", "domain", "entity", "tlp", "status"];

/// Where the index lives inside the data directory.
pub fn index_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("index").join("safety")
}

/// The node's handle on its index, opened on first use.
#[derive(Default)]
pub struct SearchHandle {
    index: std::sync::Mutex<Option<Arc<SearchIndex>>>,
    /// Serialises catching up, so two writers do not index the same rows twice.
    sync: tokio::sync::Mutex<()>,
}

fn search_error(e: accord_search::SearchError) -> NodeError {
    NodeError::Internal(format!("search index: {e}"))
}

/// The documents a stored record becomes: none for a duplicate (it redirects). Alerts build
/// the same documents to match saved searches (`alerts.rs`).
pub(super) fn documents(stored: &StoredSafety, duplicate: bool) -> Result<Option<SearchDoc>> {
    if duplicate {
        return Ok(None);
    }
    let mut facets = vec![("status".to_owned(), stored.status.clone()), ("tlp".to_owned(), stored.tlp.clone())];
    let doc = if stored.record == "incident" {
        let i: Incident = serde_json::from_value(stored.record_json.clone())
            .map_err(|e| NodeError::Internal(format!("stored incident {}: {e}", stored.key)))?;
        facets.push(("kind".into(), i.kind.as_str().into()));
        facets.push(("source".into(), i.source.as_str().into()));
        if let Some(y) = i.year() {
            facets.push(("year".into(), y.to_string()));
        }
        facets.extend(i.countries.iter().map(|c| ("country".to_owned(), c.clone())));
        if let Some(s) = i.severity {
            facets.push(("severity".into(), s.as_str().into()));
        }
        facets.extend(i.entities.iter().map(|e| ("entity".to_owned(), e.id.clone())));
        facets.extend(i.classified("MIT", "Risk Domain").into_iter().map(|d| ("domain".to_owned(), d.to_owned())));
        facets.extend(i.sectors.iter().map(|s| ("sector".to_owned(), s.clone())));
        let date = i.date.as_deref().and_then(unix_date);
        SearchDoc {
            id: format!("incident:{}", stored.key),
            kind: DocKind::Incident,
            incident: stored.key.clone(),
            lang: Some(i.lang.clone()),
            title: i.title,
            body: i.description,
            access: stored.tokens.clone(),
            facets,
            date,
        }
    } else {
        let r: Report = serde_json::from_value(stored.record_json.clone())
            .map_err(|e| NodeError::Internal(format!("stored report {}: {e}", stored.key)))?;
        facets.push(("lang".into(), r.lang.clone()));
        facets.push(("source".into(), r.source.as_str().into()));
        let date = r.date_published.as_deref().and_then(unix_date);
        SearchDoc {
            id: format!("report:{}", stored.key),
            kind: DocKind::Report,
            incident: r.incident.clone(),
            lang: Some(r.lang.clone()),
            title: r.title,
            body: r.text,
            access: stored.tokens.clone(),
            facets,
            date,
        }
    };
    Ok(Some(doc))
}

/// `YYYY[-MM[-DD]]` as seconds since 1970 (the first day of the period).
fn unix_date(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: u8 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    let month = time::Month::try_from(month).ok()?;
    let d = time::Date::from_calendar_date(year, month, day).ok()?;
    Some(d.midnight().assume_utc().unix_timestamp())
}

impl Node {
    fn search_index(&self) -> Result<Arc<SearchIndex>> {
        let mut slot =
            self.search.index.lock().map_err(|_| NodeError::Internal("search index lock poisoned".into()))?;
        if let Some(i) = slot.as_ref() {
            return Ok(i.clone());
        }
        let dir = index_dir(&self.config.data_dir);
        std::fs::create_dir_all(&dir)
            .map_err(|source| NodeError::DataDir { path: dir.display().to_string(), source })?;
        let index = match SearchIndex::open(&dir) {
            Ok(i) => i,
            // The index format of this version differs: start again, the database has it all.
            Err(accord_search::SearchError::SchemaChanged { .. }) => {
                std::fs::remove_dir_all(&dir)
                    .and_then(|()| std::fs::create_dir_all(&dir))
                    .map_err(|source| NodeError::DataDir { path: dir.display().to_string(), source })?;
                SearchIndex::open(&dir).map_err(search_error)?
            }
            Err(e) => return Err(search_error(e)),
        };
        let index = Arc::new(index);
        *slot = Some(index.clone());
        Ok(index)
    }

    /// Brings the index up to date with the database: every row written since the index's
    /// watermark is (re)indexed. Cheap when nothing changed.
    pub async fn sync_index(&self) -> Result<()> {
        let _turn = self.search.sync.lock().await;
        let index = self.search_index()?;
        let mut watermark = index.watermark().unwrap_or(0);
        let duplicates = self.resolved_duplicates().await?;
        loop {
            let rows = self.store.safety_changed_since(watermark, 5_000).await?;
            let Some(last) = rows.last() else { break };
            let next = last.seq;
            let mut upserts = Vec::with_capacity(rows.len());
            let mut deletes = Vec::new();
            for row in &rows {
                let duplicate = row.record == "incident" && duplicates.contains_key(&row.key);
                match documents(row, duplicate)? {
                    Some(doc) => upserts.push(doc),
                    None => deletes.push(format!("incident:{}", row.key)),
                }
            }
            let index = index.clone();
            tokio::task::spawn_blocking(move || -> std::result::Result<(), accord_search::SearchError> {
                index.delete(&deletes)?;
                index.upsert(&upserts)?;
                index.set_watermark(next);
                index.commit()
            })
            .await
            .map_err(|e| NodeError::Internal(e.to_string()))?
            .map_err(search_error)?;
            watermark = next;
        }
        Ok(())
    }

    /// Drops the index and builds it again from the database (`accord search reindex`).
    pub async fn reindex(&self) -> Result<u64> {
        {
            let index = self.search_index()?;
            index.clear().map_err(search_error)?;
            index.set_watermark(0);
            index.commit().map_err(search_error)?;
        }
        self.sync_index().await?;
        self.search_index()?.doc_count().map_err(search_error)
    }

    /// Full-text search over incidents and reports, as `viewer` may see them.
    pub async fn search_incidents(&self, viewer: &Viewer, mut query: SearchQuery) -> Result<SearchResults> {
        self.sync_index().await?;
        query.access = viewer.tokens();
        let index = self.search_index()?;
        tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| NodeError::Internal(e.to_string()))?
            .map_err(search_error)
    }

    /// Keys of the incidents best matching `text` for `viewer` (near-duplicate candidates).
    pub(crate) async fn search_keys(&self, viewer: &Viewer, text: &str, limit: usize) -> Result<Vec<String>> {
        let query = SearchQuery {
            text: text.to_owned(),
            lang: None,
            access: None,
            filters: vec![("status".into(), "published".into())],
            kinds: vec![DocKind::Incident],
            sort: SearchSort::Relevance,
            limit,
            offset: 0,
            facets: vec![],
            match_any: true,
        };
        let results = self.search_incidents(viewer, query).await?;
        Ok(results.hits.into_iter().map(|h| h.incident).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::unix_date;

    #[test]
    fn dates_of_any_precision_become_the_first_second_of_their_period() {
        assert_eq!(unix_date("1970"), Some(0));
        assert_eq!(unix_date("1970-01-02"), Some(86_400));
        assert_eq!(unix_date("2018-03"), unix_date("2018-03-01"));
        assert_eq!(unix_date("2018-13"), None);
    }
}
