//! Duplicates are a mapping `duplicate → canonical`, never a deletion: the duplicate's page
//! redirects, its reports and classifications show under the canonical incident (AIID's
//! "remove duplicate", reference §1.5). The mapping can chain (342 → 88 → 1057 in the real
//! snapshot), so it is resolved transitively; a cycle is refused.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DuplicateError {
    #[error("duplicate mappings form a cycle: {}", .0.join(" → "))]
    Cycle(Vec<String>),
    #[error("an incident cannot be a duplicate of itself: {0}")]
    SelfLoop(String),
}

/// Resolves every duplicate to the end of its chain.
pub fn resolve(mapping: &BTreeMap<String, String>) -> Result<BTreeMap<String, String>, DuplicateError> {
    let mut resolved = BTreeMap::new();
    for start in mapping.keys() {
        let mut path = vec![start.clone()];
        let mut current = start;
        while let Some(next) = mapping.get(current) {
            if next == start && path.len() == 1 {
                return Err(DuplicateError::SelfLoop(start.clone()));
            }
            if path.contains(next) {
                path.push(next.clone());
                return Err(DuplicateError::Cycle(path));
            }
            path.push(next.clone());
            current = next;
        }
        resolved.insert(start.clone(), current.clone());
    }
    Ok(resolved)
}

/// Would adding `duplicate → canonical` to `mapping` keep it acyclic? Returns the resolved
/// canonical incident the duplicate will redirect to.
pub fn check_merge(
    mapping: &BTreeMap<String, String>,
    duplicate: &str,
    canonical: &str,
) -> Result<String, DuplicateError> {
    let mut with = mapping.clone();
    with.insert(duplicate.to_owned(), canonical.to_owned());
    let resolved = resolve(&with)?;
    Ok(resolved.get(duplicate).cloned().unwrap_or_else(|| canonical.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn chains_resolve_to_their_end() {
        let m = map(&[("342", "88"), ("88", "1057"), ("237", "120")]);
        let r = resolve(&m).unwrap();
        assert_eq!(r["342"], "1057");
        assert_eq!(r["88"], "1057");
        assert_eq!(r["237"], "120");
    }

    #[test]
    fn cycles_and_self_loops_are_refused_with_their_path() {
        let err = resolve(&map(&[("a", "b"), ("b", "c"), ("c", "a")])).unwrap_err();
        assert_eq!(err, DuplicateError::Cycle(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
        assert_eq!(resolve(&map(&[("a", "a")])).unwrap_err(), DuplicateError::SelfLoop("a".into()));
        let m = map(&[("a", "b")]);
        assert!(check_merge(&m, "b", "a").is_err());
        assert_eq!(check_merge(&m, "c", "a").unwrap(), "b");
    }
}
