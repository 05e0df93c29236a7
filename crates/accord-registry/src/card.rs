//! Hugging Face model cards: a YAML block between two `---` lines at the top, then Markdown.
//!
//! Cards in the wild are messy (the corpus in `shared/data/models/cards` shows it): no front
//! matter at all, `base_model` as a string or a list, sentence-long keys, a licence only in
//! prose, lineage only in prose. The reader never fails: what it cannot read becomes a warning,
//! and a card without front matter still imports its text. YAML is parsed with serde-saphyr
//! (pure safe Rust, with budgets against alias bombs); if it refuses the block, a line reader
//! recovers the top-level `key: value` pairs so one bad line does not lose the licence.

use serde_json::{Map, Value};

use crate::entry::{BaseModel, CardFacts, EdgeSource, EvalResult, Facts, LicenceRef, Relation};

/// Front matter larger than this is not parsed (the Hub's own cards stay far below it).
pub const MAX_FRONT_MATTER_BYTES: usize = 256 * 1024;

/// A card split into its parts, before licence normalisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The front matter as JSON (`Null` when the card has none), keys verbatim.
    pub front_matter: Value,
    /// The Markdown after the front matter.
    pub body: String,
    pub warnings: Vec<String>,
}

/// Splits and parses a card. Never fails; problems are warnings.
pub fn split(text: &str) -> Card {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = Vec::new();
    let Some((yaml, body)) = front_matter_block(text) else {
        if first_line(text).trim_end() == "---" {
            warnings.push("the front matter starts with --- but is never closed; read as text".into());
        }
        return Card { front_matter: Value::Null, body: text.to_owned(), warnings };
    };
    if yaml.len() > MAX_FRONT_MATTER_BYTES {
        warnings.push(format!(
            "the front matter is {} bytes, over the {} byte limit; its metadata was not read",
            yaml.len(),
            MAX_FRONT_MATTER_BYTES
        ));
        return Card { front_matter: Value::Null, body: body.to_owned(), warnings };
    }
    let front_matter = match serde_saphyr::from_str::<Value>(yaml) {
        Ok(Value::Null) => Value::Object(Map::new()),
        Ok(v @ Value::Object(_)) => v,
        Ok(other) => {
            warnings.push(format!("the front matter is a {} rather than a mapping; ignored", json_kind(&other)));
            Value::Object(Map::new())
        }
        Err(e) => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or("").trim();
            warnings
                .push(format!("the front matter is not valid YAML ({first}); top-level keys recovered line by line"));
            recover_lines(yaml)
        }
    };
    Card { front_matter, body: body.to_owned(), warnings }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// `(yaml, body)` when the text opens with `---` and a later line closes it with `---` or `...`.
fn front_matter_block(text: &str) -> Option<(&str, &str)> {
    let first = first_line(text);
    if first.trim_end() != "---" {
        return None;
    }
    let start = first.len()
        + usize::from(text[first.len()..].starts_with("\r\n")) * 2
        + usize::from(text[first.len()..].starts_with('\n'));
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Some((&text[start..offset], &text[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "mapping",
    }
}

/// The fallback reader: top-level `key: scalar` lines and `key:` followed by `- item` lines.
fn recover_lines(yaml: &str) -> Value {
    let mut map = Map::new();
    let mut list_key: Option<String> = None;
    for line in yaml.lines() {
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("  - ")) {
            if let Some(k) = &list_key
                && let Some(Value::Array(items)) = map.get_mut(k)
            {
                items.push(Value::String(unquote(item)));
            }
            continue;
        }
        if line.starts_with([' ', '\t', '#']) || line.is_empty() {
            continue;
        }
        list_key = None;
        let Some((key, value)) = line.split_once(':') else { continue };
        let key = key.trim().to_owned();
        let value = value.trim();
        if value.is_empty() {
            map.insert(key.clone(), Value::Array(Vec::new()));
            list_key = Some(key);
        } else {
            map.insert(key, Value::String(unquote(value)));
        }
    }
    Value::Object(map)
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    s.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
        .unwrap_or(s)
        .to_owned()
}

/// A string, or a list of strings, as the Hub allows for `language`, `datasets`, `base_model`.
fn strings(v: Option<&Value>, field: &str, warnings: &mut Vec<String>) -> Vec<String> {
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.trim().to_owned()].into_iter().filter(|s| !s.is_empty()).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => {
                    warnings.push(format!("{field}: an item that is not a string was skipped"));
                    None
                }
            })
            .collect(),
        Some(other) => {
            warnings.push(format!("{field} should be a string or a list of strings, not a {}", json_kind(other)));
            Vec::new()
        }
    }
}

