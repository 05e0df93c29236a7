//! The Dialogue pages (Polis-style conversations): the list, a conversation's voting page — one
//! statement at a time, routed by `Node::next_statement`, with Agree / Disagree / Pass as plain
//! form posts, a form to add a statement, the opinion map (`map.rs`) and, for editors and
//! administrators, the statements waiting for moderation — and the report with its CSV
//! (`report.rs`).
//!
//! A visitor who is not signed in takes part under the pseudonymous participant token that the
//! JSON API also uses (cookie `accord_participant_<conversation>`, read and set by the helpers of
//! `api::conversations`). Their forms are guarded by a double-submit token in a cookie of their
//! own, since they have no session; signed-in users' forms carry the session's CSRF token.

use accord_core::dialogue::{self, ConversationId, ConversationState, ConversationSummary, Moderation, Participation};
use accord_core::dialogue::{Statement, VoteValue};
use accord_node::dialogue::{NextStatement, StatementInput};
use fluent_templates::fluent_bundle::FluentValue;

use super::forms::not_found as not_found_message;
use super::safety::lang_dir;
use super::*;
use crate::api::conversations::{participant_cookie, participant_token, with_new_participant};

mod map;
mod report;

pub(super) use map::map_fragment;
pub(super) use report::{report, report_csv};

/// The UI's limit on a statement's length, in characters (Polis's; the node allows more for
/// imports).
const STATEMENT_CHARS: usize = 280;
/// The description's first characters, in the list.
const EXCERPT_CHARS: usize = 220;
/// The double-submit cookie of visitors' dialogue forms, and how long it lasts (a month: a vote
/// page left open on a phone must still post).
const FORM_TOKEN_COOKIE: &str = "accord_dialogue_form";
const FORM_TOKEN_MAX_AGE: u32 = 30 * 24 * 3600;
/// The six interface languages, offered first for a new statement.
const UI_LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

// ---- shared pieces --------------------------------------------------------------------------

/// A coloured word: a conversation's state, a vote direction.
pub(super) struct Tag {
    class: &'static str,
    text: String,
}

fn state_tag(ctx: &PageCtx, s: ConversationState) -> Tag {
    match s {
        ConversationState::Open => Tag { class: "tag-green", text: ctx.t("dialogue-state-open") },
        ConversationState::Closed => Tag { class: "tag-grey", text: ctx.t("dialogue-state-closed") },
    }
}

fn participation_words(ctx: &PageCtx, p: Participation) -> String {
    ctx.t(&format!("dialogue-participation-{}", p.as_str()))
}

/// A language's name in the interface language (by its primary subtag for the six); other
/// tags as they are.
fn lang_name(ctx: &PageCtx, code: &str) -> String {
    let primary = code.split('-').next().unwrap_or(code);
    if UI_LANGS.contains(&primary) { ctx.safety_lang(primary) } else { code.to_owned() }
}

