//! The public incident data compiled into the binary (from `data/incidents/`, each source with
//! its licence note), for `accord demo` and for tests that need no files.

use crate::import::Files;

mod data {
    include!(concat!(env!("OUT_DIR"), "/incident_data.rs"));
}

/// The files of one source (`aiid`, `avid` or `atlas`) by path relative to its folder, as the
/// importers take them.
pub fn files(source: &str) -> Files {
    let list: &[(&str, &str)] = match source {
        "aiid" => data::AIID,
        "avid" => data::AVID,
        "atlas" => data::ATLAS,
        _ => &[],
    };
    list.iter().map(|(path, text)| ((*path).to_owned(), (*text).to_owned())).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_source_is_embedded() {
        assert!(super::files("aiid").contains_key("incidents.csv"));
        assert!(super::files("atlas").contains_key("dist/ATLAS.yaml"));
        assert!(super::files("avid").keys().filter(|k| k.starts_with("reports/")).count() > 1000);
        assert!(super::files("other").is_empty());
    }
}
