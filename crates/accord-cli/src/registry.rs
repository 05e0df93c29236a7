//! `accord registry`: import model cards and Epoch AI tables, list, show, history.

use std::path::PathBuf;

use accord_core::Principal;
use accord_node::Node;
use accord_node::registry::{CardFile, EntryDetail, ImportReport};
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::output::{Format, print_table};

#[derive(Subcommand)]
pub enum RegistryCommand {
    /// Import model cards (a folder of Hugging Face README.md files named org__model.md) or an
    /// Epoch AI table (CSV; columns are matched by name, so every snapshot works).
    #[command(after_help = "Examples:
  accord registry import --cards ../shared/data/models/cards
  accord registry import --epoch notable_ai_models.csv --snapshot 2025-04

Malformed cards import with warnings (a card without front matter still imports its text). Files over
2 MiB, names that cannot be keys (org__model.md) and lineage cycles are rejected and listed; the
rest is imported. Re-importing an unchanged card makes no new revision. Exit status 1 if anything
was rejected.")]
    Import(ImportArgs),
    /// List models and systems, with filters.
    #[command(after_help = "Examples:
  accord registry list --format json
  accord registry list --q llama --licence-class open_restricted
  accord registry list --min-flop 1e25 --sort compute
  accord registry list --country CN --open-weights true")]
    List(ListArgs),
    /// One entry: licence and its openness, lineage, compute with its method, transparency
    /// scores and its obligations across jurisdictions.
    #[command(after_help = "Example:
  accord registry show meta-llama/Llama-2-7b-hf
  accord registry show epoch/deepseek-r1 --markets EU,CN --format json")]
    Show {
        /// The entry's key, namespace/name.
        key: String,
        /// Market codes where the model is offered [default: every market the corpus knows].
        #[arg(long, value_delimiter = ',')]
        markets: Option<Vec<String>>,
        /// Date to assess the obligations on [default: today, UTC].
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
    },
    /// Every published version of an entry, from the transparency log.
    History { key: String },
}

#[derive(Args)]
pub struct ImportArgs {
    /// A folder of model cards (*.md).
    #[arg(long, value_name = "DIR", conflicts_with = "epoch", required_unless_present = "epoch")]
    cards: Option<PathBuf>,
    /// An Epoch AI CSV (notable, large-scale or all models).
    #[arg(long, value_name = "FILE.csv")]
    epoch: Option<PathBuf>,
    /// A label for the Epoch snapshot [default: the file name].
    #[arg(long, requires = "epoch")]
    snapshot: Option<String>,
}

