//! The corpus compiled into the binary (`corpus/*.toml` at the repository root). A node can
//! override it with a folder; the embedded copy makes a fresh binary useful with no files.

use crate::pack::{Corpus, PackError};

/// (file name, text) of every pack in `corpus/`. A test checks this list matches the folder.
pub const PACKS: &[(&str, &str)] = &[("eu.aia.toml", include_str!("../../../corpus/eu.aia.toml"))];

/// The embedded corpus, validated.
pub fn corpus() -> Result<Corpus, PackError> {
    let packs: Vec<(String, String)> = PACKS.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect();
    Corpus::from_packs(&packs)
}
