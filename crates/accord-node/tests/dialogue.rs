#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! Dialogue (Polis-style conversations) end to end on a temporary data directory: creation and
//! updates, statements and moderation, votes with latest-wins, who may read and take part in
//! each participation mode, routing, results, all-or-nothing imports (and the Polis openData
//! export of vTaiwan's UberX conversation from `data/polis`), and the log never naming the
//! person behind a participant.

use std::collections::BTreeSet;

use accord_core::dialogue::{
    ConversationState, ConversationUpdate, ImportedParticipants, ImportedStatement, Moderation, NewConversation,
    Participation, VoteEvent, VoteValue,
};
use accord_core::{OrgId, Principal, Role, UserId};
use accord_node::dialogue::StatementInput;
use accord_node::{Config, Node, NodeError, OrganisationInput};
use serde_json::json;
use time::OffsetDateTime;

const OP: Principal = Principal::Operator;

async fn node(dir: &tempfile::TempDir) -> Node {
    let mut config = Config::default();
    config.data_dir = dir.path().join("data");
    Node::open(config).await.unwrap()
}

async fn org(node: &Node, name: &str) -> OrgId {
    let input = OrganisationInput { name: name.into(), kind: "state_institution".into(), country: None, website: None };
    node.create_organisation(&OP, &input).await.unwrap().id
}

fn user(org: OrgId, role: Role) -> Principal {
    Principal::User { user_id: UserId(uuid::Uuid::now_v7()), org_id: org, role, scopes: None }
}

fn statement(text: &str) -> StatementInput {
    StatementInput { text: text.into(), lang: None, is_meta: false }
}

fn conversation(topic: &str, participation: Participation, invited: Vec<OrgId>) -> NewConversation {
    let mut c = NewConversation::new(topic, &["en", "fr", "zh"]);
    c.participation = participation;
    c.invited = invited;
    c
}

fn is_invalid(e: &NodeError, field: &str) -> bool {
    matches!(e, NodeError::Invalid(i) if i.field == field)
}

