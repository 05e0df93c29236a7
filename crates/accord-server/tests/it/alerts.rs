//! Alerts over HTTP: a saved search's Atom feed lists what its owner may see, newest first,
//! and dies with the search; webhooks deliver signed events, retry after a failure, never
//! deliver what the subscriber may not see, and withhold a delivery whose record became
//! invisible before it was sent; bad input is refused with the one error body.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use quick_xml::events::Event;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use accord_core::Principal;
use accord_safety::import::ImportSet;
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_safety::model::{Incident, IncidentKind, Source};
use accord_safety::webhook::{SIGNATURE_HEADER, verify};

use crate::common::*;

fn incident(key: &str, title: &str, date: &str) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Incident,
        title: title.into(),
        description: format!("{title}, as reported."),
        lang: "en".into(),
        date: Some(date.into()),
        countries: vec!["FR".into()],
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

/// Imports `incidents` as the operator: public, or RED and owned by MEMBER's organisation.
async fn import(node: &TestNode, incidents: Vec<Incident>, red: bool) {
    let mut set = ImportSet::default();
    let keys: Vec<String> = incidents.iter().map(|i| i.key.clone()).collect();
    set.incidents = incidents;
    let none = BTreeMap::new();
    let (markings, owner) = if red {
        let org =
            node.node.organisation_by_name(&Principal::Operator, "国家人工智能安全研究中心").await.unwrap().unwrap();
        let marking = Marking::new(Tlp::Red, Distribution::OrganisationOnly, None).unwrap();
        (keys.into_iter().map(|k| (k, marking)).collect(), Some(org.id))
    } else {
        (BTreeMap::new(), None)
    };
    node.node.import_safety(&Principal::Operator, set, &markings, &none, owner, &|_| ()).await.unwrap();
}

async fn bearer(node: &TestNode, email: &str, scopes: &[&str]) -> Client {
    let token = node.token(email, scopes).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    Client::builder().default_headers(headers).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn post(http: &Client, node: &TestNode, path: &str, body: Value) -> (StatusCode, Value) {
    let r = http.post(node.url(path)).json(&body).send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn get(http: &Client, node: &TestNode, path: &str) -> (StatusCode, Value) {
    let r = http.get(node.url(path)).send().await.unwrap();
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// One feed entry as read back from the XML.
#[derive(Debug, Default)]
struct Entry {
    id: String,
    title: String,
    link: String,
    tlp: String,
    summary: String,
}

/// Parses an Atom document with quick-xml (a syntax error fails the test) into its entries.
fn entries(xml: &str) -> Vec<Entry> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<Entry> = None;
    let mut path: Vec<String> = Vec::new();
    let mut saw_feed = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if name == "feed" {
                    saw_feed = true;
                }
                if name == "entry" {
                    current = Some(Entry::default());
                }
                path.push(name);
            }
            Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if let Some(entry) = current.as_mut() {
                    let attr = |key: &str| {
                        e.attributes()
                            .filter_map(Result::ok)
                            .find(|a| a.key.as_ref() == key.as_bytes())
                            .map(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned())
                            .unwrap_or_default()
                    };
                    match name.as_str() {
                        "link" => entry.link = attr("href"),
                        "category" => entry.tlp = attr("term"),
                        _ => {}
                    }
                }
            }
            Event::Text(t) => {
                if let (Some(entry), Some(last)) = (current.as_mut(), path.last()) {
                    let text = t.decode().unwrap().into_owned();
                    let text = quick_xml::escape::unescape(&text).unwrap().into_owned();
                    match (last.as_str(), path.len()) {
                        ("id", 3) => entry.id.push_str(&text),
                        ("title", 3) => entry.title.push_str(&text),
                        ("summary", 3) => entry.summary.push_str(&text),
                        _ => {}
                    }
                }
            }
            Event::GeneralRef(r) => {
                // Entity references (&amp; …) arrive apart from the text around them.
                if let (Some(entry), Some(last)) = (current.as_mut(), path.last()) {
                    let name = r.decode().unwrap().into_owned();
                    let text = quick_xml::escape::unescape(&format!("&{name};")).unwrap().into_owned();
                    match last.as_str() {
                        "title" => entry.title.push_str(&text),
                        "summary" => entry.summary.push_str(&text),
                        _ => {}
                    }
                }
            }
            Event::End(_) => {
                let closed = path.pop();
                if closed.as_deref() == Some("entry") {
                    out.extend(current.take());
                }
            }
            _ => {}
        }
    }
    assert!(saw_feed, "an Atom <feed> root: {xml}");
    out
}

