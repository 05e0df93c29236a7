//! The corpus compiled for evaluation, and the evaluation itself.
//!
//! Why a compiled form: an assessment runs every rule of the corpus, and the obvious evaluator
//! (a proof tree of strings per finding, facts looked up by name, missing facts as string sets)
//! spends almost all its time allocating. Here facts are numbered slots, codes are interned
//! into bit sets, a profile becomes one array of slots, conditions stop at the first deciding
//! child, and missing facts are bit sets. Proofs (every node's value, for people) are built
//! only when someone reads or serialises them, by the plain evaluator of [`Condition`]; a
//! property test checks that both evaluators agree.

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

/// A set of interned codes, as wide as its highest code needs (a corpus tests a few hundred
/// codes: two to four words).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct CodeSet(Vec<u64>);

impl CodeSet {
    fn insert(&mut self, code: usize) {
        let word = code / 64;
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        if let Some(w) = self.0.get_mut(word) {
            *w |= 1 << (code % 64);
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
    HasAny(CodeSet),
    /// The text or enum value is this code.
    Is(usize),
    IsOneOf(CodeSet),
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
    Codes(CodeSet),
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
    /// Fact name → slot.
    slot_of: BTreeMap<String, usize>,
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
        // Number the slots in name order, so a set of slots lists its facts in name order.
        let mut order: Vec<usize> = (0..facts.len()).collect();
        order.sort_by(|a, b| facts.get(*a).cmp(&facts.get(*b)));
        let mut new_slot = vec![0; facts.len()];
        for (new, old) in order.iter().enumerate() {
            if let Some(n) = new_slot.get_mut(*old) {
                *n = new;
            }
        }
        fn renumber(n: &mut Node, new_slot: &[usize]) {
            match n {
                Node::All(items) | Node::Any(items) => items.iter_mut().for_each(|i| renumber(i, new_slot)),
                Node::Not(inner) => renumber(inner, new_slot),
                Node::Leaf { slot, .. } => *slot = new_slot.get(*slot).copied().unwrap_or(*slot),
            }
        }
        for r in &mut rules {
            if let Some(n) = &mut r.applies {
                renumber(n, &new_slot);
            }
            for w in &mut r.windows {
                if let Some(n) = &mut w.when {
                    renumber(n, &new_slot);
                }
            }
        }
        let facts: Vec<String> = order.iter().filter_map(|old| facts.get(*old).cloned()).collect();
        let slot_of = facts.iter().enumerate().map(|(i, f)| (f.clone(), i)).collect();
        Ok(Plan { facts, slot_of, codes, rules })
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
            let mut set_of = |list: &[String]| -> Result<CodeSet, String> {
                let mut set = CodeSet::default();
                for item in list {
                    set.insert(code(item)?);
                }
                Ok(set)
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

/// The truth value of a node. Stops at the first child that decides a conjunction or a
/// disjunction (the proof, with every node's value, is built by the plain evaluator only when
/// someone reads it).
fn eval_node(n: &Node, slots: &[Option<Known<'_>>]) -> Tri {
    match n {
        Node::All(items) => {
            let mut acc = Tri::True;
            for i in items {
                match eval_node(i, slots) {
                    Tri::False => return Tri::False,
                    Tri::Unknown => acc = Tri::Unknown,
                    Tri::True => {}
                }
            }
            acc
        }
        Node::Any(items) => {
            let mut acc = Tri::False;
            for i in items {
                match eval_node(i, slots) {
                    Tri::True => return Tri::True,
                    Tri::Unknown => acc = Tri::Unknown,
                    Tri::False => {}
                }
            }
            acc
        }
        Node::Not(inner) => !eval_node(inner, slots),
        Node::Leaf { slot, check } => match slots.get(*slot).and_then(Option::as_ref) {
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
        },
    }
}

/// For a node that evaluated to unknown: the facts whose being unknown left it undecided, i.e.
/// the unknown leaves reached through unknown nodes only.
fn missing_of(n: &Node, slots: &[Option<Known<'_>>], out: &mut FactSet) {
    match n {
        Node::All(items) | Node::Any(items) => {
            for i in items {
                if eval_node(i, slots) == Tri::Unknown {
                    missing_of(i, slots, out);
                }
            }
        }
        Node::Not(inner) => missing_of(inner, slots, out),
        Node::Leaf { slot, .. } => out.insert(*slot),
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
}

struct RuleEval {
    value: Tri,
    in_force: Tri,
    applies: Tri,
    missing: FactSet,
    exempted_by: Option<usize>,
}

/// Every obligation of a corpus evaluated for one profile on one date.
pub struct Evaluation<'a> {
    pub corpus: &'a Corpus,
    pub profile: &'a Profile,
    pub as_of: Date,
    pub outcomes: Vec<Outcome<'a>>,
}

struct Run<'a, 'p> {
    plan: &'a Plan,
    slots: &'p [Option<Known<'p>>],
    as_of: Date,
    options: EvalOptions,
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
            };
        };
        // A rule that cannot apply is "not applicable" whatever its dates and exceptions: decide
        // that first, so most rules of other jurisdictions cost one test.
        let applies = match &c.applies {
            None => Tri::True,
            Some(n) => eval_node(n, self.slots),
        };
        if applies == Tri::False {
            return RuleEval {
                value: Tri::False,
                in_force: Tri::False,
                applies,
                missing: FactSet::default(),
                exempted_by: None,
            };
        }
        let mut missing = FactSet::default();
        if applies == Tri::Unknown
            && let Some(n) = &c.applies
        {
            missing_of(n, self.slots, &mut missing);
        }
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
                        let v = eval_node(n, self.slots);
                        if in_dates && v == Tri::Unknown {
                            missing_of(n, self.slots, &mut missing);
                        }
                        v
                    }
                };
                acc = acc.or(Tri::from_bool(in_dates).and(when));
            }
            acc
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
        RuleEval { value, in_force, applies, missing, exempted_by }
    }
}