#[tokio::test]
async fn conversations_statements_moderation_and_latest_votes() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let secretariat = org(&node, "Secretariat").await;
    let editor = user(secretariat, Role::Editor);
    let member = user(org(&node, "Member agency").await, Role::Member);

    // Only editors, administrators and the operator create conversations.
    let mut input = conversation("Should frontier models be licensed?", Participation::Public, vec![]);
    assert!(matches!(
        node.create_conversation(&member, input.clone()).await,
        Err(NodeError::Denied(accord_core::Denied::Forbidden))
    ));
    input.strict_moderation = true;
    input.topic = " ".into();
    assert!(is_invalid(&node.create_conversation(&editor, input.clone()).await.unwrap_err(), "topic"));
    input.topic = "Should frontier models be licensed?".into();
    let c = node.create_conversation(&editor, input).await.unwrap();
    let id = c.conversation.id;
    assert_eq!(c.conversation.organisation, Some(secretariat));
    assert_eq!((c.statements, c.participants, c.votes), (0, 0, 0));

    // A moderator's statements are accepted at once; a participant's wait, hidden under strict moderation.
    let (s0, none) = node.add_statement(&editor, id, None, statement("Licensing should be mandatory.")).await.unwrap();
    assert_eq!((s0.seq, s0.moderation, none), (0, Moderation::Accepted, None));
    let (s1, receipt) =
        node.add_statement(&member, id, None, statement("Only above a compute threshold.")).await.unwrap();
    assert_eq!((s1.seq, s1.moderation, s1.author), (1, Moderation::Unmoderated, Some(0)));
    assert_eq!(receipt.unwrap().participant, 0);
    let err = node.add_statement(&member, id, None, StatementInput { is_meta: true, ..statement("Meta") }).await;
    assert!(is_invalid(&err.unwrap_err(), "is_meta"));
    let seen: Vec<u32> = node.statements(&member, id).await.unwrap().iter().map(|s| s.statement.seq).collect();
    assert_eq!(seen, vec![0], "an unmoderated statement is hidden under strict moderation");
    assert_eq!(node.statements(&editor, id).await.unwrap().len(), 2, "moderators see everything");
    let err = node.cast_votes(&member, id, None, &[(1, VoteValue::Agree)]).await.unwrap_err();
    assert!(is_invalid(&err, "votes[0].statement"), "{err}");

    // Moderation: members may not; editors accept; the statement becomes votable.
    assert!(matches!(
        node.moderate_statement(&member, id, 1, Moderation::Accepted, None).await,
        Err(NodeError::Denied(_))
    ));
    let s1 = node.moderate_statement(&editor, id, 1, Moderation::Accepted, None).await.unwrap();
    assert_eq!(s1.moderation, Moderation::Accepted);
    assert!(matches!(
        node.moderate_statement(&editor, id, 9, Moderation::Accepted, None).await,
        Err(NodeError::NotFound { kind: "statement", .. })
    ));

    // Votes: the latest wins in the counts; every event is kept for the analysis.
    let r = node.cast_votes(&member, id, None, &[(0, VoteValue::Agree), (1, VoteValue::Pass)]).await.unwrap();
    assert_eq!((r.participant.participant, r.participant.new_token, r.recorded), (0, None, 2));
    node.cast_votes(&member, id, None, &[(0, VoteValue::Disagree)]).await.unwrap();
    let anon = node.cast_votes(&Principal::Anonymous, id, None, &[(0, VoteValue::Agree)]).await.unwrap();
    assert_eq!(anon.participant.participant, 1);
    let token = anon.participant.new_token.clone().expect("a visitor gets a token");
    let again = node.cast_votes(&Principal::Anonymous, id, Some(&token), &[(1, VoteValue::Disagree)]).await.unwrap();
    assert_eq!((again.participant.participant, again.participant.new_token), (1, None));
    let err = node.cast_votes(&Principal::Anonymous, id, Some("forged"), &[(0, VoteValue::Agree)]).await.unwrap_err();
    assert!(is_invalid(&err, "participant"), "{err}");

    let counts: Vec<(u32, u64, u64, u64)> = node
        .statements(&member, id)
        .await
        .unwrap()
        .iter()
        .map(|s| (s.statement.seq, s.votes.agree, s.votes.disagree, s.votes.pass))
        .collect();
    assert_eq!(counts, vec![(0, 1, 1, 0), (1, 0, 1, 1)]);
    let input = node.analysis_input(&OP, id).await.unwrap();
    assert_eq!(input.votes.len(), 5);
    assert_eq!(input.statements, vec![(0, Moderation::Accepted, false), (1, Moderation::Accepted, false)]);
    let me = node.participant(&Principal::Anonymous, id, Some(&token)).await.unwrap();
    assert_eq!((me.participant, me.votes), (1, 2));
    assert!(matches!(node.participant(&Principal::Anonymous, id, None).await, Err(NodeError::NotFound { .. })));
    let summary = node.conversation(&Principal::Anonymous, id).await.unwrap();
    assert_eq!((summary.statements, summary.participants, summary.votes), (2, 2, 5));

    // Bad votes are refused whole: an unknown statement, too many votes.
    let err = node.cast_votes(&member, id, None, &[(0, VoteValue::Agree), (7, VoteValue::Agree)]).await.unwrap_err();
    assert!(is_invalid(&err, "votes[1].statement"), "{err}");
    let many: Vec<(u32, VoteValue)> = (0..1001).map(|_| (0, VoteValue::Agree)).collect();
    assert!(is_invalid(&node.cast_votes(&member, id, None, &many).await.unwrap_err(), "votes"));
    assert_eq!(node.analysis_input(&OP, id).await.unwrap().votes.len(), 5);

    // Closing: no more votes or statements; an update that changes nothing publishes nothing.
    let size = node.store().log_size().await.unwrap();
    let same = ConversationUpdate { state: Some(ConversationState::Open), ..Default::default() };
    node.update_conversation(&editor, id, same).await.unwrap();
    assert_eq!(node.store().log_size().await.unwrap(), size);
    let close = ConversationUpdate { state: Some(ConversationState::Closed), ..Default::default() };
    assert!(matches!(node.update_conversation(&member, id, close.clone()).await, Err(NodeError::Denied(_))));
    let closed = node.update_conversation(&editor, id, close).await.unwrap();
    assert_eq!((closed.conversation.content.state, closed.conversation.version), (ConversationState::Closed, 2));
    let err = node.cast_votes(&member, id, None, &[(0, VoteValue::Agree)]).await.unwrap_err();
    assert!(is_invalid(&err, "state"), "{err}");
    assert!(is_invalid(&node.add_statement(&member, id, None, statement("Late")).await.unwrap_err(), "state"));
}

