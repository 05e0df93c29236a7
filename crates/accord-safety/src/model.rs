//! The records: incidents (harm events, hazards, near misses, vulnerabilities, exercises),
//! reports (evidence documents in any language), entities with roles, classifications under
//! taxonomies kept as data, and links to other databases (reference §1, §6).

use serde::{Deserialize, Serialize};

use accord_core::validate::{Invalid, Problem, optional_text, required_text};

use crate::marking::Marking;

/// A stable public key such as `AIID-23`, `AVID-2023-V001`, `AML.CS0000` or `INC-7` (this
/// node's own). Letters, digits, `.`, `_` and `-`, at most 64 characters.
pub fn valid_key(field: &str, key: &str) -> Result<String, Invalid> {
    let k = key.trim();
    if k.is_empty() {
        return Err(Invalid::new(field, Problem::Missing));
    }
    if k.len() > 64 || !k.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        return Err(Invalid::new(
            field,
            Problem::Malformed { expected: "letters, digits, '.', '_' or '-' (at most 64)" },
        ));
    }
    Ok(k.to_owned())
}

/// What kind of event the record is (OECD: incident vs hazard; AIID's "issue"; AVID's and
/// ATLAS's kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// Harm happened.
    Incident,
    /// Harm could plausibly happen (OECD "AI hazard").
    Hazard,
    /// Harm was narrowly avoided.
    NearMiss,
    /// A weakness of a model or system (AVID).
    Vulnerability,
    /// A red-team exercise or demonstration (ATLAS "exercise").
    Exercise,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 5] = [
        IncidentKind::Incident,
        IncidentKind::Hazard,
        IncidentKind::NearMiss,
        IncidentKind::Vulnerability,
        IncidentKind::Exercise,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IncidentKind::Incident => "incident",
            IncidentKind::Hazard => "hazard",
            IncidentKind::NearMiss => "near_miss",
            IncidentKind::Vulnerability => "vulnerability",
            IncidentKind::Exercise => "exercise",
        }
    }

    pub fn parse(field: &str, value: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|k| k.as_str() == value.trim()).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Self::ALL.iter().map(|k| k.as_str()).collect() })
        })
    }
}

/// Severity on the OECD scale (criterion 10 of the common reporting framework; the levels follow
/// OECD AI Papers No. 16 — secondary source, see the reference §3.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Hazard,
    SeriousHazard,
    Incident,
    SeriousIncident,
    Disaster,
}

impl Severity {
    pub const ALL: [Severity; 5] =
        [Severity::Hazard, Severity::SeriousHazard, Severity::Incident, Severity::SeriousIncident, Severity::Disaster];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hazard => "hazard",
            Severity::SeriousHazard => "serious_hazard",
            Severity::Incident => "incident",
            Severity::SeriousIncident => "serious_incident",
            Severity::Disaster => "disaster",
        }
    }

    pub fn parse(field: &str, value: &str) -> Result<Self, Invalid> {
        Self::ALL.into_iter().find(|k| k.as_str() == value.trim()).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Self::ALL.iter().map(|k| k.as_str()).collect() })
        })
    }
}

/// The part an entity played (AIID's alleged deployer, developer, harmed parties; implicated
/// systems).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityRole {
    Deployer,
    Developer,
    Harmed,
    ImplicatedSystem,
}

impl EntityRole {
    pub const ALL: [EntityRole; 4] =
        [EntityRole::Deployer, EntityRole::Developer, EntityRole::Harmed, EntityRole::ImplicatedSystem];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityRole::Deployer => "deployer",
            EntityRole::Developer => "developer",
            EntityRole::Harmed => "harmed",
            EntityRole::ImplicatedSystem => "implicated_system",
        }
    }
}

/// An entity (organisation, person, group or system) in a role. `id` is a slug (`youtube`,
/// `elaine-herzberg`); `name` is how to show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    pub id: String,
    pub name: String,
    pub role: EntityRole,
}

/// One classification of the record under a taxonomy: `namespace` names the taxonomy (CSETv1,
/// GMF, MIT, AVID, ATLAS, OECD), each attribute a field of it with its values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    pub namespace: String,
    pub attributes: Vec<Attribute>,
    /// The source published this classification (AIID's `Published` column).
    #[serde(default = "yes")]
    pub published: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    pub name: String,
    pub values: Vec<String>,
}

impl Classification {
    /// The values of one attribute, empty if absent.
    pub fn values(&self, name: &str) -> &[String] {
        self.attributes.iter().find(|a| a.name == name).map(|a| a.values.as_slice()).unwrap_or(&[])
    }
}

