#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The index as a projection: access inside the query, facets, lifecycle, watermark, schema.

use accord_search::{DocKind, IndexOptions, SearchDoc, SearchError, SearchIndex, SearchQuery, SearchSort};

fn doc(id: &str, access: &[&str], facets: &[(&str, &str)], date: Option<i64>) -> SearchDoc {
    SearchDoc {
        id: id.into(),
        kind: if id.starts_with("incident:") { DocKind::Incident } else { DocKind::Report },
        incident: "incident:1".into(),
        lang: Some("en".into()),
        title: format!("Drone incident {id}"),
        body: "A delivery drone fell on a car park.".into(),
        access: access.iter().map(|s| (*s).into()).collect(),
        facets: facets.iter().map(|(n, v)| ((*n).into(), (*v).into())).collect(),
        date,
    }
}

fn q(text: &str) -> SearchQuery {
    SearchQuery { text: text.into(), limit: 100, ..SearchQuery::default() }
}

fn ids(index: &SearchIndex, q: &SearchQuery) -> Vec<String> {
    index.search(q).unwrap().hits.into_iter().map(|h| h.id).collect()
}

fn committed(docs: &[SearchDoc]) -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    index.upsert(docs).unwrap();
    index.commit().unwrap();
    index
}

#[test]
fn access_is_part_of_the_query_hits_totals_and_facets() {
    let index = committed(&[
        doc("public", &["public"], &[("country", "US"), ("domain", "open")], Some(1)),
        doc("org-a", &["org:A"], &[("country", "FR"), ("domain", "secret-a")], Some(2)),
        doc("org-b", &["org:B", "members"], &[("country", "US"), ("domain", "b")], Some(3)),
        doc("members", &["members"], &[("country", "DE")], Some(4)),
    ]);
    let facets = vec!["country".to_string(), "domain".to_string()];
    for text in ["drone", ""] {
        let viewer =
            SearchQuery { access: Some(vec!["public".into(), "org:B".into()]), facets: facets.clone(), ..q(text) };
        let r = index.search(&viewer).unwrap();
        let mut found: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
        found.sort();
        assert_eq!(found, ["org-b", "public"], "text {text:?}");
        assert_eq!(r.total, 2);
        // org:A's document contributes to no count: not FR, not its domain value.
        assert_eq!(r.facets["country"], [("US".to_string(), 2)]);
        let mut domains = r.facets["domain"].clone();
        domains.sort();
        assert_eq!(domains, [("b".to_string(), 1), ("open".to_string(), 1)]);
        // Asking for org:A's facet value directly finds nothing either.
        let probe = SearchQuery { filters: vec![("domain".into(), "secret-a".into())], ..viewer.clone() };
        let r = index.search(&probe).unwrap();
        assert_eq!((r.total, r.hits.len()), (0, 0));
        assert!(r.facets["country"].is_empty());
    }
    // The matrix: who sees what.
    let cases: [(&[&str], &[&str]); 5] = [
        (&["public"], &["public"]),
        (&["members"], &["members", "org-b"]),
        (&["org:A"], &["org-a"]),
        (&["org:A", "org:B", "public"], &["org-a", "org-b", "public"]),
        (&["org:C"], &[]),
    ];
    for (tokens, expected) in cases {
        let viewer = SearchQuery { access: Some(tokens.iter().map(|t| (*t).into()).collect()), ..q("drone") };
        let mut found = ids(&index, &viewer);
        found.sort();
        assert_eq!(found, expected, "viewer {tokens:?}");
        assert_eq!(index.search(&viewer).unwrap().total, expected.len() as u64);
    }
    // No tokens: nothing, not even a count. No restriction: everything.
    let nobody = SearchQuery { access: Some(vec![]), facets: facets.clone(), ..q("") };
    let r = index.search(&nobody).unwrap();
    assert_eq!((r.total, r.hits.len()), (0, 0));
    assert!(r.facets.values().all(Vec::is_empty));
    assert_eq!(index.search(&q("")).unwrap().total, 4);
}

