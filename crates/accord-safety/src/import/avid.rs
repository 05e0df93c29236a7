//! The AI Vulnerability Database's repository layout (avid-db, reference §2):
//! `vulnerabilities/<year>/AVID-<year>-V<nnn>.json` and `reports/<year>/AVID-<year>-R<nnnn>.json`.
//!
//! - Each vulnerability becomes an [`Incident`] of kind vulnerability, keyed by its id.
//! - Each report becomes a [`Report`] keyed by its id: title from `problemtype.description`,
//!   text from `description`, url the first usable reference, date `reported_date`, authors
//!   from `credit`. Its incident is the vulnerability named by `impact.avid.vuln_id` when that
//!   vulnerability is in the files, else one whose `reports` list names it; otherwise the
//!   report also gets an incident of its own, with the same key, carrying its classifications,
//!   entities, models and references (a report's own classifications are not copied onto a
//!   vulnerability it joins).
//! - Classifications: `AVID` (risk_domain, sep_view, lifecycle_view, classof, type), `CWE`
//!   (`id`), `CVSS` (each field of the block), `ATLAS` (tactic, technique) and `0DIN`
//!   (SocialImpactScore, Category, Strategy, Technique) when the blocks are present. SEP values
//!   are matched to the taxonomy by their code, as avid-db spells a few labels differently.
//! - `affects.developer` / `deployer` become entities; an artifact whose name looks like a
//!   registry key (`org/name`) becomes a model, any other an entity with role implicated_system.
//!
//! Known quirks repaired with a warning: references whose `url` is not an http(s) URL (a
//! relative image path, a `file://` path, a bare Hugging Face id) are left out.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Files, ImportError, ImportSet, Problems, is_url, lang_code, slug};
use crate::model::{
    Attribute, Classification, EntityRef, EntityRole, ExternalLink, Incident, IncidentKind, Reference, Report, Source,
};
use crate::taxonomy::Taxonomy;

/// The files of an avid-db checkout this importer reads (not the unpublished `reports/review/`).
pub fn wanted(path: &str) -> bool {
    let Some(name) = path.rsplit('/').next() else { return false };
    let published =
        path.starts_with("vulnerabilities/") || (path.starts_with("reports/") && !path.starts_with("reports/review/"));
    published && name.starts_with("AVID-") && name.ends_with(".json")
}

/// A JSON value that may be absent; callers pass the path that reached it, so every problem
/// names its place.
#[derive(Clone, Copy)]
struct At<'a> {
    value: Option<&'a Value>,
}

/// The problems found in one file, as `(JSON path, reason)`.
#[derive(Default)]
struct Found(Vec<(String, String)>);

impl<'a> At<'a> {
    fn get(self, key: &str) -> At<'a> {
        At { value: self.value.and_then(|v| v.get(key)) }
    }

    fn present(self) -> Option<&'a Value> {
        self.value.filter(|v| !v.is_null())
    }

    /// Text, or `None` when absent or null; another type is a problem.
    fn text(self, path: &str, found: &mut Found) -> Option<&'a str> {
        match self.present()? {
            Value::String(s) => Some(s),
            _ => {
                found.0.push((path.to_owned(), "expected text".into()));
                None
            }
        }
    }

    fn required_text(self, path: &str, found: &mut Found) -> Option<&'a str> {
        let t = self.text(path, found);
        if self.present().is_none() {
            found.0.push((path.to_owned(), "missing".into()));
        }
        t
    }

    /// The items of an array; absent or null is empty, another type is a problem.
    fn items(self, path: &str, found: &mut Found) -> Vec<(String, At<'a>)> {
        match self.present() {
            None => vec![],
            Some(Value::Array(items)) => {
                items.iter().enumerate().map(|(i, v)| (format!("{path}[{i}]"), At { value: Some(v) })).collect()
            }
            Some(_) => {
                found.0.push((path.to_owned(), "expected an array".into()));
                vec![]
            }
        }
    }

    /// Texts of an array of strings.
    fn texts(self, path: &str, found: &mut Found) -> Vec<&'a str> {
        self.items(path, found).into_iter().filter_map(|(p, v)| v.text(&p, found)).collect()
    }
}

