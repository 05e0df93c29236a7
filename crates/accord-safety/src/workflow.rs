//! The intake workflow: submitted → triaged → published or rejected. Reviewers move records
//! along; a rejected record can be reopened (back to triaged); a published record is changed
//! by new versions, not by moving it back.

use crate::access::Status;

/// A reviewer's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Triage,
    Publish,
    Reject,
    Reopen,
}

impl Decision {
    pub const ALL: [Decision; 4] = [Decision::Triage, Decision::Publish, Decision::Reject, Decision::Reopen];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Triage => "triage",
            Decision::Publish => "publish",
            Decision::Reject => "reject",
            Decision::Reopen => "reopen",
        }
    }

    pub fn parse(value: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == value.trim())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a {} record cannot be given the decision `{}`", .from.as_str(), .decision.as_str())]
pub struct BadTransition {
    pub from: Status,
    pub decision: Decision,
}

/// The status after `decision`, or why it is not allowed.
pub fn next(from: Status, decision: Decision) -> Result<Status, BadTransition> {
    use Decision::*;
    use Status::*;
    match (from, decision) {
        (Submitted, Triage) => Ok(Triaged),
        (Submitted | Triaged, Publish) => Ok(Published),
        (Submitted | Triaged, Reject) => Ok(Rejected),
        (Rejected, Reopen) => Ok(Triaged),
        _ => Err(BadTransition { from, decision }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow_table() {
        use Decision::*;
        use Status::*;
        let table = [
            (Submitted, [Some(Triaged), Some(Published), Some(Rejected), None]),
            (Triaged, [None, Some(Published), Some(Rejected), None]),
            (Published, [None, None, None, None]),
            (Rejected, [None, None, None, Some(Triaged)]),
        ];
        for (from, expected) in table {
            for (decision, want) in [Triage, Publish, Reject, Reopen].into_iter().zip(expected) {
                assert_eq!(next(from, decision).ok(), want, "{from:?} + {decision:?}");
            }
        }
        assert_eq!(
            next(Published, Reject).unwrap_err().to_string(),
            "a published record cannot be given the decision `reject`"
        );
    }
}
