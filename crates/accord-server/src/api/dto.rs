//! Wire types of the API. Domain types stay free of HTTP concerns; these are what clients see.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use accord_core::command::rfc3339;
use accord_core::{AuditEvent, Organisation, Token, User};

/// A member organisation.
#[derive(Serialize, ToSchema)]
pub struct OrganisationDto {
    #[schema(format = Uuid)]
    pub id: String,
    pub name: String,
    /// One of `state_institution`, `regulator`, `international_organisation`, `company`,
    /// `research_institution`, `developer_community`, `individual_expert`.
    pub kind: String,
    /// ISO 3166-1 alpha-2; absent for international bodies.
    pub country: Option<String>,
    pub website: Option<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl From<Organisation> for OrganisationDto {
    fn from(o: Organisation) -> Self {
        Self {
            id: o.id.to_string(),
            name: o.name,
            kind: o.kind.as_str().into(),
            country: o.country,
            website: o.website,
            created_at: rfc3339(o.created_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationPage {
    pub items: Vec<OrganisationDto>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A new organisation.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    /// 1–200 characters, in the organisation's own language.
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub website: Option<String>,
}

/// A user account.
#[derive(Serialize, ToSchema)]
pub struct UserDto {
    #[schema(format = Uuid)]
    pub id: String,
    #[schema(format = Uuid)]
    pub organisation: String,
    pub email: String,
    pub display_name: String,
    /// `admin`, `editor`, `reviewer` or `member`.
    pub role: String,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        Self {
            id: u.id.to_string(),
            organisation: u.organisation.to_string(),
            email: u.email,
            display_name: u.display_name,
            role: u.role.as_str().into(),
            created_at: rfc3339(u.created_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct UserPage {
    pub items: Vec<UserDto>,
    pub next_cursor: Option<String>,
}

/// A new user account.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    #[schema(format = Uuid)]
    pub organisation: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// At least 10 characters; omit for an account that only uses API tokens.
    pub password: Option<String>,
}

/// An API token (never its secret).
#[derive(Serialize, ToSchema)]
pub struct TokenDto {
    #[schema(format = Uuid)]
    pub id: String,
    #[schema(format = Uuid)]
    pub user: String,
    pub name: String,
    /// The first characters of the secret, to tell tokens apart.
    pub prefix: String,
    /// Any of `read`, `write`, `admin`.
    pub scopes: Vec<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub expires_at: Option<String>,
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
}

impl From<Token> for TokenDto {
    fn from(t: Token) -> Self {
        Self {
            id: t.id.to_string(),
            user: t.user.to_string(),
            name: t.name,
            prefix: t.prefix,
            scopes: t.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
            created_at: rfc3339(t.created_at),
            expires_at: t.expires_at.map(rfc3339),
            revoked_at: t.revoked_at.map(rfc3339),
            last_used_at: t.last_used_at.map(rfc3339),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct TokenPage {
    pub items: Vec<TokenDto>,
    pub next_cursor: Option<String>,
}

/// A new API token.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// 1–100 characters: what uses the token.
    pub name: String,
    /// At least one of `read`, `write`, `admin`.
    pub scopes: Vec<String>,
    /// Lifetime in days (default 90, at most the node's `auth.token_max_days`).
    pub expires_in_days: Option<i64>,
    /// Whose token (admins only); the caller's own by default.
    #[schema(format = Uuid)]
    pub user: Option<String>,
}

/// A created token with its secret. The secret is shown here once and never again.
#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    pub token: TokenDto,
    pub secret: String,
}

/// Sign-in with e-mail address and password.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    pub email: String,
    pub password: String,
}

/// An open session: the cookie is set by the response; send `csrf_token` as `X-CSRF-Token`
/// with every state-changing request made with the cookie.
#[derive(Serialize, ToSchema)]
pub struct SessionDto {
    pub user: UserDto,
    pub csrf_token: String,
    #[schema(format = DateTime)]
    pub expires_at: String,
}

/// Who the caller is.
#[derive(Serialize, ToSchema)]
pub struct MeDto {
    pub user: UserDto,
    /// `session` or `token`.
    pub authenticated_by: String,
    /// The token's scopes; all scopes for a session.
    pub scopes: Vec<String>,
}

/// One entry of the audit trail.
#[derive(Serialize, ToSchema)]
pub struct AuditEventDto {
    pub seq: i64,
    #[schema(format = Uuid)]
    pub id: String,
    #[schema(format = DateTime)]
    pub at: String,
    /// `user`, `operator` or `system`.
    pub actor_kind: String,
    pub actor_user: Option<String>,
    pub actor_organisation: Option<String>,
    /// Dotted action name, e.g. `organisation.create`.
    pub action: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub public: bool,
    #[schema(value_type = Object)]
    pub payload: Value,
}

impl From<AuditEvent> for AuditEventDto {
    fn from(e: AuditEvent) -> Self {
        Self {
            seq: e.seq,
            id: e.id.to_string(),
            at: rfc3339(e.at),
            actor_kind: e.actor_kind,
            actor_user: e.actor_user.map(|u| u.to_string()),
            actor_organisation: e.actor_organisation.map(|o| o.to_string()),
            action: e.action,
            subject_kind: e.subject_kind,
            subject_id: e.subject_id,
            public: e.public,
            payload: e.payload,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditEventDto>,
    pub next_cursor: Option<String>,
}

/// Liveness.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the process answers.
    pub status: String,
    pub version: String,
}

/// Readiness: the database answers.
#[derive(Serialize, ToSchema)]
pub struct Ready {
    /// `ready` or `unavailable`.
    pub status: String,
    pub storage: String,
}
