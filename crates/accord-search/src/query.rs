//! From a `SearchQuery` to a tantivy query: the words in every language, the viewer's access
//! tokens, kinds and facet filters, all in one query so that hits, totals and facet counts
//! are computed over exactly the same (visible) documents.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, Query, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};

use crate::analysis::{Analyzers, terms};
use crate::schema::Fields;
use crate::{Lang, SearchQuery};

/// A title match counts twice a body match.
const TITLE_BOOST: f32 = 2.0;
/// The query's own (declared or detected) language ranks first when several languages match.
const LANG_BOOST: f32 = 1.5;

pub struct Built {
    pub query: Box<dyn Query>,
    /// Per language (`Lang::index()`), the analysed query words to mark in that language's
    /// fields.
    pub highlight: [Vec<String>; 7],
    /// No words: every visible document matches.
    pub browse: bool,
}

pub fn build(fields: &Fields, analyzers: &Analyzers, q: &SearchQuery) -> Built {
    let (text, highlight) = text_query(fields, analyzers, q);
    let browse = text.is_none();
    let text = text.unwrap_or_else(|| Box::new(AllQuery));
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
    if let Some(tokens) = &q.access {
        if tokens.is_empty() {
            return Built { query: Box::new(EmptyQuery), highlight, browse };
        }
        // Visible iff the document has any of the viewer's tokens. (Distributing the text over
        // the tokens, (text AND t1) OR (text AND t2)…, was measured and not faster: the text
        // is then evaluated once per token.)
        let unique: BTreeSet<&String> = tokens.iter().collect();
        clauses.push(filter(
            unique.into_iter().map(|t| Term::from_field_text(fields.access, t)),
            IndexRecordOption::Basic,
        ));
    }
    if !q.kinds.is_empty() {
        clauses.push(filter(
            q.kinds.iter().map(|k| Term::from_field_text(fields.kind, k.as_str())),
            IndexRecordOption::Basic,
        ));
    }
    let mut by_name: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, value) in &q.filters {
        by_name.entry(name.as_str()).or_default().push(value.as_str());
    }
    for (name, values) in by_name {
        clauses.push(filter(
            values.into_iter().map(|v| Term::from_facet(fields.facets, &facet(name, v))),
            IndexRecordOption::Basic,
        ));
    }
    Built { query: Box::new(BooleanQuery::new(clauses)), highlight, browse }
}

/// The facet path /name/value. NUL separates path steps inside tantivy, so it cannot be part
/// of a name or value; '/' can (from_path takes the steps unescaped).
pub fn facet(name: &str, value: &str) -> Facet {
    Facet::from_path([name.replace('\0', ""), value.replace('\0', "")])
}

/// A constraint that must hold but does not change the score: any of `terms`.
fn filter(terms: impl Iterator<Item = Term>, option: IndexRecordOption) -> (Occur, Box<dyn Query>) {
    let any: Vec<(Occur, Box<dyn Query>)> =
        terms.map(|t| (Occur::Should, Box::new(TermQuery::new(t, option)) as Box<dyn Query>)).collect();
    (Occur::Must, zero_score(Box::new(BooleanQuery::new(any))))
}

fn zero_score(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// The words, analysed for each language and searched in that language's fields: a document
/// matches if, in its language, it contains every query word that is not a stop word (in the
/// title or the body); stop words only add to the score. AND rather than OR because, with
/// stemming on both sides, requiring every word is what makes "facial recognition" not return
/// every document that mentions "facial" — BM25 over OR ranks the right ones first but drowns
/// the total and the facet counts.
///
/// The languages are alternatives (a document is in one), the query's own language boosted,
/// so a query whose language is misdetected still finds documents in the right one.
fn text_query(fields: &Fields, analyzers: &Analyzers, q: &SearchQuery) -> (Option<Box<dyn Query>>, [Vec<String>; 7]) {
    let mut highlight: [Vec<String>; 7] = Default::default();
    if q.text.trim().is_empty() {
        return (None, highlight);
    }
    let boosted = q.lang.as_deref().and_then(Lang::from_tag).or_else(|| Lang::detect(&q.text));
    let mut languages: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for lang in Lang::ALL {
        let i = lang.index();
        let all = terms(&mut analyzers.full[i].clone(), &q.text);
        if all.is_empty() {
            continue;
        }
        let kept: HashSet<(String, usize)> = terms(&mut analyzers.stop[i].clone(), &q.text).into_iter().collect();
        let mut seen = HashSet::new();
        let (mut required, mut optional) = (Vec::new(), Vec::new());
        for (term, offset) in all {
            if !seen.insert(term.clone()) {
                continue;
            }
            if kept.contains(&(term.clone(), offset)) { required.push(term) } else { optional.push(term) }
        }
        if required.is_empty() {
            // Only stop words ("the who"): then they are what the user is looking for.
            required = std::mem::take(&mut optional);
        }
        let word = |t: &str| -> Box<dyn Query> {
            let title = TermQuery::new(Term::from_field_text(fields.title[i], t), IndexRecordOption::WithFreqs);
            let body = TermQuery::new(Term::from_field_text(fields.body[i], t), IndexRecordOption::WithFreqs);
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, Box::new(BoostQuery::new(Box::new(title), TITLE_BOOST))),
                (Occur::Should, Box::new(body)),
            ]))
        };
        let must = if q.match_any { Occur::Should } else { Occur::Must };
        let clause: Vec<(Occur, Box<dyn Query>)> =
            required.iter().map(|t| (must, word(t))).chain(optional.iter().map(|t| (Occur::Should, word(t)))).collect();
        let mut clause: Box<dyn Query> = Box::new(BooleanQuery::new(clause));
        if boosted == Some(lang) {
            clause = Box::new(BoostQuery::new(clause, LANG_BOOST));
        }
        languages.push((Occur::Should, clause));
        highlight[i] = required;
    }
    if languages.is_empty() {
        // Nothing but punctuation: browse, as for an empty box.
        return (None, highlight);
    }
    (Some(Box::new(BooleanQuery::new(languages))), highlight)
}
