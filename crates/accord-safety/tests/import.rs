#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The importers against the real snapshots in data/incidents (copies of the shared data), with counts taken
//! from the files independently of the importers, hand-checked records, bad inputs, and the
//! built-in taxonomies.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use accord_safety::duplicates;
use accord_safety::import::{Files, ImportError, ImportSet, MAX_PROBLEMS, aiid, atlas, avid};
use accord_safety::model::{EntityRole, Incident, IncidentKind};
use accord_safety::taxonomy::Taxonomy;

fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/incidents").join(dir)
}

/// Reads the files of `dir` the importer wants, by relative path, as the caller would.
fn files(dir: &str, wanted: fn(&str) -> bool) -> Files {
    fn walk(root: &Path, dir: &Path, wanted: fn(&str) -> bool, out: &mut Files) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, wanted, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                if wanted(&rel) {
                    out.insert(rel, std::fs::read_to_string(&path).unwrap());
                }
            }
        }
    }
    let root = data(dir);
    let mut out = Files::new();
    walk(&root, &root, wanted, &mut out);
    out
}

fn aiid_set() -> &'static ImportSet {
    static SET: OnceLock<ImportSet> = OnceLock::new();
    SET.get_or_init(|| aiid::import(&files("aiid", aiid::wanted)).unwrap())
}

fn avid_set() -> &'static ImportSet {
    static SET: OnceLock<ImportSet> = OnceLock::new();
    SET.get_or_init(|| avid::import(&files("avid", avid::wanted)).unwrap())
}

fn atlas_set() -> &'static ImportSet {
    static SET: OnceLock<ImportSet> = OnceLock::new();
    SET.get_or_init(|| atlas::import(&files("atlas", atlas::wanted)).unwrap())
}

fn incident<'a>(set: &'a ImportSet, key: &str) -> &'a Incident {
    set.incidents.iter().find(|i| i.key == key).unwrap_or_else(|| panic!("{key} not imported"))
}

/// CSV records of a file, counted with the csv reader alone.
fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path).unwrap().records().map(Result::unwrap).collect()
}

// ---------------------------------------------------------------- AIID

#[test]
fn aiid_counts_match_the_files() {
    let set = aiid_set();
    let dir = data("aiid");
    let ids: BTreeSet<String> = csv_rows(&dir.join("incidents.csv")).iter().map(|r| r[1].to_owned()).collect();
    assert_eq!(ids.len(), 1_095);
    assert_eq!(set.incidents.len(), ids.len());
    assert!(set.reports.is_empty(), "reports.csv is not in the snapshot: no report texts are made up");

    for (ns, expected) in [
        ("MIT", 995),
        ("GMF", 261),
        ("CSETv1", 170),
        ("CSETv0", 81),
        ("CSETv1_Annotator-1", 239),
        ("CSETv1_Annotator-2", 86),
        ("CSETv1_Annotator-3", 63),
    ] {
        let rows = csv_rows(&dir.join(format!("classifications_{ns}.csv")));
        assert_eq!(rows.len(), expected, "{ns} rows");
        let absent = rows.iter().filter(|r| !ids.contains(&r[1])).count();
        let imported: usize =
            set.incidents.iter().map(|i| i.classifications.iter().filter(|c| c.namespace == ns).count()).sum();
        assert_eq!(imported, expected - absent, "{ns} classifications");
    }

    assert_eq!(csv_rows(&dir.join("duplicates.csv")).len(), 10);
    assert_eq!(set.duplicates.len(), 10);

    let mut pairs = BTreeSet::new();
    for f in ["oecd_relationships.json", "oecd_relationships_2025_09_09.json"] {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("links").join(f)).unwrap()).unwrap();
        for l in v.as_array().unwrap() {
            if ids.contains(&l["incident_id"].to_string()) {
                pairs.insert((l["incident_id"].to_string(), l["sameAs"].as_str().unwrap().to_owned()));
            }
        }
    }
    let links: usize = set.incidents.iter().map(|i| i.links.iter().filter(|l| l.namespace == "OECD AIM").count()).sum();
    assert_eq!(links, pairs.len());
    assert_eq!(links, 573, "the 2025 table is a superset of the older one");

    let report_numbers: usize =
        set.incidents.iter().map(|i| i.links.iter().filter(|l| l.namespace == "aiid-report").count()).sum();
    assert_eq!(report_numbers, 4_564);
    let namespaces: BTreeSet<&str> = set.taxonomies.iter().map(|t| t.namespace.as_str()).collect();
    assert!(["MIT", "GMF", "CSETv1", "CSETv0", "CSETv1_Annotator-1"].iter().all(|n| namespaces.contains(n)));
}

