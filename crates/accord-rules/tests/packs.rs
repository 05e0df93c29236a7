#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Rule packs end to end on a small test pack modelled on the EU AI Act's general-purpose AI
//! provisions (Arts 51–55; the corpus proper is built separately and cited rule by rule).

use accord_rules::{Corpus, Profile, Status};
use time::macros::date;

const PACK: &str = r#"
[instrument]
id = "test.gpai"
title = "Test pack modelled on Regulation (EU) 2024/1689, Arts 51-55"
jurisdiction = "EU"
status = "in_force"

[[rule]]
id = "test.53.1.a"
kind = "documentation.technical"
role = "provider"
cite = "Art. 53(1)(a)"
summary = "Draw up and keep up to date technical documentation of the model."
applies_when = { all = [ { fact = "markets", contains = "EU" }, { fact = "general_purpose", eq = true } ] }
unless = ["test.53.2"]
[[rule.in_force]]
from = 2025-08-02
[rule.source]
url = "http://data.europa.eu/eli/reg/2024/1689/oj"
confidence = "primary_text"

[[rule]]
id = "test.53.2"
kind = "exception"
cite = "Art. 53(2)"
summary = "Free and open-source models are exempt from Art. 53(1)(a) and (b)."
applies_when = { fact = "foss_licence", eq = true }
unless = ["test.51.presumption"]
[rule.source]
url = "http://data.europa.eu/eli/reg/2024/1689/oj"
confidence = "primary_text"

[[rule]]
id = "test.51.presumption"
kind = "exception"
cite = "Art. 51(2)"
summary = "Cumulative training compute above 10^25 FLOP: presumed systemic risk (the open-source exemption does not apply)."
applies_when = { fact = "training_flop", gt = 1e25 }
[rule.source]
url = "http://data.europa.eu/eli/reg/2024/1689/oj"
confidence = "primary_text"

[[rule]]
id = "test.55"
kind = "risk.systemic.evaluation"
role = "provider"
cite = "Art. 55(1)"
summary = "Evaluate the model, assess and mitigate systemic risks, report serious incidents, ensure cybersecurity."
applies_when = { all = [ { fact = "markets", contains = "EU" }, { fact = "general_purpose", eq = true }, { fact = "training_flop", gt = 1e25 } ] }
[[rule.in_force]]
from = 2025-08-02
[rule.source]
url = "http://data.europa.eu/eli/reg/2024/1689/oj"
confidence = "primary_text"
"#;

fn corpus() -> Corpus {
    Corpus::from_packs(&[("test.gpai.toml".into(), PACK.into())]).unwrap()
}

fn status(c: &Corpus, p: &Profile, rule: &str, on: time::Date) -> Status {
    c.evaluate(p, on).into_iter().find(|f| f.rule == rule).unwrap().status
}

#[test]
fn systemic_risk_overrides_the_open_source_exemption() {
    let c = corpus();
    let big = Profile::from_toml(
        "markets = [\"EU\", \"CN\"]\ngeneral_purpose = true\nfoss_licence = true\ntraining_flop = 3e25\n",
    )
    .unwrap();
    let day = date!(2026 - 01 - 01);
    assert_eq!(status(&c, &big, "test.55", day), Status::Applies);
    assert_eq!(status(&c, &big, "test.53.1.a", day), Status::Applies, "the counter-exception defeats the exemption");

    let small =
        Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\nfoss_licence = true\ntraining_flop = 1e24\n")
            .unwrap();
    assert_eq!(status(&c, &small, "test.53.1.a", day), Status::Exempt { by: "test.53.2".into() });
    assert_eq!(status(&c, &small, "test.55", day), Status::NotApplicable);

    // Exceptions are not findings of their own.
    assert!(c.evaluate(&small, day).iter().all(|f| f.rule != "test.53.2"));
}

#[test]
fn unknown_compute_makes_compute_gated_rules_may_apply_and_names_it() {
    let c = corpus();
    let p = Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\nfoss_licence = true\n").unwrap();
    let day = date!(2026 - 01 - 01);
    assert_eq!(status(&c, &p, "test.55", day), Status::MayApply { missing_facts: vec!["training_flop".into()] });
    assert_eq!(status(&c, &p, "test.53.1.a", day), Status::MayApply { missing_facts: vec!["training_flop".into()] });
    // Outside the EU nothing is undecided: false wins over unknown.
    let p = Profile::from_toml("markets = [\"CN\"]\ngeneral_purpose = true\n").unwrap();
    assert_eq!(status(&c, &p, "test.55", day), Status::NotApplicable);
}

