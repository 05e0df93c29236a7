//! Accord's dialogue math, pure: no I/O, no clock.
//!
//! The Polis opinion-group and consensus pipeline, implemented from the specification in
//! `consensus-math.md` (the Clojure engine is the reference):
//!
//! - [`model`]: votes (agree = +1, the export sign), moderation, parameters.
//! - [`matrix`]: the sparse vote matrix, latest vote wins.
//! - [`pca`]: exact top-2 components and the sparsity-aware projections.
//! - [`kmeans`]: Polis's k-means and the silhouette.
//! - [`stats`]: representative statements, majority lists, group-informed consensus, priorities.
//! - [`analysis`]: the pipeline, batch ([`analyze`]) or incremental ([`Engine`]).
//! - [`polis`]: the Polis openData export format; [`ari`]: the adjusted Rand index.
//! - [`resolution`]: the tally of formal resolutions under the core's voting rules and quorum.
//!
//! The only workspace crate this one depends on is `accord-core` (pure too): the resolution
//! types and the dialogue types the conversions in [`model`] map from and to.

pub mod analysis;
pub mod ari;
pub mod kmeans;
pub mod matrix;
pub mod model;
pub mod pca;
pub mod polis;
pub mod resolution;
pub mod stats;
pub mod synthetic;

pub use analysis::{Analysis, Engine, analyze};
pub use matrix::VoteMatrix;
pub use model::{Moderation, Params, ParticipantId, StatementId, StatementInfo, Vote, VoteEvent};
