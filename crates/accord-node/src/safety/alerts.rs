//! Alerts: saved searches with an Atom feed each, and webhooks with HMAC-signed deliveries.
//!
//! A saved search keeps the search's parameters and the search itself. Its feed is a
//! capability URL (`/feeds/<token>.atom`, for readers that cannot send headers): the token is
//! shown once and stored as SHA-256, and the feed is always run as its user's *current*
//! principal, so a change of role or organisation changes the feed at once.
//!
//! Webhooks are served from an outbox. After a safety write, [`Node::enqueue_alerts`] queues
//! one delivery per webhook whose owner may see the record now, whose events include what
//! happened and, when the webhook filters on a saved search, whose search finds the record (for
//! that owner). When a delivery is due, [`Node::claim_webhook_deliveries`] decides visibility
//! again — a marking made stricter meanwhile withholds it — and signs the event; the server
//! sends it and reports back with [`Node::finish_webhook_delivery`], which schedules the retry.
//! Delivery rows are bookkeeping, not changes of state (ARCHITECTURE.md, invariant 1).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use accord_core::command::{NewSavedSearch, NewWebhook};
use accord_core::validate::{Invalid, Problem, required_text};
use accord_core::{Action, Command, OrgId, Principal, Scope, UserId, authorize};
use accord_safety::access::Viewer;
use accord_safety::feed::{FeedEntry, FeedMeta, urn_uuid};
use accord_safety::marking::Tlp;
use accord_safety::webhook::{self, EventData, EventKind, WebhookEvent};
use accord_search::{SearchIndex, SearchQuery, SearchSort};
use accord_store::{Delivery, DeliveryUpdate, NewDelivery, SavedSearch, StoredSafety, Webhook};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

use super::index::documents;
use super::visible;
use crate::{Node, NodeError, Result, secret};

/// Saved searches one user may keep.
pub const MAX_SAVED_SEARCHES: usize = 100;
/// Webhooks one user may keep (each costs work on every change).
pub const MAX_WEBHOOKS: usize = 20;
/// Entries in a feed.
pub const FEED_ENTRIES: usize = 50;
/// Feed tokens start with this, so a leaked one is recognisable.
pub const FEED_TOKEN_PREFIX: &str = "feed_";
/// Webhook secrets start with this.
pub const WEBHOOK_SECRET_PREFIX: &str = "whsec_";
/// How long a claimed delivery is kept from other workers (longer than the send timeout).
const LEASE: std::time::Duration = std::time::Duration::from_secs(60);
/// Longest webhook URL accepted.
const URL_MAX: usize = 2000;

/// Something a webhook may hear of: an event about one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Change {
    record: &'static str,
    key: String,
    event: EventKind,
}

impl Change {
    /// The event a new version of a record announces, from what happened (the revision's
    /// action); `None` for submissions, triage and rejections, which no subscriber hears of.
    pub(crate) fn of(record: &'static str, key: &str, action: &str, first: bool) -> Option<Change> {
        let event = match (record, action) {
            (_, "incident.mark" | "report.mark") => EventKind::MarkingChanged,
            ("incident", "incident.publish") => EventKind::IncidentPublished,
            ("report", "report.publish") => EventKind::ReportPublished,
            ("incident", "incident.import") if first => EventKind::IncidentPublished,
            ("incident", "incident.import") => EventKind::IncidentUpdated,
            ("report", "report.import") if first => EventKind::ReportPublished,
            _ => return None,
        };
        Some(Change { record, key: key.to_owned(), event })
    }

    /// An incident that changed otherwise (a duplicate was merged into it).
    pub(crate) fn updated(key: &str) -> Change {
        Change { record: "incident", key: key.to_owned(), event: EventKind::IncidentUpdated }
    }

    /// The changes a batch of commands makes (an import).
    pub(crate) fn of_commands(commands: &[Command]) -> Vec<Change> {
        commands
            .iter()
            .filter_map(|c| match c {
                Command::PutSafetyRecord(r) => Change::of(r.record, &r.key, r.action, r.first),
                Command::MergeIncidents { canonical, .. } => Some(Change::updated(canonical)),
                _ => None,
            })
            .collect()
    }
}

