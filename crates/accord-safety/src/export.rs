//! Exports for people and scripts: CSV for spreadsheets (one row per record), one JSON document,
//! and NDJSON lines for streaming. STIX 2.1 is in [`crate::stix`].
//!
//! What goes into an export is the caller's decision, made with [`crate::access`] before the
//! records get here; every record carries its marking so the handling rule travels with it.

use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, UtcOffset};
use uuid::Uuid;

use crate::access::Status;
use crate::import::{ImportError, Problem};
use crate::marking::Marking;
use crate::model::{EntityRole, Incident, Report};

/// An incident or a report.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Incident(Incident),
    Report(Report),
}

/// One record as the node keeps it, ready to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportItem {
    pub record: Record,
    pub marking: Marking,
    pub status: Status,
    /// The owner organisation's name; `None` for imported public data, which has no owner.
    pub owner: Option<String>,
    pub created: OffsetDateTime,
    pub modified: OffsetDateTime,
    /// For an incident merged into another: the canonical incident's key.
    pub duplicate_of: Option<String>,
}

impl ExportItem {
    pub fn key(&self) -> &str {
        match &self.record {
            Record::Incident(i) => &i.key,
            Record::Report(r) => &r.key,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("the CSV output is not UTF-8")]
    NotUtf8,
}

/// A UTC timestamp with millisecond precision, `2024-01-02T03:04:05.000Z`: the form STIX 2.1
/// asks for, used in every export so the formats agree.
pub fn timestamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

// ---------------------------------------------------------------------------------------------
// JSON and NDJSON

/// The version tag of the JSON document, so readers can refuse a layout they do not know.
pub const JSON_FORMAT: &str = "accord-safety-export/1";

/// A record with what the node keeps about it, as one flat JSON object: the record's own fields
/// plus `marking`, `status`, `owner`, `created`, `modified` and `duplicate_of`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<T> {
    #[serde(flatten)]
    pub record: T,
    pub marking: Marking,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub modified: OffsetDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
}

/// The JSON export: one document with the incidents and the reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    #[serde(with = "time::serde::rfc3339")]
    pub generated: OffsetDateTime,
    pub incidents: Vec<Entry<Incident>>,
    pub reports: Vec<Entry<Report>>,
}

/// One NDJSON line: the entry with a `type` of `incident` or `report`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line {
    Incident(Entry<Incident>),
    Report(Entry<Report>),
}

fn entry<T: Clone>(record: &T, item: &ExportItem) -> Entry<T> {
    Entry {
        record: record.clone(),
        marking: item.marking,
        status: item.status,
        owner: item.owner.clone(),
        created: item.created,
        modified: item.modified,
        duplicate_of: item.duplicate_of.clone(),
    }
}

fn item<T>(entry: Entry<T>, wrap: fn(T) -> Record) -> ExportItem {
    ExportItem {
        record: wrap(entry.record),
        marking: entry.marking,
        status: entry.status,
        owner: entry.owner,
        created: entry.created,
        modified: entry.modified,
        duplicate_of: entry.duplicate_of,
    }
}

/// Builds the JSON document; incidents and reports keep the order they were given in.
pub fn document(items: &[ExportItem], generated: OffsetDateTime) -> Document {
    let mut doc = Document { format: JSON_FORMAT.to_owned(), generated, incidents: vec![], reports: vec![] };
    for it in items {
        match &it.record {
            Record::Incident(i) => doc.incidents.push(entry(i, it)),
            Record::Report(r) => doc.reports.push(entry(r, it)),
        }
    }
    doc
}

/// The JSON export as text (pretty-printed: these files are read by people too).
pub fn json(items: &[ExportItem], generated: OffsetDateTime) -> String {
    // Serialising derived types with string keys cannot fail.
    serde_json::to_string_pretty(&document(items, generated)).unwrap_or_default()
}

/// One NDJSON line, newline included, so a stream is these lines concatenated.
pub fn ndjson_line(item: &ExportItem) -> String {
    let line = match &item.record {
        Record::Incident(i) => Line::Incident(entry(i, item)),
        Record::Report(r) => Line::Report(entry(r, item)),
    };
    // As in `json`: cannot fail for these types.
    let mut s = serde_json::to_string(&line).unwrap_or_default();
    s.push('\n');
    s
}

