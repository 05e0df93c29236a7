//! Dialogue over HTTP: Polis-style conversations, their statements and moderation, votes, the
//! routed next statement, analysis results, and the caller as a participant.
//!
//! A visitor who is not signed in takes part in a public conversation under a pseudonymous
//! token: the first vote (or statement) answers with the token once and sets it as the cookie
//! `accord_participant_<conversation>`; it comes back in that cookie or in the
//! `X-Accord-Participant` header. Signed-in callers are their account's participant.

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use accord_core::command::rfc3339;
use accord_core::dialogue::{
    ConversationId, ConversationState, ConversationSummary, ConversationUpdate, LinkedQuestion, Moderation,
    NewConversation, Participation, Statement, StatementView, StoredResult, VoteValue,
};
use accord_core::{OrgId, Principal};
use accord_node::dialogue::{NextStatement, ParticipantReceipt, StatementInput};

use super::{ApiJson, ApiPath, ApiQuery, PageParams, parse_id};
use crate::auth::{ApiCaller, cookie, cross_site};
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// The header a participant token may come in (instead of the cookie).
pub const PARTICIPANT_HEADER: &str = "x-accord-participant";

/// The cookie that keeps a visitor's participant token for one conversation.
pub fn participant_cookie(id: ConversationId) -> String {
    format!("accord_participant_{id}")
}

/// A year: a visitor keeps their pseudonym across visits.
const PARTICIPANT_COOKIE_MAX_AGE: u32 = 365 * 24 * 3600;

/// The caller's participant token, from the header or the cookie. A change sent with the
/// cookie from another site is refused: the cookie is the visitor's only credential.
pub(crate) fn participant_token(
    headers: &HeaderMap,
    id: ConversationId,
    changing: bool,
) -> Result<Option<String>, ApiError> {
    if let Some(v) = headers.get(PARTICIPANT_HEADER) {
        let text = v
            .to_str()
            .map_err(|_| ApiError::new(ErrorCode::BadParameter, "the X-Accord-Participant header is not text"))?;
        return Ok(Some(text.trim().to_owned()).filter(|t| !t.is_empty()));
    }
    let found = cookie(headers, &participant_cookie(id)).map(str::to_owned).filter(|t| !t.is_empty());
    if found.is_some() && changing && cross_site(headers) {
        return Err(ApiError::new(ErrorCode::CsrfFailed, "a participant's change must not come from another site"));
    }
    Ok(found)
}

fn set_participant_cookie(state: &AppState, id: ConversationId, token: &str) -> Option<HeaderValue> {
    let secure = if state.node.config().secure_cookies() { "; Secure" } else { "" };
    let text = format!(
        "{}={token}; Max-Age={PARTICIPANT_COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax{secure}",
        participant_cookie(id)
    );
    HeaderValue::from_str(&text).ok()
}

/// Answers that depend on who asks, or carry a token shown once, are never cached.
fn private(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}

pub(crate) fn with_new_participant(
    state: &AppState,
    id: ConversationId,
    receipt: Option<&ParticipantReceipt>,
    mut response: Response,
) -> Response {
    if let Some(token) = receipt.and_then(|r| r.new_token.as_deref())
        && let Some(cookie) = set_participant_cookie(state, id, token)
    {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    private(response)
}

fn conversation_id(text: &str) -> Result<ConversationId, ApiError> {
    parse_id("conversation", text)
}

/// The caller as a (would-be) participant of the conversation in the path: who they are
/// (`ApiCaller`, with its CSRF check), the conversation, and their participant token from the
/// header or the cookie. For a change (any method but GET, HEAD and OPTIONS) a cookie sent from
/// another site is refused, as `participant_token` explains.
pub struct ParticipantCall {
    pub principal: Principal,
    pub id: ConversationId,
    pub token: Option<String>,
}

impl FromRequestParts<AppState> for ParticipantCall {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ApiCaller(caller) = ApiCaller::from_request_parts(parts, state).await?;
        let ApiPath(id) = ApiPath::<String>::from_request_parts(parts, state).await?;
        let id = conversation_id(&id)?;
        let changing = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        let token = participant_token(&parts.headers, id, changing)?;
        Ok(ParticipantCall { principal: caller.principal, id, token })
    }
}

// ---- wire types -------------------------------------------------------------------------------

/// The governance question a conversation informs.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionDto {
    pub text: String,
    /// An `http` or `https` URL.
    pub url: Option<String>,
}

