//! Taxonomies kept as data (AIID's Taxa documents; reference §1.4): a namespace, where it comes
//! from, and its fields with their permitted values.

use std::collections::BTreeSet;

use accord_core::validate::{Invalid, Problem, required_text};
use serde::{Deserialize, Serialize};

use crate::model::{Classification, valid_key};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    /// `CSETv1`, `GMF`, `MIT`, `AVID`, `ATLAS`, `OECD`.
    pub namespace: String,
    pub title: String,
    pub description: String,
    /// Where the definition comes from (a URL or repository path at a commit).
    pub source: String,
    pub licence: String,
    /// `verified`, `primary` or `secondary`, as elsewhere in Accord's data.
    pub confidence: String,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub short_name: String,
    #[serde(default)]
    pub long_name: String,
    #[serde(default)]
    pub description: String,
    /// Empty when the field is free text.
    #[serde(default)]
    pub permitted_values: Vec<PermittedValue>,
    /// Shown as a facet in search.
    #[serde(default)]
    pub facet: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PermittedValue {
    pub value: String,
    #[serde(default)]
    pub description: String,
}

/// The taxonomies shipped with Accord, embedded so a node needs no data directory (ATLAS is not
/// here: it is read from the ATLAS.yaml the caller imports).
const BUILTIN: [(&str, &str); 6] = [
    ("mit.toml", include_str!("../data/taxonomies/mit.toml")),
    ("avid.toml", include_str!("../data/taxonomies/avid.toml")),
    ("oecd.toml", include_str!("../data/taxonomies/oecd.toml")),
    ("gmf.toml", include_str!("../data/taxonomies/gmf.toml")),
    ("csetv1.toml", include_str!("../data/taxonomies/csetv1.toml")),
    ("csetv0.toml", include_str!("../data/taxonomies/csetv0.toml")),
];

/// Why a taxonomy file was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TaxonomyError {
    #[error("{file}: not a taxonomy: {reason}")]
    Parse { file: String, reason: String },
    #[error("{file}: {invalid}")]
    Invalid { file: String, invalid: Invalid },
}

/// The confidence levels used across Accord's data.
pub const CONFIDENCE: [&str; 3] = ["verified", "primary", "secondary"];

impl Taxonomy {
    /// Parses a taxonomy written as TOML and validates it; `file` names it in errors.
    pub fn from_toml(file: &str, text: &str) -> Result<Taxonomy, TaxonomyError> {
        let t: Taxonomy =
            toml::from_str(text).map_err(|e| TaxonomyError::Parse { file: file.to_owned(), reason: e.to_string() })?;
        t.validate().map_err(|invalid| TaxonomyError::Invalid { file: file.to_owned(), invalid })
    }

    /// Every built-in taxonomy, each checked; a broken one is an error naming its file.
    pub fn builtin_checked() -> Result<Vec<Taxonomy>, TaxonomyError> {
        BUILTIN.iter().map(|(file, text)| Taxonomy::from_toml(file, text)).collect()
    }

    /// The built-in taxonomies (MIT, AVID, OECD, GMF, CSETv1, CSETv0). The test suite proves
    /// they all load, so none is dropped in practice.
    pub fn builtin() -> Vec<Taxonomy> {
        BUILTIN.iter().filter_map(|(file, text)| Taxonomy::from_toml(file, text).ok()).collect()
    }

    /// The built-in taxonomy of one namespace.
    pub fn builtin_named(namespace: &str) -> Option<Taxonomy> {
        Taxonomy::builtin().into_iter().find(|t| t.namespace == namespace)
    }

    /// Checks the taxonomy: namespace a key, text fields present, a known confidence, field
    /// names unique and present, permitted values unique and present within a field.
    pub fn validate(mut self) -> Result<Taxonomy, Invalid> {
        self.namespace = valid_key("namespace", &self.namespace)?;
        self.title = required_text("title", &self.title, 300)?;
        self.source = required_text("source", &self.source, 2000)?;
        self.licence = required_text("licence", &self.licence, 500)?;
        if !CONFIDENCE.contains(&self.confidence.as_str()) {
            return Err(Invalid::new("confidence", Problem::NotAllowed { allowed: CONFIDENCE.to_vec() }));
        }
        if self.fields.is_empty() {
            return Err(Invalid::new("fields", Problem::Missing));
        }
        let mut names = BTreeSet::new();
        for (i, f) in self.fields.iter_mut().enumerate() {
            f.short_name = required_text(&format!("fields[{i}].short_name"), &f.short_name, 200)?;
            if !names.insert(f.short_name.to_lowercase()) {
                return Err(Invalid::new(format!("fields[{i}].short_name"), Problem::Duplicate));
            }
            let mut values = BTreeSet::new();
            for (j, v) in f.permitted_values.iter_mut().enumerate() {
                let path = format!("fields[{i}].permitted_values[{j}].value");
                v.value = required_text(&path, &v.value, 500)?;
                if !values.insert(v.value.to_lowercase()) {
                    return Err(Invalid::new(path, Problem::Duplicate));
                }
            }
        }
        Ok(self)
    }

    pub fn field(&self, short_name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.short_name == short_name)
    }

    /// The `(attribute, value)` pairs of a classification this taxonomy does not permit: unknown
    /// attributes, and values outside a field's permitted list.
    pub fn unpermitted<'a>(&self, c: &'a Classification) -> Vec<(&'a str, &'a str)> {
        let mut out = Vec::new();
        for a in &c.attributes {
            match self.field(&a.name) {
                None => out.extend(a.values.iter().map(|v| (a.name.as_str(), v.as_str()))),
                Some(f) => out.extend(a.values.iter().filter(|v| !f.permits(v)).map(|v| (a.name.as_str(), v.as_str()))),
            }
        }
        out
    }
}

impl Field {
    /// Free-text fields permit anything; otherwise the value must be listed (letter case aside,
    /// as AIID's exports mix cases).
    pub fn permits(&self, value: &str) -> bool {
        self.permitted_values.is_empty() || self.permitted(value).is_some()
    }

    /// The listed permitted value equal to `value`, ignoring letter case and outer spaces.
    pub fn permitted(&self, value: &str) -> Option<&PermittedValue> {
        let v = value.trim();
        let lower = v.to_lowercase();
        self.permitted_values.iter().find(|p| p.value.to_lowercase() == lower)
    }
}
