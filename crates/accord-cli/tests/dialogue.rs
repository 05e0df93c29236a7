#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `accord dialogue` end to end: the done-when command on vTaiwan's UberX export, imports that
//! are all or nothing, and errors that name the file, the line and the reason.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn polis(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/polis").join(name)
}

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
fn analyze_vtaiwan_prints_groups_and_consensus() {
    let dir = tempfile::tempdir().unwrap();
    let vtaiwan = polis("vtaiwan.uberx");
    let out =
        ok_json(accord(&dir, &["dialogue", "analyze", "--polis-dir", vtaiwan.to_str().unwrap(), "--format", "json"]));
    let groups = out["participant_groups"].as_object().unwrap();
    assert!(groups.len() > 1000, "{} grouped participants", groups.len());
    let k = out["k"].as_u64().unwrap();
    assert!((2..=5).contains(&k));
    assert_eq!(out["groups"].as_array().unwrap().len() as u64, k);
    assert!(!out["consensus"]["agree"].as_array().unwrap().is_empty());
    // Every voted statement has its group-informed consensus, highest first.
    let gic = out["group_informed_consensus"].as_array().unwrap();
    assert_eq!(gic.len(), 197);
    let values: Vec<f64> = gic.iter().map(|g| g["value"].as_f64().unwrap()).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]));
    // The same seed gives the same answer.
    let again = ok_json(accord(
        &dir,
        &["dialogue", "analyze", "--polis-dir", vtaiwan.to_str().unwrap(), "--format", "json", "--seed", "0"],
    ));
    assert_eq!(out, again);
}

#[test]
fn imports_are_all_or_nothing_and_errors_say_where() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("comments.csv"),
        "timestamp,comment-id,author-id,moderated,comment-body\n1,0,0,1,first\n2,1,0,1,second\n",
    )
    .unwrap();
    // A vote of 5 on line 3.
    std::fs::write(bad.join("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,1,0,5\n")
        .unwrap();
    fails_with(accord(&dir, &["dialogue", "import-polis", bad.to_str().unwrap()]), "votes.csv, line 3");
    fails_with(accord(&dir, &["dialogue", "analyze", "--polis-dir", bad.to_str().unwrap()]), "it must be 1 (agree)");
    // A vote on a statement comments.csv does not list.
    std::fs::write(bad.join("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,7,0,1\n").unwrap();
    fails_with(accord(&dir, &["dialogue", "import-polis", bad.to_str().unwrap()]), "comment 7, which comments.csv");
    // A missing column.
    std::fs::write(bad.join("votes.csv"), "timestamp,comment-id,vote\n1,0,1\n").unwrap();
    fails_with(accord(&dir, &["dialogue", "import-polis", bad.to_str().unwrap()]), "no column `voter-id`");
    fails_with(accord(&dir, &["dialogue", "import-polis", "/nonexistent/folder"]), "is not a folder");
    let list = ok_json(accord(&dir, &["dialogue", "list", "--format", "json"]));
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing was written");

    // A good import, then the analysis of the stored conversation agrees with the folder's.
    let bg = polis("bg2050-volunteers");
    assert!(accord(&dir, &["dialogue", "import-polis", bg.to_str().unwrap()]).status.success());
    let list = ok_json(accord(&dir, &["dialogue", "list", "--format", "json"]));
    let id = list[0]["id"].as_str().unwrap().to_string();
    let stored = ok_json(accord(&dir, &["dialogue", "analyze", "--conversation", &id, "--format", "json"]));
    let folder =
        ok_json(accord(&dir, &["dialogue", "analyze", "--polis-dir", bg.to_str().unwrap(), "--format", "json"]));
    assert_eq!(stored["participant_groups"], folder["participant_groups"]);
    assert_eq!(stored["group_informed_consensus"], folder["group_informed_consensus"]);
    fails_with(accord(&dir, &["dialogue", "analyze", "--conversation", "not-an-id"]), "not a conversation id");
}
