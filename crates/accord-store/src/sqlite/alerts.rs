//! Alerts' SQL: saved searches, webhooks (changed only by commands, in the caller's
//! transaction) and the webhook delivery outbox (bookkeeping, written directly).

use accord_core::UserId;
use accord_core::command::{NewSavedSearch, NewWebhook};
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite, SqlitePool};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{conflict, id_of, opt_ts, req_ts, ts};
use crate::{Delivery, DeliveryUpdate, NewDelivery, SavedSearch, StoreError, Webhook};

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

pub(super) async fn apply_create_saved_search(
    conn: &mut sqlx::SqliteConnection,
    s: &NewSavedSearch,
    now: &str,
) -> Result<(), StoreError> {
    let pairs = serde_json::to_string(&s.pairs).map_err(|e| corrupt("saved search parameters", e))?;
    sqlx::query(
        "INSERT INTO saved_searches (id, user_id, organisation_id, name, pairs_json, search_json, feed_token_hash, \
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(s.id.to_string())
    .bind(s.user.to_string())
    .bind(s.organisation.to_string())
    .bind(&s.name)
    .bind(pairs)
    .bind(s.search.to_string())
    .bind(&s.feed_token_hash)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    Ok(())
}

pub(super) async fn apply_delete_saved_search(
    conn: &mut sqlx::SqliteConnection,
    id: Uuid,
    user: UserId,
    now: &str,
) -> Result<(), StoreError> {
    // A webhook that filters on the search would otherwise lose its filter and widen.
    let used: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM webhooks WHERE saved_search = ? AND deleted_at IS NULL LIMIT 1")
            .bind(id.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    if used.is_some() {
        return Err(StoreError::Conflict { field: "saved_search" });
    }
    let done =
        sqlx::query("UPDATE saved_searches SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
            .bind(now)
            .bind(id.to_string())
            .bind(user.to_string())
            .execute(&mut *conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound { kind: "saved search", id: id.to_string() });
    }
    Ok(())
}

pub(super) async fn apply_create_webhook(
    conn: &mut sqlx::SqliteConnection,
    w: &NewWebhook,
    now: &str,
) -> Result<(), StoreError> {
    if let Some(s) = w.saved_search {
        let own: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM saved_searches WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
                .bind(s.to_string())
                .bind(w.user.to_string())
                .fetch_optional(&mut *conn)
                .await?;
        if own.is_none() {
            return Err(StoreError::NotFound { kind: "saved search", id: s.to_string() });
        }
    }
    sqlx::query(
        "INSERT INTO webhooks (id, user_id, organisation_id, url, saved_search, events, secret, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(w.id.to_string())
    .bind(w.user.to_string())
    .bind(w.organisation.to_string())
    .bind(&w.url)
    .bind(w.saved_search.map(|s| s.to_string()))
    .bind(w.events.join(" "))
    .bind(&w.secret)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    Ok(())
}

pub(super) async fn apply_delete_webhook(
    conn: &mut sqlx::SqliteConnection,
    id: Uuid,
    user: UserId,
    now: &str,
) -> Result<(), StoreError> {
    let done = sqlx::query("UPDATE webhooks SET deleted_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL")
        .bind(now)
        .bind(id.to_string())
        .bind(user.to_string())
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound { kind: "webhook", id: id.to_string() });
    }
    sqlx::query(
        "UPDATE webhook_deliveries SET status = 'cancelled', next_attempt_at = NULL, updated_at = ? \
         WHERE webhook_id = ? AND status = 'pending'",
    )
    .bind(now)
    .bind(id.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn saved_search_from(row: &SqliteRow) -> Result<SavedSearch, StoreError> {
    let pairs: String = row.try_get("pairs_json")?;
    let search: String = row.try_get("search_json")?;
    Ok(SavedSearch {
        id: id_of(row, "id")?,
        user: id_of(row, "user_id")?,
        organisation: id_of(row, "organisation_id")?,
        name: row.try_get("name")?,
        pairs: serde_json::from_str(&pairs).map_err(|e| corrupt("saved_searches.pairs_json", e))?,
        search: serde_json::from_str(&search).map_err(|e| corrupt("saved_searches.search_json", e))?,
        created_at: req_ts(row, "created_at")?,
    })
}

/// The saved-search columns, then `$tail` (a literal).
macro_rules! saved {
    ($tail:literal) => {
        concat!(
            "SELECT id, user_id, organisation_id, name, pairs_json, search_json, created_at FROM saved_searches",
            $tail
        )
    };
}

pub(super) async fn saved_search(pool: &SqlitePool, id: Uuid) -> Result<Option<SavedSearch>, StoreError> {
    let row =
        sqlx::query(saved!(" WHERE id = ? AND deleted_at IS NULL")).bind(id.to_string()).fetch_optional(pool).await?;
    row.as_ref().map(saved_search_from).transpose()
}

pub(super) async fn saved_search_by_feed(pool: &SqlitePool, hash: &str) -> Result<Option<SavedSearch>, StoreError> {
    let row = sqlx::query(saved!(" WHERE feed_token_hash = ? AND deleted_at IS NULL"))
        .bind(hash)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(saved_search_from).transpose()
}

pub(super) async fn saved_searches(pool: &SqlitePool, user: UserId) -> Result<Vec<SavedSearch>, StoreError> {
    let rows = sqlx::query(saved!(" WHERE user_id = ? AND deleted_at IS NULL ORDER BY id"))
        .bind(user.to_string())
        .fetch_all(pool)
        .await?;
    rows.iter().map(saved_search_from).collect()
}

fn webhook_from(row: &SqliteRow) -> Result<Webhook, StoreError> {
    let events: String = row.try_get("events")?;
    let saved: Option<String> = row.try_get("saved_search")?;
    Ok(Webhook {
        id: id_of(row, "id")?,
        user: id_of(row, "user_id")?,
        organisation: id_of(row, "organisation_id")?,
        url: row.try_get("url")?,
        saved_search: saved
            .map(|s| s.parse().map_err(|_| corrupt("webhooks.saved_search", "not a uuid")))
            .transpose()?,
        events: events.split_whitespace().map(str::to_owned).collect(),
        secret: row.try_get("secret")?,
        created_at: req_ts(row, "created_at")?,
    })
}

pub(super) async fn webhook(pool: &SqlitePool, id: Uuid) -> Result<Option<Webhook>, StoreError> {
    let row = sqlx::query("SELECT * FROM webhooks WHERE id = ? AND deleted_at IS NULL")
        .bind(id.to_string())
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(webhook_from).transpose()
}

pub(super) async fn webhooks(pool: &SqlitePool, user: Option<UserId>) -> Result<Vec<Webhook>, StoreError> {
    let rows =
        sqlx::query("SELECT * FROM webhooks WHERE deleted_at IS NULL AND (?1 IS NULL OR user_id = ?1) ORDER BY id")
            .bind(user.map(|u| u.to_string()))
            .fetch_all(pool)
            .await?;
    rows.iter().map(webhook_from).collect()
}

fn delivery_from(row: &SqliteRow) -> Result<Delivery, StoreError> {
    Ok(Delivery {
        id: id_of(row, "id")?,
        webhook: id_of(row, "webhook_id")?,
        event: row.try_get("event")?,
        record: row.try_get("record")?,
        key: row.try_get("record_key")?,
        status: row.try_get("status")?,
        attempts: row.try_get("attempts")?,
        last_status: row.try_get("last_status")?,
        last_error: row.try_get("last_error")?,
        created_at: req_ts(row, "created_at")?,
        next_attempt_at: opt_ts(row, "next_attempt_at")?,
        delivered_at: opt_ts(row, "delivered_at")?,
    })
}

pub(super) async fn deliveries(pool: &SqlitePool, webhook: Uuid, limit: u32) -> Result<Vec<Delivery>, StoreError> {
    let rows = sqlx::query("SELECT * FROM webhook_deliveries WHERE webhook_id = ? ORDER BY id DESC LIMIT ?")
        .bind(webhook.to_string())
        .bind(i64::from(limit.clamp(1, 1000)))
        .fetch_all(pool)
        .await?;
    rows.iter().map(delivery_from).collect()
}

/// Rows per multi-row INSERT (8 values each).
const ROWS_PER_INSERT: usize = 500;

pub(super) async fn enqueue(pool: &SqlitePool, items: &[NewDelivery], at: OffsetDateTime) -> Result<(), StoreError> {
    if items.is_empty() {
        return Ok(());
    }
    let now = ts(at);
    let mut tx = pool.begin().await?;
    for chunk in items.chunks(ROWS_PER_INSERT) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO webhook_deliveries (id, webhook_id, event, record, record_key, status, created_at, \
             updated_at, next_attempt_at) ",
        );
        q.push_values(chunk, |mut b, d| {
            b.push_bind(d.id.to_string())
                .push_bind(d.webhook.to_string())
                .push_bind(d.event.clone())
                .push_bind(d.record)
                .push_bind(d.key.clone())
                .push_bind("pending")
                .push_bind(now.clone())
                .push_bind(now.clone())
                .push_bind(now.clone());
        });
        q.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub(super) async fn claim(
    read: &SqlitePool,
    write: &SqlitePool,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
    limit: u32,
) -> Result<Vec<Delivery>, StoreError> {
    let now = ts(now);
    // Most polls find nothing: ask the read pool first, so they never take the write lock.
    let due: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? LIMIT 1",
    )
    .bind(&now)
    .fetch_optional(read)
    .await?;
    if due.is_none() {
        return Ok(Vec::new());
    }
    let rows = sqlx::query(
        "UPDATE webhook_deliveries SET next_attempt_at = ?1, updated_at = ?2 WHERE id IN \
         (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?2 \
          ORDER BY next_attempt_at, id LIMIT ?3) RETURNING *",
    )
    .bind(ts(lease_until))
    .bind(&now)
    .bind(i64::from(limit.max(1)))
    .fetch_all(write)
    .await?;
    let mut out = rows.iter().map(delivery_from).collect::<Result<Vec<_>, _>>()?;
    out.sort_by_key(|d| d.id);
    Ok(out)
}

pub(super) async fn update(
    pool: &SqlitePool,
    id: Uuid,
    u: &DeliveryUpdate,
    at: OffsetDateTime,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE webhook_deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?, \
         next_attempt_at = ?, delivered_at = ?, updated_at = ? WHERE id = ?",
    )
    .bind(u.status)
    .bind(u.attempts)
    .bind(u.last_status)
    .bind(&u.last_error)
    .bind(u.next_attempt_at.map(ts))
    .bind(u.delivered_at.map(ts))
    .bind(ts(at))
    .bind(id.to_string())
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound { kind: "delivery", id: id.to_string() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use accord_core::command::NewUser;
    use accord_core::member::OrganisationDraft;
    use accord_core::{Actor, Command, EventId, OrgId, OrgKind, Role};
    use time::macros::datetime;

    use super::*;
    use crate::Store;
    use crate::sqlite::{SqliteOptions, SqliteStore};

    async fn apply(store: &SqliteStore, c: Command) -> Result<(), StoreError> {
        let at = datetime!(2026-11-28 12:00 UTC);
        store.apply(&Actor::SYSTEM, EventId(Uuid::now_v7()), at, &c, None).await.map(|_| ())
    }

    #[tokio::test]
    async fn deliveries_are_claimed_once_per_lease_and_cancelled_with_their_webhook() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("a.sqlite"), &SqliteOptions::default()).await.unwrap();
        store.migrate().await.unwrap();
        let org = OrgId(Uuid::now_v7());
        let draft = OrganisationDraft::new("Alpha", OrgKind::Regulator, None, None).unwrap();
        apply(&store, Command::CreateOrganisation { id: org, draft }).await.unwrap();
        let user = UserId(Uuid::now_v7());
        let new_user = NewUser {
            id: user,
            organisation: org,
            email: "a@example.org".into(),
            display_name: "A".into(),
            role: Role::Member,
            password_hash: None,
        };
        apply(&store, Command::CreateUser(new_user)).await.unwrap();

        // A webhook may only filter on a saved search of its own user.
        let hook = |id, saved_search| {
            Command::CreateWebhook(Box::new(NewWebhook {
                id,
                user,
                organisation: org,
                url: "http://127.0.0.1:9/".into(),
                saved_search,
                events: vec!["incident.published".into()],
                secret: "whsec_x".into(),
            }))
        };
        let err = apply(&store, hook(Uuid::now_v7(), Some(Uuid::now_v7()))).await.unwrap_err();
        assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
        let id = Uuid::now_v7();
        apply(&store, hook(id, None)).await.unwrap();
        assert_eq!(store.webhook(id).await.unwrap().unwrap().events, ["incident.published"]);

        let t0 = datetime!(2026-11-28 12:00 UTC);
        let lease = time::Duration::seconds(60);
        let delivery = NewDelivery {
            id: Uuid::now_v7(),
            webhook: id,
            event: "incident.published".into(),
            record: "incident",
            key: "K-1".into(),
        };
        store.enqueue_deliveries(std::slice::from_ref(&delivery), t0).await.unwrap();
        // Not due before it was queued; due at once after.
        assert!(store.claim_deliveries(t0 - lease, t0, 10).await.unwrap().is_empty());
        let claimed = store.claim_deliveries(t0, t0 + lease, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!((claimed[0].key.as_str(), claimed[0].attempts), ("K-1", 0));
        // Leased: nobody takes it again until the lease ends.
        assert!(store.claim_deliveries(t0 + time::Duration::seconds(1), t0 + lease, 10).await.unwrap().is_empty());
        assert_eq!(store.claim_deliveries(t0 + lease, t0 + lease + lease, 10).await.unwrap().len(), 1);

        let update = DeliveryUpdate {
            status: "pending",
            attempts: 1,
            last_status: Some(500),
            last_error: Some("HTTP 500".into()),
            next_attempt_at: Some(t0 + lease * 3),
            delivered_at: None,
        };
        store.update_delivery(delivery.id, &update, t0 + lease).await.unwrap();
        let listed = store.webhook_deliveries(id, 10).await.unwrap();
        assert_eq!((listed[0].attempts, listed[0].last_status), (1, Some(500)));

        apply(&store, Command::DeleteWebhook { id, user }).await.unwrap();
        assert!(store.webhook(id).await.unwrap().is_none());
        assert_eq!(store.webhook_deliveries(id, 10).await.unwrap()[0].status, "cancelled");
        assert!(store.claim_deliveries(t0 + lease * 10, t0 + lease * 11, 10).await.unwrap().is_empty());
        // Deleting twice: it no longer exists.
        let err = apply(&store, Command::DeleteWebhook { id, user }).await.unwrap_err();
        assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    }
}