#[test]
fn facet_counts_and_filters() {
    let index = committed(&[
        doc("1", &["public"], &[("domain", "4. Malicious Actors & Misuse"), ("year", "2023")], None),
        doc("2", &["public"], &[("domain", "4. Malicious Actors & Misuse"), ("year", "2024")], None),
        doc("3", &["public"], &[("domain", "Discrimination/Toxicity"), ("year", "2024"), ("entity", "openai")], None),
        doc("4", &["public"], &[("domain", "Discrimination/Toxicity"), ("domain", "Privité & sécurité 隐私")], None),
        doc("5", &["public"], &[("year", "2023"), ("entity", "openai"), ("entity", "microsoft")], None),
    ]);
    let all = SearchQuery { facets: vec!["domain".into(), "year".into(), "entity".into(), "none".into()], ..q("") };
    let r = index.search(&all).unwrap();
    assert_eq!(r.total, 5);
    // Most frequent first; values with '/', '&', accents and CJK round-trip.
    assert_eq!(r.facets["domain"][0].1, 2);
    let mut domains = r.facets["domain"].clone();
    domains.sort();
    assert_eq!(
        domains,
        [
            ("4. Malicious Actors & Misuse".to_string(), 2),
            ("Discrimination/Toxicity".to_string(), 2),
            ("Privité & sécurité 隐私".to_string(), 1)
        ]
    );
    assert_eq!(r.facets["entity"][0], ("openai".to_string(), 2));
    assert!(r.facets["none"].is_empty());

    let filtered = |filters: &[(&str, &str)]| {
        let mut found = ids(
            &index,
            &SearchQuery { filters: filters.iter().map(|(n, v)| ((*n).into(), (*v).into())).collect(), ..q("") },
        );
        found.sort();
        found
    };
    assert_eq!(filtered(&[("domain", "Discrimination/Toxicity")]), ["3", "4"]);
    // A value with a slash is one value, not a path: its "parent" is no value.
    assert!(filtered(&[("domain", "Discrimination")]).is_empty());
    // OR within a name, AND across names.
    assert_eq!(filtered(&[("year", "2023"), ("year", "2024")]), ["1", "2", "3", "5"]);
    assert_eq!(filtered(&[("year", "2024"), ("entity", "openai")]), ["3"]);
    assert_eq!(filtered(&[("year", "2024"), ("entity", "openai"), ("year", "2023")]), ["3", "5"]);
    assert_eq!(filtered(&[("domain", "Privité & sécurité 隐私")]), ["4"]);
    // Facet counts follow the filters.
    let r = index.search(&SearchQuery { filters: vec![("year".into(), "2023".into())], ..all.clone() }).unwrap();
    assert_eq!(r.facets["entity"], [("microsoft".to_string(), 1), ("openai".to_string(), 1)]);
}

#[test]
fn kinds_filter() {
    let index = committed(&[doc("incident:1", &["public"], &[], None), doc("report:1", &["public"], &[], None)]);
    let only = |kinds: Vec<DocKind>| ids(&index, &SearchQuery { kinds, ..q("drone") });
    assert_eq!(only(vec![DocKind::Incident]), ["incident:1"]);
    assert_eq!(only(vec![DocKind::Report]), ["report:1"]);
    assert_eq!(only(vec![]).len(), 2);
    assert_eq!(only(vec![DocKind::Report, DocKind::Incident]).len(), 2);
    let hit = &index.search(&SearchQuery { kinds: vec![DocKind::Incident], ..q("") }).unwrap().hits[0];
    assert_eq!((hit.kind, hit.incident.as_str()), (DocKind::Incident, "incident:1"));
}

