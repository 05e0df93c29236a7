//! The Foundation Model Transparency Index (Stanford CRFM): 0/1 scores per indicator and
//! developer, summed per domain and overall.
//!
//! Three editions with three layouts: October 2023 carries its domains in the scores file;
//! May 2024 and December 2025 list only indicator names, so domains come from the indicator
//! list of the edition (the 2025 list is a new indicator set, not comparable item by item).
//! Totals are always recomputed from the indicators; a `Total` row, where the file has one, is
//! kept as [`Scorecard::stated_total`] and checked against the sum.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// An FMTI edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FmtiVersion {
    /// v1.0, 10 developers; domains in the scores file.
    Oct2023,
    /// v1.1, 14 developers; domains from `fmti-indicators.csv`.
    May2024,
    /// December 2025, 13 developers; the revised indicators of `Dec2025_indicators.csv`.
    Dec2025,
}

impl FmtiVersion {
    pub const ALL: [FmtiVersion; 3] = [FmtiVersion::Oct2023, FmtiVersion::May2024, FmtiVersion::Dec2025];

    pub fn as_str(self) -> &'static str {
        match self {
            FmtiVersion::Oct2023 => "2023-10",
            FmtiVersion::May2024 => "2024-05",
            FmtiVersion::Dec2025 => "2025-12",
        }
    }

    pub fn parse(text: &str) -> Option<FmtiVersion> {
        FmtiVersion::ALL.into_iter().find(|v| v.as_str() == text.trim())
    }

    /// The name the index itself uses for the edition.
    pub fn label(self) -> &'static str {
        match self {
            FmtiVersion::Oct2023 => "FMTI v1.0 (October 2023)",
            FmtiVersion::May2024 => "FMTI v1.1 (May 2024)",
            FmtiVersion::Dec2025 => "FMTI (December 2025)",
        }
    }
}

/// One indicator's score for one developer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorScore {
    pub domain: String,
    pub subdomain: String,
    /// The indicator's name as the scores file writes it.
    pub indicator: String,
    /// 0 or 1.
    pub score: u8,
}

/// A developer's scores in one edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard {
    pub version: FmtiVersion,
    /// The developer as FMTI names it (see [`developer_matches`] to link it to registry entries).
    pub developer: String,
    /// Sum of the indicator scores.
    pub total: u32,
    /// Number of indicators scored (100 in every edition).
    pub max: u32,
    /// `(domain, score, max)` in the order the domains first appear.
    pub by_domain: Vec<(String, u32, u32)>,
    pub indicators: Vec<IndicatorScore>,
    /// The file's `Total` row for this developer, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_total: Option<u32>,
}

/// Every developer's scorecard of one edition, and what the parser noticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecards {
    pub version: FmtiVersion,
    pub cards: Vec<Scorecard>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Scorecards {
    /// The card of a developer named exactly as FMTI names it.
    pub fn developer(&self, name: &str) -> Option<&Scorecard> {
        self.cards.iter().find(|c| c.developer == name)
    }
}

