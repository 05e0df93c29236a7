//! Formal resolutions over HTTP: the list, a resolution with its amendments, votes and tally,
//! creation (editors), amendments (delegations of the electorate) and their decision (editors),
//! opening and closing the vote (editors), and votes (delegations of the electorate).
//!
//! A read after a vote's deadline publishes its result first (see `accord_node::resolutions`).

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use accord_core::Denied;
use accord_core::command::rfc3339;
use accord_core::resolution::{ResolutionId, ResolutionSummary};
use accord_node::NodeError;
use accord_node::resolutions::{AmendmentInput, QuorumInput, ResolutionInput, ResolutionView, RuleInput, VoteInput};

use super::{ApiJson, ApiPath, ApiQuery, PageParams, parse_id};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// The voting rule.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleBody {
    /// `simple_majority` (more yes than no among members present and voting), `two_thirds`
    /// (yes ≥ ⅔ of yes + no) or `consensus` (adopted when the silence period ends without an
    /// objection).
    pub kind: String,
    /// For `consensus` only: the silence period, in seconds (1 to 31,622,400).
    pub silence_period_secs: Option<u64>,
}

/// How many members of the electorate must vote, abstentions included.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuorumBody {
    /// `none`, `members` (with `count`) or `fraction` (with `numerator` and `denominator`;
    /// rounded up: ½ of 9 is 5).
    pub kind: String,
    pub count: Option<u32>,
    pub numerator: Option<u32>,
    pub denominator: Option<u32>,
}

