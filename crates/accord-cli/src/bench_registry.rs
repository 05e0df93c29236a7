//! `accord bench registry`: card import rate and list/search latency at scale
//! (docs/BENCHMARKS.md). Not a test: it prints numbers and asserts nothing.

use std::time::{Duration, Instant};

use accord_core::Principal;
use accord_node::registry::CardFile;
use accord_node::{Config, Node};
use accord_store::{RegistryQuery, RegistrySort};
use anyhow::Result;
use serde_json::json;

use crate::output::Format;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

const LICENCES: [&str; 8] =
    ["apache-2.0", "mit", "llama3.1", "gemma", "cc-by-nc-4.0", "bigscience-openrail-m", "other", "openrail"];
const TAGS: [&str; 10] =
    ["text-generation", "code", "chat", "medical", "legal", "finance", "multilingual", "vision", "rag", "agent"];
const WORDS: [&str; 16] = [
    "transformer",
    "multilingual",
    "instruction",
    "safety",
    "evaluation",
    "benchmark",
    "reasoning",
    "retrieval",
    "alignment",
    "distillation",
    "quantisation",
    "context",
    "tokenizer",
    "governance",
    "dataset",
    "licence",
];

/// A synthetic Hugging Face card, deterministic in `i`: front matter like the real ones
/// (licence, languages, tags, datasets, a base model for most, a model-index) and about 4 KB
/// of Markdown.
fn synthetic_card(i: u64) -> CardFile {
    let org = format!("org{}", i % 997);
    let name = format!("model-{i}");
    let mut text = String::with_capacity(5_000);
    text.push_str("---\n");
    text.push_str(&format!("license: {}\n", LICENCES[(i % 8) as usize]));
    text.push_str("language:\n- en\n- zh\n- ar\n");
    text.push_str(&format!(
        "pipeline_tag: text-generation\nlibrary_name: transformers\ntags:\n- {}\n- {}\n",
        TAGS[(i % 10) as usize],
        TAGS[((i / 10) % 10) as usize]
    ));
    text.push_str(&format!("datasets:\n- org{}/corpus-{}\n", i % 31, i % 7));
    // Four in five derive from an earlier model (never a later one: no cycles).
    if !i.is_multiple_of(5) && i > 0 {
        let base = i / 2;
        text.push_str(&format!("base_model: org{}/model-{base}\n", base % 997));
    }
    text.push_str(&format!(
        "model-index:\n- name: {name}\n  results:\n  - task: {{type: text-generation}}\n    dataset: {{type: cais/mmlu, name: MMLU}}\n    metrics:\n    - {{type: accuracy, value: {}.{}}}\n",
        40 + i % 50,
        i % 10
    ));
    text.push_str("---\n\n");
    text.push_str(&format!("# {name}\n\n"));
    for p in 0..12 {
        text.push_str("A ");
        for w in 0..40 {
            text.push_str(WORDS[((i + p * 7 + w * 3) % 16) as usize]);
            text.push(' ');
        }
        text.push_str(".\n\n");
    }
    text.push_str("| Benchmark | Score |\n|---|---|\n| MMLU | 61.2 |\n| GSM8K | 48.0 |\n");
    CardFile { name: format!("{org}__{name}.md"), bytes: text.into_bytes() }
}

async fn time_query(node: &Node, q: &RegistryQuery, runs: usize) -> Result<(Duration, Duration, i64)> {
    let mut times = Vec::with_capacity(runs);
    let mut total = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let page = node.registry_search(&Principal::Operator, q).await?;
        times.push(t.elapsed());
        total = page.total;
    }
    times.sort();
    Ok((percentile(&times, 0.5), percentile(&times, 0.99), total))
}