fn string(v: Option<&Value>, field: &str, warnings: &mut Vec<String>) -> Option<String> {
    match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s.trim().to_owned()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            warnings.push(format!("{field} should be a string, not a {}", json_kind(other)));
            None
        }
    }
}

/// The licence fields as the card states them, before normalisation against the licence table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatedLicence {
    pub license: Option<String>,
    pub license_name: Option<String>,
    pub license_link: Option<String>,
}

/// What a card says, in registry terms. `key` is the entry's key (the Hub id).
#[derive(Clone, Debug, PartialEq)]
pub struct CardReading {
    pub facts: Facts,
    pub licence: StatedLicence,
    pub body: String,
    pub warnings: Vec<String>,
}

/// Reads a card's facts. The licence is left for [`crate::licence`] to normalise.
pub fn read(key: &str, text: &str) -> CardReading {
    let Card { front_matter, body, mut warnings } = split(text);
    let empty = Map::new();
    let fm = front_matter.as_object().unwrap_or(&empty);
    let w = &mut warnings;

    let languages: Vec<String> =
        strings(fm.get("language"), "language", w).into_iter().map(|l| l.to_ascii_lowercase()).collect();
    let datasets = strings(fm.get("datasets"), "datasets", w);
    let pipeline_tag = string(fm.get("pipeline_tag"), "pipeline_tag", w);
    let library_name = string(fm.get("library_name"), "library_name", w);
    let tags = strings(fm.get("tags"), "tags", w);
    let results = model_index(fm.get("model-index"), w);
    let licence = StatedLicence {
        license: string(fm.get("license"), "license", w),
        license_name: string(fm.get("license_name"), "license_name", w),
        license_link: string(fm.get("license_link"), "license_link", w),
    };

    let stated_relation = match string(fm.get("base_model_relation"), "base_model_relation", w) {
        Some(r) => match Relation::parse(&r) {
            Some(rel) => Some(rel),
            None => {
                w.push(format!("base_model_relation {r:?} is not one of adapter, merge, quantized, finetune"));
                None
            }
        },
        None => None,
    };
    let bases = strings(fm.get("base_model"), "base_model", w);
    let mut base_models: Vec<BaseModel> = Vec::new();
    for base in &bases {
        if !crate::entry::valid_key(base) {
            w.push(format!("base_model {base:?} is not a Hub model id; skipped"));
            continue;
        }
        if base == key {
            w.push("base_model names the model itself; skipped".into());
            continue;
        }
        let (relation, inferred) = match stated_relation {
            Some(r) => (r, false),
            None => (infer_relation(key, bases.len(), library_name.as_deref(), &tags), true),
        };
        base_models.push(BaseModel {
            key: base.clone(),
            relation,
            source: EdgeSource::CardFrontMatter,
            relation_inferred: inferred,
        });
    }
    for (base, relation) in lineage_in_prose(key, &body) {
        if !base_models.iter().any(|b| b.key == base) {
            base_models.push(BaseModel { key: base, relation, source: EdgeSource::Inferred, relation_inferred: true });
        }
    }

    let modalities = pipeline_tag.as_deref().map(modalities_of).unwrap_or_default();
    let name = key.rsplit('/').next().map(str::to_owned);
    let facts = Facts {
        name,
        modalities,
        base_models,
        links: vec![format!("https://huggingface.co/{key}")],
        card: Some(CardFacts {
            languages,
            datasets,
            pipeline_tag,
            library_name,
            tags,
            results,
            front_matter: if fm.is_empty() { Value::Null } else { Value::Object(fm.clone()) },
        }),
        ..Facts::default()
    };
    CardReading { facts, licence, body, warnings }
}

