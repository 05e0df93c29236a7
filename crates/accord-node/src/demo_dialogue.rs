//! The demo node's conversations: a real Polis openData conversation, imported as it is, and a
//! live conversation on an AI-governance question whose opening votes are seeded from another
//! real openData conversation (its description says so), so that the opinion map has groups
//! from the start and moves as visitors vote.

use accord_consensus::polis::{self, PolisConversation, PolisFiles};
use accord_core::access::Principal;
use accord_core::dialogue::{
    ConversationSource, ConversationState, ImportedParticipants, ImportedStatement, LinkedQuestion, Moderation,
    NewConversation, Participation, VoteEvent,
};
use accord_store::PageRequest;
use time::OffsetDateTime;

use crate::dialogue_import::POLIS_ATTRIBUTION;
use crate::{Node, NodeError, Result};

macro_rules! polis_file {
    ($dir:literal, $file:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/polis/", $dir, "/", $file))
    };
}

/// The demo conversation's topic; the web tests look for it.
pub const DEMO_TOPIC: &str = "How should frontier AI be governed across borders?";
const DEMO_SOURCE: &str = "accord-demo:frontier-ai-governance";

/// The statements of the demo conversation, in the six UN languages (text, language).
const STATEMENTS: [(&str, &str); 24] = [
    (
        "Frontier AI models above an agreed compute threshold should be registered with an international body before release.",
        "en",
    ),
    ("Safety evaluations of frontier models should be shared between national AI safety institutes.", "en"),
    ("Open-weight release of powerful models does more good than harm.", "en"),
    ("Export controls on AI chips make the world less safe, not more.", "en"),
    ("Les incidents graves liés à l'IA devraient être signalés à tous les membres dans les 72 heures.", "fr"),
    ("Chaque pays doit rester libre de fixer ses propres règles sur l'IA.", "fr"),
    ("Les pays en développement doivent avoir un accès garanti à la puissance de calcul partagée.", "fr"),
    ("Une licence obligatoire pour les modèles d'IA freinerait l'innovation.", "fr"),
    ("Los sistemas de IA que toman decisiones sobre personas deben poder ser auditados por terceros.", "es"),
    ("Las empresas deberían publicar el cómputo utilizado para entrenar sus modelos.", "es"),
    ("La gobernanza de la IA debe incluir a la sociedad civil, no solo a los gobiernos.", "es"),
    ("Prohibir el reconocimiento facial en espacios públicos es necesario.", "es"),
    ("Международные стандарты безопасности ИИ должны быть обязательными.", "ru"),
    ("Военное применение ИИ должно регулироваться отдельным договором.", "ru"),
    ("Модели с открытым кодом нельзя контролировать, поэтому их не стоит регулировать.", "ru"),
    ("Страны должны делиться данными об инцидентах с ИИ без ограничений.", "ru"),
    ("应建立全球统一的人工智能风险分级标准。", "zh"),
    ("开源模型是缩小各国人工智能差距的最好办法。", "zh"),
    ("人工智能生成的内容必须加上标识。", "zh"),
    ("各国应在联合国框架下共同制定人工智能治理规则。", "zh"),
    ("يجب أن تخضع نماذج الذكاء الاصطناعي المتقدمة لتقييم مستقل قبل نشرها.", "ar"),
    ("ينبغي أن تحصل الدول النامية على حصة عادلة من قدرات الحوسبة.", "ar"),
    ("تنظيم الذكاء الاصطناعي يجب أن يترك للشركات نفسها.", "ar"),
    ("يجب نشر نتائج اختبارات السلامة للجمهور.", "ar"),
];

fn read(
    comments: &[u8],
    votes: &[u8],
    matrix: &[u8],
    summary: &[u8],
) -> std::result::Result<PolisConversation, NodeError> {
    let files = PolisFiles {
        comments: Some(comments),
        votes: Some(votes),
        participants_votes: Some(matrix),
        summary: Some(summary),
    };
    polis::read(&files).map_err(|e| NodeError::BadRequest(e.to_string()))
}

