//! `accord rules …` and `accord assess`: rule packs read from a folder (the I/O edge of
//! `accord-rules`).

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::json;

use accord_rules::Corpus;

use crate::AssessArgs;
use crate::output::{Format, print_table};

/// Reads every `*.toml` in `dir` (sorted by name) and validates them together.
pub fn load(dir: &Path) -> Result<Corpus> {
    Ok(accord_node::load_corpus(dir)?)
}

/// `accord rules validate DIR`: the packs, then the golden cases of `DIR/golden` if any.
pub fn validate(dir: &Path, format: Format) -> Result<()> {
    let corpus = load(dir)?;
    let golden_dir = dir.join("golden");
    let mut files: Vec<_> = match std::fs::read_dir(&golden_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    let mut golden = Vec::with_capacity(files.len());
    for f in &files {
        let text = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        golden.push((f.display().to_string(), text));
    }
    let report = accord_rules::golden::check(&corpus, &golden, !golden.is_empty());
    let obligations = corpus.rules().values().filter(|r| r.kind != "exception").count();
    match format {
        Format::Json => println!(
            "{}",
            json!({ "ok": report.problems.is_empty(), "instruments": corpus.instruments.len(), "rules": corpus.rules().len(),
                    "obligations": obligations, "golden_cases": report.cases, "problems": report.problems })
        ),
        Format::Table => {
            for p in &report.problems {
                eprintln!("{p}");
            }
            if report.problems.is_empty() {
                println!(
                    "ok: {} instruments, {} rules ({obligations} obligations) in {}; {} golden cases hold",
                    corpus.instruments.len(),
                    corpus.rules().len(),
                    dir.display(),
                    report.cases
                );
            }
        }
    }
    if !report.problems.is_empty() {
        bail!("{} problem(s) in the golden cases of {}", report.problems.len(), golden_dir.display());
    }
    Ok(())
}

fn date_arg(flag: &str, text: &str) -> Result<time::Date> {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
        .with_context(|| format!("{flag} {text:?} is not a date like 2026-08-02"))
}

/// `accord rules diff --from --to [--profile]`.
pub fn diff(from: &str, to: &str, profile_path: Option<&Path>, dir: Option<&Path>, format: Format) -> Result<()> {
    let (from, to) = (date_arg("--from", from)?, date_arg("--to", to)?);
    if to <= from {
        bail!("--to {to} must be after --from {from}");
    }
    let corpus = load_or_embedded(dir)?;
    let events = corpus.diff(from, to);
    let changed: Vec<(String, String, String)> = match profile_path {
        None => Vec::new(),
        Some(p) => {
            let profile = profile(p)?;
            let before = accord_rules::report::assess(&corpus, &profile, from);
            let after = accord_rules::report::assess(&corpus, &profile, to);
            before
                .findings
                .iter()
                .zip(&after.findings)
                .filter(|(a, b)| a.rule == b.rule && a.status != b.status)
                .map(|(a, b)| (a.rule.to_owned(), a.status.to_owned(), b.status.to_owned()))
                .collect()
        }
    };
    let describe = |e: &accord_rules::DatedEvent| -> String {
        let mut text = match &e.what {
            accord_rules::EventKind::Starts => "starts to apply".to_owned(),
            accord_rules::EventKind::Ends => "stops applying".to_owned(),
            accord_rules::EventKind::Moved { to, by } => {
                format!("date moved to {} by {by}", to.map_or("(no date)".into(), |d| d.to_string()))
            }
        };
        if e.conditional {
            text.push_str(" (for some profiles)");
        }
        if let Some(n) = &e.note {
            text.push_str(&format!(" — {n}"));
        }
        text
    };
    match format {
        Format::Json => {
            let events: Vec<_> = events
                .iter()
                .map(|e| {
                    let jurisdiction = corpus.rules().get(&e.rule).map(|r| r.jurisdiction.clone());
                    let moved_to = match &e.what {
                        accord_rules::EventKind::Moved { to, .. } => to.map(|d| d.to_string()),
                        _ => None,
                    };
                    let by = match &e.what {
                        accord_rules::EventKind::Moved { by, .. } => Some(by.clone()),
                        _ => None,
                    };
                    json!({ "date": e.date.to_string(), "rule": e.rule, "jurisdiction": jurisdiction, "event": e.what.as_str(),
                            "moved_to": moved_to, "by": by, "conditional": e.conditional, "note": e.note })
                })
                .collect();
            let changed: Vec<_> =
                changed.iter().map(|(r, a, b)| json!({ "rule": r, "from_status": a, "to_status": b })).collect();
            println!(
                "{}",
                serde_json::to_string_pretty(
                    &json!({ "from": from.to_string(), "to": to.to_string(), "events": events, "findings_changed": changed })
                )?
            );
        }
        Format::Table => {
            println!("between {from} (exclusive) and {to}: {} dated events", events.len());
            print_table(
                &["date", "jurisdiction", "rule", "what"],
                events.iter().map(|e| {
                    vec![
                        e.date.to_string(),
                        corpus.rules().get(&e.rule).map(|r| r.jurisdiction.clone()).unwrap_or_default(),
                        e.rule.clone(),
                        describe(e),
                    ]
                }),
            );
            if profile_path.is_some() {
                println!("\nfindings for the profile that change: {}", changed.len());
                print_table(
                    &["rule", &format!("on {from}"), &format!("on {to}")],
                    changed.iter().map(|(r, a, b)| vec![r.clone(), a.clone(), b.clone()]),
                );
            }
        }
    }
    Ok(())
}

/// Reads a profile from a `.toml` or `.json` file.
pub fn profile(path: &Path) -> Result<accord_rules::Profile> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the profile {}", path.display()))?;
    let parsed = if path.extension().is_some_and(|x| x == "json") {
        accord_rules::Profile::from_json(&text)
    } else {
        accord_rules::Profile::from_toml(&text)
    };
    parsed.with_context(|| format!("profile {}", path.display()))
}

/// The packs of `dir`, or the corpus built into the binary.
pub fn load_or_embedded(dir: Option<&Path>) -> Result<Corpus> {
    match dir {
        Some(d) => load(d),
        None => Ok(accord_rules::embedded::corpus()?),
    }
}

/// `accord assess`.
pub fn assess(args: &AssessArgs, format: Format) -> Result<()> {
    let as_of = match &args.as_of {
        Some(text) => time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
            .with_context(|| format!("--as-of {text:?} is not a date like 2026-08-02"))?,
        None => time::OffsetDateTime::now_utc().date(),
    };
    let corpus = load_or_embedded(args.corpus.as_deref())?;
    let profile = profile(&args.profile)?;
    let report = accord_rules::report::assess(&corpus, &profile, as_of);
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Table => {
            println!("assessment as of {}", report.as_of);
            print_table(
                &["jurisdiction", "rule", "cite", "status", "why", "confidence"],
                report.findings.iter().map(|f| {
                    let why = match f.status {
                        "may_apply" => format!("missing: {}", f.missing_facts.join(", ")),
                        "exempt" => format!("by {}", f.exempted_by.unwrap_or_default()),
                        _ => String::new(),
                    };
                    vec![
                        f.jurisdiction.to_owned(),
                        f.rule.to_owned(),
                        f.cite.to_owned(),
                        f.status.to_owned(),
                        why,
                        f.confidence.to_owned(),
                    ]
                }),
            );
            if !report.ask_next.is_empty() {
                let next: Vec<String> =
                    report.ask_next.iter().map(|a| format!("{} (decides {})", a.fact, a.decides)).collect();
                println!("ask next: {}", next.join(", "));
            }
        }
    }
    Ok(())
}
