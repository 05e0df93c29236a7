//! API tokens: created with a secret shown once, listed without it, revoked for good.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

use accord_core::{TokenId, UserId};
use accord_node::TokenInput;

use super::dto::{CreatedToken, NewToken, TokenDto, TokenPage};
use super::{ApiJson, ApiPath, ApiQuery, PageParams, parse_id};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenFilter {
    /// `true`: everyone's tokens (administrators).
    pub all: Option<bool>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// List your API tokens (or everyone's, for administrators with `all=true`).
#[utoipa::path(get, path = "/tokens", tag = "tokens", params(TokenFilter), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = TokenPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(filter): ApiQuery<TokenFilter>,
) -> Result<ApiJson<TokenPage>, ApiError> {
    let page = PageParams { limit: filter.limit, cursor: filter.cursor }.request();
    let page = state.node.tokens(&caller.principal, filter.all.unwrap_or(false), &page).await?;
    Ok(ApiJson(TokenPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}

/// Create an API token. The response is the only time the secret is shown.
#[utoipa::path(post, path = "/tokens", tag = "tokens", request_body = NewToken, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = CreatedToken), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<NewToken>,
) -> Result<Response, ApiError> {
    let user = body.user.as_deref().map(|u| parse_id::<UserId>("user", u)).transpose()?;
    let input = TokenInput { user, name: body.name, scopes: body.scopes, expires_in_days: body.expires_in_days };
    let (token, secret) = state.node.create_token(&caller.principal, &input).await?;
    let mut response = (StatusCode::CREATED, ApiJson(CreatedToken { token: token.into(), secret })).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// One of your API tokens (administrators: anyone's).
#[utoipa::path(get, path = "/tokens/{id}", tag = "tokens", params(("id" = String, Path, format = Uuid)),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = TokenDto), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_token(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<TokenDto>, ApiError> {
    let id: TokenId = parse_id("token", &id)?;
    Ok(ApiJson(state.node.token(&caller.principal, id).await?.into()))
}

/// Revoke an API token at once. Revoking a revoked token changes nothing.
#[utoipa::path(delete, path = "/tokens/{id}", tag = "tokens", params(("id" = String, Path, format = Uuid)),
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = TokenDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<TokenDto>, ApiError> {
    let id: TokenId = parse_id("token", &id)?;
    Ok(ApiJson(state.node.revoke_token(&caller.principal, id).await?.into()))
}
