#![allow(clippy::unwrap_used, clippy::expect_used)]
//! STIX 2.1: the round trip, the real OpenCTI and ATLAS bundles, markings and validation.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use time::macros::datetime;
use uuid::Uuid;

use accord_safety::export::{ExportItem, Record};
use accord_safety::model::{Attribute, ExternalLink, Reference, VariantStatus};
use accord_safety::stix::{
    ACCORD_EXTENSION, ImportOptions, Producer, TLP2_EXTENSION, export_bundle, import_bundle, import_bundle_with,
    tlp_marking_id,
};
use accord_safety::{
    Classification, Distribution, EntityRef, EntityRole, Incident, IncidentKind, Marking, Report, Severity, Source,
    Status, Tlp,
};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/incidents/atlas/stix");
const GROUP: Uuid = Uuid::from_u128(0x5a5a);

fn producer() -> Producer {
    Producer {
        name: "Accord demo node".into(),
        namespace: Uuid::from_u128(0x1234_5678),
        created: datetime!(2026-01-01 00:00 UTC),
    }
}

fn incident(key: &str, title: &str, source: Source) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Incident,
        title: title.into(),
        description: "What happened, in two lines.\nSecond line.".into(),
        lang: "en".into(),
        date: Some("2024-02".into()),
        countries: vec!["FR".into(), "SA".into()],
        sectors: vec!["health".into()],
        severity: Some(Severity::SeriousHazard),
        entities: vec![
            EntityRef { id: "acme".into(), name: "Acme".into(), role: EntityRole::Deployer },
            EntityRef { id: "patients".into(), name: "Patients".into(), role: EntityRole::Harmed },
        ],
        models: vec!["acme/bot-7b".into()],
        classifications: vec![Classification {
            namespace: "OECD".into(),
            attributes: vec![Attribute {
                name: "harm_type".into(),
                values: vec!["physical".into(), "psychological".into()],
            }],
            published: true,
        }],
        links: vec![ExternalLink { namespace: "OECD".into(), id: "2024-02-01-abcd".into(), url: None }],
        references: vec![Reference { label: "Press".into(), url: "https://example.org/press".into() }],
        source,
    }
    .validate()
    .unwrap()
}

fn marking(tlp: Tlp, distribution: Distribution) -> Marking {
    let group = (distribution == Distribution::SharingGroup).then_some(GROUP);
    Marking::new(tlp, distribution, group).unwrap()
}

fn item(record: Record, marking: Marking, owner: Option<&str>, duplicate_of: Option<&str>) -> ExportItem {
    ExportItem {
        record,
        marking,
        status: Status::Published,
        owner: owner.map(str::to_owned),
        created: datetime!(2026-03-01 10:00:00.250 UTC),
        modified: datetime!(2026-03-02 11:30:00 UTC),
        duplicate_of: duplicate_of.map(str::to_owned),
    }
}

