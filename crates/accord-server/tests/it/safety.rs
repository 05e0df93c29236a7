//! Incidents over HTTP: a TLP:RED record is invisible to every other organisation through
//! every exit (get, list, search, facet counts, export in every format), intake with
//! validation, review, redirects of duplicates, and the STIX export's TLP 2.0 markings.

use std::collections::BTreeMap;

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use accord_core::Principal;
use accord_safety::import::ImportSet;
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_safety::model::{Incident, IncidentKind, Report, Source};

use crate::common::*;

fn incident(key: &str, title: &str) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Incident,
        title: title.into(),
        description: format!("{title}, described."),
        lang: "en".into(),
        date: Some("2026-10-01".into()),
        countries: vec!["CN".into()],
        sectors: vec![],
        severity: None,
        entities: vec![],
        models: vec![],
        classifications: vec![],
        links: vec![],
        references: vec![],
        source: Source::Member,
    }
}

fn report(key: &str, incident: &str, title: &str) -> Report {
    Report {
        key: key.into(),
        incident: incident.into(),
        title: title.into(),
        text: format!("{title}: the evidence."),
        lang: "en".into(),
        url: None,
        authors: vec![],
        date_published: None,
        is_incident_report: true,
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    }
}

/// A node with one public incident, one RED incident of MEMBER's organisation (with a report),
/// and a duplicate mapping.
async fn seeded() -> TestNode {
    let node = TestNode::start().await;
    let owner =
        node.node.organisation_by_name(&Principal::Operator, "国家人工智能安全研究中心").await.unwrap().unwrap();
    let mut public = ImportSet::default();
    public.incidents.push(incident("PUB-1", "Public chatbot outage wobbegong"));
    public.incidents.push(incident("PUB-2", "Second telling of the outage wobbegong"));
    public.duplicates.insert("PUB-2".into(), "PUB-1".into());
    let none = BTreeMap::new();
    node.node.import_safety(&Principal::Operator, public, &none, &none, None, &|_| ()).await.unwrap();
    let mut red = ImportSet::default();
    red.incidents.push(incident("RED-1", "Confidential jailbreak narwhal"));
    red.reports.push(report("RED-1-R", "RED-1", "Narwhal evidence"));
    let marking = Marking::new(Tlp::Red, Distribution::OrganisationOnly, None).unwrap();
    let markings = BTreeMap::from([("RED-1".to_owned(), marking)]);
    node.node.import_safety(&Principal::Operator, red, &markings, &none, Some(owner.id), &|_| ()).await.unwrap();
    node
}

