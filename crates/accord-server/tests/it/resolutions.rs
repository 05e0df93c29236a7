//! Formal resolutions over HTTP: the API's whole flow with its refusals (422 on unknown fields,
//! 403 for delegations outside the electorate), the result record in the log, and the pages in
//! the six languages with the vote form.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const LANGS: [(&str, &str, &str); 6] = [
    ("ar", "ar", "rtl"),
    ("zh", "zh-Hans", "ltr"),
    ("en", "en", "ltr"),
    ("fr", "fr", "ltr"),
    ("ru", "ru", "ltr"),
    ("es", "es", "ltr"),
];

/// Delegates of three demo member states (the electorate) and one of an organisation outside it.
const DELEGATE_FR: &str = "reviewer@evaluation-ia.example";
const DELEGATE_CN: &str = MEMBER;
const DELEGATE_CL: &str = "member@supervision-ia.example";
const OUTSIDER: &str = "member@frontier-systems.example";

async fn org_id(node: &TestNode, name: &str) -> String {
    let body: Value =
        client().get(node.url("/api/v1/organisations?limit=200")).send().await.unwrap().json().await.unwrap();
    let item = body["items"].as_array().unwrap().iter().find(|o| o["name"] == name).unwrap();
    item["id"].as_str().unwrap().to_owned()
}

async fn electorate(node: &TestNode) -> Vec<String> {
    vec![
        org_id(node, "Agence nationale d'évaluation de l'IA").await,
        org_id(node, "国家人工智能安全研究中心").await,
        org_id(node, "Superintendencia de Sistemas de IA").await,
    ]
}

fn draft(electorate: &[String], rule: Value) -> Value {
    json!({
        "body": "Plenary",
        "title": "Resolution on shared evaluation of frontier models",
        "text": "The Plenary,\n\nDecides to share evaluation results.",
        "lang": "en",
        "rule": rule,
        "quorum": { "kind": "fraction", "numerator": 1, "denominator": 2 },
        "electorate": electorate,
    })
}

async fn post(node: &TestNode, token: &str, path: &str, body: Value) -> reqwest::Response {
    Client::new().post(node.url(path)).bearer_auth(token).json(&body).send().await.unwrap()
}

fn in_secs(n: i64) -> String {
    accord_core::command::rfc3339(time::OffsetDateTime::now_utc() + time::Duration::seconds(n))
}

