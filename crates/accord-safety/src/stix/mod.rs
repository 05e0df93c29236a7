//! STIX 2.1 bundles (OASIS, docs.oasis-open.org/cti/stix/v2.1; reference §4.8): export and import.
//!
//! **Export** writes what it is given (what a recipient may see is decided before, by
//! [`crate::access`]) and marks every object faithfully: an `identity` for the producer and for
//! each owner organisation, the TLP 2.0 `marking-definition`s in use (the fixed ids published in
//! `oasis-open/cti-stix-common-objects`), `incident` SDOs, `report` SDOs pointing at their
//! incident through `object_refs`, and `duplicate-of` relationships. The STIX 2.1 incident is a
//! stub (name, description), so Accord's fields — kind, date, countries, severity, entities with
//! roles, classifications, links — travel in a property extension defined here
//! ([`ACCORD_EXTENSION`]). It is Accord's own, not an OASIS standard. The OASIS Incident Core
//! Extension is not used: it requires a cyber-incident `determination` and
//! `investigation_status` for which Accord has no honest value.
//!
//! Ids are UUIDv5 of the producer's namespace and the record's key, so a re-export keeps them
//! (STIX allows any RFC 4122 UUID; v4 is only a recommendation for SDOs) and two nodes never
//! mint the same id.
//!
//! **Import** reads any STIX 2.1 bundle and keeps what maps onto Accord records:
//!
//! - `incident` objects become incidents; `report` objects become reports of the incident they
//!   reference (`object_refs`, or Accord's extension). A report that references no incident is
//!   skipped with a warning: an Accord report is evidence about an incident, and guessing an
//!   incident out of a threat report would invent one.
//! - `duplicate-of` relationships between two incidents become the duplicate mapping.
//! - Every other type (attack patterns, indicators, …) is skipped with one warning per type.
//! - Keys: Accord's extension (`key`) or a top-level `x_accord_key` when present (round trip);
//!   else, for incidents, an external reference's `external_id` that is a valid key and has a
//!   letter in it, or an ATLAS case-study id in `source_name` (OpenCTI's export puts
//!   `AML.CS0010` there); else `STIX-` and the first 12 hex digits of the STIX id (all 32 if
//!   that is taken). A derived key never replaces another record's.
//!
//! **Markings on import.** A record is never imported as more visible than its markings say:
//!
//! - TLP comes from `object_marking_refs` (and `granular_markings`, applied to the whole
//!   record, since Accord marks records, not fields). TLP 2.0 ids, TLP 1.0 ids (WHITE is read
//!   as CLEAR, as OpenCTI writes it) and `marking-definition`s in the bundle (`definition_type:
//!   "tlp"` or the TLP 2.0 extension) are understood; several markings → the strictest wins.
//! - Statement markings (copyright, terms of use) do not restrict sharing and are ignored.
//! - A marking that cannot be understood (an unknown id, another definition type) might be a
//!   restriction: the record becomes TLP:RED (its owner organisation only) with a warning, and
//!   a person can relax it. Refusing the whole bundle instead would block imports that carry,
//!   say, a PAP marking; reading it as CLEAR could publish what the source restricted.
//! - An object without any TLP marking is unmarked, which STIX (and MISP, OpenCTI) read as "no
//!   restriction": it gets [`ImportOptions::unmarked`], TLP:CLEAR unless the caller says
//!   otherwise, and one warning counts them.
//! - Distribution is this node's decision, not the source's: [`ImportOptions::distribution`]
//!   (default `community`: the node's members, not the public). Accord's extension carries the
//!   exporting node's distribution, which can only narrow it ([`Marking::narrowest`]).
//! - Source: a record Accord's extension says came from AIID, AVID or ATLAS keeps that source;
//!   anything else — including `member`, which would claim it was reported on *this* node — is
//!   `stix`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::marking::{Distribution, Marking, Tlp};
use crate::model::{
    Classification, EntityRef, ExternalLink, Incident, IncidentKind, Reference, Report, Severity, Source,
    VariantStatus, valid_key, valid_lang,
};

/// The OASIS extension that defines TLP 2.0 markings (`tlp_2_0` property).
pub const TLP2_EXTENSION: &str = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
const TLP2_CREATED: &str = "2022-10-01T00:00:00.000Z";

/// The fixed id of a TLP 2.0 marking definition.
pub fn tlp_marking_id(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        Tlp::Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        Tlp::Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        Tlp::AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        Tlp::Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    }
}

/// The TLP 1.0 markings predefined by STIX 2.1; WHITE is CLEAR.
const TLP1: [(&str, Tlp); 4] = [
    ("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp::Clear),
    ("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp::Green),
    ("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp::Amber),
    ("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp::Red),
];

/// The TLP a well-known marking id stands for, TLP 2.0 or 1.0.
pub fn known_marking(id: &str) -> Option<Tlp> {
    Tlp::ALL
        .into_iter()
        .find(|t| tlp_marking_id(*t) == id)
        .or_else(|| TLP1.iter().find(|(i, _)| *i == id).map(|(_, t)| *t))
}

/// Accord's namespace for the ids every node shares (the extension and the project identity).
/// Fixed forever: changing it would change those ids.
pub const ACCORD_NAMESPACE: Uuid = Uuid::from_u128(0x72a7bd3f_6913_4b2c_9faa_0a980645cadd);
/// Accord's property extension (UUIDv5 of [`ACCORD_NAMESPACE`] and
/// `extension-definition/accord-incident/1`).
pub const ACCORD_EXTENSION: &str = "extension-definition--adeb593a-7c1b-5e36-a3f0-f2db676ef7dd";
/// The Accord project, creator of the extension (UUIDv5 of `identity/accord-project`).
pub const ACCORD_IDENTITY: &str = "identity--7b267c52-ce03-54aa-bec5-49a25074169c";
const ACCORD_CREATED: &str = "2026-11-28T00:00:00.000Z";

/// Who produces the bundle: the node (or the organisation operating it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Producer {
    pub name: String,
    /// Seeds this producer's deterministic ids, e.g. the node's id. Keep it stable.
    pub namespace: Uuid,
    /// When the producer came to be; its identities' `created`, which must not move between
    /// exports (STIX: a new version keeps `created`).
    pub created: OffsetDateTime,
}

/// `<type>--<UUIDv5(namespace, name)>`.
pub fn stix_id(ty: &str, namespace: Uuid, name: &str) -> String {
    format!("{ty}--{}", Uuid::new_v5(&namespace, name.as_bytes()))
}

/// Accord's fields of an incident, carried in [`ACCORD_EXTENSION`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct IncidentExt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<IncidentKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    countries: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    entities: Vec<EntityRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    models: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    classifications: Vec<Classification>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    links: Vec<ExternalLink>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    references: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    distribution: Option<Distribution>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sharing_group: Option<Uuid>,
}

/// Accord's fields of a report, carried in [`ACCORD_EXTENSION`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct ReportExt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    /// The incident's key, for a report exported without its incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    incident: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    is_incident_report: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    variant: Option<VariantStatus>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    inputs_outputs: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    distribution: Option<Distribution>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sharing_group: Option<Uuid>,
}

mod export;
mod import;

pub use export::export_bundle;
pub use import::{ImportOptions, StixImport, import_bundle, import_bundle_with};
