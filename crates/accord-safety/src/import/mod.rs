//! Importers for the public AI-incident databases' published layouts, and the shared shape
//! they produce. Pure: the caller reads the files and hands over their contents, so a failed
//! parse never touches the node (all or nothing).

use std::collections::BTreeMap;

use crate::model::{Incident, Report};
use crate::taxonomy::Taxonomy;

/// What one import brings: records, the duplicate mapping, taxonomies, and non-fatal warnings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportSet {
    pub incidents: Vec<Incident>,
    pub reports: Vec<Report>,
    /// `duplicate key → canonical key`, as the source states it (resolved later).
    pub duplicates: BTreeMap<String, String>,
    pub taxonomies: Vec<Taxonomy>,
    /// Things skipped or repaired, each saying where and why; they do not stop the import.
    pub warnings: Vec<String>,
}

/// The files of a source directory, by path relative to it (`incidents.csv`,
/// `reports/2023/AVID-2023-R0001.json`). The caller reads only the paths the importer names.
pub type Files = BTreeMap<String, String>;

/// Why an import was refused: the file, the place in it (line, record or JSON path) and the
/// reason. Several problems are collected before giving up, so one run shows them all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct ImportError {
    pub problems: Vec<Problem>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {place}: {reason}")]
pub struct Problem {
    pub file: String,
    /// `line 12`, `record 3`, `$.objects[4].created`, or `file` for the whole file.
    pub place: String,
    pub reason: String,
}

impl ImportError {
    pub fn one(file: impl Into<String>, place: impl Into<String>, reason: impl Into<String>) -> Self {
        ImportError { problems: vec![Problem { file: file.into(), place: place.into(), reason: reason.into() }] }
    }
}

pub mod aiid;
pub mod atlas;
pub mod avid;

/// At most this many problems are listed in an [`ImportError`]; the rest are counted, so a
/// badly broken file gives a readable answer.
pub const MAX_PROBLEMS: usize = 20;

/// Collects the problems of one import run.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub(crate) fn push(&mut self, file: &str, place: impl Into<String>, reason: impl Into<String>) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem { file: file.to_owned(), place: place.into(), reason: reason.into() });
        } else {
            self.more += 1;
        }
    }

    /// The value when nothing went wrong; otherwise every problem and none of the value (an
    /// import is all or nothing).
    pub(crate) fn into_result<T>(mut self, value: T) -> Result<T, ImportError> {
        if self.list.is_empty() {
            return Ok(value);
        }
        if self.more > 0 {
            let reason = format!("{} more problems not listed", self.more);
            self.list.push(Problem { file: "(import)".into(), place: "after these".into(), reason });
        }
        Err(ImportError { problems: self.list })
    }
}

/// An entity id from a source's slug or name: lowercase ASCII letters, digits, `.`, `_` and `-`
/// (what [`crate::model::valid_key`] accepts), other runs of characters turned into one `-`,
/// cut to 64 characters. `None` when nothing is left.
pub(crate) fn slug(raw: &str) -> Option<String> {
    let mut out = String::new();
    for c in raw.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_owned();
    if out.len() > 64 {
        // ASCII only by now, so any byte index is a char boundary.
        out.truncate(64);
        out = out.trim_end_matches('-').to_owned();
    }
    (!out.is_empty()).then_some(out)
}

/// A readable name for a slug such as `elaine-herzberg` → `Elaine Herzberg` (AIID's snapshot
/// carries only entity ids; the names live in a collection it does not export).
pub(crate) fn readable(slug: &str) -> String {
    slug.split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Collects the source slugs that had to be rewritten to be keys, to report them once per file
/// rather than once per row.
#[derive(Debug, Default)]
pub(crate) struct SlugRepairs {
    repaired: BTreeMap<String, String>,
}

impl SlugRepairs {
    /// The id for a slug as the source wrote it, noting when it had to change.
    pub(crate) fn id(&mut self, raw: &str) -> Option<String> {
        let id = slug(raw)?;
        if id != raw {
            self.repaired.insert(raw.to_owned(), id.clone());
        }
        Some(id)
    }

    pub(crate) fn warn(self, file: &str, warnings: &mut Vec<String>) {
        if !self.repaired.is_empty() {
            let eg: Vec<String> = self.repaired.iter().take(3).map(|(a, b)| format!("`{a}` → `{b}`")).collect();
            warnings.push(format!(
                "{file}: {} entity slugs are not keys (letters, digits, '.', '_', '-', at most 64) and were rewritten, e.g. {}",
                self.repaired.len(),
                eg.join(", ")
            ));
        }
    }
}

/// A BCP 47 primary subtag for an ISO 639-2 code as AVID writes them (`eng`); two-letter codes
/// pass through.
pub(crate) fn lang_code(raw: &str) -> String {
    let l = raw.trim().to_ascii_lowercase();
    let two = match l.as_str() {
        "eng" => "en",
        "fra" | "fre" => "fr",
        "spa" => "es",
        "deu" | "ger" => "de",
        "zho" | "chi" => "zh",
        "ara" => "ar",
        "rus" => "ru",
        "jpn" => "ja",
        "kor" => "ko",
        "por" => "pt",
        "ita" => "it",
        "nld" | "dut" => "nl",
        _ => return l,
    };
    two.to_owned()
}

/// Is this text an http(s) URL the model accepts?
pub(crate) fn is_url(v: &str) -> bool {
    let v = v.trim();
    (v.starts_with("https://") || v.starts_with("http://")) && v.len() <= 2000 && !v.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_become_keys() {
        assert_eq!(slug("elaine-herzberg").as_deref(), Some("elaine-herzberg"));
        assert_eq!(slug("george-carlin's-estate").as_deref(), Some("george-carlin-s-estate"));
        assert_eq!(slug("lin-()").as_deref(), Some("lin"));
        assert_eq!(slug("Palo Alto Networks").as_deref(), Some("palo-alto-networks"));
        assert_eq!(slug("()"), None);
        let long = "a-".repeat(40);
        let s = slug(&long).unwrap();
        assert!(s.len() <= 64 && !s.ends_with('-'));
        assert!(crate::model::valid_key("id", &s).is_ok());
    }

    #[test]
    fn names_are_readable() {
        assert_eq!(readable("elaine-herzberg"), "Elaine Herzberg");
        assert_eq!(readable("yahoo!-mail-users"), "Yahoo! Mail Users");
        assert_eq!(lang_code("eng"), "en");
        assert_eq!(lang_code("fr"), "fr");
    }

    #[test]
    fn problems_are_capped_and_counted() {
        let mut p = Problems::default();
        for i in 0..25 {
            p.push("f.csv", format!("line {i}"), "bad");
        }
        let e = p.into_result(()).unwrap_err();
        assert_eq!(e.problems.len(), MAX_PROBLEMS + 1);
        assert!(e.to_string().contains("5 more problems"));
    }
}
