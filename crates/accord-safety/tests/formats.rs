#![allow(clippy::unwrap_used, clippy::expect_used)]
//! CSV, JSON and NDJSON exports; Atom feeds; signed webhooks.

use std::time::Duration;

use time::macros::datetime;
use uuid::Uuid;

use accord_safety::export::{
    self, ExportItem, INCIDENT_COLUMNS, REPORT_COLUMNS, Record, incidents_csv, ndjson_line, parse_json, parse_ndjson,
    reports_csv,
};
use accord_safety::feed::{FeedEntry, FeedMeta, TLP_SCHEME, atom, urn_uuid};
use accord_safety::model::{Attribute, ExternalLink, Reference};
use accord_safety::webhook::{EventData, EventKind, WebhookError, WebhookEvent, retry_delay, sign, verify};
use accord_safety::{
    Classification, Distribution, EntityRef, EntityRole, Incident, IncidentKind, Marking, Report, Severity, Source,
    Status, Tlp,
};

const TRICKY: &str = "Chatbot, \"helpful\" and حادث خطير";

fn incident(key: &str, title: &str) -> Incident {
    Incident {
        key: key.into(),
        kind: IncidentKind::Hazard,
        title: title.into(),
        description: "Line one, with a comma.\nLine \"two\".".into(),
        lang: "ar".into(),
        date: Some("2024-02-29".into()),
        countries: vec!["EG".into(), "FR".into()],
        sectors: vec!["health".into()],
        severity: Some(Severity::Hazard),
        entities: vec![
            EntityRef { id: "acme".into(), name: "Acme, Inc.".into(), role: EntityRole::Deployer },
            EntityRef { id: "models-r-us".into(), name: "Models R Us".into(), role: EntityRole::Developer },
            EntityRef { id: "patients".into(), name: "المرضى".into(), role: EntityRole::Harmed },
        ],
        models: vec!["acme/bot-7b".into()],
        classifications: vec![Classification {
            namespace: "CSETv1".into(),
            attributes: vec![
                Attribute { name: "Harm Domain".into(), values: vec!["yes".into()] },
                Attribute { name: "Sector".into(), values: vec!["health".into(), "public".into()] },
            ],
            published: true,
        }],
        links: vec![ExternalLink { namespace: "OECD".into(), id: "2024-02-29-1a2b".into(), url: None }],
        references: vec![Reference { label: "news".into(), url: "https://example.org/a".into() }],
        source: Source::Member,
    }
    .validate()
    .unwrap()
}

fn report(key: &str, incident: &str) -> Report {
    Report {
        key: key.into(),
        incident: incident.into(),
        title: "聊天机器人，给出\"错误\"建议".into(),
        text: "第一行。\n第二行, with \"quotes\".".into(),
        lang: "zh".into(),
        url: Some("https://example.org/r".into()),
        authors: vec!["李明".into(), "Ann O'Neil".into()],
        date_published: Some("2024-03".into()),
        is_incident_report: true,
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    }
    .validate()
    .unwrap()
}

fn items() -> Vec<ExportItem> {
    let group = Uuid::from_u128(7);
    vec![
        ExportItem {
            record: Record::Incident(incident("INC-1", TRICKY)),
            marking: Marking::new(Tlp::Amber, Distribution::SharingGroup, Some(group)).unwrap(),
            status: Status::Published,
            owner: Some("Bureau, \"Ltd\"".into()),
            created: datetime!(2024-03-01 10:00:00.123 +01:00),
            modified: datetime!(2024-03-02 10:00 UTC),
            duplicate_of: None,
        },
        ExportItem {
            record: Record::Incident(incident("INC-2", "=HYPERLINK(\"http://evil\")")),
            marking: Marking::PUBLIC,
            status: Status::Triaged,
            owner: None,
            created: datetime!(2024-03-01 10:00 UTC),
            modified: datetime!(2024-03-01 10:00 UTC),
            duplicate_of: Some("INC-1".into()),
        },
        ExportItem {
            record: Record::Report(report("R-1", "INC-1")),
            marking: Marking::new(Tlp::Green, Distribution::Community, None).unwrap(),
            status: Status::Published,
            owner: Some("Bureau".into()),
            created: datetime!(2024-03-03 00:00 UTC),
            modified: datetime!(2024-03-03 00:00 UTC),
            duplicate_of: None,
        },
    ]
}

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(csv_text.as_bytes());
    r.records().map(|x| x.unwrap().iter().map(str::to_owned).collect()).collect()
}

