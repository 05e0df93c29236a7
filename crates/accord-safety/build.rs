//! Embeds the public incident data (`data/incidents/{aiid,avid,atlas}` at the repository root) so
//! that `accord demo` holds AIID, AVID and ATLAS with no files and no network.

use std::path::{Path, PathBuf};
use std::{env, fs};

/// The files the importers read: CSV, JSON and YAML data, not licences, notes or STIX bundles.
fn wanted(relative: &str) -> bool {
    let data = relative.ends_with(".csv") || relative.ends_with(".json") || relative.ends_with(".yaml");
    data && !relative.contains("/stix/") && !relative.contains("/schemas/")
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            if wanted(&rel) {
                out.push((rel, path));
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("../../data/incidents");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut out = String::new();
    for source in ["aiid", "avid", "atlas"] {
        let root = data.join(source);
        let mut files = Vec::new();
        walk(&root, &root, &mut files);
        files.sort();
        out.push_str(&format!("pub const {}: &[(&str, &str)] = &[\n", source.to_uppercase()));
        for (rel, path) in files {
            let abs = fs::canonicalize(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", abs.display().to_string()));
        }
        out.push_str("];\n");
    }
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("incident_data.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
