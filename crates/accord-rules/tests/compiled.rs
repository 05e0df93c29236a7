#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The compiled evaluator against the plain one, over the whole corpus and random profiles:
//! every proof is the one `Condition::eval` builds, and learning facts never reverses a
//! decided finding (Kleene monotonicity, end to end: windows, exceptions, bills).

use std::collections::{BTreeMap, BTreeSet};

use accord_rules::fact::{FactType, Value, fact_type};
use accord_rules::{Corpus, Profile, Status};
use proptest::prelude::*;

/// A small deterministic generator: proptest varies the seed and shrinks it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

/// A profile over the facts the corpus reads, each known or not, with values the rules test.
fn random_profile(rng: &mut Rng, tested: &BTreeMap<String, BTreeSet<String>>) -> Profile {
    let mut p = Profile::new();
    for (fact, codes) in tested {
        if rng.below(3) == 0 {
            continue; // unknown
        }
        let codes: Vec<&String> = codes.iter().collect();
        let value = match fact_type(fact) {
            Some(FactType::Bool) => Value::Bool(rng.coin()),
            Some(FactType::Number) => Value::Number(10f64.powf(6.0 + rng.below(22) as f64) * (1 + rng.below(9)) as f64),
            Some(FactType::Set) => {
                Value::Set(codes.iter().filter(|_| rng.below(4) == 0).map(|c| (*c).clone()).collect())
            }
            Some(FactType::Date) => Value::Date(
                time::Date::from_calendar_date(2024 + rng.below(6) as i32, time::Month::January, 1).unwrap()
                    + time::Duration::days(rng.below(365) as i64),
            ),
            Some(FactType::Text | FactType::Enum(_)) if !codes.is_empty() => {
                Value::Text(codes[rng.below(codes.len())].clone())
            }
            Some(FactType::Enum(allowed)) => Value::Text(allowed[rng.below(allowed.len())].to_owned()),
            _ => Value::Text("other".into()),
        };
        p.set(fact, value).unwrap();
    }
    p
}

/// Whether the rule binds: `Some(true)` applies, `Some(false)` does not (not applicable, not in
/// force or exempt: learning facts may make the reason more precise, e.g. "not in force"
/// becomes "not applicable"), `None` undecided.
fn binds(s: &Status) -> Option<bool> {
    match s {
        Status::Applies => Some(true),
        Status::MayApply { .. } => None,
        Status::Exempt { .. } | Status::NotApplicable | Status::NotInForce => Some(false),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_compiled_evaluator_agrees_with_the_plain_one_and_is_monotone(seed in 1u64.., day in 0i64..2200) {
        let corpus: Corpus = accord_rules::embedded::corpus().unwrap();
        let tested = corpus.values_tested();
        let mut rng = Rng(seed);
        let full = random_profile(&mut rng, &tested);
        let as_of = time::macros::date!(2024 - 01 - 01) + time::Duration::days(day);
        let findings = corpus.evaluate(&full, as_of);
        for f in &findings {
            let rule = &corpus.rules()[&f.rule];
            // The proof is exactly what the plain tree evaluator builds.
            let plain = rule.applies_when.as_ref().map(|c| c.eval(&full));
            prop_assert_eq!(f.proof.as_ref(), plain.as_ref(), "{}", f.rule);
            if f.status == Status::Applies {
                prop_assert!(f.proof.as_ref().is_none_or(|p| p.value == accord_rules::Tri::True));
            }
            if let Status::MayApply { missing_facts } = &f.status {
                prop_assert!(!missing_facts.is_empty(), "{} may apply but names no fact", f.rule);
                for m in missing_facts {
                    prop_assert!(full.get(m).is_none(), "{} names {m}, which is known", f.rule);
                }
            }
        }
        // Forget some facts: every finding decided without them is decided the same way with them.
        let mut partial = full.clone();
        let names: Vec<String> = full.names().map(str::to_owned).collect();
        for n in &names {
            if rng.coin() {
                partial.unset(n);
            }
        }
        let less: BTreeMap<String, Status> =
            corpus.evaluate(&partial, as_of).into_iter().map(|f| (f.rule, f.status)).collect();
        for f in &findings {
            let before = &less[&f.rule];
            if let Some(b) = binds(before) {
                prop_assert_eq!(Some(b), binds(&f.status), "{}: {:?} became {:?}", f.rule, before, f.status);
            }
        }
    }
}