#[test]
fn incident_csv_quotes_commas_quotes_newlines_and_keeps_arabic() {
    let text = incidents_csv(&items()).unwrap();
    let rows = rows(&text);
    assert_eq!(rows.len(), 3, "a header and the two incidents, no report");
    assert_eq!(rows[0], INCIDENT_COLUMNS);
    let col = |row: &Vec<String>, name: &str| row[INCIDENT_COLUMNS.iter().position(|c| *c == name).unwrap()].clone();
    let first = &rows[1];
    assert_eq!(col(first, "title"), TRICKY);
    assert_eq!(col(first, "description"), "Line one, with a comma.\nLine \"two\".");
    assert_eq!(col(first, "owner"), "Bureau, \"Ltd\"");
    assert_eq!(col(first, "tlp"), "TLP:AMBER");
    assert_eq!(col(first, "distribution"), "sharing_group");
    assert_eq!(col(first, "sharing_group"), Uuid::from_u128(7).to_string());
    assert_eq!(col(first, "countries"), "EG; FR");
    assert_eq!(col(first, "deployers"), "Acme, Inc.");
    assert_eq!(col(first, "harmed"), "المرضى");
    assert_eq!(col(first, "classifications"), "CSETv1: Harm Domain=yes, Sector=health|public");
    assert_eq!(col(first, "links"), "OECD:2024-02-29-1a2b");
    assert_eq!(col(first, "created"), "2024-03-01T09:00:00.123Z");
    assert_eq!(col(first, "status"), "published");
    // The raw text quotes what needs quoting, and keeps UTF-8 as is.
    assert!(text.contains("\"Chatbot, \"\"helpful\"\" and حادث خطير\""), "{text}");
    assert!(text.contains("\"Line one, with a comma.\nLine \"\"two\"\".\""), "{text}");
    // A formula is defused for spreadsheets.
    let second = &rows[2];
    assert_eq!(col(second, "title"), "'=HYPERLINK(\"http://evil\")");
    assert_eq!(col(second, "duplicate_of"), "INC-1");
    assert_eq!(col(second, "tlp"), "TLP:CLEAR");
    assert_eq!(col(second, "owner"), "");
}

#[test]
fn report_csv_has_reports_only() {
    let rows = rows(&reports_csv(&items()).unwrap());
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0], REPORT_COLUMNS);
    let r = &rows[1];
    assert_eq!(r[0], "R-1");
    assert_eq!(r[1], "INC-1");
    assert_eq!(r[2], "聊天机器人，给出\"错误\"建议");
    assert_eq!(r[6], "李明; Ann O'Neil");
    assert_eq!(r[8], "TLP:GREEN");
    assert_eq!(r[17], "第一行。\n第二行, with \"quotes\".");
}

#[test]
fn an_empty_export_is_a_header_row() {
    assert_eq!(incidents_csv(&[]).unwrap().lines().count(), 1);
    assert_eq!(reports_csv(&[]).unwrap().lines().count(), 1);
}

#[test]
fn json_round_trips_and_every_record_carries_its_marking() {
    let items = items();
    let text = export::json(&items, datetime!(2024-04-01 00:00 UTC));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], export::JSON_FORMAT);
    assert_eq!(value["incidents"].as_array().unwrap().len(), 2);
    assert_eq!(value["incidents"][0]["marking"]["tlp"], "TLP:AMBER");
    assert_eq!(value["incidents"][0]["marking"]["distribution"], "sharing_group");
    assert_eq!(value["incidents"][0]["title"], TRICKY);
    assert_eq!(value["incidents"][1]["duplicate_of"], "INC-1");
    assert_eq!(value["reports"][0]["marking"]["tlp"], "TLP:GREEN");
    assert_eq!(value["reports"][0]["incident"], "INC-1");
    assert_eq!(parse_json(&text, "export.json").unwrap(), items);
}

