//! Who may see a safety record: the one decision, used at every exit.
//!
//! A record's marking, owner and workflow status become a set of *audience tokens*; a viewer
//! becomes a set of *viewer tokens*; the record is visible iff the two sets meet. Because the
//! decision is a set intersection, the database (an `IN` over a token table) and the search
//! index (a `Should` over a token field) apply exactly the same rule inside their queries, so
//! lists, totals and facet counts are computed over visible records only — nothing leaks, not
//! even a count. [`can_see`] is the same rule in Rust, for single records and notifications.
//!
//! Tokens: `public` (everyone, signed in or not), `members` (every signed-in member of this
//! node), `org:<uuid>`, `sg:<uuid>` (a sharing group, resolved to its organisations when the
//! viewer's tokens are built, so a change of membership takes effect at once), and
//! `review:<token>` (reviewers who would be in that audience once the record is published).
//!
//! The node's administrators are not recipients by role: TLP is a handling instruction to the
//! people the source chose, and an administrator of the node sees marked content only as a
//! member of their own organisation. Only the operator at the console (who holds the data
//! directory anyway) reads everything.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use accord_core::id::OrgId;

use crate::marking::{Distribution, Marking, Tlp};

pub const PUBLIC: &str = "public";
pub const MEMBERS: &str = "members";

/// Where a record is in the intake workflow (submitted → triaged → published or rejected).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Submitted,
    Triaged,
    Published,
    Rejected,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Submitted, Status::Triaged, Status::Published, Status::Rejected];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::Triaged => "triaged",
            Status::Published => "published",
            Status::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }
}

fn org_token(org: OrgId) -> String {
    format!("org:{}", org.as_uuid())
}

fn group_token(group: Uuid) -> String {
    format!("sg:{group}")
}

/// The audience a marking grants, before the workflow is taken into account.
///
/// Distribution says whom the record is sent to; TLP caps it: anything but CLEAR is never
/// public, and RED reaches only the named recipients — the owner organisation, plus the
/// sharing group when the distribution names one.
pub fn audience(marking: Marking, owner: Option<OrgId>) -> BTreeSet<String> {
    let mut tokens = BTreeSet::new();
    let owner_token = owner.map(org_token);
    let named = |tokens: &mut BTreeSet<String>| {
        tokens.extend(owner_token.clone());
        if let Some(g) = marking.sharing_group {
            tokens.insert(group_token(g));
        }
    };
    if marking.tlp == Tlp::Red {
        named(&mut tokens);
        return tokens;
    }
    match marking.distribution {
        Distribution::OrganisationOnly | Distribution::SharingGroup => named(&mut tokens),
        Distribution::Community | Distribution::ConnectedCommunities => {
            tokens.insert(MEMBERS.to_owned());
        }
        Distribution::All => {
            tokens.insert(if marking.tlp == Tlp::Clear { PUBLIC } else { MEMBERS }.to_owned());
        }
    }
    tokens
}

/// The tokens stored with a record: its audience once published; before that (and after a
/// rejection) the owner organisation and the reviewers who would be in the audience.
pub fn record_tokens(marking: Marking, owner: Option<OrgId>, status: Status) -> BTreeSet<String> {
    let audience = audience(marking, owner);
    if status == Status::Published {
        return audience;
    }
    let mut tokens: BTreeSet<String> = audience.iter().map(|t| format!("review:{t}")).collect();
    tokens.extend(owner.map(org_token));
    tokens
}

/// The tokens of a report: "the most restrictive wins" between the report and its incident, in
/// audience terms — a report is never seen by anyone who cannot see its incident.
pub fn report_tokens(
    incident_marking: Marking,
    incident_owner: Option<OrgId>,
    report_marking: Marking,
    report_owner: Option<OrgId>,
    status: Status,
) -> BTreeSet<String> {
    let incident = audience(incident_marking, incident_owner);
    let report = audience(report_marking, report_owner);
    let both = intersect(&incident, &report);
    if status == Status::Published {
        return both;
    }
    let mut tokens: BTreeSet<String> = both.iter().map(|t| format!("review:{t}")).collect();
    // The submitting organisation follows its own report through review, but only if it can see
    // the incident the report is about.
    if let Some(owner) = report_owner {
        let t = org_token(owner);
        if incident.contains(PUBLIC) || incident.contains(MEMBERS) || incident.contains(&t) {
            tokens.insert(t);
        }
    }
    tokens
}

