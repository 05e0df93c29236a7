#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! Formal resolutions end to end on a temporary data directory: the full flow under each voting
//! rule, quorum failure, who may vote, replaced votes, amendments changing the text, and the
//! result published as a signed record of the log.

use accord_core::resolution::{AmendmentStatus, Choice, ResolutionId, ResolutionState};
use accord_core::{Denied, OrgId, Principal, Role, UserId};
use accord_node::resolutions::{AmendmentInput, QuorumInput, ResolutionInput, RuleInput, VoteInput};
use accord_node::{Config, Node, NodeError, OrganisationInput};
use sha2::Digest;

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

/// A secretariat (the chair's organisation) and `n` member states.
struct Body {
    node: Node,
    chair: Principal,
    members: Vec<OrgId>,
    outsider: OrgId,
    _dir: tempfile::TempDir,
}

impl Body {
    async fn new(n: usize) -> Body {
        let dir = tempfile::tempdir().unwrap();
        let node = node(&dir).await;
        let secretariat = org(&node, "Secretariat").await;
        let mut members = Vec::new();
        for i in 0..n {
            members.push(org(&node, &format!("Member state {i}")).await);
        }
        let outsider = org(&node, "Observer").await;
        Body { node, chair: user(secretariat, Role::Editor), members, outsider, _dir: dir }
    }

    fn delegate(&self, i: usize) -> Principal {
        user(self.members[i], Role::Member)
    }

    fn input(&self, rule: RuleInput, quorum: Option<QuorumInput>) -> ResolutionInput {
        ResolutionInput {
            body: "Plenary".into(),
            title: "Resolution on shared evaluation of frontier models".into(),
            text: "The Plenary,\n\nDecides to share evaluation results.".into(),
            lang: "en".into(),
            rule,
            quorum,
            electorate: self.members.iter().map(|m| m.to_string()).collect(),
        }
    }

    async fn create(&self, rule: RuleInput, quorum: Option<QuorumInput>) -> ResolutionId {
        self.node.create_resolution(&self.chair, &self.input(rule, quorum)).await.unwrap().id
    }

    async fn vote(&self, i: usize, id: ResolutionId, choice: &str) -> Result<(), NodeError> {
        let input = VoteInput { choice: choice.into(), explanation: Some(format!("Delegation {i} explains.")) };
        self.node.cast_resolution_vote(&self.delegate(i), id, &input).await.map(|_| ())
    }
}

fn rule(kind: &str) -> RuleInput {
    RuleInput { kind: kind.into(), silence_period_secs: None }
}

fn consensus(secs: u64) -> RuleInput {
    RuleInput { kind: "consensus".into(), silence_period_secs: Some(secs) }
}

fn in_secs(n: i64) -> String {
    accord_core::command::rfc3339(time::OffsetDateTime::now_utc() + time::Duration::seconds(n))
}

async fn wait_past(deadline: time::OffsetDateTime) {
    let left = deadline - time::OffsetDateTime::now_utc();
    if left.is_positive() {
        tokio::time::sleep(std::time::Duration::from_millis(left.whole_milliseconds() as u64 + 50)).await;
    }
}

