//! Static assets compiled into the binary and served with a content hash in the URL, so
//! browsers may cache them forever. No CDN: a node works air-gapped.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
    href: LazyLock<String>,
}

impl Asset {
    pub fn href(&'static self) -> &'static str {
        self.href.as_str()
    }
}

macro_rules! asset {
    ($ident:ident, $name:literal, $type:literal) => {
        pub static $ident: Asset = Asset {
            name: $name,
            content_type: $type,
            body: include_bytes!(concat!("../../static/", $name)),
            href: LazyLock::new(|| {
                let hash = hex::encode(Sha256::digest(include_bytes!(concat!("../../static/", $name))));
                format!("/static/{}?v={}", $name, hash.get(..12).unwrap_or(""))
            }),
        };
    };
}

asset!(CSS, "accord.css", "text/css; charset=utf-8");
asset!(JS, "accord.js", "text/javascript; charset=utf-8");
asset!(ICON, "favicon.svg", "image/svg+xml");

static ALL: [&Asset; 3] = [&CSS, &JS, &ICON];

pub async fn serve(Path(name): Path<String>) -> Response {
    match ALL.iter().find(|a| a.name == name) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type)),
                (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
            ],
            asset.body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn favicon() -> Response {
    serve(Path("favicon.svg".to_owned())).await
}
