//! Import: a bundle read all or nothing, with its markings (see the module above).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use super::*;
use crate::duplicates;
use crate::import::{ImportError, ImportSet, Problem};

// ---------------------------------------------------------------------------------------------
// Import

/// How imported records are marked beyond what the bundle says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// Who on this node receives the records (default: the node's members).
    pub distribution: Distribution,
    /// Set exactly when `distribution` is a sharing group.
    pub sharing_group: Option<Uuid>,
    /// The TLP of objects that carry no TLP marking (default CLEAR: unmarked means unrestricted).
    pub unmarked: Tlp,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions { distribution: Distribution::Community, sharing_group: None, unmarked: Tlp::Clear }
    }
}

/// What a bundle brings: the records, and the marking of each by key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StixImport {
    pub set: ImportSet,
    pub incident_markings: BTreeMap<String, Marking>,
    pub report_markings: BTreeMap<String, Marking>,
}

const MAX_PROBLEMS: usize = 20;
const MAX_SAME_WARNINGS: usize = 20;

struct Problems {
    file: String,
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, place: impl Into<String>, reason: impl Into<String>) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem { file: self.file.clone(), place: place.into(), reason: reason.into() });
        } else {
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn error(mut self) -> ImportError {
        if self.more > 0 {
            let reason = format!("{} more problems not shown", self.more);
            self.list.push(Problem { file: self.file, place: "file".into(), reason });
        }
        ImportError { problems: self.list }
    }
}

/// A STIX timestamp: RFC 3339 in UTC (`Z`), any fraction of a second.
fn parse_timestamp(s: &str) -> Option<OffsetDateTime> {
    if !s.ends_with(['Z', 'z']) {
        return None;
    }
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

const TIMESTAMPS: [&str; 9] = [
    "created",
    "modified",
    "published",
    "first_seen",
    "last_seen",
    "start_time",
    "stop_time",
    "valid_from",
    "valid_until",
];

/// `<type>--<UUID>` with the object's own type and a UUID in its hyphenated form.
fn valid_id(ty: &str, id: &str) -> bool {
    id.split_once("--").is_some_and(|(prefix, u)| prefix == ty && u.len() == 36 && Uuid::try_parse(u).is_ok())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meaning {
    Tlp(Tlp),
    /// A statement (copyright, terms of use): no restriction on sharing.
    Statement,
    Unknown,
}

fn definition_meaning(m: &Map<String, Value>) -> Meaning {
    if let Some(ext) = m.get("extensions").and_then(|e| e.get(TLP2_EXTENSION)) {
        return ext
            .get("tlp_2_0")
            .and_then(Value::as_str)
            .and_then(|t| Tlp::parse("tlp", t).ok())
            .map_or(Meaning::Unknown, Meaning::Tlp);
    }
    match m.get("definition_type").and_then(Value::as_str) {
        Some("tlp") => m
            .get("definition")
            .and_then(|d| d.get("tlp"))
            .and_then(Value::as_str)
            .and_then(|t| Tlp::parse("tlp", t).ok())
            .map_or(Meaning::Unknown, Meaning::Tlp),
        Some("statement") => Meaning::Statement,
        _ => Meaning::Unknown,
    }
}

struct Obj<'a> {
    index: usize,
    ty: &'a str,
    id: &'a str,
    map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    fn str(&self, key: &str) -> Option<&'a str> {
        self.map.get(key).and_then(Value::as_str)
    }

    fn place(&self) -> String {
        format!("$.objects[{}]", self.index)
    }

    fn uuid_hex(&self) -> String {
        self.id.split_once("--").map(|(_, u)| u.replace('-', "")).unwrap_or_default()
    }

    fn extension(&self) -> Option<&'a Value> {
        self.map.get("extensions").and_then(|e| e.get(ACCORD_EXTENSION))
    }

    fn external_references(&self) -> impl Iterator<Item = &'a Map<String, Value>> + use<'a> {
        self.map.get("external_references").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
    }
}

