//! Formal resolutions: creation and amendment of a draft, the vote, and the published result.
//!
//! Who does what:
//! - editors and administrators (the *chair*) create resolutions, adopt or reject amendments,
//!   open the vote and may close a majority vote early;
//! - users of the electorate's organisations propose amendments and cast their organisation's
//!   vote (one member, one vote; a later vote replaces the earlier one until the close);
//! - everyone may read resolutions: member states' decisions and recorded votes are public, and
//!   every change is a signed record of the transparency log anyway.
//!
//! **Closing.** The outcome is decided by `accord_consensus::resolution::tally`, never here. A
//! vote closes (its result is published as a `resolution_result` record) in three ways:
//! 1. *At the deadline, on the next read.* Any read of a resolution (or of the list) after its
//!    close time or silence end publishes the result, signed by the node, with the deadline as
//!    closing time. Votes after the deadline are refused, so whichever read comes first, the
//!    result is the same; there is no background timer to run or to miss.
//! 2. *On an objection.* Under consensus an objection breaks the silence; the result is published
//!    at once.
//! 3. *By the chair.* An editor may close a majority vote before its deadline (the votes so far
//!    decide); a silence period cannot be cut short.

use std::collections::{BTreeMap, BTreeSet};

use accord_consensus::resolution as tally;
use accord_core::resolution::{
    AmendmentDecision, AmendmentStatus, Choice, NewAmendment, NewResolution, NewVote, Quorum, RecordedVote,
    ResolutionCommand, ResolutionId, ResolutionResult, ResolutionState, ResolutionSummary, StoredResolution,
    TextVersion, VotingRule, VotingWindow,
};
use accord_core::validate::{Invalid, Problem, required_text};
use accord_core::{Action, Actor, Command, Denied, OrgId, Principal, UserId, authorize};
use accord_store::{Page, PageRequest, StoreError};
use serde::Serialize;
use sha2::Digest;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{Node, NodeError, Result};

/// Longest body name, title, text and explanation, in characters.
pub const BODY_MAX: usize = 200;
pub const TITLE_MAX: usize = 300;
pub const TEXT_MAX: usize = 100_000;
pub const NOTE_MAX: usize = 10_000;
/// Most members in an electorate (the UN General Assembly has 193).
pub const ELECTORATE_MAX: usize = 1_000;
/// The longest silence period or voting window: a year.
pub const WINDOW_MAX_SECS: u64 = 366 * 24 * 3600;

/// The voting rule as given: `simple_majority`, `two_thirds` or `consensus` (with a silence
/// period in seconds).
#[derive(Clone, Debug, Default)]
pub struct RuleInput {
    pub kind: String,
    pub silence_period_secs: Option<u64>,
}

/// The quorum as given: `none`, `members` (with `count`) or `fraction` (`numerator` /
/// `denominator` of the electorate).
#[derive(Clone, Debug, Default)]
pub struct QuorumInput {
    pub kind: String,
    pub count: Option<u32>,
    pub numerator: Option<u32>,
    pub denominator: Option<u32>,
}

