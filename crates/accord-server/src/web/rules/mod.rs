//! The Rules pages: a guided assessment (one question per page, in "ask next" order), the
//! result as a jurisdictions × kinds matrix with each rule's citation and proof, the
//! instruments, the convergence across jurisdictions and the timeline of dates.
//!
//! The answers travel in the query string (`?markets=EU&markets=CN&training_flop=3e25`): every
//! page of an assessment has a stable, shareable URL and the server keeps no draft state.

use std::collections::{BTreeMap, BTreeSet};

use accord_rules::fact::{FactType, fact_type};
use accord_rules::report::{FindingOut, ProofOut, Report};
use accord_rules::{Corpus, Profile};

use super::*;

mod browse;
mod result;
mod saved;

use self::result::*;

pub(super) use browse::{convergence, instrument, instruments, rule, timeline};
pub(super) use result::{Cell, MatrixRow, result, result_csv, result_json, result_page};
pub(super) use saved::{save, saved, saved_list};

/// The value a person gives for "I do not know": recorded as unknown, never as "no".
const UNKNOWN: &str = "unknown";
/// For sets: none of the offered codes.
const NONE: &str = "none";

/// Market codes offered even when no rule tests them yet (the reference's list).
const MARKETS: &[&str] =
    &["EU", "CN", "US", "US-CA", "US-CO", "US-TX", "US-NY", "US-NYC", "US-UT", "US-IL", "KR", "JP", "BR", "UK", "CA"];

/// The answers so far, from the query string.
#[derive(Clone, Debug, Default)]
pub(super) struct Answers {
    /// Fact → raw values (several for sets). `["unknown"]`: the person does not know.
    facts: BTreeMap<String, Vec<String>>,
    as_of: Option<String>,
    /// A fact to ask now, whatever the ask-next order says (a "Change" link).
    ask: Option<String>,
}

impl Answers {
    fn from_pairs(pairs: Vec<(String, String)>) -> Answers {
        let mut a = Answers::default();
        for (k, v) in pairs {
            let v = v.trim().to_owned();
            match k.as_str() {
                "as_of" if !v.is_empty() => a.as_of = Some(v),
                "ask" if fact_type(&v).is_some() => a.ask = Some(v),
                _ if fact_type(&k).is_some() => {
                    let values = a.facts.entry(k).or_default();
                    if !v.is_empty() && !values.contains(&v) {
                        values.push(v);
                    }
                }
                _ => {}
            }
        }
        // A question submitted with nothing chosen is not an answer.
        a.facts.retain(|_, v| !v.is_empty());
        a
    }

    /// The answers a profile gives, so another page (a registry entry) can open the result
    /// or the guided questions with its facts filled in.
    pub(super) fn from_profile(profile: &Profile) -> Answers {
        let mut a = Answers::default();
        for (fact, value) in profile.facts() {
            let values = match value {
                accord_rules::Value::Bool(b) => vec![b.to_string()],
                accord_rules::Value::Number(n) => vec![format!("{n:e}")],
                accord_rules::Value::Text(t) => vec![t.clone()],
                accord_rules::Value::Set(s) => s.iter().cloned().collect(),
                accord_rules::Value::Date(d) => vec![d.to_string()],
            };
            if !values.is_empty() {
                a.facts.insert(fact.to_owned(), values);
            }
        }
        a
    }

    fn is_unknown(&self, fact: &str) -> bool {
        self.facts.get(fact).is_some_and(|v| v.iter().any(|x| x == UNKNOWN))
    }

    /// The query string of these answers, leaving out `skip`.
    pub(super) fn query(&self, skip: Option<&str>) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for (k, values) in &self.facts {
            if Some(k.as_str()) == skip {
                continue;
            }
            for v in values {
                pairs.push((k, v));
            }
        }
        if let Some(d) = &self.as_of {
            pairs.push(("as_of", d));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }

    /// The hidden inputs that carry these answers through a form, leaving out `skip`.
    fn hidden(&self, skip: Option<&str>) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (k, values) in &self.facts {
            if Some(k.as_str()) != skip {
                out.extend(values.iter().map(|v| (k.clone(), v.clone())));
            }
        }
        if let Some(d) = &self.as_of {
            out.push(("as_of".into(), d.clone()));
        }
        out
    }

    /// The profile the answers describe, and per fact the message id of what is wrong.
    fn profile(&self) -> (Profile, BTreeMap<String, &'static str>) {
        let mut object = serde_json::Map::new();
        let mut errors = BTreeMap::new();
        for (fact, values) in &self.facts {
            if self.is_unknown(fact) {
                continue;
            }
            let Some(t) = fact_type(fact) else { continue };
            let first = values.first().map(String::as_str).unwrap_or_default();
            let value = match t {
                FactType::Bool => match first {
                    "true" => Some(serde_json::Value::Bool(true)),
                    "false" => Some(serde_json::Value::Bool(false)),
                    _ => None,
                },
                FactType::Number => parse_number(first).map(|n| serde_json::json!(n)),
                FactType::Set => Some(serde_json::Value::Array(
                    values
                        .iter()
                        .flat_map(|v| v.split(',').map(|x| x.trim().to_owned()))
                        .filter(|v| !v.is_empty() && v != NONE)
                        .map(serde_json::Value::String)
                        .collect(),
                )),
                FactType::Date => time::Date::parse(first, time::macros::format_description!("[year]-[month]-[day]"))
                    .ok()
                    .map(|d| serde_json::Value::String(d.to_string())),
                FactType::Text => Some(serde_json::Value::String(first.to_owned())),
                FactType::Enum(allowed) => {
                    allowed.contains(&first).then(|| serde_json::Value::String(first.to_owned()))
                }
            };
            match value {
                Some(v) => {
                    object.insert(fact.clone(), v);
                }
                None => {
                    errors.insert(
                        fact.clone(),
                        match t {
                            FactType::Number => "q-error-number",
                            FactType::Date => "q-error-date",
                            _ => "q-error-choose",
                        },
                    );
                }
            }
        }
        let profile = Profile::from_json(&serde_json::Value::Object(object).to_string()).unwrap_or_default();
        (profile, errors)
    }

    fn as_of_date(&self) -> Result<time::Date, ()> {
        match &self.as_of {
            None => Ok(time::OffsetDateTime::now_utc().date()),
            Some(text) => {
                time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).map_err(|_| ())
            }
        }
    }
}

/// Reads a number as people type it: `3e25`, `3 × 10^25`, `30 000 000`, `١٠٠`, `1,000,000`.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        let mapped = match c {
            // Arabic-Indic, Eastern Arabic-Indic and full-width digits.
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + u32::from(b'0')),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + u32::from(b'0')),
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + u32::from(b'0')),
            ' ' | '_' | ',' | '\'' | '\u{00A0}' | '\u{202F}' | '\u{066C}' => None,
            '×' | 'x' | 'X' | '*' | '·' => Some('x'),
            '\u{066B}' => Some('.'),
            other => Some(other),
        };
        if let Some(m) = mapped {
            s.push(m);
        }
    }
    let value = if let Some((mantissa, power)) = s.split_once("x10^") {
        mantissa.parse::<f64>().ok()? * 10f64.powf(power.parse::<f64>().ok()?)
    } else if let Some(power) = s.strip_prefix("10^") {
        10f64.powf(power.parse::<f64>().ok()?)
    } else {
        s.parse::<f64>().ok()?
    };
    (value.is_finite() && value >= 0.0).then_some(value)
}

pub(in crate::web) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Codes have no dots in Fluent ids.
fn msg_id(prefix: &str, code: &str) -> String {
    format!("{prefix}-{code}").replace(['.', '_'], "-")
}

impl PageCtx {
    pub(in crate::web) fn t_or(&self, key: &str, fallback: &str) -> String {
        self.lang.try_t(key).unwrap_or_else(|| fallback.to_owned())
    }

    pub(in crate::web) fn jurisdiction_name(&self, code: &str) -> String {
        self.t_or(&msg_id("jur", code), code)
    }

    fn option_label(&self, fact: &str, code: &str) -> String {
        match fact {
            "markets" | "established_in" => self.jurisdiction_name(code),
            _ => self.t_or(&msg_id(&format!("opt-{fact}"), code), code),
        }
    }

