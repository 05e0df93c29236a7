//! The corpus compiled for evaluation, and the evaluation itself.
//!
//! Why a compiled form: an assessment runs every rule of the corpus, and the obvious evaluator
//! (a proof tree of strings per finding, facts looked up by name, missing facts as string sets)
//! spends almost all its time allocating. Here facts are numbered slots, a profile becomes one
//! array of slots, each condition's truth values are written into one shared arena in
//! pre-order, and missing facts are bit sets. Proofs, names and labels are produced only when
//! someone reads or serialises them, from the original [`Condition`] walked in the same order.

use std::collections::BTreeMap;

use time::Date;

use crate::condition::{Condition, Proof, Test};
use crate::fact::{Profile, Value};
use crate::logic::Tri;
use crate::pack::{Corpus, EvalOptions, InstrumentStatus, Rule};

/// At most this many distinct fact names in one corpus (the vocabulary has about 40, plus the
/// `intent_*` flags the packs use).
pub const MAX_FACTS: usize = 256;

/// A set of fact slots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactSet([u64; MAX_FACTS / 64]);

impl FactSet {
    fn insert(&mut self, slot: usize) {
        if let Some(word) = self.0.get_mut(slot / 64) {
            *word |= 1 << (slot % 64);
        }
    }

    fn union(&mut self, other: &FactSet) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// The slots in the set, ascending.
    pub fn slots(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, word)| {
            let mut rest = *word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    i * 64 + bit
                })
            })
        })
    }
}

/// At most this many distinct codes (markets, roles, purposes…) tested by one corpus.
pub const MAX_CODES: usize = 1024;

/// A set of interned codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CodeSet([u64; MAX_CODES / 64]);

impl Default for CodeSet {
    fn default() -> Self {
        CodeSet([0; MAX_CODES / 64])
    }
}

impl CodeSet {
    fn insert(&mut self, code: usize) {
        if let Some(word) = self.0.get_mut(code / 64) {
            *word |= 1 << (code % 64);
        }
    }

    fn contains(&self, code: usize) -> bool {
        self.0.get(code / 64).is_some_and(|w| w & (1 << (code % 64)) != 0)
    }

    fn intersects(&self, other: &CodeSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// A test on one fact with its codes interned: set and text tests become bit tests.
#[derive(Clone, Debug)]
enum Check {
    /// The set holds this code.
    Has(usize),
    /// The set holds one of these codes (also: the text is one of these).
    HasAny(Box<CodeSet>),
    /// The text or enum value is this code.
    Is(usize),
    IsOneOf(Box<CodeSet>),
    Bool(bool),
    /// Number tests and dates keep their own comparison.
    Other(Test),
}

/// A condition with its facts numbered; the same shape as the [`Condition`] it came from.
#[derive(Clone, Debug)]
enum Node {
    All(Vec<Node>),
    Any(Vec<Node>),
    Not(Box<Node>),
    Leaf { slot: usize, check: Check },
}

/// A known fact value with its codes interned.
enum Known<'a> {
    Codes(Box<CodeSet>),
    /// A text or enum value; `None` when no rule tests its value.
    Code(Option<usize>),
    Bool(bool),
    Value(&'a Value),
}

#[derive(Clone, Debug)]
struct Window {
    from: Option<Date>,
    to: Option<Date>,
    when: Option<Node>,
}

#[derive(Clone, Debug)]
struct Compiled {
    applies: Option<Node>,
    windows: Vec<Window>,
    /// Indexes of the exceptions (positions in the corpus's rule order).
    unless: Vec<usize>,
    status: InstrumentStatus,
    /// Position of the rule's instrument in `Corpus::instruments` (id order).
    instrument: Option<usize>,
    obligation: bool,
}

/// The compiled corpus: rule `i` is the `i`-th rule of `Corpus::rules()` in id order.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Slot → fact name, in the order the names were first met.
    facts: Vec<String>,
    /// Every code the rules test, numbered.
    codes: BTreeMap<String, usize>,
    rules: Vec<Compiled>,
}

impl Plan {
    /// Compiles the rules; `Err` names the problem (too many distinct facts).
    pub(crate) fn build(corpus: &Corpus) -> Result<Plan, String> {
        let mut slots: BTreeMap<String, usize> = BTreeMap::new();
        let mut facts: Vec<String> = Vec::new();
        let mut codes: BTreeMap<String, usize> = BTreeMap::new();
        let index: BTreeMap<&str, usize> = corpus.rules().keys().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
        let instruments: BTreeMap<&str, usize> =
            corpus.instruments.keys().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
        let mut compile =
            |c: &Condition| -> Result<Node, String> { compile_node(c, &mut slots, &mut facts, &mut codes) };
        let mut rules = Vec::with_capacity(corpus.rules().len());
        for rule in corpus.rules().values() {
            let applies = rule.applies_when.as_ref().map(&mut compile).transpose()?;
            let mut windows = Vec::with_capacity(rule.in_force.len());
            for w in &rule.in_force {
                windows.push(Window { from: w.from, to: w.to, when: w.when.as_ref().map(&mut compile).transpose()? });
            }
            rules.push(Compiled {
                applies,
                windows,
                unless: rule.unless.iter().filter_map(|e| index.get(e.as_str()).copied()).collect(),
                status: corpus.instruments.get(&rule.instrument).map_or(InstrumentStatus::InForce, |i| i.status),
                instrument: instruments.get(rule.instrument.as_str()).copied(),
                obligation: rule.kind != "exception",
            });
        }
        Ok(Plan { facts, codes, rules })
    }

