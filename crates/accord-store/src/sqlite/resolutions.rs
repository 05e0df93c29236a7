//! Formal resolutions' SQL: the resolution, its electorate, its text history, amendments,
//! recorded votes and published result (`0008_resolutions.sql`).
//!
//! The node validates every change before it reaches here; the checks below repeat the ones a
//! concurrent writer could invalidate in between (the state of the vote, its deadline, the
//! electorate), inside the write transaction, so a late or misplaced vote is never stored.

use accord_core::resolution::{
    Amendment, AmendmentDecision, AmendmentStatus, Choice, NewAmendment, NewResolution, NewVote, Quorum, RecordedVote,
    ResolutionCommand, ResolutionId, ResolutionResult, ResolutionState, ResolutionSummary, StoredResolution,
    TextVersion, VotingRule, VotingWindow,
};
use sqlx::sqlite::SqliteRow;
use sqlx::{QueryBuilder, Row, Sqlite, SqlitePool};

use super::{conflict, id_of, opt_id_of, opt_ts, page_limit, paginate, req_ts, ts};
use crate::{Page, PageRequest, StoreError};

fn not_found(id: ResolutionId) -> StoreError {
    StoreError::NotFound { kind: "resolution", id: id.to_string() }
}

/// The resolution's state and close time, inside the transaction.
async fn state_of(
    conn: &mut sqlx::SqliteConnection,
    id: ResolutionId,
) -> Result<(ResolutionState, Option<String>), StoreError> {
    let row = sqlx::query("SELECT state, voting_closes_at FROM resolutions WHERE id = ?")
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| not_found(id))?;
    let state: String = row.try_get("state")?;
    let state =
        ResolutionState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("resolution state {state}")))?;
    Ok((state, row.try_get("voting_closes_at")?))
}

async fn require_state(
    conn: &mut sqlx::SqliteConnection,
    id: ResolutionId,
    wanted: ResolutionState,
) -> Result<Option<String>, StoreError> {
    let (state, closes) = state_of(conn, id).await?;
    if state != wanted {
        return Err(StoreError::Conflict { field: "state" });
    }
    Ok(closes)
}

async fn require_member(
    conn: &mut sqlx::SqliteConnection,
    id: ResolutionId,
    org: accord_core::OrgId,
) -> Result<(), StoreError> {
    let found = sqlx::query("SELECT 1 FROM resolution_electorate WHERE resolution_id = ? AND org_id = ?")
        .bind(id.to_string())
        .bind(org.to_string())
        .fetch_optional(&mut *conn)
        .await?;
    match found {
        Some(_) => Ok(()),
        None => Err(StoreError::NotFound { kind: "electorate member", id: org.to_string() }),
    }
}