fn sha256(text: &str) -> String {
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

/// The signed result record: verified against the node's keys and found in its log.
async fn result_record(node: &Node, id: ResolutionId) -> (accord_ledger::envelope::Envelope, Option<String>) {
    let versions = node.record_versions("resolution_result", &id.to_string()).await.unwrap();
    assert_eq!(versions.len(), 1, "one result record");
    let entry = &versions[0];
    let check = node.verify_record(&entry.envelope, &entry.signature, &entry.key_id).await.unwrap();
    assert!(check.valid, "{:?}", check.problem);
    let envelope = accord_ledger::envelope::Envelope::from_bytes(&entry.envelope).unwrap();
    let author = envelope.author.clone();
    (envelope, author)
}

#[tokio::test]
async fn simple_majority_with_an_adopted_amendment_closed_by_the_chair() {
    let b = Body::new(5).await;
    let id = b.create(rule("simple_majority"), None).await;
    let original = b.node.resolution(&OP, id).await.unwrap().text;

    // Delegations propose; the chair adopts one and rejects the other.
    let amended = "The Plenary,\n\nDecides to share evaluation results within thirty days.";
    let (seq, view) = b
        .node
        .propose_amendment(
            &b.delegate(0),
            id,
            &AmendmentInput { text: amended.into(), rationale: Some("A deadline makes it operative.".into()) },
        )
        .await
        .unwrap();
    assert_eq!(seq, 1);
    assert_eq!(view.amendments[0].status, AmendmentStatus::Proposed);
    assert_eq!(view.text, original, "a proposal alone changes nothing");
    let (seq2, _) = b
        .node
        .propose_amendment(&b.delegate(1), id, &AmendmentInput { text: "Decides nothing.".into(), rationale: None })
        .await
        .unwrap();
    assert_eq!(seq2, 2);

    // Only editors decide; the vote cannot open while an amendment is undecided.
    let refused = b.node.decide_amendment(&b.delegate(0), id, 1, "adopt").await.unwrap_err();
    assert!(matches!(refused, NodeError::Denied(Denied::Forbidden)), "{refused:?}");
    let refused = b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(60))).await.unwrap_err();
    assert!(matches!(&refused, NodeError::BadRequest(m) if m.contains("amendment 1")), "{refused:?}");

    let view = b.node.decide_amendment(&b.chair, id, 1, "adopt").await.unwrap();
    assert_eq!(view.text, amended, "adopting replaces the draft");
    assert_eq!(view.texts.len(), 2, "and keeps the history");
    assert_eq!(view.texts[0].text, original);
    assert_eq!(view.texts[1].amendment, Some(1));
    assert_eq!(view.texts[1].text_sha256, sha256(amended));
    let view = b.node.decide_amendment(&b.chair, id, 2, "reject").await.unwrap();
    assert_eq!(view.text, amended, "rejecting leaves the text");
    assert_eq!(view.amendment(2).unwrap().status, AmendmentStatus::Rejected);
    let again = b.node.decide_amendment(&b.chair, id, 2, "adopt").await.unwrap_err();
    assert!(matches!(&again, NodeError::BadRequest(m) if m.contains("already rejected")), "{again:?}");
    let bad = b.node.decide_amendment(&b.chair, id, 9, "adopt").await.unwrap_err();
    assert!(matches!(bad, NodeError::NotFound { kind: "amendment", .. }));
    let bad = b.node.decide_amendment(&b.chair, id, 1, "approve").await.unwrap_err();
    assert!(matches!(&bad, NodeError::Invalid(i) if i.field == "decision"));

    // Nobody votes on a draft.
    let early = b.vote(0, id, "yes").await.unwrap_err();
    assert!(matches!(&early, NodeError::BadRequest(m) if m.contains("not opened")), "{early:?}");

    let view = b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(3600))).await.unwrap();
    assert_eq!(view.state, ResolutionState::Voting);
    // The text is fixed once voting opens.
    let late = b
        .node
        .propose_amendment(&b.delegate(2), id, &AmendmentInput { text: "Other text.".into(), rationale: None })
        .await
        .unwrap_err();
    assert!(matches!(late, NodeError::BadRequest(_)));

    for (i, choice) in [(0, "yes"), (1, "yes"), (2, "no"), (3, "abstain")] {
        b.vote(i, id, choice).await.unwrap();
    }
    let wrong = b.vote(4, id, "objection").await.unwrap_err();
    assert!(matches!(&wrong, NodeError::Invalid(i) if i.field == "choice"), "{wrong:?}");
    let view = b.node.resolution(&OP, id).await.unwrap();
    let t = view.tally.unwrap();
    assert!(!t.is_final, "open until the deadline or the chair's close");
    assert_eq!((t.tally.yes, t.tally.no, t.tally.abstain, t.tally.not_voted), (2, 1, 1, 1));

    // Only the chair closes early.
    assert!(b.node.close_resolution(&b.delegate(0), id).await.is_err());
    let view = b.node.close_resolution(&b.chair, id).await.unwrap();
    assert_eq!(view.state, ResolutionState::Closed);
    let result = view.result.clone().unwrap();
    assert_eq!((result.outcome.as_str(), result.reason.as_str()), ("adopted", "majority_reached"));
    assert_eq!((result.yes, result.no, result.abstain), (2, 1, 1));
    assert_eq!(result.closed_by, "chair");
    assert_eq!(result.text_sha256, sha256(amended), "the result names the text decided upon");
    assert!(view.tally.unwrap().is_final);

    // Closing again changes nothing; voting after the close is refused.
    let again = b.node.close_resolution(&b.chair, id).await.unwrap();
    assert_eq!(again.result, view.result);
    let after = b.vote(4, id, "yes").await.unwrap_err();
    assert!(matches!(&after, NodeError::BadRequest(m) if m.contains("closed")), "{after:?}");

    // The result is its own signed record, by the chair's organisation.
    let (envelope, author) = result_record(&b.node, id).await;
    assert_eq!(envelope.action, "resolution.result");
    assert_eq!(envelope.payload["outcome"], "adopted");
    assert_eq!(envelope.payload["text_sha256"], sha256(amended));
    let Principal::User { org_id: secretariat, .. } = &b.chair else { panic!("the chair is a user") };
    assert_eq!(author, Some(secretariat.to_string()));
    // Every change was a signed record: the creation and the opening of the vote, each
    // amendment (proposal and decision), each member's vote.
    assert_eq!(b.node.record_versions("resolution", &id.to_string()).await.unwrap().len(), 2);
    assert_eq!(b.node.record_versions("resolution_amendment", &format!("{id}/amendments/1")).await.unwrap().len(), 2);
    assert_eq!(
        b.node.record_versions("resolution_vote", &format!("{id}/votes/{}", b.members[2])).await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn two_thirds_closes_at_its_deadline_on_the_next_read() {
    let b = Body::new(3).await;
    let id = b
        .create(
            rule("two_thirds"),
            Some(QuorumInput { kind: "fraction".into(), numerator: Some(1), denominator: Some(2), count: None }),
        )
        .await;
    let view = b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(2))).await.unwrap();
    let deadline = view.voting_closes_at.unwrap();
    // Exactly two-thirds: 2 yes to 1 no.
    b.vote(0, id, "yes").await.unwrap();
    b.vote(1, id, "yes").await.unwrap();
    b.vote(2, id, "no").await.unwrap();
    wait_past(deadline).await;

    // Voting after the deadline is refused, and the refusal itself settles the vote.
    let late = b.vote(2, id, "yes").await.unwrap_err();
    assert!(matches!(late, NodeError::BadRequest(_)), "{late:?}");
    let list = b.node.resolutions(&Principal::Anonymous, &Default::default()).await.unwrap();
    assert_eq!(list.items[0].state, ResolutionState::Closed);
    assert_eq!(list.items[0].outcome.as_deref(), Some("adopted"));
    let view = b.node.resolution(&Principal::Anonymous, id).await.unwrap();
    let result = view.result.unwrap();
    assert_eq!((result.outcome.as_str(), result.reason.as_str()), ("adopted", "two_thirds_reached"));
    assert_eq!((result.yes, result.no, result.yes_required), (2, 1, 2));
    assert_eq!(result.closed_at, deadline, "closed at the deadline, not when someone looked");
    assert_eq!(result.closed_by, "deadline");
    // Published by the node: no organisation authored it.
    let (_, author) = result_record(&b.node, id).await;
    assert_eq!(author, None);
}

