//! The obligations engine over HTTP: assessments, rules and instruments (public).

use axum::extract::State;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::{ApiJson, ApiPath, ApiQuery, PageParams, parse_id};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// A profile to assess and the date to assess it on.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRequest {
    /// Facts by name (the profile vocabulary); absent facts are unknown.
    #[schema(value_type = Object)]
    pub profile: Value,
    /// `YYYY-MM-DD`; today (UTC) when absent.
    pub as_of: Option<String>,
}

/// Parses the request's profile and date, naming the field that is wrong.
fn profile_and_date(profile: &Value, as_of: Option<&str>) -> Result<(accord_rules::Profile, time::Date), ApiError> {
    let invalid = |field: &str, message: String| {
        ApiError::new(ErrorCode::ValidationFailed, message)
            .with_details(json!({ "field": field, "problem": "malformed" }))
    };
    if !profile.is_object() {
        return Err(invalid("profile", "profile must be an object of facts".into()));
    }
    let parsed = accord_rules::Profile::from_json(&profile.to_string()).map_err(|e| {
        let field = match &e {
            accord_rules::fact::ProfileError::UnknownFact(n) => format!("profile.{n}"),
            accord_rules::fact::ProfileError::WrongType { fact, .. } => format!("profile.{fact}"),
            accord_rules::fact::ProfileError::Syntax(_) => "profile".into(),
        };
        invalid(&field, e.to_string())
    })?;
    let as_of = match as_of {
        Some(text) => time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
            .map_err(|_| invalid("as_of", format!("as_of {text:?} is not a date like 2026-08-02")))?,
        None => time::OffsetDateTime::now_utc().date(),
    };
    Ok((parsed, as_of))
}

/// An assessment to save as a signed record.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaveAssessmentRequest {
    /// A name people will recognise, 1–200 characters.
    pub name: String,
    #[schema(value_type = Object)]
    pub profile: Value,
    /// `YYYY-MM-DD`; today (UTC) when absent.
    pub as_of: Option<String>,
}

/// A saved assessment.
#[derive(Serialize, ToSchema)]
pub struct SavedAssessmentDto {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub user: String,
    pub as_of: String,
    /// SHA-256 of the corpus the result was computed with.
    pub corpus_sha256: String,
    pub created_at: String,
    /// The signed record in the transparency log.
    pub record: String,
    #[schema(value_type = Object)]
    pub profile: Value,
    /// The report as computed when saved (omitted in lists).
    #[schema(value_type = Object)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<Value>,
}

