//! Epoch AI's model tables ("Notable AI Models", "Large-Scale AI Models") as registry entries.
//!
//! Columns are mapped by name with aliases, never by position: the snapshots differ in column
//! order, names (`Country (from Organization)` / `Country (of organization)`) and presence
//! (`Training compute estimation method` is only in some). Every row becomes an entry keyed
//! `epoch/<slug of the model name>` with one [`SourceKind::Epoch`] layer. A cell that cannot be
//! read is a warning on its row, never a lost row; only a CSV that cannot be read at all is an
//! error.

use std::collections::HashMap;

use crate::compute::{ComputeInputs, ComputeMethod, Confidence, TrainingCompute};
use crate::entry::{BaseModel, EdgeSource, Entry, EntryKind, Facts, Layer, Relation, SourceKind, slug};

/// One imported row: the CSV line it starts on and its entry.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochRow {
    pub line: u64,
    pub entry: Entry,
}

/// The rows of one Epoch AI file, what was skipped and which columns were not used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EpochImport {
    pub rows: Vec<EpochRow>,
    /// File-level warnings (skipped rows, duplicates); cell-level ones are on each row's layer.
    pub warnings: Vec<String>,
    /// Header names, as written, that no field is read from.
    pub columns_ignored: Vec<String>,
}

/// Why a file could not be imported at all.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum EpochError {
    #[error("the file has no header row")]
    NoHeader,
    #[error("required column `{column}` is missing from the header")]
    MissingColumn { column: &'static str },
    #[error("CSV syntax error at line {line}: {message}")]
    Csv { line: u64, message: String },
}

/// Starts the provenance of a compute figure built from the fine-tuning compute alone, so the
/// figure is not mistaken for a full training run (see [`crate::compute::cumulative`]).
const FINETUNE_ONLY: &str = "Epoch AI states only the fine-tuning compute";

/// The fields read, each with the header names it has had across snapshots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Col {
    Model,
    Domain,
    Organization,
    Country,
    PublicationDate,
    Link,
    Parameters,
    Compute,
    ComputeNotes,
    Dataset,
    DatasetSize,
    Hours,
    Hardware,
    HardwareQuantity,
    Utilization,
    Confidence,
    BaseModel,
    FinetuneCompute,
    FinetuneNotes,
    Accessibility,
    Method,
}

/// Aliases compared after [`normalise_header`]. `System` is the model column's older name.
const COLUMNS: &[(Col, &[&str])] = &[
    (Col::Model, &["model", "system"]),
    (Col::Domain, &["domain"]),
    (Col::Organization, &["organization", "organisation"]),
    (Col::Country, &["country (from organization)", "country (of organization)", "country"]),
    (Col::PublicationDate, &["publication date"]),
    (Col::Link, &["link"]),
    (Col::Parameters, &["parameters"]),
    (Col::Compute, &["training compute (flop)"]),
    (Col::ComputeNotes, &["training compute notes"]),
    (Col::Dataset, &["training dataset"]),
    (Col::DatasetSize, &["training dataset size (datapoints)", "training dataset size"]),
    (Col::Hours, &["training time (hours)"]),
    (Col::Hardware, &["training hardware"]),
    (Col::HardwareQuantity, &["hardware quantity"]),
    (Col::Utilization, &["hardware utilization", "hardware utilization (mfu)", "hardware utilisation"]),
    (Col::Confidence, &["confidence"]),
    (Col::BaseModel, &["base model"]),
    (Col::FinetuneCompute, &["finetune compute (flop)"]),
    (Col::FinetuneNotes, &["finetune compute notes"]),
    (Col::Accessibility, &["model accessibility"]),
    (Col::Method, &["training compute estimation method"]),
];

