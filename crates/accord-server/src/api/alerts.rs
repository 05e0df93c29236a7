//! Alerts over HTTP: saved searches with their Atom feeds, and webhooks with their deliveries.
//!
//! The feed is a capability URL outside `/api/v1` (`/feeds/<token>.atom`), so feed readers that
//! cannot send headers can subscribe; the token is shown once, when the search is saved.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use accord_core::command::rfc3339;
use accord_node::safety::WebhookInput;
use accord_store::{Delivery, SavedSearch, Webhook};

use super::incidents::search_query;
use super::{ApiJson, ApiPath, ApiQuery, parse_id};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

fn bad(parameter: &str, message: String) -> ApiError {
    ApiError::new(ErrorCode::BadParameter, message).with_details(json!({ "parameter": parameter }))
}

/// The node's address for absolute links: `node.public_url` if configured, else the request's
/// `Host` (plain http).
pub fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = state.node.config().node.public_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        return url.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost");
    format!("http://{host}")
}

/// The parameters of a search as a query string (`q=outage&country=FR`).
fn query_string(pairs: &[(String, String)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

// ---- saved searches ----------------------------------------------------------------------

/// A new saved search.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SavedSearchInput {
    pub name: String,
    /// The search's parameters, as for `GET /api/v1/incidents`: a query string
    /// (`q=outage&country=FR`) or an array of `[name, value]` pairs. The feed always lists the
    /// 50 newest matches; `sort`, `limit` and `offset` are ignored there.
    #[schema(value_type = String, example = "q=outage&country=FR")]
    pub query: Value,
}

#[derive(Serialize, ToSchema)]
pub struct SavedSearchDto {
    pub id: String,
    pub name: String,
    /// The parameters as a query string.
    pub query: String,
    pub created_at: String,
}

impl From<SavedSearch> for SavedSearchDto {
    fn from(s: SavedSearch) -> Self {
        SavedSearchDto {
            id: s.id.to_string(),
            name: s.name,
            query: query_string(&s.pairs),
            created_at: rfc3339(s.created_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CreatedSavedSearch {
    pub id: String,
    pub name: String,
    pub query: String,
    pub created_at: String,
    /// The Atom feed's capability URL. Shown this once: anyone with it reads the feed (as you).
    pub feed_url: String,
}

/// Reads `query` as a query string or as `[name, value]` pairs.
fn pairs_of(query: Value) -> Result<Vec<(String, String)>, ApiError> {
    match query {
        Value::String(text) => serde_urlencoded::from_str(text.trim().trim_start_matches('?'))
            .map_err(|e| bad("query", format!("query is not a query string: {e}"))),
        Value::Array(_) => serde_json::from_value(query)
            .map_err(|_| bad("query", "query must be a query string or an array of [name, value] pairs".into())),
        _ => Err(bad("query", "query must be a query string or an array of [name, value] pairs".into())),
    }
}

/// Save a search. The answer carries the search's Atom feed URL, shown this once: a capability
/// URL that feed readers can subscribe to without signing in. The feed lists the 50 newest
/// matches that you may see at the time it is read.
#[utoipa::path(post, path = "/saved-searches", tag = "safety", request_body = SavedSearchInput,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = CreatedSavedSearch), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_saved_search(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    headers: HeaderMap,
    ApiJson(input): ApiJson<SavedSearchInput>,
) -> Result<Response, ApiError> {
    let pairs = pairs_of(input.query)?;
    let query = search_query(&pairs)?;
    let (saved, token) = state.node.create_saved_search(&caller.principal, &input.name, pairs, query).await?;
    let feed_url = format!("{}/feeds/{token}.atom", base_url(&state, &headers));
    let dto = SavedSearchDto::from(saved);
    let body =
        CreatedSavedSearch { id: dto.id, name: dto.name, query: dto.query, created_at: dto.created_at, feed_url };
    Ok(no_store((StatusCode::CREATED, ApiJson(body)).into_response()))
}

/// Your saved searches, oldest first (their feed URLs are not shown again).
#[utoipa::path(get, path = "/saved-searches", tag = "safety", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = [SavedSearchDto]), (status = 401, body = ErrorBody)))]
pub async fn list_saved_searches(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<ApiJson<Vec<SavedSearchDto>>, ApiError> {
    Ok(ApiJson(state.node.saved_searches(&caller.principal).await?.into_iter().map(Into::into).collect()))
}

/// Delete one of your saved searches; its feed answers 404 from now on. A search a webhook
/// filters on is refused (409): delete the webhook first.
#[utoipa::path(delete, path = "/saved-searches/{id}", tag = "safety", params(("id" = String, Path, format = Uuid)),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn delete_saved_search(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let id: Uuid = parse_id("saved search", &id)?;
    state.node.delete_saved_search(&caller.principal, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A saved search's Atom feed (RFC 4287), read through its capability URL: the 50 newest
/// matches its owner may see now, each with its TLP label as a category. Answers 404 for an
/// unknown or deleted feed.
#[utoipa::path(get, path = "/feeds/{file}", tag = "safety",
    params(("file" = String, Path, description = "`<feed token>.atom`, as in the `feed_url` of the saved search")),
    responses((status = 200, description = "the Atom feed", content_type = "application/atom+xml"),
        (status = 404, body = ErrorBody)))]
pub async fn saved_search_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(file): ApiPath<String>,
) -> Result<Response, ApiError> {
    let Some(token) = file.strip_suffix(".atom") else {
        return Err(ApiError::not_found("feed"));
    };
    let (meta, entries) = state.node.saved_search_feed(token, &base_url(&state, &headers)).await?;
    let body = accord_safety::feed::atom(&meta, &entries);
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(accord_safety::feed::CONTENT_TYPE));
    // What the feed shows depends on its owner: never cached for anyone else.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    // The URL is a secret: links followed from a feed reader must not carry it along.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    Ok(response)
}

// ---- webhooks ----------------------------------------------------------------------------

/// A new webhook.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookBody {
    /// Where to POST events: an `http` or `https` URL without user name or password.
    pub url: String,
    /// The id of one of your saved searches: only records it finds are delivered.
    pub saved_search: Option<String>,
    /// Any of `incident.published`, `incident.updated`, `report.published`,
    /// `marking.changed` [default: all].
    #[serde(default)]
    pub events: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct WebhookDto {
    pub id: String,
    pub url: String,
    pub saved_search: Option<String>,
    pub events: Vec<String>,
    pub created_at: String,
}

impl From<Webhook> for WebhookDto {
    fn from(w: Webhook) -> Self {
        // `w.secret` stays here: it is shown once, at creation.
        WebhookDto {
            id: w.id.to_string(),
            url: w.url,
            saved_search: w.saved_search.map(|s| s.to_string()),
            events: w.events,
            created_at: rfc3339(w.created_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct CreatedWebhook {
    pub id: String,
    pub url: String,
    pub saved_search: Option<String>,
    pub events: Vec<String>,
    pub created_at: String,
    /// The signing secret, shown this once. Each delivery carries `Accord-Signature:
    /// t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`; check it, and the age of
    /// `t`, before trusting a delivery. The HMAC key is this string's UTF-8 bytes, prefix included.
    pub secret: String,
}

/// Subscribe a URL to events about incidents and reports you may see. Each delivery is a POST
/// of a JSON event (`id`, `event`, `created`, `data`: `key`, `title`, `url`, `tlp`), signed with
/// the secret shown in this answer only. A failed delivery (no 2xx answer within 10 s) is
/// retried after 10 s, 30 s, 2 min, 10 min, 1 h and 6 h; a record you may no longer see by
/// then is not delivered.
#[utoipa::path(post, path = "/webhooks", tag = "safety", request_body = WebhookBody,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = CreatedWebhook), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<WebhookBody>,
) -> Result<Response, ApiError> {
    let input = WebhookInput { url: body.url, saved_search: body.saved_search, events: body.events };
    let (hook, secret) = state.node.create_webhook(&caller.principal, &input).await?;
    let dto = WebhookDto::from(hook);
    let body = CreatedWebhook {
        id: dto.id,
        url: dto.url,
        saved_search: dto.saved_search,
        events: dto.events,
        created_at: dto.created_at,
        secret,
    };
    Ok(no_store((StatusCode::CREATED, ApiJson(body)).into_response()))
}

/// Your webhooks, oldest first (their secrets are not shown again).
#[utoipa::path(get, path = "/webhooks", tag = "safety", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = [WebhookDto]), (status = 401, body = ErrorBody)))]
pub async fn list_webhooks(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<ApiJson<Vec<WebhookDto>>, ApiError> {
    Ok(ApiJson(state.node.webhooks(&caller.principal).await?.into_iter().map(Into::into).collect()))
}

/// Delete one of your webhooks; deliveries not yet made are cancelled.
#[utoipa::path(delete, path = "/webhooks/{id}", tag = "safety", params(("id" = String, Path, format = Uuid)),
    security(("bearer" = []), ("session" = [])),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_webhook(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let id: Uuid = parse_id("webhook", &id)?;
    state.node.delete_webhook(&caller.principal, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeliveryParams {
    /// 1–200, default 50.
    pub limit: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct DeliveryDto {
    pub id: String,
    pub event: String,
    /// `incident` or `report`.
    pub record: String,
    pub key: String,
    /// `pending`, `delivered`, `failed` (retries exhausted), `withheld` (you may no longer see
    /// the record) or `cancelled` (the webhook was deleted).
    pub status: String,
    pub attempts: i64,
    /// The HTTP status of the last attempt's answer.
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: String,
    /// When the next attempt is due (pending deliveries).
    pub next_attempt_at: Option<String>,
    pub delivered_at: Option<String>,
}

impl From<Delivery> for DeliveryDto {
    fn from(d: Delivery) -> Self {
        DeliveryDto {
            id: d.id.to_string(),
            event: d.event,
            record: d.record,
            key: d.key,
            status: d.status,
            attempts: d.attempts,
            last_status: d.last_status,
            last_error: d.last_error,
            created_at: rfc3339(d.created_at),
            next_attempt_at: d.next_attempt_at.map(rfc3339),
            delivered_at: d.delivered_at.map(rfc3339),
        }
    }
}

/// A webhook's deliveries, newest first, with where each stands.
#[utoipa::path(get, path = "/webhooks/{id}/deliveries", tag = "safety",
    params(("id" = String, Path, format = Uuid), DeliveryParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = [DeliveryDto]), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn webhook_deliveries(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
    ApiQuery(params): ApiQuery<DeliveryParams>,
) -> Result<ApiJson<Vec<DeliveryDto>>, ApiError> {
    let id: Uuid = parse_id("webhook", &id)?;
    let items = state.node.webhook_deliveries(&caller.principal, id, params.limit.unwrap_or(50)).await?;
    Ok(ApiJson(items.into_iter().map(Into::into).collect()))
}
