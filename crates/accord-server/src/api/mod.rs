//! The JSON API under `/api/v1`, documented by an OpenAPI 3.1 document generated from
//! these handlers (utoipa). Conventions: `docs/API-DESIGN.md`.

pub mod alerts;
pub mod conversations;
pub mod dto;
pub mod incidents;
pub mod log;
pub mod members;
pub mod meta;
pub mod registry;
pub mod resolutions;
pub mod rules;
pub mod session;
pub mod tokens;

use axum::extract::{FromRequest, FromRequestParts};
use serde::Deserialize;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use accord_store::PageRequest;

use crate::error::ApiError;
use crate::state::AppState;

/// `axum::Json` with the API's error body on rejection.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

impl<T: serde::Serialize> axum::response::IntoResponse for ApiJson<T> {
    fn into_response(self) -> axum::response::Response {
        axum::Json(self.0).into_response()
    }
}

/// `axum::extract::Query` with the API's error body on rejection.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

/// `axum::extract::Path` with the API's error body on rejection.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

/// Cursor pagination: pass `next_cursor` of one page as `cursor` to get the next.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page (1–200, default 50).
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl PageParams {
    pub fn request(&self) -> PageRequest {
        PageRequest { after: self.cursor.clone(), limit: self.limit.unwrap_or(50) }
    }
}

pub fn parse_id<T: std::str::FromStr>(what: &str, text: &str) -> Result<T, ApiError> {
    text.parse().map_err(|_| {
        ApiError::new(crate::error::ErrorCode::BadParameter, format!("{what} id {text:?} is not a UUID"))
            .with_details(serde_json::json!({ "parameter": "id" }))
    })
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Accord node API",
        description = "JSON API of an Accord node: open infrastructure for global AI governance cooperation.\n\n\
            Authenticate with `Authorization: Bearer <token>` (create tokens in the web UI, with `accord token create`, \
            or `POST /api/v1/tokens`). Errors always have the body `{\"error\": {\"code\", \"message\", \"details\"}}`; \
            lists use cursor pagination (`limit`, `cursor` → `next_cursor`).",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    modifiers(&SecurityAddon),
    tags(
        (name = "meta", description = "Health and readiness"),
        (name = "members", description = "Member organisations and user accounts"),
        (name = "tokens", description = "API tokens"),
        (name = "session", description = "Browser sessions and the caller's identity"),
        (name = "audit", description = "The append-only audit trail"),
        (name = "rules", description = "The obligations engine: assessments of a profile against the cited rule corpus"),
        (name = "registry", description = "Models and systems: cards, licences, lineage, training compute, transparency scores and obligations"),
        (name = "safety", description = "Incidents and reports under access levels (MISP distribution + TLP 2.0): search with facets, intake, review, markings, merges, sharing groups, exports"),
        (name = "log", description = "Signed records, the RFC 9162 transparency log, its checkpoints and proofs"),
        (name = "dialogue", description = "Conversations in the manner of Polis: statements, moderation, votes (agree, disagree, pass), the routed next statement, analysis results"),
        (name = "resolutions", description = "Formal resolutions of member bodies: drafts and amendments, voting rules (simple majority, two-thirds, consensus by silence procedure), quorum, recorded votes with explanations, results published as signed records"),
    ),
    components(schemas(crate::error::ErrorBody, crate::error::ErrorDetail, crate::error::ErrorCode))
)]
pub struct ApiDoc;

struct SecurityAddon;

impl Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("accord_…").build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// The API routes and their OpenAPI document.
pub fn router() -> OpenApiRouter<AppState> {
    let v1 = OpenApiRouter::new()
        .routes(routes!(members::list_organisations, members::create_organisation))
        .routes(routes!(members::get_organisation))
        .routes(routes!(members::list_users, members::create_user))
        .routes(routes!(tokens::list_tokens, tokens::create_token))
        .routes(routes!(tokens::get_token, tokens::revoke_token))
        .routes(routes!(session::sign_in, session::sign_out))
        .routes(routes!(session::me))
        .routes(routes!(meta::audit))
        .routes(routes!(log::keys))
        .routes(routes!(log::head))
        .routes(routes!(log::checkpoint))
        .routes(routes!(log::entries))
        .routes(routes!(log::inclusion))
        .routes(routes!(log::consistency))
        .routes(routes!(log::record))
        .routes(routes!(log::verify))
        .routes(routes!(rules::assess))
        .routes(routes!(rules::save_assessment, rules::list_saved))
        .routes(routes!(rules::get_saved))
        .routes(routes!(rules::rules))
        .routes(routes!(rules::instruments))
        .routes(routes!(registry::list_models, registry::register_model))
        .routes(routes!(registry::list_systems, registry::register_system))
        .routes(routes!(registry::get_model))
        .routes(routes!(registry::get_system))
        .routes(routes!(registry::model_history))
        .routes(routes!(registry::system_history))
        .routes(routes!(registry::model_obligations))
        .routes(routes!(registry::system_obligations))
        .routes(routes!(incidents::search, incidents::submit_incident))
        .routes(routes!(incidents::export))
        .routes(routes!(incidents::get_incident))
        .routes(routes!(incidents::get_report))
        .routes(routes!(incidents::submit_report))
        .routes(routes!(incidents::review_incident))
        .routes(routes!(incidents::review_report))
        .routes(routes!(incidents::mark_incident))
        .routes(routes!(incidents::mark_report))
        .routes(routes!(incidents::merge))
        .routes(routes!(incidents::review_queue))
        .routes(routes!(incidents::list_groups, incidents::create_group))
        // alerts
        .routes(routes!(alerts::create_saved_search, alerts::list_saved_searches))
        .routes(routes!(alerts::delete_saved_search))
        .routes(routes!(alerts::create_webhook, alerts::list_webhooks))
        .routes(routes!(alerts::delete_webhook))
        .routes(routes!(alerts::webhook_deliveries))
        // dialogue
        .routes(routes!(conversations::list_conversations, conversations::create_conversation))
        .routes(routes!(conversations::get_conversation, conversations::update_conversation))
        .routes(routes!(conversations::list_statements, conversations::create_statement))
        .routes(routes!(conversations::moderate_statement))
        .routes(routes!(conversations::cast_conversation_votes))
        .routes(routes!(conversations::next_conversation_statement))
        .routes(routes!(conversations::latest_conversation_result))
        .routes(routes!(conversations::get_conversation_result))
        .routes(routes!(conversations::participant_me))
        // resolutions
        .routes(routes!(resolutions::list_resolutions, resolutions::create_resolution))
        .routes(routes!(resolutions::get_resolution))
        .routes(routes!(resolutions::create_resolution_amendment))
        .routes(routes!(resolutions::decide_resolution_amendment))
        .routes(routes!(resolutions::open_resolution_voting))
        .routes(routes!(resolutions::cast_resolution_vote))
        .routes(routes!(resolutions::close_resolution));
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(meta::healthz))
        .routes(routes!(meta::readyz))
        // A saved search's Atom feed: a capability URL outside /api/v1 (see api/alerts.rs).
        .routes(routes!(alerts::saved_search_feed))
        .nest("/api/v1", v1)
}
