//! The one error body of the JSON API: `{"error": {"code", "message", "details"}}`.
//!
//! `code` is stable and documented in [`ErrorCode`]; clients branch on it, people read
//! `message`; `details` says where (the field, the limit, the allowed values).

use axum::Json;
use axum::extract::rejection::{FormRejection, JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use accord_core::{Denied, Invalid, Problem};
use accord_node::NodeError;

/// Every error code the API can return. Stable: clients may branch on these strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not valid JSON (400).
    MalformedJson,
    /// A query string or path parameter is not understood (400).
    BadParameter,
    /// A JSON field is unknown, missing or of the wrong type (422).
    InvalidBody,
    /// A value breaks a rule: too long, not allowed, wrong shape (422).
    ValidationFailed,
    /// The request body is not `application/json` (415).
    UnsupportedMediaType,
    /// The request body is larger than `http.body_limit_bytes` (413).
    PayloadTooLarge,
    /// No credentials were sent and the action needs them (401).
    Unauthenticated,
    /// The bearer token is unknown, expired, revoked or malformed (401).
    InvalidToken,
    /// Sign-in failed: wrong e-mail address or password (401).
    InvalidCredentials,
    /// The caller's role does not allow the action (403).
    Forbidden,
    /// The token lacks the scope the action needs (403).
    InsufficientScope,
    /// A cookie-authenticated change came without the right CSRF token (403).
    CsrfFailed,
    /// The resource does not exist, or the caller may not know it exists (404).
    NotFound,
    /// The HTTP method is not supported on this path (405).
    MethodNotAllowed,
    /// A unique value is already taken (409).
    Conflict,
    /// Too many attempts; see the `Retry-After` header (429).
    RateLimited,
    /// The request took longer than `http.request_timeout_secs` (408).
    Timeout,
    /// The node is not ready (database unreachable) (503).
    Unavailable,
    /// A fault in the node; the request id in the logs tells the operator where (500).
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 19] = [
        ErrorCode::MalformedJson,
        ErrorCode::BadParameter,
        ErrorCode::InvalidBody,
        ErrorCode::ValidationFailed,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Unauthenticated,
        ErrorCode::InvalidToken,
        ErrorCode::InvalidCredentials,
        ErrorCode::Forbidden,
        ErrorCode::InsufficientScope,
        ErrorCode::CsrfFailed,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::Conflict,
        ErrorCode::RateLimited,
        ErrorCode::Timeout,
        ErrorCode::Unavailable,
        ErrorCode::Internal,
    ];

    pub fn status(self) -> StatusCode {
        use ErrorCode::*;
        match self {
            MalformedJson | BadParameter => StatusCode::BAD_REQUEST,
            InvalidBody | ValidationFailed => StatusCode::UNPROCESSABLE_ENTITY,
            UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Unauthenticated | InvalidToken | InvalidCredentials => StatusCode::UNAUTHORIZED,
            Forbidden | InsufficientScope | CsrfFailed => StatusCode::FORBIDDEN,
            NotFound => StatusCode::NOT_FOUND,
            MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Conflict => StatusCode::CONFLICT,
            RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Timeout => StatusCode::REQUEST_TIMEOUT,
            Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn as_str(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

/// The error body, as documented in the OpenAPI document.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// A sentence for people, in English.
    pub message: String,
    /// Where and why: `field`, `max`, `allowed`, `retry_after_secs` … (an object, possibly empty).
    #[schema(value_type = Object)]
    pub details: Value,
}

#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub details: Value,
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), details: json!({}), retry_after: None }
    }

    pub fn with_details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("{what} not found"))
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }
}

impl From<Invalid> for ApiError {
    fn from(i: Invalid) -> Self {
        ApiError::from(NodeError::Invalid(i))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.code == ErrorCode::Internal {
            tracing::error!(message = %self.message, "internal error");
        }
        let status = self.code.status();
        let message = if self.code == ErrorCode::Internal { "internal error".to_owned() } else { self.message };
        let body = ErrorBody { error: ErrorDetail { code: self.code, message, details: self.details } };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"accord\""));
        }
        response
    }
}

