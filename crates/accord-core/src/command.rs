//! Every state change a node makes, as data.
//!
//! Commands are applied by the one write path (`accord_node::Node::execute` →
//! `Store::apply`), which records each in the append-only audit trail in the same
//! transaction. The audit form of a command never carries secrets (password hashes, token
//! hashes, session ids): see [`Command::audit`].

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;

use crate::access::Scope;
use crate::id::{OrgId, TokenId, UserId};
use crate::member::{OrganisationDraft, Role};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    CreateOrganisation {
        id: OrgId,
        draft: OrganisationDraft,
    },
    CreateUser(NewUser),
    SetPassword {
        user: UserId,
        password_hash: String,
    },
    CreateToken(NewToken),
    RevokeToken {
        id: TokenId,
    },
    OpenSession(NewSession),
    CloseSession {
        user: UserId,
        session_hash: String,
    },
    /// Publishes a signing key (the node's or an organisation's).
    RegisterKey(NewKey),
    /// Retires a key: records published from now on must not be signed with it; what it
    /// signed before stays valid.
    RetireKey {
        key_id: String,
    },
    /// Saves an assessment (profile, date, result) as a published, signed record.
    SaveAssessment(Box<NewAssessment>),
    /// Registers a model or system in the registry, or publishes a new revision of it.
    PublishEntry(Box<EntryRevision>),
    /// Writes a version of a safety record (an incident or one of its reports): intake,
    /// review decisions, revisions and marking changes all land here.
    PutSafetyRecord(Box<SafetyRevision>),
    /// Marks `duplicate` as a duplicate of `canonical` (a redirect; nothing is deleted).
    MergeIncidents {
        duplicate: String,
        canonical: String,
        /// Both incidents are public: the log may name them. Otherwise it carries a digest.
        public: bool,
        digest: String,
        seal_id: String,
    },
    /// Creates a sharing group of member organisations.
    CreateSharingGroup(SharingGroupDraft),
    /// Replaces the organisations of a sharing group.
    SetSharingGroupMembers {
        id: uuid::Uuid,
        members: Vec<OrgId>,
    },
    // ---- alerts: saved searches and webhooks (accord-node/src/safety/alerts.rs) ----------
    /// Saves a search for its user, with the SHA-256 of the feed token that makes its Atom
    /// feed's capability URL (the token itself is shown once and never stored).
    CreateSavedSearch(Box<NewSavedSearch>),
    /// Removes a saved search: its feed answers 404 from now on.
    DeleteSavedSearch {
        id: uuid::Uuid,
        user: UserId,
    },
    /// Subscribes a URL to signed webhook deliveries of safety events.
    CreateWebhook(Box<NewWebhook>),
    /// Removes a webhook; its pending deliveries are cancelled.
    DeleteWebhook {
        id: uuid::Uuid,
        user: UserId,
    },
    // ---- resolutions: formal decisions of member bodies (`crate::resolution`) ------------
    /// A resolution's change: creation, amendments, the vote, the published result.
    Resolution(Box<crate::resolution::ResolutionCommand>),
    // ---- dialogue: Polis-style conversations (`crate::dialogue`) --------------------------
    /// Creates a conversation (`first`) or publishes a new version of it.
    PutConversation(Box<crate::dialogue::ConversationRevision>),
    /// Adds a statement (and its author as a participant, when new).
    AddStatement(Box<crate::dialogue::NewStatement>),
    /// A moderator's decision on a statement.
    ModerateStatement(crate::dialogue::StatementModeration),
    /// Up to 1,000 votes (and the participants first seen with them) as one record.
    CastVotes(Box<crate::dialogue::VoteBatch>),
    /// Stores the next version of a conversation's analysis result.
    SaveConversationResult(Box<crate::dialogue::ResultVersion>),
}

/// A saved search: a user's search, kept with its Atom feed's token hash.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSavedSearch {
    pub id: uuid::Uuid,
    pub user: UserId,
    /// The user's organisation when saved (the feed uses the user's organisation as it is now).
    pub organisation: OrgId,
    pub name: String,
    /// The search's parameters as given (`[["q", "…"], ["country", "FR"]]`).
    pub pairs: Vec<(String, String)>,
    /// The parsed search (an `accord_search::SearchQuery` as JSON), run by the feed and the
    /// webhooks that filter on it.
    pub search: Value,
    /// SHA-256 (hex) of the feed token. Never in the audit trail.
    pub feed_token_hash: String,
}

