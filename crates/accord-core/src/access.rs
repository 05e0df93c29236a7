//! The access decision: the one place that says whether a principal may do an action.
//!
//! Every exit (HTTP API, web pages, CLI) asks [`authorize`]; nothing else compares roles.
//! The full role × action table is tested below and in the server's integration tests.

use serde::{Deserialize, Serialize};

use crate::id::{OrgId, UserId};
use crate::member::Role;

/// What an API token may be used for. A token never grants more than its user's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Read what the user may read.
    Read,
    /// Create and change content (registry entries, reports, votes, drafts).
    Write,
    /// Manage members, users and tokens.
    Admin,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Read, Scope::Write, Scope::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
            Scope::Admin => "admin",
        }
    }

    pub fn parse(value: &str) -> Option<Scope> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }
}

/// Everything a principal can ask to do. Later parts of the node add their actions here so
/// that the table stays in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Public pages and public data (the member directory, published records).
    ViewPublic,
    /// Content shared with the node's community (member-only records, the audit trail).
    ViewCommunity,
    /// See user accounts (e-mail addresses are personal data).
    ViewUsers,
    /// Add or change organisations.
    ManageOrganisations,
    /// Add or change user accounts and their roles.
    ManageUsers,
    /// Create, list and revoke one's own API tokens.
    ManageOwnTokens,
    /// List and revoke anyone's API tokens.
    ManageAnyToken,
    /// Take part: vote, comment, submit reports.
    Participate,
    /// Create and edit content: registry entries, rule packs, drafts.
    EditContent,
    /// Review submissions: triage, moderation, publication decisions.
    ReviewContent,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::ViewPublic,
        Action::ViewCommunity,
        Action::ViewUsers,
        Action::ManageOrganisations,
        Action::ManageUsers,
        Action::ManageOwnTokens,
        Action::ManageAnyToken,
        Action::Participate,
        Action::EditContent,
        Action::ReviewContent,
    ];

    /// The token scope an action needs when the principal came in with a token.
    pub fn scope(self) -> Scope {
        match self {
            Action::ViewPublic | Action::ViewCommunity | Action::ViewUsers => Scope::Read,
            Action::Participate | Action::EditContent | Action::ReviewContent => Scope::Write,
            Action::ManageOrganisations | Action::ManageUsers | Action::ManageOwnTokens | Action::ManageAnyToken => {
                Scope::Admin
            }
        }
    }

    /// The role table. `None` means anonymous visitors may do it.
    fn allowed_for(self, role: Option<Role>) -> bool {
        use Action::*;
        use Role::*;
        match (self, role) {
            (ViewPublic, _) => true,
            (_, None) => false,
            (ViewCommunity | ManageOwnTokens | Participate, Some(_)) => true,
            (EditContent, Some(r)) => matches!(r, Editor | Admin),
            (ReviewContent, Some(r)) => matches!(r, Reviewer | Admin),
            (ViewUsers | ManageOrganisations | ManageUsers | ManageAnyToken, Some(r)) => r == Admin,
        }
    }
}

/// May `principal` change content that `owner` published? Editors change their own
/// organisation's content; content no organisation owns (the operator's imports) and other
/// organisations' content only administrators and the operator change.
pub fn authorize_owned(principal: &Principal, owner: Option<OrgId>) -> Result<(), Denied> {
    authorize(principal, Action::EditContent)?;
    match principal {
        Principal::Operator => Ok(()),
        Principal::User { role: Role::Admin, .. } => Ok(()),
        Principal::User { org_id, .. } if owner == Some(*org_id) => Ok(()),
        _ => Err(Denied::Forbidden),
    }
}

/// Who is asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Principal {
    /// A visitor who has not signed in.
    Anonymous,
    /// A signed-in user, through a browser session (all scopes) or an API token (its scopes).
    User { user_id: UserId, org_id: OrgId, role: Role, scopes: Option<Vec<Scope>> },
    /// The operator at the node's console (the `accord` CLI with access to the data directory).
    /// Whoever can read the data directory already controls the node.
    Operator,
}

impl Principal {
    pub fn user_id(&self) -> Option<UserId> {
        match self {
            Principal::User { user_id, .. } => Some(*user_id),
            _ => None,
        }
    }

    pub fn role(&self) -> Option<Role> {
        match self {
            Principal::User { role, .. } => Some(*role),
            Principal::Operator => Some(Role::Admin),
            Principal::Anonymous => None,
        }
    }
}

/// Why an action was refused. The HTTP layer maps these to 401 and 403.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("sign in or send an API token to do this")]
    NotAuthenticated,
    #[error("your role does not allow this action")]
    Forbidden,
    #[error("this API token lacks the `{}` scope needed for this action", .0.as_str())]
    InsufficientScope(Scope),
}