async fn has_source(node: &Node, source: &str) -> Result<bool> {
    let op = Principal::Operator;
    let mut page = PageRequest { after: None, limit: 100 };
    loop {
        let got = node.conversations(&op, &page).await?;
        if got.items.iter().any(|c| c.conversation.content.source.as_ref().is_some_and(|s| s.id == source)) {
            return Ok(true);
        }
        match got.next {
            Some(next) => page.after = Some(next),
            None => return Ok(false),
        }
    }
}

/// Seeds both conversations (once; a second run changes nothing) and analyses them. Returns the
/// number of conversations created.
pub async fn seed_dialogue(node: &Node) -> Result<usize> {
    let op = Principal::Operator;
    let mut created = 0;
    if !has_source(node, "polis-opendata:vtaiwan.uberx").await? {
        let vtaiwan = read(
            polis_file!("vtaiwan.uberx", "comments.csv"),
            polis_file!("vtaiwan.uberx", "votes.csv"),
            polis_file!("vtaiwan.uberx", "participants-votes.csv"),
            polis_file!("vtaiwan.uberx", "summary.csv"),
        )?;
        node.import_polis(&op, "vtaiwan.uberx", &vtaiwan).await?;
        created += 1;
    }
    if !has_source(node, DEMO_SOURCE).await? {
        let seed = read(
            polis_file!("brexit-consensus", "comments.csv"),
            polis_file!("brexit-consensus", "votes.csv"),
            polis_file!("brexit-consensus", "participants-votes.csv"),
            polis_file!("brexit-consensus", "summary.csv"),
        )?;
        // The first 24 accepted statements of the seed conversation lend their votes, in order.
        let lent: Vec<u32> = seed
            .comments
            .iter()
            .filter(|c| c.moderation != accord_consensus::Moderation::Rejected && !c.is_meta)
            .map(|c| c.id)
            .take(STATEMENTS.len())
            .collect();
        let now = OffsetDateTime::now_utc();
        let statements = STATEMENTS
            .iter()
            .enumerate()
            .map(|(seq, (text, lang))| ImportedStatement {
                seq: seq as u32,
                text: (*text).to_string(),
                lang: (*lang).to_string(),
                author_pid: None,
                moderation: Moderation::Accepted,
                is_meta: false,
                created_at: now,
            })
            .collect();
        let votes: Vec<VoteEvent> = seed
            .votes
            .iter()
            .filter_map(|v| {
                let seq = lent.iter().position(|&id| id == v.statement)?;
                Some(VoteEvent { pid: v.participant, tid: seq as u32, vote: v.vote.sign(), at_ms: v.at_ms })
            })
            .collect();
        let mut pids: Vec<u32> = votes.iter().map(|v| v.pid).collect();
        pids.sort_unstable();
        pids.dedup();
        let conversation = NewConversation {
            topic: DEMO_TOPIC.to_string(),
            description: "A demonstration conversation. Vote on the statements one at a time, or add your own; the \
                 opinion map and the report update as votes arrive.\n\nThe opening votes are not opinions about \
                 these statements: they are the real votes of the Polis openData conversation \
                 \"brexit-consensus\" (CC BY 4.0), each of its first 24 statements lending its votes to one \
                 statement here, so that the math has real opinion groups to find."
                .to_string(),
            question: Some(LinkedQuestion {
                text: "Which obligations should apply to frontier AI models in every jurisdiction?".to_string(),
                url: None,
            }),
            languages: ["en", "fr", "es", "ru", "zh", "ar"].iter().map(|l| (*l).to_string()).collect(),
            state: ConversationState::Open,
            participation: Participation::Public,
            invited: Vec::new(),
            strict_moderation: false,
            source: Some(ConversationSource {
                id: DEMO_SOURCE.to_string(),
                attribution: format!(
                    "Opening votes: Polis openData conversation brexit-consensus. {POLIS_ATTRIBUTION}"
                ),
            }),
        };
        node.import_conversation(&op, conversation, statements, ImportedParticipants::Pids(pids), votes).await?;
        created += 1;
    }
    node.analyze_pending().await?;
    Ok(created)
}