fn json_problem(file: &str, e: &serde_json::Error, line_offset: usize) -> Problem {
    let msg = e.to_string();
    let reason = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
    Problem { file: file.to_owned(), place: format!("line {}, column {}", e.line() + line_offset, e.column()), reason }
}

/// Checks what an entry says before it is believed: the record's fields and the marking's
/// sharing group.
fn check_entry(file: &str, place: String, it: ExportItem, problems: &mut Vec<Problem>) -> Option<ExportItem> {
    let m = it.marking;
    if let Err(e) = Marking::new(m.tlp, m.distribution, m.sharing_group) {
        problems.push(Problem { file: file.to_owned(), place: format!("{place}.marking"), reason: e.to_string() });
        return None;
    }
    let record = match it.record {
        Record::Incident(i) => i.validate().map(Record::Incident),
        Record::Report(r) => r.validate().map(Record::Report),
    };
    match record {
        Ok(record) => Some(ExportItem { record, ..it }),
        Err(e) => {
            problems.push(Problem {
                file: file.to_owned(),
                place: format!("{place}.{}", e.field),
                reason: e.to_string(),
            });
            None
        }
    }
}

/// Reads a JSON export back. Every record is validated; any problem refuses the whole file.
pub fn parse_json(text: &str, file: &str) -> Result<Vec<ExportItem>, ImportError> {
    let doc: Document =
        serde_json::from_str(text).map_err(|e| ImportError { problems: vec![json_problem(file, &e, 0)] })?;
    if doc.format != JSON_FORMAT {
        return Err(ImportError::one(
            file,
            "$.format",
            format!("expected \"{JSON_FORMAT}\", found \"{}\"", doc.format),
        ));
    }
    let mut problems = vec![];
    let mut items = vec![];
    for (i, e) in doc.incidents.into_iter().enumerate() {
        items.extend(check_entry(file, format!("$.incidents[{i}]"), item(e, Record::Incident), &mut problems));
    }
    for (i, e) in doc.reports.into_iter().enumerate() {
        items.extend(check_entry(file, format!("$.reports[{i}]"), item(e, Record::Report), &mut problems));
    }
    if problems.is_empty() { Ok(items) } else { Err(ImportError { problems }) }
}

/// Reads NDJSON back, line by line; blank lines are skipped.
pub fn parse_ndjson(text: &str, file: &str) -> Result<Vec<ExportItem>, ImportError> {
    let mut problems = vec![];
    let mut items = vec![];
    for (n, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(raw) {
            Ok(Line::Incident(e)) => {
                items.extend(check_entry(file, format!("line {}", n + 1), item(e, Record::Incident), &mut problems))
            }
            Ok(Line::Report(e)) => {
                items.extend(check_entry(file, format!("line {}", n + 1), item(e, Record::Report), &mut problems))
            }
            Err(e) => problems.push(json_problem(file, &e, n)),
        }
    }
    if problems.is_empty() { Ok(items) } else { Err(ImportError { problems }) }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Lists inside one cell are joined with this.
const LIST: &str = "; ";

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
/// formula (CSV injection), so such cells get a leading apostrophe, which spreadsheets hide.
/// The JSON export keeps the exact text.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let bytes = w.into_inner().map_err(|e| ExportError::Csv(e.into_error().into()))?;
    String::from_utf8(bytes).map_err(|_| ExportError::NotUtf8)
}

fn marking_cells(m: &Marking) -> [String; 3] {
    [
        m.tlp.as_str().to_owned(),
        m.distribution.as_str().to_owned(),
        m.sharing_group.map(|g: Uuid| g.to_string()).unwrap_or_default(),
    ]
}

/// `namespace: attribute=value|value, attribute=value` per classification, `; ` between them.
pub fn classification_summary(incident: &Incident) -> String {
    incident
        .classifications
        .iter()
        .map(|c| {
            let attrs: Vec<String> =
                c.attributes.iter().map(|a| format!("{}={}", a.name, a.values.join("|"))).collect();
            format!("{}: {}", c.namespace, attrs.join(", "))
        })
        .collect::<Vec<_>>()
        .join(LIST)
}

