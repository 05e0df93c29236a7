#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The `accord` binary end to end: administration commands, errors, demo and graceful shutdown.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn accord(dir: &tempfile::TempDir, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap()])
        .args(args)
        .env_remove("ACCORD_CONFIG")
        .current_dir(dir.path())
        .output()
        .unwrap()
}

fn ok_json(out: Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn fails_with(out: Output, needle: &str) {
    assert!(!out.status.success(), "expected failure; stdout: {}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(needle), "stderr {err:?} should mention {needle:?}");
}

#[test]
fn help_teaches_by_example() {
    let out = Command::new(env!("CARGO_BIN_EXE_accord")).arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in ["serve", "demo", "migrate", "member", "token", "version", "Examples:", "--format"] {
        assert!(text.contains(needle), "--help lacks {needle}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_accord")).arg("version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("accord "));
}

#[test]
fn members_users_and_tokens_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    assert!(accord(&dir, &["migrate"]).status.success());

    let org = ok_json(accord(
        &dir,
        &["--format", "json", "member", "add", "--name", "AI Office", "--kind", "regulator", "--country", "be"],
    ));
    assert_eq!(org["country"], "BE");
    fails_with(accord(&dir, &["member", "add", "--name", "X", "--kind", "ngo"]), "kind must be one of");
    fails_with(accord(&dir, &["member", "add", "--name", "AI Office", "--kind", "company"]), "name is already in use");
    fails_with(accord(&dir, &["member", "add", "--name", "", "--kind", "company"]), "name is required");
    let list = ok_json(accord(&dir, &["member", "list", "--format", "json"]));
    assert_eq!(list.as_array().unwrap().len(), 1);

    // A password from standard input.
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap(), "--format", "json"])
        .args([
            "user",
            "add",
            "--org",
            "AI Office",
            "--email",
            "Ana@Office.example",
            "--name",
            "Ana",
            "--role",
            "editor",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long enough passphrase\n").unwrap();
    let user = ok_json(child.wait_with_output().unwrap());
    assert_eq!(user["email"], "ana@office.example");
    assert!(user.get("password").is_none(), "a given password is not echoed");

    // A generated password is printed once.
    let generated = ok_json(accord(
        &dir,
        &["--format", "json", "user", "add", "--org", "AI Office", "--email", "bo@office.example", "--name", "Bo"],
    ));
    assert!(generated["password"].as_str().unwrap().len() >= 10);
    fails_with(
        accord(&dir, &["user", "add", "--org", "Nobody", "--email", "c@x.org", "--name", "C"]),
        "no organisation named",
    );

    let created = ok_json(accord(
        &dir,
        &[
            "--format",
            "json",
            "token",
            "create",
            "--user",
            "ana@office.example",
            "--name",
            "ci",
            "--scope",
            "read",
            "--scope",
            "write",
        ],
    ));
    assert!(created["secret"].as_str().unwrap().starts_with("accord_"));
    let id = created["token"]["id"].as_str().unwrap().to_owned();
    let tokens = ok_json(accord(&dir, &["--format", "json", "token", "list", "--user", "ana@office.example"]));
    assert_eq!(tokens.as_array().unwrap().len(), 1);
    assert!(!tokens.to_string().contains(created["secret"].as_str().unwrap()), "secrets are never listed");
    let revoked = ok_json(accord(&dir, &["--format", "json", "token", "revoke", &id]));
    assert!(revoked["revoked_at"].is_string());
    fails_with(accord(&dir, &["token", "revoke", "not-an-id"]), "is not a token id");
    fails_with(
        accord(&dir, &["token", "create", "--user", "nobody@x.org", "--name", "t", "--scope", "read"]),
        "does not exist",
    );

    // Table output for people.
    let out = accord(&dir, &["member", "list"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("AI Office"));
}

#[test]
fn configuration_errors_are_named() {
    let dir = tempfile::tempdir().unwrap();
    fails_with(accord(&dir, &["--config", "missing.toml", "migrate"]), "missing.toml does not exist");
    std::fs::write(dir.path().join("accord.toml"), "[auth]\nsesion_hours = 3\n").unwrap();
    fails_with(accord(&dir, &["migrate"]), "sesion_hours");
}

#[test]
fn demo_serves_and_shuts_down_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap(), "demo", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("demo printed its URL").unwrap();
        if let Some(rest) = line.strip_prefix("Accord demo node: ") {
            break rest.trim().to_owned();
        }
    };
    let printed: Vec<String> = lines.by_ref().take(6).map(|l| l.unwrap()).collect();
    assert!(printed.iter().any(|l| l.contains("accord-demo-2026")), "{printed:?}");

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let health: Value = reqwest::get(format!("{url}healthz")).await.unwrap().json().await.unwrap();
        assert_eq!(health["status"], "ok");
        let spec: Value = reqwest::get(format!("{url}api/v1/openapi.json")).await.unwrap().json().await.unwrap();
        assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    });

    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "graceful shutdown exits 0, got {exit:?}");

    // Running the demo again reuses the data: nothing new is seeded.
    let out = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap(), "--format", "json", "member", "list"])
        .output()
        .unwrap();
    let before: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut again = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap(), "demo", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(again.stdout.take().unwrap()).lines();
    let seeded = lines.find_map(|l| l.ok().filter(|l| l.contains("seeded"))).unwrap();
    assert!(seeded.contains("seeded 0 organisations and 0 users"), "{seeded}");
    Command::new("kill").args(["-TERM", &again.id().to_string()]).status().unwrap();
    assert!(again.wait().unwrap().success());
    let out = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap(), "--format", "json", "member", "list"])
        .output()
        .unwrap();
    let after: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(before, after);
}

