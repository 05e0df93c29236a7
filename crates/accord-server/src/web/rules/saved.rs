//! Saved assessments: saving the answers and their result as a signed record, the list, and
//! one saved assessment.

use super::*;

// ---- saved assessments ----------------------------------------------------------------------

/// `POST /{lang}/rules/assessments`: saves the answers and their result as a signed record.
pub(in crate::web) async fn save(
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
pub(in crate::web) struct SavedQuery {
    cursor: Option<String>,
}

pub(in crate::web) async fn saved_list(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<SavedQuery>,
) -> Response {
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

/// `GET /{lang}/rules/assessments/{id}`: a saved assessment, recomputed for reading, with its
/// signed record (the result as saved).
pub(in crate::web) async fn saved(
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