/// A new resolution as given.
#[derive(Clone, Debug, Default)]
pub struct ResolutionInput {
    pub body: String,
    pub title: String,
    pub text: String,
    pub lang: String,
    pub rule: RuleInput,
    /// No quorum when absent.
    pub quorum: Option<QuorumInput>,
    /// Organisation ids, one vote each.
    pub electorate: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct AmendmentInput {
    /// The whole text the amendment puts in place of the draft.
    pub text: String,
    pub rationale: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct VoteInput {
    /// `yes`, `no`, `abstain` (votes) or `objection`, `no_objection` (consensus).
    pub choice: String,
    /// The explanation of vote.
    pub explanation: Option<String>,
}

/// An organisation named in a resolution.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct MemberRef {
    pub id: OrgId,
    /// Empty if the organisation is unknown to this node.
    pub name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct AmendmentView {
    pub seq: u32,
    pub proposer: MemberRef,
    pub text: String,
    pub text_sha256: String,
    pub rationale: Option<String>,
    pub status: AmendmentStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub proposed_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    /// The log record of the amendment (`resolution_amendment`).
    pub log_id: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct VoteView {
    pub organisation: MemberRef,
    pub choice: Choice,
    pub explanation: Option<String>,
    pub cast_by: UserId,
    /// The display name of who cast it, when the node knows the account.
    pub cast_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// False for a vote the same member replaced later (it stays on the record).
    pub current: bool,
}

/// The tally as of the read, with whether it can still change.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TallyView {
    #[serde(flatten)]
    pub tally: tally::Tally,
    #[serde(rename = "final")]
    pub is_final: bool,
}

/// A resolution as every exit shows it.
#[derive(Clone, Debug, Serialize)]
pub struct ResolutionView {
    pub id: ResolutionId,
    pub body: String,
    pub title: String,
    pub text: String,
    pub text_sha256: String,
    pub lang: String,
    pub rule: VotingRule,
    pub quorum: Quorum,
    pub electorate: Vec<MemberRef>,
    pub state: ResolutionState,
    pub created_by: Option<MemberRef>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub voting_opens_at: Option<OffsetDateTime>,
    /// The close of voting, or the end of the silence period.
    #[serde(with = "time::serde::rfc3339::option")]
    pub voting_closes_at: Option<OffsetDateTime>,
    pub amendments: Vec<AmendmentView>,
    /// Every recorded vote, oldest first.
    pub votes: Vec<VoteView>,
    /// Every text of the draft, oldest first.
    pub texts: Vec<TextVersion>,
    /// The counts so far (or final), computed by `accord_consensus`; none for a draft.
    pub tally: Option<TallyView>,
    /// The published result, once closed (`resolution_result` in the log).
    pub result: Option<ResolutionResult>,
}

impl ResolutionView {
    pub fn amendment(&self, seq: u32) -> Option<&AmendmentView> {
        self.amendments.iter().find(|a| a.seq == seq)
    }
}

/// Whether a principal may vote on a resolution now, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eligibility {
    /// May cast the vote of this organisation.
    Eligible(OrgId),
    SignIn,
    /// The role or token does not allow taking part.
    NotAllowed,
    /// The caller's organisation is not in the electorate (or the caller has none: the operator).
    NotInElectorate,
    /// Voting is not open (a draft, past its deadline, or closed).
    NotOpen,
}

fn sha256_hex(text: &str) -> String {
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

/// A multi-line text: trimmed, line ends as `\n` (so its digest does not depend on the
/// browser), no control characters but line breaks and tabs, at most `max` characters.
fn long_text(field: &str, value: &str, max: usize) -> std::result::Result<Option<String>, Invalid> {
    let text = value.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new(field, Problem::Malformed { expected: "text without control characters" }));
    }
    Ok(Some(text.to_owned()))
}

fn required_long_text(field: &str, value: &str, max: usize) -> std::result::Result<String, Invalid> {
    long_text(field, value, max)?.ok_or_else(|| Invalid::new(field, Problem::Missing))
}

/// The problem of a silence period out of range (`WINDOW_MAX_SECS` written out).
fn seconds_problem() -> Problem {
    Problem::Malformed { expected: "a whole number of seconds from 1 to 31622400 (a year)" }
}

fn parse_rule(input: &RuleInput) -> std::result::Result<VotingRule, Invalid> {
    let kind = input.kind.trim();
    let rule = match kind {
        "simple_majority" => VotingRule::SimpleMajority,
        "two_thirds" => VotingRule::TwoThirds,
        "consensus" => {
            let secs =
                input.silence_period_secs.ok_or_else(|| Invalid::new("rule.silence_period_secs", Problem::Missing))?;
            if !(1..=WINDOW_MAX_SECS).contains(&secs) {
                return Err(Invalid::new("rule.silence_period_secs", seconds_problem()));
            }
            VotingRule::Consensus { silence_period_secs: secs }
        }
        "" => return Err(Invalid::new("rule.kind", Problem::Missing)),
        _ => return Err(Invalid::new("rule.kind", Problem::NotAllowed { allowed: VotingRule::KINDS.to_vec() })),
    };
    if !rule.is_consensus() && input.silence_period_secs.is_some() {
        return Err(Invalid::new(
            "rule.silence_period_secs",
            Problem::Malformed { expected: "absent: only a consensus rule has a silence period" },
        ));
    }
    Ok(rule)
}

