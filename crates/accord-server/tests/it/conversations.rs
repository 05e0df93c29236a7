//! Dialogue over HTTP: conversations, statements, moderation, votes with the anonymous
//! participant cookie, the routed next statement, results, and the errors (401, 403, 404, 422).

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use accord_core::Principal;
use accord_core::dialogue::ConversationId;

use crate::common::*;

async fn bearer(node: &TestNode, email: &str, scopes: &[&str]) -> Client {
    let token = node.token(email, scopes).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    Client::builder().default_headers(headers).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn send(r: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let r = r.send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

async fn create(node: &TestNode, editor: &Client, body: Value) -> String {
    let (status, c) = send(editor.post(node.url("/api/v1/conversations")).json(&body)).await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    let id = c["id"].as_str().unwrap().to_owned();
    for text in
        ["Frontier models should be licensed.", "Open weights help safety research.", "Audits should be public."]
    {
        let url = node.url(&format!("/api/v1/conversations/{id}/statements"));
        let (status, s) = send(editor.post(url).json(&json!({ "text": text }))).await;
        assert_eq!(status, StatusCode::CREATED, "{s}");
        assert_eq!(s["statement"]["moderation"], "accepted");
    }
    id
}

#[tokio::test]
async fn conversations_statements_and_moderation() {
    let node = TestNode::start().await;
    let editor = bearer(&node, EDITOR, &["read", "write"]).await;
    let member = bearer(&node, MEMBER, &["read", "write"]).await;
    let anonymous = client();
    let base = node.url("/api/v1/conversations");

    // Who may create, and what a bad body gets.
    let body = json!({ "topic": "AI licensing", "languages": ["en", "fr"], "strict_moderation": true });
    assert_eq!(
        error_code(anonymous.post(&base).json(&body).send().await.unwrap(), StatusCode::UNAUTHORIZED).await,
        "unauthenticated"
    );
    assert_eq!(
        error_code(member.post(&base).json(&body).send().await.unwrap(), StatusCode::FORBIDDEN).await,
        "forbidden"
    );
    let unknown = json!({ "topic": "AI licensing", "languages": ["en"], "colour": "red" });
    assert_eq!(
        error_code(editor.post(&base).json(&unknown).send().await.unwrap(), StatusCode::UNPROCESSABLE_ENTITY).await,
        "invalid_body"
    );
    let bad = json!({ "topic": "AI licensing", "languages": ["en"], "participation": "everyone" });
    let r = editor.post(&base).json(&bad).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = r.json().await.unwrap();
    assert_eq!(
        (e["error"]["code"].as_str(), e["error"]["details"]["field"].as_str()),
        (Some("validation_failed"), Some("participation"))
    );

    let id = create(&node, &editor, body).await;
    let (status, c) = send(anonymous.get(node.url(&format!("/api/v1/conversations/{id}")))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (c["participation"].as_str(), c["statements"].as_u64(), c["strict_moderation"].as_bool()),
        (Some("public"), Some(3), Some(true))
    );
    let (_, list) = send(anonymous.get(&base)).await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        error_code(
            anonymous.get(node.url("/api/v1/conversations/not-a-uuid")).send().await.unwrap(),
            StatusCode::BAD_REQUEST
        )
        .await,
        "bad_parameter"
    );
    let ghost = uuid::Uuid::now_v7();
    assert_eq!(
        error_code(
            anonymous.get(node.url(&format!("/api/v1/conversations/{ghost}"))).send().await.unwrap(),
            StatusCode::NOT_FOUND
        )
        .await,
        "not_found"
    );

    // A member's statement waits for moderation and is hidden meanwhile (strict moderation).
    let statements = node.url(&format!("/api/v1/conversations/{id}/statements"));
    let (status, s) = send(member.post(&statements).json(&json!({ "text": "Licences should expire." }))).await;
    assert_eq!(status, StatusCode::CREATED, "{s}");
    assert_eq!(
        (s["statement"]["seq"].as_u64(), s["statement"]["moderation"].as_str(), s["participant"].as_u64()),
        (Some(3), Some("unmoderated"), Some(0))
    );
    let (_, seen) = send(anonymous.get(&statements)).await;
    assert_eq!(seen["items"].as_array().unwrap().len(), 3);
    let (_, all) = send(editor.get(&statements)).await;
    assert_eq!(all["items"].as_array().unwrap().len(), 4);
    let r = member.post(&statements).json(&json!({ "text": "x", "author": 1 })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");

    let moderation = node.url(&format!("/api/v1/conversations/{id}/statements/3/moderation"));
    let accept = json!({ "moderation": "accepted" });
    assert_eq!(
        error_code(member.post(&moderation).json(&accept).send().await.unwrap(), StatusCode::FORBIDDEN).await,
        "forbidden"
    );
    let missing = node.url(&format!("/api/v1/conversations/{id}/statements/42/moderation"));
    assert_eq!(
        error_code(editor.post(&missing).json(&accept).send().await.unwrap(), StatusCode::NOT_FOUND).await,
        "not_found"
    );
    let r = editor.post(&moderation).json(&json!({ "moderation": "maybe" })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    let (status, s) = send(editor.post(&moderation).json(&accept)).await;
    assert_eq!((status, s["moderation"].as_str()), (StatusCode::OK, Some("accepted")));
    let (_, seen) = send(anonymous.get(&statements)).await;
    assert_eq!(seen["items"].as_array().unwrap().len(), 4);

    // Closing: members may not; editors may; a closed conversation takes no votes.
    let url = node.url(&format!("/api/v1/conversations/{id}"));
    let close = json!({ "state": "closed" });
    assert_eq!(
        error_code(member.patch(&url).json(&close).send().await.unwrap(), StatusCode::FORBIDDEN).await,
        "forbidden"
    );
    let r = editor.patch(&url).json(&json!({ "state": "closed", "owner": "me" })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");
    let (status, c) = send(editor.patch(&url).json(&close)).await;
    assert_eq!((status, c["state"].as_str(), c["version"].as_i64()), (StatusCode::OK, Some("closed"), Some(2)));
    let votes = node.url(&format!("/api/v1/conversations/{id}/votes"));
    let r = member.post(&votes).json(&json!({ "votes": [{ "statement": 0, "vote": "agree" }] })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    node.stop().await;
}

#[tokio::test]
async fn anonymous_participants_vote_with_a_cookie_and_are_routed() {
    let node = TestNode::start().await;
    let editor = bearer(&node, EDITOR, &["read", "write"]).await;
    let id = create(&node, &editor, json!({ "topic": "Compute thresholds", "languages": ["en", "zh"] })).await;
    let votes = node.url(&format!("/api/v1/conversations/{id}/votes"));
    let next = node.url(&format!("/api/v1/conversations/{id}/next"));
    let me = node.url(&format!("/api/v1/conversations/{id}/participants/me"));

    let visitor = client();
    assert_eq!(error_code(visitor.get(&me).send().await.unwrap(), StatusCode::NOT_FOUND).await, "not_found");
    let (status, n) = send(visitor.get(&next)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((n["remaining"].as_u64(), n["voted"].as_u64(), &n["participant"]), (Some(3), Some(0), &Value::Null));

    // The first vote makes the visitor a participant: token once, and a cookie.
    let r = visitor.post(&votes).json(&json!({ "votes": [{ "statement": 0, "vote": "agree" }] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "private, no-store");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with(&format!("accord_participant_{id}=")) && cookie.contains("HttpOnly"), "{cookie}");
    let receipt: Value = r.json().await.unwrap();
    let token = receipt["participant_token"].as_str().unwrap().to_owned();
    assert_eq!(receipt["participant"], 0);

    // The cookie brings them back as the same participant; latest vote wins.
    let (status, again) = send(visitor.post(&votes).json(&json!({ "votes": [
        { "statement": 0, "vote": "disagree" }, { "statement": 1, "vote": "pass" }
    ] })))
    .await;
    assert_eq!(
        (status, again["participant"].as_u64(), &again["participant_token"]),
        (StatusCode::OK, Some(0), &Value::Null)
    );
    let (_, n) = send(visitor.get(&next)).await;
    assert_eq!(
        (n["remaining"].as_u64(), n["voted"].as_u64(), n["statement"]["seq"].as_u64()),
        (Some(1), Some(2), Some(2))
    );
    let (_, mine) = send(visitor.get(&me)).await;
    assert_eq!((mine["participant"].as_u64(), mine["votes"].as_u64()), (Some(0), Some(2)));
    // …or the header, from another client.
    let (status, mine) = send(client().get(&me).header("x-accord-participant", &token)).await;
    assert_eq!((status, mine["participant"].as_u64()), (StatusCode::OK, Some(0)));
    let r = client().get(&me).header("x-accord-participant", "forged").send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    // A cross-site change with the cookie is refused.
    let r = visitor
        .post(&votes)
        .header("sec-fetch-site", "cross-site")
        .json(&json!({ "votes": [{ "statement": 2, "vote": "agree" }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "csrf_failed");

    // Another visitor is another participant; counts come from latest votes.
    let (_, other) = send(client().post(&votes).json(&json!({ "votes": [{ "statement": 0, "vote": "agree" }] }))).await;
    assert_eq!(other["participant"], 1);
    let (_, list) = send(client().get(node.url(&format!("/api/v1/conversations/{id}/statements")))).await;
    let first = &list["items"][0];
    assert_eq!((first["votes"]["agree"].as_u64(), first["votes"]["disagree"].as_u64()), (Some(1), Some(1)));
    let (_, c) = send(client().get(node.url(&format!("/api/v1/conversations/{id}")))).await;
    assert_eq!((c["participants"].as_u64(), c["votes"].as_u64()), (Some(2), Some(4)));

    // Bad votes: unknown statement, unknown value, unknown field.
    let r = visitor.post(&votes).json(&json!({ "votes": [{ "statement": 9, "vote": "agree" }] })).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["details"]["field"], "votes[0].statement");
    let r = visitor.post(&votes).json(&json!({ "votes": [{ "statement": 0, "vote": "yes" }] })).send().await.unwrap();
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["details"]["field"], "votes[0].vote");
    let r = visitor.post(&votes).json(&json!({ "votes": [], "weight": 2 })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");

    // Results: 404 until the analysis stores one.
    let results = node.url(&format!("/api/v1/conversations/{id}/results"));
    assert_eq!(error_code(client().get(&results).send().await.unwrap(), StatusCode::NOT_FOUND).await, "not_found");
    let conversation: ConversationId = id.parse().unwrap();
    let analysis = json!({ "statements": [{ "id": 2, "priority": 3.0 }], "groups": [] });
    node.node.save_result(&Principal::Operator, conversation, 4, analysis.clone()).await.unwrap();
    let (status, r) = send(client().get(&results)).await;
    assert_eq!((status, r["version"].as_u64(), r["votes_watermark"].as_u64()), (StatusCode::OK, Some(1), Some(4)));
    assert_eq!(r["result"], analysis);
    let (status, r) = send(client().get(format!("{results}/1"))).await;
    assert_eq!((status, r["version"].as_u64()), (StatusCode::OK, Some(1)));
    assert_eq!(
        error_code(client().get(format!("{results}/2")).send().await.unwrap(), StatusCode::NOT_FOUND).await,
        "not_found"
    );
    assert_eq!(
        error_code(client().get(format!("{results}/x")).send().await.unwrap(), StatusCode::BAD_REQUEST).await,
        "bad_parameter"
    );
    node.stop().await;
}

#[tokio::test]
async fn members_and_invited_conversations_keep_their_audience() {
    let node = TestNode::start().await;
    let editor = bearer(&node, EDITOR, &["read", "write"]).await;
    let member = bearer(&node, MEMBER, &["read", "write"]).await;
    let reviewer = bearer(&node, REVIEWER, &["read", "write"]).await;
    let reader = bearer(&node, MEMBER, &["read"]).await;
    let member_org = node.node.user_by_email(&Principal::Operator, MEMBER).await.unwrap().organisation;

    let members =
        create(&node, &editor, json!({ "topic": "Members only", "languages": ["en"], "participation": "members" }))
            .await;
    let invited = create(
        &node,
        &editor,
        json!({ "topic": "Invited only", "languages": ["en"], "participation": "invited",
                "invited_organisations": [member_org.to_string()] }),
    )
    .await;
    let vote = json!({ "votes": [{ "statement": 0, "vote": "agree" }] });

    // Members' conversation: visitors are told to sign in; members vote as themselves.
    let url = |id: &str, rest: &str| node.url(&format!("/api/v1/conversations/{id}{rest}"));
    assert_eq!(
        error_code(client().get(url(&members, "")).send().await.unwrap(), StatusCode::UNAUTHORIZED).await,
        "unauthenticated"
    );
    assert_eq!(
        error_code(client().post(url(&members, "/votes")).json(&vote).send().await.unwrap(), StatusCode::UNAUTHORIZED)
            .await,
        "unauthenticated"
    );
    let (status, r) = send(reviewer.post(url(&members, "/votes")).json(&vote)).await;
    assert_eq!((status, &r["participant_token"]), (StatusCode::OK, &Value::Null), "{r}");
    let r = reader.post(url(&members, "/votes")).json(&vote).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "insufficient_scope");

    // Invited conversation: another organisation does not learn it exists; the invited vote;
    // the editor (not invited) moderates but may not vote.
    assert_eq!(
        error_code(reviewer.get(url(&invited, "")).send().await.unwrap(), StatusCode::NOT_FOUND).await,
        "not_found"
    );
    assert_eq!(
        error_code(reviewer.post(url(&invited, "/votes")).json(&vote).send().await.unwrap(), StatusCode::NOT_FOUND)
            .await,
        "not_found"
    );
    assert_eq!(
        error_code(client().get(url(&invited, "/statements")).send().await.unwrap(), StatusCode::UNAUTHORIZED).await,
        "unauthenticated"
    );
    let (status, _) = send(member.post(url(&invited, "/votes")).json(&vote)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        error_code(editor.post(url(&invited, "/votes")).json(&vote).send().await.unwrap(), StatusCode::FORBIDDEN).await,
        "forbidden"
    );
    let (_, mine) = send(member.get(url(&invited, "/participants/me"))).await;
    assert_eq!(mine["participant"], 0);

    let listed = |v: &Value| {
        v["items"].as_array().unwrap().iter().map(|c| c["topic"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    let (_, l) = send(client().get(node.url("/api/v1/conversations"))).await;
    assert!(listed(&l).is_empty());
    let (_, l) = send(reviewer.get(node.url("/api/v1/conversations"))).await;
    assert_eq!(listed(&l), ["Members only"]);
    let (_, l) = send(member.get(node.url("/api/v1/conversations"))).await;
    assert_eq!(listed(&l), ["Members only", "Invited only"]);
    node.stop().await;
}

#[tokio::test]
async fn the_dialogue_endpoints_are_documented() {
    let node = TestNode::start().await;
    let (status, doc) = send(client().get(node.url("/api/v1/openapi.json"))).await;
    assert_eq!(status, StatusCode::OK);
    for (path, methods) in [
        ("/api/v1/conversations", &["get", "post"][..]),
        ("/api/v1/conversations/{id}", &["get", "patch"]),
        ("/api/v1/conversations/{id}/statements", &["get", "post"]),
        ("/api/v1/conversations/{id}/statements/{seq}/moderation", &["post"]),
        ("/api/v1/conversations/{id}/votes", &["post"]),
        ("/api/v1/conversations/{id}/next", &["get"]),
        ("/api/v1/conversations/{id}/results", &["get"]),
        ("/api/v1/conversations/{id}/results/{version}", &["get"]),
        ("/api/v1/conversations/{id}/participants/me", &["get"]),
    ] {
        for method in methods {
            let op = &doc["paths"][path][method];
            assert_eq!(op["tags"][0], "dialogue", "{method} {path}");
        }
    }
    for schema in [
        "ConversationDto",
        "ConversationInput",
        "ConversationPatch",
        "StatementDto",
        "VotesBody",
        "NextDto",
        "ResultDto",
    ] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
    node.stop().await;
}