#[tokio::test]
async fn who_may_read_and_take_part_in_each_mode() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let invited_org = org(&node, "Invited institute").await;
    let other_org = org(&node, "Other regulator").await;
    let editor = user(org(&node, "Secretariat").await, Role::Editor);
    let invited = user(invited_org, Role::Member);
    let outsider = user(other_org, Role::Member);
    let read_only = Principal::User {
        user_id: UserId(uuid::Uuid::now_v7()),
        org_id: invited_org,
        role: Role::Member,
        scopes: Some(vec![accord_core::Scope::Read]),
    };

    let mut ids = Vec::new();
    for (topic, mode, list) in [
        ("Public", Participation::Public, vec![]),
        ("Members", Participation::Members, vec![]),
        ("Invited", Participation::Invited, vec![invited_org]),
    ] {
        let id = node.create_conversation(&editor, conversation(topic, mode, list)).await.unwrap().conversation.id;
        node.add_statement(&editor, id, None, statement("A statement to vote on.")).await.unwrap();
        ids.push(id);
    }
    let bad_invite = conversation("Ghost", Participation::Invited, vec![OrgId(uuid::Uuid::now_v7())]);
    assert!(is_invalid(&node.create_conversation(&editor, bad_invite).await.unwrap_err(), "invited[0]"));

    // (principal, [public, members, invited]) → may read, may vote.
    let cases: [(&str, &Principal, [bool; 3], [bool; 3]); 5] = [
        ("anonymous", &Principal::Anonymous, [true, false, false], [true, false, false]),
        ("member of the invited organisation", &invited, [true, true, true], [true, true, true]),
        ("member of another organisation", &outsider, [true, true, false], [true, true, false]),
        ("editor (moderates, is not invited)", &editor, [true, true, true], [true, true, false]),
        ("read-only token", &read_only, [true, true, true], [false, false, false]),
    ];
    for (who, p, read, vote) in cases {
        for (n, id) in ids.iter().enumerate() {
            let got = node.conversation(p, *id).await;
            assert_eq!(got.is_ok(), read[n], "{who} reads conversation {n}: {got:?}");
            if !read[n] {
                // Visitors are told to sign in; members do not learn that it exists.
                let expected_absent = !matches!(p, Principal::Anonymous);
                assert_eq!(matches!(got, Err(NodeError::NotFound { .. })), expected_absent, "{who} {n}");
            }
            let voted = node.cast_votes(p, *id, None, &[(0, VoteValue::Agree)]).await;
            assert_eq!(voted.is_ok(), vote[n], "{who} votes in conversation {n}: {voted:?}");
            let next = node.next_statement(p, *id, None).await;
            assert_eq!(next.is_ok(), read[n], "{who} routed in conversation {n}");
            assert_eq!(node.latest_result(p, *id).await.is_ok(), read[n], "{who} results {n}");
        }
        let listed: BTreeSet<_> =
            node.conversations(p, &Default::default()).await.unwrap().items.iter().map(|c| c.conversation.id).collect();
        let expected: BTreeSet<_> = ids.iter().zip(read).filter(|(_, r)| *r).map(|(id, _)| *id).collect();
        assert_eq!(listed, expected, "{who} lists what they may read");
    }
    // The operator at the console reads everything but has no pseudonym to vote with.
    assert_eq!(node.conversations(&OP, &Default::default()).await.unwrap().items.len(), 3);
    assert!(matches!(
        node.cast_votes(&OP, ids[0], None, &[(0, VoteValue::Agree)]).await,
        Err(NodeError::BadRequest(_))
    ));
}

