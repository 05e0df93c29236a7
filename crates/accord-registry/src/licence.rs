//! The licence table: SPDX and AI-model licences, with their openness in plain words.
//!
//! The table lives in `data/licences.toml` (one `[[licence]]` per licence, every fact with its
//! source and how sure we are of it). It answers three questions:
//!
//! - [`LicenceTable::normalise`]: what a card's `license` / `license_name` / `license_link`
//!   fields name, following the Hugging Face Hub rules (a Hub id; `other` plus a name; absent
//!   means `unknown`), matching names case- and separator-insensitively;
//! - [`LicenceTable::detect_in_text`]: which licence a card's prose names when its metadata is
//!   silent (many official cards state the licence only in a "License" section);
//! - what a licence allows, in five dimensions (weights, commercial use, use restrictions,
//!   changes, attribution) plus whether it is free and open-source in the EU AI Act's sense.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::entry::LicenceRef;

/// Why a licence table was refused. Every message names the licence it is about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LicenceError {
    #[error("the licence table is not valid TOML: {0}")]
    Syntax(String),
    #[error("licence `{id}`: {message}")]
    Invalid { id: String, message: String },
}

fn invalid(id: &str, message: impl Into<String>) -> LicenceError {
    LicenceError::Invalid { id: id.to_owned(), message: message.into() }
}

/// Defines a closed list of words as an enum: its TOML spelling, its plain-English meaning.
macro_rules! words {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal => $describe:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The spelling used in `licences.toml` and in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// What the value means, in one plain sentence for the UI.
            pub fn describe(self) -> &'static str {
                match self {
                    $($name::$variant => $describe,)+
                }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            fn expected() -> String {
                $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

words! {
    /// The kind of licence.
    Family {
        Permissive = "permissive" => "Permissive: few conditions beyond keeping the notices.",
        WeakCopyleft = "weak-copyleft" => "Weak copyleft: changes to the licensed files stay under the licence.",
        Copyleft = "copyleft" => "Copyleft: shared versions must stay under the same licence.",
        PublicDomain = "public-domain" => "Public domain or equivalent: no conditions.",
        NonCommercial = "non-commercial" => "Non-commercial: free to share and change, but not for commercial use.",
        NoDerivatives = "no-derivatives" => "No derivatives: only unchanged copies may be shared.",
        OpenRail = "openrail" => "Responsible AI licence (RAIL): open use, minus a list of forbidden uses that travels with the model.",
        Community = "community" => "Community licence written by the model's developer, with conditions on size or use.",
        Research = "research" => "Research licence: use for research only.",
        Custom = "custom" => "The developer's own licence.",
        Unknown = "unknown" => "The licence is not stated or not known.",
    }
}

impl Family {
    /// General-purpose licences (software, content, data) as opposed to licences written for
    /// AI models. A card naming both usually means code under the first and weights under the
    /// second.
    pub fn is_general(self) -> bool {
        matches!(
            self,
            Family::Permissive
                | Family::WeakCopyleft
                | Family::Copyleft
                | Family::PublicDomain
                | Family::NonCommercial
                | Family::NoDerivatives
        )
    }
}

words! {
    /// Whether the licence lets the weights be shared on.
    WeightsAccess {
        Open = "open" => "The weights may be shared on under the same licence, keeping its notices.",
        Gated = "gated" => "The weights may be shared on only with extra conditions, such as passing on use restrictions, a user cap or approval.",
        Closed = "closed" => "The licence does not allow sharing the weights on.",
        NotApplicable = "n/a" => "The licence says nothing usable about sharing the weights.",
    }
}

words! {
    /// Whether commercial use is allowed.
    CommercialUse {
        Yes = "yes" => "Commercial use is allowed.",
        Conditional = "conditional" => "Commercial use is allowed only under conditions, such as a size cap, registration or approval.",
        No = "no" => "Commercial use is not allowed.",
        Unknown = "unknown" => "Whether commercial use is allowed is not known.",
    }
}

words! {
    /// What the licence forbids using the model for.
    UseRestrictions {
        None = "none" => "No restrictions on what it is used for.",
        Specific = "specific" => "A few named uses are forbidden.",
        AcceptableUsePolicy = "acceptable_use_policy" => "Use must follow the licensor's acceptable use policy.",
        Behavioural = "behavioural" => "A list of forbidden uses is part of the licence and must be passed on to every user (RAIL style).",
        ResearchOnly = "research_only" => "Only research or other non-commercial use is allowed.",
        Unknown = "unknown" => "Restrictions on use are not known.",
    }
}

words! {
    /// Whether changed versions (fine-tunes, derivatives) may be made and shared.
    Modification {
        Yes = "yes" => "Changed versions may be made and shared.",
        Conditional = "conditional" => "Changed versions may be shared, but only under this licence's terms.",
        No = "no" => "Changed versions may not be shared.",
        Unknown = "unknown" => "Whether changed versions may be shared is not known.",
    }
}

words! {
    /// How sure the table is of an entry.
    LicenceConfidence {
        Verified = "verified" => "Checked against the licence text itself.",
        PrimaryText = "primary_text" => "From the well-known licence text, not re-read for this table.",
        Uncertain = "uncertain" => "Some facts could not be checked; the note says which.",
    }
}

/// One dimension of openness: a value from a small list and the words the UI shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dimension<T> {
    pub value: T,
    /// Specific words from the table, or the value's general description.
    pub words: String,
}

/// A licence with what it allows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Licence {
    /// The Hub identifier (`apache-2.0`, `llama3.1`) or, for licences the Hub lists as
    /// `other`, the `license_name` cards commonly use.
    pub id: String,
    /// The official title.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spdx: Option<String>,
    /// Other names and ids seen in cards and prose.
    pub aliases: Vec<String>,
    /// URLs of the licence text seen in cards.
    pub links: Vec<String>,
    /// Sets of words that, all found in a card's licence section, name this licence (cards
    /// that say "the weights follow the Model License" without naming it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<Vec<String>>,
    pub family: Family,
    pub weights: Dimension<WeightsAccess>,
    pub commercial_use: Dimension<CommercialUse>,
    pub use_restrictions: Dimension<UseRestrictions>,
    pub modification: Dimension<Modification>,
    /// `None` where not known.
    pub attribution_required: Option<bool>,
    /// What the licence says about training data.
    pub data: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// One sentence: what a user may and may not do.
    pub summary: String,
    pub osi_approved: Option<bool>,
    /// Free and open-source in the sense of EU AI Act Art. 53(2) and recital 102: access,
    /// use, study, change and share, with no monetisation or use restrictions.
    pub foss: Option<bool>,
    /// Where the licence text is.
    pub source: String,
    pub confidence: LicenceConfidence,
    /// Where the text was read, for `verified` entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_in: Option<String>,
    /// What is uncertain, or anything a reader should know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Licence {
    /// Whether the weights may be shared on at all (with conditions or not); `None` when the
    /// licence does not say.
    pub fn weights_shareable(&self) -> Option<bool> {
        match self.weights.value {
            WeightsAccess::Open | WeightsAccess::Gated => Some(true),
            WeightsAccess::Closed => Some(false),
            WeightsAccess::NotApplicable => None,
        }
    }

    /// The openness dimensions as (label, plain words), in the order the UI shows them.
    pub fn plain_words(&self) -> Vec<(&'static str, String)> {
        let attribution = match self.attribution_required {
            Some(true) => "Credit is required: keep the licence and notices.",
            Some(false) => "No credit is required.",
            None => "Whether credit is required is not known.",
        };
        vec![
            ("weights", self.weights.words.clone()),
            ("commercial use", self.commercial_use.words.clone()),
            ("use restrictions", self.use_restrictions.words.clone()),
            ("changes", self.modification.words.clone()),
            ("attribution", attribution.to_owned()),
            ("training data", self.data.clone()),
        ]
    }
}

