//! Every card of the shared corpus (copied to `data/registry/cards/` with its licence note) is
//! read, and a sample is checked against values written by hand from the files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use accord_registry::card::{key_from_file_name, read_with_licences};
use accord_registry::entry::{EdgeSource, Relation};
use accord_registry::licence::LicenceTable;

fn cards_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/registry/cards")
}

fn read(file: &str) -> accord_registry::card::CardReading {
    let text = std::fs::read_to_string(cards_dir().join(file)).unwrap();
    let key = key_from_file_name(file).unwrap();
    read_with_licences(&key, &text, LicenceTable::builtin().unwrap())
}

#[test]
fn every_card_of_the_corpus_is_read() {
    let mut n = 0;
    let mut with_front_matter = 0;
    for entry in std::fs::read_dir(cards_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.contains("__") {
            continue; // the licence note
        }
        let r = read(&name);
        n += 1;
        let card = r.facts.card.as_ref().unwrap();
        if !card.front_matter.is_null() {
            with_front_matter += 1;
        }
        assert!(!r.body.trim().is_empty(), "{name}: the text is kept");
        assert!(r.facts.licence.is_some(), "{name}: a licence reference, even if unknown");
        assert!(r.warnings.is_empty(), "{name}: the corpus cards are well formed: {:?}", r.warnings);
    }
    assert_eq!(n, 23);
    assert_eq!(with_front_matter, 14, "9 official cards have no front matter");
}

#[test]
fn licences_are_normalised_and_read_from_prose_where_the_yaml_is_silent() {
    let id = |f: &str| read(f).facts.licence.unwrap();
    assert_eq!(id("deepcogito__cogito-v1-preview-qwen-14B.md").id, "apache-2.0");
    assert_eq!(id("bigscience__bloom.md").id, "bigscience-bloom-rail-1.0");
    assert_eq!(id("TheBloke__WizardCoder-15B-1.0-GPTQ.md").id, "bigcode-openrail-m");
    // `license: other` with a license_name.
    assert_eq!(id("google__gemma-2b-it.md").id, "gemma");
    assert_eq!(id("google__medgemma-27b-it.md").id, "health-ai-developer-foundations");
    assert_eq!(id("LiquidAI__LFM2-1.2B.md").id, "lfm1.0");
    // No licence in the YAML: found in the text, and marked as inferred.
    let llama = id("meta-llama__Llama-2-7b-hf.md");
    assert_eq!((llama.id.as_str(), llama.inferred), ("llama2", true));
    let qwen = id("Qwen__Qwen-72B.md");
    assert_eq!((qwen.id.as_str(), qwen.inferred), ("tongyi-qianwen", true));
    let stated = id("mistralai__Mixtral-8x7B-v0.1.md");
    assert!(!stated.inferred);
}

#[test]
fn base_models_relations_and_their_provenance() {
    // A list with one base; no relation stated, none to infer.
    let cogito = read("deepcogito__cogito-v1-preview-qwen-14B.md").facts.base_models;
    assert_eq!(cogito.len(), 1);
    assert_eq!(cogito[0].key, "Qwen/Qwen2.5-14B");
    assert_eq!(cogito[0].relation, Relation::Unknown);
    assert_eq!(cogito[0].source, EdgeSource::CardFrontMatter);
    // A string.
    let med = read("google__medgemma-27b-it.md").facts.base_models;
    assert_eq!(med.len(), 1);
    assert_eq!(med[0].key, "google/gemma-3-27b-pt");
    // The YAML and the prose disagree: both are kept, with their sources.
    let devstral = read("mistralai__Devstral-Small-2507.md").facts.base_models;
    let yaml = devstral.iter().find(|b| b.source == EdgeSource::CardFrontMatter).unwrap();
    let prose = devstral.iter().find(|b| b.source == EdgeSource::Inferred).unwrap();
    assert_eq!(yaml.key, "mistralai/Mistral-Small-3.1-24B-Instruct-2503");
    assert_eq!(prose.key, "mistralai/Mistral-Small-3.1-24B-Base-2503");
    assert_eq!(prose.relation, Relation::Finetune);
    // No base_model at all: lineage only in prose, a quantisation.
    let gptq = read("TheBloke__WizardCoder-15B-1.0-GPTQ.md").facts.base_models;
    assert_eq!(gptq.len(), 1);
    assert_eq!(gptq[0].key, "WizardLM/WizardCoder-15B-V1.0");
    assert_eq!(gptq[0].relation, Relation::Quantized);
    assert!(gptq[0].relation_inferred);
    // No lineage.
    assert!(read("bigscience__bloom.md").facts.base_models.is_empty());
}

#[test]
fn tags_datasets_languages_and_results() {
    let granite = read("ibm-granite__granite-3b-code-instruct-128k.md");
    let card = granite.facts.card.unwrap();
    assert_eq!(card.tags, ["code", "granite"]);
    assert_eq!(card.datasets.len(), 9);
    assert_eq!(card.datasets[0], "bigcode/commitpackft");
    assert_eq!(card.pipeline_tag.as_deref(), Some("text-generation"));
    assert_eq!(card.library_name.as_deref(), Some("transformers"));
    assert_eq!(card.results.len(), 9, "nine pass@1 results in the model-index");
    assert_eq!(card.results[0].dataset, "HumanEvalSynthesis (Python)");
    assert_eq!(card.results[0].metric, "pass@1");
    assert_eq!(card.results[0].value, serde_json::json!(53.7));
    // Keys the spec does not list survive verbatim.
    assert_eq!(card.front_matter["inference"], serde_json::json!(false));

    let med = read("google__medgemma-27b-it.md").facts.card.unwrap();
    assert_eq!(med.languages, ["en"], "a scalar language becomes a list");
    assert_eq!(med.tags.len(), 12);
    assert_eq!(med.tags[0], "medical");
    assert_eq!(med.pipeline_tag.as_deref(), Some("image-text-to-text"));

    let bloom = read("bigscience__bloom.md").facts.card.unwrap();
    assert!(bloom.languages.contains(&"code".to_owned()), "non-ISO codes are kept as written");
    assert_eq!(bloom.results.len(), 3);
    assert_eq!(bloom.results[0].metric, "pass@1");
    assert!(bloom.front_matter.get("co2_eq_emissions").is_some());

    // A card without front matter still has its text and its name.
    let dbrx = read("databricks__dbrx-base.md");
    assert_eq!(dbrx.facts.name.as_deref(), Some("dbrx-base"));
    assert!(dbrx.body.contains("DBRX"));
}
