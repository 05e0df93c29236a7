#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The store "story": one scenario through the whole `Store` trait. Every backend must pass it.

use accord_core::command::{NewSession, NewToken, NewUser};
use accord_core::member::OrganisationDraft;
use accord_core::{Actor, Command, EventId, OrgId, OrgKind, Role, Scope, TokenId, UserId};
use accord_store::sqlite::SqliteOptions;
use accord_store::{AuditFilter, PageRequest, SqliteStore, Store, StoreError};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

fn now() -> OffsetDateTime {
    time::macros::datetime!(2026-11-28 12:00 UTC)
}

async fn open(dir: &tempfile::TempDir) -> SqliteStore {
    let store = SqliteStore::open(&dir.path().join("accord.sqlite"), &SqliteOptions::default()).await.unwrap();
    store.migrate().await.unwrap();
    store
}

async fn apply(store: &SqliteStore, c: Command) -> Result<accord_core::AuditEvent, StoreError> {
    store.apply(&Actor::SYSTEM, EventId(Uuid::now_v7()), now(), &c, None).await.map(|(e, _)| e)
}

#[tokio::test]
async fn story() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir).await;
    store.migrate().await.unwrap(); // idempotent
    store.ping().await.unwrap();

    // Organisations, in creation order, with cursor pagination.
    let mut orgs = Vec::new();
    for name in ["Alpha Institute", "Beta Regulator", "Gamma Lab"] {
        let id = OrgId(Uuid::now_v7());
        let draft = OrganisationDraft::new(name, OrgKind::Regulator, Some("FR"), None).unwrap();
        let event = apply(&store, Command::CreateOrganisation { id, draft }).await.unwrap();
        assert_eq!(event.action, "organisation.create");
        orgs.push(id);
    }
    let first = store.organisations(&PageRequest { after: None, limit: 2 }).await.unwrap();
    assert_eq!(first.items.iter().map(|o| o.id).collect::<Vec<_>>(), orgs[..2]);
    let second = store.organisations(&PageRequest { after: first.next.clone(), limit: 2 }).await.unwrap();
    assert_eq!(second.items.iter().map(|o| o.id).collect::<Vec<_>>(), orgs[2..]);
    assert_eq!(second.next, None);

    // A duplicate name is a conflict on `name` and leaves no audit entry behind.
    let before = store.counts().await.unwrap();
    let dup = OrganisationDraft::new("Alpha Institute", OrgKind::Company, None, None).unwrap();
    let err = apply(&store, Command::CreateOrganisation { id: OrgId(Uuid::now_v7()), draft: dup }).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict { field: "name" }), "{err:?}");
    assert_eq!(store.counts().await.unwrap(), before);

    // Users belong to an existing organisation; e-mails are unique.
    let user = UserId(Uuid::now_v7());
    let new_user = |id, org, email: &str| {
        Command::CreateUser(NewUser {
            id,
            organisation: org,
            email: email.into(),
            display_name: "Ana".into(),
            role: Role::Editor,
            password_hash: Some("$argon2id$x".into()),
        })
    };
    apply(&store, new_user(user, orgs[0], "ana@example.org")).await.unwrap();
    let err = apply(&store, new_user(UserId(Uuid::now_v7()), orgs[1], "ana@example.org")).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict { field: "email" }), "{err:?}");
    let err =
        apply(&store, new_user(UserId(Uuid::now_v7()), OrgId(Uuid::now_v7()), "bo@example.org")).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound { kind: "organisation", .. }), "{err:?}");
    let creds = store.credentials("ana@example.org").await.unwrap().unwrap();
    assert_eq!(creds.user.id, user);
    assert_eq!(creds.password_hash.as_deref(), Some("$argon2id$x"));
    assert_eq!(store.users(Some(orgs[0]), &PageRequest { after: None, limit: 10 }).await.unwrap().items.len(), 1);
    assert_eq!(store.users(Some(orgs[1]), &PageRequest { after: None, limit: 10 }).await.unwrap().items.len(), 0);

    // Tokens: found by secret hash with their user, revoked once.
    let token = TokenId(Uuid::now_v7());
    apply(
        &store,
        Command::CreateToken(NewToken {
            id: token,
            user,
            name: "ci".into(),
            scopes: vec![Scope::Read, Scope::Write],
            expires_at: Some(now() + Duration::days(30)),
            secret_hash: "h1".into(),
            prefix: "acc_1234".into(),
        }),
    )
    .await
    .unwrap();
    let (t, u) = store.token_by_secret("h1").await.unwrap().unwrap();
    assert_eq!((t.id, u.id, t.scopes.clone()), (token, user, vec![Scope::Read, Scope::Write]));
    assert!(t.is_active(now()));
    assert!(!t.is_active(now() + Duration::days(31)));
    apply(&store, Command::RevokeToken { id: token }).await.unwrap();
    assert!(!store.token(token).await.unwrap().unwrap().is_active(now()));
    let err = apply(&store, Command::RevokeToken { id: token }).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "revoking twice is refused: {err:?}");
    store.touch_token(token, now()).await.unwrap();
    assert_eq!(store.token(token).await.unwrap().unwrap().last_used_at, Some(now()));

    // Sessions open, resolve to their user, close; expired ones are purged.
    apply(
        &store,
        Command::OpenSession(NewSession {
            user,
            session_hash: "s1".into(),
            csrf_token: "c1".into(),
            expires_at: now() + Duration::hours(1),
        }),
    )
    .await
    .unwrap();
    let (s, u) = store.session("s1").await.unwrap().unwrap();
    assert_eq!((s.csrf_token.as_str(), u.id), ("c1", user));
    assert_eq!(store.purge_sessions(now()).await.unwrap(), 0);
    apply(&store, Command::CloseSession { user, session_hash: "s1".into() }).await.unwrap();
    assert!(store.session("s1").await.unwrap().is_none());

    // The audit trail: every successful command, newest first, gap-free; private entries filtered.
    let all = store.audit_events(&AuditFilter::default(), &PageRequest { after: None, limit: 100 }).await.unwrap();
    let actions: Vec<_> = all.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "session.close",
            "session.open",
            "token.revoke",
            "token.create",
            "user.create",
            "organisation.create",
            "organisation.create",
            "organisation.create"
        ]
    );
    let seqs: Vec<_> = all.items.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=8).rev().collect::<Vec<_>>());
    assert_eq!(store.change_counter().await.unwrap(), 8);
    let public = store
        .audit_events(&AuditFilter { public_only: true, subject: None }, &PageRequest { after: None, limit: 100 })
        .await
        .unwrap();
    assert_eq!(public.items.len(), 6);
    let page = store.audit_events(&AuditFilter::default(), &PageRequest { after: None, limit: 3 }).await.unwrap();
    let rest =
        store.audit_events(&AuditFilter::default(), &PageRequest { after: page.next, limit: 100 }).await.unwrap();
    assert_eq!(rest.items.first().map(|e| e.seq), Some(5));
    let about_org = store
        .audit_events(
            &AuditFilter { public_only: true, subject: Some(("organisation".into(), orgs[1].to_string())) },
            &PageRequest { after: None, limit: 10 },
        )
        .await
        .unwrap();
    assert_eq!(about_org.items.len(), 1);
    assert_eq!(about_org.items[0].payload["name"], "Beta Regulator");
    store.close().await;
}