/// The Hub's inference when `base_model_relation` is absent: several bases make a merge,
/// adapter libraries an adapter, quantisation formats a quantisation. Otherwise unknown.
fn infer_relation(key: &str, bases: usize, library: Option<&str>, tags: &[String]) -> Relation {
    let lower = key.to_ascii_lowercase();
    let tagged = |t: &str| tags.iter().any(|x| x.eq_ignore_ascii_case(t));
    if bases > 1 {
        Relation::Merge
    } else if library == Some("peft") || tagged("lora") || tagged("peft") {
        Relation::Adapter
    } else if library == Some("gguf")
        || ["gguf", "gptq", "awq", "exl2", "bnb-4bit", "int4", "int8", "fp8"]
            .iter()
            .any(|q| lower.contains(q) || tagged(q))
    {
        Relation::Quantized
    } else {
        Relation::Unknown
    }
}

/// Lineage stated only in prose: a phrase such as "finetuned from" or "model files for" followed
/// closely by a link to a Hub model. Bounded: only the first 64 KiB of the body are read.
fn lineage_in_prose(key: &str, body: &str) -> Vec<(String, Relation)> {
    const PHRASES: [(&str, Option<Relation>); 7] = [
        ("finetuned from", Some(Relation::Finetune)),
        ("fine-tuned from", Some(Relation::Finetune)),
        ("fine-tuned version of", Some(Relation::Finetune)),
        ("quantized version of", Some(Relation::Quantized)),
        ("quantised version of", Some(Relation::Quantized)),
        ("model files for", None),
        ("merge of", Some(Relation::Merge)),
    ];
    let mut end = body.len().min(64 * 1024);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let lower = body[..end].to_ascii_lowercase();
    let mut found = Vec::new();
    for (phrase, relation) in PHRASES {
        let mut from = 0;
        while let Some(at) = lower[from..].find(phrase) {
            let start = from + at + phrase.len();
            let mut window_end = (start + 200).min(lower.len());
            while !lower.is_char_boundary(window_end) {
                window_end -= 1;
            }
            if let Some(link) = lower[start..window_end].find("https://huggingface.co/") {
                let id_start = start + link + "https://huggingface.co/".len();
                let id: String = body[id_start..end]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'))
                    .collect();
                let id = id.trim_end_matches(['.', '/']).to_owned();
                if crate::entry::valid_key(&id) && id.contains('/') && id != key {
                    // "model files for" names the original of a quantised repack.
                    let rel = relation.unwrap_or_else(|| infer_relation(key, 1, None, &[]));
                    if !found.iter().any(|(k, _)| k == &id) {
                        found.push((id, rel));
                    }
                }
            }
            from = start;
        }
    }
    found
}

/// Modality codes a pipeline tag implies (inputs and outputs together).
pub fn modalities_of(pipeline_tag: &str) -> Vec<String> {
    let m: &[&str] = match pipeline_tag {
        "text-generation"
        | "text2text-generation"
        | "fill-mask"
        | "translation"
        | "summarization"
        | "question-answering"
        | "text-classification"
        | "token-classification"
        | "feature-extraction"
        | "sentence-similarity"
        | "zero-shot-classification"
        | "table-question-answering" => &["text"],
        "image-text-to-text" | "visual-question-answering" | "image-to-text" | "document-question-answering" => {
            &["image", "text"]
        }
        "text-to-image"
        | "image-to-image"
        | "unconditional-image-generation"
        | "image-classification"
        | "object-detection"
        | "image-segmentation"
        | "depth-estimation"
        | "zero-shot-image-classification" => &["image"],
        "automatic-speech-recognition"
        | "text-to-speech"
        | "text-to-audio"
        | "audio-classification"
        | "audio-to-audio" => &["audio", "text"],
        "text-to-video" | "image-to-video" | "video-classification" | "video-text-to-text" => &["video"],
        "any-to-any" => &["multimodal"],
        _ => &[],
    };
    m.iter().map(|s| (*s).to_owned()).collect()
}

