//! Validation of what is given for a conversation: texts, language tags and URLs, a new
//! conversation and a change to one, and whole imports, each error naming its field or item.

use std::collections::BTreeSet;

use super::{
    ConversationSource, ConversationUpdate, DESCRIPTION_MAX, ImportedParticipants, ImportedStatement, LANGUAGES_MAX,
    LinkedQuestion, NewConversation, Participation, QUESTION_MAX, STATEMENT_MAX, TOPIC_MAX, URL_MAX, VoteEvent,
};
use crate::validate::{Invalid, Problem, required_text};

/// Text that may span lines (descriptions, statements): trimmed, bounded in characters, and
/// free of control characters other than line breaks and tabs. `\r\n` becomes `\n`.
pub fn multiline_text(field: &str, value: &str, max: usize, required: bool) -> Result<String, Invalid> {
    let text = value.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() && required {
        return Err(Invalid::new(field, Problem::Missing));
    }
    if text.chars().count() > max {
        return Err(Invalid::new(field, Problem::TooLong { max }));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new(field, Problem::Malformed { expected: "text without control characters" }));
    }
    Ok(text.to_owned())
}

/// A BCP 47 language tag of the usual shape (`en`, `zh-Hant`, `es-419`), normalised: primary
/// subtag in lower case, script in title case, region in upper case.
pub fn language_tag(field: &str, value: &str) -> Result<String, Invalid> {
    let bad =
        || Invalid::new(field, Problem::Malformed { expected: "a BCP 47 language tag such as en, fr or zh-Hant" });
    let value = value.trim();
    let mut parts = value.split(['-', '_']);
    let primary = parts.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(bad());
    }
    let mut tag = primary.to_ascii_lowercase();
    for part in parts {
        if !(2..=8).contains(&part.len()) || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad());
        }
        tag.push('-');
        if part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()) {
            let mut chars = part.chars();
            tag.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            tag.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else if part.len() == 2 || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit())) {
            tag.push_str(&part.to_ascii_uppercase());
        } else {
            tag.push_str(&part.to_ascii_lowercase());
        }
    }
    Ok(tag)
}

/// An `http` or `https` URL without spaces.
pub fn web_url(field: &str, value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() > "https://".len()
        && !v.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        return Err(Invalid::new(field, Problem::Malformed { expected: "an http or https URL" }));
    }
    if v.chars().count() > URL_MAX {
        return Err(Invalid::new(field, Problem::TooLong { max: URL_MAX }));
    }
    Ok(v.to_owned())
}

impl NewConversation {
    /// Checks and normalises every field; the error names the first bad one.
    pub fn validate(self) -> Result<NewConversation, Invalid> {
        let topic = required_text("topic", &self.topic, TOPIC_MAX)?;
        let description = multiline_text("description", &self.description, DESCRIPTION_MAX, false)?;
        let question = match self.question {
            None => None,
            Some(q) => {
                let url = match q.url.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(u) => Some(web_url("question.url", u)?),
                };
                let text = multiline_text("question.text", &q.text, QUESTION_MAX, false)?;
                match (text.is_empty(), url) {
                    (true, None) => None,
                    (true, Some(_)) => return Err(Invalid::new("question.text", Problem::Missing)),
                    (false, url) => Some(LinkedQuestion { text, url }),
                }
            }
        };
        if self.languages.is_empty() {
            return Err(Invalid::new("languages", Problem::Missing));
        }
        if self.languages.len() > LANGUAGES_MAX {
            return Err(Invalid::new("languages", Problem::Malformed { expected: "at most 20 language tags" }));
        }
        let mut languages = Vec::with_capacity(self.languages.len());
        for (i, l) in self.languages.iter().enumerate() {
            let tag = language_tag(&format!("languages[{i}]"), l)?;
            if !languages.contains(&tag) {
                languages.push(tag);
            }
        }
        let mut invited = Vec::new();
        let mut seen = BTreeSet::new();
        for org in self.invited {
            if seen.insert(org) {
                invited.push(org);
            }
        }
        match (self.participation, invited.is_empty()) {
            (Participation::Invited, true) => return Err(Invalid::new("invited", Problem::Missing)),
            (Participation::Public | Participation::Members, false) => {
                return Err(Invalid::new(
                    "invited",
                    Problem::Malformed { expected: "empty unless participation is invited" },
                ));
            }
            _ => {}
        }
        let source = match self.source {
            None => None,
            Some(s) => Some(ConversationSource {
                id: required_text("source.id", &s.id, 200)?,
                attribution: multiline_text("source.attribution", &s.attribution, 2_000, false)?,
            }),
        };
        Ok(NewConversation {
            topic,
            description,
            question,
            languages,
            state: self.state,
            participation: self.participation,
            invited,
            strict_moderation: self.strict_moderation,
            source,
        })
    }
}

