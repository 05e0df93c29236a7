//! The core of Accord's obligations engine.
//!
//! - [`logic`]: three-valued (Kleene) truth: true, false, unknown.
//! - [`fact`]: the profile vocabulary (the public contract of fact names) and profiles, where
//!   every fact is optional and a missing fact is *unknown*, never false.
//! - [`condition`]: the small condition language of `applies_when`, evaluated to a truth value
//!   with a proof tree that shows each fact value used.
//!
//! Why purpose-built rather than a policy engine: the rules need unknowns that propagate
//! (Kleene), a derivation tree with the fact values for every finding, exceptions with
//! counter-exceptions and dated windows; general engines drop unknowns or give only a boolean
//! (see `shared/reference/regulations.md` §8).

pub mod catalogue;
pub mod compare;
pub mod condition;
pub mod embedded;
pub mod fact;
pub mod golden;
pub mod logic;
pub mod pack;
pub mod plan;
pub mod report;

pub use catalogue::{DatedEvent, EventKind};
pub use compare::{Divergence, DivergenceKind, KindComparison, compare, compare_rules};
pub use condition::{Condition, Proof, Test};
pub use fact::{FactType, Profile, Value};
pub use logic::Tri;
pub use pack::{AskNext, Corpus, EvalOptions, Finding, Instrument, InstrumentStatus, Kind, Status, ask_next};
