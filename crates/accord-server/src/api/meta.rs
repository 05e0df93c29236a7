//! Health, readiness and the audit trail.

use axum::extract::State;
use axum::http::StatusCode;

use super::dto::{AuditPage, Health, Ready};
use super::{ApiJson, ApiQuery, PageParams};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "meta", responses((status = 200, body = Health)))]
pub async fn healthz() -> ApiJson<Health> {
    ApiJson(Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() })
}

/// Readiness: the database answers.
#[utoipa::path(get, path = "/readyz", tag = "meta", responses((status = 200, body = Ready), (status = 503, body = Ready)))]
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, ApiJson<Ready>) {
    let storage = state.node.store().backend().to_owned();
    match state.node.ready().await {
        Ok(()) => (StatusCode::OK, ApiJson(Ready { status: "ready".into(), storage })),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, ApiJson(Ready { status: "unavailable".into(), storage }))
        }
    }
}

/// The audit trail, newest first. Members see public entries; administrators see all.
#[utoipa::path(get, path = "/audit", tag = "audit", params(PageParams), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = AuditPage), (status = 401, body = ErrorBody)))]
pub async fn audit(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(page): ApiQuery<PageParams>,
) -> Result<ApiJson<AuditPage>, ApiError> {
    let page = state.node.audit(&caller.principal, None, &page.request()).await?;
    Ok(ApiJson(AuditPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}
