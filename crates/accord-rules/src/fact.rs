//! The profile vocabulary and profiles.
//!
//! Fact names are the public contract between rule packs, profiles and the registry
//! (`shared/reference/regulations.md` §1). A condition on a name outside the vocabulary is a
//! validation error, never a silent false.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

/// The type of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactType {
    Bool,
    /// f64: training compute reaches 10^26, beyond i64.
    Number,
    Text,
    /// A set of codes (markets, roles, purposes…).
    Set,
    Date,
    /// One of the listed codes.
    Enum(&'static [&'static str]),
}

/// The vocabulary: every fact a rule may test, with its type.
pub const VOCABULARY: &[(&str, FactType)] = &[
    ("markets", FactType::Set),
    ("established_in", FactType::Text),
    ("roles", FactType::Set),
    ("artifact", FactType::Enum(&["ai_system", "gpai_model", "both"])),
    ("general_purpose", FactType::Bool),
    ("training_flop", FactType::Number),
    ("foss_licence", FactType::Bool),
    ("open_weights", FactType::Bool),
    ("generative", FactType::Bool),
    ("output_modalities", FactType::Set),
    ("interacts_with_people", FactType::Bool),
    ("offered_to_public", FactType::Bool),
    ("deepfake_publication", FactType::Bool),
    ("public_interest_text", FactType::Bool),
    ("emotion_recognition", FactType::Bool),
    ("biometric_categorisation", FactType::Bool),
    ("remote_biometric_id", FactType::Enum(&["none", "post", "real_time"])),
    ("purposes", FactType::Set),
    ("safety_component_of", FactType::Set),
    ("third_party_ca_required", FactType::Bool),
    ("art6_3_condition", FactType::Text),
    ("profiling", FactType::Bool),
    ("deployer_kind", FactType::Enum(&["public_authority", "private_public_service", "private"])),
    ("revenue_usd_prev_year", FactType::Number),
    ("turnover_eur", FactType::Number),
    ("sme", FactType::Bool),
    ("smc", FactType::Bool),
    ("monthly_users_ca", FactType::Number),
    ("kr_total_revenue_krw", FactType::Number),
    ("kr_ai_revenue_krw", FactType::Number),
    ("kr_daily_users", FactType::Number),
    ("cn_public_opinion_attr", FactType::Bool),
    ("cn_recommendation_algo", FactType::Bool),
    ("cn_deep_synthesis", FactType::Bool),
    ("cn_anthropomorphic", FactType::Bool),
    ("minors_users", FactType::Bool),
    ("companion_chatbot", FactType::Bool),
    ("signatory_of", FactType::Set),
    ("placed_on_market", FactType::Date),
];

/// The type of a fact name; `intent_*` flags (intent-based prohibitions) are booleans.
pub fn fact_type(name: &str) -> Option<FactType> {
    VOCABULARY
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .or_else(|| (name.starts_with("intent_") && name.len() > 7).then_some(FactType::Bool))
}

/// A known fact value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
    Set(BTreeSet<String>),
    Date(Date),
}

impl Value {
    /// A short rendering for proofs: `true`, `3e25`, `{EU, US-CA}`, `2026-08-02`.
    pub fn show(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => {
                if n.abs() >= 1e6 {
                    format!("{n:e}")
                } else {
                    n.to_string()
                }
            }
            Value::Text(t) => t.clone(),
            Value::Set(s) => format!("{{{}}}", s.iter().cloned().collect::<Vec<_>>().join(", ")),
            Value::Date(d) => d.to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("{0} is not a fact of the profile vocabulary")]
    UnknownFact(String),
    #[error("fact {fact} must be {expected}")]
    WrongType { fact: String, expected: String },
    #[error("the profile is not valid TOML: {0}")]
    Syntax(String),
}

/// What is known about an AI system or model. A fact that is absent is unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    facts: BTreeMap<String, Value>,
}

fn describe(t: FactType) -> String {
    match t {
        FactType::Bool => "true or false".into(),
        FactType::Number => "a number".into(),
        FactType::Text => "a text".into(),
        FactType::Set => "a list of codes".into(),
        FactType::Date => "a date (YYYY-MM-DD)".into(),
        FactType::Enum(values) => format!("one of {}", values.join(", ")),
    }
}

impl Profile {
    pub fn new() -> Profile {
        Profile::default()
    }

    /// The profile as a JSON object of facts (sets as arrays, dates as `YYYY-MM-DD`), the
    /// form `from_json` reads back.
    pub fn to_json(&self) -> serde_json::Value {
        let object = self
            .facts
            .iter()
            .map(|(name, v)| {
                let json = match v {
                    Value::Bool(b) => serde_json::Value::Bool(*b),
                    Value::Number(n) => serde_json::json!(n),
                    Value::Text(t) => serde_json::Value::String(t.clone()),
                    Value::Set(s) => {
                        serde_json::Value::Array(s.iter().cloned().map(serde_json::Value::String).collect())
                    }
                    Value::Date(d) => serde_json::Value::String(d.to_string()),
                };
                (name.clone(), json)
            })
            .collect();
        serde_json::Value::Object(object)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.facts.get(name)
    }

    /// The known facts with their values, by name.
    pub fn facts(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.facts.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.facts.keys().map(String::as_str)
    }

