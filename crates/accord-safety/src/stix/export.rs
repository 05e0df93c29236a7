//! Export: what the caller may send, every object marked (see the module above).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::*;
use crate::export::{ExportItem, Record, timestamp};
fn with_extension_type<T: Serialize>(ext: &T) -> Value {
    let mut v = serde_json::to_value(ext).unwrap_or_else(|_| json!({}));
    if let Value::Object(m) = &mut v {
        m.insert("extension_type".into(), json!("property-extension"));
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Export

fn marking_definition(tlp: Tlp) -> Value {
    json!({
        "type": "marking-definition",
        "spec_version": "2.1",
        "id": tlp_marking_id(tlp),
        "created": TLP2_CREATED,
        "name": tlp.as_str(),
        "extensions": { TLP2_EXTENSION: { "extension_type": "property-extension", "tlp_2_0": tlp.slug() } },
    })
}

fn extension_definition() -> Value {
    json!({
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": ACCORD_EXTENSION,
        "created_by_ref": ACCORD_IDENTITY,
        "created": ACCORD_CREATED,
        "modified": ACCORD_CREATED,
        "name": "Accord AI-incident fields",
        "description": "Accord's own property extension, not an OASIS standard: the fields of an AI incident or \
                        report that STIX 2.1 has no property for, following the OECD common reporting framework.",
        "schema": "Plain-text definition. On an incident: key (the record's key), kind (incident, hazard, near_miss, \
                   vulnerability, exercise), date (YYYY, YYYY-MM or YYYY-MM-DD), countries (ISO 3166-1 alpha-2), \
                   sectors, severity (hazard, serious_hazard, incident, serious_incident, disaster), entities \
                   ({id, name, role: deployer, developer, harmed, implicated_system}), models (org/name), \
                   classifications ({namespace, attributes: [{name, values}], published}), links ({namespace, id, \
                   url}), references ({label, url}), source (aiid, avid, atlas, stix, member), distribution \
                   (organisation_only, community, connected_communities, all, sharing_group), sharing_group \
                   (UUID). On a report: key, incident (the incident's key), authors, date_published, \
                   is_incident_report, variant (unreviewed, approved, rejected), inputs_outputs, source, \
                   distribution, sharing_group.",
        "version": "1.0.0",
        "extension_types": ["property-extension"],
        "object_marking_refs": [tlp_marking_id(Tlp::Clear)],
    })
}

fn identity(id: &str, name: &str, created: &str, tlp: Tlp) -> Value {
    json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": id,
        "created": created,
        "modified": created,
        "name": name,
        "identity_class": "organization",
        "object_marking_refs": [tlp_marking_id(tlp)],
    })
}

/// Drops empty arrays and nulls, which STIX forbids for optional properties.
fn prune(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.retain(|_, x| !(x.is_null() || x.as_array().is_some_and(|a| a.is_empty()) || x.as_str() == Some("")));
    }
    v
}

fn incident_object(i: &Incident, item: &ExportItem, id: &str, creator: &str) -> Value {
    let mut external: Vec<Value> = i
        .references
        .iter()
        .map(|r| json!({ "source_name": if r.label.is_empty() { "reference" } else { &r.label }, "url": r.url }))
        .collect();
    external.extend(
        i.links.iter().map(|l| prune(json!({ "source_name": l.namespace, "external_id": l.id, "url": l.url }))),
    );
    let ext = IncidentExt {
        key: Some(i.key.clone()),
        kind: Some(i.kind),
        date: i.date.clone(),
        countries: i.countries.clone(),
        sectors: i.sectors.clone(),
        severity: i.severity,
        entities: i.entities.clone(),
        models: i.models.clone(),
        classifications: i.classifications.clone(),
        links: i.links.clone(),
        references: i.references.clone(),
        source: Some(i.source),
        distribution: Some(item.marking.distribution),
        sharing_group: item.marking.sharing_group,
    };
    prune(json!({
        "type": "incident",
        "spec_version": "2.1",
        "id": id,
        "created": timestamp(item.created),
        "modified": timestamp(item.modified),
        "created_by_ref": creator,
        "name": i.title,
        "description": i.description,
        "lang": i.lang,
        "external_references": external,
        "object_marking_refs": [tlp_marking_id(item.marking.tlp)],
        "extensions": { ACCORD_EXTENSION: with_extension_type(&ext) },
    }))
}

