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

// ---- the web forms --------------------------------------------------------------------------

/// A signed-in browser: its cookie-keeping client.
async fn browser(node: &TestNode, email: &str) -> Client {
    let http = client();
    web_sign_in(node, &http, email).await;
    http
}

async fn page(http: &Client, node: &TestNode, path: &str) -> (StatusCode, String) {
    let r = http.get(node.url(path)).send().await.unwrap();
    (r.status(), r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], ""))
}

/// Posts a form with the page's CSRF token added.
async fn post_form(
    http: &Client,
    node: &TestNode,
    path: &str,
    csrf: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut fields: Vec<(&str, &str)> = fields.to_vec();
    fields.push(("csrf", csrf));
    http.post(node.url(path)).form(&fields).send().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "a redirect after the post");
    r.headers().get("location").unwrap().to_str().unwrap().to_owned()
}

async fn api_view(node: &TestNode, id: &str) -> Value {
    client().get(node.url(&format!("/api/v1/resolutions/{id}"))).send().await.unwrap().json().await.unwrap()
}

async fn resolution_count(node: &TestNode) -> usize {
    let list: Value = client().get(node.url("/api/v1/resolutions")).send().await.unwrap().json().await.unwrap();
    list["items"].as_array().unwrap().len()
}

/// The close of voting as the browser's date and time field sends it: no seconds, no zone.
fn local_minutes_in(secs: i64) -> String {
    in_secs(secs).chars().take(16).collect()
}

