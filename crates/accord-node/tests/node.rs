#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! The node's operations end to end on a temporary data directory.

use std::net::{IpAddr, Ipv4Addr};

use accord_core::{Principal, Role, Scope};
use accord_node::demo::{self, DEMO_PASSWORD};
use accord_node::{Config, Node, NodeError, TokenInput};
use accord_store::PageRequest;

async fn node(dir: &tempfile::TempDir) -> Node {
    let mut config = Config::default();
    config.data_dir = dir.path().join("data");
    config.auth.login_attempts_per_minute_per_account = 3;
    Node::open(config).await.unwrap()
}

const CLIENT: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

#[tokio::test]
async fn demo_seeding_is_idempotent_and_covers_every_role() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let first = demo::seed(&node).await.unwrap();
    assert!(first.organisations_created >= 7);
    let roles: std::collections::HashSet<Role> = first.logins.iter().map(|l| l.role).collect();
    assert_eq!(roles.len(), Role::ALL.len());
    let counts = node.counts().await.unwrap();

    let again = demo::seed(&node).await.unwrap();
    assert_eq!((again.organisations_created, again.users_created), (0, 0));
    assert_eq!(node.counts().await.unwrap(), counts);

    assert!(demo::seed_registry(&node).await.unwrap() > 900, "the demo registry: cards, Epoch AI rows, systems");
    let counts = node.counts().await.unwrap();
    assert_eq!(demo::seed_registry(&node).await.unwrap(), 0, "unchanged entries are not revised");
    assert_eq!(node.counts().await.unwrap(), counts);

    // Every organisation kind is represented.
    let orgs = node.organisations(&Principal::Anonymous, &PageRequest { after: None, limit: 100 }).await.unwrap();
    let kinds: std::collections::HashSet<_> = orgs.items.iter().map(|o| o.kind).collect();
    assert_eq!(kinds.len(), accord_core::OrgKind::ALL.len());
}

#[tokio::test]
async fn sign_in_sessions_and_rate_limits() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    demo::seed(&node).await.unwrap();

    let ok = node.sign_in("Admin@Secretariat.example", DEMO_PASSWORD, CLIENT).await.unwrap();
    let session = node.session(&ok.session_secret).await.unwrap().unwrap();
    assert_eq!(session.user.email, "admin@secretariat.example");
    assert_eq!(session.csrf_token, ok.csrf_token);
    node.sign_out(&ok.session_secret).await.unwrap();
    assert!(node.session(&ok.session_secret).await.unwrap().is_none());

    // Wrong password and unknown account look the same; the account limit (3/min) kicks in.
    let wrong = node.sign_in("member@aisrc.example", "not the password", CLIENT).await.unwrap_err();
    assert!(matches!(wrong, NodeError::BadCredentials));
    let unknown = node.sign_in("nobody@example.org", DEMO_PASSWORD, CLIENT).await.unwrap_err();
    assert!(matches!(unknown, NodeError::BadCredentials));
    node.sign_in("member@aisrc.example", "not the password", CLIENT).await.unwrap_err();
    node.sign_in("member@aisrc.example", "not the password", CLIENT).await.unwrap_err();
    let limited = node.sign_in("member@aisrc.example", DEMO_PASSWORD, CLIENT).await.unwrap_err();
    assert!(matches!(limited, NodeError::RateLimited { retry_after_secs } if retry_after_secs >= 1), "{limited:?}");
}

