//! Sessions for browsers and the caller's identity.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use accord_core::Scope;

use super::ApiJson;
use super::dto::{MeDto, SessionDto, SignIn};
use crate::auth::{ApiCaller, Caller, Via, session_cookie};
use crate::cookies;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// Sign in with e-mail address and password; sets the session cookie.
#[utoipa::path(post, path = "/session", tag = "session", request_body = SignIn,
    responses((status = 200, body = SessionDto), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<SignIn>,
) -> Result<Response, ApiError> {
    let signed = state.node.sign_in(&body.email, &body.password, caller.client).await?;
    let cookie = cookies::set_session(state.node.config(), &signed.session_secret, signed.expires_at);
    let dto = SessionDto {
        user: signed.user.into(),
        csrf_token: signed.csrf_token,
        expires_at: accord_core::command::rfc3339(signed.expires_at),
    };
    let mut response = ApiJson(dto).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Sign out: ends the session of the cookie sent.
#[utoipa::path(delete, path = "/session", tag = "session", security(("session" = [])),
    responses((status = 204), (status = 403, body = ErrorBody)))]
pub async fn sign_out(
    State(state): State<AppState>,
    ApiCaller(_caller): ApiCaller,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(secret) = session_cookie(&headers) {
        state.node.sign_out(secret).await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookies::clear_session(state.node.config()));
    Ok(response)
}

/// Who am I: the user behind the token or session, and the scopes in force.
#[utoipa::path(get, path = "/me", tag = "session", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = MeDto), (status = 401, body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, ApiCaller(caller): ApiCaller) -> Result<ApiJson<MeDto>, ApiError> {
    let Some(user_id) = caller.principal.user_id() else {
        return Err(ApiError::new(ErrorCode::Unauthenticated, "sign in or send an API token to do this"));
    };
    let user = state.node.user(&caller.principal, user_id).await?;
    let (by, scopes) = match (&caller.via, &caller.principal) {
        (Via::Token, accord_core::Principal::User { scopes: Some(s), .. }) => ("token", s.clone()),
        _ => ("session", Scope::ALL.to_vec()),
    };
    Ok(ApiJson(MeDto {
        user: user.into(),
        authenticated_by: by.into(),
        scopes: scopes.iter().map(|s| s.as_str().to_owned()).collect(),
    }))
}
