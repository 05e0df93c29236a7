//! Applying one command's change to the tables, inside the caller's transaction (the audit
//! entry and the log record are written by `apply_one` / `apply_batch`).

use accord_core::Command;
use accord_core::command::{KeyOwner, NewToken, NewUser};

use super::{alerts, conflict, dialogue, registry, resolutions, safety, scopes_text, ts};
use crate::StoreError;

/// The domain effect of one command, without its audit and log rows.
pub(super) async fn apply_change(
    conn: &mut sqlx::SqliteConnection,
    command: &Command,
    now: &String,
) -> Result<(), StoreError> {
    match command {
        Command::CreateOrganisation { id, draft } => {
            sqlx::query(
                "INSERT INTO organisations (id, name, kind, country, website, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(id.to_string())
            .bind(&draft.name)
            .bind(draft.kind.as_str())
            .bind(&draft.country)
            .bind(&draft.website)
            .bind(now)
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::CreateUser(NewUser { id, organisation, email, display_name, role, password_hash }) => {
            let exists = sqlx::query("SELECT 1 FROM organisations WHERE id = ?")
                .bind(organisation.to_string())
                .fetch_optional(&mut *conn)
                .await?;
            if exists.is_none() {
                return Err(StoreError::NotFound { kind: "organisation", id: organisation.to_string() });
            }
            sqlx::query(
                "INSERT INTO users (id, organisation_id, email, display_name, role, password_hash, created_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(id.to_string())
            .bind(organisation.to_string())
            .bind(email)
            .bind(display_name)
            .bind(role.as_str())
            .bind(password_hash)
            .bind(now)
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::SetPassword { user, password_hash } => {
            let done = sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
                .bind(password_hash)
                .bind(user.to_string())
                .execute(&mut *conn)
                .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound { kind: "user", id: user.to_string() });
            }
        }
        Command::CreateToken(NewToken { id, user, name, scopes, expires_at, secret_hash, prefix }) => {
            sqlx::query(
                "INSERT INTO api_tokens (id, user_id, name, prefix, secret_hash, scopes, created_at, expires_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(id.to_string())
            .bind(user.to_string())
            .bind(name)
            .bind(prefix)
            .bind(secret_hash)
            .bind(scopes_text(scopes))
            .bind(now)
            .bind(expires_at.map(ts))
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::RevokeToken { id } => {
            let done = sqlx::query("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *conn)
                .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound { kind: "active token", id: id.to_string() });
            }
        }
        Command::OpenSession(s) => {
            sqlx::query(
                "INSERT INTO sessions (session_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&s.session_hash)
            .bind(s.user.to_string())
            .bind(&s.csrf_token)
            .bind(now)
            .bind(ts(s.expires_at))
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::CloseSession { session_hash, .. } => {
            sqlx::query("DELETE FROM sessions WHERE session_hash = ?").bind(session_hash).execute(&mut *conn).await?;
        }
        Command::RegisterKey(k) => {
            let (owner_kind, owner_id) = match k.owner {
                KeyOwner::Node => ("node", None),
                KeyOwner::Organisation(o) => ("organisation", Some(o.to_string())),
            };
            sqlx::query(
                "INSERT INTO signing_keys (key_id, owner_kind, owner_id, public_key, created_at) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&k.key_id)
            .bind(owner_kind)
            .bind(owner_id)
            .bind(k.public_key.to_vec())
            .bind(now)
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::SaveAssessment(a) => {
            sqlx::query(
                "INSERT INTO assessments (id, organisation_id, user_id, name, as_of, profile_json, corpus_digest, \
                 report_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(a.id.to_string())
            .bind(a.organisation.to_string())
            .bind(a.user.to_string())
            .bind(&a.name)
            .bind(&a.as_of)
            .bind(a.profile.to_string())
            .bind(&a.corpus_digest)
            .bind(a.report.to_string())
            .bind(now)
            .execute(&mut *conn)
            .await
            .map_err(conflict)?;
        }
        Command::PublishEntry(e) => registry::apply_publish(conn, e, now).await?,
        Command::PutSafetyRecord(r) => safety::apply_put(conn, r, now).await?,
        Command::MergeIncidents { duplicate, canonical, .. } => {
            safety::apply_merge(conn, duplicate, canonical, now).await?
        }
        Command::CreateSharingGroup(g) => safety::apply_create_group(conn, g, now).await?,
        Command::SetSharingGroupMembers { id, members } => safety::set_members(conn, *id, members).await?,
        // ---- alerts ----
        Command::CreateSavedSearch(s) => alerts::apply_create_saved_search(conn, s, now).await?,
        Command::DeleteSavedSearch { id, user } => alerts::apply_delete_saved_search(conn, *id, *user, now).await?,
        Command::CreateWebhook(w) => alerts::apply_create_webhook(conn, w, now).await?,
        Command::DeleteWebhook { id, user } => alerts::apply_delete_webhook(conn, *id, *user, now).await?,
        // ---- dialogue ----
        Command::PutConversation(c) => dialogue::apply_put_conversation(conn, c, now).await?,
        Command::AddStatement(st) => dialogue::apply_add_statement(conn, st, now).await?,
        Command::ModerateStatement(m) => dialogue::apply_moderate(conn, m, now).await?,
        Command::CastVotes(b) => dialogue::apply_cast_votes(conn, b, now).await?,
        Command::SaveConversationResult(r) => dialogue::apply_save_result(conn, r, now).await?,
        Command::Resolution(r) => resolutions::apply(conn, r, now).await?,
        Command::RetireKey { key_id } => {
            let done = sqlx::query(
                "UPDATE signing_keys SET retired_at = ?,                      retired_at_seq = (SELECT COALESCE(MAX(seq) + 1, 0) FROM log_entries)                      WHERE key_id = ? AND retired_at IS NULL",
            )
            .bind(now)
            .bind(key_id)
            .execute(&mut *conn)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound { kind: "active key", id: key_id.clone() });
            }
        }
    }

    Ok(())
}
