#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! Safety records end to end on a temporary data directory: the access-control matrix through
//! every exit, marking changes reaching every copy, intake and review, merges and redirects,
//! all-or-nothing imports, and the transparency log not leaking confidential content.

use std::collections::{BTreeMap, BTreeSet};

use accord_core::{OrgId, Principal, Role, UserId};
use accord_node::safety::{IncidentLookup, MarkingInput};
use accord_node::{Config, Node, NodeError, OrganisationInput};
use accord_safety::import::ImportSet;
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_safety::model::{Incident, IncidentKind, Report, Source};
use accord_search::{DocKind, SearchQuery, SearchSort};

const OP: Principal = Principal::Operator;

async fn node(dir: &tempfile::TempDir) -> Node {
    let mut config = Config::default();
    config.data_dir = dir.path().join("data");
    Node::open(config).await.unwrap()
}

async fn org(node: &Node, name: &str) -> OrgId {
    let input = OrganisationInput { name: name.into(), kind: "state_institution".into(), country: None, website: None };
    node.create_organisation(&OP, &input).await.unwrap().id
}

fn user(org: OrgId, role: Role) -> Principal {
    Principal::User { user_id: UserId(uuid::Uuid::now_v7()), org_id: org, role, scopes: None }
}

fn incident(key: &str, title: &str) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Incident,
        title: title.into(),
        description: format!("Description of {title}."),
        lang: "en".into(),
        date: Some("2025-06-01".into()),
        countries: vec!["FR".into()],
        sectors: vec![],
        severity: None,
        entities: vec![],
        models: vec![],
        classifications: vec![],
        links: vec![],
        references: vec![],
        source: Source::Member,
    }
}

fn report(key: &str, incident: &str, title: &str) -> Report {
    Report {
        key: key.into(),
        incident: incident.into(),
        title: title.into(),
        text: format!("Evidence: {title}."),
        lang: "en".into(),
        url: None,
        authors: vec![],
        date_published: None,
        is_incident_report: true,
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    }
}

fn browse(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        lang: None,
        access: None,
        filters: vec![],
        kinds: vec![DocKind::Incident],
        sort: SearchSort::Relevance,
        limit: 1000,
        offset: 0,
        facets: vec!["tlp".into(), "status".into()],
        match_any: false,
    }
}

/// The word that makes each marked incident findable on its own: `zq` + TLP + distribution.
fn word(tlp: Tlp, d: Distribution) -> String {
    let t = tlp.slug().replace('+', "");
    format!("zq{t}{}", d.as_str().replace('_', ""))
}

struct World {
    node: Node,
    _dir: tempfile::TempDir,
    /// (name, principal), in the column order of the matrix.
    viewers: Vec<(&'static str, Principal)>,
    group: uuid::Uuid,
}

async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    let author = org(&node, "Author institute").await;
    let other = org(&node, "Other regulator").await;
    let member = org(&node, "Group member agency").await;
    let admin_org = org(&node, "Secretariat").await;
    let group = node.create_sharing_group(&OP, "Circle", "", &[author, member]).await.unwrap().id;
    let viewers = vec![
        ("anonymous", Principal::Anonymous),
        ("another organisation", user(other, Role::Member)),
        ("another organisation's reviewer", user(other, Role::Reviewer)),
        ("sharing-group member", user(member, Role::Member)),
        ("the author's organisation", user(author, Role::Member)),
        ("administrator of another organisation", user(admin_org, Role::Admin)),
    ];

    // Every TLP × distribution, published, owned by the author, each with one public report
    // (its audience is capped by the incident's).
    let mut set = ImportSet::default();
    let mut markings = BTreeMap::new();
    for tlp in Tlp::ALL {
        for d in Distribution::ALL {
            let sg = (d == Distribution::SharingGroup).then_some(group);
            let key = format!("M-{}", word(tlp, d));
            set.incidents.push(incident(&key, &format!("Marked incident {}", word(tlp, d))));
            set.reports.push(report(&format!("R-{}", word(tlp, d)), &key, &format!("Report {}", word(tlp, d))));
            markings.insert(key, Marking::new(tlp, d, sg).unwrap());
        }
    }
    node.import_safety(&OP, set, &markings, &BTreeMap::new(), Some(author), &|_| ()).await.unwrap();
    World { node, _dir: dir, viewers, group }
}

