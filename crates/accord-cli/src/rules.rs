//! `accord rules …` and `accord assess`: rule packs read from a folder (the I/O edge of
//! `accord-rules`).

use std::path::Path;

use anyhow::{Context, Result, bail};

use accord_rules::Corpus;

use crate::AssessArgs;
use crate::output::{Format, print_table};

/// Reads every `*.toml` in `dir` (sorted by name) and validates them together.
pub fn load(dir: &Path) -> Result<Corpus> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the rule folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("{} holds no rule packs (*.toml)", dir.display());
    }
    let mut packs = Vec::with_capacity(files.len());
    for f in &files {
        let text = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        packs.push((f.display().to_string(), text));
    }
    Ok(Corpus::from_packs(&packs)?)
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
                        "exempt" => format!("by {}", f.exempted_by.clone().unwrap_or_default()),
                        _ => String::new(),
                    };
                    vec![
                        f.jurisdiction.clone(),
                        f.rule.clone(),
                        f.cite.clone(),
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
