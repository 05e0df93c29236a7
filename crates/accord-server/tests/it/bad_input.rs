//! Bad input gets a 4xx with the one error body: never a 500, never a panic.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn malformed_requests_get_clear_errors() {
    let node = TestNode::start().await;
    let admin = node.token(ADMIN, &["read", "write", "admin"]).await;
    let http = client();
    let post = |path: &str| http.post(node.url(path)).bearer_auth(&admin);

    let cases: Vec<(reqwest::RequestBuilder, StatusCode, &str)> = vec![
        (post("/api/v1/organisations").header("content-type", "application/json").body("{\"name\": "), StatusCode::BAD_REQUEST, "malformed_json"),
        (post("/api/v1/organisations").header("content-type", "application/json").body("not json at all"), StatusCode::BAD_REQUEST, "malformed_json"),
        (
            post("/api/v1/organisations").json(&json!({ "name": "X", "kind": "company", "colour": "blue" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
        (post("/api/v1/organisations").json(&json!({ "kind": "company" })), StatusCode::UNPROCESSABLE_ENTITY, "invalid_body"),
        (post("/api/v1/organisations").json(&json!({ "name": 42, "kind": "company" })), StatusCode::UNPROCESSABLE_ENTITY, "invalid_body"),
        (
            post("/api/v1/organisations").json(&json!({ "name": "x".repeat(201), "kind": "company" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            post("/api/v1/organisations").json(&json!({ "name": "X", "kind": "ngo" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            post("/api/v1/organisations").json(&json!({ "name": "Accord Network Secretariat", "kind": "company" })),
            StatusCode::CONFLICT,
            "conflict",
        ),
        (post("/api/v1/organisations").header("content-type", "text/plain").body("name=x"), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        (post("/api/v1/organisations").body("{}"), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        (
            post("/api/v1/organisations").header("content-type", "application/json").body(format!("{{\"name\": \"{}\"}}", "x".repeat(200_000))),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
        (
            post("/api/v1/tokens").json(&json!({ "name": "t", "scopes": ["read", "root"] })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (post("/api/v1/tokens").json(&json!({ "name": "t", "scopes": [] })), StatusCode::UNPROCESSABLE_ENTITY, "validation_failed"),
        (
            post("/api/v1/tokens").json(&json!({ "name": "t", "scopes": ["read"], "expires_in_days": 0 })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            post("/api/v1/users").json(&json!({ "organisation": "nope", "email": "a@b.org", "display_name": "A", "role": "member" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (
            post("/api/v1/users").json(&json!({ "organisation": uuid_of_nothing(), "email": "not-an-email", "display_name": "A", "role": "member" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        ),
        (http.get(node.url("/api/v1/organisations/not-a-uuid")), StatusCode::BAD_REQUEST, "bad_parameter"),
        (http.get(node.url(&format!("/api/v1/organisations/{}", uuid_of_nothing()))), StatusCode::NOT_FOUND, "not_found"),
        (http.get(node.url("/api/v1/organisations?limit=many")), StatusCode::BAD_REQUEST, "bad_parameter"),
        (http.get(node.url("/api/v1/organisations?limit=-1")), StatusCode::BAD_REQUEST, "bad_parameter"),
        (http.get(node.url("/api/v1/nothing-here")), StatusCode::NOT_FOUND, "not_found"),
        (http.patch(node.url("/api/v1/organisations")), StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        (http.get(node.url("/api/v1/audit?cursor=zzz")).bearer_auth(&admin), StatusCode::NOT_FOUND, "not_found"),
    ];
    for (i, (req, status, code)) in cases.into_iter().enumerate() {
        let r = req.send().await.unwrap();
        assert_eq!(r.status(), status, "case {i}");
        assert_eq!(error_code(r, status).await, code, "case {i}");
    }

    // A validation error says which field and why.
    let r = post("/api/v1/organisations")
        .json(&json!({ "name": "x".repeat(201), "kind": "company" }))
        .send()
        .await
        .unwrap();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "name");
    assert_eq!(body["error"]["details"]["max"], 200);

    // Nothing was half-written: the node has exactly the demo organisations.
    let orgs: Value = http.get(node.url("/api/v1/organisations?limit=200")).send().await.unwrap().json().await.unwrap();
    assert_eq!(orgs["items"].as_array().unwrap().len(), accord_node::demo::ORGANISATIONS);
    node.stop().await;
}

#[tokio::test]
async fn hostile_text_is_stored_as_text_and_escaped_in_pages() {
    let node = TestNode::start().await;
    let admin = node.token(ADMIN, &["admin"]).await;
    let name = "<script>alert(1)</script> & \"quotes\" مرحبا";
    let r = client()
        .post(node.url("/api/v1/organisations"))
        .bearer_auth(&admin)
        .json(&json!({ "name": name, "kind": "company" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let html = client().get(node.url("/en/members")).send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"), "escaped, not dropped");
    node.stop().await;
}

fn uuid_of_nothing() -> String {
    "01900000-0000-7000-8000-000000000000".into()
}
