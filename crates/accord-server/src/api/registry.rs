//! The registry over HTTP: models and systems, their lineage, history and obligations.

use std::collections::BTreeSet;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};

use super::{ApiJson, ApiPath, ApiQuery};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// Filters of a registry list. Every one is optional; all given must hold.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RegistryFilter {
    /// Words to find in names, organisations, tags and card text (prefix match, all required).
    pub q: Option<String>,
    /// An organisation, exactly (case-insensitive), e.g. `Meta AI`.
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2 country of the developer, e.g. `CN`.
    pub country: Option<String>,
    /// Licence class: `open`, `open_restricted`, `non_commercial`, `proprietary`, `unknown`…
    pub licence_class: Option<String>,
    /// A licence id, e.g. `apache-2.0`, `llama2`.
    pub licence: Option<String>,
    /// `text`, `image`, `audio`, `video`, `multimodal`, …
    pub modality: Option<String>,
    /// Least training compute, FLOP (e.g. `1e25`).
    pub min_flop: Option<f64>,
    /// Most training compute, FLOP.
    pub max_flop: Option<f64>,
    pub open_weights: Option<bool>,
    /// `relevance` (default), `name`, `released` (newest first), `compute` (most first).
    pub sort: Option<String>,
    /// Items per page, 1–500 (default 50).
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

impl RegistryFilter {
    pub(crate) fn query(&self, kind: Option<&str>) -> Result<accord_store::RegistryQuery, ApiError> {
        let bad =
            |p: &str, m: String| ApiError::new(ErrorCode::BadParameter, m).with_details(json!({ "parameter": p }));
        let sort = match self.sort.as_deref().unwrap_or("relevance") {
            "relevance" => accord_store::RegistrySort::Relevance,
            "name" => accord_store::RegistrySort::Name,
            "released" => accord_store::RegistrySort::Released,
            "compute" => accord_store::RegistrySort::Compute,
            other => return Err(bad("sort", format!("sort {other:?} is not relevance, name, released or compute"))),
        };
        for (p, v) in [("min_flop", self.min_flop), ("max_flop", self.max_flop)] {
            if v.is_some_and(|v| !v.is_finite() || v < 0.0) {
                return Err(bad(p, format!("{p} must be a non-negative number of FLOP")));
            }
        }
        let limit = self.limit.unwrap_or(50);
        if !(1..=500).contains(&limit) {
            return Err(bad("limit", "limit must be 1 to 500".into()));
        }
        let text = |s: &Option<String>| s.as_ref().map(|x| x.trim().to_owned()).filter(|x| !x.is_empty());
        Ok(accord_store::RegistryQuery {
            kind: kind.map(str::to_owned),
            text: text(&self.q),
            organisation: text(&self.organisation),
            country: text(&self.country).map(|c| c.to_ascii_uppercase()),
            licence_class: text(&self.licence_class),
            licence: text(&self.licence),
            modality: text(&self.modality),
            min_flop: self.min_flop,
            max_flop: self.max_flop,
            open_weights: self.open_weights,
            has_compute: false,
            sort,
            offset: self.offset.unwrap_or(0),
            limit,
        })
    }
}