/// Reads one STIX 2.1 bundle with the default options (distribution `community`, unmarked as
/// TLP:CLEAR). See the module documentation for what is kept and how it is marked.
pub fn import_bundle(json: &str, file: &str) -> Result<StixImport, ImportError> {
    import_bundle_with(json, file, &ImportOptions::default())
}

/// Reads one STIX 2.1 bundle. All or nothing: any problem refuses the whole bundle, and up to
/// 20 problems are reported at once, each with its JSON path.
pub fn import_bundle_with(json: &str, file: &str, options: &ImportOptions) -> Result<StixImport, ImportError> {
    let mut problems = Problems { file: file.to_owned(), list: vec![], more: 0 };
    let base = Marking::new(options.unmarked, options.distribution, options.sharing_group)
        .map_err(|e| ImportError::one(file, "options", e.to_string()))?;

    let root: Value = serde_json::from_str(json).map_err(|e| {
        let msg = e.to_string();
        let reason = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
        ImportError::one(file, format!("line {}, column {}", e.line(), e.column()), format!("not JSON: {reason}"))
    })?;
    let Some(root) = root.as_object() else {
        return Err(ImportError::one(file, "$", "a STIX bundle is a JSON object"));
    };
    if root.get("type").and_then(Value::as_str) != Some("bundle") {
        problems.push("$.type", "expected \"bundle\"");
    }
    if let Some(v) = root.get("spec_version") {
        problems.push("$.spec_version", format!("a STIX 2.1 bundle has no spec_version (found {v}: STIX 2.0?)"));
    }
    if !root.get("id").and_then(Value::as_str).is_some_and(|id| valid_id("bundle", id)) {
        problems.push("$.id", "expected bundle--<UUID>");
    }
    let empty = vec![];
    let objects = match root.get("objects") {
        None => &empty,
        Some(Value::Array(a)) => a,
        Some(_) => {
            problems.push("$.objects", "expected an array of objects");
            &empty
        }
    };
    if !problems.is_empty() {
        return Err(problems.error());
    }

    // Check every object's common properties; pick the latest version of each id.
    let mut warnings = vec![];
    let mut latest: HashMap<&str, usize> = HashMap::new();
    let mut objs: Vec<Obj> = vec![];
    let mut versions: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, v) in objects.iter().enumerate() {
        let place = format!("$.objects[{index}]");
        let Some(map) = v.as_object() else {
            problems.push(place, "expected a JSON object");
            continue;
        };
        let Some(ty) = map.get("type").and_then(Value::as_str).filter(|t| !t.is_empty()) else {
            problems.push(format!("{place}.type"), "required (a string)");
            continue;
        };
        let Some(id) = map.get("id").and_then(Value::as_str) else {
            problems.push(format!("{place}.id"), "required (a string)");
            continue;
        };
        if !valid_id(ty, id) {
            problems.push(format!("{place}.id"), format!("expected {ty}--<UUID>, found \"{id}\""));
            continue;
        }
        if let Some(sv) = map.get("spec_version")
            && sv.as_str() != Some("2.1")
        {
            problems.push(format!("{place}.spec_version"), format!("expected \"2.1\", found {sv}"));
        }
        for prop in TIMESTAMPS {
            if let Some(t) = map.get(prop)
                && t.as_str().is_none_or(|s| parse_timestamp(s).is_none())
            {
                problems.push(
                    format!("{place}.{prop}"),
                    format!("expected a UTC timestamp such as 2024-01-02T03:04:05.000Z, found {t}"),
                );
            }
        }
        if let Some(refs) = map.get("object_marking_refs")
            && !refs
                .as_array()
                .is_some_and(|a| a.iter().all(|r| r.as_str().is_some_and(|r| valid_id("marking-definition", r))))
        {
            problems.push(format!("{place}.object_marking_refs"), "expected a list of marking-definition ids");
        }
        let obj = Obj { index, ty, id, map };
        match latest.get(id) {
            Some(&prev) => {
                *versions.entry(id).or_insert(1) += 1;
                let modified = |o: &Obj| o.str("modified").and_then(parse_timestamp);
                if modified(&obj) > modified(&objs[prev]) {
                    objs[prev] = obj;
                }
            }
            None => {
                latest.insert(id, objs.len());
                objs.push(obj);
            }
        }
    }
    if !versions.is_empty() {
        let shown: Vec<String> = versions.iter().take(3).map(|(id, n)| format!("{id} ×{n}")).collect();
        let more = if versions.len() > 3 { ", …" } else { "" };
        warnings.push(format!(
            "{} id(s) appear more than once ({}{more}); for each, the version with the latest `modified` is used",
            versions.len(),
            shown.join(", ")
        ));
    }
    if !problems.is_empty() {
        return Err(problems.error());
    }
    let by_id: HashMap<&str, &Obj> = objs.iter().map(|o| (o.id, o)).collect();

    // What each marking means: the fixed TLP ids keep their meaning (a bundle may only make
    // them stricter); the bundle's own definitions say what theirs mean.
    let mut defined: HashMap<&str, Meaning> = HashMap::new();
    for o in objs.iter().filter(|o| o.ty == "marking-definition") {
        let m = match (known_marking(o.id), definition_meaning(o.map)) {
            (Some(fixed), Meaning::Tlp(said)) if said != fixed => {
                warnings.push(format!(
                    "{} is {} but the bundle defines it as {}; the stricter is used",
                    o.id,
                    fixed.as_str(),
                    said.as_str()
                ));
                Meaning::Tlp(fixed.max(said))
            }
            (Some(fixed), _) => Meaning::Tlp(fixed),
            (None, m) => m,
        };
        defined.insert(o.id, m);
    }
    let meaning = |id: &str| -> Meaning {
        defined.get(id).copied().or_else(|| known_marking(id).map(Meaning::Tlp)).unwrap_or(Meaning::Unknown)
    };
    let mut unknown_markings: BTreeSet<String> = BTreeSet::new();
    let mut unmarked = 0usize;
    let mut granular = 0usize;
    let mut tlp_of = |o: &Obj| -> Tlp {
        let mut refs: Vec<&str> = o
            .map
            .get("object_marking_refs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let granular_refs: Vec<&str> = o
            .map
            .get("granular_markings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|g| g.get("marking_ref").and_then(Value::as_str))
            .collect();
        if !granular_refs.is_empty() {
            granular += 1;
        }
        refs.extend(granular_refs);
        let tlp = refs
            .iter()
            .filter_map(|r| match meaning(r) {
                Meaning::Tlp(t) => Some(t),
                Meaning::Statement => None,
                Meaning::Unknown => {
                    unknown_markings.insert((*r).to_owned());
                    Some(Tlp::Red)
                }
            })
            .max();
        tlp.unwrap_or_else(|| {
            unmarked += 1;
            options.unmarked
        })
    };

    let mut set = ImportSet::default();
    let mut out = StixImport::default();
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    let mut dangling = 0usize;
    let live: Vec<&Obj> = objs
        .iter()
        .filter(|o| {
            let revoked = o.map.get("revoked").and_then(Value::as_bool) == Some(true);
            if revoked && matches!(o.ty, "incident" | "report" | "relationship") {
                warnings.push(format!("{}: {} is revoked and skipped", o.place(), o.id));
            }
            !revoked
        })
        .collect();
    for o in &live {
        match o.ty {
            "incident" | "report" | "identity" | "marking-definition" | "extension-definition" => {}
            "relationship" => {
                for side in ["source_ref", "target_ref"] {
                    match o.str(side) {
                        Some(r) if by_id.contains_key(r) => {}
                        Some(r) => {
                            dangling += 1;
                            if dangling <= MAX_SAME_WARNINGS {
                                warnings.push(format!("{}.{side}: {r} is not in the bundle", o.place()));
                            }
                        }
                        None => problems.push(format!("{}.{side}", o.place()), "required for a relationship"),
                    }
                }
                if o.str("relationship_type") != Some("duplicate-of") {
                    *skipped
                        .entry(format!("relationship ({})", o.str("relationship_type").unwrap_or("?")))
                        .or_default() += 1;
                }
            }
            other => *skipped.entry(other.to_owned()).or_default() += 1,
        }
    }
    if dangling > MAX_SAME_WARNINGS {
        warnings.push(format!("{} more relationship ends are not in the bundle", dangling - MAX_SAME_WARNINGS));
    }

    // Incidents: explicit keys first, so a derived key never takes one of them.
    let incidents: Vec<&&Obj> = live.iter().filter(|o| o.ty == "incident").collect();
    let mut exts: HashMap<&str, IncidentExt> = HashMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut keys: HashMap<&str, String> = HashMap::new();
    for o in &incidents {
        let ext = match o.extension().map(|v| serde_json::from_value::<IncidentExt>(v.clone())) {
            Some(Ok(e)) => e,
            Some(Err(e)) => {
                problems.push(format!("{}.extensions.{ACCORD_EXTENSION}", o.place()), e.to_string());
                continue;
            }
            None => IncidentExt::default(),
        };
        if let Some(k) = ext.key.as_deref().or(o.str("x_accord_key")) {
            match valid_key("key", k) {
                Ok(k) if taken.insert(k.clone()) => {
                    keys.insert(o.id, k);
                }
                Ok(k) => problems.push(o.place(), format!("key {k} is used by two incidents")),
                Err(e) => problems.push(o.place(), e.to_string()),
            }
        }
        exts.insert(o.id, ext);
    }
    for o in &incidents {
        if keys.contains_key(o.id) || !exts.contains_key(o.id) {
            continue;
        }
        let hex = o.uuid_hex();
        let candidates =
            [external_key(o), Some(format!("STIX-{}", hex.get(..12).unwrap_or(&hex))), Some(format!("STIX-{hex}"))];
        if let Some(k) = candidates.into_iter().flatten().find(|k| !taken.contains(k)) {
            taken.insert(k.clone());
            keys.insert(o.id, k);
        }
    }
    for o in &incidents {
        let (Some(key), Some(ext)) = (keys.get(o.id), exts.remove(o.id)) else { continue };
        let Some(title) = o.str("name").filter(|n| !n.trim().is_empty()) else {
            problems.push(format!("{}.name", o.place()), "an incident needs a name");
            continue;
        };
        let tlp = tlp_of(o);
        let carried = ext.distribution.map(|d| (d, ext.sharing_group));
        let incident = incident_from(o, ext, key.clone(), title, &mut warnings);
        match incident.validate() {
            Ok(i) => {
                match marking_for(base, tlp, carried) {
                    Ok(m) => {
                        out.incident_markings.insert(i.key.clone(), m);
                    }
                    Err(e) => problems.push(format!("{}.extensions.{ACCORD_EXTENSION}", o.place()), e),
                }
                set.incidents.push(i);
            }
            Err(e) => problems.push(o.place(), format!("incident {e}")),
        }
    }

    // Reports: of the incident they reference.
    let mut report_keys: HashSet<String> = HashSet::new();
    let reports: Vec<&&Obj> = live.iter().filter(|o| o.ty == "report").collect();
    let mut pending = vec![];
    for o in &reports {
        let ext = match o.extension().map(|v| serde_json::from_value::<ReportExt>(v.clone())) {
            Some(Ok(e)) => e,
            Some(Err(e)) => {
                problems.push(format!("{}.extensions.{ACCORD_EXTENSION}", o.place()), e.to_string());
                continue;
            }
            None => ReportExt::default(),
        };
        let referenced: Vec<&str> = o
            .map
            .get("object_refs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|r| r.starts_with("incident--"))
            .collect();
        let in_bundle: Vec<&String> = referenced.iter().filter_map(|r| keys.get(r)).collect();
        let incident = match (in_bundle.first(), &ext.incident) {
            (Some(k), _) => {
                if in_bundle.len() > 1 {
                    warnings.push(format!(
                        "{}: the report references {} incidents; it is kept with {k}",
                        o.place(),
                        in_bundle.len()
                    ));
                }
                (*k).clone()
            }
            (None, Some(k)) => k.clone(),
            (None, None) => {
                warnings.push(format!(
                    "{}: report {} references no incident in the bundle and is skipped \
                     (an Accord report belongs to an incident)",
                    o.place(),
                    o.id
                ));
                continue;
            }
        };
        if let Some(k) = ext.key.as_deref().or(o.str("x_accord_key")) {
            match valid_key("key", k) {
                Ok(k) if report_keys.insert(k.clone()) => pending.push((o, ext, k, incident)),
                Ok(k) => problems.push(o.place(), format!("key {k} is used by two reports")),
                Err(e) => problems.push(o.place(), e.to_string()),
            }
        } else {
            pending.push((o, ext, String::new(), incident));
        }
    }
    for (o, ext, mut key, incident) in pending {
        if key.is_empty() {
            let hex = o.uuid_hex();
            let candidates = [format!("STIX-{}", hex.get(..12).unwrap_or(&hex)), format!("STIX-{hex}")];
            let Some(k) = candidates.into_iter().find(|k| !report_keys.contains(k)) else { continue };
            report_keys.insert(k.clone());
            key = k;
        }
        let Some(title) = o.str("name").filter(|n| !n.trim().is_empty()) else {
            problems.push(format!("{}.name", o.place()), "a report needs a name");
            continue;
        };
        let tlp = tlp_of(o);
        let carried = ext.distribution.map(|d| (d, ext.sharing_group));
        let report = report_from(o, ext, key, incident, title, &mut warnings);
        match report.validate() {
            Ok(r) => {
                match marking_for(base, tlp, carried) {
                    Ok(m) => {
                        out.report_markings.insert(r.key.clone(), m);
                    }
                    Err(e) => problems.push(format!("{}.extensions.{ACCORD_EXTENSION}", o.place()), e),
                }
                set.reports.push(r);
            }
            Err(e) => problems.push(o.place(), format!("report {e}")),
        }
    }

    // Duplicates.
    for o in live.iter().filter(|o| o.ty == "relationship" && o.str("relationship_type") == Some("duplicate-of")) {
        let (Some(src), Some(dst)) = (o.str("source_ref"), o.str("target_ref")) else { continue };
        match (keys.get(src), keys.get(dst)) {
            (Some(a), Some(b)) if a == b => {
                warnings.push(format!("{}: an incident cannot duplicate itself; skipped", o.place()))
            }
            (Some(a), Some(b)) => {
                if let Some(prev) = set.duplicates.get(a).filter(|p| *p != b) {
                    warnings.push(format!("{}: {a} is already a duplicate of {prev}; {b} is ignored", o.place()));
                } else {
                    set.duplicates.insert(a.clone(), b.clone());
                }
            }
            _ => warnings
                .push(format!("{}: duplicate-of is kept only between two incidents in the bundle; skipped", o.place())),
        }
    }
    if let Err(e) = duplicates::resolve(&set.duplicates) {
        problems.push("$.objects", e.to_string());
    }

    if !problems.is_empty() {
        return Err(problems.error());
    }
    for (ty, n) in skipped {
        warnings.push(format!(
            "skipped {n} {ty} object(s): Accord imports incidents, reports and duplicate-of relationships"
        ));
    }
    for id in unknown_markings {
        warnings.push(format!("marking {id} is not understood; the records it marks are imported as TLP:RED"));
    }
    if granular > 0 {
        warnings
            .push(format!("{granular} record(s) have granular markings; the strictest applies to the whole record"));
    }
    if unmarked > 0 {
        warnings.push(format!(
            "{unmarked} record(s) carry no TLP marking and are imported as {}",
            options.unmarked.as_str()
        ));
    }
    set.warnings = warnings;
    out.set = set;
    Ok(out)
}

/// The record's marking: the caller's distribution, narrowed by the one Accord's extension
/// carries, with the bundle's TLP.
fn marking_for(base: Marking, tlp: Tlp, carried: Option<(Distribution, Option<Uuid>)>) -> Result<Marking, String> {
    let mine = Marking { tlp, ..base };
    match carried {
        None => Ok(mine),
        Some((d, g)) => Marking::new(tlp, d, g).map(|theirs| mine.narrowest(theirs)).map_err(|e| e.to_string()),
    }
}

/// An incident's key from its external references: an `external_id` that is a valid key with a
/// letter in it (a bare number means nothing without its database), or an ATLAS case-study id
/// in `source_name`.
fn external_key(o: &Obj) -> Option<String> {
    o.external_references().find_map(|r| {
        let id = r.get("external_id").and_then(Value::as_str);
        if let Some(k) =
            id.and_then(|i| valid_key("key", i).ok()).filter(|k| k.chars().any(|c| c.is_ascii_alphabetic()))
        {
            return Some(k);
        }
        r.get("source_name").and_then(Value::as_str).filter(|s| is_atlas_case_study(s)).map(str::to_owned)
    })
}

fn is_atlas_case_study(s: &str) -> bool {
    s.strip_prefix("AML.CS").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

fn is_http(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.chars().any(char::is_whitespace)
}

fn lang_of(o: &Obj, warnings: &mut Vec<String>) -> String {
    match o.str("lang") {
        None => "en".to_owned(),
        Some(l) => valid_lang("lang", l).unwrap_or_else(|_| {
            warnings.push(format!("{}.lang: \"{l}\" is not a language code; read as en", o.place()));
            "en".to_owned()
        }),
    }
}

/// `YYYY-MM-DD` of a STIX timestamp.
fn day_of(ts: &str) -> Option<String> {
    parse_timestamp(ts).map(|t| {
        let t = t.to_offset(time::UtcOffset::UTC);
        format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
    })
}

fn imported_source(s: Option<Source>) -> Source {
    match s {
        Some(s @ (Source::Aiid | Source::Avid | Source::Atlas)) => s,
        _ => Source::Stix,
    }
}

fn incident_from(o: &Obj, ext: IncidentExt, key: String, title: &str, warnings: &mut Vec<String>) -> Incident {
    let accord = o.extension().is_some();
    let mut incident = Incident {
        key,
        kind: IncidentKind::Incident,
        title: title.to_owned(),
        description: o.str("description").unwrap_or_default().to_owned(),
        lang: lang_of(o, warnings),
        date: None,
        countries: vec![],
        sectors: vec![],
        severity: None,
        entities: vec![],
        models: vec![],
        classifications: vec![],
        links: vec![],
        references: vec![],
        source: imported_source(ext.source),
    };
    if accord {
        incident.kind = ext.kind.unwrap_or(IncidentKind::Incident);
        incident.date = ext.date;
        incident.countries = ext.countries;
        incident.sectors = ext.sectors;
        incident.severity = ext.severity;
        incident.entities = ext.entities;
        incident.models = ext.models;
        incident.classifications = ext.classifications;
        incident.links = ext.links;
        incident.references = ext.references;
        return incident;
    }
    // OpenCTI's incident_type vocabulary: its ATLAS export calls red-team exercises and
    // demonstrations "research-finding".
    if o.str("incident_type") == Some("research-finding") {
        incident.kind = IncidentKind::Exercise;
    }
    incident.date = o.str("first_seen").and_then(day_of);
    for (n, r) in o.external_references().enumerate() {
        let name = r.get("source_name").and_then(Value::as_str).unwrap_or_default();
        let url = r.get("url").and_then(Value::as_str);
        if let Some(u) = url.filter(|u| !is_http(u)) {
            warnings
                .push(format!("{}.external_references[{n}].url: \"{u}\" is not an http(s) URL; dropped", o.place()));
        }
        let url = url.filter(|u| is_http(u)).map(str::to_owned);
        match r.get("external_id").and_then(Value::as_str) {
            Some(id) if !name.is_empty() => {
                incident.links.push(ExternalLink { namespace: name.to_owned(), id: id.to_owned(), url })
            }
            _ => {
                if let Some(url) = url {
                    incident.references.push(Reference { label: name.to_owned(), url });
                }
            }
        }
    }
    incident
}

fn report_from(
    o: &Obj,
    ext: ReportExt,
    key: String,
    incident: String,
    title: &str,
    warnings: &mut Vec<String>,
) -> Report {
    let accord = o.extension().is_some();
    let url = o
        .external_references()
        .filter_map(|r| r.get("url").and_then(Value::as_str))
        .find(|u| is_http(u))
        .map(str::to_owned);
    let issue = o
        .map
        .get("report_types")
        .and_then(Value::as_array)
        .is_some_and(|t| t.iter().any(|t| t.as_str() == Some("issue-report")));
    Report {
        key,
        incident,
        title: title.to_owned(),
        text: o.str("description").unwrap_or_default().to_owned(),
        lang: lang_of(o, warnings),
        url,
        authors: ext.authors,
        date_published: if accord { ext.date_published } else { o.str("published").and_then(day_of) },
        is_incident_report: ext.is_incident_report.unwrap_or(!issue),
        variant: ext.variant,
        inputs_outputs: ext.inputs_outputs,
        source: imported_source(ext.source),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::timestamp;
    use crate::stix::export::date_start;

    #[test]
    fn the_fixed_accord_ids_are_derived_from_the_namespace() {
        assert_eq!(
            ACCORD_EXTENSION,
            stix_id("extension-definition", ACCORD_NAMESPACE, "extension-definition/accord-incident/1")
        );
        assert_eq!(ACCORD_IDENTITY, stix_id("identity", ACCORD_NAMESPACE, "identity/accord-project"));
    }

    #[test]
    fn ids_and_timestamps_are_checked_strictly() {
        assert!(valid_id("incident", "incident--8458a7d3-dc00-5460-9d32-8db303ab7415"));
        assert!(!valid_id("report", "incident--8458a7d3-dc00-5460-9d32-8db303ab7415"));
        assert!(!valid_id("incident", "incident--8458a7d3dc0054609d328db303ab7415"));
        assert!(!valid_id("incident", "incident-8458a7d3-dc00-5460-9d32-8db303ab7415"));
        assert!(parse_timestamp("2020-01-12T12:00:00.000Z").is_some());
        assert!(parse_timestamp("2020-01-12T12:00:00Z").is_some());
        assert!(parse_timestamp("2020-01-12T12:00:00+01:00").is_none());
        assert!(parse_timestamp("2020-01-12").is_none());
    }

    #[test]
    fn every_tlp_1_and_2_id_is_known() {
        for t in Tlp::ALL {
            assert_eq!(known_marking(tlp_marking_id(t)), Some(t));
        }
        assert_eq!(known_marking("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"), Some(Tlp::Clear));
        assert_eq!(known_marking("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"), Some(Tlp::Red));
        assert_eq!(known_marking("marking-definition--c4099854-e00c-5dbc-b0fe-4c9909920101"), None);
    }

    #[test]
    fn dates_start_at_their_first_instant() {
        assert_eq!(date_start("2019").map(timestamp).as_deref(), Some("2019-01-01T00:00:00.000Z"));
        assert_eq!(date_start("2019-07-04").map(timestamp).as_deref(), Some("2019-07-04T00:00:00.000Z"));
        assert_eq!(date_start("2019-13"), None);
        assert_eq!(day_of("2020-01-12T23:30:00.000Z").as_deref(), Some("2020-01-12"));
    }
}