impl SavedAssessmentDto {
    fn from(a: accord_core::Assessment, with_report: bool) -> SavedAssessmentDto {
        SavedAssessmentDto {
            record: format!("/api/v1/records/assessment/{}", a.id),
            id: a.id.to_string(),
            name: a.name,
            organisation: a.organisation.to_string(),
            user: a.user.to_string(),
            as_of: a.as_of,
            corpus_sha256: a.corpus_digest,
            created_at: accord_core::command::rfc3339(a.created_at),
            profile: a.profile,
            report: with_report.then_some(a.report),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SavedAssessmentPage {
    pub items: Vec<SavedAssessmentDto>,
    pub next_cursor: Option<String>,
}

/// Save an assessment: the profile, the date and the result are published as a record signed
/// by your organisation and appended to the transparency log.
#[utoipa::path(post, path = "/assessments/saved", tag = "rules", request_body = SaveAssessmentRequest,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = SavedAssessmentDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn save_assessment(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<SaveAssessmentRequest>,
) -> Result<(axum::http::StatusCode, ApiJson<SavedAssessmentDto>), ApiError> {
    let (profile, as_of) = profile_and_date(&body.profile, body.as_of.as_deref())?;
    if body.name.trim().is_empty() || body.name.chars().count() > 200 {
        return Err(ApiError::new(ErrorCode::ValidationFailed, "name must have 1 to 200 characters")
            .with_details(json!({ "field": "name", "problem": "length" })));
    }
    let id = state.node.save_assessment(&caller.principal, &body.name, &profile, as_of).await?;
    let saved = state.node.assessment(&caller.principal, id).await?;
    Ok((axum::http::StatusCode::CREATED, ApiJson(SavedAssessmentDto::from(saved, true))))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SavedFilter {
    /// Only this organisation's assessments.
    pub organisation: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// Saved assessments, oldest first (published records: public).
#[utoipa::path(get, path = "/assessments/saved", tag = "rules", params(SavedFilter),
    responses((status = 200, body = SavedAssessmentPage), (status = 400, body = ErrorBody)))]
pub async fn list_saved(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(filter): ApiQuery<SavedFilter>,
) -> Result<ApiJson<SavedAssessmentPage>, ApiError> {
    let org = filter.organisation.as_deref().map(|o| parse_id::<accord_core::OrgId>("organisation", o)).transpose()?;
    let page = PageParams { limit: filter.limit, cursor: filter.cursor }.request();
    let page = state.node.assessments(&caller.principal, org, &page).await?;
    Ok(ApiJson(SavedAssessmentPage {
        items: page.items.into_iter().map(|a| SavedAssessmentDto::from(a, false)).collect(),
        next_cursor: page.next,
    }))
}

/// One saved assessment, with its report as computed when saved.
#[utoipa::path(get, path = "/assessments/saved/{id}", tag = "rules", params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = SavedAssessmentDto), (status = 404, body = ErrorBody)))]
pub async fn get_saved(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<SavedAssessmentDto>, ApiError> {
    let id: accord_core::AssessmentId = parse_id("assessment", &id)?;
    Ok(ApiJson(SavedAssessmentDto::from(state.node.assessment(&caller.principal, id).await?, true)))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AssessQuery {
    /// `false`: leave out the proof trees (`"proof": null`): about a third smaller.
    pub proofs: Option<bool>,
}

/// Findings per rule, the comparison across jurisdictions and the facts to ask next.
#[utoipa::path(post, path = "/assessments", tag = "rules", request_body = AssessmentRequest, params(AssessQuery),
    responses((status = 200, description = "`{as_of, findings: [{rule, instrument, jurisdiction, kind, role, cite, status, missing_facts, exempted_by, deadline, threshold, source, confidence, proof}], comparison, ask_next}`", body = Object),
        (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assess(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(query): ApiQuery<AssessQuery>,
    ApiJson(body): ApiJson<AssessmentRequest>,
) -> Result<axum::response::Response, ApiError> {
    let (profile, as_of) = profile_and_date(&body.profile, body.as_of.as_deref())?;
    let mut report = state.node.assess(&caller.principal, &profile, as_of)?;
    report.with_proofs = query.proofs.unwrap_or(true);
    // Straight to bytes: the report (every proof) is large, and a JSON tree in between would
    // double the work.
    let bytes = serde_json::to_vec(&report).map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(([(axum::http::header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

/// One rule of the corpus.
#[derive(Serialize, ToSchema)]
pub struct RuleDto {
    pub id: String,
    pub instrument: String,
    pub jurisdiction: String,
    pub kind: String,
    pub role: Option<String>,
    pub cite: String,
    pub summary: String,
    pub source: String,
    /// `verified`, `primary_text` or `uncertain`.
    pub confidence: String,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RuleFilter {
    /// Only this jurisdiction (`EU`, `CN`, `US-CA`, `INTL`…).
    pub jurisdiction: Option<String>,
    /// Only this obligation kind (e.g. `incident.report`).
    pub kind: Option<String>,
    /// Only this instrument (e.g. `eu.aia`).
    pub instrument: Option<String>,
}

/// The rules of the node's corpus: all, or those of a jurisdiction, kind or instrument.
#[utoipa::path(get, path = "/rules", tag = "rules", params(RuleFilter),
    responses((status = 200, body = [RuleDto]), (status = 400, body = ErrorBody)))]
pub async fn rules(State(state): State<AppState>, ApiQuery(filter): ApiQuery<RuleFilter>) -> ApiJson<Vec<RuleDto>> {
    let list = state
        .node
        .corpus()
        .rules()
        .values()
        .filter(|r| {
            filter.jurisdiction.as_ref().is_none_or(|j| r.jurisdiction.eq_ignore_ascii_case(j))
                && filter.kind.as_ref().is_none_or(|k| r.kind == *k)
                && filter.instrument.as_ref().is_none_or(|i| r.instrument == *i)
        })
        .map(|r| RuleDto {
            id: r.id.clone(),
            instrument: r.instrument.clone(),
            jurisdiction: r.jurisdiction.clone(),
            kind: r.kind.clone(),
            role: r.role.clone(),
            cite: r.cite.clone(),
            summary: r.summary.clone(),
            source: r.source_url.clone(),
            confidence: match r.confidence {
                accord_rules::pack::Confidence::Verified => "verified",
                accord_rules::pack::Confidence::PrimaryText => "primary_text",
                accord_rules::pack::Confidence::Uncertain => "uncertain",
            }
            .into(),
        })
        .collect();
    ApiJson(list)
}

/// An instrument of the corpus.
#[derive(Serialize, ToSchema)]
pub struct InstrumentDto {
    pub id: String,
    pub title: String,
    pub jurisdiction: String,
    /// `in_force`, `bill`, `voluntary` or `repealed`.
    pub status: String,
    pub status_note: Option<String>,
    pub source: Option<String>,
    pub rules: usize,
}

/// The instruments (laws, bills, frameworks) of the node's corpus.
#[utoipa::path(get, path = "/instruments", tag = "rules", responses((status = 200, body = [InstrumentDto])))]
pub async fn instruments(State(state): State<AppState>) -> ApiJson<Vec<InstrumentDto>> {
    let corpus = state.node.corpus();
    let list = corpus
        .instruments
        .values()
        .map(|i| InstrumentDto {
            id: i.id.clone(),
            title: i.title.clone(),
            jurisdiction: i.jurisdiction.clone(),
            status: i.status.as_str().into(),
            status_note: i.status_note.clone(),
            source: i.source.clone(),
            rules: corpus.rules().values().filter(|r| r.instrument == i.id).count(),
        })
        .collect();
    ApiJson(list)
}
