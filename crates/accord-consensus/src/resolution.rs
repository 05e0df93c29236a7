//! Formal resolutions: voting rules, quorum and tally. Pure: no I/O and no clock — the caller
//! passes `now` and the deadline, both as Unix time in whole seconds.
//!
//! The rules follow the practice of the United Nations General Assembly (Rules of Procedure,
//! A/520/Rev.20), because that is the practice the member states using Accord know:
//!
//! - **One member, one vote** (Charter Art. 18(1)): the electorate is a set of member
//!   organisations; each has one vote, whoever of its people casts it. A later vote of the same
//!   member replaces its earlier one until voting closes.
//! - **Present and voting** (rule 126): majorities are counted over the members casting a yes
//!   or a no vote; abstaining members are "not voting". Abstentions still count as presence for
//!   the quorum.
//! - **Simple majority** (rule 125): more yes than no. An equally divided vote fails (rule 133:
//!   "the proposal shall be regarded as rejected").
//! - **Two-thirds** (Charter Art. 18(2), rule 83): yes ≥ ⅔ of yes + no, decided in integers
//!   (`3·yes ≥ 2·(yes + no)`) so that 2 yes to 1 no is exactly two-thirds, never a rounding
//!   error.
//! - **Consensus** as the *silence procedure*: the text is adopted when its silence period ends
//!   without objection; a single objection breaks the silence and the text is not adopted. No
//!   quorum applies, since silence is everyone's consent.
//! - **Quorum** (rule 67 asks a majority of members present for a decision): a minimum number
//!   of the electorate, or a fraction of it, must have voted (yes, no or abstain) by the close.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The rule, quorum and choice types are the core's (`accord_core::resolution`), the ones
/// stored and signed; the tally takes them as they are.
pub use accord_core::resolution::{Choice, Quorum, VotingRule};

/// One recorded vote. `at` is Unix time in seconds; `seq` orders votes recorded in the same
/// second (the store's sequence), so "the later vote" is always well defined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote<M> {
    pub member: M,
    pub choice: Choice,
    pub at: i64,
    pub seq: u64,
}

/// Where a vote stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Voting is open (or the silence period runs): nothing is decided yet.
    Pending,
    Adopted,
    Rejected,
    /// Voting closed with fewer members voting than the quorum asks: nothing was decided.
    NoQuorum,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pending => "pending",
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::NoQuorum => "no_quorum",
        }
    }
}

/// Why the outcome is what it is, in one word a page can translate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Voting is still open.
    VotingOpen,
    /// The silence period still runs and nobody objected so far.
    SilenceRunning,
    /// More yes than no.
    MajorityReached,
    /// Fewer yes than no.
    MajorityNotReached,
    /// As many yes as no: the proposal fails (rule 133).
    Tie,
    /// Yes reached two-thirds of yes + no.
    TwoThirdsReached,
    TwoThirdsNotReached,
    /// Everyone present abstained: nobody was "present and voting", so there is no majority.
    NoneVoting,
    /// The silence period ended without objection.
    SilenceKept,
    /// A member objected.
    SilenceBroken,
    /// Too few members voted.
    QuorumNotMet,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::VotingOpen => "voting_open",
            Reason::SilenceRunning => "silence_running",
            Reason::MajorityReached => "majority_reached",
            Reason::MajorityNotReached => "majority_not_reached",
            Reason::Tie => "tie",
            Reason::TwoThirdsReached => "two_thirds_reached",
            Reason::TwoThirdsNotReached => "two_thirds_not_reached",
            Reason::NoneVoting => "none_voting",
            Reason::SilenceKept => "silence_kept",
            Reason::SilenceBroken => "silence_broken",
            Reason::QuorumNotMet => "quorum_not_met",
        }
    }
}

