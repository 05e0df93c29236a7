//! Dialogue: Polis-style conversations. A conversation gathers short statements; participants
//! vote agree, disagree or pass on each; an analysis computed elsewhere (opinion groups,
//! consensus, routing priorities) is stored as versioned results.
//!
//! This module holds the types, their validation, who may read and take part (one decision,
//! [`may_read`] and [`may_participate`]), and the payloads of the dialogue commands. Like the
//! rest of the core it does no I/O: ids, times and tokens are made by the caller.
//!
//! Sequence numbers follow Polis: statements are numbered from 0 in each conversation (Polis
//! "tid"), participants too (Polis "pid"). A participant is a pseudonym: the account behind it
//! (or the hash of an anonymous participant's token) is stored but never published, and the
//! log and the audit trail name only the pseudonym.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::access::{Action, Denied, Principal, authorize};
use crate::command::AuditForm;
use crate::id::{OrgId, UserId};
use crate::validate::{Invalid, Problem, required_text};

/// Longest topic, in characters.
pub const TOPIC_MAX: usize = 300;
/// Longest description, in characters (imported Polis descriptions run to a few thousand).
pub const DESCRIPTION_MAX: usize = 10_000;
/// Longest statement, in characters (Polis allows 1,000 in current versions).
pub const STATEMENT_MAX: usize = 1_000;
/// Longest linked governance question, in characters.
pub const QUESTION_MAX: usize = 1_000;
/// Longest URL, in characters.
pub const URL_MAX: usize = 2_000;
/// Most languages a conversation declares.
pub const LANGUAGES_MAX: usize = 20;
/// Most votes one request (and one signed `CastVotes` record) carries.
pub const VOTES_PER_BATCH: usize = 1_000;

/// A conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConversationId(pub Uuid);

impl ConversationId {
    pub fn from_uuid(uuid: Uuid) -> Self {
        Self(uuid)
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl fmt::Display for ConversationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for ConversationId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s.trim()).map(Self)
    }
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable wire and storage name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads the wire name; anything else is an error naming `field` and the choices.
            pub fn parse(field: &str, value: &str) -> Result<Self, Invalid> {
                let v = value.trim();
                Self::ALL.iter().copied().find(|k| k.as_str() == v).ok_or_else(|| {
                    Invalid::new(field, Problem::NotAllowed { allowed: Self::ALL.iter().map(|k| k.as_str()).collect() })
                })
            }
        }
    };
}

word_enum!(
    /// Whether a conversation takes votes and statements.
    ConversationState { Open = "open", Closed = "closed" }
);

word_enum!(
    /// Who may take part (and read, for conversations that are not public).
    Participation {
        /// Anyone; visitors who are not signed in take part under a pseudonymous token.
        Public = "public",
        /// Signed-in users of the node.
        Members = "members",
        /// Users of the invited organisations.
        Invited = "invited",
    }
);

word_enum!(
    /// A moderator's decision on a statement (Polis: 1, 0, −1).
    Moderation { Accepted = "accepted", Unmoderated = "unmoderated", Rejected = "rejected" }
);

word_enum!(
    /// A vote. Its sign is the one of the Polis *export*: agree +1, disagree −1, pass 0.
    VoteValue { Agree = "agree", Disagree = "disagree", Pass = "pass" }
);

impl Moderation {
    /// The Polis value (`moderated` column of the openData export).
    pub fn polis(self) -> i8 {
        match self {
            Moderation::Accepted => 1,
            Moderation::Unmoderated => 0,
            Moderation::Rejected => -1,
        }
    }

    pub fn from_polis(value: i8) -> Option<Self> {
        match value {
            1 => Some(Moderation::Accepted),
            0 => Some(Moderation::Unmoderated),
            -1 => Some(Moderation::Rejected),
            _ => None,
        }
    }
}

impl VoteValue {
    pub fn sign(self) -> i8 {
        match self {
            VoteValue::Agree => 1,
            VoteValue::Disagree => -1,
            VoteValue::Pass => 0,
        }
    }

    pub fn from_sign(value: i8) -> Option<Self> {
        match value {
            1 => Some(VoteValue::Agree),
            -1 => Some(VoteValue::Disagree),
            0 => Some(VoteValue::Pass),
            _ => None,
        }
    }
}

/// The governance question a conversation informs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedQuestion {
    pub text: String,
    pub url: Option<String>,
}