#[derive(Args)]
pub struct ListArgs {
    /// `model` or `system` [default: both].
    #[arg(long)]
    kind: Option<String>,
    /// Words to find (name, organisation, tags, card text).
    #[arg(long)]
    q: Option<String>,
    #[arg(long)]
    organisation: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. CN.
    #[arg(long)]
    country: Option<String>,
    /// open, open_restricted, non_commercial, proprietary, unknown.
    #[arg(long)]
    licence_class: Option<String>,
    #[arg(long)]
    modality: Option<String>,
    /// Least training compute, FLOP (e.g. 1e25).
    #[arg(long)]
    min_flop: Option<f64>,
    #[arg(long)]
    max_flop: Option<f64>,
    #[arg(long)]
    open_weights: Option<bool>,
    /// relevance, name, released, compute.
    #[arg(long, default_value = "name")]
    sort: String,
    /// At most this many [default: all].
    #[arg(long)]
    limit: Option<u32>,
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    // Drawn on stderr only when it is a terminal, so pipes and --format json stay clean.
    pb.set_style(
        ProgressStyle::with_template(&format!(
            "{{spinner}} {what} [{{bar:40}}] {{pos}}/{{len}} ({{per_sec}}, {{eta}})"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

pub async fn run(node: &Node, command: RegistryCommand, format: Format) -> Result<()> {
    let op = Principal::Operator;
    match command {
        RegistryCommand::Import(args) => {
            let report = if let Some(dir) = args.cards {
                let (files, skipped) = read_cards(&dir)?;
                let pb = bar(files.len() as u64, "cards");
                let mut report = node.import_cards(&op, files, &|n| pb.set_position(n)).await?;
                pb.finish_and_clear();
                for name in skipped {
                    report.warnings.push((name, "not a card (a licence note or README); skipped".into()));
                }
                report
            } else if let Some(file) = args.epoch {
                let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
                let label = args
                    .snapshot
                    .unwrap_or_else(|| file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
                let pb = bar(text.lines().count().saturating_sub(1) as u64, "rows");
                let report = node
                    .import_epoch(&op, &text, &label, &|n| pb.set_position(n))
                    .await
                    .with_context(|| format!("{} was not imported", file.display()))?;
                pb.finish_and_clear();
                report
            } else {
                bail!("say what to import: --cards DIR or --epoch FILE.csv");
            };
            print_report(&report, format)?;
            if !report.rejected.is_empty() {
                std::process::exit(1);
            }
        }
        RegistryCommand::List(a) => {
            let sort = match a.sort.as_str() {
                "relevance" => accord_store::RegistrySort::Relevance,
                "name" => accord_store::RegistrySort::Name,
                "released" => accord_store::RegistrySort::Released,
                "compute" => accord_store::RegistrySort::Compute,
                other => bail!("--sort {other:?}: use relevance, name, released or compute"),
            };
            let mut q = accord_store::RegistryQuery {
                kind: a.kind,
                text: a.q,
                organisation: a.organisation,
                country: a.country.map(|c| c.to_ascii_uppercase()),
                licence_class: a.licence_class,
                licence: None,
                modality: a.modality,
                min_flop: a.min_flop,
                max_flop: a.max_flop,
                open_weights: a.open_weights,
                has_compute: false,
                sort,
                offset: 0,
                limit: 1000,
            };
            let wanted = a.limit.map_or(u64::MAX, u64::from);
            let mut items = Vec::new();
            loop {
                let page = node.registry_search(&op, &q).await?;
                let n = page.items.len();
                items.extend(page.items);
                if n < q.limit as usize || items.len() as u64 >= wanted {
                    break;
                }
                q.offset += q.limit;
            }
            items.truncate(usize::try_from(wanted).unwrap_or(usize::MAX));
            let keys: Vec<String> = items.iter().map(|i| i.key.clone()).collect();
            let mut edges = Vec::new();
            for chunk in keys.chunks(400) {
                edges.extend(node.lineage_of(chunk).await?);
            }
            let bases =
                |key: &str| -> Vec<&accord_store::StoredEdge> { edges.iter().filter(|e| e.child == key).collect() };
            match format {
                Format::Json => {
                    let list: Vec<_> = items
                        .iter()
                        .map(|s| {
                            json!({
                                "key": s.key, "kind": s.kind, "name": s.name, "organisations": s.organisations,
                                "countries": s.countries, "modalities": s.modalities,
                                "licence": s.licence_id, "licence_class": s.licence_class,
                                "open_weights": s.open_weights, "training_flop": s.training_flop,
                                "compute_method": s.compute_method, "release_date": s.release_date,
                                "base_models": bases(&s.key).iter().map(|e| json!({
                                    "key": e.edge.parent, "relation": e.edge.relation,
                                    "source": e.edge.source, "inferred": e.edge.inferred,
                                })).collect::<Vec<_>>(),
                                "revision": s.revision,
                            })
                        })
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&list)?);
                }
                Format::Table => print_table(
                    &["key", "kind", "licence", "base model (relation)", "compute (FLOP)", "released"],
                    items.iter().map(|s| {
                        let b = bases(&s.key)
                            .iter()
                            .map(|e| {
                                let mark = if e.edge.inferred { ", inferred" } else { "" };
                                format!("{} ({}{mark})", e.edge.parent, e.edge.relation)
                            })
                            .collect::<Vec<_>>()
                            .join("; ");
                        vec![
                            s.key.clone(),
                            s.kind.clone(),
                            format!("{} [{}]", s.licence_id, s.licence_class),
                            b,
                            s.training_flop.map(|f| format!("{f:.2e}")).unwrap_or_default(),
                            s.release_date.clone().unwrap_or_default(),
                        ]
                    }),
                ),
            }
        }
        RegistryCommand::Show { key, markets, as_of } => {
            let d = node.registry_entry(&op, &key).await?;
            let markets = match markets {
                None => None,
                Some(list) => {
                    let known = node.corpus_markets();
                    let mut set = std::collections::BTreeSet::new();
                    for m in list {
                        let m = m.trim().to_ascii_uppercase();
                        if !known.contains(&m) {
                            bail!(
                                "--markets: {m} is not a market the corpus knows ({})",
                                known.iter().cloned().collect::<Vec<_>>().join(", ")
                            );
                        }
                        set.insert(m);
                    }
                    Some(set)
                }
            };
            let as_of = match as_of {
                Some(t) => time::Date::parse(&t, time::macros::format_description!("[year]-[month]-[day]"))
                    .with_context(|| format!("--as-of {t:?} is not a date like 2026-08-02"))?,
                None => time::OffsetDateTime::now_utc().date(),
            };
            show(node, &d, markets, as_of, format)?;
        }
        RegistryCommand::History { key } => {
            node.registry_entry(&op, &key).await?;
            let versions = node.registry_history(&op, &key).await?;
            let rows: Vec<serde_json::Value> = versions
                .iter()
                .map(|v| {
                    let e: serde_json::Value = serde_json::from_slice(&v.envelope).unwrap_or_default();
                    json!({ "version": v.version, "log_index": v.seq, "action": e["action"], "at": e["at"], "author": e["author"], "card_sha256": e["payload"]["card_sha256"] })
                })
                .collect();
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&rows)?),
                Format::Table => print_table(
                    &["version", "log entry", "action", "at", "signed by", "card SHA-256"],
                    rows.iter().map(|r| {
                        let s = |k: &str| r[k].as_str().map(str::to_owned).unwrap_or_else(|| r[k].to_string());
                        vec![
                            s("version"),
                            s("log_index"),
                            s("action"),
                            s("at"),
                            r["author"].as_str().unwrap_or("node").to_owned(),
                            s("card_sha256"),
                        ]
                    }),
                ),
            }
        }
    }
    Ok(())
}