/// A scalar as text (CVSS scores are numbers).
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// What one file says, before records are assembled.
struct Parsed {
    file: String,
    key: String,
    title: String,
    text: String,
    lang: String,
    date: Option<String>,
    references: Vec<Reference>,
    links: Vec<ExternalLink>,
    entities: Vec<EntityRef>,
    models: Vec<String>,
    classifications: Vec<Classification>,
    authors: Vec<String>,
    /// Reports: `impact.avid.vuln_id`. Vulnerabilities: none.
    vuln_id: Option<String>,
    /// Vulnerabilities: the report ids of `reports[]`.
    reports: Vec<String>,
}

struct Context<'t> {
    avid: Option<&'t Taxonomy>,
    sep_repairs: BTreeMap<String, String>,
    warnings: Vec<String>,
}

/// Imports avid-db files (paths as [`wanted`] selects them).
pub fn import(files: &Files) -> Result<ImportSet, ImportError> {
    let mut problems = Problems::default();
    let taxonomies: Vec<Taxonomy> = Taxonomy::builtin().into_iter().filter(|t| t.namespace == "AVID").collect();
    let mut cx = Context { avid: taxonomies.first(), sep_repairs: BTreeMap::new(), warnings: vec![] };
    let mut vulns = Vec::new();
    let mut reports = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| wanted(p)) {
        let is_vuln = path.starts_with("vulnerabilities/");
        let value = match serde_json::from_str::<Value>(text) {
            Ok(v) => v,
            Err(e) => {
                problems.push(path, format!("line {}, column {}", e.line(), e.column()), format!("invalid JSON: {e}"));
                continue;
            }
        };
        let mut found = Found::default();
        let parsed = parse(path, &value, is_vuln, &mut cx, &mut found);
        for (place, reason) in found.0 {
            problems.push(path, place, reason);
        }
        match parsed {
            Some(p) if is_vuln => vulns.push(p),
            Some(p) => reports.push(p),
            None => {}
        }
    }
    if files.keys().all(|p| !wanted(p)) {
        problems.push("(directory)", "file", "no vulnerabilities/ or reports/ AVID-*.json files");
    }
    let mut set = ImportSet { taxonomies: taxonomies.clone(), ..ImportSet::default() };
    assemble(vulns, reports, &mut set, &mut problems, &mut cx.warnings);
    if !cx.sep_repairs.is_empty() {
        let eg: Vec<String> = cx.sep_repairs.iter().map(|(a, b)| format!("`{a}` → `{b}`")).collect();
        set.warnings
            .push(format!("AVID files: SEP values spelled unlike the taxonomy, matched by code: {}", eg.join(", ")));
    }
    set.warnings.append(&mut cx.warnings);
    problems.into_result(set)
}