/// Decides whether `principal` may do `action`.
pub fn authorize(principal: &Principal, action: Action) -> Result<(), Denied> {
    match principal {
        Principal::Operator => Ok(()),
        Principal::Anonymous => {
            if action.allowed_for(None) {
                Ok(())
            } else {
                Err(Denied::NotAuthenticated)
            }
        }
        Principal::User { role, scopes, .. } => {
            if !action.allowed_for(Some(*role)) {
                return Err(Denied::Forbidden);
            }
            match scopes {
                Some(scopes) if !scopes.contains(&action.scope()) => Err(Denied::InsufficientScope(action.scope())),
                _ => Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn user(role: Role, scopes: Option<Vec<Scope>>) -> Principal {
        Principal::User { user_id: UserId(Uuid::nil()), org_id: OrgId(Uuid::nil()), role, scopes }
    }

    /// The role × action table, written out in full so a change to it is a visible diff.
    /// Columns: anonymous, member, reviewer, editor, admin.
    #[test]
    fn role_action_table() {
        use Action::*;
        let table: [(Action, [bool; 5]); 10] = [
            (ViewPublic, [true, true, true, true, true]),
            (ViewCommunity, [false, true, true, true, true]),
            (ViewUsers, [false, false, false, false, true]),
            (ManageOrganisations, [false, false, false, false, true]),
            (ManageUsers, [false, false, false, false, true]),
            (ManageOwnTokens, [false, true, true, true, true]),
            (ManageAnyToken, [false, false, false, false, true]),
            (Participate, [false, true, true, true, true]),
            (EditContent, [false, false, false, true, true]),
            (ReviewContent, [false, false, true, false, true]),
        ];
        assert_eq!(table.len(), Action::ALL.len(), "every action is in the table");
        for (action, expected) in table {
            let principals = [
                Principal::Anonymous,
                user(Role::Member, None),
                user(Role::Reviewer, None),
                user(Role::Editor, None),
                user(Role::Admin, None),
            ];
            for (p, want) in principals.iter().zip(expected) {
                assert_eq!(authorize(p, action).is_ok(), want, "{action:?} for {p:?}");
            }
            assert!(authorize(&Principal::Operator, action).is_ok());
        }
    }

    #[test]
    fn anonymous_is_told_to_sign_in_and_users_are_told_forbidden() {
        assert_eq!(authorize(&Principal::Anonymous, Action::ManageUsers), Err(Denied::NotAuthenticated));
        assert_eq!(authorize(&user(Role::Member, None), Action::ManageUsers), Err(Denied::Forbidden));
    }

    #[test]
    fn tokens_never_exceed_their_scopes_nor_their_role() {
        let read_only_admin = user(Role::Admin, Some(vec![Scope::Read]));
        assert!(authorize(&read_only_admin, Action::ViewUsers).is_ok());
        assert_eq!(authorize(&read_only_admin, Action::ManageUsers), Err(Denied::InsufficientScope(Scope::Admin)));
        assert_eq!(authorize(&read_only_admin, Action::EditContent), Err(Denied::InsufficientScope(Scope::Write)));
    }

    #[test]
    fn owned_content_is_changed_by_its_organisation_or_an_admin() {
        let mine = OrgId(uuid::Uuid::from_u128(1));
        let theirs = OrgId(uuid::Uuid::from_u128(2));
        let editor =
            Principal::User { user_id: UserId(uuid::Uuid::nil()), org_id: mine, role: Role::Editor, scopes: None };
        assert!(authorize_owned(&editor, Some(mine)).is_ok());
        assert_eq!(authorize_owned(&editor, None), Err(Denied::Forbidden), "imports are not up for grabs");
        assert_eq!(authorize_owned(&editor, Some(theirs)), Err(Denied::Forbidden));
        let admin =
            Principal::User { user_id: UserId(uuid::Uuid::nil()), org_id: mine, role: Role::Admin, scopes: None };
        assert!(authorize_owned(&admin, Some(theirs)).is_ok());
        assert!(authorize_owned(&Principal::Operator, Some(theirs)).is_ok());
        let member =
            Principal::User { user_id: UserId(uuid::Uuid::nil()), org_id: mine, role: Role::Member, scopes: None };
        assert_eq!(authorize_owned(&member, Some(mine)), Err(Denied::Forbidden));
        assert_eq!(authorize_owned(&Principal::Anonymous, None), Err(Denied::NotAuthenticated));

        // An admin-scoped token of a plain member is still a member.
        let member_with_all_scopes = user(Role::Member, Some(Scope::ALL.to_vec()));
        assert_eq!(authorize(&member_with_all_scopes, Action::ManageUsers), Err(Denied::Forbidden));
        assert!(authorize(&member_with_all_scopes, Action::ManageOwnTokens).is_ok());
    }
}
