//! Keys, the transparency log, proofs and record verification (all public: any member or
//! outsider may audit the node).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use accord_core::LogEntry;
use accord_core::command::rfc3339;

use super::{ApiJson, ApiPath, ApiQuery};
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

/// A published signing key.
#[derive(Serialize, ToSchema)]
pub struct KeyDto {
    pub key_id: String,
    /// `node` or `organisation`.
    pub owner_kind: String,
    pub owner_id: Option<String>,
    /// Always `ed25519`.
    pub algorithm: String,
    /// The 32-byte public key, base64.
    pub public_key: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub retired_at: Option<String>,
    /// Log entries at this index or later must not be signed with the key.
    pub retired_at_index: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct KeysDto {
    /// The log origin; also the key name in checkpoint signatures.
    pub origin: String,
    /// The active node key as a C2SP verifier key (`name+hash+base64`), for note tools.
    pub node_verifier_key: Option<String>,
    pub keys: Vec<KeyDto>,
}

/// The node's public signing keys, active and retired.
#[utoipa::path(get, path = "/keys", tag = "log", responses((status = 200, body = KeysDto)))]
pub async fn keys(State(state): State<AppState>) -> Result<ApiJson<KeysDto>, ApiError> {
    let keys = state.node.keys().await?;
    let origin = state.node.origin().to_owned();
    let node_verifier_key = keys
        .iter()
        .find(|k| k.owner_kind == "node" && k.retired_at.is_none())
        .and_then(|k| <[u8; 32]>::try_from(k.public_key.as_slice()).ok())
        .and_then(|b| accord_ledger::ed25519_dalek::VerifyingKey::from_bytes(&b).ok())
        .map(|k| accord_ledger::keys::verifier_key(&origin, &k));
    let keys = keys
        .into_iter()
        .map(|k| KeyDto {
            key_id: k.key_id,
            owner_kind: k.owner_kind,
            owner_id: k.owner_id,
            algorithm: "ed25519".into(),
            public_key: STANDARD.encode(&k.public_key),
            created_at: rfc3339(k.created_at),
            retired_at: k.retired_at.map(rfc3339),
            retired_at_index: k.retired_at_seq,
        })
        .collect();
    Ok(ApiJson(KeysDto { origin, node_verifier_key, keys }))
}

/// The head of the log.
#[derive(Serialize, ToSchema)]
pub struct LogHead {
    pub origin: String,
    pub tree_size: i64,
    /// SHA-256 root hash, base64.
    pub root_hash: Option<String>,
    /// The latest checkpoint as a C2SP signed note.
    pub checkpoint: Option<String>,
}

/// The latest signed tree head.
#[utoipa::path(get, path = "/log", tag = "log", responses((status = 200, body = LogHead)))]
pub async fn head(State(state): State<AppState>) -> Result<ApiJson<LogHead>, ApiError> {
    let cp = state.node.checkpoint().await?;
    Ok(ApiJson(LogHead {
        origin: state.node.origin().to_owned(),
        tree_size: cp.as_ref().map_or(0, |c| c.size),
        root_hash: cp.as_ref().map(|c| STANDARD.encode(&c.root)),
        checkpoint: cp.map(|c| c.note),
    }))
}

/// The latest checkpoint as a C2SP signed note (`text/plain`).
#[utoipa::path(get, path = "/log/checkpoint", tag = "log",
    responses((status = 200, description = "C2SP signed note", content_type = "text/plain; charset=utf-8", body = String),
        (status = 404, body = ErrorBody)))]
pub async fn checkpoint(State(state): State<AppState>) -> Result<Response, ApiError> {
    match state.node.checkpoint().await? {
        Some(cp) => Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], cp.note).into_response()),
        None => Err(ApiError::new(ErrorCode::NotFound, "the log is empty: no checkpoint yet")),
    }
}

/// One log entry: a signed record version at its leaf index.
#[derive(Serialize, Deserialize, ToSchema, Clone)]
pub struct EntryDto {
    pub index: i64,
    pub kind: String,
    pub id: String,
    pub version: i64,
    pub key_id: String,
    /// The exact signed envelope bytes, base64.
    pub envelope: String,
    /// Ed25519 signature over `accord/record/v1\n` ‖ envelope, base64.
    pub signature: String,
    /// The RFC 9162 leaf hash, base64.
    pub leaf_hash: String,
    #[schema(format = DateTime)]
    pub logged_at: String,
}

pub fn entry_dto(e: LogEntry) -> EntryDto {
    EntryDto {
        index: e.seq,
        kind: e.kind,
        id: e.record_id,
        version: e.version,
        key_id: e.key_id,
        envelope: STANDARD.encode(&e.envelope),
        signature: STANDARD.encode(&e.signature),
        leaf_hash: STANDARD.encode(&e.leaf_hash),
        logged_at: rfc3339(e.created_at),
    }
}