/// A webhook: where to POST signed events, which ones, and the secret that signs them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewWebhook {
    pub id: uuid::Uuid,
    pub user: UserId,
    pub organisation: OrgId,
    /// An `http` or `https` URL without user information.
    pub url: String,
    /// Only records that this saved search (of the same user) finds.
    pub saved_search: Option<uuid::Uuid>,
    /// Event names (`incident.published`, …).
    pub events: Vec<String>,
    /// The HMAC signing secret. Kept as is, not hashed: the node needs it to sign every
    /// delivery. Never in the audit trail and never shown after creation.
    pub secret: String,
}

/// `scheme://host[:port]` of a URL, for audit entries: paths and queries of webhook URLs often
/// carry secrets of their own (`https://hooks.example/T000/B000/XXXX`).
fn url_origin(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    format!("{scheme}://{host}")
}

/// A safety record version as the store keeps it. The node computes everything here from the
/// pure `accord_safety` types; the store only writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct SafetyRevision {
    /// `incident` or `report`.
    pub record: &'static str,
    pub key: String,
    /// For reports, the incident they are about.
    pub incident: Option<String>,
    /// True for the first version.
    pub first: bool,
    /// The opaque id under which the log records this record's versions.
    pub seal_id: String,
    /// What happened, for the audit trail: `incident.submit`, `incident.publish`, `report.mark`…
    pub action: &'static str,
    pub owner: Option<OrgId>,
    pub status: String,
    pub tlp: String,
    pub distribution: String,
    pub sharing_group: Option<uuid::Uuid>,
    /// Its audience is everyone and it is published: the log may carry its content. Otherwise
    /// the log and the audit trail carry only `content_sha256`, so that confidential records
    /// stay verifiable without leaking through the public log (reference §5.7).
    pub public: bool,
    pub tokens: Vec<String>,
    pub record_json: Value,
    pub title: String,
    pub kind: String,
    pub lang: String,
    pub date: Option<String>,
    pub source: String,
    /// SHA-256 (hex) of the canonical JSON of record, marking and status.
    pub content_sha256: String,
    /// Reports of this incident whose tokens change with it: a marking change reaches every copy.
    pub retoken: Vec<(String, Vec<String>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharingGroupDraft {
    pub id: uuid::Uuid,
    pub name: String,
    pub description: String,
    pub releasable_to: String,
    pub created_by: OrgId,
    pub members: Vec<OrgId>,
}

/// A registry entry as the store keeps it: the entry itself (`accord_registry::Entry` as
/// JSON, one layer per source), its card text, the columns lists filter on, and its lineage.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryRevision {
    /// `namespace/name`.
    pub key: String,
    /// `model` or `system`.
    pub kind: String,
    /// The member organisation that registered it by hand; imports by the operator have none.
    pub organisation: Option<OrgId>,
    /// True for the first version (`registry.register`), false for a revision (`registry.revise`).
    pub first: bool,
    pub entry: Value,
    /// The card's Markdown; its SHA-256 is what the signed record carries.
    pub card_markdown: Option<String>,
    pub card_sha256: Option<String>,
    pub columns: EntryColumns,
    /// This entry's parents; they replace the ones it had.
    pub parents: Vec<LineageEdge>,
}

/// The merged view's fields that lists filter and sort on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntryColumns {
    pub name: String,
    pub organisations: Vec<String>,
    pub countries: Vec<String>,
    pub modalities: Vec<String>,
    pub licence_id: String,
    /// The licence's openness class (`open`, `restricted`, `non_commercial`, …).
    pub licence_class: String,
    pub open_weights: Option<bool>,
    /// Cumulative training compute, FLOP.
    pub training_flop: Option<f64>,
    /// How the compute figure was obtained (`reported`, `hardware`, …).
    pub compute_method: Option<String>,
    pub release_date: Option<String>,
    /// The text full-text search reads (name, organisations, tags, the card's start).
    pub search_text: String,
}

/// `child → parent` in the lineage graph, as the store keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineageEdge {
    pub parent: String,
    pub relation: String,
    pub source: String,
    pub inferred: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAssessment {
    pub id: crate::AssessmentId,
    pub organisation: OrgId,
    pub user: UserId,
    pub name: String,
    /// `YYYY-MM-DD`.
    pub as_of: String,
    /// The facts, as the profile vocabulary names them.
    pub profile: Value,
    /// SHA-256 (hex) of the corpus the result was computed with.
    pub corpus_digest: String,
    /// The full report (`accord_rules::report`), kept as computed.
    pub report: Value,
    /// SHA-256 (hex) of the report's JSON bytes, published in the signed record.
    pub report_digest: String,
    /// Rule ids by status (`applies`, `may_apply`, `exempt`), published in the signed record.
    pub outcome: Value,
}

