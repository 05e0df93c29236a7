#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Properties of the three-valued evaluation: learning a fact never reverses a decided result,
//! and a condition that needs an unknown fact is never decided true.

use std::collections::BTreeSet;

use accord_rules::fact::Value;
use accord_rules::{Condition, Profile, Test, Tri};
use proptest::prelude::*;

fn leaf() -> impl Strategy<Value = Condition> {
    prop_oneof![
        prop::sample::select(vec!["EU", "CN", "US-CA", "KR"])
            .prop_map(|m| Condition::Fact { name: "markets".into(), test: Test::Contains(m.into()) }),
        (20.0f64..27.0).prop_map(|e| Condition::Fact { name: "training_flop".into(), test: Test::Gt(10f64.powf(e)) }),
        any::<bool>().prop_map(|b| Condition::Fact { name: "open_weights".into(), test: Test::Eq(Value::Bool(b)) }),
        any::<bool>().prop_map(|b| Condition::Fact { name: "generative".into(), test: Test::Eq(Value::Bool(b)) }),
    ]
}

fn condition() -> impl Strategy<Value = Condition> {
    leaf().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::All),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

/// A full profile over the four facts, and which of them to forget.
fn profile() -> impl Strategy<Value = (Profile, Vec<bool>)> {
    (
        prop::collection::btree_set(prop::sample::select(vec!["EU", "CN", "US-CA", "KR"]), 0..4),
        20.0f64..27.0,
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(any::<bool>(), 4),
    )
        .prop_map(|(markets, flop, open, generative, forget)| {
            let mut p = Profile::new();
            p.set("markets", Value::Set(markets.into_iter().map(String::from).collect::<BTreeSet<_>>())).unwrap();
            p.set("training_flop", Value::Number(10f64.powf(flop))).unwrap();
            p.set("open_weights", Value::Bool(open)).unwrap();
            p.set("generative", Value::Bool(generative)).unwrap();
            (p, forget)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn learning_a_fact_never_reverses_a_decision(c in condition(), (full, forget) in profile()) {
        let mut partial = full.clone();
        for (name, f) in ["markets", "training_flop", "open_weights", "generative"].iter().zip(forget) {
            if f {
                partial.unset(name);
            }
        }
        let less = c.eval(&partial).value;
        let more = c.eval(&full).value;
        prop_assert!(more.refines(less), "partial {less:?} full {more:?}");
        prop_assert_ne!(more, Tri::Unknown, "a complete profile decides every condition");
        // Unknown results name the facts that are missing, and only those.
        let proof = c.eval(&partial);
        let mut missing = BTreeSet::new();
        proof.missing_facts(&mut missing);
        if proof.value == Tri::Unknown {
            prop_assert!(!missing.is_empty());
            for m in &missing {
                prop_assert!(partial.get(m).is_none());
            }
        } else {
            prop_assert!(missing.is_empty());
        }
    }
}
