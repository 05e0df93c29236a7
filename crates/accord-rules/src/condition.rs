//! The condition language of `applies_when`: `all`, `any`, `not`, and tests on one fact.
//!
//! ```toml
//! applies_when = { all = [
//!   { fact = "markets", contains = "EU" },
//!   { any = [ { fact = "training_flop", gt = 1e25 }, { fact = "designated_systemic", eq = true } ] },
//! ] }
//! ```

use std::collections::BTreeSet;

use time::Date;

use crate::fact::{FactType, Profile, Value, fact_type};
use crate::logic::Tri;

/// A test on one fact.
#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// Equal to a boolean, number or text.
    Eq(Value),
    /// The set fact holds this code.
    Contains(String),
    /// The set fact holds at least one of these codes.
    ContainsAny(Vec<String>),
    /// The text or enum fact is one of these.
    In(Vec<String>),
    Gt(f64),
    Gte(f64),
    Lt(f64),
    Lte(f64),
    Before(Date),
    OnOrAfter(Date),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Fact { name: String, test: Test },
}

/// How a condition was decided: the node, its truth value, the fact value used, and children.
#[derive(Clone, Debug, PartialEq)]
pub struct Proof {
    /// `all`, `any`, `not`, or the test as text (`training_flop > 1e25`).
    pub label: String,
    pub value: Tri,
    /// For fact tests: the fact's value, or `None` when unknown.
    pub fact: Option<(String, Option<String>)>,
    pub children: Vec<Proof>,
}

impl Proof {
    /// Fact names whose being unknown left this proof undecided.
    pub fn missing_facts(&self, out: &mut BTreeSet<String>) {
        if self.value != Tri::Unknown {
            return;
        }
        if let Some((name, None)) = &self.fact {
            out.insert(name.clone());
        }
        for c in &self.children {
            c.missing_facts(out);
        }
    }
}

/// A problem in a condition, with the path of the bad node (`all[1].fact`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct ConditionError {
    pub path: String,
    pub problem: String,
}

fn err(path: &str, problem: impl Into<String>) -> ConditionError {
    ConditionError { path: path.to_owned(), problem: problem.into() }
}

fn parse_date(path: &str, v: &toml::Value) -> Result<Date, ConditionError> {
    let d = match v {
        toml::Value::Datetime(dt) => dt.date,
        toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok().and_then(|dt| dt.date),
        _ => None,
    }
    .ok_or_else(|| err(path, "expected a date (YYYY-MM-DD)"))?;
    let month = time::Month::try_from(d.month).map_err(|_| err(path, "not a valid month"))?;
    Date::from_calendar_date(i32::from(d.year), month, d.day).map_err(|_| err(path, "not a valid date"))
}

fn strings(path: &str, v: &toml::Value) -> Result<Vec<String>, ConditionError> {
    v.as_array()
        .ok_or_else(|| err(path, "expected a list of codes"))?
        .iter()
        .map(|x| x.as_str().map(str::to_owned).ok_or_else(|| err(path, "expected a list of codes")))
        .collect()
}

fn number(path: &str, v: &toml::Value) -> Result<f64, ConditionError> {
    match v {
        toml::Value::Float(f) => Ok(*f),
        toml::Value::Integer(i) => Ok(*i as f64),
        _ => Err(err(path, "expected a number")),
    }
}