#[test]
fn aiid_uber_incident_is_read_as_published() {
    let i = incident(aiid_set(), "AIID-4");
    assert_eq!(i.title, "Uber AV Killed Pedestrian in Arizona");
    assert_eq!(i.date.as_deref(), Some("2018-03-18"));
    let with = |role| i.entities.iter().filter(|e| e.role == role).map(|e| e.id.as_str()).collect::<Vec<_>>();
    assert_eq!(with(EntityRole::Deployer), ["uber"]);
    assert_eq!(with(EntityRole::Developer), ["uber"]);
    assert_eq!(with(EntityRole::Harmed), ["elaine-herzberg", "pedestrians"]);
    assert!(i.entities.iter().any(|e| e.id == "elaine-herzberg" && e.name == "Elaine Herzberg"));
    // From the published CSETv1 row: "AI tangible harm event", US, transportation and storage.
    assert_eq!(i.kind, IncidentKind::Incident);
    assert_eq!(i.countries, ["US"]);
    assert_eq!(i.sectors, ["transportation and storage"]);
    assert_eq!(i.severity, None);
    let r629 = i.links.iter().find(|l| l.namespace == "aiid-report" && l.id == "629").unwrap();
    assert_eq!(r629.url.as_deref(), Some("https://incidentdatabase.ai/cite/4/#r629"));
    assert_eq!(i.classified("MIT", "Risk Domain"), ["7. AI system safety, failures, and limitations"]);
}

#[test]
fn aiid_csetv1_maps_harm_levels_to_kinds() {
    let set = aiid_set();
    let kinds = |k| set.incidents.iter().filter(|i| i.kind == k).count();
    // Published CSETv1 rows by AI Harm Level (counted in the CSV by hand): 34 event, 8 near-miss,
    // 6 issue; every other incident keeps AIID's kind.
    assert_eq!(kinds(IncidentKind::NearMiss), 8);
    assert_eq!(kinds(IncidentKind::Hazard), 6);
    assert_eq!(kinds(IncidentKind::Incident), 1_095 - 14);
    // Incident 1's sector cell holds two values, one with a comma inside.
    assert_eq!(
        incident(set, "AIID-1").sectors,
        ["Arts, entertainment and recreation", "information and communication"]
    );
    // The repeated CSETv1 headers are kept apart by position.
    let c = incident(set, "AIID-4").classifications.iter().find(|c| c.namespace == "CSETv1").unwrap();
    assert!(!c.values("AI System").is_empty() && !c.values("AI System (2)").is_empty());
}

#[test]
fn aiid_duplicate_chain_resolves() {
    let set = aiid_set();
    // duplicates.csv: 342 → 88 and 88 → 1057; 88 is also still an incident row.
    assert_eq!(set.duplicates["AIID-342"], "AIID-88");
    assert_eq!(set.duplicates["AIID-88"], "AIID-1057");
    let resolved = duplicates::resolve(&set.duplicates).unwrap();
    assert_eq!(resolved["AIID-342"], "AIID-1057");
    assert_eq!(resolved["AIID-88"], "AIID-1057");
    assert_eq!(resolved["AIID-237"], "AIID-120");
    assert!(set.incidents.iter().any(|i| i.key == "AIID-88"));
}

#[test]
fn aiid_records_are_valid_and_warnings_say_where() {
    let set = aiid_set();
    for i in &set.incidents {
        assert_eq!(&i.clone().validate().unwrap(), i);
    }
    // 203 distinct entity slugs are not keys as published (apostrophes, brackets, > 64 characters).
    assert!(
        set.warnings.iter().any(|w| w.starts_with("incidents.csv: 203 entity slugs are not keys")),
        "{:?}",
        set.warnings
    );
    let carlin = set.incidents.iter().flat_map(|i| &i.entities).find(|e| e.id == "george-carlin-s-estate").unwrap();
    assert_eq!(carlin.name, "George Carlin's Estate");
}

fn aiid_files(incidents: &str) -> Files {
    Files::from([("incidents.csv".to_owned(), incidents.to_owned())])
}

const HEADER: &str = "_id,incident_id,date,reports,Alleged deployer of AI system,Alleged developer of AI system,\
Alleged harmed or nearly harmed parties,description,title\n";