    pub(in crate::web) fn fact_question(&self, fact: &str) -> String {
        self.t_or(&msg_id("q", fact), fact)
    }

    fn kind_title(&self, corpus: &Corpus, kind: &str) -> String {
        let english = corpus.kinds.get(kind).map_or(kind, |k| k.title.as_str());
        self.t_or(&msg_id("kindt", kind), english)
    }

    fn t2(&self, key: &str, a: (&'static str, String), b: (&'static str, String)) -> String {
        use fluent_templates::fluent_bundle::FluentValue;
        self.lang.t_args(key, &[(a.0, FluentValue::from(a.1)), (b.0, FluentValue::from(b.1))])
    }

    fn status_word(&self, status: &str) -> String {
        self.t(&format!("status-{}", status.replace('_', "-")))
    }
}

/// A status tag: its colour class and words.
pub(super) struct Tag {
    pub(in crate::web) class: &'static str,
    pub(in crate::web) text: String,
}

fn status_tag(ctx: &PageCtx, status: &str) -> Tag {
    let class = match status {
        "applies" => "tag-green",
        "may_apply" => "tag-yellow",
        "exempt" => "tag-blue",
        _ => "tag-grey",
    };
    Tag { class, text: ctx.status_word(status) }
}

// ---- start page -----------------------------------------------------------------------------

pub(super) struct JurisdictionRow {
    code: String,
    name: String,
    instruments: usize,
    rules: usize,
}

#[derive(Template)]
#[template(path = "rules_start.html")]
pub(super) struct StartPage {
    page: PageCtx,
    jurisdictions: Vec<JurisdictionRow>,
    rules: usize,
    instruments: usize,
    uncertain: usize,
    example_href: String,
}