fn event_of(name: &str) -> Option<EventKind> {
    EventKind::ALL.into_iter().find(|e| e.as_str() == name)
}

/// A new webhook as asked for.
#[derive(Clone, Debug, Default)]
pub struct WebhookInput {
    pub url: String,
    /// The id of one of the caller's saved searches.
    pub saved_search: Option<String>,
    /// Event names; empty means all.
    pub events: Vec<String>,
}

/// One delivery ready to send: where, the exact body, and its signature header value.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub id: Uuid,
    pub url: String,
    pub event: &'static str,
    pub body: Vec<u8>,
    /// The value of the `Accord-Signature` header.
    pub signature: String,
    /// Attempts made before this one.
    pub attempts: i64,
}

/// What happened when a delivery was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    /// The receiver answered with this HTTP status.
    Status(u16),
    /// No answer: connection refused, timeout, TLS…
    Error(String),
}

/// The user and organisation a principal acts for; alerts belong to user accounts.
fn member(p: &Principal) -> Result<(UserId, OrgId)> {
    match p {
        Principal::User { user_id, org_id, .. } => Ok((*user_id, *org_id)),
        _ => Err(NodeError::BadRequest("saved searches and webhooks belong to a member's user account".into())),
    }
}

/// The stored search of a saved search.
fn search_of(saved: &SavedSearch) -> Result<SearchQuery> {
    serde_json::from_value(saved.search.clone())
        .map_err(|e| NodeError::Internal(format!("saved search {} has a bad search: {e}", saved.id)))
}

/// Checks a webhook URL: `http` or `https`, a host, no user name or password.
pub fn valid_webhook_url(text: &str) -> Result<String, Invalid> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Invalid::new("url", Problem::Missing));
    }
    if text.chars().count() > URL_MAX {
        return Err(Invalid::new("url", Problem::TooLong { max: URL_MAX }));
    }
    let url = url::Url::parse(text)
        .map_err(|_| Invalid::new("url", Problem::Malformed { expected: "an absolute http or https URL" }))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Invalid::new("url", Problem::NotAllowed { allowed: vec!["http", "https"] }));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Invalid::new("url", Problem::Malformed { expected: "a URL without a user name or password" }));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Invalid::new("url", Problem::Malformed { expected: "a URL with a host" }));
    }
    Ok(url.to_string())
}

/// Event names as given, checked and in the canonical order; none means all.
fn valid_events(names: &[String]) -> Result<Vec<EventKind>, Invalid> {
    let mut chosen = BTreeSet::new();
    for (i, name) in names.iter().enumerate() {
        let position = EventKind::ALL.iter().position(|e| e.as_str() == name.trim()).ok_or_else(|| {
            Invalid::new(
                format!("events[{i}]"),
                Problem::NotAllowed { allowed: EventKind::ALL.iter().map(|e| e.as_str()).collect() },
            )
        })?;
        chosen.insert(position);
    }
    if chosen.is_empty() {
        return Ok(EventKind::ALL.to_vec());
    }
    Ok(chosen.into_iter().map(|i| EventKind::ALL[i]).collect())
}