#[derive(Serialize, ToSchema)]
pub struct EntriesDto {
    pub entries: Vec<EntryDto>,
    /// The `start` of the next page; absent at the end of the log.
    pub next_start: Option<i64>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RangeParams {
    /// First leaf index (default 0).
    pub start: Option<i64>,
    /// At most this many entries (1–1000, default 100).
    pub limit: Option<u32>,
}

/// Log entries by index range, in order.
#[utoipa::path(get, path = "/log/entries", tag = "log", params(RangeParams),
    responses((status = 200, body = EntriesDto), (status = 400, body = ErrorBody)))]
pub async fn entries(
    State(state): State<AppState>,
    ApiQuery(range): ApiQuery<RangeParams>,
) -> Result<ApiJson<EntriesDto>, ApiError> {
    let start = range.start.unwrap_or(0);
    if start < 0 {
        return Err(ApiError::new(ErrorCode::BadParameter, "start must be 0 or more"));
    }
    let limit = range.limit.unwrap_or(100).clamp(1, 1000);
    let list = state.node.log_entries(start, limit).await?;
    let next_start = (list.len() == limit as usize).then(|| list.last().map_or(start, |e| e.seq + 1));
    Ok(ApiJson(EntriesDto { entries: list.into_iter().map(entry_dto).collect(), next_start }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InclusionParams {
    /// Leaf index of the record.
    pub index: u64,
    /// The tree size of the checkpoint to prove against.
    pub tree_size: u64,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct InclusionDto {
    pub index: u64,
    pub tree_size: u64,
    /// RFC 9162 inclusion path, leaf to root, base64 hashes.
    pub path: Vec<String>,
    /// The root hash of the tree of `tree_size` leaves, base64.
    pub root_hash: String,
}

/// An RFC 9162 inclusion proof for a leaf in a tree of the given size.
#[utoipa::path(get, path = "/log/inclusion", tag = "log", params(InclusionParams),
    responses((status = 200, body = InclusionDto), (status = 400, body = ErrorBody)))]
pub async fn inclusion(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<InclusionParams>,
) -> Result<ApiJson<InclusionDto>, ApiError> {
    let path = state.node.inclusion_proof(p.index, p.tree_size).await?;
    let root = state.node.root(p.tree_size).await?;
    Ok(ApiJson(InclusionDto {
        index: p.index,
        tree_size: p.tree_size,
        path: path.iter().map(|h| STANDARD.encode(h)).collect(),
        root_hash: STANDARD.encode(root),
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConsistencyParams {
    pub first: u64,
    pub second: u64,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ConsistencyDto {
    pub first: u64,
    pub second: u64,
    /// RFC 9162 consistency proof, base64 hashes.
    pub path: Vec<String>,
}

/// An RFC 9162 consistency proof between two tree sizes.
#[utoipa::path(get, path = "/log/consistency", tag = "log", params(ConsistencyParams),
    responses((status = 200, body = ConsistencyDto), (status = 400, body = ErrorBody)))]
pub async fn consistency(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<ConsistencyParams>,
) -> Result<ApiJson<ConsistencyDto>, ApiError> {
    let path = state.node.consistency_proof(p.first, p.second).await?;
    Ok(ApiJson(ConsistencyDto {
        first: p.first,
        second: p.second,
        path: path.iter().map(|h| STANDARD.encode(h)).collect(),
    }))
}

/// Every version of one record, oldest first, as log entries.
#[utoipa::path(get, path = "/records/{kind}/{id}", tag = "log", params(("kind" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = [EntryDto]), (status = 404, body = ErrorBody)))]
pub async fn record(
    State(state): State<AppState>,
    ApiPath((kind, id)): ApiPath<(String, String)>,
) -> Result<ApiJson<Vec<EntryDto>>, ApiError> {
    let versions = state.node.record_versions(&kind, &id).await?;
    if versions.is_empty() {
        return Err(ApiError::not_found("record"));
    }
    Ok(ApiJson(versions.into_iter().map(entry_dto).collect()))
}

/// A record to verify.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// The envelope bytes, base64.
    pub envelope: String,
    /// The signature, base64.
    pub signature: String,
    pub key_id: String,
}

#[derive(Serialize, ToSchema)]
pub struct VerifyResult {
    pub valid: bool,
    /// Why not, in words.
    pub problem: Option<String>,
    /// The record's leaf index when it is in the log.
    pub log_index: Option<i64>,
}

/// Verifies a signed record: signature by a published key, not retired, and present in the log.
#[utoipa::path(post, path = "/records/verify", tag = "log", request_body = VerifyRequest,
    responses((status = 200, body = VerifyResult), (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn verify(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<VerifyRequest>,
) -> Result<ApiJson<VerifyResult>, ApiError> {
    let decode = |field: &str, v: &str| {
        STANDARD.decode(v).map_err(|_| {
            ApiError::new(ErrorCode::ValidationFailed, format!("{field} is not base64"))
                .with_details(serde_json::json!({ "field": field, "problem": "malformed" }))
        })
    };
    let envelope = decode("envelope", &body.envelope)?;
    let signature = decode("signature", &body.signature)?;
    let check = state.node.verify_record(&envelope, &signature, &body.key_id).await?;
    Ok(ApiJson(VerifyResult { valid: check.valid, problem: check.problem, log_index: check.log_index }))
}