pub fn invalid_details(i: &Invalid) -> Value {
    match &i.problem {
        Problem::TooLong { max } => json!({ "field": i.field, "problem": "too_long", "max": max }),
        Problem::NotAllowed { allowed } => json!({ "field": i.field, "problem": "not_allowed", "allowed": allowed }),
        Problem::Malformed { expected } => json!({ "field": i.field, "problem": "malformed", "expected": expected }),
        Problem::Missing => json!({ "field": i.field, "problem": "missing" }),
        Problem::Duplicate => json!({ "field": i.field, "problem": "duplicate" }),
    }
}

impl From<NodeError> for ApiError {
    fn from(e: NodeError) -> Self {
        match e {
            NodeError::Invalid(i) => {
                ApiError::new(ErrorCode::ValidationFailed, i.to_string()).with_details(invalid_details(&i))
            }
            NodeError::Denied(d) => {
                let code = match d {
                    Denied::NotAuthenticated => ErrorCode::Unauthenticated,
                    Denied::Forbidden => ErrorCode::Forbidden,
                    Denied::InsufficientScope(_) => ErrorCode::InsufficientScope,
                };
                let details = match d {
                    Denied::InsufficientScope(s) => json!({ "required_scope": s.as_str() }),
                    _ => json!({}),
                };
                ApiError::new(code, d.to_string()).with_details(details)
            }
            NodeError::NotFound { kind, .. } => ApiError::not_found(kind),
            NodeError::Conflict { field } => ApiError::new(ErrorCode::Conflict, format!("{field} is already in use"))
                .with_details(json!({ "field": field })),
            NodeError::BadCredentials => ApiError::new(ErrorCode::InvalidCredentials, e.to_string()),
            NodeError::BadRequest(m) => ApiError::new(ErrorCode::BadParameter, m),
            NodeError::BadToken(why) => {
                ApiError::new(ErrorCode::InvalidToken, e.to_string()).with_details(json!({ "reason": why }))
            }
            NodeError::RateLimited { retry_after_secs } => {
                let mut err = ApiError::new(ErrorCode::RateLimited, e.to_string())
                    .with_details(json!({ "retry_after_secs": retry_after_secs }));
                err.retry_after = Some(retry_after_secs);
                err
            }
            other => ApiError::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        let text = r.body_text();
        match r {
            JsonRejection::JsonSyntaxError(_) => ApiError::new(ErrorCode::MalformedJson, text),
            JsonRejection::JsonDataError(_) => ApiError::new(ErrorCode::InvalidBody, text),
            JsonRejection::MissingJsonContentType(_) => {
                ApiError::new(ErrorCode::UnsupportedMediaType, "send the body as application/json")
            }
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::new(ErrorCode::PayloadTooLarge, "the request body is too large")
            }
            _ => ApiError::new(ErrorCode::MalformedJson, text),
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::new(ErrorCode::BadParameter, r.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(r: PathRejection) -> Self {
        ApiError::new(ErrorCode::BadParameter, r.body_text())
    }
}

impl From<FormRejection> for ApiError {
    fn from(r: FormRejection) -> Self {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::new(ErrorCode::PayloadTooLarge, "the request body is too large");
        }
        if r.status() == StatusCode::UNSUPPORTED_MEDIA_TYPE {
            return ApiError::new(ErrorCode::UnsupportedMediaType, r.body_text());
        }
        ApiError::new(ErrorCode::BadParameter, r.body_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_distinct_names_and_4xx_or_5xx_statuses() {
        let names: std::collections::HashSet<String> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), ErrorCode::ALL.len());
        for c in ErrorCode::ALL {
            assert!(c.status().is_client_error() || c.status().is_server_error(), "{c:?}");
        }
        assert_eq!(ErrorCode::MalformedJson.as_str(), "malformed_json");
    }
}