#[test]
fn upsert_replaces_delete_removes_clear_empties() {
    let index = committed(&[doc("a", &["public"], &[], None), doc("b", &["public"], &[], None)]);
    let mut changed = doc("a", &["org:X"], &[], None);
    changed.title = "Chatbot leak".into();
    changed.body = "The chatbot leaked conversations.".into();
    index.upsert(&[changed]).unwrap();
    // Not visible before the commit.
    assert_eq!(ids(&index, &q("chatbot")), Vec::<String>::new());
    index.commit().unwrap();
    assert_eq!(ids(&index, &q("chatbot")), ["a"]);
    assert_eq!(ids(&index, &q("drone")), ["b"]);
    assert_eq!(index.doc_count().unwrap(), 2);
    // The same id twice in one batch: the last one wins.
    let mut v2 = doc("b", &["public"], &[], None);
    v2.title = "version two".into();
    let mut v3 = doc("b", &["public"], &[], None);
    v3.title = "version three".into();
    index.upsert(&[v2, v3]).unwrap();
    index.commit().unwrap();
    assert_eq!(index.doc_count().unwrap(), 2);
    assert_eq!(ids(&index, &q("three")), ["b"]);
    assert!(ids(&index, &q("two")).is_empty());

    index.delete(&["a".into(), "missing".into()]).unwrap();
    index.commit().unwrap();
    assert_eq!(index.doc_count().unwrap(), 1);
    assert!(ids(&index, &q("chatbot")).is_empty());

    // clear also drops what was added but not committed; readers see the old contents until
    // the commit.
    index.upsert(&[doc("c", &["public"], &[], None)]).unwrap();
    index.clear().unwrap();
    assert_eq!(index.doc_count().unwrap(), 1);
    index.upsert(&[doc("d", &["public"], &[], None)]).unwrap();
    index.commit().unwrap();
    assert_eq!(ids(&index, &q("")), ["d"]);

    assert!(matches!(index.upsert(&[doc("", &[], &[], None)]), Err(SearchError::EmptyId)));
}

#[test]
fn browse_sorts_and_pages() {
    let docs: Vec<SearchDoc> = (0..25).map(|i| doc(&format!("d{i:02}"), &["public"], &[], Some(1_000 + i))).collect();
    let mut undated = doc("undated", &["public"], &[], None);
    undated.body = "A drone, a drone, a drone.".into();
    let index = committed(&[docs, vec![undated]].concat());
    // Empty text browses, newest first; undated last.
    let page = |offset, limit, sort| ids(&index, &SearchQuery { offset, limit, sort, ..q("") });
    assert_eq!(page(0, 3, SearchSort::Relevance), ["d24", "d23", "d22"]);
    assert_eq!(page(3, 2, SearchSort::DateDesc), ["d21", "d20"]);
    assert_eq!(page(0, 2, SearchSort::DateAsc), ["d00", "d01"]);
    assert_eq!(page(24, 5, SearchSort::DateAsc), ["d24", "undated"]);
    assert_eq!(page(25, 5, SearchSort::DateDesc), ["undated"]);
    assert!(page(100, 5, SearchSort::DateDesc).is_empty());
    // limit 0 counts only.
    let r = index.search(&SearchQuery { limit: 0, ..q("drone") }).unwrap();
    assert_eq!((r.total, r.hits.len()), (26, 0));
    // Relevance: the document that says "drone" three times first, with a score.
    let r = index.search(&SearchQuery { limit: 2, ..q("drone") }).unwrap();
    assert_eq!(r.hits[0].id, "undated");
    assert!(r.hits[0].score > r.hits[1].score && r.hits[1].score > 0.0);
    let r = index.search(&SearchQuery { limit: 2, sort: SearchSort::DateDesc, ..q("drone") }).unwrap();
    assert_eq!(r.hits[0].id, "d24");
}

#[test]
fn query_syntax_never_errors() {
    let index = committed(&[doc("a", &["public"], &[], None)]);
    for text in [
        "\"unclosed AND OR (",
        "title:drone",
        "drone)))",
        "+-*/\\^~:",
        "AND",
        "((((",
        "\u{0}",
        "   ",
        "drone -car",
        "😀 drone",
        &"drone ".repeat(200),
    ] {
        let r = index.search(&q(text));
        assert!(r.is_ok(), "{text:?}: {r:?}");
    }
    // Operators are words (stop words here), not syntax: "drone" still has to match.
    assert_eq!(ids(&index, &q("\"drone AND OR (")), ["a"]);
    assert_eq!(ids(&index, &q("title:drone")), Vec::<String>::new());
    // Punctuation alone is an empty box: browse.
    assert_eq!(ids(&index, &q("((((")), ["a"]);
}

