#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! The analysis of conversations on a node: Polis openData imported through the node, results
//! saved as signed versions, incremental ticks as votes and moderation arrive, and the demo
//! conversations.

use std::path::Path;

use accord_consensus::polis::{self, PolisFiles};
use accord_consensus::{Analysis, Params, analyze};
use accord_core::Principal;
use accord_core::dialogue::{Moderation, VoteValue};
use accord_node::{Config, Node};

const OP: Principal = Principal::Operator;

async fn node(dir: &tempfile::TempDir) -> Node {
    let mut config = Config::default();
    config.data_dir = dir.path().join("data");
    Node::open(config).await.unwrap()
}

fn polis_export(name: &str) -> polis::PolisConversation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/polis").join(name);
    let read = |f: &str| std::fs::read(dir.join(f)).ok();
    let (c, v, m, s) = (read("comments.csv"), read("votes.csv"), read("participants-votes.csv"), read("summary.csv"));
    polis::read(&PolisFiles {
        comments: c.as_deref(),
        votes: v.as_deref(),
        participants_votes: m.as_deref(),
        summary: s.as_deref(),
    })
    .unwrap()
}

#[tokio::test]
async fn imported_conversation_is_analysed_like_the_batch_run_and_ticks_follow_votes() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let export = polis_export("bg2050-volunteers");
    let id = node.import_polis(&OP, "bg2050-volunteers", &export).await.unwrap();
    let summary = node.conversation(&OP, id).await.unwrap();
    assert_eq!(summary.votes as usize, export.votes.len());
    assert!(node.latest_result(&OP, id).await.unwrap().is_none());

    // First tick: the same result as a cold batch run over the export.
    let saved = node.analyze_pending().await.unwrap();
    assert_eq!(saved.len(), 1);
    let first = node.latest_result(&OP, id).await.unwrap().unwrap();
    assert_eq!((first.version, first.votes_watermark), (1, export.votes.len() as u64));
    let ours: Analysis = serde_json::from_value(first.result.clone()).unwrap();
    let batch = analyze(&export.statement_info(), &export.votes, &Params::default());
    assert_eq!(ours.k, batch.k);
    assert_eq!(
        ours.groups.iter().map(|g| g.members.clone()).collect::<Vec<_>>(),
        batch.groups.iter().map(|g| g.members.clone()).collect::<Vec<_>>()
    );
    for (a, b) in ours.statements.iter().zip(&batch.statements) {
        assert_eq!(a.group_informed_consensus, b.group_informed_consensus, "statement {}", a.id);
    }
    // Nothing new: nothing to do.
    assert!(node.analyze_pending().await.unwrap().is_empty());

    // A visitor votes on three statements: the next tick includes them.
    let receipt =
        node.cast_votes(&OP, id, None, &[(2, VoteValue::Agree), (3, VoteValue::Disagree), (5, VoteValue::Pass)]).await;
    // The operator has no participant identity; a visitor does.
    assert!(receipt.is_err());
    let visitor = Principal::Anonymous;
    let receipt = node
        .cast_votes(&visitor, id, None, &[(2, VoteValue::Agree), (3, VoteValue::Disagree), (5, VoteValue::Pass)])
        .await
        .unwrap();
    let pid = receipt.participant.participant;
    node.analyze_pending().await.unwrap();
    let second = node.latest_result(&OP, id).await.unwrap().unwrap();
    assert_eq!((second.version, second.votes_watermark), (2, export.votes.len() as u64 + 3));
    let after: Analysis = serde_json::from_value(second.result).unwrap();
    assert_eq!(after.participants, ours.participants + 1);
    assert!(after.positions.iter().any(|p| p.id == pid), "the new participant is on the map");
    let s2 = |a: &Analysis| a.statements.iter().find(|s| s.id == 2).unwrap().votes;
    assert_eq!(s2(&after).agree, s2(&ours).agree + 1);

    // A moderation decision alone also triggers a tick, and the statement leaves the math.
    node.moderate_statement(&OP, id, 2, Moderation::Rejected, None).await.unwrap();
    node.analyze_pending().await.unwrap();
    let third = node.latest_result(&OP, id).await.unwrap().unwrap();
    assert_eq!(third.version, 3);
    let moderated: Analysis = serde_json::from_value(third.result).unwrap();
    assert!(moderated.statements.iter().find(|s| s.id == 2).unwrap().moderated_out);
    assert!(moderated.groups.iter().all(|g| g.representative.iter().all(|r| r.statement != 2)));
}