/// `model-index: [{name, results: [{task, dataset, metrics: [...], source}]}]`.
fn model_index(v: Option<&Value>, warnings: &mut Vec<String>) -> Vec<EvalResult> {
    let Some(v) = v else { return Vec::new() };
    let Some(models) = v.as_array() else {
        warnings.push("model-index should be a list; ignored".into());
        return Vec::new();
    };
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut out = Vec::new();
    for model in models {
        let Some(results) = model.get("results").and_then(Value::as_array) else {
            warnings.push("model-index: an entry without results was skipped".into());
            continue;
        };
        for r in results {
            let task = r.get("task").map(|t| {
                let name = text(t.get("name"));
                if name.is_empty() { text(t.get("type")) } else { name }
            });
            let dataset = r.get("dataset").map(|d| {
                let name = text(d.get("name"));
                if name.is_empty() { text(d.get("type")) } else { name }
            });
            let source = r.get("source").and_then(|s| s.get("url")).and_then(Value::as_str).map(str::to_owned);
            let Some(metrics) = r.get("metrics").and_then(Value::as_array) else {
                warnings.push("model-index: a result without metrics was skipped".into());
                continue;
            };
            for m in metrics {
                let metric = {
                    let name = text(m.get("name"));
                    if name.is_empty() { text(m.get("type")) } else { name }
                };
                let Some(value) = m.get("value").filter(|v| !v.is_null()) else {
                    warnings.push(format!("model-index: metric {metric:?} has no value; skipped"));
                    continue;
                };
                out.push(EvalResult {
                    task: task.clone().unwrap_or_default(),
                    dataset: dataset.clone().unwrap_or_default(),
                    metric,
                    value: value.clone(),
                    source: source.clone(),
                });
            }
        }
    }
    out
}

/// Reads a card and resolves its licence against the licence table: the stated fields first,
/// the card's prose when they say nothing usable (`unknown`, or `other` without a known name).
pub fn read_with_licences(key: &str, text: &str, table: &crate::licence::LicenceTable) -> CardReading {
    let mut reading = read(key, text);
    let s = &reading.licence;
    let licence = table.normalise_or_detect(
        s.license.as_deref(),
        s.license_name.as_deref(),
        s.license_link.as_deref(),
        &reading.body,
    );
    reading.facts.licence = Some(licence);
    reading
}

/// The registry key of a card file named the way the shared corpus names them (`org__name.md`),
/// or `None` when the name cannot be a key.
pub fn key_from_file_name(file_name: &str) -> Option<String> {
    let stem = file_name.strip_suffix(".md").or_else(|| file_name.strip_suffix(".markdown"))?;
    let key = match stem.split_once("__") {
        Some((org, name)) => format!("{org}/{name}"),
        // Keys always have a namespace; a card file without one is local to this node.
        None => format!("local/{stem}"),
    };
    crate::entry::valid_key(&key).then_some(key)
}