#[test]
fn watermark_persists_and_schema_changes_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("search");
    {
        let index = SearchIndex::open(&path).unwrap();
        assert_eq!(index.watermark(), None);
        index.upsert(&[doc("a", &["public"], &[], None)]).unwrap();
        index.set_watermark(41);
        // Staged, not yet stored.
        assert_eq!(index.watermark(), None);
        index.commit().unwrap();
        assert_eq!(index.watermark(), Some(41));
        // A commit without a new watermark keeps the old one.
        index.upsert(&[doc("b", &["public"], &[], None)]).unwrap();
        index.commit().unwrap();
        assert_eq!(index.watermark(), Some(41));
        index.set_watermark(42);
        index.commit().unwrap();
    }
    {
        let index = SearchIndex::open_with(&path, IndexOptions { writer_memory_bytes: 50 << 20, threads: 2 }).unwrap();
        assert_eq!(index.watermark(), Some(42));
        assert_eq!(index.doc_count().unwrap(), 2);
        assert_eq!(ids(&index, &q("drone")).len(), 2);
    }
    // Another schema version wrote this index: refuse, so the caller rebuilds it.
    std::fs::write(path.join("accord-search.version"), "0\n").unwrap();
    assert!(matches!(SearchIndex::open(&path), Err(SearchError::SchemaChanged { found: Some(0), expected: 1 })));
    std::fs::remove_file(path.join("accord-search.version")).unwrap();
    assert!(matches!(SearchIndex::open(&path), Err(SearchError::SchemaChanged { found: None, .. })));
    let index = SearchIndex::recreate(&path, IndexOptions::default()).unwrap();
    assert_eq!((index.doc_count().unwrap(), index.watermark()), (0, None));
    drop(index);
    assert!(SearchIndex::open(&path).is_ok());
    // recreate never deletes a folder that is not an index.
    let other = dir.path().join("not-an-index");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("accord.sqlite"), "data").unwrap();
    assert!(matches!(SearchIndex::recreate(&other, IndexOptions::default()), Err(SearchError::NotAnIndex(_))));
    assert!(other.join("accord.sqlite").exists());
}

#[test]
fn a_tantivy_index_of_another_schema_is_detected() {
    use tantivy::schema::{STORED, Schema, TEXT};
    let dir = tempfile::tempdir().unwrap();
    let mut b = Schema::builder();
    b.add_text_field("title", TEXT | STORED);
    tantivy::Index::create_in_dir(dir.path(), b.build()).unwrap();
    std::fs::write(dir.path().join("accord-search.version"), "1\n").unwrap();
    assert!(matches!(SearchIndex::open(dir.path()), Err(SearchError::SchemaChanged { found: Some(1), .. })));
}

#[test]
fn shared_across_threads() {
    let index = std::sync::Arc::new(SearchIndex::in_memory().unwrap());
    let writers: Vec<_> = (0..4)
        .map(|t| {
            let index = index.clone();
            std::thread::spawn(move || {
                for i in 0..25 {
                    index.upsert(&[doc(&format!("{t}-{i}"), &["public"], &[], None)]).unwrap();
                    index.search(&q("drone")).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    index.commit().unwrap();
    assert_eq!(index.doc_count().unwrap(), 100);
}

#[test]
fn waiting_for_merges_keeps_documents_and_watermark() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        // Ten commits, ten segments: enough for the merge policy to merge some.
        for i in 0..10 {
            index.upsert(&[doc(&format!("d{i}"), &["public"], &[], None)]).unwrap();
            index.set_watermark(i);
            index.commit().unwrap();
        }
        index.upsert(&[doc("pending", &["public"], &[], None)]).unwrap();
        assert!(matches!(index.wait_merges(), Err(SearchError::Uncommitted)));
        // Refused, and nothing lost: the pending document is still there to commit.
        index.commit().unwrap();
        index.wait_merges().unwrap();
        assert_eq!(index.search(&q("drone")).unwrap().total, 11);
        // The writer works after the wait.
        index.delete(&["d0".into()]).unwrap();
        index.commit().unwrap();
        assert_eq!(index.doc_count().unwrap(), 10);
    }
    let index = SearchIndex::open(dir.path()).unwrap();
    assert_eq!((index.doc_count().unwrap(), index.watermark()), (10, Some(9)));
}
