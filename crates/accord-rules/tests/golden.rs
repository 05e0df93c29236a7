#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The golden cases of `corpus/golden/*.toml` (format: `accord_rules::golden`) hold, and every
//! obligation of the corpus is made to apply by one case and not to apply by another.

use std::path::{Path, PathBuf};

use accord_rules::Corpus;

fn toml_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

#[test]
fn golden_cases_hold_and_cover_every_obligation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let corpus = Corpus::from_packs(&toml_files(&root)).unwrap();
    let report = accord_rules::golden::check(&corpus, &toml_files(&root.join("golden")), true);
    assert!(report.cases > 0);
    assert!(
        report.problems.is_empty(),
        "{} problem(s) in {} golden cases:\n{}",
        report.problems.len(),
        report.cases,
        report.problems.join("\n")
    );
}

#[test]
fn a_wrong_expectation_is_reported_with_its_file_and_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let corpus = Corpus::from_packs(&toml_files(&root)).unwrap();
    let case = r#"
[[case]]
name = "outside the EU"
as_of = 2026-09-01
profile = { markets = ["JP"], roles = ["provider"] }
[case.expect]
applies = ["eu.aia.4"]
"#;
    let report = accord_rules::golden::check(&corpus, &[("wrong.toml".into(), case.into())], false);
    assert_eq!(report.cases, 1);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].starts_with("wrong.toml / outside the EU: eu.aia.4: expected applies"),
        "{:?}",
        report.problems
    );
}
