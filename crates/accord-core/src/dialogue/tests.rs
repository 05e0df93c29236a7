//! Tests of the dialogue types, their validation and the audit forms.

#![allow(clippy::unwrap_used, clippy::expect_used)]
use serde_json::json;
use time::OffsetDateTime;
use uuid::Uuid;

use super::*;
use crate::id::UserId;
use crate::member::Role;

fn user(org: OrgId, role: Role) -> Principal {
    Principal::User { user_id: UserId(Uuid::nil()), org_id: org, role, scopes: None }
}

#[test]
fn conversations_are_validated_and_normalised() {
    let mut c = NewConversation::new("  Should frontier models be licensed?  ", &["EN", "zh-hant", "en"]);
    c.description = "Line one\r\nline two".into();
    let v = c.clone().validate().unwrap();
    assert_eq!(v.topic, "Should frontier models be licensed?");
    assert_eq!(v.languages, vec!["en", "zh-Hant"]);
    assert_eq!(v.description, "Line one\nline two");

    let mut bad = c.clone();
    bad.languages = vec!["en".into(), "english!".into()];
    assert_eq!(bad.validate().unwrap_err().field, "languages[1]");
    let mut bad = c.clone();
    bad.participation = Participation::Invited;
    assert_eq!(bad.validate().unwrap_err(), Invalid::new("invited", Problem::Missing));
    let mut bad = c.clone();
    bad.invited = vec![OrgId(Uuid::nil())];
    assert_eq!(bad.validate().unwrap_err().field, "invited");
    let mut bad = c.clone();
    bad.question = Some(LinkedQuestion { text: "Q".into(), url: Some("ftp://x".into()) });
    assert_eq!(bad.validate().unwrap_err().field, "question.url");
    let mut bad = c;
    bad.topic = " ".into();
    assert_eq!(bad.validate().unwrap_err().field, "topic");
    assert_eq!(ConversationState::parse("state", "shut").unwrap_err().field, "state");
}

#[test]
fn read_and_participation_matrix() {
    let a = OrgId(Uuid::from_u128(1));
    let b = OrgId(Uuid::from_u128(2));
    let anon = Principal::Anonymous;
    let member_a = user(a, Role::Member);
    let member_b = user(b, Role::Member);
    let editor_b = user(b, Role::Editor);
    let read_only = Principal::User {
        user_id: UserId(Uuid::nil()),
        org_id: a,
        role: Role::Member,
        scopes: Some(vec![crate::Scope::Read]),
    };
    use Participation::*;
    // (mode, principal, may read, may participate)
    let cases = [
        (Public, &anon, true, true),
        (Public, &member_b, true, true),
        (Public, &read_only, true, false),
        (Members, &anon, false, false),
        (Members, &member_b, true, true),
        (Invited, &anon, false, false),
        (Invited, &member_a, true, true),
        (Invited, &member_b, false, false),
        (Invited, &editor_b, true, false),
        (Invited, &read_only, true, false),
    ];
    for (mode, p, read, take_part) in cases {
        assert_eq!(may_read(p, mode, &[a]).is_ok(), read, "read {mode:?} {p:?}");
        assert_eq!(may_participate(p, mode, &[a]).is_ok(), take_part, "participate {mode:?} {p:?}");
    }
    assert_eq!(may_read(&anon, Members, &[]), Err(Denied::NotAuthenticated));
    assert!(may_moderate(&editor_b).is_ok());
    assert_eq!(may_moderate(&member_a), Err(Denied::Forbidden));
}

#[test]
fn imports_are_checked_item_by_item() {
    let at = OffsetDateTime::UNIX_EPOCH;
    let st = |seq| ImportedStatement {
        seq,
        text: "A statement".into(),
        lang: "en".into(),
        author_pid: Some(0),
        moderation: Moderation::Accepted,
        is_meta: false,
        created_at: at,
    };
    let vote = |pid, tid, vote| VoteEvent { pid, tid, vote, at_ms: 0 };
    let people = ImportedParticipants::Count(2);
    assert!(validate_import(&[st(0), st(1)], &people, &[vote(0, 1, 1), vote(1, 0, -1)]).is_ok());
    assert_eq!(validate_import(&[st(0), st(0)], &people, &[]).unwrap_err().field, "statements[1].seq");
    assert_eq!(validate_import(&[st(0)], &people, &[vote(0, 0, 1), vote(0, 0, 2)]).unwrap_err().field, "votes[1].vote");
    assert_eq!(validate_import(&[st(0)], &people, &[vote(0, 7, 1)]).unwrap_err().field, "votes[0].tid");
    assert_eq!(validate_import(&[st(0)], &people, &[vote(5, 0, 1)]).unwrap_err().field, "votes[0].pid");
    let nobody = ImportedParticipants::Pids(vec![]);
    assert_eq!(validate_import(&[st(0)], &nobody, &[]).unwrap_err().field, "statements[0].author_pid");
}

#[test]
fn weighted_choice_follows_the_weights() {
    assert_eq!(pick_weighted(&[], 0.5), None);
    assert_eq!(pick_weighted(&[1.0, 3.0], 0.0), Some(0));
    assert_eq!(pick_weighted(&[1.0, 3.0], 0.24), Some(0));
    assert_eq!(pick_weighted(&[1.0, 3.0], 0.26), Some(1));
    assert_eq!(pick_weighted(&[0.0, 2.0, 0.0], 0.99), Some(1));
    assert_eq!(pick_weighted(&[0.0, f64::NAN, -1.0], 0.99), Some(2), "all zero: uniform");
    assert_eq!(pick_weighted(&[1.0, 1.0], 1.0), Some(1));
    let result = json!({ "statements": [{ "id": 3, "priority": 2.5 }, { "id": "x" }] });
    assert_eq!(priorities(&result).into_iter().collect::<Vec<_>>(), vec![(3, 2.5)]);
}

#[test]
fn logs_never_name_the_person_behind_a_participant() {
    let conv = ConversationId(Uuid::from_u128(9));
    let batch = VoteBatch {
        id: Uuid::nil(),
        conversation: conv,
        joined: vec![NewParticipant {
            pid: 4,
            user: Some(UserId(Uuid::from_u128(0xABCD))),
            token_hash: Some("SECRET-HASH".into()),
        }],
        votes: vec![VoteEvent { pid: 4, tid: 0, vote: 1, at_ms: 1 }],
        public: true,
        content_sha256: "d1g3st".into(),
    };
    let text = batch.audit().payload.to_string();
    assert!(!text.contains("SECRET") && !text.contains("abcd"), "{text}");
    assert!(text.contains("\"pid\":4"), "{text}");
    let sealed = VoteBatch { public: false, ..batch }.audit().payload;
    assert!(sealed.get("votes").is_none() && sealed["content_sha256"] == "d1g3st", "{sealed}");
}