#[tokio::test]
async fn consensus_is_adopted_by_silence_and_rejected_by_an_objection() {
    let b = Body::new(3).await;
    let quiet = b
        .create(consensus(2), Some(QuorumInput { kind: "members".into(), count: Some(3), ..Default::default() }))
        .await;
    let refused = b.node.open_resolution_voting(&b.chair, quiet, Some(&in_secs(60))).await.unwrap_err();
    assert!(matches!(&refused, NodeError::Invalid(i) if i.field == "closes_at"));
    let view = b.node.open_resolution_voting(&b.chair, quiet, None).await.unwrap();
    let silence_ends = view.voting_closes_at.unwrap();
    b.vote(0, quiet, "no_objection").await.unwrap();
    let wrong = b.vote(1, quiet, "yes").await.unwrap_err();
    assert!(matches!(&wrong, NodeError::Invalid(i) if i.field == "choice"));
    // A silence period cannot be cut short.
    let early = b.node.close_resolution(&b.chair, quiet).await.unwrap_err();
    assert!(matches!(&early, NodeError::BadRequest(m) if m.contains("silence")), "{early:?}");
    let view = b.node.resolution(&OP, quiet).await.unwrap();
    assert_eq!(view.tally.unwrap().tally.outcome.as_str(), "pending");
    wait_past(silence_ends).await;
    let view = b.node.resolution(&OP, quiet).await.unwrap();
    let result = view.result.unwrap();
    // Silence is consent: one answer of three and still adopted, whatever the quorum says.
    assert_eq!((result.outcome.as_str(), result.reason.as_str()), ("adopted", "silence_kept"));
    assert_eq!(result.no_objections, 1);

    let broken = b.create(consensus(3600), None).await;
    b.node.open_resolution_voting(&b.chair, broken, None).await.unwrap();
    b.vote(0, broken, "no_objection").await.unwrap();
    let view = b
        .node
        .cast_resolution_vote(
            &b.delegate(1),
            broken,
            &VoteInput { choice: "objection".into(), explanation: Some("Paragraph 2 is unacceptable.".into()) },
        )
        .await
        .unwrap();
    assert_eq!(view.state, ResolutionState::Closed, "the objection breaks the silence at once");
    let result = view.result.unwrap();
    assert_eq!((result.outcome.as_str(), result.reason.as_str()), ("rejected", "silence_broken"));
    assert_eq!((result.objections, result.closed_by.as_str()), (1, "objection"));
    assert_eq!(view.votes[1].explanation.as_deref(), Some("Paragraph 2 is unacceptable."));
    result_record(&b.node, broken).await;
}

