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

    fn is_unknown(&self, fact: &str) -> bool {
        self.facts.get(fact).is_some_and(|v| v.iter().any(|x| x == UNKNOWN))
    }

    /// The query string of these answers, leaving out `skip`.
    fn query(&self, skip: Option<&str>) -> String {
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

fn esc(s: &str) -> String {
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
    fn t_or(&self, key: &str, fallback: &str) -> String {
        self.lang.try_t(key).unwrap_or_else(|| fallback.to_owned())
    }

    fn jurisdiction_name(&self, code: &str) -> String {
        self.t_or(&msg_id("jur", code), code)
    }

    fn option_label(&self, fact: &str, code: &str) -> String {
        match fact {
            "markets" | "established_in" => self.jurisdiction_name(code),
            _ => self.t_or(&msg_id(&format!("opt-{fact}"), code), code),
        }
    }

    fn fact_question(&self, fact: &str) -> String {
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
    class: &'static str,
    text: String,
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

// ---- the result -----------------------------------------------------------------------------

pub(super) struct Cell {
    tag: Tag,
    /// "2", "1 fact missing"…
    detail: String,
    href: String,
    uncertain: bool,
    conflict: bool,
    contested: bool,
}

pub(super) struct MatrixRow {
    code: String,
    name: String,
    cells: Vec<Cell>,
}

pub(super) struct FindingView {
    rule: String,
    anchor: String,
    href: String,
    summary: String,
    cite: String,
    instrument: String,
    kind: String,
    tag: Tag,
    uncertain: bool,
    primary_text: bool,
    voluntary: bool,
    /// A bill, or adopted but not yet in force.
    not_yet: Option<String>,
    contested: Option<String>,
    why: String,
    deadline: Option<String>,
    source: String,
}

pub(super) struct JurisdictionFindings {
    code: String,
    name: String,
    anchor: String,
    relevant: Vec<FindingView>,
    others: Vec<FindingView>,
}

pub(super) struct MissingFact {
    question: String,
    href: String,
    decides: usize,
}

pub(super) struct DivergenceView {
    kind_title: String,
    jurisdictions: String,
    labels: Vec<String>,
    strictest: Option<String>,
    lowest: Vec<String>,
}

#[derive(Template)]
#[template(path = "rules_result.html")]
pub(super) struct ResultPage {
    page: PageCtx,
    as_of: String,
    kinds: Vec<(String, String)>,
    matrix: Vec<MatrixRow>,
    by_jurisdiction: Vec<JurisdictionFindings>,
    missing: Vec<MissingFact>,
    may_apply: usize,
    divergences: Vec<DivergenceView>,
    answers_href: String,
    json_href: String,
    csv_href: String,
    hidden: Vec<(String, String)>,
    can_save: bool,
    saved: Option<SavedHeader>,
}

fn deadline_text(f: &FindingOut) -> Option<String> {
    f.deadline.as_ref().map(|d| {
        let from = d.from.as_ref().map_or(String::new(), |x| format!(" ({x})"));
        format!("{} {}{from}", Value::show_number(d.value), d.unit)
    })
}

/// Small helpers for numbers in pages.
struct Value;
impl Value {
    fn show_number(n: f64) -> String {
        accord_rules::Value::Number(n).show()
    }
}

fn finding_view(ctx: &PageCtx, corpus: &Corpus, f: &FindingOut, query: &str) -> FindingView {
    let why = match f.status {
        "may_apply" => ctx.t1(
            "result-missing-facts",
            "facts",
            &f.missing_facts.iter().map(|m| ctx.fact_question(m)).collect::<Vec<_>>().join("; "),
        ),
        "exempt" => ctx.t1("result-exempted-by", "rule", f.exempted_by.unwrap_or("")),
        "not_in_force" => f
            .in_force
            .iter()
            .map(|w| {
                let from = w.from.map_or_else(|| "…".to_owned(), |d| d.to_string());
                let to = w.to.map_or_else(|| "…".to_owned(), |d| d.to_string());
                let note = w.note.as_ref().map_or(String::new(), |n| format!(" — {n}"));
                format!("{from} → {to}{note}")
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    };
    let instrument = corpus.instruments.get(f.instrument).map_or(f.instrument.to_owned(), |i| i.title.clone());
    FindingView {
        rule: f.rule.to_owned(),
        anchor: finding_anchor(f.rule),
        href: format!("{}?{query}", ctx.href(&format!("/rules/rule/{}", f.rule))),
        summary: f.summary.to_owned(),
        cite: f.cite.to_owned(),
        instrument,
        kind: ctx.kind_title(corpus, f.kind),
        tag: status_tag(ctx, f.status),
        uncertain: f.confidence == "uncertain",
        primary_text: f.confidence == "primary_text",
        voluntary: !f.binding,
        not_yet: match f.instrument_status {
            "bill" => Some(ctx.t("rules-bill")),
            "adopted" => Some(ctx.t("inst-status-adopted")),
            _ => None,
        },
        contested: f.contested.map(|c| format!("{}: {}", c.by, c.note)),
        why,
        deadline: deadline_text(f),
        source: f.source.to_owned(),
    }
}

/// The id of a finding on the result page.
fn finding_anchor(rule: &str) -> String {
    format!("f-{}", rule.replace(['.', '_'], "-"))
}

fn relevant(status: &str) -> bool {
    matches!(status, "applies" | "may_apply" | "exempt")
}

pub(super) fn result_page(
    ctx: PageCtx,
    corpus: &Corpus,
    answers: &Answers,
    report: &Report,
    can_save: bool,
) -> ResultPage {
    let query = answers.query(None);
    // Columns: the kinds with something that applies or may apply, in taxonomy order.
    let kind_ids: Vec<String> = corpus
        .kinds
        .keys()
        .filter(|k| report.findings.iter().any(|f| f.kind == k.as_str() && matches!(f.status, "applies" | "may_apply")))
        .cloned()
        .collect();
    let markets: BTreeSet<String> = answers.facts.get("markets").cloned().unwrap_or_default().into_iter().collect();
    let mut codes: BTreeSet<String> =
        report.findings.iter().filter(|f| relevant(f.status)).map(|f| f.jurisdiction.to_owned()).collect();
    codes.extend(markets.into_iter().filter(|m| m != NONE && m != UNKNOWN));
    let conflicting: BTreeSet<&str> = report
        .comparison
        .iter()
        .flat_map(|c| c.divergences.iter())
        .filter(|d| d.kind == accord_rules::DivergenceKind::Normative)
        .flat_map(|d| d.rules.iter().copied())
        .collect();
    let anchor = |code: &str| format!("j-{}", code.to_ascii_lowercase());
    let matrix = codes
        .iter()
        .map(|code| MatrixRow {
            code: code.clone(),
            name: ctx.jurisdiction_name(code),
            cells: kind_ids
                .iter()
                .map(|kind| {
                    let here: Vec<&FindingOut> =
                        report.findings.iter().filter(|f| f.jurisdiction == code && f.kind == kind).collect();
                    let count = |s: &str| here.iter().filter(|f| f.status == s).count();
                    let (status, detail) = if count("applies") > 0 {
                        ("applies", count("applies").to_string())
                    } else if count("may_apply") > 0 {
                        let missing: BTreeSet<&str> =
                            here.iter().flat_map(|f| f.missing_facts.iter().copied()).collect();
                        ("may_apply", ctx.tn("result-n-facts-missing", "count", &(missing.len() as i64)))
                    } else if count("exempt") > 0 {
                        ("exempt", String::new())
                    } else if !here.is_empty() {
                        ("not_applicable", String::new())
                    } else {
                        ("no_rule", String::new())
                    };
                    let live: Vec<&&FindingOut> = here.iter().filter(|f| relevant(f.status)).collect();
                    Cell {
                        tag: Tag {
                            class: match status {
                                "applies" => "cell-applies",
                                "may_apply" => "cell-may",
                                "exempt" => "cell-exempt",
                                "not_applicable" => "cell-no",
                                _ => "cell-none",
                            },
                            text: ctx.status_word(status),
                        },
                        detail,
                        // The cell opens its first obligation (its citation, source and proof
                        // are one click further); a cell without one opens the jurisdiction.
                        href: here
                            .iter()
                            .find(|f| f.status == status)
                            .filter(|f| relevant(f.status))
                            .map_or_else(|| format!("#{}", anchor(code)), |f| format!("#{}", finding_anchor(f.rule))),
                        uncertain: live.iter().any(|f| f.confidence == "uncertain"),
                        conflict: live.iter().any(|f| conflicting.contains(f.rule)),
                        contested: live.iter().any(|f| f.contested.is_some()),
                    }
                })
                .collect(),
        })
        .collect();
    let by_jurisdiction = codes
        .iter()
        .map(|code| {
            let mut relevant_list = Vec::new();
            let mut others = Vec::new();
            for f in report.findings.iter().filter(|f| f.jurisdiction == code) {
                let view = finding_view(&ctx, corpus, f, &query);
                if relevant(f.status) { relevant_list.push(view) } else { others.push(view) }
            }
            // Applies first, then may apply, then exempt.
            relevant_list.sort_by_key(|v| match v.tag.class {
                "tag-green" => 0,
                "tag-yellow" => 1,
                _ => 2,
            });
            JurisdictionFindings {
                code: code.clone(),
                name: ctx.jurisdiction_name(code),
                anchor: anchor(code),
                relevant: relevant_list,
                others,
            }
        })
        .collect();
    let missing = report
        .ask_next
        .iter()
        .map(|a| MissingFact {
            question: ctx.fact_question(a.fact),
            href: format!("{}?{}", ctx.href("/rules/assess"), change_query(answers, a.fact)),
            decides: a.decides,
        })
        .collect();
    let divergences = report
        .comparison
        .iter()
        .filter(|c| !c.divergences.is_empty())
        .map(|c| DivergenceView {
            kind_title: ctx.kind_title(corpus, c.kind),
            jurisdictions: c.jurisdictions.iter().map(|j| ctx.jurisdiction_name(j)).collect::<Vec<_>>().join(", "),
            labels: c
                .divergences
                .iter()
                .map(|d| ctx.t(&format!("divergence-{}", d.kind.as_str().replace('_', "-"))))
                .collect(),
            strictest: c
                .strictest_deadline
                .map(|(rule, d)| format!("{} {} ({rule})", Value::show_number(d.value), d.unit)),
            lowest: c
                .lowest_thresholds
                .iter()
                .map(|(_, value, unit, rule)| format!("{} {unit} ({rule})", Value::show_number(*value)))
                .collect(),
        })
        .collect();
    let kinds = kind_ids.iter().map(|k| (k.clone(), ctx.kind_title(corpus, k))).collect();
    ResultPage {
        as_of: report.as_of.clone(),
        kinds,
        matrix,
        by_jurisdiction,
        may_apply: report.findings.iter().filter(|f| f.status == "may_apply").count(),
        missing,
        divergences,
        answers_href: format!("{}?{}", ctx.href("/rules/assess"), query),
        json_href: format!("{}?{}", ctx.href("/rules/result.json"), query),
        csv_href: format!("{}?{}", ctx.href("/rules/result.csv"), query),
        hidden: answers.hidden(None),
        can_save,
        saved: None,
        page: ctx,
    }
}

/// Parses the answers and assesses them, or says what to fix.
fn parsed(answers: &Answers) -> Result<(Profile, time::Date), (String, &'static str)> {
    let (profile, errors) = answers.profile();
    if let Some((fact, e)) = errors.into_iter().next() {
        return Err((fact, e));
    }
    let as_of = answers.as_of_date().map_err(|_| ("as_of".to_owned(), "q-error-date"))?;
    Ok((profile, as_of))
}

/// `GET /{lang}/rules/result`: the matrix, the findings per jurisdiction and what is missing.
pub(super) async fn result(
    State(state): State<AppState>,
    page: Page,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let answers = Answers::from_pairs(pairs);
    let corpus = state.node.corpus();
    match parsed(&answers) {
        Ok((profile, as_of)) => {
            let report = accord_rules::report::assess(corpus, &profile, as_of);
            let can_save = authorize(page.principal(), Action::Participate).is_ok();
            render(StatusCode::OK, &result_page(page.ctx, corpus, &answers, &report, can_save))
        }
        Err((fact, e)) if fact == "as_of" => render(StatusCode::BAD_REQUEST, &check_page(page.ctx, &answers, Some(e))),
        Err((fact, e)) => {
            let ctx = page.ctx;
            let mut q = question(&ctx, corpus, &fact, &answers, Some(e));
            q.h1 = true;
            let hidden = answers.hidden(Some(&fact));
            let all_href = format!("{}?{}", ctx.href("/rules/assess/all"), answers.query(None));
            let back = ctx.href("/rules");
            let results_href = format!("{}?{}", ctx.href("/rules/result"), answers.query(Some(&fact)));
            render(
                StatusCode::BAD_REQUEST,
                &QuestionPage { page: ctx, q, number: 1, hidden, back, all_href, results_href },
            )
        }
    }
}

/// `GET /{lang}/rules/result.json`: the stable JSON report (as `POST /api/v1/assessments`).
pub(super) async fn result_json(State(state): State<AppState>, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    let answers = Answers::from_pairs(pairs);
    match parsed(&answers) {
        Ok((profile, as_of)) => {
            let report = accord_rules::report::assess(state.node.corpus(), &profile, as_of);
            let body = serde_json::to_string_pretty(&report).unwrap_or_default();
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, "application/json"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"accord-assessment.json\""),
                ],
                body,
            )
                .into_response()
        }
        Err((fact, _)) => (StatusCode::BAD_REQUEST, format!("the answer for {fact} is not valid")).into_response(),
    }
}

/// The findings as CSV, one row per rule (for spreadsheets).
pub(super) fn report_csv(report: &Report) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "as_of",
        "jurisdiction",
        "rule",
        "instrument",
        "kind",
        "role",
        "cite",
        "status",
        "missing_facts",
        "exempted_by",
        "deadline",
        "confidence",
        "binding",
        "contested_by",
        "source",
        "summary",
    ])?;
    for f in &report.findings {
        let deadline = f.deadline.as_ref().map(|d| format!("{} {}", d.value, d.unit)).unwrap_or_default();
        w.write_record([
            report.as_of.as_str(),
            f.jurisdiction,
            f.rule,
            f.instrument,
            f.kind,
            f.role.unwrap_or(""),
            f.cite,
            f.status,
            &f.missing_facts.join(" "),
            f.exempted_by.unwrap_or(""),
            &deadline,
            f.confidence,
            if f.binding { "true" } else { "false" },
            f.contested.as_ref().map_or("", |c| c.by.as_str()),
            f.source,
            f.summary,
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// `GET /{lang}/rules/result.csv`.
pub(super) async fn result_csv(State(state): State<AppState>, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    let answers = Answers::from_pairs(pairs);
    match parsed(&answers)
        .map(|(profile, as_of)| report_csv(&accord_rules::report::assess(state.node.corpus(), &profile, as_of)))
    {
        Ok(Ok(body)) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"accord-assessment.csv\""),
            ],
            body,
        )
            .into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        Err((fact, _)) => (StatusCode::BAD_REQUEST, format!("the answer for {fact} is not valid")).into_response(),
    }
}

