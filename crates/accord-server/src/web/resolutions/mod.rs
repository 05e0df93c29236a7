//! The Resolutions pages: the list, and a resolution with its text (in its own language and
//! direction), amendments, the rule and quorum in plain words, the outcome with its counts, the
//! recorded votes with their explanations, and the forms of the process — all plain form posts,
//! no JavaScript needed:
//!
//! - editors and administrators (the chair) create a resolution (`/resolutions/new`), adopt or
//!   reject amendments, open the vote and close a majority vote early;
//! - delegations of the electorate's organisations propose amendments to a draft and vote.
//!
//! A form is shown only to those the node would let use it (the same `authorize` checks and the
//! same electorate); the node decides anyway, and what it refuses about the input comes back as
//! form errors beside the field, never as an error page.
//!
//! Every figure comes from `Node::resolution`, whose tally is `accord_consensus`'s; reading a
//! vote past its deadline publishes its result (see `accord_node::resolutions`).

use accord_core::resolution::{AmendmentStatus, Choice, Quorum, ResolutionId, ResolutionState, VotingRule};
use accord_core::{Principal, Problem};
use accord_node::resolutions::{
    AmendmentInput, Eligibility, QuorumInput, ResolutionInput, ResolutionView, RuleInput, TallyView,
};
use fluent_templates::fluent_bundle::FluentValue;

use super::safety::lang_dir;
use super::*;

/// Longest explanation of vote, in characters (as the node checks).
const EXPLANATION_MAX: usize = accord_node::resolutions::NOTE_MAX;
/// The longest silence period the form takes, in days (the node's limit is a year).
const SILENCE_DAYS_MAX: u64 = accord_node::resolutions::WINDOW_MAX_SECS / 86_400;
/// The languages offered for a resolution's text: the six of the interface.
const TEXT_LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];
/// Organisations offered for the electorate (the node takes at most this many).
const ELECTORATE_MAX: usize = accord_node::resolutions::ELECTORATE_MAX;

/// A coloured word: a state, an outcome, an amendment's status.
pub(super) struct Tag {
    class: &'static str,
    text: String,
}

fn slug(code: &str) -> String {
    code.replace('_', "-")
}

fn state_tag(ctx: &PageCtx, s: ResolutionState) -> Tag {
    let class = match s {
        ResolutionState::Draft => "tag-grey",
        ResolutionState::Voting => "tag-blue",
        ResolutionState::Closed => "tag-purple",
    };
    Tag { class, text: ctx.t(&format!("resolutions-state-{}", s.as_str())) }
}

fn outcome_tag(ctx: &PageCtx, outcome: &str) -> Tag {
    let class = match outcome {
        "adopted" => "tag-green",
        "rejected" => "tag-red",
        "no_quorum" => "tag-orange",
        _ => "tag-blue",
    };
    Tag { class, text: ctx.t(&format!("resolutions-outcome-{}", slug(outcome))) }
}

fn choice_label(ctx: &PageCtx, c: Choice) -> String {
    ctx.t(&format!("resolutions-choice-{}", slug(c.as_str())))
}

