//! The dialogue part of the store: reads of conversations, statements, participants, votes and
//! analysis results. Changes go through [`crate::Store::apply`] like every other change (the
//! commands `PutConversation`, `AddStatement`, `ModerateStatement`, `CastVotes`,
//! `SaveConversationResult`); the SQLite implementation is in `sqlite/dialogue.rs`.
//!
//! Kept as its own trait, reached through [`crate::Store::dialogue`], so that the dialogue reads
//! do not crowd the main trait; every backend implements both.

use async_trait::async_trait;

use accord_core::dialogue::{
    ConversationId, ConversationSummary, Moderation, Statement, StatementView, StoredResult, VoteEvent,
};
use accord_core::{OrgId, UserId};

use crate::{Page, PageRequest, StoreError};

/// Which conversations a list shows, decided by the node from `accord_core::dialogue::may_read`
/// and applied inside the query (so pages are full and nothing hidden is counted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversationScope {
    /// Every conversation (the operator, the node's editors and administrators).
    All,
    /// Public conversations only (visitors who are not signed in).
    Public,
    /// Public and members' conversations, and those the organisation is invited to.
    MemberOf(OrgId),
}

/// A conversation that has votes its latest analysis result does not include.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnalysisNeed {
    pub conversation: ConversationId,
    /// Vote events so far.
    pub votes_watermark: u64,
    /// Vote events the latest result included; `None` without a result.
    pub last_result_watermark: Option<u64>,
}

/// A position in a conversation's vote events, in their order (time, then insertion): the key
/// of the last event read. Opaque to callers; pass it back to read what came after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct VoteCursor {
    pub at_ms: i64,
    /// The store's insertion number of the event.
    pub seq: i64,
}

/// Vote events after a position, read in one snapshot with the conversation's event count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoteEventsAfter {
    /// The events after the position, by time, then insertion.
    pub events: Vec<VoteEvent>,
    /// The position of the last event returned (the given position when there is none).
    pub last: Option<VoteCursor>,
    /// Every vote event of the conversation, those before the position included. A reader
    /// that has seen `n` events and gets `events` back knows it has them all iff
    /// `n + events.len() == total`; otherwise an event was recorded with a time before the
    /// position (a clock set back) and it must read everything again.
    pub total: u64,
}

#[async_trait]
pub trait DialogueStore: Send + Sync {
    /// One conversation with its counts.
    async fn conversation(&self, id: ConversationId) -> Result<Option<ConversationSummary>, StoreError>;
    /// Conversations in creation order, with their counts, as `scope` allows.
    async fn conversations(
        &self,
        scope: ConversationScope,
        page: &PageRequest,
    ) -> Result<Page<ConversationSummary>, StoreError>;
    /// Every statement of a conversation in `seq` order, with counts from the latest votes.
    async fn statements(&self, id: ConversationId) -> Result<Vec<StatementView>, StoreError>;
    async fn statement(&self, id: ConversationId, seq: u32) -> Result<Option<Statement>, StoreError>;
    /// Every statement's `(seq, moderation, is_meta)`, by seq: what voting, routing and the
    /// analysis need, without texts or counts.
    async fn statement_flags(&self, id: ConversationId) -> Result<Vec<(u32, Moderation, bool)>, StoreError>;
    /// The next free statement seq and participant pid of a conversation.
    async fn next_seqs(&self, id: ConversationId) -> Result<(u32, u32), StoreError>;
    /// The pid of a signed-in user in a conversation.
    async fn participant_by_user(&self, id: ConversationId, user: UserId) -> Result<Option<u32>, StoreError>;
    /// The pid an anonymous participant's token (its SHA-256, hex) stands for.
    async fn participant_by_token(&self, id: ConversationId, token_hash: &str) -> Result<Option<u32>, StoreError>;
    /// A participant's latest vote on each statement: `(tid, vote)`, by tid.
    async fn participant_votes(&self, id: ConversationId, pid: u32) -> Result<Vec<(u32, i8)>, StoreError>;
    async fn latest_result(&self, id: ConversationId) -> Result<Option<StoredResult>, StoreError>;
    /// The version of the latest result, without reading the result itself.
    async fn latest_result_version(&self, id: ConversationId) -> Result<Option<u32>, StoreError>;
    async fn result(&self, id: ConversationId, version: u32) -> Result<Option<StoredResult>, StoreError>;
    /// Conversations with vote events that their latest result does not include.
    async fn analysis_needs(&self) -> Result<Vec<AnalysisNeed>, StoreError>;
    /// Every vote event of a conversation, by time, then insertion.
    async fn vote_events(&self, id: ConversationId) -> Result<Vec<VoteEvent>, StoreError>;
    /// The vote events after `after` (all of them for `None`), in the order of
    /// [`DialogueStore::vote_events`], with the conversation's event count from the same
    /// snapshot. Reads only the events after the position (a range of the index on
    /// conversation, time and insertion), so the analysis need not reload the whole log.
    async fn vote_events_after(
        &self,
        id: ConversationId,
        after: Option<VoteCursor>,
    ) -> Result<VoteEventsAfter, StoreError>;
}