/// Five incidents, one per TLP, with every distribution; a duplicate; three reports, one of
/// them about an incident that is not exported.
fn items() -> Vec<ExportItem> {
    let mut arabic = incident("INC-2", "روبوت محادثة قدّم نصيحة طبية خاطئة", Source::Member);
    arabic.lang = "ar".into();
    let mut vulnerability = incident("INC-4", "Jailbreak in a deployed chatbot", Source::Member);
    vulnerability.kind = IncidentKind::Vulnerability;
    vulnerability.date = None;
    vulnerability.entities.clear();
    let reports = [
        Report {
            key: "R-1".into(),
            incident: "AIID-4".into(),
            title: "Uber AV killed a pedestrian in Tempe".into(),
            text: "An Uber test vehicle in autonomous mode struck and killed a pedestrian.".into(),
            lang: "en".into(),
            url: Some("https://example.org/report-1".into()),
            authors: vec!["A. Writer".into()],
            date_published: Some("2018-03-19".into()),
            is_incident_report: true,
            variant: None,
            inputs_outputs: vec![],
            source: Source::Aiid,
        },
        Report {
            key: "R-2".into(),
            incident: "INC-2".into(),
            title: "聊天机器人给出错误医疗建议".into(),
            text: "一个部署在医院的聊天机器人给出了错误的建议。".into(),
            lang: "zh".into(),
            url: None,
            authors: vec![],
            date_published: None,
            is_incident_report: false,
            variant: Some(VariantStatus::Approved),
            inputs_outputs: vec!["input: dose?".into(), "output: wrong dose".into()],
            source: Source::Member,
        },
        Report {
            key: "R-3".into(),
            incident: "INC-99".into(),
            title: "A report whose incident is not in the export".into(),
            text: String::new(),
            lang: "fr".into(),
            url: None,
            authors: vec![],
            date_published: Some("2025".into()),
            is_incident_report: true,
            variant: None,
            inputs_outputs: vec![],
            source: Source::Member,
        },
    ];
    let [r1, r2, r3] = reports.map(|r| r.validate().unwrap());
    vec![
        item(
            Record::Incident(incident("AIID-4", "Uber AV Killed Pedestrian in Arizona", Source::Aiid)),
            Marking::PUBLIC,
            None,
            None,
        ),
        item(Record::Incident(arabic), marking(Tlp::Green, Distribution::Community), Some("Northbridge Health"), None),
        item(
            Record::Incident(incident("INC-3", "Voice cloning against a call centre", Source::Member)),
            marking(Tlp::Amber, Distribution::SharingGroup),
            Some("Meridian Bank"),
            None,
        ),
        item(
            Record::Incident(vulnerability),
            marking(Tlp::AmberStrict, Distribution::ConnectedCommunities),
            Some("Institute"),
            None,
        ),
        item(
            Record::Incident(incident("INC-5", "Same event as AIID-4, reported again", Source::Member)),
            marking(Tlp::Red, Distribution::OrganisationOnly),
            Some("Institute"),
            Some("AIID-4"),
        ),
        item(Record::Report(r1), Marking::PUBLIC, None, None),
        item(Record::Report(r2), marking(Tlp::Green, Distribution::Community), Some("Northbridge Health"), None),
        item(Record::Report(r3), marking(Tlp::Amber, Distribution::All), Some("Meridian Bank"), None),
    ]
}

fn objects(bundle: &Value) -> &Vec<Value> {
    bundle["objects"].as_array().unwrap()
}

fn of_type<'a>(bundle: &'a Value, ty: &str) -> Vec<&'a Value> {
    objects(bundle).iter().filter(|o| o["type"] == ty).collect()
}

/// What an import should give back for an exported record: a member's record is no longer
/// "reported on this node" once it arrives in a file.
fn as_imported(source: Source) -> Source {
    if source == Source::Member { Source::Stix } else { source }
}

#[test]
fn a_bundle_round_trips_records_markings_and_duplicates() {
    let items = items();
    let bundle = export_bundle(&items, &producer(), datetime!(2026-04-01 00:00 UTC));
    let text = serde_json::to_string_pretty(&bundle).unwrap();
    // The caller's distribution is the widest; the carried distributions narrow it back.
    let options = ImportOptions { distribution: Distribution::All, ..ImportOptions::default() };
    let imported = import_bundle_with(&text, "round-trip.json", &options).unwrap();

    let mut want_incidents = vec![];
    let mut want_reports = vec![];
    let mut want_markings = BTreeMap::new();
    let mut want_report_markings = BTreeMap::new();
    for it in &items {
        match &it.record {
            Record::Incident(i) => {
                want_incidents.push(Incident { source: as_imported(i.source), ..i.clone() });
                want_markings.insert(i.key.clone(), it.marking);
            }
            Record::Report(r) => {
                want_reports.push(Report { source: as_imported(r.source), ..r.clone() });
                want_report_markings.insert(r.key.clone(), it.marking);
            }
        }
    }
    assert_eq!(imported.set.incidents, want_incidents);
    assert_eq!(imported.set.reports, want_reports);
    assert_eq!(imported.incident_markings, want_markings);
    assert_eq!(imported.report_markings, want_report_markings);
    assert_eq!(imported.set.duplicates, BTreeMap::from([("INC-5".to_owned(), "AIID-4".to_owned())]));
    assert!(imported.set.warnings.is_empty(), "{:?}", imported.set.warnings);

    // With the default options the node's members receive them, never the public.
    let default = import_bundle(&text, "round-trip.json").unwrap();
    assert_eq!(default.incident_markings["AIID-4"], marking(Tlp::Clear, Distribution::Community));
    assert_eq!(default.incident_markings["INC-3"], marking(Tlp::Amber, Distribution::SharingGroup));
    assert_eq!(default.incident_markings["INC-5"], marking(Tlp::Red, Distribution::OrganisationOnly));
    assert_eq!(default.report_markings["R-3"], marking(Tlp::Amber, Distribution::Community));
}