fn args(ctx: &PageCtx, key: &str, values: &[(&'static str, i64)]) -> String {
    let values: Vec<(&'static str, FluentValue<'static>)> =
        values.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
    ctx.lang.t_args(key, &values)
}

/// A duration in its largest whole unit ("3 days", "90 minutes").
fn duration_words(ctx: &PageCtx, secs: u64) -> String {
    let n = |d: u64| i64::try_from(secs / d).unwrap_or(i64::MAX);
    let (key, value) = match secs {
        s if s >= 86_400 && s % 86_400 == 0 => ("resolutions-duration-days", n(86_400)),
        s if s >= 3_600 && s % 3_600 == 0 => ("resolutions-duration-hours", n(3_600)),
        s if s >= 60 && s % 60 == 0 => ("resolutions-duration-minutes", n(60)),
        _ => ("resolutions-duration-seconds", n(1)),
    };
    args(ctx, key, &[("n", value)])
}

/// The rule's short name, for lists.
fn rule_name(ctx: &PageCtx, rule: &VotingRule) -> String {
    ctx.t(&format!("resolutions-rule-name-{}", slug(rule.kind())))
}

/// The rule in a sentence, as members of the body would explain it.
fn rule_words(ctx: &PageCtx, rule: &VotingRule) -> String {
    match rule {
        VotingRule::Consensus { silence_period_secs } => {
            ctx.t1("resolutions-rule-consensus", "period", &duration_words(ctx, *silence_period_secs))
        }
        other => ctx.t(&format!("resolutions-rule-{}", slug(other.kind()))),
    }
}

fn quorum_words(ctx: &PageCtx, rule: &VotingRule, quorum: &Quorum, electorate: usize) -> String {
    let total = i64::try_from(electorate).unwrap_or(i64::MAX);
    let required = quorum.required(u32::try_from(electorate).unwrap_or(u32::MAX));
    match (rule.is_consensus(), *quorum) {
        (true, _) => ctx.t("resolutions-quorum-consensus"),
        (false, Quorum::Members { count: 0 }) => ctx.t("resolutions-quorum-none"),
        (false, Quorum::Members { count }) => {
            args(ctx, "resolutions-quorum-members", &[("count", i64::from(count)), ("total", total)])
        }
        (false, Quorum::Fraction { numerator, denominator }) => args(
            ctx,
            "resolutions-quorum-fraction",
            &[
                ("numerator", i64::from(numerator)),
                ("denominator", i64::from(denominator)),
                ("count", i64::from(required)),
                ("total", total),
            ],
        ),
    }
}

fn resolution_path(id: ResolutionId) -> String {
    format!("/resolutions/{id}")
}

fn parse_resolution_id(text: &str) -> Option<ResolutionId> {
    text.parse().ok()
}

/// Whether the caller may act as the chair: create, decide amendments, open and close votes
/// (the node's own check for those operations).
fn may_chair(p: &Principal) -> bool {
    authorize(p, Action::EditContent).is_ok()
}

/// The caller's organisation when it is in the electorate and the caller may take part: who
/// may propose amendments (to a draft) and vote (while voting is open), as the node checks.
fn delegation_of(p: &Principal, v: &ResolutionView) -> Option<OrgId> {
    authorize(p, Action::Participate).ok()?;
    let Principal::User { org_id, .. } = p else { return None };
    v.electorate.iter().any(|m| m.id == *org_id).then_some(*org_id)
}

/// A text as paragraphs (blank lines) of lines.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    text.split("\n\n").map(|p| p.lines().map(str::to_owned).collect::<Vec<_>>()).filter(|p| !p.is_empty()).collect()
}

// ---- the list -------------------------------------------------------------------------------

pub(super) struct Row {
    href: String,
    title: String,
    lang: String,
    dir: &'static str,
    body: String,
    rule: String,
    state: Tag,
    outcome: Option<Tag>,
    closes: String,
    electorate: String,
}

#[derive(Template)]
#[template(path = "resolutions_list.html")]
pub(super) struct ListPage {
    page: PageCtx,
    rows: Vec<Row>,
    next: Option<String>,
    /// The link to the form for a new resolution, for the chair.
    new_href: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct ListQuery {
    cursor: Option<String>,
}

/// `GET /{lang}/resolutions`.
pub(super) async fn list(State(state): State<AppState>, page: Page, Query(q): Query<ListQuery>) -> Response {
    let listed = match state.node.resolutions(page.principal(), &PageRequest { after: q.cursor, limit: 50 }).await {
        Ok(l) => l,
        Err(e) => return refused(page, e),
    };
    let new_href = may_chair(page.principal()).then(|| page.ctx.href("/resolutions/new"));
    let ctx = page.ctx;
    let rows = listed
        .items
        .into_iter()
        .map(|r| Row {
            href: ctx.href(&resolution_path(r.id)),
            dir: lang_dir(&r.lang),
            title: r.title,
            lang: r.lang,
            body: r.body,
            rule: rule_name(&ctx, &r.rule),
            state: state_tag(&ctx, r.state),
            outcome: r.outcome.as_deref().map(|o| outcome_tag(&ctx, o)),
            closes: match r.state {
                ResolutionState::Voting => r.voting_closes_at.as_ref().map(datetime).unwrap_or_default(),
                _ => String::new(),
            },
            electorate: args(&ctx, "resolutions-electorate-count", &[("count", i64::from(r.electorate_size))]),
        })
        .collect();
    let next = listed.next.map(|c| format!("{}?cursor={}", ctx.href("/resolutions"), urlencode(&c)));
    render(StatusCode::OK, &ListPage { page: ctx, rows, next, new_href })
}

// ---- one resolution -------------------------------------------------------------------------

pub(super) struct TextRow {
    label: String,
    sha256: String,
    at: String,
    paragraphs: Vec<Vec<String>>,
}

pub(super) struct AmendmentRow {
    anchor: String,
    title: String,
    proposer: String,
    status: Tag,
    rationale: Option<String>,
    paragraphs: Vec<Vec<String>>,
    at: String,
    /// Where the chair adopts or rejects it, while it waits for a decision.
    decide_action: Option<String>,
}

pub(super) struct VoteRow {
    organisation: String,
    choice: String,
    explanation: Option<String>,
    by: Option<String>,
    at: String,
    current: bool,
}

/// A bar of the counts: the share of the electorate, mirrored in right-to-left pages.
pub(super) struct BarRow {
    label: String,
    count: u32,
    x: String,
    width: String,
}

pub(super) struct OutcomeView {
    tag: Tag,
    reason: String,
    bars: Vec<BarRow>,
    quorum_line: Option<String>,
    required_line: Option<String>,
    /// When the result was published, and the digest of the text decided upon.
    published: Option<(String, String)>,
}

/// What the vote form holds, as typed.
#[derive(Default, Deserialize)]
pub(super) struct VoteFields {
    #[serde(default)]
    choice: String,
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    csrf: String,
}

/// What the amendment form holds, as typed.
#[derive(Default, Deserialize)]
pub(super) struct AmendmentFields {
    #[serde(default)]
    amendment_text: String,
    #[serde(default)]
    rationale: String,
    #[serde(default)]
    csrf: String,
}

/// What the form that opens the vote holds: the close of voting (majority rules only), as the
/// browser's date and time field sends it (`2026-07-01T17:00`, read as UTC) or in RFC 3339.
#[derive(Default, Deserialize)]
pub(super) struct OpenFields {
    #[serde(default)]
    closes_at: String,
    #[serde(default)]
    csrf: String,
}

/// The chair's decision on an amendment (the button pressed), or a form with only its token.
#[derive(Default, Deserialize)]
pub(super) struct DecisionFields {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    csrf: String,
}

/// The forms of a resolution's page as typed, when one comes back with errors.
#[derive(Default)]
pub(super) struct Typed {
    vote: VoteFields,
    amendment: AmendmentFields,
    open: OpenFields,
}

/// The chair's form to open the vote.
pub(super) struct OpenForm {
    action: String,
    /// Majority rules ask when voting closes; under consensus the silence period sets it.
    asks_deadline: bool,
    lead: String,
}

#[derive(Template)]
#[template(path = "resolution.html")]
pub(super) struct ResolutionPage {
    page: PageCtx,
    action: String,
    title: String,
    lang: String,
    dir: &'static str,
    lang_name: String,
    body: String,
    state: Tag,
    paragraphs: Vec<Vec<String>>,
    sha256: String,
    rule: String,
    quorum: String,
    electorate: Vec<String>,
    electorate_count: String,
    opens: String,
    closes_label: String,
    closes: String,
    outcome: Option<OutcomeView>,
    earlier: Vec<TextRow>,
    amendments: Vec<AmendmentRow>,
    votes: Vec<VoteRow>,
    /// The vote form, when the caller may vote.
    can_vote: bool,
    /// Why there is no form (or who the form votes for).
    ballot_note: Option<String>,
    sign_in_href: Option<String>,
    voting_for: String,
    choices: Vec<(String, String)>,
    current_vote: Option<String>,
    form: VoteFields,
    /// The amendment form, for delegations of the electorate while the text is a draft.
    amend_action: Option<String>,
    amend_lead: String,
    amendment: AmendmentFields,
    /// The chair's part of the page: open the vote, or close it.
    chair: bool,
    open_form: Option<OpenForm>,
    open_fields: OpenFields,
    close_action: Option<String>,
    /// Why the chair has no form here (amendments undecided, a silence period that runs).
    chair_note: Option<String>,
    errors: FormErrors,
    notice: Option<String>,
}

fn bars(ctx: &PageCtx, t: &TallyView, consensus: bool) -> Vec<BarRow> {
    let t = &t.tally;
    let rows: Vec<(String, u32)> = if consensus {
        vec![
            (choice_label(ctx, Choice::NoObjection), t.no_objections),
            (choice_label(ctx, Choice::Objection), t.objections),
            (ctx.t("resolutions-count-not-voted"), t.not_voted),
        ]
    } else {
        vec![
            (choice_label(ctx, Choice::Yes), t.yes),
            (choice_label(ctx, Choice::No), t.no),
            (choice_label(ctx, Choice::Abstain), t.abstain),
            (ctx.t("resolutions-count-not-voted"), t.not_voted),
        ]
    };
    let whole = f64::from(t.electorate.max(1));
    let rtl = ctx.dir() == "rtl";
    rows.into_iter()
        .map(|(label, count)| {
            let width = f64::from(count) * 100.0 / whole;
            let x = if rtl { 100.0 - width } else { 0.0 };
            BarRow { label, count, x: format!("{x:.2}"), width: format!("{width:.2}") }
        })
        .collect()
}

fn outcome_view(ctx: &PageCtx, v: &ResolutionView) -> Option<OutcomeView> {
    let t = v.tally?;
    let consensus = v.rule.is_consensus();
    let (outcome, reason) = match &v.result {
        Some(r) => (r.outcome.clone(), r.reason.clone()),
        None => (t.tally.outcome.as_str().to_owned(), t.tally.reason.as_str().to_owned()),
    };
    let quorum_line = (!consensus && t.tally.quorum_required > 0).then(|| {
        args(
            ctx,
            "resolutions-quorum-status",
            &[("present", i64::from(t.tally.present)), ("required", i64::from(t.tally.quorum_required))],
        )
    });
    let required_line = (!consensus && t.tally.yes + t.tally.no > 0)
        .then(|| args(ctx, "resolutions-count-required", &[("count", i64::from(t.tally.yes_required))]));
    Some(OutcomeView {
        tag: outcome_tag(ctx, &outcome),
        reason: ctx.t(&format!("resolutions-reason-{}", slug(&reason))),
        bars: bars(ctx, &t, consensus),
        quorum_line,
        required_line,
        published: v.result.as_ref().map(|r| (datetime(&r.closed_at), r.text_sha256.clone())),
    })
}

async fn resolution_page(
    state: &AppState,
    page: Page,
    id: ResolutionId,
    typed: Typed,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let v = match state.node.resolution(page.principal(), id).await {
        Ok(v) => v,
        Err(e) => return refused(page, e),
    };
    let eligibility = state.node.resolution_eligibility(page.principal(), &v);
    let chair = may_chair(page.principal());
    let delegation = delegation_of(page.principal(), &v);
    let ctx = page.ctx;
    let name_of = |n: &str| if n.is_empty() { ctx.t("resolutions-unknown-member") } else { n.to_owned() };
    let (can_vote, ballot_note, sign_in_href, voting_for) = match eligibility {
        Eligibility::Eligible(org) => {
            let name = v.electorate.iter().find(|m| m.id == org).map(|m| name_of(&m.name)).unwrap_or_default();
            (true, None, None, name)
        }
        Eligibility::SignIn if v.state == ResolutionState::Voting => {
            let next = format!("/{}{}", ctx.code(), resolution_path(id));
            let href = format!("{}?next={}", ctx.href("/login"), urlencode(&next));
            (false, Some(ctx.t("resolutions-vote-sign-in")), Some(href), String::new())
        }
        Eligibility::NotInElectorate if v.state == ResolutionState::Voting => {
            (false, Some(ctx.t("resolutions-vote-not-electorate")), None, String::new())
        }
        Eligibility::NotAllowed if v.state == ResolutionState::Voting => {
            (false, Some(ctx.t("resolutions-vote-not-allowed")), None, String::new())
        }
        _ => {
            let key = match v.state {
                ResolutionState::Draft => "resolutions-vote-not-open-draft",
                _ => "resolutions-vote-not-open-closed",
            };
            (false, Some(ctx.t(key)), None, String::new())
        }
    };
    let my_org = match eligibility {
        Eligibility::Eligible(org) => Some(org),
        _ => None,
    };
    let current = my_org.and_then(|org| v.votes.iter().rev().find(|x| x.organisation.id == org && x.current));
    let current_vote = current.map(|x| choice_label(&ctx, x.choice));
    let Typed { vote: form, amendment, open: open_fields } = typed;
    // The form starts on the organisation's standing vote, so changing it is one step.
    let form = match current {
        Some(x) if form.choice.is_empty() && errors.is_empty() => {
            VoteFields { choice: x.choice.as_str().to_owned(), ..form }
        }
        _ => form,
    };
    let draft = v.state == ResolutionState::Draft;
    // An amendment replaces the whole text: the form starts from the current draft.
    let amend_action =
        (draft && delegation.is_some()).then(|| ctx.href(&format!("{}/amendments", resolution_path(id))));
    let amendment = if amendment.amendment_text.is_empty() && !errors.has("amendment_text") {
        AmendmentFields { amendment_text: v.text.clone(), ..amendment }
    } else {
        amendment
    };
    let undecided = v.amendments.iter().any(|a| a.status == AmendmentStatus::Proposed);
    let (open_form, close_action, chair_note) = match (chair, v.state) {
        (false, _) | (true, ResolutionState::Closed) => (None, None, None),
        (true, ResolutionState::Draft) if undecided => (None, None, Some(ctx.t("resolutions-open-undecided"))),
        (true, ResolutionState::Draft) => {
            let lead = match v.rule {
                VotingRule::Consensus { silence_period_secs } => {
                    ctx.t1("resolutions-open-lead-consensus", "period", &duration_words(&ctx, silence_period_secs))
                }
                _ => ctx.t("resolutions-open-lead"),
            };
            let form = OpenForm {
                action: ctx.href(&format!("{}/open", resolution_path(id))),
                asks_deadline: !v.rule.is_consensus(),
                lead,
            };
            (Some(form), None, None)
        }
        (true, ResolutionState::Voting) if v.rule.is_consensus() => {
            (None, None, Some(ctx.t("resolutions-close-silence")))
        }
        (true, ResolutionState::Voting) => (None, Some(ctx.href(&format!("{}/close", resolution_path(id)))), None),
    };
    let dir = lang_dir(&v.lang);
    let (closes_label, closes) = match (v.rule.is_consensus(), v.voting_closes_at) {
        (_, None) => (String::new(), String::new()),
        (true, Some(t)) => (ctx.t("resolutions-field-silence-ends"), datetime(&t)),
        (false, Some(t)) => (ctx.t("resolutions-field-closes"), datetime(&t)),
    };
    let current_version = v.texts.last().map(|t| t.version);
    let view = ResolutionPage {
        action: ctx.href(&format!("{}/vote", resolution_path(id))),
        title: v.title.clone(),
        lang: v.lang.clone(),
        dir,
        lang_name: ctx.safety_lang(&v.lang),
        body: v.body.clone(),
        state: state_tag(&ctx, v.state),
        paragraphs: paragraphs(&v.text),
        sha256: v.text_sha256.clone(),
        rule: rule_words(&ctx, &v.rule),
        quorum: quorum_words(&ctx, &v.rule, &v.quorum, v.electorate.len()),
        electorate: v.electorate.iter().map(|m| name_of(&m.name)).collect(),
        electorate_count: args(
            &ctx,
            "resolutions-electorate-count",
            &[("count", i64::try_from(v.electorate.len()).unwrap_or(i64::MAX))],
        ),
        opens: v.voting_opens_at.as_ref().map(datetime).unwrap_or_default(),
        closes_label,
        closes,
        outcome: outcome_view(&ctx, &v),
        earlier: v
            .texts
            .iter()
            .rev()
            .filter(|t| Some(t.version) != current_version)
            .map(|t| TextRow {
                label: match t.amendment {
                    None => args(&ctx, "resolutions-text-original", &[("version", i64::from(t.version))]),
                    Some(seq) => args(
                        &ctx,
                        "resolutions-text-amended",
                        &[("version", i64::from(t.version)), ("seq", i64::from(seq))],
                    ),
                },
                sha256: t.text_sha256.clone(),
                at: datetime(&t.at),
                paragraphs: paragraphs(&t.text),
            })
            .collect(),
        amendments: v
            .amendments
            .iter()
            .map(|a| AmendmentRow {
                anchor: format!("amendment-{}", a.seq),
                title: args(&ctx, "resolutions-amendment-title", &[("seq", i64::from(a.seq))]),
                proposer: name_of(&a.proposer.name),
                status: Tag {
                    class: match a.status {
                        AmendmentStatus::Proposed => "tag-blue",
                        AmendmentStatus::Adopted => "tag-green",
                        AmendmentStatus::Rejected => "tag-red",
                    },
                    text: ctx.t(&format!("resolutions-amendment-{}", a.status.as_str())),
                },
                rationale: a.rationale.clone(),
                paragraphs: paragraphs(&a.text),
                at: datetime(&a.proposed_at),
                decide_action: (chair && draft && a.status == AmendmentStatus::Proposed)
                    .then(|| ctx.href(&format!("{}/amendments/{}", resolution_path(id), a.seq))),
            })
            .collect(),
        votes: v
            .votes
            .iter()
            .map(|x| VoteRow {
                organisation: name_of(&x.organisation.name),
                choice: choice_label(&ctx, x.choice),
                explanation: x.explanation.clone(),
                by: x.cast_by_name.clone(),
                at: datetime(&x.at),
                current: x.current,
            })
            .collect(),
        can_vote,
        ballot_note,
        sign_in_href,
        voting_for,
        choices: v.rule.choices().iter().copied().map(|c| (c.as_str().to_owned(), choice_label(&ctx, c))).collect(),
        current_vote,
        form,
        amend_lead: match &delegation {
            Some(org) => {
                let name = v.electorate.iter().find(|m| m.id == *org).map(|m| name_of(&m.name)).unwrap_or_default();
                ctx.t1("resolutions-amend-lead", "org", &name)
            }
            None => String::new(),
        },
        amend_action,
        amendment,
        chair: chair && v.state != ResolutionState::Closed,
        open_form,
        open_fields,
        close_action,
        chair_note,
        errors,
        notice,
        page: ctx,
    };
    no_store(render(forms::status(&view.errors), &view))
}

/// What happened, named in the redirect after a post (`?done=…`).
const DONE: [&str; 6] = ["created", "amended", "adopted", "rejected", "opened", "closed"];

#[derive(Deserialize)]
pub(super) struct ResolutionQuery {
    voted: Option<String>,
    done: Option<String>,
}

/// `GET /{lang}/resolutions/{id}`.
pub(super) async fn resolution(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<ResolutionQuery>,
) -> Response {
    let Some(id) = parse_resolution_id(&id) else {
        return forms::not_found(page);
    };
    let notice = match (q.voted, q.done) {
        (Some(_), _) => Some(page.ctx.t("resolutions-vote-recorded")),
        (None, Some(done)) => DONE.iter().find(|d| **d == done).map(|d| page.ctx.t(&format!("resolutions-done-{d}"))),
        (None, None) => None,
    };
    resolution_page(&state, page, id, Typed::default(), FormErrors::default(), notice).await
}

/// `POST /{lang}/resolutions/{id}/vote`: a delegation records its organisation's vote.
pub(super) async fn vote(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<VoteFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_resolution_id(&id) else {
        return forms::not_found(page);
    };
    let ctx = &page.ctx;
    let mut errors = FormErrors::default();
    if Choice::parse(&form.choice).is_none() {
        errors.add("choice", ctx.t("resolutions-error-choice"));
    }
    if form.explanation.trim().chars().count() > EXPLANATION_MAX {
        errors.add("explanation", ctx.t("resolutions-error-explanation"));
    }
    let typed = |vote| Typed { vote, ..Typed::default() };
    if !errors.is_empty() {
        return resolution_page(&state, page, id, typed(form), errors, None).await;
    }
    let input = accord_node::resolutions::VoteInput {
        choice: form.choice.clone(),
        explanation: Some(form.explanation.clone()).filter(|e| !e.trim().is_empty()),
    };
    match state.node.cast_resolution_vote(page.principal(), id, &input).await {
        Ok(_) => forms::redirect_after_post(&page.ctx, &resolution_path(id), "voted=1", "votes"),
        Err(NodeError::Invalid(i)) => {
            let errors = match i.field.as_str() {
                "explanation" => FormErrors::one("explanation", page.ctx.t("resolutions-error-explanation")),
                _ => FormErrors::one("choice", page.ctx.t("resolutions-error-choice")),
            };
            resolution_page(&state, page, id, typed(form), errors, None).await
        }
        // Voting closed between the page and the post.
        Err(NodeError::BadRequest(_)) => {
            let errors = FormErrors::one("choice", page.ctx.t("resolutions-error-closed"));
            resolution_page(&state, page, id, typed(form), errors, None).await
        }
        Err(e) => refused(page, e),
    }
}

/// `POST /{lang}/resolutions/{id}/amendments`: a delegation of the electorate proposes a new
/// text for the draft.
pub(super) async fn amend(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<AmendmentFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_resolution_id(&id) else {
        return forms::not_found(page);
    };
    let input = AmendmentInput {
        text: form.amendment_text.clone(),
        rationale: Some(form.rationale.clone()).filter(|r| !r.trim().is_empty()),
    };
    let e = match state.node.propose_amendment(page.principal(), id, &input).await {
        Ok((seq, _)) => {
            return forms::redirect_after_post(
                &page.ctx,
                &resolution_path(id),
                "done=amended",
                &format!("amendment-{seq}"),
            );
        }
        Err(e) => e,
    };
    let ctx = &page.ctx;
    let errors = match &e {
        NodeError::Invalid(i) => match (i.field.as_str(), &i.problem) {
            ("text", Problem::Missing) => {
                FormErrors::one("amendment_text", ctx.t("resolutions-error-amendment-missing"))
            }
            ("text", Problem::Malformed { .. }) if !input.text.trim().is_empty() => {
                let same = input.text.replace("\r\n", "\n").trim() == current_text(&state, &page, id).await;
                let key = if same { "resolutions-error-amendment-same" } else { "resolutions-error-amendment-text" };
                FormErrors::one("amendment_text", ctx.t(key))
            }
            ("rationale", p) => FormErrors::one("rationale", forms::field_message(ctx.lang, "rationale", p)),
            (_, p) => FormErrors::one("amendment_text", forms::field_message(ctx.lang, "amendment_text", p)),
        },
        NodeError::BadRequest(_) | NodeError::Conflict { .. } => {
            FormErrors::one("amendment_text", ctx.t("resolutions-error-changed"))
        }
        _ => return refused(page, e),
    };
    let typed = Typed { amendment: form, ..Typed::default() };
    resolution_page(&state, page, id, typed, errors, None).await
}

/// The draft's text as it stands (empty if it cannot be read: the page says why).
async fn current_text(state: &AppState, page: &Page, id: ResolutionId) -> String {
    state.node.resolution(page.principal(), id).await.map(|v| v.text).unwrap_or_default()
}

/// `POST /{lang}/resolutions/{id}/amendments/{seq}`: the chair adopts or rejects an amendment.
pub(super) async fn decide(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id, seq)): Path<(String, String, String)>,
    Form(form): Form<DecisionFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let (Some(id), Ok(seq)) = (parse_resolution_id(&id), seq.parse::<u32>()) else {
        return forms::not_found(page);
    };
    let e = match state.node.decide_amendment(page.principal(), id, seq, &form.decision).await {
        Ok(_) => {
            let done = if form.decision.trim() == "adopt" { "done=adopted" } else { "done=rejected" };
            return forms::redirect_after_post(&page.ctx, &resolution_path(id), done, &format!("amendment-{seq}"));
        }
        Err(e) => e,
    };
    let key = match &e {
        NodeError::Invalid(_) => "resolutions-error-decision",
        NodeError::BadRequest(_) | NodeError::Conflict { .. } => "resolutions-error-changed",
        _ => return refused(page, e),
    };
    let errors = FormErrors::one(&format!("amendment-{seq}"), page.ctx.t(key));
    resolution_page(&state, page, id, Typed::default(), errors, None).await
}