async fn bearer(node: &TestNode, email: &str) -> Client {
    let token = node.token(email, &["read", "write"]).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    Client::builder().default_headers(headers).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn json_of(http: &Client, node: &TestNode, path: &str) -> (StatusCode, Value) {
    let r = http.get(node.url(path)).send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

#[tokio::test]
async fn a_red_record_is_invisible_to_every_other_organisation_through_every_exit() {
    let node = seeded().await;
    let callers: Vec<(&str, Client, bool)> = vec![
        ("anonymous", client(), false),
        ("another organisation's reviewer", bearer(&node, REVIEWER).await, false),
        ("the node's administrator (another organisation)", bearer(&node, ADMIN).await, false),
        ("the owner organisation", bearer(&node, MEMBER).await, true),
    ];
    for (who, http, sees) in &callers {
        let (status, _) = json_of(http, &node, "/api/v1/incidents/RED-1").await;
        assert_eq!(status == StatusCode::OK, *sees, "get as {who}: {status}");
        if !sees {
            assert_eq!(status, StatusCode::NOT_FOUND, "hidden reads as absent for {who}");
        }
        let (status, _) = json_of(http, &node, "/api/v1/reports/RED-1-R").await;
        assert_eq!(status == StatusCode::OK, *sees, "get report as {who}");

        let (status, found) = json_of(http, &node, "/api/v1/incidents?q=narwhal").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(found["total"], if *sees { 2 } else { 0 }, "search total as {who}: {found}");

        let (_, list) = json_of(http, &node, "/api/v1/incidents?type=incident&limit=200").await;
        let listed: Vec<&str> = list["items"].as_array().unwrap().iter().map(|i| i["key"].as_str().unwrap()).collect();
        assert_eq!(listed.contains(&"RED-1"), *sees, "list as {who}");
        let tlp: BTreeMap<&str, u64> = list["facets"]["tlp"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["value"].as_str().unwrap(), v["count"].as_u64().unwrap()))
            .collect();
        assert_eq!(tlp.get("TLP:RED").copied(), if *sees { Some(1) } else { None }, "RED facet count as {who}");
        assert_eq!(list["total"].as_u64().unwrap(), if *sees { 2 } else { 1 }, "list total as {who}");

        for format in ["json", "ndjson", "csv", "csv-reports", "stix"] {
            let r = http.get(node.url(&format!("/api/v1/incidents/export?format={format}"))).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{format}");
            assert_eq!(r.headers()["cache-control"], "private, no-store");
            let body = r.text().await.unwrap();
            assert_eq!(body.contains("narwhal") || body.contains("Narwhal"), *sees, "{format} export as {who}");
            if format == "stix" && !*sees {
                assert!(!body.contains("e828b379-4e03-4974-9ac4-e53a884c97c1"), "not even the RED marking shows");
            }
        }
    }
    node.stop().await;
}

#[tokio::test]
async fn intake_validates_and_review_publishes() {
    let node = seeded().await;
    let member = bearer(&node, MEMBER).await;
    let anonymous = client();
    let body = json!({
        "title": "Translation model renders place names as slurs",
        "description": "Observed in a public deployment.",
        "lang": "en",
        "tlp": "TLP:GREEN",
        "distribution": "community",
        "countries": ["CN"],
        "entities": [{ "id": "acme-translate", "name": "Acme Translate", "role": "deployer" }],
    });
    let r = anonymous.post(node.url("/api/v1/incidents")).json(&body).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "unauthenticated");

    // Bad input names the field; unknown fields are refused.
    for (change, field) in [
        (json!({ "tlp": "TLP:PURPLE" }), "tlp"),
        (json!({ "distribution": "everyone" }), "distribution"),
        (json!({ "date": "2026-13" }), "date"),
        (json!({ "countries": ["China"] }), "countries[0]"),
        (json!({ "title": "" }), "title"),
        (json!({ "distribution": "sharing_group", "sharing_group": "not-a-uuid" }), "sharing_group"),
    ] {
        let mut b = body.clone();
        for (k, v) in change.as_object().unwrap() {
            b[k] = v.clone();
        }
        let r = member.post(node.url("/api/v1/incidents")).json(&b).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["details"]["field"], field, "{e}");
    }
    let mut extra = body.clone();
    extra["secret_flag"] = json!(true);
    let r = member.post(node.url("/api/v1/incidents")).json(&extra).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("secret_flag"));

    let r = member.post(node.url("/api/v1/incidents")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let key = created["key"].as_str().unwrap().to_owned();
    assert_eq!(created["status"], "submitted");

    // Not public while submitted; the reviewer of another organisation (in its community
    // audience) sees it in the queue and publishes it.
    let (status, _) = json_of(&anonymous, &node, &format!("/api/v1/incidents/{key}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let reviewer = bearer(&node, REVIEWER).await;
    let (_, queue) = json_of(&reviewer, &node, "/api/v1/review-queue").await;
    assert!(queue["incidents"].as_array().unwrap().iter().any(|i| i["key"] == key.as_str()), "{queue}");
    let (status, _) = json_of(&member, &node, "/api/v1/review-queue").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "members do not review");
    let r = reviewer
        .post(node.url(&format!("/api/v1/incidents/{key}/review")))
        .json(&json!({ "decision": "publish" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (_, found) = json_of(&reviewer, &node, "/api/v1/incidents?q=slurs").await;
    assert_eq!(found["total"], 1);
    // GREEN is never public, published or not.
    let (_, found) = json_of(&anonymous, &node, "/api/v1/incidents?q=slurs").await;
    assert_eq!(found["total"], 0);

    // A report on it, in Arabic.
    let r = member
        .post(node.url(&format!("/api/v1/incidents/{key}/reports")))
        .json(&json!({ "title": "نظام الترجمة يسيء إلى أسماء الأماكن", "text": "تقرير.", "lang": "ar",
                       "tlp": "TLP:GREEN", "distribution": "community" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = member
        .post(node.url("/api/v1/incidents/NOPE-1/reports"))
        .json(&json!({ "title": "x", "lang": "en", "tlp": "TLP:GREEN", "distribution": "community" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    node.stop().await;
}

#[tokio::test]
async fn duplicates_redirect_and_bad_parameters_are_named() {
    let node = seeded().await;
    let http = client();
    let r = http.get(node.url("/api/v1/incidents/PUB-2")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(r.headers()["location"], "/api/v1/incidents/PUB-1");
    let (_, list) = json_of(&http, &node, "/api/v1/incidents?q=wobbegong").await;
    assert_eq!(list["total"], 1, "a duplicate is not listed twice: {list}");
    for (query, parameter) in
        [("sort=best", "sort"), ("type=vulnerability", "type"), ("limit=0", "limit"), ("colour=red", "colour")]
    {
        let r = http.get(node.url(&format!("/api/v1/incidents?{query}"))).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{query}");
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["details"]["parameter"], parameter, "{e}");
    }
    let r = http.get(node.url("/api/v1/incidents/export?format=xml")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    // The STIX export carries the TLP 2.0 marking definition of what it holds.
    let (_, bundle) = json_of(&http, &node, "/api/v1/incidents/export?format=stix").await;
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    assert!(objects.iter().any(|o| o["id"] == "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"));
    assert!(objects.iter().filter(|o| o["type"] == "incident").count() >= 2);
    node.stop().await;
}
