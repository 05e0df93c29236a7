//! Rule packs: one TOML file per instrument, each rule cited, dated and confidence-tagged,
//! and the evaluator that turns a profile into findings.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use crate::condition::{Condition, Proof};
use crate::fact::Profile;
use crate::logic::Tri;

/// How sure the corpus is of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Checked against the official text.
    Verified,
    /// Taken from the primary text, not yet cross-checked.
    PrimaryText,
    /// Secondary or unconfirmed: shown as uncertain, never as settled.
    Uncertain,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub from: Option<Date>,
    /// Exclusive.
    pub to: Option<Date>,
    /// The window applies only where this holds (e.g. grandfathering by `placed_on_market`).
    pub when: Option<Condition>,
    /// Why the window is there, e.g. "moved by the Digital Omnibus".
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub id: String,
    pub instrument: String,
    pub jurisdiction: String,
    /// Cross-jurisdiction obligation kind; `exception` for rules that only exempt.
    pub kind: String,
    pub role: Option<String>,
    pub cite: String,
    pub summary: String,
    pub applies_when: Option<Condition>,
    pub unless: Vec<String>,
    pub in_force: Vec<Window>,
    pub source_url: String,
    pub confidence: Confidence,
    /// A time limit the obligation sets, e.g. report within 15 days.
    pub deadline: Option<Deadline>,
    /// A quantity the rule is gated on, e.g. 10^25 FLOP.
    pub threshold: Option<Threshold>,
    /// The technical format an obligation prescribes (e.g. a labelling standard), if any.
    pub format: Option<String>,
    /// Rules of other jurisdictions this one contradicts (a normative conflict, stated by the corpus).
    pub conflicts_with: Vec<String>,
    /// The line of the rule's `id` in its file, for messages.
    pub line: usize,
    pub file: String,
}

/// A time limit with its unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Deadline {
    pub value: f64,
    /// `hours`, `days`, `months` or `years`.
    pub unit: String,
    /// What starts the clock, in words.
    pub from: Option<String>,
}

impl Deadline {
    /// The deadline in days, for comparing across jurisdictions (a month is 30 days, a year 365).
    pub fn days(&self) -> f64 {
        match self.unit.as_str() {
            "hours" => self.value / 24.0,
            "months" => self.value * 30.0,
            "years" => self.value * 365.0,
            _ => self.value,
        }
    }
}

/// A quantity a rule is gated on.
#[derive(Clone, Debug, PartialEq)]
pub struct Threshold {
    pub fact: String,
    pub value: f64,
    pub unit: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct PackError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

/// An instrument: a law, a regulation, a bill or a framework, as its pack describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instrument {
    pub id: String,
    pub title: String,
    pub jurisdiction: String,
    /// e.g. `in_force`, `bill`, `soft_law`, `contested` (free text in the pack).
    pub status: Option<String>,
    pub source: Option<String>,
    pub file: String,
}

/// A set of rule packs, validated together (exceptions may point across packs).
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub rules: BTreeMap<String, Rule>,
    pub instruments: BTreeMap<String, Instrument>,
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1)
}

/// The first line at or after `from` (1-based) that contains `needle`; `from` if none.
fn line_after(text: &str, from: usize, needle: &str) -> usize {
    text.lines().enumerate().skip(from.saturating_sub(1)).find(|(_, l)| l.contains(needle)).map_or(from, |(i, _)| i + 1)
}

fn get_str(t: &toml::Table, key: &str) -> Option<String> {
    t.get(key).and_then(|v| v.as_str()).map(str::to_owned)
}

fn date_of(v: &toml::Value) -> Option<Date> {
    let d = match v {
        toml::Value::Datetime(dt) => dt.date,
        toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok().and_then(|dt| dt.date),
        _ => None,
    }?;
    Date::from_calendar_date(i32::from(d.year), time::Month::try_from(d.month).ok()?, d.day).ok()
}

