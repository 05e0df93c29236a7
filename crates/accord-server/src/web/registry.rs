//! The Registry pages: the list with search and filters, an entry (licence in plain words,
//! lineage graph, compute with its method, obligations across jurisdictions, transparency
//! scores, sources, the card), its history, and training compute over time.
//!
//! The charts are SVG written here rather than with plotters: every point and every node of
//! the lineage graph is a link with a `<title>`, which plotters' SVG backend cannot emit, and
//! the geometry is a few lines of arithmetic.

use std::collections::{BTreeMap, BTreeSet};

use accord_node::registry::EntryDetail;
use accord_registry::entry::SourceKind;
use accord_store::{RegistryQuery, RegistrySort};

use super::rules::{Answers, Cell, MatrixRow, result_page};
use super::*;

/// Entries per page of the list.
const PER_PAGE: u32 = 50;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `3.8 × 10^25` as people read it, with a superscript exponent.
pub(super) fn flop_text(f: f64) -> String {
    if !(f.is_finite() && f > 0.0) {
        return String::new();
    }
    let exp = f.log10().floor() as i32;
    let mantissa = f / 10f64.powi(exp);
    let sup: String = exp
        .to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect();
    // 1 × 10²⁵ rather than 1.00 × 10²⁵; 3.8 × 10²⁵ rather than 3.80 × 10²⁵.
    let m = format!("{mantissa:.2}");
    let m = m.trim_end_matches('0').trim_end_matches('.');
    format!("{m} × 10{sup}")
}

fn class_tag(class: &str) -> &'static str {
    match class {
        "open" => "tag-green",
        "open_restricted" => "tag-yellow",
        "non_commercial" => "tag-orange",
        "proprietary" => "tag-red",
        _ => "tag-grey",
    }
}

// ---- the list -------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
pub(super) struct ListParams {
    q: Option<String>,
    kind: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    licence_class: Option<String>,
    modality: Option<String>,
    min_flop: Option<String>,
    max_flop: Option<String>,
    open_weights: Option<String>,
    sort: Option<String>,
    /// Text, parsed leniently: a bad page number shows the first page rather than an error.
    page: Option<String>,
}

pub(super) struct Row {
    href: String,
    name: String,
    key: String,
    kind: String,
    developer: String,
    licence: String,
    class_label: String,
    class_tag: &'static str,
    bases: Vec<(String, String)>,
    compute: String,
    released: String,
}

pub(super) struct Choice {
    value: String,
    label: String,
    count: i64,
    selected: bool,
}

#[derive(Template)]
#[template(path = "registry_list.html")]
pub(super) struct ListPage {
    page: PageCtx,
    q: String,
    kinds: Vec<Choice>,
    organisations: Vec<Choice>,
    countries: Vec<Choice>,
    classes: Vec<Choice>,
    modalities: Vec<Choice>,
    flop_steps: Vec<(String, String)>,
    min_flop: String,
    max_flop: String,
    open_weights: String,
    sort: String,
    rows: Vec<Row>,
    total: i64,
    showing: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    error: Option<String>,
}

fn opt(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|x| x.trim().to_owned()).filter(|x| !x.is_empty())
}

