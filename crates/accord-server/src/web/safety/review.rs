//! The reviewers' queue: submitted and triaged incidents and reports the reviewer may see, with
//! their markings, the near-duplicates of each incident, and the decisions (triage, publish,
//! reject) as plain form posts.

use super::*;

pub(super) struct Decision {
    value: &'static str,
    label: String,
    class: &'static str,
}

fn decisions(ctx: &PageCtx, status: Status) -> Vec<Decision> {
    let mut out = Vec::new();
    if status == Status::Submitted {
        out.push(Decision { value: "triage", label: ctx.t("safety-decision-triage"), class: "button secondary" });
    }
    if matches!(status, Status::Submitted | Status::Triaged) {
        out.push(Decision { value: "publish", label: ctx.t("safety-decision-publish"), class: "button" });
        out.push(Decision { value: "reject", label: ctx.t("safety-decision-reject"), class: "button warning-button" });
    }
    if status == Status::Rejected {
        out.push(Decision { value: "reopen", label: ctx.t("safety-decision-reopen"), class: "button secondary" });
    }
    out
}

pub(super) struct QueueItem {
    record: &'static str,
    key: String,
    href: String,
    title: String,
    lang: String,
    dir: &'static str,
    lang_name: String,
    /// For a report: its incident.
    incident: Option<(String, String)>,
    kind: String,
    date: String,
    submitted: String,
    owner: String,
    excerpt: String,
    tlp: TlpBadge,
    distribution: String,
    status: StatusTag,
    decisions: Vec<Decision>,
    suggestions: Vec<SuggestionView>,
}

#[derive(Template)]
#[template(path = "safety_review.html")]
pub(super) struct ReviewPage {
    page: PageCtx,
    nav: SafetyNav,
    incidents: Vec<QueueItem>,
    reports: Vec<QueueItem>,
    notice: Option<String>,
    problem: Option<String>,
    action: String,
}

#[derive(Deserialize)]
pub(in crate::web) struct ReviewQuery {
    done: Option<String>,
    status: Option<String>,
    stale: Option<String>,
}

fn excerpt(text: &str) -> String {
    let t: String = text.chars().take(280).collect();
    if t.chars().count() < text.chars().count() { format!("{}…", t.trim_end()) } else { t }
}

/// `GET /{lang}/safety/review`: the queue (reviewers and administrators).
pub(in crate::web) async fn review(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<ReviewQuery>,
) -> Response {
    let node = &state.node;
    let (incidents, reports) = match node.review_queue(page.principal()).await {
        Ok(x) => x,
        Err(e) => return refused(page, e),
    };
    let groups = group_choices(node, &page).await;
    let group_name = |g: Option<uuid::Uuid>| {
        g.and_then(|g| groups.iter().find(|(id, _)| *id == g.to_string()).map(|(_, n)| n.clone()))
    };
    let key_ok = |k: &Option<String>| k.clone().filter(|k| accord_safety::model::valid_key("key", k).is_ok());
    let notice = match (key_ok(&q.done), q.status.as_deref().and_then(Status::parse)) {
        (Some(k), Some(s)) if s != Status::Submitted => {
            Some(page.ctx.t1(&format!("safety-review-done-{}", s.as_str()), "key", &k))
        }
        _ => None,
    };
    let problem = key_ok(&q.stale).map(|k| page.ctx.t1("safety-review-stale", "key", &k));
    let mut incident_items = Vec::with_capacity(incidents.len());
    for v in &incidents {
        let suggestions = match node.near_duplicates(page.principal(), &v.incident).await {
            Ok(s) => suggestion_views(node, &page, &s).await,
            Err(_) => Vec::new(),
        };
        let ctx = &page.ctx;
        let m = marking_view(ctx, v.marking, v.owner.as_deref(), group_name(v.marking.sharing_group).as_deref());
        incident_items.push(QueueItem {
            record: "incident",
            key: v.key.clone(),
            href: ctx.href(&incident_path(&v.key)),
            title: v.incident.title.clone(),
            lang: v.incident.lang.clone(),
            dir: lang_dir(&v.incident.lang),
            lang_name: ctx.safety_lang(&v.incident.lang),
            incident: None,
            kind: ctx.safety_kind(v.incident.kind.as_str()),
            date: v.incident.date.clone().unwrap_or_default(),
            submitted: v.created_at.chars().take(10).collect(),
            owner: v.owner.clone().unwrap_or_default(),
            excerpt: excerpt(&v.incident.description),
            tlp: m.tlp,
            distribution: m.distribution,
            status: status_tag(ctx, v.status),
            decisions: decisions(ctx, v.status),
            suggestions,
        });
    }
    let ctx = &page.ctx;
    let report_items = reports
        .iter()
        .map(|r| {
            let m = marking_view(ctx, r.marking, r.owner.as_deref(), group_name(r.marking.sharing_group).as_deref());
            QueueItem {
                record: "report",
                key: r.key.clone(),
                href: format!("{}#report-{}", ctx.href(&incident_path(&r.report.incident)), urlencode(&r.key)),
                title: r.report.title.clone(),
                lang: r.report.lang.clone(),
                dir: lang_dir(&r.report.lang),
                lang_name: ctx.safety_lang(&r.report.lang),
                incident: Some((ctx.href(&incident_path(&r.report.incident)), r.report.incident.clone())),
                kind: ctx.t("safety-report"),
                date: r.report.date_published.clone().unwrap_or_default(),
                submitted: r.created_at.chars().take(10).collect(),
                owner: r.owner.clone().unwrap_or_default(),
                excerpt: excerpt(&r.report.text),
                tlp: m.tlp,
                distribution: m.distribution,
                status: status_tag(ctx, r.status),
                decisions: decisions(ctx, r.status),
                suggestions: Vec::new(),
            }
        })
        .collect();
    let nav = SafetyNav::of(&page);
    let ctx = page.ctx;
    let view = ReviewPage {
        nav,
        incidents: incident_items,
        reports: report_items,
        notice,
        problem,
        action: ctx.href("/safety/review"),
        page: ctx,
    };
    no_store(render(StatusCode::OK, &view))
}

#[derive(Deserialize)]
pub(in crate::web) struct DecisionForm {
    #[serde(default)]
    record: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /{lang}/safety/review`: a reviewer's decision on one record, then back to the queue.
pub(in crate::web) async fn decide(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(form): Form<DecisionForm>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let record = match form.record.as_str() {
        "incident" => "incident",
        "report" => "report",
        _ => return message(page.ctx, StatusCode::BAD_REQUEST, "problem-title", "safety-review-bad", None),
    };
    let back = page.ctx.href("/safety/review");
    match state.node.review(page.principal(), record, form.key.trim(), &form.decision).await {
        Ok(status) => {
            Redirect::to(&format!("{back}?done={}&status={}#queue-notice", urlencode(form.key.trim()), status.as_str()))
                .into_response()
        }
        // Decided by someone else meanwhile (a transition that no longer applies).
        Err(NodeError::BadRequest(_)) => {
            Redirect::to(&format!("{back}?stale={}#queue-notice", urlencode(form.key.trim()))).into_response()
        }
        Err(NodeError::Invalid(_)) => {
            message(page.ctx, StatusCode::BAD_REQUEST, "problem-title", "safety-review-bad", None)
        }
        Err(e) => refused(page, e),
    }
}
