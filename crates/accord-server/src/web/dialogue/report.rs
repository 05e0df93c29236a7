//! A conversation's report, from its latest analysis result: the overview and the method, the
//! opinion map, what sets each group apart (representative statements, each with the group's
//! votes against everyone else's), what most people agree on (the consensus lists), agreement
//! across groups (group-informed consensus), and the votes per statement — every chart a table
//! or beside one. `report.csv` is one row per statement with the per-group counts.

use std::collections::HashMap;

use accord_consensus::Analysis;
use accord_consensus::stats::{Counts, Direction, MajorityStatement};
use accord_core::dialogue::{StatementView, VoteCounts};

use super::map::{self, OpinionMap};
use super::*;

/// One segment of a stacked bar, in a 0–100 wide box (mirrored in right-to-left pages).
pub(in crate::web) struct Segment {
    class: &'static str,
    x: String,
    width: String,
}

/// A stacked bar of agree, disagree and pass, and the same in words.
pub(in crate::web) struct StackBar {
    label: String,
    segments: Vec<Segment>,
    text: String,
}

fn stack(ctx: &PageCtx, label: String, agree: u64, disagree: u64, pass: u64) -> StackBar {
    let total = agree + disagree + pass;
    let rtl = ctx.dir() == "rtl";
    let mut at = 0.0;
    let mut segments = Vec::new();
    for (class, v) in [("agree", agree), ("disagree", disagree), ("pass", pass)] {
        if v == 0 {
            continue;
        }
        let width = v as f64 * 100.0 / total as f64;
        let x = if rtl { 100.0 - at - width } else { at };
        segments.push(Segment { class, x: format!("{x:.2}"), width: format!("{width:.2}") });
        at += width;
    }
    let text = tn(
        ctx,
        "dialogue-report-bar-text",
        &[
            ("agree", percent(agree, total) as usize),
            ("disagree", percent(disagree, total) as usize),
            ("pass", percent(pass, total) as usize),
            ("count", total as usize),
        ],
    );
    StackBar { label, segments, text }
}

fn split(c: Counts) -> (u64, u64, u64) {
    (u64::from(c.agree), u64::from(c.disagree), u64::from(c.seen.saturating_sub(c.agree.saturating_add(c.disagree))))
}

pub(in crate::web) struct RepresentativeRow {
    statement: StatementText,
    direction: Tag,
    share: String,
    bars: Vec<StackBar>,
}

pub(in crate::web) struct GroupBlock {
    anchor: String,
    class: String,
    heading: String,
    rows: Vec<RepresentativeRow>,
}

pub(in crate::web) struct ConsensusRow {
    statement: StatementText,
    share: String,
}

pub(in crate::web) struct GicRow {
    statement: StatementText,
    value: String,
    x: String,
    width: String,
}

pub(in crate::web) struct VotesRow {
    statement: StatementText,
    bar: StackBar,
    agree: u64,
    disagree: u64,
    pass: u64,
}

#[derive(Template)]
#[template(path = "dialogue_report.html")]
pub(super) struct ReportPage {
    page: PageCtx,
    topic: String,
    topic_lang: String,
    conversation_href: String,
    json_href: String,
    csv_href: String,
    overview: Vec<(String, String)>,
    /// Version, time and votes of the result, and its digest; `None` before the first one.
    method: Option<(String, String)>,
    map: Option<OpinionMap>,
    groups: Vec<GroupBlock>,
    agreed: Vec<ConsensusRow>,
    disagreed: Vec<ConsensusRow>,
    gic: Vec<GicRow>,
    votes: Vec<VotesRow>,
}

/// The viewer's participant number, if they have one (for "you" on the map).
pub(super) async fn viewer_pid(state: &AppState, page: &Page, headers: &HeaderMap, id: ConversationId) -> Option<u32> {
    let token = participant_token(headers, id, false).ok().flatten();
    state.node.participant(page.principal(), id, token.as_deref()).await.ok().map(|p| p.participant)
}

fn consensus_rows(
    ctx: &PageCtx,
    list: &[MajorityStatement],
    texts: &HashMap<u32, &Statement>,
    key: &str,
) -> Vec<ConsensusRow> {
    list.iter()
        .filter_map(|m| {
            let s = texts.get(&m.statement)?;
            Some(ConsensusRow {
                statement: StatementText::of(ctx, s),
                share: tn(
                    ctx,
                    key,
                    &[
                        ("percent", percent(u64::from(m.n_success), u64::from(m.n_trials)) as usize),
                        ("count", m.n_trials as usize),
                    ],
                ),
            })
        })
        .collect()
}

