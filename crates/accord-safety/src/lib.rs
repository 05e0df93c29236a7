//! Accord's safety records, pure: no I/O, no clock.
//!
//! - [`model`]: incidents, reports, entities, classifications, links; validation.
//! - [`marking`]: TLP 2.0 and MISP distribution levels.
//! - [`access`]: the one visibility decision, as token sets the store and the index share.
//! - [`workflow`]: submitted → triaged → published or rejected.
//! - [`duplicates`]: the duplicate mapping, resolved transitively.
//! - [`similar`]: near-duplicate suggestions at intake.
//! - [`taxonomy`]: taxonomies as data; [`import`]: AIID, AVID and ATLAS layouts.
//! - [`stix`]: STIX 2.1 bundles out and in; [`export`]: CSV, JSON, NDJSON; [`feed`]: Atom feeds;
//!   [`webhook`]: signed webhook payloads and retries; [`demo`]: the demo node's reports.

pub mod access;
pub mod demo;
pub mod duplicates;
pub mod embedded;
pub mod export;
pub mod feed;
pub mod import;
pub mod marking;
pub mod model;
pub mod similar;
pub mod stix;
pub mod taxonomy;
pub mod webhook;
pub mod workflow;

pub use access::{Status, Viewer, can_see, record_tokens, report_tokens};
pub use marking::{Distribution, Marking, Tlp};
pub use model::{Classification, EntityRef, EntityRole, Incident, IncidentKind, Report, Severity, Source};
