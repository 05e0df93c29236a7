#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The corpus in `corpus/`: it validates (schema, ids, citations, sources, confidence,
//! exceptions, no cycles), every obligation can be made to apply and not to apply, and the
//! worked cases of the reference come out as the law says.

use std::path::Path;

use accord_rules::{Corpus, Profile, Status};
use time::macros::date;

fn corpus() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut packs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    packs.sort();
    Corpus::from_packs(&packs).unwrap()
}

fn example() -> Profile {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/open-weights-gpai.toml"))
            .unwrap();
    Profile::from_toml(&text).unwrap()
}

fn status_of(c: &Corpus, p: &Profile, rule: &str, on: time::Date) -> Status {
    c.evaluate(p, on).into_iter().find(|f| f.rule == rule).unwrap_or_else(|| panic!("no finding for {rule}")).status
}

#[test]
fn the_corpus_validates_and_every_rule_is_cited() {
    let c = corpus();
    assert!(c.rules().len() >= 18);
    for r in c.rules().values() {
        assert!(!r.cite.is_empty() && r.source_url.starts_with("http"), "{}", r.id);
        assert!(
            r.kind == "exception" || c.kinds.contains_key(&r.kind),
            "{}: kind {:?} is not in the taxonomy",
            r.id,
            r.kind
        );
    }
    // Every kind of the reference's convergence/conflict map is in the taxonomy, under its own name.
    for kind in [
        "disclosure.ai_interaction",
        "content.marking.machine_readable",
        "content.label.visible",
        "compute_threshold",
        "incident.report",
        "registration.filing",
        "training_data.transparency",
        "high_risk.employment",
        "content.values_alignment",
        "preemption",
    ] {
        assert!(c.kinds.contains_key(kind), "{kind}");
    }
}

#[test]
fn an_open_weights_model_above_1e25_flop_carries_the_systemic_risk_duties_in_the_eu() {
    let c = corpus();
    let p = example();
    let day = date!(2026 - 09 - 01);
    for rule in
        ["eu.aia.52", "eu.aia.55.1a", "eu.aia.55.1b", "eu.aia.55.1c", "eu.aia.55.1d", "eu.aia.53.1c", "eu.aia.53.1d"]
    {
        assert_eq!(status_of(&c, &p, rule, day), Status::Applies, "{rule}");
    }
    // Systemic risk defeats the open-source exemption, so documentation and the representative are due.
    assert_eq!(status_of(&c, &p, "eu.aia.53.1a", day), Status::Applies);
    assert_eq!(status_of(&c, &p, "eu.aia.54", day), Status::Applies);
    // Placed on 2026-03-01, before Art. 50 applied: marking is due from 2026-12-02 (Omnibus transition).
    assert_eq!(status_of(&c, &p, "eu.aia.50.2", day), Status::NotInForce);
    assert_eq!(status_of(&c, &p, "eu.aia.50.2", date!(2026 - 12 - 02)), Status::Applies);

    // Below the threshold the open-source exemption holds.
    let mut small = p.clone();
    small.set("training_flop", accord_rules::Value::Number(5e24)).unwrap();
    assert_eq!(status_of(&c, &small, "eu.aia.53.1a", day), Status::Exempt { by: "eu.aia.53.2".into() });
    assert_eq!(status_of(&c, &small, "eu.aia.55.1a", day), Status::NotApplicable);
    assert_eq!(status_of(&c, &small, "eu.aia.53.1c", day), Status::Applies, "no open-source exemption for copyright");
}

#[test]
fn without_training_compute_the_gated_rules_may_apply_and_ask_next_puts_it_first() {
    let c = corpus();
    let mut p = example();
    p.unset("training_flop");
    let day = date!(2026 - 09 - 01);
    let findings = c.evaluate(&p, day);
    for rule in ["eu.aia.52", "eu.aia.55.1a", "eu.aia.53.1a", "eu.aia.54"] {
        let f = findings.iter().find(|f| f.rule == rule).unwrap();
        assert_eq!(f.status, Status::MayApply { missing_facts: vec!["training_flop".into()] }, "{rule}");
    }
    assert_eq!(accord_rules::ask_next(&findings)[0].fact, "training_flop");
}

#[test]
fn dates_and_the_omnibus_transition() {
    let c = corpus();
    let p = example();
    // GPAI duties from 2025-08-02 for models placed from then; this one was placed in 2026.
    assert_eq!(status_of(&c, &p, "eu.aia.55.1a", date!(2026 - 03 - 01)), Status::Applies);
    // A model placed before 2025-08-02 has until 2027-08-02 (Art. 111(3)).
    let mut legacy = p.clone();
    legacy.set("placed_on_market", accord_rules::Value::Date(date!(2025 - 01 - 15))).unwrap();
    assert_eq!(status_of(&c, &legacy, "eu.aia.55.1a", date!(2027 - 08 - 01)), Status::NotInForce, "the day before");
    assert_eq!(status_of(&c, &legacy, "eu.aia.55.1a", date!(2027 - 08 - 02)), Status::Applies, "the day it applies");
    // Art. 50(2) marking: 2026-08-02 for new systems, 2026-12-02 for systems placed before (Omnibus).
    let mut new_system = p.clone();
    new_system.set("placed_on_market", accord_rules::Value::Date(date!(2026 - 08 - 02))).unwrap();
    assert_eq!(status_of(&c, &new_system, "eu.aia.50.2", date!(2026 - 08 - 01)), Status::NotInForce);
    assert_eq!(status_of(&c, &new_system, "eu.aia.50.2", date!(2026 - 08 - 02)), Status::Applies);
    assert_eq!(
        status_of(&c, &legacy, "eu.aia.50.2", date!(2026 - 12 - 01)),
        Status::NotInForce,
        "moved by the Omnibus"
    );
    assert_eq!(status_of(&c, &legacy, "eu.aia.50.2", date!(2026 - 12 - 02)), Status::Applies);
    // Outside the EU none of it applies.
    let mut elsewhere = p.clone();
    elsewhere.set("markets", accord_rules::Value::Set(["CN".to_owned()].into())).unwrap();
    assert!(
        c.evaluate(&elsewhere, date!(2026 - 09 - 01))
            .iter()
            .filter(|f| c.rules()[&f.rule].jurisdiction == "EU")
            .all(|f| f.status == Status::NotApplicable)
    );
}

#[test]
fn the_embedded_corpus_is_the_folder() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = accord_rules::embedded::PACKS.iter().map(|(n, _)| (*n).to_owned()).collect();
    embedded.push("kinds.toml".into());
    embedded.sort();
    assert_eq!(embedded, on_disk);
    assert_eq!(accord_rules::embedded::corpus().unwrap().rules().len(), corpus().rules().len());
}
