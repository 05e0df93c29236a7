//! One entry: facts with their sources, licence, compute, the lineage graph, obligations,
//! transparency scores and the card.

use accord_node::registry::EntryDetail;
use accord_registry::entry::SourceKind;

use super::*;

// ---- one entry ------------------------------------------------------------------------------

pub(super) struct FactRow {
    label: String,
    value: String,
    /// The value is data from a source (shown left-to-right, in its own language).
    data: bool,
    source: String,
}

pub(super) struct LicenceView {
    id: String,
    name: String,
    class_label: String,
    class_tag: &'static str,
    summary: String,
    dimensions: Vec<(String, String)>,
    inferred: bool,
    /// The class comes from Epoch AI's accessibility, the licence being unknown.
    from_accessibility: bool,
    uncertain: bool,
    note: Option<String>,
    source: String,
    known: bool,
}

pub(super) struct ComputeView {
    total: String,
    own: String,
    method: String,
    confidence: String,
    provenance: String,
    inputs: Vec<(String, String)>,
    chain: Vec<(String, String)>,
    cumulative: bool,
    source: String,
}

pub(super) struct EdgeView {
    href: String,
    key: String,
    relation: String,
    source: String,
    inferred: bool,
}

pub(super) struct ScoreView {
    label: String,
    developer: String,
    total: u32,
    max: u32,
    domains: Vec<(String, u32, u32)>,
}

pub(super) struct LayerView {
    source: String,
    reference: String,
    warnings: Vec<String>,
}

pub(super) struct ProfileFact {
    question: String,
    value: String,
    because: String,
}

