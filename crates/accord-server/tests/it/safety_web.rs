//! The Safety pages over HTTP: the list with facets and charts in every language, markings
//! that hide a record from everyone outside its audience (the same 404 as an unknown key), a
//! duplicate's redirect, the report form's validation and submission, the reviewers' queue.

use std::collections::BTreeMap;

use reqwest::{Client, StatusCode};

use accord_core::Principal;
use accord_safety::import::ImportSet;
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_safety::model::{Attribute, Classification, Incident, IncidentKind, Report, Source};

use crate::common::*;

const LANGS: [(&str, &str, &str); 6] = [
    ("ar", "ar", "rtl"),
    ("zh", "zh-Hans", "ltr"),
    ("en", "en", "ltr"),
    ("fr", "fr", "ltr"),
    ("ru", "ru", "ltr"),
    ("es", "es", "ltr"),
];

fn incident(key: &str, title: &str, year: &str, domain: &str) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Incident,
        title: title.into(),
        description: format!("{title}, described at length."),
        lang: "en".into(),
        date: Some(format!("{year}-05-01")),
        countries: vec!["CN".into()],
        sectors: vec!["information and communication".into()],
        severity: None,
        entities: vec![],
        models: vec![],
        classifications: vec![Classification {
            namespace: "MIT".into(),
            attributes: vec![Attribute { name: "Risk Domain".into(), values: vec![domain.into()] }],
            published: true,
        }],
        links: vec![],
        references: vec![],
        source: Source::Aiid,
    }
}

fn report(key: &str, incident: &str, lang: &str, title: &str) -> Report {
    Report {
        key: key.into(),
        incident: incident.into(),
        title: title.into(),
        text: format!("{title}。"),
        lang: lang.into(),
        url: None,
        authors: vec![],
        date_published: None,
        is_incident_report: true,
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    }
}

/// Public incidents (one with a Chinese report, one a duplicate) and a RED incident of
/// MEMBER's organisation.
async fn seeded() -> TestNode {
    let node = TestNode::start().await;
    let none = BTreeMap::new();
    let mut public = ImportSet::default();
    public.incidents.push(incident(
        "PUB-1",
        "Deepfake video call defrauds a businessman",
        "2023",
        "4. Malicious Actors & Misuse",
    ));
    public.incidents.push(incident(
        "PUB-2",
        "Businessman defrauded by a deepfake video call",
        "2023",
        "3. Misinformation",
    ));
    public.incidents.push(incident(
        "PUB-3",
        "Translation error leads to an arrest",
        "2017",
        "7. AI system safety, failures, and limitations",
    ));
    public.reports.push(report("PUB-1-ZH", "PUB-1", "zh", "骗子用深度伪造冒充好友视频通话"));
    public.duplicates.insert("PUB-2".into(), "PUB-1".into());
    node.node.import_safety(&Principal::Operator, public, &none, &none, None, &|_| ()).await.unwrap();
    let owner =
        node.node.organisation_by_name(&Principal::Operator, "国家人工智能安全研究中心").await.unwrap().unwrap();
    let mut red = ImportSet::default();
    red.incidents.push(incident("RED-1", "Confidential jailbreak narwhal", "2026", "2. Privacy & Security"));
    let marking = Marking::new(Tlp::Red, Distribution::OrganisationOnly, None).unwrap();
    let markings = BTreeMap::from([("RED-1".to_owned(), marking)]);
    node.node.import_safety(&Principal::Operator, red, &markings, &none, Some(owner.id), &|_| ()).await.unwrap();
    node
}

