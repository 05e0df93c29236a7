//! Golden cases: profiles written by hand from the legal texts, each with a date and the status
//! expected for named rules (`corpus/golden/*.toml`). `accord rules validate` and the test suite
//! both run them, and both require every obligation to be made to apply by one case and not to
//! apply by another, so no rule goes untested.
//!
//! ```toml
//! [[case]]
//! name = "open-weights GPAI at 3e25 FLOP in the EU"
//! as_of = 2026-09-01
//! bills_as_adopted = false        # optional: evaluate bills as if adopted
//! profile = { markets = ["EU"], roles = ["provider"], general_purpose = true, training_flop = 3e25 }
//! [case.expect]
//! applies = ["eu.aia.52"]
//! not_applicable = ["eu.aia.50.3"]
//! exempt = []                      # also: may_apply, not_in_force
//! [case.expect.missing]            # optional: the exact missing facts of may_apply findings
//! "eu.aia.52" = ["training_flop"]
//! ```

use std::collections::{BTreeMap, BTreeSet};

use crate::fact::Profile;
use crate::pack::{Corpus, EvalOptions, Status};

const STATUSES: [&str; 5] = ["applies", "may_apply", "exempt", "not_applicable", "not_in_force"];

fn status_name(s: &Status) -> &'static str {
    match s {
        Status::Applies => "applies",
        Status::MayApply { .. } => "may_apply",
        Status::Exempt { .. } => "exempt",
        Status::NotApplicable => "not_applicable",
        Status::NotInForce => "not_in_force",
    }
}

/// The outcome of running golden cases.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldenReport {
    pub cases: usize,
    /// Each problem with its file and case: a wrong status, a malformed case, an untested rule.
    pub problems: Vec<String>,
}

fn date_of(v: &toml::Value) -> Option<time::Date> {
    let d = v.as_datetime().and_then(|d| d.date)?;
    time::Date::from_calendar_date(i32::from(d.year), time::Month::try_from(d.month).ok()?, d.day).ok()
}

fn strings(v: &toml::Value) -> Option<Vec<String>> {
    v.as_array()?.iter().map(|x| x.as_str().map(str::to_owned)).collect()
}

/// Runs the golden cases of `files` ((name, text) pairs) against `corpus`. With `coverage`,
/// also reports every obligation no case makes apply, or no case makes not apply.
pub fn check(corpus: &Corpus, files: &[(String, String)], coverage: bool) -> GoldenReport {
    let mut report = GoldenReport::default();
    let mut seen: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for (name, text) in files {
        let doc: toml::Table = match text.parse() {
            Ok(d) => d,
            Err(e) => {
                report.problems.push(format!("{name}: not valid TOML: {e}"));
                continue;
            }
        };
        if let Some(k) = doc.keys().find(|k| *k != "case") {
            report.problems.push(format!("{name}: unknown key {k} (only [[case]] tables)"));
        }
        let Some(cases) = doc.get("case").and_then(|c| c.as_array()) else {
            report.problems.push(format!("{name}: no [[case]]"));
            continue;
        };
        for (i, case) in cases.iter().enumerate() {
            report.cases += 1;
            let Some(case) = case.as_table() else { continue };
            let title =
                case.get("name").and_then(|v| v.as_str()).map_or_else(|| format!("case {}", i + 1), str::to_owned);
            let at = format!("{name} / {title}");
            let mut fail = |p: String| report.problems.push(format!("{at}: {p}"));
            if let Some(k) = case
                .keys()
                .find(|k| !["name", "as_of", "profile", "expect", "bills_as_adopted", "note"].contains(&k.as_str()))
            {
                fail(format!("unknown key {k}"));
            }
            let Some(as_of) = case.get("as_of").and_then(date_of) else {
                fail("as_of must be a date".into());
                continue;
            };
            let Some(profile_table) = case.get("profile").and_then(|p| p.as_table()) else {
                fail("no profile table".into());
                continue;
            };
            let profile = match toml::to_string(profile_table)
                .map_err(|e| e.to_string())
                .and_then(|t| Profile::from_toml(&t).map_err(|e| e.to_string()))
            {
                Ok(p) => p,
                Err(e) => {
                    fail(format!("bad profile: {e}"));
                    continue;
                }
            };
            let options = EvalOptions {
                bills_as_adopted: case.get("bills_as_adopted").and_then(|v| v.as_bool()).unwrap_or(false),
            };
            let findings: BTreeMap<String, Status> =
                corpus.evaluate_with(&profile, as_of, options).into_iter().map(|f| (f.rule, f.status)).collect();
            let Some(expect) = case.get("expect").and_then(|e| e.as_table()) else {
                fail("no [case.expect] table".into());
                continue;
            };
            for (status, rules) in expect {
                if status == "missing" {
                    let Some(table) = rules.as_table() else {
                        fail("expect.missing is a table of rule = [facts]".into());
                        continue;
                    };
                    for (rule, facts) in table {
                        let want = strings(facts).unwrap_or_default();
                        match findings.get(rule) {
                            Some(Status::MayApply { missing_facts }) if *missing_facts == want => {}
                            other => fail(format!("{rule}: expected may_apply missing {want:?}, got {other:?}")),
                        }
                    }
                    continue;
                }
                let Some(status) = STATUSES.iter().find(|s| **s == status).copied() else {
                    fail(format!("expect.{status} is not a status ({})", STATUSES.join(", ")));
                    continue;
                };
                let Some(list) = strings(rules) else {
                    fail(format!("expect.{status} is a list of rule ids"));
                    continue;
                };
                for rule in list {
                    match findings.get(&rule) {
                        None => fail(format!("{rule} is not an obligation of the corpus")),
                        Some(got) if status_name(got) == status => {
                            seen.entry(rule).or_default().insert(status);
                        }
                        Some(got) => fail(format!("{rule}: expected {status}, got {got:?}")),
                    }
                }
            }
        }
    }
    if coverage {
        for rule in corpus.rules().values().filter(|r| r.kind != "exception") {
            let statuses = seen.get(&rule.id).cloned().unwrap_or_default();
            if !statuses.contains("applies") {
                report.problems.push(format!("{}: no golden case makes it apply", rule.id));
            }
            if !statuses.iter().any(|s| ["not_applicable", "exempt", "not_in_force"].contains(s)) {
                report.problems.push(format!("{}: no golden case makes it not apply", rule.id));
            }
        }
    }
    report
}
