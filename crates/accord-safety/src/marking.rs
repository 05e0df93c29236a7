//! Markings: MISP's distribution levels (who the record is *sent* to) and TLP 2.0 (how the
//! recipients may *handle* it). Two separate axes, as MISP keeps them (reference §4.2, §4.4);
//! [`crate::access`] joins them into the one audience.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use accord_core::validate::{Invalid, Problem};

/// The Traffic Light Protocol 2.0 label (FIRST, first.org/tlp, authoritative since August 2022).
/// Labels are never translated; they are written in capitals without spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tlp {
    /// No limit on disclosure beyond copyright (replaces TLP 1.0 WHITE).
    #[serde(rename = "TLP:CLEAR")]
    Clear,
    /// Shareable within the community, not publicly.
    #[serde(rename = "TLP:GREEN")]
    Green,
    /// The recipients' organisations and their clients, need to know.
    #[serde(rename = "TLP:AMBER")]
    Amber,
    /// The recipients' organisations only.
    #[serde(rename = "TLP:AMBER+STRICT")]
    AmberStrict,
    /// The named recipients only.
    #[serde(rename = "TLP:RED")]
    Red,
}

impl Tlp {
    /// Least to most restrictive; `Ord` follows this order.
    pub const ALL: [Tlp; 5] = [Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::AmberStrict, Tlp::Red];

    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Clear => "TLP:CLEAR",
            Tlp::Green => "TLP:GREEN",
            Tlp::Amber => "TLP:AMBER",
            Tlp::AmberStrict => "TLP:AMBER+STRICT",
            Tlp::Red => "TLP:RED",
        }
    }

    /// The short form used in URLs and forms (`clear`, `green`, `amber`, `amber+strict`, `red`).
    pub fn slug(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    /// Accepts `TLP:AMBER+STRICT`, `amber+strict`, `tlp:white` (TLP 1.0's name for CLEAR).
    pub fn parse(field: &str, value: &str) -> Result<Tlp, Invalid> {
        let v = value.trim().to_ascii_lowercase();
        let v = v.strip_prefix("tlp:").unwrap_or(&v);
        let v = if v == "white" { "clear" } else { v };
        Tlp::ALL.into_iter().find(|t| t.slug() == v).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Tlp::ALL.iter().map(|t| t.as_str()).collect() })
        })
    }

    /// The handling rule in FIRST's words, shortened; shown on the marking banner.
    pub fn handling(self) -> &'static str {
        match self {
            Tlp::Clear => "Disclosure is not limited.",
            Tlp::Green => "Limited disclosure: the community only, not publicly.",
            Tlp::Amber => "Limited disclosure: recipients' organisations and their clients, on a need-to-know basis.",
            Tlp::AmberStrict => "Limited disclosure: recipients' organisations only.",
            Tlp::Red => "For the named recipients only.",
        }
    }
}

/// MISP's distribution levels 0–4 (reference §4.2). Level 5, "inherit", exists in MISP for
/// attributes; here a report without its own marking simply takes its incident's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Distribution {
    /// 0: the owner organisation's members only.
    OrganisationOnly,
    /// 1: the organisations of this node.
    Community,
    /// 2: this node and the nodes it federates with (up to two hops, downgraded on each).
    ConnectedCommunities,
    /// 3: everyone.
    All,
    /// 4: a named sharing group of organisations.
    SharingGroup,
}

impl Distribution {
    pub const ALL: [Distribution; 5] = [
        Distribution::OrganisationOnly,
        Distribution::Community,
        Distribution::ConnectedCommunities,
        Distribution::All,
        Distribution::SharingGroup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Distribution::OrganisationOnly => "organisation_only",
            Distribution::Community => "community",
            Distribution::ConnectedCommunities => "connected_communities",
            Distribution::All => "all",
            Distribution::SharingGroup => "sharing_group",
        }
    }

    /// MISP's numeric level, for exchange with MISP tools.
    pub fn misp_level(self) -> u8 {
        match self {
            Distribution::OrganisationOnly => 0,
            Distribution::Community => 1,
            Distribution::ConnectedCommunities => 2,
            Distribution::All => 3,
            Distribution::SharingGroup => 4,
        }
    }

    /// Accepts the names above or MISP's numbers `0`–`4`.
    pub fn parse(field: &str, value: &str) -> Result<Distribution, Invalid> {
        let v = value.trim();
        Distribution::ALL.into_iter().find(|d| d.as_str() == v || d.misp_level().to_string() == v).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Distribution::ALL.iter().map(|d| d.as_str()).collect() })
        })
    }

    /// How far a level reaches, for "the most restrictive wins". A sharing group reaches fewer
    /// than the community; two different sharing groups are not comparable (see [`Marking::narrowest`]).
    fn reach(self) -> u8 {
        match self {
            Distribution::OrganisationOnly => 0,
            Distribution::SharingGroup => 1,
            Distribution::Community => 2,
            Distribution::ConnectedCommunities => 3,
            Distribution::All => 4,
        }
    }
}

/// A record's marking: where it may go and how it must be handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Marking {
    pub tlp: Tlp,
    pub distribution: Distribution,
    /// Set exactly when `distribution` is [`Distribution::SharingGroup`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_group: Option<Uuid>,
}

impl Marking {
    /// Public data such as the AIID, AVID and ATLAS imports.
    pub const PUBLIC: Marking = Marking { tlp: Tlp::Clear, distribution: Distribution::All, sharing_group: None };

