//! The server-rendered web UI.

use axum::Router;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}

pub async fn not_found() -> Response {
    axum::http::StatusCode::NOT_FOUND.into_response()
}
