//! The assessment report in its stable JSON form (the public contract of `accord assess
//! --format json` and `POST /api/v1/assessments`):
//! `{"as_of", "findings": [{"rule", "instrument", "jurisdiction", "kind", "role", "cite",
//! "summary", "status", "missing_facts", "exempted_by", "deadline", "threshold", "source",
//! "confidence", "proof", "instrument_status", "binding", "contested", "in_force"}],
//! "comparison": [...], "ask_next": [...]}`. Fields are only ever added, never renamed or
//! removed (`instrument_status`, `binding`, `contested`, `in_force` came later).
//!
//! A report borrows the corpus: building one copies no text, and proofs are written straight
//! from the evaluation's recorded truth values when the report is serialised.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};
use time::Date;

use crate::compare::{KindComparison, compare_rules};
use crate::condition::Proof;
use crate::fact::Profile;
use crate::logic::Tri;
use crate::pack::{Confidence, Contested, Corpus, Deadline, EvalOptions, Threshold, Window};
use crate::plan::{Evaluation, Verdict};

/// One finding, borrowing the corpus.
#[derive(Clone, Debug)]
pub struct FindingOut<'a> {
    pub rule: &'a str,
    pub instrument: &'a str,
    pub jurisdiction: &'a str,
    pub kind: &'a str,
    pub role: Option<&'a str>,
    pub cite: &'a str,
    pub summary: &'a str,
    /// `applies`, `may_apply`, `exempt`, `not_applicable` or `not_in_force`.
    pub status: &'static str,
    pub missing_facts: Vec<&'a str>,
    pub exempted_by: Option<&'a str>,
    pub deadline: Option<&'a Deadline>,
    pub threshold: Option<&'a Threshold>,
    pub source: &'a str,
    /// `verified`, `primary_text` or `uncertain` (shown as uncertain, never as settled).
    pub confidence: &'static str,
    /// The instrument's standing: `in_force`, `bill`, `adopted`, `voluntary` or `repealed`.
    pub instrument_status: &'static str,
    /// False for voluntary instruments (codes of conduct, commitments).
    pub binding: bool,
    /// An undecided challenge to the rule (e.g. pre-emption efforts): shown, not applied.
    pub contested: Option<&'a Contested>,
    /// When the rule applies: its windows (a `not_in_force` finding is explained by them).
    pub in_force: &'a [Window],
    /// The position of the outcome in the evaluation (for its proof).
    outcome: usize,
}

/// A proof node in owned form, for pages that walk it.
#[derive(Clone, Debug, Serialize)]
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

/// Missing facts and the undecided findings they bear on, most useful first.
#[derive(Clone, Debug, Serialize)]
pub struct AskNextOut<'a> {
    pub fact: &'a str,
    /// How many undecided findings this fact bears on.
    pub decides: usize,
    pub rules: Vec<&'a str>,
}

/// A full assessment: findings, comparison across jurisdictions, and what to ask next.
pub struct Report<'a> {
    pub as_of: String,
    pub findings: Vec<FindingOut<'a>>,
    pub comparison: Vec<KindComparison<'a>>,
    pub ask_next: Vec<AskNextOut<'a>>,
    /// Whether the JSON carries every finding's proof tree (`true` by default); `false` writes
    /// `"proof": null`, for clients that want the statuses only (about a third smaller).
    pub with_proofs: bool,
    eval: Evaluation<'a>,
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

/// Assesses `profile` against `corpus` on `as_of`.
pub fn assess<'a>(corpus: &'a Corpus, profile: &'a Profile, as_of: Date) -> Report<'a> {
    assess_with(corpus, profile, as_of, EvalOptions::default())
}

/// [`assess`] with evaluation options.
pub fn assess_with<'a>(corpus: &'a Corpus, profile: &'a Profile, as_of: Date, options: EvalOptions) -> Report<'a> {
    let eval = corpus.evaluation(profile, as_of, options);
    let live: Vec<&'a crate::pack::Rule> = eval
        .outcomes
        .iter()
        .filter(|o| matches!(o.verdict, Verdict::Applies | Verdict::MayApply))
        .map(|o| o.rule)
        .collect();
    let comparison = compare_rules(&live);
    let ask_next =
        eval.ask_next().into_iter().map(|(fact, rules)| AskNextOut { fact, decides: rules.len(), rules }).collect();
    let findings = eval
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let rule = o.rule;
            let instrument = o.instrument;
            FindingOut {
                rule: &rule.id,
                instrument: &rule.instrument,
                jurisdiction: &rule.jurisdiction,
                kind: &rule.kind,
                role: rule.role.as_deref(),
                cite: &rule.cite,
                summary: &rule.summary,
                status: o.verdict.as_str(),
                missing_facts: if o.missing.is_empty() { Vec::new() } else { eval.fact_names(&o.missing) },
                exempted_by: o.exempted_by,
                deadline: rule.deadline.as_ref(),
                threshold: rule.threshold.as_ref(),
                source: &rule.source_url,
                confidence: match rule.confidence {
                    Confidence::Verified => "verified",
                    Confidence::PrimaryText => "primary_text",
                    Confidence::Uncertain => "uncertain",
                },
                instrument_status: instrument.map_or("in_force", |i| i.status.as_str()),
                binding: instrument.is_none_or(|i| i.status.binding()),
                contested: rule.contested.as_ref().or(instrument.and_then(|i| i.contested.as_ref())),
                in_force: &rule.in_force,
                outcome: i,
            }
        })
        .collect();
    Report { as_of: as_of.to_string(), findings, comparison, ask_next, with_proofs: true, eval }
}