const DEFAULT_DATA: &str = "Not covered: the licence says nothing about training data.";

/// The data file: only `[[licence]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    licence: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLicence {
    id: String,
    name: String,
    spdx: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    hints: Vec<Vec<String>>,
    family: String,
    weights: RawDimension,
    commercial_use: RawDimension,
    use_restrictions: RawDimension,
    modification: RawDimension,
    attribution_required: Option<bool>,
    data: Option<String>,
    code: Option<String>,
    summary: String,
    osi_approved: Option<bool>,
    foss: Option<bool>,
    source: String,
    confidence: String,
    checked_in: Option<String>,
    note: Option<String>,
}

/// A dimension is written either as a bare value (`weights = "open"`) or with its own words
/// (`weights = { value = "gated", words = "…" }`).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawDimension {
    Value(String),
    Worded { value: String, words: String },
}

fn dimension<T: Copy>(
    id: &str,
    field: &str,
    raw: RawDimension,
    parse: fn(&str) -> Option<T>,
    describe: fn(T) -> &'static str,
    expected: fn() -> String,
) -> Result<Dimension<T>, LicenceError> {
    let (text, words) = match raw {
        RawDimension::Value(v) => (v, None),
        RawDimension::Worded { value, words } => (value, Some(words)),
    };
    let value = parse(&text).ok_or_else(|| invalid(id, format!("{field} = `{text}` is not one of: {}", expected())))?;
    let words = match words {
        Some(w) if w.trim().is_empty() => return Err(invalid(id, format!("{field}: words are empty"))),
        Some(w) => w,
        None => describe(value).to_owned(),
    };
    Ok(Dimension { value, words })
}

impl RawLicence {
    fn check(self) -> Result<Licence, LicenceError> {
        let id = self.id.trim().to_owned();
        let bad = |message: String| Err(invalid(&id, message));
        if id.is_empty() || id != id.to_lowercase() || id.chars().any(char::is_whitespace) {
            return bad("the id must be lower case without spaces".into());
        }
        for (field, text) in [("name", &self.name), ("summary", &self.summary)] {
            if text.trim().is_empty() {
                return bad(format!("{field} is empty"));
            }
        }
        // Every fact needs its citation: the licence text's address.
        if !(self.source.starts_with("https://") || self.source.starts_with("http://")) {
            return bad(format!("source `{}` is not a URL of the licence text", self.source));
        }
        let family = Family::parse(&self.family)
            .ok_or_else(|| invalid(&id, format!("family = `{}` is not one of: {}", self.family, Family::expected())))?;
        let confidence = LicenceConfidence::parse(&self.confidence).ok_or_else(|| {
            invalid(&id, format!("confidence = `{}` is not one of: {}", self.confidence, LicenceConfidence::expected()))
        })?;
        let weights = dimension(
            &id,
            "weights",
            self.weights,
            WeightsAccess::parse,
            WeightsAccess::describe,
            WeightsAccess::expected,
        )?;
        let commercial_use = dimension(
            &id,
            "commercial_use",
            self.commercial_use,
            CommercialUse::parse,
            CommercialUse::describe,
            CommercialUse::expected,
        )?;
        let use_restrictions = dimension(
            &id,
            "use_restrictions",
            self.use_restrictions,
            UseRestrictions::parse,
            UseRestrictions::describe,
            UseRestrictions::expected,
        )?;
        let modification = dimension(
            &id,
            "modification",
            self.modification,
            Modification::parse,
            Modification::describe,
            Modification::expected,
        )?;
        let has_note = self.note.as_deref().is_some_and(|n| !n.trim().is_empty());
        if confidence == LicenceConfidence::Uncertain && !has_note {
            return bad("confidence is `uncertain` but no note says what is uncertain".into());
        }
        if confidence == LicenceConfidence::Verified && self.checked_in.as_deref().is_none_or(|c| c.trim().is_empty()) {
            return bad("confidence is `verified` but checked_in does not say where the text was read".into());
        }
        for (field, value) in [
            ("attribution_required", self.attribution_required),
            ("osi_approved", self.osi_approved),
            ("foss", self.foss),
        ] {
            if value.is_none() && !has_note {
                return bad(format!("{field} is left unknown but no note says why"));
            }
        }
        // The definitions hold each other up; a contradiction is a mistake in the data.
        if self.foss == Some(true)
            && (commercial_use.value != CommercialUse::Yes
                || use_restrictions.value != UseRestrictions::None
                || !matches!(modification.value, Modification::Yes | Modification::Conditional))
        {
            return bad("foss = true needs commercial_use = yes, use_restrictions = none and changes allowed".into());
        }
        if self.osi_approved == Some(true) && self.foss != Some(true) {
            return bad("an OSI-approved licence is free and open-source: foss must be true".into());
        }
        for hint in &self.hints {
            if hint.is_empty() || hint.iter().any(|t| key(t).is_empty()) {
                return bad("a hint is empty".into());
            }
        }
        Ok(Licence {
            id,
            name: self.name.trim().to_owned(),
            spdx: self.spdx,
            aliases: self.aliases,
            links: self.links,
            hints: self.hints,
            family,
            weights,
            commercial_use,
            use_restrictions,
            modification,
            attribution_required: self.attribution_required,
            data: self.data.unwrap_or_else(|| DEFAULT_DATA.to_owned()),
            code: self.code,
            summary: self.summary,
            osi_approved: self.osi_approved,
            foss: self.foss,
            source: self.source,
            confidence,
            checked_in: self.checked_in,
            note: self.note,
        })
    }
}