fn report_object(r: &Report, item: &ExportItem, id: &str, incident_id: &str, creator: &str) -> Value {
    let published =
        r.date_published.as_deref().and_then(date_start).map(timestamp).unwrap_or_else(|| timestamp(item.created));
    let external: Vec<Value> = r.url.iter().map(|u| json!({ "source_name": "report", "url": u })).collect();
    let ext = ReportExt {
        key: Some(r.key.clone()),
        incident: Some(r.incident.clone()),
        authors: r.authors.clone(),
        date_published: r.date_published.clone(),
        is_incident_report: Some(r.is_incident_report),
        variant: r.variant,
        inputs_outputs: r.inputs_outputs.clone(),
        source: Some(r.source),
        distribution: Some(item.marking.distribution),
        sharing_group: item.marking.sharing_group,
    };
    prune(json!({
        "type": "report",
        "spec_version": "2.1",
        "id": id,
        "created": timestamp(item.created),
        "modified": timestamp(item.modified),
        "created_by_ref": creator,
        "name": r.title,
        "description": r.text,
        "lang": r.lang,
        // An open vocabulary in STIX; AIID's two kinds of report.
        "report_types": [if r.is_incident_report { "incident-report" } else { "issue-report" }],
        "published": published,
        "object_refs": [incident_id],
        "external_references": external,
        "object_marking_refs": [tlp_marking_id(item.marking.tlp)],
        "extensions": { ACCORD_EXTENSION: with_extension_type(&ext) },
    }))
}

/// The first instant of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, UTC.
pub(super) fn date_start(date: &str) -> Option<OffsetDateTime> {
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: u8 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    let date = time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    Some(date.midnight().assume_utc())
}

/// A STIX 2.1 bundle of `items`, every object marked with its TLP. Nothing is filtered here.
pub fn export_bundle(items: &[ExportItem], producer: &Producer, now: OffsetDateTime) -> Value {
    let ns = producer.namespace;
    let producer_id = stix_id("identity", ns, "identity/producer");
    let incident_id = |key: &str| stix_id("incident", ns, &format!("incident/{key}"));
    let created = timestamp(producer.created);

    // Owner identity id → (name, least restrictive TLP among the objects it created): an owner
    // is as visible as its most visible record. The producer's name is on every bundle it sends,
    // so its identity is TLP:CLEAR.
    let mut creators: BTreeMap<String, (String, Tlp)> = BTreeMap::new();
    let mut used: BTreeSet<Tlp> = BTreeSet::from([Tlp::Clear]);
    let incident_tlp: HashMap<&str, Tlp> = items
        .iter()
        .filter_map(|it| match &it.record {
            Record::Incident(i) => Some((i.key.as_str(), it.marking.tlp)),
            Record::Report(_) => None,
        })
        .collect();

    let mut records = vec![];
    let mut relationships = vec![];
    for it in items {
        let creator = match &it.owner {
            Some(name) => {
                let id = stix_id("identity", ns, &format!("identity/org/{name}"));
                let entry = creators.entry(id.clone()).or_insert((name.clone(), it.marking.tlp));
                entry.1 = entry.1.min(it.marking.tlp);
                id
            }
            None => producer_id.clone(),
        };
        used.insert(it.marking.tlp);
        match &it.record {
            Record::Incident(i) => {
                let id = incident_id(&i.key);
                records.push(incident_object(i, it, &id, &creator));
                if let Some(canonical) = &it.duplicate_of {
                    // The relationship reveals both incidents: the stricter marking.
                    let tlp = incident_tlp.get(canonical.as_str()).map_or(it.marking.tlp, |t| (*t).max(it.marking.tlp));
                    used.insert(tlp);
                    let rel = stix_id("relationship", ns, &format!("duplicate-of/{}/{canonical}", i.key));
                    let at = timestamp(it.modified);
                    relationships.push(json!({
                        "type": "relationship",
                        "spec_version": "2.1",
                        "id": rel,
                        "created": at,
                        "modified": at,
                        "created_by_ref": producer_id,
                        "relationship_type": "duplicate-of",
                        "source_ref": id,
                        "target_ref": incident_id(canonical),
                        "object_marking_refs": [tlp_marking_id(tlp)],
                    }));
                }
            }
            Record::Report(r) => {
                let id = stix_id("report", ns, &format!("report/{}", r.key));
                records.push(report_object(r, it, &id, &incident_id(&r.incident), &creator));
            }
        }
    }
    let mut objects = vec![identity(&producer_id, &producer.name, &created, Tlp::Clear)];
    objects.extend(creators.iter().map(|(id, (name, tlp))| identity(id, name, &created, *tlp)));
    objects.push(identity(ACCORD_IDENTITY, "Accord project", ACCORD_CREATED, Tlp::Clear));
    objects.extend(used.iter().map(|t| marking_definition(*t)));
    objects.push(extension_definition());
    objects.extend(records);
    objects.extend(relationships);

    let ids: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    let bundle = stix_id("bundle", ns, &format!("bundle/{}/{}", timestamp(now), ids.join(",")));
    json!({ "type": "bundle", "id": bundle, "objects": objects })
}