/// The value of `name="…" value="…"` in a form.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} in page")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// A client signed in through the web form, and its CSRF token.
async fn web_session(node: &TestNode, email: &str) -> (Client, String) {
    let http = client();
    let form = http.get(node.url("/en/login")).send().await.unwrap().text().await.unwrap();
    let token = hidden(&form, "form_token");
    let r = http
        .post(node.url("/en/login"))
        .form(&[("email", email), ("password", PASSWORD), ("form_token", &token), ("next", "/en/safety")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "web sign-in of {email}");
    let page = http.get(node.url("/en/safety/report")).send().await.unwrap().text().await.unwrap();
    let csrf = hidden(&page, "csrf");
    (http, csrf)
}

/// The page, without Fluent's isolation marks around its placeables.
async fn get(http: &Client, node: &TestNode, path: &str) -> (StatusCode, String) {
    let r = http.get(node.url(path)).send().await.unwrap();
    (r.status(), plain(r.text().await.unwrap()))
}

fn plain(html: String) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_pages_render_in_every_language_with_facets_charts_and_highlights() {
    let node = seeded().await;
    let http = client();
    for (code, html_lang, dir) in LANGS {
        for path in ["/safety", "/safety?q=deepfake&year=2023", "/safety/incidents/PUB-1", "/safety/report"] {
            let (status, html) = get(&http, &node, &format!("/{code}{path}")).await;
            assert_eq!(status, StatusCode::OK, "/{code}{path}");
            assert!(html.contains(&format!("<html lang=\"{html_lang}\" dir=\"{dir}\">")), "/{code}{path}");
            assert!(!html.contains("Unknown localization key"), "/{code}{path} misses a message");
        }
    }
    // Browsing lists the incidents (not the duplicate), with counts per facet and the charts.
    let (_, html) = get(&http, &node, "/en/safety").await;
    assert!(html.contains("2 results"), "two public incidents (the duplicate redirects)");
    assert!(html.contains("id=\"facet-year\"") && html.contains("class=\"facet-count\">1<"), "facet counts");
    assert!(html.contains("chart-years-title") && html.contains("class=\"bar-chart\""), "the charts");
    assert!(!html.contains("RED-1") && !html.contains("TLP:RED"), "nothing of the RED record, not even a count");
    // A Chinese query finds the Chinese report, its words marked.
    let (_, html) = get(&http, &node, "/en/safety?q=%E6%B7%B1%E5%BA%A6%E4%BC%AA%E9%80%A0").await;
    assert!(html.contains("PUB-1-ZH") && html.contains("<mark>"), "{html}");
    assert!(html.contains("lang=\"zh\""), "the report's title carries its language");
    // A filter narrows the list and can be removed.
    let (_, html) = get(&http, &node, "/en/safety?year=2017").await;
    assert!(html.contains("1 result") && html.contains("PUB-3") && !html.contains("PUB-1<"));
    assert!(html.contains("class=\"chip\""), "the active filter, removable");
    node.stop().await;
}

#[tokio::test]
async fn a_marked_record_is_the_same_404_as_an_unknown_key_outside_its_audience() {
    let node = seeded().await;
    let anonymous = client();
    let (other, _) = web_session(&node, EDITOR).await;
    let (owner, _) = web_session(&node, MEMBER).await;
    for http in [&anonymous, &other] {
        let (status, hidden_page) = get(http, &node, "/en/safety/incidents/RED-1").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, unknown_page) = get(http, &node, "/en/safety/incidents/NOWHERE-1").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let body = |html: &str| html.split("<main").nth(1).unwrap_or_default().to_owned();
        assert_eq!(body(&hidden_page), body(&unknown_page), "a hidden record answers as an unknown one");
        let (_, list) = get(http, &node, "/en/safety?q=narwhal").await;
        assert!(list.contains("0 results") && !list.contains("RED-1"));
    }
    let (status, html) = get(&owner, &node, "/en/safety/incidents/RED-1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("tlp-banner tlp-red-banner") && html.contains(">TLP:RED<"), "the RED banner");
    assert!(html.contains("<title>TLP:RED – "), "the label first in the title");
    let (_, list) = get(&owner, &node, "/en/safety?q=narwhal").await;
    assert!(list.contains("1 result") && list.contains("RED-1"));
    // A duplicate redirects to the incident it was merged into.
    let r = anonymous.get(node.url("/fr/safety/incidents/PUB-2")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(r.headers().get("location").unwrap(), "/fr/safety/incidents/PUB-1");
    let (_, html) = get(&anonymous, &node, "/en/safety/incidents/PUB-1").await;
    assert!(html.contains("href=\"/en/safety/incidents/PUB-2\""), "the merged duplicate is listed");
    node.stop().await;
}

#[tokio::test]
async fn the_report_form_validates_submits_and_a_reviewer_publishes() {
    let node = seeded().await;
    let anonymous = client();
    let (_, html) = get(&anonymous, &node, "/en/safety/report").await;
    assert!(html.contains("/en/login?next=") && !html.contains("name=\"title\""), "anonymous: a sign-in link");
    let r = anonymous.get(node.url("/en/safety/review")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "anonymous: sign in first");

    let (member, csrf) = web_session(&node, MEMBER).await;
    let (status, _) = get(&member, &node, "/en/safety/review").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a member without the reviewer role");
    let form = |title: &str, csrf: &str| {
        vec![
            ("csrf", csrf.to_owned()),
            ("title", title.to_owned()),
            ("description", "A triage chatbot told a patient to double a dose.".to_owned()),
            ("lang", "en".to_owned()),
            ("kind", "near_miss".to_owned()),
            ("date", "2026-11".to_owned()),
            ("countries", "fr, SN".to_owned()),
            ("entity_name_1", "Clinique du Lac".to_owned()),
            ("entity_role_1", "deployer".to_owned()),
            ("references", "https://example.org/news/1".to_owned()),
            ("tlp", "green".to_owned()),
            ("distribution", "community".to_owned()),
        ]
    };
    let r = member.post(node.url("/en/safety/report")).form(&form("", "forged")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "CSRF");
    let r = member.post(node.url("/en/safety/report")).form(&form("", &csrf)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = plain(r.text().await.unwrap());
    assert!(html.contains("<title>Error:") && html.contains("href=\"#title\""), "the summary links to the field");
    assert!(html.contains("id=\"title-error\"") && html.contains("Enter a title for the incident"));
    assert!(html.contains("A triage chatbot told a patient to double a dose."), "what was typed is kept");
    assert!(html.contains("value=\"Clinique du Lac\"") && html.contains("value=\"green\" checked"));
    let mut bad = form("Chatbot doubled a dose", &csrf);
    bad.push(("entity_name_2", "Nobody".to_owned()));
    bad.retain(|(k, _)| *k != "date");
    bad.push(("date", "2026-13".to_owned()));
    let html = member.post(node.url("/en/safety/report")).form(&bad).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("id=\"date-error\"") && html.contains("id=\"entity_role_2-error\""), "every error at once");

    let r =
        member.post(node.url("/en/safety/report")).form(&form("Chatbot doubled a dose", &csrf)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers().get("location").unwrap().to_str().unwrap().to_owned();
    assert!(location.starts_with("/en/safety/report/submitted/INC-"), "{location}");
    let key = location.rsplit('/').next().unwrap().to_owned();
    let (status, html) = get(&member, &node, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&key) && html.contains("Submitted") && html.contains("TLP:GREEN"), "{html}");

    // A report of an event already on record comes back with it as a possible duplicate.
    let mut again = form("Deepfake video call defrauds a businessman", &csrf);
    for (k, v) in again.iter_mut() {
        if *k == "description" {
            *v = "Deepfake video call defrauds a businessman, described at length.".to_owned();
        }
    }
    let r = member.post(node.url("/en/safety/report")).form(&again).send().await.unwrap();
    let (_, html) = get(&member, &node, r.headers().get("location").unwrap().to_str().unwrap()).await;
    assert!(html.contains("href=\"/en/safety/incidents/PUB-1\"") && html.contains("class=\"reasons\""), "{html}");
    assert!(html.contains("of three-character sequences in common"), "the reasons in words");

    // The French agency's reviewer sees it (community-wide GREEN) and publishes it.
    let (reviewer, reviewer_csrf) = web_session(&node, REVIEWER).await;
    let (status, queue) = get(&reviewer, &node, "/en/safety/review").await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains(&key) && queue.contains("Chatbot doubled a dose"));
    let decision =
        [("csrf", reviewer_csrf.as_str()), ("record", "incident"), ("key", key.as_str()), ("decision", "publish")];
    let r = reviewer.post(node.url("/en/safety/review")).form(&decision).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let back = r.headers().get("location").unwrap().to_str().unwrap().to_owned();
    let (_, queue) = get(&reviewer, &node, &back).await;
    assert!(queue.contains(&format!("{key} was published.")), "the notice");
    assert!(!queue.contains("Chatbot doubled a dose"), "no longer in the queue");
    // Deciding again on a record that moved on is explained, not an error page.
    let r = reviewer.post(node.url("/en/safety/review")).form(&decision).send().await.unwrap();
    let (_, queue) = get(&reviewer, &node, r.headers().get("location").unwrap().to_str().unwrap()).await;
    assert!(queue.contains("was not changed"));

    // A member adds a report to an incident: errors by the field, then the report under it.
    let path = "/en/safety/incidents/PUB-1/reports";
    let add = |title: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("report_title", title.to_owned()),
            ("report_text", "Police recovered most of the money.".to_owned()),
            ("report_lang", "en".to_owned()),
            ("tlp", "clear".to_owned()),
            ("distribution", "all".to_owned()),
        ]
    };
    let r = member.post(node.url(path)).form(&add("")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("id=\"report_title-error\""));
    let r = member.post(node.url(path)).form(&add("Money recovered")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = get(&member, &node, r.headers().get("location").unwrap().to_str().unwrap()).await;
    assert!(html.contains("Money recovered") && html.contains("was sent"), "the member sees its submitted report");
    node.stop().await;
}