fn json_error(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

/// The domain effect of one resolution command, in the caller's transaction.
pub(super) async fn apply(
    conn: &mut sqlx::SqliteConnection,
    command: &ResolutionCommand,
    now: &str,
) -> Result<(), StoreError> {
    match command {
        ResolutionCommand::Create(r) => create(conn, r, now).await,
        ResolutionCommand::ProposeAmendment(a) => propose(conn, a, now).await,
        ResolutionCommand::DecideAmendment(d) => decide(conn, d, now).await,
        ResolutionCommand::OpenVoting(w) => open(conn, w, now).await,
        ResolutionCommand::CastVote(v) => vote(conn, v, now).await,
        ResolutionCommand::PublishResult(r) => publish(conn, r, now).await,
    }
}

async fn create(conn: &mut sqlx::SqliteConnection, r: &NewResolution, now: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO resolutions (id, body, title, text, lang, rule_json, quorum_json, state, created_by, \
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
    )
    .bind(r.id.to_string())
    .bind(&r.body)
    .bind(&r.title)
    .bind(&r.text)
    .bind(&r.lang)
    .bind(serde_json::to_string(&r.rule).map_err(json_error)?)
    .bind(serde_json::to_string(&r.quorum).map_err(json_error)?)
    .bind(r.created_by.map(|o| o.to_string()))
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    if !r.electorate.is_empty() {
        let mut q = QueryBuilder::<Sqlite>::new("INSERT INTO resolution_electorate (resolution_id, org_id) ");
        q.push_values(&r.electorate, |mut b, org| {
            b.push_bind(r.id.to_string()).push_bind(org.to_string());
        });
        q.build().execute(&mut *conn).await.map_err(conflict)?;
    }
    sqlx::query(
        "INSERT INTO resolution_texts (resolution_id, version, text, text_sha256, amendment_seq, at) \
         VALUES (?, 1, ?, ?, NULL, ?)",
    )
    .bind(r.id.to_string())
    .bind(&r.text)
    .bind(&r.text_sha256)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn propose(conn: &mut sqlx::SqliteConnection, a: &NewAmendment, now: &str) -> Result<(), StoreError> {
    require_state(conn, a.resolution, ResolutionState::Draft).await?;
    require_member(conn, a.resolution, a.proposer).await?;
    sqlx::query(
        "INSERT INTO resolution_amendments (resolution_id, seq, proposer_org, proposed_by, text, rationale, status, \
         proposed_at) VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?)",
    )
    .bind(a.resolution.to_string())
    .bind(i64::from(a.seq))
    .bind(a.proposer.to_string())
    .bind(a.proposed_by.to_string())
    .bind(&a.text)
    .bind(&a.rationale)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(|e| match &e {
        // Another proposal took this number first; the node takes the next one.
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict { field: "seq" },
        _ => conflict(e),
    })?;
    Ok(())
}

async fn decide(conn: &mut sqlx::SqliteConnection, d: &AmendmentDecision, now: &str) -> Result<(), StoreError> {
    require_state(conn, d.resolution, ResolutionState::Draft).await?;
    let row = sqlx::query("SELECT text, status FROM resolution_amendments WHERE resolution_id = ? AND seq = ?")
        .bind(d.resolution.to_string())
        .bind(i64::from(d.seq))
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::NotFound { kind: "amendment", id: d.seq.to_string() })?;
    let status: String = row.try_get("status")?;
    if status != AmendmentStatus::Proposed.as_str() {
        return Err(StoreError::Conflict { field: "status" });
    }
    let status = if d.adopted { AmendmentStatus::Adopted } else { AmendmentStatus::Rejected };
    sqlx::query(
        "UPDATE resolution_amendments SET status = ?, decided_at = ?, decided_by = ? WHERE resolution_id = ? AND seq = ?",
    )
    .bind(status.as_str())
    .bind(now)
    .bind(d.decided_by.map(|u| u.to_string()))
    .bind(d.resolution.to_string())
    .bind(i64::from(d.seq))
    .execute(&mut *conn)
    .await?;
    if d.adopted {
        let text: String = row.try_get("text")?;
        let last: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM resolution_texts WHERE resolution_id = ?")
                .bind(d.resolution.to_string())
                .fetch_one(&mut *conn)
                .await?;
        // The signed record names the text version it makes; it must be the next one.
        if i64::from(d.text_version) != last + 1 {
            return Err(StoreError::Conflict { field: "text_version" });
        }
        sqlx::query(
            "INSERT INTO resolution_texts (resolution_id, version, text, text_sha256, amendment_seq, at) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(d.resolution.to_string())
        .bind(i64::from(d.text_version))
        .bind(&text)
        .bind(&d.text_sha256)
        .bind(i64::from(d.seq))
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE resolutions SET text = ?, updated_at = ? WHERE id = ?")
            .bind(&text)
            .bind(now)
            .bind(d.resolution.to_string())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn open(conn: &mut sqlx::SqliteConnection, w: &VotingWindow, now: &str) -> Result<(), StoreError> {
    require_state(conn, w.resolution, ResolutionState::Draft).await?;
    let pending: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM resolution_amendments WHERE resolution_id = ? AND status = 'proposed'")
            .bind(w.resolution.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    if pending.is_some() {
        return Err(StoreError::Conflict { field: "amendments" });
    }
    sqlx::query(
        "UPDATE resolutions SET state = 'voting', voting_opens_at = ?, voting_closes_at = ?, updated_at = ? \
         WHERE id = ?",
    )
    .bind(ts(w.opens_at))
    .bind(ts(w.closes_at))
    .bind(now)
    .bind(w.resolution.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn vote(conn: &mut sqlx::SqliteConnection, v: &NewVote, now: &str) -> Result<(), StoreError> {
    let closes = require_state(conn, v.resolution, ResolutionState::Voting).await?;
    // Fixed-width UTC text: text order is time order. A vote at or after the close is late.
    if closes.is_none_or(|c| now >= c.as_str()) {
        return Err(StoreError::Conflict { field: "state" });
    }
    require_member(conn, v.resolution, v.organisation).await?;
    sqlx::query(
        "INSERT INTO resolution_votes (resolution_id, org_id, choice, explanation, cast_by, at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(v.resolution.to_string())
    .bind(v.organisation.to_string())
    .bind(v.choice.as_str())
    .bind(&v.explanation)
    .bind(v.cast_by.to_string())
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(conflict)?;
    Ok(())
}

async fn publish(conn: &mut sqlx::SqliteConnection, r: &ResolutionResult, now: &str) -> Result<(), StoreError> {
    // Two readers may both notice the deadline passed; the second finds it closed.
    require_state(conn, r.resolution, ResolutionState::Voting).await?;
    sqlx::query("UPDATE resolutions SET state = 'closed', result_json = ?, updated_at = ? WHERE id = ?")
        .bind(serde_json::to_string(r).map_err(json_error)?)
        .bind(now)
        .bind(r.resolution.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- reads ----------------------------------------------------------------------------------

fn rule_col(row: &SqliteRow) -> Result<VotingRule, StoreError> {
    let text: String = row.try_get("rule_json")?;
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("resolutions.rule_json: {e}")))
}

fn quorum_col(row: &SqliteRow) -> Result<Quorum, StoreError> {
    let text: String = row.try_get("quorum_json")?;
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("resolutions.quorum_json: {e}")))
}

fn u32_col(row: &SqliteRow, column: &str) -> Result<u32, StoreError> {
    let n: i64 = row.try_get(column)?;
    u32::try_from(n).map_err(|_| StoreError::Corrupt(format!("{column} {n} is out of range")))
}

fn state_col(row: &SqliteRow) -> Result<ResolutionState, StoreError> {
    let state: String = row.try_get("state")?;
    ResolutionState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("resolution state {state}")))
}

fn summary_from(row: &SqliteRow) -> Result<ResolutionSummary, StoreError> {
    let outcome = match row.try_get::<Option<String>, _>("result_json")? {
        Some(text) => {
            let result: ResolutionResult = serde_json::from_str(&text)
                .map_err(|e| StoreError::Corrupt(format!("resolutions.result_json: {e}")))?;
            Some(result.outcome)
        }
        None => None,
    };
    Ok(ResolutionSummary {
        id: id_of(row, "id")?,
        body: row.try_get("body")?,
        title: row.try_get("title")?,
        lang: row.try_get("lang")?,
        rule: rule_col(row)?,
        state: state_col(row)?,
        electorate_size: u32_col(row, "electorate_size")?,
        created_at: req_ts(row, "created_at")?,
        voting_closes_at: opt_ts(row, "voting_closes_at")?,
        outcome,
    })
}

/// Resolutions, newest first.
pub(super) async fn list(pool: &SqlitePool, page: &PageRequest) -> Result<Page<ResolutionSummary>, StoreError> {
    let limit = page_limit(page);
    let rows = sqlx::query(
        "SELECT r.*, (SELECT COUNT(*) FROM resolution_electorate e WHERE e.resolution_id = r.id) AS electorate_size \
         FROM resolutions r WHERE (?1 IS NULL OR r.id < ?1) ORDER BY r.id DESC LIMIT ?2",
    )
    .bind(page.after.clone())
    .bind(limit + 1)
    .fetch_all(pool)
    .await?;
    let items = rows.iter().map(summary_from).collect::<Result<Vec<_>, _>>()?;
    Ok(paginate(items, limit, |r| r.id.to_string()))
}

/// One resolution with everything recorded about it.
pub(super) async fn get(pool: &SqlitePool, id: ResolutionId) -> Result<Option<StoredResolution>, StoreError> {
    let key = id.to_string();
    let Some(row) = sqlx::query("SELECT * FROM resolutions WHERE id = ?").bind(&key).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let electorate = sqlx::query("SELECT org_id FROM resolution_electorate WHERE resolution_id = ? ORDER BY org_id")
        .bind(&key)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| id_of(r, "org_id"))
        .collect::<Result<Vec<_>, _>>()?;
    let texts = sqlx::query("SELECT * FROM resolution_texts WHERE resolution_id = ? ORDER BY version")
        .bind(&key)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            Ok(TextVersion {
                version: u32_col(r, "version")?,
                text: r.try_get("text")?,
                text_sha256: r.try_get("text_sha256")?,
                amendment: r.try_get::<Option<i64>, _>("amendment_seq")?.and_then(|n| u32::try_from(n).ok()),
                at: req_ts(r, "at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let amendments = sqlx::query("SELECT * FROM resolution_amendments WHERE resolution_id = ? ORDER BY seq")
        .bind(&key)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            Ok(Amendment {
                seq: u32_col(r, "seq")?,
                proposer: id_of(r, "proposer_org")?,
                proposed_by: id_of(r, "proposed_by")?,
                text: r.try_get("text")?,
                rationale: r.try_get("rationale")?,
                status: AmendmentStatus::parse(&status)
                    .ok_or_else(|| StoreError::Corrupt(format!("amendment status {status}")))?,
                proposed_at: req_ts(r, "proposed_at")?,
                decided_at: opt_ts(r, "decided_at")?,
                decided_by: opt_id_of(r, "decided_by")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let votes = sqlx::query("SELECT * FROM resolution_votes WHERE resolution_id = ? ORDER BY seq")
        .bind(&key)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| {
            let choice: String = r.try_get("choice")?;
            let seq: i64 = r.try_get("seq")?;
            Ok(RecordedVote {
                seq: u64::try_from(seq).map_err(|_| StoreError::Corrupt(format!("vote seq {seq}")))?,
                organisation: id_of(r, "org_id")?,
                choice: Choice::parse(&choice).ok_or_else(|| StoreError::Corrupt(format!("vote choice {choice}")))?,
                explanation: r.try_get("explanation")?,
                cast_by: id_of(r, "cast_by")?,
                at: req_ts(r, "at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let result = match row.try_get::<Option<String>, _>("result_json")? {
        Some(text) => Some(
            serde_json::from_str::<ResolutionResult>(&text)
                .map_err(|e| StoreError::Corrupt(format!("resolutions.result_json: {e}")))?,
        ),
        None => None,
    };
    Ok(Some(StoredResolution {
        id,
        body: row.try_get("body")?,
        title: row.try_get("title")?,
        text: row.try_get("text")?,
        lang: row.try_get("lang")?,
        rule: rule_col(&row)?,
        quorum: quorum_col(&row)?,
        electorate,
        state: state_col(&row)?,
        created_by: opt_id_of(&row, "created_by")?,
        created_at: req_ts(&row, "created_at")?,
        updated_at: req_ts(&row, "updated_at")?,
        voting_opens_at: opt_ts(&row, "voting_opens_at")?,
        voting_closes_at: opt_ts(&row, "voting_closes_at")?,
        amendments,
        votes,
        texts,
        result,
    }))
}

#[async_trait::async_trait]
impl crate::resolutions::ResolutionStore for super::SqliteStore {
    async fn resolution(&self, id: ResolutionId) -> Result<Option<StoredResolution>, StoreError> {
        get(&self.read, id).await
    }

    async fn resolutions(&self, page: &PageRequest) -> Result<Page<ResolutionSummary>, StoreError> {
        list(&self.read, page).await
    }
}
