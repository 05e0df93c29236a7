#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `accord resolution` end to end, driving the built binary: a draft taken through an amendment,
//! the vote and the chair's close, with delegations acting under their own API tokens (the
//! operator chairs but cannot vote); a consensus broken by an objection; and bad input — an
//! unknown rule, a missing file, a quorum larger than the electorate — refused with a message
//! that names it, and nothing written.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

const MEMBERS: [(&str, &str); 4] = [
    ("Agence nationale d'évaluation de l'IA", "fr@agence.example"),
    ("AI Safety Institute", "uk@aisi.example"),
    ("Superintendencia de IA", "cl@superintendencia.example"),
    ("Frontier Systems", "outsider@frontier.example"),
];

fn accord_env(dir: &tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(["--data-dir", dir.path().join("data").to_str().unwrap()])
        .args(args)
        .env_remove("ACCORD_CONFIG")
        .env_remove("ACCORD_TOKEN")
        .envs(env.iter().copied())
        .current_dir(dir.path())
        .output()
        .unwrap()
}

fn accord(dir: &tempfile::TempDir, args: &[&str]) -> Output {
    accord_env(dir, args, &[])
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn ok_json(out: Output) -> Value {
    serde_json::from_str(&ok(out)).unwrap()
}

fn fails_with(out: Output, needle: &str) {
    assert!(!out.status.success(), "expected failure; stdout: {}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(needle), "stderr {err:?} should mention {needle:?}");
}

/// Four member organisations with one delegate each; returns each delegate's token file, saved
/// as `accord token create` printed it.
fn community(dir: &tempfile::TempDir) -> Vec<PathBuf> {
    ok(accord(dir, &["migrate"]));
    let mut files = Vec::new();
    for (i, (name, email)) in MEMBERS.iter().enumerate() {
        ok(accord(dir, &["member", "add", "--name", name, "--kind", "regulator"]));
        ok(accord(dir, &["user", "add", "--org", name, "--email", email, "--name", &format!("Delegate {i}")]));
        let printed = ok(accord(
            dir,
            &["token", "create", "--user", email, "--name", "cli", "--scope", "read", "--scope", "write"],
        ));
        let file = dir.path().join(format!("delegate-{i}.token"));
        std::fs::write(&file, printed).unwrap();
        files.push(file);
    }
    files
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

fn in_an_hour() -> String {
    accord_core::command::rfc3339(time::OffsetDateTime::now_utc() + time::Duration::hours(1))
}

fn count(dir: &tempfile::TempDir) -> usize {
    ok_json(accord(dir, &["resolution", "list", "--format", "json"])).as_array().unwrap().len()
}

#[test]
fn a_resolution_from_draft_to_result_at_the_console() {
    let dir = tempfile::tempdir().unwrap();
    let tokens = community(&dir);
    let token = |i: usize| tokens[i].to_str().unwrap().to_owned();
    let draft = write(&dir, "draft.txt", "The Plenary,\n\nDecides to share evaluation results.\n");
    let created = ok_json(accord(
        &dir,
        &[
            "--format",
            "json",
            "resolution",
            "create",
            "--body",
            "Plenary",
            "--title",
            "Shared evaluation of frontier models",
            "--text-file",
            &draft,
            "--rule",
            "two-thirds",
            "--quorum",
            "0.5",
            "--member",
            MEMBERS[0].0,
            "--member",
            MEMBERS[1].0,
            "--member",
            MEMBERS[2].0,
        ],
    ));
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["state"], "draft");
    assert_eq!(created["rule"]["kind"], "two_thirds");
    assert_eq!(created["quorum"], serde_json::json!({ "kind": "fraction", "numerator": 1, "denominator": 2 }));
    assert_eq!(created["electorate"].as_array().unwrap().len(), 3);
    assert_eq!(created["text"], "The Plenary,\n\nDecides to share evaluation results.");

    // Amendments come from delegations of the electorate, with their own token.
    let amended = write(&dir, "amended.txt", "The Plenary,\n\nDecides to share evaluation results within thirty days.");
    fails_with(
        accord(&dir, &["resolution", "amend", &id, "--text-file", &amended]),
        "the operator belongs to no organisation, so it cannot propose an amendment",
    );
    fails_with(
        accord(&dir, &["resolution", "amend", &id, "--text-file", &amended, "--token-file", &token(3)]),
        "Frontier Systems is not in this resolution's electorate",
    );
    fails_with(
        accord(&dir, &["resolution", "amend", &id, "--text-file", &draft, "--token-file", &token(1)]),
        "--text-file: text must be a text different from the current draft",
    );
    let amendment = ok_json(accord(
        &dir,
        &[
            "resolution",
            "amend",
            &id,
            "--text-file",
            &amended,
            "--rationale",
            "A deadline.",
            "--token-file",
            &token(1),
            "--format",
            "json",
        ],
    ));
    assert_eq!((amendment["seq"].as_u64(), amendment["status"].as_str()), (Some(1), Some("proposed")));
    assert_eq!(amendment["proposer"]["name"], MEMBERS[1].0);

    // The chair (the operator here) decides and opens.
    fails_with(
        accord(&dir, &["resolution", "open", &id, "--deadline", &in_an_hour()]),
        "amendment 1 is still undecided",
    );
    fails_with(
        accord(&dir, &["resolution", "decide-amendment", &id, "1"]),
        "the following required arguments were not provided",
    );
    let out = ok(accord(&dir, &["resolution", "decide-amendment", &id, "1", "--adopt"]));
    assert!(out.contains("amendment 1 adopted: the draft is now version 2"), "{out}");
    fails_with(accord(&dir, &["resolution", "open", &id]), "--deadline is required to open a majority vote");
    fails_with(accord(&dir, &["resolution", "open", &id, "--deadline", "soon"]), "--deadline: closes_at must be");
    let deadline = in_an_hour();
    let opened = ok_json(accord(&dir, &["resolution", "open", &id, "--deadline", &deadline, "--format", "json"]));
    assert_eq!(opened["state"], "voting");
    assert_eq!(opened["voting_closes_at"], deadline);

    // Each delegation votes for its own member only.
    fails_with(
        accord(&dir, &["resolution", "vote", &id, "--member", MEMBERS[0].0, "--choice", "yes"]),
        "the operator belongs to no organisation, so it cannot vote",
    );
    fails_with(
        accord(
            &dir,
            &["resolution", "vote", &id, "--member", MEMBERS[0].0, "--choice", "yes", "--token-file", &token(1)],
        ),
        "not for Agence nationale",
    );
    fails_with(
        accord(
            &dir,
            &["resolution", "vote", &id, "--member", MEMBERS[1].0, "--choice", "objection", "--token-file", &token(1)],
        ),
        "--choice: choice must be one of: yes, no, abstain",
    );
    fails_with(
        accord(&dir, &["resolution", "vote", &id, "--member", MEMBERS[1].0, "--choice", "maybe"]),
        "invalid value 'maybe' for '--choice <CHOICE>'",
    );
    let out = ok(accord(
        &dir,
        &["resolution", "vote", &id, "--member", MEMBERS[1].0, "--choice", "yes", "--token-file", &token(1)],
    ));
    assert!(out.contains("so far: yes 1, no 0, abstain 0, not voted 2"), "{out}");
    // The variable does what the file does. A token without `read` is refused before anything
    // is written (the node would record the vote, then refuse to show it).
    let token_for = |scopes: &[&str]| {
        let mut args = vec!["--format", "json", "token", "create", "--user", MEMBERS[0].1, "--name", "env"];
        for s in scopes {
            args.extend(["--scope", s]);
        }
        ok_json(accord(&dir, &args))["secret"].as_str().unwrap().to_owned()
    };
    let vote_fr = [
        "resolution",
        "vote",
        &id,
        "--member",
        MEMBERS[0].0,
        "--choice",
        "yes",
        "--explanation",
        "After consultations.",
    ];
    fails_with(
        accord_env(&dir, &vote_fr, &[("ACCORD_TOKEN", &token_for(&["write"]))]),
        "the token in ACCORD_TOKEN cannot be used here: this API token lacks the `read` scope",
    );
    fails_with(
        accord_env(&dir, &vote_fr, &[("ACCORD_TOKEN", &token_for(&["read"]))]),
        "this API token lacks the `write` scope",
    );
    let shown = ok_json(accord(&dir, &["resolution", "show", &id, "--format", "json"]));
    assert_eq!(shown["votes"].as_array().unwrap().len(), 1, "neither wrote a vote");
    ok(accord_env(&dir, &vote_fr, &[("ACCORD_TOKEN", &token_for(&["read", "write"]))]));
    // A secret saved alone works too.
    let cl_secret = write(&dir, "cl.secret", &format!("{}\n", token_secret(&tokens[2])));
    let voted = ok_json(accord(
        &dir,
        &[
            "resolution",
            "vote",
            &id,
            "--member",
            MEMBERS[2].0,
            "--choice",
            "no",
            "--token-file",
            &cl_secret,
            "--format",
            "json",
        ],
    ));
    assert_eq!(voted["tally"]["yes"], 2);
    assert_eq!(voted["tally"]["no"], 1);
    assert_eq!(voted["tally"]["final"], false);
    // The record names who voted: the delegate, not the operator.
    let by: Vec<&str> =
        voted["votes"].as_array().unwrap().iter().map(|v| v["cast_by_name"].as_str().unwrap()).collect();
    assert_eq!(by, ["Delegate 1", "Delegate 0", "Delegate 2"]);

    // The chair closes early; 2 of 3 is two-thirds.
    let out = ok(accord(&dir, &["resolution", "close", &id]));
    assert!(out.contains("adopted (two_thirds_reached), closed by chair"), "{out}");
    assert!(out.contains("yes 2, no 1, abstain 0, not voted 0"), "{out}");
    let shown = ok_json(accord(&dir, &["resolution", "show", &id, "--format", "json"]));
    assert_eq!(shown["state"], "closed");
    assert_eq!(shown["result"]["outcome"], "adopted");
    assert_eq!(shown["result"]["text_sha256"], shown["text_sha256"]);
    assert_eq!(shown["texts"].as_array().unwrap().len(), 2);
    let table = ok(accord(&dir, &["resolution", "show", &id]));
    for needle in
        ["Shared evaluation of frontier models", "within thirty days", "Result: adopted", "After consultations."]
    {
        assert!(table.contains(needle), "show lacks {needle:?}:\n{table}");
    }
    let list = ok_json(accord(&dir, &["resolution", "list", "--format", "json"]));
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["outcome"], "adopted");
    fails_with(
        accord(
            &dir,
            &["resolution", "vote", &id, "--member", MEMBERS[1].0, "--choice", "no", "--token-file", &token(1)],
        ),
        "cannot vote: voting is closed",
    );
    // Every step is a signed record the auditor checks.
    let state = dir.path().join("verify-state.json");
    ok(accord(&dir, &["verify", "--state", state.to_str().unwrap()]));
}

/// The secret inside a saved `accord token create` output.
fn token_secret(file: &PathBuf) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    text.split_whitespace().find(|w| w.starts_with("accord_")).unwrap().to_owned()
}