pub(super) async fn start(State(state): State<AppState>, page: Page) -> Response {
    let corpus = state.node.corpus();
    let mut by: BTreeMap<&str, (BTreeSet<&str>, usize)> = BTreeMap::new();
    for r in corpus.rules().values().filter(|r| r.kind != "exception") {
        let e = by.entry(r.jurisdiction.as_str()).or_default();
        e.0.insert(r.instrument.as_str());
        e.1 += 1;
    }
    let ctx = page.ctx;
    let jurisdictions = by
        .into_iter()
        .map(|(code, (inst, rules))| JurisdictionRow {
            code: code.to_owned(),
            name: ctx.jurisdiction_name(code),
            instruments: inst.len(),
            rules,
        })
        .collect();
    let example = Answers::from_pairs(
        [
            ("markets", "EU"),
            ("markets", "CN"),
            ("markets", "US-CA"),
            ("roles", "provider"),
            ("roles", "service_provider"),
            ("artifact", "gpai_model"),
            ("general_purpose", "true"),
            ("open_weights", "true"),
            ("foss_licence", "true"),
            ("generative", "true"),
            ("offered_to_public", "true"),
            ("established_in", "CN"),
            ("interacts_with_people", "true"),
            ("placed_on_market", "2026-03-01"),
            ("training_flop", "3e25"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect(),
    );
    let example_href = format!("{}?{}", ctx.href("/rules/result"), example.query(None));
    render(
        StatusCode::OK,
        &StartPage {
            jurisdictions,
            rules: corpus.rules().values().filter(|r| r.kind != "exception").count(),
            instruments: corpus.instruments.len(),
            uncertain: corpus
                .rules()
                .values()
                .filter(|r| r.confidence == accord_rules::pack::Confidence::Uncertain)
                .count(),
            example_href,
            page: ctx,
        },
    )
}

// ---- questions ------------------------------------------------------------------------------

pub(super) struct Choice {
    value: String,
    label: String,
    checked: bool,
}

pub(super) struct Question {
    fact: String,
    text: String,
    hint: String,
    /// `radios`, `checkboxes`, `number`, `date` or `text`.
    input: &'static str,
    choices: Vec<Choice>,
    /// The current value of a text input.
    value: String,
    unknown_checked: bool,
    error: Option<String>,
    /// The page's one question: its text is the page heading.
    h1: bool,
}

fn question(ctx: &PageCtx, corpus: &Corpus, fact: &str, answers: &Answers, error: Option<&str>) -> Question {
    let t = fact_type(fact).unwrap_or(FactType::Text);
    let current: Vec<String> = answers.facts.get(fact).cloned().unwrap_or_default();
    let tested = corpus.values_tested();
    let mut codes: Vec<String> = tested.get(fact).map(|s| s.iter().cloned().collect()).unwrap_or_default();
    if matches!(fact, "markets" | "established_in") {
        let mut all: BTreeSet<String> = codes.into_iter().collect();
        all.extend(MARKETS.iter().map(|m| (*m).to_owned()));
        all.remove("INTL");
        codes = all.into_iter().collect();
    }
    let choice = |value: &str, label: String| Choice {
        value: value.to_owned(),
        checked: current.iter().any(|c| c == value),
        label,
    };
    let (input, mut choices) = match t {
        FactType::Bool => ("radios", vec![choice("true", ctx.t("q-yes")), choice("false", ctx.t("q-no"))]),
        FactType::Enum(allowed) => {
            ("radios", allowed.iter().map(|a| choice(a, ctx.option_label(fact, a))).collect::<Vec<_>>())
        }
        FactType::Set => (
            "checkboxes",
            codes
                .iter()
                .map(|c| choice(c, ctx.option_label(fact, c)))
                .chain([choice(NONE, ctx.t("q-none-of-these"))])
                .collect(),
        ),
        FactType::Text if !codes.is_empty() => (
            "radios",
            codes
                .iter()
                .map(|c| choice(c, ctx.option_label(fact, c)))
                .chain([choice(NONE, ctx.t("q-none-of-these"))])
                .collect(),
        ),
        FactType::Number => ("number", vec![]),
        FactType::Date => ("date", vec![]),
        FactType::Text => ("text", vec![]),
    };
    if input == "radios" {
        choices.push(choice(UNKNOWN, ctx.t("q-do-not-know")));
    }
    let value = match input {
        "number" | "date" | "text" => current.iter().find(|v| *v != UNKNOWN).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    Question {
        fact: fact.to_owned(),
        text: ctx.fact_question(fact),
        hint: ctx.t_or(&format!("{}-hint", msg_id("q", fact)), ""),
        input,
        choices,
        value,
        unknown_checked: current.iter().any(|v| v == UNKNOWN),
        error: error.map(|e| ctx.t(e)),
        h1: false,
    }
}

#[derive(Template)]
#[template(path = "rules_question.html")]
pub(super) struct QuestionPage {
    page: PageCtx,
    q: Question,
    number: usize,
    hidden: Vec<(String, String)>,
    back: String,
    all_href: String,
    /// The result with what has been answered so far (the rest stays unknown).
    results_href: String,
}

pub(super) struct AnswerRow {
    fact: String,
    question: String,
    value: String,
    unknown: bool,
    change: String,
}

#[derive(Template)]
#[template(path = "rules_check.html")]
pub(super) struct CheckPage {
    page: PageCtx,
    rows: Vec<AnswerRow>,
    hidden: Vec<(String, String)>,
    as_of: String,
    as_of_error: Option<String>,
}

fn answer_rows(ctx: &PageCtx, answers: &Answers) -> Vec<AnswerRow> {
    answers
        .facts
        .iter()
        .map(|(fact, values)| {
            let unknown = answers.is_unknown(fact);
            let value = if unknown {
                ctx.t("q-not-known")
            } else {
                values
                    .iter()
                    .map(|v| match (fact_type(fact), v.as_str()) {
                        (Some(FactType::Bool), "true") => ctx.t("q-yes"),
                        (Some(FactType::Bool), "false") => ctx.t("q-no"),
                        (_, NONE) => ctx.t("q-none-of-these"),
                        (Some(FactType::Number | FactType::Date), v) => v.to_owned(),
                        (_, v) => ctx.option_label(fact, v),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            AnswerRow {
                fact: fact.clone(),
                question: ctx.fact_question(fact),
                value,
                unknown,
                change: format!("{}?{}", ctx.href("/rules/assess"), change_query(answers, fact)),
            }
        })
        .collect()
}

/// The query that asks `fact` again, keeping its current answer as the default.
fn change_query(answers: &Answers, fact: &str) -> String {
    let mut q = answers.query(None);
    if !q.is_empty() {
        q.push('&');
    }
    q.push_str(&serde_urlencoded::to_string([("ask", fact)]).unwrap_or_default());
    q
}

/// The next fact to ask: the first of "ask next" not yet answered.
fn next_fact(corpus: &Corpus, profile: &Profile, answers: &Answers, as_of: time::Date) -> Option<String> {
    let findings = corpus.evaluate(profile, as_of);
    accord_rules::ask_next(&findings).into_iter().map(|a| a.fact).find(|f| !answers.facts.contains_key(f))
}

/// `GET /{lang}/rules/assess`: the next question, or "check your answers" when none is left.
pub(super) async fn assess(
    State(state): State<AppState>,
    page: Page,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let answers = Answers::from_pairs(pairs);
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let (profile, errors) = answers.profile();
    let Ok(as_of) = answers.as_of_date() else {
        return render(StatusCode::BAD_REQUEST, &check_page(ctx, &answers, Some("q-error-date")));
    };
    // A wrong answer first, then a question asked for by a "Change" link, then ask-next.
    let (fact, error) = match errors.iter().next() {
        Some((f, e)) => (Some(f.clone()), Some(*e)),
        None => (answers.ask.clone().or_else(|| next_fact(corpus, &profile, &answers, as_of)), None),
    };
    let Some(fact) = fact else {
        return render(StatusCode::OK, &check_page(ctx, &answers, None));
    };
    let mut q = question(&ctx, corpus, &fact, &answers, error);
    q.h1 = true;
    let number = answers.facts.keys().filter(|f| **f != fact).count() + 1;
    let back = match answers.facts.keys().next_back() {
        _ if number == 1 => ctx.href("/rules"),
        Some(last) => format!("{}?{}", ctx.href("/rules/assess"), change_query(&answers, last)),
        None => ctx.href("/rules"),
    };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let hidden = answers.hidden(Some(&fact));
    let all_href = format!("{}?{}", ctx.href("/rules/assess/all"), answers.query(None));
    let results_href = format!("{}?{}", ctx.href("/rules/result"), answers.query(None));
    render(status, &QuestionPage { page: ctx, q, number, hidden, back, all_href, results_href })
}

fn check_page(ctx: PageCtx, answers: &Answers, error: Option<&str>) -> CheckPage {
    CheckPage {
        rows: answer_rows(&ctx, answers),
        hidden: answers.hidden(None).into_iter().filter(|(k, _)| k != "as_of").collect(),
        as_of: answers.as_of.clone().unwrap_or_else(|| time::OffsetDateTime::now_utc().date().to_string()),
        as_of_error: error.map(|e| ctx.t(e)),
        page: ctx,
    }
}

#[derive(Template)]
#[template(path = "rules_all.html")]
pub(super) struct AllQuestionsPage {
    page: PageCtx,
    questions: Vec<Question>,
    as_of: String,
}

/// `GET /{lang}/rules/assess/all`: every fact the corpus reads, on one page (for experts).
pub(super) async fn assess_all(
    State(state): State<AppState>,
    page: Page,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let answers = Answers::from_pairs(pairs);
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let (_, errors) = answers.profile();
    let read: BTreeSet<String> = corpus.values_tested().into_keys().collect();
    // In the vocabulary's order, which groups related facts.
    let questions = accord_rules::fact::VOCABULARY
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| read.contains(*name))
        .map(|name| question(&ctx, corpus, name, &answers, errors.get(name).copied()))
        .collect();
    let as_of = answers.as_of.clone().unwrap_or_else(|| time::OffsetDateTime::now_utc().date().to_string());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::BAD_REQUEST };
    render(status, &AllQuestionsPage { page: ctx, questions, as_of })
}

/// What a saved assessment's page shows above its result.
pub(super) struct SavedHeader {
    name: String,
    organisation: String,
    saved: String,
    record_href: Option<String>,
    corpus_changed: bool,
    json_href: String,
}

/// A number as people read it on a page: `1e25`, `15`.
fn show_number(n: f64) -> String {
    accord_rules::Value::Number(n).show()
}
