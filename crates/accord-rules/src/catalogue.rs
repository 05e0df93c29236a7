//! Views of the corpus itself, independent of any profile: the codes each fact is tested
//! against (the options a questionnaire offers), the convergence of kinds across
//! jurisdictions, the timeline of dates, and what changes between two dates.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use crate::compare::{KindComparison, compare_rules};
use crate::condition::{Condition, Test};
use crate::fact::Value;
use crate::pack::Corpus;

fn collect_values(c: &Condition, out: &mut BTreeMap<String, BTreeSet<String>>) {
    match c {
        Condition::All(items) | Condition::Any(items) => items.iter().for_each(|i| collect_values(i, out)),
        Condition::Not(inner) => collect_values(inner, out),
        Condition::Fact { name, test } => {
            let entry = out.entry(name.clone()).or_default();
            match test {
                Test::Contains(code) => {
                    entry.insert(code.clone());
                }
                Test::ContainsAny(codes) | Test::In(codes) => entry.extend(codes.iter().cloned()),
                Test::Eq(Value::Text(t)) => {
                    entry.insert(t.clone());
                }
                _ => {}
            }
        }
    }
}

impl Corpus {
    /// Per fact, the codes the corpus tests it against (e.g. `markets` → EU, CN, US-CA…), and
    /// every fact the corpus reads (with an empty set for facts tested only by number or date).
    pub fn values_tested(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for rule in self.rules().values() {
            if let Some(c) = &rule.applies_when {
                collect_values(c, &mut out);
            }
            for w in &rule.in_force {
                if let Some(c) = &w.when {
                    collect_values(c, &mut out);
                }
            }
        }
        out
    }

    /// Every kind compared across the whole corpus, as if every rule applied: where the
    /// jurisdictions converge and how they diverge.
    pub fn convergence(&self) -> Vec<KindComparison<'_>> {
        let all: Vec<&crate::pack::Rule> = self.rules().values().filter(|r| r.kind != "exception").collect();
        compare_rules(&all)
    }

    /// Every dated event of the corpus, in date order.
    pub fn timeline(&self) -> Vec<DatedEvent> {
        let mut out = Vec::new();
        for rule in self.rules().values() {
            for w in &rule.in_force {
                if let Some(from) = w.from {
                    out.push(DatedEvent {
                        date: from,
                        rule: rule.id.clone(),
                        what: EventKind::Starts,
                        conditional: w.when.is_some(),
                        note: w.note.clone(),
                    });
                }
                if let Some(to) = w.to {
                    out.push(DatedEvent {
                        date: to,
                        rule: rule.id.clone(),
                        what: EventKind::Ends,
                        conditional: w.when.is_some(),
                        note: w.note.clone(),
                    });
                }
            }
            for h in &rule.date_history {
                out.push(DatedEvent {
                    date: h.was,
                    rule: rule.id.clone(),
                    what: EventKind::Moved { to: h.now, by: h.by.clone() },
                    conditional: false,
                    note: h.note.clone(),
                });
            }
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.rule.cmp(&b.rule)));
        out
    }

    /// What changes between two dates: rules whose windows start or end in `(from, to]`, and
    /// dates that amendments moved out of or into that span.
    pub fn diff(&self, from: Date, to: Date) -> Vec<DatedEvent> {
        self.timeline()
            .into_iter()
            .filter(|e| {
                let inside = |d: Date| d > from && d <= to;
                inside(e.date) || matches!(e.what, EventKind::Moved { to: Some(now), .. } if inside(now))
            })
            .collect()
    }
}

/// A date in the life of a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedEvent {
    pub date: Date,
    pub rule: String,
    pub what: EventKind,
    /// The window holds only for some profiles (e.g. systems placed on the market before a date).
    pub conditional: bool,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The rule starts to apply.
    Starts,
    /// The rule stops applying (the window's end is exclusive).
    Ends,
    /// An amendment moved this date (`date` is the old one).
    Moved { to: Option<Date>, by: String },
}

impl EventKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Starts => "starts",
            EventKind::Ends => "ends",
            EventKind::Moved { .. } => "moved",
        }
    }
}