fn parse(file: &str, doc: &Value, is_vuln: bool, cx: &mut Context, found: &mut Found) -> Option<Parsed> {
    let root = At { value: Some(doc) };
    if !doc.is_object() {
        found.0.push(("$".into(), "expected a JSON object".into()));
        return None;
    }
    let id_field = if is_vuln { "vuln_id" } else { "report_id" };
    // Problems are gathered through the whole file before giving up on it, so one run shows them all.
    let key = root.get("metadata").get(id_field).required_text(&format!("$.metadata.{id_field}"), found).map(str::trim);
    let stem = file.rsplit('/').next().and_then(|n| n.strip_suffix(".json")).unwrap_or_default();
    if key.is_some_and(|k| k != stem) {
        cx.warnings.push(format!("{file}: the id inside is {}, not the file name's", key.unwrap_or_default()));
    }
    let problem = root.get("problemtype");
    let title = problem.get("description").get("value").required_text("$.problemtype.description.value", found);
    let description = root.get("description");
    let text = description.get("value").text("$.description.value", found).unwrap_or_default();
    let lang_raw = description
        .get("lang")
        .text("$.description.lang", found)
        .or_else(|| problem.get("description").get("lang").text("$.problemtype.description.lang", found));
    let lang = match lang_raw {
        Some(l) => lang_code(l),
        None => {
            cx.warnings.push(format!("{file}: no language given; English assumed"));
            "en".into()
        }
    };
    let date_field = if is_vuln { "published_date" } else { "reported_date" };
    let date = root.get(date_field).text(&format!("$.{date_field}"), found).map(|d| d.trim().to_owned());

    let mut references = Vec::new();
    let mut links = Vec::new();
    for (path, r) in root.get("references").items("$.references", found) {
        let Some(url) = r.get("url").text(&format!("{path}.url"), found).map(str::trim) else { continue };
        let label = r.get("label").text(&format!("{path}.label"), found).unwrap_or_default().trim();
        if !is_url(url) {
            cx.warnings.push(format!("{file}: {path}.url `{url}` is not an http(s) URL; reference left out"));
            continue;
        }
        links.extend(cross_link(url));
        references.push(Reference { label: label.to_owned(), url: url.to_owned() });
    }

    let affects = root.get("affects");
    let mut entities = Vec::new();
    let mut models = Vec::new();
    let mut add = |name: &str, role: EntityRole| {
        let name = name.trim();
        // AVID gives names, not ids: the id is derived from the name.
        if let Some(id) = slug(name)
            && !entities.iter().any(|e: &EntityRef| e.id == id && e.role == role)
        {
            entities.push(EntityRef { id, name: name.to_owned(), role });
        }
    };
    for d in affects.get("developer").texts("$.affects.developer", found) {
        add(d, EntityRole::Developer);
    }
    for d in affects.get("deployer").texts("$.affects.deployer", found) {
        add(d, EntityRole::Deployer);
    }
    for (path, a) in affects.get("artifacts").items("$.affects.artifacts", found) {
        let Some(name) = a.get("name").required_text(&format!("{path}.name"), found).map(str::trim) else { continue };
        if looks_like_registry_key(name) {
            if !models.iter().any(|m| m == name) {
                models.push(name.to_owned());
            }
        } else {
            add(name, EntityRole::ImplicatedSystem);
        }
    }

    let impact = root.get("impact");
    let mut classifications = Vec::new();
    let avid = impact.get("avid");
    let mut attrs = Vec::new();
    for name in ["risk_domain", "sep_view", "lifecycle_view"] {
        let mut values: Vec<String> = avid
            .get(name)
            .texts(&format!("$.impact.avid.{name}"), found)
            .into_iter()
            .map(|v| v.trim().to_owned())
            .collect();
        if name == "sep_view" {
            values = values.into_iter().map(|v| canonical_sep(v, cx)).collect();
        }
        attrs.push(Attribute { name: name.into(), values });
    }
    for name in ["classof", "type"] {
        let v =
            problem.get(name).text(&format!("$.problemtype.{name}"), found).map(str::trim).filter(|v| !v.is_empty());
        attrs.push(Attribute { name: name.into(), values: v.map(str::to_owned).into_iter().collect() });
    }
    push_classification(&mut classifications, "AVID", attrs);

    let cwe: Vec<String> = impact
        .get("cwe")
        .items("$.impact.cwe", found)
        .into_iter()
        .filter_map(|(p, w)| w.get("cweId").text(&format!("{p}.cweId"), found).map(|s| s.trim().to_owned()))
        .collect();
    push_classification(&mut classifications, "CWE", vec![Attribute { name: "id".into(), values: cwe }]);

    match impact.get("cvss").present() {
        Some(Value::Object(cvss)) => {
            let attrs = cvss
                .iter()
                .filter_map(|(k, v)| scalar(v).map(|s| Attribute { name: k.clone(), values: vec![s] }))
                .collect();
            push_classification(&mut classifications, "CVSS", attrs);
        }
        Some(_) => found.0.push(("$.impact.cvss".into(), "expected an object".into())),
        None => {}
    }

    let mut tactics = Vec::new();
    let mut techniques = Vec::new();
    for (p, step) in impact.get("atlas").items("$.impact.atlas", found) {
        tactics.extend(step.get("tactic").text(&format!("{p}.tactic"), found).map(|s| s.trim().to_owned()));
        techniques.extend(step.get("technique").text(&format!("{p}.technique"), found).map(|s| s.trim().to_owned()));
    }
    push_classification(
        &mut classifications,
        "ATLAS",
        vec![
            Attribute { name: "tactic".into(), values: tactics },
            Attribute { name: "technique".into(), values: techniques },
        ],
    );

    let odin = impact.get("odin");
    if odin.present().is_some() {
        let mut attrs = vec![Attribute {
            name: "SocialImpactScore".into(),
            values: odin
                .get("SocialImpactScore")
                .text("$.impact.odin.SocialImpactScore", found)
                .map(str::to_owned)
                .into_iter()
                .collect(),
        }];
        let jailbreaks = odin.get("JailbreakTaxonomy").items("$.impact.odin.JailbreakTaxonomy", found);
        for name in ["Category", "Strategy", "Technique"] {
            let mut values: Vec<String> = Vec::new();
            for (p, j) in &jailbreaks {
                if let Some(v) = j.get(name).text(&format!("{p}.{name}"), found)
                    && !values.iter().any(|x| x == v)
                {
                    values.push(v.to_owned());
                }
            }
            attrs.push(Attribute { name: name.into(), values });
        }
        push_classification(&mut classifications, "0DIN", attrs);
    }

    let authors = root
        .get("credit")
        .items("$.credit", found)
        .into_iter()
        .filter_map(|(p, c)| c.get("value").text(&format!("{p}.value"), found).map(|s| s.trim().to_owned()))
        .filter(|s| !s.is_empty())
        .collect();
    let vuln_id = if is_vuln {
        None
    } else {
        avid.get("vuln_id")
            .text("$.impact.avid.vuln_id", found)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let reports = if is_vuln {
        root.get("reports")
            .items("$.reports", found)
            .into_iter()
            .filter_map(|(p, r)| r.get("report_id").text(&format!("{p}.report_id"), found).map(|s| s.trim().to_owned()))
            .collect()
    } else {
        vec![]
    };
    Some(Parsed {
        file: file.to_owned(),
        key: key?.to_owned(),
        title: title?.to_owned(),
        text: text.to_owned(),
        lang,
        date,
        references,
        links,
        entities,
        models,
        classifications,
        authors,
        vuln_id,
        reports,
    })
}

/// Drops empty attributes, and the classification when nothing is left.
fn push_classification(out: &mut Vec<Classification>, namespace: &str, attributes: Vec<Attribute>) {
    let attributes: Vec<Attribute> = attributes.into_iter().filter(|a| !a.values.is_empty()).collect();
    if !attributes.is_empty() {
        out.push(Classification { namespace: namespace.into(), attributes, published: true });
    }
}

/// The taxonomy's spelling of a SEP value with the same code (`P0402: Physical Safety` →
/// `P0402: Physical safety`); unknown codes stay as written.
fn canonical_sep(value: String, cx: &mut Context) -> String {
    let Some(field) = cx.avid.and_then(|t| t.field("sep_view")) else { return value };
    if field.permitted(&value).is_some() {
        return value;
    }
    let code = value.split(':').next().unwrap_or_default().trim();
    match field.permitted_values.iter().find(|p| p.value.split(':').next() == Some(code)) {
        Some(p) => {
            cx.sep_repairs.insert(value, p.value.clone());
            p.value.clone()
        }
        None => value,
    }
}

/// `org/name` with nothing else: how a model registry names models (`meta-llama/Llama-2-7b`).
fn looks_like_registry_key(name: &str) -> bool {
    let mut parts = name.split('/');
    let ok = |p: Option<&str>| {
        p.is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

/// A reference to an ATLAS case study or an AIID incident is the same event in that database.
fn cross_link(url: &str) -> Option<ExternalLink> {
    let (namespace, id) = if let Some(rest) = url.split("atlas.mitre.org/studies/").nth(1) {
        ("ATLAS", rest.trim_end_matches('/').to_owned())
    } else if let Some(rest) = url.split("incidentdatabase.ai/cite/").nth(1) {
        ("AIID", format!("AIID-{}", rest.split(['/', '#', '?']).next().unwrap_or_default()))
    } else {
        return None;
    };
    crate::model::valid_key("id", &id).ok().map(|id| ExternalLink {
        namespace: namespace.into(),
        id,
        url: Some(url.to_owned()),
    })
}

fn incident_of(p: &Parsed) -> Incident {
    Incident {
        key: p.key.clone(),
        kind: IncidentKind::Vulnerability,
        title: p.title.clone(),
        description: p.text.clone(),
        lang: p.lang.clone(),
        date: p.date.clone(),
        countries: vec![],
        sectors: vec![],
        severity: None,
        entities: p.entities.clone(),
        models: p.models.clone(),
        classifications: p.classifications.clone(),
        links: p.links.clone(),
        references: p.references.clone(),
        source: Source::Avid,
    }
}

fn assemble(
    vulns: Vec<Parsed>,
    reports: Vec<Parsed>,
    set: &mut ImportSet,
    problems: &mut Problems,
    warnings: &mut Vec<String>,
) {
    let mut listed: BTreeMap<&str, &str> = BTreeMap::new();
    for v in &vulns {
        for r in &v.reports {
            listed.insert(r.as_str(), v.key.as_str());
        }
    }
    let mut seen = BTreeMap::new();
    for v in &vulns {
        if let Some(first) = seen.insert(v.key.clone(), v.file.clone()) {
            problems.push(&v.file, "$.metadata.vuln_id", format!("{} is also the id of {first}", v.key));
            continue;
        }
        match incident_of(v).validate() {
            Ok(i) => set.incidents.push(i),
            Err(e) => problems.push(&v.file, "record", e.to_string()),
        }
    }
    for r in &reports {
        if let Some(first) = seen.insert(r.key.clone(), r.file.clone()) {
            problems.push(&r.file, "$.metadata.report_id", format!("{} is also the id of {first}", r.key));
            continue;
        }
        let by_listing = listed.get(r.key.as_str()).copied();
        let vuln = match r.vuln_id.as_deref() {
            Some(v) if vulns.iter().any(|x| x.key == v) => {
                if by_listing.is_some_and(|l| l != v) {
                    warnings.push(format!(
                        "{}: impact.avid.vuln_id says {v}, but {} lists this report; {v} kept",
                        r.file,
                        by_listing.unwrap_or_default()
                    ));
                }
                Some(v)
            }
            _ => by_listing,
        };
        let incident = match vuln {
            Some(v) => v.to_owned(),
            None => {
                match incident_of(r).validate() {
                    Ok(i) => set.incidents.push(i),
                    Err(e) => {
                        problems.push(&r.file, "record (as incident)", e.to_string());
                        continue;
                    }
                }
                r.key.clone()
            }
        };
        let report = Report {
            key: r.key.clone(),
            incident,
            title: r.title.clone(),
            text: r.text.clone(),
            lang: r.lang.clone(),
            url: r.references.first().map(|x| x.url.clone()),
            authors: r.authors.clone(),
            date_published: r.date.clone(),
            is_incident_report: true,
            variant: None,
            inputs_outputs: vec![],
            source: Source::Avid,
        };
        match report.validate() {
            Ok(rep) => set.reports.push(rep),
            Err(e) => problems.push(&r.file, "record", e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_keys_and_cross_links() {
        assert!(looks_like_registry_key("meta-llama/Llama-2-7b"));
        assert!(!looks_like_registry_key("bert-base-uncased"));
        assert!(!looks_like_registry_key("Palo Alto / system"));
        assert!(!looks_like_registry_key("a/b/c"));
        let l = cross_link("https://atlas.mitre.org/studies/AML.CS0000").unwrap();
        assert_eq!((l.namespace.as_str(), l.id.as_str()), ("ATLAS", "AML.CS0000"));
        let l = cross_link("https://incidentdatabase.ai/cite/16/").unwrap();
        assert_eq!(l.id, "AIID-16");
        assert!(cross_link("https://example.org").is_none());
    }

    #[test]
    fn wanted_skips_review_queue() {
        assert!(wanted("reports/2023/AVID-2023-R0001.json"));
        assert!(wanted("vulnerabilities/2022/AVID-2022-V001.json"));
        assert!(!wanted("reports/review/AVID-2026-R9999.json"));
        assert!(!wanted("LICENSE"));
    }
}
