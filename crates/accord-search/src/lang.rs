//! The languages the index analyses, and how a document or query is assigned to one.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// An analysis language: the six UN languages, and `Other` for everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Ar,
    Zh,
    Other,
}

impl Lang {
    pub const ALL: [Lang; 7] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar, Lang::Zh, Lang::Other];

    /// Position in `ALL`, for per-language arrays.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Other => "other",
        }
    }

    /// One of the six from a BCP-47-ish tag ("fr-FR", "zh_Hans", "ara"); `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" | "eng" => Some(Lang::En),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            "es" | "spa" => Some(Lang::Es),
            "ru" | "rus" => Some(Lang::Ru),
            "ar" | "ara" | "arb" => Some(Lang::Ar),
            "zh" | "zho" | "chi" | "cmn" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The declared language if it is one of the six, otherwise what whatlang detects in the
    /// text (any other language is `Other`).
    pub fn resolve(declared: Option<&str>, text: &str) -> Lang {
        declared.and_then(Lang::from_tag).unwrap_or_else(|| Lang::detect(text).unwrap_or(Lang::Other))
    }

    /// whatlang's guess; `None` when it cannot tell (no letters).
    pub fn detect(text: &str) -> Option<Lang> {
        // A prefix is enough to tell the language and keeps detection cheap for long reports.
        let sample = match text.char_indices().nth(DETECT_CHARS) {
            Some((i, _)) => &text[..i],
            None => text,
        };
        // Han script is Chinese for our purposes (Japanese has kana, which whatlang sees):
        // skip the trigram model, the costly part.
        if whatlang::detect_script(sample) == Some(whatlang::Script::Mandarin) {
            return Some(Lang::Zh);
        }
        let info = detector().detect(sample)?;
        Some(match info.lang() {
            whatlang::Lang::Eng => Lang::En,
            whatlang::Lang::Fra => Lang::Fr,
            whatlang::Lang::Spa => Lang::Es,
            whatlang::Lang::Rus => Lang::Ru,
            whatlang::Lang::Ara => Lang::Ar,
            whatlang::Lang::Cmn => Lang::Zh,
            _ => Lang::Other,
        })
    }
}

/// Scoring every language whatlang knows took an eighth of indexing time; the six, the
/// languages most often mistaken for them and the most written others are enough to route a
/// text (anything not one of the six is `Other` anyway).
fn detector() -> &'static whatlang::Detector {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        use whatlang::Lang as W;
        whatlang::Detector::with_allowlist(vec![
            W::Eng,
            W::Fra,
            W::Spa,
            W::Rus,
            W::Ara,
            W::Cmn,
            W::Deu,
            W::Ita,
            W::Por,
            W::Nld,
            W::Pol,
            W::Tur,
            W::Ukr,
            W::Bul,
            W::Srp,
            W::Pes,
            W::Urd,
            W::Jpn,
            W::Kor,
            W::Ind,
            W::Vie,
            W::Swe,
            W::Ces,
            W::Ron,
            W::Hun,
            W::Hin,
        ])
    })
}

/// Detection costs time linear in the text; a couple of sentences tell these languages apart.
const DETECT_CHARS: usize = 240;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(Lang::from_tag("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("zh_Hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag(" AR "), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn detection() {
        assert_eq!(
            Lang::detect("The autonomous vehicle failed to detect the pedestrian crossing the road."),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::detect("Le véhicule autonome n'a pas détecté le piéton qui traversait la route."),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::detect("El vehículo autónomo no detectó al peatón que cruzaba la calle."), Some(Lang::Es));
        assert_eq!(Lang::detect("Беспилотный автомобиль не распознал пешехода, переходившего дорогу."), Some(Lang::Ru));
        assert_eq!(Lang::detect("فشلت السيارة ذاتية القيادة في التعرف على المشاة."), Some(Lang::Ar));
        assert_eq!(Lang::detect("自动驾驶汽车未能识别正在过马路的行人。"), Some(Lang::Zh));
        assert_eq!(
            Lang::detect("Das autonome Fahrzeug hat den Fußgänger nicht erkannt, der die Straße überquerte."),
            Some(Lang::Other)
        );
        assert_eq!(Lang::detect("1234 !!"), None);
        // A declared language wins over detection; an unknown one does not.
        assert_eq!(Lang::resolve(Some("ru"), "plain English words here"), Lang::Ru);
        assert_eq!(Lang::resolve(Some("x-klingon"), "自动驾驶汽车未能识别正在过马路的行人。"), Lang::Zh);
    }
}