/// One row of a registry list.
#[derive(Serialize, ToSchema)]
pub struct EntrySummaryDto {
    pub key: String,
    /// `model` or `system`.
    pub kind: String,
    pub name: String,
    pub organisations: Vec<String>,
    pub countries: Vec<String>,
    pub modalities: Vec<String>,
    pub licence: String,
    pub licence_class: String,
    pub open_weights: Option<bool>,
    /// Cumulative training compute, FLOP.
    pub training_flop: Option<f64>,
    pub compute_method: Option<String>,
    pub release_date: Option<String>,
    /// Base models: `{key, relation, source, inferred}`.
    #[schema(value_type = Vec<Object>)]
    pub base_models: Vec<Value>,
    pub revision: i64,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct EntryPage {
    pub items: Vec<EntrySummaryDto>,
    /// How many entries match in all.
    pub total: i64,
    pub offset: u32,
    /// Whether the items are ordered by relevance to `q` (false: by name — no `q`, another
    /// sort, or more than 20,000 matches, too many to rank).
    pub ranked: bool,
}

fn edge_json(e: &accord_store::StoredEdge) -> Value {
    json!({ "key": e.edge.parent, "relation": e.edge.relation, "source": e.edge.source, "inferred": e.edge.inferred })
}

async fn list(
    state: &AppState,
    caller: &crate::auth::Caller,
    kind: &str,
    filter: &RegistryFilter,
) -> Result<EntryPage, ApiError> {
    let q = filter.query(Some(kind))?;
    let page = state.node.registry_search(&caller.principal, &q).await?;
    let keys: Vec<String> = page.items.iter().map(|s| s.key.clone()).collect();
    let edges = state.node.lineage_of(&keys).await?;
    let items = page
        .items
        .into_iter()
        .map(|s| EntrySummaryDto {
            base_models: edges.iter().filter(|e| e.child == s.key).map(edge_json).collect(),
            url: format!("/api/v1/{}s/{}", s.kind, s.key),
            key: s.key,
            kind: s.kind,
            name: s.name,
            organisations: s.organisations,
            countries: s.countries,
            modalities: s.modalities,
            licence: s.licence_id,
            licence_class: s.licence_class,
            open_weights: s.open_weights,
            training_flop: s.training_flop,
            compute_method: s.compute_method,
            release_date: s.release_date,
            revision: s.revision,
        })
        .collect();
    Ok(EntryPage { items, total: page.total, offset: q.offset, ranked: page.ranked })
}

/// Models (weights), filtered and searched.
#[utoipa::path(get, path = "/models", tag = "registry", params(RegistryFilter),
    responses((status = 200, body = EntryPage), (status = 400, body = ErrorBody)))]
pub async fn list_models(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(filter): ApiQuery<RegistryFilter>,
) -> Result<ApiJson<EntryPage>, ApiError> {
    Ok(ApiJson(list(&state, &caller, "model", &filter).await?))
}

/// Systems (deployed products built on models), filtered and searched.
#[utoipa::path(get, path = "/systems", tag = "registry", params(RegistryFilter),
    responses((status = 200, body = EntryPage), (status = 400, body = ErrorBody)))]
pub async fn list_systems(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(filter): ApiQuery<RegistryFilter>,
) -> Result<ApiJson<EntryPage>, ApiError> {
    Ok(ApiJson(list(&state, &caller, "system", &filter).await?))
}

/// Everything the registry holds about an entry, as JSON.
pub fn detail_json(node: &accord_node::Node, d: &accord_node::registry::EntryDetail) -> Value {
    let (profile, derivations) = node.registry_profile(d, None);
    json!({
        "key": d.stored.key,
        "kind": d.stored.kind,
        "name": d.entry.display_name(),
        "revision": d.stored.revision,
        "registered_at": accord_core::command::rfc3339(d.stored.registered_at),
        "updated_at": accord_core::command::rfc3339(d.stored.updated_at),
        "organisation": d.stored.organisation,
        "record": format!("/api/v1/records/registry_entry/{}", d.stored.key.replace('/', "%2F")),
        "view": d.view,
        "provenance": d.provenance,
        "layers": d.entry.layers,
        "licence": {
            "id": d.licence_ref.id,
            "name": d.licence_ref.name,
            "link": d.licence_ref.link,
            "inferred": d.licence_ref.inferred,
            "class": accord_node::registry::entry_licence_class(d.licence.as_ref(), &d.view).0,
            "class_from_accessibility": accord_node::registry::entry_licence_class(d.licence.as_ref(), &d.view).1,
            "terms": d.licence,
        },
        "compute": {
            "cumulative_flop": d.cumulative_flop,
            "chain": d.compute_chain,
            "own": d.view.compute,
        },
        "lineage": {
            "parents": d.parents.iter().map(edge_json).collect::<Vec<_>>(),
            "children": d.children.iter().map(|e| json!({ "key": e.child, "relation": e.edge.relation, "source": e.edge.source, "inferred": e.edge.inferred })).collect::<Vec<_>>(),
            "family": d.family.iter().map(|(c, p)| json!([c, p])).collect::<Vec<_>>(),
        },
        "transparency": d.transparency.iter().map(|s| json!({
            "edition": s.version.as_str(),
            "label": s.version.label(),
            "developer": s.developer,
            "total": s.total,
            "max": s.max,
            "by_domain": s.by_domain,
        })).collect::<Vec<_>>(),
        "profile": profile.to_json(),
        "profile_sources": derivations.iter().map(|x| json!({ "fact": x.fact, "because": x.because })).collect::<Vec<_>>(),
        "card_sha256": d.stored.card_sha256,
        "card_markdown": d.stored.card_markdown,
    })
}

fn key_of(namespace: &str, name: &str) -> String {
    format!("{namespace}/{name}")
}