    pub fn fact_name(&self, slot: usize) -> &str {
        self.facts.get(slot).map_or("", String::as_str)
    }
}

fn compile_node(
    c: &Condition,
    slots: &mut BTreeMap<String, usize>,
    facts: &mut Vec<String>,
    codes: &mut BTreeMap<String, usize>,
) -> Result<Node, String> {
    let mut code = |text: &str| -> Result<usize, String> {
        if let Some(c) = codes.get(text) {
            return Ok(*c);
        }
        if codes.len() >= MAX_CODES {
            return Err(format!("the corpus tests more than {MAX_CODES} distinct codes"));
        }
        let n = codes.len();
        codes.insert(text.to_owned(), n);
        Ok(n)
    };
    Ok(match c {
        Condition::All(items) => {
            Node::All(items.iter().map(|i| compile_node(i, slots, facts, codes)).collect::<Result<_, _>>()?)
        }
        Condition::Any(items) => {
            Node::Any(items.iter().map(|i| compile_node(i, slots, facts, codes)).collect::<Result<_, _>>()?)
        }
        Condition::Not(inner) => Node::Not(Box::new(compile_node(inner, slots, facts, codes)?)),
        Condition::Fact { name, test } => {
            let slot = match slots.get(name) {
                Some(s) => *s,
                None => {
                    if facts.len() >= MAX_FACTS {
                        return Err(format!("the corpus tests more than {MAX_FACTS} distinct facts"));
                    }
                    facts.push(name.clone());
                    slots.insert(name.clone(), facts.len() - 1);
                    facts.len() - 1
                }
            };
            let mut set_of = |list: &[String]| -> Result<Box<CodeSet>, String> {
                let mut set = CodeSet::default();
                for item in list {
                    set.insert(code(item)?);
                }
                Ok(Box::new(set))
            };
            let check = match test {
                Test::Contains(c) => Check::Has(code(c)?),
                Test::ContainsAny(list) => Check::HasAny(set_of(list)?),
                Test::In(list) => Check::IsOneOf(set_of(list)?),
                Test::Eq(Value::Text(t)) => Check::Is(code(t)?),
                Test::Eq(Value::Bool(b)) => Check::Bool(*b),
                other => Check::Other(other.clone()),
            };
            Node::Leaf { slot, check }
        }
    })
}

/// Writes the truth value of every node into `out`, in pre-order, and returns the root's with
/// the facts whose being unknown left it undecided (the unknown leaves reached through unknown
/// nodes only; empty when the node is decided).
fn eval_node(n: &Node, slots: &[Option<Known<'_>>], out: &mut Vec<Tri>) -> (Tri, FactSet) {
    match n {
        Node::All(items) | Node::Any(items) => {
            let all = matches!(n, Node::All(_));
            let at = out.len();
            out.push(Tri::Unknown);
            let mut acc = if all { Tri::True } else { Tri::False };
            let mut missing = FactSet::default();
            for i in items {
                let (v, m) = eval_node(i, slots, out);
                acc = if all { acc.and(v) } else { acc.or(v) };
                if v == Tri::Unknown {
                    missing.union(&m);
                }
            }
            if let Some(slot) = out.get_mut(at) {
                *slot = acc;
            }
            (acc, if acc == Tri::Unknown { missing } else { FactSet::default() })
        }
        Node::Not(inner) => {
            let at = out.len();
            out.push(Tri::Unknown);
            let (v, m) = eval_node(inner, slots, out);
            let v = !v;
            if let Some(slot) = out.get_mut(at) {
                *slot = v;
            }
            (v, m)
        }
        Node::Leaf { slot, check } => {
            let v = match slots.get(*slot).and_then(Option::as_ref) {
                None => Tri::Unknown,
                Some(known) => Tri::from_bool(match (check, known) {
                    (Check::Has(c), Known::Codes(set)) => set.contains(*c),
                    (Check::HasAny(want), Known::Codes(set)) => set.intersects(want),
                    (Check::Is(c), Known::Code(got)) => *got == Some(*c),
                    (Check::IsOneOf(want), Known::Code(got)) => got.is_some_and(|g| want.contains(g)),
                    (Check::Bool(want), Known::Bool(got)) => want == got,
                    (Check::Other(test), Known::Value(value)) => crate::condition::holds(test, value),
                    // Type-checked when the pack was read; a mismatch cannot hold.
                    _ => false,
                }),
            };
            out.push(v);
            let mut missing = FactSet::default();
            if v == Tri::Unknown {
                missing.insert(*slot);
            }
            (v, missing)
        }
    }
}

/// The outcome of one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Applies,
    MayApply,
    Exempt,
    NotApplicable,
    NotInForce,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Applies => "applies",
            Verdict::MayApply => "may_apply",
            Verdict::Exempt => "exempt",
            Verdict::NotApplicable => "not_applicable",
            Verdict::NotInForce => "not_in_force",
        }
    }
}

