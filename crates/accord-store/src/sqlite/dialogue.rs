//! Dialogue SQL: conversations, statements, participants, vote events with the latest-vote
//! table, and analysis results (`migrations/sqlite/0007_dialogue.sql`).
//!
//! The `apply_*` functions are the commands' changes, run inside the write path's transaction;
//! the reads implement [`DialogueStore`]. Vote batches use multi-row statements: an import of a
//! Polis conversation writes ~100,000 events in one transaction, where per-row statements
//! would dominate.

use async_trait::async_trait;
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite};

use accord_core::dialogue::{
    Conversation, ConversationId, ConversationRevision, ConversationSource, ConversationState, ConversationSummary,
    LinkedQuestion, Moderation, NewConversation, NewParticipant, NewStatement, Participation, ResultVersion, Statement,
    StatementModeration, StatementView, StoredResult, VoteBatch, VoteCounts, VoteEvent,
};
use accord_core::{OrgId, UserId};

use super::{SqliteStore, page_limit, paginate, req_ts, ts};
use crate::dialogue::{AnalysisNeed, ConversationScope, DialogueStore};
use crate::{Page, PageRequest, StoreError};

/// Rows per multi-row INSERT: 6 values a row stays far below SQLite's 32,766 bound values.
const ROWS: usize = 500;

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// A unique-key violation on a dialogue table becomes a conflict naming the field.
fn taken(field: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict { field },
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
            StoreError::NotFound { kind: "referenced record", id: String::new() }
        }
        _ => StoreError::Database(e),
    }
}

async fn insert_participants(
    conn: &mut sqlx::SqliteConnection,
    conversation: ConversationId,
    people: &[NewParticipant],
    now: &str,
) -> Result<(), StoreError> {
    let id = conversation.to_string();
    for chunk in people.chunks(ROWS) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO conversation_participants (conversation, pid, user_id, token_hash, created_at) ",
        );
        q.push_values(chunk, |mut b, p| {
            b.push_bind(id.clone())
                .push_bind(i64::from(p.pid))
                .push_bind(p.user.map(|u| u.to_string()))
                .push_bind(p.token_hash.clone())
                .push_bind(now.to_owned());
        });
        q.build().execute(&mut *conn).await.map_err(taken("participant"))?;
    }
    Ok(())
}

fn languages_text(languages: &[String]) -> String {
    languages.join(" ")
}

/// Creates or updates a conversation and its invitations.
pub(super) async fn apply_put_conversation(
    conn: &mut sqlx::SqliteConnection,
    r: &ConversationRevision,
    now: &str,
) -> Result<(), StoreError> {
    let c = &r.content;
    let id = r.id.to_string();
    let question = c.question.as_ref();
    let source = c.source.as_ref();
    if r.first {
        sqlx::query(
            "INSERT INTO conversations (id, topic, description, question, question_url, languages, state, \
             participation, strict_moderation, source, attribution, organisation, created_by, version, created_at, \
             updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14, ?14)",
        )
        .bind(&id)
        .bind(&c.topic)
        .bind(&c.description)
        .bind(question.map(|q| q.text.clone()))
        .bind(question.and_then(|q| q.url.clone()))
        .bind(languages_text(&c.languages))
        .bind(c.state.as_str())
        .bind(c.participation.as_str())
        .bind(i64::from(c.strict_moderation))
        .bind(source.map(|s| s.id.clone()))
        .bind(source.map(|s| s.attribution.clone()))
        .bind(r.organisation.map(|o| o.to_string()))
        .bind(r.created_by.map(|u| u.to_string()))
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(taken("conversation id"))?;
    } else {
        let done = sqlx::query(
            "UPDATE conversations SET topic = ?2, description = ?3, question = ?4, question_url = ?5, languages = ?6, \
             state = ?7, participation = ?8, strict_moderation = ?9, version = version + 1, updated_at = ?10 \
             WHERE id = ?1",
        )
        .bind(&id)
        .bind(&c.topic)
        .bind(&c.description)
        .bind(question.map(|q| q.text.clone()))
        .bind(question.and_then(|q| q.url.clone()))
        .bind(languages_text(&c.languages))
        .bind(c.state.as_str())
        .bind(c.participation.as_str())
        .bind(i64::from(c.strict_moderation))
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound { kind: "conversation", id });
        }
        sqlx::query("DELETE FROM conversation_invited WHERE conversation = ?").bind(&id).execute(&mut *conn).await?;
    }
    for org in &c.invited {
        sqlx::query("INSERT INTO conversation_invited (conversation, org_id) VALUES (?, ?)")
            .bind(&id)
            .bind(org.to_string())
            .execute(&mut *conn)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
                    StoreError::NotFound { kind: "organisation", id: org.to_string() }
                }
                _ => StoreError::Database(e),
            })?;
    }
    Ok(())
}

