//! A licence's openness as one class, for filters and the list's badges. The full picture (five
//! dimensions in plain words) is on the licence itself; a class is only a summary of it.

use serde::Serialize;

use crate::licence::{CommercialUse, Licence, UseRestrictions, WeightsAccess};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LicenceClass {
    /// Free and open-source: use, study, change and share, including commercially.
    Open,
    /// Weights can be shared and used commercially, but with conditions: use restrictions,
    /// user caps, acceptable-use policies (Llama, Gemma, RAIL licences).
    OpenRestricted,
    /// No commercial use, or research only.
    NonCommercial,
    /// The weights may not be shared.
    Proprietary,
    /// Not stated, or a licence the table does not know.
    Unknown,
}

impl LicenceClass {
    pub const ALL: [LicenceClass; 5] = [
        LicenceClass::Open,
        LicenceClass::OpenRestricted,
        LicenceClass::NonCommercial,
        LicenceClass::Proprietary,
        LicenceClass::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LicenceClass::Open => "open",
            LicenceClass::OpenRestricted => "open_restricted",
            LicenceClass::NonCommercial => "non_commercial",
            LicenceClass::Proprietary => "proprietary",
            LicenceClass::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<LicenceClass> {
        LicenceClass::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// The class of a licence (`None`: no licence known).
pub fn classify(licence: Option<&Licence>) -> LicenceClass {
    let Some(l) = licence else { return LicenceClass::Unknown };
    if l.foss == Some(true) {
        return LicenceClass::Open;
    }
    match (l.commercial_use.value, l.use_restrictions.value, l.weights.value) {
        (CommercialUse::No, _, _) | (_, UseRestrictions::ResearchOnly, _) => LicenceClass::NonCommercial,
        (_, _, WeightsAccess::Closed) => LicenceClass::Proprietary,
        (_, _, WeightsAccess::Open | WeightsAccess::Gated) => LicenceClass::OpenRestricted,
        (_, _, WeightsAccess::NotApplicable) => LicenceClass::Unknown,
    }
}

/// The class Epoch AI's "Model accessibility" implies, for entries whose licence is not known:
/// `Open weights (unrestricted)`, `(restricted use)`, `(non-commercial)`, `Unreleased`,
/// `API access`, `Hosted access (no API)`.
pub fn classify_accessibility(text: &str) -> Option<LicenceClass> {
    let t = text.trim().to_ascii_lowercase();
    if t.starts_with("open weights") {
        Some(if t.contains("unrestricted") {
            LicenceClass::Open
        } else if t.contains("non-commercial") || t.contains("noncommercial") {
            LicenceClass::NonCommercial
        } else {
            LicenceClass::OpenRestricted
        })
    } else if t.starts_with("unreleased") || t.starts_with("api access") || t.starts_with("hosted access") {
        Some(LicenceClass::Proprietary)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_accessibility_maps_to_a_class() {
        assert_eq!(classify_accessibility("Open weights (unrestricted)"), Some(LicenceClass::Open));
        assert_eq!(classify_accessibility("Open weights (restricted use)"), Some(LicenceClass::OpenRestricted));
        assert_eq!(classify_accessibility("Open weights (non-commercial)"), Some(LicenceClass::NonCommercial));
        assert_eq!(classify_accessibility("API access"), Some(LicenceClass::Proprietary));
        assert_eq!(classify_accessibility("Hosted access (no API)"), Some(LicenceClass::Proprietary));
        assert_eq!(classify_accessibility(""), None);
    }
}