fn good_row(id: &str) -> String {
    format!("x,{id},2020-01-02,\"[1,2]\",\"[\"\"acme\"\"]\",[],[],A description.,A title\n")
}

fn problems(e: &ImportError) -> Vec<String> {
    e.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn aiid_bad_input_is_refused_with_file_and_place() {
    let missing = "_id,date,reports,title\nx,2020-01-01,[],t\n";
    let e = aiid::import(&aiid_files(missing)).unwrap_err();
    assert!(problems(&e).iter().any(|p| p == "incidents.csv: line 1: missing column `incident_id`"), "{e}");
    assert!(problems(&e).iter().any(|p| p.contains("missing column `description`")));

    let text = format!("{HEADER}{}x,abc,2020-01-01,[],[],[],[],d,t\n", good_row("1"));
    let e = aiid::import(&aiid_files(&text)).unwrap_err();
    assert_eq!(problems(&e), ["incidents.csv: line 3: `incident_id` is not a number: `abc`"]);

    let text = format!("{HEADER}x,2,2020-01-01,\"[1,\",[],[],[],d,t\n");
    let e = aiid::import(&aiid_files(&text)).unwrap_err();
    assert!(problems(&e)[0].starts_with("incidents.csv: line 2: `reports` holds invalid JSON"), "{e}");

    let text = format!("{HEADER}{}x,3,2020\n", good_row("1"));
    let e = aiid::import(&aiid_files(&text)).unwrap_err();
    assert_eq!(problems(&e), ["incidents.csv: line 3: has 3 fields, the header has 9"]);

    let text = format!("{HEADER}x,5,2020-02-30,[],[],[],[],d,t\nx,6,2020-01-01,[],[],[],[],d,\" \"\n");
    let e = aiid::import(&aiid_files(&text)).unwrap_err();
    assert_eq!(
        problems(&e),
        [
            "incidents.csv: line 2 (incident_id 5): date must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
            "incidents.csv: line 3 (incident_id 6): title is required",
        ]
    );

    let mut files = aiid_files(&format!("{HEADER}{}", good_row("1")));
    files.insert("duplicates.csv".into(), "duplicate_incident_number,true_incident_number\n7,x\n".into());
    files.insert("classifications_MIT.csv".into(), "Namespace,Incident ID,Published\nMIT,1,maybe\n".into());
    files.insert("links/oecd_relationships.json".into(), "[{\"incident_id\": 1, \"sameAs\": 5}]".into());
    let e = aiid::import(&files).unwrap_err();
    assert_eq!(
        problems(&e),
        [
            "duplicates.csv: line 2: `true_incident_number` is not a number: `x`",
            "classifications_MIT.csv: line 2: `Published` must be True or False, not `maybe`",
            "links/oecd_relationships.json: $[0].sameAs: expected the OECD AIM URL",
        ]
    );

    let e = aiid::import(&Files::new()).unwrap_err();
    assert_eq!(problems(&e), ["incidents.csv: file: missing: the snapshot's incidents are required"]);
}

#[test]
fn aiid_rows_for_absent_incidents_are_skipped_and_counted() {
    let mut files = aiid_files(&format!("{HEADER}{}", good_row("1")));
    files.insert(
        "classifications_MIT.csv".into(),
        "Namespace,Incident ID,Published,Risk Domain\nMIT,1,True,3. Misinformation\nMIT,99,True,3. Misinformation\n"
            .into(),
    );
    files.insert("duplicates.csv".into(), "duplicate_incident_number,true_incident_number\n2,1\n3,2\n".into());
    let set = aiid::import(&files).unwrap();
    assert_eq!(set.incidents[0].classified("MIT", "Risk Domain"), ["3. Misinformation"]);
    assert!(
        set.warnings.iter().any(
            |w| w == "classifications_MIT.csv: 1 rows skipped for incidents not in incidents.csv (incident ids 99)"
        )
    );
    assert_eq!(duplicates::resolve(&set.duplicates).unwrap()["AIID-3"], "AIID-1");

    files.insert("duplicates.csv".into(), "duplicate_incident_number,true_incident_number\n2,3\n3,2\n".into());
    let e = aiid::import(&files).unwrap_err();
    assert!(problems(&e)[0].starts_with("duplicates.csv: file: duplicate mappings form a cycle"), "{e}");
}

#[test]
fn many_problems_are_capped() {
    let mut text = HEADER.to_owned();
    for i in 0..30 {
        text.push_str(&format!("x,n{i},2020-01-01,[],[],[],[],d,t\n"));
    }
    let e = aiid::import(&aiid_files(&text)).unwrap_err();
    assert_eq!(e.problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(e.problems[MAX_PROBLEMS].reason, "10 more problems not listed");
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn arbitrary_files_never_panic(body in "[\\PC\\n,\"\\[\\]]{0,300}") {
            let _ = aiid::import(&aiid_files(&format!("{HEADER}{body}")));
            let _ = avid::import(&Files::from([("reports/2023/AVID-2023-R0001.json".to_owned(), body.clone())]));
            let _ = atlas::import(&Files::from([("dist/ATLAS.yaml".to_owned(), body)]));
        }
    }
}

// ---------------------------------------------------------------- AVID

fn json_files(dir: &str) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for year in std::fs::read_dir(data("avid").join(dir)).unwrap() {
        for f in std::fs::read_dir(year.unwrap().path()).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|e| e == "json") {
                out.push(serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap());
            }
        }
    }
    out
}

