//! Full-text search over incidents and their reports in the six UN languages.
//!
//! The index is a *projection* of the database: it can be dropped and rebuilt at any time
//! from the records, so it knows nothing of SQL or HTTP. Every document is analysed in its own
//! language (per-language fields with a stemmer, an Arabic normaliser, or jieba for Chinese),
//! queries search every language at once, and the viewer's access tokens are part of the query
//! itself, so a document the viewer may not see never contributes to hits, totals or facet
//! counts.

mod analysis;
mod highlight;
mod index;
mod lang;
mod query;
mod schema;
pub mod synthetic;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use index::{IndexOptions, SearchIndex};
pub use lang::Lang;

/// One searchable document: an incident or one of its reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchDoc {
    /// Unique key, e.g. `incident:AIID-12` or `report:<uuid>`; an upsert replaces by id.
    pub id: String,
    pub kind: DocKind,
    /// The incident the document belongs to; results can be collapsed on it.
    pub incident: String,
    /// The declared language ("zh", "ar", "fr-FR"…). When absent or not one of the six UN
    /// languages, the language is detected from the text; text in other languages goes to the
    /// `other` fields.
    pub lang: Option<String>,
    pub title: String,
    pub body: String,
    /// Visibility tokens ("public", "members", "org:<uuid>"…): a viewer sees the document iff
    /// they hold at least one of them.
    pub access: Vec<String>,
    /// (facet name, value) pairs; several values per name are allowed.
    pub facets: Vec<(String, String)>,
    /// Unix seconds, for sorting by date.
    pub date: Option<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Incident,
    Report,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Incident => "incident",
            DocKind::Report => "report",
        }
    }

    fn parse(s: &str) -> Option<DocKind> {
        match s {
            "incident" => Some(DocKind::Incident),
            "report" => Some(DocKind::Report),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    /// BM25. With empty text (browsing) every document scores the same, so this falls back to
    /// newest first.
    #[default]
    Relevance,
    /// Newest first; documents without a date last.
    DateDesc,
    /// Oldest first; documents without a date last.
    DateAsc,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    /// The user's words; empty matches everything (browsing). Never a syntax error: operators
    /// and quotes are read as plain words.
    pub text: String,
    /// The query's language if known; otherwise it is detected. Every language is searched
    /// either way; this one is only boosted.
    pub lang: Option<String>,
    /// The viewer's access tokens; `None` is unrestricted (the node operator) and `Some(vec![])`
    /// sees nothing.
    pub access: Option<Vec<String>>,
    /// Facet constraints: ANDed across names, ORed within one name.
    pub filters: Vec<(String, String)>,
    /// Kinds to return; empty means both.
    pub kinds: Vec<DocKind>,
    pub sort: SearchSort,
    pub limit: usize,
    pub offset: usize,
    /// Facet names to count (top 50 values each), over the visible matching documents.
    pub facets: Vec<String>,
    /// Match documents with any of the words, best first, instead of all of them: for finding
    /// candidates similar to a whole text (near-duplicate suggestions), where a reworded
    /// description would never contain every word.
    pub match_any: bool,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            lang: None,
            access: None,
            filters: Vec::new(),
            kinds: Vec::new(),
            sort: SearchSort::Relevance,
            limit: 20,
            offset: 0,
            facets: Vec::new(),
            match_any: false,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Matching documents visible to the viewer.
    pub total: u64,
    pub hits: Vec<SearchHit>,
    /// Per requested facet name, (value, count) over the visible matching documents, most
    /// frequent first.
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub id: String,
    pub incident: String,
    pub kind: DocKind,
    /// BM25 score; 0 when sorted by date.
    pub score: f32,
    /// The language the document was indexed in: one of the six codes or "other".
    pub lang: String,
    /// The title, HTML-escaped, with matched words in `<mark>`.
    pub title_html: String,
    /// A passage of the body, HTML-escaped, with matched words in `<mark>`.
    pub snippet_html: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("search index I/O: {0}")]
    Io(#[from] std::io::Error),
    /// The index on disk was built by another version of this crate (schema or analysis
    /// changed): rebuild it from the database (`SearchIndex::recreate`).
    #[error("the search index was built with schema version {found:?}, this build uses {expected}: reindex")]
    SchemaChanged { found: Option<u32>, expected: u32 },
    #[error("a search document needs a non-empty id")]
    EmptyId,
    #[error("{0} does not hold a search index; refusing to delete it")]
    NotAnIndex(std::path::PathBuf),
    #[error("the search index writer failed earlier; reopen the index")]
    Poisoned,
    #[error("commit (or clear) the changes before waiting for merges")]
    Uncommitted,
}