/// Who sees an incident of each marking. Columns: anonymous, another organisation, another
/// organisation's reviewer, sharing-group member, the author's organisation, an administrator of
/// another organisation. Written out by hand so a change is a visible diff.
fn expected(tlp: Tlp, d: Distribution) -> [bool; 6] {
    use Distribution::*;
    match (tlp, d) {
        (Tlp::Clear, All) => [true, true, true, true, true, true],
        (Tlp::Red, SharingGroup) => [false, false, false, true, true, false],
        (Tlp::Red, _) => [false, false, false, false, true, false],
        (_, OrganisationOnly) => [false, false, false, false, true, false],
        (_, SharingGroup) => [false, false, false, true, true, false],
        // Community-wide, or "all" but not CLEAR (never public): every member, not anonymous.
        (_, Community | ConnectedCommunities | All) => [false, true, true, true, true, true],
    }
}

#[tokio::test]
async fn the_access_matrix_holds_through_every_exit() {
    let w = world().await;
    let node = &w.node;
    for (col, (name, p)) in w.viewers.iter().enumerate() {
        let viewer = node.viewer(p).await.unwrap();
        // The list (browse), with its facet counts.
        let listed = node.search_incidents(&viewer, browse("")).await.unwrap();
        let listed_keys: BTreeSet<String> = listed.hits.iter().map(|h| h.incident.clone()).collect();
        // The export.
        let exported: BTreeSet<String> =
            node.export_items(p).await.unwrap().iter().map(|i| i.key().to_owned()).collect();
        let mut want_keys = BTreeSet::new();
        let mut want_by_tlp: BTreeMap<String, u64> = BTreeMap::new();
        for tlp in Tlp::ALL {
            for d in Distribution::ALL {
                let key = format!("M-{}", word(tlp, d));
                let report_key = format!("R-{}", word(tlp, d));
                let want = expected(tlp, d)[col];
                let what = format!("{} / {} for {name}", tlp.as_str(), d.as_str());
                // get
                let got = node.incident(p, &key).await;
                assert_eq!(got.is_ok(), want, "get {what}");
                if !want {
                    assert!(matches!(got, Err(NodeError::NotFound { .. })), "hidden reads as absent: {what}");
                }
                assert_eq!(node.incident_report(p, &report_key).await.is_ok(), want, "get report {what}");
                if let Ok(IncidentLookup::Found(v)) = got {
                    assert_eq!(v.reports.len(), 1, "its report is listed with it: {what}");
                }
                // search hits and totals
                let found = node.search_incidents(&viewer, browse(&word(tlp, d))).await.unwrap();
                assert_eq!(found.total, u64::from(want), "search total {what}");
                let reports = SearchQuery { kinds: vec![DocKind::Report], ..browse(&word(tlp, d)) };
                let found = node.search_incidents(&viewer, reports).await.unwrap();
                assert_eq!(found.total, u64::from(want), "report search total {what}");
                // list and export
                assert_eq!(listed_keys.contains(&key), want, "list {what}");
                assert_eq!(exported.contains(&key), want, "export {what}");
                assert_eq!(exported.contains(&report_key), want, "export of the report {what}");
                if want {
                    want_keys.insert(key);
                    *want_by_tlp.entry(tlp.as_str().to_owned()).or_default() += 1;
                }
            }
        }
        assert_eq!(listed.total, want_keys.len() as u64, "list total for {name}");
        let tlp_counts: BTreeMap<String, u64> =
            listed.facets.get("tlp").cloned().unwrap_or_default().into_iter().collect();
        assert_eq!(tlp_counts, want_by_tlp, "facet counts for {name}: nothing hidden is counted");
    }
    // The operator at the console sees all 25.
    let all = node.search_incidents(&node.viewer(&OP).await.unwrap(), browse("")).await.unwrap();
    assert_eq!(all.total, 25);
}