#[tokio::test]
async fn routing_skips_voted_rejected_and_meta_statements_and_follows_priorities() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let editor = user(org(&node, "Secretariat").await, Role::Editor);
    let voter = user(org(&node, "Voter agency").await, Role::Member);
    let id = node
        .create_conversation(&editor, conversation("Routing", Participation::Public, vec![]))
        .await
        .unwrap()
        .conversation
        .id;
    for n in 0..8 {
        node.add_statement(&editor, id, None, statement(&format!("Statement number {n}."))).await.unwrap();
    }
    node.add_statement(&editor, id, None, StatementInput { is_meta: true, ..statement("Is this a good question?") })
        .await
        .unwrap();
    node.moderate_statement(&editor, id, 2, Moderation::Rejected, None).await.unwrap();
    node.moderate_statement(&editor, id, 3, Moderation::Accepted, Some(true)).await.unwrap();
    node.cast_votes(&voter, id, None, &[(0, VoteValue::Agree), (1, VoteValue::Pass)]).await.unwrap();

    let first = node.next_statement(&voter, id, None).await.unwrap();
    assert_eq!((first.remaining, first.voted, first.participant), (4, 2, Some(0)));
    for _ in 0..200 {
        let next = node.next_statement(&voter, id, None).await.unwrap();
        let seq = next.statement.unwrap().seq;
        assert!([4, 5, 6, 7].contains(&seq), "routed to {seq}");
    }

    // Priorities from the latest result: weight 0 is never picked while others have weight.
    let result = json!({ "statements": [
        { "id": 4, "priority": 0.0 }, { "id": 5, "priority": 0.0 }, { "id": 6, "priority": 5.0 }
    ] });
    let size = node.store().log_size().await.unwrap();
    let saved = node.save_result(&OP, id, 2, result.clone()).await.unwrap();
    assert_eq!((saved.version, saved.votes_watermark), (1, 2));
    assert_eq!(node.store().log_size().await.unwrap(), size + 1, "a result is a signed record");
    let mut seen = BTreeSet::new();
    for _ in 0..200 {
        seen.insert(node.next_statement(&voter, id, None).await.unwrap().statement.unwrap().seq);
    }
    assert_eq!(seen, BTreeSet::from([6, 7]), "statement 7 has no priority: weight 1");

    // Voting on everything leaves nothing to route.
    let votes: Vec<(u32, VoteValue)> = [4, 5, 6, 7].iter().map(|s| (*s, VoteValue::Disagree)).collect();
    node.cast_votes(&voter, id, None, &votes).await.unwrap();
    let done = node.next_statement(&voter, id, None).await.unwrap();
    assert_eq!((done.statement, done.remaining, done.voted), (None, 0, 6));
    // A visitor who never voted starts at the beginning.
    let fresh = node.next_statement(&Principal::Anonymous, id, None).await.unwrap();
    assert_eq!((fresh.remaining, fresh.voted, fresh.participant), (6, 0, None));

    // Results: versions, watermark checks, what still needs analysis.
    assert_eq!(node.conversations_needing_analysis(&OP).await.unwrap(), vec![(id, 6, Some(2))]);
    assert!(is_invalid(&node.save_result(&OP, id, 7, json!({})).await.unwrap_err(), "votes_watermark"));
    assert!(matches!(node.save_result(&voter, id, 6, json!({})).await, Err(NodeError::Denied(_))));
    let second = node.save_result(&OP, id, 6, json!({ "statements": [] })).await.unwrap();
    assert_eq!(second.version, 2);
    assert!(node.conversations_needing_analysis(&OP).await.unwrap().is_empty());
    assert_eq!(node.latest_result(&Principal::Anonymous, id).await.unwrap().unwrap().version, 2);
    let v1 = node.result(&Principal::Anonymous, id, 1).await.unwrap().unwrap();
    assert_eq!((v1.result, v1.sha256.len()), (result, 64));
    assert!(node.result(&Principal::Anonymous, id, 3).await.unwrap().is_none());
}

fn imported(seq: u32) -> ImportedStatement {
    ImportedStatement {
        seq,
        text: format!("Imported statement {seq}"),
        lang: "en".into(),
        author_pid: Some(0),
        moderation: Moderation::Accepted,
        is_meta: false,
        created_at: OffsetDateTime::UNIX_EPOCH,
    }
}