/// A licence reference for a card whose licence the table could not resolve and whose text
/// names none: `unknown`, as the Hub shows it.
pub fn unknown_licence() -> LicenceRef {
    LicenceRef { id: "unknown".into(), name: None, link: None, inferred: false }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn cards_without_front_matter_keep_their_text() {
        let c = split("# Llama 2\n\nText.");
        assert_eq!(c.front_matter, Value::Null);
        assert_eq!(c.body, "# Llama 2\n\nText.");
        assert!(c.warnings.is_empty());
        let unclosed = split("---\nlicense: mit\n# no end");
        assert_eq!(unclosed.front_matter, Value::Null);
        assert_eq!(unclosed.warnings.len(), 1);
    }

    #[test]
    fn front_matter_is_split_with_crlf_and_bom() {
        let c = split("\u{feff}---\r\nlicense: mit\r\n---\r\n# Body\r\n");
        assert_eq!(c.front_matter["license"], "mit");
        assert_eq!(c.body, "# Body\r\n");
    }

    #[test]
    fn malformed_yaml_is_a_warning_and_keys_are_recovered() {
        let c = split("---\nlicense: apache-2.0\nbase_model:\n- a/b\nbroken: [unclosed\n---\ntext");
        assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
        assert_eq!(c.front_matter["license"], "apache-2.0");
        assert_eq!(c.front_matter["base_model"][0], "a/b");
        assert_eq!(c.body, "text");
    }

    #[test]
    fn alias_bombs_are_refused_not_expanded() {
        let mut yaml = String::from("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 { "a".to_owned() } else { format!("l{}", i - 1) };
            yaml.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        yaml.push_str("license: mit\n---\nbody");
        let started = std::time::Instant::now();
        let c = split(&yaml);
        assert!(started.elapsed().as_secs() < 5);
        assert!(!c.warnings.is_empty(), "a 10^13-node document must not be built");
    }

    #[test]
    fn base_model_string_or_list_and_relation_inference() {
        let r = read("x/merged", "---\nbase_model:\n- a/one\n- b/two\n---\n");
        assert_eq!(r.facts.base_models.len(), 2);
        assert!(r.facts.base_models.iter().all(|b| b.relation == Relation::Merge && b.relation_inferred));
        let r = read("x/ft", "---\nbase_model: a/one\nbase_model_relation: finetune\n---\n");
        assert_eq!(r.facts.base_models[0].relation, Relation::Finetune);
        assert!(!r.facts.base_models[0].relation_inferred);
        let r = read("x/Model-GGUF", "---\nbase_model: a/one\n---\n");
        assert_eq!(r.facts.base_models[0].relation, Relation::Quantized);
        let r = read("x/y", "---\nbase_model: a/one\nbase_model_relation: copy\n---\n");
        assert_eq!(r.facts.base_models[0].relation, Relation::Unknown);
        assert_eq!(r.warnings.len(), 1);
        let r = read("x/y", "---\nbase_model: \"../../etc\"\n---\n");
        assert!(r.facts.base_models.is_empty());
    }

    #[test]
    fn lineage_in_prose_is_recorded_as_inferred() {
        let body = "These files are GPTQ 4bit model files for [WizardLM's WizardCoder 15B 1.0](https://huggingface.co/WizardLM/WizardCoder-15B-V1.0).";
        let r = read("TheBloke/WizardCoder-15B-1.0-GPTQ", body);
        assert_eq!(r.facts.base_models.len(), 1);
        let b = &r.facts.base_models[0];
        assert_eq!(b.key, "WizardLM/WizardCoder-15B-V1.0");
        assert_eq!(b.relation, Relation::Quantized);
        assert_eq!(b.source, EdgeSource::Inferred);
    }

    #[test]
    fn model_index_results_are_read() {
        let yaml = "---\nmodel-index:\n- name: m\n  results:\n  - task: {type: text-generation}\n    dataset: {type: bigcode/humanevalpack, name: HumanEvalSynthesis(Python)}\n    metrics:\n    - {name: pass@1, type: pass@1, value: 57.9, verified: false}\n---\n";
        let r = read("a/m", yaml);
        let res = &r.facts.card.as_ref().unwrap().results;
        assert_eq!(res.len(), 1);
        assert_eq!(res[0].dataset, "HumanEvalSynthesis(Python)");
        assert_eq!(res[0].metric, "pass@1");
        assert_eq!(res[0].value, serde_json::json!(57.9));
    }

    #[test]
    fn file_names_become_keys() {
        assert_eq!(key_from_file_name("meta-llama__Llama-2-7b-hf.md").as_deref(), Some("meta-llama/Llama-2-7b-hf"));
        assert_eq!(key_from_file_name("README.md").as_deref(), Some("local/README"));
        assert_eq!(key_from_file_name("a b.md"), None);
        assert_eq!(key_from_file_name("notes.txt"), None);
    }
}
