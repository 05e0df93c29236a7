//! `accord incidents`: import the public incident databases and STIX bundles, search, show,
//! export; `accord search reindex`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use accord_core::Principal;
use accord_node::Node;
use accord_node::safety::{ImportOutcome, IncidentLookup};
use accord_safety::import::{Files, ImportError, ImportSet};
use accord_search::{DocKind, SearchQuery, SearchSort};
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use crate::output::{Format, print_table};

#[derive(Subcommand)]
pub enum IncidentsCommand {
    /// Import incident data in the public databases' layouts, or a STIX 2.1 bundle.
    #[command(after_help = "Examples:
  accord incidents import --aiid ../shared/data/incidents/aiid
  accord incidents import --avid ../shared/data/incidents/avid
  accord incidents import --atlas ../shared/data/incidents/atlas
  accord incidents import --stix bundle.json

All or nothing: a malformed file is refused with the file, the place (line, record or JSON path) and
the reason, and the node is left as it was. Re-importing unchanged data makes no new versions.
AIID, AVID and ATLAS records are public (TLP:CLEAR, distribution all); a STIX bundle's objects keep
their TLP markings and go to this node's community.")]
    Import(ImportArgs),
    /// Full-text search across incidents and reports in the six UN languages.
    #[command(after_help = "Examples:
  accord incidents search 'autonomous vehicle pedestrian'
  accord incidents search 人脸识别 --format json
  accord incidents search 'التعرف على الوجه' --lang ar
  accord incidents search '' --filter country=US --filter year=2023 --type incident")]
    Search(SearchArgs),
    /// One incident: its record, marking, reports and where it stands.
    #[command(after_help = "Example:\n  accord incidents show AIID-4 --format json")]
    Show { key: String },
    /// Export what may leave the node (published records whose audience is everyone) as JSON,
    /// NDJSON, CSV or a STIX 2.1 bundle, to standard output.
    #[command(after_help = "Examples:
  accord incidents export --as stix > accord.stix.json
  accord incidents export --as csv > incidents.csv
  accord incidents export --as csv --reports > reports.csv")]
    Export {
        #[arg(long = "as", value_enum, default_value = "json")]
        as_format: ExportFormat,
        /// CSV only: the reports instead of the incidents.
        #[arg(long)]
        reports: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Ndjson,
    Csv,
    Stix,
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct ImportArgs {
    /// An AI Incident Database snapshot folder (incidents.csv, classifications_*.csv, duplicates.csv, links/).
    #[arg(long, value_name = "DIR")]
    aiid: Option<PathBuf>,
    /// An AVID database folder (reports/<year>/*.json, vulnerabilities/<year>/*.json).
    #[arg(long, value_name = "DIR")]
    avid: Option<PathBuf>,
    /// A MITRE ATLAS data folder (dist/ATLAS.yaml).
    #[arg(long, value_name = "DIR")]
    atlas: Option<PathBuf>,
    /// A STIX 2.1 bundle (JSON).
    #[arg(long, value_name = "FILE")]
    stix: Option<PathBuf>,
}

#[derive(Args)]
pub struct SearchArgs {
    /// The words to find (empty: browse).
    query: String,
    /// The query's language (zh, ar, en, fr, ru, es) [default: detected].
    #[arg(long)]
    lang: Option<String>,
    /// incident or report [default: both].
    #[arg(long = "type")]
    doc_type: Option<String>,
    /// A facet filter, facet=value (kind, source, year, country, severity, domain, entity, tlp, status, lang).
    #[arg(long = "filter", value_name = "FACET=VALUE")]
    filters: Vec<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

fn bar(what: &str) -> ProgressBar {
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template(&format!("{{spinner}} {what} {{pos}} {{msg}} ({{elapsed}})"))
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// Reads the files an importer wants from a folder, by path relative to it.
fn read_tree(dir: &Path, wanted: fn(&str) -> bool, pb: &ProgressBar) -> Result<Files> {
    if !dir.is_dir() {
        bail!("{} is not a folder", dir.display());
    }
    let mut files = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("cannot read {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Ok(relative) = path.strip_prefix(dir) else { continue };
            let relative = relative.to_string_lossy().replace('\\', "/");
            if wanted(&relative) {
                let text = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
                let text = String::from_utf8(text).map_err(|_| anyhow::anyhow!("{relative}: not UTF-8 text"))?;
                files.insert(relative, text);
                pb.inc(1);
            }
        }
    }
    Ok(files)
}

fn refused(e: ImportError, what: &str) -> anyhow::Error {
    anyhow::anyhow!("{what} was not imported; the node is unchanged:\n{e}")
}

pub async fn run(node: &Node, command: IncidentsCommand, format: Format) -> Result<()> {
    let op = Principal::Operator;
    match command {
        IncidentsCommand::Import(args) => {
            let pb = bar("files read");
            let none = BTreeMap::new();
            let (set, incident_markings, report_markings, what): (ImportSet, _, _, String) = if let Some(dir) =
                &args.aiid
            {
                let files = read_tree(dir, accord_safety::import::aiid::wanted, &pb)?;
                let set = accord_safety::import::aiid::import(&files).map_err(|e| refused(e, "AIID"))?;
                (set, none.clone(), none.clone(), format!("AIID {}", dir.display()))
            } else if let Some(dir) = &args.avid {
                let files = read_tree(dir, accord_safety::import::avid::wanted, &pb)?;
                let set = accord_safety::import::avid::import(&files).map_err(|e| refused(e, "AVID"))?;
                (set, none.clone(), none.clone(), format!("AVID {}", dir.display()))
            } else if let Some(dir) = &args.atlas {
                let files = read_tree(dir, accord_safety::import::atlas::wanted, &pb)?;
                let set = accord_safety::import::atlas::import(&files).map_err(|e| refused(e, "ATLAS"))?;
                (set, none.clone(), none.clone(), format!("ATLAS {}", dir.display()))
            } else if let Some(file) = &args.stix {
                let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
                let name = file.display().to_string();
                let stix = accord_safety::stix::import_bundle(&text, &name).map_err(|e| refused(e, &name))?;
                (stix.set, stix.incident_markings, stix.report_markings, format!("STIX {name}"))
            } else {
                bail!("say what to import: --aiid DIR, --avid DIR, --atlas DIR or --stix FILE");
            };
            pb.set_message(format!("— writing {} incidents, {} reports", set.incidents.len(), set.reports.len()));
            let outcome = node
                .import_safety(&op, set, &incident_markings, &report_markings, None, &|_| {})
                .await
                .with_context(|| format!("{what} was not imported; the node is unchanged"))?;
            pb.finish_and_clear();
            print_outcome(&outcome, format)
        }
        IncidentsCommand::Search(args) => {
            let mut filters = Vec::new();
            for f in &args.filters {
                let Some((k, v)) = f.split_once('=') else { bail!("--filter {f:?}: write it facet=value") };
                filters.push((k.trim().to_owned(), v.trim().to_owned()));
            }
            let kinds = match args.doc_type.as_deref() {
                None => vec![],
                Some("incident") => vec![DocKind::Incident],
                Some("report") => vec![DocKind::Report],
                Some(other) => bail!("--type {other:?}: incident or report"),
            };
            let query = SearchQuery {
                text: args.query.clone(),
                lang: args.lang.clone(),
                access: None,
                filters,
                kinds,
                sort: SearchSort::Relevance,
                limit: args.limit,
                offset: 0,
                facets: accord_node::safety::FACETS.iter().map(|f| (*f).to_owned()).collect(),
                match_any: false,
            };
            let viewer = node.viewer(&op).await?;
            let results = node.search_incidents(&viewer, query).await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&results)?),
                Format::Table => {
                    println!("{} matches", results.total);
                    print_table(
                        &["key", "incident", "lang", "title"],
                        results.hits.iter().map(|h| {
                            vec![
                                h.id.clone(),
                                h.incident.clone(),
                                h.lang.clone(),
                                h.title_html.replace("<mark>", "").replace("</mark>", ""),
                            ]
                        }),
                    );
                }
            }
            Ok(())
        }
        IncidentsCommand::Show { key } => {
            match node.incident(&op, &key).await? {
                IncidentLookup::Redirect { from, to } => match format {
                    Format::Json => println!("{}", serde_json::json!({ "duplicate": from, "canonical": to })),
                    Format::Table => println!("{from} is a duplicate of {to}: accord incidents show {to}"),
                },
                IncidentLookup::Found(v) => match format {
                    Format::Json => println!("{}", serde_json::to_string_pretty(&v)?),
                    Format::Table => {
                        let i = &v.incident;
                        println!("{}  [{}]  {}", v.key, v.marking.tlp.as_str(), i.title);
                        println!(
                            "{} · {} · {} · distribution {}",
                            i.kind.as_str(),
                            i.date.as_deref().unwrap_or("date unknown"),
                            v.status.as_str(),
                            v.marking.distribution.as_str()
                        );
                        if !i.description.is_empty() {
                            println!("\n{}\n", i.description);
                        }
                        print_table(
                            &["role", "entity"],
                            i.entities.iter().map(|e| vec![e.role.as_str().to_owned(), e.name.clone()]),
                        );
                        for c in &i.classifications {
                            let attrs: Vec<String> =
                                c.attributes.iter().map(|a| format!("{}: {}", a.name, a.values.join(", "))).collect();
                            println!("{}: {}", c.namespace, attrs.join("; "));
                        }
                        println!("{} reports", v.reports.len());
                        for r in &v.reports {
                            println!("  {} [{}] ({}) {}", r.key, r.marking.tlp.as_str(), r.report.lang, r.report.title);
                        }
                        if !v.duplicates.is_empty() {
                            println!("merged here: {}", v.duplicates.join(", "));
                        }
                    }
                },
            }
            Ok(())
        }
        IncidentsCommand::Export { as_format, reports } => {
            // The console exports only what an anonymous visitor may see: whatever leaves the
            // node through a file is public by definition.
            let items = node.export_items(&Principal::Anonymous).await?;
            let now = time::OffsetDateTime::now_utc();
            let text = match as_format {
                ExportFormat::Json => accord_safety::export::json(&items, now),
                ExportFormat::Ndjson => {
                    items.iter().map(accord_safety::export::ndjson_line).collect::<Vec<_>>().join("\n")
                }
                ExportFormat::Csv if reports => accord_safety::export::reports_csv(&items)?,
                ExportFormat::Csv => accord_safety::export::incidents_csv(&items)?,
                ExportFormat::Stix => serde_json::to_string_pretty(&accord_safety::stix::export_bundle(
                    &items,
                    &node.stix_producer(),
                    now,
                ))?,
            };
            println!("{text}");
            Ok(())
        }
    }
}

fn print_outcome(o: &ImportOutcome, format: Format) -> Result<()> {
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(o)?),
        Format::Table => {
            println!(
                "incidents: {} new, {} revised · reports: {} new, {} revised · {} unchanged · {} duplicates merged",
                o.incidents_created,
                o.incidents_revised,
                o.reports_created,
                o.reports_revised,
                o.unchanged,
                o.duplicates_merged
            );
            for w in &o.warnings {
                eprintln!("warning: {w}");
            }
        }
    }
    Ok(())
}

/// `accord search reindex`.
pub async fn reindex(node: &Node, format: Format) -> Result<()> {
    let started = std::time::Instant::now();
    let n = node.reindex().await?;
    match format {
        Format::Json => {
            println!("{}", serde_json::json!({ "documents": n, "seconds": started.elapsed().as_secs_f64() }))
        }
        Format::Table => println!("{n} documents indexed in {:.1} s", started.elapsed().as_secs_f64()),
    }
    Ok(())
}
