//! Dialogue: Polis-style conversations — creation and settings, statements and their
//! moderation, votes (latest wins, every event kept), routing of the next statement, analysis
//! results and all-or-nothing imports of Polis exports.
//!
//! Who may read and take part is decided by `accord_core::dialogue::{may_read,
//! may_participate, may_moderate}`. A conversation a signed-in user may not read answers "does
//! not exist", like a marked safety record.
//!
//! Participants are pseudonyms (`pid`). A signed-in user's pid is found by their account; a
//! visitor who is not signed in gets a random token when they first act, shown once and kept
//! only as its SHA-256. What participants write and cast is recorded under the actor kind
//! `participant` and signed by the node, so neither the audit trail nor the log ties a pid to
//! an account or an organisation.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rand::Rng;
use serde::Serialize;
use sha2::Digest;
use time::OffsetDateTime;
use uuid::Uuid;

use accord_core::dialogue::{
    self, AnalysisInput, ConversationId, ConversationRevision, ConversationSummary, ConversationUpdate,
    ImportedParticipants, ImportedStatement, Moderation, NewConversation, NewParticipant, NewStatement, ResultVersion,
    Statement, StatementModeration, StatementView, StoredResult, VOTES_PER_BATCH, VoteBatch, VoteEvent, VoteValue,
};
use accord_core::validate::{Invalid, Problem};
use accord_core::{Actor, Command, Denied, OrgId, Principal};
use accord_store::dialogue::ConversationScope;
use accord_store::{Page, PageRequest};

use crate::{Node, NodeError, Result};

/// The actor of what participants do: no account, no organisation (see the module comment).
const PARTICIPANT: Actor = Actor { user: None, organisation: None, kind: "participant" };

/// How often a write that lost a race for the next statement seq or pid is retried.
const SEQ_ATTEMPTS: usize = 5;

/// A new statement as typed.
#[derive(Clone, Debug, Default)]
pub struct StatementInput {
    pub text: String,
    /// BCP 47; the conversation's first language when absent.
    pub lang: Option<String>,
    /// Only moderators mark statements as meta (about the conversation, not its topic).
    pub is_meta: bool,
}

/// Who acted, after a statement or votes: the participant's pid and, for a visitor who just
/// became a participant, the token that identifies them from now on (shown this once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantReceipt {
    pub participant: u32,
    pub new_token: Option<String>,
}

/// What a vote request did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteReceipt {
    pub participant: ParticipantReceipt,
    pub recorded: usize,
}

/// The statement to show a participant next, with progress counts over the statements they
/// may vote on (accepted, or unmoderated without strict moderation; not meta).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextStatement {
    pub statement: Option<Statement>,
    /// Statements not voted on yet (including the one returned).
    pub remaining: u64,
    pub voted: u64,
    /// The caller's pid, once they have one.
    pub participant: Option<u32>,
}

/// The caller as a participant of a conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParticipantInfo {
    pub participant: u32,
    /// Statements voted on (latest votes).
    pub votes: u64,
}

