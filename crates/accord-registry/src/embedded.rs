//! Data compiled into the binary: the demo cards and Epoch AI table (`data/registry/`), and the
//! FMTI scores shown on every node. Each folder there carries its provenance and licence note.

use std::sync::OnceLock;

use crate::fmti::{FmtiVersion, Scorecard, Scorecards, developer_matches, parse_scores};

/// `(file name, text)` of every demo card, `data/registry/cards/*__*.md` (listed by `build.rs`).
pub const DEMO_CARDS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/demo_cards.rs"));

/// The Epoch AI snapshot the demo imports, and its label.
pub const DEMO_EPOCH: (&str, &str) =
    ("notable_ai_models_2025-04.csv", include_str!("../../../data/registry/epoch/notable_ai_models_2025-04.csv"));

const FMTI_FILES: [(FmtiVersion, &str, &str); 3] = [
    (
        FmtiVersion::Oct2023,
        include_str!("../../../data/registry/fmti/October2023_scores.csv"),
        include_str!("../../../data/registry/fmti/fmti-indicators.csv"),
    ),
    (
        FmtiVersion::May2024,
        include_str!("../../../data/registry/fmti/May2024_scores.csv"),
        include_str!("../../../data/registry/fmti/fmti-indicators.csv"),
    ),
    (
        FmtiVersion::Dec2025,
        include_str!("../../../data/registry/fmti/Dec2025_scores.csv"),
        include_str!("../../../data/registry/fmti/Dec2025_indicators.csv"),
    ),
];

/// Every FMTI edition, parsed once. An edition that fails to parse is left out (a unit test
/// makes sure none does).
pub fn fmti() -> &'static [Scorecards] {
    static EDITIONS: OnceLock<Vec<Scorecards>> = OnceLock::new();
    EDITIONS.get_or_init(|| FMTI_FILES.iter().filter_map(|(v, s, i)| parse_scores(*v, s, i).ok()).collect())
}

/// The scorecards, newest edition first, of the developers that are one of `organisations`.
pub fn scorecards_for(organisations: &[String]) -> Vec<Scorecard> {
    let mut out: Vec<Scorecard> = fmti()
        .iter()
        .flat_map(|e| e.cards.iter())
        .filter(|c| organisations.iter().any(|o| developer_matches(&c.developer, o)))
        .cloned()
        .collect();
    out.sort_by(|a, b| b.version.cmp(&a.version).then(a.developer.cmp(&b.developer)));
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_embedded_data_is_complete_and_parses() {
        assert_eq!(DEMO_CARDS.len(), 23, "every demo card, and not the licence note");
        assert_eq!(fmti().len(), 3, "every FMTI edition parses");
        let meta = scorecards_for(&["Meta AI".to_owned()]);
        assert_eq!(meta.len(), 3, "Meta is scored in all three editions");
        assert_eq!(meta[0].version, FmtiVersion::Dec2025);
        assert!(scorecards_for(&["Nobody Labs".to_owned()]).is_empty());
    }
}