/// One obligation's outcome, borrowing the corpus.
#[derive(Clone, Debug)]
pub struct Outcome<'a> {
    pub rule: &'a Rule,
    pub instrument: Option<&'a crate::pack::Instrument>,
    pub verdict: Verdict,
    /// For `MayApply`: the facts that would decide it.
    pub missing: FactSet,
    /// For `Exempt`: the exception that holds.
    pub exempted_by: Option<&'a str>,
    /// Where the truth values of `applies_when` start in the evaluation's arena.
    proof_at: Option<usize>,
}

struct RuleEval {
    value: Tri,
    in_force: Tri,
    applies: Tri,
    missing: FactSet,
    exempted_by: Option<usize>,
    proof_at: Option<usize>,
}

/// Every obligation of a corpus evaluated for one profile on one date.
pub struct Evaluation<'a> {
    pub corpus: &'a Corpus,
    pub profile: &'a Profile,
    pub as_of: Date,
    pub outcomes: Vec<Outcome<'a>>,
    /// Truth values of every condition node, in pre-order per rule.
    arena: Vec<Tri>,
}

struct Run<'a, 'p> {
    plan: &'a Plan,
    slots: &'p [Option<Known<'p>>],
    as_of: Date,
    options: EvalOptions,
    arena: Vec<Tri>,
    /// Exceptions are shared by many rules: each is decided once per assessment.
    memo: Vec<Option<(Tri, FactSet)>>,
}

impl Run<'_, '_> {
    fn rule(&mut self, i: usize) -> RuleEval {
        let Some(c) = self.plan.rules.get(i) else {
            return RuleEval {
                value: Tri::False,
                in_force: Tri::False,
                applies: Tri::False,
                missing: FactSet::default(),
                exempted_by: None,
                proof_at: None,
            };
        };
        let mut missing = FactSet::default();
        let adopted = match c.status {
            InstrumentStatus::Bill | InstrumentStatus::Adopted => self.options.bills_as_adopted,
            InstrumentStatus::Repealed => false,
            InstrumentStatus::InForce | InstrumentStatus::Voluntary => true,
        };
        let in_force = if !adopted {
            // A bill's rules are shown for what they would require, never as applying.
            Tri::False
        } else if c.windows.is_empty() {
            Tri::True
        } else {
            let mut acc = Tri::False;
            for w in &c.windows {
                let in_dates = w.from.is_none_or(|f| self.as_of >= f) && w.to.is_none_or(|t| self.as_of < t);
                let when = match &w.when {
                    None => Tri::True,
                    Some(n) => {
                        let mark = self.arena.len();
                        let (v, m) = eval_node(n, self.slots, &mut self.arena);
                        if in_dates {
                            missing.union(&m);
                        }
                        self.arena.truncate(mark);
                        v
                    }
                };
                acc = acc.or(Tri::from_bool(in_dates).and(when));
            }
            acc
        };
        let (applies, proof_at) = match &c.applies {
            None => (Tri::True, None),
            Some(n) => {
                let at = self.arena.len();
                let (v, m) = eval_node(n, self.slots, &mut self.arena);
                missing.union(&m);
                (v, Some(at))
            }
        };
        let mut exempt = Tri::False;
        let mut exempted_by = None;
        for &e in &c.unless {
            let (value, ex_missing) = match self.memo.get(e).copied().flatten() {
                Some(hit) => hit,
                None => {
                    let r = self.rule(e);
                    if let Some(m) = self.memo.get_mut(e) {
                        *m = Some((r.value, r.missing));
                    }
                    (r.value, r.missing)
                }
            };
            if value == Tri::True && exempted_by.is_none() {
                exempted_by = Some(e);
            }
            if value == Tri::Unknown {
                missing.union(&ex_missing);
            }
            exempt = exempt.or(value);
        }
        let value = in_force.and(applies).and(!exempt);
        RuleEval { value, in_force, applies, missing, exempted_by, proof_at }
    }
}

