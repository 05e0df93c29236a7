//! MITRE ATLAS's resolved data file, `dist/ATLAS.yaml` (reference §4.11).
//!
//! - The matrix becomes the `ATLAS` [`Taxonomy`]: fields `tactic`, `technique` (sub-techniques
//!   included, named "Parent: Sub") and `mitigation` with the ids as permitted values and the
//!   names as descriptions, plus `case-study-type`, `actor` and `reporter`.
//! - Each case study becomes an [`Incident`] keyed by its id (`AML.CS0000`): kind incident or
//!   exercise from `case-study-type`; title `name`; description `summary`; date `incident-date`
//!   cut to its granularity (YEAR → `YYYY`, MONTH → `YYYY-MM`, DATE → `YYYY-MM-DD`); one `ATLAS`
//!   classification with the procedure's tactics and techniques (in order, without repeats),
//!   the type, the actor and the reporter; `target` as an entity with role implicated_system
//!   (ATLAS's actor is the attacker or red team, for which the model has no role, so it stays
//!   an attribute); references with a usable URL.

use serde::Deserialize;

use super::{Files, ImportError, ImportSet, Problems, is_url, slug};
use crate::model::{Attribute, Classification, EntityRef, EntityRole, Incident, IncidentKind, Reference, Source};
use crate::taxonomy::{Field, PermittedValue, Taxonomy};

/// Where the file sits in an atlas-data checkout, and the bare name also accepted.
pub const PATHS: [&str; 2] = ["dist/ATLAS.yaml", "ATLAS.yaml"];

pub fn wanted(path: &str) -> bool {
    PATHS.contains(&path)
}

#[derive(Deserialize)]
struct Doc {
    #[serde(default)]
    name: String,
    #[serde(default)]
    version: String,
    matrices: Vec<Matrix>,
    #[serde(rename = "case-studies", default)]
    case_studies: Vec<CaseStudy>,
}

#[derive(Deserialize)]
struct Matrix {
    #[serde(default)]
    tactics: Vec<Entry>,
    #[serde(default)]
    techniques: Vec<Entry>,
    #[serde(default)]
    mitigations: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    name: String,
    #[serde(rename = "subtechnique-of")]
    subtechnique_of: Option<String>,
}

#[derive(Deserialize)]
struct CaseStudy {
    id: String,
    name: String,
    #[serde(default)]
    summary: String,
    #[serde(rename = "incident-date")]
    incident_date: Option<String>,
    #[serde(rename = "incident-date-granularity")]
    granularity: Option<String>,
    #[serde(default)]
    procedure: Vec<Step>,
    target: Option<String>,
    actor: Option<String>,
    reporter: Option<String>,
    #[serde(rename = "case-study-type")]
    case_study_type: String,
    #[serde(default)]
    references: Option<Vec<CaseReference>>,
}

#[derive(Deserialize)]
struct Step {
    tactic: String,
    technique: String,
}

#[derive(Deserialize)]
struct CaseReference {
    title: Option<String>,
    url: Option<String>,
}

/// Imports the ATLAS taxonomy and case studies from `dist/ATLAS.yaml`.
pub fn import(files: &Files) -> Result<ImportSet, ImportError> {
    let Some((file, text)) = PATHS.iter().find_map(|p| files.get(*p).map(|t| (*p, t))) else {
        return Err(ImportError::one(PATHS[0], "file", "missing: ATLAS's resolved data file is required"));
    };
    let doc: Doc = serde_saphyr::from_str(text).map_err(|e| {
        let place = e.location().map_or_else(|| "file".to_owned(), |l| format!("line {}", l.line()));
        ImportError::one(file, place, e.without_snippet().to_string())
    })?;
    let mut problems = Problems::default();
    let mut set = ImportSet::default();
    let Some(matrix) = doc.matrices.first() else {
        return Err(ImportError::one(file, "$.matrices", "no matrix"));
    };
    let taxonomy = taxonomy(&doc, matrix);
    let technique = taxonomy.field("technique");
    let tactic = taxonomy.field("tactic");
    for (i, cs) in doc.case_studies.iter().enumerate() {
        let place = format!("$.case-studies[{i}] ({})", cs.id);
        let kind = match cs.case_study_type.trim() {
            "incident" => IncidentKind::Incident,
            "exercise" => IncidentKind::Exercise,
            other => {
                problems.push(file, &place, format!("case-study-type `{other}` is neither incident nor exercise"));
                continue;
            }
        };
        let date = match date(cs) {
            Ok(d) => d,
            Err(reason) => {
                problems.push(file, &place, reason);
                continue;
            }
        };
        let mut tactics: Vec<String> = Vec::new();
        let mut techniques: Vec<String> = Vec::new();
        for (j, step) in cs.procedure.iter().enumerate() {
            for (value, field, list) in
                [(&step.tactic, tactic, &mut tactics), (&step.technique, technique, &mut techniques)]
            {
                let value = value.trim();
                if field.is_some_and(|f| !f.permits(value)) {
                    set.warnings.push(format!("{file}: {place}.procedure[{j}]: `{value}` is not in the matrix"));
                }
                if !list.iter().any(|v| v == value) {
                    list.push(value.to_owned());
                }
            }
        }
        let mut attributes = vec![
            Attribute { name: "tactic".into(), values: tactics },
            Attribute { name: "technique".into(), values: techniques },
            Attribute { name: "case-study-type".into(), values: vec![cs.case_study_type.trim().to_owned()] },
        ];
        for (name, v) in [("actor", &cs.actor), ("reporter", &cs.reporter)] {
            if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                attributes.push(Attribute { name: name.into(), values: vec![v.to_owned()] });
            }
        }
        attributes.retain(|a| !a.values.is_empty());
        let mut entities = Vec::new();
        if let Some(target) = cs.target.as_deref().map(str::trim).filter(|t| !t.is_empty())
            && let Some(id) = slug(target)
        {
            entities.push(EntityRef { id, name: target.to_owned(), role: EntityRole::ImplicatedSystem });
        }
        let mut references = Vec::new();
        for (j, r) in cs.references.iter().flatten().enumerate() {
            match r.url.as_deref().map(str::trim) {
                Some(url) if is_url(url) => references.push(Reference {
                    label: r.title.as_deref().unwrap_or_default().trim().to_owned(),
                    url: url.to_owned(),
                }),
                _ => set.warnings.push(format!("{file}: {place}.references[{j}] has no http(s) URL; left out")),
            }
        }
        let incident = Incident {
            key: cs.id.trim().to_owned(),
            kind,
            title: cs.name.clone(),
            description: cs.summary.clone(),
            lang: "en".into(),
            date,
            countries: vec![],
            sectors: vec![],
            severity: None,
            entities,
            models: vec![],
            classifications: vec![Classification { namespace: "ATLAS".into(), attributes, published: true }],
            links: vec![],
            references,
            source: Source::Atlas,
        };
        match incident.validate() {
            Ok(i) => set.incidents.push(i),
            Err(e) => problems.push(file, place, e.to_string()),
        }
    }
    match taxonomy.validate() {
        Ok(t) => set.taxonomies.push(t),
        Err(e) => problems.push(file, "$.matrices[0]", format!("as a taxonomy: {e}")),
    }
    problems.into_result(set)
}