impl Corpus {
    /// Parses packs given as (file name, text) and validates the whole corpus.
    pub fn from_packs(packs: &[(String, String)]) -> Result<Corpus, PackError> {
        let mut corpus = Corpus::default();
        for (file, text) in packs {
            let fail = |line: usize, problem: String| PackError { file: file.clone(), line, problem };
            let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
                let line = e.span().map_or(1, |s| text[..s.start.min(text.len())].lines().count().max(1));
                fail(line, format!("not valid TOML: {}", e.message()))
            })?;
            let instrument = doc
                .get("instrument")
                .and_then(|v| v.as_table())
                .ok_or_else(|| fail(1, "missing the [instrument] table".into()))?;
            let inst_id = get_str(instrument, "id")
                .ok_or_else(|| fail(line_of(text, "[instrument]"), "[instrument] needs an id".into()))?;
            let jurisdiction = get_str(instrument, "jurisdiction")
                .ok_or_else(|| fail(line_of(text, "[instrument]"), "[instrument] needs a jurisdiction".into()))?;
            let title = get_str(instrument, "title")
                .ok_or_else(|| fail(line_of(text, "[instrument]"), "[instrument] needs a title".into()))?;
            let described = Instrument {
                id: inst_id.clone(),
                title,
                jurisdiction: jurisdiction.clone(),
                status: get_str(instrument, "status"),
                source: get_str(instrument, "source"),
                file: file.clone(),
            };
            if corpus.instruments.insert(inst_id.clone(), described).is_some() {
                return Err(fail(
                    line_of(text, "[instrument]"),
                    format!("instrument {inst_id} is described by two packs"),
                ));
            }
            let rules = doc.get("rule").and_then(|v| v.as_array()).cloned().unwrap_or_default();
            for raw in rules {
                let t = raw.as_table().ok_or_else(|| fail(1, "[[rule]] must be a table".into()))?;
                let id =
                    get_str(t, "id").ok_or_else(|| fail(line_of(text, "[[rule]]"), "a rule lacks its id".into()))?;
                let line = line_of(text, &format!("\"{id}\""));
                let need = |key: &str| {
                    get_str(t, key)
                        .filter(|s| !s.trim().is_empty())
                        .ok_or_else(|| fail(line, format!("rule {id} lacks `{key}`")))
                };
                let kind = need("kind")?;
                let cite = need("cite")?;
                let summary = need("summary")?;
                let source = t
                    .get("source")
                    .and_then(|v| v.as_table())
                    .ok_or_else(|| fail(line, format!("rule {id} lacks its [rule.source]")))?;
                let source_url = get_str(source, "url")
                    .filter(|u| u.starts_with("http"))
                    .ok_or_else(|| fail(line, format!("rule {id}: source.url must be an http(s) address")))?;
                let confidence = match get_str(source, "confidence").as_deref() {
                    Some("verified") => Confidence::Verified,
                    Some("primary_text") => Confidence::PrimaryText,
                    Some("uncertain") => Confidence::Uncertain,
                    _ => {
                        return Err(fail(
                            line,
                            format!("rule {id}: source.confidence must be verified, primary_text or uncertain"),
                        ));
                    }
                };
                let applies_when = t
                    .get("applies_when")
                    .map(|c| Condition::parse(c, "applies_when"))
                    .transpose()
                    .map_err(|e| fail(line_after(text, line, "applies_when"), format!("rule {id}: {e}")))?;
                let unless = match t.get("unless") {
                    None => vec![],
                    Some(v) => v
                        .as_array()
                        .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>())
                        .ok_or_else(|| fail(line, format!("rule {id}: `unless` is a list of rule ids")))?,
                };
                let mut in_force = Vec::new();
                for (i, w) in
                    t.get("in_force").and_then(|v| v.as_array()).cloned().unwrap_or_default().iter().enumerate()
                {
                    let w =
                        w.as_table().ok_or_else(|| fail(line, format!("rule {id}: in_force[{i}] must be a table")))?;
                    let bad_date = |k: &str| fail(line, format!("rule {id}: in_force[{i}].{k} is not a date"));
                    let from = w.get("from").map(|v| date_of(v).ok_or_else(|| bad_date("from"))).transpose()?;
                    let to = w.get("to").map(|v| date_of(v).ok_or_else(|| bad_date("to"))).transpose()?;
                    if let (Some(f), Some(t)) = (from, to)
                        && t <= f
                    {
                        return Err(fail(line, format!("rule {id}: in_force[{i}] ends before it starts")));
                    }
                    let when = w
                        .get("when")
                        .map(|c| Condition::parse(c, &format!("in_force[{i}].when")))
                        .transpose()
                        .map_err(|e| fail(line, format!("rule {id}: {e}")))?;
                    in_force.push(Window { from, to, when, note: get_str(w, "note") });
                }
                let deadline = match t.get("deadline") {
                    None => None,
                    Some(d) => {
                        let d = d
                            .as_table()
                            .ok_or_else(|| fail(line, format!("rule {id}: deadline is a table {{ value, unit }}")))?;
                        let value =
                            d.get("value").and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)));
                        let unit =
                            get_str(d, "unit").filter(|u| ["hours", "days", "months", "years"].contains(&u.as_str()));
                        match (value, unit) {
                            (Some(value), Some(unit)) if value > 0.0 => {
                                Some(Deadline { value, unit, from: get_str(d, "from") })
                            }
                            _ => {
                                return Err(fail(
                                    line,
                                    format!(
                                        "rule {id}: deadline needs a positive value and a unit (hours, days, months, years)"
                                    ),
                                ));
                            }
                        }
                    }
                };
                let threshold = match t.get("threshold") {
                    None => None,
                    Some(d) => {
                        let d = d.as_table().ok_or_else(|| {
                            fail(line, format!("rule {id}: threshold is a table {{ fact, value, unit }}"))
                        })?;
                        let fact = get_str(d, "fact")
                            .filter(|f| crate::fact::fact_type(f) == Some(crate::fact::FactType::Number));
                        let value =
                            d.get("value").and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)));
                        match (fact, value, get_str(d, "unit")) {
                            (Some(fact), Some(value), Some(unit)) => Some(Threshold { fact, value, unit }),
                            _ => {
                                return Err(fail(
                                    line,
                                    format!(
                                        "rule {id}: threshold needs a numeric fact of the vocabulary, a value and a unit"
                                    ),
                                ));
                            }
                        }
                    }
                };
                let conflicts_with = match t.get("conflicts_with") {
                    None => vec![],
                    Some(v) => v
                        .as_array()
                        .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>())
                        .ok_or_else(|| fail(line, format!("rule {id}: `conflicts_with` is a list of rule ids")))?,
                };
                let rule = Rule {
                    id: id.clone(),
                    instrument: inst_id.clone(),
                    jurisdiction: jurisdiction.clone(),
                    kind,
                    role: get_str(t, "role"),
                    cite,
                    summary,
                    applies_when,
                    unless,
                    in_force,
                    source_url,
                    confidence,
                    deadline,
                    threshold,
                    format: get_str(t, "format"),
                    conflicts_with,
                    line,
                    file: file.clone(),
                };
                if corpus.rules.insert(id.clone(), rule).is_some() {
                    return Err(fail(line, format!("rule id {id} is used twice")));
                }
            }
        }
        corpus.check_exceptions()?;
        Ok(corpus)
    }

    /// Every exception resolves, and no rule is (indirectly) its own exception.
    fn check_exceptions(&self) -> Result<(), PackError> {
        for rule in self.rules.values() {
            for c in &rule.conflicts_with {
                if !self.rules.contains_key(c) {
                    return Err(PackError {
                        file: rule.file.clone(),
                        line: rule.line,
                        problem: format!("rule {}: conflicting rule {c} does not exist", rule.id),
                    });
                }
            }
            for e in &rule.unless {
                if !self.rules.contains_key(e) {
                    return Err(PackError {
                        file: rule.file.clone(),
                        line: rule.line,
                        problem: format!("rule {}: exception {e} does not exist", rule.id),
                    });
                }
            }
        }
        // Depth-first search for cycles through `unless`.
        fn visit<'a>(
            c: &'a Corpus,
            id: &'a str,
            path: &mut Vec<&'a str>,
            done: &mut BTreeSet<&'a str>,
        ) -> Option<Vec<String>> {
            if let Some(pos) = path.iter().position(|p| *p == id) {
                return Some(path[pos..].iter().map(|s| (*s).to_owned()).chain([id.to_owned()]).collect());
            }
            if done.contains(id) {
                return None;
            }
            path.push(id);
            if let Some(rule) = c.rules.get(id) {
                for e in &rule.unless {
                    if let Some(cycle) = visit(c, e, path, done) {
                        return Some(cycle);
                    }
                }
            }
            path.pop();
            done.insert(id);
            None
        }
        let mut done = BTreeSet::new();
        for id in self.rules.keys() {
            if let Some(cycle) = visit(self, id, &mut Vec::new(), &mut done) {
                let rule = &self.rules[id];
                return Err(PackError {
                    file: rule.file.clone(),
                    line: rule.line,
                    problem: format!("exceptions form a cycle: {}", cycle.join(" → ")),
                });
            }
        }
        Ok(())
    }
}

