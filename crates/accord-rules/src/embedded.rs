//! The corpus compiled into the binary (`corpus/*.toml` at the repository root, listed by
//! `build.rs`). A node can override it with a folder; the embedded copy makes a fresh binary
//! useful with no files.

use crate::pack::{Corpus, KINDS_FILE, PackError};

/// (file name, text) of every pack in `corpus/`, the kind taxonomy excepted.
pub const PACKS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// The kind taxonomy, `corpus/kinds.toml`.
pub const KINDS: &str = include_str!("../../../corpus/kinds.toml");

/// The embedded corpus, validated.
pub fn corpus() -> Result<Corpus, PackError> {
    let mut packs: Vec<(String, String)> = PACKS.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect();
    packs.push((KINDS_FILE.to_owned(), KINDS.to_owned()));
    Corpus::from_packs(&packs)
}