fn parse_quorum(input: Option<&QuorumInput>) -> std::result::Result<Quorum, Invalid> {
    let Some(q) = input else { return Ok(Quorum::Members { count: 0 }) };
    let unexpected = |field: &str, present: bool| -> std::result::Result<(), Invalid> {
        match present {
            true => Err(Invalid::new(
                format!("quorum.{field}"),
                Problem::Malformed { expected: "absent for this kind of quorum" },
            )),
            false => Ok(()),
        }
    };
    match q.kind.trim() {
        "none" => {
            unexpected("count", q.count.is_some())?;
            unexpected("numerator", q.numerator.is_some())?;
            unexpected("denominator", q.denominator.is_some())?;
            Ok(Quorum::Members { count: 0 })
        }
        "members" => {
            unexpected("numerator", q.numerator.is_some())?;
            unexpected("denominator", q.denominator.is_some())?;
            let count = q.count.ok_or_else(|| Invalid::new("quorum.count", Problem::Missing))?;
            Ok(Quorum::Members { count })
        }
        "fraction" => {
            unexpected("count", q.count.is_some())?;
            let numerator = q.numerator.ok_or_else(|| Invalid::new("quorum.numerator", Problem::Missing))?;
            let denominator = q.denominator.ok_or_else(|| Invalid::new("quorum.denominator", Problem::Missing))?;
            Ok(Quorum::Fraction { numerator, denominator })
        }
        "" => Err(Invalid::new("quorum.kind", Problem::Missing)),
        _ => Err(Invalid::new("quorum.kind", Problem::NotAllowed { allowed: Quorum::KINDS.to_vec() })),
    }
}

fn setup_problem(e: tally::SetupError) -> Invalid {
    use tally::SetupError::*;
    match e {
        EmptyElectorate => Invalid::new("electorate", Problem::Missing),
        NoSilencePeriod => Invalid::new("rule.silence_period_secs", seconds_problem()),
        ZeroDenominator => {
            Invalid::new("quorum.denominator", Problem::Malformed { expected: "a whole number above zero" })
        }
        FractionAboveOne { .. } => {
            Invalid::new("quorum.numerator", Problem::Malformed { expected: "at most the denominator" })
        }
        QuorumAboveElectorate { .. } => Invalid::new(
            "quorum.count",
            Problem::Malformed { expected: "at most the number of organisations in the electorate" },
        ),
    }
}

fn unix(t: OffsetDateTime) -> i64 {
    t.unix_timestamp()
}

/// Whole seconds: deadlines are published in RFC 3339 to the second, and the tally works in
/// seconds, so a deadline never has a fraction that the tally could not see.
fn whole_seconds(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}

/// The latest vote of each member (by time, then record order): the ones the tally counts.
fn current_votes(votes: &[RecordedVote]) -> BTreeSet<u64> {
    let mut latest: BTreeMap<OrgId, &RecordedVote> = BTreeMap::new();
    for v in votes {
        let later = latest.get(&v.organisation).is_none_or(|held| (unix(v.at), v.seq) > (unix(held.at), held.seq));
        if later {
            latest.insert(v.organisation, v);
        }
    }
    latest.values().map(|v| v.seq).collect()
}

/// The tally of a resolution in voting or closed, as of `now`.
fn tally_of(r: &StoredResolution, now: OffsetDateTime) -> Option<tally::Tally> {
    let deadline = match (&r.result, r.voting_closes_at) {
        (Some(result), _) => result.closed_at,
        (None, Some(closes)) => closes,
        (None, None) => return None,
    };
    let votes: Vec<tally::Vote<OrgId>> = r
        .votes
        .iter()
        .map(|v| tally::Vote { member: v.organisation, choice: v.choice, at: unix(v.at), seq: v.seq })
        .collect();
    // A closed vote is read as of its close, so the same tally comes back every time.
    let now = if r.result.is_some() { deadline.max(now) } else { now };
    Some(tally::tally(&r.rule, &r.quorum, &r.electorate, &votes, unix(deadline), unix(now)))
}

fn state_error(r: &StoredResolution, doing: &str) -> NodeError {
    let why = match r.state {
        ResolutionState::Draft => "voting has not opened yet",
        ResolutionState::Voting => "voting is open and the text is fixed",
        ResolutionState::Closed => "voting is closed and the result is published",
    };
    NodeError::BadRequest(format!("cannot {doing}: {why}"))
}

/// A concurrent change the store noticed: say so in words rather than as a conflict of a field.
fn raced(e: NodeError) -> NodeError {
    match e {
        NodeError::Conflict { field: "state" | "status" | "amendments" | "text_version" } => {
            NodeError::BadRequest("the resolution changed meanwhile; read it again and retry".into())
        }
        other => other,
    }
}