/// The outcome of one rule for one profile on one date.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Applies,
    /// Would be decided by these missing facts.
    MayApply {
        missing_facts: Vec<String>,
    },
    /// An exception holds.
    Exempt {
        by: String,
    },
    NotApplicable,
    /// Not in force on the date asked.
    NotInForce,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub status: Status,
    /// How `applies_when` was decided (absent: the rule has no condition).
    pub proof: Option<Proof>,
}

struct Eval {
    value: Tri,
    missing: BTreeSet<String>,
    exempted_by: Option<String>,
    in_force: Tri,
    applies: Tri,
    proof: Option<Proof>,
}

impl Corpus {
    fn eval_rule<'a>(
        &'a self,
        rule: &Rule,
        profile: &Profile,
        as_of: Date,
        memo: &mut BTreeMap<&'a str, (Tri, BTreeSet<String>)>,
    ) -> Eval {
        let mut missing = BTreeSet::new();
        let in_force = if rule.in_force.is_empty() {
            Tri::True
        } else {
            rule.in_force.iter().fold(Tri::False, |acc, w| {
                let in_dates = w.from.is_none_or(|f| as_of >= f) && w.to.is_none_or(|t| as_of < t);
                let when = match &w.when {
                    None => Tri::True,
                    Some(c) => {
                        let p = c.eval(profile);
                        if in_dates {
                            p.missing_facts(&mut missing);
                        }
                        p.value
                    }
                };
                acc.or(Tri::from_bool(in_dates).and(when))
            })
        };
        let proof = rule.applies_when.as_ref().map(|c| c.eval(profile));
        let applies = proof.as_ref().map_or(Tri::True, |p| p.value);
        if let Some(p) = &proof {
            p.missing_facts(&mut missing);
        }
        let mut exempt = Tri::False;
        let mut exempted_by = None;
        for e in &rule.unless {
            // Exceptions are shared by many rules: each is decided once per assessment.
            let Some((key, ex)) = self.rules.get_key_value(e) else { continue };
            let (value, ex_missing) = match memo.get(key.as_str()) {
                Some(hit) => hit.clone(),
                None => {
                    let r = self.eval_rule(ex, profile, as_of, memo);
                    memo.insert(key.as_str(), (r.value, r.missing.clone()));
                    (r.value, r.missing)
                }
            };
            if value == Tri::True && exempted_by.is_none() {
                exempted_by = Some(e.clone());
            }
            if value == Tri::Unknown {
                missing.extend(ex_missing);
            }
            exempt = exempt.or(value);
        }
        let value = in_force.and(applies).and(!exempt);
        Eval { value, missing, exempted_by, in_force, applies, proof }
    }

    /// Findings for every obligation (rules whose kind is not `exception`) on `as_of`.
    pub fn evaluate(&self, profile: &Profile, as_of: Date) -> Vec<Finding> {
        let mut memo = BTreeMap::new();
        self.rules
            .values()
            .filter(|r| r.kind != "exception")
            .map(|rule| {
                let e = self.eval_rule(rule, profile, as_of, &mut memo);
                // A rule that cannot apply to this profile is "not applicable" whatever the date;
                // "not in force" is for rules that would apply but not yet (or no longer).
                let status = if e.applies == Tri::False {
                    Status::NotApplicable
                } else if e.in_force == Tri::False {
                    Status::NotInForce
                } else if let Some(by) = e.exempted_by.clone() {
                    Status::Exempt { by }
                } else {
                    match e.value {
                        Tri::True => Status::Applies,
                        Tri::False => Status::NotApplicable,
                        Tri::Unknown => Status::MayApply { missing_facts: e.missing.into_iter().collect() },
                    }
                };
                Finding { rule: rule.id.clone(), status, proof: e.proof }
            })
            .collect()
    }
}

/// A missing fact and the undecided findings it bears on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskNext {
    pub fact: String,
    /// Rules now `may_apply` that name this fact.
    pub rules: Vec<String>,
}

/// The missing facts, most useful first: ranked by how many undecided findings each would
/// help decide, then by name (stable for tests and for people).
pub fn ask_next(findings: &[Finding]) -> Vec<AskNext> {
    let mut by_fact: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in findings {
        if let Status::MayApply { missing_facts } = &f.status {
            for m in missing_facts {
                by_fact.entry(m.clone()).or_default().push(f.rule.clone());
            }
        }
    }
    let mut out: Vec<AskNext> = by_fact.into_iter().map(|(fact, rules)| AskNext { fact, rules }).collect();
    out.sort_by(|a, b| b.rules.len().cmp(&a.rules.len()).then_with(|| a.fact.cmp(&b.fact)));
    out
}
