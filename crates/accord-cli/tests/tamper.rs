#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The tamper suite: each way of rewriting a node's history, applied by hand to a copy of its
//! data directory, is detected and named by `accord verify`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use accord_ledger::ed25519_dalek::SigningKey;
use accord_ledger::envelope::{Envelope, SignedRecord};
use accord_ledger::keys::key_id;
use accord_ledger::merkle::leaf_hash;

fn accord(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", data.to_str().unwrap()])
        .args(args)
        .env_remove("ACCORD_CONFIG")
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}\nstdout: {}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn verify(data: &Path, state: &Path) -> Output {
    accord(data, &["verify", "--state", state.to_str().unwrap()])
}

fn fails_naming(out: Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "tampering went unnoticed; stdout: {}", String::from_utf8_lossy(&out.stdout));
    assert!(err.contains(needle), "the message {err:?} should name {needle:?}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

async fn sql(data: &Path, statements: &[&str]) {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", data.join("accord.sqlite").display())).await.unwrap();
    for s in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(s.to_string())).execute(&pool).await.unwrap();
    }
    pool.close().await;
}

/// A node with a few records, verified once (the state file is the auditor's memory).
struct Fixture {
    _dir: tempfile::TempDir,
    data: PathBuf,
    state: PathBuf,
    root: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(accord(&data, &["migrate"]));
    for name in ["Alpha", "Beta", "Gamma", "Delta"] {
        ok(accord(&data, &["member", "add", "--name", name, "--kind", "regulator"]));
    }
    ok(accord(&data, &["user", "add", "--org", "Alpha", "--email", "ana@alpha.example", "--name", "Ana"]));
    ok(accord(&data, &["token", "create", "--user", "ana@alpha.example", "--name", "ci", "--scope", "read"]));
    let state = dir.path().join("state.json");
    let out = ok(verify(&data, &state));
    assert!(out.contains("ok: log"), "{out}");
    // key.register + 4 organisations + 1 user + 1 token
    assert!(out.contains("7 entries"), "{out}");
    let root = dir.path().to_path_buf();
    Fixture { _dir: dir, data, state, root }
}

impl Fixture {
    /// A copy of the data directory and of the auditor's state, to tamper with.
    fn copy(&self, name: &str) -> (PathBuf, PathBuf) {
        let data = self.root.join(name);
        copy_dir(&self.data, &data);
        let state = self.root.join(format!("{name}.state.json"));
        std::fs::copy(&self.state, &state).unwrap();
        (data, state)
    }
}

const UNLOCK: &str = "DROP TRIGGER log_entries_no_update; DROP TRIGGER log_entries_no_delete;";

#[tokio::test]
async fn an_untouched_log_verifies_again_and_after_growth() {
    let f = fixture();
    assert!(ok(verify(&f.data, &f.state)).contains("consistent with the checkpoint of size 7"));
    // Inclusion of a record named by kind and id, every version of it.
    let list: serde_json::Value =
        serde_json::from_str(&ok(accord(&f.data, &["--format", "json", "member", "list"]))).unwrap();
    let id = list[1]["id"].as_str().unwrap();
    let record = format!("organisation/{id}");
    let out =
        ok(accord(&f.data, &["verify", "--state", f.state.to_str().unwrap(), "--record", &record, "--check", "0"]));
    assert!(out.contains("inclusion of entry 0 proved") && out.contains("inclusion of entry 2 proved"), "{out}");
    let missing = accord(&f.data, &["verify", "--state", f.state.to_str().unwrap(), "--record", "organisation/nope"]);
    assert!(
        !missing.status.success() && String::from_utf8_lossy(&missing.stderr).contains("no record organisation/nope")
    );
    ok(accord(&f.data, &["member", "add", "--name", "Epsilon", "--kind", "company"]));
    let out = ok(verify(&f.data, &f.state));
    assert!(out.contains("8 entries") && out.contains("size 7 verified before"), "{out}");
}

#[tokio::test]
async fn a_payload_edited_in_the_database_is_named() {
    let f = fixture();
    let (data, state) = f.copy("edited");
    sql(&data, &[UNLOCK, "UPDATE log_entries SET envelope = CAST(replace(CAST(envelope AS TEXT), 'Beta', 'Bet4') AS BLOB) WHERE seq = 2"]).await;
    fails_naming(verify(&data, &state), "log entry 2 does not match its leaf hash");
}

#[tokio::test]
async fn an_edited_leaf_is_named() {
    let f = fixture();
    let (data, state) = f.copy("leaf");
    sql(&data, &[UNLOCK, "UPDATE log_entries SET leaf_hash = zeroblob(32) WHERE seq = 4"]).await;
    fails_naming(verify(&data, &state), "log entry 4 does not match its leaf hash");
}