#[test]
fn avid_counts_match_the_files() {
    let set = avid_set();
    let reports = json_files("reports");
    let vulns = json_files("vulnerabilities");
    assert_eq!((reports.len(), vulns.len()), (1_397, 34));
    assert_eq!(set.reports.len(), reports.len());
    let vuln_keys: BTreeSet<&str> = vulns.iter().map(|v| v["metadata"]["vuln_id"].as_str().unwrap()).collect();
    let imported_vulns: BTreeSet<&str> =
        set.incidents.iter().filter(|i| i.key.contains("-V")).map(|i| i.key.as_str()).collect();
    assert_eq!(imported_vulns, vuln_keys);
    assert!(set.incidents.iter().all(|i| i.kind == IncidentKind::Vulnerability));
    // Every report has an incident: a vulnerability, or its own.
    let keys: BTreeSet<&str> = set.incidents.iter().map(|i| i.key.as_str()).collect();
    assert!(set.reports.iter().all(|r| keys.contains(r.incident.as_str())));
    let joined = set.reports.iter().filter(|r| r.incident != r.key).count();
    assert_eq!(set.incidents.len(), vulns.len() + reports.len() - joined);
    for i in &set.incidents {
        assert_eq!(&i.clone().validate().unwrap(), i);
    }
    for r in &set.reports {
        assert_eq!(&r.clone().validate().unwrap(), r);
    }
    // Six reports name an existing vulnerability in impact.avid.vuln_id; one more (R0002) is
    // only listed by a vulnerability's `reports`.
    assert_eq!(joined, 7);
}

#[test]
fn avid_records_read_as_published() {
    let set = avid_set();
    let r = set.reports.iter().find(|r| r.key == "AVID-2026-R0001").unwrap();
    assert_eq!(r.title, "Vulnerability CVE-2024-0132");
    assert_eq!(r.lang, "en");
    assert_eq!(r.incident, "AVID-2026-R0001");
    assert_eq!(r.url.as_deref(), Some("https://www.cve.org/CVERecord?id=CVE-2024-0132"));
    assert_eq!(r.date_published.as_deref(), Some("2024-09-26"));
    let i = incident(set, "AVID-2026-R0001");
    assert_eq!(i.classified("AVID", "sep_view"), ["S0100: Software Vulnerability"]);
    assert_eq!(i.classified("AVID", "lifecycle_view"), ["L06: Deployment"]);
    assert_eq!(i.classified("AVID", "classof"), ["CVE Entry"]);
    assert_eq!(i.classified("CWE", "id"), ["CWE-367"]);
    assert_eq!(i.classified("CVSS", "baseScore"), ["9.0"]);
    assert!(i.entities.iter().any(|e| e.id == "nvidia" && e.role == EntityRole::Developer));
    assert!(i.entities.iter().any(|e| e.name == "Container Toolkit" && e.role == EntityRole::ImplicatedSystem));

    // The first AVID report points at a vulnerability by impact.avid.vuln_id.
    let r = set.reports.iter().find(|r| r.key == "AVID-2023-R0001").unwrap();
    assert_eq!(r.incident, "AVID-2023-V001");
    assert_eq!(r.authors, ["Allen Roush, Oracle Corporation"]);
    let v = incident(set, "AVID-2023-V001");
    assert_eq!(v.classified("AVID", "sep_view"), ["S0403: Adversarial Example"]);
    assert_eq!(v.classified("AVID", "lifecycle_view"), ["L02: Data Understanding", "L06: Deployment"]);
    assert!(v.links.iter().any(|l| l.namespace == "ATLAS" && l.id == "AML.CS0000"));
    // A model artifact named like a registry key.
    assert!(set.incidents.iter().any(|i| i.models.iter().any(|m| m.contains('/'))));
    // Quirky references are dropped with a warning naming the file and path.
    assert!(set.warnings.iter().any(|w| w.starts_with("reports/2023/AVID-2023-R0002.json: $.references[")));
}

