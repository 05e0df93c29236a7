//! The Registry pages: the list with search and filters, an entry (licence in plain words,
//! lineage graph, compute with its method, obligations across jurisdictions, transparency
//! scores, sources, the card), its history, and training compute over time.
//!
//! The charts are SVG written here rather than with plotters: every point and every node of
//! the lineage graph is a link with a `<title>`, which plotters' SVG backend cannot emit, and
//! the geometry is a few lines of arithmetic.

use std::collections::{BTreeMap, BTreeSet};

use accord_store::{RegistryQuery, RegistrySort};

use super::rules::{Answers, Cell, MatrixRow, esc, result_page};
use super::*;

mod compute;
mod entry;
mod history;

pub(super) use compute::compute;
pub(super) use entry::entry;
pub(super) use history::history;

/// Entries per page of the list.
const PER_PAGE: u32 = 50;

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