/// Where an imported conversation comes from.
#[derive(Serialize, ToSchema)]
pub struct SourceDto {
    /// e.g. `polis-opendata:vtaiwan.uberx`.
    pub id: String,
    /// The attribution the data's licence asks for.
    pub attribution: String,
}

/// A conversation with its counts.
#[derive(Serialize, ToSchema)]
pub struct ConversationDto {
    #[schema(format = Uuid)]
    pub id: String,
    pub topic: String,
    pub description: String,
    pub question: Option<QuestionDto>,
    /// BCP 47 language tags.
    pub languages: Vec<String>,
    /// `open` or `closed`.
    pub state: String,
    /// `public`, `members` or `invited`.
    pub participation: String,
    /// Organisation ids, with `participation = invited`.
    pub invited_organisations: Vec<String>,
    /// Statements from participants stay hidden until a moderator accepts them.
    pub strict_moderation: bool,
    pub source: Option<SourceDto>,
    /// The organisation that created it; absent for imports by the operator.
    pub organisation: Option<String>,
    pub version: i64,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    pub statements: u64,
    pub participants: u64,
    /// Vote events, changed votes included.
    pub votes: u64,
}

impl From<ConversationSummary> for ConversationDto {
    fn from(s: ConversationSummary) -> Self {
        let c = s.conversation;
        let content = c.content;
        ConversationDto {
            id: c.id.to_string(),
            topic: content.topic,
            description: content.description,
            question: content.question.map(|q| QuestionDto { text: q.text, url: q.url }),
            languages: content.languages,
            state: content.state.as_str().to_owned(),
            participation: content.participation.as_str().to_owned(),
            invited_organisations: content.invited.iter().map(|o| o.to_string()).collect(),
            strict_moderation: content.strict_moderation,
            source: content.source.map(|s| SourceDto { id: s.id, attribution: s.attribution }),
            organisation: c.organisation.map(|o| o.to_string()),
            version: c.version,
            created_at: rfc3339(c.created_at),
            updated_at: rfc3339(c.updated_at),
            statements: s.statements,
            participants: s.participants,
            votes: s.votes,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConversationPage {
    pub items: Vec<ConversationDto>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A new conversation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversationInput {
    /// 1–300 characters.
    pub topic: String,
    #[serde(default)]
    pub description: String,
    pub question: Option<QuestionDto>,
    /// BCP 47 tags, at least one (`ar`, `en`, `es`, `fr`, `ru`, `zh`, …).
    pub languages: Vec<String>,
    /// `public` (default), `members` or `invited`.
    pub participation: Option<String>,
    /// Organisation ids, required with `participation = invited`.
    #[serde(default)]
    pub invited_organisations: Vec<String>,
    #[serde(default)]
    pub strict_moderation: bool,
    /// `open` (default) or `closed`.
    pub state: Option<String>,
}

/// Present-and-null is not absent: `"question": null` removes the question.
fn double_option<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// A change to a conversation: absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversationPatch {
    pub topic: Option<String>,
    pub description: Option<String>,
    /// `null` removes the linked question.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<QuestionDto>)]
    pub question: Option<Option<QuestionDto>>,
    pub languages: Option<Vec<String>>,
    /// `open` or `closed`.
    pub state: Option<String>,
    pub participation: Option<String>,
    pub invited_organisations: Option<Vec<String>>,
    pub strict_moderation: Option<bool>,
}

fn org_ids(field: &str, ids: &[String]) -> Result<Vec<OrgId>, ApiError> {
    ids.iter()
        .enumerate()
        .map(|(i, text)| {
            text.parse().map_err(|_| {
                ApiError::from(accord_core::Invalid::new(
                    format!("{field}[{i}]"),
                    accord_core::Problem::Malformed { expected: "an organisation id (UUID)" },
                ))
            })
        })
        .collect()
}

/// Per-statement vote counts, from each participant's latest vote.
#[derive(Serialize, ToSchema)]
pub struct VoteCountsDto {
    pub agree: u64,
    pub disagree: u64,
    pub pass: u64,
}

/// A statement.
#[derive(Serialize, ToSchema)]
pub struct StatementDto {
    /// Its number in the conversation, from 0 (Polis "tid").
    pub seq: u32,
    pub text: String,
    pub lang: String,
    /// The participant who wrote it (Polis "pid"); absent for moderators' statements.
    pub author_participant: Option<u32>,
    /// `accepted`, `unmoderated` or `rejected`.
    pub moderation: String,
    /// About the conversation itself rather than its topic; not routed to participants.
    pub is_meta: bool,
    #[schema(format = DateTime)]
    pub created_at: String,
    /// In lists only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<VoteCountsDto>,
}

impl From<Statement> for StatementDto {
    fn from(s: Statement) -> Self {
        StatementDto {
            seq: s.seq,
            text: s.text,
            lang: s.lang,
            author_participant: s.author,
            moderation: s.moderation.as_str().to_owned(),
            is_meta: s.is_meta,
            created_at: rfc3339(s.created_at),
            votes: None,
        }
    }
}

impl From<StatementView> for StatementDto {
    fn from(v: StatementView) -> Self {
        let counts = v.votes;
        StatementDto {
            votes: Some(VoteCountsDto { agree: counts.agree, disagree: counts.disagree, pass: counts.pass }),
            ..v.statement.into()
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct StatementList {
    /// By `seq`. Moderators see every statement; others those open to votes.
    pub items: Vec<StatementDto>,
}

/// A new statement.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementBody {
    /// 1–1,000 characters.
    pub text: String,
    /// BCP 47; the conversation's first language when absent.
    pub lang: Option<String>,
    /// Moderators only.
    #[serde(default)]
    pub is_meta: bool,
}

/// A statement just added, and who added it.
#[derive(Serialize, ToSchema)]
pub struct CreatedStatement {
    pub statement: StatementDto,
    /// The author's participant number; absent for moderators' statements.
    pub participant: Option<u32>,
    /// A visitor's new participant token, shown this once (also set as a cookie).
    pub participant_token: Option<String>,
}

/// A moderator's decision.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationBody {
    /// `accepted`, `rejected` or `unmoderated`.
    pub moderation: String,
    /// Marks the statement as meta (or not).
    pub is_meta: Option<bool>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteItem {
    /// The statement's `seq`.
    pub statement: u32,
    /// `agree`, `disagree` or `pass`.
    pub vote: String,
}

/// Up to 1,000 votes; a later vote on a statement replaces the earlier one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VotesBody {
    pub votes: Vec<VoteItem>,
}

#[derive(Serialize, ToSchema)]
pub struct VoteReceiptDto {
    /// The caller's participant number.
    pub participant: u32,
    pub recorded: usize,
    /// A visitor's new participant token, shown this once (also set as a cookie).
    pub participant_token: Option<String>,
}

/// The statement to vote on next and the caller's progress.
#[derive(Serialize, ToSchema)]
pub struct NextDto {
    /// Absent when every statement open to votes has the caller's vote.
    pub statement: Option<StatementDto>,
    pub remaining: u64,
    pub voted: u64,
    pub participant: Option<u32>,
}

impl From<NextStatement> for NextDto {
    fn from(n: NextStatement) -> Self {
        NextDto {
            statement: n.statement.map(Into::into),
            remaining: n.remaining,
            voted: n.voted,
            participant: n.participant,
        }
    }
}

/// A stored analysis result.
#[derive(Serialize, ToSchema)]
pub struct ResultDto {
    #[schema(format = Uuid)]
    pub conversation: String,
    pub version: u32,
    #[schema(format = DateTime)]
    pub computed_at: String,
    /// How many vote events the analysis included.
    pub votes_watermark: u64,
    /// SHA-256 (hex) of the result's JSON text; the signed record in the log carries it.
    pub sha256: String,
    /// The analysis as computed (opinion groups, consensus, `statements[].priority`, …).
    #[schema(value_type = Object)]
    pub result: Value,
}

impl From<StoredResult> for ResultDto {
    fn from(r: StoredResult) -> Self {
        ResultDto {
            conversation: r.conversation.to_string(),
            version: r.version,
            computed_at: rfc3339(r.computed_at),
            votes_watermark: r.votes_watermark,
            sha256: r.sha256,
            result: r.result,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantDto {
    pub participant: u32,
    /// Statements the participant voted on.
    pub votes: u64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConversationListParams {
    /// Items per page (1–200, default 50).
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

// ---- handlers -----------------------------------------------------------------------------

/// Conversations you may read, in creation order, with their counts.
#[utoipa::path(get, path = "/conversations", tag = "dialogue", params(ConversationListParams),
    responses((status = 200, body = ConversationPage), (status = 400, body = ErrorBody)))]
pub async fn list_conversations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(params): ApiQuery<ConversationListParams>,
) -> Result<ApiJson<ConversationPage>, ApiError> {
    let page = PageParams { limit: params.limit, cursor: params.cursor }.request();
    let page = state.node.conversations(&caller.principal, &page).await?;
    Ok(ApiJson(ConversationPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}

/// Start a conversation (editors and administrators).
#[utoipa::path(post, path = "/conversations", tag = "dialogue", request_body = ConversationInput,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = ConversationDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_conversation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<ConversationInput>,
) -> Result<(StatusCode, ApiJson<ConversationDto>), ApiError> {
    let participation = match body.participation.as_deref() {
        None => Participation::Public,
        Some(p) => Participation::parse("participation", p)?,
    };
    let state_value = match body.state.as_deref() {
        None => ConversationState::Open,
        Some(s) => ConversationState::parse("state", s)?,
    };
    let input = NewConversation {
        topic: body.topic,
        description: body.description,
        question: body.question.map(|q| LinkedQuestion { text: q.text, url: q.url }),
        languages: body.languages,
        state: state_value,
        participation,
        invited: org_ids("invited_organisations", &body.invited_organisations)?,
        strict_moderation: body.strict_moderation,
        source: None,
    };
    let created = state.node.create_conversation(&caller.principal, input).await?;
    Ok((StatusCode::CREATED, ApiJson(created.into())))
}

/// One conversation with its counts. Conversations that are not public need signing in; one
/// you may not read answers 404.
#[utoipa::path(get, path = "/conversations/{id}", tag = "dialogue", params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ConversationDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_conversation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<ConversationDto>, ApiError> {
    let id = conversation_id(&id)?;
    Ok(ApiJson(state.node.conversation(&caller.principal, id).await?.into()))
}

/// Change a conversation — its texts, languages, participation, moderation mode — or open or
/// close it (editors and administrators). Absent fields stay as they are.
#[utoipa::path(patch, path = "/conversations/{id}", tag = "dialogue", params(("id" = String, Path, format = Uuid)),
    request_body = ConversationPatch, security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = ConversationDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_conversation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<ConversationPatch>,
) -> Result<ApiJson<ConversationDto>, ApiError> {
    let id = conversation_id(&id)?;
    let update = ConversationUpdate {
        topic: body.topic,
        description: body.description,
        question: body.question.map(|q| q.map(|q| LinkedQuestion { text: q.text, url: q.url })),
        languages: body.languages,
        state: body.state.as_deref().map(|s| ConversationState::parse("state", s)).transpose()?,
        participation: body.participation.as_deref().map(|p| Participation::parse("participation", p)).transpose()?,
        invited: body.invited_organisations.as_deref().map(|ids| org_ids("invited_organisations", ids)).transpose()?,
        strict_moderation: body.strict_moderation,
    };
    Ok(ApiJson(state.node.update_conversation(&caller.principal, id, update).await?.into()))
}

/// A conversation's statements with their vote counts (from each participant's latest vote).
#[utoipa::path(get, path = "/conversations/{id}/statements", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = StatementList), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list_statements(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<StatementList>, ApiError> {
    let id = conversation_id(&id)?;
    let items = state.node.statements(&caller.principal, id).await?;
    Ok(ApiJson(StatementList { items: items.into_iter().map(Into::into).collect() }))
}

/// Add a statement. Moderators' statements are accepted at once; participants' wait for
/// moderation. A visitor's first statement makes them a participant (token in the answer and a
/// cookie).
#[utoipa::path(post, path = "/conversations/{id}/statements", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)), request_body = StatementBody,
    responses((status = 201, body = CreatedStatement), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_statement(
    State(state): State<AppState>,
    ParticipantCall { principal, id, token }: ParticipantCall,
    ApiJson(body): ApiJson<StatementBody>,
) -> Result<Response, ApiError> {
    let input = StatementInput { text: body.text, lang: body.lang, is_meta: body.is_meta };
    let (statement, receipt) = state.node.add_statement(&principal, id, token.as_deref(), input).await?;
    let body = CreatedStatement {
        statement: statement.into(),
        participant: receipt.as_ref().map(|r| r.participant),
        participant_token: receipt.as_ref().and_then(|r| r.new_token.clone()),
    };
    let response = (StatusCode::CREATED, ApiJson(body)).into_response();
    Ok(with_new_participant(&state, id, receipt.as_ref(), response))
}

/// A moderator's decision on a statement (editors and administrators): accept, reject or set
/// back to unmoderated, and optionally mark it as meta.
#[utoipa::path(post, path = "/conversations/{id}/statements/{seq}/moderation", tag = "dialogue",
    params(("id" = String, Path, format = Uuid), ("seq" = u32, Path)), request_body = ModerationBody,
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = StatementDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn moderate_statement(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((id, seq)): ApiPath<(String, u32)>,
    ApiJson(body): ApiJson<ModerationBody>,
) -> Result<ApiJson<StatementDto>, ApiError> {
    let id = conversation_id(&id)?;
    let moderation = Moderation::parse("moderation", &body.moderation)?;
    let statement = state.node.moderate_statement(&caller.principal, id, seq, moderation, body.is_meta).await?;
    Ok(ApiJson(statement.into()))
}

/// Vote on statements (up to 1,000 at once). A visitor's first vote in a public conversation
/// makes them a participant: the answer carries their token once and sets it as a cookie.
#[utoipa::path(post, path = "/conversations/{id}/votes", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)), request_body = VotesBody,
    responses((status = 200, body = VoteReceiptDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cast_conversation_votes(
    State(state): State<AppState>,
    ParticipantCall { principal, id, token }: ParticipantCall,
    ApiJson(body): ApiJson<VotesBody>,
) -> Result<Response, ApiError> {
    let votes = body
        .votes
        .iter()
        .enumerate()
        .map(|(i, v)| Ok((v.statement, VoteValue::parse(&format!("votes[{i}].vote"), &v.vote)?)))
        .collect::<Result<Vec<_>, ApiError>>()?;
    let receipt = state.node.cast_votes(&principal, id, token.as_deref(), &votes).await?;
    let body = VoteReceiptDto {
        participant: receipt.participant.participant,
        recorded: receipt.recorded,
        participant_token: receipt.participant.new_token.clone(),
    };
    Ok(with_new_participant(&state, id, Some(&receipt.participant), ApiJson(body).into_response()))
}

/// The statement to vote on next, chosen at random with probability proportional to its
/// priority in the latest analysis result, with the caller's progress.
#[utoipa::path(get, path = "/conversations/{id}/next", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = NextDto), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn next_conversation_statement(
    State(state): State<AppState>,
    ParticipantCall { principal, id, token }: ParticipantCall,
) -> Result<Response, ApiError> {
    let next = state.node.next_statement(&principal, id, token.as_deref()).await?;
    Ok(private(ApiJson(NextDto::from(next)).into_response()))
}

/// The latest analysis result (404 until there is one).
#[utoipa::path(get, path = "/conversations/{id}/results", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ResultDto), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn latest_conversation_result(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<ResultDto>, ApiError> {
    let id = conversation_id(&id)?;
    let result = state.node.latest_result(&caller.principal, id).await?.ok_or_else(|| ApiError::not_found("result"))?;
    Ok(ApiJson(result.into()))
}

/// One version of the analysis result.
#[utoipa::path(get, path = "/conversations/{id}/results/{version}", tag = "dialogue",
    params(("id" = String, Path, format = Uuid), ("version" = u32, Path)),
    responses((status = 200, body = ResultDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_conversation_result(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((id, version)): ApiPath<(String, u32)>,
) -> Result<ApiJson<ResultDto>, ApiError> {
    let id = conversation_id(&id)?;
    let result =
        state.node.result(&caller.principal, id, version).await?.ok_or_else(|| ApiError::not_found("result"))?;
    Ok(ApiJson(result.into()))
}

/// You as a participant of this conversation (404 before your first vote or statement).
#[utoipa::path(get, path = "/conversations/{id}/participants/me", tag = "dialogue",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ParticipantDto), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn participant_me(
    State(state): State<AppState>,
    ParticipantCall { principal, id, token }: ParticipantCall,
) -> Result<Response, ApiError> {
    let info = state.node.participant(&principal, id, token.as_deref()).await?;
    let body = ParticipantDto { participant: info.participant, votes: info.votes };
    Ok(private(ApiJson(body).into_response()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participant_tokens_come_from_the_header_or_the_cookie() {
        let id = ConversationId(uuid::Uuid::nil());
        let mut headers = HeaderMap::new();
        assert_eq!(participant_token(&headers, id, true).ok().flatten(), None);
        let cookie = format!("other=1; {}=tok123", participant_cookie(id));
        headers.insert(header::COOKIE, HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static("")));
        assert_eq!(participant_token(&headers, id, true).ok().flatten().as_deref(), Some("tok123"));
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(participant_token(&headers, id, true).is_err(), "a cross-site change with the cookie");
        assert!(participant_token(&headers, id, false).is_ok(), "a cross-site read");
        headers.insert(PARTICIPANT_HEADER, HeaderValue::from_static("hdr456"));
        assert_eq!(participant_token(&headers, id, true).ok().flatten().as_deref(), Some("hdr456"));
    }
}
