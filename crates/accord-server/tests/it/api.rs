//! Sessions, tokens, pagination and the meta endpoints over HTTP.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn sign_in_and_sign_out() {
    let node = TestNode::start().await;
    let client = client();

    let r = client
        .post(node.url("/api/v1/session"))
        .json(&json!({ "email": ADMIN, "password": "wrong password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "invalid_credentials");

    let r = client
        .post(node.url("/api/v1/session"))
        .json(&json!({ "email": ADMIN, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain-http node: no Secure flag: {cookie}");
    let body: Value = r.json().await.unwrap();
    let csrf = body["csrf_token"].as_str().unwrap().to_owned();
    assert_eq!(body["user"]["role"], "admin");

    let me: Value = client.get(node.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["authenticated_by"], "session");
    assert_eq!(me["user"]["email"], ADMIN);

    // A cookie-authenticated change needs the CSRF token.
    let r = client.delete(node.url("/api/v1/session")).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "csrf_failed");
    let r = client.delete(node.url("/api/v1/session")).header("x-csrf-token", "forged").send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "csrf_failed");
    let r = client.delete(node.url("/api/v1/session")).header("x-csrf-token", &csrf).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);

    let r = client.get(node.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "unauthenticated");
    node.stop().await;
}

#[tokio::test]
async fn secure_cookies_when_served_over_https() {
    let node = TestNode::start_with(|c| c.node.public_url = Some("https://accord.example".into())).await;
    let r = client()
        .post(node.url("/api/v1/session"))
        .json(&json!({ "email": ADMIN, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let cookie = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-accord_session=") && cookie.contains("; Secure"), "{cookie}");
    node.stop().await;
}

#[tokio::test]
async fn token_scopes_revocation_and_expiry() {
    let node = TestNode::start().await;
    let read = node.token(ADMIN, &["read"]).await;
    let http = client();

    let r = http.get(node.url("/api/v1/users")).bearer_auth(&read).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let users: Value = r.json().await.unwrap();
    assert_eq!(users["items"].as_array().unwrap().len(), accord_node::demo::USERS_SEEDED);

    let r = http
        .post(node.url("/api/v1/organisations"))
        .bearer_auth(&read)
        .json(&json!({ "name": "New body", "kind": "regulator" }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "insufficient_scope");

    let me: Value = http.get(node.url("/api/v1/me")).bearer_auth(&read).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["authenticated_by"], "token");
    assert_eq!(me["scopes"], json!(["read"]));

    // Find the token's id and revoke it with an admin-scoped token.
    let admin = node.token(ADMIN, &["read", "admin"]).await;
    let list: Value =
        http.get(node.url("/api/v1/tokens")).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
    let read_id = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| read.starts_with(t["prefix"].as_str().unwrap()) && t["scopes"] == json!(["read"]))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = http.delete(node.url(&format!("/api/v1/tokens/{read_id}"))).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let revoked: Value = r.json().await.unwrap();
    assert!(revoked["revoked_at"].is_string());

    let r = http.get(node.url("/api/v1/users")).bearer_auth(&read).send().await.unwrap();
    let code = error_code(r, StatusCode::UNAUTHORIZED).await;
    assert_eq!(code, "invalid_token");

    // An expired token: move its expiry into the past in the database, as time would.
    let expiring = node.token(MEMBER, &["read"]).await;
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", node.dir.path().join("data/accord.sqlite").display()))
        .await
        .unwrap();
    sqlx::query("UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00.000000Z' WHERE user_id = (SELECT id FROM users WHERE email = ?)")
        .bind(MEMBER)
        .execute(&db)
        .await
        .unwrap();
    let r = http.get(node.url("/api/v1/me")).bearer_auth(&expiring).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["details"]["reason"], "expired");

    // Malformed credentials.
    for header in ["Bearer accord_not-a-real-token", "Bearer something-else", "Basic YWRtaW46YWRtaW4=", "Bearer "] {
        let r = http.get(node.url("/api/v1/me")).header("authorization", header).send().await.unwrap();
        assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "invalid_token", "{header}");
    }
    node.stop().await;
}

#[tokio::test]
async fn token_secrets_are_shown_once_and_never_listed() {
    let node = TestNode::start().await;
    let (client, csrf) = node.session(EDITOR).await;
    let r = client
        .post(node.url("/api/v1/tokens"))
        .header("x-csrf-token", &csrf)
        .json(&json!({ "name": "nightly export", "scopes": ["read", "write"], "expires_in_days": 7 }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.headers().get("cache-control").unwrap(), "no-store");
    let created: Value = r.json().await.unwrap();
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("accord_"));
    let listing = client.get(node.url("/api/v1/tokens")).send().await.unwrap().text().await.unwrap();
    assert!(!listing.contains(secret));
    assert!(listing.contains("nightly export"));

    // Another member does not see it, and gets 404 for its id.
    let other = node.token(MEMBER, &["read", "admin"]).await;
    let id = created["token"]["id"].as_str().unwrap();
    let r =
        reqwest::Client::new().get(node.url(&format!("/api/v1/tokens/{id}"))).bearer_auth(&other).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    node.stop().await;
}

#[tokio::test]
async fn cursor_pagination_walks_every_item_once() {
    let node = TestNode::start().await;
    let http = client();
    let mut seen = Vec::new();
    let mut url = node.url("/api/v1/organisations?limit=4");
    loop {
        let page: Value = http.get(&url).send().await.unwrap().json().await.unwrap();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 4);
        seen.extend(items.iter().map(|o| o["id"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(c) => url = node.url(&format!("/api/v1/organisations?limit=4&cursor={c}")),
            None => break,
        }
    }
    assert_eq!(seen.len(), accord_node::demo::ORGANISATIONS);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, seen, "ids are unique and in creation order");
    node.stop().await;
}

#[tokio::test]
async fn health_readiness_request_ids_and_audit() {
    let node = TestNode::start().await;
    let http = client();
    let r = http.get(node.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().get("x-request-id").is_some());
    let ready: Value = http.get(node.url("/readyz")).send().await.unwrap().json().await.unwrap();
    assert_eq!(ready["status"], "ready");
    assert_eq!(ready["storage"], "sqlite");

    // Admins see sign-ins in the audit trail; members see only public entries.
    let admin = node.token(ADMIN, &["read"]).await;
    let member = node.token(MEMBER, &["read"]).await;
    let all: Value =
        http.get(node.url("/api/v1/audit?limit=200")).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
    let public: Value =
        http.get(node.url("/api/v1/audit?limit=200")).bearer_auth(&member).send().await.unwrap().json().await.unwrap();
    let actions = |v: &Value| {
        v["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert!(actions(&all).contains(&"session.open".to_owned()));
    assert!(!actions(&public).contains(&"session.open".to_owned()));
    assert!(actions(&public).contains(&"organisation.create".to_owned()));
    assert!(!public.to_string().contains("@"), "no e-mail addresses in public audit entries");
    node.stop().await;
}