impl<'a> Report<'a> {
    /// How a finding was decided, as a tree to walk (pages); `None` for rules without a condition.
    pub fn proof(&self, f: &FindingOut<'a>) -> Option<ProofOut> {
        let o = self.eval.outcomes.get(f.outcome)?;
        self.eval.proof(o).as_ref().map(proof_out)
    }
}

// ---- serialisation (the stable JSON shape) -------------------------------------------------

struct Collected<T>(T);

impl<T: std::fmt::Display> Serialize for Collected<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

struct DeadlineSer<'a>(&'a Deadline);

impl Serialize for DeadlineSer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("value", &self.0.value)?;
        m.serialize_entry("unit", &self.0.unit)?;
        m.serialize_entry("from", &self.0.from)?;
        m.end()
    }
}

struct ThresholdSer<'a>(&'a Threshold);

impl Serialize for ThresholdSer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("fact", &self.0.fact)?;
        m.serialize_entry("value", &self.0.value)?;
        m.serialize_entry("unit", &self.0.unit)?;
        m.end()
    }
}

struct ContestedSer<'a>(&'a Contested);

impl Serialize for ContestedSer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("by", &self.0.by)?;
        m.serialize_entry("note", &self.0.note)?;
        m.serialize_entry("source", &self.0.source)?;
        m.end()
    }
}

struct WindowsSer<'a>(&'a [Window]);

impl Serialize for WindowsSer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for w in self.0 {
            seq.serialize_element(&WindowSer(w))?;
        }
        seq.end()
    }
}

struct WindowSer<'a>(&'a Window);

impl Serialize for WindowSer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("from", &self.0.from.map(Collected))?;
        m.serialize_entry("to", &self.0.to.map(Collected))?;
        m.serialize_entry("conditional", &self.0.when.is_some())?;
        m.serialize_entry("note", &self.0.note)?;
        m.end()
    }
}

struct FindingSer<'r, 'a> {
    f: &'r FindingOut<'a>,
    eval: &'r Evaluation<'a>,
    with_proofs: bool,
}

impl Serialize for FindingSer<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.f;
        let mut m = s.serialize_map(Some(19))?;
        m.serialize_entry("rule", f.rule)?;
        m.serialize_entry("instrument", f.instrument)?;
        m.serialize_entry("jurisdiction", f.jurisdiction)?;
        m.serialize_entry("kind", f.kind)?;
        m.serialize_entry("role", &f.role)?;
        m.serialize_entry("cite", f.cite)?;
        m.serialize_entry("summary", f.summary)?;
        m.serialize_entry("status", f.status)?;
        m.serialize_entry("missing_facts", &f.missing_facts)?;
        m.serialize_entry("exempted_by", &f.exempted_by)?;
        m.serialize_entry("deadline", &f.deadline.map(DeadlineSer))?;
        m.serialize_entry("threshold", &f.threshold.map(ThresholdSer))?;
        m.serialize_entry("source", f.source)?;
        m.serialize_entry("confidence", f.confidence)?;
        let proof = match self.with_proofs {
            true => self.eval.outcomes.get(f.outcome).and_then(|o| self.eval.proof_view(o)),
            false => None,
        };
        m.serialize_entry("proof", &proof)?;
        m.serialize_entry("instrument_status", f.instrument_status)?;
        m.serialize_entry("binding", &f.binding)?;
        m.serialize_entry("contested", &f.contested.map(ContestedSer))?;
        m.serialize_entry("in_force", &WindowsSer(f.in_force))?;
        m.end()
    }
}

struct ComparisonSer<'r, 'a>(&'r KindComparison<'a>);

impl Serialize for ComparisonSer<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Strictest<'a>(&'a str, &'a Deadline);
        impl Serialize for Strictest<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(3))?;
                m.serialize_entry("rule", self.0)?;
                m.serialize_entry("value", &self.1.value)?;
                m.serialize_entry("unit", &self.1.unit)?;
                m.end()
            }
        }
        struct Lowest<'a>(&'a (&'a str, f64, &'a str, &'a str));
        impl Serialize for Lowest<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("fact", self.0.0)?;
                m.serialize_entry("value", &self.0.1)?;
                m.serialize_entry("unit", self.0.2)?;
                m.serialize_entry("rule", self.0.3)?;
                m.end()
            }
        }
        struct Div<'a>(&'a crate::compare::Divergence<'a>);
        impl Serialize for Div<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("kind", self.0.kind.as_str())?;
                m.serialize_entry("rules", &self.0.rules)?;
                m.end()
            }
        }
        let k = self.0;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("kind", k.kind)?;
        m.serialize_entry("jurisdictions", &k.jurisdictions)?;
        m.serialize_entry("rules", &k.rules)?;
        m.serialize_entry("strictest_deadline", &k.strictest_deadline.map(|(r, d)| Strictest(r, d)))?;
        m.serialize_entry("lowest_thresholds", &k.lowest_thresholds.iter().map(Lowest).collect::<Vec<_>>())?;
        m.serialize_entry("divergences", &k.divergences.iter().map(Div).collect::<Vec<_>>())?;
        m.end()
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Findings<'r, 'a>(&'r Report<'a>);
        impl Serialize for Findings<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.findings.len()))?;
                for f in &self.0.findings {
                    seq.serialize_element(&FindingSer { f, eval: &self.0.eval, with_proofs: self.0.with_proofs })?;
                }
                seq.end()
            }
        }
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("as_of", &self.as_of)?;
        m.serialize_entry("findings", &Findings(self))?;
        m.serialize_entry("comparison", &self.comparison.iter().map(ComparisonSer).collect::<Vec<_>>())?;
        m.serialize_entry("ask_next", &self.ask_next)?;
        m.end()
    }
}