impl Condition {
    /// Parses and type-checks a condition against the fact vocabulary.
    pub fn parse(v: &toml::Value, path: &str) -> Result<Condition, ConditionError> {
        let table = v.as_table().ok_or_else(|| err(path, "a condition is a table such as { fact = …, eq = … }"))?;
        if let Some(items) = table.get("all").or_else(|| table.get("any")) {
            let which = if table.contains_key("all") { "all" } else { "any" };
            if table.len() != 1 {
                return Err(err(path, format!("`{which}` stands alone in its table")));
            }
            let list = items.as_array().ok_or_else(|| err(path, format!("`{which}` takes a list of conditions")))?;
            if list.is_empty() {
                return Err(err(path, format!("`{which}` needs at least one condition")));
            }
            let parsed = list
                .iter()
                .enumerate()
                .map(|(i, c)| Condition::parse(c, &format!("{path}.{which}[{i}]")))
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(if which == "all" { Condition::All(parsed) } else { Condition::Any(parsed) });
        }
        if let Some(inner) = table.get("not") {
            if table.len() != 1 {
                return Err(err(path, "`not` stands alone in its table"));
            }
            return Ok(Condition::Not(Box::new(Condition::parse(inner, &format!("{path}.not"))?)));
        }
        let name = table
            .get("fact")
            .and_then(|f| f.as_str())
            .ok_or_else(|| err(path, "expected `all`, `any`, `not` or `fact`"))?;
        let t =
            fact_type(name).ok_or_else(|| err(path, format!("{name:?} is not a fact of the profile vocabulary")))?;
        let ops: Vec<(&String, &toml::Value)> = table.iter().filter(|(k, _)| k.as_str() != "fact").collect();
        let [(op, value)] = ops.as_slice() else {
            return Err(err(path, format!("a test on {name} needs exactly one operator")));
        };
        let p = format!("{path}.{op}");
        let mismatch = || err(&p, format!("`{op}` does not fit fact {name}"));
        let test = match (op.as_str(), t) {
            ("eq", FactType::Bool) => Test::Eq(Value::Bool(value.as_bool().ok_or_else(mismatch)?)),
            ("eq", FactType::Number) => Test::Eq(Value::Number(number(&p, value)?)),
            ("eq", FactType::Text) => Test::Eq(Value::Text(value.as_str().ok_or_else(mismatch)?.to_owned())),
            ("eq", FactType::Enum(allowed)) => {
                let s = value.as_str().ok_or_else(mismatch)?;
                if !allowed.contains(&s) {
                    return Err(err(&p, format!("{s:?} is not one of {}", allowed.join(", "))));
                }
                Test::Eq(Value::Text(s.to_owned()))
            }
            ("contains", FactType::Set) => Test::Contains(value.as_str().ok_or_else(mismatch)?.to_owned()),
            ("contains_any", FactType::Set) => Test::ContainsAny(strings(&p, value)?),
            ("in", FactType::Text) => Test::In(strings(&p, value)?),
            ("in", FactType::Enum(allowed)) => {
                let options = strings(&p, value)?;
                if let Some(bad) = options.iter().find(|o| !allowed.contains(&o.as_str())) {
                    return Err(err(&p, format!("{bad:?} is not one of {}", allowed.join(", "))));
                }
                Test::In(options)
            }
            ("gt", FactType::Number) => Test::Gt(number(&p, value)?),
            ("gte", FactType::Number) => Test::Gte(number(&p, value)?),
            ("lt", FactType::Number) => Test::Lt(number(&p, value)?),
            ("lte", FactType::Number) => Test::Lte(number(&p, value)?),
            ("before", FactType::Date) => Test::Before(parse_date(&p, value)?),
            ("on_or_after", FactType::Date) => Test::OnOrAfter(parse_date(&p, value)?),
            ("eq" | "contains" | "contains_any" | "in" | "gt" | "gte" | "lt" | "lte" | "before" | "on_or_after", _) => {
                return Err(mismatch());
            }
            _ => return Err(err(&p, format!("unknown operator `{op}`"))),
        };
        Ok(Condition::Fact { name: name.to_owned(), test })
    }

    /// Evaluates under Kleene logic; every node of the proof says how it was decided.
    pub fn eval(&self, profile: &Profile) -> Proof {
        match self {
            Condition::All(items) | Condition::Any(items) => {
                let all = matches!(self, Condition::All(_));
                let children: Vec<Proof> = items.iter().map(|c| c.eval(profile)).collect();
                let start = if all { Tri::True } else { Tri::False };
                let value = children.iter().fold(start, |acc, c| if all { acc.and(c.value) } else { acc.or(c.value) });
                Proof { label: if all { "all" } else { "any" }.into(), value, fact: None, children }
            }
            Condition::Not(inner) => {
                let child = inner.eval(profile);
                Proof { label: "not".into(), value: !child.value, fact: None, children: vec![child] }
            }
            Condition::Fact { name, test } => {
                let known = profile.get(name);
                let value = match known {
                    None => Tri::Unknown,
                    Some(v) => Tri::from_bool(holds(test, v)),
                };
                Proof {
                    label: format!("{name} {}", describe(test)),
                    value,
                    fact: Some((name.clone(), known.map(Value::show))),
                    children: vec![],
                }
            }
        }
    }

    /// Writes every node's value into `out` in pre-order (for [`ProofView`]); returns the root's.
    fn values_into(&self, profile: &Profile, out: &mut Vec<Tri>) -> Tri {
        let at = out.len();
        out.push(Tri::Unknown);
        let value = match self {
            Condition::All(items) => items.iter().fold(Tri::True, |acc, c| acc.and(c.values_into(profile, out))),
            Condition::Any(items) => items.iter().fold(Tri::False, |acc, c| acc.or(c.values_into(profile, out))),
            Condition::Not(inner) => !inner.values_into(profile, out),
            Condition::Fact { name, test } => match profile.get(name) {
                None => Tri::Unknown,
                Some(v) => Tri::from_bool(holds(test, v)),
            },
        };
        if let Some(slot) = out.get_mut(at) {
            *slot = value;
        }
        value
    }