    /// Builds a marking, checking that a sharing group is named exactly when the distribution
    /// asks for one.
    pub fn new(tlp: Tlp, distribution: Distribution, sharing_group: Option<Uuid>) -> Result<Marking, Invalid> {
        match (distribution, sharing_group) {
            (Distribution::SharingGroup, None) => Err(Invalid::new("sharing_group", Problem::Missing)),
            (Distribution::SharingGroup, Some(_)) => Ok(Marking { tlp, distribution, sharing_group }),
            (_, Some(_)) => Err(Invalid::new(
                "sharing_group",
                Problem::Malformed { expected: "empty unless the distribution is sharing_group" },
            )),
            (_, None) => Ok(Marking { tlp, distribution, sharing_group }),
        }
    }

    /// "The most restrictive wins" between an incident and one of its reports (MISP's rule for
    /// an event and its attributes): the stricter TLP and the narrower distribution. Two
    /// different sharing groups cannot be compared without their members, so the result falls
    /// to the owner organisation only: when in doubt, fewer people see it.
    pub fn narrowest(self, other: Marking) -> Marking {
        let tlp = self.tlp.max(other.tlp);
        let (distribution, sharing_group) = match (self.distribution, other.distribution) {
            (Distribution::SharingGroup, Distribution::SharingGroup) if self.sharing_group != other.sharing_group => {
                (Distribution::OrganisationOnly, None)
            }
            (a, b) if a.reach() <= b.reach() => (a, self.sharing_group),
            (_, b) => (b, other.sharing_group),
        };
        Marking { tlp, distribution, sharing_group }
    }

    /// May this record leave the node (feeds to outsiders, federation, STIX export to a file the
    /// operator hands on)? RED and AMBER+STRICT never go beyond their recipients' organisations;
    /// organisation-only and community-only records stay on the node (MISP: "not pushed").
    pub fn may_leave_node(self) -> bool {
        matches!(self.tlp, Tlp::Clear | Tlp::Green | Tlp::Amber)
            && matches!(self.distribution, Distribution::ConnectedCommunities | Distribution::All)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlp_names_parse_in_every_spelling_and_white_is_clear() {
        assert_eq!(Tlp::parse("tlp", "TLP:AMBER+STRICT").unwrap(), Tlp::AmberStrict);
        assert_eq!(Tlp::parse("tlp", " red ").unwrap(), Tlp::Red);
        assert_eq!(Tlp::parse("tlp", "tlp:white").unwrap(), Tlp::Clear);
        let err = Tlp::parse("tlp", "amber strict").unwrap_err();
        assert_eq!(err.field, "tlp");
        assert!(err.to_string().contains("TLP:AMBER+STRICT"), "{err}");
        for t in Tlp::ALL {
            assert_eq!(Tlp::parse("t", t.as_str()).unwrap(), t);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
    }

    #[test]
    fn distribution_accepts_misp_numbers() {
        assert_eq!(Distribution::parse("d", "0").unwrap(), Distribution::OrganisationOnly);
        assert_eq!(Distribution::parse("d", "sharing_group").unwrap(), Distribution::SharingGroup);
        assert!(Distribution::parse("d", "5").is_err(), "inherit is not a record's own level");
    }

    #[test]
    fn a_sharing_group_is_named_exactly_when_needed() {
        let g = Uuid::from_u128(7);
        assert!(Marking::new(Tlp::Amber, Distribution::SharingGroup, Some(g)).is_ok());
        assert_eq!(Marking::new(Tlp::Amber, Distribution::SharingGroup, None).unwrap_err().problem, Problem::Missing);
        assert!(Marking::new(Tlp::Amber, Distribution::Community, Some(g)).is_err());
    }

    #[test]
    fn the_most_restrictive_marking_wins() {
        let g1 = Uuid::from_u128(1);
        let g2 = Uuid::from_u128(2);
        let public = Marking::PUBLIC;
        let red_org = Marking::new(Tlp::Red, Distribution::OrganisationOnly, None).unwrap();
        let amber_g1 = Marking::new(Tlp::Amber, Distribution::SharingGroup, Some(g1)).unwrap();
        let green_g2 = Marking::new(Tlp::Green, Distribution::SharingGroup, Some(g2)).unwrap();
        assert_eq!(public.narrowest(red_org), red_org);
        assert_eq!(red_org.narrowest(public), red_org);
        assert_eq!(public.narrowest(amber_g1), amber_g1);
        let crossed = amber_g1.narrowest(green_g2);
        assert_eq!(crossed.tlp, Tlp::Amber);
        assert_eq!(crossed.distribution, Distribution::OrganisationOnly);
        assert_eq!(crossed.sharing_group, None);
        assert_eq!(amber_g1.narrowest(amber_g1), amber_g1);
    }

    #[test]
    fn only_widely_distributed_unrestricted_records_leave_the_node() {
        assert!(Marking::PUBLIC.may_leave_node());
        let amber_all = Marking::new(Tlp::Amber, Distribution::All, None).unwrap();
        assert!(amber_all.may_leave_node());
        let strict_all = Marking::new(Tlp::AmberStrict, Distribution::All, None).unwrap();
        assert!(!strict_all.may_leave_node());
        let clear_community = Marking::new(Tlp::Clear, Distribution::Community, None).unwrap();
        assert!(!clear_community.may_leave_node());
    }
}