/// A name reduced for matching: lower-case letters and digits of any script, and `+`
/// (`Apache 2.0`, `apache-2.0` and `APACHE_2_0` meet as `apache20`; `+` keeps `openrail++`
/// apart from `openrail`).
fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric() || *c == '+').flat_map(char::to_lowercase).collect()
}

/// A URL reduced for matching: escapes decoded, no scheme, no `www.`, no query, fragment or
/// trailing slash.
fn link_key(url: &str) -> String {
    let u = percent_decode(url.trim()).to_lowercase();
    let u = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://")).unwrap_or(&u);
    let u = u.strip_prefix("www.").unwrap_or(u);
    let u = u.split(['?', '#']).next().unwrap_or(u);
    u.trim_end_matches('/').to_owned()
}

/// Shortest alias searched for in prose: shorter ones (`mit`, `gpl`) match ordinary words.
const MIN_PATTERN: usize = 8;

/// One alias or link searched for in prose, reduced like [`compact`] reduces the text.
#[derive(Debug)]
struct Pattern {
    bytes: Vec<u8>,
    licence: usize,
}

/// The licences, indexed for lookup by name and link and for search in prose.
#[derive(Debug)]
pub struct LicenceTable {
    licences: Vec<Licence>,
    by_id: HashMap<String, usize>,
    by_key: HashMap<String, usize>,
    by_link: HashMap<String, usize>,
    /// Sorted by their first three bytes, then longest first.
    patterns: Vec<Pattern>,
    by_prefix: PrefixIndex,
    /// (licence, compacted words) for the hints.
    hints: Vec<(usize, Vec<String>)>,
}

static BUILTIN: OnceLock<Result<LicenceTable, LicenceError>> = OnceLock::new();

/// The table shipped with Accord (`data/licences.toml`), parsed once. A unit test proves it
/// valid, so an error here means a broken build, reported rather than a panic.
pub fn builtin() -> Result<&'static LicenceTable, LicenceError> {
    BUILTIN.get_or_init(|| LicenceTable::parse(include_str!("../data/licences.toml"))).as_ref().map_err(Clone::clone)
}