impl Node {
    async fn stored_resolution(&self, id: ResolutionId) -> Result<StoredResolution> {
        self.store
            .resolutions()
            .resolution(id)
            .await?
            .ok_or_else(|| NodeError::NotFound { kind: "resolution", id: id.to_string() })
    }

    /// Publishes the result of a vote whose outcome is final, signed by the node (a deadline
    /// passed or the silence was broken). Returns the resolution as it now stands.
    async fn settle_resolution(&self, r: StoredResolution) -> Result<StoredResolution> {
        if r.state != ResolutionState::Voting {
            return Ok(r);
        }
        let now = Self::now();
        let Some(t) = tally_of(&r, now) else { return Ok(r) };
        if !t.is_final() {
            return Ok(r);
        }
        let Some(deadline) = r.voting_closes_at else { return Ok(r) };
        let (closed_at, closed_by) =
            if now >= deadline { (deadline, "deadline") } else { (whole_seconds(now), "objection") };
        let command = self.resolution_result_command(&r, &t, closed_at, closed_by);
        match self.write_as(&Actor::SYSTEM, None, &self.node_signer(), command).await {
            Ok(_) => {}
            // Another reader published it first: the same result, already there.
            Err(NodeError::Conflict { field: "state" }) => {}
            Err(NodeError::Store(StoreError::VersionRace { .. })) => {}
            Err(e) => return Err(e),
        }
        self.stored_resolution(r.id).await
    }

    fn resolution_result_command(
        &self,
        r: &StoredResolution,
        t: &tally::Tally,
        closed_at: OffsetDateTime,
        closed_by: &str,
    ) -> Command {
        Command::Resolution(Box::new(ResolutionCommand::PublishResult(Box::new(ResolutionResult {
            resolution: r.id,
            outcome: t.outcome.as_str().to_owned(),
            reason: t.reason.as_str().to_owned(),
            rule: r.rule,
            quorum: r.quorum,
            yes: t.yes,
            no: t.no,
            abstain: t.abstain,
            objections: t.objections,
            no_objections: t.no_objections,
            present: t.present,
            not_voted: t.not_voted,
            electorate: t.electorate,
            quorum_required: t.quorum_required,
            quorum_met: t.quorum_met,
            yes_required: t.yes_required,
            text_sha256: sha256_hex(&r.text),
            closed_at,
            closed_by: closed_by.to_owned(),
        }))))
    }

    async fn resolution_view(&self, r: StoredResolution) -> Result<ResolutionView> {
        let now = Self::now();
        let mut names: BTreeMap<OrgId, String> = BTreeMap::new();
        let orgs: BTreeSet<OrgId> = r
            .electorate
            .iter()
            .copied()
            .chain(r.created_by)
            .chain(r.amendments.iter().map(|a| a.proposer))
            .chain(r.votes.iter().map(|v| v.organisation))
            .collect();
        for org in orgs {
            let name = self.store.organisation(org).await?.map(|o| o.name).unwrap_or_default();
            names.insert(org, name);
        }
        let member = |id: OrgId| MemberRef { id, name: names.get(&id).cloned().unwrap_or_default() };
        let mut voters: BTreeMap<UserId, Option<String>> = BTreeMap::new();
        for v in &r.votes {
            if let std::collections::btree_map::Entry::Vacant(slot) = voters.entry(v.cast_by) {
                slot.insert(self.store.user(v.cast_by).await?.map(|u| u.display_name));
            }
        }
        let current = current_votes(&r.votes);
        let tally = tally_of(&r, now).map(|t| TallyView { tally: t, is_final: t.is_final() });
        Ok(ResolutionView {
            id: r.id,
            text_sha256: sha256_hex(&r.text),
            electorate: r.electorate.iter().map(|o| member(*o)).collect(),
            created_by: r.created_by.map(member),
            amendments: r
                .amendments
                .iter()
                .map(|a| AmendmentView {
                    seq: a.seq,
                    proposer: member(a.proposer),
                    text: a.text.clone(),
                    text_sha256: sha256_hex(&a.text),
                    rationale: a.rationale.clone(),
                    status: a.status,
                    proposed_at: a.proposed_at,
                    decided_at: a.decided_at,
                    log_id: accord_core::resolution::amendment_record_id(r.id, a.seq),
                })
                .collect(),
            votes: r
                .votes
                .iter()
                .map(|v| VoteView {
                    organisation: member(v.organisation),
                    choice: v.choice,
                    explanation: v.explanation.clone(),
                    cast_by: v.cast_by,
                    cast_by_name: voters.get(&v.cast_by).cloned().flatten(),
                    at: v.at,
                    current: current.contains(&v.seq),
                })
                .collect(),
            tally,
            body: r.body,
            title: r.title,
            text: r.text,
            lang: r.lang,
            rule: r.rule,
            quorum: r.quorum,
            state: r.state,
            created_at: r.created_at,
            updated_at: r.updated_at,
            voting_opens_at: r.voting_opens_at,
            voting_closes_at: r.voting_closes_at,
            texts: r.texts,
            result: r.result,
        })
    }