/// Where an imported conversation comes from, with the attribution its licence asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationSource {
    /// e.g. `polis-opendata:vtaiwan.uberx`.
    pub id: String,
    pub attribution: String,
}

/// A conversation's content and settings, as given and, after [`NewConversation::validate`],
/// as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewConversation {
    pub topic: String,
    pub description: String,
    pub question: Option<LinkedQuestion>,
    /// BCP 47 tags (`en`, `zh-Hant`, …), at least one.
    pub languages: Vec<String>,
    pub state: ConversationState,
    pub participation: Participation,
    /// The invited organisations; only with [`Participation::Invited`], and then at least one.
    pub invited: Vec<OrgId>,
    /// Statements from participants stay hidden until a moderator accepts them.
    pub strict_moderation: bool,
    pub source: Option<ConversationSource>,
}

/// Text that may span lines (descriptions, statements): trimmed, bounded in characters, and
/// free of control characters other than line breaks and tabs. `\r\n` becomes `\n`.
pub fn multiline_text(field: &str, value: &str, max: usize, required: bool) -> Result<String, Invalid> {
    let text = value.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() && required {
        return Err(Invalid::new(field, Problem::Missing));
    }
    if text.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new(field, Problem::Malformed { expected: "text without control characters" }));
    }
    Ok(text.to_owned())
}

/// A BCP 47 language tag of the usual shape (`en`, `zh-Hant`, `es-419`), normalised: primary
/// subtag in lower case, script in title case, region in upper case.
pub fn language_tag(field: &str, value: &str) -> Result<String, Invalid> {
    let bad =
        || Invalid::new(field, Problem::Malformed { expected: "a BCP 47 language tag such as en, fr or zh-Hant" });
    let value = value.trim();
    let mut parts = value.split(['-', '_']);
    let primary = parts.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(bad());
    }
    let mut tag = primary.to_ascii_lowercase();
    for part in parts {
        if !(2..=8).contains(&part.len()) || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad());
        }
        tag.push('-');
        if part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()) {
            let mut chars = part.chars();
            tag.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            tag.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else if part.len() == 2 || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit())) {
            tag.push_str(&part.to_ascii_uppercase());
        } else {
            tag.push_str(&part.to_ascii_lowercase());
        }
    }
    Ok(tag)
}

/// An `http` or `https` URL without spaces.
pub fn web_url(field: &str, value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() > "https://".len()
        && !v.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        return Err(Invalid::new(field, Problem::Malformed { expected: "an http or https URL" }));
    }
    if v.chars().count() > URL_MAX {
        return Err(Invalid::new(field, Problem::TooLong { max: URL_MAX }));
    }
    Ok(v.to_owned())
}

impl NewConversation {
    /// A public, open conversation with default settings.
    pub fn new(topic: &str, languages: &[&str]) -> Self {
        NewConversation {
            topic: topic.to_owned(),
            description: String::new(),
            question: None,
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            state: ConversationState::Open,
            participation: Participation::Public,
            invited: Vec::new(),
            strict_moderation: false,
            source: None,
        }
    }

    /// Checks and normalises every field; the error names the first bad one.
    pub fn validate(self) -> Result<NewConversation, Invalid> {
        let topic = required_text("topic", &self.topic, TOPIC_MAX)?;
        let description = multiline_text("description", &self.description, DESCRIPTION_MAX, false)?;
        let question = match self.question {
            None => None,
            Some(q) => {
                let url = match q.url.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(u) => Some(web_url("question.url", u)?),
                };
                let text = multiline_text("question.text", &q.text, QUESTION_MAX, false)?;
                match (text.is_empty(), url) {
                    (true, None) => None,
                    (true, Some(_)) => return Err(Invalid::new("question.text", Problem::Missing)),
                    (false, url) => Some(LinkedQuestion { text, url }),
                }
            }
        };
        if self.languages.is_empty() {
            return Err(Invalid::new("languages", Problem::Missing));
        }
        if self.languages.len() > LANGUAGES_MAX {
            return Err(Invalid::new("languages", Problem::Malformed { expected: "at most 20 language tags" }));
        }
        let mut languages = Vec::with_capacity(self.languages.len());
        for (i, l) in self.languages.iter().enumerate() {
            let tag = language_tag(&format!("languages[{i}]"), l)?;
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        }
        let mut invited = Vec::new();
        let mut seen = BTreeSet::new();
        for org in self.invited {
            if seen.insert(org) {
                invited.push(org);
            }
        }
        match (self.participation, invited.is_empty()) {
            (Participation::Invited, true) => return Err(Invalid::new("invited", Problem::Missing)),
            (Participation::Public | Participation::Members, false) => {
                return Err(Invalid::new(
                    "invited",
                    Problem::Malformed { expected: "empty unless participation is invited" },
                ));
            }
            _ => {}
        }
        let source = match self.source {
            None => None,
            Some(s) => Some(ConversationSource {
                id: required_text("source.id", &s.id, 200)?,
                attribution: multiline_text("source.attribution", &s.attribution, 2_000, false)?,
            }),
        };
        Ok(NewConversation {
            topic,
            description,
            question,
            languages,
            state: self.state,
            participation: self.participation,
            invited,
            strict_moderation: self.strict_moderation,
            source,
        })
    }

    /// Whether the content may be published in the log and the audit trail. A conversation that
    /// is not public leaves only digests there: the log is readable by anyone.
    pub fn public(&self) -> bool {
        self.participation == Participation::Public
    }
}