async fn detail(state: &AppState, caller: &crate::auth::Caller, kind: &str, key: &str) -> Result<Value, ApiError> {
    let d = state.node.registry_entry(&caller.principal, key).await?;
    if d.stored.kind != kind {
        return Err(ApiError::new(ErrorCode::NotFound, format!("{key} is a {}, not a {kind}", d.stored.kind)));
    }
    Ok(detail_json(&state.node, &d))
}

/// One model: merged view with the source of each field, every source's layer, licence and
/// its openness, lineage, cumulative compute with its method, transparency scores, the rules
/// profile, and the card.
#[utoipa::path(get, path = "/models/{namespace}/{name}", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn get_model(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
) -> Result<ApiJson<Value>, ApiError> {
    Ok(ApiJson(detail(&state, &caller, "model", &key_of(&namespace, &name)).await?))
}

/// One system (see `GET /models/{namespace}/{name}`).
#[utoipa::path(get, path = "/systems/{namespace}/{name}", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn get_system(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
) -> Result<ApiJson<Value>, ApiError> {
    Ok(ApiJson(detail(&state, &caller, "system", &key_of(&namespace, &name)).await?))
}

/// One published version of an entry.
#[derive(Serialize, ToSchema)]
pub struct RevisionDto {
    pub version: i64,
    pub action: String,
    pub at: String,
    /// Who signed: an organisation id, or absent for the node (imports).
    pub author: Option<String>,
    pub log_index: i64,
    /// What the version published (the entry's layers and the card's SHA-256).
    #[schema(value_type = Object)]
    pub payload: Value,
}

/// Every published version of an entry, oldest first, from the transparency log.
#[utoipa::path(get, path = "/models/{namespace}/{name}/history", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path)),
    responses((status = 200, body = [RevisionDto]), (status = 404, body = ErrorBody)))]
pub async fn model_history(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
) -> Result<ApiJson<Vec<RevisionDto>>, ApiError> {
    Ok(ApiJson(history(&state, &caller, &key_of(&namespace, &name)).await?))
}

/// Every published version of a system, oldest first.
#[utoipa::path(get, path = "/systems/{namespace}/{name}/history", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path)),
    responses((status = 200, body = [RevisionDto]), (status = 404, body = ErrorBody)))]
pub async fn system_history(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
) -> Result<ApiJson<Vec<RevisionDto>>, ApiError> {
    Ok(ApiJson(history(&state, &caller, &key_of(&namespace, &name)).await?))
}

pub(crate) async fn history(
    state: &AppState,
    caller: &crate::auth::Caller,
    key: &str,
) -> Result<Vec<RevisionDto>, ApiError> {
    // 404 for an unknown entry rather than an empty list.
    state.node.registry_entry(&caller.principal, key).await?;
    let versions = state.node.registry_history(&caller.principal, key).await?;
    Ok(versions
        .into_iter()
        .map(|v| {
            let envelope: Value = serde_json::from_slice(&v.envelope).unwrap_or(Value::Null);
            RevisionDto {
                version: v.version,
                action: envelope["action"].as_str().unwrap_or_default().to_owned(),
                at: envelope["at"].as_str().unwrap_or_default().to_owned(),
                author: envelope["author"].as_str().map(str::to_owned),
                log_index: v.seq,
                payload: envelope["payload"].clone(),
            }
        })
        .collect())
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ObligationsQuery {
    /// Comma-separated market codes where the entry is offered (`EU,CN,US-CA`); every market
    /// the corpus knows when absent.
    pub markets: Option<String>,
    /// `YYYY-MM-DD`; today (UTC) when absent.
    pub as_of: Option<String>,
    /// `false` leaves out the proof trees.
    pub proofs: Option<bool>,
}

/// The entry's obligations across jurisdictions: its rules profile (from the registry's facts;
/// unknown facts stay unknown) assessed against the node's corpus. Same report as
/// `POST /assessments`, plus the profile used.
#[utoipa::path(get, path = "/models/{namespace}/{name}/obligations", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path), ObligationsQuery),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn model_obligations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<ObligationsQuery>,
) -> Result<axum::response::Response, ApiError> {
    obligations(&state, &caller, &key_of(&namespace, &name), &q).await
}