async fn require_conversation(conn: &mut sqlx::SqliteConnection, id: &str) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT 1 FROM conversations WHERE id = ?").bind(id).fetch_optional(&mut *conn).await?;
    match found {
        Some(_) => Ok(()),
        None => Err(StoreError::NotFound { kind: "conversation", id: id.to_owned() }),
    }
}

/// Adds a statement (and its author as a new participant, when they are new).
pub(super) async fn apply_add_statement(
    conn: &mut sqlx::SqliteConnection,
    s: &NewStatement,
    now: &str,
) -> Result<(), StoreError> {
    let id = s.conversation.to_string();
    require_conversation(conn, &id).await?;
    if let Some(p) = &s.joined {
        insert_participants(conn, s.conversation, std::slice::from_ref(p), now).await?;
    }
    sqlx::query(
        "INSERT INTO conversation_statements (conversation, seq, text, lang, author_pid, moderation, is_meta, \
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(i64::from(s.seq))
    .bind(&s.text)
    .bind(&s.lang)
    .bind(s.author.map(i64::from))
    .bind(s.moderation.as_str())
    .bind(i64::from(s.is_meta))
    .bind(ts(s.created_at))
    .execute(&mut *conn)
    .await
    .map_err(taken("statement seq"))?;
    Ok(())
}

pub(super) async fn apply_moderate(
    conn: &mut sqlx::SqliteConnection,
    m: &StatementModeration,
    now: &str,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE conversation_statements SET moderation = ?, is_meta = COALESCE(?, is_meta), moderated_at = ? \
         WHERE conversation = ? AND seq = ?",
    )
    .bind(m.moderation.as_str())
    .bind(m.is_meta.map(i64::from))
    .bind(now)
    .bind(m.conversation.to_string())
    .bind(i64::from(m.seq))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound { kind: "statement", id: format!("{}/{}", m.conversation, m.seq) });
    }
    Ok(())
}

/// Writes a vote batch: new participants, the events, the latest-vote upserts (a later vote, or
/// an equal time written later, replaces the earlier one), and the conversation's event count.
pub(super) async fn apply_cast_votes(
    conn: &mut sqlx::SqliteConnection,
    b: &VoteBatch,
    now: &str,
) -> Result<(), StoreError> {
    let id = b.conversation.to_string();
    let n = i64::try_from(b.votes.len()).map_err(|e| corrupt("vote count", e))?;
    let done = sqlx::query("UPDATE conversations SET vote_events = vote_events + ? WHERE id = ?")
        .bind(n)
        .bind(&id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound { kind: "conversation", id });
    }
    insert_participants(conn, b.conversation, &b.joined, now).await?;
    let unknown = |e: sqlx::Error| match &e {
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
            StoreError::NotFound { kind: "statement or participant", id: id.clone() }
        }
        _ => StoreError::Database(e),
    };
    for chunk in b.votes.chunks(ROWS) {
        let mut q =
            QueryBuilder::<Sqlite>::new("INSERT INTO conversation_vote_events (conversation, pid, tid, vote, at_ms) ");
        q.push_values(chunk, |mut row, v| {
            row.push_bind(id.clone())
                .push_bind(i64::from(v.pid))
                .push_bind(i64::from(v.tid))
                .push_bind(i64::from(v.vote))
                .push_bind(v.at_ms);
        });
        q.build().execute(&mut *conn).await.map_err(unknown)?;

        let mut q =
            QueryBuilder::<Sqlite>::new("INSERT INTO conversation_votes (conversation, pid, tid, vote, at_ms) ");
        q.push_values(chunk, |mut row, v| {
            row.push_bind(id.clone())
                .push_bind(i64::from(v.pid))
                .push_bind(i64::from(v.tid))
                .push_bind(i64::from(v.vote))
                .push_bind(v.at_ms);
        });
        q.push(
            " ON CONFLICT (conversation, pid, tid) DO UPDATE SET vote = excluded.vote, at_ms = excluded.at_ms \
             WHERE excluded.at_ms >= conversation_votes.at_ms",
        );
        q.build().execute(&mut *conn).await.map_err(unknown)?;
    }
    Ok(())
}