/// Text of a highlighted snippet: `<mark>` tags removed, the index's escapes undone (the feed
/// writer escapes again).
fn plain(html: &str) -> String {
    html.replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn stamp(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// The web page of the incident a record belongs to.
fn record_url(base: &str, s: &StoredSafety) -> String {
    let incident = s.incident.as_deref().unwrap_or(&s.key);
    format!("{}/en/safety/incidents/{incident}", base.trim_end_matches('/'))
}

impl Node {
    /// The viewer a user is now (role and organisation as stored now), reading only; `None`
    /// if the account is gone.
    async fn viewer_of_user(&self, user: UserId) -> Result<Option<Viewer>> {
        let Some(u) = self.store.user(user).await? else { return Ok(None) };
        let p =
            Principal::User { user_id: u.id, org_id: u.organisation, role: u.role, scopes: Some(vec![Scope::Read]) };
        Ok(Some(self.viewer(&p).await?))
    }

    // ---- saved searches ------------------------------------------------------------------

    /// Saves a search for the caller. `pairs` are the parameters as given, `query` the search
    /// they make (parsed by the caller). Returns the saved search and its feed token, which is
    /// never shown again.
    pub async fn create_saved_search(
        &self,
        p: &Principal,
        name: &str,
        pairs: Vec<(String, String)>,
        query: SearchQuery,
    ) -> Result<(SavedSearch, String)> {
        authorize(p, Action::ViewCommunity)?;
        let (user, organisation) = member(p)?;
        let name = required_text("name", name, 120)?;
        if pairs.len() > 50 {
            return Err(Invalid::new("query", Problem::Malformed { expected: "at most 50 parameters" }).into());
        }
        if self.store.saved_searches(user).await?.len() >= MAX_SAVED_SEARCHES {
            return Err(Invalid::new(
                "name",
                Problem::Malformed { expected: "a new search once you have fewer than 100 saved searches" },
            )
            .into());
        }
        let search = serde_json::to_value(&query).map_err(|e| NodeError::Internal(e.to_string()))?;
        let token = format!("{FEED_TOKEN_PREFIX}{}", secret::random_secret());
        let id = Uuid::now_v7();
        let command = Command::CreateSavedSearch(Box::new(NewSavedSearch {
            id,
            user,
            organisation,
            name,
            pairs,
            search,
            feed_token_hash: secret::secret_hash(&token),
        }));
        self.write(p, command).await?;
        let saved =
            self.store.saved_search(id).await?.ok_or_else(|| NodeError::Internal("saved search vanished".into()))?;
        Ok((saved, token))
    }

    /// The caller's saved searches, oldest first.
    pub async fn saved_searches(&self, p: &Principal) -> Result<Vec<SavedSearch>> {
        authorize(p, Action::ViewCommunity)?;
        let (user, _) = member(p)?;
        Ok(self.store.saved_searches(user).await?)
    }

    /// Deletes one of the caller's saved searches; its feed answers 404 at once. Someone else's
    /// is "not found". One a webhook filters on is refused (409): delete the webhook first.
    pub async fn delete_saved_search(&self, p: &Principal, id: Uuid) -> Result<()> {
        authorize(p, Action::ViewCommunity)?;
        let (user, _) = member(p)?;
        let not_found = || NodeError::NotFound { kind: "saved search", id: id.to_string() };
        let saved = self.store.saved_search(id).await?.ok_or_else(not_found)?;
        if saved.user != user {
            return Err(not_found());
        }
        self.write(p, Command::DeleteSavedSearch { id, user }).await?;
        Ok(())
    }

    /// The feed of the saved search behind `feed_token`: its newest hits as its user may see
    /// them now. `base_url` makes the links absolute (no trailing slash).
    pub async fn saved_search_feed(&self, feed_token: &str, base_url: &str) -> Result<(FeedMeta, Vec<FeedEntry>)> {
        let not_found = || NodeError::NotFound { kind: "feed", id: String::new() };
        if !feed_token.starts_with(FEED_TOKEN_PREFIX) {
            return Err(not_found());
        }
        let saved = self.store.saved_search_by_feed(&secret::secret_hash(feed_token)).await?.ok_or_else(not_found)?;
        let viewer = self.viewer_of_user(saved.user).await?.ok_or_else(not_found)?;
        let mut query = search_of(&saved)?;
        query.sort = SearchSort::DateDesc;
        query.limit = FEED_ENTRIES;
        query.offset = 0;
        query.facets = Vec::new();
        let results = self.search_incidents(&viewer, query).await?;
        let namespace = self.stix_producer().namespace;
        let base = base_url.trim_end_matches('/');
        let mut entries = Vec::with_capacity(results.hits.len());
        for hit in results.hits {
            let Some((record, key)) = hit.id.split_once(':') else { continue };
            let Some(stored) = self.store.safety_record(record, key).await? else { continue };
            // The index filtered by access already; the one decision is asked again per entry.
            if !visible(&viewer, &stored) {
                continue;
            }
            let Ok(tlp) = Tlp::parse("tlp", &stored.tlp) else { continue };
            let source = stored.record_json.get("source").and_then(|s| s.as_str()).unwrap_or("accord").to_owned();
            let author = self.org_name(stored.owner).await?.unwrap_or(source);
            let lang = stored.record_json.get("lang").and_then(|l| l.as_str()).map(str::to_owned);
            entries.push(FeedEntry {
                id: urn_uuid(namespace, &format!("{}:{}", stored.record, stored.key)),
                title: stored.title.clone(),
                summary: plain(&hit.snippet_html),
                url: record_url(base, &stored),
                updated: stamp(&stored.updated_at).unwrap_or(saved.created_at),
                published: stamp(&stored.created_at),
                tlp,
                author,
                lang,
            });
        }
        let query_string = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&saved.pairs).finish();
        let meta = FeedMeta {
            id: urn_uuid(namespace, &format!("saved-search:{}", saved.id)),
            title: format!("{} — {}", self.config.node.name, saved.name),
            self_url: format!("{base}/feeds/{feed_token}.atom"),
            html_url: format!("{base}/en/safety?{query_string}"),
            updated: entries.iter().map(|e| e.updated).max().unwrap_or(saved.created_at),
            author: self.config.node.name.clone(),
            lang: None,
        };
        Ok((meta, entries))
    }

    // ---- webhooks ------------------------------------------------------------------------

    /// Subscribes a URL to signed deliveries. Returns the webhook and its signing secret, which
    /// is never shown again.
    pub async fn create_webhook(&self, p: &Principal, input: &WebhookInput) -> Result<(Webhook, String)> {
        authorize(p, Action::Participate)?;
        let (user, organisation) = member(p)?;
        let url = valid_webhook_url(&input.url)?;
        let events = valid_events(&input.events)?;
        let unknown_search =
            || Invalid::new("saved_search", Problem::Malformed { expected: "the id of one of your saved searches" });
        let saved_search = match input.saved_search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(text) => {
                let id = Uuid::parse_str(text).map_err(|_| unknown_search())?;
                match self.store.saved_search(id).await? {
                    Some(s) if s.user == user => Some(id),
                    _ => return Err(unknown_search().into()),
                }
            }
        };
        if self.store.webhooks(Some(user)).await?.len() >= MAX_WEBHOOKS {
            return Err(Invalid::new(
                "url",
                Problem::Malformed { expected: "a new webhook once you have fewer than 20 webhooks" },
            )
            .into());
        }
        let secret = format!("{WEBHOOK_SECRET_PREFIX}{}", secret::random_secret());
        let id = Uuid::now_v7();
        let command = Command::CreateWebhook(Box::new(NewWebhook {
            id,
            user,
            organisation,
            url,
            saved_search,
            events: events.iter().map(|e| e.as_str().to_owned()).collect(),
            secret: secret.clone(),
        }));
        self.write(p, command).await?;
        let hook = self.store.webhook(id).await?.ok_or_else(|| NodeError::Internal("webhook vanished".into()))?;
        Ok((hook, secret))
    }

    /// The caller's webhooks, oldest first (callers never show `secret`).
    pub async fn webhooks(&self, p: &Principal) -> Result<Vec<Webhook>> {
        authorize(p, Action::ViewCommunity)?;
        let (user, _) = member(p)?;
        Ok(self.store.webhooks(Some(user)).await?)
    }

    /// One of the caller's webhooks; someone else's is "not found".
    async fn own_webhook(&self, p: &Principal, id: Uuid) -> Result<Webhook> {
        let (user, _) = member(p)?;
        let not_found = || NodeError::NotFound { kind: "webhook", id: id.to_string() };
        let hook = self.store.webhook(id).await?.ok_or_else(not_found)?;
        if hook.user != user {
            return Err(not_found());
        }
        Ok(hook)
    }

    /// Deletes one of the caller's webhooks; its pending deliveries are cancelled.
    pub async fn delete_webhook(&self, p: &Principal, id: Uuid) -> Result<()> {
        authorize(p, Action::Participate)?;
        let hook = self.own_webhook(p, id).await?;
        self.write(p, Command::DeleteWebhook { id, user: hook.user }).await?;
        Ok(())
    }

    /// A webhook's deliveries, newest first.
    pub async fn webhook_deliveries(&self, p: &Principal, id: Uuid, limit: u32) -> Result<Vec<Delivery>> {
        authorize(p, Action::ViewCommunity)?;
        self.own_webhook(p, id).await?;
        Ok(self.store.webhook_deliveries(id, limit.clamp(1, 200)).await?)
    }

    // ---- the outbox ----------------------------------------------------------------------

    /// Queues the deliveries `changes` call for. Called after a safety write has committed; a
    /// failure here is logged, not returned: the write stands, and its alerts are lost.
    pub(crate) async fn enqueue_alerts(&self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        if let Err(e) = self.try_enqueue_alerts(changes).await {
            tracing::warn!(error = %e, "could not queue webhook deliveries");
        }
    }

    async fn try_enqueue_alerts(&self, changes: Vec<Change>) -> Result<()> {
        let hooks = self.store.webhooks(None).await?;
        if hooks.is_empty() {
            return Ok(());
        }
        let mut unique: Vec<Change> = Vec::with_capacity(changes.len());
        for c in changes {
            if !unique.contains(&c) {
                unique.push(c);
            }
        }
        // Only published records are announced.
        let mut records: Vec<(Change, StoredSafety)> = Vec::new();
        for c in unique {
            if let Some(s) = self.store.safety_record(c.record, &c.key).await?
                && s.status == "published"
            {
                records.push((c, s));
            }
        }
        if records.is_empty() {
            return Ok(());
        }
        let mut scratch: Option<Arc<SearchIndex>> = None;
        let mut viewers: HashMap<UserId, Option<Viewer>> = HashMap::new();
        let mut queued = Vec::new();
        for hook in hooks {
            let viewer = match viewers.get(&hook.user) {
                Some(v) => v.clone(),
                None => {
                    let v = self.viewer_of_user(hook.user).await?;
                    viewers.insert(hook.user, v.clone());
                    v
                }
            };
            let Some(viewer) = viewer else { continue };
            let events: Vec<EventKind> = hook.events.iter().filter_map(|e| event_of(e)).collect();
            let mut chosen: Vec<&(Change, StoredSafety)> =
                records.iter().filter(|(c, s)| events.contains(&c.event) && visible(&viewer, s)).collect();
            if chosen.is_empty() {
                continue;
            }
            if let Some(id) = hook.saved_search {
                let Some(saved) = self.store.saved_search(id).await? else { continue };
                let index = match &scratch {
                    Some(i) => i.clone(),
                    None => {
                        let i = self.scratch_index(&records).await?;
                        scratch = Some(i.clone());
                        i
                    }
                };
                let found = Self::found_in(index, search_of(&saved)?, &viewer, records.len()).await?;
                chosen.retain(|(_, s)| found.contains(&format!("{}:{}", s.record, s.key)));
            }
            for (c, s) in chosen {
                queued.push(NewDelivery {
                    id: Uuid::now_v7(),
                    webhook: hook.id,
                    event: c.event.as_str().to_owned(),
                    record: s.record,
                    key: s.key.clone(),
                });
            }
        }
        if !queued.is_empty() {
            tracing::debug!(deliveries = queued.len(), "queued webhook deliveries");
            self.store.enqueue_deliveries(&queued, Self::now()).await?;
        }
        Ok(())
    }

    /// An index in memory of just the changed records, built as the node's index builds its
    /// documents, so that "does this saved search find this record?" has the search's own
    /// answer without searching the whole corpus.
    async fn scratch_index(&self, records: &[(Change, StoredSafety)]) -> Result<Arc<SearchIndex>> {
        let duplicates = self.resolved_duplicates().await?;
        let mut docs = Vec::with_capacity(records.len());
        for (_, s) in records {
            let duplicate = s.record == "incident" && duplicates.contains_key(&s.key);
            docs.extend(documents(s, duplicate)?);
        }
        tokio::task::spawn_blocking(move || -> std::result::Result<SearchIndex, accord_search::SearchError> {
            let index =
                SearchIndex::in_memory_with(accord_search::IndexOptions { writer_memory_bytes: 0, threads: 1 })?;
            index.upsert(&docs)?;
            index.commit()?;
            Ok(index)
        })
        .await
        .map_err(|e| NodeError::Internal(e.to_string()))?
        .map(Arc::new)
        .map_err(|e| NodeError::Internal(format!("alert matching index: {e}")))
    }

    /// Ids (`incident:KEY`, `report:KEY`) of the documents of `index` that `query` finds for
    /// `viewer`.
    async fn found_in(
        index: Arc<SearchIndex>,
        mut query: SearchQuery,
        viewer: &Viewer,
        size: usize,
    ) -> Result<BTreeSet<String>> {
        query.access = viewer.tokens();
        query.limit = size.max(1);
        query.offset = 0;
        query.facets = Vec::new();
        let results = tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| NodeError::Internal(e.to_string()))?
            .map_err(|e| NodeError::Internal(format!("alert matching index: {e}")))?;
        Ok(results.hits.into_iter().map(|h| h.id).collect())
    }

    /// Takes up to `limit` due deliveries and prepares them: visibility is decided again now
    /// (a delivery whose record its subscriber may no longer see is `withheld`), the event is
    /// built from what the subscriber may see and signed with the webhook's secret. `base_url`
    /// makes the record links absolute.
    pub async fn claim_webhook_deliveries(&self, base_url: &str, limit: u32) -> Result<Vec<Outgoing>> {
        let now = Self::now();
        let due = self.store.claim_deliveries(now, now + LEASE, limit).await?;
        let mut out = Vec::with_capacity(due.len());
        for d in due {
            match self.prepare_delivery(&d, base_url, now).await {
                Ok(Some(o)) => out.push(o),
                Ok(None) => {}
                // The lease runs out and the delivery is taken again later.
                Err(e) => tracing::warn!(delivery = %d.id, error = %e, "could not prepare a webhook delivery"),
            }
        }
        Ok(out)
    }

    async fn settle(&self, d: &Delivery, status: &'static str, why: &str) -> Result<()> {
        let update = DeliveryUpdate {
            status,
            attempts: d.attempts,
            last_status: d.last_status,
            last_error: Some(why.to_owned()),
            next_attempt_at: None,
            delivered_at: None,
        };
        tracing::info!(delivery = %d.id, status, why, "webhook delivery not sent");
        Ok(self.store.update_delivery(d.id, &update, Self::now()).await?)
    }

    async fn prepare_delivery(&self, d: &Delivery, base_url: &str, now: OffsetDateTime) -> Result<Option<Outgoing>> {
        let Some(hook) = self.store.webhook(d.webhook).await? else {
            self.settle(d, "cancelled", "the webhook was deleted").await?;
            return Ok(None);
        };
        let Some(event) = event_of(&d.event) else {
            self.settle(d, "cancelled", "unknown event").await?;
            return Ok(None);
        };
        let record = if d.record == "report" { "report" } else { "incident" };
        let viewer = self.viewer_of_user(hook.user).await?;
        let stored = self.store.safety_record(record, &d.key).await?;
        let stored = match (viewer, stored) {
            (Some(v), Some(s)) if s.status == "published" && visible(&v, &s) => s,
            _ => {
                self.settle(d, "withheld", "the subscriber may no longer see the record").await?;
                return Ok(None);
            }
        };
        let tlp = Tlp::parse("tlp", &stored.tlp)
            .map_err(|_| NodeError::Internal(format!("stored {} {} has a bad tlp", stored.record, stored.key)))?;
        let message = WebhookEvent {
            id: d.id,
            event,
            created: d.created_at,
            data: EventData {
                key: stored.key.clone(),
                title: stored.title.clone(),
                url: record_url(base_url, &stored),
                tlp,
            },
        };
        let body = message.body();
        let signature = webhook::sign(hook.secret.as_bytes(), now.unix_timestamp(), &body);
        Ok(Some(Outgoing { id: d.id, url: hook.url, event: event.as_str(), body, signature, attempts: d.attempts }))
    }

    /// Records how a delivery went: a 2xx answer delivers it; anything else schedules the next
    /// attempt after `retry_delay(attempts)` (divided by `alerts.retry_divisor`), or marks it
    /// `failed` when the schedule is exhausted.
    pub async fn finish_webhook_delivery(&self, sent: &Outgoing, outcome: SendOutcome) -> Result<()> {
        let now = Self::now();
        let attempts = sent.attempts + 1;
        let update = match outcome {
            SendOutcome::Status(s) if (200..300).contains(&s) => DeliveryUpdate {
                status: "delivered",
                attempts,
                last_status: Some(i64::from(s)),
                last_error: None,
                next_attempt_at: None,
                delivered_at: Some(now),
            },
            failure => {
                let (last_status, error) = match failure {
                    SendOutcome::Status(s) => (Some(i64::from(s)), format!("HTTP {s}")),
                    SendOutcome::Error(e) => (None, e.chars().take(500).collect()),
                };
                let next = u32::try_from(attempts).ok().and_then(webhook::retry_delay);
                let divisor = self.config.alerts.retry_divisor.max(1);
                DeliveryUpdate {
                    status: if next.is_some() { "pending" } else { "failed" },
                    attempts,
                    last_status,
                    last_error: Some(error),
                    next_attempt_at: next.map(|delay| now + delay / divisor),
                    delivered_at: None,
                }
            }
        };
        tracing::info!(delivery = %sent.id, status = update.status, attempts, "webhook delivery attempted");
        Ok(self.store.update_delivery(sent.id, &update, now).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_urls_are_http_or_https_without_credentials() {
        assert_eq!(valid_webhook_url(" http://127.0.0.1:9000/hook ").unwrap(), "http://127.0.0.1:9000/hook");
        assert!(valid_webhook_url("https://hooks.example.org/x?y=1").is_ok());
        for bad in ["ftp://example.org/", "file:///etc/passwd", "javascript:alert(1)", "gopher://x", "example.org/x"] {
            assert!(valid_webhook_url(bad).is_err(), "{bad}");
        }
        assert!(valid_webhook_url("https://user:pw@example.org/").is_err());
        assert!(valid_webhook_url("https://user@example.org/").is_err());
        assert_eq!(valid_webhook_url("").unwrap_err().problem, Problem::Missing);
    }

    #[test]
    fn events_are_checked_and_default_to_all() {
        assert_eq!(valid_events(&[]).unwrap(), EventKind::ALL.to_vec());
        let some = valid_events(&["marking.changed".into(), "incident.published".into(), "marking.changed".into()]);
        assert_eq!(some.unwrap(), vec![EventKind::IncidentPublished, EventKind::MarkingChanged]);
        assert_eq!(valid_events(&["incident.deleted".into()]).unwrap_err().field, "events[0]");
    }

    #[test]
    fn only_publications_markings_and_revisions_are_announced() {
        let e = |r, a, f| Change::of(r, "K", a, f).map(|c| c.event);
        assert_eq!(e("incident", "incident.publish", false), Some(EventKind::IncidentPublished));
        assert_eq!(e("report", "report.publish", false), Some(EventKind::ReportPublished));
        assert_eq!(e("report", "report.mark", false), Some(EventKind::MarkingChanged));
        assert_eq!(e("incident", "incident.import", true), Some(EventKind::IncidentPublished));
        assert_eq!(e("incident", "incident.import", false), Some(EventKind::IncidentUpdated));
        assert_eq!(e("incident", "incident.submit", true), None);
        assert_eq!(e("incident", "incident.review", false), None);
    }

    #[test]
    fn snippets_lose_their_marks_and_escapes() {
        assert_eq!(plain("a <mark>b</mark> &amp; &lt;c&gt; &#39;d&#39;"), "a b & <c> 'd'");
    }
}