/// Why an FMTI file could not be read. `file` is `scores` or `indicators`.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum FmtiError {
    #[error("{file} file: no header row")]
    NoHeader { file: &'static str },
    #[error("{file} file: required column `{column}` is missing")]
    MissingColumn { file: &'static str, column: &'static str },
    #[error("{file} file: CSV syntax error at line {line}: {message}")]
    Csv { file: &'static str, line: u64, message: String },
    #[error("scores file: no developer columns")]
    NoDevelopers,
    #[error("scores file, line {line}: the score of {developer} is {value:?}, not 0 or 1")]
    Score { line: u64, developer: String, value: String },
    #[error("scores file, line {line}: the total of {developer} is {value:?}, not a whole number")]
    Total { line: u64, developer: String, value: String },
}

/// Indicator names that differ between editions' files, normalised (see [`normalise`]). Pairs
/// are looked up both ways. May 2024 scores vs `fmti-indicators.csv`, plus October 2023's names.
const INDICATOR_ALIASES: &[(&str, &str)] = &[
    ("data copyright status", "copyrighted data"),
    ("data license status", "data license"),
    ("license", "model license"),
    ("model asset license", "model license"),
    ("machine generated content", "detection of machine generated content"),
    ("release decision making protocol", "release decision making"),
];

/// Developer names that are one organisation, lower-cased. FMTI names the developer; Epoch AI
/// and cards name labs and subsidiaries. Explicit on purpose: a substring rule would tie
/// `Meta` to `MetaMind` (Salesforce) or `IBM` to `MIT-IBM Watson AI Lab`.
const DEVELOPER_ALIASES: &[&[&str]] = &[
    &["meta", "meta ai", "meta platforms", "facebook", "facebook ai", "facebook ai research", "fair"],
    &["google", "google deepmind", "deepmind", "google brain", "google research", "google ai", "google cloud"],
    &["openai"],
    &["anthropic"],
    &["amazon", "amazon web services", "aws", "amazon agi"],
    &["microsoft", "microsoft research", "microsoft research asia", "microsoft ai"],
    &["ibm", "ibm research"],
    &["stability", "stability ai"],
    &["inflection", "inflection ai"],
    &["mistral", "mistral ai"],
    &["ai21 labs", "ai21"],
    &["cohere", "cohere for ai", "cohere labs"],
    &["alibaba", "alibaba cloud", "alibaba group", "alibaba damo academy", "qwen team"],
    &["deepseek", "deepseek ai"],
    &["xai", "x.ai"],
    &["hugging face", "huggingface"],
    &["adept", "adept ai"],
    &["aleph alpha"],
    &["writer", "writer inc"],
    &["midjourney"],
    &["bigcode", "bigcode project"],
];

/// Whether an FMTI developer and a registry organisation name the same organisation:
/// case-insensitive equality or one group of [`DEVELOPER_ALIASES`]; nothing fuzzy.
pub fn developer_matches(fmti_developer: &str, organisation: &str) -> bool {
    let a = normalise_name(fmti_developer);
    let b = normalise_name(organisation);
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b || DEVELOPER_ALIASES.iter().any(|g| g.contains(&a.as_str()) && g.contains(&b.as_str()))
}

fn normalise_name(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Indicator names compared across files: case, hyphens and spacing ignored
/// (`Third party risks evaluation` = `Third-party risks evaluation`, `Data creators `).
fn normalise(s: &str) -> String {
    s.replace('-', " ").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Reads one edition. `indicators_csv` is the edition's indicator list (`fmti-indicators.csv`
/// for May 2024, `Dec2025_indicators.csv` for December 2025); October 2023 carries its domains
/// in the scores file and does not read it.
pub fn parse_scores(version: FmtiVersion, scores_csv: &str, indicators_csv: &str) -> Result<Scorecards, FmtiError> {
    let mut warnings = Vec::new();
    let (headers, rows) = read_csv(scores_csv, "scores")?;
    let find = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let indicator_col = find("Indicator").ok_or(FmtiError::MissingColumn { file: "scores", column: "Indicator" })?;
    let domain_cols = match version {
        FmtiVersion::Oct2023 => Some((
            find("Domain").ok_or(FmtiError::MissingColumn { file: "scores", column: "Domain" })?,
            find("Subdomain").ok_or(FmtiError::MissingColumn { file: "scores", column: "Subdomain" })?,
        )),
        FmtiVersion::May2024 | FmtiVersion::Dec2025 => None,
    };
    let mut list = match domain_cols {
        Some(_) => None,
        None => Some(IndicatorList::parse(indicators_csv)?),
    };

    // Developers: every named column but the indicator's, its domain's and the per-row Total.
    let mut developers: Vec<(usize, String)> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let name = h.trim();
        let fixed = ["domain", "subdomain", "indicator", "total"].contains(&name.to_lowercase().as_str());
        if name.is_empty() || fixed {
            continue;
        }
        if developers.iter().any(|(_, d)| d == name) {
            warnings.push(format!("developer column {name:?} appears twice; the second is ignored"));
            continue;
        }
        developers.push((i, name.to_owned()));
    }
    if developers.is_empty() {
        return Err(FmtiError::NoDevelopers);
    }

    let mut cards: Vec<Scorecard> = developers
        .iter()
        .map(|(_, d)| Scorecard {
            version,
            developer: d.clone(),
            total: 0,
            max: 0,
            by_domain: Vec::new(),
            indicators: Vec::new(),
            stated_total: None,
        })
        .collect();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut total_line: Option<u64> = None;
    for (line, cells) in &rows {
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let indicator = cell(indicator_col);
        if indicator.eq_ignore_ascii_case("total") {
            if let Some(first) = total_line {
                warnings.push(format!("line {line}: a second Total row (first on line {first}); ignored"));
                continue;
            }
            total_line = Some(*line);
            for ((i, developer), card) in developers.iter().zip(cards.iter_mut()) {
                card.stated_total = match cell(*i) {
                    "" => None,
                    v => Some(v.parse::<u32>().map_err(|_| FmtiError::Total {
                        line: *line,
                        developer: developer.clone(),
                        value: v.to_owned(),
                    })?),
                };
            }
            continue;
        }
        if indicator.is_empty() {
            if cells.iter().any(|c| !c.trim().is_empty()) {
                warnings.push(format!("line {line}: no indicator name; row skipped"));
            }
            continue;
        }
        if let Some(first) = seen.get(&normalise(indicator)) {
            warnings
                .push(format!("line {line}: indicator {indicator:?} is already on line {first}; kept line {first}"));
            continue;
        }
        seen.insert(normalise(indicator), *line);

        let (domain, subdomain) = match (domain_cols, list.as_mut()) {
            (Some((d, s)), _) => (cell(d).to_owned(), cell(s).to_owned()),
            (None, Some(list)) => list.lookup(indicator).unwrap_or_else(|| {
                warnings
                    .push(format!("line {line}: indicator {indicator:?} is not in the indicator list; domain unknown"));
                (String::new(), String::new())
            }),
            (None, None) => (String::new(), String::new()),
        };
        if domain.is_empty() && domain_cols.is_some() {
            warnings.push(format!("line {line}: indicator {indicator:?} has no domain"));
        }
        for ((i, developer), card) in developers.iter().zip(cards.iter_mut()) {
            let score = match cell(*i) {
                "0" => 0,
                "1" => 1,
                v => return Err(FmtiError::Score { line: *line, developer: developer.clone(), value: v.to_owned() }),
            };
            card.indicators.push(IndicatorScore {
                domain: domain.clone(),
                subdomain: subdomain.clone(),
                indicator: indicator.to_owned(),
                score,
            });
        }
    }
    if let Some(list) = &list {
        for name in list.unused() {
            warnings.push(format!("indicator {name:?} of the indicator list has no scores"));
        }
    }

    for card in &mut cards {
        sum_up(card);
        if let Some(stated) = card.stated_total
            && stated != card.total
        {
            warnings
                .push(format!("{}: the Total row says {stated}, the indicators sum to {}", card.developer, card.total));
        }
    }
    Ok(Scorecards { version, cards, warnings })
}

fn sum_up(card: &mut Scorecard) {
    let mut by_domain: Vec<(String, u32, u32)> = Vec::new();
    for s in &card.indicators {
        let i = match by_domain.iter().position(|(d, _, _)| *d == s.domain) {
            Some(i) => i,
            None => {
                by_domain.push((s.domain.clone(), 0, 0));
                by_domain.len() - 1
            }
        };
        if let Some(d) = by_domain.get_mut(i) {
            d.1 += u32::from(s.score);
            d.2 += 1;
        }
    }
    card.total = card.indicators.iter().map(|s| u32::from(s.score)).sum();
    card.max = u32::try_from(card.indicators.len()).unwrap_or(u32::MAX);
    card.by_domain = by_domain;
}

/// An edition's indicator list: normalised name → (domain, subdomain), with what was used.
struct IndicatorList {
    by_name: HashMap<String, (String, String)>,
    names: Vec<String>,
    used: Vec<bool>,
}

impl IndicatorList {
    fn parse(text: &str) -> Result<IndicatorList, FmtiError> {
        let (headers, rows) = read_csv(text, "indicators")?;
        let find = |name: &'static str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or(FmtiError::MissingColumn { file: "indicators", column: name })
        };
        let (d, s, i) = (find("Domain")?, find("Subdomain")?, find("Indicator")?);
        let mut by_name = HashMap::new();
        let mut names = Vec::new();
        for (_, cells) in &rows {
            let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
            let name = cell(i);
            if name.is_empty() || by_name.contains_key(&normalise(name)) {
                continue;
            }
            // Trimmed: the 2025 list writes the subdomain "Accountability " once with a space.
            by_name.insert(normalise(name), (cell(d).to_owned(), cell(s).to_owned()));
            names.push(name.to_owned());
        }
        let used = vec![false; names.len()];
        Ok(IndicatorList { by_name, names, used })
    }

    fn lookup(&mut self, indicator: &str) -> Option<(String, String)> {
        let key = normalise(indicator);
        let alias = INDICATOR_ALIASES.iter().find_map(|(a, b)| {
            if *a == key {
                Some(*b)
            } else if *b == key {
                Some(*a)
            } else {
                None
            }
        });
        let found = std::iter::once(key.as_str()).chain(alias).find(|k| self.by_name.contains_key(*k))?.to_owned();
        if let Some(pos) = self.names.iter().position(|n| normalise(n) == found)
            && let Some(u) = self.used.get_mut(pos)
        {
            *u = true;
        }
        self.by_name.get(&found).cloned()
    }

    fn unused(&self) -> impl Iterator<Item = &String> {
        self.names.iter().zip(&self.used).filter(|(_, u)| !**u).map(|(n, _)| n)
    }
}

type Rows = Vec<(u64, Vec<String>)>;

/// Header and rows with their line numbers; a UTF-8 BOM is dropped. Short rows are allowed:
/// a missing score cell is then reported by name, line and developer.
fn read_csv(text: &str, file: &'static str) -> Result<(Vec<String>, Rows), FmtiError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let csv_error = |e: csv::Error| FmtiError::Csv {
        file,
        line: e.position().map_or(0, csv::Position::line),
        message: e.to_string(),
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().map_err(csv_error)?.iter().map(str::to_owned).collect();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(FmtiError::NoHeader { file });
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, csv::Position::line);
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok((headers, rows))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    const OCT: &str = include_str!("../../../data/registry/fmti/October2023_scores.csv");
    const MAY: &str = include_str!("../../../data/registry/fmti/May2024_scores.csv");
    const DEC: &str = include_str!("../../../data/registry/fmti/Dec2025_scores.csv");
    const INDICATORS: &str = include_str!("../../../data/registry/fmti/fmti-indicators.csv");
    const INDICATORS_2025: &str = include_str!("../../../data/registry/fmti/Dec2025_indicators.csv");

    fn totals(s: &Scorecards) -> Vec<(&str, u32)> {
        s.cards.iter().map(|c| (c.developer.as_str(), c.total)).collect()
    }

    fn domains(card: &Scorecard) -> Vec<(&str, u32, u32)> {
        card.by_domain.iter().map(|(d, s, m)| (d.as_str(), *s, *m)).collect()
    }

    fn check_shape(s: &Scorecards, developers: usize) {
        assert_eq!(s.cards.len(), developers);
        for c in &s.cards {
            assert_eq!(c.max, 100, "{}", c.developer);
            assert_eq!(c.indicators.len(), 100);
            assert_eq!(c.by_domain.iter().map(|d| d.2).sum::<u32>(), 100, "domain maxima sum to 100");
            assert_eq!(c.by_domain.iter().map(|d| d.1).sum::<u32>(), c.total);
            assert!(c.indicators.iter().all(|i| !i.domain.is_empty() && !i.subdomain.is_empty()));
        }
    }

    #[test]
    fn october_2023() {
        let s = parse_scores(FmtiVersion::Oct2023, OCT, "").unwrap();
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        check_shape(&s, 10);
        assert_eq!(
            totals(&s),
            [
                ("Meta", 54),
                ("Hugging Face", 53),
                ("OpenAI", 48),
                ("Stability AI", 47),
                ("Google", 40),
                ("Anthropic", 36),
                ("Cohere", 34),
                ("AI21 Labs", 25),
                ("Inflection", 21),
                ("Amazon", 12),
            ]
        );
        for c in &s.cards {
            assert_eq!(c.stated_total, Some(c.total), "{}: the file's Total row", c.developer);
        }
        let meta = s.developer("Meta").unwrap();
        assert_eq!(domains(meta), [("Upstream", 14, 32), ("Model", 22, 33), ("Downstream", 18, 35)]);
        assert_eq!(
            meta.indicators[0],
            IndicatorScore {
                domain: "Upstream".into(),
                subdomain: "Data".into(),
                indicator: "Data size".into(),
                score: 1
            }
        );
        assert_eq!(
            domains(s.developer("Amazon").unwrap()),
            [("Upstream", 0, 32), ("Model", 6, 33), ("Downstream", 6, 35)]
        );
    }

    #[test]
    fn may_2024() {
        let s = parse_scores(FmtiVersion::May2024, MAY, INDICATORS).unwrap();
        // Every indicator found its domain, the eight renamed ones through the alias table.
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        check_shape(&s, 14);
        assert_eq!(
            totals(&s),
            [
                ("Adept", 33),
                ("AI21 Labs", 75),
                ("Aleph Alpha", 75),
                ("Amazon", 41),
                ("Anthropic", 51),
                ("BigCode", 85),
                ("Google", 47),
                ("IBM", 64),
                ("Meta", 60),
                ("Microsoft", 62),
                ("Mistral", 55),
                ("OpenAI", 49),
                ("Stability", 58),
                ("Writer", 56),
            ]
        );
        for c in &s.cards {
            assert_eq!(c.stated_total, Some(c.total), "{}: the file's Total row", c.developer);
        }
        assert_eq!(
            domains(s.developer("BigCode").unwrap()),
            [("Upstream", 32, 32), ("Model", 25, 33), ("Downstream", 28, 35)]
        );
        assert_eq!(
            domains(s.developer("Adept").unwrap()),
            [("Upstream", 1, 32), ("Model", 14, 33), ("Downstream", 18, 35)]
        );
        let ibm = s.developer("IBM").unwrap();
        let licence = ibm.indicators.iter().find(|i| i.indicator == "License").unwrap();
        assert_eq!((licence.domain.as_str(), licence.subdomain.as_str()), ("Downstream", "Distribution"));
        let third = ibm.indicators.iter().find(|i| i.indicator == "Third-party risks evaluation").unwrap();
        assert_eq!((third.domain.as_str(), third.subdomain.as_str()), ("Model", "Risks"));
    }

    #[test]
    fn december_2025() {
        let s = parse_scores(FmtiVersion::Dec2025, DEC, INDICATORS_2025).unwrap();
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        check_shape(&s, 13);
        assert_eq!(
            totals(&s),
            [
                ("AI21 Labs", 66),
                ("Alibaba", 26),
                ("Amazon", 39),
                ("Anthropic", 46),
                ("DeepSeek", 32),
                ("Google", 41),
                ("IBM", 95),
                ("Meta", 31),
                ("Midjourney", 14),
                ("Mistral", 18),
                ("OpenAI", 35),
                ("Writer", 72),
                ("xAI", 14),
            ]
        );
        assert!(s.cards.iter().all(|c| c.stated_total.is_none()), "no Total row in 2025");
        assert_eq!(
            domains(s.developer("IBM").unwrap()),
            [("Upstream", 34, 34), ("Model", 28, 30), ("Downstream", 33, 36)]
        );
        assert_eq!(
            domains(s.developer("Meta").unwrap()),
            [("Upstream", 7, 34), ("Model", 12, 30), ("Downstream", 12, 36)]
        );
        let ibm = s.developer("IBM").unwrap();
        let accountability = ibm.indicators.iter().filter(|i| i.subdomain == "Accountability").count();
        assert_eq!(accountability, 3, "\"Accountability \" with a space is the same subdomain");
        let compute = ibm.indicators.iter().filter(|i| i.subdomain == "Compute").count();
        assert_eq!(compute, 9);
    }

    #[test]
    fn every_developer_matches_an_epoch_organisation() {
        let epoch = [
            "Meta AI",
            "Google DeepMind",
            "Google",
            "OpenAI",
            "Anthropic",
            "DeepSeek",
            "Alibaba",
            "Mistral AI",
            "Amazon",
            "IBM",
            "xAI",
            "Stability AI",
            "Hugging Face",
            "BigScience",
            "AI21 Labs",
            "Cohere",
            "Inflection AI",
            "Microsoft",
            "Adept",
            "Aleph Alpha",
            "Writer",
            "Midjourney",
            "BigCode",
        ];
        for (version, scores, list) in [
            (FmtiVersion::Oct2023, OCT, ""),
            (FmtiVersion::May2024, MAY, INDICATORS),
            (FmtiVersion::Dec2025, DEC, INDICATORS_2025),
        ] {
            for c in parse_scores(version, scores, list).unwrap().cards {
                let hits: Vec<&str> = epoch.iter().copied().filter(|o| developer_matches(&c.developer, o)).collect();
                assert!(!hits.is_empty(), "{} in {version:?}", c.developer);
            }
        }
    }

    #[test]
    fn developer_names_match_exactly_or_through_the_table() {
        for (a, b) in [
            ("Meta", "Meta AI"),
            ("Meta", "Facebook AI Research"),
            ("Google", "Google DeepMind"),
            ("Google", "DeepMind"),
            ("Stability", "Stability AI"),
            ("Inflection", "Inflection AI"),
            ("Mistral", "Mistral AI"),
            ("OpenAI", "  openai "),
            ("xAI", "XAI"),
            ("BigScience", "BigScience"),
        ] {
            assert!(developer_matches(a, b), "{a} ~ {b}");
        }
        for (a, b) in [
            ("Meta", "Metaculus"),
            ("Meta", "MetaMind Inc"),
            ("IBM", "MIT-IBM Watson AI Lab"),
            ("Google", "Alphabet Inc"),
            ("Amazon", "Anthropic"),
            ("Hugging Face", "BigScience"),
            ("Writer", "Writers Guild"),
            ("", ""),
        ] {
            assert!(!developer_matches(a, b), "{a} !~ {b}");
        }
    }

    #[test]
    fn bad_files_are_errors() {
        let list = "Domain,Subdomain,Indicator\nUpstream,Data,Data size\nModel,Risks,Red teaming\n";
        assert_eq!(parse_scores(FmtiVersion::May2024, "", list), Err(FmtiError::NoHeader { file: "scores" }));
        assert_eq!(
            parse_scores(FmtiVersion::May2024, "Name,A\nData size,1\n", list),
            Err(FmtiError::MissingColumn { file: "scores", column: "Indicator" })
        );
        assert_eq!(
            parse_scores(FmtiVersion::Oct2023, "Indicator,A\nData size,1\n", ""),
            Err(FmtiError::MissingColumn { file: "scores", column: "Domain" })
        );
        assert_eq!(
            parse_scores(FmtiVersion::Dec2025, "Indicator,A\nData size,1\n", "Domain,Indicator\n"),
            Err(FmtiError::MissingColumn { file: "indicators", column: "Subdomain" })
        );
        assert_eq!(
            parse_scores(FmtiVersion::Dec2025, "Indicator,Total\nData size,1\n", list),
            Err(FmtiError::NoDevelopers)
        );
        assert_eq!(
            parse_scores(FmtiVersion::May2024, "Indicator,A,B\nData size,1,0\nRed teaming,1,2\n", list),
            Err(FmtiError::Score { line: 3, developer: "B".into(), value: "2".into() })
        );
        assert_eq!(
            parse_scores(FmtiVersion::May2024, "Indicator,A,B\nData size,1\n", list),
            Err(FmtiError::Score { line: 2, developer: "B".into(), value: String::new() })
        );
        assert_eq!(
            parse_scores(FmtiVersion::May2024, "Indicator,A\nData size,1\nTotal,one\n", list),
            Err(FmtiError::Total { line: 3, developer: "A".into(), value: "one".into() })
        );
    }

    #[test]
    fn drift_is_reported_as_warnings() {
        let list = "\u{feff}Domain,Subdomain,Indicator\nUpstream,Data,Data size\nModel,Risks,Red teaming\n";
        let scores = "Indicator,A,B\nData size,1,0\nNew indicator,1,1\nData size,0,0\nTotal,3,1\n";
        let s = parse_scores(FmtiVersion::May2024, scores, list).unwrap();
        assert_eq!(
            s.warnings,
            [
                "line 3: indicator \"New indicator\" is not in the indicator list; domain unknown",
                "line 4: indicator \"Data size\" is already on line 2; kept line 2",
                "indicator \"Red teaming\" of the indicator list has no scores",
                "A: the Total row says 3, the indicators sum to 2",
            ]
        );
        let a = s.developer("A").unwrap();
        assert_eq!((a.total, a.max, a.stated_total), (2, 2, Some(3)));
        assert_eq!(domains(a), [("Upstream", 1, 1), ("", 1, 1)]);
    }

    #[test]
    fn versions_round_trip() {
        for v in FmtiVersion::ALL {
            assert_eq!(FmtiVersion::parse(v.as_str()), Some(v));
        }
        assert_eq!(FmtiVersion::parse("2022"), None);
    }
}