impl LicenceTable {
    /// The shipped table; see [`builtin`].
    pub fn builtin() -> Result<&'static LicenceTable, LicenceError> {
        builtin()
    }

    /// Reads a licence table, refusing unknown keys, values outside the lists, missing
    /// citations and names that would point at two licences.
    pub fn parse(text: &str) -> Result<LicenceTable, LicenceError> {
        let file: RawFile = toml::from_str(text).map_err(|e| LicenceError::Syntax(e.to_string()))?;
        let mut licences = Vec::with_capacity(file.licence.len());
        for (n, table) in file.licence.into_iter().enumerate() {
            let id = match table.get("id") {
                Some(toml::Value::String(s)) => s.clone(),
                _ => format!("#{}", n + 1),
            };
            let raw: RawLicence = table.try_into().map_err(|e: toml::de::Error| invalid(&id, e.message()))?;
            licences.push(raw.check()?);
        }
        LicenceTable::index(licences)
    }

    fn index(licences: Vec<Licence>) -> Result<LicenceTable, LicenceError> {
        let mut t = LicenceTable {
            licences: Vec::new(),
            by_id: HashMap::new(),
            by_key: HashMap::new(),
            by_link: HashMap::new(),
            patterns: Vec::new(),
            by_prefix: PrefixIndex::default(),
            hints: Vec::new(),
        };
        let mut seen_patterns: HashSet<Vec<u8>> = HashSet::new();
        for (i, l) in licences.iter().enumerate() {
            if t.by_id.insert(l.id.clone(), i).is_some() {
                return Err(invalid(&l.id, "the id appears twice"));
            }
            let searchable = l.family != Family::Unknown;
            // The id is searched for in prose only when it cannot be an ordinary word
            // (`apache-2.0` yes, `postgresql` or `unlicense` no).
            let id_is_word = key(&l.id) == l.id;
            let names = std::iter::once((&l.id, !id_is_word))
                .chain(std::iter::once((&l.name, true)))
                .chain(l.aliases.iter().map(|a| (a, true)));
            for (name, search) in names {
                let k = key(name);
                if k.is_empty() {
                    return Err(invalid(&l.id, format!("alias `{name}` has no letters or digits")));
                }
                match t.by_key.get(&k) {
                    Some(&j) if j != i => {
                        let other = &licences[j].id;
                        return Err(invalid(&l.id, format!("alias `{name}` already names licence `{other}`")));
                    }
                    _ => {
                        t.by_key.insert(k.clone(), i);
                    }
                }
                if searchable && search && k.len() >= MIN_PATTERN && seen_patterns.insert(k.clone().into_bytes()) {
                    t.patterns.push(Pattern { bytes: k.into_bytes(), licence: i });
                }
            }
            for link in &l.links {
                let lk = link_key(link);
                if lk.is_empty() {
                    return Err(invalid(&l.id, format!("link `{link}` is empty")));
                }
                match t.by_link.get(&lk) {
                    Some(&j) if j != i => {
                        let other = &licences[j].id;
                        return Err(invalid(&l.id, format!("link `{link}` already names licence `{other}`")));
                    }
                    _ => {
                        t.by_link.insert(lk.clone(), i);
                    }
                }
                let k = compact(&lk).text;
                if searchable && k.len() >= MIN_PATTERN && seen_patterns.insert(k.clone().into_bytes()) {
                    t.patterns.push(Pattern { bytes: k.into_bytes(), licence: i });
                }
            }
            for hint in &l.hints {
                t.hints.push((i, hint.iter().map(|w| compact(w).text).collect()));
            }
        }
        t.patterns.sort_by_key(|p| (prefix3(&p.bytes), std::cmp::Reverse(p.bytes.len())));
        t.by_prefix = PrefixIndex::build(&t.patterns);
        t.licences = licences;
        Ok(t)
    }

    pub fn len(&self) -> usize {
        self.licences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.licences.is_empty()
    }

    pub fn licences(&self) -> &[Licence] {
        &self.licences
    }

    /// The licence with this table id (case-insensitive).
    pub fn get(&self, id: &str) -> Option<&Licence> {
        self.by_id.get(&id.trim().to_lowercase()).map(|&i| &self.licences[i])
    }

    /// The licence an id, title or alias names, ignoring case, spaces and punctuation.
    pub fn lookup(&self, name: &str) -> Option<&Licence> {
        self.lookup_index(name).map(|i| &self.licences[i])
    }

    /// The licence whose text is at this URL.
    pub fn lookup_link(&self, url: &str) -> Option<&Licence> {
        self.by_link.get(&link_key(url)).map(|&i| &self.licences[i])
    }

    fn lookup_index(&self, name: &str) -> Option<usize> {
        let k = key(name);
        if k.is_empty() {
            return None;
        }
        self.by_key.get(&k).or_else(|| k.strip_prefix("the").and_then(|rest| self.by_key.get(rest))).copied()
    }

    /// A card's licence fields, normalised by the Hub's rules: a known id (or a spelling of
    /// one) gives that id; `other` with a `license_name` or `license_link` the table knows
    /// gives that licence; `other` otherwise stays `other`, keeping the name; no `license`
    /// gives `unknown`, unless the name or link alone is recognised.
    pub fn normalise(
        &self,
        license: Option<&str>,
        license_name: Option<&str>,
        license_link: Option<&str>,
    ) -> LicenceRef {
        let (license, name, link) = (present(license), present(license_name), present(license_link));
        let stated = |id: &str, name: Option<&str>| LicenceRef {
            id: id.to_owned(),
            name: name.map(str::to_owned),
            link: link.map(str::to_owned),
            inferred: false,
        };
        let by_name_or_link = || {
            name.and_then(|n| self.lookup_index(n))
                .or_else(|| link.and_then(|l| self.by_link.get(&link_key(l)).copied()))
        };
        match license.map(str::to_lowercase).as_deref() {
            None => match by_name_or_link() {
                Some(i) => stated(&self.licences[i].id, name),
                None => stated("unknown", name),
            },
            Some("unknown") => stated("unknown", name),
            Some("other") => match by_name_or_link() {
                Some(i) => stated(&self.licences[i].id, name),
                None => stated("other", name),
            },
            Some(value) => match self.by_id.get(value).copied().or_else(|| self.lookup_index(value)) {
                // A spelling that is not the id itself is kept as the name the card wrote.
                Some(i) => {
                    stated(&self.licences[i].id, name.or(license.filter(|l| l.to_lowercase() != self.licences[i].id)))
                }
                None => stated("other", name.or(license)),
            },
        }
    }

    /// [`normalise`](Self::normalise), and when that leaves the licence `unknown` or an
    /// unrecognised `other`, the licence the card's prose names (marked inferred).
    pub fn normalise_or_detect(
        &self,
        license: Option<&str>,
        license_name: Option<&str>,
        license_link: Option<&str>,
        markdown: &str,
    ) -> LicenceRef {
        let stated = self.normalise(license, license_name, license_link);
        if stated.id != "unknown" && stated.id != "other" {
            return stated;
        }
        match self.detect_in_text(markdown) {
            Some(found) => LicenceRef { name: stated.name, link: stated.link, ..found },
            None => stated,
        }
    }

    /// The licence a card's prose names, if any, marked `inferred`.
    ///
    /// Looks in the licence sections (headings with "License", "Licence", "许可", "协议",
    /// "Terms of use" …) first and in the whole text when they name nothing. Finds aliases of
    /// at least [`MIN_PATTERN`] letters and licence links as whole words, case- and
    /// separator-insensitively, and short ids only after "License:". When a card names a
    /// general licence and a model licence (code under Apache-2.0, weights under a model
    /// licence), the model licence wins; otherwise the one with most mentions ("License: X"
    /// counts three), then the first mentioned. Linear in the text's length: the text is
    /// reduced once, and each word start is looked up in a prefix index.
    pub fn detect_in_text(&self, markdown: &str) -> Option<LicenceRef> {
        // Code samples state the licence of a script, not of the model.
        let prose = without_code_blocks(markdown);
        let sections = licence_sections(&prose);
        if sections.is_empty() {
            return self.detect_in(&prose, false);
        }
        let inside: Vec<&str> = sections.iter().map(|&(from, to)| &prose[from..to]).collect();
        if let Some(found) = self.detect_in(&inside.join("\n"), true) {
            return Some(found);
        }
        // The sections named nothing: the rest of the text (headings included) decides.
        let mut outside = String::with_capacity(prose.len() - inside.iter().map(|s| s.len()).sum::<usize>());
        let mut at = 0;
        for &(from, to) in &sections {
            outside.push_str(&prose[at..from]);
            outside.push('\n');
            at = to;
        }
        outside.push_str(&prose[at..]);
        self.detect_in(&outside, false)
    }

    fn detect_in(&self, text: &str, in_section: bool) -> Option<LicenceRef> {
        let c = compact(text);
        let mut hits: HashMap<usize, Hit> = HashMap::new();
        let mut record = |licence: usize, at: usize, weight: u32| {
            let h = hits.entry(licence).or_insert(Hit { score: 0, first: at });
            h.score += weight;
            h.first = h.first.min(at);
        };

        // Aliases and links, at word starts only.
        let bytes = c.text.as_bytes();
        let n = bytes.len();
        let mut cover_end = 0;
        for &i in &c.word_starts {
            if i + MIN_PATTERN > n {
                break;
            }
            let three = usize::from(bytes[i]) << 16 | usize::from(bytes[i + 1]) << 8 | usize::from(bytes[i + 2]);
            let Some(candidates) = self.by_prefix.get(three) else {
                continue;
            };
            for pattern in &self.patterns[candidates] {
                let end = i + pattern.bytes.len();
                if end <= n && bytes[i..end] == pattern.bytes[..] && (end == n || c.is_start(end)) {
                    // A shorter name inside a longer one already counted ("OpenRAIL-M" inside
                    // "BigCode OpenRAIL-M") is the same mention.
                    if end > cover_end {
                        record(pattern.licence, i, 1);
                        cover_end = end;
                    }
                    break;
                }
            }
        }

        // "License: MIT", "**License**: Apache2.0", "| License | LFM Open License v1.0 |".
        for (at, value) in stated_licences(text) {
            if let Some(i) = self.lookup_index(value)
                && self.licences[i].family != Family::Unknown
            {
                record(i, at, 3);
            }
        }

        if in_section {
            for (licence, words) in &self.hints {
                if words.iter().all(|w| c.text.contains(w.as_str())) {
                    record(*licence, 0, 3);
                }
            }
        }

        let model_specific = hits.keys().any(|&i| !self.licences[i].family.is_general());
        let best = hits
            .into_iter()
            .filter(|(i, _)| !model_specific || !self.licences[*i].family.is_general())
            // Offsets of the two kinds of hit are not on one scale; they only break ties, and
            // the table order makes the choice deterministic.
            .max_by(|(i, a), (j, b)| a.score.cmp(&b.score).then(b.first.cmp(&a.first)).then(j.cmp(i)))?;
        Some(LicenceRef { id: self.licences[best.0].id.clone(), name: None, link: None, inferred: true })
    }
}

/// A card field with its spaces trimmed, `None` when empty.
fn present(field: Option<&str>) -> Option<&str> {
    field.map(str::trim).filter(|s| !s.is_empty())
}