#[tokio::test]
async fn a_marking_change_reaches_every_copy_at_once() {
    let w = world().await;
    let node = &w.node;
    let key = format!("M-{}", word(Tlp::Red, Distribution::OrganisationOnly));
    let report_key = format!("R-{}", word(Tlp::Red, Distribution::OrganisationOnly));
    let anonymous = node.viewer(&Principal::Anonymous).await.unwrap();
    let hidden = |n: u64| n == 0;
    assert!(hidden(node.search_incidents(&anonymous, browse("zqredorganisationonly")).await.unwrap().total));

    // The author's organisation cannot change its marking without an editor...
    let author_member = w.viewers[4].1.clone();
    let open = || MarkingInput { tlp: "TLP:CLEAR".into(), distribution: "all".into(), sharing_group: None };
    assert!(matches!(node.set_marking(&author_member, "incident", &key, open()).await, Err(NodeError::Denied(_))));
    // ...nor can another organisation's administrator see it to change it.
    assert!(matches!(
        node.set_marking(&w.viewers[5].1, "incident", &key, open()).await,
        Err(NodeError::NotFound { .. })
    ));
    let Principal::User { org_id: author, .. } = author_member else { unreachable!() };
    let editor = user(author, Role::Editor);
    node.set_marking(&editor, "incident", &key, open()).await.unwrap();
    let found = node.search_incidents(&anonymous, browse("zqredorganisationonly")).await.unwrap();
    assert_eq!(found.total, 1, "now public in search");
    assert!(node.incident(&Principal::Anonymous, &key).await.is_ok());
    assert!(node.incident_report(&Principal::Anonymous, &report_key).await.is_ok(), "its report follows");
    assert!(node.export_items(&Principal::Anonymous).await.unwrap().iter().any(|i| i.key() == report_key));

    // And back to RED: gone again from every exit, the report included.
    let red = MarkingInput { tlp: "red".into(), distribution: "organisation_only".into(), sharing_group: None };
    node.set_marking(&editor, "incident", &key, red).await.unwrap();
    assert_eq!(node.search_incidents(&anonymous, browse("zqredorganisationonly")).await.unwrap().total, 0);
    let reports = SearchQuery { kinds: vec![DocKind::Report], ..browse("zqredorganisationonly") };
    assert_eq!(node.search_incidents(&anonymous, reports).await.unwrap().total, 0);
    assert!(node.incident_report(&Principal::Anonymous, &report_key).await.is_err());
    assert!(!node.export_items(&Principal::Anonymous).await.unwrap().iter().any(|i| i.key() == report_key));
    // A sharing group that does not include the editor's organisation is refused.
    let stranger_group = node.create_sharing_group(&OP, "Elsewhere", "", &[OrgId(uuid::Uuid::nil())]).await;
    assert!(stranger_group.is_err(), "members must exist");
    let _ = w.group;
}

