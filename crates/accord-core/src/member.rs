//! Member organisations, users and roles.

use serde::{Deserialize, Serialize};

use crate::validate::{Invalid, Problem, optional_text, required_text};

/// The kinds of organisation that take part in a node's community.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    StateInstitution,
    Regulator,
    InternationalOrganisation,
    Company,
    ResearchInstitution,
    DeveloperCommunity,
    IndividualExpert,
}

impl OrgKind {
    pub const ALL: [OrgKind; 7] = [
        OrgKind::StateInstitution,
        OrgKind::Regulator,
        OrgKind::InternationalOrganisation,
        OrgKind::Company,
        OrgKind::ResearchInstitution,
        OrgKind::DeveloperCommunity,
        OrgKind::IndividualExpert,
    ];

    /// The stable wire and storage name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::StateInstitution => "state_institution",
            OrgKind::Regulator => "regulator",
            OrgKind::InternationalOrganisation => "international_organisation",
            OrgKind::Company => "company",
            OrgKind::ResearchInstitution => "research_institution",
            OrgKind::DeveloperCommunity => "developer_community",
            OrgKind::IndividualExpert => "individual_expert",
        }
    }

    pub fn parse(field: &str, value: &str) -> Result<Self, Invalid> {
        let v = value.trim();
        Self::ALL.into_iter().find(|k| k.as_str() == v).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Self::ALL.iter().map(|k| k.as_str()).collect() })
        })
    }
}

/// A user's role inside the node. Anonymous visitors have no role at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Takes part: reads member content, votes, reports, manages own tokens.
    Member,
    /// Reviews submissions (incident triage, moderation).
    Reviewer,
    /// Writes and edits content (registry entries, rule packs, drafts).
    Editor,
    /// Runs the node: members, users, every token.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Editor, Role::Reviewer, Role::Member];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Reviewer => "reviewer",
            Role::Member => "member",
        }
    }

    pub fn parse(field: &str, value: &str) -> Result<Self, Invalid> {
        let v = value.trim();
        Self::ALL.into_iter().find(|r| r.as_str() == v).ok_or_else(|| {
            Invalid::new(field, Problem::NotAllowed { allowed: Self::ALL.iter().map(|r| r.as_str()).collect() })
        })
    }
}

pub const NAME_MAX: usize = 200;
pub const URL_MAX: usize = 500;
pub const EMAIL_MAX: usize = 254;
pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 256;

/// A validated new organisation (without id and time: the node adds those).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrgKind,
    /// ISO 3166-1 alpha-2, upper case; `None` for international bodies.
    pub country: Option<String>,
    pub website: Option<String>,
}

impl OrganisationDraft {
    pub fn new(name: &str, kind: OrgKind, country: Option<&str>, website: Option<&str>) -> Result<Self, Invalid> {
        Ok(Self {
            name: required_text("name", name, NAME_MAX)?,
            kind,
            country: country.map(country_code).transpose()?.flatten(),
            website: website.map(web_url).transpose()?.flatten(),
        })
    }
}

/// ISO 3166-1 alpha-2 shape check (two Latin letters), returned upper case.
pub fn country_code(value: &str) -> Result<Option<String>, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.len() == 2 && v.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(Some(v.to_ascii_uppercase()))
    } else {
        Err(Invalid::new("country", Problem::Malformed { expected: "a two-letter ISO 3166-1 country code such as FR" }))
    }
}

fn web_url(value: &str) -> Result<Option<String>, Invalid> {
    let Some(v) = optional_text("website", value, URL_MAX)? else { return Ok(None) };
    let lower = v.to_ascii_lowercase();
    let host_part = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    match host_part {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => Ok(Some(v)),
        _ => Err(Invalid::new("website", Problem::Malformed { expected: "an http:// or https:// address" })),
    }
}

/// Normalises an e-mail address (trimmed, lower case) after a shape check.
///
/// Deliberately loose: the only thing we rely on is that it identifies one account.
pub fn email(value: &str) -> Result<String, Invalid> {
    let v = required_text("email", value, EMAIL_MAX)?.to_lowercase();
    let mut parts = v.split('@');
    let (local, domain) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let well_formed = parts.next().is_none()
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !v.contains(char::is_whitespace);
    if well_formed {
        Ok(v)
    } else {
        Err(Invalid::new("email", Problem::Malformed { expected: "an e-mail address such as name@example.org" }))
    }
}

/// Checks a new password's length (in characters). Strength beyond length is left to the
/// member's own policy and password manager.
pub fn password(value: &str) -> Result<(), Invalid> {
    let n = value.chars().count();
    if n < PASSWORD_MIN {
        return Err(Invalid::new("password", Problem::Malformed { expected: "at least 10 characters long" }));
    }
    if n > PASSWORD_MAX {
        return Err(Invalid::new("password", Problem::TooLong { max: PASSWORD_MAX }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_drafts_are_validated_field_by_field() {
        let ok = OrganisationDraft::new(
            " AI Safety Institute ",
            OrgKind::StateInstitution,
            Some("gb"),
            Some("https://aisi.example"),
        )
        .unwrap();
        assert_eq!(ok.name, "AI Safety Institute");
        assert_eq!(ok.country.as_deref(), Some("GB"));

        let intl = OrganisationDraft::new("OECD", OrgKind::InternationalOrganisation, Some(""), None).unwrap();
        assert_eq!(intl.country, None);

        assert_eq!(OrganisationDraft::new("", OrgKind::Company, None, None).unwrap_err().field, "name");
        assert_eq!(OrganisationDraft::new("X", OrgKind::Company, Some("FRA"), None).unwrap_err().field, "country");
        assert_eq!(OrganisationDraft::new("X", OrgKind::Company, None, Some("ftp://x")).unwrap_err().field, "website");
        assert_eq!(
            OrganisationDraft::new(&"x".repeat(NAME_MAX + 1), OrgKind::Company, None, None).unwrap_err().problem,
            Problem::TooLong { max: NAME_MAX }
        );
    }

    #[test]
    fn kinds_and_roles_parse_only_their_names() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse("kind", k.as_str()).unwrap(), k);
        }
        for r in Role::ALL {
            assert_eq!(Role::parse("role", r.as_str()).unwrap(), r);
        }
        assert!(OrgKind::parse("kind", "ngo").is_err());
        assert!(Role::parse("role", "root").is_err());
    }

    #[test]
    fn emails_are_normalised_and_shape_checked() {
        assert_eq!(email(" Ana@Example.ORG ").unwrap(), "ana@example.org");
        for bad in ["", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "a@b@c.org", "ana@.org"] {
            assert!(email(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn passwords_need_ten_characters() {
        assert!(password("short").is_err());
        assert!(password("correct horse").is_ok());
        assert!(password(&"p".repeat(PASSWORD_MAX + 1)).is_err());
    }
}