#[tokio::test]
async fn the_whole_flow_over_the_api_with_its_refusals() {
    let node = TestNode::start().await;
    let members = electorate(&node).await;
    let editor = node.token(EDITOR, &["read", "write"]).await;
    let fr = node.token(DELEGATE_FR, &["read", "write"]).await;
    let cn = node.token(DELEGATE_CN, &["read", "write"]).await;
    let cl = node.token(DELEGATE_CL, &["read", "write"]).await;
    let outsider = node.token(OUTSIDER, &["read", "write"]).await;

    // Unknown fields are refused, at the top and inside the rule.
    let mut body = draft(&members, json!({ "kind": "two_thirds" }));
    body["colour"] = json!("blue");
    assert_eq!(
        error_code(post(&node, &editor, "/api/v1/resolutions", body).await, StatusCode::UNPROCESSABLE_ENTITY).await,
        "invalid_body"
    );
    let body = draft(&members, json!({ "kind": "two_thirds", "threshold": 0.5 }));
    assert_eq!(
        error_code(post(&node, &editor, "/api/v1/resolutions", body).await, StatusCode::UNPROCESSABLE_ENTITY).await,
        "invalid_body"
    );
    // A bad value names its field.
    let r = post(&node, &editor, "/api/v1/resolutions", draft(&members, json!({ "kind": "unanimity" }))).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "validation_failed");
    assert_eq!(e["error"]["details"]["field"], "rule.kind");
    // Only editors create.
    let r = post(&node, &cn, "/api/v1/resolutions", draft(&members, json!({ "kind": "two_thirds" }))).await;
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");

    let r = post(&node, &editor, "/api/v1/resolutions", draft(&members, json!({ "kind": "two_thirds" }))).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["state"], "draft");
    assert_eq!(created["electorate"].as_array().unwrap().len(), 3);
    let base = format!("/api/v1/resolutions/{id}");

    // Amendments: delegations of the electorate propose, the chair decides.
    let amended = "The Plenary,\n\nDecides to share evaluation results within thirty days.";
    let r = post(&node, &outsider, &format!("{base}/amendments"), json!({ "text": amended })).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["details"]["reason"], "not_in_electorate");
    let r =
        post(&node, &cn, &format!("{base}/amendments"), json!({ "text": amended, "rationale": "A deadline.", "x": 1 }))
            .await;
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");
    let r =
        post(&node, &cn, &format!("{base}/amendments"), json!({ "text": amended, "rationale": "A deadline." })).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let amendment: Value = r.json().await.unwrap();
    assert_eq!((amendment["seq"].as_u64(), amendment["status"].as_str()), (Some(1), Some("proposed")));
    let r = post(&node, &cn, &format!("{base}/amendments/1/decision"), json!({ "decision": "adopt" })).await;
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");
    let r = post(&node, &editor, &format!("{base}/amendments/1/decision"), json!({ "decision": "adopt" })).await;
    assert_eq!(r.status(), StatusCode::OK);
    let view: Value = r.json().await.unwrap();
    assert_eq!(view["text"], amended);
    assert_eq!(view["texts"].as_array().unwrap().len(), 2);

    // Open the vote.
    let r = post(&node, &editor, &format!("{base}/open"), json!({ "closes_at": "soon" })).await;
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "validation_failed");
    let r = post(&node, &editor, &format!("{base}/open"), json!({ "closes_at": in_secs(3600) })).await;
    assert_eq!(r.status(), StatusCode::OK);

    // Votes: outsiders are refused with the reason; bad bodies are 422.
    let r = post(&node, &outsider, &format!("{base}/votes"), json!({ "choice": "yes" })).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "forbidden");
    assert_eq!(e["error"]["details"]["reason"], "not_in_electorate");
    assert!(e["error"]["message"].as_str().unwrap().contains("electorate"));
    let r = post(&node, &cn, &format!("{base}/votes"), json!({ "choice": "yes", "weight": 2 })).await;
    assert_eq!(error_code(r, StatusCode::UNPROCESSABLE_ENTITY).await, "invalid_body");
    let r = post(&node, &cn, &format!("{base}/votes"), json!({ "choice": "objection" })).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["details"]["field"], "choice");
    let r =
        Client::new().post(node.url(&format!("{base}/votes"))).json(&json!({ "choice": "yes" })).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::UNAUTHORIZED).await, "unauthenticated");
    let read_only = node.token(DELEGATE_CN, &["read"]).await;
    let r = post(&node, &read_only, &format!("{base}/votes"), json!({ "choice": "yes" })).await;
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "insufficient_scope");

    post(&node, &cn, &format!("{base}/votes"), json!({ "choice": "no" })).await;
    // The same member changes its vote; both stay on the record.
    let r =
        post(&node, &cn, &format!("{base}/votes"), json!({ "choice": "yes", "explanation": "After consultations." }))
            .await;
    assert_eq!(r.status(), StatusCode::OK);
    post(&node, &fr, &format!("{base}/votes"), json!({ "choice": "yes" })).await;
    let r = post(
        &node,
        &cl,
        &format!("{base}/votes"),
        json!({ "choice": "no", "explanation": "Paragraph 2 goes too far." }),
    )
    .await;
    let view: Value = r.json().await.unwrap();
    assert_eq!(view["votes"].as_array().unwrap().len(), 4);
    assert_eq!(view["tally"]["yes"], 2);
    assert_eq!(view["tally"]["no"], 1);
    assert_eq!(view["tally"]["final"], false);

    // Only the chair closes.
    let r = Client::new().post(node.url(&format!("{base}/close"))).bearer_auth(&cn).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::FORBIDDEN).await, "forbidden");
    let r = Client::new().post(node.url(&format!("{base}/close"))).bearer_auth(&editor).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let view: Value = r.json().await.unwrap();
    assert_eq!(view["state"], "closed");
    assert_eq!(view["result"]["outcome"], "adopted", "2 of 3 is exactly two-thirds");
    assert_eq!(view["result"]["reason"], "two_thirds_reached");
    assert_eq!(view["result"]["text_sha256"], view["text_sha256"]);
    let r = post(&node, &fr, &format!("{base}/votes"), json!({ "choice": "no" })).await;
    assert_eq!(error_code(r, StatusCode::BAD_REQUEST).await, "bad_parameter");

    // The result is its own signed record in the log.
    let r = client().get(node.url(&format!("/api/v1/records/resolution_result/{id}"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let entries: Value = r.json().await.unwrap();
    assert_eq!(entries.as_array().unwrap().len(), 1);
    let text = entries.to_string();
    assert!(text.contains("resolution.result") || text.contains("resolution_result"), "{text}");

    // Everyone reads the list and the resolution.
    let list: Value = client().get(node.url("/api/v1/resolutions")).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["items"][0]["id"], id.as_str());
    assert_eq!(list["items"][0]["outcome"], "adopted");
    let r = client().get(node.url("/api/v1/resolutions/not-a-uuid")).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::BAD_REQUEST).await, "bad_parameter");
    let r = client().get(node.url(&format!("/api/v1/resolutions/{}", uuid::Uuid::now_v7()))).send().await.unwrap();
    assert_eq!(error_code(r, StatusCode::NOT_FOUND).await, "not_found");

    // Documented in the OpenAPI document.
    let doc: Value = client().get(node.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    for path in [
        "/api/v1/resolutions",
        "/api/v1/resolutions/{id}",
        "/api/v1/resolutions/{id}/votes",
        "/api/v1/resolutions/{id}/amendments/{seq}/decision",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path}");
    }
    node.stop().await;
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} in page")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