#[test]
fn dates_decide_whether_a_rule_is_in_force() {
    let c = corpus();
    let p = Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\ntraining_flop = 3e25\n").unwrap();
    assert_eq!(status(&c, &p, "test.55", date!(2025 - 08 - 01)), Status::NotInForce, "the day before");
    assert_eq!(status(&c, &p, "test.55", date!(2025 - 08 - 02)), Status::Applies, "the day it applies");
}

#[test]
fn findings_carry_proofs_with_fact_values() {
    let c = corpus();
    let p = Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\ntraining_flop = 3e25\n").unwrap();
    let f = c.evaluate(&p, date!(2026 - 01 - 01)).into_iter().find(|f| f.rule == "test.55").unwrap();
    let proof = f.proof.unwrap();
    assert_eq!(proof.label, "all");
    assert_eq!(proof.children[2].fact, Some(("training_flop".into(), Some("3e25".into()))));
}

#[test]
fn malformed_packs_are_rejected_with_file_line_and_problem() {
    let bad = |text: &str| Corpus::from_packs(&[("bad.toml".into(), text.into())]).unwrap_err().to_string();
    let with = |from: &str, to: &str| PACK.replacen(from, to, 1);

    let e = bad(&with("cite = \"Art. 55(1)\"", "cite = \"Art. 55(1)"));
    assert!(e.starts_with("bad.toml:") && e.contains("not valid TOML"), "{e}");
    let typo = with("{ fact = \"training_flop\", gt = 1e25 } ] }", "{ fact = \"training_flops\", gt = 1e25 } ] }");
    let e = bad(&typo);
    assert!(e.contains("rule test.55") && e.contains("\"training_flops\" is not a fact"), "{e}");
    let line = typo.lines().position(|l| l.contains("training_flops")).unwrap() + 1;
    assert!(e.starts_with(&format!("bad.toml:{line}:")), "the line of the condition: {e}");
    let e = bad(&with("confidence = \"primary_text\"", "confidence = \"likely\""));
    assert!(e.contains("source.confidence must be"), "{e}");
    let e = bad(&with("unless = [\"test.53.2\"]", "unless = [\"test.53.3\"]"));
    assert!(e.contains("exception test.53.3 does not exist"), "{e}");
    let e = bad(&with("id = \"test.55\"", "id = \"test.53.1.a\""));
    assert!(e.contains("used twice"), "{e}");
    let e = bad(&with(
        "[rule.source]\nurl = \"http://data.europa.eu/eli/reg/2024/1689/oj\"\nconfidence = \"primary_text\"\n\n[[rule]]\nid = \"test.53.2\"",
        "[[rule]]\nid = \"test.53.2\"",
    ));
    assert!(e.contains("lacks its [rule.source]"), "{e}");
    // A cycle of exceptions.
    let cyclic = PACK.replacen(
        "applies_when = { fact = \"training_flop\", gt = 1e25 }",
        "applies_when = { fact = \"training_flop\", gt = 1e25 }\nunless = [\"test.53.2\"]",
        1,
    );
    let e = bad(&cyclic);
    assert!(e.contains("cycle") && e.contains("test.53.2"), "{e}");
}

#[test]
fn ask_next_puts_the_fact_that_decides_most_first() {
    let c = corpus();
    // Neither compute nor the licence known: compute bears on both findings, the licence on one.
    let p = Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\n").unwrap();
    let findings = c.evaluate(&p, date!(2026 - 01 - 01));
    let ranked = accord_rules::ask_next(&findings);
    assert_eq!(ranked[0].fact, "training_flop");
    assert_eq!(ranked[0].rules.len(), 2);
    assert!(ranked.iter().any(|a| a.fact == "foss_licence" && a.rules == ["test.53.1.a"]));
    // Once everything is known, nothing is left to ask.
    let p =
        Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\nfoss_licence = false\ntraining_flop = 1e24\n")
            .unwrap();
    assert!(accord_rules::ask_next(&c.evaluate(&p, date!(2026 - 01 - 01))).is_empty());
}

const OTHER: &str = r#"
[instrument]
id = "test.frontier"
title = "Test pack modelled on a frontier-model transparency statute"
jurisdiction = "US-CA"
status = "in_force"

[[rule]]
id = "test.frontier.framework"
kind = "risk.systemic.evaluation"
role = "frontier_developer"
cite = "§ 22757.12"
summary = "Publish a frontier AI framework and report critical safety incidents."
applies_when = { all = [ { fact = "markets", contains = "US-CA" }, { fact = "training_flop", gt = 1e26 } ] }
threshold = { fact = "training_flop", value = 1e26, unit = "FLOP" }
deadline = { value = 15, unit = "days", from = "discovery of a critical safety incident" }
format = "framework published on the developer's website"
conflicts_with = ["test.55"]
[rule.source]
url = "https://leginfo.legislature.ca.gov/"
confidence = "uncertain"
"#;

