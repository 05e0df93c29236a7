//! Incidents and reports over HTTP: search with facets, one incident, intake, review,
//! markings, merges, sharing groups and exports. Every answer is what the caller may see: the
//! node filters by the caller's tokens inside the queries.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, ToSchema};

use accord_node::safety::{IncidentLookup, MarkingInput};
use accord_safety::model::{EntityRef, EntityRole, Incident, IncidentKind, Reference, Report, Severity, Source};
use accord_search::{DocKind, SearchQuery, SearchSort};

use super::{ApiJson, ApiPath, ApiQuery};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

fn bad(parameter: &str, message: String) -> ApiError {
    ApiError::new(ErrorCode::BadParameter, message).with_details(json!({ "parameter": parameter }))
}

/// Search and browse parameters (for the OpenAPI document; requests are read as pairs so
/// that facet filters may repeat: `country=US&country=FR`). Values of one facet are
/// alternatives; different facets must all hold.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// Words to find, in any of the six UN languages (empty: browse).
    pub q: Option<String>,
    /// The query's language (`zh`, `ar`, `fr`, …); detected when absent.
    pub lang: Option<String>,
    /// `incident` or `report` [default: both].
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub doc_type: Option<String>,
    /// `relevance` (default), `newest`, `oldest`.
    pub sort: Option<String>,
    /// 1–200, default 20.
    pub limit: Option<usize>,
    pub offset: Option<usize>,
    /// Facet filters, each `facet=value` and repeatable: `kind`, `source`, `year`, `country`,
    /// `severity`, `domain`, `entity`, `tlp`, `status`, `lang`, `sector` (e.g. `year=2023`).
    pub country: Option<String>,
    pub year: Option<String>,
    pub domain: Option<String>,
}

const FILTERABLE: [&str; 11] =
    ["kind", "source", "year", "country", "severity", "domain", "entity", "tlp", "status", "lang", "sector"];

/// Reads search parameters from the query string's pairs: unknown names, bad sorts, types and
/// limits are refused with the parameter named.
pub fn search_query(pairs: &[(String, String)]) -> Result<SearchQuery, ApiError> {
    let mut q = SearchQuery {
        text: String::new(),
        lang: None,
        access: None,
        filters: Vec::new(),
        kinds: Vec::new(),
        sort: SearchSort::Relevance,
        limit: 20,
        offset: 0,
        facets: accord_node::safety::FACETS.iter().map(|f| (*f).to_owned()).collect(),
        match_any: false,
    };
    let number = |name: &str, v: &str| -> Result<usize, ApiError> {
        v.trim().parse().map_err(|_| bad(name, format!("{name} must be a whole number, not {v:?}")))
    };
    for (name, value) in pairs {
        match name.as_str() {
            "q" => q.text = value.clone(),
            "lang" => q.lang = Some(value.trim().to_owned()).filter(|l| !l.is_empty()),
            "type" => {
                q.kinds = match value.trim() {
                    "" => vec![],
                    "incident" => vec![DocKind::Incident],
                    "report" => vec![DocKind::Report],
                    other => return Err(bad("type", format!("type {other:?} is not incident or report"))),
                }
            }
            "sort" => {
                q.sort = match value.trim() {
                    "" | "relevance" => SearchSort::Relevance,
                    "newest" => SearchSort::DateDesc,
                    "oldest" => SearchSort::DateAsc,
                    other => return Err(bad("sort", format!("sort {other:?} is not relevance, newest or oldest"))),
                }
            }
            "limit" => {
                q.limit = number("limit", value)?;
                if !(1..=200).contains(&q.limit) {
                    return Err(bad("limit", "limit must be 1 to 200".into()));
                }
            }
            "offset" => q.offset = number("offset", value)?,
            facet if FILTERABLE.contains(&facet) => {
                q.filters.extend(
                    value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(|v| (facet.to_owned(), v.to_owned())),
                );
            }
            other => {
                return Err(bad(
                    other,
                    format!("unknown parameter {other:?}; the facets are {}", FILTERABLE.join(", ")),
                ));
            }
        }
    }
    Ok(q)
}