#[test]
fn every_object_is_marked_and_shaped_as_stix_2_1() {
    let bundle = export_bundle(&items(), &producer(), datetime!(2026-04-01 00:00 UTC));
    assert_eq!(bundle["type"], "bundle");
    assert!(bundle.get("spec_version").is_none(), "a 2.1 bundle has no spec_version");
    let ms = |s: &str| {
        s.len() == 24
            && s.ends_with('Z')
            && s.as_bytes()[19] == b'.'
            && time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).is_ok()
    };
    for o in objects(&bundle) {
        assert_eq!(o["spec_version"], "2.1", "{o}");
        let ty = o["type"].as_str().unwrap();
        assert!(o["id"].as_str().unwrap().starts_with(&format!("{ty}--")));
        for t in ["created", "modified", "published"] {
            if let Some(v) = o.get(t) {
                assert!(ms(v.as_str().unwrap()), "{t} of {o}");
            }
        }
        if ty != "marking-definition" {
            let refs = o["object_marking_refs"].as_array().unwrap_or_else(|| panic!("unmarked: {o}"));
            assert_eq!(refs.len(), 1);
        }
    }

    // Exactly the TLP 2.0 definitions in use, as OASIS publishes them.
    let defs = of_type(&bundle, "marking-definition");
    assert_eq!(defs.len(), 5, "every TLP is used by the items");
    for d in defs {
        assert_eq!(d["created"], "2022-10-01T00:00:00.000Z");
        let tlp = Tlp::ALL.into_iter().find(|t| d["id"] == tlp_marking_id(*t)).unwrap();
        assert_eq!(d["name"], tlp.as_str());
        assert_eq!(d["extensions"][TLP2_EXTENSION]["tlp_2_0"], tlp.slug());
        assert_eq!(d["extensions"][TLP2_EXTENSION]["extension_type"], "property-extension");
    }
    let marked = |key: &str| {
        objects(&bundle)
            .iter()
            .find(|o| o["name"].as_str().is_some() && o["extensions"][ACCORD_EXTENSION]["key"] == key)
            .map(|o| o["object_marking_refs"][0].clone())
            .unwrap()
    };
    assert_eq!(marked("INC-5"), tlp_marking_id(Tlp::Red));
    assert_eq!(marked("INC-4"), tlp_marking_id(Tlp::AmberStrict));
    assert_eq!(marked("R-2"), tlp_marking_id(Tlp::Green));

    // Accord's extension says it is Accord's, and the records carry it.
    let ext = of_type(&bundle, "extension-definition");
    assert_eq!(ext.len(), 1);
    assert_eq!(ext[0]["id"], ACCORD_EXTENSION);
    assert!(ext[0]["description"].as_str().unwrap().contains("not an OASIS standard"));
    assert_eq!(ext[0]["extension_types"], json!(["property-extension"]));
    let incidents = of_type(&bundle, "incident");
    assert_eq!(incidents.len(), 5);
    let inc2 = incidents.iter().find(|o| o["extensions"][ACCORD_EXTENSION]["key"] == "INC-2").unwrap();
    assert_eq!(inc2["lang"], "ar");
    assert_eq!(inc2["extensions"][ACCORD_EXTENSION]["entities"][1]["role"], "harmed");
    assert_eq!(inc2["extensions"][ACCORD_EXTENSION]["severity"], "serious_hazard");

    // Reports point at their incident; the duplicate is a relationship between two incidents.
    let reports = of_type(&bundle, "report");
    let r1 = reports.iter().find(|o| o["name"] == "Uber AV killed a pedestrian in Tempe").unwrap();
    let aiid4 = incidents.iter().find(|o| o["extensions"][ACCORD_EXTENSION]["key"] == "AIID-4").unwrap();
    assert_eq!(r1["object_refs"], json!([aiid4["id"]]));
    assert_eq!(r1["published"], "2018-03-19T00:00:00.000Z");
    assert_eq!(r1["external_references"][0]["url"], "https://example.org/report-1");
    let rel = of_type(&bundle, "relationship");
    assert_eq!(rel.len(), 1);
    assert_eq!(rel[0]["relationship_type"], "duplicate-of");
    assert_eq!(rel[0]["target_ref"], aiid4["id"]);
    assert_eq!(rel[0]["object_marking_refs"][0], tlp_marking_id(Tlp::Red), "as strict as the stricter end");

    // Owners are identities; records name their creator.
    let names: Vec<&str> = of_type(&bundle, "identity").iter().map(|o| o["name"].as_str().unwrap()).collect();
    for n in ["Accord demo node", "Northbridge Health", "Meridian Bank", "Institute", "Accord project"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let institute = of_type(&bundle, "identity").into_iter().find(|o| o["name"] == "Institute").unwrap();
    assert_eq!(
        institute["object_marking_refs"][0],
        tlp_marking_id(Tlp::AmberStrict),
        "as visible as its most visible record"
    );
}

