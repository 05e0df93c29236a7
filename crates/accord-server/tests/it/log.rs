//! The transparency log over HTTP: keys, checkpoint, entries, proofs that verify, record
//! verification, and the web pages.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::StatusCode;
use serde_json::{Value, json};

use accord_ledger::merkle::{Hash, verify_consistency, verify_inclusion};
use accord_ledger::note::Checkpoint;

use crate::common::*;

fn hash(v: &Value) -> Hash {
    <Hash>::try_from(STANDARD.decode(v.as_str().unwrap()).unwrap()).unwrap()
}

#[tokio::test]
async fn checkpoint_entries_and_proofs_verify_independently() {
    let node = TestNode::start().await;
    let http = client();

    let keys: Value = http.get(node.url("/api/v1/keys")).send().await.unwrap().json().await.unwrap();
    let origin = keys["origin"].as_str().unwrap().to_owned();
    let node_key = keys["keys"].as_array().unwrap().iter().find(|k| k["owner_kind"] == "node").unwrap();
    let public = <[u8; 32]>::try_from(STANDARD.decode(node_key["public_key"].as_str().unwrap()).unwrap()).unwrap();
    let public = accord_ledger::ed25519_dalek::VerifyingKey::from_bytes(&public).unwrap();
    assert!(keys["node_verifier_key"].as_str().unwrap().starts_with(&format!("{origin}+")));

    let r = http.get(node.url("/api/v1/log/checkpoint")).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let note = r.text().await.unwrap();
    let cp = Checkpoint::verify(&note, &origin, &public).expect("checkpoint signed by the published node key");
    let seeded = 1 + accord_node::demo::ORGANISATIONS + accord_node::demo::USERS_SEEDED;
    assert_eq!(cp.size as usize, seeded, "node key + the demo organisations + the demo users");

    // Every entry's leaf and every inclusion proof check out against the signed root.
    let page: Value =
        http.get(node.url("/api/v1/log/entries?start=0&limit=1000")).send().await.unwrap().json().await.unwrap();
    let entries = page["entries"].as_array().unwrap();
    assert_eq!(entries.len(), seeded);
    for e in entries {
        let index = e["index"].as_u64().unwrap();
        let record = accord_ledger::SignedRecord {
            bytes: STANDARD.decode(e["envelope"].as_str().unwrap()).unwrap(),
            signature: <[u8; 64]>::try_from(STANDARD.decode(e["signature"].as_str().unwrap()).unwrap()).unwrap(),
            key_id: e["key_id"].as_str().unwrap().to_owned(),
        };
        let proof: Value = http
            .get(node.url(&format!("/api/v1/log/inclusion?index={index}&tree_size={}", cp.size)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let path: Vec<Hash> = proof["path"].as_array().unwrap().iter().map(hash).collect();
        verify_inclusion(&record.leaf_data(), index, cp.size, &path, &cp.root).unwrap();
        // The verification API agrees.
        let check: Value = http
            .post(node.url("/api/v1/records/verify"))
            .json(&json!({ "envelope": e["envelope"], "signature": e["signature"], "key_id": e["key_id"] }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(check["valid"], true, "{check}");
        assert_eq!(check["log_index"].as_u64(), Some(index));
    }

    // A change appends, a new checkpoint is consistent with the old one.
    let admin = node.token(ADMIN, &["admin"]).await;
    http.post(node.url("/api/v1/organisations"))
        .bearer_auth(&admin)
        .json(&json!({ "name": "Later", "kind": "company" }))
        .send()
        .await
        .unwrap();
    let note2 = http.get(node.url("/api/v1/log/checkpoint")).send().await.unwrap().text().await.unwrap();
    let cp2 = Checkpoint::verify(&note2, &origin, &public).unwrap();
    assert!(cp2.size > cp.size);
    let proof: Value = http
        .get(node.url(&format!("/api/v1/log/consistency?first={}&second={}", cp.size, cp2.size)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let path: Vec<Hash> = proof["path"].as_array().unwrap().iter().map(hash).collect();
    verify_consistency(cp.size, &cp.root, cp2.size, &cp2.root, &path).unwrap();

    // The new organisation's record and its versions.
    let orgs: Value = http.get(node.url("/api/v1/organisations?limit=200")).send().await.unwrap().json().await.unwrap();
    let later = orgs["items"].as_array().unwrap().iter().find(|o| o["name"] == "Later").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let versions: Value = http
        .get(node.url(&format!("/api/v1/records/organisation/{later}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(versions.as_array().unwrap().len(), 1);

    // A forged record does not verify.
    let e = &entries[3];
    let mut bytes = STANDARD.decode(e["envelope"].as_str().unwrap()).unwrap();
    bytes[10] ^= 1;
    let check: Value = http
        .post(node.url("/api/v1/records/verify"))
        .json(&json!({ "envelope": STANDARD.encode(&bytes), "signature": e["signature"], "key_id": e["key_id"] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(check["valid"], false);
    assert!(check["problem"].as_str().is_some());

    // Bad proof requests are 400s with the error body.
    for path in [
        "/api/v1/log/inclusion?index=99&tree_size=5",
        "/api/v1/log/consistency?first=0&second=5",
        "/api/v1/log/inclusion?index=x",
    ] {
        let r = http.get(node.url(path)).send().await.unwrap();
        assert_eq!(error_code(r, StatusCode::BAD_REQUEST).await, "bad_parameter", "{path}");
    }
    let r = http
        .post(node.url("/api/v1/records/verify"))
        .json(&json!({ "envelope": "!!", "signature": "", "key_id": "k" }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    node.stop().await;
}

#[tokio::test]
async fn transparency_pages_show_the_log_in_every_language() {
    let node = TestNode::start().await;
    let http = client();
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let html = http.get(node.url(&format!("/{lang}/transparency"))).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("accord verify http://"), "{lang}");
        let newest = accord_node::demo::ORGANISATIONS + accord_node::demo::USERS_SEEDED;
        assert!(html.contains(&format!("/transparency/log/{newest}\"")), "{lang}: links to entries, newest first");
        let r = http.get(node.url(&format!("/{lang}/transparency/log/5"))).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{lang}");
        let html = r.text().await.unwrap();
        assert!(html.contains("tag-green"), "{lang}: the node's own check passes");
        assert!(html.contains("data-proof="), "{lang}: proof for in-browser verification");
    }
    let r = http.get(node.url("/en/transparency/log/999")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    node.stop().await;
}