/// A change to a conversation: every field is optional; absent fields stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConversationUpdate {
    pub topic: Option<String>,
    pub description: Option<String>,
    /// `Some(None)` removes the linked question.
    pub question: Option<Option<LinkedQuestion>>,
    pub languages: Option<Vec<String>>,
    pub state: Option<ConversationState>,
    pub participation: Option<Participation>,
    pub invited: Option<Vec<OrgId>>,
    pub strict_moderation: Option<bool>,
}

impl ConversationUpdate {
    pub fn is_empty(&self) -> bool {
        *self == ConversationUpdate::default()
    }

    /// The conversation with this change applied, validated.
    pub fn apply_to(self, current: &NewConversation) -> Result<NewConversation, Invalid> {
        let mut next = current.clone();
        if let Some(v) = self.topic {
            next.topic = v;
        }
        if let Some(v) = self.description {
            next.description = v;
        }
        if let Some(v) = self.question {
            next.question = v;
        }
        if let Some(v) = self.languages {
            next.languages = v;
        }
        if let Some(v) = self.state {
            next.state = v;
        }
        if let Some(v) = self.participation {
            next.participation = v;
            // Leaving the invited mode drops the invitations unless new ones are given.
            if v != Participation::Invited && self.invited.is_none() {
                next.invited.clear();
            }
        }
        if let Some(v) = self.invited {
            next.invited = v;
        }
        if let Some(v) = self.strict_moderation {
            next.strict_moderation = v;
        }
        next.validate()
    }
}

// ---- who may read and take part --------------------------------------------------------------

/// May `p` read a conversation with this participation? Public conversations: anyone. Members:
/// signed-in users. Invited: users of the invited organisations, the node's editors and
/// administrators (they moderate), and the operator.
pub fn may_read(p: &Principal, participation: Participation, invited: &[OrgId]) -> Result<(), Denied> {
    match participation {
        Participation::Public => authorize(p, Action::ViewPublic),
        Participation::Members => authorize(p, Action::ViewCommunity),
        Participation::Invited => {
            authorize(p, Action::ViewCommunity)?;
            match p {
                Principal::Operator => Ok(()),
                Principal::User { org_id, .. } if invited.contains(org_id) => Ok(()),
                _ if authorize(p, Action::EditContent).is_ok() => Ok(()),
                _ => Err(Denied::Forbidden),
            }
        }
    }
}

/// May `p` vote and submit statements? Public conversations: anyone (visitors who are not
/// signed in under a pseudonymous token); members: signed-in users with the `write` scope;
/// invited: such users of the invited organisations only (moderators moderate, they do not
/// vote unless invited).
pub fn may_participate(p: &Principal, participation: Participation, invited: &[OrgId]) -> Result<(), Denied> {
    match (participation, p) {
        (Participation::Public, Principal::Anonymous) => Ok(()),
        (Participation::Public | Participation::Members, _) => authorize(p, Action::Participate),
        (Participation::Invited, _) => {
            authorize(p, Action::Participate)?;
            match p {
                Principal::User { org_id, .. } if invited.contains(org_id) => Ok(()),
                Principal::Operator => Ok(()),
                _ => Err(Denied::Forbidden),
            }
        }
    }
}

/// May `p` create conversations, change them and moderate statements? Editors and
/// administrators of the node (and the operator).
pub fn may_moderate(p: &Principal) -> Result<(), Denied> {
    authorize(p, Action::EditContent)
}