impl Corpus {
    /// Evaluates every obligation for `profile` on `as_of` (the fast path behind
    /// [`Corpus::evaluate`] and the reports).
    pub fn evaluation<'a>(&'a self, profile: &'a Profile, as_of: Date, options: EvalOptions) -> Evaluation<'a> {
        let plan = self.plan();
        let slots: Vec<Option<Known<'_>>> = plan
            .facts
            .iter()
            .map(|name| {
                profile.get(name).map(|v| match v {
                    Value::Set(members) => {
                        let mut set = CodeSet::default();
                        for m in members {
                            if let Some(c) = plan.codes.get(m) {
                                set.insert(*c);
                            }
                        }
                        Known::Codes(Box::new(set))
                    }
                    Value::Text(t) => Known::Code(plan.codes.get(t).copied()),
                    Value::Bool(b) => Known::Bool(*b),
                    other => Known::Value(other),
                })
            })
            .collect();
        let rules: Vec<&Rule> = self.rules().values().collect();
        let instruments: Vec<&crate::pack::Instrument> = self.instruments.values().collect();
        let mut run = Run {
            plan,
            slots: &slots,
            as_of,
            options,
            arena: Vec::with_capacity(plan.rules.len() * 8),
            memo: vec![None; plan.rules.len()],
        };
        let mut outcomes = Vec::with_capacity(rules.len());
        for (i, rule) in rules.iter().copied().enumerate() {
            if !plan.rules.get(i).is_some_and(|c| c.obligation) {
                continue;
            }
            let e = run.rule(i);
            // A rule that cannot apply to this profile is "not applicable" whatever the date;
            // "not in force" is for rules that would apply but not yet (or no longer).
            let verdict = if e.applies == Tri::False {
                Verdict::NotApplicable
            } else if e.in_force == Tri::False {
                Verdict::NotInForce
            } else if e.exempted_by.is_some() {
                Verdict::Exempt
            } else {
                match e.value {
                    Tri::True => Verdict::Applies,
                    Tri::False => Verdict::NotApplicable,
                    Tri::Unknown => Verdict::MayApply,
                }
            };
            outcomes.push(Outcome {
                rule,
                instrument: plan.rules.get(i).and_then(|c| c.instrument).and_then(|x| instruments.get(x).copied()),
                verdict,
                missing: if verdict == Verdict::MayApply { e.missing } else { FactSet::default() },
                exempted_by: if verdict == Verdict::Exempt {
                    e.exempted_by.and_then(|x| rules.get(x).copied()).map(|r: &'a Rule| r.id.as_str())
                } else {
                    None
                },
                proof_at: e.proof_at,
            });
        }
        let arena = run.arena;
        Evaluation { corpus: self, profile, as_of, outcomes, arena }
    }
}

impl<'a> Evaluation<'a> {
    /// The names of the facts in `set`, in name order.
    pub fn fact_names(&self, set: &FactSet) -> Vec<&'a str> {
        let plan = self.corpus.plan();
        let mut names: Vec<&'a str> = set.slots().map(|s| plan.fact_name(s)).collect();
        names.sort_unstable();
        names
    }

    /// The proof of an outcome: how its `applies_when` was decided, with the fact values used.
    pub fn proof(&self, o: &Outcome<'a>) -> Option<Proof> {
        let (c, at) = (o.rule.applies_when.as_ref()?, o.proof_at?);
        Some(c.proof_from(self.arena.get(at..).unwrap_or_default(), &mut 0, self.profile))
    }

    /// The proof in serialisable form, without building it first.
    pub fn proof_view(&self, o: &Outcome<'a>) -> Option<crate::condition::ProofView<'_>> {
        let (c, at) = (o.rule.applies_when.as_ref()?, o.proof_at?);
        Some(crate::condition::ProofView::new(c, self.arena.get(at..).unwrap_or_default(), self.profile))
    }

    /// The missing facts, most useful first: ranked by how many undecided findings each would
    /// help decide, then by name; with the rules each bears on.
    pub fn ask_next(&self) -> Vec<(&'a str, Vec<&'a str>)> {
        let plan = self.corpus.plan();
        let mut by_slot: Vec<Vec<&'a str>> = vec![Vec::new(); plan.facts.len()];
        for o in &self.outcomes {
            if o.verdict == Verdict::MayApply {
                for s in o.missing.slots() {
                    if let Some(list) = by_slot.get_mut(s) {
                        list.push(o.rule.id.as_str());
                    }
                }
            }
        }
        let mut out: Vec<(&'a str, Vec<&'a str>)> = by_slot
            .into_iter()
            .enumerate()
            .filter(|(_, rules)| !rules.is_empty())
            .map(|(slot, rules)| (plan.fact_name(slot), rules))
            .collect();
        out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(b.0)));
        out
    }
}