pub async fn run(
    cards: u64,
    entries: u64,
    relaxed: bool,
    write_cards: Option<&std::path::Path>,
    format: Format,
) -> Result<()> {
    // 1. Card import rate: parse + licence + lineage + store + signed record, in batches.
    let parse_input: Vec<CardFile> = (0..cards).map(synthetic_card).collect();
    if let Some(dir) = write_cards {
        std::fs::create_dir_all(dir)?;
        for c in &parse_input {
            std::fs::write(dir.join(&c.name), &c.bytes)?;
        }
    }
    let bytes: usize = parse_input.iter().map(|c| c.bytes.len()).sum();
    let table = accord_registry::licence::LicenceTable::builtin()?;
    let t = Instant::now();
    for c in &parse_input {
        let text = std::str::from_utf8(&c.bytes)?;
        let key = accord_registry::card::key_from_file_name(&c.name).unwrap_or_default();
        std::hint::black_box(accord_registry::card::read_with_licences(&key, text, table));
    }
    let parse_per_sec = cards as f64 / t.elapsed().as_secs_f64();

    let dir = tempfile::tempdir()?;
    let mut config = Config { data_dir: dir.path().join("data"), ..Config::default() };
    config.storage.sqlite_synchronous_full = !relaxed;
    let node = Node::open(config).await?;
    let t = Instant::now();
    let report = node.import_cards(&Principal::Operator, parse_input, &|_| ()).await?;
    let import_secs = t.elapsed().as_secs_f64();
    let import_per_sec = report.registered.len() as f64 / import_secs;

    // 2. Fill up to `entries` and time the list and search queries people run.
    let mut n = cards;
    while n < entries {
        let chunk: Vec<CardFile> = (n..(n + 10_000).min(entries)).map(synthetic_card).collect();
        n += chunk.len() as u64;
        node.import_cards(&Principal::Operator, chunk, &|_| ()).await?;
    }
    let base = RegistryQuery { limit: 50, ..RegistryQuery::default() };
    let queries: Vec<(&str, RegistryQuery)> = vec![
        ("first page, by name", RegistryQuery { sort: RegistrySort::Name, ..base.clone() }),
        ("text search, one word", RegistryQuery { text: Some("governance".into()), ..base.clone() }),
        ("text search, a rare name", RegistryQuery { text: Some("model-4242".into()), ..base.clone() }),
        (
            "filters: organisation + licence class",
            RegistryQuery { organisation: Some("org42".into()), licence_class: Some("open".into()), ..base.clone() },
        ),
        (
            "text + filter, sorted by name",
            RegistryQuery {
                text: Some("medical".into()),
                licence_class: Some("open_restricted".into()),
                sort: RegistrySort::Name,
                ..base.clone()
            },
        ),
        ("deep page (offset 50,000)", RegistryQuery { offset: 50_000, sort: RegistrySort::Name, ..base.clone() }),
    ];
    let mut rows = Vec::new();
    for (label, q) in &queries {
        let (p50, p99, total) = time_query(&node, q, 100).await?;
        rows.push((label.to_string(), p50, p99, total));
    }
    let mut facet_times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        node.registry_facet(&Principal::Operator, &base, "licence_class").await?;
        facet_times.push(t.elapsed());
    }
    facet_times.sort();
    rows.push((
        "facet counts (licence class)".into(),
        percentile(&facet_times, 0.5),
        percentile(&facet_times, 0.99),
        0,
    ));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    match format {
        Format::Json => println!(
            "{}",
            json!({
                "cards": cards, "card_bytes": bytes,
                "parse_cards_per_sec": parse_per_sec, "import_cards_per_sec": import_per_sec,
                "entries": n,
                "queries": rows.iter().map(|(l, p50, p99, total)| json!({ "query": l, "p50_ms": ms(*p50), "p99_ms": ms(*p99), "matches": total })).collect::<Vec<_>>(),
            })
        ),
        Format::Table => {
            println!("cards: {cards} synthetic ({:.1} KB each)", bytes as f64 / cards.max(1) as f64 / 1024.0);
            println!("  parse (front matter, Markdown scan, licence): {parse_per_sec:>10.0} cards/s");
            println!(
                "  import (parse + store + signed record):       {import_per_sec:>10.0} cards/s ({import_secs:.2} s)"
            );
            println!("list and search with {n} entries (100 runs each; p50 / p99):");
            for (l, p50, p99, total) in &rows {
                println!("  {l:<40} {:>8.2} ms {:>8.2} ms   {total} matches", ms(*p50), ms(*p99));
            }
        }
    }
    Ok(())
}