fn sha256_hex(text: &str) -> String {
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

fn not_found(id: ConversationId) -> NodeError {
    NodeError::NotFound { kind: "conversation", id: id.to_string() }
}

fn ms(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// The operator at the console has no pseudonym to act as.
fn operator_cannot_take_part() -> NodeError {
    NodeError::BadRequest("the operator has no participant identity; sign in as a user to take part".into())
}

fn closed() -> NodeError {
    Invalid::new("state", Problem::NotAllowed { allowed: vec!["open"] }).into()
}

/// Lists are filtered by the same rule as `may_read`: everything for moderators, public ones for
/// visitors, and for members what their organisation may read.
fn scope_of(p: &Principal) -> ConversationScope {
    use accord_core::{Action, authorize};
    let community = authorize(p, Action::ViewCommunity).is_ok();
    match p {
        _ if community && dialogue::may_moderate(p).is_ok() => ConversationScope::All,
        Principal::User { org_id, .. } if community => ConversationScope::MemberOf(*org_id),
        _ => ConversationScope::Public,
    }
}

impl Node {
    // ---- conversations ------------------------------------------------------------------

    /// A conversation `p` may read; one a signed-in user may not read is "not found".
    async fn readable(&self, p: &Principal, id: ConversationId) -> Result<ConversationSummary> {
        let c = self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))?;
        let content = &c.conversation.content;
        match dialogue::may_read(p, content.participation, &content.invited) {
            Ok(()) => Ok(c),
            Err(Denied::Forbidden) => Err(not_found(id)),
            Err(d) => Err(d.into()),
        }
    }

    async fn check_invited(&self, invited: &[OrgId]) -> Result<()> {
        for (i, org) in invited.iter().enumerate() {
            if self.store.organisation(*org).await?.is_none() {
                return Err(Invalid::new(
                    format!("invited[{i}]"),
                    Problem::Malformed { expected: "the id of an existing organisation" },
                )
                .into());
            }
        }
        Ok(())
    }

    /// Creates a conversation (editors, administrators, the operator).
    pub async fn create_conversation(&self, p: &Principal, input: NewConversation) -> Result<ConversationSummary> {
        dialogue::may_moderate(p)?;
        let content = input.validate()?;
        self.check_invited(&content.invited).await?;
        let id = ConversationId(Uuid::now_v7());
        let (organisation, created_by) = match p {
            Principal::User { user_id, org_id, .. } => (Some(*org_id), Some(*user_id)),
            _ => (None, None),
        };
        self.write(p, conversation_command(id, true, content, organisation, created_by)).await?;
        self.store.dialogue().conversation(id).await?.ok_or_else(|| NodeError::Internal("conversation vanished".into()))
    }

    /// Conversations `p` may read, in creation order, with their counts.
    pub async fn conversations(&self, p: &Principal, page: &PageRequest) -> Result<Page<ConversationSummary>> {
        accord_core::authorize(p, accord_core::Action::ViewPublic)?;
        Ok(self.store.dialogue().conversations(scope_of(p), &self.clamp(page)).await?)
    }

    pub async fn conversation(&self, p: &Principal, id: ConversationId) -> Result<ConversationSummary> {
        self.readable(p, id).await
    }

    /// Changes a conversation's settings or text, or opens or closes it (editors,
    /// administrators, the operator). An update that changes nothing publishes nothing.
    pub async fn update_conversation(
        &self,
        p: &Principal,
        id: ConversationId,
        update: ConversationUpdate,
    ) -> Result<ConversationSummary> {
        dialogue::may_moderate(p)?;
        let current = self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))?;
        let next = update.apply_to(&current.conversation.content)?;
        if next == current.conversation.content {
            return Ok(current);
        }
        self.check_invited(&next.invited).await?;
        self.write(p, conversation_command(id, false, next, current.conversation.organisation, None)).await?;
        self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))
    }

    // ---- statements ---------------------------------------------------------------------

    /// A conversation's statements with their vote counts. Moderators see every statement;
    /// others see those participants may vote on.
    pub async fn statements(&self, p: &Principal, id: ConversationId) -> Result<Vec<StatementView>> {
        let c = self.readable(p, id).await?;
        let all = self.store.dialogue().statements(id).await?;
        if dialogue::may_moderate(p).is_ok() {
            return Ok(all);
        }
        let strict = c.conversation.content.strict_moderation;
        Ok(all.into_iter().filter(|s| dialogue::is_visible(s.statement.moderation, strict)).collect())
    }

    /// Adds a statement. A moderator's statement is accepted at once and has no author; a
    /// participant's waits for moderation (and, under strict moderation, stays hidden until
    /// accepted). `token` is the caller's participant token, if they have one.
    pub async fn add_statement(
        &self,
        p: &Principal,
        id: ConversationId,
        token: Option<&str>,
        input: StatementInput,
    ) -> Result<(Statement, Option<ParticipantReceipt>)> {
        let c = self.readable(p, id).await?;
        let content = &c.conversation.content;
        let moderator = dialogue::may_moderate(p).is_ok();
        if !moderator {
            dialogue::may_participate(p, content.participation, &content.invited)?;
            if input.is_meta {
                return Err(Invalid::new("is_meta", Problem::NotAllowed { allowed: vec!["false"] }).into());
            }
        }
        if content.state != dialogue::ConversationState::Open {
            return Err(closed());
        }
        let text = dialogue::multiline_text("text", &input.text, dialogue::STATEMENT_MAX, true)?;
        let lang = match input.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => dialogue::language_tag("lang", l)?,
            None => content.languages.first().cloned().unwrap_or_else(|| "und".into()),
        };
        let public = content.public();
        for _ in 0..SEQ_ATTEMPTS {
            let (seq, next_pid) = self.store.dialogue().next_seqs(id).await?;
            let mut statement = NewStatement {
                conversation: id,
                seq,
                text: text.clone(),
                lang: lang.clone(),
                author: None,
                moderation: if moderator { Moderation::Accepted } else { Moderation::Unmoderated },
                is_meta: input.is_meta,
                created_at: OffsetDateTime::now_utc(),
                joined: None,
                public,
                content_sha256: String::new(),
            };
            let mut receipt = None;
            if !moderator {
                let (pid, joined, new_token) = self.participant_for_write(p, id, token, next_pid).await?;
                statement.author = Some(pid);
                statement.joined = joined;
                receipt = Some(ParticipantReceipt { participant: pid, new_token });
            }
            statement.content_sha256 = sha256_hex(&statement.content().to_string());
            let command = Command::AddStatement(Box::new(statement));
            let written = if moderator {
                self.write(p, command).await.map(|_| ())
            } else {
                self.write_participant(command).await
            };
            match written {
                Ok(_) => {
                    self.analyses.mark_dirty(id);
                    let stored = self
                        .store
                        .dialogue()
                        .statement(id, seq)
                        .await?
                        .ok_or_else(|| NodeError::Internal("statement vanished".into()))?;
                    return Ok((stored, receipt));
                }
                // Another writer took the seq or pid meanwhile: take the next ones.
                Err(NodeError::Conflict { field: "statement seq" | "participant" }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(NodeError::Internal("could not take a statement number; try again".into()))
    }

    /// A moderator's decision on a statement (and optionally its meta flag).
    pub async fn moderate_statement(
        &self,
        p: &Principal,
        id: ConversationId,
        seq: u32,
        moderation: Moderation,
        is_meta: Option<bool>,
    ) -> Result<Statement> {
        dialogue::may_moderate(p)?;
        let c = self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))?;
        let missing = || NodeError::NotFound { kind: "statement", id: format!("{id}/{seq}") };
        let current = self.store.dialogue().statement(id, seq).await?.ok_or_else(missing)?;
        if current.moderation == moderation && is_meta.is_none_or(|m| m == current.is_meta) {
            return Ok(current);
        }
        let command = Command::ModerateStatement(StatementModeration {
            conversation: id,
            seq,
            moderation,
            is_meta,
            public: c.conversation.content.public(),
        });
        self.write(p, command).await?;
        self.analyses.mark_dirty(id);
        self.store.dialogue().statement(id, seq).await?.ok_or_else(missing)
    }

    // ---- participants and votes ---------------------------------------------------------

    /// The caller's pid in a conversation, if they have one. An anonymous caller's token that
    /// this conversation did not issue is an error, not a silent new identity.
    async fn find_participant(&self, p: &Principal, id: ConversationId, token: Option<&str>) -> Result<Option<u32>> {
        match p {
            Principal::User { user_id, .. } => Ok(self.store.dialogue().participant_by_user(id, *user_id).await?),
            Principal::Operator => Ok(None),
            Principal::Anonymous => match token.map(str::trim).filter(|t| !t.is_empty()) {
                None => Ok(None),
                Some(t) => {
                    match self.store.dialogue().participant_by_token(id, &crate::secret::secret_hash(t)).await? {
                        Some(pid) => Ok(Some(pid)),
                        None => Err(Invalid::new(
                            "participant",
                            Problem::Malformed { expected: "a participant token issued by this conversation" },
                        )
                        .into()),
                    }
                }
            },
        }
    }

    /// The caller's pid, or a new participant to write with the caller's first act (`next_pid`
    /// is the store's next free pid), with a new token for an anonymous caller.
    async fn participant_for_write(
        &self,
        p: &Principal,
        id: ConversationId,
        token: Option<&str>,
        next_pid: u32,
    ) -> Result<(u32, Option<NewParticipant>, Option<String>)> {
        if matches!(p, Principal::Operator) {
            return Err(operator_cannot_take_part());
        }
        if let Some(pid) = self.find_participant(p, id, token).await? {
            return Ok((pid, None, None));
        }
        match p {
            Principal::User { user_id, .. } => {
                Ok((next_pid, Some(NewParticipant { pid: next_pid, user: Some(*user_id), token_hash: None }), None))
            }
            _ => {
                let secret = crate::secret::random_secret();
                let joined =
                    NewParticipant { pid: next_pid, user: None, token_hash: Some(crate::secret::secret_hash(&secret)) };
                Ok((next_pid, Some(joined), Some(secret)))
            }
        }
    }

    /// Records what a participant did: actor `participant`, signed by the node.
    async fn write_participant(&self, command: Command) -> Result<()> {
        self.write_as(&PARTICIPANT, None, &self.node_signer(), command).await.map(|_| ())
    }

    /// Casts votes (at most 1,000) on statements the caller may vote on. A later vote on the
    /// same statement replaces the earlier one; every vote is kept as an event. An anonymous
    /// caller without a token becomes a participant and gets one.
    pub async fn cast_votes(
        &self,
        p: &Principal,
        id: ConversationId,
        token: Option<&str>,
        votes: &[(u32, VoteValue)],
    ) -> Result<VoteReceipt> {
        let c = self.readable(p, id).await?;
        let content = &c.conversation.content;
        dialogue::may_participate(p, content.participation, &content.invited)?;
        if matches!(p, Principal::Operator) {
            return Err(operator_cannot_take_part());
        }
        if content.state != dialogue::ConversationState::Open {
            return Err(closed());
        }
        if votes.is_empty() {
            return Err(Invalid::new("votes", Problem::Missing).into());
        }
        if votes.len() > VOTES_PER_BATCH {
            return Err(Invalid::new("votes", Problem::Malformed { expected: "at most 1000 votes per request" }).into());
        }
        let statements: BTreeMap<u32, Moderation> =
            self.store.dialogue().statement_flags(id).await?.into_iter().map(|(seq, m, _)| (seq, m)).collect();
        for (i, (seq, _)) in votes.iter().enumerate() {
            let votable = statements.get(seq).is_some_and(|m| dialogue::is_visible(*m, content.strict_moderation));
            if !votable {
                return Err(Invalid::new(
                    format!("votes[{i}].statement"),
                    Problem::Malformed { expected: "the seq of a statement of this conversation open to votes" },
                )
                .into());
            }
        }
        for _ in 0..SEQ_ATTEMPTS {
            let (_, next_pid) = self.store.dialogue().next_seqs(id).await?;
            let (pid, joined, new_token) = self.participant_for_write(p, id, token, next_pid).await?;
            let at_ms = ms(OffsetDateTime::now_utc());
            let mut batch = VoteBatch {
                id: Uuid::now_v7(),
                conversation: id,
                joined: joined.into_iter().collect(),
                votes: votes.iter().map(|(tid, v)| VoteEvent { pid, tid: *tid, vote: v.sign(), at_ms }).collect(),
                public: content.public(),
                content_sha256: String::new(),
            };
            batch.content_sha256 = sha256_hex(&batch.content().to_string());
            match self.write_participant(Command::CastVotes(Box::new(batch))).await {
                Ok(()) => {
                    return Ok(VoteReceipt {
                        participant: ParticipantReceipt { participant: pid, new_token },
                        recorded: votes.len(),
                    });
                }
                Err(NodeError::Conflict { field: "participant" }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(NodeError::Internal("could not take a participant number; try again".into()))
    }

    /// The caller as a participant: their pid and how many statements they voted on.
    pub async fn participant(&self, p: &Principal, id: ConversationId, token: Option<&str>) -> Result<ParticipantInfo> {
        self.readable(p, id).await?;
        let pid = self
            .find_participant(p, id, token)
            .await?
            .ok_or(NodeError::NotFound { kind: "participant", id: id.to_string() })?;
        let votes = self.store.dialogue().participant_votes(id, pid).await?;
        Ok(ParticipantInfo { participant: pid, votes: votes.len() as u64 })
    }

    /// The next statement for the caller: a statement they may vote on and have not voted on,
    /// chosen at random with probability proportional to its priority in the latest result
    /// (weight 1 without a result or a priority), like Polis.
    pub async fn next_statement(
        &self,
        p: &Principal,
        id: ConversationId,
        token: Option<&str>,
    ) -> Result<NextStatement> {
        let c = self.readable(p, id).await?;
        let strict = c.conversation.content.strict_moderation;
        let pid = self.find_participant(p, id, token).await?;
        let voted: BTreeSet<u32> = match pid {
            Some(pid) => self.store.dialogue().participant_votes(id, pid).await?.into_iter().map(|(t, _)| t).collect(),
            None => BTreeSet::new(),
        };
        let open: Vec<u32> = self
            .store
            .dialogue()
            .statement_flags(id)
            .await?
            .into_iter()
            .filter(|(_, moderation, is_meta)| dialogue::is_visible(*moderation, strict) && !is_meta)
            .map(|(seq, _, _)| seq)
            .collect();
        let done = open.iter().filter(|seq| voted.contains(seq)).count() as u64;
        let candidates: Vec<u32> = open.into_iter().filter(|seq| !voted.contains(seq)).collect();
        let priorities = self.latest_priorities(id).await?;
        let weights: Vec<f64> = candidates.iter().map(|seq| priorities.get(seq).copied().unwrap_or(1.0)).collect();
        let unit: f64 = rand::rng().random();
        let statement = match dialogue::pick_weighted(&weights, unit).and_then(|i| candidates.get(i)) {
            Some(seq) => self.store.dialogue().statement(id, *seq).await?,
            None => None,
        };
        Ok(NextStatement { statement, remaining: candidates.len() as u64, voted: done, participant: pid })
    }

    /// The routing priorities of the latest result (empty without one). Parsed once per result
    /// version and kept: a read checks only the latest version number.
    async fn latest_priorities(&self, id: ConversationId) -> Result<crate::dialogue_analysis::Priorities> {
        let Some(version) = self.store.dialogue().latest_result_version(id).await? else {
            return Ok(Arc::default());
        };
        if let Some(cached) = self.analyses.cached_priorities(id, version) {
            return Ok(cached);
        }
        let Some(latest) = self.store.dialogue().latest_result(id).await? else { return Ok(Arc::default()) };
        let priorities = Arc::new(dialogue::priorities(&latest.result));
        self.analyses.keep_priorities(id, latest.version, Arc::clone(&priorities));
        Ok(priorities)
    }

    // ---- analysis results ---------------------------------------------------------------

    /// Stores the next version of a conversation's analysis result, computed elsewhere from the
    /// first `votes_watermark` vote events, as a signed record carrying its digest (editors,
    /// administrators and the operator — the node's analysis runs as the operator).
    pub async fn save_result(
        &self,
        p: &Principal,
        id: ConversationId,
        votes_watermark: u64,
        result: serde_json::Value,
    ) -> Result<StoredResult> {
        dialogue::may_moderate(p)?;
        let c = self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))?;
        if votes_watermark > c.votes {
            return Err(Invalid::new(
                "votes_watermark",
                Problem::Malformed { expected: "at most the conversation's number of vote events" },
            )
            .into());
        }
        let sha256 = sha256_hex(&result.to_string());
        for _ in 0..SEQ_ATTEMPTS {
            let version = match self.store.dialogue().latest_result(id).await? {
                Some(r) => r.version.checked_add(1).ok_or_else(|| NodeError::Internal("too many results".into()))?,
                None => 1,
            };
            let command = Command::SaveConversationResult(Box::new(ResultVersion {
                conversation: id,
                version,
                votes_watermark,
                result: result.clone(),
                sha256: sha256.clone(),
            }));
            match self.write(p, command).await {
                Ok(_) => {
                    self.analyses.forget_priorities(id);
                    return self
                        .store
                        .dialogue()
                        .result(id, version)
                        .await?
                        .ok_or_else(|| NodeError::Internal("result vanished".into()));
                }
                Err(NodeError::Conflict { field: "result version" }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(NodeError::Internal("could not take a result version; try again".into()))
    }

    /// The latest analysis result, for those who may read the conversation.
    pub async fn latest_result(&self, p: &Principal, id: ConversationId) -> Result<Option<StoredResult>> {
        self.readable(p, id).await?;
        Ok(self.store.dialogue().latest_result(id).await?)
    }

    pub async fn result(&self, p: &Principal, id: ConversationId, version: u32) -> Result<Option<StoredResult>> {
        self.readable(p, id).await?;
        Ok(self.store.dialogue().result(id, version).await?)
    }

    /// Conversations with vote events their latest result does not include:
    /// `(conversation, vote events, vote events of the latest result)`.
    pub async fn conversations_needing_analysis(
        &self,
        p: &Principal,
    ) -> Result<Vec<(ConversationId, u64, Option<u64>)>> {
        dialogue::may_moderate(p)?;
        let needs = self.store.dialogue().analysis_needs().await?;
        Ok(needs.into_iter().map(|n| (n.conversation, n.votes_watermark, n.last_result_watermark)).collect())
    }

    /// What the analysis reads: statements with moderation and meta flag, and every vote event
    /// by time, then insertion. Its length is the watermark to save the result with.
    pub async fn analysis_input(&self, p: &Principal, id: ConversationId) -> Result<AnalysisInput> {
        dialogue::may_moderate(p)?;
        self.store.dialogue().conversation(id).await?.ok_or_else(|| not_found(id))?;
        let statements = self.store.dialogue().statement_flags(id).await?;
        let votes = self.store.dialogue().vote_events(id).await?;
        Ok(AnalysisInput { statements, votes })
    }

    // ---- imports ------------------------------------------------------------------------

    /// Imports a whole conversation (a Polis openData export): the conversation, its statements
    /// with their numbers, moderation and times, its participants and every vote event, in one
    /// transaction — all or nothing — as signed records (votes in batches of 1,000). Everything
    /// is checked first; an error names the item (`votes[41999].vote`).
    pub async fn import_conversation(
        &self,
        p: &Principal,
        conversation: NewConversation,
        statements: Vec<ImportedStatement>,
        participants: ImportedParticipants,
        votes: Vec<VoteEvent>,
    ) -> Result<ConversationId> {
        dialogue::may_moderate(p)?;
        let content = conversation.validate()?;
        self.check_invited(&content.invited).await?;
        dialogue::validate_import(&statements, &participants, &votes)?;
        let id = ConversationId(Uuid::now_v7());
        let public = content.public();
        let organisation = match p {
            Principal::User { org_id, .. } => Some(*org_id),
            _ => None,
        };
        let mut commands = Vec::with_capacity(1 + statements.len() + votes.len() / VOTES_PER_BATCH + 1);
        commands.push(conversation_command(id, true, content, organisation, p.user_id()));
        for (i, s) in statements.into_iter().enumerate() {
            let mut statement = NewStatement {
                conversation: id,
                seq: s.seq,
                text: dialogue::multiline_text(
                    &format!("statements[{i}].text"),
                    &s.text,
                    dialogue::STATEMENT_MAX,
                    true,
                )?,
                lang: dialogue::language_tag(&format!("statements[{i}].lang"), &s.lang)?,
                author: s.author_pid,
                moderation: s.moderation,
                is_meta: s.is_meta,
                created_at: s.created_at,
                joined: None,
                public,
                content_sha256: String::new(),
            };
            statement.content_sha256 = sha256_hex(&statement.content().to_string());
            commands.push(Command::AddStatement(Box::new(statement)));
        }
        // Imported participants are pseudonyms with nobody behind them: no account, no token.
        let mut joined: Vec<NewParticipant> = match participants {
            ImportedParticipants::Count(n) => (0..n).collect::<Vec<_>>(),
            ImportedParticipants::Pids(list) => list,
        }
        .into_iter()
        .map(|pid| NewParticipant { pid, user: None, token_hash: None })
        .collect();
        let mut chunks = votes.chunks(VOTES_PER_BATCH).peekable();
        if chunks.peek().is_none() && !joined.is_empty() {
            commands.push(vote_command(id, std::mem::take(&mut joined), Vec::new(), public));
        }
        for chunk in chunks {
            // The participants join with the first batch, before any vote refers to them.
            commands.push(vote_command(id, std::mem::take(&mut joined), chunk.to_vec(), public));
        }
        self.write_batch(p, commands).await?;
        Ok(id)
    }
}

fn conversation_command(
    id: ConversationId,
    first: bool,
    content: NewConversation,
    organisation: Option<OrgId>,
    created_by: Option<accord_core::UserId>,
) -> Command {
    let mut revision =
        ConversationRevision { id, first, content, organisation, created_by, content_sha256: String::new() };
    revision.content_sha256 = sha256_hex(&revision.content().to_string());
    Command::PutConversation(Box::new(revision))
}

fn vote_command(id: ConversationId, joined: Vec<NewParticipant>, votes: Vec<VoteEvent>, public: bool) -> Command {
    let mut batch =
        VoteBatch { id: Uuid::now_v7(), conversation: id, joined, votes, public, content_sha256: String::new() };
    batch.content_sha256 = sha256_hex(&batch.content().to_string());
    Command::CastVotes(Box::new(batch))
}
