//! Who is calling: a bearer token, a session cookie, or nobody.
//!
//! The [`Caller`] extractor resolves credentials once per request; the access decision
//! itself stays in `accord_core::authorize`, asked by the node's operations.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};

use accord_core::Principal;
use accord_node::SessionInfo;

use crate::error::{ApiError, ErrorCode};
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "accord_session";
pub const SESSION_COOKIE_SECURE: &str = "__Host-accord_session";
/// Double-submit cookie that protects forms shown before sign-in (the sign-in form).
pub const FORM_COOKIE: &str = "accord_form";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// How the caller authenticated.
#[derive(Clone, Debug)]
pub enum Via {
    Anonymous,
    Token,
    Session(Box<SessionInfo>),
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub principal: Principal,
    pub via: Via,
    pub client: IpAddr,
}

impl Caller {
    pub fn session(&self) -> Option<&SessionInfo> {
        match &self.via {
            Via::Session(s) => Some(s),
            _ => None,
        }
    }
}

/// The value of cookie `name`, if sent.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, SESSION_COOKIE_SECURE).or_else(|| cookie(headers, SESSION_COOKIE))
}

fn client_address(parts: &Parts) -> IpAddr {
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ci| ci.0.ip()).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// Rejects state-changing requests that a browser marks as coming from another site.
pub fn cross_site(headers: &HeaderMap) -> bool {
    headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()).is_some_and(|v| v == "cross-site")
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let client = client_address(parts);
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let text = value.to_str().unwrap_or_default();
            let Some(secret) = text.strip_prefix("Bearer ").map(str::trim) else {
                return Err(ApiError::new(
                    ErrorCode::InvalidToken,
                    "the Authorization header must be `Bearer <token>`",
                ));
            };
            let principal = state.node.principal_for_token(secret).await.map_err(ApiError::from)?;
            return Ok(Caller { principal, via: Via::Token, client });
        }
        if let Some(secret) = session_cookie(&parts.headers)
            && let Some(info) = state.node.session(secret).await.map_err(ApiError::from)?
        {
            return Ok(Caller { principal: info.principal.clone(), via: Via::Session(Box::new(info)), client });
        }
        Ok(Caller { principal: Principal::Anonymous, via: Via::Anonymous, client })
    }
}

/// A caller of the JSON API. Cookie-authenticated changes must carry the session's CSRF
/// token in `X-CSRF-Token`; token-authenticated ones need nothing more.
#[derive(Clone, Debug)]
pub struct ApiCaller(pub Caller);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let caller = Caller::from_request_parts(parts, state).await?;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if let (false, Via::Session(info)) = (safe, &caller.via) {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default();
            if !accord_node::secret::same_secret(sent, &info.csrf_token) {
                return Err(ApiError::new(
                    ErrorCode::CsrfFailed,
                    "send the session's CSRF token in the X-CSRF-Token header, or use an API token",
                ));
            }
        }
        Ok(ApiCaller(caller))
    }
}