#[tokio::test]
async fn intake_review_and_the_log_keep_confidential_content_out_of_public_view() {
    let w = world().await;
    let node = &w.node;
    let Principal::User { org_id: author, .. } = w.viewers[4].1 else { unreachable!() };
    let Principal::User { org_id: other, .. } = w.viewers[1].1 else { unreachable!() };
    let reporter = user(author, Role::Member);
    let secret_words = "Quokka jailbreak bypasses refusal training";
    let red = MarkingInput { tlp: "TLP:RED".into(), distribution: "organisation_only".into(), sharing_group: None };
    let submitted = node.submit_incident(&reporter, incident("ignored", secret_words), red).await.unwrap();
    assert!(submitted.key.starts_with("INC-"));

    // Reviewers of other organisations do not see it in their queue; the author's reviewer does.
    let (queue, _) = node.review_queue(&user(other, Role::Reviewer)).await.unwrap();
    assert!(queue.iter().all(|i| i.key != submitted.key));
    let own_reviewer = user(author, Role::Reviewer);
    let (queue, _) = node.review_queue(&own_reviewer).await.unwrap();
    assert!(queue.iter().any(|i| i.key == submitted.key));
    // A member cannot review; a bad decision is named.
    assert!(matches!(node.review(&reporter, "incident", &submitted.key, "publish").await, Err(NodeError::Denied(_))));
    assert!(matches!(
        node.review(&own_reviewer, "incident", &submitted.key, "approve").await,
        Err(NodeError::Invalid(_))
    ));
    node.review(&own_reviewer, "incident", &submitted.key, "triage").await.unwrap();
    node.review(&own_reviewer, "incident", &submitted.key, "publish").await.unwrap();
    assert!(matches!(
        node.review(&own_reviewer, "incident", &submitted.key, "reject").await,
        Err(NodeError::BadRequest(_))
    ));

    // The transparency log holds its versions, but only as digests: the words never appear.
    let size = node.store().log_size().await.unwrap();
    let entries = node.store().log_entries(0, size as u32).await.unwrap();
    let sealed = entries.iter().filter(|e| e.kind == "safety_record").count();
    assert!(sealed >= 25 + 25 + 3, "every version is a signed record ({sealed})");
    for e in &entries {
        let text = String::from_utf8_lossy(&e.envelope);
        assert!(!text.contains("Quokka"), "confidential content leaked into the log: {text}");
        assert!(!text.contains("zqred"), "confidential content leaked into the log: {text}");
    }
    // Public records do carry their content.
    assert!(entries.iter().any(|e| String::from_utf8_lossy(&e.envelope).contains("zqclearall")));
    // And the audit trail, which members may read, carries digests only for them too.
    let audit = node
        .store()
        .audit_events(&accord_store::AuditFilter::default(), &accord_store::PageRequest { after: None, limit: 500 })
        .await
        .unwrap();
    assert!(audit.items.iter().all(|e| !e.payload.to_string().contains("Quokka")));
}

#[tokio::test]
async fn near_duplicates_are_suggested_among_visible_incidents_only() {
    let w = world().await;
    let node = &w.node;
    let Principal::User { org_id: other, .. } = w.viewers[1].1 else { unreachable!() };
    let mut public = ImportSet::default();
    public.incidents.push(Incident {
        description: "An autonomous shuttle bus collided with a delivery truck in Las Vegas on its first day.".into(),
        ..incident("PUB-1", "Self-driving shuttle bus collides with truck in Las Vegas")
    });
    node.import_safety(&OP, public, &BTreeMap::new(), &BTreeMap::new(), None, &|_| ()).await.unwrap();
    let reporter = user(other, Role::Member);
    let green = MarkingInput { tlp: "TLP:GREEN".into(), distribution: "community".into(), sharing_group: None };
    let new = Incident {
        description: "A self-driving shuttle collided with a delivery truck in Las Vegas on its first day of service."
            .into(),
        ..incident("x", "Las Vegas self-driving shuttle collides with delivery truck")
    };
    let submitted = node.submit_incident(&reporter, new, green).await.unwrap();
    assert_eq!(submitted.suggestions.first().map(|s| s.key.as_str()), Some("PUB-1"), "{:?}", submitted.suggestions);
    assert!(submitted.suggestions[0].method.contains("trigram"));
    // A RED incident of the author's organisation is never suggested to another organisation.
    let red_like = incident("y", "Marked incident zqredorganisationonly");
    let green = MarkingInput { tlp: "TLP:GREEN".into(), distribution: "community".into(), sharing_group: None };
    let s = node.submit_incident(&reporter, red_like, green).await.unwrap();
    assert!(s.suggestions.iter().all(|x| !x.key.contains("zqred")), "{:?}", s.suggestions);
}