#[tokio::test]
async fn the_audit_trail_cannot_be_rewritten_even_with_raw_sql() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir).await;
    let draft = OrganisationDraft::new("Alpha", OrgKind::Company, None, None).unwrap();
    apply(&store, Command::CreateOrganisation { id: OrgId(Uuid::now_v7()), draft }).await.unwrap();
    store.close().await;

    let pool =
        sqlx::SqlitePool::connect(&format!("sqlite://{}", dir.path().join("accord.sqlite").display())).await.unwrap();
    let update = sqlx::query("UPDATE audit_events SET action = 'x'").execute(&pool).await.unwrap_err();
    assert!(update.to_string().contains("append-only"), "{update}");
    let delete = sqlx::query("DELETE FROM audit_events").execute(&pool).await.unwrap_err();
    assert!(delete.to_string().contains("append-only"), "{delete}");
}

#[tokio::test]
async fn data_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir).await;
    let draft = OrganisationDraft::new("Alpha", OrgKind::Company, None, None).unwrap();
    apply(&store, Command::CreateOrganisation { id: OrgId(Uuid::now_v7()), draft }).await.unwrap();
    store.close().await;
    let again = open(&dir).await;
    assert_eq!(again.counts().await.unwrap().organisations, 1);
    assert!(again.organisation_by_name("Alpha").await.unwrap().is_some());
}
