//! The obligations engine over HTTP.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

#[tokio::test]
async fn assessments_rules_and_instruments() {
    let node = TestNode::start().await;
    let http = client();
    let profile = json!({
        "markets": ["EU", "CN", "US-CA"], "roles": ["provider"], "established_in": "CN", "artifact": "gpai_model",
        "general_purpose": true, "open_weights": true, "foss_licence": true, "generative": true,
        "interacts_with_people": true, "offered_to_public": true, "training_flop": 3e25, "placed_on_market": "2026-03-01"
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

    // Statuses only: the same findings without their proof trees.
    let lean: Value = http
        .post(node.url("/api/v1/assessments?proofs=false"))
        .json(&json!({ "profile": unknown, "as_of": "2026-09-01" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(lean["findings"].as_array().unwrap().len(), report["findings"].as_array().unwrap().len());
    assert!(lean["findings"].as_array().unwrap().iter().all(|f| f["proof"].is_null()));
    assert_eq!(status(&lean, "eu.aia.55.1a"), "may_apply");
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["proof"].is_object()));

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
    let cn: Value = http.get(node.url("/api/v1/rules?jurisdiction=CN")).send().await.unwrap().json().await.unwrap();
    let cn = cn.as_array().unwrap();
    assert!(cn.len() > 20 && cn.iter().all(|r| r["jurisdiction"] == "CN"));
    let incidents: Value =
        http.get(node.url("/api/v1/rules?kind=incident.report")).send().await.unwrap().json().await.unwrap();
    let jurisdictions: std::collections::BTreeSet<&str> =
        incidents.as_array().unwrap().iter().map(|r| r["jurisdiction"].as_str().unwrap()).collect();
    assert!(jurisdictions.contains("EU") && jurisdictions.contains("US-CA") && jurisdictions.contains("US-NY"));
    let r = http.get(node.url("/api/v1/rules?jurisdictions=CN")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "an unknown filter is refused, not ignored");
    let instruments: Value = http.get(node.url("/api/v1/instruments")).send().await.unwrap().json().await.unwrap();
    let eu = instruments.as_array().unwrap().iter().find(|i| i["id"] == "eu.aia").unwrap();
    assert_eq!(
        eu["rules"].as_u64().unwrap() as usize,
        rules.as_array().unwrap().iter().filter(|r| r["instrument"] == "eu.aia").count()
    );
    node.stop().await;
}

#[tokio::test]
async fn a_saved_assessment_is_a_signed_record_kept_as_computed() {
    let node = TestNode::start().await;
    let http = client();
    let body = json!({ "name": "Open-weights model, EU/CN/CA", "profile": { "markets": ["EU"], "roles": ["provider"],
        "general_purpose": true, "training_flop": 3e25, "placed_on_market": "2026-03-01" }, "as_of": "2026-09-01" });
    // Anonymous visitors may assess but not save.
    let r = http.post(node.url("/api/v1/assessments/saved")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    let token = node.token("admin@secretariat.example", &["read", "write"]).await;
    let r = http.post(node.url("/api/v1/assessments/saved")).bearer_auth(&token).json(&body).send().await.unwrap();
    let code = r.status();
    let saved: Value = r.json().await.unwrap();
    assert_eq!(code, StatusCode::CREATED, "{saved}");
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(saved["name"], "Open-weights model, EU/CN/CA");
    assert_eq!(saved["profile"]["training_flop"], 3e25);
    let findings = saved["report"]["findings"].as_array().unwrap();
    assert_eq!(findings.iter().find(|f| f["rule"] == "eu.aia.55.1a").unwrap()["status"], "applies");

    // It is in the transparency log as a signed record whose payload names the outcome.
    let record: Value =
        http.get(node.url(saved["record"].as_str().unwrap())).send().await.unwrap().json().await.unwrap();
    use base64::Engine;
    let envelope = base64::engine::general_purpose::STANDARD.decode(record[0]["envelope"].as_str().unwrap()).unwrap();
    let envelope: Value = serde_json::from_slice(&envelope).unwrap();
    assert_eq!(envelope["action"], "assessment.save");
    assert!(envelope["payload"]["outcome"]["applies"].as_array().unwrap().iter().any(|r| r == "eu.aia.55.1a"));
    assert_eq!(envelope["payload"]["corpus_sha256"].as_str().unwrap().len(), 64);

    let list: Value = http.get(node.url("/api/v1/assessments/saved")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert!(list["items"][0].get("report").is_none(), "lists leave the report out");
    let one: Value =
        http.get(node.url(&format!("/api/v1/assessments/saved/{id}"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(one["report"], saved["report"]);

    // Bad input: no name, a bad profile, an unknown id.
    for (bad, field) in [
        (json!({ "name": " ", "profile": {} }), "name"),
        (json!({ "name": "x", "profile": { "markets": "EU" } }), "profile.markets"),
    ] {
        let r = http.post(node.url("/api/v1/assessments/saved")).bearer_auth(&token).json(&bad).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["details"]["field"], field);
    }
    let r = http.get(node.url("/api/v1/assessments/saved/0190a000-0000-7000-8000-000000000000")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let list: Value = http.get(node.url("/api/v1/assessments/saved")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1, "nothing half-written");
    node.stop().await;
}

#[tokio::test]
async fn a_node_can_run_its_own_corpus_and_refuses_a_bad_one() {
    let packs = tempfile::tempdir().unwrap();
    std::fs::write(
        packs.path().join("xx.test.toml"),
        r#"
[instrument]
id = "xx.test"
title = "A member's own rule pack"
jurisdiction = "EU"
status = "in_force"

[[rule]]
id = "xx.test.1"
kind = "incident.report"
role = "provider"
cite = "Art. 1"
summary = "Report incidents."
applies_when = { fact = "markets", contains = "EU" }
[rule.source]
url = "https://example.org/act"
confidence = "uncertain"
"#,
    )
    .unwrap();
    let dir = packs.path().to_owned();
    let node = TestNode::start_with(|c| c.rules.corpus_dir = Some(dir)).await;
    let rules: Value = client().get(node.url("/api/v1/rules")).send().await.unwrap().json().await.unwrap();
    let ids: Vec<&str> = rules.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["xx.test.1"]);
    node.stop().await;

    // A bad pack stops the node at start, naming the file and the line.
    std::fs::write(packs.path().join("bad.toml"), "[instrument]\nid = \"bad\"\ntitle = \"x\"\njurisdiction = \"eu\"\n")
        .unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut config = accord_node::Config::default();
    config.data_dir = data.path().join("data");
    config.rules.corpus_dir = Some(packs.path().to_owned());
    let err = match accord_node::Node::open(config).await {
        Ok(_) => panic!("a bad pack must stop the node"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("bad.toml:1") && err.contains("jurisdiction"), "{err}");
}
