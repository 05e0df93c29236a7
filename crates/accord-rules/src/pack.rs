//! Rule packs: one TOML file per instrument, each rule cited, dated and confidence-tagged,
//! and the evaluator that turns a profile into findings.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use crate::condition::{Condition, Proof};
use crate::fact::Profile;

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
    /// A challenge to the rule's validity (e.g. federal pre-emption efforts): shown, never silently applied.
    pub contested: Option<Contested>,
    /// Dates an amendment moved, kept for the timeline and `rules diff`.
    pub date_history: Vec<DateChange>,
    /// External identifiers, e.g. `eli`, `dpv` (IRIs).
    pub external_ids: BTreeMap<String, String>,
    /// The facts `applies_when` reads other than `markets`, sorted and joined: rules of one kind
    /// with different triggers differ in scope.
    pub trigger: String,
    /// The position of `kind` in the taxonomy (id order), for grouping without comparing text.
    pub kind_rank: usize,
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

/// A challenge to a rule or instrument that has not been decided (e.g. pre-emption efforts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contested {
    /// Who or what contests it, e.g. "US EO 14365".
    pub by: String,
    pub note: String,
    pub source: Option<String>,
}

/// A date an amendment moved: the old date is kept so the history stays visible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateChange {
    pub was: Date,
    /// The new date; `None` when the date was removed without replacement.
    pub now: Option<Date>,
    /// The amending act.
    pub by: String,
    pub note: Option<String>,
}

/// An obligation kind of the shared taxonomy (`corpus/kinds.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kind {
    pub id: String,
    pub title: String,
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
    pub status: InstrumentStatus,
    /// Why the status is what it is (e.g. the stage a bill has reached).
    pub status_note: Option<String>,
    pub source: Option<String>,
    pub contested: Option<Contested>,
    pub file: String,
}

/// Where an instrument stands. Rules of a bill or a repealed act are never in force; rules of a
/// voluntary instrument are evaluated but shown as non-binding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstrumentStatus {
    /// Adopted law; its rules apply within their windows.
    InForce,
    /// A bill or draft: nothing in it applies yet.
    Bill,
    /// Adopted but not yet in force (e.g. a treaty awaiting ratifications): nothing applies yet.
    Adopted,
    /// Soft law, codes of conduct, commitments.
    Voluntary,
    /// No longer in force.
    Repealed,
}

impl InstrumentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InstrumentStatus::InForce => "in_force",
            InstrumentStatus::Bill => "bill",
            InstrumentStatus::Adopted => "adopted",
            InstrumentStatus::Voluntary => "voluntary",
            InstrumentStatus::Repealed => "repealed",
        }
    }

    pub fn binding(self) -> bool {
        !matches!(self, InstrumentStatus::Voluntary)
    }
}

/// A set of rule packs, validated together (exceptions may point across packs).
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Private so the compiled plan cannot drift from the rules: read with [`Corpus::rules`].
    rules: BTreeMap<String, Rule>,
    pub instruments: BTreeMap<String, Instrument>,
    pub kinds: BTreeMap<String, Kind>,
    plan: crate::plan::Plan,
}

/// The file of a corpus folder that holds the kind taxonomy rather than an instrument.
pub const KINDS_FILE: &str = "kinds.toml";

/// Refuses keys a table does not know: a misspelt `aplies_when` must not make a rule unconditional.
fn known_keys(t: &toml::Table, allowed: &[&str], what: &str) -> Result<(), String> {
    match t.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!("{what}: unknown key `{k}` (expected one of: {})", allowed.join(", "))),
        None => Ok(()),
    }
}

fn contested_of(v: Option<&toml::Value>, what: &str) -> Result<Option<Contested>, String> {
    let Some(v) = v else { return Ok(None) };
    let t = v.as_table().ok_or_else(|| format!("{what}: `contested` is a table {{ by, note, source }}"))?;
    known_keys(t, &["by", "note", "source"], &format!("{what}: contested"))?;
    match (get_str(t, "by"), get_str(t, "note")) {
        (Some(by), Some(note)) => Ok(Some(Contested { by, note, source: get_str(t, "source") })),
        _ => Err(format!("{what}: `contested` needs `by` and `note`")),
    }
}