#[derive(Template)]
#[template(path = "registry_entry.html")]
pub(super) struct EntryPage {
    page: PageCtx,
    key: String,
    name: String,
    kind: String,
    revision: i64,
    record_href: String,
    history_href: String,
    facts: Vec<FactRow>,
    licence: LicenceView,
    compute: Option<ComputeView>,
    lineage_svg: String,
    parents: Vec<EdgeView>,
    children: Vec<EdgeView>,
    scores: Vec<ScoreView>,
    kinds: Vec<(String, String)>,
    matrix: Vec<MatrixRow>,
    profile: Vec<ProfileFact>,
    markets: Vec<(String, String, bool)>,
    all_markets: bool,
    result_href: String,
    questions_href: String,
    missing: usize,
    layers: Vec<LayerView>,
    card_html: String,
    card_truncated: bool,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct EntryParams {
    /// Markets to assess the obligations for; every market the corpus knows when absent.
    #[serde(default)]
    markets: Vec<String>,
}

fn source_label(ctx: &PageCtx, s: Option<&SourceKind>) -> String {
    s.map(|s| ctx.t(&format!("registry-source-{}", s.as_str()))).unwrap_or_default()
}

/// `GET /{lang}/registry/{namespace}/{name}`.
pub(in crate::web) async fn entry(
    State(state): State<AppState>,
    page: Page,
    Path((_, namespace, name)): Path<(String, String, String)>,
    axum_extra_query: axum::extract::RawQuery,
) -> Response {
    let p = page.principal().clone();
    let ctx = page.ctx;
    let key = format!("{namespace}/{name}");
    let d = match state.node.registry_entry(&p, &key).await {
        Ok(d) => d,
        Err(e) => return error_page(ctx, e),
    };
    // `markets` repeats (`?markets=EU&markets=CN`); serde_urlencoded wants pairs for that.
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(axum_extra_query.0.as_deref().unwrap_or("")).unwrap_or_default();
    let params = EntryParams {
        markets: pairs.into_iter().filter(|(k, _)| k == "markets").map(|(_, v)| v.to_ascii_uppercase()).collect(),
    };
    let known = state.node.corpus_markets();
    let chosen: BTreeSet<String> = params.markets.iter().filter(|m| known.contains(*m)).cloned().collect();
    let all_markets = chosen.is_empty();
    let (profile, derivations) = state.node.registry_profile(&d, (!all_markets).then(|| chosen.clone()));
    let as_of = time::OffsetDateTime::now_utc().date();
    let corpus = state.node.corpus();
    let report = accord_rules::report::assess(corpus, &profile, as_of);
    let answers = Answers::from_profile(&profile);
    let result = result_page(ctx.clone(), corpus, &answers, &report, false);
    let result_href = format!("{}?{}", ctx.href("/rules/result"), answers.query(None));
    // Matrix cells open the finding on the full result page.
    let matrix = result
        .matrix
        .into_iter()
        .map(|row| MatrixRow {
            cells: row.cells.into_iter().map(|c| Cell { href: format!("{result_href}{}", c.href), ..c }).collect(),
            ..row
        })
        .collect();
    let view = entry_view(ctx.clone(), &d);
    let markets =
        known.iter().map(|m| (m.clone(), ctx.jurisdiction_name(m), all_markets || chosen.contains(m))).collect();
    let (card_html, card_truncated) =
        d.stored.card_markdown.as_deref().map(accord_registry::render::card_html).unwrap_or_default();
    render(
        StatusCode::OK,
        &EntryPage {
            kinds: result.kinds,
            matrix,
            profile: derivations
                .iter()
                .map(|x| ProfileFact {
                    question: ctx.fact_question(x.fact),
                    value: x.value.show(),
                    because: ctx.t(&format!("registry-because-{}", x.because.replace('_', "-"))),
                })
                .collect(),
            markets,
            all_markets,
            questions_href: format!("{}?{}", ctx.href("/rules/assess"), answers.query(None)),
            result_href,
            missing: report.findings.iter().filter(|f| f.status == "may_apply").count(),
            card_html,
            card_truncated,
            ..view
        },
    )
}

/// Everything of the entry page but the obligations and the card.
fn entry_view(ctx: PageCtx, d: &EntryDetail) -> EntryPage {
    let v = &d.view;
    let from = |field: &str| source_label(&ctx, d.provenance.get(field));
    let mut facts = Vec::new();
    let mut push = |label: &str, value: String, data: bool, field: &str| {
        if !value.is_empty() {
            facts.push(FactRow { label: ctx.t(label), value, data, source: from(field) });
        }
    };
    push("registry-field-developer", v.organisations.join(", "), true, "organisations");
    push(
        "registry-field-country",
        v.countries.iter().map(|c| ctx.jurisdiction_name(c)).collect::<Vec<_>>().join(", "),
        false,
        "countries",
    );
    push("registry-field-released", v.release_date.clone().unwrap_or_default(), true, "release_date");
    push(
        "registry-field-modalities",
        v.modalities.iter().map(|m| ctx.t_or(&format!("modality-{m}"), m)).collect::<Vec<_>>().join(", "),
        false,
        "modalities",
    );
    push("registry-field-parameters", v.parameters.map(flop_text).unwrap_or_default(), true, "parameters");
    push(
        "registry-field-active-parameters",
        v.active_parameters.map(flop_text).unwrap_or_default(),
        true,
        "active_parameters",
    );
    push("registry-field-context", v.context_length.map(|c| c.to_string()).unwrap_or_default(), true, "context_length");
    push("registry-field-training-data", v.training_data.clone().unwrap_or_default(), true, "training_data");
    push("registry-field-tokens", v.training_tokens.map(flop_text).unwrap_or_default(), true, "training_tokens");
    push(
        "registry-field-open-weights",
        v.open_weights.map(|b| ctx.t(if b { "q-yes" } else { "q-no" })).unwrap_or_default(),
        false,
        "open_weights",
    );
    push("registry-field-accessibility", v.accessibility.clone().unwrap_or_default(), true, "accessibility");
    if let Some(card) = &v.card {
        push("registry-field-pipeline", card.pipeline_tag.clone().unwrap_or_default(), true, "card");
        push("registry-field-languages", card.languages.join(", "), true, "card");
        push("registry-field-datasets", card.datasets.join(", "), true, "card");
        push("registry-field-tags", card.tags.join(", "), true, "card");
        push(
            "registry-field-results",
            card.results
                .iter()
                .take(12)
                .map(|r| {
                    // Cards write scores with every digit (0.15542682926829265): four significant ones.
                    let v = r
                        .value
                        .as_f64()
                        .map_or_else(|| r.value.to_string(), |x| format!("{}", (x * 1e4).round() / 1e4));
                    format!("{} {}: {v}", r.dataset, r.metric)
                })
                .collect::<Vec<_>>()
                .join("; "),
            true,
            "card",
        );
    }
    push("registry-field-built-on", v.built_on.join(", "), true, "built_on");

    let (class, from_accessibility) = accord_node::registry::entry_licence_class(d.licence.as_ref(), &d.view);
    let licence = LicenceView {
        id: d.licence_ref.id.clone(),
        name: d
            .licence
            .as_ref()
            .map(|l| l.name.clone())
            .or_else(|| d.licence_ref.name.clone())
            .unwrap_or_else(|| d.licence_ref.id.clone()),
        class_label: ctx.t(&format!("licence-class-{}", class.replace('_', "-"))),
        class_tag: class_tag(class),
        summary: d.licence.as_ref().map(|l| l.summary.clone()).unwrap_or_default(),
        dimensions: d
            .licence
            .as_ref()
            .map(|l| {
                l.plain_words()
                    .into_iter()
                    .map(|(k, w)| (ctx.t(&format!("licence-dim-{}", k.replace(['_', ' '], "-"))), w))
                    .collect()
            })
            .unwrap_or_default(),
        inferred: d.licence_ref.inferred,
        from_accessibility,
        uncertain: d.licence.as_ref().is_some_and(|l| l.confidence.as_str() == "uncertain"),
        note: d.licence.as_ref().and_then(|l| l.note.clone()),
        source: d.licence.as_ref().map(|l| l.source.clone()).or_else(|| d.licence_ref.link.clone()).unwrap_or_default(),
        known: d.licence.is_some(),
    };

    let compute = v.compute.as_ref().map(|c| {
        let input = |k: &str, val: Option<String>| val.map(|x| (ctx.t(k), x));
        let i = &c.inputs;
        ComputeView {
            total: d.cumulative_flop.map(flop_text).unwrap_or_default(),
            own: flop_text(c.flop),
            method: ctx.t(&format!("compute-method-{}", c.method.as_str().replace('_', "-"))),
            confidence: ctx.t(&format!("compute-confidence-{}", c.confidence.as_str())),
            provenance: c.provenance.clone(),
            inputs: [
                input("compute-in-parameters", i.parameters.map(flop_text)),
                input("compute-in-tokens", i.tokens.map(flop_text)),
                input("compute-in-accelerator", i.accelerator.clone()),
                input("compute-in-count", i.accelerator_count.map(|x| format!("{x}"))),
                input("compute-in-hours", i.hours.map(|x| format!("{x}"))),
                input("compute-in-accelerator-hours", i.accelerator_hours.map(flop_text)),
                input("compute-in-peak", i.peak_flops.map(flop_text)),
                input("compute-in-utilisation", i.utilisation.map(|x| format!("{x}"))),
                input("compute-in-finetune", c.finetune_flop.map(flop_text)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            chain: d.compute_chain.iter().map(|k| (ctx.href(&format!("/registry/{k}")), k.clone())).collect(),
            cumulative: d.compute_chain.len() > 1,
            source: from("compute"),
        }
    });

    let edge = |key: &str, e: &accord_core::LineageEdge| EdgeView {
        href: ctx.href(&format!("/registry/{key}")),
        key: key.to_owned(),
        relation: ctx.t(&format!("relation-{}", e.relation)),
        source: ctx.t(&format!("edge-source-{}", e.source.replace('_', "-"))),
        inferred: e.inferred,
    };
    let parents = d.parents.iter().map(|e| edge(&e.edge.parent, &e.edge)).collect();
    let children = d.children.iter().map(|e| edge(&e.child, &e.edge)).collect();
    let lineage_svg = lineage_svg(&ctx, &d.stored.key, &d.family);
    let scores = d
        .transparency
        .iter()
        .map(|s| ScoreView {
            label: s.version.label().to_owned(),
            developer: s.developer.clone(),
            total: s.total,
            max: s.max,
            domains: s.by_domain.clone(),
        })
        .collect();
    let layers = d
        .entry
        .layers
        .iter()
        .map(|l| LayerView {
            source: ctx.t(&format!("registry-source-{}", l.source.as_str())),
            reference: l.reference.clone(),
            warnings: l.warnings.clone(),
        })
        .collect();
    EntryPage {
        key: d.stored.key.clone(),
        name: d.entry.display_name(),
        kind: ctx.t(&format!("registry-kind-{}", d.stored.kind)),
        revision: d.stored.revision,
        record_href: format!("/api/v1/records/registry_entry/{}", d.stored.key.replace('/', "%2F")),
        history_href: ctx.href(&format!("/registry/{}/history", d.stored.key)),
        facts,
        licence,
        compute,
        lineage_svg,
        parents,
        children,
        scores,
        kinds: Vec::new(),
        matrix: Vec::new(),
        profile: Vec::new(),
        markets: Vec::new(),
        all_markets: true,
        result_href: String::new(),
        questions_href: String::new(),
        missing: 0,
        layers,
        card_html: String::new(),
        card_truncated: false,
        page: ctx,
    }
}

/// The family of an entry as layered SVG: ancestors above, descendants below, edges from a
/// model to its base. Every box links to its entry.
fn lineage_svg(ctx: &PageCtx, key: &str, family: &[(String, String)]) -> String {
    if family.is_empty() {
        return String::new();
    }
    // Level of each node: the entry at 0, bases at -1, -2…, derivatives at 1, 2…
    let mut level: BTreeMap<&str, i32> = BTreeMap::from([(key, 0)]);
    for _ in 0..family.len() + 1 {
        let mut changed = false;
        for (child, parent) in family {
            if let (Some(&c), None) = (level.get(child.as_str()), level.get(parent.as_str())) {
                level.insert(parent, c - 1);
                changed = true;
            }
            if let (Some(&p), None) = (level.get(parent.as_str()), level.get(child.as_str())) {
                level.insert(child, p + 1);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut rows: BTreeMap<i32, Vec<&str>> = BTreeMap::new();
    for (k, l) in &level {
        rows.entry(*l).or_default().push(k);
    }
    let (box_w, box_h, gap_x, gap_y) = (230.0, 34.0, 20.0, 46.0);
    let widest = rows.values().map(Vec::len).max().unwrap_or(1).min(8) as f64;
    let width = widest * (box_w + gap_x) + gap_x;
    let top = rows.keys().next().copied().unwrap_or(0);
    let height = rows.len() as f64 * (box_h + gap_y) + gap_y;
    let mut pos: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for (l, keys) in &rows {
        let n = keys.len().min(8) as f64;
        let start = (width - n * (box_w + gap_x) + gap_x) / 2.0;
        for (i, k) in keys.iter().take(8).enumerate() {
            let x = start + i as f64 * (box_w + gap_x);
            let y = gap_y / 2.0 + f64::from(l - top) * (box_h + gap_y);
            pos.insert(k, (x, y));
        }
    }
    let title = ctx.t("registry-lineage");
    let mut svg = format!(
        "<svg class=\"lineage\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-labelledby=\"lineage-title\" direction=\"ltr\"><title id=\"lineage-title\">{}</title>",
        esc(&title)
    );
    svg.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"currentColor\"/></marker></defs>");
    for (child, parent) in family {
        if let (Some(&(cx, cy)), Some(&(px, py))) = (pos.get(child.as_str()), pos.get(parent.as_str())) {
            svg.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"currentColor\" marker-end=\"url(#arrow)\"/>",
                px + box_w / 2.0,
                py + box_h,
                cx + box_w / 2.0,
                cy
            ));
        }
    }
    for (k, (x, y)) in &pos {
        let current = *k == key;
        let label: String = k.chars().take(30).collect();
        svg.push_str(&format!(
            "<a href=\"{}\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{box_w}\" height=\"{box_h}\" rx=\"6\" class=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></a>",
            esc(&ctx.href(&format!("/registry/{k}"))),
            esc(k),
            if current { "node node-current" } else { "node" },
            x + box_w / 2.0,
            y + box_h / 2.0 + 5.0,
            esc(&label)
        ));
    }
    svg.push_str("</svg>");
    svg
}
