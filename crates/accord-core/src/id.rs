//! Typed ids. All ids are UUIDs (version 7 when made by a node) so that they are unique
//! across nodes and databases and sort by creation time.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// Wraps a UUID made by the caller (a node makes UUIDv7).
            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID inside.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s.trim()).map(Self)
            }
        }
    };
}

typed_id!(
    /// A member organisation.
    OrgId
);
typed_id!(
    /// A user account, always inside one organisation.
    UserId
);
typed_id!(
    /// An API token.
    TokenId
);
typed_id!(
    /// An entry of the audit trail.
    EventId
);
typed_id!(
    /// A saved assessment of a profile against the rule corpus.
    AssessmentId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = OrgId::from_uuid(Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001));
        let text = id.to_string();
        assert_eq!(text, "01900000-0000-7000-8000-000000000001");
        assert_eq!(text.parse::<OrgId>().unwrap(), id);
        assert!("not-a-uuid".parse::<OrgId>().is_err());
    }
}
