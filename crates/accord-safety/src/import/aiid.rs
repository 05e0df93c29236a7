//! The AI Incident Database's public snapshot (reference §1.7): `incidents.csv`, `duplicates.csv`,
//! `classifications_<namespace>.csv`, and the AIID ↔ OECD AIM link tables
//! `links/oecd_relationships*.json`.
//!
//! The snapshot in the test data has no `reports.csv`, so no [`crate::model::Report`] is made:
//! each incident keeps its report numbers as links (`aiid-report`) to the report on the AIID
//! site. Classification rows are imported as they are: one [`Classification`] per row, the
//! row's `Published` flag kept, every non-empty cell an attribute named by its header.
//!
//! Mapped onto the incident, from the published `CSETv1` row only (the consensus table, not the
//! per-annotator ones, and not CSETv0):
//! - kind, from `AI Harm Level`: "AI tangible harm event" → incident, "AI tangible harm
//!   near-miss" → near miss, "AI tangible harm issue" → hazard. Confidence: high for event and
//!   near-miss (same definitions); medium for issue, which CSET defines as a non-imminent risk of
//!   tangible harm and OECD's "hazard" as an event that could plausibly lead to harm. "none",
//!   "unclear" and no CSETv1 row leave AIID's own kind, incident.
//! - countries, from `Location Country (two letters)`;
//! - sectors, from `Sector of Deployment` (CSETv1's vocabulary; "other" and "unclear" dropped).
//!
//! Severity is left empty: CSETv1 has no seriousness scale, and CSETv0's `Severity`
//! (Negligible … Critical) has no published crosswalk to the OECD levels; both stay readable
//! as classification attributes.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{Files, ImportError, ImportSet, Problems, SlugRepairs, readable};
use crate::duplicates;
use crate::model::{
    Attribute, Classification, EntityRef, EntityRole, ExternalLink, Incident, IncidentKind, Reference, Source,
};
use crate::taxonomy::{Field, Taxonomy};

pub const INCIDENTS: &str = "incidents.csv";
pub const DUPLICATES: &str = "duplicates.csv";

/// The files of a snapshot directory this importer reads.
pub fn wanted(path: &str) -> bool {
    path == INCIDENTS
        || path == DUPLICATES
        || (!path.contains('/') && path.starts_with("classifications_") && path.ends_with(".csv"))
        || (path.starts_with("links/oecd_relationships") && path.ends_with(".json"))
}

/// The namespace of a classification file, `classifications_CSETv1.csv` → `CSETv1`.
fn namespace_of(path: &str) -> Option<&str> {
    path.strip_prefix("classifications_")?.strip_suffix(".csv")
}

/// Imports an AIID snapshot. `incidents.csv` is required; every other file is optional.
pub fn import(files: &Files) -> Result<ImportSet, ImportError> {
    let mut problems = Problems::default();
    let mut set = ImportSet::default();

    let Some(text) = files.get(INCIDENTS) else {
        return Err(ImportError::one(INCIDENTS, "file", "missing: the snapshot's incidents are required"));
    };
    let mut incidents = read_incidents(text, &mut problems, &mut set.warnings);

    if let Some(text) = files.get(DUPLICATES) {
        set.duplicates = read_duplicates(text, &mut problems);
    }

    let builtin = Taxonomy::builtin();
    for (path, text) in files.iter().filter(|(p, _)| namespace_of(p).is_some()) {
        let Some(namespace) = namespace_of(path) else { continue };
        // The per-annotator CSETv1 tables share CSETv1's columns; they are kept under their
        // own namespaces, so nothing mixes them with the consensus table.
        let base = if namespace.starts_with("CSETv1_") { "CSETv1" } else { namespace };
        let taxonomy = builtin.iter().find(|t| t.namespace == base).map(|t| {
            let mut t = t.clone();
            if base != namespace {
                t.namespace = namespace.to_owned();
                t.title = format!("{} — {}", t.title, namespace.trim_start_matches("CSETv1_"));
            }
            t
        });
        if taxonomy.is_none() {
            set.warnings
                .push(format!("{path}: no built-in taxonomy for namespace {namespace}; values imported unchecked"));
        }
        read_classifications(
            path,
            namespace,
            text,
            taxonomy.as_ref(),
            &mut incidents,
            &mut problems,
            &mut set.warnings,
        );
        set.taxonomies.extend(taxonomy);
    }

    for (path, text) in files.iter().filter(|(p, _)| p.starts_with("links/") && wanted(p)) {
        read_oecd_links(path, text, &mut incidents, &mut problems, &mut set.warnings);
    }

    for (id, (line, incident)) in incidents {
        match incident.validate() {
            Ok(i) => set.incidents.push(i),
            Err(e) => problems.push(INCIDENTS, format!("line {line} (incident_id {id})"), e.to_string()),
        }
    }
    problems.into_result(set)
}

