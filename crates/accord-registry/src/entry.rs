//! Registry entries: what each source says about a model or system, and the merged view.
//!
//! An entry keeps one *layer* of facts per source (a model card, an Epoch AI row, a member's
//! own registration) instead of overwriting one set of fields: re-importing a source replaces
//! only its layer, and the merged [`Entry::view`] says which source gave each field. Sources
//! disagree in the wild (a card's YAML and its prose name different bases), so nothing is
//! thrown away.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::compute::TrainingCompute;

/// Weights (a model) or a deployed product built on models (a system).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Model,
    System,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Model => "model",
            EntryKind::System => "system",
        }
    }

    pub fn parse(text: &str) -> Option<EntryKind> {
        match text {
            "model" => Some(EntryKind::Model),
            "system" => Some(EntryKind::System),
            _ => None,
        }
    }
}

/// Where a layer of facts came from, in the order of trust used by [`Entry::view`]:
/// a member's own registration first, then the developer's card, then Epoch AI's estimates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Manual,
    Card,
    Epoch,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Manual => "manual",
            SourceKind::Card => "card",
            SourceKind::Epoch => "epoch",
        }
    }
}

/// How a model relates to its base (the Hub's `base_model_relation`, plus `unknown`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Finetune,
    Adapter,
    Merge,
    Quantized,
    Unknown,
}

impl Relation {
    pub const ALL: [Relation; 5] =
        [Relation::Finetune, Relation::Adapter, Relation::Merge, Relation::Quantized, Relation::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Finetune => "finetune",
            Relation::Adapter => "adapter",
            Relation::Merge => "merge",
            Relation::Quantized => "quantized",
            Relation::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == text.trim().to_ascii_lowercase())
    }
}

/// What a lineage signal rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeSource {
    /// `base_model` (and `base_model_relation`, if set) in the card's YAML.
    CardFrontMatter,
    /// Read from the card's prose or tags, or the relation guessed from the card's files.
    Inferred,
    /// Epoch AI's `Base model` column.
    Epoch,
    /// Registered by a member.
    Manual,
}

/// One parent of a model: `child --relation--> parent`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaseModel {
    /// The parent's registry key (a Hub id like `meta-llama/Llama-2-7b-hf`, or `epoch/<slug>`).
    pub key: String,
    pub relation: Relation,
    pub source: EdgeSource,
    /// True when the relation was not stated but inferred (shown as inferred in the UI).
    pub relation_inferred: bool,
}

/// A model's licence as its source states it, normalised to an identifier of the licence table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LicenceRef {
    /// A licence-table id (`apache-2.0`, `llama2`, …), `other` or `unknown`.
    pub id: String,
    /// `license_name` for `other`, or the name as the source wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// True when read from prose rather than stated in a metadata field.
    #[serde(default)]
    pub inferred: bool,
}

/// One evaluation result from a card's `model-index`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvalResult {
    pub task: String,
    pub dataset: String,
    pub metric: String,
    pub value: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The card-specific part of a layer: what only a model card has.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CardFacts {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub datasets: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<EvalResult>,
    /// The front matter as JSON, every key kept verbatim so unknown keys survive.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub front_matter: serde_json::Value,
}

/// What one source says about an entry. Every field is optional: absent means the source is
/// silent, and another layer may fill it. Unknown fields are refused (a misspelt field in a
/// registration must not vanish silently).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<String>,
    /// ISO 3166-1 alpha-2 codes where the source's country names could be mapped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// Normalised modality codes: `text`, `image`, `audio`, `video`, `code`, `multimodal`, …
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modalities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<f64>,
    /// Active parameters per token, for mixtures of experts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_parameters: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_data: Option<String>,
    /// Training tokens (or data points), as the source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_tokens: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<LicenceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_weights: Option<bool>,
    /// Epoch AI's accessibility wording, kept as written (`Open weights (restricted use)`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intended_uses: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compute: Option<TrainingCompute>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub base_models: Vec<BaseModel>,
    /// For systems: the registry keys of the models they are built on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub built_on: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<CardFacts>,
}