#[test]
fn consensus_ends_at_the_first_objection() {
    let dir = tempfile::tempdir().unwrap();
    let tokens = community(&dir);
    let draft = write(&dir, "draft.txt", "Le Conseil décide de partager les rapports d’incidents.");
    let created = ok_json(accord(
        &dir,
        &[
            "resolution",
            "create",
            "--body",
            "Conseil",
            "--title",
            "Rapports d’incidents",
            "--text-file",
            &draft,
            "--lang",
            "fr",
            "--rule",
            "consensus",
            "--silence-days",
            "7",
            "--all-members",
            "--format",
            "json",
        ],
    ));
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["rule"]["silence_period_secs"], 7 * 86_400);
    assert_eq!(created["electorate"].as_array().unwrap().len(), 4);
    fails_with(
        accord(&dir, &["resolution", "open", &id, "--deadline", &in_an_hour()]),
        "--deadline: closes_at must be absent: under consensus the silence period sets the close",
    );
    let out = ok(accord(&dir, &["resolution", "open", &id]));
    assert!(out.contains("the silence period on"), "{out}");
    fails_with(accord(&dir, &["resolution", "close", &id]), "a consensus is adopted only if nobody objects");
    let token = tokens[3].to_str().unwrap();
    let out = ok(accord(
        &dir,
        &["resolution", "vote", &id, "--member", MEMBERS[3].0, "--choice", "objection", "--token-file", token],
    ));
    assert!(out.contains("the vote is closed: rejected (silence_broken), closed by objection"), "{out}");
}