    /// Whether `p` may vote on `r` now.
    pub fn resolution_eligibility(&self, p: &Principal, r: &ResolutionView) -> Eligibility {
        match authorize(p, Action::Participate) {
            Err(Denied::NotAuthenticated) => return Eligibility::SignIn,
            Err(_) => return Eligibility::NotAllowed,
            Ok(()) => {}
        }
        let Principal::User { org_id, .. } = p else { return Eligibility::NotInElectorate };
        if !r.electorate.iter().any(|m| m.id == *org_id) {
            return Eligibility::NotInElectorate;
        }
        let open = r.state == ResolutionState::Voting && r.voting_closes_at.is_some_and(|c| Self::now() < c);
        if !open {
            return Eligibility::NotOpen;
        }
        Eligibility::Eligible(*org_id)
    }

    // ---- reads ---------------------------------------------------------------------------

    /// One resolution with its amendments, votes and tally. A vote past its deadline is closed
    /// (its result published) by this read.
    pub async fn resolution(&self, p: &Principal, id: ResolutionId) -> Result<ResolutionView> {
        authorize(p, Action::ViewPublic)?;
        self.written_resolution(id).await
    }

    /// The resolution a change just wrote, as its author gets it back. Not checked against the
    /// read permission: a token that may write but not read must not see its write succeed and
    /// then the request fail (the change would be recorded under an error).
    async fn written_resolution(&self, id: ResolutionId) -> Result<ResolutionView> {
        let r = self.stored_resolution(id).await?;
        let r = self.settle_resolution(r).await?;
        self.resolution_view(r).await
    }

    /// Resolutions, newest first. Votes past their deadline on this page are closed first.
    pub async fn resolutions(&self, p: &Principal, page: &PageRequest) -> Result<Page<ResolutionSummary>> {
        authorize(p, Action::ViewPublic)?;
        let page = self.clamp(page);
        let listed = self.store.resolutions().resolutions(&page).await?;
        let now = Self::now();
        let due: Vec<ResolutionId> = listed
            .items
            .iter()
            .filter(|r| r.state == ResolutionState::Voting && r.voting_closes_at.is_some_and(|c| c <= now))
            .map(|r| r.id)
            .collect();
        if due.is_empty() {
            return Ok(listed);
        }
        for id in due {
            let r = self.stored_resolution(id).await?;
            self.settle_resolution(r).await?;
        }
        Ok(self.store.resolutions().resolutions(&page).await?)
    }

    // ---- changes -------------------------------------------------------------------------

    /// Creates a draft resolution (editors and administrators).
    pub async fn create_resolution(&self, p: &Principal, input: &ResolutionInput) -> Result<ResolutionView> {
        authorize(p, Action::EditContent)?;
        let body = required_text("body", &input.body, BODY_MAX)?;
        let title = required_text("title", &input.title, TITLE_MAX)?;
        let text = required_long_text("text", &input.text, TEXT_MAX)?;
        let lang = accord_safety::model::valid_lang("lang", &input.lang)?;
        let rule = parse_rule(&input.rule)?;
        let quorum = parse_quorum(input.quorum.as_ref())?;
        if input.electorate.len() > ELECTORATE_MAX {
            return Err(
                Invalid::new("electorate", Problem::Malformed { expected: "at most 1000 organisations" }).into()
            );
        }
        let mut electorate = Vec::with_capacity(input.electorate.len());
        for (i, raw) in input.electorate.iter().enumerate() {
            let field = format!("electorate[{i}]");
            let org: OrgId = raw
                .parse()
                .map_err(|_| Invalid::new(&field, Problem::Malformed { expected: "an organisation id (UUID)" }))?;
            if electorate.contains(&org) {
                return Err(Invalid::new(field, Problem::Duplicate).into());
            }
            if self.store.organisation(org).await?.is_none() {
                return Err(
                    Invalid::new(field, Problem::Malformed { expected: "the id of an existing organisation" }).into()
                );
            }
            electorate.push(org);
        }
        tally::check_setup(&rule, &quorum, electorate.len()).map_err(setup_problem)?;
        electorate.sort();
        let id = ResolutionId(Uuid::now_v7());
        let created_by = match p {
            Principal::User { org_id, .. } => Some(*org_id),
            _ => None,
        };
        let command = ResolutionCommand::Create(NewResolution {
            id,
            body,
            title,
            text_sha256: sha256_hex(&text),
            text,
            lang,
            rule,
            quorum,
            electorate,
            created_by,
        });
        self.write(p, Command::Resolution(Box::new(command))).await?;
        self.written_resolution(id).await
    }

