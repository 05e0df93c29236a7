//! Formal resolutions: the member-state decision mechanism beside the open dialogue.
//!
//! A resolution is a draft text decided by a named body under a voting rule and a quorum, by
//! an electorate of member organisations (one vote each). It goes draft → voting → closed.
//! While it is a draft, members of the electorate propose amendments and the chair (an editor
//! or administrator) adopts or rejects each; an adopted amendment replaces the draft text, and
//! every earlier text is kept. Votes are recorded with an optional explanation of vote; the
//! result is published as its own signed record carrying the counts and the SHA-256 of the
//! final text.
//!
//! Every change is a [`ResolutionCommand`] inside [`crate::Command::Resolution`], so each one
//! passes the one write path and becomes a signed record of the transparency log. The voting
//! rule, quorum and choice types here are the only ones: the voting arithmetic itself,
//! `accord_consensus::resolution::tally`, takes them as they are.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::command::{AuditForm, Subject, rfc3339};
use crate::id::{OrgId, UserId};

/// A resolution's id (UUIDv7, made by the node).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ResolutionId(pub Uuid);

impl fmt::Display for ResolutionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for ResolutionId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s.trim()).map(Self)
    }
}

/// How the body decides (the rules are explained in `accord_consensus::resolution`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VotingRule {
    /// More yes than no among the members present and voting.
    SimpleMajority,
    /// Yes at least two-thirds of the members present and voting.
    TwoThirds,
    /// Adopted when the silence period (seconds) ends without objection.
    Consensus { silence_period_secs: u64 },
}

impl VotingRule {
    pub const KINDS: [&'static str; 3] = ["simple_majority", "two_thirds", "consensus"];

    pub fn kind(&self) -> &'static str {
        match self {
            VotingRule::SimpleMajority => "simple_majority",
            VotingRule::TwoThirds => "two_thirds",
            VotingRule::Consensus { .. } => "consensus",
        }
    }

    pub fn is_consensus(&self) -> bool {
        matches!(self, VotingRule::Consensus { .. })
    }

    /// Whether `choice` can be cast under this rule: yes/no/abstain for votes, objection or no
    /// objection for the silence procedure.
    pub fn accepts(&self, choice: Choice) -> bool {
        match self {
            VotingRule::Consensus { .. } => matches!(choice, Choice::Objection | Choice::NoObjection),
            _ => matches!(choice, Choice::Yes | Choice::No | Choice::Abstain),
        }
    }

    /// The choices this rule accepts, in the order a ballot lists them.
    pub fn choices(&self) -> &'static [Choice] {
        match self {
            VotingRule::Consensus { .. } => &[Choice::NoObjection, Choice::Objection],
            _ => &[Choice::Yes, Choice::No, Choice::Abstain],
        }
    }
}

/// How many members of the electorate must vote (abstentions included) for a vote to stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quorum {
    /// At least `count` members (0: none).
    Members { count: u32 },
    /// At least this fraction of the electorate, rounded up: ½ of 9 members is 5.
    Fraction { numerator: u32, denominator: u32 },
}

impl Quorum {
    pub const KINDS: [&'static str; 3] = ["none", "members", "fraction"];

    /// No quorum.
    pub const NONE: Quorum = Quorum::Members { count: 0 };

    /// The number of members the quorum asks for in an electorate of `electorate` members.
    /// Saturates instead of failing; `accord_consensus::resolution::check_setup` refuses the
    /// shapes that make no sense.
    pub fn required(&self, electorate: u32) -> u32 {
        match *self {
            Quorum::Members { count } => count,
            Quorum::Fraction { numerator, denominator } => {
                if denominator == 0 {
                    return electorate;
                }
                // ceil(n·e / d) in u64: u32·u32 cannot overflow it.
                let wanted = (u64::from(numerator) * u64::from(electorate)).div_ceil(u64::from(denominator));
                u32::try_from(wanted).unwrap_or(u32::MAX)
            }
        }
    }
}

/// A member's recorded choice: yes, no or abstain in a vote; objection or no objection in the
/// silence procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Yes,
    No,
    Abstain,
    Objection,
    NoObjection,
}

impl Choice {
    pub const ALL: [Choice; 5] = [Choice::Yes, Choice::No, Choice::Abstain, Choice::Objection, Choice::NoObjection];

    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Yes => "yes",
            Choice::No => "no",
            Choice::Abstain => "abstain",
            Choice::Objection => "objection",
            Choice::NoObjection => "no_objection",
        }
    }

    pub fn parse(text: &str) -> Option<Choice> {
        Self::ALL.into_iter().find(|c| c.as_str() == text.trim())
    }
}

