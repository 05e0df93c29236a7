//! The webhook delivery worker: a background task of [`crate::serve`] that sends due deliveries
//! from the node's outbox and reports each outcome back.
//!
//! Every `alerts.poll_interval_ms` it takes due deliveries (at most [`CONCURRENCY`] in flight),
//! which the node has re-checked for visibility and signed, and POSTs each with a 10-second
//! timeout and no redirects. A 2xx answer delivers it; anything else is retried on the
//! schedule of `accord_safety::webhook::retry_delay`. It stops with the server; deliveries in
//! flight then are taken again when their lease ends.

use std::sync::Arc;
use std::time::Duration;

use accord_node::Node;
use accord_node::safety::{Outgoing, SendOutcome};
use accord_safety::webhook::SIGNATURE_HEADER;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How long a receiver has to answer.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// Deliveries sent at the same time.
pub const CONCURRENCY: usize = 8;
/// The `User-Agent` of deliveries.
pub const USER_AGENT: &str = concat!("Accord-Webhooks/", env!("CARGO_PKG_VERSION"));
/// Names the event of a delivery.
pub const EVENT_HEADER: &str = "Accord-Event";
/// The delivery's id (the event's `id`, the same on every retry).
pub const DELIVERY_HEADER: &str = "Accord-Delivery";

/// Runs until `stop` turns true (or its sender is dropped). `base_url` makes the links in the
/// events absolute.
pub async fn run(node: Arc<Node>, base_url: String, mut stop: watch::Receiver<bool>) {
    let client = match reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        // A redirect could lead the signed event somewhere the subscriber did not name.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(USER_AGENT)
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "cannot start webhook deliveries");
            return;
        }
    };
    let interval = Duration::from_millis(node.config().alerts.poll_interval_ms.max(10));
    let mut sending = JoinSet::new();
    loop {
        if *stop.borrow() {
            break;
        }
        tokio::select! {
            changed = stop.changed() => {
                if changed.is_err() || *stop.borrow() {
                    break;
                }
            }
            () = tokio::time::sleep(interval) => {}
        }
        while sending.try_join_next().is_some() {}
        let room = CONCURRENCY.saturating_sub(sending.len());
        if room == 0 {
            continue;
        }
        match node.claim_webhook_deliveries(&base_url, u32::try_from(room).unwrap_or(1)).await {
            Ok(batch) => {
                for out in batch {
                    sending.spawn(send(node.clone(), client.clone(), out));
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not take due webhook deliveries"),
        }
    }
    sending.abort_all();
}

/// An error and its causes, without the URL (whose path may be a secret of the subscriber).
fn describe(e: reqwest::Error) -> String {
    if e.is_timeout() {
        return format!("no answer within {} s", TIMEOUT.as_secs());
    }
    let e = e.without_url();
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

async fn send(node: Arc<Node>, client: reqwest::Client, out: Outgoing) {
    let sent = client
        .post(&out.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, &out.signature)
        .header(EVENT_HEADER, out.event)
        .header(DELIVERY_HEADER, out.id.to_string())
        .body(out.body.clone())
        .send()
        .await;
    let outcome = match sent {
        Ok(response) => SendOutcome::Status(response.status().as_u16()),
        Err(e) => SendOutcome::Error(describe(e)),
    };
    if let Err(e) = node.finish_webhook_delivery(&out, outcome).await {
        tracing::warn!(delivery = %out.id, error = %e, "could not record a webhook delivery");
    }
}