/// Stores a result version; only the next version of the conversation is accepted.
pub(super) async fn apply_save_result(
    conn: &mut sqlx::SqliteConnection,
    r: &ResultVersion,
    now: &str,
) -> Result<(), StoreError> {
    let id = r.conversation.to_string();
    require_conversation(conn, &id).await?;
    let next: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) + 1 FROM conversation_results WHERE conversation = ?")
            .bind(&id)
            .fetch_one(&mut *conn)
            .await?;
    if next != i64::from(r.version) {
        return Err(StoreError::Conflict { field: "result version" });
    }
    let watermark = i64::try_from(r.votes_watermark).map_err(|e| corrupt("votes_watermark", e))?;
    sqlx::query(
        "INSERT INTO conversation_results (conversation, version, computed_at, votes_watermark, result_json, sha256) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(i64::from(r.version))
    .bind(now)
    .bind(watermark)
    .bind(r.result.to_string())
    .bind(&r.sha256)
    .execute(&mut *conn)
    .await
    .map_err(taken("result version"))?;
    Ok(())
}

// ---- reads ----------------------------------------------------------------------------------

const SUMMARY: &str = "SELECT c.*, \
     (SELECT group_concat(i.org_id, ' ') FROM conversation_invited i WHERE i.conversation = c.id) AS invited, \
     (SELECT COUNT(*) FROM conversation_statements s WHERE s.conversation = c.id) AS n_statements, \
     (SELECT COUNT(*) FROM conversation_participants p WHERE p.conversation = c.id) AS n_participants \
     FROM conversations c";

fn u32_of(row: &SqliteRow, column: &str) -> Result<u32, StoreError> {
    let v: i64 = row.try_get(column)?;
    u32::try_from(v).map_err(|e| corrupt(column, e))
}

fn u64_of(row: &SqliteRow, column: &str) -> Result<u64, StoreError> {
    let v: i64 = row.try_get(column)?;
    u64::try_from(v).map_err(|e| corrupt(column, e))
}

fn parse_word<T>(
    row: &SqliteRow,
    column: &str,
    parse: fn(&str, &str) -> Result<T, accord_core::Invalid>,
) -> Result<T, StoreError> {
    let text: String = row.try_get(column)?;
    parse(column, &text).map_err(|e| corrupt(column, e))
}

fn summary_from(row: &SqliteRow) -> Result<ConversationSummary, StoreError> {
    let uuid = |column: &str, text: &str| -> Result<uuid::Uuid, StoreError> {
        uuid::Uuid::parse_str(text).map_err(|e| corrupt(column, e))
    };
    let id: String = row.try_get("id")?;
    let languages: String = row.try_get("languages")?;
    let invited: Option<String> = row.try_get("invited")?;
    let mut invited = invited
        .unwrap_or_default()
        .split_whitespace()
        .map(|o| uuid("invited", o).map(OrgId))
        .collect::<Result<Vec<_>, _>>()?;
    invited.sort();
    let question: Option<String> = row.try_get("question")?;
    let source: Option<String> = row.try_get("source")?;
    let organisation: Option<String> = row.try_get("organisation")?;
    let strict: i64 = row.try_get("strict_moderation")?;
    let content = NewConversation {
        topic: row.try_get("topic")?,
        description: row.try_get("description")?,
        question: question
            .map(|text| -> Result<_, StoreError> { Ok(LinkedQuestion { text, url: row.try_get("question_url")? }) })
            .transpose()?,
        languages: languages.split_whitespace().map(str::to_owned).collect(),
        state: parse_word(row, "state", ConversationState::parse)?,
        participation: parse_word(row, "participation", Participation::parse)?,
        invited,
        strict_moderation: strict != 0,
        source: source
            .map(|id| -> Result<_, StoreError> {
                let attribution: Option<String> = row.try_get("attribution")?;
                Ok(ConversationSource { id, attribution: attribution.unwrap_or_default() })
            })
            .transpose()?,
    };
    Ok(ConversationSummary {
        conversation: Conversation {
            id: ConversationId(uuid("id", &id)?),
            content,
            organisation: organisation.map(|o| uuid("organisation", &o).map(OrgId)).transpose()?,
            version: row.try_get("version")?,
            created_at: req_ts(row, "created_at")?,
            updated_at: req_ts(row, "updated_at")?,
        },
        statements: u64_of(row, "n_statements")?,
        participants: u64_of(row, "n_participants")?,
        votes: u64_of(row, "vote_events")?,
    })
}