/// Where a resolution stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResolutionState {
    /// The text may be amended; nobody votes yet.
    Draft,
    /// Votes are taken (or the silence period runs); the text is fixed.
    Voting,
    /// The result is published.
    Closed,
}

impl ResolutionState {
    pub fn as_str(self) -> &'static str {
        match self {
            ResolutionState::Draft => "draft",
            ResolutionState::Voting => "voting",
            ResolutionState::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<ResolutionState> {
        [ResolutionState::Draft, ResolutionState::Voting, ResolutionState::Closed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmendmentStatus {
    Proposed,
    Adopted,
    Rejected,
}

impl AmendmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AmendmentStatus::Proposed => "proposed",
            AmendmentStatus::Adopted => "adopted",
            AmendmentStatus::Rejected => "rejected",
        }
    }

    pub fn parse(text: &str) -> Option<AmendmentStatus> {
        [AmendmentStatus::Proposed, AmendmentStatus::Adopted, AmendmentStatus::Rejected]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

// ---- commands -------------------------------------------------------------------------------

/// Every change to a resolution. Each is public: its audit form is signed and appended to the
/// log. Record kinds: `resolution` (creation, opening of the vote), `resolution_amendment`
/// (`<id>/amendments/<seq>`: proposal, then decision), `resolution_vote` (`<id>/votes/<org>`:
/// one record per member, a new version each time it votes again) and `resolution_result`.
#[derive(Clone, Debug, PartialEq)]
pub enum ResolutionCommand {
    Create(NewResolution),
    ProposeAmendment(NewAmendment),
    DecideAmendment(AmendmentDecision),
    OpenVoting(VotingWindow),
    CastVote(NewVote),
    /// Closes the vote and publishes the result (its own record, version 1).
    PublishResult(Box<ResolutionResult>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResolution {
    pub id: ResolutionId,
    /// The deciding body, e.g. "Plenary" or "Working Group on Evaluation".
    pub body: String,
    pub title: String,
    pub text: String,
    /// SHA-256 (hex) of `text`'s UTF-8 bytes.
    pub text_sha256: String,
    /// BCP 47 language of title and text.
    pub lang: String,
    pub rule: VotingRule,
    pub quorum: Quorum,
    /// One vote each; sorted, without repeats.
    pub electorate: Vec<OrgId>,
    /// The organisation of the editor who created it (none for the operator).
    pub created_by: Option<OrgId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAmendment {
    pub resolution: ResolutionId,
    /// 1, 2, 3… within the resolution.
    pub seq: u32,
    pub proposer: OrgId,
    pub proposed_by: UserId,
    /// The whole text the amendment would put in place of the draft.
    pub text: String,
    pub text_sha256: String,
    pub rationale: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmendmentDecision {
    pub resolution: ResolutionId,
    pub seq: u32,
    pub adopted: bool,
    /// The chair who decided (none for the operator).
    pub decided_by: Option<UserId>,
    /// The draft's text version after the decision (unchanged when rejected).
    pub text_version: u32,
    /// SHA-256 of the draft text after the decision.
    pub text_sha256: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VotingWindow {
    pub resolution: ResolutionId,
    pub opens_at: OffsetDateTime,
    /// The close of voting, or the end of the silence period under consensus (whole seconds).
    pub closes_at: OffsetDateTime,
    /// The text put to the vote.
    pub text_sha256: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVote {
    pub resolution: ResolutionId,
    /// The member voting; its vote replaces any earlier one until voting closes.
    pub organisation: OrgId,
    pub choice: Choice,
    /// The explanation of vote, as the delegation gives it.
    pub explanation: Option<String>,
    pub cast_by: UserId,
}

/// The published result: the counts, the outcome and the text decided upon.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolutionResult {
    pub resolution: ResolutionId,
    /// `adopted`, `rejected` or `no_quorum`.
    pub outcome: String,
    /// Why, as `accord_consensus::resolution::Reason` names it (`tie`, `silence_broken`, …).
    pub reason: String,
    pub rule: VotingRule,
    pub quorum: Quorum,
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    pub objections: u32,
    pub no_objections: u32,
    pub present: u32,
    pub not_voted: u32,
    pub electorate: u32,
    pub quorum_required: u32,
    pub quorum_met: bool,
    pub yes_required: u32,
    /// SHA-256 (hex) of the text voted on.
    pub text_sha256: String,
    /// When voting closed: the deadline, or the chair's earlier close, or the objection.
    #[serde(with = "time::serde::rfc3339")]
    pub closed_at: OffsetDateTime,
    /// `deadline` (the close time or silence end passed), `chair` (closed by an editor),
    /// `objection` (the silence was broken).
    pub closed_by: String,
}

impl ResolutionCommand {
    /// Whether the command makes a new log record (version 1) rather than a new version.
    pub fn creates_subject(&self) -> bool {
        matches!(
            self,
            ResolutionCommand::Create(_) | ResolutionCommand::ProposeAmendment(_) | ResolutionCommand::PublishResult(_)
        )
    }

    pub fn resolution(&self) -> ResolutionId {
        match self {
            ResolutionCommand::Create(r) => r.id,
            ResolutionCommand::ProposeAmendment(a) => a.resolution,
            ResolutionCommand::DecideAmendment(d) => d.resolution,
            ResolutionCommand::OpenVoting(w) => w.resolution,
            ResolutionCommand::CastVote(v) => v.resolution,
            ResolutionCommand::PublishResult(r) => r.resolution,
        }
    }

    /// The public form: everything here is meant to be published (member states' votes and
    /// explanations are on the record, as in a recorded vote). No e-mail addresses.
    pub fn audit(&self) -> AuditForm {
        let subject = |kind: &'static str, id: String| Subject { kind, id };
        match self {
            ResolutionCommand::Create(r) => AuditForm {
                action: "resolution.create",
                subject: subject("resolution", r.id.to_string()),
                public: true,
                payload: json!({
                    "body": r.body,
                    "title": r.title,
                    "text": r.text,
                    "text_sha256": r.text_sha256,
                    "lang": r.lang,
                    "rule": r.rule,
                    "quorum": r.quorum,
                    "electorate": r.electorate,
                    "created_by": r.created_by,
                }),
            },
            ResolutionCommand::ProposeAmendment(a) => AuditForm {
                action: "resolution.amendment.propose",
                subject: subject("resolution_amendment", amendment_record_id(a.resolution, a.seq)),
                public: true,
                payload: json!({
                    "resolution": a.resolution,
                    "seq": a.seq,
                    "proposer": a.proposer,
                    "proposed_by": a.proposed_by,
                    "text": a.text,
                    "text_sha256": a.text_sha256,
                    "rationale": a.rationale,
                }),
            },
            ResolutionCommand::DecideAmendment(d) => AuditForm {
                action: if d.adopted { "resolution.amendment.adopt" } else { "resolution.amendment.reject" },
                subject: subject("resolution_amendment", amendment_record_id(d.resolution, d.seq)),
                public: true,
                payload: json!({
                    "resolution": d.resolution,
                    "seq": d.seq,
                    "status": if d.adopted { "adopted" } else { "rejected" },
                    "decided_by": d.decided_by,
                    "text_version": d.text_version,
                    "text_sha256": d.text_sha256,
                }),
            },
            ResolutionCommand::OpenVoting(w) => AuditForm {
                action: "resolution.open",
                subject: subject("resolution", w.resolution.to_string()),
                public: true,
                payload: json!({
                    "opens_at": rfc3339(w.opens_at),
                    "closes_at": rfc3339(w.closes_at),
                    "text_sha256": w.text_sha256,
                }),
            },
            ResolutionCommand::CastVote(v) => AuditForm {
                action: "resolution.vote",
                subject: subject("resolution_vote", vote_record_id(v.resolution, v.organisation)),
                public: true,
                payload: json!({
                    "resolution": v.resolution,
                    "organisation": v.organisation,
                    "choice": v.choice,
                    "explanation": v.explanation,
                    "cast_by": v.cast_by,
                }),
            },
            ResolutionCommand::PublishResult(r) => AuditForm {
                action: "resolution.result",
                subject: subject("resolution_result", r.resolution.to_string()),
                public: true,
                payload: serde_json::to_value(r.as_ref()).unwrap_or(Value::Null),
            },
        }
    }
}

/// The log id of an amendment's record.
pub fn amendment_record_id(resolution: ResolutionId, seq: u32) -> String {
    format!("{resolution}/amendments/{seq}")
}

/// The log id of a member's vote record (its versions are the member's successive votes).
pub fn vote_record_id(resolution: ResolutionId, organisation: OrgId) -> String {
    format!("{resolution}/votes/{organisation}")
}

// ---- stored records -------------------------------------------------------------------------

/// A resolution as stored, with its amendments, every recorded vote, its text history and its
/// published result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoredResolution {
    pub id: ResolutionId,
    pub body: String,
    pub title: String,
    /// The current text (the draft with adopted amendments).
    pub text: String,
    pub lang: String,
    pub rule: VotingRule,
    pub quorum: Quorum,
    pub electorate: Vec<OrgId>,
    pub state: ResolutionState,
    pub created_by: Option<OrgId>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub voting_opens_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub voting_closes_at: Option<OffsetDateTime>,
    pub amendments: Vec<Amendment>,
    /// Every vote recorded, oldest first (a member's later vote replaces its earlier one).
    pub votes: Vec<RecordedVote>,
    /// Every text the draft has had, oldest first (version 1 is the original).
    pub texts: Vec<TextVersion>,
    pub result: Option<ResolutionResult>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Amendment {
    pub seq: u32,
    pub proposer: OrgId,
    pub proposed_by: UserId,
    pub text: String,
    pub rationale: Option<String>,
    pub status: AmendmentStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub proposed_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    pub decided_by: Option<UserId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordedVote {
    /// The store's order of recording.
    pub seq: u64,
    pub organisation: OrgId,
    pub choice: Choice,
    pub explanation: Option<String>,
    pub cast_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextVersion {
    pub version: u32,
    pub text: String,
    pub text_sha256: String,
    /// The amendment that made this version (none for the original).
    pub amendment: Option<u32>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// One row of the list of resolutions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResolutionSummary {
    pub id: ResolutionId,
    pub body: String,
    pub title: String,
    pub lang: String,
    pub rule: VotingRule,
    pub state: ResolutionState,
    pub electorate_size: u32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub voting_closes_at: Option<OffsetDateTime>,
    /// The published outcome, once closed.
    pub outcome: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> ResolutionId {
        ResolutionId(Uuid::from_u128(1))
    }

    #[test]
    fn every_change_is_public_and_names_its_record() {
        let org = OrgId(Uuid::from_u128(2));
        let user = UserId(Uuid::from_u128(3));
        let vote = ResolutionCommand::CastVote(NewVote {
            resolution: id(),
            organisation: org,
            choice: Choice::Abstain,
            explanation: Some("We abstain pending consultations.".into()),
            cast_by: user,
        });
        let form = vote.audit();
        assert!(form.public);
        assert_eq!(form.action, "resolution.vote");
        assert_eq!(form.subject.kind, "resolution_vote");
        assert_eq!(form.subject.id, format!("{}/votes/{org}", id()));
        assert_eq!(form.payload["choice"], "abstain");
        assert!(!vote.creates_subject(), "a member's later vote is a new version of its vote record");

        let decide = ResolutionCommand::DecideAmendment(AmendmentDecision {
            resolution: id(),
            seq: 2,
            adopted: true,
            decided_by: Some(user),
            text_version: 2,
            text_sha256: "ab".into(),
        });
        assert_eq!(decide.audit().subject.id, format!("{}/amendments/2", id()));
        assert_eq!(decide.audit().action, "resolution.amendment.adopt");
        assert!(!decide.creates_subject());
    }

    #[test]
    fn the_result_is_its_own_record_with_the_text_digest() {
        let result = ResolutionResult {
            resolution: id(),
            outcome: "adopted".into(),
            reason: "two_thirds_reached".into(),
            rule: VotingRule::TwoThirds,
            quorum: Quorum::Fraction { numerator: 1, denominator: 2 },
            yes: 2,
            no: 1,
            abstain: 0,
            objections: 0,
            no_objections: 0,
            present: 3,
            not_voted: 0,
            electorate: 3,
            quorum_required: 2,
            quorum_met: true,
            yes_required: 2,
            text_sha256: "00ff".into(),
            closed_at: time::macros::datetime!(2026-03-01 12:00 UTC),
            closed_by: "deadline".into(),
        };
        let command = ResolutionCommand::PublishResult(Box::new(result));
        assert!(command.creates_subject());
        let form = command.audit();
        assert_eq!((form.subject.kind, form.action), ("resolution_result", "resolution.result"));
        assert_eq!(form.payload["text_sha256"], "00ff");
        assert_eq!(form.payload["closed_at"], "2026-03-01T12:00:00Z");
        assert_eq!(form.payload["rule"]["kind"], "two_thirds");
    }

    #[test]
    fn codes_round_trip() {
        for c in Choice::ALL {
            assert_eq!(Choice::parse(c.as_str()), Some(c));
        }
        for s in ["draft", "voting", "closed"] {
            assert_eq!(ResolutionState::parse(s).map(|s| s.as_str()), Some(s));
        }
        for s in ["proposed", "adopted", "rejected"] {
            assert_eq!(AmendmentStatus::parse(s).map(|s| s.as_str()), Some(s));
        }
        let rule = VotingRule::Consensus { silence_period_secs: 60 };
        assert_eq!(serde_json::to_value(rule).unwrap(), json!({ "kind": "consensus", "silence_period_secs": 60 }));
        assert_eq!(VotingRule::KINDS.map(|k| k.len()), [15, 10, 9]);
        assert_eq!(id().to_string().parse::<ResolutionId>().unwrap(), id());
    }
}
