//! Which registry entry a source row is about.
//!
//! A card is keyed by its Hub id; an Epoch AI row by its model name. A row joins a card's
//! entry when the names reduce to the same letters and digits (`Qwen-72B`), or when the
//! reviewed alias table (`data/aliases.toml`) says so (`BLOOM-176B` = `bigscience/bloom`).
//! Nothing fuzzier: a wrong merge would give a model another model's compute.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::entry::match_name;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasFile {
    alias: Vec<Alias>,
}

/// One reviewed statement that an Epoch AI row and a Hub repository are the same model.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub key: String,
    pub epoch: String,
    pub why: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AliasError {
    #[error("data/aliases.toml: {0}")]
    Syntax(String),
    #[error("data/aliases.toml: {0} is not a valid registry key")]
    BadKey(String),
    #[error("data/aliases.toml: the Epoch name {0} is aliased twice")]
    Duplicate(String),
}

/// Epoch model names (reduced) → registry keys.
#[derive(Debug, Default)]
pub struct Aliases {
    by_epoch: HashMap<String, String>,
    list: Vec<Alias>,
}

impl Aliases {
    pub fn parse(text: &str) -> Result<Aliases, AliasError> {
        let file: AliasFile = toml::from_str(text).map_err(|e| AliasError::Syntax(e.to_string()))?;
        let mut by_epoch = HashMap::new();
        for a in &file.alias {
            if !crate::entry::valid_key(&a.key) {
                return Err(AliasError::BadKey(a.key.clone()));
            }
            if by_epoch.insert(match_name(&a.epoch), a.key.clone()).is_some() {
                return Err(AliasError::Duplicate(a.epoch.clone()));
            }
        }
        Ok(Aliases { by_epoch, list: file.alias })
    }

    /// The built-in table (checked by a unit test; an error here is a build defect).
    pub fn builtin() -> Result<&'static Aliases, &'static AliasError> {
        static TABLE: OnceLock<Result<Aliases, AliasError>> = OnceLock::new();
        TABLE.get_or_init(|| Aliases::parse(include_str!("../data/aliases.toml"))).as_ref()
    }

    /// The registry key an Epoch model name is aliased to.
    pub fn key_for_epoch(&self, epoch_name: &str) -> Option<&str> {
        self.by_epoch.get(&match_name(epoch_name)).map(String::as_str)
    }

    pub fn all(&self) -> &[Alias] {
        &self.list
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_builtin_alias_table_is_valid() {
        let a = Aliases::builtin().unwrap();
        assert_eq!(a.key_for_epoch("BLOOM-176B"), Some("bigscience/bloom"));
        assert_eq!(a.key_for_epoch("bloom 176b"), Some("bigscience/bloom"));
        assert_eq!(a.key_for_epoch("GPT-4"), None);
        assert!(a.all().iter().all(|x| !x.why.trim().is_empty()));
    }

    #[test]
    fn bad_alias_files_are_refused() {
        assert!(matches!(
            Aliases::parse("[[alias]]\nkey = \"x\"\nepoch = \"y\"\nwhy = \"z\""),
            Err(AliasError::BadKey(_))
        ));
        let twice = "[[alias]]\nkey = \"a/b\"\nepoch = \"Y\"\nwhy = \"z\"\n[[alias]]\nkey = \"a/c\"\nepoch = \"y\"\nwhy = \"z\"";
        assert!(matches!(Aliases::parse(twice), Err(AliasError::Duplicate(_))));
        assert!(matches!(
            Aliases::parse("[[alias]]\nkey = \"a/b\"\nepoch = \"y\"\nwhy = \"z\"\nextra = 1"),
            Err(AliasError::Syntax(_))
        ));
    }
}
