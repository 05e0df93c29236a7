//! The Dialogue pages over HTTP: the list, the voting page and the report in the six languages
//! (Arabic right to left); an anonymous visitor voting through the plain form (the participant
//! cookie, the next statement, the progress count), the statement form's errors by the field
//! with the input kept, the opinion map and the report from a result computed by
//! `accord_consensus::analyze` (one dot per participant, a hull per group, "you"), the CSV,
//! and moderation from the page.

use accord_consensus::Params;
use accord_core::Principal;
use accord_core::dialogue::{
    ConversationId, ConversationState, ConversationUpdate, Moderation, NewConversation, VoteValue,
};
use accord_node::dialogue::StatementInput;
use reqwest::{Client, StatusCode, header};

use crate::common::*;

const LANGS: [(&str, &str, &str); 6] = [
    ("ar", "ar", "rtl"),
    ("zh", "zh-Hans", "ltr"),
    ("en", "en", "ltr"),
    ("fr", "fr", "ltr"),
    ("ru", "ru", "ltr"),
    ("es", "es", "ltr"),
];

const OP: Principal = Principal::Operator;
const TOPIC: &str = "How should frontier AI evaluations be shared?";

/// Eight statements in four languages, accepted (a moderator's).
const STATEMENTS: [(&str, &str); 8] = [
    ("Evaluation results should be published in full.", "en"),
    ("Les résultats doivent d’abord être partagés avec les autorités.", "fr"),
    ("يجب أن تكون نتائج التقييم متاحة للجمهور.", "ar"),
    ("评估应由独立机构进行。", "zh"),
    ("Companies should decide what to disclose.", "en"),
    ("Some results are too dangerous to publish.", "en"),
    ("Los resultados deben compartirse entre países.", "es"),
    ("Evaluations should be repeated every year.", "en"),
];

async fn conversation(node: &TestNode) -> ConversationId {
    let mut input = NewConversation::new(TOPIC, &["en", "fr", "ar", "zh", "es", "ru"]);
    input.description =
        "A consultation of the members on the sharing of evaluation results.\n\nVote on each statement.".to_owned();
    input.question = Some(accord_core::dialogue::LinkedQuestion {
        text: "Should evaluation results be shared?".to_owned(),
        url: Some("https://example.org/question".to_owned()),
    });
    let id = node.node.create_conversation(&OP, input).await.unwrap().conversation.id;
    for (text, lang) in STATEMENTS {
        let s = StatementInput { text: text.to_owned(), lang: Some(lang.to_owned()), is_meta: false };
        node.node.add_statement(&OP, id, None, s).await.unwrap();
    }
    id
}

/// The value of `name="…" value="…"` in a form.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} in page")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The text of the element that starts with `open` (up to its closing `</tag>`).
fn element_text<'a>(html: &'a str, open: &str, tag: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open} in page"));
    let rest = &html[start..];
    let body = &rest[rest.find('>').unwrap() + 1..];
    &body[..body.find(&format!("</{tag}>")).unwrap()]
}

fn plain(html: String) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

async fn get(http: &Client, node: &TestNode, path: &str) -> (StatusCode, String) {
    let r = http.get(node.url(path)).send().await.unwrap();
    (r.status(), plain(r.text().await.unwrap()))
}

fn progress(html: &str) -> String {
    element_text(html, "<p class=\"progress\"", "p").to_owned()
}