#[tokio::test]
async fn a_truncated_log_is_named() {
    let f = fixture();
    let (data, state) = f.copy("truncated");
    // Remove the last entries and the checkpoints that covered them: what remains is a
    // genuinely signed, smaller log.
    sql(&data, &[UNLOCK, "DELETE FROM log_entries WHERE seq >= 5", "DELETE FROM checkpoints WHERE size > 5"]).await;
    fails_naming(verify(&data, &state), "the log was truncated: you verified 7 entries before, the node now shows 5");
}

#[tokio::test]
async fn a_deleted_record_is_named() {
    let f = fixture();
    let (data, state) = f.copy("deleted");
    sql(&data, &[UNLOCK, "DELETE FROM log_entries WHERE seq = 3"]).await;
    fails_naming(verify(&data, &state), "missing entry: the node served no log entry 3");
}

#[tokio::test]
async fn a_fork_is_named() {
    let f = fixture();
    // Two histories from the same node and key, each adding a different record at size 8.
    let (a, a_state) = f.copy("fork-a");
    let (b, _) = f.copy("fork-b");
    ok(accord(&a, &["member", "add", "--name", "Only in A", "--kind", "company"]));
    ok(accord(&b, &["member", "add", "--name", "Only in B", "--kind", "company"]));
    ok(verify(&a, &a_state));
    // The auditor who saw A now looks at B.
    fails_naming(verify(&b, &a_state), "fork: two different trees of size 8 are signed by the node");
}

#[tokio::test]
async fn a_record_signed_by_an_unknown_key_is_named() {
    let f = fixture();
    let (data, state) = f.copy("unknown-key");
    let rogue = SigningKey::from_bytes(&[42u8; 32]);
    let rogue_id = key_id(&rogue.verifying_key());
    let envelope = Envelope {
        kind: "organisation".into(),
        id: "01900000-0000-7000-8000-00000000beef".into(),
        version: 1,
        origin: "forged".into(),
        author: None,
        action: "organisation.create".into(),
        at: "2026-11-28T00:00:00Z".into(),
        payload: serde_json::json!({ "name": "Forged" }),
    };
    let record = SignedRecord::sign(envelope.to_bytes(), &rogue, rogue_id.clone());
    let leaf = leaf_hash(&record.leaf_data());
    let statement = format!(
        "UPDATE log_entries SET envelope = X'{}', signature = X'{}', key_id = '{rogue_id}', leaf_hash = X'{}' WHERE seq = 3",
        hex::encode(&record.bytes),
        hex::encode(record.signature),
        hex::encode(leaf)
    );
    sql(&data, &[UNLOCK, &statement]).await;
    fails_naming(verify(&data, &state), &format!("log entry 3 is signed by unknown key {rogue_id}"));
}

#[tokio::test]
async fn a_consistently_rewritten_entry_breaks_the_signed_root() {
    let f = fixture();
    let (data, state) = f.copy("rewritten");
    // Re-sign entry 1 with the node's own key after changing it, and fix its leaf hash: every
    // entry then checks out on its own, but the signed checkpoint's root no longer matches.
    let keys = std::fs::read_dir(data.join("keys")).unwrap().next().unwrap().unwrap().path();
    let key_hex = std::fs::read_to_string(&keys).unwrap();
    let key = SigningKey::from_bytes(&<[u8; 32]>::try_from(hex::decode(key_hex.trim()).unwrap()).unwrap());
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", data.join("accord.sqlite").display())).await.unwrap();
    let (bytes,): (Vec<u8>,) =
        sqlx::query_as("SELECT envelope FROM log_entries WHERE seq = 1").fetch_one(&pool).await.unwrap();
    pool.close().await;
    let mut envelope = Envelope::from_bytes(&bytes).unwrap();
    envelope.payload["name"] = serde_json::json!("Rewritten");
    let record = SignedRecord::sign(envelope.to_bytes(), &key, key_id(&key.verifying_key()));
    let statement = format!(
        "UPDATE log_entries SET envelope = X'{}', signature = X'{}', leaf_hash = X'{}' WHERE seq = 1",
        hex::encode(&record.bytes),
        hex::encode(record.signature),
        hex::encode(leaf_hash(&record.leaf_data()))
    );
    sql(&data, &[UNLOCK, &statement]).await;
    fails_naming(verify(&data, &state), "the log's entries produce root");
}

#[tokio::test]
async fn tampering_is_also_named_over_http() {
    use std::io::{BufRead, BufReader};
    let f = fixture();
    let (data, state) = f.copy("served");
    sql(&data, &[UNLOCK, "DELETE FROM log_entries WHERE seq = 2"]).await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", data.to_str().unwrap(), "serve", "--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap()).lines().next().unwrap().unwrap();
    let url = line.trim_start_matches("Accord node listening on ").trim().to_owned();
    let out = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["verify", &url, "--state", state.to_str().unwrap()])
        .output()
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    fails_naming(out, "missing entry: the node served no log entry 2");
}