#[test]
fn bad_input_is_named_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    community(&dir);
    let draft = write(&dir, "draft.txt", "A draft.");
    let create = |extra: &[&str]| {
        let mut args = vec!["resolution", "create", "--body", "Plenary", "--title", "T"];
        args.extend_from_slice(extra);
        accord(&dir, &args)
    };
    let two = ["--member", MEMBERS[0].0, "--member", MEMBERS[1].0];
    let with = |extra: &[&'static str]| -> Vec<&str> {
        let mut a: Vec<&str> = extra.to_vec();
        a.extend_from_slice(&two);
        a
    };
    fails_with(
        create(&with(&["--text-file", "x", "--rule", "unanimity"])),
        "invalid value 'unanimity' for '--rule <RULE>'",
    );
    fails_with(
        create(&with(&["--text-file", "x", "--rule", "unanimity"])),
        "possible values: simple-majority, two-thirds, consensus",
    );
    fails_with(
        create(&with(&["--text-file", "/nonexistent/draft.txt", "--rule", "two-thirds"])),
        "cannot read --text-file /nonexistent/draft.txt",
    );
    let d = draft.as_str();
    let mut args = vec!["--text-file", d, "--rule", "consensus"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "--rule consensus needs --silence-days N");
    let mut args = vec!["--text-file", d, "--rule", "two-thirds", "--silence-days", "3"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "--silence-days applies only to --rule consensus");
    let mut args = vec!["--text-file", d, "--rule", "two-thirds", "--quorum", "1.5"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "a share of the electorate must be above 0 and at most 1");
    // The node's own refusal, named by the flag.
    let mut args = vec!["--text-file", d, "--rule", "two-thirds", "--quorum", "5"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "--quorum: quorum.count must be at most the number of organisations in the electorate");
    fails_with(
        create(&["--text-file", d, "--rule", "two-thirds", "--member", "Nobody"]),
        "--member \"Nobody\": no member organisation has this name",
    );
    fails_with(create(&["--text-file", d, "--rule", "two-thirds"]), "--member <NAME|ID>");
    let empty = write(&dir, "empty.txt", "  \n");
    let mut args = vec!["--text-file", empty.as_str(), "--rule", "simple-majority"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "--text-file: text is required");
    let bad_token = write(&dir, "bad.token", "not a token");
    let mut args = vec!["--text-file", d, "--rule", "simple-majority", "--token-file", bad_token.as_str()];
    args.extend_from_slice(&two);
    fails_with(create(&args), "holds no API token");
    let mut args = vec!["--text-file", d, "--rule", "simple-majority", "--token-file", "/nonexistent/token"];
    args.extend_from_slice(&two);
    fails_with(create(&args), "cannot read the token file /nonexistent/token");
    // A delegate is no chair.
    let member_token = dir.path().join("delegate-0.token");
    let mut args = vec!["--text-file", d, "--rule", "simple-majority", "--token-file", member_token.to_str().unwrap()];
    args.extend_from_slice(&two);
    fails_with(
        create(&args),
        "Delegate 0 (Agence nationale d'évaluation de l'IA) may not do this: only editors and administrators chair resolutions",
    );
    assert_eq!(count(&dir), 0, "nothing was written");

    fails_with(accord(&dir, &["resolution", "show", "not-an-id"]), "\"not-an-id\" is not a resolution id");
    let unknown = uuid_like();
    fails_with(accord(&dir, &["resolution", "show", &unknown]), &format!("resolution {unknown} does not exist"));
    fails_with(accord(&dir, &["resolution", "open", &unknown, "--deadline", &in_an_hour()]), "does not exist");
}

/// A well-formed id that names no resolution.
fn uuid_like() -> String {
    "0195f3c2-0000-7000-8000-000000000000".to_owned()
}
