//! Dialogue SQL: conversations, statements, participants, vote events with the latest-vote
//! table, and analysis results (`migrations/sqlite/0007_dialogue.sql`).
//!
//! The `apply_*` functions are the commands' changes, run inside the write path's transaction;
//! the reads implement [`DialogueStore`]. Vote batches use multi-row statements: an import of a
//! Polis conversation writes ~100,000 events in one transaction, where per-row statements
//! would dominate.

use async_trait::async_trait;
use sqlx::sqlite::{SqliteArguments, SqliteRow};
use sqlx::{QueryBuilder, Row, Sqlite};

use accord_core::dialogue::{
    Conversation, ConversationId, ConversationRevision, ConversationSource, ConversationState, ConversationSummary,
    LinkedQuestion, Moderation, NewConversation, NewParticipant, NewStatement, Participation, ResultVersion, Statement,
    StatementModeration, StatementView, StoredResult, VoteBatch, VoteCounts, VoteEvent,
};
use accord_core::{OrgId, UserId};

use super::{SqliteStore, id_of, page_limit, paginate, req_ts, ts};
use crate::dialogue::{AnalysisNeed, ConversationScope, DialogueStore, VoteCursor, VoteEventsAfter};
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

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, SqliteArguments>;

/// Binds the conversation's content columns shared by its INSERT and UPDATE, in order: topic,
/// description, question, question_url, languages, state, participation, strict_moderation.
fn bind_content<'q>(q: SqliteQuery<'q>, c: &NewConversation) -> SqliteQuery<'q> {
    let question = c.question.as_ref();
    q.bind(c.topic.clone())
        .bind(c.description.clone())
        .bind(question.map(|q| q.text.clone()))
        .bind(question.and_then(|q| q.url.clone()))
        .bind(languages_text(&c.languages))
        .bind(c.state.as_str())
        .bind(c.participation.as_str())
        .bind(i64::from(c.strict_moderation))
}

/// One multi-row INSERT of vote rows `(conversation, pid, tid, vote, at_ms)` into `table`.
fn vote_rows(table: &'static str, conversation: &str, votes: &[VoteEvent]) -> QueryBuilder<Sqlite> {
    let mut q = QueryBuilder::<Sqlite>::new(format!("INSERT INTO {table} (conversation, pid, tid, vote, at_ms) "));
    q.push_values(votes, |mut row, v| {
        row.push_bind(conversation.to_owned())
            .push_bind(i64::from(v.pid))
            .push_bind(i64::from(v.tid))
            .push_bind(i64::from(v.vote))
            .push_bind(v.at_ms);
    });
    q
}

