//! Atom 1.0 feeds (RFC 4287) for saved searches: what a reader subscribes to instead of coming
//! back to look. Written with `quick-xml`, which escapes every text and attribute; characters
//! XML 1.0 cannot carry at all (most C0 controls) are dropped first, so the feed is always
//! well-formed.
//!
//! The caller builds the entries from what the feed's reader may see ([`crate::access`]); a feed
//! read without signing in may only list public records. Each entry names its TLP as a category
//! in FIRST's scheme, so feed readers can filter on it.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::export::timestamp;
use crate::marking::Tlp;

pub const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// The category scheme for TLP labels.
pub const TLP_SCHEME: &str = "https://www.first.org/tlp/";
/// The media type to serve the feed with.
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// The feed: a saved search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedMeta {
    /// A permanent IRI: `urn:uuid:…` (see [`urn_uuid`]) or a tag URI (RFC 4151).
    pub id: String,
    pub title: String,
    /// The feed's own URL (`rel="self"`).
    pub self_url: String,
    /// The search's page (`rel="alternate"`).
    pub html_url: String,
    pub updated: OffsetDateTime,
    /// The feed's author, e.g. the node's name (RFC 4287 §4.1.1 wants one on the feed unless
    /// every entry has its own, and an empty feed has none).
    pub author: String,
    /// The language of the feed's own texts (`xml:lang`), e.g. the reader's interface language.
    pub lang: Option<String>,
}

/// One record in the feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedEntry {
    /// A permanent IRI for the record, the same in every feed that lists it.
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The record's page.
    pub url: String,
    pub updated: OffsetDateTime,
    pub published: Option<OffsetDateTime>,
    pub tlp: Tlp,
    /// The owner organisation or source database.
    pub author: String,
    /// The language of the entry's title and summary (`xml:lang`), when known.
    pub lang: Option<String>,
}

/// A stable `urn:uuid:` id for `name` (a record key, a saved search's id) under `namespace`.
pub fn urn_uuid(namespace: Uuid, name: &str) -> String {
    format!("urn:uuid:{}", Uuid::new_v5(&namespace, name.as_bytes()))
}

/// Keeps only characters XML 1.0 allows (`Char` production): tab, newline, carriage return and
/// everything from U+0020 except U+FFFE and U+FFFF. Rust strings have no surrogates.
fn xml_chars(s: &str) -> String {
    s.chars()
        .filter(|c| matches!(c, '\t' | '\n' | '\r') || (*c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}')))
        .collect()
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name).write_text_content(BytesText::new(&xml_chars(value)))?;
    Ok(())
}

fn link(w: &mut Writer<Vec<u8>>, rel: &str, href: &str, media: &str) -> io::Result<()> {
    let href = xml_chars(href);
    w.create_element("link")
        .with_attribute(("rel", rel))
        .with_attribute(("type", media))
        .with_attribute(("href", href.as_str()))
        .write_empty()?;
    Ok(())
}

fn person(w: &mut Writer<Vec<u8>>, name: &str) -> io::Result<()> {
    w.create_element("author").write_inner_content(|w| text(w, "name", name))?;
    Ok(())
}

fn start<'a>(name: &'a str, lang: Option<&'a str>) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    if let Some(l) = lang {
        e.push_attribute(("xml:lang", l));
    }
    e
}

fn write(feed: &FeedMeta, entries: &[FeedEntry]) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let lang = feed.lang.as_deref().map(xml_chars);
    let mut root = start("feed", lang.as_deref());
    root.push_attribute(("xmlns", ATOM_NS));
    w.write_event(Event::Start(root))?;
    text(&mut w, "id", &feed.id)?;
    text(&mut w, "title", &feed.title)?;
    text(&mut w, "updated", &timestamp(feed.updated))?;
    link(&mut w, "self", &feed.self_url, "application/atom+xml")?;
    link(&mut w, "alternate", &feed.html_url, "text/html")?;
    person(&mut w, &feed.author)?;
    text(&mut w, "generator", "Accord")?;
    for e in entries {
        let lang = e.lang.as_deref().map(xml_chars);
        w.write_event(Event::Start(start("entry", lang.as_deref())))?;
        text(&mut w, "id", &e.id)?;
        text(&mut w, "title", &e.title)?;
        text(&mut w, "updated", &timestamp(e.updated))?;
        if let Some(p) = e.published {
            text(&mut w, "published", &timestamp(p))?;
        }
        person(&mut w, &e.author)?;
        link(&mut w, "alternate", &e.url, "text/html")?;
        w.create_element("category")
            .with_attribute(("term", e.tlp.as_str()))
            .with_attribute(("scheme", TLP_SCHEME))
            .with_attribute(("label", e.tlp.as_str()))
            .write_empty()?;
        text(&mut w, "summary", &e.summary)?;
        w.write_event(Event::End(BytesEnd::new("entry")))?;
    }
    w.write_event(Event::End(BytesEnd::new("feed")))?;
    Ok(w.into_inner())
}

/// The feed as an Atom 1.0 document.
pub fn atom(feed: &FeedMeta, entries: &[FeedEntry]) -> String {
    // Writing into a Vec cannot fail, and every input is UTF-8.
    let bytes = write(feed, entries).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_xml_characters_are_kept() {
        assert_eq!(xml_chars("a\u{0}b\u{1b}c\td\ne\u{FFFF}f"), "abc\td\nef");
        assert_eq!(xml_chars("حادث 事故"), "حادث 事故");
    }
}