// ---- stored records -------------------------------------------------------------------------

/// A conversation as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conversation {
    pub id: ConversationId,
    #[serde(flatten)]
    pub content: NewConversation,
    /// The organisation of the user who created it; none for the operator's imports.
    pub organisation: Option<OrgId>,
    /// Its version in the log (1 when created).
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A conversation with its counts, for lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConversationSummary {
    #[serde(flatten)]
    pub conversation: Conversation,
    pub statements: u64,
    pub participants: u64,
    /// Vote events (every vote, including changed ones).
    pub votes: u64,
}

/// A statement as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub seq: u32,
    pub text: String,
    pub lang: String,
    /// The participant who wrote it; none for statements seeded by moderators.
    pub author: Option<u32>,
    pub moderation: Moderation,
    pub is_meta: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// Vote counts of one statement from the latest vote of each participant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct VoteCounts {
    pub agree: u64,
    pub disagree: u64,
    pub pass: u64,
}

/// A statement with its counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatementView {
    #[serde(flatten)]
    pub statement: Statement,
    pub votes: VoteCounts,
}

/// One vote event (Polis's `votes.csv` row): participant, statement, value, time in ms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEvent {
    pub pid: u32,
    pub tid: u32,
    /// +1 agree, −1 disagree, 0 pass.
    pub vote: i8,
    /// Milliseconds since the Unix epoch.
    pub at_ms: i64,
}

/// A stored analysis result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoredResult {
    pub conversation: ConversationId,
    pub version: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub computed_at: OffsetDateTime,
    /// How many vote events the analysis included.
    pub votes_watermark: u64,
    pub result: Value,
    /// SHA-256 (hex) of the result's JSON text as stored.
    pub sha256: String,
}

/// What the analysis reads: every statement's moderation and meta flag, and every vote event
/// ordered by time, then by insertion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnalysisInput {
    pub statements: Vec<(u32, Moderation, bool)>,
    pub votes: Vec<VoteEvent>,
}

/// A statement of an import (a Polis `comments.csv` row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedStatement {
    pub seq: u32,
    pub text: String,
    pub lang: String,
    pub author_pid: Option<u32>,
    pub moderation: Moderation,
    pub is_meta: bool,
    pub created_at: OffsetDateTime,
}

/// The participants of an import: `Count(n)` is pids `0..n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportedParticipants {
    Count(u32),
    Pids(Vec<u32>),
}

// ---- command payloads -----------------------------------------------------------------------

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

// ---- validation of votes and imports --------------------------------------------------------

/// Checks an import before anything is written: statement seqs unique, authors among the
/// participants, votes on known statements by known participants with values in −1..=1. The
/// error names the item (`statements[3].seq`, `votes[41999].vote`).
pub fn validate_import(
    statements: &[ImportedStatement],
    participants: &ImportedParticipants,
    votes: &[VoteEvent],
) -> Result<(), Invalid> {
    let pids: BTreeSet<u32> = match participants {
        ImportedParticipants::Count(n) => (0..*n).collect(),
        ImportedParticipants::Pids(list) => {
            let mut set = BTreeSet::new();
            for (i, pid) in list.iter().enumerate() {
                if !set.insert(*pid) {
                    return Err(Invalid::new(format!("participants[{i}]"), Problem::Duplicate));
                }
            }
            set
        }
    };
    let mut tids = BTreeSet::new();
    for (i, s) in statements.iter().enumerate() {
        if !tids.insert(s.seq) {
            return Err(Invalid::new(format!("statements[{i}].seq"), Problem::Duplicate));
        }
        multiline_text(&format!("statements[{i}].text"), &s.text, STATEMENT_MAX, true)?;
        language_tag(&format!("statements[{i}].lang"), &s.lang)?;
        if let Some(a) = s.author_pid
            && !pids.contains(&a)
        {
            return Err(Invalid::new(
                format!("statements[{i}].author_pid"),
                Problem::Malformed { expected: "a participant of this import" },
            ));
        }
    }
    for (i, v) in votes.iter().enumerate() {
        if !(-1..=1).contains(&v.vote) {
            return Err(Invalid::new(
                format!("votes[{i}].vote"),
                Problem::Malformed { expected: "-1 (disagree), 0 (pass) or 1 (agree)" },
            ));
        }
        if !tids.contains(&v.tid) {
            return Err(Invalid::new(
                format!("votes[{i}].tid"),
                Problem::Malformed { expected: "the seq of a statement of this import" },
            ));
        }
        if !pids.contains(&v.pid) {
            return Err(Invalid::new(
                format!("votes[{i}].pid"),
                Problem::Malformed { expected: "a participant of this import" },
            ));
        }
    }
    Ok(())
}

