//! The analysis of conversations: the Polis pipeline (`accord-consensus`) run incrementally as
//! votes arrive, each result saved as the next signed, versioned record.
//!
//! The node keeps one warm [`Engine`] per conversation in memory (the vote matrix and the state
//! Polis carries between ticks). A tick feeds it only the vote events it has not seen, runs on
//! the blocking pool, and saves the result with the number of events it includes. After a
//! restart the first tick rebuilds the engine from the database, which stays the source of truth.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use accord_consensus::{Engine, Params, StatementInfo, VoteEvent};
use accord_core::access::Principal;
use accord_core::dialogue::{ConversationId, StoredResult};
use accord_store::dialogue::VoteCursor;

use crate::{Node, NodeError, Result};

/// Routing priorities by statement seq, as parsed from one result version.
pub(crate) type Priorities = Arc<BTreeMap<u32, f64>>;

#[derive(Default)]
pub(crate) struct Analyses {
    engines: Mutex<HashMap<ConversationId, Warm>>,
    /// Conversations whose statements changed (moderation, new statements) since their result.
    dirty: Mutex<HashSet<ConversationId>>,
    /// Vote events read from the store by the ticks since the node started.
    events_read: AtomicU64,
    /// The routing priorities of each conversation's latest result, by result version: the
    /// next-statement route reads them on every call, and parsing the whole result each time
    /// would dominate it. A new version replaces them (the version is checked on every read).
    priorities: Mutex<HashMap<ConversationId, (u32, Priorities)>>,
}

struct Warm {
    engine: Engine,
    /// Vote events already fed to the engine.
    applied: u64,
    /// The store's position of the last event fed (none before the first).
    cursor: Option<VoteCursor>,
}

impl Warm {
    fn cold() -> Self {
        Warm { engine: Engine::new(Params::default()), applied: 0, cursor: None }
    }
}

impl Analyses {
    pub(crate) fn mark_dirty(&self, id: ConversationId) {
        if let Ok(mut dirty) = self.dirty.lock() {
            dirty.insert(id);
        }
    }

    /// The cached priorities of `id`'s result `version`, if they are the ones cached.
    pub(crate) fn cached_priorities(&self, id: ConversationId, version: u32) -> Option<Priorities> {
        let cache = self.priorities.lock().ok()?;
        cache.get(&id).filter(|(v, _)| *v == version).map(|(_, p)| Arc::clone(p))
    }

    /// Keeps the priorities of `id`'s result `version`, unless a later version's are there.
    pub(crate) fn keep_priorities(&self, id: ConversationId, version: u32, priorities: Priorities) {
        if let Ok(mut cache) = self.priorities.lock() {
            let newer = cache.get(&id).is_some_and(|(v, _)| *v > version);
            if !newer {
                cache.insert(id, (version, priorities));
            }
        }
    }

    /// Forgets `id`'s priorities (a new result version was saved).
    pub(crate) fn forget_priorities(&self, id: ConversationId) {
        if let Ok(mut cache) = self.priorities.lock() {
            cache.remove(&id);
        }
    }
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

    /// How many vote events the analysis ticks have read from the store since the node started.
    /// A warm tick reads only the events its engine has not seen, so after the first tick of a
    /// conversation this grows by the new votes, not by the whole log.
    pub fn analysis_events_read(&self) -> u64 {
        self.analyses.events_read.load(Ordering::Relaxed)
    }

    /// Runs one tick for one conversation and saves the result as its next version.
    pub async fn analyze_conversation(&self, id: ConversationId) -> Result<StoredResult> {
        let op = Principal::Operator;
        let statements = self.store.dialogue().statement_flags(id).await?;
        let warm = self.analyses.engines.lock().ok().and_then(|mut engines| engines.remove(&id));
        let (mut warm, read) = match warm {
            Some(warm) => {
                // Only the events after the engine's position.
                let read = self.store.dialogue().vote_events_after(id, warm.cursor).await?;
                self.count_read(read.events.len());
                if warm.applied + read.events.len() as u64 == read.total {
                    (warm, read)
                } else {
                    // An event landed before the position (a clock set back) or the database
                    // changed under the node: rebuild from every event.
                    (Warm::cold(), self.read_all_votes(id).await?)
                }
            }
            None => (Warm::cold(), self.read_all_votes(id).await?),
        };
        let watermark = warm.applied + read.events.len() as u64;
        let tick = tokio::task::spawn_blocking(move || {
            warm.engine.set_statements(statements.iter().map(StatementInfo::from_core));
            let fresh: Vec<VoteEvent> = read.events.iter().filter_map(VoteEvent::from_core).collect();
            warm.engine.add_votes(&fresh);
            // The first tick of an engine is a cold run: compute the components to convergence.
            let analysis = if warm.applied == 0 { warm.engine.analyze_full() } else { warm.engine.analyze() };
            warm.applied = watermark;
            warm.cursor = read.last;
            (warm, analysis)
        })
        .await
        .map_err(|e| NodeError::Internal(format!("the analysis stopped: {e}")))?;
        let (warm, analysis) = tick;
        let json = serde_json::to_value(&analysis).map_err(|e| NodeError::Internal(e.to_string()))?;
        if let Ok(mut engines) = self.analyses.engines.lock() {
            engines.insert(id, warm);
        }
        self.save_result(&op, id, watermark, json).await
    }

    async fn read_all_votes(&self, id: ConversationId) -> Result<accord_store::dialogue::VoteEventsAfter> {
        let read = self.store.dialogue().vote_events_after(id, None).await?;
        self.count_read(read.events.len());
        Ok(read)
    }

    fn count_read(&self, events: usize) {
        self.analyses.events_read.fetch_add(events as u64, Ordering::Relaxed);
    }
}