#[test]
fn avid_values_are_permitted_by_the_taxonomy() {
    let avid = Taxonomy::builtin_named("AVID").unwrap();
    let mut unknown = BTreeSet::new();
    for doc in json_files("reports").iter().chain(&json_files("vulnerabilities")) {
        let a = &doc["impact"]["avid"];
        for name in ["risk_domain", "sep_view", "lifecycle_view"] {
            for v in a[name].as_array().into_iter().flatten() {
                let v = v.as_str().unwrap();
                let field = avid.field(name).unwrap();
                // SEP values are matched by code (documented in avid.toml).
                let code = v.split(':').next().unwrap();
                let ok = field.permits(v)
                    || (name == "sep_view" && field.permitted_values.iter().any(|p| p.value.starts_with(code)));
                if !ok {
                    unknown.insert(format!("{name}: {v}"));
                }
            }
        }
        for name in ["classof", "type"] {
            if let Some(v) = doc["problemtype"][name].as_str().filter(|v| !v.is_empty())
                && !avid.field(name).unwrap().permits(v)
            {
                unknown.insert(format!("{name}: {v}"));
            }
        }
    }
    assert!(unknown.is_empty(), "values in the AVID files the taxonomy does not permit: {unknown:?}");
    // And after import every AVID classification is within the taxonomy, spelled as it is.
    for i in &avid_set().incidents {
        for c in i.classifications.iter().filter(|c| c.namespace == "AVID") {
            assert!(avid.unpermitted(c).is_empty(), "{}: {:?}", i.key, avid.unpermitted(c));
        }
    }
}