/// The same event in another database (AIID ↔ OECD AIM, AVID → ATLAS).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalLink {
    pub namespace: String,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a record came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Aiid,
    Avid,
    Atlas,
    Stix,
    /// Reported on this node by a member.
    Member,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Aiid => "aiid",
            Source::Avid => "avid",
            Source::Atlas => "atlas",
            Source::Stix => "stix",
            Source::Member => "member",
        }
    }
}

/// An incident: the event, as editors describe it. Reports are separate records pointing here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub key: String,
    pub kind: IncidentKind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The language of title and description (BCP 47 primary subtag, `en`, `zh`, …).
    #[serde(default = "english")]
    pub lang: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision is the text's length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<EntityRef>,
    /// Registry keys (`org/name`) of the models and systems involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<Classification>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<ExternalLink>,
    /// Source URLs and citations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    pub source: Source,
}

fn english() -> String {
    "en".to_owned()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    #[serde(default)]
    pub label: String,
    pub url: String,
}

/// Variants (AIID): a report describing another input/output of the same failure, reviewed
/// like a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VariantStatus {
    Unreviewed,
    Approved,
    Rejected,
}

/// A report: one evidence document about an incident, in any language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub key: String,
    pub incident: String,
    pub title: String,
    #[serde(default)]
    pub text: String,
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
    /// `false` for an issue report (a hazard or concern) or a variant, as in AIID.
    #[serde(default = "yes")]
    pub is_incident_report: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<VariantStatus>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs_outputs: Vec<String>,
    pub source: Source,
}

/// An incident or report with what the node keeps about it: marking, owner, status, version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Marked<T> {
    pub record: T,
    pub marking: Marking,
    pub status: crate::access::Status,
}

const TITLE_MAX: usize = 300;
const TEXT_MAX: usize = 100_000;

/// Checks a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn valid_date(field: &str, value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    let bad = || Invalid::new(field, Problem::Malformed { expected: "a date as YYYY, YYYY-MM or YYYY-MM-DD" });
    let parts: Vec<&str> = v.split('-').collect();
    let numeric = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    let ok = match parts.as_slice() {
        [y] => numeric(y, 4),
        [y, m] => numeric(y, 4) && numeric(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        [_, _, _] => time::Date::parse(v, time::macros::format_description!("[year]-[month]-[day]")).is_ok(),
        _ => false,
    };
    if ok { Ok(v.to_owned()) } else { Err(bad()) }
}

/// The year of a date in any precision.
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

/// Checks a language code: two or three lowercase letters, optionally followed by a region
/// (`fr`, `zh-Hans`, `es-419`); the primary subtag is what the node keeps.
pub fn valid_lang(field: &str, value: &str) -> Result<String, Invalid> {
    let primary = value.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(primary)
    } else {
        Err(Invalid::new(field, Problem::Malformed { expected: "a language code such as en, zh, ar, fr, ru or es" }))
    }
}

fn valid_url(field: &str, value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if (v.starts_with("https://") || v.starts_with("http://")) && v.len() <= 2000 && !v.chars().any(char::is_whitespace)
    {
        Ok(v.to_owned())
    } else {
        Err(Invalid::new(field, Problem::Malformed { expected: "an http(s) URL" }))
    }
}

impl Incident {
    /// Checks and normalises every field; the first problem is returned with its field path.
    pub fn validate(mut self) -> Result<Incident, Invalid> {
        self.key = valid_key("key", &self.key)?;
        self.title = required_text("title", &self.title, TITLE_MAX)?;
        self.description = multiline("description", &self.description, TEXT_MAX)?;
        self.lang = valid_lang("lang", &self.lang)?;
        if let Some(d) = &self.date {
            self.date = Some(valid_date("date", d)?);
        }
        for (i, c) in self.countries.iter_mut().enumerate() {
            let up = c.trim().to_ascii_uppercase();
            if up.len() != 2 || !up.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(Invalid::new(
                    format!("countries[{i}]"),
                    Problem::Malformed { expected: "an ISO 3166-1 alpha-2 code such as FR" },
                ));
            }
            *c = up;
        }
        for (i, s) in self.sectors.iter_mut().enumerate() {
            *s = required_text(&format!("sectors[{i}]"), s, 200)?;
        }
        for (i, e) in self.entities.iter_mut().enumerate() {
            e.id = valid_key(&format!("entities[{i}].id"), &e.id.to_ascii_lowercase())?;
            e.name = required_text(&format!("entities[{i}].name"), &e.name, 200)?;
        }
        for (i, m) in self.models.iter().enumerate() {
            let parts: Vec<&str> = m.split('/').collect();
            if parts.len() != 2 || parts.iter().any(|p| p.is_empty()) {
                return Err(Invalid::new(
                    format!("models[{i}]"),
                    Problem::Malformed { expected: "a registry key such as org/name" },
                ));
            }
        }
        for (i, r) in self.references.iter_mut().enumerate() {
            r.url = valid_url(&format!("references[{i}].url"), &r.url)?;
            r.label = optional_text(&format!("references[{i}].label"), &r.label, 500)?.unwrap_or_default();
        }
        Ok(self)
    }

    /// The year the incident happened, for facets and charts.
    pub fn year(&self) -> Option<i32> {
        self.date.as_deref().and_then(year_of)
    }

    /// Values of one classification attribute across namespaces named `namespace`.
    pub fn classified(&self, namespace: &str, attribute: &str) -> Vec<&str> {
        self.classifications
            .iter()
            .filter(|c| c.namespace == namespace)
            .flat_map(|c| c.values(attribute).iter().map(String::as_str))
            .collect()
    }
}

