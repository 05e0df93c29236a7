//! A test node: demo community seeded, served on an ephemeral loopback port.

use std::sync::Arc;

use accord_node::{Config, Node, demo};
use reqwest::{Client, StatusCode, redirect};
use serde_json::{Value, json};

pub const PASSWORD: &str = demo::DEMO_PASSWORD;
pub const ADMIN: &str = "admin@secretariat.example";
pub const EDITOR: &str = "editor@secretariat.example";
pub const REVIEWER: &str = "reviewer@evaluation-ia.example";
pub const MEMBER: &str = "member@aisrc.example";

pub struct TestNode {
    pub base: String,
    pub dir: tempfile::TempDir,
    /// The node being served, for operations the API does not offer (imports).
    pub node: Arc<Node>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl TestNode {
    pub async fn start() -> TestNode {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(adjust: impl FnOnce(&mut Config)) -> TestNode {
        Self::boot(adjust, false).await
    }

    /// Also seeds the registry (the demo cards and Epoch AI table, ~980 entries).
    pub async fn start_with_registry() -> TestNode {
        Self::boot(|_| {}, true).await
    }

    async fn boot(adjust: impl FnOnce(&mut Config), registry: bool) -> TestNode {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default();
        config.data_dir = dir.path().join("data");
        config.auth.login_attempts_per_minute_per_address = 1000;
        config.auth.login_attempts_per_minute_per_account = 1000;
        config.http.body_limit_bytes = 64 * 1024;
        adjust(&mut config);
        let node = Node::open(config).await.unwrap();
        demo::seed(&node).await.unwrap();
        if registry {
            demo::seed_registry(&node).await.unwrap();
        }
        let node = Arc::new(node);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let served = node.clone();
        let task = tokio::spawn(async move {
            accord_server::serve(served, listener, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        TestNode { base, dir, node, shutdown: Some(tx), task: Some(task) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Signs in over the API; returns a cookie-keeping client and the CSRF token.
    pub async fn session(&self, email: &str) -> (Client, String) {
        let client = client();
        let r = client
            .post(self.url("/api/v1/session"))
            .json(&json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "sign-in of {email}");
        let body: Value = r.json().await.unwrap();
        (client, body["csrf_token"].as_str().unwrap().to_owned())
    }

    /// An API token of `email` with the given scopes.
    pub async fn token(&self, email: &str, scopes: &[&str]) -> String {
        let (client, csrf) = self.session(email).await;
        let r = client
            .post(self.url("/api/v1/tokens"))
            .header("x-csrf-token", csrf)
            .json(&json!({ "name": "test", "scopes": scopes }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
        let body: Value = r.json().await.unwrap();
        body["secret"].as_str().unwrap().to_owned()
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap();
        }
    }
}

pub fn client() -> Client {
    Client::builder().cookie_store(true).redirect(redirect::Policy::none()).build().unwrap()
}

/// Asserts the API's one error body and returns its code.
pub async fn error_code(r: reqwest::Response, status: StatusCode) -> String {
    assert_eq!(r.status(), status, "status");
    let ct = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert!(ct.starts_with("application/json"), "content type {ct}");
    let body: Value = r.json().await.unwrap();
    let e = &body["error"];
    assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    assert!(e["details"].is_object(), "{body}");
    e["code"].as_str().unwrap().to_owned()
}
