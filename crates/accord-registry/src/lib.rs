//! Accord's registry of AI models and systems. Pure: no I/O.
//!
//! - [`entry`]: entries as one layer of facts per source (card, Epoch AI, a member), merged
//!   into a view that says which source gave each field.
//! - [`compute`]: training compute with its method, inputs and uncertainty; the 6·N·D and
//!   hardware estimates; cumulative compute along a lineage.
//! - [`card`]: Hugging Face model cards (YAML front matter + Markdown), read tolerantly.
//! - [`epoch`]: Epoch AI's model tables, columns mapped by name.
//! - [`licence`]: the licence table (SPDX and AI model licences) with openness in plain words.
//! - [`openness`]: a licence summarised as one class (open, open with restrictions, …).
//! - [`lineage`]: the base → derived graph; cycles refused.
//! - [`identity`]: which entry a source row is about (exact name match or a reviewed alias).
//! - [`fmti`]: the Foundation Model Transparency Index scores per developer.
//! - [`profile`]: an entry as a rules profile, so its obligations come from the rules corpus.
//! - [`embedded`]: the demo cards and Epoch table, and the FMTI scores, compiled in.
//! - [`render`]: card Markdown to sanitised HTML.

pub mod card;
pub mod compute;
pub mod embedded;
pub mod entry;
pub mod epoch;
pub mod fmti;
pub mod identity;
pub mod licence;
pub mod lineage;
pub mod openness;
pub mod profile;
pub mod render;

pub use compute::{ComputeMethod, Confidence, TrainingCompute};
pub use entry::{BaseModel, EdgeSource, Entry, EntryKind, Facts, Layer, Relation, SourceKind};