#[test]
fn avid_bad_input_names_file_and_json_path() {
    let one =
        |json: &str| avid::import(&Files::from([("reports/2023/AVID-2023-R0009.json".to_owned(), json.to_owned())]));
    let e = one("{\"metadata\": ").unwrap_err();
    assert!(problems(&e)[0].starts_with("reports/2023/AVID-2023-R0009.json: line 1, column 13: invalid JSON"), "{e}");

    let e = one(r#"{"metadata": {}, "problemtype": {"description": {"value": 7}}}"#).unwrap_err();
    assert_eq!(
        problems(&e),
        [
            "reports/2023/AVID-2023-R0009.json: $.metadata.report_id: missing",
            "reports/2023/AVID-2023-R0009.json: $.problemtype.description.value: expected text",
        ]
    );

    let e = one(r#"{"metadata": {"report_id": "AVID-2023-R0009"}, "problemtype": {"description": {"value": "t"}},
            "affects": {"artifacts": {"name": "x"}}, "impact": {"avid": {"sep_view": [1]}}}"#)
    .unwrap_err();
    assert_eq!(
        problems(&e),
        [
            "reports/2023/AVID-2023-R0009.json: $.affects.artifacts: expected an array",
            "reports/2023/AVID-2023-R0009.json: $.impact.avid.sep_view[0]: expected text",
        ]
    );

    let e = one(r#"{"metadata": {"report_id": "AVID-2023-R0009"}, "problemtype": {"description": {"value": " "}}}"#)
        .unwrap_err();
    assert_eq!(problems(&e), ["reports/2023/AVID-2023-R0009.json: record (as incident): title is required"]);

    assert!(avid::import(&Files::new()).is_err());
}

// ---------------------------------------------------------------- ATLAS

#[test]
fn atlas_counts_match_the_file() {
    let set = atlas_set();
    let text = std::fs::read_to_string(data("atlas").join("dist/ATLAS.yaml")).unwrap();
    let count = |s: &str| text.lines().filter(|l| l.trim_start_matches(['-', ' ']) == s).count();
    assert_eq!(count("object-type: case-study"), 57);
    assert_eq!(set.incidents.len(), 57);
    let kind = |k| set.incidents.iter().filter(|i| i.kind == k).count();
    assert_eq!((kind(IncidentKind::Incident), kind(IncidentKind::Exercise)), (17, 40));
    assert_eq!(count("case-study-type: incident"), 17);

    let t = &set.taxonomies[0];
    assert_eq!(t.namespace, "ATLAS");
    for (field, object, n) in
        [("tactic", "tactic", 16), ("technique", "technique", 170), ("mitigation", "mitigation", 35)]
    {
        assert_eq!(count(&format!("object-type: {object}")), n);
        assert_eq!(t.field(field).unwrap().permitted_values.len(), n, "{field}");
    }
    let subs =
        t.field("technique").unwrap().permitted_values.iter().filter(|p| p.value.matches('.').count() == 2).count();
    assert_eq!(subs, 69);
    for i in &set.incidents {
        assert_eq!(&i.clone().validate().unwrap(), i);
    }
    // Every tactic and technique a procedure uses is in the matrix.
    assert!(!set.warnings.iter().any(|w| w.contains("not in the matrix")), "{:?}", set.warnings);
    for i in &set.incidents {
        assert!(t.unpermitted(&i.classifications[0]).is_empty(), "{}", i.key);
    }
}

#[test]
fn atlas_first_case_study_is_read_as_published() {
    let i = incident(atlas_set(), "AML.CS0000");
    assert_eq!(i.title, "Evasion of Deep Learning Detector for Malware C&C Traffic");
    assert_eq!(i.kind, IncidentKind::Exercise);
    assert_eq!(i.date.as_deref(), Some("2020"), "incident-date 2020-01-01 with granularity YEAR");
    assert_eq!(
        i.classified("ATLAS", "technique"),
        ["AML.T0000.001", "AML.T0002.000", "AML.T0005", "AML.T0043.003", "AML.T0042", "AML.T0015"]
    );
    assert_eq!(i.classified("ATLAS", "tactic"), ["AML.TA0002", "AML.TA0003", "AML.TA0001", "AML.TA0007"]);
    assert_eq!(i.classified("ATLAS", "actor"), ["Palo Alto Networks AI Research Team"]);
    assert_eq!(i.entities[0].name, "Palo Alto Networks malware detection system");
    assert_eq!(i.entities[0].role, EntityRole::ImplicatedSystem);
    assert_eq!(i.references[0].url, "https://arxiv.org/abs/1802.03162");
    let dates: BTreeMap<usize, usize> = atlas_set().incidents.iter().fold(BTreeMap::new(), |mut m, i| {
        *m.entry(i.date.as_deref().map_or(0, str::len)).or_default() += 1;
        m
    });
    assert_eq!(dates, BTreeMap::from([(4, 9), (7, 14), (10, 34)]));
}

#[test]
fn atlas_bad_input_names_file_and_place() {
    let one = |yaml: &str| atlas::import(&Files::from([("dist/ATLAS.yaml".to_owned(), yaml.to_owned())]));
    let e = one("id: ATLAS\nmatrices:\n  - tactics: [\n").unwrap_err();
    assert_eq!(e.problems.len(), 1);
    assert_eq!(e.problems[0].file, "dist/ATLAS.yaml");
    assert!(e.problems[0].place.starts_with("line "), "{e}");

    let e = one("matrices: 3\n").unwrap_err();
    assert_eq!(e.problems[0].place, "line 1", "{e}");

    let yaml = "matrices:\n- tactics: []\ncase-studies:\n- id: AML.CS9999\n  name: N\n  case-study-type: drill\n\
                - id: AML.CS9998\n  name: M\n  case-study-type: incident\n  incident-date: 2020-01-01\n  \
                incident-date-granularity: WEEK\n";
    let e = one(yaml).unwrap_err();
    assert_eq!(
        problems(&e),
        [
            "dist/ATLAS.yaml: $.case-studies[0] (AML.CS9999): case-study-type `drill` is neither incident nor exercise",
            "dist/ATLAS.yaml: $.case-studies[1] (AML.CS9998): incident-date-granularity `WEEK` is not YEAR, MONTH or DATE",
        ]
    );
    assert!(atlas::import(&Files::new()).is_err());
}

// ---------------------------------------------------------------- taxonomies

#[test]
fn every_builtin_taxonomy_loads_and_validates() {
    let all = Taxonomy::builtin_checked().unwrap();
    let names: Vec<&str> = all.iter().map(|t| t.namespace.as_str()).collect();
    assert_eq!(names, ["MIT", "AVID", "OECD", "GMF", "CSETv1", "CSETv0"]);
    assert_eq!(Taxonomy::builtin().len(), all.len());
    for t in &all {
        assert!(!t.source.is_empty() && !t.licence.is_empty(), "{}", t.namespace);
        assert!(["verified", "primary", "secondary"].contains(&t.confidence.as_str()));
    }
    let oecd = Taxonomy::builtin_named("OECD").unwrap();
    assert_eq!(oecd.fields.len(), 29);
    assert_eq!(oecd.confidence, "secondary");
    let severity: Vec<&str> =
        oecd.field("Severity").unwrap().permitted_values.iter().map(|p| p.value.as_str()).collect();
    let ours: Vec<&str> = accord_safety::Severity::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(severity, ours);
    let mit = Taxonomy::builtin_named("MIT").unwrap();
    assert_eq!(mit.field("Risk Domain").unwrap().permitted_values.len(), 7);
    assert_eq!(mit.field("Risk Subdomain").unwrap().permitted_values.len(), 24);

    // The CSV headers are the field names, in order.
    for (ns, file) in [("CSETv1", "classifications_CSETv1.csv"), ("GMF", "classifications_GMF.csv")] {
        let t = Taxonomy::builtin_named(ns).unwrap();
        let mut reader = csv::Reader::from_path(data("aiid").join(file)).unwrap();
        let headers: Vec<String> = reader.headers().unwrap().iter().skip(3).map(str::to_owned).collect();
        let fields: Vec<&str> = t.fields.iter().map(|f| f.short_name.trim_end_matches(" (2)")).collect();
        assert_eq!(fields, headers, "{ns}");
    }
}

#[test]
fn taxonomy_validation_names_the_field() {
    let bad = "namespace = \"X\"\ntitle = \"t\"\ndescription = \"\"\nsource = \"s\"\nlicence = \"l\"\nconfidence = \"sure\"\n\
               [[fields]]\nshort_name = \"a\"\n";
    let e = Taxonomy::from_toml("x.toml", bad).unwrap_err();
    assert!(e.to_string().starts_with("x.toml: confidence must be one of"), "{e}");
    let dup = bad.replace("sure", "primary") + "[[fields]]\nshort_name = \"A\"\n";
    assert_eq!(
        Taxonomy::from_toml("x.toml", &dup).unwrap_err().to_string(),
        "x.toml: fields[1].short_name is already in use"
    );
    assert!(
        Taxonomy::from_toml("x.toml", "namespace = 3").unwrap_err().to_string().starts_with("x.toml: not a taxonomy")
    );
}

#[test]
fn every_mit_value_in_the_csv_is_permitted() {
    let mit = Taxonomy::builtin_named("MIT").unwrap();
    let mut reader = csv::Reader::from_path(data("aiid").join("classifications_MIT.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let mut unknown = BTreeSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        for (name, value) in headers.iter().zip(row.iter()).skip(3) {
            if !value.is_empty() && !mit.field(name).unwrap().permits(value) {
                unknown.insert(format!("{name}: {value}"));
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn imported_aiid_classifications_fit_their_taxonomies() {
    let set = aiid_set();
    let mut unknown: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for i in &set.incidents {
        for c in &i.classifications {
            let t = set.taxonomies.iter().find(|t| t.namespace == c.namespace).unwrap();
            for (a, v) in t.unpermitted(c) {
                unknown.entry(c.namespace.as_str()).or_default().insert(format!("{a}: {v}"));
            }
        }
    }
    assert!(!unknown.contains_key("MIT") && !unknown.contains_key("GMF"), "{unknown:?}");
    // CSETv1: only the "--" placeholder (documented in csetv1.toml) falls outside.
    for ns in ["CSETv1", "CSETv1_Annotator-1", "CSETv1_Annotator-2", "CSETv1_Annotator-3"] {
        assert!(unknown.get(ns).into_iter().flatten().all(|v| v.ends_with(": --")), "{ns}: {:?}", unknown.get(ns));
    }
    // CSETv0: only free additions written "Other:…" or outside the old vocabulary.
    let v0: Vec<&String> = unknown.get("CSETv0").into_iter().flatten().collect();
    assert!(v0.len() <= 20, "{v0:?}");
}
