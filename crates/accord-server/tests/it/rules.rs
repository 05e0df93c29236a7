//! The obligations engine over HTTP.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn assessments_rules_and_instruments() {
    let node = TestNode::start().await;
    let http = client();
    let profile = json!({
        "markets": ["EU", "CN", "US-CA"], "roles": ["provider"], "established_in": "CN", "general_purpose": true,
        "open_weights": true, "foss_licence": true, "generative": true, "training_flop": 3e25, "placed_on_market": "2026-03-01"
    });
    let r = http
        .post(node.url("/api/v1/assessments"))
        .json(&json!({ "profile": profile, "as_of": "2026-09-01" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let report: Value = r.json().await.unwrap();
    let status = |rep: &Value, rule: &str| {
        rep["findings"].as_array().unwrap().iter().find(|f| f["rule"] == rule).unwrap()["status"].clone()
    };
    assert_eq!(status(&report, "eu.aia.55.1a"), "applies");
    assert_eq!(report["as_of"], "2026-09-01");

    let mut unknown = profile.clone();
    unknown.as_object_mut().unwrap().remove("training_flop");
    let report: Value = http
        .post(node.url("/api/v1/assessments"))
        .json(&json!({ "profile": unknown, "as_of": "2026-09-01" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status(&report, "eu.aia.55.1a"), "may_apply");
    assert_eq!(report["ask_next"][0]["fact"], "training_flop");

    // Bad profiles and dates are 422 with the field named.
    for (body, field) in [
        (json!({ "profile": { "trainng_flop": 1e25 } }), "profile.trainng_flop"),
        (json!({ "profile": { "markets": "EU" } }), "profile.markets"),
        (json!({ "profile": [] }), "profile"),
        (json!({ "profile": {}, "as_of": "soon" }), "as_of"),
    ] {
        let r = http.post(node.url("/api/v1/assessments")).json(&body).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["details"]["field"], field, "{body}");
    }
    let r =
        http.post(node.url("/api/v1/assessments")).json(&json!({ "profile": {}, "extra": 1 })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");

    let rules: Value = http.get(node.url("/api/v1/rules")).send().await.unwrap().json().await.unwrap();
    assert!(
        rules
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["source"].as_str().unwrap().starts_with("http") && r["cite"].is_string())
    );
    let instruments: Value = http.get(node.url("/api/v1/instruments")).send().await.unwrap().json().await.unwrap();
    let eu = instruments.as_array().unwrap().iter().find(|i| i["id"] == "eu.aia").unwrap();
    assert_eq!(
        eu["rules"].as_u64().unwrap() as usize,
        rules.as_array().unwrap().iter().filter(|r| r["instrument"] == "eu.aia").count()
    );
    node.stop().await;
}