#[tokio::test]
async fn imports_are_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let statements: Vec<_> = (0..5).map(imported).collect();
    let mut votes: Vec<VoteEvent> = (0..2_500)
        .map(|n| VoteEvent { pid: n % 40, tid: n % 5, vote: (n % 3) as i8 - 1, at_ms: i64::from(n) })
        .collect();
    let log = node.store().log_size().await.unwrap();
    let audit = node.store().change_counter().await.unwrap();

    // A bad vote at the very end: nothing is written, and the error names it.
    votes.push(VoteEvent { pid: 1, tid: 2, vote: 2, at_ms: 9_999 });
    let source = conversation("Imported", Participation::Public, vec![]);
    let err = node
        .import_conversation(&OP, source.clone(), statements.clone(), ImportedParticipants::Count(40), votes.clone())
        .await
        .unwrap_err();
    assert!(is_invalid(&err, "votes[2500].vote"), "{err}");
    votes.pop();
    votes.push(VoteEvent { pid: 1, tid: 99, vote: 1, at_ms: 9_999 });
    let err = node
        .import_conversation(&OP, source.clone(), statements.clone(), ImportedParticipants::Count(40), votes.clone())
        .await
        .unwrap_err();
    assert!(is_invalid(&err, "votes[2500].tid"), "{err}");
    let mut twice = statements.clone();
    twice.push(imported(3));
    let err = node
        .import_conversation(&OP, source.clone(), twice, ImportedParticipants::Count(40), vec![])
        .await
        .unwrap_err();
    assert!(is_invalid(&err, "statements[5].seq"), "{err}");
    assert!(node.conversations(&OP, &Default::default()).await.unwrap().items.is_empty());
    assert_eq!(node.store().log_size().await.unwrap(), log);
    assert_eq!(node.store().change_counter().await.unwrap(), audit);

    // A good one: one conversation, 5 statements, 3 vote batches, in one go.
    votes.pop();
    let id = node
        .import_conversation(&OP, source, statements, ImportedParticipants::Count(40), votes.clone())
        .await
        .unwrap();
    assert_eq!(node.store().log_size().await.unwrap(), log + 1 + 5 + 3);
    let c = node.conversation(&OP, id).await.unwrap();
    assert_eq!((c.statements, c.participants, c.votes), (5, 40, 2_500));
    let input = node.analysis_input(&OP, id).await.unwrap();
    assert_eq!(input.votes, votes, "events come back by time, then insertion");
}

/// A minimal CSV reader (quoted fields, doubled quotes, line breaks inside quotes): the
/// openData files are read here only to feed the importer.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[tokio::test]
async fn the_vtaiwan_uberx_export_imports_in_one_transaction() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/polis/vtaiwan.uberx");
    let comments = csv_rows(&std::fs::read_to_string(format!("{folder}/comments.csv")).unwrap());
    let vote_rows = csv_rows(&std::fs::read_to_string(format!("{folder}/votes.csv")).unwrap());
    assert_eq!(
        comments[0],
        ["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"]
    );
    assert_eq!(vote_rows[0], ["timestamp", "datetime", "comment-id", "voter-id", "vote"]);
    let statements: Vec<ImportedStatement> = comments[1..]
        .iter()
        .map(|r| ImportedStatement {
            seq: r[2].parse().unwrap(),
            text: r[7].clone(),
            lang: "zh-Hant".into(),
            author_pid: Some(r[3].parse().unwrap()),
            moderation: Moderation::from_polis(r[6].parse().unwrap()).unwrap(),
            is_meta: false,
            created_at: OffsetDateTime::from_unix_timestamp_nanos(r[0].parse::<i128>().unwrap() * 1_000_000).unwrap(),
        })
        .collect();
    let votes: Vec<VoteEvent> = vote_rows[1..]
        .iter()
        .map(|r| VoteEvent {
            pid: r[3].parse().unwrap(),
            tid: r[2].parse().unwrap(),
            vote: r[4].parse().unwrap(),
            at_ms: r[0].parse().unwrap(),
        })
        .collect();
    let pids: BTreeSet<u32> =
        votes.iter().map(|v| v.pid).chain(statements.iter().filter_map(|s| s.author_pid)).collect();
    assert_eq!((statements.len(), votes.len()), (197, 49_997));

    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let mut source = conversation("UberX 自用車載客 — vTaiwan.tw", Participation::Public, vec![]);
    source.languages = vec!["zh-Hant".into()];
    source.state = ConversationState::Closed;
    source.source = Some(accord_core::dialogue::ConversationSource {
        id: "polis-opendata:vtaiwan.uberx".into(),
        attribution: "Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed \
                      under CC BY 4.0 with Attribution to The Computational Democracy Project."
            .into(),
    });
    let started = std::time::Instant::now();
    let id = node
        .import_conversation(&OP, source, statements, ImportedParticipants::Pids(pids.iter().copied().collect()), votes)
        .await
        .unwrap();
    eprintln!("imported 49,997 votes in {:?}", started.elapsed());
    let c = node.conversation(&Principal::Anonymous, id).await.unwrap();
    assert_eq!((c.statements, c.participants, c.votes), (197, pids.len() as u64, 49_997));
    assert_eq!(c.conversation.content.source.as_ref().unwrap().id, "polis-opendata:vtaiwan.uberx");
    let statements = node.statements(&Principal::Anonymous, id).await.unwrap();
    assert_eq!(statements.len(), 99 + 20, "rejected comments are hidden from participants");
    assert_eq!(node.conversations_needing_analysis(&OP).await.unwrap(), vec![(id, 49_997, None)]);
}

