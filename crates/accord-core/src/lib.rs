//! Accord's pure domain core.
//!
//! Everything here is plain data and decisions: no I/O, no clock, no randomness. Ids and
//! timestamps are made at the edge (`accord-node`) and passed in, so that every function in
//! this crate is deterministic and easy to test.
//!
//! - [`id`]: typed, globally unique ids (UUIDv7, made by the caller).
//! - [`member`]: organisations, users and roles, with their validation rules.
//! - [`access`]: the one place where "may this principal do this action?" is decided.
//! - [`command`]: every state change a node can make, as data. The one write path applies
//!   commands and records each in the audit trail.

pub mod access;
pub mod command;
pub mod dialogue;
pub mod id;
pub mod member;
pub mod record;
pub mod resolution;
pub mod validate;

pub use access::{Action, Denied, Principal, Scope, authorize, authorize_owned};
pub use command::{Command, EntryColumns, EntryRevision, LineageEdge, SafetyRevision, SharingGroupDraft, Subject};
pub use id::{AssessmentId, EventId, OrgId, TokenId, UserId};
pub use member::{OrgKind, Role};
pub use record::{
    Actor, Assessment, AuditEvent, LogEntry, Organisation, RegistryEntry, RegistrySummary, Session, SigningKeyRecord,
    StoredCheckpoint, Token, User,
};
pub use validate::{Invalid, Problem};