/// Creates or updates a conversation and its invitations.
pub(super) async fn apply_put_conversation(
    conn: &mut sqlx::SqliteConnection,
    r: &ConversationRevision,
    now: &str,
) -> Result<(), StoreError> {
    let c = &r.content;
    let id = r.id.to_string();
    let source = c.source.as_ref();
    if r.first {
        let insert = sqlx::query(
            "INSERT INTO conversations (id, topic, description, question, question_url, languages, state, \
             participation, strict_moderation, source, attribution, organisation, created_by, version, created_at, \
             updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14, ?14)",
        );
        bind_content(insert.bind(&id), c)
            .bind(source.map(|s| s.id.clone()))
            .bind(source.map(|s| s.attribution.clone()))
            .bind(r.organisation.map(|o| o.to_string()))
            .bind(r.created_by.map(|u| u.to_string()))
            .bind(now)
            .execute(&mut *conn)
            .await
            .map_err(taken("conversation id"))?;
    } else {
        let update = sqlx::query(
            "UPDATE conversations SET topic = ?2, description = ?3, question = ?4, question_url = ?5, languages = ?6, \
             state = ?7, participation = ?8, strict_moderation = ?9, version = version + 1, updated_at = ?10 \
             WHERE id = ?1",
        );
        let done = bind_content(update.bind(&id), c).bind(now).execute(&mut *conn).await?;
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
        vote_rows("conversation_vote_events", &id, chunk).build().execute(&mut *conn).await.map_err(unknown)?;
        let mut q = vote_rows("conversation_votes", &id, chunk);
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

// One function per row shape; every read below maps its rows through these.

fn u32_of(row: &SqliteRow, column: &str) -> Result<u32, StoreError> {
    let v: i64 = row.try_get(column)?;
    u32::try_from(v).map_err(|e| corrupt(column, e))
}

fn u64_of(row: &SqliteRow, column: &str) -> Result<u64, StoreError> {
    let v: i64 = row.try_get(column)?;
    u64::try_from(v).map_err(|e| corrupt(column, e))
}

fn opt_u64_of(row: &SqliteRow, column: &str) -> Result<Option<u64>, StoreError> {
    let v: Option<i64> = row.try_get(column)?;
    v.map(|v| u64::try_from(v).map_err(|e| corrupt(column, e))).transpose()
}

fn bool_of(row: &SqliteRow, column: &str) -> Result<bool, StoreError> {
    let v: i64 = row.try_get(column)?;
    Ok(v != 0)
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
    let languages: String = row.try_get("languages")?;
    let invited: Option<String> = row.try_get("invited")?;
    let mut invited = invited
        .unwrap_or_default()
        .split_whitespace()
        .map(|o| o.parse::<OrgId>().map_err(|e| corrupt("invited", e)))
        .collect::<Result<Vec<_>, _>>()?;
    invited.sort();
    let question: Option<String> = row.try_get("question")?;
    let source: Option<String> = row.try_get("source")?;
    let organisation: Option<String> = row.try_get("organisation")?;
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
        strict_moderation: bool_of(row, "strict_moderation")?,
        source: source
            .map(|id| -> Result<_, StoreError> {
                let attribution: Option<String> = row.try_get("attribution")?;
                Ok(ConversationSource { id, attribution: attribution.unwrap_or_default() })
            })
            .transpose()?,
    };
    Ok(ConversationSummary {
        conversation: Conversation {
            id: id_of(row, "id")?,
            content,
            organisation: organisation
                .map(|o| o.parse::<OrgId>().map_err(|e| corrupt("organisation", e)))
                .transpose()?,
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
    Ok(Statement {
        seq: u32_of(row, "seq")?,
        text: row.try_get("text")?,
        lang: row.try_get("lang")?,
        author: author.map(|a| u32::try_from(a).map_err(|e| corrupt("author_pid", e))).transpose()?,
        moderation: parse_word(row, "moderation", Moderation::parse)?,
        is_meta: bool_of(row, "is_meta")?,
        created_at: req_ts(row, "created_at")?,
    })
}

/// A statement row with the `agree`, `disagree` and `pass` counts of the latest votes.
fn statement_view_from(row: &SqliteRow) -> Result<StatementView, StoreError> {
    Ok(StatementView {
        statement: statement_from(row)?,
        votes: VoteCounts {
            agree: u64_of(row, "agree")?,
            disagree: u64_of(row, "disagree")?,
            pass: u64_of(row, "pass")?,
        },
    })
}

/// `(seq, moderation, is_meta)`.
fn flags_from(row: &SqliteRow) -> Result<(u32, Moderation, bool), StoreError> {
    Ok((u32_of(row, "seq")?, parse_word(row, "moderation", Moderation::parse)?, bool_of(row, "is_meta")?))
}

fn result_from(row: &SqliteRow) -> Result<StoredResult, StoreError> {
    let json: String = row.try_get("result_json")?;
    Ok(StoredResult {
        conversation: id_of(row, "conversation")?,
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

/// `(tid, vote)`.
fn participant_vote_from(row: &SqliteRow) -> Result<(u32, i8), StoreError> {
    Ok((u32_of(row, "tid")?, vote_of(row)?))
}

fn vote_event_from(row: &SqliteRow) -> Result<VoteEvent, StoreError> {
    Ok(VoteEvent {
        pid: u32_of(row, "pid")?,
        tid: u32_of(row, "tid")?,
        vote: vote_of(row)?,
        at_ms: row.try_get("at_ms")?,
    })
}

fn need_from(row: &SqliteRow) -> Result<AnalysisNeed, StoreError> {
    Ok(AnalysisNeed {
        conversation: id_of(row, "id")?,
        votes_watermark: u64_of(row, "vote_events")?,
        last_result_watermark: opt_u64_of(row, "votes_watermark")?,
    })
}

fn pid_from(row: &SqliteRow) -> Result<u32, StoreError> {
    u32_of(row, "pid")
}

/// The vote events of a conversation in the analysis's order (time, then insertion).
const VOTE_EVENTS: &str = "SELECT id, pid, tid, vote, at_ms FROM conversation_vote_events WHERE conversation = ?1";

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
        rows.iter().map(statement_view_from).collect()
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
        rows.iter().map(flags_from).collect()
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
        row.as_ref().map(pid_from).transpose()
    }

    async fn participant_by_token(&self, id: ConversationId, token_hash: &str) -> Result<Option<u32>, StoreError> {
        let row = sqlx::query("SELECT pid FROM conversation_participants WHERE conversation = ? AND token_hash = ?")
            .bind(id.to_string())
            .bind(token_hash)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(pid_from).transpose()
    }

    async fn participant_votes(&self, id: ConversationId, pid: u32) -> Result<Vec<(u32, i8)>, StoreError> {
        let rows =
            sqlx::query("SELECT tid, vote FROM conversation_votes WHERE conversation = ? AND pid = ? ORDER BY tid")
                .bind(id.to_string())
                .bind(i64::from(pid))
                .fetch_all(&self.read)
                .await?;
        rows.iter().map(participant_vote_from).collect()
    }

    async fn latest_result(&self, id: ConversationId) -> Result<Option<StoredResult>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM conversation_results WHERE conversation = ? ORDER BY version DESC LIMIT 1")
                .bind(id.to_string())
                .fetch_optional(&self.read)
                .await?;
        row.as_ref().map(result_from).transpose()
    }

    async fn latest_result_version(&self, id: ConversationId) -> Result<Option<u32>, StoreError> {
        let row = sqlx::query("SELECT MAX(version) AS version FROM conversation_results WHERE conversation = ?")
            .bind(id.to_string())
            .fetch_one(&self.read)
            .await?;
        let version: Option<i64> = row.try_get("version")?;
        version.map(|v| u32::try_from(v).map_err(|e| corrupt("version", e))).transpose()
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
        rows.iter().map(need_from).collect()
    }

    async fn vote_events(&self, id: ConversationId) -> Result<Vec<VoteEvent>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{VOTE_EVENTS} ORDER BY at_ms, id")))
            .bind(id.to_string())
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(vote_event_from).collect()
    }

    async fn vote_events_after(
        &self,
        id: ConversationId,
        after: Option<VoteCursor>,
    ) -> Result<VoteEventsAfter, StoreError> {
        let conversation = id.to_string();
        // One read transaction: the events and the count come from the same snapshot.
        let mut tx = self.read.begin().await?;
        let total: Option<i64> = sqlx::query_scalar("SELECT vote_events FROM conversations WHERE id = ?")
            .bind(&conversation)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(total) = total else {
            return Err(StoreError::NotFound { kind: "conversation", id: conversation });
        };
        // A range of the index (conversation, at_ms, id): only the events after the position.
        let sql = match after {
            None => format!("{VOTE_EVENTS} ORDER BY at_ms, id"),
            Some(_) => format!("{VOTE_EVENTS} AND (at_ms, id) > (?2, ?3) ORDER BY at_ms, id"),
        };
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(&conversation);
        if let Some(c) = after {
            query = query.bind(c.at_ms).bind(c.seq);
        }
        let rows = query.fetch_all(&mut *tx).await?;
        tx.commit().await?;
        let last = match rows.last() {
            Some(row) => Some(VoteCursor { at_ms: row.try_get("at_ms")?, seq: row.try_get("id")? }),
            None => after,
        };
        Ok(VoteEventsAfter {
            events: rows.iter().map(vote_event_from).collect::<Result<_, _>>()?,
            last,
            total: u64::try_from(total).map_err(|e| corrupt("vote_events", e))?,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use accord_core::{Actor, Command, EventId};
    use time::OffsetDateTime;
    use uuid::Uuid;

    use super::*;
    use crate::Store;
    use crate::sqlite::SqliteOptions;

    async fn apply(store: &SqliteStore, c: Command) {
        store.apply(&Actor::SYSTEM, EventId(Uuid::now_v7()), OffsetDateTime::now_utc(), &c, None).await.unwrap();
    }

    fn batch(id: ConversationId, joined: &[u32], votes: &[(u32, i8, i64)]) -> Command {
        Command::CastVotes(Box::new(VoteBatch {
            id: Uuid::now_v7(),
            conversation: id,
            joined: joined.iter().map(|&pid| NewParticipant { pid, user: None, token_hash: None }).collect(),
            votes: votes.iter().map(|&(pid, vote, at_ms)| VoteEvent { pid, tid: 0, vote, at_ms }).collect(),
            public: true,
            content_sha256: String::new(),
        }))
    }

    #[tokio::test]
    async fn vote_events_after_a_position_read_only_the_new_ones() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("d.sqlite"), &SqliteOptions::default()).await.unwrap();
        store.migrate().await.unwrap();
        let id = ConversationId(Uuid::now_v7());
        let content = NewConversation::new("Topic", &["en"]);
        let revision = ConversationRevision {
            id,
            first: true,
            content,
            organisation: None,
            created_by: None,
            content_sha256: String::new(),
        };
        apply(&store, Command::PutConversation(Box::new(revision))).await;
        let statement = NewStatement {
            conversation: id,
            seq: 0,
            text: "A statement".into(),
            lang: "en".into(),
            author: None,
            moderation: Moderation::Accepted,
            is_meta: false,
            created_at: OffsetDateTime::now_utc(),
            joined: None,
            public: true,
            content_sha256: String::new(),
        };
        apply(&store, Command::AddStatement(Box::new(statement))).await;
        apply(&store, batch(id, &[0, 1, 2], &[(0, 1, 10), (1, -1, 10), (2, 0, 20)])).await;
        let dialogue = store.dialogue();

        let all = dialogue.vote_events_after(id, None).await.unwrap();
        assert_eq!(all.events, dialogue.vote_events(id).await.unwrap());
        assert_eq!((all.events.len(), all.total), (3, 3));
        let seen = all.last.unwrap();
        assert_eq!(seen.at_ms, 20);
        // Nothing new: nothing read, and the position stays.
        let none = dialogue.vote_events_after(id, Some(seen)).await.unwrap();
        assert_eq!((none.events.len(), none.last, none.total), (0, Some(seen), 3));

        // Two new votes (one at the same time as the last one seen): only they come back.
        apply(&store, batch(id, &[], &[(0, -1, 20), (1, 1, 30)])).await;
        let new = dialogue.vote_events_after(id, Some(seen)).await.unwrap();
        assert_eq!(new.events, dialogue.vote_events(id).await.unwrap()[3..].to_vec());
        assert_eq!((new.events.len(), new.total), (2, 5));
        assert_eq!(3 + new.events.len() as u64, new.total, "the reader has every event");

        // A vote recorded with an earlier time (a clock set back) lands before the position:
        // the counts no longer add up, and the reader knows to read everything again.
        apply(&store, batch(id, &[], &[(2, 1, 5)])).await;
        let behind = dialogue.vote_events_after(id, new.last).await.unwrap();
        assert!(behind.events.is_empty());
        assert_ne!(5 + behind.events.len() as u64, behind.total);

        let unknown = dialogue.vote_events_after(ConversationId(Uuid::now_v7()), None).await;
        assert!(matches!(unknown, Err(StoreError::NotFound { .. })), "{unknown:?}");
        assert_eq!(dialogue.latest_result_version(id).await.unwrap(), None);
    }

    #[tokio::test]
    async fn reading_after_a_position_is_a_range_of_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("p.sqlite"), &SqliteOptions::default()).await.unwrap();
        store.migrate().await.unwrap();
        let sql = format!("EXPLAIN QUERY PLAN {VOTE_EVENTS} AND (at_ms, id) > (?2, ?3) ORDER BY at_ms, id");
        let plan: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind("c")
            .bind(0i64)
            .bind(0i64)
            .fetch_all(&store.read)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("detail"))
            .collect();
        let plan = plan.join("; ");
        assert!(plan.contains("USING INDEX conversation_vote_events_order (conversation=? AND"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "no sort: {plan}");
    }

    #[test]
    fn languages_round_trip_as_words() {
        let langs = vec!["en".to_owned(), "zh-Hant".to_owned()];
        let text = languages_text(&langs);
        assert_eq!(text.split_whitespace().map(str::to_owned).collect::<Vec<_>>(), langs);
    }
}
