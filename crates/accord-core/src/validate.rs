//! Validation results that say what is wrong and where, in words a user can act on.

use std::fmt;

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The field is required and was empty.
    Missing,
    /// Longer than the limit, counted in characters.
    TooLong { max: usize },
    /// Not one of the allowed values.
    NotAllowed { allowed: Vec<&'static str> },
    /// Does not have the expected shape (e.g. an e-mail address).
    Malformed { expected: &'static str },
    /// Already taken by another record.
    Duplicate,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "is required"),
            Problem::TooLong { max } => write!(f, "is longer than {max} characters"),
            Problem::NotAllowed { allowed } => write!(f, "must be one of: {}", allowed.join(", ")),
            Problem::Malformed { expected } => write!(f, "must be {expected}"),
            Problem::Duplicate => write!(f, "is already in use"),
        }
    }
}

/// A rejected input: the field (a dotted path such as `name` or `scopes[1]`) and the problem.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field} {problem}")]
pub struct Invalid {
    pub field: String,
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self { field: field.into(), problem }
    }
}

/// Trims `value` and checks it is present and at most `max` characters long.
pub fn required_text(field: &str, value: &str, max: usize) -> Result<String, Invalid> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Invalid::new(field, Problem::Missing));
    }
    optional_text(field, trimmed, max).map(|v| v.unwrap_or_default())
}

/// Trims `value`; empty becomes `None`; longer than `max` characters is an error.
pub fn optional_text(field: &str, value: &str, max: usize) -> Result<Option<String>, Invalid> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    if trimmed.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    if trimmed.chars().any(|c| c.is_control()) {
        return Err(Invalid::new(field, Problem::Malformed { expected: "text without control characters" }));
    }
    Ok(Some(trimmed.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded_in_characters_not_bytes() {
        assert_eq!(required_text("name", "  Bureau  ", 10).unwrap(), "Bureau");
        // Ten Arabic letters are twenty bytes but ten characters.
        assert!(required_text("name", "ابتثجحخدذر", 10).is_ok());
        assert_eq!(
            required_text("name", "ابتثجحخدذرز", 10).unwrap_err(),
            Invalid::new("name", Problem::TooLong { max: 10 })
        );
        assert_eq!(required_text("name", "   ", 10).unwrap_err().problem, Problem::Missing);
        assert_eq!(optional_text("site", "", 10).unwrap(), None);
        assert!(optional_text("site", "a\u{0}b", 10).is_err());
    }
}