/// The incident date cut to the precision ATLAS states for it.
fn date(cs: &CaseStudy) -> Result<Option<String>, String> {
    let Some(d) = cs.incident_date.as_deref().map(str::trim).filter(|d| !d.is_empty()) else { return Ok(None) };
    let len = match cs.granularity.as_deref().map(str::trim) {
        Some("YEAR") => 4,
        Some("MONTH") => 7,
        Some("DATE") | None => 10,
        Some(other) => return Err(format!("incident-date-granularity `{other}` is not YEAR, MONTH or DATE")),
    };
    let cut = d.get(..len).ok_or_else(|| format!("incident-date `{d}` is shorter than its granularity"))?;
    crate::model::valid_date("incident-date", cut).map(Some).map_err(|e| format!("{e} (`{d}`)"))
}

/// The ATLAS matrix as a taxonomy: tactics, techniques and mitigations by id.
fn taxonomy(doc: &Doc, matrix: &Matrix) -> Taxonomy {
    let values = |entries: &[Entry]| -> Vec<PermittedValue> {
        entries
            .iter()
            .map(|e| {
                let parent = e
                    .subtechnique_of
                    .as_deref()
                    .and_then(|p| entries.iter().find(|x| x.id == p))
                    .map(|p| p.name.trim());
                let description = match parent {
                    Some(p) => format!("{p}: {}", e.name.trim()),
                    None => e.name.trim().to_owned(),
                };
                PermittedValue { value: e.id.trim().to_owned(), description }
            })
            .collect()
    };
    let field = |name: &str, description: &str, permitted_values: Vec<PermittedValue>, facet: bool| Field {
        short_name: name.into(),
        long_name: String::new(),
        description: description.into(),
        permitted_values,
        facet,
    };
    Taxonomy {
        namespace: "ATLAS".into(),
        title: format!(
            "{} {}",
            if doc.name.trim().is_empty() { "MITRE ATLAS" } else { doc.name.trim() },
            doc.version.trim()
        )
        .trim()
        .to_owned(),
        description: "MITRE ATLAS: adversary tactics and techniques against AI systems, their mitigations, and \
                      case studies of real incidents and red-team exercises."
            .into(),
        source: format!("github.com/mitre-atlas/atlas-data dist/ATLAS.yaml, version {}", doc.version.trim()),
        licence: "Apache-2.0 (MITRE)".into(),
        confidence: "primary".into(),
        fields: vec![
            field("tactic", "The adversary's goal at a step (AML.TAnnnn).", values(&matrix.tactics), true),
            field(
                "technique",
                "How the adversary reaches a tactic (AML.Tnnnn; sub-techniques AML.Tnnnn.nnn).",
                values(&matrix.techniques),
                true,
            ),
            field("mitigation", "A defence against techniques (AML.Mnnnn).", values(&matrix.mitigations), false),
            field(
                "case-study-type",
                "Whether the case study is a real incident or a red-team exercise.",
                vec![
                    PermittedValue { value: "incident".into(), description: String::new() },
                    PermittedValue { value: "exercise".into(), description: String::new() },
                ],
                true,
            ),
            field("actor", "Who carried out the attack or exercise.", vec![], false),
            field("reporter", "Who reported the case study.", vec![], false),
        ],
    }
}
