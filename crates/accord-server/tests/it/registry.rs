//! The registry over HTTP: the list and its filters, an entry with its signed record, history
//! and obligations, registrations by members, and the web pages (hostile cards included).

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

/// `GET path` answered 200 with JSON.
async fn get_json(http: &Client, node: &TestNode, path: &str) -> Value {
    let r = http.get(node.url(path)).send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "GET {path}: {text}");
    serde_json::from_str(&text).unwrap()
}

/// `GET path` as HTML: the status and the page.
async fn get_html(http: &Client, node: &TestNode, path: &str) -> (StatusCode, String) {
    let r = http.get(node.url(path)).send().await.unwrap();
    let status = r.status();
    let ct = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert!(ct.starts_with("text/html"), "GET {path}: content type {ct}");
    (status, r.text().await.unwrap())
}

fn items(page: &Value) -> &Vec<Value> {
    page["items"].as_array().unwrap()
}

fn keys(page: &Value) -> Vec<&str> {
    items(page).iter().map(|i| i["key"].as_str().unwrap()).collect()
}

/// The API's error body, with the status checked; returns the whole `error` object.
async fn error_of(r: reqwest::Response, status: StatusCode) -> Value {
    assert_eq!(r.status(), status, "status");
    let body: Value = r.json().await.unwrap();
    let e = body["error"].clone();
    assert!(e["code"].is_string() && e["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    assert!(e["details"].is_object(), "{body}");
    e
}

/// The number of records in the transparency log.
async fn log_size(http: &Client, node: &TestNode) -> i64 {
    get_json(http, node, "/api/v1/log").await["tree_size"].as_i64().unwrap()
}

const SYSTEMS: [&str; 2] = ["demo/hearing-transcripts", "demo/public-service-assistant"];

#[tokio::test]
async fn the_list_searches_filters_and_pages() {
    let node = TestNode::start_with_registry().await;
    let http = client();

    // Everything, in two pages of 500: the demo cards and the Epoch AI table.
    let first = get_json(&http, &node, "/api/v1/models?limit=500&sort=name").await;
    let total = first["total"].as_i64().unwrap();
    assert!(total > 900, "total {total}");
    assert_eq!(items(&first).len(), 500);
    let second = get_json(&http, &node, "/api/v1/models?limit=500&offset=500&sort=name").await;
    assert_eq!(second["total"], total, "the total does not move with the page");
    assert_eq!(second["offset"], 500);
    let mut all: BTreeMap<String, Value> = BTreeMap::new();
    for item in items(&first).iter().chain(items(&second)) {
        assert_eq!(item["kind"], "model", "{item}");
        assert!(all.insert(item["key"].as_str().unwrap().to_owned(), item.clone()).is_none(), "{item} twice");
    }
    assert_eq!(all.len() as i64, total, "two pages hold every entry once");
    assert!(SYSTEMS.iter().all(|s| !all.contains_key(*s)), "systems are not models");

    // Every demo card is an entry with its licence and a licence class.
    let cards: Vec<String> = accord_registry::embedded::DEMO_CARDS
        .iter()
        .map(|(name, _)| accord_registry::card::key_from_file_name(name).unwrap())
        .collect();
    assert_eq!(cards.len(), 23);
    for key in &cards {
        let item = all.get(key).unwrap_or_else(|| panic!("card {key} is not listed"));
        assert!(item["licence"].as_str().is_some_and(|l| !l.is_empty()), "{item}");
        assert!(item["licence_class"].as_str().is_some_and(|l| !l.is_empty()), "{item}");
        assert_eq!(item["url"], format!("/api/v1/models/{key}"));
    }
    let gptq = &all["TheBloke/WizardCoder-15B-1.0-GPTQ"];
    let bases = gptq["base_models"].as_array().unwrap();
    assert!(
        bases.iter().any(|b| b["key"] == "WizardLM/WizardCoder-15B-V1.0"
            && b["relation"] == "quantized"
            && b["inferred"] == true),
        "{gptq}"
    );
    let cogito = &all["deepcogito/cogito-v1-preview-qwen-14B"];
    assert_eq!(cogito["licence"], "apache-2.0");
    assert_eq!(cogito["licence_class"], "open");

    // Words: meta-llama's cards are found by "llama".
    let llama = get_json(&http, &node, "/api/v1/models?q=llama&limit=500").await;
    assert!(keys(&llama).iter().any(|k| k.starts_with("meta-llama/")), "{:?}", keys(&llama));
    assert!(llama["total"].as_i64().unwrap() < total, "a search narrows the list");
    let nothing = get_json(&http, &node, "/api/v1/models?q=zzzqqqxxx").await;
    assert_eq!(nothing["total"], 0);
    assert!(items(&nothing).is_empty());

    // Compute: only at or above 10^25, most first; and the other way round.
    let big = get_json(&http, &node, "/api/v1/models?min_flop=1e25&sort=compute&limit=500").await;
    let flops: Vec<f64> = items(&big).iter().map(|i| i["training_flop"].as_f64().unwrap()).collect();
    assert!(!flops.is_empty());
    assert!(flops.iter().all(|f| *f >= 1e25), "{flops:?}");
    assert!(flops.windows(2).all(|w| w[0] >= w[1]), "most compute first: {flops:?}");
    assert!(keys(&big).contains(&"epoch/llama-3.1-405b"), "{:?}", keys(&big));
    assert_eq!(big["total"].as_i64().unwrap() as usize, flops.len());
    let small = get_json(&http, &node, "/api/v1/models?max_flop=1e20&limit=500").await;
    assert!(!items(&small).is_empty());
    assert!(items(&small).iter().all(|i| i["training_flop"].as_f64().is_some_and(|f| f <= 1e20)));
    let both = get_json(&http, &node, "/api/v1/models?min_flop=1e25&max_flop=1e26&limit=500").await;
    assert!(items(&both).iter().all(|i| i["training_flop"].as_f64().is_some_and(|f| (1e25..=1e26).contains(&f))));
    assert!(both["total"].as_i64().unwrap() <= big["total"].as_i64().unwrap());

    // Country, case-insensitively.
    let cn = get_json(&http, &node, "/api/v1/models?country=CN&limit=500").await;
    assert!(!items(&cn).is_empty());
    assert!(items(&cn).iter().all(|i| i["countries"].as_array().unwrap().iter().any(|c| c == "CN")), "{cn}");
    let cn_lower = get_json(&http, &node, "/api/v1/models?country=cn&limit=500").await;
    assert_eq!(cn_lower["total"], cn["total"]);

    // Licence class, licence, open weights, organisation, modality.
    let open = get_json(&http, &node, "/api/v1/models?licence_class=open&limit=500").await;
    assert!(!items(&open).is_empty() && items(&open).iter().all(|i| i["licence_class"] == "open"));
    assert!(keys(&open).contains(&"deepcogito/cogito-v1-preview-qwen-14B"));
    assert!(open["total"].as_i64().unwrap() < total);
    let apache = get_json(&http, &node, "/api/v1/models?licence=apache-2.0&limit=500").await;
    assert!(!items(&apache).is_empty() && items(&apache).iter().all(|i| i["licence"] == "apache-2.0"));
    let weights = get_json(&http, &node, "/api/v1/models?open_weights=true&limit=500").await;
    assert!(!items(&weights).is_empty() && items(&weights).iter().all(|i| i["open_weights"] == true), "{weights}");
    let closed = get_json(&http, &node, "/api/v1/models?open_weights=false&limit=500").await;
    assert!(items(&closed).iter().all(|i| i["open_weights"] == false));
    let meta = get_json(&http, &node, "/api/v1/models?organisation=meta%20ai&limit=500").await;
    assert!(!items(&meta).is_empty());
    assert!(
        items(&meta).iter().all(|i| i["organisations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o.as_str().unwrap().eq_ignore_ascii_case("Meta AI"))),
        "{meta}"
    );
    let text = get_json(&http, &node, "/api/v1/models?modality=text&limit=500").await;
    assert!(!items(&text).is_empty());
    assert!(items(&text).iter().all(|i| i["modalities"].as_array().unwrap().iter().any(|m| m == "text")));
    // Filters combine: all must hold.
    let combined = get_json(&http, &node, "/api/v1/models?licence_class=open&country=CN&limit=500").await;
    assert!(
        items(&combined)
            .iter()
            .all(|i| i["licence_class"] == "open" && i["countries"].as_array().unwrap().iter().any(|c| c == "CN"))
    );
    assert!(combined["total"].as_i64().unwrap() <= cn["total"].as_i64().unwrap());

    // Systems are their own list: the two demo systems only, built on models.
    let systems = get_json(&http, &node, "/api/v1/systems").await;
    assert_eq!(systems["total"], 2);
    let mut system_keys = keys(&systems);
    system_keys.sort_unstable();
    assert_eq!(system_keys, SYSTEMS);
    assert!(
        items(&systems)
            .iter()
            .all(|i| i["kind"] == "system" && i["url"].as_str().unwrap().starts_with("/api/v1/systems/"))
    );

    // Pages: consecutive pages add up to the larger page, with the same total.
    let p1 = get_json(&http, &node, "/api/v1/models?sort=name&limit=7").await;
    let p2 = get_json(&http, &node, "/api/v1/models?sort=name&limit=7&offset=7").await;
    let p12 = get_json(&http, &node, "/api/v1/models?sort=name&limit=14").await;
    assert_eq!(items(&p1).len(), 7);
    assert_eq!([keys(&p1), keys(&p2)].concat(), keys(&p12));
    assert!(p1["total"] == total && p2["total"] == total && p12["total"] == total);
    let names: Vec<&str> = items(&p12).iter().map(|i| i["name"].as_str().unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "sort=name is by name");
    let past = get_json(&http, &node, &format!("/api/v1/models?offset={}", total + 10)).await;
    assert!(items(&past).is_empty());
    assert_eq!(past["total"], total);
    let default = get_json(&http, &node, "/api/v1/models").await;
    assert_eq!(items(&default).len(), 50, "50 by default");
    let released = get_json(&http, &node, "/api/v1/models?sort=released&limit=100").await;
    let dates: Vec<&str> = items(&released).iter().filter_map(|i| i["release_date"].as_str()).collect();
    assert!(!dates.is_empty() && dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");

    // Bad parameters are refused, never ignored.
    for (query, parameter) in [
        ("sort=bogus", Some("sort")),
        ("limit=0", Some("limit")),
        ("limit=501", Some("limit")),
        ("min_flop=-1", Some("min_flop")),
        ("max_flop=inf", Some("max_flop")),
        ("min_flop=NaN", Some("min_flop")),
        ("foo=1", None),
        ("limit=many", None),
        ("min_flop=lots", None),
        ("open_weights=maybe", None),
        ("offset=-3", None),
    ] {
        for list in ["models", "systems"] {
            let r = http.get(node.url(&format!("/api/v1/{list}?{query}"))).send().await.unwrap();
            let e = error_of(r, StatusCode::BAD_REQUEST).await;
            assert_eq!(e["code"], "bad_parameter", "{list}?{query}: {e}");
            if let Some(p) = parameter {
                assert_eq!(e["details"]["parameter"], p, "{list}?{query}: {e}");
            }
        }
    }
    node.stop().await;
}

#[tokio::test]
async fn an_entry_with_its_record_history_and_obligations() {
    let node = TestNode::start_with_registry().await;
    let http = client();

    // An imported entry belongs to no organisation: an editor may not take it over.
    let (editor, csrf) = node.session(EDITOR).await;
    let r = editor
        .post(node.url("/api/v1/models"))
        .header("x-csrf-token", csrf)
        .json(&json!({ "key": "bigscience/bloom", "name": "Taken over" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), reqwest::StatusCode::FORBIDDEN);

    // BLOOM: its card and Epoch AI's row merged, each kept as a layer.
    let bloom = get_json(&http, &node, "/api/v1/models/bigscience/bloom").await;
    assert_eq!(bloom["key"], "bigscience/bloom");
    assert_eq!(bloom["kind"], "model");
    assert_eq!(bloom["licence"]["id"], "bigscience-bloom-rail-1.0");
    let class = bloom["licence"]["class"].as_str().unwrap();
    assert!(["open", "open_restricted", "non_commercial", "proprietary"].contains(&class), "a known licence: {class}");
    assert!(bloom["licence"]["terms"].is_object(), "the licence table knows the licence: {}", bloom["licence"]);
    let row = get_json(&http, &node, "/api/v1/models?q=bloom&limit=500").await;
    let row = items(&row).iter().find(|i| i["key"] == "bigscience/bloom").unwrap().clone();
    assert_eq!(row["licence_class"], class, "the list and the entry agree");
    let sources: BTreeSet<&str> =
        bloom["layers"].as_array().unwrap().iter().map(|l| l["source"].as_str().unwrap()).collect();
    assert!(sources.contains("card") && sources.contains("epoch"), "{sources:?}");
    assert_eq!(bloom["compute"]["cumulative_flop"].as_f64(), Some(3.65664e23));
    assert_eq!(bloom["provenance"]["compute"], "epoch", "{}", bloom["provenance"]);
    let children: Vec<&str> =
        bloom["lineage"]["children"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
    assert!(children.contains(&"epoch/bloomz-176b"), "{children:?}");
    assert!(
        bloom["lineage"]["family"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p[0] == "epoch/bloomz-176b" && p[1] == "bigscience/bloom")
    );
    let fmti = bloom["transparency"].as_array().unwrap();
    assert!(
        fmti.iter()
            .any(|s| s["developer"] == "Hugging Face" && s["total"].as_u64().unwrap() <= s["max"].as_u64().unwrap()),
        "{fmti:?}"
    );
    assert!(bloom["card_markdown"].as_str().unwrap().len() > 100);
    assert_eq!(bloom["card_sha256"].as_str().unwrap().len(), 64);
    // The derivative names its base the other way round.
    let bloomz = get_json(&http, &node, "/api/v1/models/epoch/bloomz-176b").await;
    assert!(
        bloomz["lineage"]["parents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["key"] == "bigscience/bloom" && p["source"] == "epoch")
    );
    // BLOOMZ is known by its fine-tuning compute only: BLOOM's run is added.
    let cumulative = bloomz["compute"]["cumulative_flop"].as_f64().unwrap();
    assert!((cumulative - (3.65664e23 + 1.3728e22)).abs() / cumulative < 1e-9, "{cumulative}");
    assert_eq!(bloomz["compute"]["chain"], json!(["bigscience/bloom", "epoch/bloomz-176b"]));

    // Models and systems have their own addresses.
    let system = get_json(&http, &node, "/api/v1/systems/demo/public-service-assistant").await;
    assert_eq!(system["kind"], "system");
    assert_eq!(system["layers"][0]["facts"]["built_on"], json!(["meta-llama/Llama-3.3"]));
    for path in [
        "/api/v1/models/demo/public-service-assistant",
        "/api/v1/systems/bigscience/bloom",
        "/api/v1/models/nope/nope",
        "/api/v1/models/nope/nope/history",
        "/api/v1/models/nope/nope/obligations",
        "/api/v1/systems/nope/nope",
    ] {
        let r = http.get(node.url(path)).send().await.unwrap();
        assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found", "{path}");
    }

    // The record link resolves to the signed record, a valid signature of a published key.
    let record_path = bloom["record"].as_str().unwrap();
    assert_eq!(record_path, "/api/v1/records/registry_entry/bigscience%2Fbloom");
    let record = get_json(&http, &node, record_path).await;
    let versions = record.as_array().unwrap();
    assert!(!versions.is_empty());
    for (i, v) in versions.iter().enumerate() {
        assert_eq!(v["kind"], "registry_entry");
        assert_eq!(v["id"], "bigscience/bloom");
        assert_eq!(v["version"], i as i64 + 1);
        let check: Value = http
            .post(node.url("/api/v1/records/verify"))
            .json(&json!({ "envelope": v["envelope"], "signature": v["signature"], "key_id": v["key_id"] }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(check["valid"], true, "{check}");
        assert_eq!(check["log_index"], v["index"]);
    }
    let envelope: Value =
        serde_json::from_slice(&STANDARD.decode(versions[0]["envelope"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(envelope["action"], "registry.register");
    assert_eq!(envelope["kind"], "registry_entry");
    // The same record with the slash left as it is: the route takes one segment.
    let r = http.get(node.url("/api/v1/records/registry_entry/bigscience/bloom")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // History: the card's import first, then the Epoch AI row joining it; the same versions as
    // the record, signed by the node (no author).
    let history = get_json(&http, &node, "/api/v1/models/bigscience/bloom/history").await;
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), versions.len());
    assert_eq!(history[0]["version"], 1);
    assert_eq!(history[0]["action"], "registry.register");
    assert!(history[0]["author"].is_null(), "imports are signed by the node");
    assert_eq!(history[0]["log_index"], versions[0]["index"]);
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(history[1]["version"], 2);
    assert_eq!(history[1]["action"], "registry.revise");
    assert!(history.iter().all(|h| h["payload"].is_object() && h["at"].as_str().is_some_and(|a| !a.is_empty())));
    let system_history = get_json(&http, &node, "/api/v1/systems/demo/hearing-transcripts/history").await;
    assert_eq!(system_history.as_array().unwrap().len(), 1);

    // Obligations: Llama 3.1 405B per Epoch AI, 3.8e25 FLOP, offered in the EU.
    let path = "/api/v1/models/epoch/llama-3.1-405b/obligations?markets=EU&as_of=2026-12-01&proofs=false";
    let ob = get_json(&http, &node, path).await;
    assert_eq!(ob["key"], "epoch/llama-3.1-405b");
    assert_eq!(ob["profile"]["training_flop"].as_f64(), Some(3.8e25));
    assert_eq!(ob["profile"]["markets"], json!(["EU"]));
    assert!(ob["profile_sources"].as_array().unwrap().iter().any(|s| s["fact"] == "training_flop"));
    assert_eq!(ob["report"]["as_of"], "2026-12-01");
    let findings = ob["report"]["findings"].as_array().unwrap();
    let art55: Vec<&Value> = findings.iter().filter(|f| f["rule"].as_str().unwrap().starts_with("eu.aia.55")).collect();
    assert!(!art55.is_empty());
    for f in &art55 {
        let missing = f["missing_facts"].as_array().unwrap();
        assert!(!missing.iter().any(|m| m == "training_flop"), "compute is known: {f}");
    }
    assert!(findings.iter().all(|f| f["proof"].is_null()), "proofs=false leaves the proofs out");
    // On that date a model placed on the market in 2024 is still in its transition (Art. 111(3)
    // to 2 Aug 2027); after it, Art. 55 may apply, waiting on general purpose only, not on
    // compute — unlike a model whose compute nobody knows.
    let art55_missing = |ob: &Value| -> Vec<Vec<String>> {
        ob["report"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"].as_str().unwrap().starts_with("eu.aia.55"))
            .map(|f| {
                assert_eq!(f["status"], "may_apply", "{f}");
                f["missing_facts"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_owned()).collect()
            })
            .collect()
    };
    let later = "obligations?markets=EU&as_of=2027-09-01&proofs=false";
    let known = get_json(&http, &node, &format!("/api/v1/models/epoch/llama-3.1-405b/{later}")).await;
    let known = art55_missing(&known);
    assert!(!known.is_empty() && known.iter().all(|m| !m.contains(&"training_flop".to_owned())), "{known:?}");
    let unknown = get_json(&http, &node, &format!("/api/v1/models/TheBloke/WizardCoder-15B-1.0-GPTQ/{later}")).await;
    assert!(unknown["profile"]["training_flop"].is_null());
    let unknown = art55_missing(&unknown);
    assert!(!unknown.is_empty() && unknown.iter().all(|m| m.contains(&"training_flop".to_owned())), "{unknown:?}");
    assert!(findings.iter().all(|f| f["jurisdiction"] == "EU" || f["status"] != "applies"), "only the EU applies");
    // With proofs, the same findings.
    let with_proofs =
        get_json(&http, &node, "/api/v1/models/epoch/llama-3.1-405b/obligations?markets=eu&as_of=2026-12-01").await;
    assert_eq!(with_proofs["report"]["findings"].as_array().unwrap().len(), findings.len());
    assert!(with_proofs["report"]["findings"].as_array().unwrap().iter().any(|f| f["proof"].is_object()));
    // A system has obligations too.
    get_json(&http, &node, "/api/v1/systems/demo/public-service-assistant/obligations?markets=EU&proofs=false").await;

    for (query, parameter, word) in [
        ("markets=XX", Some("markets"), "XX"),
        ("markets=EU,XX", Some("markets"), "XX"),
        ("as_of=soon", Some("as_of"), "soon"),
        ("as_of=2026-13-01", Some("as_of"), "2026-13-01"),
        ("proofs=perhaps", None, "proofs"),
        ("market=EU", None, "market"),
    ] {
        let r = http
            .get(node.url(&format!("/api/v1/models/epoch/llama-3.1-405b/obligations?{query}")))
            .send()
            .await
            .unwrap();
        let e = error_of(r, StatusCode::BAD_REQUEST).await;
        assert_eq!(e["code"], "bad_parameter", "{query}: {e}");
        assert!(e["message"].as_str().unwrap().contains(word), "{query}: {e}");
        if let Some(p) = parameter {
            assert_eq!(e["details"]["parameter"], p, "{query}: {e}");
        }
    }
    node.stop().await;
}

/// A model body with one fine-tuned base.
fn model(key: &str, name: &str, bases: &[&str]) -> Value {
    json!({
        "key": key,
        "name": name,
        "base_models": bases.iter().map(|b| json!({
            "key": b, "relation": "finetune", "source": "manual", "relation_inferred": false
        })).collect::<Vec<_>>(),
    })
}

#[tokio::test]
async fn editors_register_and_revise_their_entries() {
    let node = TestNode::start().await;
    let http = client();
    let (editor, csrf) = node.session(EDITOR).await;
    let me: Value = editor.get(node.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    let secretariat = me["user"]["organisation"].as_str().unwrap().to_owned();

    // A base with its own compute, then a fine-tune of it (session cookie + CSRF header).
    let base = json!({
        "key": "secretariat/base-model", "name": "Secretariat base model",
        "organisations": ["Accord Network Secretariat"], "countries": ["FR"], "release_date": "2026-01-15",
        "modalities": ["text"], "open_weights": true,
        "compute": { "flop": 2e24, "method": "reported", "confidence": "confident" },
    });
    let r = editor.post(node.url("/api/v1/models")).header("x-csrf-token", &csrf).json(&base).send().await.unwrap();
    let status = r.status();
    let created: Value = r.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["key"], "secretariat/base-model");
    assert_eq!(created["kind"], "model");
    assert_eq!(created["revision"], 1);
    assert_eq!(created["name"], "Secretariat base model");
    assert_eq!(created["compute"]["cumulative_flop"].as_f64(), Some(2e24));
    assert_eq!(created["provenance"]["compute"], "manual");
    assert_eq!(created["organisation"], secretariat.as_str(), "owned by the editor's organisation");
    let r = editor
        .post(node.url("/api/v1/models"))
        .header("x-csrf-token", &csrf)
        .json(&model("secretariat/test-model", "Test model", &["secretariat/base-model"]))
        .send()
        .await
        .unwrap();
    let status = r.status();
    let created: Value = r.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let parent = &created["lineage"]["parents"][0];
    assert_eq!(parent["key"], "secretariat/base-model");
    assert_eq!(parent["relation"], "finetune");
    assert_eq!(parent["source"], "manual");
    assert_eq!(parent["inferred"], false);
    let base_now = get_json(&http, &node, "/api/v1/models/secretariat/base-model").await;
    assert_eq!(base_now["lineage"]["children"][0]["key"], "secretariat/test-model");

    // Listed, searchable and in the log as a record signed by the organisation.
    let listed = get_json(&http, &node, "/api/v1/models?q=secretariat").await;
    let mut listed_keys = keys(&listed);
    listed_keys.sort_unstable();
    assert_eq!(listed_keys, ["secretariat/base-model", "secretariat/test-model"]);
    let history = get_json(&http, &node, "/api/v1/models/secretariat/test-model/history").await;
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["action"], "registry.register");
    assert_eq!(history[0]["author"], secretariat.as_str(), "signed by the editor's organisation");

    // A revision by the same editor (now with a write-scoped token) is version 2.
    let token = node.token(EDITOR, &["read", "write"]).await;
    let r = http
        .post(node.url("/api/v1/models"))
        .bearer_auth(&token)
        .json(&model("secretariat/test-model", "Test model, revised", &["secretariat/base-model"]))
        .send()
        .await
        .unwrap();
    let status = r.status();
    let revised: Value = r.json().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{revised}");
    assert_eq!(revised["revision"], 2);
    assert_eq!(revised["name"], "Test model, revised");
    let history = get_json(&http, &node, "/api/v1/models/secretariat/test-model/history").await;
    let actions: Vec<(i64, &str)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["version"].as_i64().unwrap(), h["action"].as_str().unwrap()))
        .collect();
    assert_eq!(actions, [(1, "registry.register"), (2, "registry.revise")]);
    let record = get_json(&http, &node, "/api/v1/records/registry_entry/secretariat%2Ftest-model").await;
    assert_eq!(record.as_array().unwrap().len(), 2);

    // The same facts again: nothing new is published.
    let before = log_size(&http, &node).await;
    let r = http
        .post(node.url("/api/v1/models"))
        .bearer_auth(&token)
        .json(&model("secretariat/test-model", "Test model, revised", &["secretariat/base-model"]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.json::<Value>().await.unwrap()["revision"], 2);
    assert_eq!(log_size(&http, &node).await, before, "an unchanged entry is not republished");

    // A lineage cycle (base → test-model → base) is refused, and nothing is written.
    let before = log_size(&http, &node).await;
    let r = http
        .post(node.url("/api/v1/models"))
        .bearer_auth(&token)
        .json(&model("secretariat/base-model", "Secretariat base model", &["secretariat/test-model"]))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    let e = error_of(r, StatusCode::BAD_REQUEST).await;
    assert!(e["message"].as_str().unwrap().contains("cycle"), "{e}");
    let r = http
        .post(node.url("/api/v1/models"))
        .bearer_auth(&token)
        .json(&model("secretariat/loop", "Loop", &["secretariat/loop"]))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "a model cannot be its own base: {}", r.status());
    assert_eq!(log_size(&http, &node).await, before, "nothing written");
    let base_now = get_json(&http, &node, "/api/v1/models/secretariat/base-model").await;
    assert_eq!(base_now["revision"], 1);
    assert!(base_now["lineage"]["parents"].as_array().unwrap().is_empty());
    assert_eq!(
        get_json(&http, &node, "/api/v1/models/secretariat/base-model/history").await.as_array().unwrap().len(),
        1
    );
    let r = http.get(node.url("/api/v1/models/secretariat/loop")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Who may register: not anonymous visitors, members, read-only tokens, or another
    // organisation's editor for this organisation's entry; no session write without CSRF.
    let body = model("secretariat/test-model", "Taken over", &[]);
    let r = client().post(node.url("/api/v1/models")).json(&body).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "unauthenticated");
    let (member, member_csrf) = node.session(MEMBER).await;
    let r = member
        .post(node.url("/api/v1/models"))
        .header("x-csrf-token", &member_csrf)
        .json(&model("aisrc/new-model", "New", &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");
    let member_token = node.token(MEMBER, &["read", "write"]).await;
    let r = http.post(node.url("/api/v1/systems")).bearer_auth(&member_token).json(&body).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");
    let read_only = node.token(EDITOR, &["read"]).await;
    let r = http.post(node.url("/api/v1/models")).bearer_auth(&read_only).json(&body).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "insufficient_scope");
    let r = editor.post(node.url("/api/v1/models")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "a session write needs the CSRF token");
    let (other, other_csrf) = node.session("editor@ai-authority.example").await;
    let r =
        other.post(node.url("/api/v1/models")).header("x-csrf-token", &other_csrf).json(&body).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");
    // …though that editor may register an entry of its own.
    let r = other
        .post(node.url("/api/v1/models"))
        .header("x-csrf-token", &other_csrf)
        .json(&model("ai-authority/model", "Authority model", &["secretariat/test-model"]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let still = get_json(&http, &node, "/api/v1/models/secretariat/test-model").await;
    assert_eq!(still["name"], "Test model, revised", "the refused revision changed nothing");
    assert_eq!(still["revision"], 2);

    // Bad bodies: 422 naming the field.
    let before = log_size(&http, &node).await;
    let post = |path: &str, body: Value| http.post(node.url(path)).bearer_auth(&token).json(&body);
    for (path, body, field) in [
        ("/api/v1/models", json!({ "key": "nokey", "name": "x" }), "key"),
        ("/api/v1/models", json!({ "key": "a/b/c" }), "key"),
        ("/api/v1/models", json!({ "key": "../etc" }), "key"),
        ("/api/v1/models", json!({ "key": "secretariat/<script>" }), "key"),
        ("/api/v1/models", json!({ "key": format!("secretariat/{}", "x".repeat(200)) }), "key"),
        ("/api/v1/models", json!({ "name": "no key" }), "key"),
        ("/api/v1/models", json!({ "key": 42 }), "key"),
        ("/api/v1/models", json!({ "key": "secretariat/x", "kind": "system" }), "kind"),
        ("/api/v1/systems", json!({ "key": "secretariat/x", "kind": "model" }), "kind"),
        ("/api/v1/models", json!({ "key": "secretariat/x", "name": " " }), "name"),
        ("/api/v1/models", json!({ "key": "secretariat/x", "release_date": "soon" }), "release_date"),
        (
            "/api/v1/models",
            json!({ "key": "secretariat/x", "base_models": [{ "key": "no-slash", "relation": "finetune", "source": "manual", "relation_inferred": false }] }),
            "base_models[0].key",
        ),
        ("/api/v1/systems", json!({ "key": "secretariat/x", "built_on": ["nope"] }), "built_on[0]"),
        (
            "/api/v1/models",
            json!({ "key": "secretariat/x", "compute": { "flop": -1.0, "method": "reported", "confidence": "likely" } }),
            "compute.flop",
        ),
    ] {
        let r = post(path, body.clone()).send().await.unwrap();
        let e = error_of(r, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(e["code"], "validation_failed", "{body}: {e}");
        assert_eq!(e["details"]["field"], field, "{body}: {e}");
    }
    for body in [
        json!({ "key": "secretariat/x", "licence_typo": "mit" }),
        json!({ "key": "secretariat/x", "base_models": [{ "key": "a/b", "relation": "cousin", "source": "manual", "relation_inferred": false }] }),
        json!({ "key": "secretariat/x", "compute": { "flop": 1e20 } }),
        json!({ "key": "secretariat/x", "organisations": "not a list" }),
        json!(["secretariat/x"]),
    ] {
        let r = post("/api/v1/models", body.clone()).send().await.unwrap();
        let e = error_of(r, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(e["code"], "validation_failed", "{body}: {e}");
    }
    // A system cannot take a model's key.
    let r = post("/api/v1/systems", json!({ "key": "secretariat/test-model", "name": "Clash" })).send().await.unwrap();
    let e = error_of(r, StatusCode::BAD_REQUEST).await;
    assert!(e["message"].as_str().unwrap().contains("registered as a model"), "{e}");
    let r = http
        .post(node.url("/api/v1/models"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"key\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::BAD_REQUEST).await, "malformed_json");
    assert_eq!(log_size(&http, &node).await, before, "no refused body wrote anything");
    let listed = get_json(&http, &node, "/api/v1/models").await;
    assert_eq!(listed["total"], 3, "{listed}");

    // A system built on the model, at its own address.
    let r = post(
        "/api/v1/systems",
        json!({ "key": "secretariat/assistant", "name": "Assistant", "built_on": ["secretariat/test-model"],
                "intended_uses": ["answering questions"], "countries": ["KE"] }),
    )
    .send()
    .await
    .unwrap();
    let status = r.status();
    let system: Value = r.json().await.unwrap();
    assert_eq!(status, StatusCode::CREATED, "{system}");
    assert_eq!(system["kind"], "system");
    let systems = get_json(&http, &node, "/api/v1/systems?country=KE").await;
    assert_eq!(keys(&systems), ["secretariat/assistant"]);
    get_json(&http, &node, "/api/v1/systems/secretariat/assistant").await;
    let r = http.get(node.url("/api/v1/models/secretariat/assistant")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    node.stop().await;
}

/// The part of an entry page holding the rendered card.
fn card_section(html: &str) -> &str {
    let start = html.find("<div class=\"model-card\"").expect("the card is rendered");
    let end = html[start..].find("</main>").map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[tokio::test]
async fn the_registry_pages() {
    let node = TestNode::start_with_registry().await;
    let http = client();

    // The list: search form, filters with counts, rows linking to entries.
    let (status, html) = get_html(&http, &node, "/en/registry").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("role=\"search\"") && html.contains("name=\"q\"") && html.contains("name=\"min_flop\""));
    assert!(html.contains("class=\"registry-table\""));
    // The first models by name are on the first page (models and systems together).
    let first = get_json(&http, &node, "/api/v1/models?limit=5").await;
    for item in items(&first) {
        let key = item["key"].as_str().unwrap();
        assert!(html.contains(&format!("href=\"/en/registry/{key}\"")), "{key} is not on the first page");
        assert!(html.contains(item["name"].as_str().unwrap()), "the name of {key}");
    }
    assert!(!html.contains("Unknown localization"));
    let (status, html) = get_html(&http, &node, "/en/registry?q=qwen").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/en/registry/Qwen/Qwen-72B\""), "Qwen-72B is found");
    assert!(!html.contains("href=\"/en/registry/bigscience/bloom\""), "BLOOM is not");
    assert!(html.contains("value=\"qwen\""), "the search is kept in the form");
    let (status, html) = get_html(&http, &node, "/en/registry?kind=system").await;
    assert_eq!(status, StatusCode::OK);
    assert!(SYSTEMS.iter().all(|s| html.contains(&format!("href=\"/en/registry/{s}\""))));
    assert!(!html.contains("href=\"/en/registry/bigscience/bloom\""));
    let (status, html) = get_html(&http, &node, "/en/registry?min_flop=1e25&sort=compute").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/en/registry/epoch/llama-3.1-405b\""));
    assert!(!html.contains("href=\"/en/registry/bigscience/bloom\""), "3.7e23 is below 1e25");
    let (status, html) = get_html(&http, &node, "/en/registry?page=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("51–100"), "the second page says what it shows");
    // A bad number is a 400 with an error summary, not a silent empty filter.
    let (status, html) = get_html(&http, &node, "/en/registry?min_flop=abc").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains("Training compute must be a number of FLOP"));
    let (status, html) = get_html(&http, &node, "/fr/registry?max_flop=beaucoup").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("class=\"error-summary\"") && !html.contains("Unknown localization"));

    // An entry: licence in plain words, lineage graph, obligations matrix, transparency, card.
    let bloom = get_json(&http, &node, "/api/v1/models/bigscience/bloom").await;
    let class = bloom["licence"]["class"].as_str().unwrap();
    let class_text = match class {
        "open" => "Open source",
        "open_restricted" => "Open, with restrictions",
        "non_commercial" => "Non-commercial",
        "proprietary" => "Proprietary",
        _ => "Unknown licence",
    };
    let (status, html) = get_html(&http, &node, "/en/registry/bigscience/bloom").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains(class_text), "the licence class in words: {class_text}");
    assert!(html.contains("bigscience-bloom-rail-1.0"));
    assert!(html.contains("<svg class=\"lineage\""));
    assert!(html.contains("href=\"/en/registry/epoch/bloomz-176b\""), "the derivative is linked");
    assert!(html.contains("<table class=\"matrix\""), "the obligations matrix");
    assert!(html.contains("href=\"/api/v1/records/registry_entry/bigscience%2Fbloom\""));
    assert!(html.contains("href=\"/en/registry/bigscience/bloom/history\""));
    assert!(html.contains("<meter"), "transparency scores");
    assert!(!html.contains("Unknown localization"));
    let card = card_section(&html);
    assert!(card.len() > 1000, "the card is rendered");
    let lower = card.to_ascii_lowercase();
    for bad in ["<script", "javascript:", "onerror=", "onclick=", "<img", "<iframe", "style="] {
        assert!(!lower.contains(bad), "{bad} in the rendered card");
    }
    // Only the page's own script, in the head.
    assert_eq!(html.matches("<script").count(), 1);
    // Markets narrow the obligations.
    let (status, html) = get_html(&http, &node, "/en/registry/bigscience/bloom?markets=EU&markets=CN").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("value=\"EU\" checked") && html.contains("value=\"CN\" checked"));
    assert!(!html.contains("value=\"US-CA\" checked"));

    // Every language renders the entry; Arabic right to left.
    for (lang, dir) in [("ar", "rtl"), ("zh", "ltr"), ("fr", "ltr"), ("ru", "ltr"), ("es", "ltr")] {
        let (status, html) = get_html(&http, &node, &format!("/{lang}/registry/bigscience/bloom")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(html.contains(&format!("dir=\"{dir}\">")), "{lang}");
        assert!(!html.contains("Unknown localization"), "{lang}");
        assert!(html.contains("<svg class=\"lineage\""), "{lang}");
    }

    // History: newest first, each version linked to its log entry.
    let (status, html) = get_html(&http, &node, "/en/registry/bigscience/bloom/history").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Registered") && html.contains("Revised"));
    assert!(html.find("Revised").unwrap() < html.find("Registered").unwrap(), "newest first");
    let history = get_json(&http, &node, "/api/v1/models/bigscience/bloom/history").await;
    for v in history.as_array().unwrap() {
        assert!(html.contains(&format!("href=\"/en/transparency/log/{}\"", v["log_index"])), "{v}");
    }
    assert!(html.contains("href=\"/en/registry/bigscience/bloom\""));
    assert!(!html.contains("Unknown localization"));

    // Compute over time, with the corpus's thresholds drawn and linked to their rules.
    let (status, html) = get_html(&http, &node, "/en/registry/compute").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<svg class=\"chart\""));
    assert!(html.contains("class=\"threshold\""));
    assert!(html.contains("1 × 10²⁵") && html.contains("1 × 10²⁶"), "the 10^25 and 10^26 thresholds");
    assert!(html.contains("Artificial Intelligence Act"), "the EU AI Act by its title");
    assert!(html.contains("href=\"/en/rules/rule/eu.aia."), "linked to the EU rule");
    assert!(html.contains("href=\"/en/registry/epoch/llama-3.1-405b\""), "points link to entries");
    let (status, html) = get_html(&http, &node, "/ar/registry/compute").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("dir=\"rtl\"") && !html.contains("Unknown localization"));

    // What is not there.
    for path in ["/en/registry/nope/nope", "/en/registry/nope/nope/history", "/fr/registry/a/b"] {
        let (status, html) = get_html(&http, &node, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!html.contains("Unknown localization"), "{path}");
    }
    let (_, html) = get_html(&http, &node, "/en/registry/nope/nope").await;
    assert!(html.contains("This entry is not in the registry"));
    node.stop().await;
}

#[tokio::test]
async fn a_hostile_card_is_kept_as_text_and_rendered_harmless() {
    let node = TestNode::start().await;
    let http = client();
    let text = "---\nlicense: apache-2.0\ntags:\n- \"<script>alert('tag')</script>\"\n---\n\
                # Evil <script>alert(1)</script> model\n\n<script>alert(2)</script>\n\n\
                [click](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">x</a> <img src=x onerror=alert(5)>\n\n\
                <div onclick=\"alert(6)\" style=\"position:fixed\">box</div>\n\n\
                <iframe src=\"https://evil.example\"></iframe><form action=\"/api/v1/models\"><input></form>\n\n\
                [ok](https://example.org/page) [rel](../../admin)\n";
    let files = vec![
        accord_node::registry::CardFile { name: "evil__card.md".into(), bytes: text.as_bytes().to_vec() },
        accord_node::registry::CardFile { name: "../../etc/passwd".into(), bytes: b"x".to_vec() },
    ];
    let report = node.node.import_cards(&accord_core::Principal::Operator, files, &|_| ()).await.unwrap();
    assert_eq!(report.registered, ["evil/card"]);
    assert_eq!(report.rejected.len(), 1, "{:?}", report.rejected);

    // Stored as written.
    let entry = get_json(&http, &node, "/api/v1/models/evil/card").await;
    assert!(entry["card_markdown"].as_str().unwrap().contains("<script>alert(2)</script>"));
    assert_eq!(entry["licence"]["id"], "apache-2.0");

    // Rendered harmless: no script, handler or javascript: URL, in the card or anywhere else.
    let (status, html) = get_html(&http, &node, "/en/registry/evil/card").await;
    assert_eq!(status, StatusCode::OK);
    let lower = html.to_ascii_lowercase();
    assert_eq!(lower.matches("<script").count(), 1, "only the page's own script");
    for bad in [
        "javascript:",
        "onerror=",
        "onclick=",
        "<iframe",
        "<form action=\"/api/v1/models\"",
        "../../admin",
        "alert(1)</script>",
    ] {
        assert!(!lower.contains(bad), "{bad} survived");
    }
    let card = card_section(&html);
    assert!(card.contains("href=\"https://example.org/page\""), "a safe link stays");
    assert!(card.contains("rel=\"noopener noreferrer nofollow ugc\""));
    assert!(card.contains("box"), "the text stays");
    for path in ["/en/registry?q=evil", "/en/registry/evil/card/history", "/ar/registry/evil/card"] {
        let (status, html) = get_html(&http, &node, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(html.to_ascii_lowercase().matches("<script").count(), 1, "{path}");
        assert!(!html.contains("<script>alert"), "{path}");
    }
    node.stop().await;
}