fn statement_from(row: &SqliteRow) -> Result<Statement, StoreError> {
    let author: Option<i64> = row.try_get("author_pid")?;
    let is_meta: i64 = row.try_get("is_meta")?;
    Ok(Statement {
        seq: u32_of(row, "seq")?,
        text: row.try_get("text")?,
        lang: row.try_get("lang")?,
        author: author.map(|a| u32::try_from(a).map_err(|e| corrupt("author_pid", e))).transpose()?,
        moderation: parse_word(row, "moderation", Moderation::parse)?,
        is_meta: is_meta != 0,
        created_at: req_ts(row, "created_at")?,
    })
}

fn result_from(row: &SqliteRow) -> Result<StoredResult, StoreError> {
    let id: String = row.try_get("conversation")?;
    let json: String = row.try_get("result_json")?;
    Ok(StoredResult {
        conversation: ConversationId(uuid::Uuid::parse_str(&id).map_err(|e| corrupt("conversation", e))?),
        version: u32_of(row, "version")?,
        computed_at: req_ts(row, "computed_at")?,
        votes_watermark: u64_of(row, "votes_watermark")?,
        result: serde_json::from_str(&json).map_err(|e| corrupt("result_json", e))?,
        sha256: row.try_get("sha256")?,
    })
}

fn vote_of(row: &SqliteRow) -> Result<i8, StoreError> {
    let v: i64 = row.try_get("vote")?;
    i8::try_from(v).map_err(|e| corrupt("vote", e))
}

