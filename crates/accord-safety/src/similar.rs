//! Near-duplicate suggestions at intake: which existing incidents may already describe the
//! event being reported, with the method and the reasons, so the reviewer decides.
//!
//! Method: the Jaccard similarity of character trigrams of the normalised title and
//! description. Trigrams need no word segmentation, so the same measure works for Chinese
//! and Arabic as for English; candidates come from the full-text index (already filtered to
//! what the reporter may see), so only a few dozen texts are compared and an exact measure is
//! affordable (MinHash would only pay off across the whole corpus). Matching dates and shared
//! entities are reported as supporting evidence and raise the score a little.

use std::collections::HashSet;

use serde::Serialize;

/// What is compared.
#[derive(Clone, Debug)]
pub struct Candidate<'a> {
    pub key: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub date: Option<&'a str>,
    pub entities: Vec<&'a str>,
}

/// One suggestion: the incident, the score in [0, 1], and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    pub key: String,
    pub score: f64,
    pub text_similarity: f64,
    pub method: &'static str,
    pub reasons: Vec<String>,
}

pub const METHOD: &str = "character-trigram Jaccard similarity of title and description";

/// Scores below this are not suggested: unrelated English texts share about 0.05–0.15 of their
/// trigrams (common words), restatements of one event 0.3 and more.
pub const THRESHOLD: f64 = 0.25;

fn normalise(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        // Arabic diacritics and tatweel carry no identity of the event.
        if ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0640}' {
            continue;
        }
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out
}

fn trigrams(text: &str) -> HashSet<[char; 3]> {
    let chars = normalise(text);
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// Jaccard similarity of the character trigrams of two texts.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (trigrams(a), trigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    x.intersection(&y).count() as f64 / x.union(&y).count() as f64
}

/// Ranks `candidates` against the new report, best first, dropping those under [`THRESHOLD`].
pub fn suggest(new: &Candidate<'_>, candidates: &[Candidate<'_>], limit: usize) -> Vec<Suggestion> {
    let text = |c: &Candidate<'_>| format!("{} {}", c.title, c.description);
    let new_grams = trigrams(&text(new));
    let mut out: Vec<Suggestion> = candidates
        .iter()
        .filter(|c| c.key != new.key)
        .filter_map(|c| {
            let grams = trigrams(&text(c));
            let union = new_grams.union(&grams).count();
            if union == 0 {
                return None;
            }
            let sim = new_grams.intersection(&grams).count() as f64 / union as f64;
            let mut reasons = vec![format!("{:.0}% of character trigrams shared", sim * 100.0)];
            let mut score = sim;
            if let (Some(a), Some(b)) = (new.date, c.date)
                && (a.starts_with(b) || b.starts_with(a))
            {
                reasons.push(format!("same date ({})", if a.len() <= b.len() { a } else { b }));
                score += 0.1;
            }
            let shared: Vec<&str> = new.entities.iter().copied().filter(|e| c.entities.contains(e)).collect();
            if !shared.is_empty() {
                reasons.push(format!("shared entities: {}", shared.join(", ")));
                score += 0.1;
            }
            let score = score.min(1.0);
            (score >= THRESHOLD).then(|| Suggestion {
                key: c.key.to_owned(),
                score,
                text_similarity: sim,
                method: METHOD,
                reasons,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.key.cmp(&b.key)));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c<'a>(key: &'a str, title: &'a str, description: &'a str) -> Candidate<'a> {
        Candidate { key, title, description, date: None, entities: vec![] }
    }

    #[test]
    fn a_restatement_is_suggested_and_an_unrelated_incident_is_not() {
        let new = Candidate {
            date: Some("2018-03-18"),
            entities: vec!["uber"],
            ..c(
                "new",
                "Uber self-driving car kills pedestrian in Arizona",
                "An autonomous Uber vehicle struck a pedestrian in Tempe.",
            )
        };
        let existing = [
            Candidate {
                date: Some("2018-03"),
                entities: vec!["uber"],
                ..c(
                    "AIID-4",
                    "Uber AV Killed Pedestrian in Arizona",
                    "An Uber autonomous vehicle (AV) in autonomous mode struck and killed a pedestrian in Tempe, Arizona.",
                )
            },
            c(
                "AIID-1",
                "Google's YouTube Kids App Presents Inappropriate Content",
                "Content filtering exposed children to disturbing videos.",
            ),
        ];
        let s = suggest(&new, &existing, 5);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].key, "AIID-4");
        assert!(s[0].reasons.iter().any(|r| r.starts_with("same date (2018-03)")), "{:?}", s[0].reasons);
        assert!(s[0].reasons.iter().any(|r| r == "shared entities: uber"));
        assert_eq!(s[0].method, METHOD);
    }

    #[test]
    fn works_without_word_boundaries() {
        let new = c("n", "自动驾驶汽车撞死行人", "优步自动驾驶测试车在亚利桑那州撞死一名行人");
        let same = c("a", "优步自动驾驶汽车撞死行人", "一辆优步自动驾驶测试车在亚利桑那州撞死了一名行人");
        let other = c("b", "人脸识别系统误认嫌疑人", "警方使用的人脸识别系统导致错误逮捕");
        let s = suggest(&new, &[same, other], 5);
        assert_eq!(s.iter().map(|s| s.key.as_str()).collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    fn identical_text_scores_one_and_empty_text_zero() {
        assert!((similarity("same words here", "same words here") - 1.0).abs() < 1e-9);
        assert_eq!(similarity("", "anything"), 0.0);
    }
}
