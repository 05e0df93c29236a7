//! The assessment report in its stable JSON form (the public contract of `accord assess
//! --format json` and `POST /api/v1/assessments`):
//! `{"as_of", "findings": [{"rule", "instrument", "jurisdiction", "kind", "role", "cite",
//! "status", "missing_facts", "exempted_by", "deadline", "threshold", "source", "confidence",
//! "proof"}], "comparison": [...], "ask_next": [...]}`.

use serde::Serialize;
use time::Date;

use crate::compare::{KindComparison, compare};
use crate::condition::Proof;
use crate::fact::Profile;
use crate::logic::Tri;
use crate::pack::{Confidence, Corpus, Status, ask_next};

#[derive(Serialize)]
pub struct Report {
    pub as_of: String,
    pub findings: Vec<FindingOut>,
    pub comparison: Vec<ComparisonOut>,
    pub ask_next: Vec<AskNextOut>,
}

#[derive(Serialize)]
pub struct FindingOut {
    pub rule: String,
    pub instrument: String,
    pub jurisdiction: String,
    pub kind: String,
    pub role: Option<String>,
    pub cite: String,
    pub summary: String,
    /// `applies`, `may_apply`, `exempt`, `not_applicable` or `not_in_force`.
    pub status: &'static str,
    pub missing_facts: Vec<String>,
    pub exempted_by: Option<String>,
    pub deadline: Option<DeadlineOut>,
    pub threshold: Option<ThresholdOut>,
    pub source: String,
    /// `verified`, `primary_text` or `uncertain` (shown as uncertain, never as settled).
    pub confidence: &'static str,
    pub proof: Option<ProofOut>,
}

#[derive(Serialize)]
pub struct DeadlineOut {
    pub value: f64,
    pub unit: String,
    pub from: Option<String>,
}

#[derive(Serialize)]
pub struct ThresholdOut {
    pub fact: String,
    pub value: f64,
    pub unit: String,
}

#[derive(Serialize)]
pub struct ProofOut {
    pub test: String,
    /// `true`, `false` or `unknown`.
    pub value: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// The fact's value, or absent when unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fact_value: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ProofOut>,
}

#[derive(Serialize)]
pub struct ComparisonOut {
    pub kind: String,
    pub jurisdictions: Vec<String>,
    pub rules: Vec<String>,
    pub strictest_deadline: Option<StrictestDeadline>,
    pub lowest_thresholds: Vec<LowestThreshold>,
    /// `threshold`, `trigger_scope`, `deadline`, `technical_format`, `normative_conflict`.
    pub divergences: Vec<DivergenceOut>,
}

#[derive(Serialize)]
pub struct StrictestDeadline {
    pub rule: String,
    pub value: f64,
    pub unit: String,
}

#[derive(Serialize)]
pub struct LowestThreshold {
    pub fact: String,
    pub value: f64,
    pub unit: String,
    pub rule: String,
}

#[derive(Serialize)]
pub struct DivergenceOut {
    pub kind: &'static str,
    pub rules: Vec<String>,
}

#[derive(Serialize)]
pub struct AskNextOut {
    pub fact: String,
    /// How many undecided findings this fact bears on.
    pub decides: usize,
    pub rules: Vec<String>,
}

fn tri(t: Tri) -> &'static str {
    match t {
        Tri::True => "true",
        Tri::False => "false",
        Tri::Unknown => "unknown",
    }
}

fn proof_out(p: &Proof) -> ProofOut {
    ProofOut {
        test: p.label.clone(),
        value: tri(p.value),
        fact: p.fact.as_ref().map(|(n, _)| n.clone()),
        fact_value: p.fact.as_ref().and_then(|(_, v)| v.clone()),
        children: p.children.iter().map(proof_out).collect(),
    }
}

fn comparison_out(k: KindComparison) -> ComparisonOut {
    ComparisonOut {
        kind: k.kind,
        jurisdictions: k.jurisdictions,
        rules: k.rules,
        strictest_deadline: k.strictest_deadline.map(|(rule, d)| StrictestDeadline {
            rule,
            value: d.value,
            unit: d.unit,
        }),
        lowest_thresholds: k
            .lowest_thresholds
            .into_iter()
            .map(|(fact, value, unit, rule)| LowestThreshold { fact, value, unit, rule })
            .collect(),
        divergences: k
            .divergences
            .into_iter()
            .map(|d| DivergenceOut { kind: d.kind.as_str(), rules: d.rules })
            .collect(),
    }
}

/// Assesses `profile` against `corpus` on `as_of`.
pub fn assess(corpus: &Corpus, profile: &Profile, as_of: Date) -> Report {
    let findings = corpus.evaluate(profile, as_of);
    let comparison = compare(corpus, &findings).into_iter().map(comparison_out).collect();
    let ask = ask_next(&findings)
        .into_iter()
        .map(|a| AskNextOut { fact: a.fact, decides: a.rules.len(), rules: a.rules })
        .collect();
    let findings = findings
        .into_iter()
        .filter_map(|f| {
            let rule = corpus.rules.get(&f.rule)?;
            let (status, missing_facts, exempted_by) = match f.status {
                Status::Applies => ("applies", vec![], None),
                Status::MayApply { missing_facts } => ("may_apply", missing_facts, None),
                Status::Exempt { by } => ("exempt", vec![], Some(by)),
                Status::NotApplicable => ("not_applicable", vec![], None),
                Status::NotInForce => ("not_in_force", vec![], None),
            };
            Some(FindingOut {
                rule: rule.id.clone(),
                instrument: rule.instrument.clone(),
                jurisdiction: rule.jurisdiction.clone(),
                kind: rule.kind.clone(),
                role: rule.role.clone(),
                cite: rule.cite.clone(),
                summary: rule.summary.clone(),
                status,
                missing_facts,
                exempted_by,
                deadline: rule.deadline.as_ref().map(|d| DeadlineOut {
                    value: d.value,
                    unit: d.unit.clone(),
                    from: d.from.clone(),
                }),
                threshold: rule.threshold.as_ref().map(|t| ThresholdOut {
                    fact: t.fact.clone(),
                    value: t.value,
                    unit: t.unit.clone(),
                }),
                source: rule.source_url.clone(),
                confidence: match rule.confidence {
                    Confidence::Verified => "verified",
                    Confidence::PrimaryText => "primary_text",
                    Confidence::Uncertain => "uncertain",
                },
                proof: f.proof.as_ref().map(proof_out),
            })
        })
        .collect();
    Report { as_of: as_of.to_string(), findings, comparison, ask_next: ask }
}