/// Epoch AI's country names (ISO 3166 English short names, some abbreviated) to alpha-2 codes.
/// Covers every value in the three snapshots plus common spellings of other countries.
const COUNTRIES: &[(&str, &str)] = &[
    ("united states of america", "US"),
    ("united states", "US"),
    ("usa", "US"),
    ("china", "CN"),
    ("united kingdom of great britain and northern ireland", "GB"),
    ("united kingdom", "GB"),
    ("uk", "GB"),
    ("canada", "CA"),
    ("france", "FR"),
    ("germany", "DE"),
    ("switzerland", "CH"),
    ("korea (republic of)", "KR"),
    ("republic of korea", "KR"),
    ("south korea", "KR"),
    ("hong kong", "HK"),
    ("japan", "JP"),
    ("israel", "IL"),
    ("singapore", "SG"),
    ("australia", "AU"),
    ("netherlands", "NL"),
    ("finland", "FI"),
    ("saudi arabia", "SA"),
    ("czechia", "CZ"),
    ("czech republic", "CZ"),
    ("united arab emirates", "AE"),
    ("india", "IN"),
    ("austria", "AT"),
    ("belgium", "BE"),
    ("poland", "PL"),
    ("russia", "RU"),
    ("russian federation", "RU"),
    ("sweden", "SE"),
    ("spain", "ES"),
    ("taiwan", "TW"),
    ("ireland", "IE"),
    ("iran (islamic republic of)", "IR"),
    ("iran", "IR"),
    ("italy", "IT"),
    ("norway", "NO"),
    ("argentina", "AR"),
    ("denmark", "DK"),
    ("portugal", "PT"),
    ("greece", "GR"),
    ("luxembourg", "LU"),
    ("estonia", "EE"),
    ("hungary", "HU"),
    ("romania", "RO"),
    ("ukraine", "UA"),
    ("turkey", "TR"),
    ("türkiye", "TR"),
    ("brazil", "BR"),
    ("mexico", "MX"),
    ("chile", "CL"),
    ("new zealand", "NZ"),
    ("south africa", "ZA"),
    ("egypt", "EG"),
    ("qatar", "QA"),
    ("viet nam", "VN"),
    ("vietnam", "VN"),
    ("indonesia", "ID"),
    ("thailand", "TH"),
    ("malaysia", "MY"),
    ("pakistan", "PK"),
    ("iceland", "IS"),
];

/// Values Epoch AI puts in the country column that are not one country.
const NOT_A_COUNTRY: &[&str] = &["multinational", "international", "unknown"];

/// Imports one Epoch AI CSV. `snapshot` names the file (it goes into each layer's reference).
pub fn parse(csv_text: &str, snapshot: &str) -> Result<EpochImport, EpochError> {
    let text = csv_text.strip_prefix('\u{feff}').unwrap_or(csv_text);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(csv_error)?.clone();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(EpochError::NoHeader);
    }
    let (cols, columns_ignored) = map_columns(&headers);
    if !cols.has(Col::Model) {
        return Err(EpochError::MissingColumn { column: "Model" });
    }

    let mut warnings = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, csv::Position::line);
        let name = cols.cell(&record, Col::Model);
        if name.is_empty() {
            warnings.push(format!("line {line}: no model name; row skipped"));
            continue;
        }
        if let Some(first) = first_line.get(name) {
            warnings.push(format!("line {line}: model {name:?} is already on line {first}; kept line {first}"));
            continue;
        }
        first_line.insert(name.to_owned(), line);
        pending.push(read_row(&record, &cols, line));
    }

    let keys = assign_keys(&pending, &mut warnings);
    let by_name: HashMap<&str, &str> =
        pending.iter().zip(&keys).filter_map(|(p, k)| Some((p.name.as_str(), k.as_deref()?))).collect();
    let mut rows = Vec::with_capacity(pending.len());
    for (p, key) in pending.iter().zip(&keys) {
        let Some(key) = key else { continue };
        let mut facts = p.facts.clone();
        let mut layer_warnings = p.warnings.clone();
        facts.base_models = base_models(&p.base, key, &by_name, &mut layer_warnings);
        let mut entry = Entry::new(key.clone(), EntryKind::Model);
        entry.layers.push(Layer {
            source: SourceKind::Epoch,
            reference: format!("{snapshot}: {}", p.name),
            facts,
            warnings: layer_warnings,
        });
        rows.push(EpochRow { line: p.line, entry });
    }
    Ok(EpochImport { rows, warnings, columns_ignored })
}

fn csv_error(e: csv::Error) -> EpochError {
    let line = e.position().map_or(0, csv::Position::line);
    EpochError::Csv { line, message: e.to_string() }
}

/// Lower-cased with runs of whitespace collapsed, so `Country  (of Organization) ` still maps.
fn normalise_header(h: &str) -> String {
    h.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Which column index holds each field, and the header as written for warnings.
struct Columns {
    at: HashMap<Col, (usize, String)>,
}

impl Columns {
    fn has(&self, col: Col) -> bool {
        self.at.contains_key(&col)
    }

    /// The trimmed cell, or "" when the column is absent.
    fn cell<'r>(&self, record: &'r csv::StringRecord, col: Col) -> &'r str {
        self.at.get(&col).and_then(|(i, _)| record.get(*i)).map_or("", str::trim)
    }

    fn header(&self, col: Col) -> &str {
        self.at.get(&col).map_or("", |(_, h)| h.as_str())
    }
}

fn map_columns(headers: &csv::StringRecord) -> (Columns, Vec<String>) {
    let mut at = HashMap::new();
    let mut ignored = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let norm = normalise_header(h);
        let col = COLUMNS.iter().find(|(_, names)| names.contains(&norm.as_str())).map(|(c, _)| *c);
        match col {
            // The first column of a field wins; a second one (duplicate header) is not read.
            Some(c) if !at.contains_key(&c) => {
                at.insert(c, (i, h.trim().to_owned()));
            }
            _ if h.trim().is_empty() => {}
            _ => ignored.push(h.to_owned()),
        }
    }
    (Columns { at }, ignored)
}