/// Pattern ranges by their first three bytes, in an open-addressing table: a few array reads
/// per word of the card, where a `HashMap` would hash every word of a multi-megabyte text.
#[derive(Debug, Default)]
struct PrefixIndex {
    /// (prefix + 1, or 0 for an empty slot; start; end) into the sorted patterns.
    slots: Vec<(u32, u32, u32)>,
    shift: u32,
}

impl PrefixIndex {
    /// `patterns` sorted by their three-byte prefix.
    fn build(patterns: &[Pattern]) -> PrefixIndex {
        let mut groups: Vec<(usize, usize, usize)> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let three = prefix3(&p.bytes);
            match groups.last_mut() {
                Some(g) if g.0 == three => g.2 = i + 1,
                _ => groups.push((three, i, i + 1)),
            }
        }
        let size = (groups.len() * 4).next_power_of_two().max(16);
        let mut index = PrefixIndex { slots: vec![(0, 0, 0); size], shift: 32 - size.trailing_zeros() };
        for (three, start, end) in groups {
            let mut slot = index.slot(three);
            while index.slots[slot].0 != 0 {
                slot = (slot + 1) & (size - 1);
            }
            index.slots[slot] = (three as u32 + 1, start as u32, end as u32);
        }
        index
    }

    fn slot(&self, three: usize) -> usize {
        ((three as u32).wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    fn get(&self, three: usize) -> Option<std::ops::Range<usize>> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.slot(three);
        loop {
            let (key, start, end) = self.slots[slot];
            if key == 0 {
                return None;
            }
            if key == three as u32 + 1 {
                return Some(start as usize..end as usize);
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The first three bytes as one number (the caller guarantees at least three).
fn prefix3(b: &[u8]) -> usize {
    usize::from(b[0]) << 16 | usize::from(b[1]) << 8 | usize::from(b[2])
}

#[derive(Clone, Copy)]
struct Hit {
    score: u32,
    first: usize,
}

/// Text reduced for matching: lower-case letters, digits and `+` of any script, with the
/// offsets where words start (after a separator, or at a CJK character, which has no
/// separators around it). ASCII `%XX` escapes count as the character they stand for, and runs
/// of escaped UTF-8 are decoded, so links in cards (`Tongyi%20Qianwen%20LICENSE`) read as text.
struct Compact {
    text: String,
    word_starts: Vec<usize>,
}

impl Compact {
    fn is_start(&self, at: usize) -> bool {
        self.word_starts.binary_search(&at).is_ok()
    }
}

/// For each ASCII byte: its lower-case form if kept, 0 if a separator.
const ASCII_KEEP: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphanumeric() || c == b'+' { c.to_ascii_lowercase() } else { 0 };
        i += 1;
    }
    t
};

struct Compactor {
    out: Vec<u8>,
    word_starts: Vec<usize>,
    prev_kept: bool,
    prev_wide: bool,
}

impl Compactor {
    fn ascii(&mut self, byte: u8) {
        let kept = ASCII_KEEP[usize::from(byte & 0x7f)];
        if kept == 0 {
            self.prev_kept = false;
            return;
        }
        if !self.prev_kept || self.prev_wide {
            self.word_starts.push(self.out.len());
        }
        self.out.push(kept);
        self.prev_kept = true;
        self.prev_wide = false;
    }

    fn wide(&mut self, ch: char) {
        if !ch.is_alphanumeric() {
            self.prev_kept = false;
            return;
        }
        self.word_starts.push(self.out.len());
        let mut buf = [0u8; 4];
        for lower in ch.to_lowercase() {
            self.out.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
        }
        self.prev_kept = true;
        self.prev_wide = true;
    }
}

fn compact(text: &str) -> Compact {
    let b = text.as_bytes();
    let mut c =
        Compactor { out: Vec::with_capacity(b.len()), word_starts: Vec::new(), prev_kept: false, prev_wide: false };
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        if byte == b'%'
            && let Some(decoded) = escaped(b, i)
        {
            if decoded < 0x80 {
                c.ascii(decoded);
                i += 3;
            } else {
                // A run of escaped bytes: decode it as UTF-8.
                let mut run = Vec::new();
                while let Some(d) = escaped(b, i + 3 * run.len()) {
                    run.push(d);
                }
                for ch in String::from_utf8_lossy(&run).chars() {
                    if ch.is_ascii() { c.ascii(ch as u8) } else { c.wide(ch) }
                }
                i += 3 * run.len();
            }
        } else if byte < 0x80 {
            // The common case, written out: this loop runs once per byte of multi-megabyte cards.
            let kept = ASCII_KEEP[usize::from(byte)];
            if kept == 0 {
                c.prev_kept = false;
            } else {
                if !c.prev_kept || c.prev_wide {
                    c.word_starts.push(c.out.len());
                }
                c.out.push(kept);
                c.prev_kept = true;
                c.prev_wide = false;
            }
            i += 1;
        } else {
            // `i` is at a character boundary: it only ever moves by whole characters.
            let ch = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            c.wide(ch);
            i += ch.len_utf8();
        }
    }
    let text = String::from_utf8(c.out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Compact { text, word_starts: c.word_starts }
}

/// The byte a `%XX` escape at `at` stands for.
fn escaped(b: &[u8], at: usize) -> Option<u8> {
    if b.get(at) != Some(&b'%') {
        return None;
    }
    Some(hex(*b.get(at + 1)?)? << 4 | hex(*b.get(at + 2)?)?)
}

/// `%20`-style escapes decoded (for links).
fn percent_decode(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if let Some(d) = escaped(b, i) {
            out.push(d);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Values written after "License:" (or in a "| License | … |" table row), with their offset.
fn stated_licences(text: &str) -> Vec<(usize, &str)> {
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut out = Vec::new();
    for (at, _) in lower.match_indices("licen") {
        if !(lower[at + 5..].starts_with("se") || lower[at + 5..].starts_with("ce")) {
            continue;
        }
        if at > 0 && b[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut i = at + 7;
        while i < b.len() && matches!(b[i], b'*' | b'_' | b' ' | b'\t') {
            i += 1;
        }
        if i < b.len() && matches!(b[i], b':' | b'|') {
            i += 1;
        } else if lower[i..].starts_with('：') {
            i += '：'.len_utf8();
        } else {
            continue;
        }
        while i < b.len() && matches!(b[i], b'*' | b'_' | b' ' | b'\t' | b'[' | b'`') {
            i += 1;
        }
        let mut end = i;
        while end < b.len()
            && end - i < 80
            && !matches!(b[end], b']' | b'(' | b'|' | b'\n' | b'\r' | b',' | b';' | b'`' | b'*' | b'<')
        {
            end += 1;
        }
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let value = text[i..end].trim().trim_end_matches('.').trim();
        if !value.is_empty() {
            out.push((at, value));
        }
    }
    out
}

/// The text without fenced code blocks (```` ``` ```` or `~~~`), line structure kept.
fn without_code_blocks(markdown: &str) -> Cow<'_, str> {
    if !markdown.contains("```") && !markdown.contains("~~~") {
        return Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<&str> = None;
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        match fence {
            Some(marker) => {
                if trimmed.starts_with(marker) {
                    fence = None;
                }
                out.push('\n');
            }
            None if trimmed.starts_with("```") || trimmed.starts_with("~~~") => {
                fence = Some(&trimmed[..3]);
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

/// Heading words that open a licence section.
const SECTION_WORDS: [&str; 7] = ["licen", "许可", "許可", "协议", "協議", "terms of use", "terms and conditions"];

/// The byte ranges under headings about the licence (ATX headings; code blocks already
/// removed), each up to the next heading of the same or a higher level, in order.
fn licence_sections(markdown: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (level, start offset)
    let mut offset = 0;
    for line in markdown.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        let level = trimmed.bytes().take_while(|&c| c == b'#').count();
        if level == 0 || level > 6 || !trimmed[level..].starts_with([' ', '\t', '\n', '\r']) {
            continue;
        }
        if let Some((open_level, from)) = open
            && level <= open_level
        {
            out.push((from, start));
            open = None;
        }
        if open.is_none() {
            let heading: String = trimmed[level..].chars().take(200).collect::<String>().to_lowercase();
            if SECTION_WORDS.iter().any(|w| heading.contains(w)) {
                open = Some((level, offset));
            }
        }
    }
    if let Some((_, from)) = open {
        out.push((from, markdown.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn table() -> &'static LicenceTable {
        builtin().expect("the shipped licence table is valid")
    }

    #[test]
    fn the_builtin_table_parses_and_is_large_enough() {
        let t = table();
        assert!(t.len() >= 45, "{} licences", t.len());
        for id in [
            "apache-2.0",
            "mit",
            "llama2",
            "llama3",
            "llama3.1",
            "llama3.2",
            "llama3.3",
            "llama4",
            "gemma",
            "bigscience-bloom-rail-1.0",
            "bigscience-openrail-m",
            "creativeml-openrail-m",
            "bigcode-openrail-m",
            "openrail",
            "openrail++",
            "cc-by-4.0",
            "cc-by-sa-4.0",
            "cc-by-nc-4.0",
            "cc-by-nc-sa-4.0",
            "cc-by-nc-nd-4.0",
            "gpl-3.0",
            "agpl-3.0",
            "bsd-3-clause",
            "bsd-2-clause",
            "mpl-2.0",
            "lgpl-3.0",
            "cc0-1.0",
            "unlicense",
            "afl-3.0",
            "artistic-2.0",
            "bsl-1.0",
            "ecl-2.0",
            "epl-2.0",
            "wtfpl",
            "deepfloyd-if-license",
            "apple-amlr",
            "grok2-community",
            "openmdw-1.0",
            "openmdw-1.1",
            "other",
            "unknown",
            "tongyi-qianwen",
            "tongyi-qianwen-research",
            "deepseek",
            "databricks-open-model",
            "internlm",
            "baichuan2-community",
            "chatglm3-6b",
            "falcon-180b-tii",
            "lfm1.0",
            "health-ai-developer-foundations",
        ] {
            assert!(t.get(id).is_some(), "{id} is missing");
        }
    }

    #[test]
    fn every_id_and_alias_resolves_to_its_own_licence() {
        let t = table();
        for l in t.licences() {
            assert_eq!(t.lookup(&l.id).map(|x| x.id.as_str()), Some(l.id.as_str()));
            assert_eq!(t.lookup(&l.name).map(|x| x.id.as_str()), Some(l.id.as_str()), "name of {}", l.id);
            for a in &l.aliases {
                assert_eq!(t.lookup(a).map(|x| x.id.as_str()), Some(l.id.as_str()), "alias {a}");
                let r = t.normalise(Some("other"), Some(a), None);
                assert_eq!(r.id, l.id, "other + {a}");
            }
            for link in &l.links {
                assert_eq!(t.lookup_link(link).map(|x| x.id.as_str()), Some(l.id.as_str()), "link {link}");
            }
        }
    }

    #[test]
    fn matching_ignores_case_and_separators() {
        let t = table();
        for spelling in ["Apache 2.0", "APACHE-2.0", "apache_2_0", "Apache License, Version 2.0", "Apache2.0"] {
            assert_eq!(t.lookup(spelling).unwrap().id, "apache-2.0", "{spelling}");
        }
        assert_eq!(t.lookup("Llama 3.1 Community License").unwrap().id, "llama3.1");
        assert_eq!(t.lookup("LLAMA 2 COMMUNITY LICENSE AGREEMENT").unwrap().id, "llama2");
        assert_eq!(t.lookup("tongyi qianwen license").unwrap().id, "tongyi-qianwen");
        assert_eq!(t.lookup("The MIT License").unwrap().id, "mit");
        assert_ne!(t.lookup("openrail").unwrap().id, t.lookup("openrail++").unwrap().id);
    }

    #[test]
    fn normalise_follows_the_hub_rules_on_the_real_cards() {
        let t = table();
        // (card, license, license_name, license_link, expected id), read by hand from the
        // front matter of ../shared/data/models/cards/*.md.
        type Card<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str);
        let cards: [Card; 14] = [
            ("mistralai__Devstral-Small-2507", Some("apache-2.0"), None, None, "apache-2.0"),
            ("LiquidAI__LFM2-1.2B", Some("other"), Some("lfm1.0"), Some("LICENSE"), "lfm1.0"),
            ("deepcogito__cogito-v1-preview-qwen-14B", Some("apache-2.0"), None, None, "apache-2.0"),
            (
                "google__medgemma-27b-it",
                Some("other"),
                Some("health-ai-developer-foundations"),
                Some("https://developers.google.com/health-ai-developer-foundations/terms"),
                "health-ai-developer-foundations",
            ),
            ("meta-llama__Llama-2-7b-hf", None, None, None, "unknown"),
            ("Qwen__Qwen-72B", None, None, None, "unknown"),
            ("bigscience__bloom", Some("bigscience-bloom-rail-1.0"), None, None, "bigscience-bloom-rail-1.0"),
            ("baichuan-inc__Baichuan2-13B-Chat", Some("other"), None, None, "other"),
            ("THUDM__chatglm3-6b", None, None, None, "unknown"),
            ("microsoft__WizardLM-2-8x22B", Some("apache-2.0"), None, None, "apache-2.0"),
            (
                "google__gemma-2b-it",
                Some("other"),
                Some("gemma-terms-of-use"),
                Some("https://ai.google.dev/gemma/terms"),
                "gemma",
            ),
            ("TheBloke__WizardCoder-15B-1.0-GPTQ", Some("bigcode-openrail-m"), None, None, "bigcode-openrail-m"),
            ("ibm-granite__granite-3b-code-instruct-128k", Some("apache-2.0"), None, None, "apache-2.0"),
            ("mistralai__Mixtral-8x7B-v0.1", Some("apache-2.0"), None, None, "apache-2.0"),
        ];
        for (card, license, name, link, expected) in cards {
            let r = t.normalise(license, name, link);
            assert_eq!(r.id, expected, "{card}");
            assert!(!r.inferred, "{card}");
            assert_eq!(r.name.as_deref(), name, "{card} keeps license_name");
            assert_eq!(r.link.as_deref(), link, "{card} keeps license_link");
        }
    }

    #[test]
    fn normalise_keeps_what_it_cannot_resolve() {
        let t = table();
        let r = t.normalise(Some("other"), Some("acme-model-licence-v7"), Some("LICENSE"));
        assert_eq!((r.id.as_str(), r.name.as_deref()), ("other", Some("acme-model-licence-v7")));
        let r = t.normalise(Some("Apache 2.0"), None, None);
        assert_eq!((r.id.as_str(), r.name.as_deref()), ("apache-2.0", Some("Apache 2.0")));
        let r = t.normalise(Some("MIT"), None, None);
        assert_eq!((r.id.as_str(), r.name), ("mit", None));
        let r = t.normalise(Some("acme-1.0"), None, None);
        assert_eq!((r.id.as_str(), r.name.as_deref()), ("other", Some("acme-1.0")));
        let r = t.normalise(Some("  "), None, None);
        assert_eq!(r.id, "unknown");
        let r = t.normalise(Some("other"), None, Some("https://ai.google.dev/gemma/terms/"));
        assert_eq!(r.id, "gemma");
    }

    #[test]
    fn prose_names_the_licence_of_the_llama2_qwen_and_chatglm_cards() {
        let t = table();
        // meta-llama__Llama-2.md and meta-llama__Llama-2-7b-hf.md.
        let llama2 = "**License** A custom commercial license is available at: \
            [https://ai.meta.com/resources/models-and-libraries/llama-downloads/]\
            (https://ai.meta.com/resources/models-and-libraries/llama-downloads/)\n\n\
            **Out-of-scope Uses** Use in any manner that violates applicable laws or regulations (including trade \
            compliance laws). Use in any other way that is prohibited by the Acceptable Use Policy and Llama 2 \
            Community License. Use in languages other than English**.";
        let r = t.detect_in_text(llama2).unwrap();
        assert_eq!((r.id.as_str(), r.inferred), ("llama2", true));
        let llama2_hf = "**License** A custom commercial license is available at: \
            [https://ai.meta.com/resources/models-and-libraries/llama-downloads/]\
            (https://ai.meta.com/resources/models-and-libraries/llama-downloads/)";
        assert_eq!(t.detect_in_text(llama2_hf).unwrap().id, "llama2");

        // Qwen__Qwen-72B.md.
        let qwen = "## 引用 (Citation)\n\nSee the report.\n\n## 使用协议（License Agreement）\n\n\
            我们的代码和模型权重对学术研究完全开放，并支持商用。请查看[LICENSE](https://github.com/QwenLM/Qwen/blob/main/\
            Tongyi%20Qianwen%20LICENSE%20AGREEMENT)了解具体的开源协议细节。\n\nOur code and checkpoints are open to \
            research purpose, and they are allowed for commercial purposes. Check [LICENSE](https://github.com/QwenLM/\
            Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT) for more details about the license.\n\n\
            ## 联系我们（Contact Us）\n\nMail us.\n";
        assert_eq!(t.detect_in_text(qwen).unwrap().id, "tongyi-qianwen");

        // THUDM__chatglm3-6b.md: the code is Apache-2.0, the weights follow the model licence.
        let chatglm = "## 协议 (License)\n\n本仓库的代码依照 [Apache-2.0](LICENSE) 协议开源，ChatGLM3-6B 模型的权重的使用则需要遵循 \
            [Model License](MODEL_LICENSE)。\n\nThe code in this repository is open-sourced under the [Apache-2.0 \
            license](LICENSE), while the use of the ChatGLM3-6B model weights needs to comply with the [Model \
            License](MODEL_LICENSE).\n\n## 引用 (Citation)\n";
        assert_eq!(t.detect_in_text(chatglm).unwrap().id, "chatglm3-6b");
    }

    #[test]
    fn prose_detection_on_other_card_excerpts() {
        let t = table();
        let cases = [
            (
                "**License:** RAIL License v1.0 ([link](https://huggingface.co/spaces/bigscience/license))",
                "bigscience-bloom-rail-1.0",
            ),
            ("* **License**: Apache2.0", "apache-2.0"),
            ("- **License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0).", "apache-2.0"),
            ("| **License**         | LFM Open License v1.0         |", "lfm1.0"),
            (
                "* **License:** [Databricks Open Model License](https://www.databricks.com/legal/open-model-license)",
                "databricks-open-model",
            ),
            (
                "*   License: The use of MedGemma is governed by the [Health AI Developer\n    Foundations terms of\n    use](https://developers.google.com/health-ai-developer-foundations/terms).",
                "health-ai-developer-foundations",
            ),
            (
                "**License:** A custom commercial license, the Llama 3.1 Community License, is available at: [https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE](https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE)",
                "llama3.1",
            ),
            (
                "Use in any other way that is prohibited by the Acceptable Use Policy and Llama 3.3 Community License.",
                "llama3.3",
            ),
            (
                "## License\nThis repository and the model weights are licensed under the Apache 2.0 License Agreement.",
                "apache-2.0",
            ),
            (
                "## 协议\n\nBaichuan 2 模型的社区使用需遵循[《Baichuan 2 模型社区许可协议》]。The use of the source code in this repository follows the open-source license Apache 2.0. Community use of the Baichuan 2 model must adhere to the [Community License for Baichuan 2 Model](https://huggingface.co/x.pdf).",
                "baichuan2-community",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(t.detect_in_text(text).map(|r| r.id), Some(expected.to_owned()), "{text}");
        }
    }

    #[test]
    fn prose_detection_avoids_false_positives() {
        let t = table();
        for text in [
            "Please submit licenses you hold; we use PostgreSQL and a permissive approach.",
            "The model was trained on licensed data. It is unlicensed for now.",
            "# Training\n```python\n# License: MIT\n```\n",
            "license: other",
            "",
        ] {
            assert_eq!(t.detect_in_text(text), None, "{text}");
        }
        // A heading inside a code block does not open a licence section.
        let text = "```\n# License\n```\nLlama 3.3 Community License applies.";
        assert_eq!(t.detect_in_text(text).unwrap().id, "llama3.3");
    }

    #[test]
    fn detection_is_fast_on_huge_inputs() {
        let t = table();
        let unit = "Some words about the Llama 2 Community License, Apache 2.0, license: mit, %20 and 許可. ";
        let mut text = String::with_capacity(5_200_000);
        while text.len() < 5_000_000 {
            text.push_str(unit);
        }
        let started = std::time::Instant::now();
        let found = t.detect_in_text(&text);
        let took = started.elapsed();
        assert_eq!(found.unwrap().id, "llama2");
        assert!(took.as_millis() < 1000, "took {took:?}");
    }

    #[test]
    fn foss_follows_the_ai_act_sense() {
        let t = table();
        for id in ["apache-2.0", "mit", "gpl-3.0", "cc-by-4.0", "cc0-1.0"] {
            assert_eq!(t.get(id).unwrap().foss, Some(true), "{id}");
        }
        for id in ["llama2", "bigscience-bloom-rail-1.0", "cc-by-nc-4.0", "gemma", "tongyi-qianwen", "deepseek"] {
            assert_eq!(t.get(id).unwrap().foss, Some(false), "{id}");
        }
        let llama2 = t.get("llama2").unwrap();
        assert_eq!(llama2.commercial_use.value, CommercialUse::Conditional);
        assert_eq!(llama2.use_restrictions.value, UseRestrictions::AcceptableUsePolicy);
        assert_eq!(llama2.weights_shareable(), Some(true));
        assert_eq!(t.get("unknown").unwrap().foss, None);
        assert_eq!(llama2.plain_words().len(), 6);
    }

    #[test]
    fn every_entry_is_cited_and_honest_about_its_confidence() {
        for l in table().licences() {
            assert!(l.source.starts_with("https://") || l.source.starts_with("http://"), "{}", l.id);
            if l.confidence == LicenceConfidence::Uncertain {
                assert!(l.note.is_some(), "{}", l.id);
            }
            if l.confidence == LicenceConfidence::Verified {
                assert!(l.checked_in.is_some(), "{}", l.id);
            }
        }
    }

    const GOOD: &str = r#"
[[licence]]
id = "acme"
name = "Acme Model Licence"
aliases = ["Acme Licence"]
family = "custom"
weights = "gated"
commercial_use = { value = "conditional", words = "Only below 10 users." }
use_restrictions = "none"
modification = "yes"
attribution_required = true
summary = "Use it."
osi_approved = false
foss = false
source = "https://acme.example/licence"
confidence = "primary_text"
"#;

    fn refused(text: &str) -> String {
        LicenceTable::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn a_good_table_parses_with_default_words() {
        let t = LicenceTable::parse(GOOD).unwrap();
        let l = t.get("acme").unwrap();
        assert_eq!(l.weights.words, WeightsAccess::Gated.describe());
        assert_eq!(l.commercial_use.words, "Only below 10 users.");
        assert_eq!(l.data, DEFAULT_DATA);
        assert_eq!(t.normalise(Some("other"), Some("ACME licence"), None).id, "acme");
    }

    #[test]
    fn malformed_tables_are_refused_naming_the_licence() {
        let unknown_key = GOOD.replace("summary =", "colour = \"red\"\nsummary =");
        let m = refused(&unknown_key);
        assert!(m.contains("acme") && m.contains("colour"), "{m}");

        let twice = format!("{GOOD}\n{}", GOOD.replace("Acme Licence", "Other Name").replace("Acme Model", "Other"));
        let m = refused(&twice);
        assert!(m.contains("acme") && m.contains("twice"), "{m}");

        let bad_enum = GOOD.replace("weights = \"gated\"", "weights = \"ajar\"");
        let m = refused(&bad_enum);
        assert!(m.contains("acme") && m.contains("ajar") && m.contains("gated"), "{m}");

        let bad_worded = GOOD.replace("value = \"conditional\"", "value = \"sometimes\"");
        let m = refused(&bad_worded);
        assert!(m.contains("acme") && m.contains("sometimes"), "{m}");

        let shared_alias =
            format!("{GOOD}\n{}", GOOD.replace("id = \"acme\"", "id = \"acme2\"").replace("Acme Model", "X"));
        let m = refused(&shared_alias);
        assert!(m.contains("acme2") && m.contains("Acme Licence") && m.contains("`acme`"), "{m}");

        let no_source = GOOD.replace("source = \"https://acme.example/licence\"\n", "");
        let m = refused(&no_source);
        assert!(m.contains("acme") && m.contains("source"), "{m}");

        let not_a_url = GOOD.replace("https://acme.example/licence", "my memory");
        assert!(refused(&not_a_url).contains("not a URL"));

        let no_confidence = GOOD.replace("confidence = \"primary_text\"\n", "");
        let m = refused(&no_confidence);
        assert!(m.contains("acme") && m.contains("confidence"), "{m}");

        let uncertain = GOOD.replace("\"primary_text\"", "\"uncertain\"");
        assert!(refused(&uncertain).contains("no note"));

        let verified = GOOD.replace("\"primary_text\"", "\"verified\"");
        assert!(refused(&verified).contains("checked_in"));

        let contradiction = GOOD.replace("foss = false", "foss = true");
        assert!(refused(&contradiction).contains("foss = true"));

        let upper = GOOD.replace("id = \"acme\"", "id = \"Acme\"");
        assert!(refused(&upper).contains("lower case"));

        assert!(matches!(LicenceTable::parse("[[licence]\n"), Err(LicenceError::Syntax(_))));
        assert!(matches!(LicenceTable::parse("colour = 1\n"), Err(LicenceError::Syntax(_))));
    }

    #[test]
    fn compaction_marks_word_starts() {
        let c = compact("Apache-2.0 许可 x");
        assert_eq!(c.text, "apache20许可x");
        assert_eq!(c.word_starts, [0, 6, 7, 8, 11, 14]);
        let c = compact("Tongyi%20Qianwen%20LICENSE a%E8%AE%B8%E5%8F%AFb 100%");
        assert_eq!(c.text, "tongyiqianwenlicensea许可b100");
        assert_eq!(c.word_starts, [0, 6, 13, 20, 21, 24, 27, 28]);
        assert_eq!(percent_decode("Tongyi%20Qianwen%2"), "Tongyi Qianwen%2");
        assert_eq!(link_key("https://www.Apache.org/licenses/LICENSE-2.0/?x=1"), "apache.org/licenses/license-2.0");
    }
}