    /// A member of the electorate proposes an amendment: a text to replace the draft.
    pub async fn propose_amendment(
        &self,
        p: &Principal,
        id: ResolutionId,
        input: &AmendmentInput,
    ) -> Result<(u32, ResolutionView)> {
        authorize(p, Action::Participate)?;
        let r = self.stored_resolution(id).await?;
        let Principal::User { user_id, org_id, .. } = p else { return Err(Denied::Forbidden.into()) };
        if !r.electorate.contains(org_id) {
            return Err(Denied::Forbidden.into());
        }
        if r.state != ResolutionState::Draft {
            return Err(state_error(&r, "propose an amendment"));
        }
        let text = required_long_text("text", &input.text, TEXT_MAX)?;
        if text == r.text {
            return Err(Invalid::new(
                "text",
                Problem::Malformed { expected: "a text different from the current draft" },
            )
            .into());
        }
        let rationale = long_text("rationale", input.rationale.as_deref().unwrap_or(""), NOTE_MAX)?;
        let mut seq = r.amendments.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
        // Two proposals at once may take the same number; the store refuses the second, which
        // takes the next one.
        for attempt in 0..3 {
            let command = ResolutionCommand::ProposeAmendment(NewAmendment {
                resolution: id,
                seq,
                proposer: *org_id,
                proposed_by: *user_id,
                text_sha256: sha256_hex(&text),
                text: text.clone(),
                rationale: rationale.clone(),
            });
            match self.write(p, Command::Resolution(Box::new(command))).await {
                Ok(_) => return Ok((seq, self.written_resolution(id).await?)),
                Err(NodeError::Conflict { field: "seq" }) if attempt < 2 => seq += 1,
                Err(e) => return Err(raced(e)),
            }
        }
        Err(NodeError::BadRequest("too many amendments were proposed at once; retry".into()))
    }

    /// The chair adopts (`adopt`) or rejects (`reject`) a proposed amendment. Adopting puts its
    /// text in place of the draft; the earlier text stays in the history.
    pub async fn decide_amendment(
        &self,
        p: &Principal,
        id: ResolutionId,
        seq: u32,
        decision: &str,
    ) -> Result<ResolutionView> {
        authorize(p, Action::EditContent)?;
        let adopted = match decision.trim() {
            "adopt" => true,
            "reject" => false,
            "" => return Err(Invalid::new("decision", Problem::Missing).into()),
            _ => return Err(Invalid::new("decision", Problem::NotAllowed { allowed: vec!["adopt", "reject"] }).into()),
        };
        let r = self.stored_resolution(id).await?;
        let amendment = r
            .amendments
            .iter()
            .find(|a| a.seq == seq)
            .ok_or_else(|| NodeError::NotFound { kind: "amendment", id: format!("{id}/{seq}") })?;
        if r.state != ResolutionState::Draft {
            return Err(state_error(&r, "decide an amendment"));
        }
        if amendment.status != AmendmentStatus::Proposed {
            return Err(NodeError::BadRequest(format!("amendment {seq} is already {}", amendment.status.as_str())));
        }
        let current = u32::try_from(r.texts.len()).unwrap_or(u32::MAX);
        let (text_version, text_sha256) = match adopted {
            true => (current.saturating_add(1), sha256_hex(&amendment.text)),
            false => (current, sha256_hex(&r.text)),
        };
        let command = ResolutionCommand::DecideAmendment(AmendmentDecision {
            resolution: id,
            seq,
            adopted,
            decided_by: p.user_id(),
            text_version,
            text_sha256,
        });
        self.write(p, Command::Resolution(Box::new(command))).await.map_err(raced)?;
        self.written_resolution(id).await
    }