/// Casts one vote through the page's form; returns the seq voted on.
async fn vote_through_the_form(http: &Client, node: &TestNode, id: ConversationId, choice: &str) -> u32 {
    let (status, page) = get(http, node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let seq: u32 = hidden(&page, "statement").parse().unwrap();
    let r = http
        .post(node.url(&format!("/en/dialogue/{id}/vote")))
        .form(&[("csrf", hidden(&page, "csrf").as_str()), ("statement", &seq.to_string()), ("vote", choice)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "a vote redirects back (post/redirect/get)");
    let to = r.headers().get(header::LOCATION).unwrap().to_str().unwrap();
    assert_eq!(to, format!("/en/dialogue/{id}?voted=1#vote"));
    seq
}

/// Two camps of eight who vote opposite ways, each member differing from their camp on a few
/// statements (a pass, a changed mind, a statement skipped), so that the groups have some spread.
async fn two_camps(node: &TestNode, id: ConversationId) {
    for camp in 0..2u32 {
        for member in 0..8u32 {
            let votes: Vec<(u32, VoteValue)> = (0..8u32)
                .filter_map(|seq| {
                    let agree = (seq < 4) == (camp == 0);
                    let mixed = (camp * 131 + member * 37 + seq * 11 + member * seq * 7) % 10;
                    let value = match mixed {
                        0 | 1 => VoteValue::Pass,
                        2 => {
                            if agree {
                                VoteValue::Disagree
                            } else {
                                VoteValue::Agree
                            }
                        }
                        3 if seq != member => return None,
                        _ if agree => VoteValue::Agree,
                        _ => VoteValue::Disagree,
                    };
                    Some((seq, value))
                })
                .collect();
            node.node.cast_votes(&Principal::Anonymous, id, None, &votes).await.unwrap();
        }
    }
}

/// Waits until the server's background analysis has caught up with every vote (so that it does
/// not save a result after ours), then stores a result computed here by a cold
/// `accord_consensus::analyze`, as the pages will show it.
async fn analyse(node: &TestNode, id: ConversationId) -> (accord_consensus::Analysis, u32) {
    let input = node.node.analysis_input(&OP, id).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let latest = node.node.latest_result(&OP, id).await.unwrap();
        if latest.is_some_and(|r| r.votes_watermark == input.votes.len() as u64) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the background analysis did not catch up");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (statements, events) = accord_consensus::model::input_from_core(&input);
    let analysis = accord_consensus::analyze(&statements, &events, &Params::default());
    let json = serde_json::to_value(&analysis).unwrap();
    let saved = node.node.save_result(&OP, id, input.votes.len() as u64, json).await.unwrap();
    (analysis, saved.version)
}

#[tokio::test]
async fn the_pages_render_in_every_language_and_right_to_left_in_arabic() {
    let node = TestNode::start().await;
    let id = conversation(&node).await;
    let http = client();
    for (code, html_lang, dir) in LANGS {
        for path in
            [format!("/{code}/dialogue"), format!("/{code}/dialogue/{id}"), format!("/{code}/dialogue/{id}/report")]
        {
            let (status, page) = get(&http, &node, &path).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(page.contains(&format!("<html lang=\"{html_lang}\" dir=\"{dir}\">")), "{path}");
            assert!(page.contains(TOPIC), "{path} names the conversation");
            assert!(!page.contains("dialogue-"), "{path}: an untranslated message id");
        }
    }
    // The list: topic, counts, languages, state; the nav marks the section.
    let (_, list) = get(&http, &node, "/en/dialogue").await;
    assert!(list.contains(&format!("href=\"/en/dialogue/{id}\"")));
    assert!(list.contains("0 participants · 8 statements · 0 votes"), "{list}");
    assert!(list.contains("Open") && list.contains("Arabic, Chinese"));
    assert!(list.contains("href=\"/en/dialogue\" aria-current=\"page\""));
    // Before the first result: the map is promised, not drawn.
    let (_, vote) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert!(vote.contains("The map appears after the first votes are analysed."));
    assert!(!vote.contains("<svg class=\"opinion-map\""));
    assert!(vote.contains("href=\"https://example.org/question\""), "the linked question");
    // Each statement in its own language and direction, with the language named.
    let (_, ar) = get(&http, &node, &format!("/ar/dialogue/{id}/report")).await;
    assert!(ar.contains("lang=\"ar\" dir=\"rtl\">يجب أن تكون نتائج التقييم متاحة للجمهور.</span>"), "{ar}");
    assert!(ar.contains("lang=\"fr\" dir=\"ltr\">Les résultats"));
    // Unknown and malformed ids.
    assert_eq!(get(&http, &node, "/en/dialogue/not-an-id").await.0, StatusCode::NOT_FOUND);
    let unknown = ConversationId(uuid::Uuid::now_v7());
    assert_eq!(get(&http, &node, &format!("/en/dialogue/{unknown}")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(&http, &node, &format!("/en/dialogue/{unknown}/report")).await.0, StatusCode::NOT_FOUND);
    node.stop().await;
}

#[tokio::test]
async fn a_visitor_votes_through_the_form_and_the_next_statement_comes() {
    let node = TestNode::start().await;
    let id = conversation(&node).await;
    let http = client();
    let (_, first) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(progress(&first), "You have voted on 0 of 8 statements.");
    assert!(first.contains("<button type=\"submit\" name=\"vote\" value=\"agree\""));
    assert!(first.contains("Written in "), "the statement's language is named");

    // A post without the form's token is refused, and records nothing.
    let r = http
        .post(node.url(&format!("/en/dialogue/{id}/vote")))
        .form(&[("csrf", "forged"), ("statement", "0"), ("vote", "agree")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // A choice that is not one is an error by the buttons.
    let r = http
        .post(node.url(&format!("/en/dialogue/{id}/vote")))
        .form(&[("csrf", hidden(&first, "csrf").as_str()), ("statement", "0"), ("vote", "maybe")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(r.text().await.unwrap()).contains("<a href=\"#vote\">Choose Agree, Disagree or Pass</a>"));

    let mut voted = Vec::new();
    let first_seq = vote_through_the_form(&http, &node, id, "agree").await;
    voted.push(first_seq);
    let (_, after) = get(&http, &node, &format!("/en/dialogue/{id}?voted=1")).await;
    assert!(after.contains("Your vote was recorded."));
    assert_eq!(progress(&after), "You have voted on 1 of 8 statements.");
    let next: u32 = hidden(&after, "statement").parse().unwrap();
    assert_ne!(next, first_seq, "the next statement is another one");
    let cookie_name = format!("accord_participant_{id}");
    let me = node.node.analysis_input(&OP, id).await.unwrap().votes;
    assert_eq!(me.len(), 1, "one vote event");

    // The same visitor (the cookie) goes on until every statement has their vote.
    for choice in ["disagree", "pass", "agree", "agree", "disagree", "agree", "pass"] {
        voted.push(vote_through_the_form(&http, &node, id, choice).await);
    }
    voted.sort_unstable();
    assert_eq!(voted, (0..8).collect::<Vec<_>>(), "each statement came once");
    let (_, done) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(progress(&done), "You have voted on 8 of 8 statements.");
    assert!(done.contains("Thank you: you have voted on every statement."));
    assert!(done.contains(&format!("href=\"/en/dialogue/{id}/report\"")));
    assert!(!done.contains("name=\"statement\""), "no vote form left");
    let input = node.node.analysis_input(&OP, id).await.unwrap();
    assert_eq!(input.votes.len(), 8);
    assert!(
        input.votes.iter().all(|v| v.pid == input.votes[0].pid),
        "one participant, kept by the cookie {cookie_name}"
    );

    // A stale participant cookie (a token this conversation never issued) starts afresh.
    let stale = client();
    let page = stale
        .get(node.url(&format!("/en/dialogue/{id}")))
        .header(header::COOKIE, format!("{cookie_name}=forged-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|c| c.to_str().unwrap().starts_with(&format!("{cookie_name}=;")))
    );
    node.stop().await;
}

#[tokio::test]
async fn the_statement_form_keeps_the_input_and_shows_errors_by_the_field() {
    let node = TestNode::start().await;
    let id = conversation(&node).await;
    let http = client();
    let (_, page) = get(&http, &node, &format!("/fr/dialogue/{id}")).await;
    assert!(page.contains("<option value=\"fr\" selected>"), "the language defaults to the interface's");
    assert!(page.contains("maxlength=\"280\""));
    let csrf = hidden(&page, "csrf");
    let post = |text: String, lang: &'static str| {
        let csrf = csrf.clone();
        let http = http.clone();
        let url = node.url(&format!("/en/dialogue/{id}/statements"));
        async move { http.post(url).form(&[("csrf", csrf.as_str()), ("text", &text), ("lang", lang)]).send().await.unwrap() }
    };
    let r = post("   ".into(), "es").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = plain(r.text().await.unwrap());
    assert!(html.contains("<title>Error: "));
    assert!(html.contains("<a href=\"#text\">Enter your statement</a>"), "the summary links to the field");
    assert!(html.contains("id=\"text-error\"><span class=\"visually-hidden\">Error:</span> Enter your statement</p>"));
    assert!(html.contains("<option value=\"es\" selected>"), "the language chosen is kept");
    let long = "x".repeat(281);
    let r = post(long.clone(), "en").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = plain(r.text().await.unwrap());
    assert!(html.contains("Shorten your statement to 280 characters or fewer"));
    assert!(html.contains(&format!(">{long}</textarea>")), "what was typed is kept");

    // A good statement: the visitor becomes a participant; the statement waits for moderation
    // but (without strict moderation) can be voted on at once.
    let r = post("Evaluations should name their methods.".into(), "en").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers().get(header::LOCATION).unwrap(), &format!("/en/dialogue/{id}?added=shown#write"));
    assert!(
        r.headers().get_all(header::SET_COOKIE).iter().any(|c| c.to_str().unwrap().starts_with("accord_participant_"))
    );
    let (_, page) = get(&http, &node, &format!("/en/dialogue/{id}?added=shown")).await;
    assert!(page.contains("Your statement was added; others can vote on it now."));
    assert_eq!(progress(&page), "You have voted on 0 of 9 statements.");
    assert!(!page.contains("id=\"moderation\""), "visitors do not moderate");

    // An editor sees it waiting and accepts it as meta: it leaves the voting deck.
    let (editor, csrf) = node.session(EDITOR).await;
    let (status, page) = get(&editor, &node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("id=\"moderation\""));
    assert!(page.contains("id=\"pending-8\" lang=\"en\" dir=\"ltr\">Evaluations should name their methods.</p>"));
    let r = editor
        .post(node.url(&format!("/en/dialogue/{id}/moderate")))
        .form(&[("csrf", csrf.as_str()), ("statement", "8"), ("decision", "meta")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let s = node.node.statements(&OP, id).await.unwrap();
    assert_eq!((s[8].statement.moderation, s[8].statement.is_meta), (Moderation::Accepted, true));
    let (_, page) = get(&editor, &node, &format!("/en/dialogue/{id}?moderated=1")).await;
    assert!(page.contains("The decision was recorded.") && page.contains("No statement is waiting for moderation."));
    let (_, visitor) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(progress(&visitor), "You have voted on 0 of 8 statements.");
    // A visitor's post to the moderation form is refused (no session).
    let r = http
        .post(node.url(&format!("/en/dialogue/{id}/moderate")))
        .form(&[("csrf", hidden(&visitor, "csrf").as_str()), ("statement", "0"), ("decision", "reject")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A closed conversation has no forms, only the report.
    let close = ConversationUpdate { state: Some(ConversationState::Closed), ..Default::default() };
    node.node.update_conversation(&OP, id, close).await.unwrap();
    let (_, page) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert!(page.contains("This conversation is closed"));
    assert!(!page.contains("name=\"vote\"") && !page.contains("<textarea"));
    node.stop().await;
}

#[tokio::test]
async fn the_map_and_the_report_come_from_the_stored_result() {
    let node = TestNode::start().await;
    let id = conversation(&node).await;
    let http = client();
    for choice in ["agree", "agree", "disagree"] {
        vote_through_the_form(&http, &node, id, choice).await;
    }
    two_camps(&node, id).await;
    let (analysis, version) = analyse(&node, id).await;
    assert!(analysis.groups.len() >= 2, "two camps make groups: {}", analysis.groups.len());
    assert_eq!(analysis.positions.len(), 17);

    let (status, page) = get(&http, &node, &format!("/en/dialogue/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("The map appears after"));
    let svg = element_text(&page, "<svg class=\"opinion-map\"", "svg");
    assert!(page.contains("role=\"img\" aria-label=\"Opinion map: "), "an accessible name");
    assert!(page.contains("dir=\"ltr\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\"><title>"));
    assert!(svg.contains("<desc id=\"map-desc\">17 participants placed by how they voted"));
    assert_eq!(svg.matches("<circle cx=").count(), analysis.positions.len(), "one dot per participant");
    let polygons: Vec<&str> = svg.split("<polygon class=\"hull ").skip(1).collect();
    assert_eq!(polygons.len(), analysis.groups.len(), "a hull per group: {:?}", analysis.positions);
    for p in &polygons {
        let attr = p.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
        let mut points: Vec<&str> = attr.split(' ').collect();
        points.sort_unstable();
        points.dedup();
        assert!(points.len() >= 3, "a hull of three or more points: {attr}");
    }
    assert_eq!(svg.matches("class=\"you-ring\"").count(), 1, "the visitor is ringed");
    assert!(svg.contains(">You</text>"));
    assert!(page.contains("You are the ringed dot") || page.contains("You (the ringed dot) are in group"));
    let k = analysis.groups.len();
    assert!(page.contains(&format!("<p>{k} opinion groups:</p>")), "the text summary");
    assert!(page.contains(&format!("Group A: {} participants", analysis.groups[0].members.len())));

    // The map alone, for the script that keeps it current: the same drawing for the same
    // visitor, with the result version it was drawn from.
    assert!(page.contains(&format!("data-src=\"/en/dialogue/{id}/map\" data-version=\"{version}\"")));
    let fragment = http.get(node.url(&format!("/en/dialogue/{id}/map"))).send().await.unwrap();
    assert_eq!(fragment.status(), StatusCode::OK);
    assert_eq!(fragment.headers()["x-accord-result-version"].to_str().unwrap(), version.to_string());
    assert_eq!(fragment.headers()["cache-control"], "no-store");
    let fragment = plain(fragment.text().await.unwrap());
    assert!(!fragment.contains("<html"), "a fragment, not a page");
    assert_eq!(element_text(&fragment, "<svg class=\"opinion-map\"", "svg"), svg);
    let (status, _) = get(&http, &node, "/en/dialogue/not-an-id/map").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The map in Arabic: the page mirrors, the plot does not.
    let (_, ar) = get(&http, &node, &format!("/ar/dialogue/{id}")).await;
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let ar_svg = element_text(&ar, "<svg class=\"opinion-map\"", "svg");
    assert!(ar.contains("dir=\"ltr\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\""));
    let dots = |s: &str| {
        s.split("<g class=\"dots ").skip(1).map(|d| d.split("</g>").next().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(dots(ar_svg), dots(svg), "the same coordinates in every language");

    // The report.
    for (code, html_lang, dir) in LANGS {
        let (status, report) = get(&http, &node, &format!("/{code}/dialogue/{id}/report")).await;
        assert_eq!(status, StatusCode::OK, "{code}");
        assert!(report.contains(&format!("<html lang=\"{html_lang}\" dir=\"{dir}\">")));
        assert!(report.contains("<svg class=\"opinion-map\""));
        assert!(!report.contains("dialogue-"), "{code}: an untranslated message id");
    }
    let (_, report) = get(&http, &node, &format!("/en/dialogue/{id}/report")).await;
    assert!(report.contains("<dt>Participants</dt><dd>17</dd>"), "overview");
    assert!(report.contains(&format!("<dt>Opinion groups</dt><dd>{k}</dd>")));
    assert!(report.contains(&format!("Group A · {} participants", analysis.groups[0].members.len())));
    let representative: usize = analysis.groups.iter().map(|g| g.representative.len()).sum();
    assert_eq!(
        report.matches("in this group agreed").count() + report.matches("in this group disagreed").count(),
        representative
    );
    assert_eq!(report.matches("<th scope=\"row\">This group</th>").count(), representative, "a bar for the group");
    assert_eq!(report.matches("<th scope=\"row\">Everyone else</th>").count(), representative, "and for everyone else");
    let gic = element_text(&report, "<table class=\"bar-chart gic-table\"", "table");
    assert_eq!(gic.matches("<tr><th scope=\"row\">").count(), 8, "every statement ranked by group-informed consensus");
    let votes = element_text(&report, "<table class=\"votes-table\"", "table");
    assert_eq!(votes.matches("<svg class=\"stack\"").count(), 8, "a stacked bar per statement, in a table");
    assert!(report.contains(&format!("href=\"/api/v1/conversations/{id}/results\"")));
    assert!(report.contains(&format!("href=\"/en/dialogue/{id}/report.csv\"")));
    assert!(report.contains(&format!("Analysis {version}, computed ")));
    assert_eq!(node.node.latest_result(&OP, id).await.unwrap().unwrap().version, version, "ours is the latest");

    // The CSV: one row per statement, the per-group counts.
    let r = http.get(node.url(&format!("/en/dialogue/{id}/report.csv"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 9);
    assert!(lines[0].starts_with("id,text,lang,moderation,agree,disagree,pass,group_informed_consensus,group_A_agree,group_A_disagree,group_A_seen,group_B_agree"));
    let first = analysis.statements.iter().find(|s| s.id == 0).unwrap();
    let expected = format!(
        "0,Evaluation results should be published in full.,en,accepted,{},{},{},",
        first.votes.agree,
        first.votes.disagree,
        first.votes.seen - first.votes.agree - first.votes.disagree
    );
    assert!(lines[1].starts_with(&expected), "{}", lines[1]);
    node.stop().await;
}
