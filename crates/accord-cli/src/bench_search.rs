//! `accord bench search`: Accord's search (accord-search, tantivy) against SQLite FTS5 with its
//! default `unicode61` tokenizer, on the same synthetic multilingual reports, in the same run.
//! Not a test: it prints numbers and asserts nothing.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use accord_search::synthetic::{self, Topic};
use accord_search::{IndexOptions, SearchDoc, SearchIndex, SearchQuery};
use anyhow::Result;
use serde_json::json;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{Connection, Row, SqliteConnection};

use crate::output::{Format, print_table};

const SEED: u64 = 2024;
/// Documents per `upsert` call and per progress step: what a node sends in one batch.
const BATCH: usize = 1000;
/// The viewer's tokens for the latency runs: public reports and those of two organisations.
const VIEWER: [&str; 3] = ["public", "org:1", "org:2"];
/// FTS5's top 10 for a viewer with the three tokens ?2, ?3, ?4, highlighted like Accord's.
const FTS_TOP10: &str = "SELECT d.doc_id, bm25(fts), highlight(fts, 0, '<mark>', '</mark>'), \
     snippet(fts, 1, '<mark>', '</mark>', '…', 24) \
     FROM fts JOIN docs d ON d.id = fts.rowid \
     WHERE fts MATCH ?1 AND EXISTS (SELECT 1 FROM access a WHERE a.doc = fts.rowid AND a.token IN (?2, ?3, ?4)) \
     ORDER BY rank LIMIT 10";

async fn fts_top10(conn: &mut SqliteConnection, text: &str) -> Result<Vec<sqlx::sqlite::SqliteRow>> {
    let [a, b, c] = VIEWER;
    Ok(sqlx::query(FTS_TOP10).bind(fts_query(text)).bind(a).bind(b).bind(c).fetch_all(conn).await?)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// An FTS5 query with the same meaning as the user's words for Accord: every word required,
/// each one quoted so that nothing is FTS5 syntax.
fn fts_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().filter_map(|e| e.metadata().ok()).filter(|m| m.is_file()).map(|m| m.len()).sum()
        })
        .unwrap_or(0)
}

struct Latency {
    p50: Duration,
    p99: Duration,
}

fn latency(mut times: Vec<Duration>) -> Latency {
    times.sort();
    Latency { p50: percentile(&times, 0.5), p99: percentile(&times, 0.99) }
}

#[derive(Default, Clone, Copy)]
struct Recall {
    found: u64,
    relevant: u64,
    matched: u64,
}

impl Recall {
    fn recall(self) -> f64 {
        if self.relevant == 0 { 0.0 } else { self.found as f64 / self.relevant as f64 }
    }

    fn precision(self) -> f64 {
        if self.matched == 0 { 0.0 } else { self.found as f64 / self.matched as f64 }
    }

    fn add(&mut self, other: Recall) {
        self.found += other.found;
        self.relevant += other.relevant;
        self.matched += other.matched;
    }
}