    /// Sets a fact after checking its name and type.
    pub fn set(&mut self, name: &str, value: Value) -> Result<(), ProfileError> {
        let t = fact_type(name).ok_or_else(|| ProfileError::UnknownFact(name.to_owned()))?;
        let ok = match (&value, t) {
            (Value::Bool(_), FactType::Bool)
            | (Value::Number(_), FactType::Number)
            | (Value::Text(_), FactType::Text)
            | (Value::Set(_), FactType::Set)
            | (Value::Date(_), FactType::Date) => true,
            (Value::Text(v), FactType::Enum(allowed)) => allowed.contains(&v.as_str()),
            _ => false,
        };
        if !ok {
            return Err(ProfileError::WrongType { fact: name.to_owned(), expected: describe(t) });
        }
        self.facts.insert(name.to_owned(), value);
        Ok(())
    }

    /// Forgets a fact (it becomes unknown).
    pub fn unset(&mut self, name: &str) {
        self.facts.remove(name);
    }

    /// Reads a profile written as TOML, e.g. `markets = ["EU", "CN"]`, `training_flop = 3e25`.
    pub fn from_toml(text: &str) -> Result<Profile, ProfileError> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| ProfileError::Syntax(e.to_string()))?;
        Self::from_table(table)
    }

    /// Reads a profile written as a JSON object with the same names; dates as `"YYYY-MM-DD"`.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        let table: toml::Table = serde_json::from_str(text).map_err(|e| ProfileError::Syntax(e.to_string()))?;
        Self::from_table(table)
    }

    fn from_table(table: toml::Table) -> Result<Profile, ProfileError> {
        let mut profile = Profile::new();
        for (name, raw) in table {
            let t = fact_type(&name).ok_or_else(|| ProfileError::UnknownFact(name.clone()))?;
            let wrong = || ProfileError::WrongType { fact: name.clone(), expected: describe(t) };
            let value = match (t, raw) {
                (FactType::Bool, toml::Value::Boolean(b)) => Value::Bool(b),
                (FactType::Number, toml::Value::Float(f)) => Value::Number(f),
                (FactType::Number, toml::Value::Integer(i)) => Value::Number(i as f64),
                (FactType::Text | FactType::Enum(_), toml::Value::String(s)) => Value::Text(s),
                (FactType::Set, toml::Value::Array(items)) => Value::Set(
                    items
                        .into_iter()
                        .map(|v| v.as_str().map(str::to_owned).ok_or_else(wrong))
                        .collect::<Result<_, _>>()?,
                ),
                (FactType::Date, toml::Value::String(s)) => {
                    let d: toml::value::Datetime = s.parse().map_err(|_| wrong())?;
                    let date = d.date.ok_or_else(wrong)?;
                    let month = time::Month::try_from(date.month).map_err(|_| wrong())?;
                    Value::Date(Date::from_calendar_date(i32::from(date.year), month, date.day).map_err(|_| wrong())?)
                }
                (FactType::Date, toml::Value::Datetime(d)) => {
                    let date = d.date.ok_or_else(wrong)?;
                    let month = time::Month::try_from(date.month).map_err(|_| wrong())?;
                    Value::Date(Date::from_calendar_date(i32::from(date.year), month, date.day).map_err(|_| wrong())?)
                }
                _ => return Err(wrong()),
            };
            profile.set(&name, value)?;
        }
        Ok(profile)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_read_typed_facts_and_refuse_unknown_names() {
        let p = Profile::from_toml(
            "markets = [\"EU\", \"CN\"]\ntraining_flop = 3e25\nopen_weights = true\nartifact = \"gpai_model\"\nplaced_on_market = 2026-03-01\nintent_discriminate = false\n",
        )
        .unwrap();
        assert_eq!(p.get("training_flop"), Some(&Value::Number(3e25)));
        assert_eq!(p.get("generative"), None, "absent means unknown");
        assert_eq!(p.get("markets").unwrap().show(), "{CN, EU}");
        assert!(
            matches!(Profile::from_toml("trainng_flop = 1e20"), Err(ProfileError::UnknownFact(n)) if n == "trainng_flop")
        );
        assert!(matches!(Profile::from_toml("open_weights = \"yes\""), Err(ProfileError::WrongType { .. })));
        assert!(matches!(Profile::from_toml("artifact = \"robot\""), Err(ProfileError::WrongType { .. })));
        assert!(matches!(Profile::from_toml("markets = ["), Err(ProfileError::Syntax(_))));
        let j = Profile::from_json(r#"{"markets": ["EU"], "training_flop": 3e25, "placed_on_market": "2026-03-01"}"#)
            .unwrap();
        // Exactly 3e25: thresholds sit on powers of ten, so parsing must round correctly.
        assert_eq!(j.get("training_flop"), p.get("training_flop"));
        let edge = Profile::from_json(r#"{"training_flop": 1e26}"#).unwrap();
        assert_eq!(edge.get("training_flop"), Some(&Value::Number(1e26)));
        assert_eq!(j.get("placed_on_market"), p.get("placed_on_market"));
        assert!(matches!(Profile::from_json("{\"markets\": 3}"), Err(ProfileError::WrongType { .. })));
        assert!(matches!(Profile::from_json("[1"), Err(ProfileError::Syntax(_))));
    }
}