/// One source's layer of an entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Layer {
    pub source: SourceKind,
    /// Where exactly: a card file name, an Epoch row's model name and snapshot, a member.
    pub reference: String,
    pub facts: Facts,
    /// What the parser could not read, in words (a malformed card still imports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A registered model or system: its key, kind and one layer per source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The public, stable id `namespace/name`: a Hub id, `epoch/<slug>`, or a member's own key.
    pub key: String,
    pub kind: EntryKind,
    pub layers: Vec<Layer>,
}

/// Which source gave a field of the merged view.
pub type Provenance = BTreeMap<&'static str, SourceKind>;

impl Entry {
    pub fn new(key: impl Into<String>, kind: EntryKind) -> Entry {
        Entry { key: key.into(), kind, layers: Vec::new() }
    }

    /// Puts a layer in, replacing the same source's previous layer. Returns whether the entry
    /// changed (re-importing an unchanged card is not a revision).
    pub fn put_layer(&mut self, layer: Layer) -> bool {
        match self.layers.iter_mut().find(|l| l.source == layer.source) {
            Some(existing) if *existing == layer => false,
            Some(existing) => {
                *existing = layer;
                true
            }
            None => {
                self.layers.push(layer);
                self.layers.sort_by_key(|l| l.source);
                true
            }
        }
    }

    pub fn layer(&self, source: SourceKind) -> Option<&Layer> {
        self.layers.iter().find(|l| l.source == source)
    }

    /// The merged facts: for every field, the most trusted layer that states it.
    pub fn view(&self) -> (Facts, Provenance) {
        let mut out = Facts::default();
        let mut from = Provenance::new();
        // Layers are kept sorted by trust (manual, card, epoch): the first to state a field wins.
        for layer in &self.layers {
            let f = &layer.facts;
            let s = layer.source;
            macro_rules! take {
                ($field:ident, option) => {
                    if out.$field.is_none() && f.$field.is_some() {
                        out.$field = f.$field.clone();
                        from.insert(stringify!($field), s);
                    }
                };
                ($field:ident, list) => {
                    if out.$field.is_empty() && !f.$field.is_empty() {
                        out.$field = f.$field.clone();
                        from.insert(stringify!($field), s);
                    }
                };
            }
            take!(name, option);
            take!(organisations, list);
            take!(countries, list);
            take!(release_date, option);
            take!(modalities, list);
            take!(parameters, option);
            take!(active_parameters, option);
            take!(context_length, option);
            take!(training_data, option);
            take!(training_tokens, option);
            take!(licence, option);
            take!(open_weights, option);
            take!(accessibility, option);
            take!(intended_uses, list);
            take!(links, list);
            take!(compute, option);
            take!(base_models, list);
            take!(built_on, list);
            take!(card, option);
        }
        // A licence a card infers from prose yields to a stated one from a later layer.
        if let Some(l) = &out.licence
            && l.inferred
            && let Some((stated, s)) =
                self.layers.iter().find_map(|x| x.facts.licence.as_ref().filter(|l| !l.inferred).map(|l| (l, x.source)))
        {
            out.licence = Some(stated.clone());
            from.insert("licence", s);
        }
        (out, from)
    }

    /// The display name: the view's name, else the key's last segment.
    pub fn display_name(&self) -> String {
        // The view's name without building the view: layers are kept in order of trust.
        self.layers
            .iter()
            .find_map(|l| l.facts.name.clone())
            .unwrap_or_else(|| self.key.rsplit('/').next().unwrap_or(&self.key).to_owned())
    }

    pub fn warnings(&self) -> impl Iterator<Item = (SourceKind, &str)> {
        self.layers.iter().flat_map(|l| l.warnings.iter().map(move |w| (l.source, w.as_str())))
    }
}