/// The "done when": import the shared cards (the copies in data/registry/cards), then
/// list every card with its licence, base model and relation.
#[test]
fn registry_import_and_list_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let cards = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/registry/cards");
    let report = ok_json(accord(&dir, &["--format", "json", "registry", "import", "--cards", cards.to_str().unwrap()]));
    assert_eq!(report["registered"].as_array().unwrap().len(), 23);
    assert!(report["rejected"].as_array().unwrap().is_empty());

    let list = ok_json(accord(&dir, &["--format", "json", "registry", "list"]));
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 23);
    assert!(list.iter().all(|e| e["licence"].is_string() && e["licence_class"].is_string()));
    let gptq = list.iter().find(|e| e["key"] == "TheBloke/WizardCoder-15B-1.0-GPTQ").unwrap();
    assert_eq!(gptq["licence"], "bigcode-openrail-m");
    assert_eq!(gptq["base_models"][0]["key"], "WizardLM/WizardCoder-15B-V1.0");
    assert_eq!(gptq["base_models"][0]["relation"], "quantized");
    assert_eq!(gptq["base_models"][0]["inferred"], true);

    // Again: nothing changes; a bad folder and an unknown key are named.
    let again = ok_json(accord(&dir, &["--format", "json", "registry", "import", "--cards", cards.to_str().unwrap()]));
    assert_eq!(again["unchanged"].as_array().unwrap().len(), 23);
    fails_with(accord(&dir, &["registry", "import", "--cards", "/no/such/folder"]), "/no/such/folder");
    fails_with(accord(&dir, &["registry", "show", "nobody/nothing"]), "nobody/nothing");
    let shown = ok_json(accord(&dir, &["--format", "json", "registry", "show", "bigscience/bloom", "--markets", "EU"]));
    assert_eq!(shown["licence"]["id"], "bigscience-bloom-rail-1.0");
    assert_eq!(shown["obligations"]["profile"]["markets"], serde_json::json!(["EU"]));
    fails_with(accord(&dir, &["registry", "show", "bigscience/bloom", "--markets", "XX"]), "XX");
}