    /// Every fact name the condition reads.
    pub fn facts(&self, out: &mut BTreeSet<String>) {
        match self {
            Condition::All(items) | Condition::Any(items) => items.iter().for_each(|c| c.facts(out)),
            Condition::Not(inner) => inner.facts(out),
            Condition::Fact { name, .. } => {
                out.insert(name.clone());
            }
        }
    }
}

pub(crate) fn holds(test: &Test, v: &Value) -> bool {
    match (test, v) {
        (Test::Eq(want), got) => want == got,
        (Test::Contains(code), Value::Set(s)) => s.contains(code),
        (Test::ContainsAny(codes), Value::Set(s)) => codes.iter().any(|c| s.contains(c)),
        (Test::In(options), Value::Text(t)) => options.contains(t),
        (Test::Gt(n), Value::Number(x)) => x > n,
        (Test::Gte(n), Value::Number(x)) => x >= n,
        (Test::Lt(n), Value::Number(x)) => x < n,
        (Test::Lte(n), Value::Number(x)) => x <= n,
        (Test::Before(d), Value::Date(x)) => x < d,
        (Test::OnOrAfter(d), Value::Date(x)) => x >= d,
        // Type-checked at parse time; a mismatch here cannot hold.
        _ => false,
    }
}

/// A proof serialised straight from an evaluation's recorded truth values, without building
/// the tree first: `{"test", "value", "fact"?, "fact_value"?, "children"?}` per node.
pub struct ProofView<'a> {
    condition: &'a Condition,
    /// Every node's value, in pre-order.
    values: Vec<Tri>,
    profile: &'a Profile,
    /// Serde writes a sequence's elements in order, so a shared cursor walks the pre-order.
    pos: std::cell::Cell<usize>,
}

impl<'a> ProofView<'a> {
    pub(crate) fn new(condition: &'a Condition, profile: &'a Profile) -> ProofView<'a> {
        let mut values = Vec::new();
        condition.values_into(profile, &mut values);
        ProofView { condition, values, profile, pos: std::cell::Cell::new(0) }
    }
}

struct NodeView<'v, 'a> {
    node: &'a Condition,
    view: &'v ProofView<'a>,
}

/// Serialises a `Display` value as a string without allocating it first.
struct Collected<T>(T);

impl<T: std::fmt::Display> serde::Serialize for Collected<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

struct ShowValue<'a>(&'a Value);

impl std::fmt::Display for ShowValue<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.show())
    }
}

struct Label<'a>(&'a str, &'a Test);

impl std::fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, describe(self.1))
    }
}

fn tri_word(t: Tri) -> &'static str {
    match t {
        Tri::True => "true",
        Tri::False => "false",
        Tri::Unknown => "unknown",
    }
}

impl serde::Serialize for ProofView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.pos.set(0);
        NodeView { node: self.condition, view: self }.serialize(s)
    }
}

impl serde::Serialize for NodeView<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Children<'v, 'a>(&'a [Condition], &'v ProofView<'a>);
        impl serde::Serialize for Children<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for c in self.0 {
                    seq.serialize_element(&NodeView { node: c, view: self.1 })?;
                }
                seq.end()
            }
        }
        let at = self.view.pos.get();
        self.view.pos.set(at + 1);
        let value = tri_word(self.view.values.get(at).copied().unwrap_or(Tri::Unknown));
        let mut map = s.serialize_map(None)?;
        match self.node {
            Condition::All(items) | Condition::Any(items) => {
                map.serialize_entry("test", if matches!(self.node, Condition::All(_)) { "all" } else { "any" })?;
                map.serialize_entry("value", value)?;
                map.serialize_entry("children", &Children(items, self.view))?;
            }
            Condition::Not(inner) => {
                map.serialize_entry("test", "not")?;
                map.serialize_entry("value", value)?;
                map.serialize_entry("children", &Children(std::slice::from_ref(inner.as_ref()), self.view))?;
            }
            Condition::Fact { name, test } => {
                map.serialize_entry("test", &Collected(Label(name, test)))?;
                map.serialize_entry("value", value)?;
                map.serialize_entry("fact", name)?;
                if let Some(v) = self.view.profile.get(name) {
                    map.serialize_entry("fact_value", &Collected(ShowValue(v)))?;
                }
            }
        }
        map.end()
    }
}

