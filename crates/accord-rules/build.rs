//! Embeds every `corpus/*.toml` file at build time, so a new pack needs no code change and the
//! binary can never ship a corpus that differs from the folder.

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let corpus = manifest.join("../../corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<PathBuf> = match fs::read_dir(&corpus) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => panic!("cannot read the corpus folder {}: {e}", corpus.display()),
    };
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name == "kinds.toml" {
            continue;
        }
        let abs = fs::canonicalize(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", abs.display().to_string()));
    }
    out.push(']');
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("packs.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
