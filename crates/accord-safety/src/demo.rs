//! The demo node's safety data, compiled in from `data/demo/reports.toml`: 24 short reports
//! (four in each interface language) about real AIID incidents, written by the Accord project
//! for demonstration (CC BY-SA 4.0, adapted from AIID's descriptions), and three fictional
//! incidents by fictional member organisations that show the markings.

use serde::Deserialize;
use uuid::Uuid;

use crate::marking::{Distribution, Marking, Tlp};
use crate::model::{EntityRef, Incident, IncidentKind, Report, Severity, Source};

const DATA: &str = include_str!("../data/demo/reports.toml");

/// The fictional member organisations that own the demo incidents.
pub const DEMO_OWNERS: [&str; 3] = ["Northbridge Health Trust", "Meridian Bank", "Institute for AI Safety Evaluation"];

/// The demo reports' licence and attribution, to show with them.
pub const LICENCE: &str = "CC BY-SA 4.0";
pub const ATTRIBUTION: &str = "Adapted from incident descriptions in the AI Incident Database \
                               (https://incidentdatabase.ai), Responsible AI Collaborative, CC BY-SA 4.0";
/// Who wrote the demo reports; their `authors`.
pub const AUTHOR: &str = "Accord project (demonstration summary)";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo data: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("demo data: {key}: {reason}")]
    Invalid { key: String, reason: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    about: About,
    report: Vec<DemoReport>,
    incident: Vec<DemoIncident>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct About {
    #[allow(dead_code)]
    written_by: String,
    licence: String,
    attribution: String,
    #[allow(dead_code)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoReport {
    key: String,
    incident: String,
    lang: String,
    source: Source,
    title: String,
    text: String,
    #[serde(default = "yes")]
    is_incident_report: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoIncident {
    key: String,
    owner: String,
    tlp: String,
    distribution: String,
    #[serde(default)]
    sharing_group: Option<Uuid>,
    kind: IncidentKind,
    severity: Option<Severity>,
    date: Option<String>,
    lang: String,
    #[serde(default)]
    sectors: Vec<String>,
    title: String,
    description: String,
    #[serde(default)]
    entities: Vec<EntityRef>,
}

fn parse() -> Result<DemoFile, DemoError> {
    let file: DemoFile = toml::from_str(DATA)?;
    // The header and the constants say the same, so what the UI shows is what the file says.
    if file.about.licence != LICENCE || file.about.attribution != ATTRIBUTION {
        return Err(DemoError::Invalid {
            key: "about".into(),
            reason: "licence or attribution differs from demo.rs".into(),
        });
    }
    Ok(file)
}

fn invalid(key: &str, e: impl ToString) -> DemoError {
    DemoError::Invalid { key: key.to_owned(), reason: e.to_string() }
}

/// The 24 demo reports, validated.
pub fn demo_reports() -> Result<Vec<Report>, DemoError> {
    parse()?
        .report
        .into_iter()
        .map(|r| {
            let key = r.key.clone();
            Report {
                key: r.key,
                incident: r.incident,
                title: r.title,
                text: r.text,
                lang: r.lang,
                url: None,
                authors: vec![AUTHOR.to_owned()],
                date_published: None,
                is_incident_report: r.is_incident_report,
                variant: None,
                inputs_outputs: vec![],
                source: r.source,
            }
            .validate()
            .map_err(|e| invalid(&key, e))
        })
        .collect()
}

/// The three fictional incidents with their markings and owner organisations (one of
/// [`DEMO_OWNERS`]). The AMBER one goes to a sharing group the demo node must create with the
/// UUID given in the file.
pub fn demo_marked_incidents() -> Result<Vec<(Incident, Marking, &'static str)>, DemoError> {
    parse()?
        .incident
        .into_iter()
        .map(|d| {
            let key = d.key.clone();
            let owner = DEMO_OWNERS
                .iter()
                .find(|o| **o == d.owner)
                .ok_or_else(|| invalid(&key, format!("owner \"{}\" is not one of DEMO_OWNERS", d.owner)))?;
            let tlp = Tlp::parse("tlp", &d.tlp).map_err(|e| invalid(&key, e))?;
            let distribution = Distribution::parse("distribution", &d.distribution).map_err(|e| invalid(&key, e))?;
            let marking = Marking::new(tlp, distribution, d.sharing_group).map_err(|e| invalid(&key, e))?;
            let incident = Incident {
                key: d.key,
                kind: d.kind,
                title: d.title,
                description: d.description,
                lang: d.lang,
                date: d.date,
                countries: vec![],
                sectors: d.sectors,
                severity: d.severity,
                entities: d.entities,
                models: vec![],
                classifications: vec![],
                links: vec![],
                references: vec![],
                source: Source::Member,
            }
            .validate()
            .map_err(|e| invalid(&key, e))?;
            Ok((incident, marking, *owner))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn every_demo_report_is_valid_and_each_language_has_four() {
        let reports = demo_reports().unwrap();
        assert_eq!(reports.len(), 24);
        let mut by_lang: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &reports {
            *by_lang.entry(r.lang.as_str()).or_default() += 1;
            assert_eq!(r.source, Source::Member);
            assert!(r.incident.starts_with("AIID-"), "{}", r.key);
            let sentences = r.text.matches(['.', '。', '!', '?']).count();
            assert!((2..=5).contains(&sentences), "{}: {sentences} sentences", r.key);
        }
        assert_eq!(by_lang, BTreeMap::from([("ar", 4), ("en", 4), ("es", 4), ("fr", 4), ("ru", 4), ("zh", 4)]));
        let keys: BTreeSet<&str> = reports.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys.len(), 24, "keys are unique");
        assert!(keys.iter().all(|k| k.starts_with("DEMO-R")));
    }

    #[test]
    fn chinese_is_written_without_spaces_and_arabic_in_arabic_script() {
        let cjk = |c: char| {
            ('\u{4E00}'..='\u{9FFF}').contains(&c)
                || ('\u{3000}'..='\u{303F}').contains(&c)
                || ('\u{FF00}'..='\u{FFEF}').contains(&c)
        };
        for r in demo_reports().unwrap() {
            let text = format!("{} {}", r.title, r.text);
            match r.lang.as_str() {
                "zh" => {
                    let chars: Vec<char> = format!("{}{}", r.title, r.text).chars().collect();
                    for w in chars.windows(3) {
                        assert!(!(w[1] == ' ' && (cjk(w[0]) || cjk(w[2]))), "{}: a space next to Chinese text", r.key);
                    }
                }
                "ar" => {
                    assert!(text.contains(" ال"), "{}", r.key);
                    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
                    let arabic = text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
                    assert!(arabic * 10 >= letters * 9, "{}: mostly Arabic script", r.key);
                }
                _ => {}
            }
        }
    }

    /// The reports describe real incidents: every key is in the AIID snapshot.
    #[test]
    fn every_demo_report_names_an_incident_of_the_aiid_snapshot() {
        let files = crate::embedded::files("aiid");
        let csv = files.get("incidents.csv").expect("the AIID snapshot is embedded");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let id = headers.iter().position(|h| h == "incident_id").unwrap();
        let known: BTreeSet<String> = reader.records().map(|r| format!("AIID-{}", &r.unwrap()[id])).collect();
        for r in demo_reports().unwrap() {
            assert!(known.contains(&r.incident), "{} → {}", r.key, r.incident);
        }
    }

    #[test]
    fn the_fictional_incidents_show_three_markings() {
        let incidents = demo_marked_incidents().unwrap();
        assert_eq!(incidents.len(), 3);
        let markings: Vec<(Tlp, Distribution)> = incidents.iter().map(|(_, m, _)| (m.tlp, m.distribution)).collect();
        assert_eq!(
            markings,
            [
                (Tlp::Green, Distribution::Community),
                (Tlp::Amber, Distribution::SharingGroup),
                (Tlp::Red, Distribution::OrganisationOnly),
            ]
        );
        for (i, _, owner) in &incidents {
            assert!(DEMO_OWNERS.contains(owner));
            assert!(i.description.contains("Fictional record for demonstration"), "{}", i.key);
            assert_eq!(i.source, Source::Member);
        }
        assert!(incidents[1].1.sharing_group.is_some());
    }
}