impl Corpus {
    /// Evaluates every obligation for `profile` on `as_of` (the fast path behind
    /// [`Corpus::evaluate`] and the reports).
    pub fn evaluation<'a>(&'a self, profile: &'a Profile, as_of: Date, options: EvalOptions) -> Evaluation<'a> {
        let plan = self.plan();
        // The profile's known facts (a dozen) looked up by name, not every slot of the corpus.
        let mut slots: Vec<Option<Known<'_>>> = Vec::with_capacity(plan.facts.len());
        slots.resize_with(plan.facts.len(), || None);
        for (name, v) in profile.facts() {
            let Some(slot) = plan.slot_of.get(name).and_then(|s| slots.get_mut(*s)) else { continue };
            *slot = Some(match v {
                Value::Set(members) => {
                    let mut set = CodeSet::default();
                    for m in members {
                        if let Some(c) = plan.codes.get(m) {
                            set.insert(*c);
                        }
                    }
                    Known::Codes(set)
                }
                Value::Text(t) => Known::Code(plan.codes.get(t).copied()),
                Value::Bool(b) => Known::Bool(*b),
                other => Known::Value(other),
            });
        }
        let rules: Vec<&Rule> = self.rules().values().collect();
        let instruments: Vec<&crate::pack::Instrument> = self.instruments.values().collect();
        let mut run = Run { plan, slots: &slots, as_of, options, memo: vec![None; plan.rules.len()] };
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
            });
        }
        Evaluation { corpus: self, profile, as_of, outcomes }
    }
}

impl<'a> Evaluation<'a> {
    /// The names of the facts in `set`, in name order.
    pub fn fact_names(&self, set: &FactSet) -> Vec<&'a str> {
        let plan = self.corpus.plan();
        // Slots are numbered in name order.
        set.slots().map(|s| plan.fact_name(s)).collect()
    }

    /// The proof of an outcome: how its `applies_when` was decided, with the fact values used.
    pub fn proof(&self, o: &Outcome<'a>) -> Option<Proof> {
        Some(o.rule.applies_when.as_ref()?.eval(self.profile))
    }

    /// The proof in serialisable form, without building it first.
    pub fn proof_view(&self, o: &Outcome<'a>) -> Option<crate::condition::ProofView<'_>> {
        Some(crate::condition::ProofView::new(o.rule.applies_when.as_ref()?, self.profile))
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
