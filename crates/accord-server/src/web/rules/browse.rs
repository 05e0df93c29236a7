//! Reading the corpus: one rule with its proof for the answers given, the instruments, the
//! convergence and conflict across jurisdictions, and the timeline of dates.

use super::*;

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
pub(in crate::web) async fn rule(
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
            format!("{} {}{from}", show_number(d.value), d.unit)
        }),
        threshold: rule.threshold.as_ref().map(|t| format!("{} {} {}", t.fact, show_number(t.value), t.unit)),
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

pub(in crate::web) async fn instruments(State(state): State<AppState>, page: Page) -> Response {
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

pub(in crate::web) async fn instrument(
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

pub(in crate::web) async fn convergence(State(state): State<AppState>, page: Page) -> Response {
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
                .map(|(rule, d)| format!("{} {} ({rule})", show_number(d.value), d.unit)),
            lowest: c
                .lowest_thresholds
                .iter()
                .map(|(_, v, unit, rule)| format!("{} {unit} ({rule})", show_number(*v)))
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

pub(in crate::web) async fn timeline(State(state): State<AppState>, page: Page) -> Response {
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