/// A row read but not yet keyed: keys and base links need the whole file.
struct Pending {
    line: u64,
    name: String,
    facts: Facts,
    warnings: Vec<String>,
    base: String,
}

fn read_row(record: &csv::StringRecord, cols: &Columns, line: u64) -> Pending {
    let mut w = Vec::new();
    let cell = |c| cols.cell(record, c);
    let num = |c, w: &mut Vec<String>| number(cell(c), cols.header(c), w);

    let parameters = num(Col::Parameters, &mut w);
    let tokens = num(Col::DatasetSize, &mut w);
    let flop = num(Col::Compute, &mut w);
    let finetune_flop = num(Col::FinetuneCompute, &mut w);
    let hours = num(Col::Hours, &mut w);
    let accelerator_count = num(Col::HardwareQuantity, &mut w);
    let utilisation = num(Col::Utilization, &mut w);
    let accelerator = non_empty(cell(Col::Hardware));

    let release_date = match cell(Col::PublicationDate) {
        "" => None,
        d if valid_date(d) => Some(d.to_owned()),
        d => {
            w.push(format!("{}: {d:?} is not a YYYY-MM-DD date; ignored", cols.header(Col::PublicationDate)));
            None
        }
    };

    let accessibility = non_empty(cell(Col::Accessibility));
    let open_weights = accessibility.as_deref().and_then(|a| {
        let ow = open_weights(a);
        if ow.is_none() {
            w.push(format!(
                "{}: {a:?} is not a known accessibility; openness unknown",
                cols.header(Col::Accessibility)
            ));
        }
        ow
    });

    let inputs = ComputeInputs {
        parameters,
        tokens,
        accelerator: accelerator.clone(),
        accelerator_count,
        hours,
        utilisation,
        ..ComputeInputs::default()
    };
    let notes = cell(Col::ComputeNotes);
    let listed = non_empty(cell(Col::Method));
    let hardware_inputs = (accelerator.is_some() || accelerator_count.is_some()) && utilisation.is_some();
    let compute = match (flop, finetune_flop) {
        (Some(flop), _) => Some(TrainingCompute {
            flop,
            method: method(listed.as_deref(), notes, flop, hardware_inputs),
            inputs,
            provenance: notes.to_owned(),
            confidence: Confidence::parse(cell(Col::Confidence)),
            finetune_flop,
        }),
        // Kept as `flop == finetune_flop`, the convention `compute::cumulative` adds to the base.
        (None, Some(ft)) => Some(TrainingCompute {
            flop: ft,
            method: method(listed.as_deref(), "", ft, hardware_inputs),
            inputs,
            provenance: format!("{FINETUNE_ONLY}. {}", cell(Col::FinetuneNotes)).trim_end().to_owned(),
            confidence: Confidence::parse(cell(Col::Confidence)),
            finetune_flop: Some(ft),
        }),
        (None, None) => None,
    };

    let facts = Facts {
        name: Some(cell(Col::Model).to_owned()),
        organisations: comma_list(cell(Col::Organization)),
        countries: countries(cell(Col::Country), &mut w),
        release_date,
        modalities: modalities(cell(Col::Domain)),
        parameters,
        training_data: non_empty(cell(Col::Dataset)),
        training_tokens: tokens,
        open_weights,
        accessibility,
        links: links(cell(Col::Link)),
        compute,
        ..Facts::default()
    };
    Pending { line, name: cell(Col::Model).to_owned(), facts, warnings: w, base: cell(Col::BaseModel).to_owned() }
}

fn non_empty(s: &str) -> Option<String> {
    if s.is_empty() { None } else { Some(s.to_owned()) }
}

/// A non-negative finite number; a cell that is not one is a warning naming column and value.
fn number(cell: &str, column: &str, warnings: &mut Vec<String>) -> Option<f64> {
    if cell.is_empty() {
        return None;
    }
    match cell.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Some(denoise(v)),
        _ => {
            warnings.push(format!("{column}: {cell:?} is not a number; ignored"));
            None
        }
    }
}

/// Rounds to 12 significant digits: the CSV carries binary artefacts (`2.9599999999999996e+25`)
/// of figures Epoch wrote as `2.96e25`; deliberate nudges like `5.0000000001e+25` survive.
fn denoise(v: f64) -> f64 {
    format!("{v:.11e}").parse().unwrap_or(v)
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(y), Some(m), Some(day)) = (d.get(0..4), d.get(5..7), d.get(8..10)) else { return false };
    let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if !(digits(y) && digits(m) && digits(day)) {
        return false;
    }
    match (y.parse::<i32>(), m.parse::<u8>(), day.parse::<u8>()) {
        (Ok(y), Ok(m), Ok(day)) => {
            time::Month::try_from(m).ok().and_then(|m| time::Date::from_calendar_date(y, m, day).ok()).is_some()
        }
        _ => false,
    }
}