/// A key is two path segments of `[A-Za-z0-9._-]`, `namespace/name` like a Hub id, at most 200
/// characters; it appears in URLs and file names, so nothing else is allowed. Always two
/// segments, so `/models/{namespace}/{name}/history` can never be read as another key.
pub fn valid_key(key: &str) -> bool {
    let segment_ok = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    };
    let parts: Vec<&str> = key.split('/').collect();
    key.len() <= 200 && parts.len() == 2 && parts.iter().all(|p| segment_ok(p))
}

/// A key made from a free-text name: lower case, runs of other characters turned into `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches(|c| c == '-' || c == '.');
    let mut s: String = trimmed.chars().take(120).collect();
    if s.is_empty() {
        s.push_str("unnamed");
    }
    s
}

/// A name reduced for matching across sources: lower-case letters and digits only
/// (`Llama 2-7B` and `llama-2-7b` meet as `llama27b`).
pub fn match_name(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn layer(source: SourceKind, facts: Facts) -> Layer {
        Layer { source, reference: "t".into(), facts, warnings: vec![] }
    }

    #[test]
    fn the_most_trusted_layer_wins_per_field_and_says_so() {
        let mut e = Entry::new("bigscience/bloom", EntryKind::Model);
        e.put_layer(layer(
            SourceKind::Epoch,
            Facts { name: Some("BLOOM-176B".into()), parameters: Some(176e9), ..Facts::default() },
        ));
        e.put_layer(layer(SourceKind::Card, Facts { name: Some("bloom".into()), ..Facts::default() }));
        let (view, from) = e.view();
        assert_eq!(view.name.as_deref(), Some("bloom"));
        assert_eq!(view.parameters, Some(176e9));
        assert_eq!(from["name"], SourceKind::Card);
        assert_eq!(from["parameters"], SourceKind::Epoch);
        assert_eq!(e.layers[0].source, SourceKind::Card, "layers are kept in order of trust");
    }

    #[test]
    fn an_unchanged_layer_is_not_a_change() {
        let mut e = Entry::new("a/b", EntryKind::Model);
        let l = layer(SourceKind::Card, Facts { name: Some("b".into()), ..Facts::default() });
        assert!(e.put_layer(l.clone()));
        assert!(!e.put_layer(l));
        assert!(e.put_layer(layer(SourceKind::Card, Facts { name: Some("c".into()), ..Facts::default() })));
        assert_eq!(e.layers.len(), 1);
    }

    #[test]
    fn a_stated_licence_beats_one_read_from_prose() {
        let mut e = Entry::new("a/b", EntryKind::Model);
        let lic = |id: &str, inferred| Some(LicenceRef { id: id.into(), name: None, link: None, inferred });
        e.put_layer(layer(SourceKind::Card, Facts { licence: lic("llama2", true), ..Facts::default() }));
        e.put_layer(layer(SourceKind::Epoch, Facts { licence: lic("llama2-stated", false), ..Facts::default() }));
        let (view, from) = e.view();
        assert_eq!(view.licence.unwrap().id, "llama2-stated");
        assert_eq!(from["licence"], SourceKind::Epoch);
    }

    #[test]
    fn keys_are_url_safe() {
        for ok in ["meta-llama/Llama-2-7b-hf", "epoch/llama-3.1-405b", "acme/my-system"] {
            assert!(valid_key(ok), "{ok}");
        }
        for bad in ["", "single", "a/b/c", "../x", "a/..", "a b", "a/<script>", "/a", "a/"] {
            assert!(!valid_key(bad), "{bad}");
        }
        assert_eq!(slug("Llama 3.1-405B"), "llama-3.1-405b");
        assert_eq!(slug("  (preview) "), "preview");
        assert_eq!(slug("***"), "unnamed");
        assert!(valid_key(&format!("epoch/{}", slug("GPT-4 (Mar 2023) / turbo"))));
        assert_eq!(match_name("Llama 2-7B"), match_name("llama-2-7b"));
    }
}