fn describe(test: &Test) -> String {
    match test {
        Test::Eq(v) => format!("= {}", v.show()),
        Test::Contains(c) => format!("contains {c}"),
        Test::ContainsAny(cs) => format!("contains any of {}", cs.join(", ")),
        Test::In(cs) => format!("is one of {}", cs.join(", ")),
        Test::Gt(n) => format!("> {}", Value::Number(*n).show()),
        Test::Gte(n) => format!("≥ {}", Value::Number(*n).show()),
        Test::Lt(n) => format!("< {}", Value::Number(*n).show()),
        Test::Lte(n) => format!("≤ {}", Value::Number(*n).show()),
        Test::Before(d) => format!("before {d}"),
        Test::OnOrAfter(d) => format!("on or after {d}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cond(text: &str) -> Result<Condition, ConditionError> {
        let v: toml::Table = format!("c = {text}").parse().unwrap();
        Condition::parse(&v["c"], "applies_when")
    }

    #[test]
    fn unknown_facts_propagate_and_are_named() {
        let c =
            cond("{ all = [ { fact = \"markets\", contains = \"EU\" }, { fact = \"training_flop\", gt = 1e25 } ] }")
                .unwrap();
        let mut p = Profile::from_toml("markets = [\"EU\"]").unwrap();
        let proof = c.eval(&p);
        assert_eq!(proof.value, Tri::Unknown);
        let mut missing = BTreeSet::new();
        proof.missing_facts(&mut missing);
        assert_eq!(missing.into_iter().collect::<Vec<_>>(), ["training_flop"]);

        p.set("training_flop", Value::Number(3e25)).unwrap();
        let proof = c.eval(&p);
        assert_eq!(proof.value, Tri::True);
        assert_eq!(proof.children[1].label, "training_flop > 1e25");
        assert_eq!(proof.children[1].fact, Some(("training_flop".into(), Some("3e25".into()))));

        // A decided false branch settles `all` even with unknowns elsewhere.
        let p = Profile::from_toml("markets = [\"CN\"]").unwrap();
        assert_eq!(c.eval(&p).value, Tri::False);
    }

    #[test]
    fn every_operator_on_its_type() {
        let p = Profile::from_toml(
            "markets = [\"EU\", \"US-CA\"]\ntraining_flop = 1e26\nopen_weights = false\nartifact = \"both\"\nplaced_on_market = 2026-07-01\n",
        )
        .unwrap();
        let cases = [
            ("{ fact = \"markets\", contains_any = [\"CN\", \"US-CA\"] }", Tri::True),
            ("{ fact = \"training_flop\", gte = 1e26 }", Tri::True),
            ("{ fact = \"training_flop\", lt = 1e26 }", Tri::False),
            ("{ fact = \"open_weights\", eq = true }", Tri::False),
            ("{ not = { fact = \"open_weights\", eq = true } }", Tri::True),
            ("{ fact = \"artifact\", in = [\"gpai_model\", \"both\"] }", Tri::True),
            ("{ fact = \"placed_on_market\", before = 2026-08-02 }", Tri::True),
            ("{ fact = \"placed_on_market\", on_or_after = \"2026-08-02\" }", Tri::False),
            (
                "{ any = [ { fact = \"generative\", eq = true }, { fact = \"markets\", contains = \"EU\" } ] }",
                Tri::True,
            ),
            (
                "{ any = [ { fact = \"generative\", eq = true }, { fact = \"markets\", contains = \"KR\" } ] }",
                Tri::Unknown,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(cond(text).unwrap().eval(&p).value, want, "{text}");
        }
    }

    #[test]
    fn bad_conditions_are_named_with_their_path() {
        let cases = [
            ("{ fact = \"trainng_flop\", gt = 1 }", "applies_when: \"trainng_flop\" is not a fact"),
            ("{ fact = \"markets\", gt = 1 }", "applies_when.gt: `gt` does not fit fact markets"),
            ("{ fact = \"artifact\", eq = \"robot\" }", "applies_when.eq: \"robot\" is not one of"),
            (
                "{ all = [ { fact = \"markets\", contains = \"EU\" }, { fact = \"sme\", maybe = true } ] }",
                "applies_when.all[1].maybe: unknown operator",
            ),
            ("{ all = [] }", "needs at least one condition"),
            ("{ fact = \"sme\" }", "needs exactly one operator"),
            ("{ fact = \"placed_on_market\", before = \"soon\" }", "expected a date"),
            ("\"EU\"", "a condition is a table"),
        ];
        for (text, needle) in cases {
            let e = cond(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text}: {e}");
        }
    }
}