/// Comma list, trimmed, empty items dropped, first occurrence kept.
fn comma_list(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in cell.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o == item) {
            out.push(item.to_owned());
        }
    }
    out
}

fn countries(cell: &str, warnings: &mut Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in comma_list(cell) {
        let lower = name.to_lowercase();
        if let Some((_, code)) = COUNTRIES.iter().find(|(n, _)| *n == lower) {
            if !out.iter().any(|c| c == code) {
                out.push((*code).to_owned());
            }
        } else if NOT_A_COUNTRY.contains(&lower.as_str()) {
            warnings.push(format!("country {name:?} names no single country; skipped"));
        } else {
            warnings.push(format!("unknown country {name:?}; skipped"));
        }
    }
    out
}

fn modalities(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in comma_list(cell) {
        let code = match d.to_lowercase().as_str() {
            "language" => "text".to_owned(),
            "vision" | "image generation" => "image".to_owned(),
            "speech" | "audio" => "audio".to_owned(),
            "video" => "video".to_owned(),
            "multimodal" => "multimodal".to_owned(),
            _ => slug(&d),
        };
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

fn open_weights(accessibility: &str) -> Option<bool> {
    let a = accessibility.to_lowercase();
    if a.starts_with("open weights") {
        Some(true)
    } else if matches!(a.as_str(), "unreleased" | "api access" | "hosted access (no api)") {
        Some(false)
    } else {
        None
    }
}

/// The http(s) URLs of a cell that separates them by commas, spaces or new lines.
fn links(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for token in cell.split(|c: char| c == ',' || c.is_whitespace()) {
        if (token.starts_with("https://") || token.starts_with("http://")) && !out.iter().any(|o| o == token) {
            out.push(token.to_owned());
        }
    }
    out
}

/// The method of a figure. Epoch AI lists every method it used, not which one gave the figure:
/// a developer-stated figure wins, then the listed method whose arithmetic in the notes ends in
/// the figure (DeepSeek-V3 lists "Operation counting,Hardware" but its 4.56e24 is the hardware
/// line), then the first listed. Without the column, hardware inputs with a utilisation point to
/// the hardware method.
fn method(listed: Option<&str>, notes: &str, flop: f64, hardware_inputs: bool) -> ComputeMethod {
    let Some(listed) = listed else {
        return if hardware_inputs { ComputeMethod::Hardware } else { ComputeMethod::Other };
    };
    let named: Vec<ComputeMethod> = listed.split(',').map(ComputeMethod::from_epoch).collect();
    if named.len() > 1 {
        if named.contains(&ComputeMethod::Reported) {
            return ComputeMethod::Reported;
        }
        if let Some(m) = method_in_notes(notes, flop).filter(|m| named.contains(m)) {
            return m;
        }
    }
    ComputeMethod::from_epoch(listed)
}

/// The kind of the first notes line computing `… = <flop>` (within 0.5 %).
fn method_in_notes(notes: &str, flop: f64) -> Option<ComputeMethod> {
    for line in notes.lines() {
        let mut results = line.split('=').skip(1).filter_map(leading_number);
        if !results.any(|v| (v - flop).abs() <= 0.005 * flop.abs()) {
            continue;
        }
        let l = line.to_lowercase();
        if ["3600", "hour", "day", "flop/s", "tflops", "utiliz", "utilis"].iter().any(|k| l.contains(k)) {
            return Some(ComputeMethod::Hardware);
        }
        let t = l.trim_start();
        if t.starts_with("6*") || t.starts_with("6 *") || t.starts_with("6 x") || t.starts_with("6×") {
            return Some(ComputeMethod::OperationCounting);
        }
    }
    None
}

fn leading_number(s: &str) -> Option<f64> {
    let s = s.trim_start();
    let end = s.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))).unwrap_or(s.len());
    let mut t = s.get(..end)?;
    // A sentence may end right after the number ("= 4.56e24.").
    while !t.is_empty() {
        if let Ok(v) = t.parse::<f64>() {
            return Some(v);
        }
        t = t.get(..t.len() - 1)?;
    }
    None
}

/// Keys are `epoch/<slug>`. Two names with one slug (`DeepLabV3` / `DeepLabV3+`) would share
/// an entry, so the name whose `+` the slug drops takes `-plus` (chosen by name, not row order,
/// to stay stable across snapshots); a collision that remains skips the later row.
fn assign_keys(pending: &[Pending], warnings: &mut Vec<String>) -> Vec<Option<String>> {
    let plain: Vec<String> = pending.iter().map(|p| slug(&p.name)).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for s in &plain {
        *count.entry(s.as_str()).or_default() += 1;
    }
    let mut used: HashMap<String, u64> = HashMap::new();
    let mut keys = Vec::with_capacity(pending.len());
    for (p, s) in pending.iter().zip(&plain) {
        let s = if count.get(s.as_str()).copied().unwrap_or(0) > 1 {
            slug(&p.name.replace('+', " plus "))
        } else {
            s.clone()
        };
        let key = format!("epoch/{s}");
        if let Some(first) = used.get(&key) {
            warnings
                .push(format!("line {}: model {:?} has the key {key} of line {first}; row skipped", p.line, p.name));
            keys.push(None);
        } else {
            used.insert(key.clone(), p.line);
            keys.push(Some(key));
        }
    }
    keys
}