fn entities(incident: &Incident, role: EntityRole) -> String {
    incident.entities.iter().filter(|e| e.role == role).map(|e| e.name.as_str()).collect::<Vec<_>>().join(LIST)
}

pub const INCIDENT_COLUMNS: [&str; 26] = [
    "key",
    "kind",
    "title",
    "lang",
    "date",
    "countries",
    "sectors",
    "severity",
    "tlp",
    "distribution",
    "sharing_group",
    "status",
    "source",
    "owner",
    "deployers",
    "developers",
    "harmed",
    "implicated_systems",
    "models",
    "classifications",
    "links",
    "references",
    "duplicate_of",
    "created",
    "modified",
    "description",
];

/// The incidents among `items` as CSV with a header row ([`INCIDENT_COLUMNS`]); reports are
/// left out (see [`reports_csv`]).
pub fn incidents_csv(items: &[ExportItem]) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(INCIDENT_COLUMNS)?;
    for it in items {
        let Record::Incident(i) = &it.record else { continue };
        let [tlp, distribution, group] = marking_cells(&it.marking);
        let links: Vec<String> = i.links.iter().map(|l| format!("{}:{}", l.namespace, l.id)).collect();
        let refs: Vec<&str> = i.references.iter().map(|r| r.url.as_str()).collect();
        let row: [String; 26] = [
            i.key.clone(),
            i.kind.as_str().to_owned(),
            i.title.clone(),
            i.lang.clone(),
            i.date.clone().unwrap_or_default(),
            i.countries.join(LIST),
            i.sectors.join(LIST),
            i.severity.map(|s| s.as_str().to_owned()).unwrap_or_default(),
            tlp,
            distribution,
            group,
            it.status.as_str().to_owned(),
            i.source.as_str().to_owned(),
            it.owner.clone().unwrap_or_default(),
            entities(i, EntityRole::Deployer),
            entities(i, EntityRole::Developer),
            entities(i, EntityRole::Harmed),
            entities(i, EntityRole::ImplicatedSystem),
            i.models.join(LIST),
            classification_summary(i),
            links.join(LIST),
            refs.join(" "),
            it.duplicate_of.clone().unwrap_or_default(),
            timestamp(it.created),
            timestamp(it.modified),
            i.description.clone(),
        ];
        w.write_record(row.iter().map(|c| cell(c)))?;
    }
    finish(w)
}

pub const REPORT_COLUMNS: [&str; 18] = [
    "key",
    "incident",
    "title",
    "lang",
    "date_published",
    "url",
    "authors",
    "is_incident_report",
    "tlp",
    "distribution",
    "sharing_group",
    "status",
    "source",
    "owner",
    "created",
    "modified",
    "variant",
    "text",
];

/// The reports among `items` as CSV with a header row ([`REPORT_COLUMNS`]).
pub fn reports_csv(items: &[ExportItem]) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(REPORT_COLUMNS)?;
    for it in items {
        let Record::Report(r) = &it.record else { continue };
        let [tlp, distribution, group] = marking_cells(&it.marking);
        let variant = r
            .variant
            .map(|v| serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default());
        let row: [String; 18] = [
            r.key.clone(),
            r.incident.clone(),
            r.title.clone(),
            r.lang.clone(),
            r.date_published.clone().unwrap_or_default(),
            r.url.clone().unwrap_or_default(),
            r.authors.join(LIST),
            r.is_incident_report.to_string(),
            tlp,
            distribution,
            group,
            it.status.as_str().to_owned(),
            r.source.as_str().to_owned(),
            it.owner.clone().unwrap_or_default(),
            timestamp(it.created),
            timestamp(it.modified),
            variant.unwrap_or_default(),
            r.text.clone(),
        ];
        w.write_record(row.iter().map(|c| cell(c)))?;
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_with_milliseconds() {
        let t = time::macros::datetime!(2024-01-02 05:04:05.123456 +02:00);
        assert_eq!(timestamp(t), "2024-01-02T03:04:05.123Z");
        assert_eq!(timestamp(time::macros::datetime!(2024-01-02 03:04:05 UTC)), "2024-01-02T03:04:05.000Z");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("AIID-1"), "AIID-1");
    }
}