/// Whether a statement can be voted on and shown to participants: accepted, or not yet
/// moderated in a conversation without strict moderation.
pub fn is_visible(moderation: Moderation, strict: bool) -> bool {
    match moderation {
        Moderation::Accepted => true,
        Moderation::Unmoderated => !strict,
        Moderation::Rejected => false,
    }
}

/// Picks an index with probability proportional to its weight (Polis's
/// `selectProbabilistically`). `unit` is a uniform number in [0, 1) from the caller (the core
/// has no randomness). Negative or non-finite weights count as 0; when every weight is 0 the
/// choice is uniform. `None` only for an empty list.
pub fn pick_weighted(weights: &[f64], unit: f64) -> Option<usize> {
    if weights.is_empty() {
        return None;
    }
    let clean = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    let total: f64 = weights.iter().map(|w| clean(*w)).sum();
    let unit = if unit.is_finite() { unit.clamp(0.0, 1.0) } else { 0.0 };
    if total <= 0.0 {
        let n = weights.len();
        return Some(((unit * n as f64) as usize).min(n - 1));
    }
    let target = unit * total;
    let mut acc = 0.0;
    let mut last = 0;
    for (i, w) in weights.iter().enumerate() {
        let w = clean(*w);
        if w <= 0.0 {
            continue;
        }
        last = i;
        acc += w;
        if target < acc {
            return Some(i);
        }
    }
    // Rounding left the target at the very end: the last index with weight.
    Some(last)
}

