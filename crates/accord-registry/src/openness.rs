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