impl Report {
    pub fn validate(mut self) -> Result<Report, Invalid> {
        self.key = valid_key("key", &self.key)?;
        self.incident = valid_key("incident", &self.incident)?;
        self.title = required_text("title", &self.title, TITLE_MAX)?;
        self.text = multiline("text", &self.text, TEXT_MAX)?;
        self.lang = valid_lang("lang", &self.lang)?;
        if let Some(u) = &self.url {
            self.url = Some(valid_url("url", u)?);
        }
        if let Some(d) = &self.date_published {
            self.date_published = Some(valid_date("date_published", d)?);
        }
        for (i, a) in self.authors.iter_mut().enumerate() {
            *a = required_text(&format!("authors[{i}]"), a, 200)?;
        }
        Ok(self)
    }
}

/// Text that may span lines (tabs and newlines allowed, other control characters not).
fn multiline(field: &str, value: &str, max: usize) -> Result<String, Invalid> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    if v.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Invalid::new(field, Problem::Malformed { expected: "text without control characters" }));
    }
    Ok(v.replace("\r\n", "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident() -> Incident {
        Incident {
            key: "INC-1".into(),
            kind: IncidentKind::Incident,
            title: " Chatbot gave dangerous advice ".into(),
            description: "Line one\r\nline two".into(),
            lang: "fr-FR".into(),
            date: Some("2024-02".into()),
            countries: vec!["fr".into()],
            sectors: vec![],
            severity: Some(Severity::Incident),
            entities: vec![EntityRef { id: "ACME".into(), name: "Acme".into(), role: EntityRole::Deployer }],
            models: vec!["acme/bot-7b".into()],
            classifications: vec![],
            links: vec![],
            references: vec![Reference { label: String::new(), url: "https://example.org/a".into() }],
            source: Source::Member,
        }
    }

    #[test]
    fn a_valid_incident_is_normalised() {
        let i = incident().validate().unwrap();
        assert_eq!(i.title, "Chatbot gave dangerous advice");
        assert_eq!(i.description, "Line one\nline two");
        assert_eq!(i.lang, "fr");
        assert_eq!(i.countries, ["FR"]);
        assert_eq!(i.entities[0].id, "acme");
        assert_eq!(i.year(), Some(2024));
    }

    type Change = Box<dyn Fn(&mut Incident)>;

    #[test]
    fn each_bad_field_is_named() {
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|i| i.key = "bad key".into()), "key"),
            (Box::new(|i| i.title = "  ".into()), "title"),
            (Box::new(|i| i.date = Some("2024-13".into())), "date"),
            (Box::new(|i| i.date = Some("2023-02-30".into())), "date"),
            (Box::new(|i| i.countries = vec!["FRA".into()]), "countries[0]"),
            (Box::new(|i| i.models = vec!["justaname".into()]), "models[0]"),
            (Box::new(|i| i.references[0].url = "javascript:alert(1)".into()), "references[0].url"),
            (Box::new(|i| i.lang = "français".into()), "lang"),
            (Box::new(|i| i.description = "a\u{0}b".into()), "description"),
        ];
        for (change, field) in cases {
            let mut i = incident();
            change(&mut i);
            assert_eq!(i.validate().unwrap_err().field, field);
        }
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(valid_date("d", "2019").unwrap(), "2019");
        assert_eq!(valid_date("d", "2019-07").unwrap(), "2019-07");
        assert!(valid_date("d", "2019-7").is_err());
        assert!(valid_date("d", "19").is_err());
        assert_eq!(year_of("2019-07-01"), Some(2019));
    }
}