fn group_blocks(ctx: &PageCtx, a: &Analysis, texts: &HashMap<u32, &Statement>) -> Vec<GroupBlock> {
    let results: HashMap<u32, &accord_consensus::analysis::StatementResult> =
        a.statements.iter().map(|s| (s.id, s)).collect();
    a.groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let rows = group
                .representative
                .iter()
                .filter_map(|r| {
                    let s = texts.get(&r.statement)?;
                    let result = results.get(&r.statement)?;
                    let mine = result.group_votes.get(g).copied().unwrap_or_default();
                    let everyone = result.votes;
                    let others = Counts {
                        agree: everyone.agree.saturating_sub(mine.agree),
                        disagree: everyone.disagree.saturating_sub(mine.disagree),
                        seen: everyone.seen.saturating_sub(mine.seen),
                    };
                    let (a1, d1, p1) = split(mine);
                    let (a2, d2, p2) = split(others);
                    let (direction, key) = match r.direction {
                        Direction::Agree => (
                            Tag { class: "tag-blue", text: ctx.t("dialogue-report-direction-agree") },
                            "dialogue-report-group-agreed",
                        ),
                        Direction::Disagree => (
                            Tag { class: "tag-orange", text: ctx.t("dialogue-report-direction-disagree") },
                            "dialogue-report-group-disagreed",
                        ),
                    };
                    Some(RepresentativeRow {
                        statement: StatementText::of(ctx, s),
                        direction,
                        share: tn(
                            ctx,
                            key,
                            &[
                                ("percent", percent(u64::from(r.n_success), u64::from(r.n_trials)) as usize),
                                ("count", r.n_trials as usize),
                            ],
                        ),
                        bars: vec![
                            stack(ctx, ctx.t("dialogue-report-bar-group"), a1, d1, p1),
                            stack(ctx, ctx.t("dialogue-report-bar-others"), a2, d2, p2),
                        ],
                    })
                })
                .collect();
            GroupBlock {
                anchor: format!("group-{}", map::letter(g)),
                class: map::group_class(g),
                heading: ctx.lang.t_args(
                    "dialogue-report-group-heading",
                    &[
                        ("letter", FluentValue::from(map::letter(g))),
                        ("count", FluentValue::from(i64::try_from(group.members.len()).unwrap_or(i64::MAX))),
                    ],
                ),
                rows,
            }
        })
        .collect()
}

