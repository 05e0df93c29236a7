#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `accord rules validate` and `accord assess` on a small test pack.

use std::process::{Command, Output};

const PACK: &str = r#"
[instrument]
id = "test.gpai"
title = "Test pack modelled on Regulation (EU) 2024/1689, Art. 55"
jurisdiction = "EU"
status = "in_force"

[[rule]]
id = "test.55"
kind = "risk.systemic.evaluation"
role = "provider"
cite = "Art. 55(1)"
summary = "Evaluate the model and mitigate systemic risks."
applies_when = { all = [ { fact = "markets", contains = "EU" }, { fact = "general_purpose", eq = true }, { fact = "training_flop", gt = 1e25 } ] }
[[rule.in_force]]
from = 2025-08-02
[rule.source]
url = "http://data.europa.eu/eli/reg/2024/1689/oj"
confidence = "primary_text"
"#;

fn accord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord")).args(args).env_remove("ACCORD_CONFIG").output().unwrap()
}

#[test]
fn assess_a_profile_against_a_folder_of_packs() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("test.gpai.toml"), PACK).unwrap();
    let c = corpus.to_str().unwrap();

    let out = accord(&["rules", "validate", c]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok: 1 instruments, 1 rules"));

    let known = dir.path().join("known.toml");
    std::fs::write(&known, "markets = [\"EU\"]\ngeneral_purpose = true\ntraining_flop = 3e25\n").unwrap();
    let out = accord(&[
        "assess",
        "--profile",
        known.to_str().unwrap(),
        "--corpus",
        c,
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["status"], "applies");

    // Without compute the rule may apply, naming it, and ask-next puts it first; JSON profiles work too.
    let unknown = dir.path().join("unknown.json");
    std::fs::write(&unknown, r#"{"markets": ["EU"], "general_purpose": true}"#).unwrap();
    let out = accord(&[
        "assess",
        "--profile",
        unknown.to_str().unwrap(),
        "--corpus",
        c,
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["status"], "may_apply");
    assert_eq!(report["findings"][0]["missing_facts"], serde_json::json!(["training_flop"]));
    assert_eq!(report["ask_next"][0]["fact"], "training_flop");

    // The day before the rule applies.
    let out = accord(&[
        "assess",
        "--profile",
        known.to_str().unwrap(),
        "--corpus",
        c,
        "--as-of",
        "2025-08-01",
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["status"], "not_in_force");

    // Table output for people.
    let out = accord(&["assess", "--profile", unknown.to_str().unwrap(), "--corpus", c, "--as-of", "2026-01-01"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("may_apply") && text.contains("ask next: training_flop"), "{text}");
}

#[test]
fn bad_packs_and_profiles_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("bad.toml"), PACK.replace("\"training_flop\", gt", "\"training_flops\", gt")).unwrap();
    let out = accord(&["rules", "validate", corpus.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("bad.toml:14:") && err.contains("\"training_flops\" is not a fact"), "{err}");

    std::fs::write(corpus.join("bad.toml"), PACK).unwrap();
    let profile = dir.path().join("p.toml");
    std::fs::write(&profile, "trainng_flop = 1e25\n").unwrap();
    let out = accord(&["assess", "--profile", profile.to_str().unwrap(), "--corpus", corpus.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("trainng_flop is not a fact"), "{err}");
    let out = accord(&[
        "assess",
        "--profile",
        profile.to_str().unwrap(),
        "--corpus",
        corpus.to_str().unwrap(),
        "--as-of",
        "tomorrow",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a date"));
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = accord(&["rules", "validate", empty.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no rule packs"));
}

#[test]
fn the_built_in_corpus_answers_the_worked_case() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/open-weights-gpai.toml");
    let out = accord(&["assess", "--profile", example, "--as-of", "2026-09-01", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |rule: &str| {
        report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == rule).unwrap()["status"].clone()
    };
    assert_eq!(status("eu.aia.55.1a"), "applies", "EU systemic-risk GPAI obligations apply");
    assert_eq!(status("eu.aia.53.1a"), "applies", "systemic risk defeats the open-source exemption");
    let out = accord(&["rules", "list", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(list.as_array().unwrap().len() >= 18);
}

#[test]
fn rules_show_prints_one_rule_with_its_source() {
    let out = accord(&["rules", "show", "eu.aia.50.2"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success()
            && text.contains("Art. 50(2)")
            && text.contains("2026-12-02")
            && text.contains("confidence: verified"),
        "{text}"
    );
    let out = accord(&["rules", "show", "eu.aia.999"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no rule"));
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["rules", "list", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reader closes its end (like `| head`) long before the listing is written.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
