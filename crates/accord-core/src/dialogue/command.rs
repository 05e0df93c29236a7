//! The payloads of the dialogue commands and their audit and log forms: never the account or
//! token of a participant; for conversations that are not public, digests instead of content.

use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use super::{ConversationId, Moderation, NewConversation, VoteEvent};
use crate::command::AuditForm;
use crate::id::{OrgId, UserId};

/// A participant joining a conversation, written with the first statement or votes that need it.
/// The account or token hash never leaves the store: audit and log carry only `pid`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewParticipant {
    pub pid: u32,
    /// The signed-in user behind the pseudonym.
    pub user: Option<UserId>,
    /// SHA-256 (hex) of an anonymous participant's token.
    pub token_hash: Option<String>,
}

/// A conversation version: its creation (`first`) or an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversationRevision {
    pub id: ConversationId,
    pub first: bool,
    pub content: NewConversation,
    /// Set on creation only.
    pub organisation: Option<OrgId>,
    pub created_by: Option<UserId>,
    /// SHA-256 (hex) of [`ConversationRevision::content`]'s JSON text, made by the caller (the
    /// core does no hashing); the log carries only this when the conversation is not public.
    pub content_sha256: String,
}

/// A new statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStatement {
    pub conversation: ConversationId,
    pub seq: u32,
    pub text: String,
    pub lang: String,
    pub author: Option<u32>,
    pub moderation: Moderation,
    pub is_meta: bool,
    pub created_at: OffsetDateTime,
    /// The author, when this statement is their first act in the conversation.
    pub joined: Option<NewParticipant>,
    /// The conversation is public: the log may carry the text (otherwise its digest).
    pub public: bool,
    /// SHA-256 (hex) of [`NewStatement::content`]'s JSON text, made by the caller.
    pub content_sha256: String,
}

/// A moderation decision (and, optionally, the meta flag) on a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementModeration {
    pub conversation: ConversationId,
    pub seq: u32,
    pub moderation: Moderation,
    pub is_meta: Option<bool>,
    pub public: bool,
}

/// Votes, at most [`VOTES_PER_BATCH`], as one signed record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteBatch {
    /// The record's id in the log.
    pub id: Uuid,
    pub conversation: ConversationId,
    /// Participants first seen in this batch.
    pub joined: Vec<NewParticipant>,
    pub votes: Vec<VoteEvent>,
    pub public: bool,
    /// SHA-256 (hex) of [`VoteBatch::content`]'s JSON text, made by the caller.
    pub content_sha256: String,
}

/// A version of a conversation's analysis result.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultVersion {
    pub conversation: ConversationId,
    /// 1, 2, … in each conversation; the store refuses anything but the next one.
    pub version: u32,
    pub votes_watermark: u64,
    pub result: Value,
    /// SHA-256 (hex) of `result`'s JSON text (`result.to_string()`, what the store keeps),
    /// made by the caller.
    pub sha256: String,
}

/// Log subject kinds of the dialogue records.
pub mod subject {
    pub const CONVERSATION: &str = "conversation";
    pub const STATEMENT: &str = "conversation_statement";
    pub const VOTES: &str = "conversation_votes";
    pub const RESULT: &str = "conversation_result";
}

fn statement_subject(conversation: ConversationId, seq: u32) -> crate::Subject {
    crate::Subject { kind: subject::STATEMENT, id: format!("{conversation}/{seq}") }
}

fn votes_json(votes: &[VoteEvent]) -> Value {
    Value::Array(
        votes.iter().map(|v| json!({ "pid": v.pid, "tid": v.tid, "vote": v.vote, "at_ms": v.at_ms })).collect(),
    )
}

/// The audit and log forms of the dialogue commands. Never the account or token of a
/// participant; for conversations that are not public, digests instead of content.
impl ConversationRevision {
    /// What is published about this version (or digested, when the conversation is not public).
    pub fn content(&self) -> Value {
        let c = &self.content;
        json!({
            "topic": c.topic,
            "description": c.description,
            "question": c.question,
            "languages": c.languages,
            "state": c.state,
            "participation": c.participation,
            "invited": c.invited,
            "strict_moderation": c.strict_moderation,
            "source": c.source,
            "organisation": self.organisation,
        })
    }

    pub fn audit(&self) -> AuditForm {
        AuditForm {
            action: if self.first { "conversation.create" } else { "conversation.update" },
            subject: crate::Subject { kind: subject::CONVERSATION, id: self.id.to_string() },
            public: true,
            payload: if self.content.public() {
                self.content()
            } else {
                json!({ "sealed": true, "content_sha256": self.content_sha256 })
            },
        }
    }
}

impl NewStatement {
    pub fn content(&self) -> Value {
        json!({
            "conversation": self.conversation,
            "seq": self.seq,
            "text": self.text,
            "lang": self.lang,
            "author": self.author,
            "moderation": self.moderation,
            "is_meta": self.is_meta,
            "created_at": crate::command::rfc3339(self.created_at),
        })
    }

    pub fn audit(&self) -> AuditForm {
        let mut payload = if self.public {
            self.content()
        } else {
            json!({
                "conversation": self.conversation,
                "seq": self.seq,
                "sealed": true,
                "content_sha256": self.content_sha256,
            })
        };
        if let (Some(p), Value::Object(map)) = (&self.joined, &mut payload) {
            map.insert("joined".into(), json!([p.pid]));
        }
        AuditForm {
            action: "statement.create",
            subject: statement_subject(self.conversation, self.seq),
            public: true,
            payload,
        }
    }
}

impl StatementModeration {
    pub fn audit(&self) -> AuditForm {
        AuditForm {
            action: "statement.moderate",
            subject: statement_subject(self.conversation, self.seq),
            public: true,
            // A decision says nothing of the text: it is published as it is.
            payload: json!({
                "conversation": self.conversation,
                "seq": self.seq,
                "moderation": self.moderation,
                "is_meta": self.is_meta,
            }),
        }
    }
}

impl VoteBatch {
    pub fn content(&self) -> Value {
        let joined: Vec<u32> = self.joined.iter().map(|p| p.pid).collect();
        json!({ "conversation": self.conversation, "joined": joined, "votes": votes_json(&self.votes) })
    }

    pub fn audit(&self) -> AuditForm {
        let payload = if self.public {
            self.content()
        } else {
            json!({
                "conversation": self.conversation,
                "count": self.votes.len(),
                "sealed": true,
                "content_sha256": self.content_sha256,
            })
        };
        AuditForm {
            action: "votes.cast",
            subject: crate::Subject { kind: subject::VOTES, id: self.id.to_string() },
            public: true,
            payload,
        }
    }
}

impl ResultVersion {
    pub fn audit(&self) -> AuditForm {
        AuditForm {
            action: "result.save",
            subject: crate::Subject { kind: subject::RESULT, id: self.conversation.to_string() },
            public: true,
            // The result itself can be large; the log carries its digest.
            payload: json!({
                "conversation": self.conversation,
                "version": self.version,
                "votes_watermark": self.votes_watermark,
                "result_sha256": self.sha256,
            }),
        }
    }
}
