//! An entry's published versions, read from the transparency log.

use super::*;

// ---- history --------------------------------------------------------------------------------

pub(super) struct VersionView {
    version: i64,
    action: String,
    at: String,
    author: String,
    log_href: String,
    card_sha256: String,
    changes: Vec<String>,
}

#[derive(Template)]
#[template(path = "registry_history.html")]
pub(super) struct HistoryPage {
    page: PageCtx,
    key: String,
    name: String,
    entry_href: String,
    versions: Vec<VersionView>,
}

/// Which top-level fields of each layer differ between two published versions.
fn changed_fields(before: &serde_json::Value, after: &serde_json::Value) -> Vec<String> {
    let layers = |v: &serde_json::Value| -> BTreeMap<String, serde_json::Value> {
        v["entry"]["layers"]
            .as_array()
            .map(|ls| {
                ls.iter().map(|l| (l["source"].as_str().unwrap_or_default().to_owned(), l["facts"].clone())).collect()
            })
            .unwrap_or_default()
    };
    let (a, b) = (layers(before), layers(after));
    let mut out = Vec::new();
    for source in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (a.get(source), b.get(source));
        let fields: BTreeSet<&String> = x
            .and_then(|v| v.as_object())
            .into_iter()
            .flat_map(|o| o.keys())
            .chain(y.and_then(|v| v.as_object()).into_iter().flat_map(|o| o.keys()))
            .collect();
        for f in fields {
            if x.map(|v| &v[f.as_str()]) != y.map(|v| &v[f.as_str()]) {
                out.push(format!("{source}.{f}"));
            }
        }
    }
    if before["card_sha256"] != after["card_sha256"] {
        out.push("card".into());
    }
    out
}

/// `GET /{lang}/registry/{namespace}/{name}/history`.
pub(in crate::web) async fn history(
    State(state): State<AppState>,
    page: Page,
    Path((_, namespace, name)): Path<(String, String, String)>,
) -> Response {
    let p = page.principal().clone();
    let ctx = page.ctx;
    let key = format!("{namespace}/{name}");
    let d = match state.node.registry_entry(&p, &key).await {
        Ok(d) => d,
        Err(e) => return error_page(ctx, e),
    };
    let versions = match state.node.registry_history(&p, &key).await {
        Ok(v) => v,
        Err(e) => return error_page(ctx, e),
    };
    let mut previous = serde_json::Value::Null;
    let mut list = Vec::new();
    for v in versions {
        let envelope: serde_json::Value = serde_json::from_slice(&v.envelope).unwrap_or_default();
        let payload = envelope["payload"].clone();
        list.push(VersionView {
            version: v.version,
            action: ctx.t(&format!("registry-action-{}", envelope["action"].as_str().unwrap_or("").replace('.', "-"))),
            at: envelope["at"].as_str().unwrap_or_default().to_owned(),
            author: envelope["author"].as_str().map_or_else(|| ctx.t("registry-signed-by-node"), str::to_owned),
            log_href: ctx.href(&format!("/transparency/log/{}", v.seq)),
            card_sha256: payload["card_sha256"].as_str().unwrap_or_default().to_owned(),
            changes: if previous.is_null() { Vec::new() } else { changed_fields(&previous, &payload) },
        });
        previous = payload;
    }
    list.reverse();
    render(
        StatusCode::OK,
        &HistoryPage {
            key: key.clone(),
            name: d.entry.display_name(),
            entry_href: ctx.href(&format!("/registry/{key}")),
            versions: list,
            page: ctx,
        },
    )
}
