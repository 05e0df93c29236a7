//! Webhooks: the JSON payload, its HMAC-SHA256 signature, and the retry schedule. Pure: the
//! caller sends, and passes the clock in.
//!
//! The signature header is `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (the
//! scheme Stripe documents). Signing the timestamp with the body lets a receiver refuse a
//! replayed delivery: an old `t` fails the tolerance check, and changing `t` breaks the
//! signature. A header may carry several `v1` values (during a secret rotation); one matching is
//! enough. Comparison is constant-time (`hmac`'s `verify_slice`).

use std::time::Duration;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::marking::Tlp;

type HmacSha256 = Hmac<Sha256>;

/// The HTTP header that carries the signature.
pub const SIGNATURE_HEADER: &str = "Accord-Signature";

/// The default tolerance between the signed timestamp and the receiver's clock.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    #[serde(rename = "incident.published")]
    IncidentPublished,
    #[serde(rename = "incident.updated")]
    IncidentUpdated,
    #[serde(rename = "report.published")]
    ReportPublished,
    /// A record's marking changed (reference §4.7: marking changes must travel as events of their
    /// own, or remote copies keep the old label).
    #[serde(rename = "marking.changed")]
    MarkingChanged,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::IncidentPublished,
        EventKind::IncidentUpdated,
        EventKind::ReportPublished,
        EventKind::MarkingChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::IncidentPublished => "incident.published",
            EventKind::IncidentUpdated => "incident.updated",
            EventKind::ReportPublished => "report.published",
            EventKind::MarkingChanged => "marking.changed",
        }
    }
}

/// One delivery's body.
///
/// A payload carries only what its subscriber may see: the caller builds one per subscriber
/// after deciding visibility with [`crate::access`] (a subscriber who cannot see a record gets
/// no event about it, not even its key). The data is a pointer — key, title, link, TLP — so the
/// full record is fetched through the API, where access is checked again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEvent {
    /// Unique per event, so a receiver can drop a retried duplicate.
    pub id: Uuid,
    pub event: EventKind,
    #[serde(with = "time::serde::rfc3339")]
    pub created: OffsetDateTime,
    pub data: EventData,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventData {
    pub key: String,
    pub title: String,
    pub url: String,
    pub tlp: Tlp,
}

impl WebhookEvent {
    /// The exact bytes to send and to sign.
    pub fn body(&self) -> Vec<u8> {
        // Serialising derived types with string keys cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("the signature header is malformed: {0}")]
    Malformed(String),
    #[error("the signature header has no timestamp (t=)")]
    MissingTimestamp,
    #[error("the signature header has no v1 signature")]
    MissingSignature,
    #[error(
        "the signed timestamp is {age} s away from now, more than the {tolerance} s allowed (a replay or a wrong clock)"
    )]
    Stale { age: i64, tolerance: i64 },
    #[error("no signature matches the body")]
    Mismatch,
    #[error("the secret is empty")]
    EmptySecret,
}

fn mac(secret: &[u8], timestamp: i64, body: &[u8]) -> Option<HmacSha256> {
    // HMAC takes keys of any length, so this never fails.
    let mut mac = HmacSha256::new_from_slice(secret).ok()?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    Some(mac)
}

/// The signature header value for `body` sent at `timestamp` (Unix seconds).
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let sig = mac(secret, timestamp, body).map(|m| hex::encode(m.finalize().into_bytes())).unwrap_or_default();
    format!("t={timestamp},v1={sig}")
}

/// Checks a received header against the body, with `now` (Unix seconds) and a tolerance in
/// seconds either way.
pub fn verify(secret: &[u8], header: &str, body: &[u8], now: i64, tolerance_secs: i64) -> Result<(), WebhookError> {
    if secret.is_empty() {
        return Err(WebhookError::EmptySecret);
    }
    let mut timestamp = None;
    let mut signatures = vec![];
    for part in header.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            return Err(WebhookError::Malformed(format!("\"{part}\" is not key=value")));
        };
        match k {
            "t" => {
                if timestamp.is_some() {
                    return Err(WebhookError::Malformed("two timestamps".into()));
                }
                let t =
                    v.parse::<i64>().map_err(|_| WebhookError::Malformed(format!("t=\"{v}\" is not Unix seconds")))?;
                timestamp = Some(t);
            }
            "v1" => {
                let sig = hex::decode(v).map_err(|_| WebhookError::Malformed(format!("v1=\"{v}\" is not hex")))?;
                if sig.len() != 32 {
                    return Err(WebhookError::Malformed(format!("v1 has {} bytes, not the 32 of SHA-256", sig.len())));
                }
                signatures.push(sig);
            }
            // Other schemes (a future v2) are ignored, as Stripe's receivers do.
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(WebhookError::MissingTimestamp)?;
    if signatures.is_empty() {
        return Err(WebhookError::MissingSignature);
    }
    let age = now.saturating_sub(timestamp);
    if age.saturating_abs() > tolerance_secs {
        return Err(WebhookError::Stale { age, tolerance: tolerance_secs });
    }
    let mac = mac(secret, timestamp, body).ok_or(WebhookError::EmptySecret)?;
    if signatures.iter().any(|s| mac.clone().verify_slice(s).is_ok()) { Ok(()) } else { Err(WebhookError::Mismatch) }
}

/// How long to wait before the next delivery when `attempt` deliveries have failed so far, or
/// `None` to give up: 0 → now; then 10 s, 30 s, 2 min, 10 min, 1 h, 6 h (exponential-ish, capped
/// so a receiver that is down for a night still gets the event); after the seventh failure, give
/// up (about 7 h 13 min in all). Callers may add jitter.
pub fn retry_delay(attempt: u32) -> Option<Duration> {
    const SCHEDULE: [u64; 7] = [0, 10, 30, 120, 600, 3600, 6 * 3600];
    SCHEDULE.get(usize::try_from(attempt).ok()?).map(|s| Duration::from_secs(*s))
}