/// The system's obligations across jurisdictions (see the model's).
#[utoipa::path(get, path = "/systems/{namespace}/{name}/obligations", tag = "registry",
    params(("namespace" = String, Path), ("name" = String, Path), ObligationsQuery),
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn system_obligations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath((namespace, name)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<ObligationsQuery>,
) -> Result<axum::response::Response, ApiError> {
    obligations(&state, &caller, &key_of(&namespace, &name), &q).await
}

/// Parses `EU,CN` into market codes the corpus knows, naming any it does not.
pub(crate) fn parse_markets(state: &AppState, text: Option<&str>) -> Result<Option<BTreeSet<String>>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    let known = state.node.corpus_markets();
    if text.trim().is_empty() {
        return Err(ApiError::new(
            ErrorCode::BadParameter,
            "markets is empty: leave it out for every market, or name some",
        )
        .with_details(json!({ "parameter": "markets" })));
    }
    let mut out = BTreeSet::new();
    for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let code = code.to_ascii_uppercase();
        if !known.contains(&code) {
            return Err(ApiError::new(
                ErrorCode::BadParameter,
                format!(
                    "market {code:?} is not one the corpus knows ({})",
                    known.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
            )
            .with_details(json!({ "parameter": "markets" })));
        }
        out.insert(code);
    }
    Ok(Some(out))
}

async fn obligations(
    state: &AppState,
    caller: &crate::auth::Caller,
    key: &str,
    q: &ObligationsQuery,
) -> Result<axum::response::Response, ApiError> {
    let markets = parse_markets(state, q.markets.as_deref())?;
    let as_of = match q.as_of.as_deref() {
        Some(text) => {
            time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).map_err(|_| {
                ApiError::new(ErrorCode::BadParameter, format!("as_of {text:?} is not a date like 2026-08-02"))
                    .with_details(json!({ "parameter": "as_of" }))
            })?
        }
        None => time::OffsetDateTime::now_utc().date(),
    };
    let d = state.node.registry_entry(&caller.principal, key).await?;
    let (profile, derivations) = state.node.registry_profile(&d, markets);
    let mut report = state.node.assess(&caller.principal, &profile, as_of)?;
    report.with_proofs = q.proofs.unwrap_or(true);
    let body = json!({
        "key": key,
        "profile": profile.to_json(),
        "profile_sources": derivations.iter().map(|x| json!({ "fact": x.fact, "because": x.because })).collect::<Vec<_>>(),
        "report": report,
    });
    let bytes = serde_json::to_vec(&body).map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(([(axum::http::header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

/// Register a model or system, or revise your organisation's own facts about it (editors).
/// The facts form the entry's `manual` layer, which the merged view trusts first. Published
/// as a record signed by your organisation.
#[utoipa::path(post, path = "/models", tag = "registry", request_body = Object,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Object), (status = 200, body = Object), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn register_model(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<Value>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    register(&state, &caller, "model", body).await
}

/// Register a system, or revise your organisation's facts about it (see `POST /models`).
#[utoipa::path(post, path = "/systems", tag = "registry", request_body = Object,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Object), (status = 200, body = Object), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn register_system(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<Value>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    register(&state, &caller, "system", body).await
}

async fn register(
    state: &AppState,
    caller: &crate::auth::Caller,
    kind: &str,
    mut body: Value,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    let Some(obj) = body.as_object_mut() else {
        return Err(ApiError::new(ErrorCode::ValidationFailed, "the body must be a JSON object")
            .with_details(json!({ "field": "", "problem": "malformed" })));
    };
    let key = match obj.remove("key") {
        Some(Value::String(k)) => k,
        _ => {
            return Err(ApiError::new(ErrorCode::ValidationFailed, "key is required: namespace/name")
                .with_details(json!({ "field": "key", "problem": "missing" })));
        }
    };
    if let Some(k) = obj.remove("kind")
        && k != Value::String(kind.to_owned())
    {
        return Err(ApiError::new(ErrorCode::ValidationFailed, format!("kind must be {kind} at this address"))
            .with_details(json!({ "field": "kind", "problem": "not_allowed" })));
    }
    let facts: accord_registry::entry::Facts = serde_json::from_value(body).map_err(|e| {
        ApiError::new(ErrorCode::ValidationFailed, format!("the entry is not valid: {e}"))
            .with_details(json!({ "field": "", "problem": "malformed" }))
    })?;
    let input = accord_node::registry::ManualEntry { key, kind: kind.to_owned(), facts };
    let (key, _, created) = state.node.register_entry(&caller.principal, input).await?;
    let d = state.node.registry_entry(&caller.principal, &key).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, ApiJson(detail_json(&state.node, &d))))
}