/// The counts and the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub outcome: Outcome,
    pub reason: Reason,
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    /// Members who objected (at any time: an objection breaks the silence for good).
    pub objections: u32,
    /// Members whose standing answer is an explicit "no objection".
    pub no_objections: u32,
    /// Members of the electorate whose vote counts towards the quorum.
    pub present: u32,
    /// Members of the electorate who have not voted.
    pub not_voted: u32,
    pub electorate: u32,
    /// Members the quorum asks for (0 under consensus).
    pub quorum_required: u32,
    pub quorum_met: bool,
    /// Yes votes the rule needs given the yes and no votes cast (0 under consensus).
    pub yes_required: u32,
    /// Votes left out: cast after the deadline, by a non-member, or a choice the rule does not
    /// take. The node refuses all three, so a non-zero count means the data was tampered with.
    pub ignored: u32,
}

impl Tally {
    /// Whether the outcome can no longer change.
    pub fn is_final(&self) -> bool {
        self.outcome != Outcome::Pending
    }
}

/// A rule, quorum or electorate that cannot give a meaningful vote.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    #[error("the electorate is empty: at least one member must be able to vote")]
    EmptyElectorate,
    #[error("the silence period must be at least one second")]
    NoSilencePeriod,
    #[error("a quorum fraction needs a denominator above zero")]
    ZeroDenominator,
    #[error("a quorum fraction cannot exceed the whole electorate ({numerator}/{denominator})")]
    FractionAboveOne { numerator: u32, denominator: u32 },
    #[error("the quorum asks for {required} members but the electorate has {electorate}")]
    QuorumAboveElectorate { required: u32, electorate: u32 },
}

/// Checks that a rule and a quorum can decide anything in an electorate of `electorate`
/// members. A quorum larger than the electorate could never be met, so it is refused here
/// rather than turning every vote into "no quorum".
pub fn check_setup(rule: &VotingRule, quorum: &Quorum, electorate: usize) -> Result<(), SetupError> {
    let size = u32::try_from(electorate).unwrap_or(u32::MAX);
    if size == 0 {
        return Err(SetupError::EmptyElectorate);
    }
    if let VotingRule::Consensus { silence_period_secs: 0 } = rule {
        return Err(SetupError::NoSilencePeriod);
    }
    if let Quorum::Fraction { numerator, denominator } = *quorum {
        if denominator == 0 {
            return Err(SetupError::ZeroDenominator);
        }
        if numerator > denominator {
            return Err(SetupError::FractionAboveOne { numerator, denominator });
        }
    }
    let required = quorum.required(size);
    if required > size {
        return Err(SetupError::QuorumAboveElectorate { required, electorate: size });
    }
    Ok(())
}

/// Whether votes are still taken at `now` for a vote that closes at `deadline`.
pub fn is_open(deadline: i64, now: i64) -> bool {
    now < deadline
}

/// The yes votes a rule needs, given `voting` = yes + no.
fn yes_required(rule: &VotingRule, voting: u32) -> u32 {
    match rule {
        // More than half: ⌊v/2⌋ + 1.
        VotingRule::SimpleMajority => voting / 2 + 1,
        // ⌈2v/3⌉, in u64 so 2·v cannot overflow.
        VotingRule::TwoThirds => u32::try_from((2 * u64::from(voting)).div_ceil(3)).unwrap_or(u32::MAX),
        VotingRule::Consensus { .. } => 0,
    }
}