/// Statements sorted by group-informed consensus, highest first; unvoted ones last.
fn gic_rows(ctx: &PageCtx, a: &Analysis, texts: &HashMap<u32, &Statement>) -> Vec<GicRow> {
    let mut scored: Vec<(&Statement, Option<f64>)> = a
        .statements
        .iter()
        .filter(|s| !s.moderated_out)
        .filter_map(|s| Some((*texts.get(&s.id)?, s.group_informed_consensus.filter(|v| v.is_finite()))))
        .collect();
    scored.sort_by(|x, y| match (x.1, y.1) {
        (Some(a), Some(b)) => b.total_cmp(&a).then(x.0.seq.cmp(&y.0.seq)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => x.0.seq.cmp(&y.0.seq),
    });
    let rtl = ctx.dir() == "rtl";
    scored
        .into_iter()
        .map(|(s, v)| {
            let width = v.map_or(0.0, |v| (v.clamp(0.0, 1.0) * 100.0).max(0.5));
            let x = if rtl { 100.0 - width } else { 0.0 };
            GicRow {
                statement: StatementText::of(ctx, s),
                value: v.map_or_else(|| "—".to_owned(), |v| format!("{v:.2}")),
                x: format!("{x:.2}"),
                width: format!("{width:.2}"),
            }
        })
        .collect()
}

/// `GET /{lang}/dialogue/{id}/report`.
pub(in crate::web) async fn report(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let summary = match state.node.conversation(page.principal(), id).await {
        Ok(s) => s,
        Err(e) => return refused(page, e),
    };
    let (statements, result) =
        match (state.node.statements(page.principal(), id).await, state.node.latest_result(page.principal(), id).await)
        {
            (Ok(s), Ok(r)) => (s, r),
            (Err(e), _) | (_, Err(e)) => return refused(page, e),
        };
    let you = viewer_pid(&state, &page, &headers, id).await;
    let ctx = page.ctx;
    let texts: HashMap<u32, &Statement> = statements.iter().map(|s| (s.statement.seq, &s.statement)).collect();
    let analysis = result.as_ref().and_then(map::analysis);
    let count = |key: &str, n: usize| (ctx.t(key), n.to_string());
    let mut overview = vec![
        count("dialogue-report-participants", summary.participants as usize),
        count("dialogue-report-statements", summary.statements as usize),
    ];
    if let Some(a) = &analysis {
        overview.push(count("dialogue-report-clustered", a.in_conv));
        overview.push(count("dialogue-report-votes", a.votes));
        overview.push(count("dialogue-report-groups", a.k));
    } else {
        overview.push(count("dialogue-report-votes", summary.votes as usize));
    }
    let method = result.as_ref().filter(|_| analysis.is_some()).map(|r| {
        let text = ctx.lang.t_args(
            "dialogue-report-method",
            &[
                ("version", FluentValue::from(i64::from(r.version))),
                ("date", FluentValue::from(datetime(&r.computed_at))),
                ("votes", FluentValue::from(i64::try_from(r.votes_watermark).unwrap_or(i64::MAX))),
            ],
        );
        (text, r.sha256.clone())
    });
    let votes = statements
        .iter()
        .filter(|s| s.statement.moderation != Moderation::Rejected && !s.statement.is_meta)
        .map(|s| {
            let VoteCounts { agree, disagree, pass } = s.votes;
            VotesRow {
                statement: StatementText::of(&ctx, &s.statement),
                bar: stack(
                    &ctx,
                    tn(&ctx, "dialogue-statement-number", &[("seq", s.statement.seq as usize)]),
                    agree,
                    disagree,
                    pass,
                ),
                agree,
                disagree,
                pass,
            }
        })
        .collect();
    let view = ReportPage {
        topic: summary.conversation.content.topic.clone(),
        topic_lang: topic_lang(&summary),
        conversation_href: ctx.href(&conversation_path(id)),
        json_href: format!("/api/v1/conversations/{id}/results"),
        csv_href: ctx.href(&format!("{}/report.csv", conversation_path(id))),
        overview,
        method,
        map: analysis.as_ref().and_then(|a| map::opinion_map(&ctx, a, you)),
        groups: analysis.as_ref().map(|a| group_blocks(&ctx, a, &texts)).unwrap_or_default(),
        agreed: analysis
            .as_ref()
            .map(|a| consensus_rows(&ctx, &a.consensus.agree, &texts, "dialogue-report-everyone-agreed"))
            .unwrap_or_default(),
        disagreed: analysis
            .as_ref()
            .map(|a| consensus_rows(&ctx, &a.consensus.disagree, &texts, "dialogue-report-everyone-disagreed"))
            .unwrap_or_default(),
        gic: analysis.as_ref().map(|a| gic_rows(&ctx, a, &texts)).unwrap_or_default(),
        votes,
        page: ctx,
    };
    no_store(render(StatusCode::OK, &view))
}

// ---- the CSV --------------------------------------------------------------------------------

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
/// formula, so such texts get a leading apostrophe (as the Safety exports do).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// One row per statement the viewer may see: the counts of the analysis (the live counts for a
/// statement it does not include yet), its group-informed consensus, and per group the counts
/// of the group's members.
pub(super) fn csv_text(statements: &[StatementView], analysis: Option<&Analysis>) -> Result<String, csv::Error> {
    let groups = analysis.map_or(0, |a| a.groups.len());
    let results: HashMap<u32, &accord_consensus::analysis::StatementResult> =
        analysis.map(|a| a.statements.iter().map(|s| (s.id, s)).collect()).unwrap_or_default();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut head: Vec<String> =
        ["id", "text", "lang", "moderation", "agree", "disagree", "pass", "group_informed_consensus"]
            .iter()
            .map(|h| (*h).to_owned())
            .collect();
    for g in 0..groups {
        let l = map::letter(g);
        head.extend([format!("group_{l}_agree"), format!("group_{l}_disagree"), format!("group_{l}_seen")]);
    }
    w.write_record(&head)?;
    for s in statements {
        let st = &s.statement;
        let r = results.get(&st.seq);
        let (agree, disagree, pass) = match r {
            Some(r) => split(r.votes),
            None => (s.votes.agree, s.votes.disagree, s.votes.pass),
        };
        let mut row = vec![
            st.seq.to_string(),
            cell(&st.text),
            st.lang.clone(),
            st.moderation.as_str().to_owned(),
            agree.to_string(),
            disagree.to_string(),
            pass.to_string(),
            r.and_then(|r| r.group_informed_consensus).map(|v| format!("{v:.6}")).unwrap_or_default(),
        ];
        for g in 0..groups {
            match r.and_then(|r| r.group_votes.get(g)) {
                Some(c) => row.extend([c.agree.to_string(), c.disagree.to_string(), c.seen.to_string()]),
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        w.write_record(&row)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `GET /{lang}/dialogue/{id}/report.csv`.
pub(in crate::web) async fn report_csv(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let (statements, result) =
        match (state.node.statements(page.principal(), id).await, state.node.latest_result(page.principal(), id).await)
        {
            (Ok(s), Ok(r)) => (s, r),
            (Err(e), _) | (_, Err(e)) => return refused(page, e),
        };
    let analysis = result.as_ref().and_then(map::analysis);
    match csv_text(&statements, analysis.as_ref()) {
        Ok(body) => no_store(
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"dialogue-{id}.csv\"")),
                ],
                body,
            )
                .into_response(),
        ),
        Err(e) => {
            tracing::error!(error = %e, "dialogue CSV failed");
            message(page.ctx, StatusCode::INTERNAL_SERVER_ERROR, "problem-title", "problem-body", None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("-5 is fine?"), "'-5 is fine?");
        assert_eq!(cell("plain"), "plain");
    }
}