type Change = Box<dyn Fn(&mut serde_json::Value)>;

#[test]
fn json_is_checked_before_it_is_believed() {
    let good: serde_json::Value =
        serde_json::from_str(&export::json(&items(), datetime!(2024-04-01 00:00 UTC))).unwrap();
    let cases: Vec<(Change, &str)> = vec![
        (Box::new(|v| v["format"] = "other/2".into()), "$.format"),
        (Box::new(|v| v["incidents"][1]["title"] = " ".into()), "$.incidents[1].title"),
        (Box::new(|v| v["reports"][0]["lang"] = "chinese".into()), "$.reports[0].lang"),
        (
            Box::new(|v| v["incidents"][0]["marking"]["sharing_group"] = serde_json::Value::Null),
            "$.incidents[0].marking",
        ),
    ];
    for (change, place) in cases {
        let mut v = good.clone();
        change(&mut v);
        let err = parse_json(&v.to_string(), "x.json").unwrap_err();
        assert_eq!(err.problems[0].place, place, "{err}");
    }
    let err = parse_json("{\n  \"format\": ", "x.json").unwrap_err();
    assert!(err.problems[0].place.starts_with("line 2"), "{err}");
}

#[test]
fn ndjson_is_one_line_per_record() {
    let items = items();
    let stream: String = items.iter().map(ndjson_line).collect();
    let lines: Vec<&str> = stream.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(stream.ends_with('\n'));
    for (line, it) in lines.iter().zip(&items) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let ty = if matches!(it.record, Record::Incident(_)) { "incident" } else { "report" };
        assert_eq!(v["type"], ty);
        assert_eq!(v["key"], it.key());
        assert_eq!(v["marking"]["tlp"], it.marking.tlp.as_str());
    }
    assert_eq!(parse_ndjson(&stream, "s.ndjson").unwrap(), items);
    let err = parse_ndjson(&format!("{}\n{{oops\n", lines[0]), "s.ndjson").unwrap_err();
    assert!(err.problems[0].place.starts_with("line 2"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Atom

fn feed_meta() -> FeedMeta {
    FeedMeta {
        id: urn_uuid(Uuid::from_u128(1), "saved-search/42"),
        title: "Search: <chatbots> & \"health\"".into(),
        self_url: "https://accord.example/feeds/42.atom?q=a&lang=ar".into(),
        html_url: "https://accord.example/incidents?q=a&lang=ar".into(),
        updated: datetime!(2024-05-01 12:00 UTC),
        author: "Accord demo node".into(),
        lang: Some("en".into()),
    }
}

fn entries() -> Vec<FeedEntry> {
    vec![
        FeedEntry {
            id: urn_uuid(Uuid::from_u128(1), "INC-1"),
            title: "روبوت محادثة <b>قدّم</b> نصيحة & \"خاطئة\"".into(),
            summary: "聊天机器人给出错误建议 <script>alert(1)</script>\u{1}".into(),
            url: "https://accord.example/incidents/INC-1?x=1&y=2".into(),
            updated: datetime!(2024-05-01 11:00 UTC),
            published: Some(datetime!(2024-04-30 09:00 +02:00)),
            tlp: Tlp::Green,
            author: "Northbridge Health".into(),
            lang: Some("ar".into()),
        },
        FeedEntry {
            id: urn_uuid(Uuid::from_u128(1), "AIID-4"),
            title: "Uber AV Killed Pedestrian in Arizona".into(),
            summary: "An Uber autonomous vehicle in autonomous mode struck and killed a pedestrian.".into(),
            url: "https://accord.example/incidents/AIID-4".into(),
            updated: datetime!(2024-05-01 10:00 UTC),
            published: None,
            tlp: Tlp::Clear,
            author: "AI Incident Database".into(),
            lang: None,
        },
    ]
}

#[test]
fn the_feed_is_well_formed_atom_with_escaped_text() {
    let xml = atom(&feed_meta(), &entries());
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    assert!(!xml.contains("<script>") && !xml.contains("<b>"), "{xml}");
    assert!(xml.contains("&lt;script&gt;") && xml.contains("&amp;"), "{xml}");
    assert!(!xml.contains('\u{1}'), "a control character XML cannot carry is dropped");

    // An independent Atom reader accepts it and reads back exactly what went in.
    let feed: atom_syndication::Feed = xml.parse().unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(feed.title().value, "Search: <chatbots> & \"health\"");
    assert_eq!(feed.id(), feed_meta().id);
    assert_eq!(feed.updated().timestamp(), feed_meta().updated.unix_timestamp());
    assert_eq!(feed.lang(), Some("en"));
    assert_eq!(feed.authors()[0].name(), "Accord demo node");
    let rels: Vec<(&str, &str)> = feed.links().iter().map(|l| (l.rel(), l.href())).collect();
    assert_eq!(
        rels,
        [
            ("self", "https://accord.example/feeds/42.atom?q=a&lang=ar"),
            ("alternate", "https://accord.example/incidents?q=a&lang=ar")
        ]
    );
    let got = feed.entries();
    assert_eq!(got.len(), 2);
    let first = &got[0];
    assert_eq!(first.title().value, "روبوت محادثة <b>قدّم</b> نصيحة & \"خاطئة\"");
    assert_eq!(first.summary().unwrap().value, "聊天机器人给出错误建议 <script>alert(1)</script>");
    assert_eq!(first.links()[0].href(), "https://accord.example/incidents/INC-1?x=1&y=2");
    assert_eq!(first.categories()[0].term(), "TLP:GREEN");
    assert_eq!(first.categories()[0].scheme(), Some(TLP_SCHEME));
    assert_eq!(first.authors()[0].name(), "Northbridge Health");
    assert_eq!(first.published().unwrap().timestamp(), datetime!(2024-04-30 07:00 UTC).unix_timestamp());
    assert_eq!(got[1].categories()[0].term(), "TLP:CLEAR");
    assert!(got[1].published().is_none());
    assert!(xml.contains("<entry xml:lang=\"ar\">"), "{xml}");
}

#[test]
fn an_empty_feed_is_still_valid_atom() {
    let xml = atom(&feed_meta(), &[]);
    let feed: atom_syndication::Feed = xml.parse().unwrap();
    assert!(feed.entries().is_empty());
    assert_eq!(feed.authors().len(), 1, "RFC 4287: a feed without entries needs its own author");
}

#[test]
fn urn_ids_are_stable() {
    let a = urn_uuid(Uuid::from_u128(1), "INC-1");
    assert_eq!(a, urn_uuid(Uuid::from_u128(1), "INC-1"));
    assert_ne!(a, urn_uuid(Uuid::from_u128(2), "INC-1"));
    assert!(a.starts_with("urn:uuid:") && a.len() == 45);
}

// ---------------------------------------------------------------------------------------------
// Webhooks

const SECRET: &[u8] = b"whsec_test";
const NOW: i64 = 1_700_000_000;

#[test]
fn the_signature_is_hmac_sha256_over_timestamp_dot_body() {
    // Computed independently: HMAC-SHA256("whsec_test", "1700000000.{\"a\":1}").
    assert_eq!(
        sign(SECRET, NOW, br#"{"a":1}"#),
        "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
    );
}

#[test]
fn a_signed_body_verifies_and_any_change_fails() {
    let body = br#"{"event":"incident.published"}"#;
    let header = sign(SECRET, NOW, body);
    assert_eq!(verify(SECRET, &header, body, NOW + 10, 300), Ok(()));
    assert_eq!(verify(SECRET, &header, br#"{"event":"incident.updated"}"#, NOW, 300), Err(WebhookError::Mismatch));
    assert_eq!(verify(b"another secret", &header, body, NOW, 300), Err(WebhookError::Mismatch));
    // Moving the timestamp to dodge the tolerance breaks the signature.
    let moved = header.replace("t=1700000000", "t=1700000500");
    assert_eq!(verify(SECRET, &moved, body, NOW + 500, 300), Err(WebhookError::Mismatch));
    // Stale, either way.
    assert_eq!(verify(SECRET, &header, body, NOW + 301, 300), Err(WebhookError::Stale { age: 301, tolerance: 300 }));
    assert_eq!(verify(SECRET, &header, body, NOW - 301, 300), Err(WebhookError::Stale { age: -301, tolerance: 300 }));
    assert_eq!(verify(b"", &header, body, NOW, 300), Err(WebhookError::EmptySecret));
    // During a rotation the sender signs with both secrets; either matches.
    let old = sign(b"old secret", NOW, body);
    let both = format!("{header},{}", old.split_once(',').unwrap().1);
    assert_eq!(verify(b"old secret", &both, body, NOW, 300), Ok(()));
    assert_eq!(verify(SECRET, &both, body, NOW, 300), Ok(()));
    // Unknown schemes are ignored, whitespace is tolerated.
    assert_eq!(verify(SECRET, &format!(" {header} , v0=abc"), body, NOW, 300), Ok(()));
}

#[test]
fn header_errors_say_why() {
    let body = b"{}";
    let sig = sign(SECRET, NOW, body);
    let v1 = sig.split_once(',').unwrap().1;
    let cases = [
        ("", WebhookError::MissingTimestamp),
        (v1, WebhookError::MissingTimestamp),
        ("t=1700000000", WebhookError::MissingSignature),
        ("t=yesterday,v1=00", WebhookError::Malformed("t=\"yesterday\" is not Unix seconds".into())),
        ("t=1700000000,v1=zz", WebhookError::Malformed("v1=\"zz\" is not hex".into())),
        ("t=1700000000,v1=abcd", WebhookError::Malformed("v1 has 2 bytes, not the 32 of SHA-256".into())),
        ("t=1700000000;v1=abcd", WebhookError::Malformed("t=\"1700000000;v1=abcd\" is not Unix seconds".into())),
        ("signature", WebhookError::Malformed("\"signature\" is not key=value".into())),
        ("t=1,t=2,v1=00", WebhookError::Malformed("two timestamps".into())),
    ];
    for (header, want) in cases {
        let got = verify(SECRET, header, body, NOW, 300).unwrap_err();
        assert_eq!(got, want, "{header}");
        assert!(!got.to_string().is_empty());
    }
    assert!(WebhookError::Stale { age: 400, tolerance: 300 }.to_string().contains("400 s"));
}

#[test]
fn the_event_payload_has_a_stable_shape() {
    let event = WebhookEvent {
        id: Uuid::from_u128(0xabc),
        event: EventKind::MarkingChanged,
        created: datetime!(2024-05-01 12:00 UTC),
        data: EventData {
            key: "INC-1".into(),
            title: "حادث".into(),
            url: "https://accord.example/incidents/INC-1".into(),
            tlp: Tlp::Amber,
        },
    };
    let v: serde_json::Value = serde_json::from_slice(&event.body()).unwrap();
    assert_eq!(v["event"], "marking.changed");
    assert_eq!(v["id"], "00000000-0000-0000-0000-000000000abc");
    assert_eq!(v["created"], "2024-05-01T12:00:00Z");
    assert_eq!(v["data"]["tlp"], "TLP:AMBER");
    assert_eq!(v["data"]["title"], "حادث");
    assert_eq!(serde_json::from_value::<WebhookEvent>(v).unwrap(), event);
    for k in EventKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
    }
    let body = event.body();
    assert_eq!(verify(SECRET, &sign(SECRET, NOW, &body), &body, NOW, 300), Ok(()));
}

#[test]
fn retries_back_off_then_give_up() {
    let delays: Vec<Option<Duration>> = (0..9).map(retry_delay).collect();
    let s = |n| Some(Duration::from_secs(n));
    assert_eq!(delays, [s(0), s(10), s(30), s(120), s(600), s(3600), s(6 * 3600), None, None]);
    assert_eq!(retry_delay(u32::MAX), None);
    let mut last = Duration::ZERO;
    for d in delays.into_iter().flatten() {
        assert!(d >= last);
        last = d;
    }
}
