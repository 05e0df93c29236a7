//! An entry as a rules profile, so its obligations come from the rules corpus.
//!
//! The registry only states what it knows about the model (compute, openness, modalities,
//! where its developer is). Every threshold and every legal test stays in `corpus/`: this
//! module never compares a figure with a legal number. Facts the registry does not hold stay
//! unknown, so the findings that depend on them are `may_apply` with those facts named.

use std::collections::BTreeSet;

use accord_rules::{Profile, Value};

use crate::entry::{EntryKind, Facts};

/// What the caller decides, not the entry: where the model is assumed to be offered, and the
/// licence and lineage facts computed from the licence table and the lineage graph.
#[derive(Clone, Debug, Default)]
pub struct Assumptions {
    /// Market codes, as the corpus names them (the caller takes them from the corpus).
    pub markets: BTreeSet<String>,
    /// Whether the licence is free and open-source (from the licence table).
    pub foss_licence: Option<bool>,
    /// Whether the licence lets the weights be shared (from the licence table).
    pub weights_shareable: Option<bool>,
    /// Cumulative training compute along the lineage, in FLOP.
    pub training_flop: Option<f64>,
}

/// One fact of the profile and where it came from, for the page that shows the profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivation {
    pub fact: &'static str,
    pub value: Value,
    /// A short code for the reason (`assumed_markets`, `developer`, `pipeline_tag`, …).
    pub because: &'static str,
}

/// Pipeline tags whose models generate content (text, images, audio or video).
const GENERATIVE_TAGS: [&str; 9] = [
    "text-generation",
    "text2text-generation",
    "image-text-to-text",
    "any-to-any",
    "text-to-image",
    "text-to-video",
    "text-to-speech",
    "text-to-audio",
    "image-to-image",
];

/// Pipeline tags of models meant for a wide range of tasks (chat and instruction models).
const GENERAL_PURPOSE_TAGS: [&str; 4] = ["text-generation", "text2text-generation", "image-text-to-text", "any-to-any"];

/// Builds the profile of an entry's merged view.
pub fn profile(kind: EntryKind, view: &Facts, a: &Assumptions) -> (Profile, Vec<Derivation>) {
    let mut out: Vec<Derivation> = Vec::new();
    let set = |codes: &[&str]| Value::Set(codes.iter().map(|c| (*c).to_owned()).collect());

    if !a.markets.is_empty() {
        out.push(Derivation { fact: "markets", value: Value::Set(a.markets.clone()), because: "assumed_markets" });
    }
    out.push(Derivation { fact: "roles", value: set(&["provider", "developer"]), because: "developer" });

    let tag = view.card.as_ref().and_then(|c| c.pipeline_tag.as_deref());
    let general = tag.map(|t| GENERAL_PURPOSE_TAGS.contains(&t)).filter(|g| *g);
    match kind {
        EntryKind::System => {
            out.push(Derivation { fact: "artifact", value: Value::Text("ai_system".into()), because: "kind" })
        }
        EntryKind::Model if general == Some(true) => {
            out.push(Derivation { fact: "artifact", value: Value::Text("gpai_model".into()), because: "pipeline_tag" });
            out.push(Derivation { fact: "general_purpose", value: Value::Bool(true), because: "pipeline_tag" });
        }
        EntryKind::Model => {}
    }
    if let Some(t) = tag
        && GENERATIVE_TAGS.contains(&t)
    {
        out.push(Derivation { fact: "generative", value: Value::Bool(true), because: "pipeline_tag" });
        let outputs: &[&str] = match t {
            "text-to-image" | "image-to-image" => &["image"],
            "text-to-video" => &["video"],
            "text-to-speech" | "text-to-audio" => &["audio"],
            "any-to-any" => &["text", "image", "audio"],
            _ => &["text"],
        };
        out.push(Derivation { fact: "output_modalities", value: set(outputs), because: "pipeline_tag" });
    }
    if let Some(flop) = a.training_flop {
        out.push(Derivation { fact: "training_flop", value: Value::Number(flop), because: "compute" });
    }
    match (view.open_weights, a.weights_shareable) {
        (Some(open), _) => {
            out.push(Derivation { fact: "open_weights", value: Value::Bool(open), because: "accessibility" })
        }
        (None, Some(open)) => {
            out.push(Derivation { fact: "open_weights", value: Value::Bool(open), because: "licence" })
        }
        (None, None) => {}
    }
    if let Some(foss) = a.foss_licence {
        out.push(Derivation { fact: "foss_licence", value: Value::Bool(foss), because: "licence" });
    }
    if let [country] = view.countries.as_slice() {
        out.push(Derivation { fact: "established_in", value: Value::Text(country.clone()), because: "developer" });
    }
    if let Some(date) = view.release_date.as_deref().and_then(parse_date) {
        out.push(Derivation { fact: "placed_on_market", value: Value::Date(date), because: "release_date" });
    }

    let mut profile = Profile::new();
    out.retain(|d| profile.set(d.fact, d.value.clone()).is_ok());
    (profile, out)
}

fn parse_date(text: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, &format).ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::entry::CardFacts;

    #[test]
    fn a_chat_model_with_compute_becomes_a_gpai_profile() {
        let view = Facts {
            countries: vec!["US".into()],
            release_date: Some("2024-07-23".into()),
            card: Some(CardFacts { pipeline_tag: Some("text-generation".into()), ..CardFacts::default() }),
            ..Facts::default()
        };
        let a = Assumptions {
            markets: ["EU".to_owned(), "CN".to_owned()].into(),
            foss_licence: Some(false),
            weights_shareable: Some(true),
            training_flop: Some(3.8e25),
        };
        let (p, why) = profile(EntryKind::Model, &view, &a);
        assert_eq!(p.get("artifact"), Some(&Value::Text("gpai_model".into())));
        assert_eq!(p.get("training_flop"), Some(&Value::Number(3.8e25)));
        assert_eq!(p.get("open_weights"), Some(&Value::Bool(true)));
        assert_eq!(p.get("foss_licence"), Some(&Value::Bool(false)));
        assert_eq!(p.get("established_in"), Some(&Value::Text("US".into())));
        assert!(p.get("placed_on_market").is_some());
        assert_eq!(why.len(), p.facts().count(), "every fact says where it came from");
    }

    #[test]
    fn what_the_registry_does_not_know_stays_unknown() {
        let (p, _) = profile(EntryKind::Model, &Facts::default(), &Assumptions::default());
        for unknown in ["training_flop", "general_purpose", "open_weights", "markets", "established_in"] {
            assert_eq!(p.get(unknown), None, "{unknown}");
        }
        let (s, _) = profile(EntryKind::System, &Facts::default(), &Assumptions::default());
        assert_eq!(s.get("artifact"), Some(&Value::Text("ai_system".into())));
    }
}
