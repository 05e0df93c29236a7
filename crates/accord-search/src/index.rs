//! `SearchIndex`: one tantivy index, one writer behind a mutex, one reader reloaded on commit.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, RwLock};

use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::schema::{Facet, Value};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analysis::{Analyzers, register};
use crate::highlight::Highlighter;
use crate::query::{Built, build, facet};
use crate::schema::{self, DATE, FACETS, Fields, SCHEMA_VERSION};
use crate::{DocKind, Lang, SearchDoc, SearchError, SearchHit, SearchQuery, SearchResults, SearchSort};

/// The file beside tantivy's that records which schema and analysis built the index.
const VERSION_FILE: &str = "accord-search.version";
/// Facet values counted per facet name.
const FACET_TOP: usize = 50;

/// How the writer may use the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexOptions {
    /// Shared by the indexing threads; a segment is flushed when its share is full.
    pub writer_memory_bytes: usize,
    /// Indexing threads (each needs at least 15 MB of the budget).
    pub threads: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        IndexOptions { writer_memory_bytes: 128 << 20, threads: cores.clamp(1, 4) }
    }
}

/// The search index of a node. `Send + Sync`: share it behind an `Arc`.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    /// `None` only while `wait_merges` replaces it.
    writer: Mutex<Option<IndexWriter>>,
    threads: usize,
    memory: usize,
    /// Changes since the last commit.
    dirty: AtomicBool,
    fields: Fields,
    analyzers: Analyzers,
    /// The watermark stored with the last commit.
    committed: RwLock<Option<i64>>,
    /// The watermark to store with the next commit.
    pending: Mutex<Option<i64>>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    watermark: Option<i64>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if there is none. An index built by another
    /// schema version is not opened: `SearchError::SchemaChanged` tells the caller to rebuild
    /// it (`recreate`) from the database.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        Self::open_with(dir, IndexOptions::default())
    }

    pub fn open_with(dir: &Path, options: IndexOptions) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build();
        let directory = MmapDirectory::open(dir)?;
        let version_file = dir.join(VERSION_FILE);
        let index = if Index::exists(&directory).map_err(tantivy::TantivyError::from)? {
            let found = std::fs::read_to_string(&version_file).ok().and_then(|v| v.trim().parse::<u32>().ok());
            let index = Index::open(directory)?;
            if found != Some(SCHEMA_VERSION) || index.schema() != schema {
                return Err(SearchError::SchemaChanged { found, expected: SCHEMA_VERSION });
            }
            index
        } else {
            let index = Index::create(directory, schema, tantivy::IndexSettings::default())?;
            std::fs::write(&version_file, format!("{SCHEMA_VERSION}\n"))?;
            index
        };
        Self::from_index(index, fields, options)
    }

    /// Deletes the index in `dir` (which must hold one, or be empty or missing) and creates a
    /// new empty one: what to do after `SchemaChanged`, before reindexing.
    pub fn recreate(dir: &Path, options: IndexOptions) -> Result<Self, SearchError> {
        if dir.exists() {
            let is_index = dir.join(VERSION_FILE).exists() || dir.join("meta.json").exists();
            let is_empty = std::fs::read_dir(dir)?.next().is_none();
            if !is_index && !is_empty {
                return Err(SearchError::NotAnIndex(dir.to_path_buf()));
            }
            std::fs::remove_dir_all(dir)?;
        }
        Self::open_with(dir, options)
    }

    /// An index in memory (tests, benchmarks).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        Self::from_index(
            Index::create_in_ram(schema),
            fields,
            IndexOptions { writer_memory_bytes: 40 << 20, threads: 1 },
        )
    }

    /// An index in memory with the given writer options.
    pub fn in_memory_with(options: IndexOptions) -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        Self::from_index(Index::create_in_ram(schema), fields, options)
    }

    fn from_index(index: Index, fields: Fields, options: IndexOptions) -> Result<Self, SearchError> {
        // Tokenizers are not stored in the index: register them on every open.
        register(index.tokenizers());
        let threads = options.threads.clamp(1, 8);
        // tantivy refuses less than 15 MB per thread.
        let memory = options.writer_memory_bytes.max(threads * (20 << 20));
        let writer = index.writer_with_num_threads(threads, memory)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let committed = index.load_metas()?.payload.as_deref().and_then(parse_watermark);
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(Some(writer)),
            threads,
            memory,
            dirty: AtomicBool::new(false),
            fields,
            analyzers: Analyzers::new(),
            committed: RwLock::new(committed),
            pending: Mutex::new(None),
        })
    }

    /// Runs `f` with the writer, under the lock.
    fn with_writer<T>(&self, f: impl FnOnce(&mut IndexWriter) -> Result<T, SearchError>) -> Result<T, SearchError> {
        let mut guard = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        match guard.as_mut() {
            Some(writer) => f(writer),
            // Only if re-creating the writer failed in `wait_merges`.
            None => Err(SearchError::Poisoned),
        }
    }

    /// Blocks until the background merges of segments are done, then shows the merged index
    /// to searches. Searches are faster on fewer segments: call it after a bulk (re)index.
    pub fn wait_merges(&self) -> Result<(), SearchError> {
        let mut guard = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        if let Some(writer) = guard.take() {
            // Waiting drops the writer, and with it uncommitted changes: refuse instead.
            if self.dirty.load(Ordering::SeqCst) {
                *guard = Some(writer);
                return Err(SearchError::Uncommitted);
            }
            writer.wait_merging_threads()?;
        }
        *guard = Some(self.index.writer_with_num_threads(self.threads, self.memory)?);
        drop(guard);
        self.reader.reload()?;
        Ok(())
    }

    /// Adds or replaces documents (by id). Not visible to searches before `commit`.
    pub fn upsert(&self, docs: &[SearchDoc]) -> Result<(), SearchError> {
        if docs.iter().any(|d| d.id.is_empty()) {
            return Err(SearchError::EmptyId);
        }
        let prepared: Vec<TantivyDocument> = docs.iter().map(|d| self.document(d)).collect();
        self.with_writer(|writer| {
            self.dirty.store(true, Ordering::SeqCst);
            for (doc, prepared) in docs.iter().zip(prepared) {
                // tantivy orders operations by opstamp: this delete removes earlier versions only.
                writer.delete_term(Term::from_field_text(self.fields.id, &doc.id));
                writer.add_document(prepared)?;
            }
            Ok(())
        })
    }

    /// Removes documents by id. Not visible to searches before `commit`.
    pub fn delete(&self, ids: &[String]) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            self.dirty.store(true, Ordering::SeqCst);
            for id in ids {
                writer.delete_term(Term::from_field_text(self.fields.id, id));
            }
            Ok(())
        })
    }

    /// Removes every document, including uncommitted ones. Searches see the old documents
    /// until `commit`, so clear + upsert everything + commit swaps the contents at once.
    pub fn clear(&self) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            self.dirty.store(true, Ordering::SeqCst);
            writer.rollback()?;
            writer.delete_all_documents()?;
            Ok(())
        })
    }

    /// Makes the changes durable and visible, with the watermark given to `set_watermark`
    /// (or the previous one).
    pub fn commit(&self) -> Result<(), SearchError> {
        self.with_writer(|writer| {
            let pending = *self.pending.lock().map_err(|_| SearchError::Poisoned)?;
            let previous = *self.committed.read().map_err(|_| SearchError::Poisoned)?;
            let watermark = pending.or(previous);
            let mut prepared = writer.prepare_commit()?;
            if let Some(w) = watermark {
                prepared.set_payload(&serde_json::to_string(&Payload { watermark: Some(w) }).unwrap_or_default());
            }
            prepared.commit()?;
            self.dirty.store(false, Ordering::SeqCst);
            *self.committed.write().map_err(|_| SearchError::Poisoned)? = watermark;
            *self.pending.lock().map_err(|_| SearchError::Poisoned)? = None;
            self.reader.reload()?;
            Ok(())
        })
    }

    /// The number to store with the next commit: up to which database change the index will
    /// then be current.
    pub fn set_watermark(&self, w: i64) {
        if let Ok(mut pending) = self.pending.lock() {
            *pending = Some(w);
        }
    }

    /// The watermark stored with the last commit (also after reopening); `None` before any.
    pub fn watermark(&self) -> Option<i64> {
        self.committed.read().ok().and_then(|w| *w)
    }

    /// Documents visible to searches (committed).
    pub fn doc_count(&self) -> Result<u64, SearchError> {
        Ok(self.reader.searcher().num_docs())
    }

    fn document(&self, d: &SearchDoc) -> TantivyDocument {
        let f = &self.fields;
        let lang = match d.lang.as_deref().and_then(Lang::from_tag) {
            Some(l) => l,
            None => {
                // The title alone is often too short to tell the language.
                let mut sample = String::with_capacity(d.title.len() + 2 + 240);
                sample.push_str(&d.title);
                sample.push_str(". ");
                let cut = d.body.char_indices().nth(240).map_or(d.body.len(), |(i, _)| i);
                sample.push_str(&d.body[..cut]);
                Lang::detect(&sample).unwrap_or(Lang::Other)
            }
        };
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &d.id);
        doc.add_text(f.incident, &d.incident);
        doc.add_text(f.kind, d.kind.as_str());
        doc.add_text(f.lang, lang.code());
        doc.add_text(f.title[lang.index()], &d.title);
        doc.add_text(f.body[lang.index()], &d.body);
        for token in &d.access {
            doc.add_text(f.access, token);
        }
        for (name, value) in &d.facets {
            if !name.is_empty() && !value.is_empty() {
                doc.add_facet(f.facets, facet(name, value));
            }
        }
        if let Some(date) = d.date {
            doc.add_i64(f.date, date);
        }
        doc
    }

    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let built = build(&self.fields, &self.analyzers, q);
        let searcher = self.reader.searcher();
        let facets = (!q.facets.is_empty()).then(|| {
            let mut collector = FacetCollector::for_field(FACETS);
            for name in &q.facets {
                collector.add_facet(Facet::from_path([name.replace('\0', "")]));
            }
            collector
        });
        // Browsing has no relevance to rank by: newest first.
        let sort = if built.browse && q.sort == SearchSort::Relevance { SearchSort::DateDesc } else { q.sort };
        // TopDocs refuses a limit of 0; a count-only search takes one hit and drops it.
        let top = TopDocs::with_limit(q.limit.max(1)).and_offset(q.offset);
        let (total, mut docs, counts): (usize, Vec<(f32, DocAddress)>, Option<FacetCounts>) = match sort {
            SearchSort::Relevance => searcher.search(&*built.query, &(Count, top.order_by_score(), facets))?,
            SearchSort::DateDesc | SearchSort::DateAsc => {
                let order = if sort == SearchSort::DateAsc { Order::Asc } else { Order::Desc };
                let (total, docs, counts) =
                    searcher.search(&*built.query, &(Count, top.order_by_fast_field::<i64>(DATE, order), facets))?;
                (total, docs.into_iter().map(|(_, a)| (0.0, a)).collect(), counts)
            }
        };
        if q.limit == 0 {
            docs.clear();
        }
        let mut highlighters: BTreeMap<Lang, Highlighter> = BTreeMap::new();
        let hits = docs
            .into_iter()
            .map(|(score, address)| self.hit(&searcher, address, score, &built, &mut highlighters))
            .collect::<Result<Vec<_>, _>>()?;
        let mut facet_results = BTreeMap::new();
        if let Some(counts) = counts {
            for name in &q.facets {
                let values = counts
                    .top_k(Facet::from_path([name.replace('\0', "")]), FACET_TOP)
                    .into_iter()
                    .filter_map(|(f, n)| f.to_path().last().map(|v| ((*v).to_owned(), n)))
                    .collect();
                facet_results.insert(name.clone(), values);
            }
        }
        Ok(SearchResults { total: total as u64, hits, facets: facet_results })
    }

    fn hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: f32,
        built: &Built,
        highlighters: &mut BTreeMap<Lang, Highlighter>,
    ) -> Result<SearchHit, SearchError> {
        let f = &self.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        let lang_code = text(f.lang);
        let lang = Lang::ALL.into_iter().find(|l| l.code() == lang_code).unwrap_or(Lang::Other);
        let i = lang.index();
        let highlighter = highlighters.entry(lang).or_insert_with(|| {
            Highlighter::new(lang, self.analyzers.full[i].clone(), f.title[i], f.body[i], &built.highlight[i])
        });
        let (title, body) = (text(f.title[i]), text(f.body[i]));
        Ok(SearchHit {
            id: text(f.id),
            incident: text(f.incident),
            kind: DocKind::parse(&text(f.kind)).unwrap_or(DocKind::Report),
            score,
            lang: lang.code().to_owned(),
            title_html: if title.is_empty() { String::new() } else { highlighter.title_html(&title) },
            snippet_html: if body.is_empty() { String::new() } else { highlighter.snippet_html(&body) },
        })
    }
}

fn parse_watermark(payload: &str) -> Option<i64> {
    serde_json::from_str::<Payload>(payload).ok().and_then(|p| p.watermark)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn index_is_send_and_sync() {
        assert_send_sync::<SearchIndex>();
    }

    #[test]
    fn watermark_payload_round_trips() {
        let p = serde_json::to_string(&Payload { watermark: Some(-7) }).unwrap_or_default();
        assert_eq!(parse_watermark(&p), Some(-7));
        assert_eq!(parse_watermark("not json"), None);
    }
}
