//! Card Markdown to HTML that is safe to put in a page.
//!
//! Cards are written by anyone and mix Markdown with raw HTML (Llama 3.1's card is a raw
//! `<table>`), so the HTML from pulldown-cmark is cleaned by ammonia (an allow-list sanitiser
//! built on html5ever): no scripts, styles, event handlers or `javascript:` URLs survive.
//! Images are dropped, not proxied: a page of the node loads nothing from other hosts, and a
//! relative image path would point into the node itself. Relative links are dropped for the
//! same reason.

use std::collections::HashSet;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{Options, Parser, html};

/// Markdown beyond this many bytes is not rendered (the full text stays downloadable).
pub const MAX_RENDERED_BYTES: usize = 1024 * 1024;

/// The card's Markdown as sanitised HTML, and whether it was cut at [`MAX_RENDERED_BYTES`].
pub fn card_html(markdown: &str) -> (String, bool) {
    let mut end = markdown.len().min(MAX_RENDERED_BYTES);
    while !markdown.is_char_boundary(end) {
        end -= 1;
    }
    let truncated = end < markdown.len();
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    let parser = Parser::new_ext(&markdown[..end], options);
    let mut raw = String::with_capacity(end * 3 / 2);
    html::push_html(&mut raw, parser);
    (demote_headings(&sanitiser().clean(&raw).to_string()), truncated)
}

/// The card's headings two levels down (h1 → h3, …, capped at h6): the page keeps its one h1
/// and the card sits under the page's "Model card" heading. Safe on sanitised output, where
/// every `<h` that starts a tag is a tag (text is escaped).
fn demote_headings(html: &str) -> String {
    let mut out = html.to_owned();
    for level in (1..=5).rev() {
        let to = (level + 2).min(6);
        out = out.replace(&format!("<h{level}>"), &format!("<h{to}>"));
        out = out.replace(&format!("<h{level} "), &format!("<h{to} "));
        out = out.replace(&format!("</h{level}>"), &format!("</h{to}>"));
    }
    out
}

fn sanitiser() -> Builder<'static> {
    let mut b = Builder::default();
    b.rm_tags(["img"]);
    b.url_schemes(HashSet::from(["http", "https", "mailto"]));
    b.url_relative(UrlRelative::Deny);
    b.link_rel(Some("noopener noreferrer nofollow ugc"));
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_markdown_is_neutralised() {
        let md = "# Title\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) \
                  <a href=\"JaVaScRiPt:alert(2)\">x</a> <img src=x onerror=alert(3)>\n\n\
                  <div onclick=\"alert(4)\" style=\"position:fixed\">box</div>\n\n\
                  <iframe src=\"https://evil.example\"></iframe><form action=\"/api/v1/members\"><input></form>\n\n\
                  [ok](https://example.org/page) [rel](../admin) ![pic](https://tracker.example/p.png)";
        let (html, truncated) = card_html(md);
        assert!(!truncated);
        let lower = html.to_ascii_lowercase();
        for bad in ["<script", "javascript:", "onerror", "onclick", "<img", "<iframe", "<form", "style=", "../admin"] {
            assert!(!lower.contains(bad), "{bad} survived in {html}");
        }
        assert!(html.contains("<h3>Title</h3>"), "card headings sit under the page's: {html}");
        let (deep, _) = card_html("# a\n## b\n#### c\n<h1 id=x>raw</h1>");
        assert!(deep.contains("<h3>a</h3>") && deep.contains("<h4>b</h4>") && deep.contains("<h6>c</h6>"), "{deep}");
        assert!(!deep.contains("<h1") && !deep.contains("<h2"), "{deep}");
        assert!(html.contains("href=\"https://example.org/page\""));
        assert!(html.contains("rel=\"noopener noreferrer nofollow ugc\""));
    }

    #[test]
    fn tables_render_and_huge_cards_are_cut() {
        let (html, _) = card_html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
        let huge = "word ".repeat(MAX_RENDERED_BYTES / 5 + 10);
        let started = std::time::Instant::now();
        let (html, truncated) = card_html(&huge);
        assert!(truncated);
        assert!(html.len() <= MAX_RENDERED_BYTES + 64);
        assert!(started.elapsed().as_secs() < 5);
    }
}