#[tokio::test]
async fn too_few_votes_decide_nothing() {
    let b = Body::new(4).await;
    let id = b
        .create(
            rule("simple_majority"),
            Some(QuorumInput { kind: "members".into(), count: Some(3), ..Default::default() }),
        )
        .await;
    b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(3600))).await.unwrap();
    b.vote(0, id, "yes").await.unwrap();
    b.vote(1, id, "abstain").await.unwrap();
    let view = b.node.close_resolution(&b.chair, id).await.unwrap();
    let result = view.result.unwrap();
    assert_eq!((result.outcome.as_str(), result.reason.as_str()), ("no_quorum", "quorum_not_met"));
    assert_eq!((result.present, result.quorum_required, result.quorum_met), (2, 3, false));

    // A quorum the electorate can never meet is refused when the resolution is made.
    let mut input = b.input(
        rule("simple_majority"),
        Some(QuorumInput { kind: "members".into(), count: Some(5), ..Default::default() }),
    );
    let e = b.node.create_resolution(&b.chair, &input).await.unwrap_err();
    assert!(matches!(&e, NodeError::Invalid(i) if i.field == "quorum.count"), "{e:?}");
    input.quorum = Some(QuorumInput { kind: "fraction".into(), numerator: Some(3), denominator: Some(2), count: None });
    let e = b.node.create_resolution(&b.chair, &input).await.unwrap_err();
    assert!(matches!(&e, NodeError::Invalid(i) if i.field == "quorum.numerator"), "{e:?}");
}

#[tokio::test]
async fn only_delegations_of_the_electorate_vote() {
    let b = Body::new(2).await;
    let id = b.create(rule("simple_majority"), None).await;
    b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(3600))).await.unwrap();
    let yes = VoteInput { choice: "yes".into(), explanation: None };
    // An organisation outside the electorate, even its editor.
    for p in [user(b.outsider, Role::Member), user(b.outsider, Role::Admin), b.chair.clone()] {
        let e = b.node.cast_resolution_vote(&p, id, &yes).await.unwrap_err();
        assert!(matches!(e, NodeError::Denied(Denied::Forbidden)), "{e:?}");
    }
    // The operator has no organisation and so no vote; visitors must sign in.
    assert!(matches!(b.node.cast_resolution_vote(&OP, id, &yes).await, Err(NodeError::Denied(Denied::Forbidden))));
    assert!(matches!(
        b.node.cast_resolution_vote(&Principal::Anonymous, id, &yes).await,
        Err(NodeError::Denied(Denied::NotAuthenticated))
    ));
    // A read-only token of a delegate does not vote either.
    let read_only = Principal::User {
        user_id: UserId(uuid::Uuid::now_v7()),
        org_id: b.members[0],
        role: Role::Member,
        scopes: Some(vec![accord_core::Scope::Read]),
    };
    assert!(matches!(
        b.node.cast_resolution_vote(&read_only, id, &yes).await,
        Err(NodeError::Denied(Denied::InsufficientScope(_)))
    ));
    // A write-only token votes, and gets its vote back rather than an error after the write.
    let write_only = Principal::User {
        user_id: UserId(uuid::Uuid::now_v7()),
        org_id: b.members[1],
        role: Role::Member,
        scopes: Some(vec![accord_core::Scope::Write]),
    };
    let cast = b.node.cast_resolution_vote(&write_only, id, &yes).await.unwrap();
    assert_eq!(cast.votes.len(), 1, "the vote is in the view returned");
    assert!(matches!(b.node.resolution(&write_only, id).await, Err(NodeError::Denied(Denied::InsufficientScope(_)))));
    // Outsiders do not amend either, and nobody but editors creates resolutions.
    let e = b
        .node
        .propose_amendment(&user(b.outsider, Role::Member), id, &AmendmentInput { text: "x".into(), rationale: None })
        .await
        .unwrap_err();
    assert!(matches!(e, NodeError::Denied(Denied::Forbidden)));
    let e = b.node.create_resolution(&b.delegate(0), &b.input(rule("two_thirds"), None)).await.unwrap_err();
    assert!(matches!(e, NodeError::Denied(Denied::Forbidden)));
    // Nothing else was recorded.
    assert_eq!(b.node.resolution(&OP, id).await.unwrap().votes.len(), 1);
}

