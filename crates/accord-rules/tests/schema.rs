#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The JSON Schemas of `corpus/schema/` (for editors: `.taplo.toml` associates them with the TOML
//! files) are kept true to the loader:
//!
//! - every pack, the kind taxonomy, every golden file and every example profile validate;
//! - the fact names and types in the schemas are exactly `fact::VOCABULARY`, and for every fact,
//!   operator and sample value the condition schema and `Condition::parse` (and the profile schema
//!   and `Profile::from_json`) give the same answer;
//! - malformed packs are refused by the schema and by `Corpus::from_packs` alike.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use accord_rules::condition::Condition;
use accord_rules::fact::VOCABULARY;
use accord_rules::{Corpus, FactType, Profile};
use serde_json::{Value as Json, json};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema(name: &str) -> Json {
    let path = repo().join("corpus/schema").join(format!("{name}.schema.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

fn validator(schema: &Json) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

/// A validator for one `$defs` entry of a schema (e.g. the condition of the rule-pack schema).
fn def_validator(schema: &Json, def: &str) -> jsonschema::Validator {
    validator(&json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": schema["$defs"],
        "$ref": format!("#/$defs/{def}"),
    }))
}

/// TOML as JSON, the way an editor sees it: TOML dates become `"YYYY-MM-DD"` strings.
fn to_json(v: &toml::Value) -> Json {
    match v {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Datetime(dt) => Json::String(dt.date.map_or_else(|| dt.to_string(), |d| d.to_string())),
        toml::Value::Array(items) => Json::Array(items.iter().map(to_json).collect()),
        toml::Value::Table(t) => Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    let mut files: Vec<PathBuf> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    files.sort();
    files
}

/// The schema's complaints about a file, each with the path of the bad value.
fn problems(v: &jsonschema::Validator, file: &Path) -> Vec<String> {
    let name = file.strip_prefix(repo()).unwrap_or(file).display().to_string();
    let text = std::fs::read_to_string(file).unwrap();
    let doc: toml::Table = match text.parse() {
        Ok(doc) => doc,
        Err(e) => return vec![format!("{name}: not valid TOML: {e}")],
    };
    let json = to_json(&toml::Value::Table(doc));
    v.iter_errors(&json).map(|e| format!("{name}: at {}: {e}", e.instance_path())).collect()
}

#[test]
fn the_schemas_are_valid_json_schemas() {
    for name in ["rule-pack", "kinds", "golden", "profile"] {
        let s = schema(name);
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        if let Err(e) = jsonschema::meta::validate(&s) {
            panic!("{name}.schema.json is not a valid 2020-12 schema: {e} at {}", e.instance_path());
        }
    }
}

#[test]
fn every_corpus_file_and_example_validates_against_its_schema() {
    let corpus = repo().join("corpus");
    let pack = validator(&schema("rule-pack"));
    let mut found = Vec::new();
    let mut all = Vec::new();
    for file in toml_files(&corpus) {
        if file.file_name().is_some_and(|n| n == "kinds.toml") {
            all.extend(problems(&validator(&schema("kinds")), &file));
        } else {
            all.extend(problems(&pack, &file));
        }
        found.push(file);
    }
    assert!(found.len() >= 2, "expected packs and kinds.toml in {}", corpus.display());
    let golden = validator(&schema("golden"));
    for file in toml_files(&corpus.join("golden")) {
        all.extend(problems(&golden, &file));
    }
    let profile = validator(&schema("profile"));
    let examples = toml_files(&repo().join("examples"));
    assert!(!examples.is_empty(), "expected example profiles in examples/");
    for file in &examples {
        all.extend(problems(&profile, file));
    }
    assert!(all.is_empty(), "{} schema problem(s):\n{}", all.len(), all.join("\n"));
}

fn strings(v: &Json) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("expected a list, got {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

fn vocabulary() -> BTreeSet<String> {
    VOCABULARY.iter().map(|(n, _)| (*n).to_owned()).collect()
}

/// Panics with the names missing from and extra in a schema's list, compared with the vocabulary.
fn same_as_vocabulary(got: &[String], what: &str) {
    let got_set: BTreeSet<String> = got.iter().cloned().collect();
    assert_eq!(got.len(), got_set.len(), "{what}: a name is listed twice");
    let want = vocabulary();
    let missing: Vec<&String> = want.difference(&got_set).collect();
    let extra: Vec<&String> = got_set.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what} differs from fact::VOCABULARY (crates/accord-rules/src/fact.rs): missing {missing:?}, not in the \
         vocabulary {extra:?}"
    );
}

/// The `$defs` test a fact's conditions go to, and the operators the loader accepts for its type.
fn test_def(name: &str, t: FactType) -> (String, &'static [&'static str]) {
    match t {
        FactType::Bool => ("test_bool".into(), &["eq"]),
        FactType::Number => ("test_number".into(), &["eq", "gt", "gte", "lt", "lte"]),
        FactType::Text => ("test_text".into(), &["eq", "in"]),
        FactType::Set => ("test_set".into(), &["contains", "contains_any"]),
        FactType::Date => ("test_date".into(), &["before", "on_or_after"]),
        FactType::Enum(_) => (format!("test_enum_{name}"), &["eq", "in"]),
    }
}

