//! The obligations engine over HTTP: assessments, rules and instruments (public).

use axum::extract::State;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::ApiJson;
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

/// Findings per rule, the comparison across jurisdictions and the facts to ask next.
#[utoipa::path(post, path = "/assessments", tag = "rules", request_body = AssessmentRequest,
    responses((status = 200, description = "`{as_of, findings: [{rule, instrument, jurisdiction, kind, role, cite, status, missing_facts, exempted_by, deadline, threshold, source, confidence, proof}], comparison, ask_next}`", body = Object),
        (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assess(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<AssessmentRequest>,
) -> Result<ApiJson<Value>, ApiError> {
    let invalid = |field: &str, message: String| {
        ApiError::new(ErrorCode::ValidationFailed, message)
            .with_details(json!({ "field": field, "problem": "malformed" }))
    };
    if !body.profile.is_object() {
        return Err(invalid("profile", "profile must be an object of facts".into()));
    }
    let profile = accord_rules::Profile::from_json(&body.profile.to_string()).map_err(|e| {
        let field = match &e {
            accord_rules::fact::ProfileError::UnknownFact(n) => format!("profile.{n}"),
            accord_rules::fact::ProfileError::WrongType { fact, .. } => format!("profile.{fact}"),
            accord_rules::fact::ProfileError::Syntax(_) => "profile".into(),
        };
        invalid(&field, e.to_string())
    })?;
    let as_of = match &body.as_of {
        Some(text) => time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
            .map_err(|_| invalid("as_of", format!("as_of {text:?} is not a date like 2026-08-02")))?,
        None => time::OffsetDateTime::now_utc().date(),
    };
    let report = state.node.assess(&caller.principal, &profile, as_of)?;
    let value = serde_json::to_value(report).map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(ApiJson(value))
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

/// Every rule of the node's corpus.
#[utoipa::path(get, path = "/rules", tag = "rules", responses((status = 200, body = [RuleDto])))]
pub async fn rules(State(state): State<AppState>) -> ApiJson<Vec<RuleDto>> {
    let list = state
        .node
        .corpus()
        .rules
        .values()
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
    pub status: Option<String>,
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
            status: i.status.clone(),
            source: i.source.clone(),
            rules: corpus.rules.values().filter(|r| r.instrument == i.id).count(),
        })
        .collect();
    ApiJson(list)
}
