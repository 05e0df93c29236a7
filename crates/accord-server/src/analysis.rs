//! The background analysis of conversations: every half second, conversations with new votes or
//! changed statements get their next result (see `accord_node::Node::analyze_pending`). Votes
//! arriving during a tick are picked up by the next one, so a busy conversation is analysed at
//! most twice a second and an idle node does one small query per tick.

use std::sync::Arc;
use std::time::Duration;

use accord_node::Node;
use tokio::sync::watch;

const INTERVAL: Duration = Duration::from_millis(500);

pub async fn run(node: Arc<Node>, mut stop: watch::Receiver<bool>) {
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
            () = tokio::time::sleep(INTERVAL) => {}
        }
        if let Err(e) = node.analyze_pending().await {
            tracing::warn!(error = %e, "conversation analysis failed");
        }
    }
}