/// Counts the votes and decides, as of `now`, for a vote whose deadline is `deadline` (the
/// close of voting, or the end of the silence period under consensus).
///
/// Only votes of electorate members, cast at or before the deadline, with a choice the rule
/// takes, count; for each member the latest such vote (by `at`, then `seq`) stands. The result
/// depends on the set of votes, never on the order they are given in.
pub fn tally<M: Ord>(
    rule: &VotingRule,
    quorum: &Quorum,
    electorate: &[M],
    votes: &[Vote<M>],
    deadline: i64,
    now: i64,
) -> Tally {
    let members: BTreeSet<&M> = electorate.iter().collect();
    let size = u32::try_from(members.len()).unwrap_or(u32::MAX);
    let mut latest: BTreeMap<&M, &Vote<M>> = BTreeMap::new();
    let mut objected: BTreeSet<&M> = BTreeSet::new();
    let mut ignored = 0u32;
    for vote in votes {
        if !members.contains(&vote.member) || vote.at > deadline || !rule.accepts(vote.choice) {
            ignored = ignored.saturating_add(1);
            continue;
        }
        if vote.choice == Choice::Objection {
            objected.insert(&vote.member);
        }
        let later = latest.get(&vote.member).is_none_or(|held| (vote.at, vote.seq) > (held.at, held.seq));
        if later {
            latest.insert(&vote.member, vote);
        }
    }
    let count = |c: Choice| u32::try_from(latest.values().filter(|v| v.choice == c).count()).unwrap_or(u32::MAX);
    let (yes, no, abstain) = (count(Choice::Yes), count(Choice::No), count(Choice::Abstain));
    let objections = u32::try_from(objected.len()).unwrap_or(u32::MAX);
    let no_objections =
        u32::try_from(latest.iter().filter(|(m, v)| v.choice == Choice::NoObjection && !objected.contains(*m)).count())
            .unwrap_or(u32::MAX);
    let present = u32::try_from(latest.len()).unwrap_or(u32::MAX);
    let closed = !is_open(deadline, now);
    let voting = yes.saturating_add(no);

    let mut t = Tally {
        outcome: Outcome::Pending,
        reason: Reason::VotingOpen,
        yes,
        no,
        abstain,
        objections,
        no_objections,
        present,
        not_voted: size.saturating_sub(present),
        electorate: size,
        quorum_required: 0,
        quorum_met: true,
        yes_required: yes_required(rule, voting),
        ignored,
    };

    if rule.is_consensus() {
        // Silence broken is final at once, even before the period ends.
        (t.outcome, t.reason) = match (objections > 0, closed) {
            (true, _) => (Outcome::Rejected, Reason::SilenceBroken),
            (false, true) => (Outcome::Adopted, Reason::SilenceKept),
            (false, false) => (Outcome::Pending, Reason::SilenceRunning),
        };
        return t;
    }

    t.quorum_required = quorum.required(size);
    t.quorum_met = present >= t.quorum_required;
    if !closed {
        return t;
    }
    (t.outcome, t.reason) = if !t.quorum_met {
        (Outcome::NoQuorum, Reason::QuorumNotMet)
    } else if voting == 0 {
        (Outcome::Rejected, Reason::NoneVoting)
    } else {
        match rule {
            VotingRule::TwoThirds => {
                // Integers only: 3·yes ≥ 2·(yes + no), in u64.
                if 3 * u64::from(yes) >= 2 * u64::from(voting) {
                    (Outcome::Adopted, Reason::TwoThirdsReached)
                } else {
                    (Outcome::Rejected, Reason::TwoThirdsNotReached)
                }
            }
            _ if yes > no => (Outcome::Adopted, Reason::MajorityReached),
            _ if yes == no => (Outcome::Rejected, Reason::Tie),
            _ => (Outcome::Rejected, Reason::MajorityNotReached),
        }
    };
    t
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const OPEN: i64 = 1_000;
    const DEADLINE: i64 = 2_000;
    const AFTER: i64 = 2_001;

    fn members(n: u32) -> Vec<u32> {
        (0..n).collect()
    }

    fn v(member: u32, choice: Choice, at: i64, seq: u64) -> Vote<u32> {
        Vote { member, choice, at, seq }
    }

    /// `yes` yes votes, then `no` no votes, then `abstain` abstentions, by members 0, 1, 2…
    fn ballots(yes: u32, no: u32, abstain: u32) -> Vec<Vote<u32>> {
        let mut out = Vec::new();
        let mut m = 0;
        for (n, c) in [(yes, Choice::Yes), (no, Choice::No), (abstain, Choice::Abstain)] {
            for _ in 0..n {
                out.push(v(m, c, OPEN + i64::from(m), u64::from(m)));
                m += 1;
            }
        }
        out
    }

    fn closed(rule: VotingRule, quorum: Quorum, size: u32, votes: &[Vote<u32>]) -> Tally {
        tally(&rule, &quorum, &members(size), votes, DEADLINE, AFTER)
    }

    #[test]
    fn simple_majority_counts_only_members_present_and_voting() {
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 10, &ballots(3, 2, 4));
        assert_eq!((t.outcome, t.reason), (Outcome::Adopted, Reason::MajorityReached));
        assert_eq!((t.yes, t.no, t.abstain, t.present, t.not_voted), (3, 2, 4, 9, 1));
        assert_eq!(t.yes_required, 3, "more than half of 5");
        // Abstentions do not count against: 1 yes, 0 no, 8 abstentions passes.
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 10, &ballots(1, 0, 8));
        assert_eq!(t.outcome, Outcome::Adopted);
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 10, &ballots(2, 3, 0));
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::MajorityNotReached));
    }

    #[test]
    fn a_tie_fails_and_so_does_everyone_abstaining() {
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 6, &ballots(3, 3, 0));
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::Tie));
        assert_eq!(t.yes_required, 4);
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 6, &ballots(0, 0, 6));
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::NoneVoting));
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 6, &ballots(0, 0, 6));
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::NoneVoting));
        // Nobody voted at all, no quorum asked: rejected, not adopted.
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 6, &[]);
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::NoneVoting));
    }

    #[test]
    fn two_thirds_is_exact_at_the_boundary() {
        // 2 of 3 is exactly two-thirds: adopted.
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 3, &ballots(2, 1, 0));
        assert_eq!((t.outcome, t.reason), (Outcome::Adopted, Reason::TwoThirdsReached));
        assert_eq!(t.yes_required, 2);
        // 66 of 100 is below two-thirds (66.0 < 66.67): rejected; 67 passes.
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 100, &ballots(66, 34, 0));
        assert_eq!((t.outcome, t.reason), (Outcome::Rejected, Reason::TwoThirdsNotReached));
        assert_eq!(t.yes_required, 67);
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 100, &ballots(67, 33, 0));
        assert_eq!(t.outcome, Outcome::Adopted);
        // Abstentions are not voting: 2 yes, 1 no and 50 abstentions is two-thirds.
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 60, &ballots(2, 1, 50));
        assert_eq!(t.outcome, Outcome::Adopted);
        // A simple majority is not enough.
        let t = closed(VotingRule::TwoThirds, Quorum::NONE, 5, &ballots(3, 2, 0));
        assert_eq!(t.outcome, Outcome::Rejected);
        // 128 of 193 member states: 3·128 = 384 < 2·193 = 386 fails; 129 passes.
        assert_eq!(closed(VotingRule::TwoThirds, Quorum::NONE, 193, &ballots(128, 65, 0)).outcome, Outcome::Rejected);
        assert_eq!(closed(VotingRule::TwoThirds, Quorum::NONE, 193, &ballots(129, 64, 0)).outcome, Outcome::Adopted);
    }

    #[test]
    fn quorum_counts_abstentions_and_rounds_fractions_up() {
        let half = Quorum::Fraction { numerator: 1, denominator: 2 };
        assert_eq!(half.required(9), 5);
        assert_eq!(half.required(10), 5);
        assert_eq!(Quorum::Fraction { numerator: 2, denominator: 3 }.required(193), 129);
        assert_eq!(Quorum::Members { count: 4 }.required(100), 4);
        // 2 yes and 2 abstentions make 4 of 9: below half. Nothing is decided.
        let t = closed(VotingRule::SimpleMajority, half, 9, &ballots(2, 0, 2));
        assert_eq!((t.outcome, t.reason), (Outcome::NoQuorum, Reason::QuorumNotMet));
        assert!(!t.quorum_met);
        assert_eq!(t.quorum_required, 5);
        // One more abstention reaches it.
        let t = closed(VotingRule::SimpleMajority, half, 9, &ballots(2, 0, 3));
        assert_eq!(t.outcome, Outcome::Adopted);
        assert!(t.quorum_met);
        let t = closed(VotingRule::TwoThirds, Quorum::Members { count: 3 }, 9, &ballots(2, 0, 0));
        assert_eq!(t.outcome, Outcome::NoQuorum);
    }

    #[test]
    fn nothing_is_decided_while_voting_is_open() {
        let t = tally(&VotingRule::SimpleMajority, &Quorum::NONE, &members(3), &ballots(3, 0, 0), DEADLINE, OPEN);
        assert_eq!((t.outcome, t.reason), (Outcome::Pending, Reason::VotingOpen));
        assert!(!t.is_final());
        assert_eq!(t.yes, 3, "the counts are there while open");
        // The deadline itself closes.
        let t = tally(&VotingRule::SimpleMajority, &Quorum::NONE, &members(3), &ballots(3, 0, 0), DEADLINE, DEADLINE);
        assert_eq!(t.outcome, Outcome::Adopted);
        assert!(is_open(DEADLINE, DEADLINE - 1) && !is_open(DEADLINE, DEADLINE));
    }

    #[test]
    fn a_later_vote_replaces_an_earlier_one_until_the_close() {
        let votes = [v(0, Choice::No, OPEN, 1), v(0, Choice::Yes, OPEN + 5, 2), v(1, Choice::No, OPEN, 3)];
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 3, &votes);
        assert_eq!((t.yes, t.no, t.present), (1, 1, 2), "one member, one vote");
        // Same second: the store's sequence decides.
        let votes = [v(0, Choice::Yes, OPEN, 9), v(0, Choice::No, OPEN, 8)];
        assert_eq!(closed(VotingRule::SimpleMajority, Quorum::NONE, 1, &votes).yes, 1);
        // A change after the deadline does not count.
        let votes = [v(0, Choice::Yes, OPEN, 1), v(0, Choice::No, DEADLINE + 1, 2)];
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 1, &votes);
        assert_eq!((t.yes, t.no, t.ignored), (1, 0, 1));
        assert_eq!(t.outcome, Outcome::Adopted);
        // A vote at the deadline itself counts.
        let votes = [v(0, Choice::No, DEADLINE, 1)];
        assert_eq!(closed(VotingRule::SimpleMajority, Quorum::NONE, 1, &votes).no, 1);
    }

    #[test]
    fn outsiders_and_wrong_choices_are_left_out() {
        let votes = [
            v(7, Choice::Yes, OPEN, 1),       // not a member
            v(0, Choice::Objection, OPEN, 2), // not a choice of a vote
            v(1, Choice::No, OPEN, 3),
        ];
        let t = closed(VotingRule::SimpleMajority, Quorum::NONE, 3, &votes);
        assert_eq!((t.yes, t.no, t.present, t.ignored), (0, 1, 1, 2));
        // A member listed twice in the electorate is still one member.
        let t = tally(&VotingRule::SimpleMajority, &Quorum::NONE, &[1, 1, 2], &[], DEADLINE, AFTER);
        assert_eq!(t.electorate, 2);
    }

    #[test]
    fn consensus_is_adopted_by_silence_and_broken_by_one_objection() {
        let rule = VotingRule::Consensus { silence_period_secs: 86_400 };
        let running = tally(&rule, &Quorum::NONE, &members(5), &[], DEADLINE, OPEN);
        assert_eq!((running.outcome, running.reason), (Outcome::Pending, Reason::SilenceRunning));
        // Silence is consent: nobody needs to answer, and no quorum applies.
        let kept = tally(&rule, &Quorum::Members { count: 5 }, &members(5), &[], DEADLINE, AFTER);
        assert_eq!((kept.outcome, kept.reason), (Outcome::Adopted, Reason::SilenceKept));
        assert!(kept.quorum_met);
        let votes = [v(0, Choice::NoObjection, OPEN, 1)];
        let kept = tally(&rule, &Quorum::NONE, &members(5), &votes, DEADLINE, AFTER);
        assert_eq!((kept.outcome, kept.no_objections), (Outcome::Adopted, 1));
        // One objection rejects at once, before the period ends.
        let votes = [v(0, Choice::NoObjection, OPEN, 1), v(3, Choice::Objection, OPEN + 1, 2)];
        let broken = tally(&rule, &Quorum::NONE, &members(5), &votes, DEADLINE, OPEN + 2);
        assert_eq!((broken.outcome, broken.reason), (Outcome::Rejected, Reason::SilenceBroken));
        assert_eq!(broken.objections, 1);
        assert!(broken.is_final());
        // Withdrawing it afterwards does not mend the silence.
        let votes = [v(3, Choice::Objection, OPEN, 1), v(3, Choice::NoObjection, OPEN + 1, 2)];
        let t = tally(&rule, &Quorum::NONE, &members(5), &votes, DEADLINE, AFTER);
        assert_eq!((t.outcome, t.objections, t.no_objections), (Outcome::Rejected, 1, 0));
        // An objection after the silence ended is too late.
        let votes = [v(3, Choice::Objection, DEADLINE + 1, 1)];
        let t = tally(&rule, &Quorum::NONE, &members(5), &votes, DEADLINE, AFTER);
        assert_eq!((t.outcome, t.ignored), (Outcome::Adopted, 1));
        // Yes/no ballots are not part of the silence procedure.
        let votes = [v(3, Choice::No, OPEN, 1)];
        assert_eq!(tally(&rule, &Quorum::NONE, &members(5), &votes, DEADLINE, AFTER).outcome, Outcome::Adopted);
    }

    #[test]
    fn rules_take_their_own_choices() {
        assert!(VotingRule::TwoThirds.accepts(Choice::Abstain));
        assert!(!VotingRule::TwoThirds.accepts(Choice::Objection));
        let consensus = VotingRule::Consensus { silence_period_secs: 60 };
        assert!(consensus.accepts(Choice::Objection) && !consensus.accepts(Choice::Yes));
        assert!(consensus.choices().iter().all(|c| consensus.accepts(*c)));
        for c in Choice::ALL {
            assert_eq!(Choice::parse(c.as_str()), Some(c));
        }
        assert_eq!(Choice::parse("maybe"), None);
    }

    #[test]
    fn setups_that_cannot_decide_are_refused() {
        let rule = VotingRule::SimpleMajority;
        assert_eq!(check_setup(&rule, &Quorum::NONE, 0), Err(SetupError::EmptyElectorate));
        assert_eq!(
            check_setup(&VotingRule::Consensus { silence_period_secs: 0 }, &Quorum::NONE, 3),
            Err(SetupError::NoSilencePeriod)
        );
        assert_eq!(
            check_setup(&rule, &Quorum::Fraction { numerator: 1, denominator: 0 }, 3),
            Err(SetupError::ZeroDenominator)
        );
        assert!(matches!(
            check_setup(&rule, &Quorum::Fraction { numerator: 3, denominator: 2 }, 3),
            Err(SetupError::FractionAboveOne { .. })
        ));
        assert_eq!(
            check_setup(&rule, &Quorum::Members { count: 4 }, 3),
            Err(SetupError::QuorumAboveElectorate { required: 4, electorate: 3 })
        );
        assert!(check_setup(&rule, &Quorum::Members { count: 3 }, 3).is_ok());
        assert!(check_setup(&rule, &Quorum::Fraction { numerator: 1, denominator: 1 }, 3).is_ok());
    }

    #[test]
    fn serde_shapes_are_stable() {
        let rule = VotingRule::Consensus { silence_period_secs: 3600 };
        assert_eq!(serde_json::to_string(&rule).unwrap(), r#"{"kind":"consensus","silence_period_secs":3600}"#);
        assert_eq!(serde_json::to_string(&VotingRule::TwoThirds).unwrap(), r#"{"kind":"two_thirds"}"#);
        let q = Quorum::Fraction { numerator: 1, denominator: 2 };
        assert_eq!(serde_json::to_string(&q).unwrap(), r#"{"kind":"fraction","numerator":1,"denominator":2}"#);
        assert_eq!(serde_json::to_string(&Choice::NoObjection).unwrap(), r#""no_objection""#);
    }

    fn choice() -> impl Strategy<Value = Choice> {
        prop::sample::select(Choice::ALL.to_vec())
    }

    fn rule() -> impl Strategy<Value = VotingRule> {
        prop_oneof![
            Just(VotingRule::SimpleMajority),
            Just(VotingRule::TwoThirds),
            Just(VotingRule::Consensus { silence_period_secs: 60 })
        ]
    }

    fn quorum() -> impl Strategy<Value = Quorum> {
        prop_oneof![
            (0u32..8).prop_map(|count| Quorum::Members { count }),
            (0u32..4, 1u32..5).prop_map(|(n, d)| Quorum::Fraction { numerator: n.min(d), denominator: d }),
        ]
    }

    fn votes() -> impl Strategy<Value = Vec<Vote<u32>>> {
        prop::collection::vec((0u32..10, choice(), OPEN..DEADLINE + 50), 0..30)
            .prop_map(|raw| raw.into_iter().enumerate().map(|(i, (m, c, at))| v(m, c, at, i as u64)).collect())
    }

    proptest! {
        #[test]
        fn the_tally_does_not_depend_on_vote_order(
            rule in rule(), quorum in quorum(), votes in votes(), seed in any::<u64>(), now in OPEN..DEADLINE + 100,
        ) {
            let electorate = members(8);
            let mut shuffled = votes.clone();
            // A deterministic shuffle from the seed (Fisher–Yates with a small LCG).
            let mut s = seed;
            for i in (1..shuffled.len()).rev() {
                s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                shuffled.swap(i, (s >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(
                tally(&rule, &quorum, &electorate, &votes, DEADLINE, now),
                tally(&rule, &quorum, &electorate, &shuffled, DEADLINE, now)
            );
        }

        #[test]
        fn adding_a_yes_never_turns_adopted_into_anything_else(
            rule in prop_oneof![Just(VotingRule::SimpleMajority), Just(VotingRule::TwoThirds)],
            quorum in quorum(), votes in votes(), member in 0u32..8,
        ) {
            let electorate = members(8);
            let before = tally(&rule, &quorum, &electorate, &votes, DEADLINE, AFTER);
            // The member's last word before the deadline is a yes (a new vote or a changed one).
            let mut more = votes.clone();
            more.push(v(member, Choice::Yes, DEADLINE, u64::MAX));
            let after = tally(&rule, &quorum, &electorate, &more, DEADLINE, AFTER);
            if before.outcome == Outcome::Adopted {
                prop_assert_eq!(after.outcome, Outcome::Adopted);
            }
            prop_assert!(after.yes >= before.yes);
            prop_assert!(after.present >= before.present);
        }

        #[test]
        fn two_thirds_agrees_with_exact_fractions_and_implies_a_majority(yes in 0u32..500, no in 0u32..500) {
            let t = closed(VotingRule::TwoThirds, Quorum::NONE, yes + no + 1, &ballots(yes, no, 0));
            let exact = yes + no > 0 && u128::from(yes) * 3 >= u128::from(yes + no) * 2;
            prop_assert_eq!(t.outcome == Outcome::Adopted, exact);
            prop_assert_eq!(t.outcome == Outcome::Adopted, yes + no > 0 && yes >= t.yes_required);
            if exact {
                let m = closed(VotingRule::SimpleMajority, Quorum::NONE, yes + no + 1, &ballots(yes, no, 0));
                prop_assert_eq!(m.outcome, Outcome::Adopted);
            }
        }

        #[test]
        fn counts_add_up(rule in rule(), quorum in quorum(), votes in votes(), now in OPEN..DEADLINE + 100) {
            let t = tally(&rule, &quorum, &members(8), &votes, DEADLINE, now);
            prop_assert_eq!(t.present + t.not_voted, t.electorate);
            prop_assert!(t.yes + t.no + t.abstain + t.no_objections <= t.present);
            prop_assert!(t.ignored as usize <= votes.len());
        }
    }
}
