//! The web UI over HTTP: every language, right-to-left Arabic, forms with CSRF and errors.

use reqwest::StatusCode;

use crate::common::*;

const LANGS: [(&str, &str, &str); 6] = [
    ("ar", "ar", "rtl"),
    ("zh", "zh-Hans", "ltr"),
    ("en", "en", "ltr"),
    ("fr", "fr", "ltr"),
    ("ru", "ru", "ltr"),
    ("es", "es", "ltr"),
];

/// The value of `name="…" value="…"` in a form.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} in page")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// Signs `client` in through the web form of `lang`.
async fn web_sign_in(node: &TestNode, client: &reqwest::Client, lang: &str, email: &str) {
    let form = client.get(node.url(&format!("/{lang}/login"))).send().await.unwrap().text().await.unwrap();
    let token = hidden(&form, "form_token");
    let next = format!("/{lang}/");
    let r = client
        .post(node.url(&format!("/{lang}/login")))
        .form(&[("email", email), ("password", PASSWORD), ("form_token", &token), ("next", &next)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "web sign-in of {email}");
}

#[tokio::test]
async fn every_page_renders_in_every_language() {
    let node = TestNode::start().await;
    let http = client();
    let pages = ["/", "/registry", "/rules", "/safety", "/dialogue", "/compute", "/members", "/transparency", "/login"];
    let english_nav = ["Registry", "Members", "Transparency", "Skip to main content", "Sign in"];
    for (code, html_lang, dir) in LANGS {
        for page in pages {
            let r = http.get(node.url(&format!("/{code}{page}"))).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "/{code}{page}");
            let html = r.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{html_lang}\" dir=\"{dir}\">")), "/{code}{page}");
            // No untranslated message ids and, outside English, no English navigation.
            assert!(!html.contains("nav-registry") && !html.contains("part-not-yet"), "/{code}{page}");
            if code != "en" {
                for word in english_nav {
                    assert!(!html.contains(&format!(">{word}<")), "/{code}{page} shows English {word:?}");
                }
            }
        }
    }
    // The root negotiates the language.
    let r = http.get(node.url("/")).header("accept-language", "ru-RU,ru;q=0.9").send().await.unwrap();
    assert_eq!(r.headers().get("location").unwrap(), "/ru/");
    // Unknown pages get a translated 404.
    let r = http.get(node.url("/fr/nowhere")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.unwrap().contains("lang=\"fr\""));
    node.stop().await;
}

#[tokio::test]
async fn sign_in_form_create_and_revoke_a_token() {
    let node = TestNode::start().await;
    let http = client();

    // The sign-in form is protected by a double-submit token.
    let form = http.get(node.url("/en/login?next=/en/tokens")).send().await.unwrap().text().await.unwrap();
    let form_token = hidden(&form, "form_token");
    let r = http
        .post(node.url("/en/login"))
        .form(&[("email", MEMBER), ("password", PASSWORD), ("form_token", "forged"), ("next", "/en/tokens")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A wrong password re-shows the form with an error summary and the e-mail kept.
    let r = http
        .post(node.url("/en/login"))
        .form(&[("email", MEMBER), ("password", "wrong"), ("form_token", &form_token), ("next", "/en/tokens")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let html = r.text().await.unwrap();
    assert!(html.contains("There is a problem") && html.contains("<title>Error:"), "{html}");
    assert!(html.contains(&format!("value=\"{MEMBER}\"")));

    // An open redirect in `next` is ignored.
    let r = http
        .post(node.url("/en/login"))
        .form(&[("email", MEMBER), ("password", PASSWORD), ("form_token", &form_token), ("next", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers().get("location").unwrap(), "/en/");

    let page = http.get(node.url("/en/tokens")).send().await.unwrap().text().await.unwrap();
    let csrf = hidden(&page, "csrf");

    // Creating a token needs the CSRF token; errors are shown by the field.
    let r = http
        .post(node.url("/en/tokens"))
        .form(&[("token_name", "x"), ("scope_read", "on"), ("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = http
        .post(node.url("/en/tokens"))
        .form(&[("token_name", ""), ("csrf", csrf.as_str()), ("expires_in_days", "30")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#token_name\""), "summary links to the field");

    let r = http
        .post(node.url("/en/tokens"))
        .form(&[("token_name", "laptop"), ("scope_read", "on"), ("expires_in_days", "30"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.headers().get("cache-control").unwrap(), "no-store");
    let html = r.text().await.unwrap();
    let marker = "readonly value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    let secret = html[start..].split('"').next().unwrap().to_owned();
    let r = reqwest::Client::new().get(node.url("/api/v1/me")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "the token shown works");

    // Revoke through the confirmation page.
    let page = http.get(node.url("/en/tokens")).send().await.unwrap().text().await.unwrap();
    let start = page.find("/tokens/").unwrap();
    let revoke_path = format!("/en{}", page[start..].split('"').next().unwrap());
    let confirm = http.get(node.url(&revoke_path)).send().await.unwrap();
    assert_eq!(confirm.status(), StatusCode::OK);
    let r = http.post(node.url(&revoke_path)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = reqwest::Client::new().get(node.url("/api/v1/me")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "revoked at once");

    // Sign out.
    let r = http.post(node.url("/en/logout")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = http.get(node.url("/en/tokens")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "signed out: tokens page asks to sign in");
    assert!(r.headers().get("location").unwrap().to_str().unwrap().starts_with("/en/login?next="));
    node.stop().await;
}

#[tokio::test]
async fn administrators_add_members_through_forms_and_others_cannot() {
    let node = TestNode::start().await;
    let admin = client();
    web_sign_in(&node, &admin, "fr", ADMIN).await;
    let page = admin.get(node.url("/fr/members")).send().await.unwrap().text().await.unwrap();
    let csrf = hidden(&page, "csrf");

    let r = admin
        .post(node.url("/fr/members"))
        .form(&[("name", ""), ("kind", "regulator"), ("country", "FRA"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap();
    assert!(html.contains("<title>Erreur"), "translated error title");
    assert!(html.contains("href=\"#name\""));

    let r = admin
        .post(node.url("/fr/members"))
        .form(&[("name", "Autorité de test"), ("kind", "regulator"), ("country", "fr"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let list = admin.get(node.url("/fr/members")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("Autorité de test"));

    // A member sees no form and cannot post one.
    let member = client();
    web_sign_in(&node, &member, "en", MEMBER).await;
    let page = member.get(node.url("/en/members")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Add an organisation"));
    let csrf = hidden(&page, "csrf");
    let r = member
        .post(node.url("/en/members"))
        .form(&[("name", "Sneaky"), ("kind", "company"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    node.stop().await;
}

/// The stylesheet uses logical properties only, so that Arabic mirrors (ui-guide §2.2).
#[test]
fn stylesheet_has_no_physical_direction_properties() {
    let css = include_str!("../../static/accord.css");
    for forbidden in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
        "float: left",
        "float: right",
        "border-left",
        "border-right",
    ] {
        assert!(!css.contains(forbidden), "accord.css uses {forbidden}");
    }
    for line in css.lines() {
        let l = line.trim_start();
        assert!(
            !l.starts_with("left:") && !l.starts_with("right:") && !l.contains("; left:") && !l.contains("; right:"),
            "{line}"
        );
    }
}