#[derive(Serialize, ToSchema)]
pub struct SearchHitDto {
    /// `incident` or `report`.
    #[serde(rename = "type")]
    pub doc_type: String,
    pub key: String,
    /// The incident the hit belongs to.
    pub incident: String,
    pub lang: String,
    pub score: f32,
    /// Title with the matched words in `<mark>`; everything else escaped.
    pub title_html: String,
    pub snippet_html: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[derive(Serialize, ToSchema)]
pub struct SearchPage {
    /// Matches the caller may see (nothing else is counted).
    pub total: u64,
    pub offset: usize,
    pub items: Vec<SearchHitDto>,
    /// Counts per facet value, over the matches the caller may see.
    pub facets: std::collections::BTreeMap<String, Vec<FacetValue>>,
}

pub async fn search_page(
    state: &AppState,
    caller: &crate::auth::Caller,
    q: SearchQuery,
) -> Result<SearchPage, ApiError> {
    let offset = q.offset;
    let viewer = state.node.viewer(&caller.principal).await?;
    let results = state.node.search_incidents(&viewer, q).await?;
    Ok(SearchPage {
        total: results.total,
        offset,
        items: results
            .hits
            .into_iter()
            .map(|h| {
                let (doc_type, key) = h.id.split_once(':').unwrap_or(("incident", h.id.as_str()));
                let url = match h.kind {
                    DocKind::Incident => format!("/api/v1/incidents/{key}"),
                    DocKind::Report => format!("/api/v1/reports/{key}"),
                };
                SearchHitDto {
                    doc_type: doc_type.to_owned(),
                    key: key.to_owned(),
                    incident: h.incident,
                    lang: h.lang,
                    score: h.score,
                    title_html: h.title_html,
                    snippet_html: h.snippet_html,
                    url,
                }
            })
            .collect(),
        facets: results
            .facets
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|(value, count)| FacetValue { value, count }).collect()))
            .collect(),
    })
}

/// Search and browse incidents and reports, with facet counts. Access is filtered inside the
/// query: totals and counts include only what the caller may see.
#[utoipa::path(get, path = "/incidents", tag = "safety", params(SearchParams),
    responses((status = 200, body = SearchPage), (status = 400, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(pairs): ApiQuery<Vec<(String, String)>>,
) -> Result<ApiJson<SearchPage>, ApiError> {
    Ok(ApiJson(search_page(&state, &caller, search_query(&pairs)?).await?))
}

/// One incident with its reports, marking and workflow state. A duplicate answers
/// `308 Permanent Redirect` to the incident it was merged into.
#[utoipa::path(get, path = "/incidents/{key}", tag = "safety", params(("key" = String, Path)),
    responses((status = 200, body = Object), (status = 308, description = "merged into another incident"),
        (status = 404, body = ErrorBody)))]
pub async fn get_incident(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
) -> Result<Response, ApiError> {
    match state.node.incident(&caller.principal, &key).await? {
        IncidentLookup::Found(view) => Ok(axum::Json(view).into_response()),
        IncidentLookup::Redirect { from, to } => {
            let location = format!("/api/v1/incidents/{to}");
            let mut headers = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(&location) {
                headers.insert(header::LOCATION, v);
            }
            let body = json!({ "duplicate": from, "canonical": to, "url": location });
            Ok((StatusCode::PERMANENT_REDIRECT, headers, axum::Json(body)).into_response())
        }
    }
}

/// One report.
#[utoipa::path(get, path = "/reports/{key}", tag = "safety", params(("key" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn get_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
) -> Result<ApiJson<Value>, ApiError> {
    let view = state.node.incident_report(&caller.principal, &key).await?;
    Ok(ApiJson(serde_json::to_value(view).map_err(|e| ApiError::internal(e.to_string()))?))
}