/// A CSV file read by position: the header row (repeated names made unique) and each record
/// with the line it starts on.
struct Table {
    headers: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }
}

fn read_csv(file: &str, text: &str, problems: &mut Problems) -> Option<Table> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => unique_headers(h.iter()),
        Err(e) => {
            problems.push(file, "line 1", format!("unreadable header: {e}"));
            return None;
        }
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => rows.push((r.position().map_or(0, |p| p.line()), r.iter().map(str::to_owned).collect())),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths { len, expected_len, .. } => {
                        format!("has {len} fields, the header has {expected_len}")
                    }
                    _ => e.to_string(),
                };
                problems.push(file, format!("line {line}"), reason);
            }
        }
    }
    Some(Table { headers, rows })
}

/// Header names made unique by position: a name seen before (letter case aside) gets " (2)",
/// " (3)"… CSETv1's export repeats `AI System` and `Clear link to technology`.
fn unique_headers<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    names
        .map(|n| {
            let n = n.trim();
            let count = seen.entry(n.to_lowercase()).or_default();
            *count += 1;
            if *count == 1 { n.to_owned() } else { format!("{n} ({count})") }
        })
        .collect()
}

/// Finds required columns, reporting each missing one.
fn columns<const N: usize>(file: &str, table: &Table, names: [&str; N], problems: &mut Problems) -> Option<[usize; N]> {
    let mut out = [0; N];
    let mut ok = true;
    for (slot, name) in out.iter_mut().zip(names) {
        match table.column(name) {
            Some(i) => *slot = i,
            None => {
                problems.push(file, "line 1", format!("missing column `{name}`"));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// A cell by position; the reader refuses rows of the wrong length, so a missing cell is empty.
fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

fn parse_id(file: &str, line: u64, column: &str, cell: &str, problems: &mut Problems) -> Option<u32> {
    match cell.trim().parse::<u32>() {
        Ok(n) => Some(n),
        Err(_) => {
            problems.push(file, format!("line {line}"), format!("`{column}` is not a number: `{cell}`"));
            None
        }
    }
}

/// A JSON array inside a CSV cell (`[2,3]`, `["youtube"]`); an empty cell is an empty list.
fn json_cell(file: &str, line: u64, column: &str, cell: &str, problems: &mut Problems) -> Option<Vec<Value>> {
    if cell.trim().is_empty() {
        return Some(Vec::new());
    }
    match serde_json::from_str::<Value>(cell) {
        Ok(Value::Array(items)) => Some(items),
        Ok(_) => {
            problems.push(file, format!("line {line}"), format!("`{column}` is not a JSON array"));
            None
        }
        Err(e) => {
            problems.push(file, format!("line {line}"), format!("`{column}` holds invalid JSON: {e}"));
            None
        }
    }
}

pub fn incident_key(id: u32) -> String {
    format!("AIID-{id}")
}

type Incidents = BTreeMap<u32, (u64, Incident)>;

fn read_incidents(text: &str, problems: &mut Problems, warnings: &mut Vec<String>) -> Incidents {
    const ROLES: [(&str, EntityRole); 3] = [
        ("Alleged deployer of AI system", EntityRole::Deployer),
        ("Alleged developer of AI system", EntityRole::Developer),
        ("Alleged harmed or nearly harmed parties", EntityRole::Harmed),
    ];
    let mut out = Incidents::new();
    let Some(table) = read_csv(INCIDENTS, text, problems) else { return out };
    let names = ["incident_id", "date", "reports", "title", "description", ROLES[0].0, ROLES[1].0, ROLES[2].0];
    let Some([id_col, date_col, reports_col, title_col, desc_col, dep, dev, harm]) =
        columns(INCIDENTS, &table, names, problems)
    else {
        return out;
    };
    let mut slugs = SlugRepairs::default();
    for (line, row) in &table.rows {
        let line = *line;
        let Some(id) = parse_id(INCIDENTS, line, "incident_id", cell(row, id_col), problems) else { continue };
        if out.contains_key(&id) {
            problems.push(INCIDENTS, format!("line {line}"), format!("incident_id {id} appears twice"));
            continue;
        }
        let reports = json_cell(INCIDENTS, line, "reports", cell(row, reports_col), problems);
        let mut entities = Vec::new();
        for (col, (name, role)) in [dep, dev, harm].into_iter().zip(ROLES) {
            let Some(items) = json_cell(INCIDENTS, line, name, cell(row, col), problems) else { continue };
            for item in items {
                let Some(raw) = item.as_str() else {
                    problems.push(INCIDENTS, format!("line {line}"), format!("`{name}` holds a non-text entity id"));
                    continue;
                };
                let Some(eid) = slugs.id(raw) else { continue };
                if !entities.iter().any(|e: &EntityRef| e.id == eid && e.role == role) {
                    entities.push(EntityRef { name: readable(raw), id: eid, role });
                }
            }
        }
        let mut links = Vec::new();
        for n in reports.unwrap_or_default() {
            match n.as_u64() {
                Some(n) => links.push(ExternalLink {
                    namespace: "aiid-report".into(),
                    id: n.to_string(),
                    url: Some(format!("https://incidentdatabase.ai/cite/{id}/#r{n}")),
                }),
                None => problems.push(INCIDENTS, format!("line {line}"), format!("`reports` holds a non-number: {n}")),
            }
        }
        let date = Some(cell(row, date_col).trim().to_owned()).filter(|d| !d.is_empty());
        let incident = Incident {
            key: incident_key(id),
            kind: IncidentKind::Incident,
            title: cell(row, title_col).to_owned(),
            description: cell(row, desc_col).to_owned(),
            lang: "en".into(),
            date,
            countries: vec![],
            sectors: vec![],
            severity: None,
            entities,
            models: vec![],
            classifications: vec![],
            links,
            references: vec![Reference {
                label: format!("AI Incident Database, incident {id}"),
                url: format!("https://incidentdatabase.ai/cite/{id}/"),
            }],
            source: Source::Aiid,
        };
        out.insert(id, (line, incident));
    }
    slugs.warn(INCIDENTS, warnings);
    out
}

fn read_duplicates(text: &str, problems: &mut Problems) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(table) = read_csv(DUPLICATES, text, problems) else { return out };
    let Some([dup, truth]) =
        columns(DUPLICATES, &table, ["duplicate_incident_number", "true_incident_number"], problems)
    else {
        return out;
    };
    for (line, row) in &table.rows {
        let d = parse_id(DUPLICATES, *line, "duplicate_incident_number", cell(row, dup), problems);
        let t = parse_id(DUPLICATES, *line, "true_incident_number", cell(row, truth), problems);
        if let (Some(d), Some(t)) = (d, t)
            && out.insert(incident_key(d), incident_key(t)).is_some()
        {
            problems.push(DUPLICATES, format!("line {line}"), format!("incident {d} is mapped twice"));
        }
    }
    // A cycle would leave duplicates with no canonical incident: refuse it here, naming it.
    if let Err(e) = duplicates::resolve(&out) {
        problems.push(DUPLICATES, "file", e.to_string());
    }
    out
}

/// Splits a cell into values. AIID's export joins a list with ", ", and some permitted values
/// contain ", " themselves ("Arts, entertainment and recreation"), so a field with permitted
/// values is split by its vocabulary: at each point the longest permitted value that ends at a
/// comma or the end is one value, else the text up to the next comma. Free-text fields stay
/// one value.
pub(crate) fn split_values(cell: &str, field: Option<&Field>) -> Vec<String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return vec![];
    }
    let Some(field) = field.filter(|f| !f.permitted_values.is_empty()) else { return vec![cell.to_owned()] };
    if field.permitted(cell).is_some() {
        return vec![cell.to_owned()];
    }
    let mut vocab: Vec<&str> = field.permitted_values.iter().map(|p| p.value.as_str()).collect();
    vocab.sort_by_key(|v| std::cmp::Reverse(v.len()));
    let mut out = Vec::new();
    let mut rest = cell;
    while !rest.is_empty() {
        let known = vocab.iter().find(|v| {
            rest.get(..v.len()).is_some_and(|head| head.eq_ignore_ascii_case(v))
                && rest
                    .get(v.len()..)
                    .is_some_and(|tail| tail.trim_start().is_empty() || tail.trim_start().starts_with(','))
        });
        let len = known.map_or_else(|| rest.find(',').unwrap_or(rest.len()), |v| v.len());
        let (value, tail) = rest.split_at(len);
        if !value.trim().is_empty() {
            out.push(value.trim().to_owned());
        }
        let tail = tail.trim_start();
        rest = tail.strip_prefix(',').unwrap_or(tail).trim_start();
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_classifications(
    file: &str,
    namespace: &str,
    text: &str,
    taxonomy: Option<&Taxonomy>,
    incidents: &mut Incidents,
    problems: &mut Problems,
    warnings: &mut Vec<String>,
) {
    if crate::model::valid_key("namespace", namespace).is_err() {
        problems.push(file, "file", format!("`{namespace}` is not a usable namespace"));
        return;
    }
    let Some(table) = read_csv(file, text, problems) else { return };
    let Some([ns_col, id_col, pub_col]) = columns(file, &table, ["Namespace", "Incident ID", "Published"], problems)
    else {
        return;
    };
    let mut absent = BTreeSet::new();
    let mut skipped = 0usize;
    for (line, row) in &table.rows {
        let line = *line;
        let Some(id) = parse_id(file, line, "Incident ID", cell(row, id_col), problems) else { continue };
        if cell(row, ns_col).trim() != namespace {
            problems.push(
                file,
                format!("line {line}"),
                format!("`Namespace` is `{}`, the file name says {namespace}", cell(row, ns_col).trim()),
            );
            continue;
        }
        let published = match cell(row, pub_col).trim().to_ascii_lowercase().as_str() {
            "true" => true,
            "false" => false,
            other => {
                problems.push(
                    file,
                    format!("line {line}"),
                    format!("`Published` must be True or False, not `{other}`"),
                );
                continue;
            }
        };
        let attributes: Vec<Attribute> = table
            .headers
            .iter()
            .enumerate()
            .filter(|(i, _)| ![ns_col, id_col, pub_col].contains(i))
            .filter_map(|(i, name)| {
                let values = split_values(cell(row, i), taxonomy.and_then(|t| t.field(name)));
                (!values.is_empty()).then(|| Attribute { name: name.clone(), values })
            })
            .collect();
        let Some((_, incident)) = incidents.get_mut(&id) else {
            absent.insert(id);
            skipped += 1;
            continue;
        };
        let c = Classification { namespace: namespace.to_owned(), attributes, published };
        if namespace == "CSETv1" && published {
            map_csetv1(&c, incident, taxonomy, file, line, warnings);
        }
        incident.classifications.push(c);
    }
    if skipped > 0 {
        let ids: Vec<String> = absent.iter().take(10).map(u32::to_string).collect();
        warnings.push(format!(
            "{file}: {skipped} rows skipped for incidents not in {INCIDENTS} (incident ids {}{})",
            ids.join(", "),
            if absent.len() > 10 { ", …" } else { "" }
        ));
    }
}

/// Maps the consensus CSETv1 classification onto the incident's own fields (see the module
/// documentation for the mapping and its confidence).
fn map_csetv1(
    c: &Classification,
    incident: &mut Incident,
    taxonomy: Option<&Taxonomy>,
    file: &str,
    line: u64,
    warnings: &mut Vec<String>,
) {
    match c.values("AI Harm Level").first().map(|v| v.to_ascii_lowercase()).as_deref() {
        Some("ai tangible harm event") => incident.kind = IncidentKind::Incident,
        Some("ai tangible harm near-miss") => incident.kind = IncidentKind::NearMiss,
        Some("ai tangible harm issue") => incident.kind = IncidentKind::Hazard,
        _ => {}
    }
    for raw in c.values("Location Country (two letters)") {
        // Known quirk: a few rows spell the country out instead of its code.
        let code = match raw.trim() {
            "United States" => "US",
            "United Kingdom" => "GB",
            other => other,
        };
        if code.len() == 2 && code.chars().all(|ch| ch.is_ascii_alphabetic()) {
            let code = code.to_ascii_uppercase();
            if code != raw.trim() {
                warnings.push(format!("{file}: line {line}: country `{raw}` read as {code}"));
            }
            if !incident.countries.contains(&code) {
                incident.countries.push(code);
            }
        } else {
            warnings.push(format!("{file}: line {line}: country `{raw}` is not a two-letter code; left out"));
        }
    }
    let sector_field = taxonomy.and_then(|t| t.field("Sector of Deployment"));
    for raw in c.values("Sector of Deployment") {
        let sector = sector_field.and_then(|f| f.permitted(raw)).map_or(raw.as_str(), |p| p.value.as_str());
        if !matches!(sector.to_ascii_lowercase().as_str(), "other" | "unclear")
            && !incident.sectors.iter().any(|s| s == sector)
        {
            incident.sectors.push(sector.to_owned());
        }
    }
}

fn read_oecd_links(
    file: &str,
    text: &str,
    incidents: &mut Incidents,
    problems: &mut Problems,
    warnings: &mut Vec<String>,
) {
    let items = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        Ok(_) => return problems.push(file, "$", "expected a JSON array of links"),
        Err(e) => return problems.push(file, format!("line {}, column {}", e.line(), e.column()), e.to_string()),
    };
    let mut absent = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let id = item.get("incident_id").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
        let Some(id) = id else {
            problems.push(file, format!("$[{i}].incident_id"), "expected an incident number");
            continue;
        };
        let Some(url) = item.get("sameAs").and_then(Value::as_str).map(str::trim) else {
            problems.push(file, format!("$[{i}].sameAs"), "expected the OECD AIM URL");
            continue;
        };
        let aim = url.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
        if !super::is_url(url) || aim.is_empty() || aim.contains(':') {
            problems.push(file, format!("$[{i}].sameAs"), format!("`{url}` is not an OECD AIM incident URL"));
            continue;
        }
        let Some((_, incident)) = incidents.get_mut(&id) else {
            absent.insert(id);
            continue;
        };
        if !incident.links.iter().any(|l| l.namespace == "OECD AIM" && l.id == aim) {
            incident.links.push(ExternalLink {
                namespace: "OECD AIM".into(),
                id: aim.to_owned(),
                url: Some(url.to_owned()),
            });
        }
    }
    if !absent.is_empty() {
        let ids: Vec<String> = absent.iter().take(10).map(u32::to_string).collect();
        warnings.push(format!(
            "{file}: links for {} incidents not in {INCIDENTS} skipped ({})",
            absent.len(),
            ids.join(", ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::PermittedValue;

    fn field(values: &[&str]) -> Field {
        Field {
            short_name: "f".into(),
            long_name: String::new(),
            description: String::new(),
            permitted_values: values
                .iter()
                .map(|v| PermittedValue { value: (*v).into(), description: String::new() })
                .collect(),
            facet: false,
        }
    }

    #[test]
    fn cells_split_by_vocabulary() {
        let f = field(&["Arts, entertainment and recreation", "information and communication", "law enforcement"]);
        assert_eq!(
            split_values("Arts, entertainment and recreation, information and communication", Some(&f)),
            ["Arts, entertainment and recreation", "information and communication"]
        );
        assert_eq!(
            split_values("information and communication, unclear", Some(&f)),
            ["information and communication", "unclear"]
        );
        assert_eq!(split_values(" free, text ", None), ["free, text"]);
        assert!(split_values("  ", Some(&f)).is_empty());
    }

    #[test]
    fn repeated_headers_are_numbered() {
        let h = unique_headers(
            ["AI System", "Clear link to technology", "AI System", "Clear link to Technology"].into_iter(),
        );
        assert_eq!(h, ["AI System", "Clear link to technology", "AI System (2)", "Clear link to Technology (2)"]);
    }
}