#[tokio::test]
async fn the_forms_take_a_resolution_from_draft_to_result() {
    let node = TestNode::start().await;
    let members = electorate(&node).await;
    let chair = browser(&node, EDITOR).await;
    let cn = browser(&node, DELEGATE_CN).await;
    let outsider = browser(&node, OUTSIDER).await;

    // Only the chair is offered the form for a new resolution.
    let (_, list) = page(&chair, &node, "/en/resolutions").await;
    assert!(list.contains("href=\"/en/resolutions/new\""), "the chair has the link");
    for http in [&cn, &client()] {
        let (_, list) = page(http, &node, "/en/resolutions").await;
        assert!(!list.contains("/en/resolutions/new"), "others do not");
    }
    let (status, _) = page(&cn, &node, "/en/resolutions/new").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let r = client().get(node.url("/en/resolutions/new")).send().await.unwrap();
    assert!(location(&r).starts_with("/en/login?next="), "visitors are asked to sign in");

    let (status, form) = page(&chair, &node, "/en/resolutions/new").await;
    assert_eq!(status, StatusCode::OK);
    for m in &members {
        assert!(form.contains(&format!("name=\"electorate\" value=\"{m}\"")), "every organisation is offered");
    }
    let csrf = hidden(&form, "csrf");
    let title = "Resolution on shared evaluation of frontier models";
    let text = "The Plenary,\r\n\r\nDecides to share evaluation results.";
    let mut fields: Vec<(&str, &str)> = vec![
        ("body", "Plenary"),
        ("title", title),
        ("text", text),
        ("lang", "en"),
        ("rule", "two_thirds"),
        ("quorum", "fraction"),
        ("quorum_fraction", "1/2"),
    ];
    for m in &members {
        fields.push(("electorate", m.as_str()));
    }

    // Bad input comes back beside its field, with what was typed kept, and writes nothing.
    let bad = |change: &[(&'static str, &'static str)]| {
        let mut f: Vec<(&str, &str)> =
            fields.iter().filter(|(k, _)| !change.iter().any(|(c, _)| c == k)).copied().collect();
        f.extend(change.iter().filter(|(_, v)| !v.is_empty()).copied());
        f
    };
    /// Fields changed (an empty value drops the field), the field at fault, the message.
    type Case<'a> = (&'a [(&'static str, &'static str)], &'a str, &'a str);
    let cases: [Case; 5] = [
        (
            &[("rule", "consensus"), ("silence_days", "")],
            "silence_days",
            "Enter the silence period as a whole number of days",
        ),
        (
            &[("quorum", "members"), ("quorum_count", "ten")],
            "quorum_count",
            "Enter the quorum as a whole number of members",
        ),
        (&[("quorum_fraction", "3/2")], "quorum_fraction", "Enter the quorum as a share of the electorate"),
        // The node's own refusals: more quorum than members, no electorate, no title.
        (
            &[("quorum", "members"), ("quorum_count", "5")],
            "quorum_count",
            "Enter a quorum no larger than the electorate",
        ),
        (&[("title", "")], "title", "Enter title"),
    ];
    for (change, field, words) in cases {
        let r = post_form(&chair, &node, "/en/resolutions/new", &csrf, &bad(change)).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{change:?}");
        let html = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
        assert!(html.contains(&format!("href=\"#{field}\"")), "{change:?}: the summary links to {field}");
        assert!(html.contains(words), "{change:?}: {words}");
        assert!(html.contains("Decides to share evaluation results.</textarea>"), "the text is kept");
        assert!(html.contains(&format!("value=\"{}\" checked", members[0])), "the electorate is kept");
    }
    let no_electorate: Vec<(&str, &str)> = fields.iter().filter(|(k, _)| *k != "electorate").copied().collect();
    let r = post_form(&chair, &node, "/en/resolutions/new", &csrf, &no_electorate).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Select at least one member organisation"));
    assert_eq!(resolution_count(&node).await, 0, "nothing was written");
    // Someone who is not the chair gets a refusal, not the form back.
    let (_, some_page) = page(&cn, &node, "/en/resolutions").await;
    let r = post_form(&cn, &node, "/en/resolutions/new", &hidden(&some_page, "csrf"), &fields).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = post_form(&chair, &node, "/en/resolutions/new", "forged", &fields).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(resolution_count(&node).await, 0);

    // Created: the page of the new draft says so.
    let r = post_form(&chair, &node, "/en/resolutions/new", &csrf, &fields).await;
    let to = location(&r);
    let id = to.strip_prefix("/en/resolutions/").unwrap().split('?').next().unwrap().to_owned();
    assert!(to.ends_with("?done=created"), "{to}");
    let view = api_view(&node, &id).await;
    assert_eq!(view["state"], "draft");
    assert_eq!(view["rule"]["kind"], "two_thirds");
    assert_eq!(view["quorum"], json!({ "kind": "fraction", "numerator": 1, "denominator": 2 }));
    assert_eq!(view["text"], "The Plenary,\n\nDecides to share evaluation results.");
    assert_eq!(view["electorate"].as_array().unwrap().len(), 3);
    let base = format!("/en/resolutions/{id}");
    let (_, html) = page(&chair, &node, &to).await;
    assert!(html.contains("The draft was created."));
    assert!(html.contains(&format!("action=\"{base}/open\"")), "the chair may open the vote");
    assert!(!html.contains("name=\"amendment_text\""), "the chair's organisation is not in the electorate");

    // A delegation of the electorate proposes an amendment; the form starts from the draft.
    let (_, html) = page(&cn, &node, &base).await;
    assert!(html.contains(&format!("action=\"{base}/amendments\"")));
    assert!(html.contains("Decides to share evaluation results.</textarea>"));
    assert!(!html.contains(&format!("{base}/open")), "delegations do not chair");
    let cn_csrf = hidden(&html, "csrf");
    let r = post_form(
        &cn,
        &node,
        &format!("{base}/amendments"),
        &cn_csrf,
        &[("amendment_text", "The Plenary,\n\nDecides to share evaluation results.")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("an amendment must differ from the current draft"));
    let r = post_form(&cn, &node, &format!("{base}/amendments"), &cn_csrf, &[("amendment_text", "  ")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#amendment_text\""));
    assert!(api_view(&node, &id).await["amendments"].as_array().unwrap().is_empty(), "nothing was written");
    let amended = "The Plenary,\n\nDecides to share evaluation results within thirty days.";
    let r = post_form(
        &cn,
        &node,
        &format!("{base}/amendments"),
        &cn_csrf,
        &[("amendment_text", amended), ("rationale", "A deadline.")],
    )
    .await;
    assert_eq!(location(&r), format!("{base}?done=amended#amendment-1"));

    // Outside the electorate: no form, and a refusal when posting anyway.
    let (_, html) = page(&outsider, &node, &base).await;
    assert!(!html.contains("name=\"amendment_text\""));
    assert!(!html.contains("name=\"decision\""));
    let out_csrf = hidden(&html, "csrf");
    let r =
        post_form(&outsider, &node, &format!("{base}/amendments"), &out_csrf, &[("amendment_text", "Other.")]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    for action in ["amendments/1", "open", "close"] {
        let r = post_form(
            &outsider,
            &node,
            &format!("{base}/{action}"),
            &out_csrf,
            &[("decision", "adopt"), ("closes_at", &local_minutes_in(3600))],
        )
        .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{action}");
    }
    assert_eq!(api_view(&node, &id).await["amendments"][0]["status"], "proposed");

    // The chair decides: the vote cannot open while an amendment waits.
    let (_, html) = page(&chair, &node, &base).await;
    assert!(html.contains("Adopt or reject every proposed amendment before opening the vote."));
    assert!(!html.contains(&format!("action=\"{base}/open\"")));
    assert!(html.contains(&format!("action=\"{base}/amendments/1\"")));
    let r = post_form(&chair, &node, &format!("{base}/amendments/1"), &csrf, &[("decision", "maybe")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Choose to adopt or reject the amendment"));
    let r = post_form(&chair, &node, &format!("{base}/amendments/1"), &csrf, &[("decision", "adopt")]).await;
    assert_eq!(location(&r), format!("{base}?done=adopted#amendment-1"));
    let view = api_view(&node, &id).await;
    assert_eq!(view["text"], amended);
    assert_eq!(view["texts"].as_array().unwrap().len(), 2);
    let r = post_form(&chair, &node, &format!("{base}/amendments/1"), &csrf, &[("decision", "reject")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "already decided");
    assert!(r.text().await.unwrap().contains("The resolution changed since this page was shown"));

    // Opening: a closing time that is not one, or is past, comes back; a browser's local time
    // (read as UTC) opens the vote.
    for bad in ["", "soon", "2020-01-01T10:00"] {
        let r = post_form(&chair, &node, &format!("{base}/open"), &csrf, &[("closes_at", bad)]).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
        let html = r.text().await.unwrap();
        assert!(html.contains("href=\"#closes_at\""), "{bad:?}");
        assert!(html.contains(&format!("value=\"{bad}\"")), "{bad:?} is kept");
    }
    assert_eq!(api_view(&node, &id).await["state"], "draft");
    let closes = local_minutes_in(3600);
    let r = post_form(&chair, &node, &format!("{base}/open"), &csrf, &[("closes_at", &closes)]).await;
    assert_eq!(location(&r), format!("{base}?done=opened#vote"));
    let view = api_view(&node, &id).await;
    assert_eq!(view["state"], "voting");
    assert_eq!(view["voting_closes_at"], format!("{closes}:00Z"));

    // Delegations vote through the form.
    for (http, choice) in
        [(&cn, "yes"), (&browser(&node, DELEGATE_FR).await, "yes"), (&browser(&node, DELEGATE_CL).await, "no")]
    {
        let (_, html) = page(http, &node, &base).await;
        assert!(html.contains("name=\"choice\""));
        assert!(!html.contains("name=\"amendment_text\""), "no amendments once voting is open");
        let r = post_form(http, &node, &format!("{base}/vote"), &hidden(&html, "csrf"), &[("choice", choice)]).await;
        assert_eq!(location(&r), format!("{base}?voted=1#votes"));
    }

    // Only the chair closes early.
    let (_, html) = page(&cn, &node, &base).await;
    assert!(!html.contains(&format!("action=\"{base}/close\"")));
    let r = post_form(&cn, &node, &format!("{base}/close"), &cn_csrf, &[]).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, html) = page(&chair, &node, &base).await;
    assert!(html.contains(&format!("action=\"{base}/close\"")));
    let r = post_form(&chair, &node, &format!("{base}/close"), &csrf, &[]).await;
    assert_eq!(location(&r), format!("{base}?done=closed#outcome"));
    let view = api_view(&node, &id).await;
    assert_eq!(view["state"], "closed");
    assert_eq!(view["result"]["outcome"], "adopted", "2 of 3 is two-thirds");
    assert_eq!(view["result"]["closed_by"], "chair");
    let (_, html) = page(&chair, &node, &format!("{base}?done=closed")).await;
    assert!(html.contains("The vote is closed and its result published."));
    assert!(html.contains("Adopted"));
    assert!(!html.contains(&format!("action=\"{base}/close\"")), "nothing left to close");
    // Closing again changes nothing.
    let r = post_form(&chair, &node, &format!("{base}/close"), &csrf, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    node.stop().await;
}

#[tokio::test]
async fn consensus_from_the_forms_and_the_chair_cannot_cut_the_silence_short() {
    let node = TestNode::start().await;
    let members = electorate(&node).await;
    let chair = browser(&node, EDITOR).await;
    let (_, form) = page(&chair, &node, "/fr/resolutions/new").await;
    assert!(form.contains("Nouvelle résolution"));
    let csrf = hidden(&form, "csrf");
    let mut fields: Vec<(&str, &str)> = vec![
        ("body", "Conseil"),
        ("title", "Résolution sur les rapports d’incidents"),
        ("text", "Le Conseil décide de partager les rapports."),
        ("lang", "fr"),
        ("rule", "consensus"),
        ("silence_days", "3"),
        // A quorum under consensus is not asked of the node.
        ("quorum", "members"),
        ("quorum_count", "many"),
    ];
    for m in &members {
        fields.push(("electorate", m.as_str()));
    }
    let r = post_form(&chair, &node, "/fr/resolutions/new", &csrf, &fields).await;
    let to = location(&r);
    let base = to.split('?').next().unwrap().to_owned();
    let id = base.rsplit('/').next().unwrap().to_owned();
    let view = api_view(&node, &id).await;
    assert_eq!(view["rule"], json!({ "kind": "consensus", "silence_period_secs": 259_200 }));
    let (_, html) = page(&chair, &node, &base).await;
    assert!(!html.contains("name=\"closes_at\""), "the silence period sets the close");
    assert!(html.contains("3 jours"), "the period is named");
    let r = post_form(&chair, &node, &format!("{base}/open"), &csrf, &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = page(&chair, &node, &base).await;
    assert!(!html.contains(&format!("action=\"{base}/close\"")));
    assert!(html.contains("Un délai d’approbation tacite ne peut pas être écourté"));
    // Posting anyway is refused by the node and shown by the form, not as an error page.
    let r = post_form(&chair, &node, &format!("{base}/close"), &csrf, &[]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("href=\"#close\""));
    assert_eq!(api_view(&node, &id).await["state"], "voting");
    node.stop().await;
}

/// The audit trail names pseudonymous dialogue participants as such (the actor was blank).
#[tokio::test]
async fn the_audit_trail_names_dialogue_participants() {
    use accord_core::Principal;
    use accord_core::dialogue::{NewConversation, VoteValue};
    let node = TestNode::start().await;
    let op = Principal::Operator;
    let id =
        node.node.create_conversation(&op, NewConversation::new("A question", &["en"])).await.unwrap().conversation.id;
    let s =
        accord_node::dialogue::StatementInput { text: "A statement.".into(), lang: Some("en".into()), is_meta: false };
    node.node.add_statement(&op, id, None, s).await.unwrap();
    node.node.cast_votes(&Principal::Anonymous, id, None, &[(0, VoteValue::Agree)]).await.unwrap();
    let admin = browser(&node, ADMIN).await;
    for (lang, words) in [("en", "Dialogue participant (pseudonymous)"), ("ar", "مشارك في الحوار (باسم مستعار)")]
    {
        let (status, html) = page(&admin, &node, &format!("/{lang}/transparency")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(words), "/{lang}/transparency names the participant");
    }
    node.stop().await;
}