/// Routing priorities from a result's `statements[]` (`{ "id": seq, "priority": f64 }`).
pub fn priorities(result: &Value) -> std::collections::BTreeMap<u32, f64> {
    result
        .get("statements")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|s| {
                    let id = u32::try_from(s.get("id")?.as_u64()?).ok()?;
                    let p = s.get("priority")?.as_f64()?;
                    Some((id, p))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::member::Role;

    fn user(org: OrgId, role: Role) -> Principal {
        Principal::User { user_id: UserId(Uuid::nil()), org_id: org, role, scopes: None }
    }

    #[test]
    fn conversations_are_validated_and_normalised() {
        let mut c = NewConversation::new("  Should frontier models be licensed?  ", &["EN", "zh-hant", "en"]);
        c.description = "Line one\r\nline two".into();
        let v = c.clone().validate().unwrap();
        assert_eq!(v.topic, "Should frontier models be licensed?");
        assert_eq!(v.languages, vec!["en", "zh-Hant"]);
        assert_eq!(v.description, "Line one\nline two");

        let mut bad = c.clone();
        bad.languages = vec!["en".into(), "english!".into()];
        assert_eq!(bad.validate().unwrap_err().field, "languages[1]");
        let mut bad = c.clone();
        bad.participation = Participation::Invited;
        assert_eq!(bad.validate().unwrap_err(), Invalid::new("invited", Problem::Missing));
        let mut bad = c.clone();
        bad.invited = vec![OrgId(Uuid::nil())];
        assert_eq!(bad.validate().unwrap_err().field, "invited");
        let mut bad = c.clone();
        bad.question = Some(LinkedQuestion { text: "Q".into(), url: Some("ftp://x".into()) });
        assert_eq!(bad.validate().unwrap_err().field, "question.url");
        let mut bad = c;
        bad.topic = " ".into();
        assert_eq!(bad.validate().unwrap_err().field, "topic");
        assert_eq!(ConversationState::parse("state", "shut").unwrap_err().field, "state");
    }

    #[test]
    fn read_and_participation_matrix() {
        let a = OrgId(Uuid::from_u128(1));
        let b = OrgId(Uuid::from_u128(2));
        let anon = Principal::Anonymous;
        let member_a = user(a, Role::Member);
        let member_b = user(b, Role::Member);
        let editor_b = user(b, Role::Editor);
        let read_only = Principal::User {
            user_id: UserId(Uuid::nil()),
            org_id: a,
            role: Role::Member,
            scopes: Some(vec![crate::Scope::Read]),
        };
        use Participation::*;
        // (mode, principal, may read, may participate)
        let cases = [
            (Public, &anon, true, true),
            (Public, &member_b, true, true),
            (Public, &read_only, true, false),
            (Members, &anon, false, false),
            (Members, &member_b, true, true),
            (Invited, &anon, false, false),
            (Invited, &member_a, true, true),
            (Invited, &member_b, false, false),
            (Invited, &editor_b, true, false),
            (Invited, &read_only, true, false),
        ];
        for (mode, p, read, take_part) in cases {
            assert_eq!(may_read(p, mode, &[a]).is_ok(), read, "read {mode:?} {p:?}");
            assert_eq!(may_participate(p, mode, &[a]).is_ok(), take_part, "participate {mode:?} {p:?}");
        }
        assert_eq!(may_read(&anon, Members, &[]), Err(Denied::NotAuthenticated));
        assert!(may_moderate(&editor_b).is_ok());
        assert_eq!(may_moderate(&member_a), Err(Denied::Forbidden));
    }

    #[test]
    fn imports_are_checked_item_by_item() {
        let at = OffsetDateTime::UNIX_EPOCH;
        let st = |seq| ImportedStatement {
            seq,
            text: "A statement".into(),
            lang: "en".into(),
            author_pid: Some(0),
            moderation: Moderation::Accepted,
            is_meta: false,
            created_at: at,
        };
        let vote = |pid, tid, vote| VoteEvent { pid, tid, vote, at_ms: 0 };
        let people = ImportedParticipants::Count(2);
        assert!(validate_import(&[st(0), st(1)], &people, &[vote(0, 1, 1), vote(1, 0, -1)]).is_ok());
        assert_eq!(validate_import(&[st(0), st(0)], &people, &[]).unwrap_err().field, "statements[1].seq");
        assert_eq!(
            validate_import(&[st(0)], &people, &[vote(0, 0, 1), vote(0, 0, 2)]).unwrap_err().field,
            "votes[1].vote"
        );
        assert_eq!(validate_import(&[st(0)], &people, &[vote(0, 7, 1)]).unwrap_err().field, "votes[0].tid");
        assert_eq!(validate_import(&[st(0)], &people, &[vote(5, 0, 1)]).unwrap_err().field, "votes[0].pid");
        let nobody = ImportedParticipants::Pids(vec![]);
        assert_eq!(validate_import(&[st(0)], &nobody, &[]).unwrap_err().field, "statements[0].author_pid");
    }

    #[test]
    fn weighted_choice_follows_the_weights() {
        assert_eq!(pick_weighted(&[], 0.5), None);
        assert_eq!(pick_weighted(&[1.0, 3.0], 0.0), Some(0));
        assert_eq!(pick_weighted(&[1.0, 3.0], 0.24), Some(0));
        assert_eq!(pick_weighted(&[1.0, 3.0], 0.26), Some(1));
        assert_eq!(pick_weighted(&[0.0, 2.0, 0.0], 0.99), Some(1));
        assert_eq!(pick_weighted(&[0.0, f64::NAN, -1.0], 0.99), Some(2), "all zero: uniform");
        assert_eq!(pick_weighted(&[1.0, 1.0], 1.0), Some(1));
        let result = json!({ "statements": [{ "id": 3, "priority": 2.5 }, { "id": "x" }] });
        assert_eq!(priorities(&result).into_iter().collect::<Vec<_>>(), vec![(3, 2.5)]);
    }

    #[test]
    fn logs_never_name_the_person_behind_a_participant() {
        let conv = ConversationId(Uuid::from_u128(9));
        let batch = VoteBatch {
            id: Uuid::nil(),
            conversation: conv,
            joined: vec![NewParticipant {
                pid: 4,
                user: Some(UserId(Uuid::from_u128(0xABCD))),
                token_hash: Some("SECRET-HASH".into()),
            }],
            votes: vec![VoteEvent { pid: 4, tid: 0, vote: 1, at_ms: 1 }],
            public: true,
            content_sha256: "d1g3st".into(),
        };
        let text = batch.audit().payload.to_string();
        assert!(!text.contains("SECRET") && !text.contains("abcd"), "{text}");
        assert!(text.contains("\"pid\":4"), "{text}");
        let sealed = VoteBatch { public: false, ..batch }.audit().payload;
        assert!(sealed.get("votes").is_none() && sealed["content_sha256"] == "d1g3st", "{sealed}");
    }
}