    /// Opens the vote on the current text. Majority rules need `closes_at` (RFC 3339, in the
    /// future, within a year); under consensus the silence period starts now and `closes_at`
    /// must be absent. Every amendment must be decided first.
    pub async fn open_resolution_voting(
        &self,
        p: &Principal,
        id: ResolutionId,
        closes_at: Option<&str>,
    ) -> Result<ResolutionView> {
        authorize(p, Action::EditContent)?;
        let r = self.stored_resolution(id).await?;
        if r.state != ResolutionState::Draft {
            return Err(state_error(&r, "open the vote"));
        }
        if let Some(a) = r.amendments.iter().find(|a| a.status == AmendmentStatus::Proposed) {
            return Err(NodeError::BadRequest(format!(
                "amendment {} is still undecided: adopt or reject it before opening the vote",
                a.seq
            )));
        }
        let now = whole_seconds(Self::now());
        let closes = closes_at.map(str::trim).filter(|c| !c.is_empty());
        let closes_at = match (r.rule, closes) {
            (VotingRule::Consensus { silence_period_secs }, None) => {
                now + time::Duration::seconds(i64::try_from(silence_period_secs).unwrap_or(i64::MAX))
            }
            (VotingRule::Consensus { .. }, Some(_)) => {
                return Err(Invalid::new(
                    "closes_at",
                    Problem::Malformed { expected: "absent: under consensus the silence period sets the close" },
                )
                .into());
            }
            (_, None) => return Err(Invalid::new("closes_at", Problem::Missing).into()),
            (_, Some(text)) => {
                let expected = "an RFC 3339 time in the future, within a year (2026-05-01T12:00:00Z)";
                let t = OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                    .map_err(|_| Invalid::new("closes_at", Problem::Malformed { expected }))?;
                let t = whole_seconds(t.to_offset(time::UtcOffset::UTC));
                let limit = now + time::Duration::seconds(i64::try_from(WINDOW_MAX_SECS).unwrap_or(i64::MAX));
                if t <= now || t > limit {
                    return Err(Invalid::new("closes_at", Problem::Malformed { expected }).into());
                }
                t
            }
        };
        let command = ResolutionCommand::OpenVoting(VotingWindow {
            resolution: id,
            opens_at: now,
            closes_at,
            text_sha256: sha256_hex(&r.text),
        });
        self.write(p, Command::Resolution(Box::new(command))).await.map_err(raced)?;
        self.written_resolution(id).await
    }

    /// Casts the vote of the caller's organisation. Only users of the electorate's
    /// organisations may; a later vote replaces the earlier one until voting closes. Under
    /// consensus, an objection closes the vote at once.
    pub async fn cast_resolution_vote(
        &self,
        p: &Principal,
        id: ResolutionId,
        input: &VoteInput,
    ) -> Result<ResolutionView> {
        authorize(p, Action::Participate)?;
        let r = self.stored_resolution(id).await?;
        let Principal::User { user_id, org_id, .. } = p else { return Err(Denied::Forbidden.into()) };
        if !r.electorate.contains(org_id) {
            return Err(Denied::Forbidden.into());
        }
        let r = self.settle_resolution(r).await?;
        let open = r.state == ResolutionState::Voting && r.voting_closes_at.is_some_and(|c| Self::now() < c);
        if !open {
            return Err(state_error(&r, "vote"));
        }
        let allowed = r.rule.choices();
        let choice = Choice::parse(&input.choice).filter(|c| allowed.contains(c)).ok_or_else(|| {
            let field = if input.choice.trim().is_empty() {
                Problem::Missing
            } else {
                Problem::NotAllowed { allowed: allowed.iter().map(|c| c.as_str()).collect() }
            };
            Invalid::new("choice", field)
        })?;
        let explanation = long_text("explanation", input.explanation.as_deref().unwrap_or(""), NOTE_MAX)?;
        let command = ResolutionCommand::CastVote(NewVote {
            resolution: id,
            organisation: *org_id,
            choice,
            explanation,
            cast_by: *user_id,
        });
        self.write(p, Command::Resolution(Box::new(command))).await.map_err(raced)?;
        // An objection breaks the silence: `settle_resolution` (inside the read) publishes the result.
        self.written_resolution(id).await
    }