#[tokio::test]
async fn the_log_never_names_the_person_behind_a_participant() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let editor = user(org(&node, "Secretariat").await, Role::Editor);
    let voter_org = org(&node, "Voter agency").await;
    let voter = user(voter_org, Role::Member);
    let Principal::User { user_id: voter_id, .. } = voter else { unreachable!() };
    let mut ids = Vec::new();
    for (mode, invited) in [(Participation::Public, vec![]), (Participation::Invited, vec![voter_org])] {
        let id =
            node.create_conversation(&editor, conversation("Privacy", mode, invited)).await.unwrap().conversation.id;
        node.add_statement(&editor, id, None, statement("Confidential-sounding statement.")).await.unwrap();
        node.add_statement(&voter, id, None, statement("A participant's own statement.")).await.unwrap();
        node.cast_votes(&voter, id, None, &[(0, VoteValue::Agree)]).await.unwrap();
        ids.push(id);
    }
    let anon = node.cast_votes(&Principal::Anonymous, ids[0], None, &[(0, VoteValue::Pass)]).await.unwrap();
    let token = anon.participant.new_token.unwrap();
    let token_hash = accord_node::secret::secret_hash(&token);

    let entries = node.store().log_entries(0, 1_000).await.unwrap();
    let mut kinds = BTreeSet::new();
    for e in &entries {
        let text = String::from_utf8_lossy(&e.envelope);
        for secret in [voter_id.to_string(), voter_org.to_string(), token.clone(), token_hash.clone()] {
            let carries = text.contains(&secret);
            // The voter's organisation appears only in its own records (its creation, its key).
            let allowed = secret == voter_org.to_string() && (e.kind == "key" || e.kind == "organisation");
            assert!(!carries || allowed, "log entry {} ({}) carries {secret}: {text}", e.seq, e.kind);
        }
        if e.kind.starts_with("conversation") {
            kinds.insert(e.kind.clone());
        }
        // The invited conversation's content stays out of the public log.
        if text.contains(&ids[1].to_string()) {
            assert!(!text.contains("Confidential-sounding") && !text.contains("Privacy"), "{text}");
        }
    }
    assert_eq!(
        kinds,
        BTreeSet::from(["conversation", "conversation_statement", "conversation_votes"].map(String::from))
    );
    let audit = node.audit(&OP, None, &accord_store::PageRequest { after: None, limit: 1_000 }).await.unwrap();
    for event in audit.items.iter().filter(|e| e.action.starts_with("votes.") || e.action.starts_with("statement.")) {
        let text = event.payload.to_string();
        assert!(!text.contains(&token) && !text.contains(&token_hash), "{text}");
        if event.actor_kind == "participant" {
            assert_eq!((event.actor_user, event.actor_organisation), (None, None));
        }
    }
    assert!(audit.items.iter().any(|e| e.actor_kind == "participant"));
}

