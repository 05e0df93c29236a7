//! Comparison across jurisdictions: findings grouped by obligation kind, the strictest value of
//! each dimension, and where jurisdictions diverge.

use std::collections::{BTreeMap, BTreeSet};

use crate::pack::{Corpus, Deadline, Finding, Status};

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
pub struct Divergence {
    pub kind: DivergenceKind,
    pub rules: Vec<String>,
}

/// One obligation kind across the jurisdictions where it applies or may apply.
#[derive(Clone, Debug, PartialEq)]
pub struct KindComparison {
    pub kind: String,
    pub rules: Vec<String>,
    pub jurisdictions: Vec<String>,
    /// The shortest time limit and the rule that sets it (strictest wins).
    pub strictest_deadline: Option<(String, Deadline)>,
    /// Per gated fact, the lowest threshold and the rule that sets it (widest scope wins).
    pub lowest_thresholds: Vec<(String, f64, String, String)>,
    pub divergences: Vec<Divergence>,
}

/// Groups the findings that apply or may apply by kind and compares them.
pub fn compare(corpus: &Corpus, findings: &[Finding]) -> Vec<KindComparison> {
    let mut by_kind: BTreeMap<&str, Vec<&crate::pack::Rule>> = BTreeMap::new();
    for f in findings {
        if matches!(f.status, Status::Applies | Status::MayApply { .. })
            && let Some(rule) = corpus.rules.get(&f.rule)
        {
            by_kind.entry(rule.kind.as_str()).or_default().push(rule);
        }
    }
    let mut out = Vec::new();
    for (kind, rules) in by_kind {
        let jurisdictions: BTreeSet<String> = rules.iter().map(|r| r.jurisdiction.clone()).collect();
        let strictest_deadline = rules
            .iter()
            .filter_map(|r| r.deadline.as_ref().map(|d| (r.id.clone(), d.clone())))
            .min_by(|a, b| a.1.days().total_cmp(&b.1.days()));
        let mut lowest: BTreeMap<String, (f64, String, String)> = BTreeMap::new();
        for r in &rules {
            if let Some(t) = &r.threshold {
                let entry = lowest.entry(t.fact.clone()).or_insert((t.value, t.unit.clone(), r.id.clone()));
                if t.value < entry.0 {
                    *entry = (t.value, t.unit.clone(), r.id.clone());
                }
            }
        }
        let mut divergences = Vec::new();
        if jurisdictions.len() > 1 {
            let ids = |pred: &dyn Fn(&crate::pack::Rule) -> bool| -> Vec<String> {
                rules.iter().filter(|r| pred(r)).map(|r| r.id.clone()).collect()
            };
            let distinct = |values: Vec<String>| values.into_iter().collect::<BTreeSet<_>>().len() > 1;
            let thresholds: Vec<String> =
                rules.iter().filter_map(|r| r.threshold.as_ref().map(|t| format!("{}:{}", t.fact, t.value))).collect();
            if distinct(thresholds) {
                divergences
                    .push(Divergence { kind: DivergenceKind::Threshold, rules: ids(&|r| r.threshold.is_some()) });
            }
            let triggers: Vec<String> = rules
                .iter()
                .map(|r| {
                    let mut facts = BTreeSet::new();
                    if let Some(c) = &r.applies_when {
                        c.facts(&mut facts);
                    }
                    facts.remove("markets");
                    facts.into_iter().collect::<Vec<_>>().join(",")
                })
                .collect();
            if distinct(triggers) {
                divergences.push(Divergence { kind: DivergenceKind::TriggerScope, rules: ids(&|_| true) });
            }
            let deadlines: Vec<String> =
                rules.iter().filter_map(|r| r.deadline.as_ref().map(|d| d.days().to_string())).collect();
            if distinct(deadlines) {
                divergences.push(Divergence { kind: DivergenceKind::Deadline, rules: ids(&|r| r.deadline.is_some()) });
            }
            let formats: Vec<String> = rules.iter().filter_map(|r| r.format.clone()).collect();
            if distinct(formats) {
                divergences
                    .push(Divergence { kind: DivergenceKind::TechnicalFormat, rules: ids(&|r| r.format.is_some()) });
            }
            let present: BTreeSet<&str> = rules.iter().map(|r| r.id.as_str()).collect();
            let conflicting: Vec<String> = rules
                .iter()
                .filter(|r| r.conflicts_with.iter().any(|c| present.contains(c.as_str())))
                .map(|r| r.id.clone())
                .collect();
            if !conflicting.is_empty() {
                divergences.push(Divergence { kind: DivergenceKind::Normative, rules: conflicting });
            }
        }
        out.push(KindComparison {
            kind: kind.to_owned(),
            rules: rules.iter().map(|r| r.id.clone()).collect(),
            jurisdictions: jurisdictions.into_iter().collect(),
            strictest_deadline,
            lowest_thresholds: lowest.into_iter().map(|(f, (v, u, r))| (f, v, u, r)).collect(),
            divergences,
        });
    }
    out
}