/// The close of voting as the node takes it: RFC 3339. A browser's date and time field sends
/// `2026-07-01T17:00` (no zone), which the form says is UTC; anything else goes as typed, for
/// the node to accept or refuse.
fn closes_at_rfc3339(typed: &str) -> Option<String> {
    let t = typed.trim();
    // `YYYY-MM-DDTHH:MM`, with or without `:SS`: digits where digits go, separators where they go.
    let shape = |pattern: &str| {
        t.len() == pattern.len()
            && t.bytes().zip(pattern.bytes()).all(|(c, p)| if p == b'9' { c.is_ascii_digit() } else { c == p })
    };
    match t {
        "" => None,
        _ if shape("9999-99-99T99:99") => Some(format!("{t}:00Z")),
        _ if shape("9999-99-99T99:99:99") => Some(format!("{t}Z")),
        _ => Some(t.to_owned()),
    }
}

/// `POST /{lang}/resolutions/{id}/open`: the chair opens the vote on the current text.
pub(super) async fn open(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<OpenFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_resolution_id(&id) else {
        return forms::not_found(page);
    };
    let closes_at = closes_at_rfc3339(&form.closes_at);
    let e = match state.node.open_resolution_voting(page.principal(), id, closes_at.as_deref()).await {
        Ok(_) => return forms::redirect_after_post(&page.ctx, &resolution_path(id), "done=opened", "vote"),
        Err(e) => e,
    };
    let ctx = &page.ctx;
    let errors = match &e {
        NodeError::Invalid(i) if i.field == "closes_at" => {
            let key = match i.problem {
                Problem::Missing => "resolutions-error-closes-missing",
                _ => "resolutions-error-closes",
            };
            FormErrors::one("closes_at", ctx.t(key))
        }
        NodeError::Invalid(_) | NodeError::BadRequest(_) | NodeError::Conflict { .. } => {
            FormErrors::one("open", ctx.t("resolutions-error-changed"))
        }
        _ => return refused(page, e),
    };
    let typed = Typed { open: form, ..Typed::default() };
    resolution_page(&state, page, id, typed, errors, None).await
}