#[test]
fn ids_are_stable_across_exports_and_distinct_across_producers() {
    let a = export_bundle(&items(), &producer(), datetime!(2026-04-01 00:00 UTC));
    let b = export_bundle(&items(), &producer(), datetime!(2026-05-01 00:00 UTC));
    let ids = |v: &Value| objects(v).iter().map(|o| o["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    assert_ne!(a["id"], b["id"], "a bundle is a new wrapper each time");
    let other = Producer { namespace: Uuid::from_u128(99), ..producer() };
    let c = export_bundle(&items(), &other, datetime!(2026-04-01 00:00 UTC));
    let incident_ids = |v: &Value| of_type(v, "incident").iter().map(|o| o["id"].clone()).collect::<Vec<_>>();
    assert!(incident_ids(&a).iter().all(|id| !incident_ids(&c).contains(id)));
}

#[test]
fn an_empty_export_is_a_valid_bundle_that_imports_to_nothing() {
    let bundle = export_bundle(&[], &producer(), datetime!(2026-04-01 00:00 UTC));
    let imported = import_bundle(&bundle.to_string(), "empty.json").unwrap();
    assert!(imported.set.incidents.is_empty() && imported.set.reports.is_empty());
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_opencti_atlas_bundle_imports_with_its_incident_and_report() {
    let dir = Path::new(DATA).join("opencti-bundles");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 8);
    for path in files {
        let text = read(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let json: Value = serde_json::from_str(&text).unwrap();
        let objs = objects(&json);
        let incident_ids: Vec<&str> =
            objs.iter().filter(|o| o["type"] == "incident").map(|o| o["id"].as_str().unwrap()).collect();
        let reports_with_incident = objs
            .iter()
            .filter(|o| o["type"] == "report")
            .filter(|o| {
                o["object_refs"].as_array().unwrap().iter().any(|r| incident_ids.contains(&r.as_str().unwrap()))
            })
            .count();

        let imported = import_bundle(&text, &name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.set.incidents.len(), incident_ids.len(), "{name}");
        assert_eq!(imported.set.reports.len(), reports_with_incident, "{name}");
        assert!(!imported.set.incidents.is_empty(), "{name}");

        // TLP:CLEAR, written with the TLP 1.0 WHITE id; the copyright statement restricts nothing.
        for m in imported.incident_markings.values().chain(imported.report_markings.values()) {
            assert_eq!(*m, marking(Tlp::Clear, Distribution::Community), "{name}");
        }
        let incident = &imported.set.incidents[0];
        assert_eq!(incident.source, Source::Stix);
        assert_eq!(imported.set.reports[0].incident, incident.key, "{name}");
        // The case-study id is the key when OpenCTI wrote it in the incident's references.
        let atlas_ref =
            objs.iter().find(|o| o["type"] == "incident").and_then(|o| o["external_references"].as_array()).and_then(
                |refs| refs.iter().find_map(|r| r["source_name"].as_str().filter(|s| s.starts_with("AML.CS"))),
            );
        match atlas_ref {
            Some(id) => assert_eq!(incident.key, id, "{name}"),
            None => assert!(incident.key.starts_with("STIX-") && incident.key.len() == 17, "{name}: {}", incident.key),
        }
        let ty = objs.iter().find(|o| o["type"] == "incident").unwrap()["incident_type"].as_str().unwrap();
        let want = if ty == "research-finding" { IncidentKind::Exercise } else { IncidentKind::Incident };
        assert_eq!(incident.kind, want, "{name}");
        assert!(
            imported.set.warnings.iter().any(|w| w.contains("attack-pattern object(s)")),
            "{name}: {:?}",
            imported.set.warnings
        );
    }
}

#[test]
fn the_atlas_matrix_bundle_imports_as_no_records_with_a_warning_per_type() {
    let text = read(&Path::new(DATA).join("stix-atlas.json"));
    let imported = import_bundle(&text, "stix-atlas.json").unwrap();
    assert!(imported.set.incidents.is_empty());
    assert!(imported.set.reports.is_empty());
    assert!(imported.set.duplicates.is_empty());
    let w = &imported.set.warnings;
    for expected in [
        "skipped 170 attack-pattern object(s)",
        "skipped 35 course-of-action object(s)",
        "skipped 16 x-mitre-tactic object(s)",
        // 246 `mitigates` entries, 166 distinct ids: some relationships are repeated.
        "skipped 166 relationship (mitigates) object(s)",
        "34 id(s) appear more than once",
        "skipped 69 relationship (subtechnique-of) object(s)",
    ] {
        assert!(w.iter().any(|x| x.starts_with(expected)), "{expected}: {w:?}");
    }
    assert_eq!(w.len(), 8, "{w:?}");
}

// ---------------------------------------------------------------------------------------------
// Hand-made bundles

const ID1: &str = "incident--11111111-1111-4111-8111-111111111111";
const ID2: &str = "incident--22222222-2222-4222-8222-222222222222";
const BUNDLE_ID: &str = "bundle--00000000-0000-4000-8000-000000000000";
const REPORT_ID: &str = "report--33333333-3333-4333-8333-333333333333";
const RELATIONSHIP_ID: &str = "relationship--33333333-3333-4333-8333-333333333333";

/// Accord's extension with these fields.
fn accord_ext(fields: Value) -> Value {
    let mut ext = fields;
    ext["extension_type"] = json!("property-extension");
    json!({ ACCORD_EXTENSION: ext })
}

fn bundle(objects: Vec<Value>) -> String {
    json!({ "type": "bundle", "id": BUNDLE_ID, "objects": objects }).to_string()
}

fn stix_incident(id: &str, name: &str, markings: &[&str]) -> Value {
    json!({
        "type": "incident", "spec_version": "2.1", "id": id, "name": name,
        "created": "2024-01-02T03:04:05.000Z", "modified": "2024-01-02T03:04:05.000Z",
        "object_marking_refs": markings,
    })
}

fn tlp_of(objects: Vec<Value>) -> (Tlp, Vec<String>) {
    let imported = import_bundle(&bundle(objects), "m.json").unwrap();
    let m = imported.incident_markings.values().next().copied().unwrap();
    (m.tlp, imported.set.warnings)
}

#[test]
fn markings_are_read_conservatively() {
    let tlp1_amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    let unknown = "marking-definition--99999999-9999-4999-8999-999999999999";
    let statement = json!({
        "type": "marking-definition", "spec_version": "2.1", "id": unknown, "created": "2017-06-01T00:00:00.000Z",
        "definition_type": "statement", "definition": { "statement": "Copyright Example" },
    });
    assert_eq!(tlp_of(vec![stix_incident(ID1, "a", &[tlp1_amber])]).0, Tlp::Amber);
    assert_eq!(tlp_of(vec![stix_incident(ID1, "a", &[tlp_marking_id(Tlp::AmberStrict)])]).0, Tlp::AmberStrict);
    // Several: the strictest.
    let both = [tlp_marking_id(Tlp::Green), tlp_marking_id(Tlp::Red)];
    assert_eq!(tlp_of(vec![stix_incident(ID1, "a", &both)]).0, Tlp::Red);
    // Unknown: RED, with a warning naming it.
    let (tlp, warnings) = tlp_of(vec![stix_incident(ID1, "a", &[unknown])]);
    assert_eq!(tlp, Tlp::Red);
    assert!(warnings.iter().any(|w| w.contains(unknown) && w.contains("TLP:RED")), "{warnings:?}");
    // A statement restricts nothing: the record is unmarked.
    let (tlp, warnings) = tlp_of(vec![statement.clone(), stix_incident(ID1, "a", &[unknown])]);
    assert_eq!(tlp, Tlp::Clear);
    assert!(warnings.iter().any(|w| w.contains("no TLP marking")), "{warnings:?}");
    // Unmarked objects take the caller's choice.
    let options = ImportOptions { unmarked: Tlp::Green, ..ImportOptions::default() };
    let imported = import_bundle_with(&bundle(vec![stix_incident(ID1, "a", &[])]), "m.json", &options).unwrap();
    assert_eq!(imported.incident_markings.values().next().unwrap().tlp, Tlp::Green);
    // A TLP definition in the bundle, legacy (`definition_type: tlp`) or TLP 2.0 extension.
    let legacy = json!({
        "type": "marking-definition", "spec_version": "2.1", "id": unknown, "created": "2017-01-20T00:00:00.000Z",
        "definition_type": "tlp", "name": "TLP:GREEN", "definition": { "tlp": "green" },
    });
    assert_eq!(tlp_of(vec![legacy, stix_incident(ID1, "a", &[unknown])]).0, Tlp::Green);
    let v2 = json!({
        "type": "marking-definition", "spec_version": "2.1", "id": unknown, "created": "2022-10-01T00:00:00.000Z",
        "name": "TLP:AMBER+STRICT",
        "extensions": { TLP2_EXTENSION: { "extension_type": "property-extension", "tlp_2_0": "amber+strict" } },
    });
    assert_eq!(tlp_of(vec![v2, stix_incident(ID1, "a", &[unknown])]).0, Tlp::AmberStrict);
    // A bundle cannot relabel a fixed id as something wider.
    let forged = json!({
        "type": "marking-definition", "spec_version": "2.1", "id": tlp_marking_id(Tlp::Red),
        "created": "2022-10-01T00:00:00.000Z", "name": "TLP:CLEAR",
        "extensions": { TLP2_EXTENSION: { "extension_type": "property-extension", "tlp_2_0": "clear" } },
    });
    let (tlp, warnings) = tlp_of(vec![forged, stix_incident(ID1, "a", &[tlp_marking_id(Tlp::Red)])]);
    assert_eq!(tlp, Tlp::Red);
    assert!(warnings.iter().any(|w| w.contains("stricter")), "{warnings:?}");
    // Granular markings apply to the whole record.
    let mut granular = stix_incident(ID1, "a", &[tlp_marking_id(Tlp::Green)]);
    granular["granular_markings"] = json!([{ "marking_ref": tlp_marking_id(Tlp::Red), "selectors": ["description"] }]);
    let (tlp, warnings) = tlp_of(vec![granular]);
    assert_eq!(tlp, Tlp::Red);
    assert!(warnings.iter().any(|w| w.contains("granular")), "{warnings:?}");
}

#[test]
fn keys_come_from_the_extension_references_or_the_stix_id() {
    let mut with_ref = stix_incident(ID1, "first", &[]);
    with_ref["external_references"] = json!([
        { "source_name": "AI Incident Database", "external_id": "23", "url": "https://incidentdatabase.ai/cite/23" },
        { "source_name": "oecd", "external_id": "2024-01-02-abcd" },
    ]);
    let mut same_ref = stix_incident(ID2, "second", &[]);
    same_ref["external_references"] = with_ref["external_references"].clone();
    let imported = import_bundle(&bundle(vec![with_ref, same_ref]), "k.json").unwrap();
    let keys: Vec<&str> = imported.set.incidents.iter().map(|i| i.key.as_str()).collect();
    // A bare number is no key; the second incident cannot take the first one's key.
    assert_eq!(keys, ["2024-01-02-abcd", "STIX-222222222222"]);
    let links = &imported.set.incidents[0].links;
    assert_eq!(links.len(), 2);
    assert_eq!(links[0].url.as_deref(), Some("https://incidentdatabase.ai/cite/23"));

    let mut explicit = stix_incident(ID1, "x", &[]);
    explicit["x_accord_key"] = json!("INC-42");
    let imported = import_bundle(&bundle(vec![explicit]), "k.json").unwrap();
    assert_eq!(imported.set.incidents[0].key, "INC-42");

    let mut bad = stix_incident(ID1, "x", &[]);
    bad["extensions"] = accord_ext(json!({ "key": "not a key" }));
    let err = import_bundle(&bundle(vec![bad]), "k.json").unwrap_err();
    assert_eq!(err.problems[0].place, "$.objects[0]");
    assert!(err.problems[0].reason.contains("key"), "{err}");
}

#[test]
fn reports_need_an_incident_and_relationships_need_their_ends() {
    let report = |refs: Vec<&str>| {
        json!({
            "type": "report", "spec_version": "2.1", "id": REPORT_ID,
            "name": "A threat report", "published": "2024-05-06T00:00:00Z",
            "created": "2024-05-06T00:00:00Z", "modified": "2024-05-06T00:00:00Z", "object_refs": refs,
        })
    };
    let orphan =
        import_bundle(&bundle(vec![report(vec!["indicator--44444444-4444-4444-8444-444444444444"])]), "r.json")
            .unwrap();
    assert!(orphan.set.reports.is_empty());
    assert!(orphan.set.warnings.iter().any(|w| w.contains("references no incident")), "{:?}", orphan.set.warnings);

    let kept = import_bundle(&bundle(vec![stix_incident(ID1, "a", &[]), report(vec![ID1])]), "r.json").unwrap();
    assert_eq!(kept.set.reports.len(), 1);
    let r = &kept.set.reports[0];
    assert_eq!(r.incident, "STIX-111111111111");
    assert_eq!(r.key, "STIX-333333333333");
    assert_eq!(r.date_published.as_deref(), Some("2024-05-06"));

    let rel = |ty: &str, src: &str, dst: &str, n: u8| {
        json!({
            "type": "relationship", "spec_version": "2.1",
            "id": format!("relationship--5555555{n}-5555-4555-8555-555555555555"),
            "created": "2024-05-06T00:00:00Z", "modified": "2024-05-06T00:00:00Z",
            "relationship_type": ty, "source_ref": src, "target_ref": dst,
        })
    };
    let dangling = import_bundle(
        &bundle(vec![stix_incident(ID1, "a", &[]), rel("duplicate-of", ID1, ID2, 1), rel("related-to", ID1, ID2, 2)]),
        "d.json",
    )
    .unwrap();
    assert!(dangling.set.duplicates.is_empty());
    assert!(dangling.set.warnings.iter().any(|w| w.contains("$.objects[1].target_ref") && w.contains(ID2)));

    let cycle = import_bundle(
        &bundle(vec![
            stix_incident(ID1, "a", &[]),
            stix_incident(ID2, "b", &[]),
            rel("duplicate-of", ID1, ID2, 1),
            rel("duplicate-of", ID2, ID1, 2),
        ]),
        "c.json",
    )
    .unwrap_err();
    assert!(cycle.to_string().contains("cycle"), "{cycle}");
}

#[test]
fn problems_say_where_and_why_and_nothing_is_imported() {
    let ok = || stix_incident(ID1, "fine", &[]);
    let ext_place = format!("$.objects[0].extensions.{ACCORD_EXTENSION}");
    let cases: Vec<(String, &str, &str)> = vec![
        ("{\"type\": \"bundle\",\n \"objects\": [}".into(), "line 2, column 14", "not JSON"),
        ("[1, 2]".into(), "$", "JSON object"),
        (json!({ "type": "bundel", "id": BUNDLE_ID }).to_string(), "$.type", "bundle"),
        (json!({ "type": "bundle", "id": "bundle-1" }).to_string(), "$.id", "bundle--<UUID>"),
        (json!({ "type": "bundle", "id": BUNDLE_ID, "objects": {} }).to_string(), "$.objects", "array"),
        (
            json!({ "type": "bundle", "spec_version": "2.0", "id": BUNDLE_ID, "objects": [] }).to_string(),
            "$.spec_version",
            "2.0",
        ),
        (bundle(vec![json!("incident")]), "$.objects[0]", "JSON object"),
        (bundle(vec![json!({ "id": ID1 })]), "$.objects[0].type", "required"),
        (bundle(vec![json!({ "type": "incident", "name": "x" })]), "$.objects[0].id", "required"),
        (
            bundle(vec![json!({ "type": "incident", "id": "incident--123", "name": "x" })]),
            "$.objects[0].id",
            "incident--<UUID>",
        ),
        (bundle(vec![json!({ "type": "report", "id": ID1 })]), "$.objects[0].id", "report--<UUID>"),
        (
            bundle(vec![ok(), ok(), ok(), ok(), {
                let mut o = stix_incident(ID2, "x", &[]);
                o["created"] = json!("2024-13-01T00:00:00Z");
                o
            }]),
            "$.objects[4].created",
            "UTC timestamp",
        ),
        (
            bundle(vec![{
                let mut o = ok();
                o["modified"] = json!("2024-01-01T00:00:00+02:00");
                o
            }]),
            "$.objects[0].modified",
            "UTC timestamp",
        ),
        (
            bundle(vec![{
                let mut o = ok();
                o["spec_version"] = json!("2.0");
                o
            }]),
            "$.objects[0].spec_version",
            "2.1",
        ),
        (
            bundle(vec![{
                let mut o = ok();
                o["object_marking_refs"] = json!(["tlp:red"]);
                o
            }]),
            "$.objects[0].object_marking_refs",
            "marking-definition",
        ),
        (bundle(vec![json!({ "type": "incident", "spec_version": "2.1", "id": ID1 })]), "$.objects[0].name", "name"),
        (
            bundle(vec![{
                let mut o = ok();
                o["extensions"] = accord_ext(json!({ "kind": "disaster" }));
                o
            }]),
            &ext_place,
            "unknown variant",
        ),
        (
            bundle(vec![{
                let mut o = ok();
                o["extensions"] = accord_ext(json!({ "countries": ["France"] }));
                o
            }]),
            "$.objects[0]",
            "countries[0]",
        ),
    ];
    for (text, place, reason) in cases {
        let err = import_bundle(&text, "bad.json").expect_err(&text);
        let p = &err.problems[0];
        assert_eq!(p.file, "bad.json");
        assert_eq!(p.place, place, "{text}\n{err}");
        assert!(p.reason.contains(reason), "{text}\n{err}");
    }
}

#[test]
fn many_problems_are_collected_up_to_a_limit() {
    let objs: Vec<Value> = (0..30).map(|i| json!({ "type": "incident", "id": format!("incident--{i}") })).collect();
    let err = import_bundle(&bundle(objs), "many.json").unwrap_err();
    assert_eq!(err.problems.len(), 21);
    assert_eq!(err.problems[0].place, "$.objects[0].id");
    assert_eq!(err.problems[19].place, "$.objects[19].id");
    assert_eq!(err.problems[20].reason, "10 more problems not shown");
}

#[test]
fn the_latest_version_of_an_object_wins_and_revoked_objects_are_skipped() {
    let mut old = stix_incident(ID1, "old name", &[]);
    old["modified"] = json!("2024-01-01T00:00:00.000Z");
    let mut new = stix_incident(ID1, "new name", &[]);
    new["modified"] = json!("2024-06-01T00:00:00.000Z");
    let imported = import_bundle(&bundle(vec![new.clone(), old]), "v.json").unwrap();
    assert_eq!(imported.set.incidents.len(), 1);
    assert_eq!(imported.set.incidents[0].title, "new name");
    assert!(imported.set.warnings.iter().any(|w| w.contains("1 id(s) appear more than once") && w.contains("×2")));

    let mut revoked = stix_incident(ID2, "withdrawn", &[]);
    revoked["revoked"] = json!(true);
    let imported = import_bundle(&bundle(vec![revoked]), "v.json").unwrap();
    assert!(imported.set.incidents.is_empty());
    assert!(imported.set.warnings.iter().any(|w| w.contains("revoked")));
}

#[test]
fn nothing_panics_on_odd_but_valid_json() {
    let odd = [
        "null",
        "\"bundle\"",
        "{}",
        &json!({ "type": "bundle", "id": BUNDLE_ID, "objects": [null, [], { "type": 5 }] }).to_string(),
        &bundle(vec![json!({
            "type": "incident", "spec_version": "2.1", "id": ID1, "name": "x",
            "external_references": "no", "object_refs": 3, "extensions": 1,
        })]),
        &bundle(vec![
            json!({ "type": "report", "spec_version": "2.1", "id": REPORT_ID, "name": "x", "object_refs": [1, null] }),
        ]),
        &bundle(vec![json!({ "type": "relationship", "spec_version": "2.1", "id": RELATIONSHIP_ID })]),
        &"[".repeat(10_000),
    ];
    for text in odd {
        let _ = import_bundle(text, "odd.json");
    }
}