#[test]
fn comparison_labels_divergences_and_takes_the_strictest_values() {
    let eu = PACK
        .replacen("applies_when = { all = [ { fact = \"markets\", contains = \"EU\" }, { fact = \"general_purpose\", eq = true }, { fact = \"training_flop\", gt = 1e25 } ] }",
            "applies_when = { all = [ { fact = \"markets\", contains = \"EU\" }, { fact = \"general_purpose\", eq = true }, { fact = \"training_flop\", gt = 1e25 } ] }\nthreshold = { fact = \"training_flop\", value = 1e25, unit = \"FLOP\" }\ndeadline = { value = 2, unit = \"days\", from = \"awareness of a serious incident\" }\nformat = \"template of the AI Office\"", 1);
    let c = Corpus::from_packs(&[("eu.toml".into(), eu), ("us.toml".into(), OTHER.into())]).unwrap();
    let p =
        Profile::from_toml("markets = [\"EU\", \"US-CA\"]\ngeneral_purpose = true\ntraining_flop = 2e26\n").unwrap();
    let findings = c.evaluate(&p, date!(2026 - 01 - 01));
    let cmp = accord_rules::compare(&c, &findings);
    let k = cmp.iter().find(|k| k.kind == "risk.systemic.evaluation").unwrap();
    assert_eq!(k.jurisdictions, ["EU", "US-CA"]);
    assert_eq!(k.strictest_deadline.as_ref().unwrap().0, "test.55", "2 days beats 15");
    assert_eq!(k.lowest_thresholds, [("training_flop", 1e25, "FLOP", "test.55")]);
    let kinds: Vec<&str> = k.divergences.iter().map(|d| d.kind.as_str()).collect();
    for expected in ["threshold", "trigger_scope", "deadline", "technical_format", "normative_conflict"] {
        assert!(kinds.contains(&expected), "{expected} in {kinds:?}");
    }
    // Below 10^26 the US rule does not apply: nothing left to compare against.
    let p =
        Profile::from_toml("markets = [\"EU\", \"US-CA\"]\ngeneral_purpose = true\ntraining_flop = 3e25\n").unwrap();
    let cmp = accord_rules::compare(&c, &c.evaluate(&p, date!(2026 - 01 - 01)));
    let k = cmp.iter().find(|k| k.kind == "risk.systemic.evaluation").unwrap();
    assert_eq!(k.jurisdictions, ["EU"]);
    assert!(k.divergences.is_empty());
    // Bad deadlines and thresholds are refused.
    let bad = OTHER.replace("unit = \"days\"", "unit = \"fortnights\"");
    let e = Corpus::from_packs(&[("us.toml".into(), bad)]).unwrap_err().to_string();
    assert!(e.contains("deadline needs"), "{e}");
    let bad = OTHER.replace("threshold = { fact = \"training_flop\"", "threshold = { fact = \"markets\"");
    let e = Corpus::from_packs(&[("us.toml".into(), bad)]).unwrap_err().to_string();
    assert!(e.contains("threshold needs"), "{e}");
}

#[test]
fn the_json_report_has_the_stable_shape() {
    let c = corpus();
    let p = Profile::from_toml("markets = [\"EU\"]\ngeneral_purpose = true\nfoss_licence = true\n").unwrap();
    let report = accord_rules::report::assess(&c, &p, date!(2026 - 01 - 01));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["as_of"], "2026-01-01");
    let f = json["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "test.55").unwrap();
    for key in [
        "rule",
        "instrument",
        "jurisdiction",
        "kind",
        "role",
        "cite",
        "status",
        "missing_facts",
        "exempted_by",
        "deadline",
        "threshold",
        "source",
        "confidence",
        "proof",
    ] {
        assert!(f.get(key).is_some(), "finding lacks {key}");
    }
    assert_eq!(f["status"], "may_apply");
    assert_eq!(f["missing_facts"], serde_json::json!(["training_flop"]));
    assert_eq!(f["confidence"], "primary_text");
    assert_eq!(f["proof"]["value"], "unknown");
    assert_eq!(f["proof"]["children"][2]["fact"], "training_flop");
    assert!(f["proof"]["children"][2].get("fact_value").is_none(), "unknown facts have no value");
    assert_eq!(json["ask_next"][0]["fact"], "training_flop");
    assert_eq!(json["ask_next"][0]["decides"], 2);
    assert!(json["comparison"].is_array());
}