impl ConversationUpdate {
    pub fn is_empty(&self) -> bool {
        *self == ConversationUpdate::default()
    }

    /// The conversation with this change applied, validated.
    pub fn apply_to(self, current: &NewConversation) -> Result<NewConversation, Invalid> {
        let mut next = current.clone();
        if let Some(v) = self.topic {
            next.topic = v;
        }
        if let Some(v) = self.description {
            next.description = v;
        }
        if let Some(v) = self.question {
            next.question = v;
        }
        if let Some(v) = self.languages {
            next.languages = v;
        }
        if let Some(v) = self.state {
            next.state = v;
        }
        if let Some(v) = self.participation {
            next.participation = v;
            // Leaving the invited mode drops the invitations unless new ones are given.
            if v != Participation::Invited && self.invited.is_none() {
                next.invited.clear();
            }
        }
        if let Some(v) = self.invited {
            next.invited = v;
        }
        if let Some(v) = self.strict_moderation {
            next.strict_moderation = v;
        }
        next.validate()
    }
}

/// Checks an import before anything is written: statement seqs unique, authors among the
/// participants, votes on known statements by known participants with values in −1..=1. The
/// error names the item (`statements[3].seq`, `votes[41999].vote`).
pub fn validate_import(
    statements: &[ImportedStatement],
    participants: &ImportedParticipants,
    votes: &[VoteEvent],
) -> Result<(), Invalid> {
    let pids: BTreeSet<u32> = match participants {
        ImportedParticipants::Count(n) => (0..*n).collect(),
        ImportedParticipants::Pids(list) => {
            let mut set = BTreeSet::new();
            for (i, pid) in list.iter().enumerate() {
                if !set.insert(*pid) {
                    return Err(Invalid::new(format!("participants[{i}]"), Problem::Duplicate));
                }
            }
            set
        }
    };
    let mut tids = BTreeSet::new();
    for (i, s) in statements.iter().enumerate() {
        if !tids.insert(s.seq) {
            return Err(Invalid::new(format!("statements[{i}].seq"), Problem::Duplicate));
        }
        multiline_text(&format!("statements[{i}].text"), &s.text, STATEMENT_MAX, true)?;
        language_tag(&format!("statements[{i}].lang"), &s.lang)?;
        if let Some(a) = s.author_pid
            && !pids.contains(&a)
        {
            return Err(Invalid::new(
                format!("statements[{i}].author_pid"),
                Problem::Malformed { expected: "a participant of this import" },
            ));
        }
    }
    for (i, v) in votes.iter().enumerate() {
        if !(-1..=1).contains(&v.vote) {
            return Err(Invalid::new(
                format!("votes[{i}].vote"),
                Problem::Malformed { expected: "-1 (disagree), 0 (pass) or 1 (agree)" },
            ));
        }
        if !tids.contains(&v.tid) {
            return Err(Invalid::new(
                format!("votes[{i}].tid"),
                Problem::Malformed { expected: "the seq of a statement of this import" },
            ));
        }
        if !pids.contains(&v.pid) {
            return Err(Invalid::new(
                format!("votes[{i}].pid"),
                Problem::Malformed { expected: "a participant of this import" },
            ));
        }
    }
    Ok(())
}