/// Parses the kind taxonomy.
pub fn parse_kinds(file: &str, text: &str) -> Result<BTreeMap<String, Kind>, PackError> {
    let fail = |line: usize, problem: String| PackError { file: file.to_owned(), line, problem };
    let doc: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map_or(1, |s| text[..s.start.min(text.len())].lines().count().max(1));
        fail(line, format!("not valid TOML: {}", e.message()))
    })?;
    known_keys(&doc, &["kind"], "kinds").map_err(|p| fail(1, p))?;
    let mut kinds = BTreeMap::new();
    for raw in doc.get("kind").and_then(|v| v.as_array()).cloned().unwrap_or_default() {
        let t = raw.as_table().ok_or_else(|| fail(1, "[[kind]] must be a table".into()))?;
        let id = get_str(t, "id").ok_or_else(|| fail(line_of(text, "[[kind]]"), "a kind lacks its id".into()))?;
        let line = line_of(text, &format!("\"{id}\""));
        known_keys(t, &["id", "title", "note"], &format!("kind {id}")).map_err(|p| fail(line, p))?;
        let title = get_str(t, "title").ok_or_else(|| fail(line, format!("kind {id} lacks a title")))?;
        if id == "exception" || kinds.insert(id.clone(), Kind { id: id.clone(), title }).is_some() {
            return Err(fail(line, format!("kind {id} is defined twice (or is the reserved `exception`)")));
        }
    }
    if kinds.is_empty() {
        return Err(fail(1, "the taxonomy defines no [[kind]]".into()));
    }
    Ok(kinds)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).map_or(1, |i| i + 1)
}

/// The first line at or after `from` (1-based) that contains `needle`; `from` if none.
fn line_after(text: &str, from: usize, needle: &str) -> usize {
    text.lines().enumerate().skip(from.saturating_sub(1)).find(|(_, l)| l.contains(needle)).map_or(from, |(i, _)| i + 1)
}

