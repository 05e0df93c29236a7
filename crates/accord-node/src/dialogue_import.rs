//! Polis openData exports into conversations (`accord dialogue import-polis`, the demo).

use std::collections::HashMap;

use accord_consensus::polis::{Limits, PolisConversation};
use accord_core::access::Principal;
use accord_core::dialogue::{
    self, ConversationId, ConversationSource, ConversationState, ImportedParticipants, ImportedStatement,
    LinkedQuestion, NewConversation, Participation, VoteEvent,
};
use time::OffsetDateTime;

use crate::{Node, NodeError, Result};

/// The attribution the openData licence (CC BY 4.0) asks for.
pub const POLIS_ATTRIBUTION: &str = "Data was gathered using the Polis software (compdemocracy.org/polis) and is \
     sub-licensed under CC BY 4.0 with Attribution to The Computational Democracy Project \
     (github.com/compdemocracy/openData).";

/// A BCP 47 tag for whatlang's guess: the two-letter code where one is common, else ISO 639-3.
fn language_tag(lang: whatlang::Lang) -> String {
    use whatlang::Lang as W;
    match lang {
        W::Eng => "en",
        W::Cmn => "zh",
        W::Deu => "de",
        W::Fra => "fr",
        W::Spa => "es",
        W::Rus => "ru",
        W::Ara => "ar",
        W::Ita => "it",
        W::Por => "pt",
        W::Nld => "nl",
        W::Jpn => "ja",
        W::Kor => "ko",
        other => other.code(),
    }
    .to_string()
}

/// Polis exports do not say which language a statement is in: detect it, and fall back to the
/// conversation's most common language when a statement is too short to tell.
fn statement_languages(conversation: &PolisConversation) -> (Vec<String>, String) {
    let guesses: Vec<Option<String>> = conversation
        .comments
        .iter()
        .map(|c| whatlang::detect(&c.body).filter(|i| i.is_reliable()).map(|i| language_tag(i.lang())))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for g in guesses.iter().flatten() {
        *counts.entry(g.as_str()).or_default() += 1;
    }
    let main = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map_or_else(|| "en".to_string(), |(l, _)| l.to_string());
    let tags = guesses.into_iter().map(|g| g.unwrap_or_else(|| main.clone())).collect();
    (tags, main)
}

fn time_of(ms: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

impl Node {
    /// Imports a checked Polis export as a public, open conversation, in one transaction.
    /// `name` is the export's folder name, recorded as the source with the licence attribution.
    /// An export over the limits of `accord_consensus::polis::Limits` (statements, participants)
    /// is refused before anything is written, with the reader's own error (file, limit, count).
    pub async fn import_polis(
        &self,
        p: &Principal,
        name: &str,
        conversation: &PolisConversation,
    ) -> Result<ConversationId> {
        dialogue::may_moderate(p)?;
        // `polis::read` checked these already; an export built another way is held to them too.
        Limits::default().check(conversation).map_err(|e| NodeError::BadRequest(e.to_string()))?;
        let (languages, main) = statement_languages(conversation);
        let statements: Vec<ImportedStatement> = conversation
            .comments
            .iter()
            .zip(languages)
            .map(|(c, lang)| ImportedStatement {
                seq: c.id,
                text: c.body.clone(),
                lang,
                author_pid: c.author,
                moderation: c.moderation.into(),
                is_meta: c.is_meta,
                created_at: time_of(c.at_ms),
            })
            .collect();
        let mut pids: Vec<u32> = conversation.votes.iter().map(|v| v.participant).collect();
        pids.extend(conversation.comments.iter().filter_map(|c| c.author));
        pids.extend(conversation.polis_groups.keys());
        pids.sort_unstable();
        pids.dedup();
        let votes: Vec<VoteEvent> = conversation.votes.iter().map(|&v| v.into()).collect();
        let topic = conversation.topic.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| name.to_string());
        let new = NewConversation {
            topic: topic.chars().take(200).collect(),
            description: conversation.description.clone().unwrap_or_default().chars().take(4000).collect(),
            question: conversation
                .url
                .clone()
                .map(|url| LinkedQuestion { text: format!("Polis conversation {name}"), url: Some(url) }),
            languages: vec![main],
            state: ConversationState::Open,
            participation: Participation::Public,
            invited: Vec::new(),
            strict_moderation: false,
            source: Some(ConversationSource {
                id: format!("polis-opendata:{name}"),
                attribution: POLIS_ATTRIBUTION.to_string(),
            }),
        };
        self.import_conversation(p, new, statements, ImportedParticipants::Pids(pids), votes).await
    }
}
