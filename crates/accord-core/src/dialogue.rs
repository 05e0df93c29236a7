//! Dialogue: Polis-style conversations. A conversation gathers short statements; participants
//! vote agree, disagree or pass on each; an analysis computed elsewhere (opinion groups,
//! consensus, routing priorities) is stored as versioned results.
//!
//! This module holds the types, who may read and take part (one decision, [`may_read`] and
//! [`may_participate`]) and the routing helpers; the validation of conversations and imports is
//! in `dialogue/validate.rs`, the payloads of the dialogue commands and their audit forms in
//! `dialogue/command.rs` (both re-exported here). Like the rest of the core it does no I/O:
//! ids, times and tokens are made by the caller.
//!
//! Sequence numbers follow Polis: statements are numbered from 0 in each conversation (Polis
//! "tid"), participants too (Polis "pid"). A participant is a pseudonym: the account behind it
//! (or the hash of an anonymous participant's token) is stored but never published, and the
//! log and the audit trail name only the pseudonym.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::access::{Action, Denied, Principal, authorize};
use crate::id::OrgId;
use crate::validate::{Invalid, Problem};

mod command;
#[cfg(test)]
mod tests;
mod validate;

pub use command::{
    ConversationRevision, NewParticipant, NewStatement, ResultVersion, StatementModeration, VoteBatch, subject,
};
pub use validate::{language_tag, multiline_text, validate_import, web_url};

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

// ---- routing --------------------------------------------------------------------------------

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