/// Every `*.md` file of a folder (not recursive), in name order, and the names of those skipped
/// as not being cards.
fn read_cards(dir: &std::path::Path) -> Result<(Vec<CardFile>, Vec<String>)> {
    let mut skipped = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "md" || x == "markdown"))
        .collect();
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Licence notes and READMEs sit beside the cards; they are not cards. Any other file
        // is one (`org__model.md` is keyed org/model, `model.md` local/model).
        let upper = name.to_ascii_uppercase();
        if ["README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG", "CONTRIBUTING"].iter().any(|n| upper.starts_with(n))
        {
            skipped.push(name);
            continue;
        }
        let size = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
        // Too large to be a card: hand over only the size, the node refuses it with a message.
        let bytes = if size > accord_node::registry::MAX_CARD_BYTES as u64 {
            vec![0; accord_node::registry::MAX_CARD_BYTES + 1]
        } else {
            std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?
        };
        files.push(CardFile { name, bytes });
    }
    Ok((files, skipped))
}

fn print_report(r: &ImportReport, format: Format) -> Result<()> {
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(r)?),
        Format::Table => {
            println!(
                "{} registered, {} revised, {} unchanged, {} rejected, {} warnings",
                r.registered.len(),
                r.revised.len(),
                r.unchanged.len(),
                r.rejected.len(),
                r.warnings.len()
            );
            for (at, why) in &r.rejected {
                println!("rejected  {at}: {why}");
            }
            for (at, what) in r.warnings.iter().take(50) {
                println!("warning   {at}: {what}");
            }
            if r.warnings.len() > 50 {
                println!("… and {} more warnings (--format json lists them all)", r.warnings.len() - 50);
            }
        }
    }
    Ok(())
}

