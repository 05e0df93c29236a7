//! Votes, moderation and the tuning parameters of the pipeline, and their conversions from and
//! to the core's stored dialogue types (`accord_core::dialogue`): the one place where the node,
//! its imports and the CLI cross between the two.

use accord_core::dialogue as core;
use serde::{Deserialize, Serialize};

/// Identifies a participant inside one conversation (Polis "pid").
pub type ParticipantId = u32;
/// Identifies a statement inside one conversation (Polis "tid").
pub type StatementId = u32;

/// One vote. Accord uses the sign of Polis's *exports*: agree = +1, disagree = −1, pass = 0.
/// (Polis's database and math use the opposite sign; see `consensus-math.md` §1 and §3.3.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    /// The export sign: agree = +1, disagree = −1, pass = 0.
    pub fn sign(self) -> i8 {
        match self {
            Vote::Agree => 1,
            Vote::Disagree => -1,
            Vote::Pass => 0,
        }
    }

    /// Reads the export sign; anything but −1, 0 or +1 is not a vote.
    pub fn from_sign(sign: i64) -> Option<Vote> {
        match sign {
            1 => Some(Vote::Agree),
            -1 => Some(Vote::Disagree),
            0 => Some(Vote::Pass),
            _ => None,
        }
    }
}

/// A vote as it arrived. Later events for the same (participant, statement) replace earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteEvent {
    pub participant: ParticipantId,
    pub statement: StatementId,
    pub vote: Vote,
    /// Milliseconds since the Unix epoch; only the order matters.
    pub at_ms: i64,
}

/// A moderator's decision on a statement (Polis `moderated`: 1, 0, −1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Moderation {
    Accepted,
    #[default]
    Unmoderated,
    Rejected,
}

/// What the math needs to know about a statement besides its votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementInfo {
    pub id: StatementId,
    pub moderation: Moderation,
    pub is_meta: bool,
}

impl StatementInfo {
    /// Polis moderates out rejected statements and meta statements (`mod-update`, §2.3);
    /// unmoderated statements stay in, even in strict-moderation conversations.
    pub fn moderated_out(&self) -> bool {
        self.is_meta || self.moderation == Moderation::Rejected
    }
}

/// The pipeline's tuning. The defaults are Polis's (`base-conv-update-graph`, §2.1 and §6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// A participant is clustered once they have voted on min(this, number of statements).
    pub min_votes: usize,
    /// If fewer participants qualify, the most active voters are added up to this many.
    pub min_in_conv: usize,
    /// Number of base clusters.
    pub base_k: usize,
    /// Iterations of base k-means.
    pub base_iters: usize,
    /// Largest number of opinion groups (Polis: 5; more may be asked for, as polis#1289 requests).
    pub max_k: usize,
    /// Iterations of group k-means. Polis passes 100 but its k-means ignores it and runs 20 (quirk Q3).
    pub group_iters: usize,
    /// Ticks a new best k must persist before the groups switch to it.
    pub k_buffer: u32,
    /// One-sided z threshold for significance (90%).
    pub z_threshold: f64,
    /// Statements per representative or consensus list.
    pub top: usize,
    /// Seeds the start vectors of the iterative PCA used on large matrices.
    pub seed: u64,
    /// Subspace iterations of an incremental tick on a large matrix, from the previous components
    /// (one: a block step with Rayleigh–Ritz from components that were converged a few votes ago;
    /// each further step costs three more passes over the votes, about 50 ms at 5,000,000).
    pub warm_pca_iters: usize,
    /// On conversations with at least `pca_reuse_min_votes` votes, a tick keeps the previous
    /// components until this fraction of the votes is new.
    pub pca_refresh_fraction: f64,
    pub pca_reuse_min_votes: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_votes: 7,
            min_in_conv: 15,
            base_k: 100,
            base_iters: 100,
            max_k: 5,
            group_iters: 20,
            k_buffer: 4,
            z_threshold: 1.2816,
            top: 5,
            seed: 0,
            warm_pca_iters: 1,
            pca_refresh_fraction: 0.01,
            pca_reuse_min_votes: 100_000,
        }
    }
}