#[tokio::test]
async fn tokens_are_scoped_revocable_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    demo::seed(&node).await.unwrap();
    let member = node
        .session(&node.sign_in("member@aisrc.example", DEMO_PASSWORD, CLIENT).await.unwrap().session_secret)
        .await
        .unwrap()
        .unwrap()
        .principal;

    let input = TokenInput { user: None, name: "ci".into(), scopes: vec!["read".into()], expires_in_days: Some(7) };
    let (token, secret) = node.create_token(&member, &input).await.unwrap();
    assert_eq!(token.scopes, vec![Scope::Read]);
    let as_token = node.principal_for_token(&secret).await.unwrap();
    assert_eq!(as_token.user_id(), member.user_id());

    // Another member cannot see or revoke it; it does not exist for them.
    let other = node
        .session(&node.sign_in("member@open-weights.example", DEMO_PASSWORD, CLIENT).await.unwrap().session_secret)
        .await
        .unwrap()
        .unwrap()
        .principal;
    assert!(matches!(node.revoke_token(&other, token.id).await.unwrap_err(), NodeError::NotFound { .. }));

    node.revoke_token(&member, token.id).await.unwrap();
    assert!(matches!(node.principal_for_token(&secret).await.unwrap_err(), NodeError::BadToken("revoked")));
    assert!(matches!(node.principal_for_token("accord_nonsense").await.unwrap_err(), NodeError::BadToken("unknown")));

    let bad_scope = TokenInput { scopes: vec!["root".into()], ..input.clone() };
    let err = node.create_token(&member, &bad_scope).await.unwrap_err();
    assert!(matches!(&err, NodeError::Invalid(i) if i.field == "scopes[0]"), "{err:?}");
    let too_long = TokenInput { expires_in_days: Some(10_000), ..input };
    assert!(matches!(node.create_token(&member, &too_long).await.unwrap_err(), NodeError::Invalid(_)));
}

#[tokio::test]
async fn a_token_revoked_by_another_process_stops_working_within_the_recheck_interval() {
    let dir = tempfile::tempdir().unwrap();
    let server = node(&dir).await;
    demo::seed(&server).await.unwrap();
    let admin = server.user_by_email(&Principal::Operator, "admin@secretariat.example").await.unwrap();
    let input =
        TokenInput { user: Some(admin.id), name: "ci".into(), scopes: vec!["read".into()], expires_in_days: None };
    let (token, secret) = server.create_token(&Principal::Operator, &input).await.unwrap();
    server.principal_for_token(&secret).await.unwrap(); // now cached

    // The CLI: a second node on the same data directory.
    let cli = node(&dir).await;
    cli.revoke_token(&Principal::Operator, token.id).await.unwrap();

    tokio::time::sleep(accord_node::cache::RECHECK + std::time::Duration::from_millis(20)).await;
    let err = server.principal_for_token(&secret).await.unwrap_err();
    assert!(matches!(err, NodeError::BadToken("revoked")), "{err:?}");

    // Likewise the member directory sees an organisation added by the other process.
    let before = server.organisations(&Principal::Anonymous, &PageRequest { after: None, limit: 100 }).await.unwrap();
    let input = accord_node::OrganisationInput {
        name: "Added elsewhere".into(),
        kind: "company".into(),
        country: None,
        website: None,
    };
    cli.create_organisation(&Principal::Operator, &input).await.unwrap();
    tokio::time::sleep(accord_node::cache::RECHECK + std::time::Duration::from_millis(20)).await;
    let after = server.organisations(&Principal::Anonymous, &PageRequest { after: None, limit: 100 }).await.unwrap();
    assert_eq!(after.items.len(), before.items.len() + 1);
}

fn audit_entries(entries: Vec<accord_core::LogEntry>) -> Vec<accord_ledger::audit::Entry> {
    entries
        .into_iter()
        .map(|e| accord_ledger::audit::Entry {
            index: e.seq as u64,
            key_id: e.key_id,
            envelope: e.envelope,
            signature: e.signature,
            leaf_hash: e.leaf_hash,
        })
        .collect()
}