#[tokio::test]
async fn merges_redirect_and_failed_imports_change_nothing() {
    let w = world().await;
    let node = &w.node;
    let mut set = ImportSet::default();
    set.incidents.push(incident("A-1", "Canonical incident"));
    set.incidents.push(incident("A-2", "Duplicate incident"));
    set.reports.push(report("A-2-R", "A-2", "Report filed on the duplicate"));
    set.duplicates.insert("A-0".into(), "A-2".into());
    node.import_safety(&OP, set, &BTreeMap::new(), &BTreeMap::new(), None, &|_| ()).await.unwrap();
    // A-0 is not stored (like most of AIID's duplicates) but still redirects.
    assert!(
        matches!(node.incident(&Principal::Anonymous, "A-0").await.unwrap(), IncidentLookup::Redirect { to, .. } if to == "A-2")
    );

    let Principal::User { org_id: admin_org, .. } = w.viewers[5].1 else { unreachable!() };
    let editor = user(admin_org, Role::Editor);
    assert_eq!(node.merge_incidents(&editor, "A-2", "A-1").await.unwrap(), "A-1");
    // The chain A-0 → A-2 → A-1 resolves; the canonical incident shows the duplicate's report.
    assert!(
        matches!(node.incident(&Principal::Anonymous, "A-0").await.unwrap(), IncidentLookup::Redirect { to, .. } if to == "A-1")
    );
    let IncidentLookup::Found(v) = node.incident(&Principal::Anonymous, "A-1").await.unwrap() else { panic!() };
    assert_eq!(v.duplicates, ["A-2"]);
    assert!(v.reports.iter().any(|r| r.key == "A-2-R"));
    // A cycle is refused, and so is merging into an incident the editor cannot see.
    assert!(node.merge_incidents(&editor, "A-1", "A-2").await.is_err());
    let red = format!("M-{}", word(Tlp::Red, Distribution::OrganisationOnly));
    assert!(matches!(node.merge_incidents(&editor, "PUB-X", &red).await, Err(NodeError::NotFound { .. })));

    // An import with one bad record writes nothing at all.
    let log_size = node.store().log_size().await.unwrap();
    let mut bad = ImportSet::default();
    bad.incidents.push(incident("B-1", "Fine"));
    bad.incidents.push(incident("B-2", " "));
    let err = node.import_safety(&OP, bad, &BTreeMap::new(), &BTreeMap::new(), None, &|_| ()).await.unwrap_err();
    assert!(err.to_string().contains("title"), "{err}");
    assert!(node.incident(&OP, "B-1").await.is_err());
    assert_eq!(node.store().log_size().await.unwrap(), log_size);
    // A report on an incident that exists nowhere is refused the same way.
    let mut orphan = ImportSet::default();
    orphan.reports.push(report("O-1", "NOWHERE-1", "Orphan"));
    let err = node.import_safety(&OP, orphan, &BTreeMap::new(), &BTreeMap::new(), None, &|_| ()).await.unwrap_err();
    assert!(err.to_string().contains("NOWHERE-1"), "{err}");
}

#[tokio::test]
async fn the_demo_node_holds_the_public_databases_and_answers_in_chinese_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let node = node(&dir).await;
    accord_node::demo::seed(&node).await.unwrap();
    let written = accord_node::demo::seed_safety(&node).await.unwrap();
    assert!(written > 2_000, "{written}");
    assert_eq!(accord_node::demo::seed_safety(&node).await.unwrap(), 0, "seeding twice writes nothing");
    let anonymous = node.viewer(&Principal::Anonymous).await.unwrap();
    for source in ["aiid", "avid", "atlas"] {
        let q = SearchQuery { filters: vec![("source".into(), source.into())], ..browse("") };
        assert!(node.search_incidents(&anonymous, q).await.unwrap().total > 10, "{source}");
    }
    // Chinese without spaces, an Arabic word with the article the report writes without it, a
    // French singular for the report's plural.
    for (query, lang) in [("深度伪造视频", "zh"), ("الاحتيال", "ar"), ("incendie", "fr")] {
        let q = SearchQuery { kinds: vec![DocKind::Report], lang: Some(lang.into()), ..browse(query) };
        let found = node.search_incidents(&anonymous, q).await.unwrap();
        assert!(found.total > 0, "{query} finds reports");
        assert_eq!(found.hits[0].lang, lang, "{query}: the best hit is in the query's language");
    }
    // The demo's RED record is invisible to anonymous visitors and other organisations.
    let red = SearchQuery { filters: vec![("tlp".into(), "TLP:RED".into())], ..browse("") };
    assert_eq!(node.search_incidents(&anonymous, red.clone()).await.unwrap().total, 0);
    assert_eq!(node.search_incidents(&node.viewer(&OP).await.unwrap(), red).await.unwrap().total, 1);
}