impl ListParams {
    fn query(&self) -> Result<RegistryQuery, &'static str> {
        let flop = |s: &Option<String>| -> Result<Option<f64>, &'static str> {
            match opt(s) {
                None => Ok(None),
                Some(t) => super::rules::parse_number(&t).map(Some).ok_or("registry-error-flop"),
            }
        };
        Ok(RegistryQuery {
            kind: opt(&self.kind).filter(|k| k == "model" || k == "system"),
            text: opt(&self.q),
            organisation: opt(&self.organisation),
            country: opt(&self.country),
            licence_class: opt(&self.licence_class),
            licence: None,
            modality: opt(&self.modality),
            min_flop: flop(&self.min_flop)?,
            max_flop: flop(&self.max_flop)?,
            open_weights: match opt(&self.open_weights).as_deref() {
                Some("true") => Some(true),
                Some("false") => Some(false),
                _ => None,
            },
            has_compute: false,
            sort: match opt(&self.sort).as_deref() {
                Some("name") => RegistrySort::Name,
                Some("released") => RegistrySort::Released,
                Some("compute") => RegistrySort::Compute,
                _ => RegistrySort::Relevance,
            },
            offset: self.page_number() * PER_PAGE,
            limit: PER_PAGE,
        })
    }

    fn page_number(&self) -> u32 {
        self.page.as_deref().and_then(|p| p.trim().parse::<u32>().ok()).unwrap_or(0).min(10_000)
    }

    fn href(&self, ctx: &PageCtx, page: u32) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (k, v) in [
            ("q", &self.q),
            ("kind", &self.kind),
            ("organisation", &self.organisation),
            ("country", &self.country),
            ("licence_class", &self.licence_class),
            ("modality", &self.modality),
            ("min_flop", &self.min_flop),
            ("max_flop", &self.max_flop),
            ("open_weights", &self.open_weights),
            ("sort", &self.sort),
        ] {
            if let Some(v) = opt(v) {
                pairs.push((k, v));
            }
        }
        if page > 0 {
            pairs.push(("page", page.to_string()));
        }
        format!("{}?{}", ctx.href("/registry"), serde_urlencoded::to_string(pairs).unwrap_or_default())
    }
}

fn choices(mut values: Vec<(String, i64)>, selected: &Option<String>, label: impl Fn(&str) -> String) -> Vec<Choice> {
    // A chosen value that no entry has under the other filters stays in the list (count 0),
    // so the select shows the filter that is in force.
    if let Some(sel) = opt(selected)
        && !values.iter().any(|(v, _)| *v == sel)
    {
        values.push((sel, 0));
    }
    values
        .into_iter()
        .map(|(value, count)| Choice {
            selected: opt(selected).as_deref() == Some(value.as_str()),
            label: label(&value),
            value,
            count,
        })
        .collect()
}

/// `GET /{lang}/registry`: search and filters over models and systems.
pub(super) async fn list(State(state): State<AppState>, page: Page, Query(params): Query<ListParams>) -> Response {
    let p = page.principal().clone();
    let ctx = page.ctx;
    let (query, error) = match params.query() {
        Ok(q) => (q, None),
        Err(e) => (RegistryQuery { limit: PER_PAGE, ..RegistryQuery::default() }, Some(ctx.t(e))),
    };
    let node = &state.node;
    let result = node.registry_search(&p, &query).await;
    let facet = |col: &'static str| {
        // Counts among what the other filters select, so a choice never leads to nothing.
        let mut q = query.clone();
        match col {
            "kind" => q.kind = None,
            "organisation" => q.organisation = None,
            "country" => q.country = None,
            "licence_class" => q.licence_class = None,
            "modality" => q.modality = None,
            _ => {}
        }
        let node = node.clone();
        let p = p.clone();
        async move { node.registry_facet(&p, &q, col).await.unwrap_or_default() }
    };
    let (kinds, organisations, countries, classes, modalities) =
        tokio::join!(facet("kind"), facet("organisation"), facet("country"), facet("licence_class"), facet("modality"));
    let page_result = match result {
        Ok(r) => r,
        Err(e) => return error_page(ctx, e),
    };
    let keys: Vec<String> = page_result.items.iter().map(|s| s.key.clone()).collect();
    let edges = node.lineage_of(&keys).await.unwrap_or_default();
    let rows = page_result
        .items
        .iter()
        .map(|s| Row {
            href: ctx.href(&format!("/registry/{}", s.key)),
            name: s.name.clone(),
            key: s.key.clone(),
            kind: ctx.t(&format!("registry-kind-{}", s.kind)),
            developer: s.organisations.join(", "),
            licence: s.licence_id.clone(),
            class_label: ctx.t(&format!("licence-class-{}", s.licence_class.replace('_', "-"))),
            class_tag: class_tag(&s.licence_class),
            bases: edges
                .iter()
                .filter(|e| e.child == s.key)
                .map(|e| (ctx.href(&format!("/registry/{}", e.edge.parent)), e.edge.parent.clone()))
                .collect(),
            compute: s.training_flop.map(flop_text).unwrap_or_default(),
            released: s.release_date.clone().unwrap_or_default(),
        })
        .collect();
    let current = params.page_number();
    let shown_to = i64::from(query.offset) + page_result.items.len() as i64;
    let prev_href = (current > 0).then(|| params.href(&ctx, current - 1));
    let next_href = (shown_to < page_result.total).then(|| params.href(&ctx, current + 1));
    let showing = if page_result.total == 0 { String::new() } else { format!("{}–{}", query.offset + 1, shown_to) };
    let flop_steps = (20..=27).map(|e| (format!("1e{e}"), flop_text(10f64.powi(e)))).collect();
    let view = ListPage {
        q: opt(&params.q).unwrap_or_default(),
        kinds: choices(kinds, &params.kind, |k| ctx.t(&format!("registry-kind-{k}"))),
        organisations: choices(organisations.into_iter().take(60).collect(), &params.organisation, str::to_owned),
        countries: choices(countries, &params.country, |c| ctx.jurisdiction_name(c)),
        classes: choices(classes, &params.licence_class, |c| ctx.t(&format!("licence-class-{}", c.replace('_', "-")))),
        modalities: choices(modalities, &params.modality, |m| ctx.t_or(&format!("modality-{m}"), m)),
        flop_steps,
        min_flop: opt(&params.min_flop).unwrap_or_default(),
        max_flop: opt(&params.max_flop).unwrap_or_default(),
        open_weights: opt(&params.open_weights).unwrap_or_default(),
        sort: opt(&params.sort).unwrap_or_default(),
        rows,
        total: page_result.total,
        showing,
        prev_href,
        next_href,
        error,
        page: ctx,
    };
    render(if view.error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK }, &view)
}