async fn feed(url: &str) -> (StatusCode, HeaderMap, String) {
    let r = client().get(url).send().await.unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    (status, headers, r.text().await.unwrap())
}

#[tokio::test]
async fn a_saved_search_feed_lists_what_its_owner_may_see_newest_first() {
    let node = TestNode::start().await;
    import(
        &node,
        vec![
            incident("ALR-1", "Chatbot outage quokka & co", "2026-01-01"),
            incident("ALR-2", "Second outage quokka", "2026-03-01"),
            incident("ALR-3", "Unrelated matter", "2026-02-01"),
        ],
        false,
    )
    .await;
    // Newer than all and matching, but RED for MEMBER's organisation only.
    import(&node, vec![incident("ALR-RED", "Secret outage quokka", "2026-05-01")], true).await;

    let reviewer = bearer(&node, REVIEWER, &["read"]).await;
    let (status, created) =
        post(&reviewer, &node, "/api/v1/saved-searches", json!({ "name": "Quokkas", "query": "q=quokka" })).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let feed_url = created["feed_url"].as_str().unwrap().to_owned();
    assert!(feed_url.starts_with(&node.base) && feed_url.ends_with(".atom"), "{feed_url}");
    assert_eq!(created["query"], "q=quokka");

    let (status, headers, xml) = feed(&feed_url).await;
    assert_eq!(status, StatusCode::OK, "{xml}");
    assert_eq!(headers["content-type"], "application/atom+xml; charset=utf-8");
    assert_eq!(headers["cache-control"], "private, no-store");
    let got = entries(&xml);
    let titles: Vec<&str> = got.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Second outage quokka", "Chatbot outage quokka & co"], "newest first, no RED: {xml}");
    assert!(!xml.contains("ALR-RED") && !xml.contains("Secret"), "{xml}");
    let first = &got[0];
    assert_eq!(first.link, format!("{}/en/safety/incidents/ALR-2", node.base));
    assert_eq!(first.tlp, "TLP:CLEAR");
    assert!(first.id.starts_with("urn:uuid:"), "{}", first.id);
    assert!(first.summary.contains("quokka") && !first.summary.contains("<mark>"), "{}", first.summary);
    // Ids are stable: read again, the same.
    let again = entries(&feed(&feed_url).await.2);
    assert_eq!(again[0].id, first.id);

    // The owner organisation's member sees its RED record in the same search, first.
    let member = bearer(&node, MEMBER, &["read"]).await;
    let (_, mine) = post(
        &member,
        &node,
        "/api/v1/saved-searches",
        json!({ "name": "Mine", "query": [["q", "quokka"], ["type", "incident"]] }),
    )
    .await;
    let member_feed = entries(&feed(mine["feed_url"].as_str().unwrap()).await.2);
    assert_eq!(member_feed.first().map(|e| e.title.as_str()), Some("Secret outage quokka"));
    assert_eq!(member_feed.first().map(|e| e.tlp.as_str()), Some("TLP:RED"));

    // Access is decided when the feed is read: a marking made stricter removes the record.
    let admin = bearer(&node, ADMIN, &["read", "write"]).await;
    let r = admin
        .put(node.url("/api/v1/incidents/ALR-2/marking"))
        .json(&json!({ "tlp": "TLP:RED", "distribution": "organisation_only" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let titles: Vec<String> = entries(&feed(&feed_url).await.2).into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["Chatbot outage quokka & co"]);

    // A wrong token, a token without `.atom`, and a deleted search: 404.
    let wrong = format!("{}/feeds/feed_{}.atom", node.base, "A".repeat(43));
    assert_eq!(feed(&wrong).await.0, StatusCode::NOT_FOUND);
    assert_eq!(feed(feed_url.trim_end_matches(".atom")).await.0, StatusCode::NOT_FOUND);
    let (_, list) = get(&reviewer, &node, "/api/v1/saved-searches").await;
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert!(items[0].get("feed_url").is_none(), "the feed URL is shown once: {list}");
    let id = items[0]["id"].as_str().unwrap();
    // Someone else's saved search does not exist for them.
    let r = member.delete(node.url(&format!("/api/v1/saved-searches/{id}"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    let r = reviewer.delete(node.url(&format!("/api/v1/saved-searches/{id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(feed(&feed_url).await.0, StatusCode::NOT_FOUND);
    let (_, list) = get(&reviewer, &node, "/api/v1/saved-searches").await;
    assert_eq!(list, json!([]));

    // The audit trail records the saved searches, never their feed tokens.
    let (_, audit) = get(&admin, &node, "/api/v1/audit?limit=200").await;
    let text = audit.to_string();
    assert!(text.contains("saved_search.create") && text.contains("saved_search.delete"), "{text}");
    let token = feed_url.rsplit('/').next().unwrap().trim_end_matches(".atom");
    assert!(!text.contains(token));
    node.stop().await;
}

/// A webhook receiver on 127.0.0.1:0 that records every request and answers 500 to the first
/// `fail_first` requests to `/all`.
#[derive(Clone, Default)]
struct Receiver {
    seen: Arc<Mutex<Vec<(String, HeaderMap, Bytes)>>>,
    fail_first: usize,
}

impl Receiver {
    async fn start(fail_first: usize) -> (Receiver, String) {
        let receiver = Receiver { seen: Arc::default(), fail_first };
        async fn hook(State(r): State<Receiver>, uri: axum::http::Uri, headers: HeaderMap, body: Bytes) -> AxumStatus {
            let mut seen = r.seen.lock().unwrap();
            seen.push((uri.path().to_owned(), headers, body));
            let to_all = seen.iter().filter(|(p, _, _)| p == "/all").count();
            if uri.path() == "/all" && to_all <= r.fail_first {
                AxumStatus::INTERNAL_SERVER_ERROR
            } else {
                AxumStatus::OK
            }
        }
        let app = axum::Router::new().route("/{*path}", axum::routing::post(hook)).with_state(receiver.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (receiver, base)
    }

    fn requests(&self) -> Vec<(String, HeaderMap, Bytes)> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits until `n` requests arrived (at most 10 s).
    async fn wait_for(&self, n: usize) -> Vec<(String, HeaderMap, Bytes)> {
        for _ in 0..200 {
            let seen = self.requests();
            if seen.len() >= n {
                return seen;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("only {} of {n} webhook requests arrived", self.requests().len());
    }
}

fn fast_alerts(config: &mut accord_node::Config) {
    config.alerts.poll_interval_ms = 20;
    config.alerts.retry_divisor = 1000;
}

#[tokio::test]
async fn webhooks_deliver_signed_events_retry_after_a_failure_and_never_leak() {
    let node = TestNode::start_with(fast_alerts).await;
    let (receiver, hooks) = Receiver::start(1).await;
    let reviewer = bearer(&node, REVIEWER, &["read", "write"]).await;

    let (status, all) =
        post(&reviewer, &node, "/api/v1/webhooks", json!({ "url": format!("{hooks}/all?kind=any") })).await;
    assert_eq!(status, StatusCode::CREATED, "{all}");
    let secret = all["secret"].as_str().unwrap().to_owned();
    assert_eq!(all["events"].as_array().unwrap().len(), 4, "every event by default");
    let (_, search) =
        post(&reviewer, &node, "/api/v1/saved-searches", json!({ "name": "Wombats", "query": "q=wombat" })).await;
    let (status, filtered) = post(
        &reviewer,
        &node,
        "/api/v1/webhooks",
        json!({ "url": format!("{hooks}/filtered"), "saved_search": search["id"], "events": ["incident.published"] }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{filtered}");
    let filtered_secret = filtered["secret"].as_str().unwrap().to_owned();
    assert_ne!(secret, filtered_secret);

    // A RED record of another organisation first (never delivered), then two public ones.
    import(&node, vec![incident("HOOK-RED", "Confidential wombat leak", "2026-04-01")], true).await;
    import(
        &node,
        vec![
            incident("HOOK-1", "Wombat model outage", "2026-04-02"),
            incident("HOOK-2", "Kestrel glitch", "2026-04-03"),
        ],
        false,
    )
    .await;

    // "all" gets HOOK-1 and HOOK-2 (one of them twice: the first answer was a 500);
    // "filtered" gets HOOK-1 only.
    let seen = receiver.wait_for(4).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let seen_after = receiver.requests();
    assert_eq!(seen_after.len(), 4, "no more deliveries than expected");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let mut by_path: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (path, headers, body) in &seen {
        let key = if path == "/filtered" { &filtered_secret } else { &secret };
        let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
        verify(key.as_bytes(), signature, body, now, 300).expect("a valid signature");
        // The other webhook's secret does not verify it.
        let other = if path == "/filtered" { &secret } else { &filtered_secret };
        assert!(verify(other.as_bytes(), signature, body, now, 300).is_err());
        assert_eq!(headers["content-type"], "application/json");
        let event: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(headers["accord-event"].to_str().unwrap(), event["event"].as_str().unwrap());
        by_path.entry(path.clone()).or_default().push(event);
    }
    let text = format!("{by_path:?}");
    assert!(!text.contains("HOOK-RED") && !text.contains("Confidential"), "{text}");
    let filtered_events = &by_path["/filtered"];
    assert_eq!(filtered_events.len(), 1, "{text}");
    assert_eq!(filtered_events[0]["data"]["key"], "HOOK-1");
    let all_events = &by_path["/all"];
    assert_eq!(all_events.len(), 3, "{text}");
    let mut keys: Vec<&str> = all_events.iter().map(|e| e["data"]["key"].as_str().unwrap()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys, ["HOOK-1", "HOOK-2"]);
    for e in all_events {
        assert_eq!(e["event"], "incident.published");
        assert_eq!(e["data"]["tlp"], "TLP:CLEAR");
        let key = e["data"]["key"].as_str().unwrap();
        assert_eq!(e["data"]["url"], format!("{}/en/safety/incidents/{key}", node.base));
        assert!(e["data"]["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert_eq!(e.as_object().unwrap().len(), 4, "id, event, created, data: {e}");
        assert_eq!(e["data"].as_object().unwrap().len(), 4, "key, title, url, tlp: {e}");
    }
    // The retried delivery is the same event (same id), so a receiver can drop duplicates.
    let mut ids: Vec<&str> = all_events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2);

    // The delivery log: both delivered, one after two attempts; nothing about HOOK-RED.
    let id = all["id"].as_str().unwrap();
    let (status, log) = get(&reviewer, &node, &format!("/api/v1/webhooks/{id}/deliveries")).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 2, "{log:?}");
    for d in log {
        assert_eq!(d["status"], "delivered", "{d}");
        assert_eq!(d["last_status"], 200);
        assert!(d["delivered_at"].is_string());
    }
    let mut attempts: Vec<i64> = log.iter().map(|d| d["attempts"].as_i64().unwrap()).collect();
    attempts.sort();
    assert_eq!(attempts, [1, 2]);
    assert!(!format!("{log:?}").contains("HOOK-RED"));

    // Secrets are shown once: not in the list, not in the audit trail.
    let (_, list) = get(&reviewer, &node, "/api/v1/webhooks").await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(!list.to_string().contains(&secret) && list[0].get("secret").is_none(), "{list}");
    let admin = bearer(&node, ADMIN, &["read"]).await;
    let (_, audit) = get(&admin, &node, "/api/v1/audit?limit=200").await;
    let text = audit.to_string();
    assert!(text.contains("webhook.create"), "{text}");
    assert!(!text.contains(&secret) && !text.contains(&filtered_secret) && !text.contains("kind=any"), "{text}");
    node.stop().await;
}

#[tokio::test]
async fn a_marking_made_stricter_before_delivery_withholds_it() {
    // The worker does not poll during this test: the test takes due deliveries itself.
    let node = TestNode::start_with(|c| {
        c.alerts.poll_interval_ms = 3_600_000;
    })
    .await;
    let reviewer = bearer(&node, REVIEWER, &["read", "write"]).await;
    let (status, hook) =
        post(&reviewer, &node, "/api/v1/webhooks", json!({ "url": "http://127.0.0.1:9/unused" })).await;
    assert_eq!(status, StatusCode::CREATED, "{hook}");
    import(&node, vec![incident("LATE-1", "Heron incident", "2026-06-01")], false).await;
    let id = hook["id"].as_str().unwrap();
    let (_, log) = get(&reviewer, &node, &format!("/api/v1/webhooks/{id}/deliveries")).await;
    assert_eq!(log[0]["status"], "pending", "{log}");
    assert_eq!(log[0]["key"], "LATE-1");

    // An administrator makes the record RED (no organisation owns it: nobody is in its audience).
    let admin = bearer(&node, ADMIN, &["read", "write"]).await;
    let r = admin
        .put(node.url("/api/v1/incidents/LATE-1/marking"))
        .json(&json!({ "tlp": "TLP:RED", "distribution": "organisation_only" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);

    let ready = node.node.claim_webhook_deliveries(&node.base, 10).await.unwrap();
    assert!(ready.is_empty(), "nothing to send: {ready:?}");
    let (_, log) = get(&reviewer, &node, &format!("/api/v1/webhooks/{id}/deliveries")).await;
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 1, "the marking change itself is not announced to someone who cannot see it: {log:?}");
    assert_eq!(log[0]["status"], "withheld", "{log:?}");
    assert_eq!(log[0]["attempts"], 0);

    // A visible record is prepared, signed, and its failure scheduled for a retry.
    import(&node, vec![incident("LATE-2", "Egret incident", "2026-06-02")], false).await;
    let ready = node.node.claim_webhook_deliveries(&node.base, 10).await.unwrap();
    assert_eq!(ready.len(), 1);
    assert!(String::from_utf8_lossy(&ready[0].body).contains("LATE-2"));
    node.node
        .finish_webhook_delivery(&ready[0], accord_node::safety::SendOutcome::Error("refused".into()))
        .await
        .unwrap();
    let (_, log) = get(&reviewer, &node, &format!("/api/v1/webhooks/{id}/deliveries")).await;
    assert_eq!(log[0]["status"], "pending");
    assert_eq!(log[0]["attempts"], 1);
    assert_eq!(log[0]["last_error"], "refused");
    assert!(log[0]["next_attempt_at"].is_string());

    // Deleting the webhook cancels what is still pending.
    let r = reviewer.delete(node.url(&format!("/api/v1/webhooks/{id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = reviewer.get(node.url(&format!("/api/v1/webhooks/{id}/deliveries"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    let kept = node.node.store().webhook_deliveries(id.parse().unwrap(), 10).await.unwrap();
    let statuses: Vec<&str> = kept.iter().map(|d| d.status.as_str()).collect();
    assert_eq!(statuses, ["cancelled", "withheld"]);
    node.stop().await;
}

#[tokio::test]
async fn bad_alert_input_is_refused_with_the_one_error_body() {
    let node = TestNode::start().await;
    let reviewer = bearer(&node, REVIEWER, &["read", "write"]).await;
    let member = bearer(&node, MEMBER, &["read", "write"]).await;

    // Anonymous callers: 401 everywhere.
    let anonymous = client();
    for (method, path, body) in [
        ("GET", "/api/v1/saved-searches", json!(null)),
        ("POST", "/api/v1/saved-searches", json!({ "name": "x", "query": "q=x" })),
        ("GET", "/api/v1/webhooks", json!(null)),
        ("POST", "/api/v1/webhooks", json!({ "url": "http://127.0.0.1:9/" })),
    ] {
        let r = anonymous.request(method.parse().unwrap(), node.url(path)).json(&body).send().await.unwrap();
        assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "unauthenticated", "{method} {path}");
    }

    // URLs: other schemes, credentials, garbage.
    for url in ["ftp://127.0.0.1/hook", "file:///etc/passwd", "javascript:alert(1)", "not a url", ""] {
        let r = reviewer.post(node.url("/api/v1/webhooks")).json(&json!({ "url": url })).send().await.unwrap();
        assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed", "{url:?}");
    }
    let r = reviewer
        .post(node.url("/api/v1/webhooks"))
        .json(&json!({ "url": "https://user:pass@127.0.0.1/hook" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "url");

    // Unknown events, unknown saved searches, someone else's saved search.
    let r = reviewer
        .post(node.url("/api/v1/webhooks"))
        .json(&json!({ "url": "http://127.0.0.1:9/", "events": ["incident.published", "incident.deleted"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["details"]["field"], "events[1]");
    assert_eq!(body["error"]["details"]["allowed"].as_array().unwrap().len(), 4);
    for saved in [uuid::Uuid::now_v7().to_string(), "not-a-uuid".to_owned()] {
        let r = reviewer
            .post(node.url("/api/v1/webhooks"))
            .json(&json!({ "url": "http://127.0.0.1:9/", "saved_search": saved }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["details"]["field"], "saved_search");
    }
    let (_, theirs) = post(&member, &node, "/api/v1/saved-searches", json!({ "name": "Theirs", "query": "q=x" })).await;
    let r = reviewer
        .post(node.url("/api/v1/webhooks"))
        .json(&json!({ "url": "http://127.0.0.1:9/", "saved_search": theirs["id"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    let r = reviewer.post(node.url("/api/v1/webhooks")).json(&json!({ "url": 7 })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");

    // A read-only token may save searches but not subscribe webhooks.
    let read_only = bearer(&node, REVIEWER, &["read"]).await;
    let r = read_only.post(node.url("/api/v1/webhooks")).json(&json!({ "url": "http://127.0.0.1:9/" })).send().await;
    assert_eq!(error_code(r.unwrap(), StatusCode::FORBIDDEN).await, "insufficient_scope");

    // Saved searches: unknown parameters, bad values, a missing name, a wrong shape.
    for (query, parameter) in
        [(json!("q=x&bogus=1"), "bogus"), (json!("sort=sideways"), "sort"), (json!(42), "query"), (json!({}), "query")]
    {
        let r = reviewer
            .post(node.url("/api/v1/saved-searches"))
            .json(&json!({ "name": "x", "query": query }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{query}");
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "bad_parameter");
        assert_eq!(body["error"]["details"]["parameter"], parameter, "{body}");
    }
    let r = reviewer
        .post(node.url("/api/v1/saved-searches"))
        .json(&json!({ "name": "  ", "query": "q=x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");

    // Someone else's webhook: 404 for its deliveries and its deletion; a bad id: 400.
    let (_, search) = post(&reviewer, &node, "/api/v1/saved-searches", json!({ "name": "S", "query": "q=x" })).await;
    let (status, hook) = post(
        &reviewer,
        &node,
        "/api/v1/webhooks",
        json!({ "url": "http://127.0.0.1:9/", "saved_search": search["id"] }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{hook}");
    let id = hook["id"].as_str().unwrap();
    let r = member.get(node.url(&format!("/api/v1/webhooks/{id}/deliveries"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    let r = member.delete(node.url(&format!("/api/v1/webhooks/{id}"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    let r = member.delete(node.url("/api/v1/webhooks/not-an-id")).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::BAD_REQUEST).await, "bad_parameter");
    let (_, theirs) = get(&member, &node, "/api/v1/webhooks").await;
    assert_eq!(theirs, json!([]));

    // A saved search a webhook filters on cannot be deleted before the webhook.
    let search_id = search["id"].as_str().unwrap();
    let r = reviewer.delete(node.url(&format!("/api/v1/saved-searches/{search_id}"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::CONFLICT).await, "conflict");
    let r = reviewer.delete(node.url(&format!("/api/v1/webhooks/{id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = reviewer.delete(node.url(&format!("/api/v1/webhooks/{id}"))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");
    let r = reviewer.delete(node.url(&format!("/api/v1/saved-searches/{search_id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    node.stop().await;
}
