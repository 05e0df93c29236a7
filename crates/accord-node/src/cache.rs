//! A small read cache for the hottest reads: API tokens (every authenticated request) and
//! the member directory (public, read by everyone).
//!
//! Why hand-written: it must be exactly as fresh as the database for writes made through this
//! node, which a TTL cache cannot promise. The rule:
//! - every write through [`crate::Node::write`] empties the cache at once;
//! - writes by another process on the same data directory (the `accord` CLI) are noticed by
//!   comparing the store's change counter (the last audit sequence number, bumped in the same
//!   transaction as every change), checked at most every [`RECHECK`]. So a token revoked from
//!   the CLI stops working within that interval; revoked through the API or UI, at once.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use accord_core::{Organisation, Token, User};
use accord_store::{Page, PageRequest};

/// How often the cache asks the store whether another process changed something.
pub const RECHECK: Duration = Duration::from_millis(100);
/// Upper bound on entries per map; past it the map is emptied (simple and bounded).
const MAX_ENTRIES: usize = 10_000;

#[derive(Default)]
struct State {
    counter: i64,
    checked_at: Option<Instant>,
    tokens: HashMap<String, (Token, User)>,
    organisations: HashMap<(Option<String>, u32), Page<Organisation>>,
}

#[derive(Default)]
pub struct ReadCache {
    state: Mutex<State>,
}

impl ReadCache {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        // A poisoned lock only means another thread panicked mid-update: start afresh.
        let mut guard = self.state.lock().unwrap_or_else(|poisoned| {
            let mut g = poisoned.into_inner();
            *g = State::default();
            g
        });
        f(&mut guard)
    }

    /// Whether the store's change counter should be read again now.
    pub fn due(&self, now: Instant) -> bool {
        self.with(|s| s.checked_at.is_none_or(|t| now.duration_since(t) >= RECHECK))
    }

    /// Records the store's change counter; empties the cache if it moved.
    pub fn observe(&self, counter: i64, now: Instant) {
        self.with(|s| {
            if s.counter != counter {
                s.tokens.clear();
                s.organisations.clear();
                s.counter = counter;
            }
            s.checked_at = Some(now);
        });
    }

    /// Called by the write path after every change made through this node.
    pub fn invalidate(&self, counter: i64) {
        self.with(|s| {
            s.tokens.clear();
            s.organisations.clear();
            s.counter = counter;
        });
    }

    pub fn token(&self, secret_hash: &str) -> Option<(Token, User)> {
        self.with(|s| s.tokens.get(secret_hash).cloned())
    }

    pub fn put_token(&self, secret_hash: String, entry: (Token, User)) {
        self.with(|s| {
            if s.tokens.len() >= MAX_ENTRIES {
                s.tokens.clear();
            }
            s.tokens.insert(secret_hash, entry);
        });
    }

    pub fn organisations(&self, page: &PageRequest) -> Option<Page<Organisation>> {
        self.with(|s| s.organisations.get(&(page.after.clone(), page.limit)).cloned())
    }

    pub fn put_organisations(&self, page: &PageRequest, value: Page<Organisation>) {
        self.with(|s| {
            if s.organisations.len() >= MAX_ENTRIES {
                s.organisations.clear();
            }
            s.organisations.insert((page.after.clone(), page.limit), value);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_counter_empties_the_cache_and_rechecks_are_spaced() {
        let cache = ReadCache::default();
        let t0 = Instant::now();
        assert!(cache.due(t0));
        cache.observe(5, t0);
        assert!(!cache.due(t0 + Duration::from_millis(10)));
        assert!(cache.due(t0 + RECHECK));

        let page = PageRequest { after: None, limit: 10 };
        cache.put_organisations(&page, Page { items: vec![], next: None });
        assert!(cache.organisations(&page).is_some());
        cache.observe(5, t0 + RECHECK);
        assert!(cache.organisations(&page).is_some(), "same counter: still valid");
        cache.observe(6, t0 + RECHECK * 2);
        assert!(cache.organisations(&page).is_none(), "another writer committed: emptied");

        cache.put_organisations(&page, Page { items: vec![], next: None });
        cache.invalidate(7);
        assert!(cache.organisations(&page).is_none(), "a local write empties at once");
    }
}
