//! The OpenAPI document: valid 3.1, every reference resolves, every operation documents its errors.

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::*;

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref"
                    && let Some(s) = child.as_str()
                {
                    out.push(s.to_owned());
                }
                collect_refs(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| collect_refs(c, out)),
        _ => {}
    }
}

#[tokio::test]
async fn openapi_document_is_valid_3_1() {
    let node = TestNode::start().await;
    let r = client().get(node.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.unwrap();

    // An independent 3.1 parser accepts it.
    let spec = oas3::from_json(&text).expect("oas3 parses the document");
    assert!(spec.openapi.starts_with("3.1"), "{}", spec.openapi);

    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        let pointer = r.strip_prefix('#').expect("local reference");
        assert!(doc.pointer(pointer).is_some(), "unresolved {r}");
    }

    let paths = doc["paths"].as_object().unwrap();
    for expected in [
        "/healthz",
        "/readyz",
        "/api/v1/organisations",
        "/api/v1/organisations/{id}",
        "/api/v1/users",
        "/api/v1/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/session",
        "/api/v1/me",
        "/api/v1/audit",
    ] {
        assert!(paths.contains_key(expected), "{expected} documented");
    }
    let mut operation_ids = std::collections::HashSet::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()), "{method} {path} has responses");
            let id = op["operationId"].as_str().unwrap_or_default().to_owned();
            assert!(operation_ids.insert(id.clone()), "duplicate operationId {id}");
            if path.starts_with("/api/v1") && method != "get" {
                let responses = op["responses"].as_object().unwrap();
                assert!(responses.keys().any(|c| c.starts_with('4')), "{method} {path} documents its errors");
            }
        }
    }
    // Every error code is in the schema, so clients can generate an enum.
    let codes = doc.pointer("/components/schemas/ErrorCode/enum").and_then(|v| v.as_array()).unwrap();
    assert_eq!(codes.len(), accord_server::error::ErrorCode::ALL.len());
    node.stop().await;
}