#[test]
fn the_condition_schema_names_exactly_the_vocabulary_with_its_types() {
    let pack = schema("rule-pack");
    let defs = &pack["$defs"];
    let hint = "edit corpus/schema/rule-pack.schema.json to match crates/accord-rules/src/fact.rs";

    // $defs/fact_name: the vocabulary plus the `intent_` pattern.
    let any_of = defs["fact_name"]["anyOf"].as_array().unwrap();
    same_as_vocabulary(&strings(&any_of[0]["enum"]), "rule-pack.schema.json $defs/fact_name");
    assert_eq!(any_of[1]["pattern"], "^intent_.", "intent_ flags need at least one character after intent_");

    // Every fact sits in the typed test of its type, with the operators the loader accepts.
    let mut tested = BTreeSet::new();
    for (name, t) in VOCABULARY {
        let (def, ops) = test_def(name, *t);
        let test = &defs[&def];
        assert!(test.is_object(), "no $defs/{def} for {name}: {hint}");
        assert!(
            strings(&test["properties"]["fact"]["enum"]).iter().any(|n| n == name),
            "$defs/{def} lacks {name}: {hint}"
        );
        let props: BTreeSet<&str> = test["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let want: BTreeSet<&str> = ops.iter().copied().chain(["fact"]).collect();
        assert_eq!(props, want, "$defs/{def}: operators");
        if let FactType::Enum(values) = t {
            assert_eq!(strings(&test["properties"]["eq"]["enum"]), *values, "$defs/{def}: eq values");
            assert_eq!(strings(&test["properties"]["in"]["items"]["enum"]), *values, "$defs/{def}: in values");
        }
        tested.insert(def);
    }
    // No typed test names a fact outside the vocabulary or of another type.
    for (def, test) in defs.as_object().unwrap().iter().filter(|(k, _)| k.starts_with("test_") && *k != "test_intent") {
        for name in strings(&test["properties"]["fact"]["enum"]) {
            let t = accord_rules::fact::fact_type(&name).unwrap_or_else(|| panic!("$defs/{def}: {name} is not a fact"));
            assert_eq!(test_def(&name, t).0, *def, "$defs/{def}: {name} has another type");
        }
    }
    tested.insert("test_intent".into());
    let refs: BTreeSet<String> = defs["fact_test"]["anyOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["$ref"].as_str().unwrap().trim_start_matches("#/$defs/").to_owned())
        .collect();
    assert_eq!(refs, tested, "$defs/fact_test must list every typed test");

    let numeric: Vec<String> =
        VOCABULARY.iter().filter(|(_, t)| *t == FactType::Number).map(|(n, _)| (*n).to_owned()).collect();
    assert_eq!(strings(&defs["threshold"]["properties"]["fact"]["enum"]), numeric, "threshold facts: {hint}");

    // Golden cases name facts in expect.missing with the same definition.
    assert_eq!(schema("golden")["$defs"]["fact_name"], defs["fact_name"], "golden.schema.json $defs/fact_name");
}

/// What the profile schema must say of a fact of this type.
fn profile_type(t: FactType) -> Json {
    match t {
        FactType::Bool => json!({ "type": "boolean" }),
        FactType::Number => json!({ "type": "number" }),
        FactType::Text => json!({ "type": "string" }),
        FactType::Set => json!({ "type": "array", "items": { "type": "string" } }),
        FactType::Date => json!({ "type": "string", "format": "date" }),
        FactType::Enum(values) => json!({ "type": "string", "enum": values }),
    }
}

#[test]
fn the_profile_schema_is_the_vocabulary_with_its_types() {
    let profile = schema("profile");
    let props = profile["properties"].as_object().unwrap();
    same_as_vocabulary(&props.keys().cloned().collect::<Vec<_>>(), "profile.schema.json properties");
    for (name, t) in VOCABULARY {
        let mut got = props[*name].clone();
        got.as_object_mut().unwrap().remove("description");
        assert_eq!(got, profile_type(*t), "profile.schema.json: type of {name}");
    }
    assert_eq!(profile["additionalProperties"], false);
    let patterns = profile["patternProperties"].as_object().unwrap();
    assert_eq!(patterns.keys().collect::<Vec<_>>(), ["^intent_."]);
    assert_eq!(patterns["^intent_."]["type"], "boolean");

    // golden.schema.json carries a copy (Taplo does not follow $refs to other files): the same.
    let golden = schema("golden");
    let copy = &golden["$defs"]["profile"];
    for key in ["type", "properties", "patternProperties", "additionalProperties"] {
        assert_eq!(copy[key], profile[key], "golden.schema.json $defs/profile.{key} differs from profile.schema.json");
    }
}

/// Sample values of every shape, as (TOML text, JSON).
fn samples(enum_value: &str) -> Vec<(String, Json)> {
    vec![
        ("true".into(), json!(true)),
        ("3".into(), json!(3)),
        ("1e25".into(), json!(1e25)),
        ("\"EU\"".into(), json!("EU")),
        (format!("\"{enum_value}\""), json!(enum_value)),
        ("[\"EU\"]".into(), json!(["EU"])),
        (format!("[\"{enum_value}\"]"), json!([enum_value])),
        ("\"2025-08-02\"".into(), json!("2025-08-02")),
        ("2025-08-02".into(), json!("2025-08-02")),
    ]
}

const OPERATORS: [&str; 10] =
    ["eq", "contains", "contains_any", "in", "gt", "gte", "lt", "lte", "before", "on_or_after"];

#[test]
fn the_condition_schema_and_the_loader_agree_on_every_fact_operator_and_value_shape() {
    let pack = schema("rule-pack");
    let condition = def_validator(&pack, "condition");
    let mut names: Vec<(&str, Option<FactType>)> = VOCABULARY.iter().map(|(n, t)| (*n, Some(*t))).collect();
    names.extend([("intent_discriminate", Some(FactType::Bool)), ("intent_", None), ("trainng_flop", None)]);
    let mut disagreements = Vec::new();
    for (name, t) in names {
        let enum_value = match t {
            Some(FactType::Enum(values)) => values[0],
            _ => "x",
        };
        for op in OPERATORS {
            for (toml_value, json_value) in samples(enum_value) {
                // A TOML date is a string to the schema (as in editors): only date operators take one.
                if toml_value == "2025-08-02" && !["before", "on_or_after"].contains(&op) {
                    continue;
                }
                let text = format!("c = {{ fact = \"{name}\", {op} = {toml_value} }}");
                let doc: toml::Table = text.parse().unwrap();
                let loader = Condition::parse(&doc["c"], "c").is_ok();
                let by_schema = condition.is_valid(&json!({ "fact": name, op: json_value }));
                // Deliberately stricter than the loader (which takes any codes): `in` on a fact of
                // fixed choices must list those choices, so a misspelt choice is caught as you type.
                if let (Some(FactType::Enum(values)), "in") = (t, op)
                    && json_value
                        .as_array()
                        .is_some_and(|a| a.iter().any(|v| !values.contains(&v.as_str().unwrap_or(""))))
                {
                    if by_schema {
                        disagreements.push(format!("{text}: the schema should refuse a value outside {values:?}"));
                    }
                    continue;
                }
                if loader != by_schema {
                    disagreements.push(format!("{text}: loader {loader}, schema {by_schema}"));
                }
            }
        }
    }
    // The combinators: `all`/`any` stand alone and need a condition; `not` stands alone.
    let leaf = "{ fact = \"generative\", eq = true }";
    for text in [
        format!("c = {{ all = [{leaf}] }}"),
        format!("c = {{ any = [{leaf}, {{ not = {leaf} }}] }}"),
        "c = { all = [] }".to_owned(),
        format!("c = {{ all = [{leaf}], fact = \"generative\" }}"),
        format!("c = {{ not = {leaf}, any = [{leaf}] }}"),
        format!("c = {{ not = [{leaf}] }}"),
        "c = { fact = \"generative\" }".to_owned(),
        "c = { fact = \"training_flop\", gt = 1, lt = 2 }".to_owned(),
        "c = { fact = \"training_flop\", above = 1 }".to_owned(),
    ] {
        let doc: toml::Table = text.parse().unwrap();
        let loader = Condition::parse(&doc["c"], "c").is_ok();
        let by_schema = condition.is_valid(&to_json(&doc["c"]));
        if loader != by_schema {
            disagreements.push(format!("{text}: loader {loader}, schema {by_schema}"));
        }
    }
    assert!(disagreements.is_empty(), "{} disagreement(s):\n{}", disagreements.len(), disagreements.join("\n"));
}

#[test]
fn the_profile_schema_and_the_loader_agree_on_every_fact_and_value_shape() {
    let profile = validator(&schema("profile"));
    let mut names: Vec<(&str, &str)> =
        VOCABULARY.iter().map(|(n, t)| (*n, if let FactType::Enum(values) = t { values[0] } else { "x" })).collect();
    names.extend([("intent_discriminate", "x"), ("intent_", "x"), ("trainng_flop", "x")]);
    let mut disagreements = Vec::new();
    for (name, enum_value) in names {
        for (_, value) in samples(enum_value).into_iter().chain([(String::new(), json!([]))]) {
            let doc = json!({ name: value });
            let loader = Profile::from_json(&doc.to_string()).is_ok();
            let by_schema = profile.is_valid(&doc);
            if loader != by_schema {
                disagreements.push(format!("{doc}: loader {loader}, schema {by_schema}"));
            }
        }
    }
    assert!(disagreements.is_empty(), "{} disagreement(s):\n{}", disagreements.len(), disagreements.join("\n"));
}

const VALID_PACK: &str = r#"
[instrument]
id = "xx.test"
title = "A test instrument"
jurisdiction = "EU"
status = "in_force"

[[rule]]
id = "xx.test.1"
kind = "disclosure.ai_interaction"
role = "provider"
cite = "Art. 1"
summary = "Tell people they are talking to an AI system."
applies_when = { all = [ { fact = "markets", contains = "EU" }, { fact = "interacts_with_people", eq = true } ] }
deadline = { value = 14, unit = "days", from = "launch" }
[[rule.in_force]]
from = 2026-08-02
when = { fact = "placed_on_market", on_or_after = 2026-08-02 }
[[rule.date_history]]
was = 2026-02-01
now = 2026-08-02
by = "An amending act"
[rule.source]
url = "https://example.invalid/act"
confidence = "verified"
"#;

/// (what is wrong, the text replaced, its replacement)
const MALFORMED: &[(&str, &str, &str)] = &[
    ("unknown key aplies_when", "applies_when =", "aplies_when ="),
    ("confidence \"sure\"", "confidence = \"verified\"", "confidence = \"sure\""),
    ("condition on an unknown fact", "fact = \"markets\"", "fact = \"trainng_flop\""),
    ("deadline unit weeks", "unit = \"days\"", "unit = \"weeks\""),
    ("deadline of zero", "value = 14", "value = 0"),
    ("status draft", "status = \"in_force\"", "status = \"draft\""),
    ("lower-case jurisdiction", "jurisdiction = \"EU\"", "jurisdiction = \"eu\""),
    ("operator that does not fit the fact", "contains = \"EU\"", "gt = 3"),
    ("two operators in one test", "eq = true", "eq = true, in = [\"x\"]"),
    ("unknown key in a window", "from = 2026-08-02", "form = 2026-08-02"),
    ("a window date that is not a date", "from = 2026-08-02", "from = \"soon\""),
    ("date_history without by", "by = \"An amending act\"", "note = \"An amending act\""),
    ("source url without http", "url = \"https://example.invalid/act\"", "url = \"example.invalid/act\""),
    ("empty summary", "summary = \"Tell people they are talking to an AI system.\"", "summary = \" \""),
    ("unknown top-level table", "[instrument]", "[meta]\nx = 1\n[instrument]"),
    ("missing source", "[rule.source]\nurl = \"https://example.invalid/act\"\nconfidence = \"verified\"\n", ""),
];

#[test]
fn malformed_packs_are_refused_by_the_schema_and_by_the_loader() {
    let pack = validator(&schema("rule-pack"));
    let check = |text: &str| {
        let doc: toml::Table = text.parse().unwrap();
        let by_schema = pack.is_valid(&to_json(&toml::Value::Table(doc)));
        let by_loader = Corpus::from_packs(&[("xx.test.toml".to_owned(), text.to_owned())]);
        (by_schema, by_loader)
    };
    let (schema_ok, loader) = check(VALID_PACK);
    assert!(schema_ok, "the control pack must satisfy the schema");
    loader.expect("the control pack must load");

    let mut wrong = Vec::new();
    for (what, from, to) in MALFORMED {
        assert!(VALID_PACK.contains(from), "{what}: {from:?} is not in the control pack");
        let text = VALID_PACK.replacen(from, to, 1);
        let (schema_ok, loader) = check(&text);
        if schema_ok {
            wrong.push(format!("{what}: the schema accepts it"));
        }
        if loader.is_ok() {
            wrong.push(format!("{what}: the loader accepts it"));
        }
    }
    assert!(wrong.is_empty(), "both must say no:\n{}", wrong.join("\n"));
}

/// Every property of every schema teaches what it is: policy staff read these as hovers.
#[test]
fn every_property_has_a_description() {
    fn walk(v: &Json, at: &str, missing: &mut Vec<String>) {
        match v {
            Json::Object(map) => {
                for key in ["properties", "patternProperties"] {
                    if let Some(Json::Object(props)) = map.get(key) {
                        for (name, p) in props {
                            if p.get("description").and_then(Json::as_str).is_none_or(|d| d.trim().is_empty()) {
                                missing.push(format!("{at}/{key}/{name}"));
                            }
                        }
                    }
                }
                for (k, child) in map {
                    walk(child, &format!("{at}/{k}"), missing);
                }
            }
            Json::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    for name in ["rule-pack", "kinds", "golden", "profile"] {
        walk(&schema(name), &format!("{name}.schema.json#"), &mut missing);
    }
    assert!(missing.is_empty(), "properties without a description:\n{}", missing.join("\n"));
}

/// `.taplo.toml` points each kind of file at a schema that exists.
#[test]
fn the_taplo_config_points_at_the_schemas() {
    let text = std::fs::read_to_string(repo().join(".taplo.toml")).unwrap();
    let config: toml::Table = text.parse().unwrap();
    let mut associated = BTreeSet::new();
    for rule in config["rule"].as_array().unwrap() {
        let path = rule["schema"]["path"].as_str().unwrap();
        assert!(repo().join(path).is_file(), ".taplo.toml: {path} does not exist");
        for include in rule["include"].as_array().unwrap() {
            associated.insert((include.as_str().unwrap().to_owned(), path.to_owned()));
        }
    }
    for (include, path) in [
        ("corpus/*.toml", "rule-pack"),
        ("corpus/kinds.toml", "kinds"),
        ("corpus/golden/*.toml", "golden"),
        ("examples/*.toml", "profile"),
    ] {
        let want = (include.to_owned(), format!("corpus/schema/{path}.schema.json"));
        assert!(associated.contains(&want), ".taplo.toml lacks {want:?}");
    }
}
