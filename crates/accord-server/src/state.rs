//! Shared state of the HTTP server.

use std::sync::Arc;

use accord_node::Node;

#[derive(Clone)]
pub struct AppState {
    pub node: Arc<Node>,
}
