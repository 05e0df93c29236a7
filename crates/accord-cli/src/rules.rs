//! `accord rules …` and `accord assess`: rule packs read from a folder (the I/O edge of
//! `accord-rules`).

use std::path::Path;

use anyhow::{Context, Result, bail};

use accord_rules::Corpus;

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