#[tokio::test]
async fn demo_conversations_are_seeded_once_and_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    assert_eq!(accord_node::demo_dialogue::seed_dialogue(&node).await.unwrap(), 2);
    assert_eq!(accord_node::demo_dialogue::seed_dialogue(&node).await.unwrap(), 0);
    let list =
        node.conversations(&Principal::Anonymous, &accord_store::PageRequest { after: None, limit: 10 }).await.unwrap();
    assert_eq!(list.items.len(), 2);
    let demo =
        list.items.iter().find(|c| c.conversation.content.topic == accord_node::demo_dialogue::DEMO_TOPIC).unwrap();
    assert_eq!(demo.statements, 24);
    let result = node.latest_result(&Principal::Anonymous, demo.conversation.id).await.unwrap().unwrap();
    let analysis: Analysis = serde_json::from_value(result.result).unwrap();
    assert!(analysis.k >= 2, "the seeded votes give opinion groups");
    // Every statement is in one of the six languages and shown in it.
    let statements = node.statements(&Principal::Anonymous, demo.conversation.id).await.unwrap();
    let langs: std::collections::BTreeSet<&str> = statements.iter().map(|s| s.statement.lang.as_str()).collect();
    assert_eq!(langs.len(), 6);
}

#[tokio::test]
async fn warm_ticks_read_only_the_new_vote_events_and_match_a_full_recompute() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let export = polis_export("bg2050-volunteers");
    let id = node.import_polis(&OP, "bg2050-volunteers", &export).await.unwrap();
    let before = node.analysis_events_read();
    node.analyze_pending().await.unwrap();
    let all = export.votes.len() as u64;
    assert_eq!(node.analysis_events_read() - before, all, "the first tick reads the whole log once");

    // Three visitors vote; each tick reads only their votes, never the log again.
    let mut added = 0u64;
    for (round, statements) in [[0u32, 1, 2], [3, 4, 5], [1, 6, 7]].into_iter().enumerate() {
        let votes: Vec<(u32, VoteValue)> =
            statements.iter().map(|&s| (s, if s % 2 == 0 { VoteValue::Agree } else { VoteValue::Disagree })).collect();
        node.cast_votes(&Principal::Anonymous, id, None, &votes).await.unwrap();
        added += votes.len() as u64;
        let read_before = node.analysis_events_read();
        let saved = node.analyze_pending().await.unwrap();
        assert_eq!(saved.len(), 1, "round {round}");
        assert_eq!(node.analysis_events_read() - read_before, votes.len() as u64, "round {round}");
        assert_eq!(saved[0].votes_watermark, all + added);
    }
    // A moderation tick reads no vote at all.
    node.moderate_statement(&OP, id, 9, Moderation::Rejected, None).await.unwrap();
    let read_before = node.analysis_events_read();
    node.analyze_pending().await.unwrap();
    assert_eq!(node.analysis_events_read(), read_before);

    // The warm engine saw the same votes as a full recompute over every event in the store.
    let latest = node.latest_result(&OP, id).await.unwrap().unwrap();
    let warm: Analysis = serde_json::from_value(latest.result).unwrap();
    let input = node.analysis_input(&OP, id).await.unwrap();
    assert_eq!(latest.votes_watermark, input.votes.len() as u64);
    let (statements, votes) = accord_consensus::model::input_from_core(&input);
    let full = analyze(&statements, &votes, &Params::default());
    assert_eq!((warm.participants, warm.votes), (full.participants, full.votes));
    for (a, b) in warm.statements.iter().zip(&full.statements) {
        assert_eq!((a.id, a.votes, a.moderated_out), (b.id, b.votes, b.moderated_out));
    }
    // A restarted node (no warm engine) reads the whole log once and gets the same counts.
    drop(node);
    let restarted = self::node(&dir).await;
    restarted.cast_votes(&Principal::Anonymous, id, None, &[(8, VoteValue::Pass)]).await.unwrap();
    restarted.analyze_pending().await.unwrap();
    assert_eq!(restarted.analysis_events_read(), all + added + 1);
}