#[tokio::test]
async fn routing_follows_each_new_result_version() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let editor = user(org(&node, "Secretariat").await, Role::Editor);
    let id = node
        .create_conversation(&editor, conversation("Cached priorities", Participation::Public, vec![]))
        .await
        .unwrap()
        .conversation
        .id;
    for n in 0..4 {
        node.add_statement(&editor, id, None, statement(&format!("Statement number {n}."))).await.unwrap();
    }
    // Every statement but one has weight 0: routing always picks that one.
    let only = |seq: u32| {
        json!({ "statements": (0..4).map(|s| json!({ "id": s, "priority": if s == seq { 5.0 } else { 0.0 } }))
            .collect::<Vec<_>>() })
    };
    async fn routed(node: &Node, id: accord_core::dialogue::ConversationId) -> BTreeSet<u32> {
        let mut seen = BTreeSet::new();
        for _ in 0..50 {
            seen.insert(node.next_statement(&Principal::Anonymous, id, None).await.unwrap().statement.unwrap().seq);
        }
        seen
    }
    assert_eq!(routed(&node, id).await, BTreeSet::from([0, 1, 2, 3]), "no result: every statement weighs 1");
    node.save_result(&OP, id, 0, only(1)).await.unwrap();
    assert_eq!(routed(&node, id).await, BTreeSet::from([1]));
    // A new version replaces the priorities at once.
    node.save_result(&OP, id, 0, only(2)).await.unwrap();
    assert_eq!(routed(&node, id).await, BTreeSet::from([2]));
    // So does a version saved by another process on the same data directory (the CLI): the
    // cache is keyed by the version the store holds.
    let other = self::node(&dir).await;
    other.save_result(&OP, id, 0, only(3)).await.unwrap();
    assert_eq!(routed(&node, id).await, BTreeSet::from([3]));
}

#[tokio::test]
async fn an_export_over_the_limits_is_refused_with_the_readers_error_and_writes_nothing() {
    use accord_consensus::polis::{self, PolisComment, PolisConversation};
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let comment = |id| PolisComment {
        id,
        author: None,
        at_ms: 0,
        moderation: accord_consensus::Moderation::Accepted,
        is_meta: false,
        body: format!("Comment {id}"),
        group_informed_consensus: None,
    };
    // One more voter than a conversation may have.
    let voters = polis::PARTICIPANTS_MAX as u32 + 1;
    let export = PolisConversation {
        comments: vec![comment(0)],
        votes: (0..voters)
            .map(|pid| accord_consensus::VoteEvent {
                participant: pid,
                statement: 0,
                vote: accord_consensus::Vote::Agree,
                at_ms: i64::from(pid),
            })
            .collect(),
        has_vote_log: true,
        ..Default::default()
    };
    let size = node.store().log_size().await.unwrap();
    let e = node.import_polis(&OP, "too-many", &export).await.unwrap_err();
    let expected = polis::Limits::default().check(&export).unwrap_err();
    assert!(matches!(&e, NodeError::BadRequest(text) if *text == expected.to_string()), "{e:?}");
    assert_eq!(
        e.to_string(),
        "votes.csv: 100,001 participants (voters and authors of comments), over the limit of 100,000 in one conversation"
    );
    // Too many statements: the same, naming comments.csv.
    let export = PolisConversation {
        comments: (0..polis::STATEMENTS_MAX as u32 + 1).map(comment).collect(),
        has_vote_log: true,
        ..Default::default()
    };
    let e = node.import_polis(&OP, "too-many", &export).await.unwrap_err();
    assert!(e.to_string().starts_with("comments.csv: 5,001 comments, over the limit of 5,000"), "{e}");
    // Nothing was written.
    assert_eq!(node.store().log_size().await.unwrap(), size);
    let listed = node.conversations(&OP, &accord_store::PageRequest { after: None, limit: 10 }).await.unwrap();
    assert!(listed.items.is_empty());
}