fn error_page(ctx: PageCtx, e: accord_node::NodeError) -> Response {
    let (status, key) = match e {
        accord_node::NodeError::NotFound { .. } => (StatusCode::NOT_FOUND, "registry-not-found"),
        _ => {
            tracing::error!(error = %e, "registry page failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "registry-error-internal")
        }
    };
    let title = ctx.t(key);
    render(status, &MessagePage { page: ctx, title, body: String::new(), link: None })
}

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
pub(super) async fn entry(
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

// ---- history --------------------------------------------------------------------------------

pub(super) struct VersionView {
    version: i64,
    action: String,
    at: String,
    author: String,
    log_href: String,
    card_sha256: String,
    changes: Vec<String>,
}

#[derive(Template)]
#[template(path = "registry_history.html")]
pub(super) struct HistoryPage {
    page: PageCtx,
    key: String,
    name: String,
    entry_href: String,
    versions: Vec<VersionView>,
}

/// Which top-level fields of each layer differ between two published versions.
fn changed_fields(before: &serde_json::Value, after: &serde_json::Value) -> Vec<String> {
    let layers = |v: &serde_json::Value| -> BTreeMap<String, serde_json::Value> {
        v["entry"]["layers"]
            .as_array()
            .map(|ls| {
                ls.iter().map(|l| (l["source"].as_str().unwrap_or_default().to_owned(), l["facts"].clone())).collect()
            })
            .unwrap_or_default()
    };
    let (a, b) = (layers(before), layers(after));
    let mut out = Vec::new();
    for source in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (a.get(source), b.get(source));
        let fields: BTreeSet<&String> = x
            .and_then(|v| v.as_object())
            .into_iter()
            .flat_map(|o| o.keys())
            .chain(y.and_then(|v| v.as_object()).into_iter().flat_map(|o| o.keys()))
            .collect();
        for f in fields {
            if x.map(|v| &v[f.as_str()]) != y.map(|v| &v[f.as_str()]) {
                out.push(format!("{source}.{f}"));
            }
        }
    }
    if before["card_sha256"] != after["card_sha256"] {
        out.push("card".into());
    }
    out
}

/// `GET /{lang}/registry/{namespace}/{name}/history`.
pub(super) async fn history(
    State(state): State<AppState>,
    page: Page,
    Path((_, namespace, name)): Path<(String, String, String)>,
) -> Response {
    let p = page.principal().clone();
    let ctx = page.ctx;
    let key = format!("{namespace}/{name}");
    let d = match state.node.registry_entry(&p, &key).await {
        Ok(d) => d,
        Err(e) => return error_page(ctx, e),
    };
    let versions = match state.node.registry_history(&p, &key).await {
        Ok(v) => v,
        Err(e) => return error_page(ctx, e),
    };
    let mut previous = serde_json::Value::Null;
    let mut list = Vec::new();
    for v in versions {
        let envelope: serde_json::Value = serde_json::from_slice(&v.envelope).unwrap_or_default();
        let payload = envelope["payload"].clone();
        list.push(VersionView {
            version: v.version,
            action: ctx.t(&format!("registry-action-{}", envelope["action"].as_str().unwrap_or("").replace('.', "-"))),
            at: envelope["at"].as_str().unwrap_or_default().to_owned(),
            author: envelope["author"].as_str().map_or_else(|| ctx.t("registry-signed-by-node"), str::to_owned),
            log_href: ctx.href(&format!("/transparency/log/{}", v.seq)),
            card_sha256: payload["card_sha256"].as_str().unwrap_or_default().to_owned(),
            changes: if previous.is_null() { Vec::new() } else { changed_fields(&previous, &payload) },
        });
        previous = payload;
    }
    list.reverse();
    render(
        StatusCode::OK,
        &HistoryPage {
            key: key.clone(),
            name: d.entry.display_name(),
            entry_href: ctx.href(&format!("/registry/{key}")),
            versions: list,
            page: ctx,
        },
    )
}

// ---- compute over time ----------------------------------------------------------------------

pub(super) struct ThresholdView {
    value: String,
    instrument: String,
    jurisdiction: String,
    href: String,
}

pub(super) struct PointRow {
    href: String,
    name: String,
    date: String,
    flop: String,
    method: String,
}

#[derive(Template)]
#[template(path = "registry_compute.html")]
pub(super) struct ComputePage {
    page: PageCtx,
    svg: String,
    count: usize,
    thresholds: Vec<ThresholdView>,
    points: Vec<PointRow>,
}

/// `GET /{lang}/registry/compute`: training compute over time, log scale, with the thresholds
/// the rules corpus sets drawn across.
pub(super) async fn compute(State(state): State<AppState>, page: Page) -> Response {
    let p = page.principal().clone();
    let ctx = page.ctx;
    let q = RegistryQuery { has_compute: true, sort: RegistrySort::Released, limit: 5_000, ..RegistryQuery::default() };
    let entries = match state.node.registry_search(&p, &q).await {
        Ok(p) => p.items,
        Err(e) => return error_page(ctx, e),
    };
    let points: Vec<(time::Date, f64, &accord_core::RegistrySummary)> = entries
        .iter()
        .filter_map(|s| {
            let d = time::Date::parse(
                s.release_date.as_deref()?,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .ok()?;
            let f = s.training_flop.filter(|f| *f > 0.0)?;
            Some((d, f, s))
        })
        .collect();
    let thresholds = state.node.compute_thresholds();
    let svg = compute_svg(&ctx, &points, &thresholds);
    let corpus = state.node.corpus();
    let view = ComputePage {
        count: points.len(),
        thresholds: thresholds
            .iter()
            .map(|(v, rule, inst, j)| ThresholdView {
                value: flop_text(*v),
                instrument: corpus.instruments.get(inst).map_or_else(|| inst.clone(), |i| i.title.clone()),
                jurisdiction: ctx.jurisdiction_name(j),
                href: ctx.href(&format!("/rules/rule/{rule}")),
            })
            .collect(),
        points: points
            .iter()
            .rev()
            .map(|(d, f, s)| PointRow {
                href: ctx.href(&format!("/registry/{}", s.key)),
                name: s.name.clone(),
                date: d.to_string(),
                flop: flop_text(*f),
                method: s
                    .compute_method
                    .as_deref()
                    .map(|m| ctx.t(&format!("compute-method-{}", m.replace('_', "-"))))
                    .unwrap_or_default(),
            })
            .collect(),
        svg,
        page: ctx,
    };
    render(StatusCode::OK, &view)
}

/// The first year the chart shows: 2010 when there are models since then (the era the
/// compute thresholds are about), else the first year with a model. Older ones stay in the table.
const CHART_FROM_YEAR: i32 = 2010;

fn compute_svg(
    ctx: &PageCtx,
    points: &[(time::Date, f64, &accord_core::RegistrySummary)],
    thresholds: &[(f64, String, String, String)],
) -> String {
    let (w, h, left, right, top, bottom) = (900.0, 480.0, 70.0, 20.0, 20.0, 40.0);
    let recent: Vec<_> = points.iter().filter(|p| p.0.year() >= CHART_FROM_YEAR).collect();
    let points: Vec<_> = if recent.is_empty() { points.iter().collect() } else { recent };
    if points.is_empty() {
        return String::new();
    }
    let year = |d: &time::Date| f64::from(d.year()) + f64::from(d.ordinal()) / 366.0;
    let (mut x0, mut x1) = (f64::MAX, f64::MIN);
    for (d, _, _) in &points {
        x0 = x0.min(year(d));
        x1 = x1.max(year(d));
    }
    let (x0, x1) = (x0.floor(), x1.ceil().max(x0.floor() + 1.0));
    let mut y0 = points.iter().map(|p| p.1.log10()).fold(f64::MAX, f64::min).floor();
    let mut y1 = points.iter().map(|p| p.1.log10()).fold(f64::MIN, f64::max).ceil();
    for (t, ..) in thresholds {
        y0 = y0.min(t.log10().floor());
        y1 = y1.max(t.log10().ceil());
    }
    let sx = |x: f64| left + (x - x0) / (x1 - x0) * (w - left - right);
    let sy = |y: f64| h - bottom - (y - y0) / (y1 - y0).max(1.0) * (h - top - bottom);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"chart-title\" direction=\"ltr\"><title id=\"chart-title\">{}</title>",
        esc(&ctx.t("registry-compute-title"))
    );
    // A grid line and label every `y_step` powers of ten, at most about ten of them.
    let y_step = ((y1 - y0) / 10.0).ceil().max(1.0) as i32;
    let threshold_powers: Vec<i32> = thresholds.iter().map(|(t, ..)| t.log10().round() as i32).collect();
    let mut e = y0 as i32;
    while f64::from(e) <= y1 {
        // The thresholds' own powers are always labelled.
        if e % y_step == 0 || threshold_powers.contains(&e) {
            let y = sy(f64::from(e));
            svg.push_str(&format!(
                "<line class=\"grid\" x1=\"{left}\" x2=\"{x2}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"axis\" x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\">10<tspan dy=\"-6\" font-size=\"10\">{e}</tspan></text>",
                x2 = w - right,
                tx = left - 6.0,
                ty = y + 4.0,
            ));
        }
        e += 1;
    }
    // Round year steps: 1, 2, 5 or 10 years, at most about twelve labels.
    let span = (x1 - x0) as i32;
    let step = [1, 2, 5, 10, 20].into_iter().find(|s| span / s <= 12).unwrap_or(25);
    let mut yr = (x0 as i32).div_euclid(step) * step;
    while f64::from(yr) <= x1 {
        if f64::from(yr) >= x0 {
            svg.push_str(&format!(
                "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{yr}</text>",
                sx(f64::from(yr)),
                h - bottom + 18.0
            ));
        }
        yr += step;
    }
    // One line per threshold value, labelled with every jurisdiction that sets it.
    let mut by_value: Vec<(f64, Vec<String>)> = Vec::new();
    for (t, _, _, j) in thresholds {
        let name = ctx.jurisdiction_name(j);
        match by_value.iter_mut().find(|(v, _)| v == t) {
            Some((_, names)) if !names.contains(&name) => names.push(name),
            Some(_) => {}
            None => by_value.push((*t, vec![name])),
        }
    }
    for (t, names) in &by_value {
        let y = sy(t.log10());
        svg.push_str(&format!(
            "<line class=\"threshold\" x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"threshold-label\" x=\"{}\" y=\"{}\" text-anchor=\"start\">{} — {}</text>",
            w - right,
            left + 6.0,
            y - 5.0,
            esc(&flop_text(*t)),
            esc(&names.join(", "))
        ));
    }
    for (d, f, s) in &points {
        svg.push_str(&format!(
            "<a href=\"{}\"><circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"><title>{} — {} FLOP, {}</title></circle></a>",
            esc(&ctx.href(&format!("/registry/{}", s.key))),
            sx(year(d)),
            sy(f.log10()),
            esc(&s.name),
            esc(&flop_text(*f)),
            d
        ));
    }
    svg.push_str("</svg>");
    svg
}
