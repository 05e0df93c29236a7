//! The role × action table, driven over HTTP with a full-scope token per role.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn role_action_table_over_http() {
    let node = TestNode::start().await;
    let all = ["read", "write", "admin"];
    let tokens = [
        ("anonymous", None),
        ("member", Some(node.token(MEMBER, &all).await)),
        ("reviewer", Some(node.token(REVIEWER, &all).await)),
        ("editor", Some(node.token(EDITOR, &all).await)),
        ("admin", Some(node.token(ADMIN, &all).await)),
    ];
    let orgs: Value = client().get(node.url("/api/v1/organisations")).send().await.unwrap().json().await.unwrap();
    let org_id = orgs["items"][0]["id"].as_str().unwrap().to_owned();

    // (method, path, body, expected status per role: anonymous, member, reviewer, editor, admin)
    let mut n = 0;
    let cases: Vec<(Method, String, Option<Value>, [u16; 5])> = vec![
        (Method::GET, "/api/v1/organisations".into(), None, [200, 200, 200, 200, 200]),
        (Method::GET, format!("/api/v1/organisations/{org_id}"), None, [200, 200, 200, 200, 200]),
        (Method::GET, "/api/v1/users".into(), None, [401, 403, 403, 403, 200]),
        (Method::GET, "/api/v1/audit".into(), None, [401, 200, 200, 200, 200]),
        (Method::GET, "/api/v1/me".into(), None, [401, 200, 200, 200, 200]),
        (Method::GET, "/api/v1/tokens".into(), None, [401, 200, 200, 200, 200]),
        (Method::GET, "/api/v1/tokens?all=true".into(), None, [401, 403, 403, 403, 200]),
        (
            Method::POST,
            "/api/v1/tokens".into(),
            Some(json!({ "name": "t", "scopes": ["read"] })),
            [401, 201, 201, 201, 201],
        ),
        (
            Method::POST,
            "/api/v1/organisations".into(),
            Some(json!({ "name": "ORG", "kind": "company" })),
            [401, 403, 403, 403, 201],
        ),
        (
            Method::POST,
            "/api/v1/users".into(),
            Some(json!({ "organisation": org_id, "email": "EMAIL", "display_name": "New", "role": "member" })),
            [401, 403, 403, 403, 201],
        ),
    ];
    for (method, path, body, expected) in cases {
        for ((role, token), want) in tokens.iter().zip(expected) {
            n += 1;
            let mut req = client().request(method.clone(), node.url(&path));
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            if let Some(b) = &body {
                // Unique names so that allowed creations do not conflict with each other.
                let text =
                    b.to_string().replace("ORG", &format!("Org {n}")).replace("EMAIL", &format!("u{n}@example.org"));
                req = req.header("content-type", "application/json").body(text);
            }
            let r = req.send().await.unwrap();
            assert_eq!(r.status().as_u16(), want, "{method} {path} as {role}");
            if !r.status().is_success() {
                let code = error_code(r, StatusCode::from_u16(want).unwrap()).await;
                let expected_code = if want == 401 { "unauthenticated" } else { "forbidden" };
                assert_eq!(code, expected_code, "{method} {path} as {role}");
            }
        }
    }
    node.stop().await;
}
