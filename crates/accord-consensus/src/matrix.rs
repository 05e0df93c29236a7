//! The vote matrix: participants × statements, latest vote wins (§2.2).
//!
//! Stored by row as sorted `(column, sign)` pairs because real conversations are sparse: a
//! participant sees a few dozen of thousands of statements. Rows and columns keep the order in
//! which participants and statements first appear, as Polis's named matrix does, so the result
//! is the same whether votes arrive in one batch or many.

use rustc_hash::FxHashMap;

use crate::model::{ParticipantId, StatementId, VoteEvent};

#[derive(Debug, Clone, Default)]
pub struct VoteMatrix {
    participants: Vec<ParticipantId>,
    statements: Vec<StatementId>,
    // Fx hashing: the keys are the node's own small integer ids, and SipHash was a third of the
    // time of building a matrix.
    row_of: FxHashMap<ParticipantId, usize>,
    col_of: FxHashMap<StatementId, usize>,
    /// Per row: (column, sign) sorted by column.
    rows: Vec<Vec<(u32, i8)>>,
    nnz: usize,
}

impl VoteMatrix {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the matrix from an event log: events are applied in time order (stable, so equal
    /// timestamps keep their input order) and each later vote replaces the earlier one.
    pub fn from_events(events: &[VoteEvent]) -> Self {
        let mut matrix = Self::new();
        // Exports and the node's log are usually in time order already.
        if events.windows(2).all(|w| w[0].at_ms <= w[1].at_ms) {
            for e in events {
                matrix.apply(e);
            }
        } else {
            let mut order: Vec<(i64, usize)> = events.iter().enumerate().map(|(i, e)| (e.at_ms, i)).collect();
            order.sort_unstable();
            for (_, i) in order {
                matrix.apply(&events[i]);
            }
        }
        matrix
    }

    /// Applies one vote; returns true when the matrix changed.
    pub fn apply(&mut self, event: &VoteEvent) -> bool {
        let (_, _, previous) = self.replace(event);
        previous != Some(event.vote.sign())
    }

    /// Applies one vote; returns its row, its column and the vote it replaced, if any.
    pub fn replace(&mut self, event: &VoteEvent) -> (usize, u32, Option<i8>) {
        let row = match self.row_of.get(&event.participant) {
            Some(&r) => r,
            None => {
                self.participants.push(event.participant);
                self.rows.push(Vec::new());
                self.row_of.insert(event.participant, self.rows.len() - 1);
                self.rows.len() - 1
            }
        };
        let col = match self.col_of.get(&event.statement) {
            Some(&c) => c,
            None => {
                self.statements.push(event.statement);
                self.col_of.insert(event.statement, self.statements.len() - 1);
                self.statements.len() - 1
            }
        } as u32;
        let sign = event.vote.sign();
        let cells = &mut self.rows[row];
        match cells.binary_search_by_key(&col, |&(c, _)| c) {
            Ok(i) => {
                let previous = cells[i].1;
                cells[i].1 = sign;
                (row, col, Some(previous))
            }
            Err(i) => {
                cells.insert(i, (col, sign));
                self.nnz += 1;
                (row, col, None)
            }
        }
    }

    /// Participants in row order.
    pub fn participants(&self) -> &[ParticipantId] {
        &self.participants
    }

    /// Statements that have at least one vote, in column order.
    pub fn statements(&self) -> &[StatementId] {
        &self.statements
    }

    pub fn row_of(&self, participant: ParticipantId) -> Option<usize> {
        self.row_of.get(&participant).copied()
    }

    pub fn col_of(&self, statement: StatementId) -> Option<usize> {
        self.col_of.get(&statement).copied()
    }

    /// The votes of one row as (column, sign), sorted by column.
    pub fn row(&self, row: usize) -> &[(u32, i8)] {
        self.rows.get(row).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn n_rows(&self) -> usize {
        self.rows.len()
    }

    pub fn n_cols(&self) -> usize {
        self.statements.len()
    }

    /// Number of (latest) votes.
    pub fn nnz(&self) -> usize {
        self.nnz
    }

    /// The latest vote of a participant on a statement, as its sign.
    pub fn get(&self, participant: ParticipantId, statement: StatementId) -> Option<i8> {
        let row = self.row_of(participant)?;
        let col = self.col_of(statement)? as u32;
        let cells = &self.rows[row];
        cells.binary_search_by_key(&col, |&(c, _)| c).ok().map(|i| cells[i].1)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::model::Vote;

    fn ev(p: u32, s: u32, vote: Vote, at_ms: i64) -> VoteEvent {
        VoteEvent { participant: p, statement: s, vote, at_ms }
    }

    #[test]
    fn latest_vote_wins_by_time_not_input_order() {
        let m = VoteMatrix::from_events(&[
            ev(1, 10, Vote::Disagree, 50),
            ev(1, 10, Vote::Agree, 10),
            ev(2, 10, Vote::Pass, 20),
        ]);
        assert_eq!(m.get(1, 10), Some(-1));
        assert_eq!(m.get(2, 10), Some(0));
        assert_eq!(m.nnz(), 2);
        // Rows in order of first appearance in time.
        assert_eq!(m.participants(), &[1, 2]);
    }

    #[test]
    fn equal_times_keep_input_order() {
        let m = VoteMatrix::from_events(&[ev(1, 1, Vote::Agree, 5), ev(1, 1, Vote::Disagree, 5)]);
        assert_eq!(m.get(1, 1), Some(-1));
    }
}