fn show(
    node: &Node,
    d: &EntryDetail,
    markets: Option<std::collections::BTreeSet<String>>,
    as_of: time::Date,
    format: Format,
) -> Result<()> {
    let (profile, derivations) = node.registry_profile(d, markets);
    let report = node.assess(&Principal::Operator, &profile, as_of)?;
    let mut by_jurisdiction: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for f in &report.findings {
        let e = by_jurisdiction.entry(f.jurisdiction).or_default();
        match f.status {
            "applies" => e.0 += 1,
            "may_apply" => e.1 += 1,
            _ => {}
        }
    }
    match format {
        Format::Json => {
            let mut v = accord_server::api::registry::detail_json(node, d);
            v["obligations"] = json!({
                "as_of": as_of.to_string(),
                "profile": profile.to_json(),
                "by_jurisdiction": by_jurisdiction.iter().map(|(j, (a, m))| json!({ "jurisdiction": j, "applies": a, "may_apply": m })).collect::<Vec<_>>(),
                "findings": report.findings.iter().filter(|f| f.status == "applies" || f.status == "may_apply").map(|f| json!({
                    "rule": f.rule, "jurisdiction": f.jurisdiction, "status": f.status, "missing_facts": f.missing_facts,
                })).collect::<Vec<_>>(),
            });
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
        Format::Table => {
            let v = &d.view;
            println!("{} — {} ({})", d.stored.key, d.entry.display_name(), d.stored.kind);
            let orgs = if v.organisations.is_empty() { "—".to_owned() } else { v.organisations.join(", ") };
            println!("developer     {orgs} {}", v.countries.join(", "));
            if let Some(r) = &v.release_date {
                println!("released      {r}");
            }
            let class = accord_node::registry::entry_licence_class(d.licence.as_ref(), &d.view).0;
            let inferred = if d.licence_ref.inferred { " (read from the card's text)" } else { "" };
            match &d.licence {
                Some(l) => {
                    println!("licence       {} — {} [{class}]{inferred}\n              {}", l.id, l.name, l.summary)
                }
                None => println!("licence       {} [{class}]{inferred}", d.licence_ref.id),
            }
            match (&v.compute, d.cumulative_flop) {
                (Some(c), Some(total)) => {
                    println!(
                        "compute       {total:.3e} FLOP, {} ({}), confidence {}",
                        c.method.as_str(),
                        d.provenance.get("compute").map_or("", |s| s.as_str()),
                        c.confidence.as_str()
                    );
                    if d.compute_chain.len() > 1 {
                        println!("              cumulative over {}", d.compute_chain.join(" → "));
                    }
                }
                _ => println!("compute       not known"),
            }
            for e in &d.parents {
                let mark = if e.edge.inferred { ", inferred" } else { "" };
                println!("base model    {} ({}{mark}; from {})", e.edge.parent, e.edge.relation, e.edge.source);
            }
            for e in &d.children {
                println!("derivative    {} ({})", e.child, e.edge.relation);
            }
            for s in d.transparency.iter().take(3) {
                println!("transparency  {}: {} {}/{}", s.version.label(), s.developer, s.total, s.max);
            }
            println!(
                "profile       {}",
                derivations.iter().map(|x| format!("{}={}", x.fact, x.value.show())).collect::<Vec<_>>().join(", ")
            );
            print_table(
                &["jurisdiction", "applies", "may apply (facts missing)"],
                by_jurisdiction.iter().map(|(j, (a, m))| vec![(*j).to_owned(), a.to_string(), m.to_string()]),
            );
        }
    }
    Ok(())
}