pub async fn run(
    docs: u64,
    queries: usize,
    threads: Option<usize>,
    writer_mb: Option<usize>,
    format: Format,
) -> Result<()> {
    let progress = format == Format::Table;
    // 1. The corpus, generated before any clock starts.
    let mut corpus: Vec<SearchDoc> = Vec::with_capacity(docs as usize);
    let mut relevant: HashMap<usize, u64> = HashMap::new();
    for i in 0..docs {
        let g = synthetic::generate(SEED, i);
        if let Some(t) = g.topic {
            *relevant.entry(t).or_default() += 1;
        }
        corpus.push(g.doc);
    }
    let text_bytes: usize = corpus.iter().map(|d| d.title.len() + d.body.len()).sum();
    let topics = synthetic::topics();

    // 2. Accord: upsert in batches, then one commit.
    let defaults = IndexOptions::default();
    let options = IndexOptions {
        threads: threads.unwrap_or(defaults.threads),
        writer_memory_bytes: writer_mb.map_or(defaults.writer_memory_bytes, |mb| mb << 20),
    };
    let accord_dir = tempfile::tempdir()?;
    let index = SearchIndex::open_with(accord_dir.path(), options)?;
    if progress {
        eprintln!("indexing {docs} reports into accord-search ({} threads)…", options.threads);
    }
    let t = Instant::now();
    for batch in corpus.chunks(BATCH) {
        index.upsert(batch)?;
    }
    index.commit()?;
    let accord_secs = t.elapsed().as_secs_f64();
    // Searches are timed on the merged index, as a node serves it once a reindex has settled;
    // the wait is reported on its own.
    let t = Instant::now();
    index.wait_merges()?;
    let merge_secs = t.elapsed().as_secs_f64();
    let accord_bytes = dir_size(accord_dir.path());

    // 3. SQLite FTS5: the same reports, one transaction, prepared (cached) statements.
    let sqlite_dir = tempfile::tempdir()?;
    let connect = SqliteConnectOptions::new()
        .filename(sqlite_dir.path().join("fts.sqlite"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .pragma("cache_size", "-65536");
    let mut conn = SqliteConnection::connect_with(&connect).await?;
    sqlx::query("CREATE VIRTUAL TABLE fts USING fts5(title, body)").execute(&mut conn).await?;
    sqlx::query(
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, domain TEXT, country TEXT, year TEXT, \
         severity TEXT, topic TEXT)",
    )
    .execute(&mut conn)
    .await?;
    sqlx::query(
        "CREATE TABLE access (doc INTEGER NOT NULL, token TEXT NOT NULL, PRIMARY KEY (doc, token)) WITHOUT ROWID",
    )
    .execute(&mut conn)
    .await?;
    if progress {
        eprintln!("indexing {docs} reports into SQLite FTS5…");
    }
    let facet = |d: &SearchDoc, name: &str| d.facets.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let t = Instant::now();
    let mut tx = conn.begin().await?;
    for (rowid, d) in corpus.iter().enumerate() {
        let rowid = rowid as i64;
        sqlx::query("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)")
            .bind(rowid)
            .bind(&d.title)
            .bind(&d.body)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(rowid)
            .bind(&d.id)
            .bind(facet(d, "domain"))
            .bind(facet(d, "country"))
            .bind(facet(d, "year"))
            .bind(facet(d, "severity"))
            .bind(facet(d, "topic"))
            .execute(&mut *tx)
            .await?;
        for token in &d.access {
            sqlx::query("INSERT INTO access VALUES (?, ?)").bind(rowid).bind(token).execute(&mut *tx).await?;
        }
    }
    tx.commit().await?;
    let fts_secs = t.elapsed().as_secs_f64();
    let fts_bytes = dir_size(sqlite_dir.path());
    drop(corpus);

    // 4. Latency: top 10 with highlighting, as the viewer (access filtering on for both).
    let viewer: Vec<String> = VIEWER.iter().map(|t| (*t).to_owned()).collect();
    if progress {
        eprintln!("querying ({queries} queries per language on each engine)…");
    }
    let mut rows = Vec::new();
    let (mut accord_all, mut fts_all) = (Vec::new(), Vec::new());
    let (mut accord_recall_all, mut fts_recall_all) = (Recall::default(), Recall::default());
    for lang in synthetic::languages() {
        let texts = synthetic::queries(lang);
        // Warm both engines' caches with every query once.
        for text in &texts {
            index.search(&SearchQuery {
                text: (*text).into(),
                access: Some(viewer.clone()),
                limit: 10,
                ..Default::default()
            })?;
            fts_top10(&mut conn, text).await?;
        }
        let (mut accord_times, mut fts_times) = (Vec::with_capacity(queries), Vec::with_capacity(queries));
        for n in 0..queries {
            let text = texts[n % texts.len()];
            let q = SearchQuery { text: text.into(), access: Some(viewer.clone()), limit: 10, ..Default::default() };
            let t = Instant::now();
            std::hint::black_box(index.search(&q)?);
            accord_times.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(fts_top10(&mut conn, text).await?);
            fts_times.push(t.elapsed());
        }
        // Recall over all reports (no access filter): the topic facet counts the relevant matches.
        let (mut accord_recall, mut fts_recall) = (Recall::default(), Recall::default());
        for (ti, topic) in topics.iter().enumerate().filter(|(_, t)| t.lang == lang) {
            let relevant = relevant.get(&ti).copied().unwrap_or(0);
            accord_recall.add(accord_topic_recall(&index, topic, relevant)?);
            fts_recall.add(fts_topic_recall(&mut conn, topic, relevant).await?);
        }
        accord_recall_all.add(accord_recall);
        fts_recall_all.add(fts_recall);
        accord_all.extend_from_slice(&accord_times);
        fts_all.extend_from_slice(&fts_times);
        rows.push((lang.to_owned(), latency(accord_times), latency(fts_times), accord_recall, fts_recall));
    }
    rows.push(("all".into(), latency(accord_all), latency(fts_all), accord_recall_all, fts_recall_all));

    let accord_rate = docs as f64 / accord_secs;
    let fts_rate = docs as f64 / fts_secs;
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "docs": docs,
                "text_bytes_per_doc": text_bytes as f64 / docs.max(1) as f64,
                "queries_per_language": queries,
                "viewer_tokens": VIEWER,
                "accord": {
                    "threads": options.threads, "writer_memory_mb": options.writer_memory_bytes >> 20,
                    "index_secs": accord_secs, "docs_per_sec": accord_rate, "merge_wait_secs": merge_secs, "index_bytes": accord_bytes,
                },
                "fts5": { "tokenizer": "unicode61", "index_secs": fts_secs, "docs_per_sec": fts_rate, "index_bytes": fts_bytes },
                "languages": rows.iter().map(|(lang, a, f, ar, fr)| json!({
                    "lang": lang,
                    "accord": { "p50_ms": ms(a.p50), "p99_ms": ms(a.p99), "recall": ar.recall(), "precision": ar.precision(), "relevant": ar.relevant, "found": ar.found },
                    "fts5": { "p50_ms": ms(f.p50), "p99_ms": ms(f.p99), "recall": fr.recall(), "precision": fr.precision(), "relevant": fr.relevant, "found": fr.found },
                })).collect::<Vec<_>>(),
            }))?
        ),
        Format::Table => {
            println!(
                "{docs} synthetic reports in six languages ({:.0} bytes of text each), same machine, same run",
                text_bytes as f64 / docs.max(1) as f64
            );
            print_table(
                &["indexing", "docs/s", "seconds (incl. commit)", "then merges", "size on disk"],
                [
                    vec![
                        format!(
                            "accord-search ({} threads, {} MB)",
                            options.threads,
                            options.writer_memory_bytes >> 20
                        ),
                        format!("{accord_rate:.0}"),
                        format!("{accord_secs:.2}"),
                        format!("{merge_secs:.2} s"),
                        format!("{:.1} MB", accord_bytes as f64 / 1e6),
                    ],
                    vec![
                        "SQLite FTS5 (unicode61, one transaction)".into(),
                        format!("{fts_rate:.0}"),
                        format!("{fts_secs:.2}"),
                        "-".into(),
                        format!("{:.1} MB", fts_bytes as f64 / 1e6),
                    ],
                ]
                .into_iter(),
            );
            println!(
                "top 10 with highlighting as a viewer with {} tokens ({queries} queries per language); recall of each \
                 language's topic queries over all reports",
                VIEWER.len()
            );
            print_table(
                &[
                    "lang",
                    "accord p50 ms",
                    "accord p99 ms",
                    "fts5 p50 ms",
                    "fts5 p99 ms",
                    "accord recall",
                    "fts5 recall",
                ],
                rows.iter().map(|(lang, a, f, ar, fr)| {
                    vec![
                        lang.clone(),
                        format!("{:.2}", ms(a.p50)),
                        format!("{:.2}", ms(a.p99)),
                        format!("{:.2}", ms(f.p50)),
                        format!("{:.2}", ms(f.p99)),
                        format!("{:.1} %", ar.recall() * 100.0),
                        format!("{:.1} %", fr.recall() * 100.0),
                    ]
                }),
            );
        }
    }
    Ok(())
}

fn accord_topic_recall(index: &SearchIndex, topic: &Topic, relevant: u64) -> Result<Recall> {
    let q = SearchQuery { text: topic.query.into(), limit: 0, facets: vec!["topic".into()], ..Default::default() };
    let r = index.search(&q)?;
    let value = topic.facet_value();
    let found = r.facets.get("topic").and_then(|v| v.iter().find(|(t, _)| *t == value)).map_or(0, |(_, n)| *n);
    Ok(Recall { found, relevant, matched: r.total })
}

async fn fts_topic_recall(conn: &mut SqliteConnection, topic: &Topic, relevant: u64) -> Result<Recall> {
    let rows = sqlx::query(
        "SELECT d.topic, count(*) FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? GROUP BY d.topic",
    )
    .bind(fts_query(topic.query))
    .fetch_all(&mut *conn)
    .await?;
    let value = topic.facet_value();
    let mut recall = Recall { relevant, ..Recall::default() };
    for row in rows {
        let (t, n): (Option<String>, i64) = (row.try_get(0)?, row.try_get(1)?);
        recall.matched += n as u64;
        if t.as_deref() == Some(value.as_str()) {
            recall.found = n as u64;
        }
    }
    Ok(recall)
}