/// Intersection of two audiences, where `public` ⊇ `members` ⊇ any organisation or group.
/// An organisation and a group are treated as disjoint (membership is not known here), which
/// only ever narrows the result.
fn intersect(a: &BTreeSet<String>, b: &BTreeSet<String>) -> BTreeSet<String> {
    let level = |s: &BTreeSet<String>| {
        if s.contains(PUBLIC) {
            2
        } else if s.contains(MEMBERS) {
            1
        } else {
            0
        }
    };
    match (level(a), level(b)) {
        (2, _) => b.clone(),
        (_, 2) => a.clone(),
        (1, _) => b.clone(),
        (_, 1) => a.clone(),
        _ => a.intersection(b).cloned().collect(),
    }
}

/// Who is looking, as far as markings are concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The operator at the console: sees everything.
    Operator,
    /// Not signed in.
    Anonymous,
    /// A signed-in member of `org`, which belongs to `groups`; `reviewer` if their role reviews
    /// submissions.
    Member { org: OrgId, groups: Vec<Uuid>, reviewer: bool },
}

impl Viewer {
    /// The viewer's tokens; `None` for the operator, who is not filtered.
    pub fn tokens(&self) -> Option<Vec<String>> {
        match self {
            Viewer::Operator => None,
            Viewer::Anonymous => Some(vec![PUBLIC.to_owned()]),
            Viewer::Member { org, groups, reviewer } => {
                let mut own = vec![PUBLIC.to_owned(), MEMBERS.to_owned(), org_token(*org)];
                own.extend(groups.iter().map(|g| group_token(*g)));
                if *reviewer {
                    let review: Vec<String> = own.iter().map(|t| format!("review:{t}")).collect();
                    own.extend(review);
                }
                Some(own)
            }
        }
    }
}