/// `POST /{lang}/resolutions/{id}/close`: the chair closes a majority vote before its deadline;
/// the votes so far decide.
pub(super) async fn close(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<DecisionFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Some(id) = parse_resolution_id(&id) else {
        return forms::not_found(page);
    };
    match state.node.close_resolution(page.principal(), id).await {
        Ok(_) => forms::redirect_after_post(&page.ctx, &resolution_path(id), "done=closed", "outcome"),
        Err(NodeError::BadRequest(_) | NodeError::Conflict { .. }) => {
            let errors = FormErrors::one("close", page.ctx.t("resolutions-error-changed"));
            resolution_page(&state, page, id, Typed::default(), errors, None).await
        }
        Err(e) => refused(page, e),
    }
}

mod new;

pub(super) use new::{create, new_form};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_paragraphs_of_lines() {
        let p = paragraphs("The Plenary,\n\nDecides:\n(a) to share;\n(b) to report.");
        assert_eq!(
            p,
            vec![
                vec!["The Plenary,".to_owned()],
                vec!["Decides:".into(), "(a) to share;".into(), "(b) to report.".into()]
            ]
        );
        assert!(paragraphs("").is_empty());
    }

    #[test]
    fn the_browsers_local_time_is_read_as_utc() {
        assert_eq!(closes_at_rfc3339(" 2026-07-01T17:00 ").as_deref(), Some("2026-07-01T17:00:00Z"));
        assert_eq!(closes_at_rfc3339("2026-07-01T17:00:30").as_deref(), Some("2026-07-01T17:00:30Z"));
        // RFC 3339 and anything else go to the node as typed, for it to accept or refuse.
        assert_eq!(closes_at_rfc3339("2026-07-01T17:00:00+02:00").as_deref(), Some("2026-07-01T17:00:00+02:00"));
        assert_eq!(closes_at_rfc3339("soon").as_deref(), Some("soon"));
        assert_eq!(closes_at_rfc3339("   "), None);
    }
}