#[tokio::test]
async fn a_later_vote_replaces_the_earlier_one_and_both_stay_on_record() {
    let b = Body::new(2).await;
    let id = b.create(rule("simple_majority"), None).await;
    b.node.open_resolution_voting(&b.chair, id, Some(&in_secs(3600))).await.unwrap();
    b.vote(0, id, "no").await.unwrap();
    // Another delegate of the same member changes the member's vote.
    let view = b
        .node
        .cast_resolution_vote(&b.delegate(0), id, &VoteInput { choice: "yes".into(), explanation: None })
        .await
        .unwrap();
    let t = view.tally.unwrap().tally;
    assert_eq!((t.yes, t.no, t.present), (1, 0, 1), "one member, one vote");
    assert_eq!(view.votes.len(), 2);
    assert_eq!((view.votes[0].choice, view.votes[0].current), (Choice::No, false));
    assert_eq!((view.votes[1].choice, view.votes[1].current), (Choice::Yes, true));
    // The log holds the member's vote record in two versions.
    let versions = b.node.record_versions("resolution_vote", &format!("{id}/votes/{}", b.members[0])).await.unwrap();
    assert_eq!(versions.len(), 2);
    let view = b.node.close_resolution(&b.chair, id).await.unwrap();
    assert_eq!(view.result.unwrap().outcome, "adopted");
}

#[tokio::test]
async fn bad_input_is_refused_with_the_field_named_and_nothing_written() {
    let b = Body::new(2).await;
    let before = b.node.resolutions(&OP, &Default::default()).await.unwrap().items.len();
    let base = b.input(rule("simple_majority"), None);
    let cases: Vec<(&str, ResolutionInput)> = vec![
        ("body", ResolutionInput { body: " ".into(), ..base.clone() }),
        ("title", ResolutionInput { title: "t".repeat(301), ..base.clone() }),
        ("text", ResolutionInput { text: "".into(), ..base.clone() }),
        ("lang", ResolutionInput { lang: "english!".into(), ..base.clone() }),
        ("rule.kind", ResolutionInput { rule: rule("unanimity"), ..base.clone() }),
        ("rule.silence_period_secs", ResolutionInput { rule: consensus(0), ..base.clone() }),
        ("electorate", ResolutionInput { electorate: vec![], ..base.clone() }),
        ("electorate[0]", ResolutionInput { electorate: vec!["not-a-uuid".into()], ..base.clone() }),
        ("electorate[0]", ResolutionInput { electorate: vec![uuid::Uuid::now_v7().to_string()], ..base.clone() }),
        (
            "electorate[1]",
            ResolutionInput { electorate: vec![b.members[0].to_string(), b.members[0].to_string()], ..base.clone() },
        ),
    ];
    for (field, input) in cases {
        match b.node.create_resolution(&b.chair, &input).await {
            Err(NodeError::Invalid(i)) => assert_eq!(i.field, field, "{i}"),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert_eq!(b.node.resolutions(&OP, &Default::default()).await.unwrap().items.len(), before);
    let missing = ResolutionId(uuid::Uuid::now_v7());
    assert!(matches!(b.node.resolution(&OP, missing).await, Err(NodeError::NotFound { kind: "resolution", .. })));

    let id = b.create(rule("simple_majority"), None).await;
    for closes in ["tomorrow", "2001-01-01T00:00:00Z", ""] {
        let e = b.node.open_resolution_voting(&b.chair, id, Some(closes)).await.unwrap_err();
        assert!(matches!(&e, NodeError::Invalid(i) if i.field == "closes_at"), "{closes}: {e:?}");
    }
    let e = b
        .node
        .propose_amendment(&b.delegate(0), id, &AmendmentInput { text: base.text.clone(), rationale: None })
        .await
        .unwrap_err();
    assert!(matches!(&e, NodeError::Invalid(i) if i.field == "text"), "an amendment must change the text");
}