#[tokio::test]
async fn records_are_signed_by_their_organisation_and_survive_key_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    demo::seed(&node).await.unwrap();
    let member = node
        .session(&node.sign_in("member@aisrc.example", DEMO_PASSWORD, CLIENT).await.unwrap().session_secret)
        .await
        .unwrap()
        .unwrap()
        .principal;
    let input = TokenInput { user: None, name: "ci".into(), scopes: vec!["read".into()], expires_in_days: None };
    let (token, _) = node.create_token(&member, &input).await.unwrap();

    // The member's organisation got a key, published by the node, and signed the token record.
    let org = match &member {
        Principal::User { org_id, .. } => org_id.to_string(),
        _ => unreachable!(),
    };
    let keys = node.keys().await.unwrap();
    let org_key = keys.iter().find(|k| k.owner_id.as_deref() == Some(org.as_str())).unwrap().key_id.clone();
    let versions = node.record_versions("token", &token.id.to_string()).await.unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].key_id, org_key);
    let envelope = accord_ledger::Envelope::from_bytes(&versions[0].envelope).unwrap();
    assert_eq!(envelope.author.as_deref(), Some(org.as_str()));

    // Revoking makes version 2 of the same record.
    node.revoke_token(&member, token.id).await.unwrap();
    assert_eq!(node.record_versions("token", &token.id.to_string()).await.unwrap().len(), 2);

    // Rotate the node key and the organisation key; old records still verify.
    let org_id = org.parse().unwrap();
    let new_node_key = node.rotate_key(&Principal::Operator, None).await.unwrap();
    let new_org_key = node.rotate_key(&Principal::Operator, Some(org_id)).await.unwrap();
    assert_ne!(new_org_key, org_key);
    let (token2, _) = node.create_token(&member, &input).await.unwrap();
    let v2 = node.record_versions("token", &token2.id.to_string()).await.unwrap();
    assert_eq!(v2[0].key_id, new_org_key, "new records use the new key");
    let check = node.verify_record(&versions[0].envelope, &versions[0].signature, &org_key).await.unwrap();
    assert!(check.valid, "{check:?}");

    // A member may not rotate keys.
    assert!(node.rotate_key(&member, None).await.is_err());

    // The whole log passes the auditor, the checkpoint signed by the new node key.
    let cp = node.checkpoint().await.unwrap().unwrap();
    let mut entries = Vec::new();
    while (entries.len() as i64) < cp.size {
        let page = node.log_entries(entries.len() as i64, 1000).await.unwrap();
        assert!(!page.is_empty());
        entries.extend(page);
    }
    assert_eq!(entries.len() as i64, cp.size);
    let verified = accord_ledger::audit::verify_log(&cp.note, &audit_entries(entries.clone()), None).unwrap();
    assert_eq!(accord_ledger::keys::key_id(&verified.node_key), new_node_key);

    // A record signed with a retired key after its retirement is refused by the auditor.
    let mut forged = entries.clone();
    let last = forged.last().unwrap().clone();
    let old_key_file = dir.path().join("data/keys").join(format!("{org_key}.ed25519"));
    let old = accord_node::trust::read_key_file(&old_key_file).unwrap();
    let record = accord_ledger::SignedRecord::sign(last.envelope.clone(), &old, org_key.clone());
    let n = forged.len() - 1;
    forged[n].signature = record.signature.to_vec();
    forged[n].key_id = org_key.clone();
    forged[n].leaf_hash = accord_ledger::merkle::leaf_hash(&record.leaf_data()).to_vec();
    let err = accord_ledger::audit::verify_log(&cp.note, &audit_entries(forged), None).unwrap_err();
    assert!(matches!(err, accord_ledger::audit::Problem::RetiredKey { .. }), "{err}");
}

#[tokio::test]
async fn batches_commit_all_or_nothing_with_one_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let before = node.checkpoint().await.unwrap().unwrap().size;
    let inputs: Vec<_> = (0..300)
        .map(|i| accord_node::OrganisationInput {
            name: format!("Batch {i}"),
            kind: "company".into(),
            country: None,
            website: None,
        })
        .collect();
    let ids = node.create_organisations(&Principal::Operator, &inputs).await.unwrap();
    assert_eq!(ids.len(), 300);
    let cp = node.checkpoint().await.unwrap().unwrap();
    assert_eq!(cp.size, before + 300);
    let entries = node.log_entries(0, 1000).await.unwrap();
    accord_ledger::audit::verify_log(&cp.note, &audit_entries(entries), None).unwrap();

    // One bad item (a duplicate name) and nothing of the batch is written.
    let mut bad = inputs[..3]
        .iter()
        .map(|i| accord_node::OrganisationInput { name: format!("{} again", i.name), ..i.clone() })
        .collect::<Vec<_>>();
    bad.push(inputs[0].clone());
    let err = node.create_organisations(&Principal::Operator, &bad).await.unwrap_err();
    assert!(matches!(err, NodeError::Conflict { field: "name" }), "{err:?}");
    assert_eq!(node.checkpoint().await.unwrap().unwrap().size, cp.size);
    assert_eq!(node.counts().await.unwrap().organisations, 300);
}