// ---- one rule -------------------------------------------------------------------------------

fn proof_html(ctx: &PageCtx, p: &ProofOut, query: &str, out: &mut String) {
    let (icon, word) = match p.value {
        "true" => ("✓", ctx.t("proof-met")),
        "false" => ("✗", ctx.t("proof-not-met")),
        _ => ("?", ctx.t("proof-unknown")),
    };
    out.push_str(&format!(
        "<li class=\"proof-{}\"><span aria-hidden=\"true\">{icon}</span> <strong>{}</strong> ",
        esc(p.value),
        esc(&word)
    ));
    match p.test.as_str() {
        "all" => out.push_str(&esc(&ctx.t("proof-all"))),
        "any" => out.push_str(&esc(&ctx.t("proof-any"))),
        "not" => out.push_str(&esc(&ctx.t("proof-not"))),
        // A test on a fact is data: the fact name, operator and value as the pack states them.
        test => out.push_str(&format!("<code dir=\"ltr\">{}</code>", esc(test))),
    }
    if let Some(fact) = &p.fact {
        match &p.fact_value {
            Some(v) => out.push_str(&format!(" — {} <bdi>{}</bdi>", esc(&ctx.t("proof-value")), esc(v))),
            None => {
                let href = format!("{}?{}", ctx.href("/rules/assess"), {
                    let mut q = query.to_owned();
                    if !q.is_empty() {
                        q.push('&');
                    }
                    q.push_str(&serde_urlencoded::to_string([("ask", fact.as_str())]).unwrap_or_default());
                    q
                });
                out.push_str(&format!(
                    " — <a href=\"{}\">{}</a>",
                    esc(&href),
                    esc(&ctx.t1("proof-answer", "question", &ctx.fact_question(fact)))
                ));
            }
        }
    }
    if !p.children.is_empty() {
        out.push_str("<ul>");
        for c in &p.children {
            proof_html(ctx, c, query, out);
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

pub(super) struct RelatedRule {
    href: String,
    jurisdiction: String,
    cite: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "rules_rule.html")]
pub(super) struct RulePage {
    page: PageCtx,
    rule: accord_rules::pack::Rule,
    instrument_title: String,
    instrument_href: String,
    instrument_status: String,
    kind_title: String,
    jurisdiction: String,
    confidence: String,
    windows: Vec<String>,
    history: Vec<String>,
    finding: Option<FindingView>,
    proof: Option<String>,
    assessed: bool,
    related: Vec<RelatedRule>,
    conflicts: Vec<RelatedRule>,
    unless: Vec<RelatedRule>,
    back: String,
    contested: Option<(String, String, Option<String>)>,
    deadline: Option<String>,
    threshold: Option<String>,
}

fn related_rule(ctx: &PageCtx, r: &accord_rules::pack::Rule, query: &str) -> RelatedRule {
    RelatedRule {
        href: format!("{}?{query}", ctx.href(&format!("/rules/rule/{}", r.id))),
        jurisdiction: ctx.jurisdiction_name(&r.jurisdiction),
        cite: r.cite.clone(),
        summary: r.summary.clone(),
    }
}

/// `GET /{lang}/rules/rule/{id}`: the rule in full, and why it does or does not apply.
pub(super) async fn rule(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let Some(rule) = corpus.rules().get(&id) else {
        return message(ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let answers = Answers::from_pairs(pairs);
    let query = answers.query(None);
    let parsed_answers = (!answers.facts.is_empty()).then(|| parsed(&answers).ok()).flatten();
    let assessed_report =
        parsed_answers.as_ref().map(|(profile, as_of)| accord_rules::report::assess(corpus, profile, *as_of));
    let finding = assessed_report.as_ref().and_then(|r| r.findings.iter().find(|f| f.rule == id));
    let proof = assessed_report.as_ref().zip(finding).and_then(|(r, f)| r.proof(f)).map(|p| {
        let mut html = String::from("<ul class=\"proof-tree\">");
        proof_html(&ctx, &p, &query, &mut html);
        html.push_str("</ul>");
        html
    });
    let instrument = corpus.instruments.get(&rule.instrument);
    let contested = rule
        .contested
        .as_ref()
        .or(instrument.and_then(|i| i.contested.as_ref()))
        .map(|c| (c.by.clone(), c.note.clone(), c.source.clone()));
    let windows = rule
        .in_force
        .iter()
        .map(|w| {
            let mut s = match (w.from, w.to) {
                (Some(f), Some(t)) => {
                    ctx.t1("rule-window-from", "date", &f.to_string())
                        + " · "
                        + &ctx.t1("rule-window-until", "date", &t.to_string())
                }
                (Some(f), None) => ctx.t1("rule-window-from", "date", &f.to_string()),
                (None, Some(t)) => ctx.t1("rule-window-until", "date", &t.to_string()),
                (None, None) => ctx.t("rule-window-always"),
            };
            if let Some(n) = &w.note {
                s.push_str(&format!(" — {n}"));
            }
            s
        })
        .collect();
    let history = rule
        .date_history
        .iter()
        .map(|h| {
            let now = h.now.map_or("—".to_owned(), |d| d.to_string());
            let note = h.note.as_ref().map_or(String::new(), |n| format!(" — {n}"));
            format!("{} → {now} ({}){note}", h.was, h.by)
        })
        .collect();
    let related = corpus
        .rules()
        .values()
        .filter(|r| r.kind == rule.kind && r.id != rule.id && r.kind != "exception")
        .map(|r| related_rule(&ctx, r, &query))
        .collect();
    let conflicts = rule
        .conflicts_with
        .iter()
        .filter_map(|c| corpus.rules().get(c))
        .map(|r| related_rule(&ctx, r, &query))
        .collect();
    let unless =
        rule.unless.iter().filter_map(|c| corpus.rules().get(c)).map(|r| related_rule(&ctx, r, &query)).collect();
    let confidence = match rule.confidence {
        accord_rules::pack::Confidence::Verified => "verified",
        accord_rules::pack::Confidence::PrimaryText => "primary_text",
        accord_rules::pack::Confidence::Uncertain => "uncertain",
    }
    .to_owned();
    let back = if answers.facts.is_empty() {
        ctx.href(&format!("/rules/instruments/{}", rule.instrument))
    } else {
        format!("{}?{query}#j-{}", ctx.href("/rules/result"), rule.jurisdiction.to_ascii_lowercase())
    };
    let page = RulePage {
        instrument_title: instrument.map_or(rule.instrument.clone(), |i| i.title.clone()),
        instrument_href: ctx.href(&format!("/rules/instruments/{}", rule.instrument)),
        instrument_status: ctx.t(&msg_id("inst-status", instrument.map_or("in_force", |i| i.status.as_str()))),
        kind_title: ctx.kind_title(corpus, &rule.kind),
        jurisdiction: ctx.jurisdiction_name(&rule.jurisdiction),
        confidence,
        windows,
        history,
        finding: finding.map(|f| finding_view(&ctx, corpus, f, &query)),
        proof,
        assessed: assessed_report.is_some(),
        related,
        conflicts,
        unless,
        back,
        contested,
        deadline: rule.deadline.as_ref().map(|d| {
            let from = d.from.as_ref().map_or(String::new(), |f| format!(" ({f})"));
            format!("{} {}{from}", Value::show_number(d.value), d.unit)
        }),
        threshold: rule.threshold.as_ref().map(|t| format!("{} {} {}", t.fact, Value::show_number(t.value), t.unit)),
        rule: rule.clone(),
        page: ctx,
    };
    render(StatusCode::OK, &page)
}

// ---- instruments, convergence, timeline ----------------------------------------------------

pub(super) struct InstrumentRow {
    href: String,
    title: String,
    status: String,
    status_label: String,
    status_note: Option<String>,
    rules: usize,
    uncertain: usize,
}

pub(super) struct InstrumentGroup {
    name: String,
    code: String,
    instruments: Vec<InstrumentRow>,
}

#[derive(Template)]
#[template(path = "rules_instruments.html")]
pub(super) struct InstrumentsPage {
    page: PageCtx,
    groups: Vec<InstrumentGroup>,
}

pub(super) async fn instruments(State(state): State<AppState>, page: Page) -> Response {
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let mut groups: BTreeMap<&str, Vec<InstrumentRow>> = BTreeMap::new();
    for i in corpus.instruments.values() {
        let rules: Vec<_> = corpus.rules().values().filter(|r| r.instrument == i.id).collect();
        groups.entry(i.jurisdiction.as_str()).or_default().push(InstrumentRow {
            href: ctx.href(&format!("/rules/instruments/{}", i.id)),
            title: i.title.clone(),
            status: i.status.as_str().to_owned(),
            status_label: ctx.t(&msg_id("inst-status", i.status.as_str())),
            status_note: i.status_note.clone(),
            rules: rules.iter().filter(|r| r.kind != "exception").count(),
            uncertain: rules.iter().filter(|r| r.confidence == accord_rules::pack::Confidence::Uncertain).count(),
        });
    }
    let groups = groups
        .into_iter()
        .map(|(code, instruments)| InstrumentGroup {
            name: ctx.jurisdiction_name(code),
            code: code.to_owned(),
            instruments,
        })
        .collect();
    render(StatusCode::OK, &InstrumentsPage { page: ctx, groups })
}

pub(super) struct RuleRow {
    href: String,
    id: String,
    cite: String,
    summary: String,
    kind: String,
    role: String,
    from: String,
    confidence: String,
    exception: bool,
}

#[derive(Template)]
#[template(path = "rules_instrument.html")]
pub(super) struct InstrumentPage {
    page: PageCtx,
    instrument: accord_rules::Instrument,
    jurisdiction: String,
    status: String,
    rules: Vec<RuleRow>,
}

pub(super) async fn instrument(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let Some(inst) = corpus.instruments.get(&id) else {
        return message(ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let mut rules: Vec<&accord_rules::pack::Rule> = corpus.rules().values().filter(|r| r.instrument == id).collect();
    rules.sort_by_key(|r| r.line);
    let rules = rules
        .into_iter()
        .map(|r| RuleRow {
            href: ctx.href(&format!("/rules/rule/{}", r.id)),
            id: r.id.clone(),
            cite: r.cite.clone(),
            summary: r.summary.clone(),
            kind: if r.kind == "exception" { ctx.t("rule-exception") } else { ctx.kind_title(corpus, &r.kind) },
            role: r.role.as_deref().map(|role| ctx.option_label("roles", role)).unwrap_or_default(),
            from: r.in_force.iter().filter_map(|w| w.from).min().map(|d| d.to_string()).unwrap_or_default(),
            confidence: match r.confidence {
                accord_rules::pack::Confidence::Verified => "verified",
                accord_rules::pack::Confidence::PrimaryText => "primary_text",
                accord_rules::pack::Confidence::Uncertain => "uncertain",
            }
            .to_owned(),
            exception: r.kind == "exception",
        })
        .collect();
    let page = InstrumentPage {
        jurisdiction: ctx.jurisdiction_name(&inst.jurisdiction),
        status: ctx.t(&msg_id("inst-status", inst.status.as_str())),
        instrument: inst.clone(),
        rules,
        page: ctx,
    };
    render(StatusCode::OK, &page)
}

pub(super) struct ConvergenceRow {
    kind: String,
    title: String,
    jurisdictions: Vec<String>,
    rules: Vec<(String, String, String)>,
    labels: Vec<(String, &'static str)>,
    strictest: Option<String>,
    lowest: Vec<String>,
}

#[derive(Template)]
#[template(path = "rules_convergence.html")]
pub(super) struct ConvergencePage {
    page: PageCtx,
    rows: Vec<ConvergenceRow>,
    single: Vec<(String, String)>,
}

pub(super) async fn convergence(State(state): State<AppState>, page: Page) -> Response {
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let mut rows = Vec::new();
    let mut single = Vec::new();
    for c in corpus.convergence() {
        if c.jurisdictions.len() < 2 {
            single.push((
                ctx.kind_title(corpus, c.kind),
                c.jurisdictions.iter().map(|j| ctx.jurisdiction_name(j)).collect(),
            ));
            continue;
        }
        rows.push(ConvergenceRow {
            title: ctx.kind_title(corpus, c.kind),
            kind: c.kind.to_owned(),
            jurisdictions: c.jurisdictions.iter().map(|j| ctx.jurisdiction_name(j)).collect(),
            rules: c
                .rules
                .iter()
                .filter_map(|id| corpus.rules().get(*id))
                .map(|r| (ctx.href(&format!("/rules/rule/{}", r.id)), r.jurisdiction.clone(), r.cite.clone()))
                .collect(),
            labels: c
                .divergences
                .iter()
                .map(|d| {
                    let class =
                        if d.kind == accord_rules::DivergenceKind::Normative { "tag-magenta" } else { "tag-grey" };
                    (ctx.t(&format!("divergence-{}", d.kind.as_str().replace('_', "-"))), class)
                })
                .collect(),
            strictest: c
                .strictest_deadline
                .as_ref()
                .map(|(rule, d)| format!("{} {} ({rule})", Value::show_number(d.value), d.unit)),
            lowest: c
                .lowest_thresholds
                .iter()
                .map(|(_, v, unit, rule)| format!("{} {unit} ({rule})", Value::show_number(*v)))
                .collect(),
        });
    }
    // Most widely shared duties first.
    rows.sort_by(|a, b| b.jurisdictions.len().cmp(&a.jurisdictions.len()).then_with(|| a.kind.cmp(&b.kind)));
    render(StatusCode::OK, &ConvergencePage { page: ctx, rows, single })
}

/// One date of one instrument: the rules that start, stop or moved together.
pub(super) struct TimelineRow {
    date: String,
    past: bool,
    jurisdiction: String,
    instrument: String,
    instrument_href: String,
    /// (href, rule id, cite) of each rule.
    rules: Vec<(String, String, String)>,
    what: String,
    note: String,
}

pub(super) struct TimelineYear {
    year: i32,
    rows: Vec<TimelineRow>,
}

#[derive(Template)]
#[template(path = "rules_timeline.html")]
pub(super) struct TimelinePage {
    page: PageCtx,
    years: Vec<TimelineYear>,
    today: String,
}

pub(super) async fn timeline(State(state): State<AppState>, page: Page) -> Response {
    let corpus = state.node.corpus();
    let ctx = page.ctx;
    let today = time::OffsetDateTime::now_utc().date();
    let mut events = corpus.timeline();
    // Group by date, then instrument, then what happens, so one row lists the articles of one
    // instrument that change together.
    events.sort_by(|a, b| {
        let inst = |e: &accord_rules::DatedEvent| corpus.rules().get(&e.rule).map(|r| r.instrument.clone());
        a.date.cmp(&b.date).then_with(|| inst(a).cmp(&inst(b)))
    });
    let mut years: Vec<TimelineYear> = Vec::new();
    for e in events {
        let Some(rule) = corpus.rules().get(&e.rule) else { continue };
        let what = match &e.what {
            accord_rules::EventKind::Starts if e.conditional => ctx.t("timeline-starts-some"),
            accord_rules::EventKind::Starts => ctx.t("timeline-starts"),
            accord_rules::EventKind::Ends => ctx.t("timeline-ends"),
            accord_rules::EventKind::Moved { to, by } => {
                ctx.t2("timeline-moved", ("date", to.map_or("—".to_owned(), |d| d.to_string())), ("by", by.clone()))
            }
        };
        let date = e.date.to_string();
        let note = e.note.clone().unwrap_or_default();
        let entry = (ctx.href(&format!("/rules/rule/{}", rule.id)), rule.id.clone(), rule.cite.clone());
        let instrument = corpus.instruments.get(&rule.instrument).map_or(rule.instrument.clone(), |i| i.title.clone());
        let year = match years.last_mut() {
            Some(y) if y.year == e.date.year() => y,
            _ => {
                years.push(TimelineYear { year: e.date.year(), rows: Vec::new() });
                match years.last_mut() {
                    Some(y) => y,
                    None => continue,
                }
            }
        };
        match year.rows.last_mut() {
            Some(last)
                if last.date == date && last.instrument == instrument && last.what == what && last.note == note =>
            {
                last.rules.push(entry)
            }
            _ => year.rows.push(TimelineRow {
                date,
                past: e.date <= today,
                jurisdiction: ctx.jurisdiction_name(&rule.jurisdiction),
                instrument,
                instrument_href: ctx.href(&format!("/rules/instruments/{}", rule.instrument)),
                rules: vec![entry],
                what,
                note,
            }),
        }
    }
    render(StatusCode::OK, &TimelinePage { page: ctx, years, today: today.to_string() })
}

// ---- saved assessments ----------------------------------------------------------------------

/// `POST /{lang}/rules/assessments`: saves the answers and their result as a signed record.
pub(super) async fn save(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let csrf = pairs.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.clone()).unwrap_or_default();
    if !csrf_ok(&page, &headers, &csrf) {
        return csrf_failed(page);
    }
    let name = pairs.iter().find(|(k, _)| k == "name").map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    let answers = Answers::from_pairs(pairs);
    let (profile, errors) = answers.profile();
    let Ok(as_of) = answers.as_of_date() else {
        return render(StatusCode::BAD_REQUEST, &check_page(page.ctx, &answers, Some("q-error-date")));
    };
    if !errors.is_empty() {
        return render(StatusCode::BAD_REQUEST, &check_page(page.ctx, &answers, None));
    }
    // A name is optional in the form: the date and the markets make a recognisable default.
    let name = if name.is_empty() {
        let markets = answers.facts.get("markets").map(|m| m.join(", ")).unwrap_or_default();
        format!("{as_of} {markets}").trim().to_owned()
    } else {
        name
    };
    match state.node.save_assessment(page.principal(), &name, &profile, as_of).await {
        Ok(id) => Redirect::to(&page.ctx.href(&format!("/rules/assessments/{id}"))).into_response(),
        Err(e) => refused(page, e),
    }
}

pub(super) struct SavedRow {
    href: String,
    name: String,
    as_of: String,
    organisation: String,
    saved: String,
}

#[derive(Template)]
#[template(path = "rules_saved_list.html")]
pub(super) struct SavedListPage {
    page: PageCtx,
    rows: Vec<SavedRow>,
    next: Option<String>,
}

/// `GET /{lang}/rules/assessments`: the saved assessments (published records).
#[derive(Deserialize)]
pub(super) struct SavedQuery {
    cursor: Option<String>,
}

pub(super) async fn saved_list(State(state): State<AppState>, page: Page, Query(q): Query<SavedQuery>) -> Response {
    let list = match state.node.assessments(page.principal(), None, &PageRequest { after: q.cursor, limit: 50 }).await {
        Ok(l) => l,
        Err(e) => return refused(page, e),
    };
    let mut rows = Vec::with_capacity(list.items.len());
    for a in list.items {
        let organisation = match state.node.organisation(page.principal(), a.organisation).await {
            Ok(o) => o.name,
            Err(_) => a.organisation.to_string(),
        };
        rows.push(SavedRow {
            href: page.ctx.href(&format!("/rules/assessments/{}", a.id)),
            name: a.name,
            as_of: a.as_of,
            organisation,
            saved: datetime(&a.created_at),
        });
    }
    let next = list.next.map(|c| format!("{}?cursor={c}", page.ctx.href("/rules/assessments")));
    render(StatusCode::OK, &SavedListPage { page: page.ctx, rows, next })
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

/// `GET /{lang}/rules/assessments/{id}`: a saved assessment, recomputed for reading, with its
/// signed record (the result as saved).
pub(super) async fn saved(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let Ok(id) = id.parse::<accord_core::AssessmentId>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let a = match state.node.assessment(page.principal(), id).await {
        Ok(a) => a,
        Err(e) => return refused(page, e),
    };
    let organisation = match state.node.organisation(page.principal(), a.organisation).await {
        Ok(o) => o.name,
        Err(_) => a.organisation.to_string(),
    };
    let corpus = state.node.corpus();
    let Ok(profile) = Profile::from_json(&a.profile.to_string()) else {
        return message(page.ctx, StatusCode::INTERNAL_SERVER_ERROR, "problem-title", "problem-body", None);
    };
    // The answers as the query string carries them, so "change" links start from this profile.
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(object) = a.profile.as_object() {
        for (k, v) in object {
            match v {
                serde_json::Value::Array(items) => {
                    if items.is_empty() {
                        pairs.push((k.clone(), NONE.into()));
                    }
                    pairs.extend(items.iter().filter_map(|i| i.as_str()).map(|i| (k.clone(), i.to_owned())));
                }
                serde_json::Value::String(s) => pairs.push((k.clone(), s.clone())),
                other => pairs.push((k.clone(), other.to_string())),
            }
        }
    }
    pairs.push(("as_of".into(), a.as_of.clone()));
    let answers = Answers::from_pairs(pairs);
    let Ok(as_of) = answers.as_of_date() else {
        return message(page.ctx, StatusCode::INTERNAL_SERVER_ERROR, "problem-title", "problem-body", None);
    };
    let report = accord_rules::report::assess(corpus, &profile, as_of);
    let record_href = match state.node.record_versions("assessment", &a.id.to_string()).await {
        Ok(versions) => versions.last().map(|e| page.ctx.href(&format!("/transparency/log/{}", e.seq))),
        Err(_) => None,
    };
    let mut result = result_page(page.ctx, corpus, &answers, &report, false);
    result.saved = Some(SavedHeader {
        name: a.name,
        organisation,
        saved: datetime(&a.created_at),
        record_href,
        corpus_changed: a.corpus_digest != state.node.corpus_digest(),
        json_href: format!("/api/v1/assessments/saved/{}", a.id),
    });
    render(StatusCode::OK, &result)
}
