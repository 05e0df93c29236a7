//! The analysis of conversations: the Polis pipeline (`accord-consensus`) run incrementally as
//! votes arrive, each result saved as the next signed, versioned record.
//!
//! The node keeps one warm [`Engine`] per conversation in memory (the vote matrix and the state
//! Polis carries between ticks). A tick feeds it only the vote events it has not seen, runs on
//! the blocking pool, and saves the result with the number of events it includes. After a
//! restart the first tick rebuilds the engine from the database, which stays the source of truth.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use accord_consensus::{Engine, Params, StatementInfo, Vote, VoteEvent};
use accord_core::access::Principal;
use accord_core::dialogue::{ConversationId, Moderation, StoredResult};

use crate::{Node, NodeError, Result};

#[derive(Default)]
pub(crate) struct Analyses {
    engines: Mutex<HashMap<ConversationId, Warm>>,
    /// Conversations whose statements changed (moderation, new statements) since their result.
    dirty: Mutex<HashSet<ConversationId>>,
}

struct Warm {
    engine: Engine,
    /// Vote events already fed to the engine.
    applied: usize,
}

impl Analyses {
    pub(crate) fn mark_dirty(&self, id: ConversationId) {
        if let Ok(mut dirty) = self.dirty.lock() {
            dirty.insert(id);
        }
    }
}

fn statement_info(seq: u32, moderation: Moderation, is_meta: bool) -> StatementInfo {
    let moderation = match moderation {
        Moderation::Accepted => accord_consensus::Moderation::Accepted,
        Moderation::Unmoderated => accord_consensus::Moderation::Unmoderated,
        Moderation::Rejected => accord_consensus::Moderation::Rejected,
    };
    StatementInfo { id: seq, moderation, is_meta }
}

impl Node {
    /// Analyses every conversation whose latest result misses vote events or statement changes;
    /// returns the results saved. The server calls this in the background; tests call it directly.
    pub async fn analyze_pending(&self) -> Result<Vec<StoredResult>> {
        let op = Principal::Operator;
        let mut due: Vec<ConversationId> = self
            .conversations_needing_analysis(&op)
            .await?
            .into_iter()
            .filter(|(_, votes, done)| *done != Some(*votes))
            .map(|(id, _, _)| id)
            .collect();
        let dirty: Vec<ConversationId> =
            self.analyses.dirty.lock().map(|mut d| d.drain().collect()).unwrap_or_default();
        for id in dirty {
            if !due.contains(&id) {
                due.push(id);
            }
        }
        let mut saved = Vec::new();
        for id in due {
            saved.push(self.analyze_conversation(id).await?);
        }
        Ok(saved)
    }

    /// Runs one tick for one conversation and saves the result as its next version.
    pub async fn analyze_conversation(&self, id: ConversationId) -> Result<StoredResult> {
        let op = Principal::Operator;
        let input = self.analysis_input(&op, id).await?;
        let watermark = input.votes.len();
        let mut warm = self
            .analyses
            .engines
            .lock()
            .ok()
            .and_then(|mut engines| engines.remove(&id))
            .filter(|w| w.applied <= watermark)
            .unwrap_or_else(|| Warm { engine: Engine::new(Params::default()), applied: 0 });
        let tick = tokio::task::spawn_blocking(move || {
            warm.engine.set_statements(input.statements.iter().map(|&(seq, m, meta)| statement_info(seq, m, meta)));
            let fresh: Vec<VoteEvent> = input.votes[warm.applied..]
                .iter()
                .filter_map(|v| {
                    Some(VoteEvent {
                        participant: v.pid,
                        statement: v.tid,
                        vote: Vote::from_sign(i64::from(v.vote))?,
                        at_ms: v.at_ms,
                    })
                })
                .collect();
            warm.engine.add_votes(&fresh);
            warm.applied = watermark;
            // The first tick of an engine is a cold run: compute the components to convergence.
            let analysis = if fresh.len() == watermark { warm.engine.analyze_full() } else { warm.engine.analyze() };
            (warm, analysis)
        })
        .await
        .map_err(|e| NodeError::Internal(format!("the analysis stopped: {e}")))?;
        let (warm, analysis) = tick;
        let json = serde_json::to_value(&analysis).map_err(|e| NodeError::Internal(e.to_string()))?;
        if let Ok(mut engines) = self.analyses.engines.lock() {
            engines.insert(id, warm);
        }
        self.save_result(&op, id, watermark as u64, json).await
    }
}