// ---- conversions from and to the core's dialogue types ----------------------------------------

impl From<core::Moderation> for Moderation {
    fn from(m: core::Moderation) -> Self {
        match m {
            core::Moderation::Accepted => Moderation::Accepted,
            core::Moderation::Unmoderated => Moderation::Unmoderated,
            core::Moderation::Rejected => Moderation::Rejected,
        }
    }
}

impl From<Moderation> for core::Moderation {
    fn from(m: Moderation) -> Self {
        match m {
            Moderation::Accepted => core::Moderation::Accepted,
            Moderation::Unmoderated => core::Moderation::Unmoderated,
            Moderation::Rejected => core::Moderation::Rejected,
        }
    }
}

impl StatementInfo {
    /// A statement's flags as the store lists them (`(seq, moderation, is_meta)`,
    /// `DialogueStore::statement_flags`, `AnalysisInput::statements`).
    pub fn from_core(&(seq, moderation, is_meta): &(u32, core::Moderation, bool)) -> Self {
        StatementInfo { id: seq, moderation: moderation.into(), is_meta }
    }
}

impl VoteEvent {
    /// A stored vote event as the math reads it; `None` for a sign other than −1, 0 or +1 (the
    /// store refuses those). Both use the export sign, agree = +1.
    pub fn from_core(e: &core::VoteEvent) -> Option<Self> {
        Some(VoteEvent {
            participant: e.pid,
            statement: e.tid,
            vote: Vote::from_sign(i64::from(e.vote))?,
            at_ms: e.at_ms,
        })
    }
}

impl From<VoteEvent> for core::VoteEvent {
    fn from(e: VoteEvent) -> Self {
        core::VoteEvent { pid: e.participant, tid: e.statement, vote: e.vote.sign(), at_ms: e.at_ms }
    }
}

/// What the node's store gives the analysis (`Node::analysis_input`), as the pipeline takes it:
/// the statements' flags and the vote events in the same order.
pub fn input_from_core(input: &core::AnalysisInput) -> (Vec<StatementInfo>, Vec<VoteEvent>) {
    let statements = input.statements.iter().map(StatementInfo::from_core).collect();
    let votes = input.votes.iter().filter_map(VoteEvent::from_core).collect();
    (statements, votes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_types_convert_both_ways() {
        for &m in core::Moderation::ALL {
            assert_eq!(core::Moderation::from(Moderation::from(m)), m);
            assert_eq!(Moderation::from(m) == Moderation::Rejected, m == core::Moderation::Rejected);
        }
        let info = StatementInfo::from_core(&(7, core::Moderation::Accepted, true));
        assert_eq!(info, StatementInfo { id: 7, moderation: Moderation::Accepted, is_meta: true });
        for sign in [-1i8, 0, 1] {
            let stored = core::VoteEvent { pid: 3, tid: 4, vote: sign, at_ms: 99 };
            let event = VoteEvent::from_core(&stored);
            assert_eq!(event.map(|e| e.vote.sign()), Some(sign), "the export sign is kept");
            assert_eq!(event.map(core::VoteEvent::from), Some(stored));
        }
        assert_eq!(VoteEvent::from_core(&core::VoteEvent { pid: 0, tid: 0, vote: 2, at_ms: 0 }), None);
        let input = core::AnalysisInput {
            statements: vec![(0, core::Moderation::Rejected, false)],
            votes: vec![core::VoteEvent { pid: 1, tid: 0, vote: -1, at_ms: 5 }],
        };
        let (statements, votes) = input_from_core(&input);
        assert!(statements[0].moderated_out());
        assert_eq!(votes, vec![VoteEvent { participant: 1, statement: 0, vote: Vote::Disagree, at_ms: 5 }]);
    }
}