async fn web_sign_in(node: &TestNode, http: &Client, email: &str) {
    let form = http.get(node.url("/en/login")).send().await.unwrap().text().await.unwrap();
    let token = hidden(&form, "form_token");
    let r = http
        .post(node.url("/en/login"))
        .form(&[("email", email), ("password", PASSWORD), ("form_token", &token), ("next", "/en/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "web sign-in of {email}");
}

#[tokio::test]
async fn pages_in_six_languages_and_the_vote_form() {
    let node = TestNode::start().await;
    let members = electorate(&node).await;
    let editor = node.token(EDITOR, &["read", "write"]).await;
    let mut body = draft(&members, json!({ "kind": "simple_majority" }));
    body["title"] = json!("قرار بشأن تقاسم نتائج التقييم");
    body["text"] = json!("إن الجلسة العامة،\n\nتقرر تقاسم نتائج التقييم.");
    body["lang"] = json!("ar");
    let created: Value = post(&node, &editor, "/api/v1/resolutions", body).await.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let r =
        post(&node, &editor, &format!("/api/v1/resolutions/{id}/open"), json!({ "closes_at": in_secs(3600) })).await;
    assert_eq!(r.status(), StatusCode::OK);

    let http = client();
    for (code, html_lang, dir) in LANGS {
        for path in ["/resolutions".to_owned(), format!("/resolutions/{id}")] {
            let r = http.get(node.url(&format!("/{code}{path}"))).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "/{code}{path}");
            let html = r.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{html_lang}\" dir=\"{dir}\">")), "/{code}{path}");
            assert!(
                !html.replace("resolutions-table", "").contains("resolutions-"),
                "/{code}{path}: an untranslated id"
            );
            // The text keeps its own language and direction whatever the page's.
            assert!(html.contains("lang=\"ar\" dir=\"rtl\""), "/{code}{path}");
        }
    }
    // Fluent isolates the numbers it inserts (FSI … PDI); compare the words.
    let plain = |html: String| html.replace(['\u{2068}', '\u{2069}'], "");
    let en = plain(http.get(node.url(&format!("/en/resolutions/{id}"))).send().await.unwrap().text().await.unwrap());
    assert!(en.contains("Simple majority: adopted when more members vote yes than no"));
    assert!(en.contains("At least 1/2 of the members must vote (abstentions count): 2 of 3."));
    assert!(en.contains("Sign in to vote"), "visitors are told to sign in");
    assert!(!en.contains("name=\"choice\""));

    // A delegation outside the electorate sees no form.
    let outsider = client();
    web_sign_in(&node, &outsider, OUTSIDER).await;
    let page = outsider.get(node.url(&format!("/en/resolutions/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("not in this resolution’s electorate"));
    assert!(!page.contains("name=\"choice\""));
    let csrf = hidden(&page, "csrf");
    let r = outsider
        .post(node.url(&format!("/en/resolutions/{id}/vote")))
        .form(&[("choice", "yes"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A delegation of the electorate votes through the form, in Arabic.
    let delegate = client();
    web_sign_in(&node, &delegate, DELEGATE_CL).await;
    let page = delegate.get(node.url(&format!("/ar/resolutions/{id}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("name=\"choice\""));
    let csrf = hidden(&page, "csrf");
    // No choice: the form comes back with the error beside the field and the text kept.
    let r = delegate
        .post(node.url(&format!("/ar/resolutions/{id}/vote")))
        .form(&[("explanation", "شرح التصويت"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"choice-error\""));
    assert!(html.contains("href=\"#choice\""));
    assert!(html.contains("شرح التصويت</textarea>"), "the explanation is kept");
    // A forged token is refused.
    let r = delegate
        .post(node.url(&format!("/ar/resolutions/{id}/vote")))
        .form(&[("choice", "yes"), ("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = delegate
        .post(node.url(&format!("/ar/resolutions/{id}/vote")))
        .form(&[("choice", "abstain"), ("explanation", "نمتنع ريثما تنتهي المشاورات."), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers().get("location").unwrap().to_str().unwrap().to_owned();
    assert!(location.starts_with(&format!("/ar/resolutions/{id}?voted=1")), "{location}");
    let page = delegate.get(node.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("نمتنع ريثما تنتهي المشاورات."), "the explanation is in the votes table");
    assert!(page.contains("سُجّل تصويت منظمتك."));

    // The chair closes; the outcome shows with its counts.
    Client::new().post(node.url(&format!("/api/v1/resolutions/{id}/close"))).bearer_auth(&editor).send().await.unwrap();
    let page = client().get(node.url(&format!("/en/resolutions/{id}"))).send().await.unwrap().text().await.unwrap();
    // One abstention of three members is below the quorum of half (2 of 3): nothing decided.
    assert!(page.contains("No quorum"));
    assert!(page.contains("Too few members voted for the vote to stand."));
    node.stop().await;
}