/// An entity in a role, as submitted.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityInput {
    /// A slug such as `acme-bank`.
    pub id: String,
    pub name: String,
    /// `deployer`, `developer`, `harmed`, `implicated_system`.
    pub role: String,
}

/// A new incident report from a member.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IncidentInput {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The language of title and description (`en`, `zh`, `ar`, …).
    pub lang: String,
    /// `incident` (default), `hazard`, `near_miss`, `vulnerability`, `exercise`.
    pub kind: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// `hazard`, `serious_hazard`, `incident`, `serious_incident`, `disaster` (OECD).
    pub severity: Option<String>,
    #[serde(default)]
    pub entities: Vec<EntityInput>,
    /// Registry keys of the models and systems involved (`org/name`).
    #[serde(default)]
    pub models: Vec<String>,
    /// Source URLs.
    #[serde(default)]
    pub references: Vec<String>,
    /// `TLP:CLEAR`, `TLP:GREEN`, `TLP:AMBER`, `TLP:AMBER+STRICT`, `TLP:RED`.
    pub tlp: String,
    /// `organisation_only`, `community`, `connected_communities`, `all`, `sharing_group`.
    pub distribution: String,
    /// The sharing group's id, when `distribution` is `sharing_group`.
    pub sharing_group: Option<String>,
}

impl IncidentInput {
    fn split(self) -> Result<(Incident, MarkingInput), ApiError> {
        let kind = match self.kind.as_deref() {
            None => IncidentKind::Incident,
            Some(k) => IncidentKind::parse("kind", k)?,
        };
        let severity = self.severity.as_deref().map(|s| Severity::parse("severity", s)).transpose()?;
        let mut entities = Vec::new();
        for (i, e) in self.entities.into_iter().enumerate() {
            let role = EntityRole::ALL.into_iter().find(|r| r.as_str() == e.role.trim()).ok_or_else(|| {
                bad(
                    &format!("entities[{i}].role"),
                    "role must be deployer, developer, harmed or implicated_system".into(),
                )
            })?;
            entities.push(EntityRef { id: e.id, name: e.name, role });
        }
        let incident = Incident {
            key: "INC-NEW".into(),
            kind,
            title: self.title,
            description: self.description,
            lang: self.lang,
            date: self.date.filter(|d| !d.trim().is_empty()),
            countries: self.countries,
            sectors: self.sectors,
            severity,
            entities,
            models: self.models,
            classifications: vec![],
            links: vec![],
            references: self.references.into_iter().map(|url| Reference { label: String::new(), url }).collect(),
            source: Source::Member,
        };
        let marking =
            MarkingInput { tlp: self.tlp, distribution: self.distribution, sharing_group: self.sharing_group };
        Ok((incident, marking))
    }
}

/// Report a new incident. It starts as `submitted`, owned by your organisation, visible to your
/// organisation and to the reviewers in its audience; the answer lists existing incidents it
/// may duplicate (among those you may see), with the method and the reasons.
#[utoipa::path(post, path = "/incidents", tag = "safety", request_body = IncidentInput,
    responses((status = 201, body = Object), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn submit_incident(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<IncidentInput>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    let (incident, marking) = input.split()?;
    let submitted = state.node.submit_incident(&caller.principal, incident, marking).await?;
    let body = serde_json::to_value(&submitted).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((StatusCode::CREATED, ApiJson(body)))
}

/// A report (evidence document) on an incident.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    pub title: String,
    #[serde(default)]
    pub text: String,
    pub lang: String,
    pub url: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub date_published: Option<String>,
    /// `false` for an issue report or a variant.
    pub is_incident_report: Option<bool>,
    pub tlp: String,
    pub distribution: String,
    pub sharing_group: Option<String>,
}

