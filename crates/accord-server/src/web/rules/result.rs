//! The result of an assessment: the missing facts, the jurisdictions × kinds matrix, the
//! findings per jurisdiction, the divergences, and the JSON and CSV downloads.

use super::*;

// ---- the result -----------------------------------------------------------------------------

pub(in crate::web) struct Cell {
    pub(in crate::web) tag: Tag,
    /// "2", "1 fact missing"…
    pub(in crate::web) detail: String,
    pub(in crate::web) href: String,
    pub(in crate::web) uncertain: bool,
    pub(in crate::web) conflict: bool,
    pub(in crate::web) contested: bool,
}

pub(in crate::web) struct MatrixRow {
    pub(in crate::web) code: String,
    pub(in crate::web) name: String,
    pub(in crate::web) cells: Vec<Cell>,
}

pub(in crate::web) struct FindingView {
    pub(in crate::web) rule: String,
    pub(in crate::web) anchor: String,
    pub(in crate::web) href: String,
    pub(in crate::web) summary: String,
    pub(in crate::web) cite: String,
    pub(in crate::web) instrument: String,
    pub(in crate::web) kind: String,
    pub(in crate::web) tag: Tag,
    pub(in crate::web) uncertain: bool,
    pub(in crate::web) primary_text: bool,
    pub(in crate::web) voluntary: bool,
    /// A bill, or adopted but not yet in force.
    pub(in crate::web) not_yet: Option<String>,
    pub(in crate::web) contested: Option<String>,
    pub(in crate::web) why: String,
    pub(in crate::web) deadline: Option<String>,
    pub(in crate::web) source: String,
}

pub(in crate::web) struct JurisdictionFindings {
    pub(in crate::web) code: String,
    pub(in crate::web) name: String,
    pub(in crate::web) anchor: String,
    pub(in crate::web) relevant: Vec<FindingView>,
    pub(in crate::web) others: Vec<FindingView>,
}

pub(in crate::web) struct MissingFact {
    pub(in crate::web) question: String,
    pub(in crate::web) href: String,
    pub(in crate::web) decides: usize,
}

pub(in crate::web) struct DivergenceView {
    pub(in crate::web) kind_title: String,
    pub(in crate::web) jurisdictions: String,
    pub(in crate::web) labels: Vec<String>,
    pub(in crate::web) strictest: Option<String>,
    pub(in crate::web) lowest: Vec<String>,
}

#[derive(Template)]
#[template(path = "rules_result.html")]
pub(in crate::web) struct ResultPage {
    pub(in crate::web) page: PageCtx,
    pub(in crate::web) as_of: String,
    pub(in crate::web) kinds: Vec<(String, String)>,
    pub(in crate::web) matrix: Vec<MatrixRow>,
    pub(in crate::web) by_jurisdiction: Vec<JurisdictionFindings>,
    pub(in crate::web) missing: Vec<MissingFact>,
    pub(in crate::web) may_apply: usize,
    pub(in crate::web) divergences: Vec<DivergenceView>,
    pub(in crate::web) answers_href: String,
    pub(in crate::web) json_href: String,
    pub(in crate::web) csv_href: String,
    pub(in crate::web) hidden: Vec<(String, String)>,
    pub(in crate::web) can_save: bool,
    pub(in crate::web) saved: Option<SavedHeader>,
}

pub(in crate::web) fn deadline_text(f: &FindingOut) -> Option<String> {
    f.deadline.as_ref().map(|d| {
        let from = d.from.as_ref().map_or(String::new(), |x| format!(" ({x})"));
        format!("{} {}{from}", show_number(d.value), d.unit)
    })
}

pub(in crate::web) fn finding_view(ctx: &PageCtx, corpus: &Corpus, f: &FindingOut, query: &str) -> FindingView {
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
pub(in crate::web) fn finding_anchor(rule: &str) -> String {
    format!("f-{}", rule.replace(['.', '_'], "-"))
}

pub(in crate::web) fn relevant(status: &str) -> bool {
    matches!(status, "applies" | "may_apply" | "exempt")
}

pub(in crate::web) fn result_page(
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
            strictest: c.strictest_deadline.map(|(rule, d)| format!("{} {} ({rule})", show_number(d.value), d.unit)),
            lowest: c
                .lowest_thresholds
                .iter()
                .map(|(_, value, unit, rule)| format!("{} {unit} ({rule})", show_number(*value)))
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
pub(in crate::web) fn parsed(answers: &Answers) -> Result<(Profile, time::Date), (String, &'static str)> {
    let (profile, errors) = answers.profile();
    if let Some((fact, e)) = errors.into_iter().next() {
        return Err((fact, e));
    }
    let as_of = answers.as_of_date().map_err(|_| ("as_of".to_owned(), "q-error-date"))?;
    Ok((profile, as_of))
}

/// `GET /{lang}/rules/result`: the matrix, the findings per jurisdiction and what is missing.
pub(in crate::web) async fn result(
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
pub(in crate::web) async fn result_json(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
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
pub(in crate::web) fn report_csv(report: &Report) -> Result<Vec<u8>, csv::Error> {
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
pub(in crate::web) async fn result_csv(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
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
