//! Session cookies: HTTP-only, SameSite=Lax, `Secure` with the `__Host-` prefix when the node
//! is served over HTTPS (see `auth.cookie_secure`).

use axum::http::HeaderValue;
use time::OffsetDateTime;

use accord_node::Config;

use crate::auth::{SESSION_COOKIE, SESSION_COOKIE_SECURE};

fn name(config: &Config) -> &'static str {
    if config.secure_cookies() { SESSION_COOKIE_SECURE } else { SESSION_COOKIE }
}

fn attributes(config: &Config) -> &'static str {
    if config.secure_cookies() {
        "; Path=/; HttpOnly; SameSite=Lax; Secure"
    } else {
        "; Path=/; HttpOnly; SameSite=Lax"
    }
}

pub fn set_session(config: &Config, secret: &str, expires_at: OffsetDateTime) -> HeaderValue {
    let max_age = (expires_at - OffsetDateTime::now_utc()).whole_seconds().max(0);
    let text = format!("{}={secret}; Max-Age={max_age}{}", name(config), attributes(config));
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_session(config: &Config) -> HeaderValue {
    let text = format!("{}=; Max-Age=0{}", name(config), attributes(config));
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The double-submit cookie guarding the sign-in form.
pub fn set_form_token(config: &Config, token: &str) -> HeaderValue {
    let text = format!("{}={token}; Max-Age=7200{}", crate::auth::FORM_COOKIE, attributes(config));
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}
