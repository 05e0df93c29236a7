//! Synthetic conversations for benchmarks: participants in a few latent opinion groups vote on
//! a random subset of statements, leaning the way their group leans. Deterministic per seed.

use crate::model::{Vote, VoteEvent};

/// SplitMix64 (public domain algorithm); enough for reproducible benchmark data.
#[derive(Debug, Clone)]
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// `votes` vote events over `participants` × `statements`, with `groups` latent groups.
/// Times increase with the event index. Duplicate (participant, statement) pairs can occur and
/// act as re-votes.
pub fn votes(participants: u32, statements: u32, votes: usize, groups: u32, seed: u64) -> Vec<VoteEvent> {
    let mut rng = SplitMix::new(seed);
    let groups = groups.max(1);
    // Each group's stance per statement: +1 or −1.
    let stance: Vec<Vec<f64>> =
        (0..groups).map(|_| (0..statements).map(|_| if rng.next_f64() < 0.5 { 1.0 } else { -1.0 }).collect()).collect();
    (0..votes)
        .map(|i| {
            let participant = rng.below(u64::from(participants)) as u32;
            let statement = rng.below(u64::from(statements)) as u32;
            let lean = stance[(participant % groups) as usize][statement as usize];
            let r = rng.next_f64();
            let vote = if r < 0.15 {
                Vote::Pass
            } else if (r < 0.8) == (lean > 0.0) {
                Vote::Agree
            } else {
                Vote::Disagree
            };
            VoteEvent { participant, statement, vote, at_ms: i as i64 }
        })
        .collect()
}
