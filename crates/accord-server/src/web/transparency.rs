//! The Transparency pages: the log head, the latest records, the audit trail, one entry.

use super::*;

pub(super) struct LogRow {
    index: i64,
    href: String,
    action: String,
    record: String,
    version: i64,
    key_id: String,
    at: String,
}

pub(super) fn action_label(ctx: &PageCtx, action: &str) -> String {
    let key = format!("action-{}", action.replace('.', "-"));
    match ctx.t(&key) {
        t if t == key => action.to_owned(),
        t => t,
    }
}

pub(super) fn log_row(ctx: &PageCtx, e: &accord_core::LogEntry) -> LogRow {
    let envelope = accord_ledger::Envelope::from_bytes(&e.envelope).ok();
    let name = envelope.as_ref().and_then(|x| {
        x.payload.get("name").or_else(|| x.payload.get("display_name")).and_then(|v| v.as_str()).map(str::to_owned)
    });
    LogRow {
        index: e.seq,
        href: ctx.href(&format!("/transparency/log/{}", e.seq)),
        action: envelope.as_ref().map(|x| action_label(ctx, &x.action)).unwrap_or_default(),
        record: name.unwrap_or_else(|| format!("{} {}", e.kind, e.record_id.chars().take(8).collect::<String>())),
        version: e.version,
        key_id: e.key_id.clone(),
        at: datetime(&e.created_at),
    }
}

#[derive(Template)]
#[template(path = "transparency.html")]
pub(super) struct TransparencyPage {
    page: PageCtx,
    origin: String,
    tree_size: i64,
    root_hash: String,
    checkpoint: String,
    verify_command: String,
    recent: Vec<LogRow>,
    signed_in: bool,
    events: Vec<EventRow>,
    next: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct CursorQuery {
    cursor: Option<String>,
}

pub(super) async fn transparency(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<CursorQuery>,
    headers: HeaderMap,
) -> Response {
    let checkpoint = match state.node.checkpoint().await {
        Ok(c) => c,
        Err(e) => return refused(page, e),
    };
    let tree_size = checkpoint.as_ref().map_or(0, |c| c.size);
    let recent = match state.node.log_entries((tree_size - 20).max(0), 20).await {
        Ok(list) => list,
        Err(e) => return refused(page, e),
    };
    let signed_in = authorize(page.principal(), Action::ViewCommunity).is_ok();
    let mut rows = Vec::new();
    let mut next = None;
    if signed_in {
        let events = match state.node.audit(page.principal(), None, &PageRequest { after: q.cursor, limit: 50 }).await {
            Ok(p) => p,
            Err(e) => return refused(page, e),
        };
        // Names for subjects and actors, so people read names rather than ids.
        let mut names = HashMap::new();
        if let Ok(orgs) = state.node.organisations(page.principal(), &PageRequest { after: None, limit: 200 }).await {
            for o in orgs.items {
                names.insert(o.id.to_string(), o.name);
            }
        }
        for e in &events.items {
            if let Some(u) = e.actor_user
                && let std::collections::hash_map::Entry::Vacant(slot) = names.entry(u.to_string())
                && let Ok(Some(user)) = state.node.store().user(u).await
            {
                slot.insert(user.display_name);
            }
        }
        rows = events.items.iter().map(|e| event_row(&page.ctx, e, &names)).collect();
        next = events.next;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1:8080");
    let ctx = page.ctx;
    let recent_rows = recent.iter().rev().map(|e| log_row(&ctx, e)).collect();
    render(
        StatusCode::OK,
        &TransparencyPage {
            origin: state.node.origin().to_owned(),
            tree_size,
            root_hash: checkpoint
                .as_ref()
                .map(|c| base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &c.root))
                .unwrap_or_default(),
            checkpoint: checkpoint.map(|c| c.note).unwrap_or_default(),
            verify_command: format!("accord verify http://{host}"),
            recent: recent_rows,
            signed_in,
            events: rows,
            next,
            page: ctx,
        },
    )
}

#[derive(Template)]
#[template(path = "log_entry.html")]
pub(super) struct LogEntryPage {
    page: PageCtx,
    index: i64,
    action: String,
    envelope_pretty: String,
    envelope_b64: String,
    signature_b64: String,
    key_id: String,
    key_owner: String,
    public_key_b64: String,
    leaf_hash_b64: String,
    tree_size: i64,
    root_b64: String,
    proof: Vec<String>,
    valid: bool,
    problem: String,
}

pub(super) async fn log_entry(
    State(state): State<AppState>,
    page: Page,
    Path((_, index)): Path<(String, String)>,
) -> Response {
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let Ok(index) = index.parse::<i64>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let entry = match state.node.log_entries(index, 1).await {
        Ok(list) => list.into_iter().next().filter(|e| e.seq == index),
        Err(e) => return refused(page, e),
    };
    let Some(entry) = entry else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let checkpoint = match state.node.checkpoint().await {
        Ok(Some(c)) => c,
        Ok(None) => return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None),
        Err(e) => return refused(page, e),
    };
    let size = checkpoint.size.max(index + 1);
    let proof = match state.node.inclusion_proof(index as u64, size as u64).await {
        Ok(p) => p,
        Err(e) => return refused(page, e),
    };
    let root = match state.node.root(size as u64).await {
        Ok(r) => r,
        Err(e) => return refused(page, e),
    };
    let check = match state.node.verify_record(&entry.envelope, &entry.signature, &entry.key_id).await {
        Ok(c) => c,
        Err(e) => return refused(page, e),
    };
    let keys = state.node.keys().await.unwrap_or_default();
    let key = keys.iter().find(|k| k.key_id == entry.key_id);
    let ctx = page.ctx;
    let key_owner = match key.and_then(|k| k.owner_id.clone()) {
        Some(org) => {
            let name = match org.parse::<OrgId>() {
                Ok(id) => {
                    state.node.organisation(&accord_core::Principal::Anonymous, id).await.map(|o| o.name).unwrap_or(org)
                }
                Err(_) => org,
            };
            ctx.t1("key-owner-organisation", "name", &name)
        }
        None => ctx.t("key-owner-node"),
    };
    let envelope = accord_ledger::Envelope::from_bytes(&entry.envelope).ok();
    let envelope_pretty = serde_json::from_slice::<serde_json::Value>(&entry.envelope)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| String::from_utf8_lossy(&entry.envelope).into_owned());
    render(
        StatusCode::OK,
        &LogEntryPage {
            index,
            action: envelope.as_ref().map(|e| action_label(&ctx, &e.action)).unwrap_or_default(),
            envelope_pretty,
            envelope_b64: b64(&entry.envelope),
            signature_b64: b64(&entry.signature),
            key_id: entry.key_id.clone(),
            key_owner,
            public_key_b64: key.map(|k| b64(&k.public_key)).unwrap_or_default(),
            leaf_hash_b64: b64(&entry.leaf_hash),
            tree_size: size,
            root_b64: b64(&root),
            proof: proof.iter().map(|h| b64(h)).collect(),
            valid: check.valid,
            problem: check.problem.unwrap_or_default(),
            page: ctx,
        },
    )
}