/// A new draft resolution.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewResolutionBody {
    /// The deciding body, e.g. `Plenary`.
    pub body: String,
    pub title: String,
    /// The draft text (line breaks kept).
    pub text: String,
    /// The language of title and text (`en`, `fr`, `ar`, …).
    pub lang: String,
    pub rule: RuleBody,
    /// No quorum when absent.
    pub quorum: Option<QuorumBody>,
    /// Organisation ids: one vote each.
    pub electorate: Vec<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAmendmentBody {
    /// The whole text the amendment puts in place of the draft.
    pub text: String,
    pub rationale: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendmentDecisionBody {
    /// `adopt` (its text replaces the draft) or `reject`.
    pub decision: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenVotingBody {
    /// When voting closes (RFC 3339, within a year). Required for majority rules; absent under
    /// consensus, where the silence period starts now.
    pub closes_at: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteBody {
    /// `yes`, `no` or `abstain`; under consensus `no_objection` or `objection` (an objection
    /// rejects the text at once).
    pub choice: String,
    /// The explanation of vote, published with it.
    pub explanation: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ResolutionSummaryDto {
    pub id: String,
    pub body: String,
    pub title: String,
    pub lang: String,
    /// `simple_majority`, `two_thirds` or `consensus`.
    pub rule: String,
    /// `draft`, `voting` or `closed`.
    pub state: String,
    pub electorate_size: u32,
    pub created_at: String,
    pub voting_closes_at: Option<String>,
    /// `adopted`, `rejected` or `no_quorum`, once closed.
    pub outcome: Option<String>,
    pub url: String,
}

impl From<ResolutionSummary> for ResolutionSummaryDto {
    fn from(r: ResolutionSummary) -> Self {
        ResolutionSummaryDto {
            url: format!("/api/v1/resolutions/{}", r.id),
            id: r.id.to_string(),
            body: r.body,
            title: r.title,
            lang: r.lang,
            rule: r.rule.kind().to_owned(),
            state: r.state.as_str().to_owned(),
            electorate_size: r.electorate_size,
            created_at: rfc3339(r.created_at),
            voting_closes_at: r.voting_closes_at.map(rfc3339),
            outcome: r.outcome,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ResolutionPage {
    pub items: Vec<ResolutionSummaryDto>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

fn id_of(text: &str) -> Result<ResolutionId, ApiError> {
    parse_id("resolution", text)
}

fn json_of(view: &ResolutionView) -> Result<Value, ApiError> {
    serde_json::to_value(view).map_err(|e| ApiError::internal(e.to_string()))
}

/// The node refuses a delegation that is not in the electorate with a plain `Forbidden`; say
/// why, since the caller's role is not the reason.
fn electorate_refusal(e: NodeError) -> ApiError {
    match e {
        NodeError::Denied(Denied::Forbidden) => ApiError::new(
            ErrorCode::Forbidden,
            "only delegations of the organisations in this resolution's electorate may do this; \
             your organisation is not in it",
        )
        .with_details(json!({ "reason": "not_in_electorate" })),
        other => other.into(),
    }
}

/// List resolutions, newest first (public). Votes whose deadline has passed are closed and their
/// result published before they are listed.
#[utoipa::path(get, path = "/resolutions", tag = "resolutions", params(PageParams),
    responses((status = 200, body = ResolutionPage), (status = 400, body = ErrorBody)))]
pub async fn list_resolutions(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(page): ApiQuery<PageParams>,
) -> Result<ApiJson<ResolutionPage>, ApiError> {
    let page = state.node.resolutions(&caller.principal, &page.request()).await?;
    Ok(ApiJson(ResolutionPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}

/// Create a draft resolution (editors and administrators; token scope `write`).
#[utoipa::path(post, path = "/resolutions", tag = "resolutions", request_body = NewResolutionBody,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Object, description = "the resolution, as `GET /resolutions/{id}` shows it"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_resolution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<NewResolutionBody>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    let input = ResolutionInput {
        body: input.body,
        title: input.title,
        text: input.text,
        lang: input.lang,
        rule: RuleInput { kind: input.rule.kind, silence_period_secs: input.rule.silence_period_secs },
        quorum: input.quorum.map(|q| QuorumInput {
            kind: q.kind,
            count: q.count,
            numerator: q.numerator,
            denominator: q.denominator,
        }),
        electorate: input.electorate,
    };
    let view = state.node.create_resolution(&caller.principal, &input).await?;
    Ok((StatusCode::CREATED, ApiJson(json_of(&view)?)))
}

/// One resolution: its text and text history, amendments, every recorded vote with its
/// explanation, the tally (computed by the voting rule) and, once closed, the published result.
#[utoipa::path(get, path = "/resolutions/{id}", tag = "resolutions", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_resolution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<Value>, ApiError> {
    let view = state.node.resolution(&caller.principal, id_of(&id)?).await?;
    Ok(ApiJson(json_of(&view)?))
}

/// Propose an amendment to a draft (delegations of the electorate's organisations).
#[utoipa::path(post, path = "/resolutions/{id}/amendments", tag = "resolutions", params(("id" = String, Path)),
    request_body = NewAmendmentBody, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Object, description = "the new amendment"), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_resolution_amendment(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(input): ApiJson<NewAmendmentBody>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    let input = AmendmentInput { text: input.text, rationale: input.rationale };
    let (seq, view) =
        state.node.propose_amendment(&caller.principal, id_of(&id)?, &input).await.map_err(electorate_refusal)?;
    let amendment = view.amendment(seq).ok_or_else(|| ApiError::internal("the amendment vanished"))?;
    let body = serde_json::to_value(amendment).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((StatusCode::CREATED, ApiJson(body)))
}

/// Adopt or reject an amendment (editors and administrators: the chair). Adopting puts its text
/// in place of the draft; every earlier text stays in the history.
#[utoipa::path(post, path = "/resolutions/{id}/amendments/{seq}/decision", tag = "resolutions",
    params(("id" = String, Path), ("seq" = u32, Path)), request_body = AmendmentDecisionBody,
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide_resolution_amendment(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((id, seq)): ApiPath<(String, u32)>,
    ApiJson(input): ApiJson<AmendmentDecisionBody>,
) -> Result<ApiJson<Value>, ApiError> {
    let view = state.node.decide_amendment(&caller.principal, id_of(&id)?, seq, &input.decision).await?;
    Ok(ApiJson(json_of(&view)?))
}

/// Open the vote on the current text (editors and administrators). Every amendment must be
/// decided first.
#[utoipa::path(post, path = "/resolutions/{id}/open", tag = "resolutions", params(("id" = String, Path)),
    request_body = OpenVotingBody, security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn open_resolution_voting(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(input): ApiJson<OpenVotingBody>,
) -> Result<ApiJson<Value>, ApiError> {
    let view = state.node.open_resolution_voting(&caller.principal, id_of(&id)?, input.closes_at.as_deref()).await?;
    Ok(ApiJson(json_of(&view)?))
}

/// Cast your organisation's vote (delegations of the electorate's organisations only; 403
/// otherwise). A later vote of the same organisation replaces the earlier one until voting
/// closes; both stay on the record.
#[utoipa::path(post, path = "/resolutions/{id}/votes", tag = "resolutions", params(("id" = String, Path)),
    request_body = VoteBody, security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cast_resolution_vote(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(input): ApiJson<VoteBody>,
) -> Result<ApiJson<Value>, ApiError> {
    let input = VoteInput { choice: input.choice, explanation: input.explanation };
    let view =
        state.node.cast_resolution_vote(&caller.principal, id_of(&id)?, &input).await.map_err(electorate_refusal)?;
    Ok(ApiJson(json_of(&view)?))
}

/// Close the vote and publish the result (editors and administrators). Before the deadline
/// only a majority vote may be closed; a silence period cannot be cut short. Closing a closed
/// resolution changes nothing.
#[utoipa::path(post, path = "/resolutions/{id}/close", tag = "resolutions", params(("id" = String, Path)),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn close_resolution(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<Value>, ApiError> {
    let view = state.node.close_resolution(&caller.principal, id_of(&id)?).await?;
    Ok(ApiJson(json_of(&view)?))
}