    /// The chair closes the vote and publishes the result. Before the deadline only a majority
    /// vote may be closed (the votes so far decide); a silence period cannot be cut short.
    /// Closing a closed resolution changes nothing.
    pub async fn close_resolution(&self, p: &Principal, id: ResolutionId) -> Result<ResolutionView> {
        authorize(p, Action::EditContent)?;
        let r = self.stored_resolution(id).await?;
        let r = self.settle_resolution(r).await?;
        match r.state {
            ResolutionState::Closed => return self.resolution_view(r).await,
            ResolutionState::Draft => return Err(state_error(&r, "close the vote")),
            ResolutionState::Voting => {}
        }
        if r.rule.is_consensus() {
            let until = r.voting_closes_at.map(accord_core::command::rfc3339).unwrap_or_default();
            return Err(NodeError::BadRequest(format!(
                "the silence period runs until {until}: a consensus is adopted only if nobody objects by then"
            )));
        }
        let closed_at = whole_seconds(Self::now());
        let mut early = r.clone();
        early.voting_closes_at = Some(closed_at);
        let Some(t) = tally_of(&early, closed_at) else { return Err(state_error(&r, "close the vote")) };
        let command = self.resolution_result_command(&r, &t, closed_at, "chair");
        self.write(p, command).await.map_err(raced)?;
        self.written_resolution(id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_keep_their_lines_and_refuse_control_characters() {
        assert_eq!(long_text("text", " a\r\nb\rc \n", 10).unwrap().as_deref(), Some("a\nb\nc"));
        assert_eq!(long_text("text", "   ", 10).unwrap(), None);
        assert_eq!(long_text("text", "abc", 2).unwrap_err().problem, Problem::TooLong { max: 2 });
        assert_eq!(long_text("text", "a\u{7}b", 10).unwrap_err().field, "text");
        assert_eq!(required_long_text("text", "", 10).unwrap_err().problem, Problem::Missing);
    }

    #[test]
    fn rules_and_quorums_are_read_with_the_field_named() {
        let rule =
            |kind: &str, secs: Option<u64>| parse_rule(&RuleInput { kind: kind.into(), silence_period_secs: secs });
        assert_eq!(rule("two_thirds", None).unwrap(), VotingRule::TwoThirds);
        assert_eq!(rule("consensus", Some(60)).unwrap(), VotingRule::Consensus { silence_period_secs: 60 });
        assert_eq!(rule("consensus", None).unwrap_err().field, "rule.silence_period_secs");
        assert_eq!(rule("consensus", Some(0)).unwrap_err().field, "rule.silence_period_secs");
        assert_eq!(rule("simple_majority", Some(5)).unwrap_err().field, "rule.silence_period_secs");
        assert_eq!(rule("unanimity", None).unwrap_err().field, "rule.kind");
        let quorum = |kind: &str, count, numerator, denominator| {
            parse_quorum(Some(&QuorumInput { kind: kind.into(), count, numerator, denominator }))
        };
        assert_eq!(parse_quorum(None).unwrap(), Quorum::Members { count: 0 });
        assert_eq!(quorum("members", Some(3), None, None).unwrap(), Quorum::Members { count: 3 });
        assert_eq!(quorum("members", None, None, None).unwrap_err().field, "quorum.count");
        assert_eq!(quorum("fraction", None, Some(1), None).unwrap_err().field, "quorum.denominator");
        assert_eq!(quorum("fraction", Some(2), Some(1), Some(2)).unwrap_err().field, "quorum.count");
        assert_eq!(quorum("most", None, None, None).unwrap_err().field, "quorum.kind");
    }

    #[test]
    fn each_rule_takes_its_own_choices() {
        // One set of types: the tally reads the core's rule and quorum as they are.
        assert_eq!(VotingRule::TwoThirds.choices(), [Choice::Yes, Choice::No, Choice::Abstain]);
        assert_eq!(
            VotingRule::Consensus { silence_period_secs: 1 }.choices(),
            [Choice::NoObjection, Choice::Objection]
        );
        let half = Quorum::Fraction { numerator: 1, denominator: 2 };
        assert_eq!(half.required(9), 5);
        assert_eq!(
            tally::check_setup(&VotingRule::Consensus { silence_period_secs: 0 }, &Quorum::NONE, 3)
                .map_err(setup_problem),
            Err(Invalid::new("rule.silence_period_secs", seconds_problem()))
        );
    }
}