/// Add a report to an incident you may see.
#[utoipa::path(post, path = "/incidents/{key}/reports", tag = "safety", params(("key" = String, Path)),
    request_body = ReportInput,
    responses((status = 201, body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn submit_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(input): ApiJson<ReportInput>,
) -> Result<(StatusCode, ApiJson<Value>), ApiError> {
    let report = Report {
        key: "REP-NEW".into(),
        incident: key,
        title: input.title,
        text: input.text,
        lang: input.lang,
        url: input.url.filter(|u| !u.trim().is_empty()),
        authors: input.authors,
        date_published: input.date_published.filter(|d| !d.trim().is_empty()),
        is_incident_report: input.is_incident_report.unwrap_or(true),
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    };
    let marking = MarkingInput { tlp: input.tlp, distribution: input.distribution, sharing_group: input.sharing_group };
    let submitted = state.node.submit_report(&caller.principal, report, marking).await?;
    let body = serde_json::to_value(&submitted).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((StatusCode::CREATED, ApiJson(body)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    /// `triage`, `publish`, `reject`, `reopen`.
    pub decision: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReviewOutcome {
    pub key: String,
    /// The new status: `triaged`, `published`, `rejected`.
    pub status: String,
}

/// A reviewer's decision on a submitted incident (submitted → triaged → published or rejected).
#[utoipa::path(post, path = "/incidents/{key}/review", tag = "safety", params(("key" = String, Path)),
    request_body = ReviewInput,
    responses((status = 200, body = ReviewOutcome), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn review_incident(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(input): ApiJson<ReviewInput>,
) -> Result<ApiJson<ReviewOutcome>, ApiError> {
    let status = state.node.review(&caller.principal, "incident", &key, &input.decision).await?;
    Ok(ApiJson(ReviewOutcome { key, status: status.as_str().to_owned() }))
}

/// A reviewer's decision on a submitted report.
#[utoipa::path(post, path = "/reports/{key}/review", tag = "safety", params(("key" = String, Path)),
    request_body = ReviewInput,
    responses((status = 200, body = ReviewOutcome), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn review_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(input): ApiJson<ReviewInput>,
) -> Result<ApiJson<ReviewOutcome>, ApiError> {
    let status = state.node.review(&caller.principal, "report", &key, &input.decision).await?;
    Ok(ApiJson(ReviewOutcome { key, status: status.as_str().to_owned() }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkingBody {
    pub tlp: String,
    pub distribution: String,
    pub sharing_group: Option<String>,
}

/// Change an incident's marking (its owner organisation's editors, or an administrator). The new
/// audience applies at once to the incident, its reports, search, exports and feeds.
#[utoipa::path(put, path = "/incidents/{key}/marking", tag = "safety", params(("key" = String, Path)),
    request_body = MarkingBody,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn mark_incident(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(body): ApiJson<MarkingBody>,
) -> Result<StatusCode, ApiError> {
    let marking = MarkingInput { tlp: body.tlp, distribution: body.distribution, sharing_group: body.sharing_group };
    state.node.set_marking(&caller.principal, "incident", &key, marking).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Change a report's marking.
#[utoipa::path(put, path = "/reports/{key}/marking", tag = "safety", params(("key" = String, Path)),
    request_body = MarkingBody,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn mark_report(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(body): ApiJson<MarkingBody>,
) -> Result<StatusCode, ApiError> {
    let marking = MarkingInput { tlp: body.tlp, distribution: body.distribution, sharing_group: body.sharing_group };
    state.node.set_marking(&caller.principal, "report", &key, marking).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeBody {
    /// The incident this one duplicates.
    pub into: String,
}

/// Mark an incident as a duplicate of another (editors). Nothing is deleted: the duplicate
/// redirects, and its reports show under the other incident.
#[utoipa::path(post, path = "/incidents/{key}/merge", tag = "safety", params(("key" = String, Path)),
    request_body = MergeBody,
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody)))]
pub async fn merge(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(key): ApiPath<String>,
    ApiJson(body): ApiJson<MergeBody>,
) -> Result<ApiJson<Value>, ApiError> {
    let resolved = state.node.merge_incidents(&caller.principal, &key, body.into.trim()).await?;
    Ok(ApiJson(json!({ "duplicate": key, "canonical": resolved })))
}

/// Submitted and triaged incidents and reports you may review.
#[utoipa::path(get, path = "/review-queue", tag = "safety",
    responses((status = 200, body = Object), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn review_queue(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<ApiJson<Value>, ApiError> {
    let (incidents, reports) = state.node.review_queue(&caller.principal).await?;
    Ok(ApiJson(json!({ "incidents": incidents, "reports": reports })))
}

#[derive(Serialize, ToSchema)]
pub struct SharingGroupDto {
    pub id: String,
    pub name: String,
    pub description: String,
    pub created_by: String,
    pub members: Vec<String>,
}

fn group_dto(g: accord_store::SharingGroup) -> SharingGroupDto {
    SharingGroupDto {
        id: g.id.to_string(),
        name: g.name,
        description: g.description,
        created_by: g.created_by.to_string(),
        members: g.members.into_iter().map(|m| m.to_string()).collect(),
    }
}

/// Sharing groups your organisation belongs to (all, for administrators).
#[utoipa::path(get, path = "/sharing-groups", tag = "safety",
    responses((status = 200, body = [SharingGroupDto]), (status = 401, body = ErrorBody)))]
pub async fn list_groups(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
) -> Result<ApiJson<Vec<SharingGroupDto>>, ApiError> {
    Ok(ApiJson(state.node.sharing_groups(&caller.principal).await?.into_iter().map(group_dto).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Organisation ids; yours is added.
    pub members: Vec<String>,
}

/// Create a sharing group (editors); your organisation is always a member.
#[utoipa::path(post, path = "/sharing-groups", tag = "safety", request_body = GroupInput,
    responses((status = 201, body = SharingGroupDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_group(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(input): ApiJson<GroupInput>,
) -> Result<(StatusCode, ApiJson<SharingGroupDto>), ApiError> {
    let mut members = Vec::new();
    for (i, m) in input.members.iter().enumerate() {
        members.push(super::parse_id(&format!("members[{i}]"), m)?);
    }
    let g = state.node.create_sharing_group(&caller.principal, &input.name, &input.description, &members).await?;
    Ok((StatusCode::CREATED, ApiJson(group_dto(g))))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `json` (default), `ndjson`, `csv` (incidents), `csv-reports`, `stix` (a STIX 2.1 bundle
    /// with the TLP 2.0 marking definitions).
    pub format: Option<String>,
}

/// Export every published incident and report you may see, each with its marking.
#[utoipa::path(get, path = "/incidents/export", tag = "safety", params(ExportParams),
    responses((status = 200, description = "the export, in the format asked for"), (status = 400, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, ApiError> {
    let format = params.format.as_deref().unwrap_or("json");
    let (content_type, extension) = match format {
        "json" => ("application/json", "json"),
        "ndjson" => ("application/x-ndjson", "ndjson"),
        "csv" | "csv-reports" => ("text/csv; charset=utf-8", "csv"),
        "stix" => ("application/stix+json;version=2.1", "stix.json"),
        other => return Err(bad("format", format!("format {other:?} is not json, ndjson, csv, csv-reports or stix"))),
    };
    let items = state.node.export_items(&caller.principal).await?;
    let now = time::OffsetDateTime::now_utc();
    let body = match format {
        "ndjson" => items.iter().map(accord_safety::export::ndjson_line).collect::<String>(),
        "csv" => accord_safety::export::incidents_csv(&items).map_err(|e| ApiError::internal(e.to_string()))?,
        "csv-reports" => accord_safety::export::reports_csv(&items).map_err(|e| ApiError::internal(e.to_string()))?,
        "stix" => accord_safety::stix::export_bundle(&items, &state.node.stix_producer(), now).to_string(),
        _ => accord_safety::export::json(&items, now),
    };
    let disposition = format!("attachment; filename=\"incidents.{extension}\"");
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    // What a viewer may see differs by viewer: never cache across callers.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok((headers, body).into_response())
}