/// Who holds a signing key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyOwner {
    Node,
    Organisation(OrgId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKey {
    pub key_id: String,
    pub owner: KeyOwner,
    /// Ed25519 public key.
    pub public_key: [u8; 32],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewUser {
    pub id: UserId,
    pub organisation: OrgId,
    /// Normalised by [`crate::member::email`].
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// An argon2 PHC string; `None` for accounts that cannot sign in with a password.
    pub password_hash: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewToken {
    pub id: TokenId,
    pub user: UserId,
    pub name: String,
    pub scopes: Vec<Scope>,
    pub expires_at: Option<OffsetDateTime>,
    /// SHA-256 of the secret, hex. The secret itself is shown once and never stored.
    pub secret_hash: String,
    /// The first characters of the secret, so people can tell their tokens apart.
    pub prefix: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSession {
    pub user: UserId,
    /// SHA-256 of the cookie value, hex.
    pub session_hash: String,
    pub csrf_token: String,
    pub expires_at: OffsetDateTime,
}

/// What a command is about, for the audit trail and its indexes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub kind: &'static str,
    pub id: String,
}

/// The audit form of a command.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditForm {
    /// Stable dotted name, e.g. `organisation.create`.
    pub action: &'static str,
    pub subject: Subject,
    /// Public entries are shared with the community (and, later, the transparency log);
    /// sign-ins and sign-outs are kept for the node's administrators only.
    pub public: bool,
    /// The command's content without secrets.
    pub payload: Value,
}

impl Command {
    /// Whether the command creates a record under an id just made for it, so its published
    /// version is 1 without asking the store (the store still checks, inside the transaction).
    pub fn creates_subject(&self) -> bool {
        matches!(
            self,
            Command::CreateOrganisation { .. }
                | Command::CreateUser(_)
                | Command::CreateToken(_)
                | Command::RegisterKey(_)
                | Command::SaveAssessment(_)
        ) || matches!(self, Command::PublishEntry(e) if e.first)
            || matches!(self, Command::PutSafetyRecord(r) if r.first)
            || matches!(self, Command::MergeIncidents { .. } | Command::CreateSharingGroup(_))
            || matches!(self, Command::Resolution(r) if r.creates_subject())
            || matches!(self, Command::PutConversation(c) if c.first)
            || matches!(self, Command::AddStatement(_) | Command::CastVotes(_))
    }

    pub fn audit(&self) -> AuditForm {
        match self {
            Command::CreateOrganisation { id, draft } => AuditForm {
                action: "organisation.create",
                subject: Subject { kind: "organisation", id: id.to_string() },
                public: true,
                payload: json!({
                    "name": draft.name,
                    "kind": draft.kind,
                    "country": draft.country,
                    "website": draft.website,
                }),
            },
            Command::CreateUser(u) => AuditForm {
                action: "user.create",
                subject: Subject { kind: "user", id: u.id.to_string() },
                public: true,
                payload: json!({
                    "organisation": u.organisation,
                    "display_name": u.display_name,
                    "role": u.role,
                    "can_sign_in": u.password_hash.is_some(),
                }),
            },
            Command::SetPassword { user, .. } => AuditForm {
                action: "user.set_password",
                subject: Subject { kind: "user", id: user.to_string() },
                public: false,
                payload: json!({}),
            },
            Command::CreateToken(t) => AuditForm {
                action: "token.create",
                subject: Subject { kind: "token", id: t.id.to_string() },
                public: true,
                payload: json!({
                    "user": t.user,
                    "name": t.name,
                    "scopes": t.scopes,
                    "expires_at": t.expires_at.map(crate::command::rfc3339),
                    "prefix": t.prefix,
                }),
            },
            Command::RevokeToken { id } => AuditForm {
                action: "token.revoke",
                subject: Subject { kind: "token", id: id.to_string() },
                public: true,
                payload: json!({}),
            },
            Command::OpenSession(s) => AuditForm {
                action: "session.open",
                subject: Subject { kind: "user", id: s.user.to_string() },
                public: false,
                payload: json!({ "expires_at": rfc3339(s.expires_at) }),
            },
            Command::CloseSession { user, .. } => AuditForm {
                action: "session.close",
                subject: Subject { kind: "user", id: user.to_string() },
                public: false,
                payload: json!({}),
            },
            Command::RegisterKey(k) => AuditForm {
                action: "key.register",
                subject: Subject { kind: "key", id: k.key_id.clone() },
                public: true,
                payload: json!({
                    "owner_kind": match k.owner { KeyOwner::Node => "node", KeyOwner::Organisation(_) => "organisation" },
                    "owner_id": match k.owner { KeyOwner::Node => None, KeyOwner::Organisation(o) => Some(o.to_string()) },
                    "algorithm": "ed25519",
                    "public_key": hex_lower(&k.public_key),
                }),
            },
            Command::SaveAssessment(a) => AuditForm {
                action: "assessment.save",
                subject: Subject { kind: "assessment", id: a.id.to_string() },
                public: true,
                payload: json!({
                    "organisation": a.organisation,
                    "name": a.name,
                    "as_of": a.as_of,
                    "profile": a.profile,
                    "corpus_sha256": a.corpus_digest,
                    "report_sha256": a.report_digest,
                    "outcome": a.outcome,
                }),
            },
            Command::PublishEntry(e) => AuditForm {
                action: if e.first { "registry.register" } else { "registry.revise" },
                subject: Subject { kind: "registry_entry", id: e.key.clone() },
                public: true,
                payload: json!({
                    "key": e.key,
                    "kind": e.kind,
                    "organisation": e.organisation,
                    "entry": e.entry,
                    "card_sha256": e.card_sha256,
                }),
            },
            Command::PutSafetyRecord(r) => AuditForm {
                action: if r.public { r.action } else { "sealed.version" },
                subject: Subject { kind: "safety_record", id: r.seal_id.clone() },
                public: true,
                payload: if r.public {
                    json!({
                        "record": r.record,
                        "key": r.key,
                        "incident": r.incident,
                        "status": r.status,
                        "tlp": r.tlp,
                        "distribution": r.distribution,
                        "content": r.record_json,
                        "content_sha256": r.content_sha256,
                    })
                } else {
                    json!({ "content_sha256": r.content_sha256 })
                },
            },
            Command::MergeIncidents { duplicate, canonical, public, digest, seal_id } => AuditForm {
                action: if *public { "incident.merge" } else { "sealed.version" },
                subject: Subject { kind: "safety_merge", id: seal_id.clone() },
                public: true,
                payload: if *public {
                    json!({ "duplicate": duplicate, "canonical": canonical })
                } else {
                    json!({ "content_sha256": digest })
                },
            },
            Command::CreateSharingGroup(g) => AuditForm {
                action: "sharing_group.create",
                subject: Subject { kind: "sharing_group", id: g.id.to_string() },
                public: false,
                payload: json!({ "name": g.name, "created_by": g.created_by, "members": g.members }),
            },
            Command::SetSharingGroupMembers { id, members } => AuditForm {
                action: "sharing_group.set_members",
                subject: Subject { kind: "sharing_group", id: id.to_string() },
                public: false,
                payload: json!({ "members": members }),
            },
            Command::CreateSavedSearch(s) => AuditForm {
                action: "saved_search.create",
                subject: Subject { kind: "saved_search", id: s.id.to_string() },
                public: false,
                payload: json!({ "user": s.user, "name": s.name, "query": s.pairs }),
            },
            Command::DeleteSavedSearch { id, user } => AuditForm {
                action: "saved_search.delete",
                subject: Subject { kind: "saved_search", id: id.to_string() },
                public: false,
                payload: json!({ "user": user }),
            },
            Command::CreateWebhook(w) => AuditForm {
                action: "webhook.create",
                subject: Subject { kind: "webhook", id: w.id.to_string() },
                public: false,
                payload: json!({
                    "user": w.user,
                    "target": url_origin(&w.url),
                    "saved_search": w.saved_search,
                    "events": w.events,
                }),
            },
            Command::DeleteWebhook { id, user } => AuditForm {
                action: "webhook.delete",
                subject: Subject { kind: "webhook", id: id.to_string() },
                public: false,
                payload: json!({ "user": user }),
            },
            Command::PutConversation(c) => c.audit(),
            Command::AddStatement(s) => s.audit(),
            Command::ModerateStatement(m) => m.audit(),
            Command::CastVotes(v) => v.audit(),
            Command::SaveConversationResult(r) => r.audit(),
            Command::Resolution(r) => r.audit(),
            Command::RetireKey { key_id } => AuditForm {
                action: "key.retire",
                subject: Subject { kind: "key", id: key_id.clone() },
                public: true,
                payload: json!({}),
            },
        }
    }
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// RFC 3339 in UTC with second precision, the one timestamp text form of the node.
pub fn rfc3339(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member::OrgKind;
    use uuid::Uuid;

    #[test]
    fn audit_forms_never_carry_secrets() {
        let user = UserId(Uuid::nil());
        let commands = [
            Command::CreateUser(NewUser {
                id: user,
                organisation: OrgId(Uuid::nil()),
                email: "ana@example.org".into(),
                display_name: "Ana".into(),
                role: Role::Member,
                password_hash: Some("$argon2id$SECRET-HASH".into()),
            }),
            Command::SetPassword { user, password_hash: "$argon2id$SECRET-HASH".into() },
            Command::CreateToken(NewToken {
                id: TokenId(Uuid::nil()),
                user,
                name: "ci".into(),
                scopes: vec![Scope::Read],
                expires_at: None,
                secret_hash: "SECRET-HASH".into(),
                prefix: "acc_abcd".into(),
            }),
            Command::OpenSession(NewSession {
                user,
                session_hash: "SECRET-HASH".into(),
                csrf_token: "SECRET-CSRF".into(),
                expires_at: OffsetDateTime::UNIX_EPOCH,
            }),
            Command::CloseSession { user, session_hash: "SECRET-HASH".into() },
            Command::CreateSavedSearch(Box::new(NewSavedSearch {
                id: Uuid::nil(),
                user,
                organisation: OrgId(Uuid::nil()),
                name: "watch".into(),
                pairs: vec![("q".into(), "outage".into())],
                search: json!({ "text": "outage" }),
                feed_token_hash: "SECRET-HASH".into(),
            })),
            Command::CreateWebhook(Box::new(NewWebhook {
                id: Uuid::nil(),
                user,
                organisation: OrgId(Uuid::nil()),
                url: "https://hooks.example.org/services/SECRET-PATH?key=SECRET-KEY".into(),
                saved_search: None,
                events: vec!["incident.published".into()],
                secret: "SECRET-SIGNING-KEY".into(),
            })),
        ];
        for c in commands {
            let text = c.audit().payload.to_string();
            assert!(!text.contains("SECRET"), "{text}");
            // E-mail addresses are personal data and stay out of public entries.
            assert!(!text.contains("ana@example.org"), "{text}");
        }
    }

    #[test]
    fn alert_entries_are_private_and_name_only_the_webhook_target_origin() {
        let form = Command::CreateWebhook(Box::new(NewWebhook {
            id: Uuid::nil(),
            user: UserId(Uuid::nil()),
            organisation: OrgId(Uuid::nil()),
            url: "http://127.0.0.1:9000/hook/abc?x=1".into(),
            saved_search: None,
            events: vec![],
            secret: "s".into(),
        }))
        .audit();
        assert!(!form.public);
        assert_eq!(form.payload["target"], "http://127.0.0.1:9000");
        assert_eq!(url_origin("https://u:p@h.example/x"), "https://h.example");
        let form = Command::DeleteSavedSearch { id: Uuid::nil(), user: UserId(Uuid::nil()) }.audit();
        assert_eq!(form.action, "saved_search.delete");
        assert!(!form.public);
    }

    #[test]
    fn organisation_creation_is_public_and_names_its_subject() {
        let id = OrgId(Uuid::from_u128(7));
        let draft = OrganisationDraft::new("Bureau", OrgKind::Regulator, Some("fr"), None).unwrap();
        let form = Command::CreateOrganisation { id, draft }.audit();
        assert_eq!(form.action, "organisation.create");
        assert!(form.public);
        assert_eq!(form.subject.id, id.to_string());
        assert_eq!(form.payload["kind"], "regulator");
        assert_eq!(form.payload["country"], "FR");
    }

    #[test]
    fn timestamps_are_utc_rfc3339() {
        let t = time::macros::datetime!(2026-07-26 09:05:01 +08:00);
        assert_eq!(rfc3339(t), "2026-07-26T01:05:01Z");
    }
}