/// The `Base model` cell: one model name, or several separated by commas. A name of this file
/// links to that row's key, others to `epoch/<slug>`.
fn base_models(cell: &str, own_key: &str, by_name: &HashMap<&str, &str>, warnings: &mut Vec<String>) -> Vec<BaseModel> {
    if cell.is_empty() {
        return Vec::new();
    }
    // A model name may itself contain commas: the whole cell is tried first.
    let names: Vec<String> = if by_name.contains_key(cell) { vec![cell.to_owned()] } else { comma_list(cell) };
    let mut out: Vec<BaseModel> = Vec::new();
    for name in names {
        let key = by_name.get(name.as_str()).map_or_else(|| format!("epoch/{}", slug(&name)), |k| (*k).to_owned());
        if key == own_key {
            warnings.push(format!("base model {name:?} is the model itself; ignored"));
            continue;
        }
        if out.iter().all(|b| b.key != key) {
            out.push(BaseModel {
                key,
                relation: Relation::Finetune,
                source: EdgeSource::Epoch,
                relation_inferred: true,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use std::collections::HashSet;

    const FEB: &str = include_str!("../../../data/registry/epoch/notable_ai_models_2025-02-24.csv");
    const APR: &str = include_str!("../../../data/registry/epoch/notable_ai_models_2025-04.csv");
    const LARGE: &str = include_str!("../../../data/registry/epoch/large_scale_ai_models_2025-04.csv");

    fn close(a: f64, b: f64) -> bool {
        ((a - b) / b).abs() <= 1e-9
    }

    fn row<'a>(import: &'a EpochImport, name: &str) -> &'a Facts {
        let r = import
            .rows
            .iter()
            .find(|r| r.entry.layers[0].facts.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("{name} not imported"));
        &r.entry.layers[0].facts
    }

    fn compute<'a>(import: &'a EpochImport, name: &str) -> &'a TrainingCompute {
        row(import, name).compute.as_ref().unwrap_or_else(|| panic!("{name} has no compute"))
    }

    /// Rows whose figure comes from `Training compute (FLOP)` (not a fine-tune-only figure).
    fn trained(import: &EpochImport) -> Vec<f64> {
        import
            .rows
            .iter()
            .filter_map(|r| r.entry.layers[0].facts.compute.as_ref())
            .filter(|c| !c.provenance.starts_with(FINETUNE_ONLY))
            .map(|c| c.flop)
            .collect()
    }

    fn all_warnings(import: &EpochImport) -> Vec<&str> {
        import.rows.iter().flat_map(|r| r.entry.layers[0].warnings.iter().map(String::as_str)).collect()
    }

    fn assert_countries_all_mapped(import: &EpochImport) {
        for w in all_warnings(import) {
            assert!(!w.starts_with("unknown country"), "{w}");
            if w.contains("country") {
                assert_eq!(w, "country \"Multinational\" names no single country; skipped");
            }
        }
    }

    #[test]
    fn the_february_2025_notable_file() {
        let feb = parse(FEB, "notable_ai_models_2025-02-24.csv").unwrap();
        assert_eq!(feb.rows.len(), 895);
        assert!(feb.warnings.is_empty(), "{:?}", feb.warnings);
        let flops = trained(&feb);
        assert_eq!(flops.len(), 451);
        assert_eq!(flops.iter().filter(|f| **f >= 1e23).count(), 93);
        assert_eq!(flops.iter().filter(|f| **f >= 1e25).count(), 17);
        assert_eq!(flops.iter().filter(|f| **f >= 1e26).count(), 1);
        // Ten rows state only the fine-tuning compute (Aya, BLOOMZ-176B, mT0-13B, …).
        assert_eq!(feb.rows.iter().filter(|r| r.entry.layers[0].facts.compute.is_some()).count(), 461);
        let bloomz = compute(&feb, "BLOOMZ-176B");
        assert_eq!((bloomz.flop, bloomz.finetune_flop), (1.3728e22, Some(1.3728e22)));
        assert_countries_all_mapped(&feb);
        assert!(all_warnings(&feb).iter().all(|w| w.contains("Multinational")), "{:?}", all_warnings(&feb));
        assert!(feb.columns_ignored.contains(&"Authors".to_owned()));
        assert!(!feb.columns_ignored.iter().any(|c| c.starts_with("Country") || c == "Model"));

        let v3 = compute(&feb, "DeepSeek-V3");
        assert!(close(v3.flop, 4.56e24));
        assert_eq!(v3.method, ComputeMethod::Hardware, "listed as Operation counting,Hardware; notes pick hardware");
        assert_eq!(v3.confidence, Confidence::Confident);
        assert_eq!(v3.inputs.parameters, Some(671e9));
        assert_eq!(v3.inputs.tokens, Some(14.8e12));
        assert_eq!(v3.inputs.accelerator.as_deref(), Some("NVIDIA H800 SXM5"));
        assert_eq!(v3.inputs.accelerator_count, Some(2048.0));
        assert!(v3.provenance.starts_with("6*37B*14.8T = 3.2856e+24"));
        assert!(v3.provenance.contains("2.788M * 3600 * 1.513e15 * 0.3 = 4.56e24"));
        let v3f = row(&feb, "DeepSeek-V3");
        assert_eq!(v3f.countries, ["CN"]);
        assert_eq!(v3f.organisations, ["DeepSeek"]);
        assert_eq!(v3f.release_date.as_deref(), Some("2024-12-24"));
        assert_eq!(v3f.modalities, ["text"]);
        assert_eq!(v3f.open_weights, Some(true));
        assert_eq!(v3f.accessibility.as_deref(), Some("Open weights (restricted use)"));
        assert_eq!(v3f.links, ["https://github.com/deepseek-ai/DeepSeek-V3/blob/main/DeepSeek_V3.pdf"]);

        let r1 = row(&feb, "DeepSeek-R1");
        let r1c = r1.compute.as_ref().unwrap();
        assert!(close(r1c.flop, 5.17e24));
        assert_eq!(r1c.finetune_flop, Some(6.1e23));
        assert_eq!(r1c.method, ComputeMethod::OperationCounting);
        assert_eq!(
            r1.base_models,
            [BaseModel {
                key: "epoch/deepseek-v3".into(),
                relation: Relation::Finetune,
                source: EdgeSource::Epoch,
                relation_inferred: true,
            }]
        );
        let r1_row = feb.rows.iter().find(|r| r.entry.key == "epoch/deepseek-r1").unwrap();
        assert_eq!(r1_row.entry.kind, EntryKind::Model);
        assert_eq!(r1_row.entry.layers[0].source, SourceKind::Epoch);
        assert_eq!(r1_row.entry.layers[0].reference, "notable_ai_models_2025-02-24.csv: DeepSeek-R1");

        let llama = compute(&feb, "Llama 3.1-405B");
        assert!(close(llama.flop, 3.8e25));
        assert_eq!(llama.method, ComputeMethod::Reported, "listed as Reported,Operation counting");
        assert_eq!(llama.inputs.utilisation, Some(0.4042));
        assert_eq!(llama.inputs.accelerator_count, Some(16384.0));
        assert_eq!(llama.inputs.hours, Some(2142.0));
        assert_eq!(row(&feb, "Llama 3.1-405B").organisations, ["Meta AI"]);

        let grok = compute(&feb, "Grok-3");
        assert!(close(grok.flop, 4.64e26));
        assert_eq!(grok.method, ComputeMethod::Hardware);
        assert_eq!(row(&feb, "Grok-3").open_weights, Some(false));
        assert_eq!(row(&feb, "Grok-3").modalities, ["text", "image", "multimodal"]);

        // Epoch's notes assume 0.3 utilisation, but its `Hardware utilization` cell says 0.5.
        let bloom = compute(&feb, "BLOOM-176B");
        assert!(close(bloom.flop, 3.65664e23));
        assert_eq!(bloom.method, ComputeMethod::Hardware);
        assert_eq!(bloom.inputs.utilisation, Some(0.5));
        assert!(bloom.provenance.contains("* 0.3 (utilization assumption) = 3.65664e23"));
        let bloomf = row(&feb, "BLOOM-176B");
        assert_eq!(bloomf.organisations, ["Hugging Face", "BigScience"]);
        assert_eq!(bloomf.countries, ["US", "FR"], "Multinational,United States of America,Multinational,France");

        // Float noise is rounded off; deliberate nudges stay.
        assert_eq!(compute(&feb, "Grok-2").flop, 2.96e25);
        assert_eq!(compute(&feb, "Gemini 1.0 Ultra").flop, 5.0000000001e25);

        // DeepLabV3 and DeepLabV3+ share a slug: the `+` becomes `-plus`.
        let keys: Vec<&str> = feb.rows.iter().map(|r| r.entry.key.as_str()).collect();
        assert!(keys.contains(&"epoch/deeplabv3") && keys.contains(&"epoch/deeplabv3-plus"));
        assert!(keys.contains(&"epoch/pointnet") && keys.contains(&"epoch/pointnet-plus-plus"));
        assert_eq!(keys.iter().collect::<HashSet<_>>().len(), keys.len(), "keys are unique");

        // A base named in this file links to its key; several bases are split on commas.
        let internvl = feb.rows.iter().find(|r| r.entry.layers[0].facts.base_models.len() == 2).unwrap();
        let bases: Vec<&str> = internvl.entry.layers[0].facts.base_models.iter().map(|b| b.key.as_str()).collect();
        assert_eq!(bases, ["epoch/qwen2-72b", "epoch/internvit-6b"]);
    }

    #[test]
    fn the_april_2025_notable_file() {
        let apr = parse(APR, "notable_ai_models_2025-04.csv").unwrap();
        assert_eq!(apr.rows.len(), 954);
        assert!(apr.warnings.is_empty(), "{:?}", apr.warnings);
        let flops = trained(&apr);
        assert_eq!(flops.len(), 483);
        assert_eq!(flops.iter().filter(|f| **f >= 1e25).count(), 21);
        assert_countries_all_mapped(&apr);
        // `Country (of organization)` is the country column here.
        assert_eq!(row(&apr, "Grok-3").countries, ["US"]);
        // Written 5.18400000000001e+25 and 3.3499999999999998e+25 in the file.
        assert_eq!(compute(&apr, "Llama 4 Behemoth (preview)").flop, 5.184e25);
        assert_eq!(compute(&apr, "Claude 3.7 Sonnet").flop, 3.35e25);
        assert_eq!(compute(&apr, "GLM-4-Plus").flop, 3.6e25);
        // No method column: hardware inputs with a utilisation mean the hardware method.
        let v3 = compute(&apr, "DeepSeek-V3");
        assert!(close(v3.flop, 3.4078e24));
        assert_eq!(v3.method, ComputeMethod::Hardware);
        assert_eq!(v3.inputs.utilisation, Some(0.1947));
        assert_eq!(compute(&apr, "DeepSeek-R1").method, ComputeMethod::Other);
        // A model name with a trailing new line is trimmed.
        assert!(apr.rows.iter().any(|r| r.entry.key == "epoch/allam-adapted13b"));
    }

    #[test]
    fn the_april_2025_large_scale_file() {
        let large = parse(LARGE, "large_scale_ai_models_2025-04.csv").unwrap();
        assert_eq!(large.rows.len(), 311);
        assert!(large.warnings.is_empty(), "{:?}", large.warnings);
        let flops = trained(&large);
        assert_eq!(flops.len(), 210);
        assert!(flops.iter().all(|f| *f >= 1e23));
        assert_eq!(flops.iter().filter(|f| **f >= 1e25).count(), 22);
        assert_countries_all_mapped(&large);
        assert_eq!(large.rows.iter().filter(|r| r.entry.layers[0].facts.countries.contains(&"CN".into())).count(), 115);
        assert!(large.columns_ignored.contains(&"Task".to_owned()));
        assert!(!large.columns_ignored.iter().any(|c| c == "Model accessibility"));
        let bloom = compute(&large, "BLOOM-176B");
        assert!(close(bloom.flop, 3.65664e23));
        assert_eq!(bloom.inputs.utilisation, None, "no utilisation column in this file");
        assert_eq!(bloom.method, ComputeMethod::Other);
        assert!(close(compute(&large, "Llama 3.1-405B").flop, 3.8e25));
    }

    #[test]
    fn malformed_files_are_errors_not_panics() {
        assert_eq!(parse("", "t"), Err(EpochError::NoHeader));
        assert_eq!(parse("\u{feff}", "t"), Err(EpochError::NoHeader));
        assert_eq!(parse(" , \n", "t"), Err(EpochError::NoHeader));
        // Data without a header: its first row is taken as one and has no `Model`.
        assert_eq!(
            parse("GPT-4,Language,OpenAI\nLlama,Language,Meta AI\n", "t"),
            Err(EpochError::MissingColumn { column: "Model" })
        );
        assert_eq!(parse("Domain,Parameters\nLanguage,1e9\n", "t"), Err(EpochError::MissingColumn { column: "Model" }));
        // An unclosed quote swallows the rest of the file: the row has too few fields.
        let err = parse("Model,Parameters\nA,1\n\"B,2\nC,3\n", "t").unwrap_err();
        assert!(matches!(err, EpochError::Csv { line: 3, .. }), "{err:?}");
        assert!(matches!(parse("Model,Parameters\nA,1,2\n", "t"), Err(EpochError::Csv { line: 2, .. })));
    }

    #[test]
    fn bad_cells_are_warnings_and_the_row_is_kept() {
        let text = concat!(
            "\u{feff}Model,Parameters,Training compute (FLOP),Publication date,Country,Model accessibility,Extra\n",
            "A,lots,1e20,2024-02-30,Atlantis,Open weights (unrestricted),x\n",
            "B,-5,inf,2024-02-29,\"China, Multinational\",Sold on DVD,y\n",
        );
        let import = parse(text, "t").unwrap();
        assert_eq!(import.columns_ignored, ["Extra"]);
        assert_eq!(import.rows.len(), 2);
        let a = &import.rows[0].entry.layers[0];
        assert_eq!(import.rows[0].line, 2);
        assert_eq!(a.facts.parameters, None);
        assert_eq!(a.facts.compute.as_ref().map(|c| c.flop), Some(1e20));
        assert_eq!(a.facts.compute.as_ref().map(|c| c.method), Some(ComputeMethod::Other));
        assert_eq!(a.facts.release_date, None);
        assert_eq!(a.facts.open_weights, Some(true));
        assert_eq!(
            a.warnings,
            [
                "Parameters: \"lots\" is not a number; ignored",
                "Publication date: \"2024-02-30\" is not a YYYY-MM-DD date; ignored",
                "unknown country \"Atlantis\"; skipped",
            ]
        );
        let b = &import.rows[1].entry.layers[0];
        assert_eq!(b.facts.release_date.as_deref(), Some("2024-02-29"));
        assert_eq!(b.facts.countries, ["CN"]);
        assert_eq!(b.facts.open_weights, None);
        assert_eq!(b.facts.accessibility.as_deref(), Some("Sold on DVD"));
        assert_eq!(b.facts.compute, None);
        assert_eq!(b.warnings.len(), 4, "{:?}", b.warnings);
        assert!(b.warnings[0].starts_with("Parameters: \"-5\""));
        assert!(b.warnings[1].starts_with("Training compute (FLOP): \"inf\""));
    }

    #[test]
    fn empty_names_and_duplicates_are_file_warnings() {
        let text = "Model,Organization\nA,X\n,Y\nA,Z\n  B  ,W\n";
        let import = parse(text, "t").unwrap();
        let names: Vec<_> = import.rows.iter().map(|r| r.entry.layers[0].facts.name.clone().unwrap()).collect();
        assert_eq!(names, ["A", "B"]);
        assert_eq!(import.rows[0].entry.layers[0].facts.organisations, ["X"], "the first row is kept");
        assert_eq!(
            import.warnings,
            ["line 3: no model name; row skipped", "line 4: model \"A\" is already on line 2; kept line 2"]
        );
    }

    #[test]
    fn columns_map_by_name_in_any_order() {
        let text = concat!(
            "Base model,Domain,System,Organization,Link,Training compute estimation method,",
            "Training compute (FLOP),Training compute notes\n",
            "Base-1,\"Speech,3D modeling,Audio\",Child,\"A, B,A\",",
            "\"https://a.example/x, see https://b.example/y\nftp://c\",\"Operation counting,Hardware\",1.08e22,",
            "\"6 * 1B * 1T = 6e21\n1000 hours * 3600 * 1e15 * 0.3 = 1.08e22\"\n",
            ",,Base-1,,,,,\n",
        );
        let import = parse(text, "snap").unwrap();
        let child = &import.rows[0].entry;
        assert_eq!(child.key, "epoch/child");
        let f = &child.layers[0].facts;
        assert_eq!(f.modalities, ["audio", "3d-modeling"]);
        assert_eq!(f.organisations, ["A", "B"]);
        assert_eq!(f.links, ["https://a.example/x", "https://b.example/y"]);
        assert_eq!(f.base_models[0].key, "epoch/base-1");
        assert_eq!(f.compute.as_ref().unwrap().method, ComputeMethod::Hardware);
        assert!(import.columns_ignored.is_empty());
    }

    #[test]
    fn the_method_falls_back_to_the_first_listed() {
        assert_eq!(method(Some("Hardware,Operation counting"), "", 1e24, false), ComputeMethod::Hardware);
        assert_eq!(method(Some("Comparison with other models,Reported"), "", 1e24, false), ComputeMethod::Reported);
        assert_eq!(method(Some("Benchmarks"), "", 1e24, true), ComputeMethod::ThirdParty);
        assert_eq!(method(None, "", 1e24, true), ComputeMethod::Hardware);
        assert_eq!(method(None, "", 1e24, false), ComputeMethod::Other);
        assert_eq!(
            method(Some("Hardware,Operation counting"), "6 x 1e9 x 1e12 = 6e21.", 6e21, false),
            ComputeMethod::OperationCounting
        );
        assert_eq!(leading_number(" 4.56e24."), Some(4.56e24));
        assert_eq!(leading_number(" e"), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(body in "[A-Za-z0-9,.\"\n +-]{0,300}") {
            let header = "Model,Parameters,Training compute (FLOP),Base model,Country,Domain,Link\n";
            let _ = parse(&format!("{header}{body}"), "t");
            let _ = parse(&body, "t");
        }
    }
}
