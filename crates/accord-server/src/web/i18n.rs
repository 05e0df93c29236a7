//! The six UN languages: Fluent messages compiled into the binary, `Accept-Language`
//! negotiation, and the per-locale direction of the page.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Keep Fluent's bidi isolation of placeables on: names and numbers inserted into
        // Arabic text must not reorder the sentence around them.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the order of the UN's official languages, as the switcher lists them.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The URL segment and Fluent locale.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The BCP 47 tag for `<html lang>`; Chinese names its script.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }

    /// The best language for an `Accept-Language` header; English when nothing matches.
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or(""));
        let available: Vec<LanguageIdentifier> = Self::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::En.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().and_then(|id| Lang::parse(id.language.as_str())).unwrap_or(Lang::En)
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.langid(), key)
    }

    /// The message, or `None` when no locale (not even the fallback) has it.
    pub fn try_t(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&self.langid(), key)
    }

    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.lookup_with_args(&self.langid(), key, &map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_quality_and_falls_back_to_english() {
        assert_eq!(Lang::negotiate(Some("ar-EG,ar;q=0.9,en;q=0.5")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("de-DE,fr;q=0.8,en;q=0.5")), Lang::Fr);
        assert_eq!(Lang::negotiate(Some("zh-CN")), Lang::Zh);
        assert_eq!(Lang::negotiate(Some("de")), Lang::En);
        assert_eq!(Lang::negotiate(None), Lang::En);
        assert_eq!(Lang::negotiate(Some(";;;garbage")), Lang::En);
    }

    #[test]
    fn messages_resolve_in_every_language_with_arguments() {
        for lang in Lang::ALL {
            let nav = lang.t("nav-registry");
            assert!(!nav.is_empty() && nav != "nav-registry", "{lang:?}");
            let count = lang.t_args("members-count", &[("count", FluentValue::from(3))]);
            assert!(count.contains('3'), "{lang:?}: {count}");
        }
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fr.dir(), "ltr");
        assert_ne!(Lang::Ar.t("nav-registry"), Lang::En.t("nav-registry"));
    }

    /// Every message of the English source exists in every locale with the same variables,
    /// so no page silently falls back to English.
    #[test]
    fn every_locale_has_every_message_with_the_same_variables() {
        fn messages(text: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
            let mut out = std::collections::BTreeMap::new();
            let mut current: Option<String> = None;
            for line in text.lines() {
                let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
                if starts_message && let Some((id, _)) = line.split_once(" =") {
                    current = Some(id.trim().to_owned());
                    out.insert(id.trim().to_owned(), std::collections::BTreeSet::new());
                }
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                if let Some(id) = &current {
                    for part in line.split("{ $").skip(1) {
                        let var: String = part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                        out.entry(id.clone()).or_default().insert(var);
                    }
                }
            }
            out
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let en = messages(&std::fs::read_to_string(dir.join("en/main.ftl")).unwrap());
        assert!(en.len() > 100);
        for lang in Lang::ALL {
            let other = messages(&std::fs::read_to_string(dir.join(lang.code()).join("main.ftl")).unwrap());
            for (id, vars) in &en {
                let theirs = other.get(id).unwrap_or_else(|| panic!("{} lacks {id}", lang.code()));
                assert_eq!(theirs, vars, "{} {id} variables", lang.code());
            }
            for id in other.keys() {
                assert!(en.contains_key(id), "{} has {id} which English lacks", lang.code());
            }
        }
    }
}
