//! Comparison across jurisdictions: findings grouped by obligation kind, the strictest value of
//! each dimension, and where jurisdictions diverge.

use crate::pack::{Corpus, Deadline, Finding, Rule, Status};

/// Why the rules of one kind differ between jurisdictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DivergenceKind {
    /// Same duty, different numeric threshold (e.g. 10^25 vs 10^26 FLOP).
    Threshold,
    /// Same duty, triggered by different facts (who or what is in scope).
    TriggerScope,
    /// Same duty, different time limits.
    Deadline,
    /// Same duty, different technical formats (e.g. labelling standards).
    TechnicalFormat,
    /// The corpus records that the rules contradict each other.
    Normative,
}

impl DivergenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DivergenceKind::Threshold => "threshold",
            DivergenceKind::TriggerScope => "trigger_scope",
            DivergenceKind::Deadline => "deadline",
            DivergenceKind::TechnicalFormat => "technical_format",
            DivergenceKind::Normative => "normative_conflict",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Divergence<'a> {
    pub kind: DivergenceKind,
    pub rules: Vec<&'a str>,
}

/// One obligation kind across the jurisdictions where it applies or may apply.
#[derive(Clone, Debug, PartialEq)]
pub struct KindComparison<'a> {
    pub kind: &'a str,
    pub rules: Vec<&'a str>,
    pub jurisdictions: Vec<&'a str>,
    /// The shortest time limit and the rule that sets it (strictest wins).
    pub strictest_deadline: Option<(&'a str, &'a Deadline)>,
    /// Per gated fact, the lowest threshold and the rule that sets it (widest scope wins):
    /// (fact, value, unit, rule).
    pub lowest_thresholds: Vec<(&'a str, f64, &'a str, &'a str)>,
    pub divergences: Vec<Divergence<'a>>,
}

/// Groups the findings that apply or may apply by kind and compares them.
pub fn compare<'a>(corpus: &'a Corpus, findings: &[Finding]) -> Vec<KindComparison<'a>> {
    let live: Vec<&'a Rule> = findings
        .iter()
        .filter(|f| matches!(f.status, Status::Applies | Status::MayApply { .. }))
        .filter_map(|f| corpus.rules().get(&f.rule))
        .collect();
    compare_rules(&live)
}

/// Compares rules by kind (the rules that apply or may apply, in any order).
pub fn compare_rules<'a>(live: &[&'a Rule]) -> Vec<KindComparison<'a>> {
    // Grouped by kind in taxonomy (id) order, rules in their given order within a kind.
    let mut sorted: Vec<&'a Rule> = live.to_vec();
    sorted.sort_by_key(|r| r.kind_rank);
    let mut out = Vec::new();
    for rules in sorted.chunk_by(|a, b| a.kind_rank == b.kind_rank) {
        let kind = rules.first().map_or("", |r| r.kind.as_str());
        let mut jurisdictions: Vec<&'a str> = rules.iter().map(|r| r.jurisdiction.as_str()).collect();
        jurisdictions.sort_unstable();
        jurisdictions.dedup();
        let strictest_deadline = rules
            .iter()
            .filter_map(|r| r.deadline.as_ref().map(|d| (r.id.as_str(), d)))
            .min_by(|a, b| a.1.days().total_cmp(&b.1.days()));
        let mut lowest: Vec<(&'a str, f64, &'a str, &'a str)> = Vec::new();
        for r in rules {
            if let Some(t) = &r.threshold {
                match lowest.iter_mut().find(|l| l.0 == t.fact) {
                    Some(l) if t.value < l.1 => *l = (t.fact.as_str(), t.value, t.unit.as_str(), r.id.as_str()),
                    Some(_) => {}
                    None => lowest.push((t.fact.as_str(), t.value, t.unit.as_str(), r.id.as_str())),
                }
            }
        }
        lowest.sort_by(|a, b| a.0.cmp(b.0));
        let mut divergences = Vec::new();
        if jurisdictions.len() > 1 {
            let ids = |pred: &dyn Fn(&Rule) -> bool| -> Vec<&'a str> {
                rules.iter().filter(|r| pred(r)).map(|r| r.id.as_str()).collect()
            };
            // Two or more distinct values among the rules that have one.
            fn differ<T: PartialEq>(mut values: impl Iterator<Item = T>) -> bool {
                match values.next() {
                    None => false,
                    Some(first) => values.any(|v| v != first),
                }
            }
            if differ(rules.iter().filter_map(|r| r.threshold.as_ref().map(|t| (t.fact.as_str(), t.value.to_bits())))) {
                divergences
                    .push(Divergence { kind: DivergenceKind::Threshold, rules: ids(&|r| r.threshold.is_some()) });
            }
            if differ(rules.iter().map(|r| r.trigger.as_str())) {
                divergences.push(Divergence { kind: DivergenceKind::TriggerScope, rules: ids(&|_| true) });
            }
            if differ(rules.iter().filter_map(|r| r.deadline.as_ref().map(|d| d.days().to_bits()))) {
                divergences.push(Divergence { kind: DivergenceKind::Deadline, rules: ids(&|r| r.deadline.is_some()) });
            }
            if differ(rules.iter().filter_map(|r| r.format.as_deref())) {
                divergences
                    .push(Divergence { kind: DivergenceKind::TechnicalFormat, rules: ids(&|r| r.format.is_some()) });
            }
            let conflicting: Vec<&'a str> = rules
                .iter()
                .filter(|r| r.conflicts_with.iter().any(|c| rules.iter().any(|o| o.id == *c)))
                .map(|r| r.id.as_str())
                .collect();
            if !conflicting.is_empty() {
                divergences.push(Divergence { kind: DivergenceKind::Normative, rules: conflicting });
            }
        }
        out.push(KindComparison {
            kind,
            rules: rules.iter().map(|r| r.id.as_str()).collect(),
            jurisdictions,
            strictest_deadline,
            lowest_thresholds: lowest,
            divergences,
        });
    }
    out
}
