//! Embeds the demo registry data (`data/registry/cards/*.md` at the repository root), so a fresh
//! binary can show a populated registry with no files and no network.

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let cards = manifest.join("../../data/registry/cards");
    println!("cargo:rerun-if-changed={}", cards.display());
    let mut files: Vec<PathBuf> = match fs::read_dir(&cards) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().contains("__")))
            .collect(),
        Err(e) => panic!("cannot read the demo cards folder {}: {e}", cards.display()),
    };
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let abs = fs::canonicalize(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    out.push(']');
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("demo_cards.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