/// The decision for one record: do the viewer's tokens meet the record's?
pub fn can_see(viewer: &Viewer, record: &BTreeSet<String>) -> bool {
    match viewer.tokens() {
        None => true,
        Some(tokens) => tokens.iter().any(|t| record.contains(t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(n: u128) -> OrgId {
        OrgId(Uuid::from_u128(n))
    }

    const OWNER: u128 = 1;
    const OTHER: u128 = 2;
    const GROUP_MEMBER: u128 = 3;
    const GROUP: u128 = 99;

    /// The viewers of the matrix.
    fn viewers() -> Vec<(&'static str, Viewer)> {
        vec![
            ("anonymous", Viewer::Anonymous),
            ("other organisation", Viewer::Member { org: org(OTHER), groups: vec![], reviewer: false }),
            ("other organisation's reviewer", Viewer::Member { org: org(OTHER), groups: vec![], reviewer: true }),
            (
                "sharing-group member",
                Viewer::Member { org: org(GROUP_MEMBER), groups: vec![Uuid::from_u128(GROUP)], reviewer: false },
            ),
            ("author's organisation", Viewer::Member { org: org(OWNER), groups: vec![], reviewer: false }),
            ("operator", Viewer::Operator),
        ]
    }

    /// Every marking × every viewer, written out so a change is a visible diff. Columns follow
    /// `viewers()`: anonymous, other org, other org's reviewer, group member, author's org, operator.
    #[test]
    fn published_visibility_matrix() {
        use Distribution::*;
        let g = Some(Uuid::from_u128(GROUP));
        let cases: Vec<(Tlp, Distribution, [bool; 6])> = vec![
            (Tlp::Clear, All, [true, true, true, true, true, true]),
            (Tlp::Clear, ConnectedCommunities, [false, true, true, true, true, true]),
            (Tlp::Clear, Community, [false, true, true, true, true, true]),
            (Tlp::Clear, SharingGroup, [false, false, false, true, true, true]),
            (Tlp::Clear, OrganisationOnly, [false, false, false, false, true, true]),
            (Tlp::Green, All, [false, true, true, true, true, true]),
            (Tlp::Green, Community, [false, true, true, true, true, true]),
            (Tlp::Amber, All, [false, true, true, true, true, true]),
            (Tlp::Amber, SharingGroup, [false, false, false, true, true, true]),
            (Tlp::AmberStrict, Community, [false, true, true, true, true, true]),
            (Tlp::AmberStrict, OrganisationOnly, [false, false, false, false, true, true]),
            (Tlp::Red, All, [false, false, false, false, true, true]),
            (Tlp::Red, Community, [false, false, false, false, true, true]),
            (Tlp::Red, SharingGroup, [false, false, false, true, true, true]),
            (Tlp::Red, OrganisationOnly, [false, false, false, false, true, true]),
        ];
        for (tlp, distribution, expected) in cases {
            let sg = if distribution == SharingGroup { g } else { None };
            let marking = Marking::new(tlp, distribution, sg).unwrap();
            let tokens = record_tokens(marking, Some(org(OWNER)), Status::Published);
            for ((name, viewer), want) in viewers().iter().zip(expected) {
                assert_eq!(can_see(viewer, &tokens), want, "{} {:?} for {name}", tlp.as_str(), distribution);
            }
        }
    }

    #[test]
    fn unpublished_records_reach_their_author_and_the_reviewers_of_their_audience_only() {
        let community = Marking::new(Tlp::Green, Distribution::Community, None).unwrap();
        let tokens = record_tokens(community, Some(org(OWNER)), Status::Submitted);
        let see: Vec<bool> = viewers().iter().map(|(_, v)| can_see(v, &tokens)).collect();
        assert_eq!(see, [false, false, true, false, true, true]);

        // A RED submission: no reviewer outside the author's organisation is in its audience.
        let red = Marking::new(Tlp::Red, Distribution::Community, None).unwrap();
        let tokens = record_tokens(red, Some(org(OWNER)), Status::Triaged);
        let see: Vec<bool> = viewers().iter().map(|(_, v)| can_see(v, &tokens)).collect();
        assert_eq!(see, [false, false, false, false, true, true]);
        let owner_reviewer = Viewer::Member { org: org(OWNER), groups: vec![], reviewer: true };
        assert!(can_see(&owner_reviewer, &tokens));
    }

    #[test]
    fn a_report_is_never_wider_than_its_incident() {
        let red = Marking::new(Tlp::Red, Distribution::OrganisationOnly, None).unwrap();
        // A public report on a RED incident stays inside the incident's audience.
        let tokens = report_tokens(red, Some(org(OWNER)), Marking::PUBLIC, Some(org(OTHER)), Status::Published);
        let see: Vec<bool> = viewers().iter().map(|(_, v)| can_see(v, &tokens)).collect();
        assert_eq!(see, [false, false, false, false, true, true]);
        // A submitted report from another organisation on that incident: its author cannot see
        // the incident, so it does not follow the report either.
        let tokens = report_tokens(red, Some(org(OWNER)), Marking::PUBLIC, Some(org(OTHER)), Status::Submitted);
        assert!(!can_see(&Viewer::Member { org: org(OTHER), groups: vec![], reviewer: false }, &tokens));
        // A RED report on a public incident.
        let tokens = report_tokens(Marking::PUBLIC, None, red, Some(org(OTHER)), Status::Published);
        let see: Vec<bool> = viewers().iter().map(|(_, v)| can_see(v, &tokens)).collect();
        assert_eq!(see, [false, true, true, false, false, true]);
    }

    #[test]
    fn imported_public_records_have_no_owner_and_are_public() {
        let tokens = record_tokens(Marking::PUBLIC, None, Status::Published);
        assert_eq!(tokens.into_iter().collect::<Vec<_>>(), vec![PUBLIC.to_owned()]);
    }

    #[test]
    fn a_viewer_with_no_matching_token_sees_nothing() {
        assert!(!can_see(&Viewer::Anonymous, &BTreeSet::new()));
        assert!(can_see(&Viewer::Operator, &BTreeSet::new()));
    }
}
