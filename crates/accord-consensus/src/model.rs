//! Votes, moderation and the tuning parameters of the pipeline.

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
    /// Subspace iterations of an incremental tick on a large matrix, from the previous components.
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
            warm_pca_iters: 2,
            pca_refresh_fraction: 0.01,
            pca_reuse_min_votes: 100_000,
        }
    }
}