#[async_trait]
impl DialogueStore for SqliteStore {
    async fn conversation(&self, id: ConversationId) -> Result<Option<ConversationSummary>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SUMMARY} WHERE c.id = ?")))
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(summary_from).transpose()
    }

    async fn conversations(
        &self,
        scope: ConversationScope,
        page: &PageRequest,
    ) -> Result<Page<ConversationSummary>, StoreError> {
        let limit = page_limit(page);
        let (all, org) = match scope {
            ConversationScope::All => (true, None),
            ConversationScope::Public => (false, None),
            ConversationScope::MemberOf(org) => (false, Some(org.to_string())),
        };
        // The same rule as `accord_core::dialogue::may_read`, inside the query.
        let sql = format!(
            "{SUMMARY} WHERE (?1 = 1 OR c.participation = 'public' \
               OR (?2 IS NOT NULL AND (c.participation = 'members' OR (c.participation = 'invited' AND EXISTS \
                   (SELECT 1 FROM conversation_invited i WHERE i.conversation = c.id AND i.org_id = ?2))))) \
             AND c.id > ?3 ORDER BY c.id LIMIT ?4"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(i64::from(all))
            .bind(org)
            .bind(page.after.clone().unwrap_or_default())
            .bind(limit + 1)
            .fetch_all(&self.read)
            .await?;
        let items = rows.iter().map(summary_from).collect::<Result<Vec<_>, _>>()?;
        Ok(paginate(items, limit, |c| c.conversation.id.to_string()))
    }

    async fn statements(&self, id: ConversationId) -> Result<Vec<StatementView>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.*, COALESCE(v.agree, 0) AS agree, COALESCE(v.disagree, 0) AS disagree, \
                    COALESCE(v.pass, 0) AS pass \
             FROM conversation_statements s LEFT JOIN ( \
                 SELECT tid, SUM(vote = 1) AS agree, SUM(vote = -1) AS disagree, SUM(vote = 0) AS pass \
                 FROM conversation_votes WHERE conversation = ?1 GROUP BY tid) v ON v.tid = s.seq \
             WHERE s.conversation = ?1 ORDER BY s.seq",
        )
        .bind(id.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(StatementView {
                    statement: statement_from(row)?,
                    votes: VoteCounts {
                        agree: u64_of(row, "agree")?,
                        disagree: u64_of(row, "disagree")?,
                        pass: u64_of(row, "pass")?,
                    },
                })
            })
            .collect()
    }

    async fn statement(&self, id: ConversationId, seq: u32) -> Result<Option<Statement>, StoreError> {
        let row = sqlx::query("SELECT * FROM conversation_statements WHERE conversation = ? AND seq = ?")
            .bind(id.to_string())
            .bind(i64::from(seq))
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(statement_from).transpose()
    }

    async fn statement_flags(&self, id: ConversationId) -> Result<Vec<(u32, Moderation, bool)>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, moderation, is_meta FROM conversation_statements WHERE conversation = ? ORDER BY seq",
        )
        .bind(id.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let is_meta: i64 = r.try_get("is_meta")?;
                Ok((u32_of(r, "seq")?, parse_word(r, "moderation", Moderation::parse)?, is_meta != 0))
            })
            .collect()
    }

    async fn next_seqs(&self, id: ConversationId) -> Result<(u32, u32), StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COALESCE(MAX(seq) + 1, 0) FROM conversation_statements WHERE conversation = ?1) AS s, \
                    (SELECT COALESCE(MAX(pid) + 1, 0) FROM conversation_participants WHERE conversation = ?1) AS p",
        )
        .bind(id.to_string())
        .fetch_one(&self.read)
        .await?;
        Ok((u32_of(&row, "s")?, u32_of(&row, "p")?))
    }

    async fn participant_by_user(&self, id: ConversationId, user: UserId) -> Result<Option<u32>, StoreError> {
        let row = sqlx::query("SELECT pid FROM conversation_participants WHERE conversation = ? AND user_id = ?")
            .bind(id.to_string())
            .bind(user.to_string())
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| u32_of(r, "pid")).transpose()
    }

    async fn participant_by_token(&self, id: ConversationId, token_hash: &str) -> Result<Option<u32>, StoreError> {
        let row = sqlx::query("SELECT pid FROM conversation_participants WHERE conversation = ? AND token_hash = ?")
            .bind(id.to_string())
            .bind(token_hash)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(|r| u32_of(r, "pid")).transpose()
    }

    async fn participant_votes(&self, id: ConversationId, pid: u32) -> Result<Vec<(u32, i8)>, StoreError> {
        let rows =
            sqlx::query("SELECT tid, vote FROM conversation_votes WHERE conversation = ? AND pid = ? ORDER BY tid")
                .bind(id.to_string())
                .bind(i64::from(pid))
                .fetch_all(&self.read)
                .await?;
        rows.iter().map(|r| Ok((u32_of(r, "tid")?, vote_of(r)?))).collect()
    }

    async fn latest_result(&self, id: ConversationId) -> Result<Option<StoredResult>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM conversation_results WHERE conversation = ? ORDER BY version DESC LIMIT 1")
                .bind(id.to_string())
                .fetch_optional(&self.read)
                .await?;
        row.as_ref().map(result_from).transpose()
    }

    async fn result(&self, id: ConversationId, version: u32) -> Result<Option<StoredResult>, StoreError> {
        let row = sqlx::query("SELECT * FROM conversation_results WHERE conversation = ? AND version = ?")
            .bind(id.to_string())
            .bind(i64::from(version))
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(result_from).transpose()
    }

    async fn analysis_needs(&self) -> Result<Vec<AnalysisNeed>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id, c.vote_events, r.votes_watermark FROM conversations c \
             LEFT JOIN conversation_results r ON r.conversation = c.id \
                 AND r.version = (SELECT MAX(version) FROM conversation_results WHERE conversation = c.id) \
             WHERE c.vote_events > COALESCE(r.votes_watermark, 0) ORDER BY c.id",
        )
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let last: Option<i64> = row.try_get("votes_watermark")?;
                Ok(AnalysisNeed {
                    conversation: ConversationId(uuid::Uuid::parse_str(&id).map_err(|e| corrupt("id", e))?),
                    votes_watermark: u64_of(row, "vote_events")?,
                    last_result_watermark: last
                        .map(|l| u64::try_from(l).map_err(|e| corrupt("votes_watermark", e)))
                        .transpose()?,
                })
            })
            .collect()
    }

    async fn vote_events(&self, id: ConversationId) -> Result<Vec<VoteEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT pid, tid, vote, at_ms FROM conversation_vote_events WHERE conversation = ? ORDER BY at_ms, id",
        )
        .bind(id.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(VoteEvent {
                    pid: u32_of(r, "pid")?,
                    tid: u32_of(r, "tid")?,
                    vote: vote_of(r)?,
                    at_ms: r.try_get("at_ms")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn languages_round_trip_as_words() {
        let langs = vec!["en".to_owned(), "zh-Hant".to_owned()];
        let text = languages_text(&langs);
        assert_eq!(text.split_whitespace().map(str::to_owned).collect::<Vec<_>>(), langs);
    }
}
