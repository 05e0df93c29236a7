//! Titles and snippets as HTML: the document's text escaped, the query's words in `<mark>`.
//! Nothing from the document is ever emitted unescaped.

use std::collections::BTreeMap;

use tantivy::schema::Field;
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::tokenizer::TextAnalyzer;

use crate::Lang;

/// Length of a body snippet, in characters.
const SNIPPET_CHARS: usize = 180;

pub struct Highlighter {
    title: SnippetGenerator,
    body: SnippetGenerator,
}

impl Highlighter {
    pub fn new(lang: Lang, analyzer: TextAnalyzer, title: Field, body: Field, words: &[String]) -> Highlighter {
        let terms: BTreeMap<String, f32> = words.iter().map(|w| (w.clone(), 1.0)).collect();
        // The generator measures fragments in bytes; scripts take more than one byte a character.
        let body_bytes = SNIPPET_CHARS
            * match lang {
                Lang::Zh => 3,
                Lang::Ru | Lang::Ar => 2,
                _ => 1,
            };
        Highlighter {
            title: SnippetGenerator::new(terms.clone(), analyzer.clone(), title, usize::MAX),
            body: SnippetGenerator::new(terms, analyzer, body, body_bytes),
        }
    }

    /// The whole title with its matches marked.
    pub fn title_html(&self, title: &str) -> String {
        let snippet = self.title.snippet(title);
        if snippet.is_empty() {
            return escape(title);
        }
        let range = snippet.fragment_range();
        let mut html = escape(&title[..range.start]);
        html.push_str(&marked(snippet));
        html.push_str(&escape(&title[range.end..]));
        html
    }

    /// The best passage of the body, or its beginning when no word matched there.
    pub fn snippet_html(&self, body: &str) -> String {
        let snippet = self.body.snippet(body);
        if snippet.is_empty() {
            let cut = body.char_indices().nth(SNIPPET_CHARS).map_or(body.len(), |(i, _)| i);
            let mut html = escape(&body[..cut]);
            if cut < body.len() {
                html.push('…');
            }
            return html;
        }
        let range = snippet.fragment_range();
        let mut html = String::new();
        if range.start > 0 {
            html.push('…');
        }
        html.push_str(&marked(snippet));
        if range.end < body.trim_end().len() {
            html.push('…');
        }
        html
    }
}

fn marked(mut snippet: Snippet) -> String {
    snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
    // to_html escapes the fragment's text around the marks.
    snippet.to_html()
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