/// A message with number arguments (plural rules apply).
fn tn(ctx: &PageCtx, key: &str, values: &[(&'static str, usize)]) -> String {
    let values: Vec<(&'static str, FluentValue<'static>)> =
        values.iter().map(|(k, v)| (*k, FluentValue::from(i64::try_from(*v).unwrap_or(i64::MAX)))).collect();
    ctx.lang.t_args(key, &values)
}

/// Whole percent of `part` in `whole` (0 when there is no whole).
fn percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

fn conversation_path(id: ConversationId) -> String {
    format!("/dialogue/{id}")
}

fn parse_conversation_id(text: &str) -> Option<ConversationId> {
    text.parse().ok()
}

/// A statement as shown: in its own language and direction, with the language named.
pub(super) struct StatementText {
    seq: u32,
    text: String,
    lang: String,
    dir: &'static str,
    lang_name: String,
}

impl StatementText {
    fn of(ctx: &PageCtx, s: &Statement) -> StatementText {
        StatementText {
            seq: s.seq,
            text: s.text.clone(),
            lang: s.lang.clone(),
            dir: lang_dir(&s.lang),
            lang_name: lang_name(ctx, &s.lang),
        }
    }
}

/// The language a conversation's own texts (topic, description) are written in: its first.
fn topic_lang(c: &ConversationSummary) -> String {
    c.conversation.content.languages.first().cloned().unwrap_or_else(|| "und".to_owned())
}

// ---- the forms' tokens ----------------------------------------------------------------------

/// The token this page's forms carry: the session's CSRF token when signed in; otherwise a
/// double-submit token, kept (or first set) in the visitor's own form cookie.
struct FormToken {
    value: String,
    cookie: Option<HeaderValue>,
}

fn form_token(state: &AppState, page: &Page, headers: &HeaderMap) -> FormToken {
    if let Some(csrf) = &page.ctx.csrf {
        return FormToken { value: csrf.clone(), cookie: None };
    }
    let kept = cookie(headers, FORM_TOKEN_COOKIE).filter(|t| {
        (32..=128).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    let value = kept.map(str::to_owned).unwrap_or_else(accord_node::secret::random_secret);
    let secure = if state.node.config().secure_cookies() { "; Secure" } else { "" };
    let text =
        format!("{FORM_TOKEN_COOKIE}={value}; Max-Age={FORM_TOKEN_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax{secure}");
    FormToken { cookie: HeaderValue::from_str(&text).ok(), value }
}

/// Checks a dialogue form's token: the session's for signed-in users, the double-submit cookie
/// for visitors; never from another site.
fn form_token_ok(page: &Page, headers: &HeaderMap, sent: &str) -> bool {
    if page.ctx.csrf.is_some() {
        return csrf_ok(page, headers, sent);
    }
    let expected = cookie(headers, FORM_TOKEN_COOKIE).unwrap_or("");
    !cross_site(headers) && !expected.is_empty() && accord_node::secret::same_secret(sent, expected)
}

/// Forgets a participant token this conversation does not know (its data was reset, say).
fn clear_participant(response: &mut Response, id: ConversationId) {
    let text = format!("{}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", participant_cookie(id));
    if let Ok(v) = HeaderValue::from_str(&text) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

fn is_unknown_participant(e: &NodeError) -> bool {
    matches!(e, NodeError::Invalid(i) if i.field == "participant")
}

// ---- the list -------------------------------------------------------------------------------

pub(super) struct Row {
    href: String,
    topic: String,
    lang: String,
    excerpt: String,
    languages: String,
    state: Tag,
    participants: String,
    statements: String,
    votes: String,
}

#[derive(Template)]
#[template(path = "dialogue_list.html")]
pub(super) struct ListPage {
    page: PageCtx,
    rows: Vec<Row>,
    next: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct ListQuery {
    cursor: Option<String>,
}

fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= EXCERPT_CHARS {
        return text;
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).trim_end_matches([',', ';', ':', '.']);
    format!("{cut}…")
}

/// `GET /{lang}/dialogue`.
pub(super) async fn list(State(state): State<AppState>, page: Page, Query(q): Query<ListQuery>) -> Response {
    let listed = match state.node.conversations(page.principal(), &PageRequest { after: q.cursor, limit: 50 }).await {
        Ok(l) => l,
        Err(e) => return refused(page, e),
    };
    let ctx = page.ctx;
    let rows = listed
        .items
        .iter()
        .map(|c| {
            let content = &c.conversation.content;
            Row {
                href: ctx.href(&conversation_path(c.conversation.id)),
                topic: content.topic.clone(),
                lang: topic_lang(c),
                excerpt: excerpt(&content.description),
                languages: content.languages.iter().map(|l| lang_name(&ctx, l)).collect::<Vec<_>>().join(", "),
                state: state_tag(&ctx, content.state),
                participants: tn(&ctx, "dialogue-count-participants", &[("count", c.participants as usize)]),
                statements: tn(&ctx, "dialogue-count-statements", &[("count", c.statements as usize)]),
                votes: tn(&ctx, "dialogue-count-votes", &[("count", c.votes as usize)]),
            }
        })
        .collect();
    let next = listed.next.map(|c| format!("{}?cursor={}", ctx.href("/dialogue"), urlencode(&c)));
    render(StatusCode::OK, &ListPage { page: ctx, rows, next })
}

// ---- one conversation -----------------------------------------------------------------------

/// What the statement form holds, as typed.
#[derive(Default, Deserialize)]
pub(super) struct StatementFields {
    #[serde(default)]
    text: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    csrf: String,
}

/// A statement waiting for a moderator.
pub(super) struct PendingRow {
    statement: StatementText,
    author: String,
}

/// Why a visitor sees no vote form, and what to do.
pub(super) struct Closed {
    text: String,
    sign_in_href: Option<String>,
}

#[derive(Template)]
#[template(path = "dialogue_conversation.html")]
pub(super) struct ConversationPage {
    page: PageCtx,
    csrf: String,
    topic: String,
    topic_lang: String,
    description: Vec<String>,
    question: Option<(String, Option<String>)>,
    state: Tag,
    participation: String,
    languages: String,
    counts: String,
    report_href: String,
    /// The map alone, and the result version drawn, for the script that keeps it current.
    map_href: String,
    map_version: u32,
    vote_action: String,
    statement_action: String,
    moderate_action: String,
    /// Why there are no forms (closed, sign in, not allowed).
    closed: Option<Closed>,
    /// The statement to vote on.
    current: Option<StatementText>,
    progress: String,
    /// Every statement has the viewer's vote.
    done: bool,
    lang_options: Vec<(String, String)>,
    form: StatementFields,
    limit: usize,
    errors: FormErrors,
    notice: Option<String>,
    map: Option<map::OpinionMap>,
    moderator: bool,
    pending: Vec<PendingRow>,
}

#[derive(Deserialize)]
pub(super) struct ConversationQuery {
    voted: Option<String>,
    added: Option<String>,
    moderated: Option<String>,
}

/// The languages offered for a new statement: the six, then the conversation's others.
fn lang_options(ctx: &PageCtx, c: &ConversationSummary) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = UI_LANGS.iter().map(|l| ((*l).to_owned(), lang_name(ctx, l))).collect();
    for l in &c.conversation.content.languages {
        if !out.iter().any(|(code, _)| code == l) {
            out.push((l.clone(), lang_name(ctx, l)));
        }
    }
    out
}

/// The statement to show next and whether the participant cookie named nobody this
/// conversation knows (then the visitor starts afresh).
async fn next_for(
    state: &AppState,
    page: &Page,
    id: ConversationId,
    token: Option<&str>,
) -> Result<(NextStatement, bool), NodeError> {
    match state.node.next_statement(page.principal(), id, token).await {
        Err(e) if token.is_some() && is_unknown_participant(&e) => {
            Ok((state.node.next_statement(page.principal(), id, None).await?, true))
        }
        other => other.map(|n| (n, false)),
    }
}

async fn conversation_page(
    state: &AppState,
    page: Page,
    headers: &HeaderMap,
    id: ConversationId,
    form: StatementFields,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let summary = match state.node.conversation(page.principal(), id).await {
        Ok(s) => s,
        Err(e) => return refused(page, e),
    };
    let token = participant_token(headers, id, false).ok().flatten();
    let (next, stale) = match next_for(state, &page, id, token.as_deref()).await {
        Ok(n) => n,
        Err(e) => return refused(page, e),
    };
    let result = match state.node.latest_result(page.principal(), id).await {
        Ok(r) => r,
        Err(e) => return refused(page, e),
    };
    let moderator = dialogue::may_moderate(page.principal()).is_ok();
    let pending = if moderator {
        match state.node.statements(page.principal(), id).await {
            Ok(all) => all.into_iter().filter(|s| s.statement.moderation == Moderation::Unmoderated).collect(),
            Err(e) => return refused(page, e),
        }
    } else {
        Vec::new()
    };
    let content = &summary.conversation.content;
    let participates = dialogue::may_participate(page.principal(), content.participation, &content.invited).is_ok()
        && !matches!(page.principal(), accord_core::Principal::Operator);
    let token_form = form_token(state, &page, headers);
    let ctx = page.ctx.clone();
    let closed = if content.state == ConversationState::Closed {
        Some(Closed { text: ctx.t("dialogue-vote-closed"), sign_in_href: None })
    } else if participates {
        None
    } else if ctx.user.is_none() {
        let back = format!("/{}{}", ctx.code(), conversation_path(id));
        let href = format!("{}?next={}", ctx.href("/login"), urlencode(&back));
        Some(Closed { text: ctx.t("dialogue-vote-sign-in"), sign_in_href: Some(href) })
    } else {
        Some(Closed { text: ctx.t("dialogue-vote-not-allowed"), sign_in_href: None })
    };
    let total = (next.voted + next.remaining) as usize;
    let map = result.as_ref().and_then(map::analysis).and_then(|a| map::opinion_map(&ctx, &a, next.participant));
    let form = if form.lang.is_empty() { StatementFields { lang: ctx.code().to_owned(), ..form } } else { form };
    let view = ConversationPage {
        csrf: token_form.value.clone(),
        topic: content.topic.clone(),
        topic_lang: topic_lang(&summary),
        description: content.description.split("\n\n").map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect(),
        question: content.question.as_ref().map(|q| (q.text.clone(), q.url.clone())),
        state: state_tag(&ctx, content.state),
        participation: participation_words(&ctx, content.participation),
        languages: content.languages.iter().map(|l| lang_name(&ctx, l)).collect::<Vec<_>>().join(", "),
        counts: [
            tn(&ctx, "dialogue-count-participants", &[("count", summary.participants as usize)]),
            tn(&ctx, "dialogue-count-statements", &[("count", summary.statements as usize)]),
            tn(&ctx, "dialogue-count-votes", &[("count", summary.votes as usize)]),
        ]
        .join(" · "),
        report_href: ctx.href(&format!("{}/report", conversation_path(id))),
        map_href: ctx.href(&format!("{}/map", conversation_path(id))),
        map_version: result.as_ref().map_or(0, |r| r.version),
        vote_action: ctx.href(&format!("{}/vote", conversation_path(id))),
        statement_action: ctx.href(&format!("{}/statements", conversation_path(id))),
        moderate_action: ctx.href(&format!("{}/moderate", conversation_path(id))),
        closed,
        current: next.statement.as_ref().map(|s| StatementText::of(&ctx, s)),
        progress: tn(&ctx, "dialogue-vote-progress", &[("voted", next.voted as usize), ("total", total)]),
        done: next.statement.is_none() && total > 0,
        lang_options: lang_options(&ctx, &summary),
        form,
        limit: STATEMENT_CHARS,
        errors,
        notice,
        map,
        moderator,
        pending: pending
            .iter()
            .map(|s| PendingRow {
                statement: StatementText::of(&ctx, &s.statement),
                author: match s.statement.author {
                    Some(pid) => tn(&ctx, "dialogue-moderation-author", &[("participant", pid as usize)]),
                    None => String::new(),
                },
            })
            .collect(),
        page: ctx,
    };
    let mut response = no_store(render(forms::status(&view.errors), &view));
    if let Some(c) = token_form.cookie {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    if stale {
        clear_participant(&mut response, id);
    }
    response
}

/// `GET /{lang}/dialogue/{id}`.
pub(super) async fn conversation(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<ConversationQuery>,
) -> Response {
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let notice = if q.voted.is_some() {
        Some(page.ctx.t("dialogue-vote-recorded"))
    } else if let Some(added) = q.added {
        Some(page.ctx.t(if added == "pending" { "dialogue-write-pending" } else { "dialogue-write-added" }))
    } else {
        q.moderated.map(|_| page.ctx.t("dialogue-moderation-done"))
    };
    conversation_page(&state, page, &headers, id, StatementFields::default(), FormErrors::default(), notice).await
}

/// What the vote form posts: the statement's number and the choice of the button pressed.
#[derive(Default, Deserialize)]
pub(super) struct VoteFields {
    #[serde(default)]
    statement: String,
    #[serde(default)]
    vote: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /{lang}/dialogue/{id}/vote`: one vote, then back to the page with the next statement.
pub(super) async fn vote(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<VoteFields>,
) -> Response {
    if !form_token_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let mut errors = FormErrors::default();
    let choice = (form.statement.trim().parse::<u32>().ok(), VoteValue::parse("vote", &form.vote).ok());
    let (Some(seq), Some(value)) = choice else {
        errors.add("vote", page.ctx.t("dialogue-error-vote"));
        return conversation_page(&state, page, &headers, id, StatementFields::default(), errors, None).await;
    };
    let Ok(token) = participant_token(&headers, id, true) else {
        return csrf_failed(page);
    };
    let votes = [(seq, value)];
    let mut cast = state.node.cast_votes(page.principal(), id, token.as_deref(), &votes).await;
    if token.is_some() && cast.as_ref().is_err_and(is_unknown_participant) {
        cast = state.node.cast_votes(page.principal(), id, None, &votes).await;
    }
    match cast {
        Ok(receipt) => {
            let to = forms::redirect_after_post(&page.ctx, &conversation_path(id), "voted=1", "vote");
            with_new_participant(&state, id, Some(&receipt.participant), to)
        }
        Err(NodeError::Invalid(i)) => {
            let key = if i.field == "state" { "dialogue-error-closed" } else { "dialogue-error-vote-gone" };
            errors.add("vote", page.ctx.t(key));
            conversation_page(&state, page, &headers, id, StatementFields::default(), errors, None).await
        }
        Err(e) => refused(page, e),
    }
}

/// `POST /{lang}/dialogue/{id}/statements`: a participant's (or a moderator's) new statement.
pub(super) async fn add_statement(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<StatementFields>,
) -> Response {
    if !form_token_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let ctx = &page.ctx;
    let mut errors = FormErrors::default();
    let text = form.text.trim();
    if text.is_empty() {
        errors.add("text", ctx.t("dialogue-error-text-missing"));
    } else if text.chars().count() > STATEMENT_CHARS {
        errors.add("text", tn(ctx, "dialogue-error-text-long", &[("max", STATEMENT_CHARS)]));
    }
    if dialogue::language_tag("lang", &form.lang).is_err() {
        errors.add("lang", ctx.t("dialogue-error-lang"));
    }
    if !errors.is_empty() {
        return conversation_page(&state, page, &headers, id, form, errors, None).await;
    }
    let Ok(token) = participant_token(&headers, id, true) else {
        return csrf_failed(page);
    };
    let input = || StatementInput { text: form.text.clone(), lang: Some(form.lang.clone()), is_meta: false };
    let mut added = state.node.add_statement(page.principal(), id, token.as_deref(), input()).await;
    if token.is_some() && added.as_ref().is_err_and(is_unknown_participant) {
        added = state.node.add_statement(page.principal(), id, None, input()).await;
    }
    match added {
        Ok((statement, receipt)) => {
            let strict = match state.node.conversation(page.principal(), id).await {
                Ok(c) => c.conversation.content.strict_moderation,
                Err(_) => true,
            };
            let shown = statement.moderation == Moderation::Accepted || !strict;
            let query = if shown { "added=shown" } else { "added=pending" };
            let to = forms::redirect_after_post(&page.ctx, &conversation_path(id), query, "write");
            with_new_participant(&state, id, receipt.as_ref(), to)
        }
        Err(NodeError::Invalid(i)) => {
            let errors = match i.field.as_str() {
                "lang" => FormErrors::one("lang", page.ctx.t("dialogue-error-lang")),
                "state" => FormErrors::one("text", page.ctx.t("dialogue-error-closed")),
                _ => FormErrors::one("text", page.ctx.t("dialogue-error-text-other")),
            };
            conversation_page(&state, page, &headers, id, form, errors, None).await
        }
        Err(e) => refused(page, e),
    }
}

/// A moderator's decision from the conversation page.
#[derive(Default, Deserialize)]
pub(super) struct ModerateFields {
    #[serde(default)]
    statement: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /{lang}/dialogue/{id}/moderate`: accept, reject, or accept as meta (editors and
/// administrators; the node decides).
pub(super) async fn moderate(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<ModerateFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let decision = match form.decision.as_str() {
        "accept" => Some((Moderation::Accepted, None)),
        "reject" => Some((Moderation::Rejected, None)),
        "meta" => Some((Moderation::Accepted, Some(true))),
        _ => None,
    };
    let (Some(seq), Some((moderation, is_meta))) = (form.statement.trim().parse::<u32>().ok(), decision) else {
        return message(page.ctx, StatusCode::BAD_REQUEST, "problem-title", "dialogue-error-moderation", None);
    };
    match state.node.moderate_statement(page.principal(), id, seq, moderation, is_meta).await {
        Ok(_) => forms::redirect_after_post(&page.ctx, &conversation_path(id), "moderated=1", "moderation"),
        Err(e) => refused(page, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("Short\n\ntext."), "Short text.");
        let long = "word ".repeat(100);
        let e = excerpt(&long);
        assert!(e.ends_with("word…"), "{e}");
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }

    #[test]
    fn percentages_round_and_survive_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