/// `EU`, `CN`, `US-CA`, `US-NYC`, `INTL`: upper-case letters, an optional subdivision.
fn valid_jurisdiction(code: &str) -> bool {
    let mut parts = code.split('-');
    let head_ok = parts.next().is_some_and(|h| (2..=4).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_uppercase()));
    let rest: Vec<&str> = parts.collect();
    head_ok
        && rest.len() <= 1
        && rest
            .iter()
            .all(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
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
    ///
    /// A file named [`KINDS_FILE`] is the kind taxonomy; without one, the embedded taxonomy is used.
    pub fn from_packs(packs: &[(String, String)]) -> Result<Corpus, PackError> {
        let mut corpus = Corpus::default();
        let is_kinds = |name: &str| std::path::Path::new(name).file_name().is_some_and(|f| f == KINDS_FILE);
        let kinds_file = packs.iter().find(|(name, _)| is_kinds(name));
        corpus.kinds = match kinds_file {
            Some((name, text)) => parse_kinds(name, text)?,
            None => parse_kinds(KINDS_FILE, crate::embedded::KINDS)?,
        };
        for (file, text) in packs.iter().filter(|(name, _)| !is_kinds(name)) {
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
            let inst_line = line_of(text, "[instrument]");
            known_keys(&doc, &["instrument", "rule"], "the pack").map_err(|p| fail(1, p))?;
            known_keys(
                instrument,
                &[
                    "id",
                    "title",
                    "title_local",
                    "jurisdiction",
                    "status",
                    "status_note",
                    "source",
                    "consolidated",
                    "adopted",
                    "contested",
                    "note",
                ],
                "[instrument]",
            )
            .map_err(|p| fail(inst_line, p))?;
            if !valid_jurisdiction(&jurisdiction) {
                return Err(fail(
                    inst_line,
                    format!("jurisdiction {jurisdiction:?} is not a code like EU, CN, US-CA or INTL"),
                ));
            }
            let title =
                get_str(instrument, "title").ok_or_else(|| fail(inst_line, "[instrument] needs a title".into()))?;
            let status = match get_str(instrument, "status").as_deref() {
                Some("in_force") => InstrumentStatus::InForce,
                Some("bill") => InstrumentStatus::Bill,
                Some("adopted") => InstrumentStatus::Adopted,
                Some("voluntary") => InstrumentStatus::Voluntary,
                Some("repealed") => InstrumentStatus::Repealed,
                _ => {
                    return Err(fail(
                        inst_line,
                        "[instrument] status must be in_force, bill, adopted, voluntary or repealed".into(),
                    ));
                }
            };
            let described = Instrument {
                id: inst_id.clone(),
                title,
                jurisdiction: jurisdiction.clone(),
                status,
                status_note: get_str(instrument, "status_note"),
                source: get_str(instrument, "source"),
                contested: contested_of(instrument.get("contested"), "[instrument]").map_err(|p| fail(inst_line, p))?,
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
                known_keys(
                    t,
                    &[
                        "id",
                        "kind",
                        "role",
                        "cite",
                        "summary",
                        "applies_when",
                        "unless",
                        "in_force",
                        "source",
                        "deadline",
                        "threshold",
                        "format",
                        "conflicts_with",
                        "contested",
                        "date_history",
                        "ids",
                        "note",
                    ],
                    &format!("rule {id}"),
                )
                .map_err(|p| fail(line, p))?;
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
                known_keys(source, &["url", "confidence", "note"], &format!("rule {id}: source"))
                    .map_err(|p| fail(line, p))?;
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
                    known_keys(w, &["from", "to", "when", "note"], &format!("rule {id}: in_force[{i}]"))
                        .map_err(|p| fail(line, p))?;
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
                        known_keys(d, &["value", "unit", "from"], &format!("rule {id}: deadline"))
                            .map_err(|p| fail(line, p))?;
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
                        known_keys(d, &["fact", "value", "unit"], &format!("rule {id}: threshold"))
                            .map_err(|p| fail(line, p))?;
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
                let contested = contested_of(t.get("contested"), &format!("rule {id}")).map_err(|p| fail(line, p))?;
                let mut date_history = Vec::new();
                for (i, h) in
                    t.get("date_history").and_then(|v| v.as_array()).cloned().unwrap_or_default().iter().enumerate()
                {
                    let what = format!("rule {id}: date_history[{i}]");
                    let h = h.as_table().ok_or_else(|| fail(line, format!("{what} must be a table")))?;
                    known_keys(h, &["was", "now", "by", "note"], &what).map_err(|p| fail(line, p))?;
                    let was = h
                        .get("was")
                        .and_then(date_of)
                        .ok_or_else(|| fail(line, format!("{what}.was is not a date")))?;
                    let now = h
                        .get("now")
                        .map(|v| date_of(v).ok_or_else(|| fail(line, format!("{what}.now is not a date"))))
                        .transpose()?;
                    let by =
                        get_str(h, "by").ok_or_else(|| fail(line, format!("{what} needs `by` (the amending act)")))?;
                    date_history.push(DateChange { was, now, by, note: get_str(h, "note") });
                }
                let external_ids = match t.get("ids") {
                    None => BTreeMap::new(),
                    Some(v) => v
                        .as_table()
                        .and_then(|m| {
                            m.iter().map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_owned()))).collect::<Option<_>>()
                        })
                        .ok_or_else(|| {
                            fail(line, format!("rule {id}: `ids` is a table of text, e.g. {{ eli = \"…\" }}"))
                        })?,
                };
                if kind != "exception" && !corpus.kinds.contains_key(&kind) {
                    return Err(fail(
                        line_after(text, line, "kind"),
                        format!("rule {id}: kind {kind:?} is not in the taxonomy ({KINDS_FILE})"),
                    ));
                }
                let trigger = {
                    let mut facts = BTreeSet::new();
                    if let Some(c) = &applies_when {
                        c.facts(&mut facts);
                    }
                    facts.remove("markets");
                    facts.into_iter().collect::<Vec<_>>().join(",")
                };
                let kind_rank = corpus.kinds.keys().position(|k| *k == kind).unwrap_or(usize::MAX);
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
                    contested,
                    date_history,
                    external_ids,
                    trigger,
                    kind_rank,
                    line,
                    file: file.clone(),
                };
                if corpus.rules.insert(id.clone(), rule).is_some() {
                    return Err(fail(line, format!("rule id {id} is used twice")));
                }
            }
        }
        corpus.check_exceptions()?;
        corpus.plan = crate::plan::Plan::build(&corpus).map_err(|problem| PackError {
            file: "(corpus)".into(),
            line: 1,
            problem,
        })?;
        Ok(corpus)
    }

    /// Every rule, by id.
    pub fn rules(&self) -> &BTreeMap<String, Rule> {
        &self.rules
    }

    pub(crate) fn plan(&self) -> &crate::plan::Plan {
        &self.plan
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

/// How to evaluate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// Treat bills, and adopted instruments not yet in force, as in force (their windows still
    /// apply): what would they require?
    pub bills_as_adopted: bool,
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

impl Corpus {
    /// Findings for every obligation (rules whose kind is not `exception`) on `as_of`.
    pub fn evaluate(&self, profile: &Profile, as_of: Date) -> Vec<Finding> {
        self.evaluate_with(profile, as_of, EvalOptions::default())
    }

    /// [`Corpus::evaluate`] with options (e.g. "what if the bills were adopted?").
    pub fn evaluate_with(&self, profile: &Profile, as_of: Date, options: EvalOptions) -> Vec<Finding> {
        let eval = self.evaluation(profile, as_of, options);
        eval.outcomes
            .iter()
            .map(|o| {
                let status = match o.verdict {
                    crate::plan::Verdict::Applies => Status::Applies,
                    crate::plan::Verdict::MayApply => Status::MayApply {
                        missing_facts: eval.fact_names(&o.missing).into_iter().map(str::to_owned).collect(),
                    },
                    crate::plan::Verdict::Exempt => Status::Exempt { by: o.exempted_by.unwrap_or_default().to_owned() },
                    crate::plan::Verdict::NotApplicable => Status::NotApplicable,
                    crate::plan::Verdict::NotInForce => Status::NotInForce,
                };
                Finding { rule: o.rule.id.clone(), status, proof: eval.proof(o) }
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
