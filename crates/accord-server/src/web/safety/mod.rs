//! The Safety pages: the incident list with search, facets and charts (this file), an incident
//! with its marking banner and reports (`incident.rs`), the report form (`intake.rs`) and the
//! reviewers' queue (`review.rs`); the charts are SVG written in `charts.rs`.
//!
//! Every figure on these pages — hits, totals, facet counts, chart bars — comes from
//! `Node::search_incidents` with the viewer's tokens, so a record the viewer may not see never
//! shows, not even as a count.

use accord_node::safety::{IncidentLookup, IncidentView, MarkingInput};
use accord_safety::access::Status;
use accord_safety::marking::{Distribution, Marking, Tlp};
use accord_search::{DocKind, SearchQuery, SearchSort};
use fluent_templates::fluent_bundle::FluentValue;

use super::*;

mod charts;
mod incident;
mod intake;
mod review;

pub(super) use incident::{add_report, incident};
pub(super) use intake::{report_form, submit, submitted};
pub(super) use review::{decide, review};

/// Results per page of the list.
const PER_PAGE: usize = 20;
/// The deepest page the list goes to (search further with more words or filters).
const MAX_PAGE: usize = 500;
/// Facets offered in the sidebar, in order: the node's facets, then the report language.
const LIST_FACETS: [&str; 10] =
    ["kind", "source", "year", "domain", "severity", "country", "entity", "tlp", "status", "lang"];
/// Values shown before "show more" in a facet group.
const FACET_SHOWN: usize = 8;

// ---- words for codes ------------------------------------------------------------------------

/// The six interface languages, the ones a report's language is chosen from first.
const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A TLP label as a badge: FIRST's colours on black, never translated.
pub(super) struct TlpBadge {
    pub(super) label: &'static str,
    pub(super) class: &'static str,
}

pub(super) fn tlp_badge(t: Tlp) -> TlpBadge {
    let class = match t {
        Tlp::Clear => "tlp-clear",
        Tlp::Green => "tlp-green",
        Tlp::Amber | Tlp::AmberStrict => "tlp-amber",
        Tlp::Red => "tlp-red",
    };
    TlpBadge { label: t.as_str(), class }
}

/// A workflow status as a tag (one colour per status everywhere).
pub(super) struct StatusTag {
    pub(super) class: &'static str,
    pub(super) text: String,
}

pub(super) fn status_tag(ctx: &PageCtx, s: Status) -> StatusTag {
    let class = match s {
        Status::Submitted => "tag-blue",
        Status::Triaged => "tag-purple",
        Status::Published => "tag-green",
        Status::Rejected => "tag-red",
    };
    StatusTag { class, text: ctx.t(&format!("safety-status-{}", s.as_str())) }
}

fn slug(code: &str) -> String {
    code.replace(['_', '+'], "-")
}

impl PageCtx {
    pub(super) fn safety_kind(&self, kind: &str) -> String {
        self.t_or(&format!("safety-kind-{}", slug(kind)), kind)
    }

    pub(super) fn safety_severity(&self, severity: &str) -> String {
        self.t_or(&format!("safety-severity-{}", slug(severity)), severity)
    }

    pub(super) fn safety_source(&self, source: &str) -> String {
        self.t_or(&format!("safety-source-{source}"), source)
    }

    pub(super) fn safety_status(&self, status: &str) -> String {
        self.t_or(&format!("safety-status-{status}"), status)
    }

    /// An MIT risk domain ("4. Malicious Actors & Misuse") by its number.
    pub(super) fn safety_domain(&self, domain: &str) -> String {
        match domain_number(domain) {
            Some(n) => self.t_or(&format!("safety-domain-{n}"), domain),
            None => domain.to_owned(),
        }
    }

    /// A language's name in the interface language; other codes as they are.
    pub(super) fn safety_lang(&self, code: &str) -> String {
        if LANGS.contains(&code) { self.t(&format!("safety-lang-{code}")) } else { code.to_owned() }
    }

    pub(super) fn safety_distribution(&self, d: Distribution) -> String {
        self.t(&format!("safety-distribution-{}", slug(d.as_str())))
    }

    pub(super) fn safety_tlp_rule(&self, t: Tlp) -> String {
        self.t(&format!("safety-tlp-rule-{}", slug(t.slug())))
    }

    pub(super) fn safety_role(&self, role: &str) -> String {
        self.t_or(&format!("safety-role-{}", slug(role)), role)
    }

    /// A facet value in words: translated codes, country names, TLP labels as they are.
    fn facet_label(&self, facet: &str, value: &str) -> String {
        match facet {
            "kind" => self.safety_kind(value),
            "source" => self.safety_source(value),
            "severity" => self.safety_severity(value),
            "status" => self.safety_status(value),
            "domain" => self.safety_domain(value),
            "country" => self.jurisdiction_name(value),
            "lang" => self.safety_lang(value),
            "sector" => self.t_or(&format!("safety-sector-{}", charts::sector_slug(value)), value),
            "entity" => value.replace('-', " "),
            _ => value.to_owned(),
        }
    }
}

/// The number an MIT risk domain starts with ("7. AI system safety…" → 7).
pub(super) fn domain_number(domain: &str) -> Option<u8> {
    let (n, _) = domain.split_once('.')?;
    n.trim().parse().ok().filter(|n| (1..=7).contains(n))
}

/// The direction of text in a language (primary subtag).
pub(super) fn lang_dir(code: &str) -> &'static str {
    match code.split('-').next().unwrap_or(code) {
        "ar" | "fa" | "he" | "ur" | "ps" | "yi" | "dv" | "ku" | "sd" => "rtl",
        "" | "other" | "und" => "auto",
        _ => "ltr",
    }
}

/// The path of an incident's page.
pub(super) fn incident_path(key: &str) -> String {
    format!("/safety/incidents/{}", urlencode(key))
}

/// Who may do what on these pages, for links and forms (the node decides again on each action).
pub(super) fn can_report(page: &Page) -> bool {
    page.ctx.user.is_some() && authorize(page.principal(), Action::Participate).is_ok()
}

pub(super) fn can_review(page: &Page) -> bool {
    page.ctx.user.is_some() && authorize(page.principal(), Action::ReviewContent).is_ok()
}

/// The Safety section's own navigation.
pub(super) struct SafetyNav {
    pub(super) reporter: bool,
    pub(super) reviewer: bool,
}

impl SafetyNav {
    pub(super) fn of(page: &Page) -> SafetyNav {
        SafetyNav { reporter: can_report(page) || page.ctx.user.is_none(), reviewer: can_review(page) }
    }
}

// ---- the list -------------------------------------------------------------------------------

/// The list's parameters, read leniently: an unknown parameter or a bad page number never makes
/// an error page.
#[derive(Clone, Debug, Default)]
struct ListParams {
    q: String,
    /// `incident`, `report` or empty (both).
    doc_type: String,
    /// `relevance` (empty), `newest`, `oldest`.
    sort: String,
    /// Zero-based.
    page: usize,
    filters: Vec<(String, String)>,
}

impl ListParams {
    fn parse(raw: Option<&str>) -> ListParams {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or("")).unwrap_or_default();
        let mut p = ListParams::default();
        for (k, v) in pairs {
            let v = v.trim().to_owned();
            match k.as_str() {
                "q" => p.q = v.chars().take(500).collect(),
                "type" if v == "incident" || v == "report" => p.doc_type = v,
                "sort" if v == "newest" || v == "oldest" => p.sort = v,
                "page" => p.page = v.parse::<usize>().unwrap_or(1).clamp(1, MAX_PAGE) - 1,
                name if LIST_FACETS.contains(&name)
                    && !v.is_empty()
                    && v.len() <= 200
                    && p.filters.len() < 40
                    && !p.filters.iter().any(|(n, x)| n == name && *x == v) =>
                {
                    p.filters.push((k, v))
                }
                _ => {}
            }
        }
        p
    }

    fn query(&self) -> SearchQuery {
        SearchQuery {
            text: self.q.clone(),
            lang: None,
            access: None,
            filters: self.filters.clone(),
            kinds: match self.doc_type.as_str() {
                "incident" => vec![DocKind::Incident],
                "report" => vec![DocKind::Report],
                // Browsing lists the incidents; words also find the reports that use them.
                _ if self.q.trim().is_empty() => vec![DocKind::Incident],
                _ => vec![],
            },
            sort: match self.sort.as_str() {
                "newest" => SearchSort::DateDesc,
                "oldest" => SearchSort::DateAsc,
                _ => SearchSort::Relevance,
            },
            limit: PER_PAGE,
            offset: self.page * PER_PAGE,
            facets: LIST_FACETS.iter().map(|f| (*f).to_owned()).collect(),
            match_any: false,
        }
    }

    fn pairs(&self) -> Vec<(&str, &str)> {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", &self.q));
        }
        if !self.doc_type.is_empty() {
            pairs.push(("type", &self.doc_type));
        }
        if !self.sort.is_empty() {
            pairs.push(("sort", &self.sort));
        }
        pairs.extend(self.filters.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        pairs
    }

    fn href_of(ctx: &PageCtx, pairs: Vec<(&str, &str)>, page: usize) -> String {
        let number = (page + 1).to_string();
        let mut pairs: Vec<(&str, &str)> = pairs;
        if page > 0 {
            pairs.push(("page", number.as_str()));
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if query.is_empty() { ctx.href("/safety") } else { format!("{}?{query}", ctx.href("/safety")) }
    }

    /// This list on another page.
    fn href(&self, ctx: &PageCtx, page: usize) -> String {
        Self::href_of(ctx, self.pairs(), page)
    }

    /// This list with one facet value added or removed, from the first page.
    fn toggled(&self, ctx: &PageCtx, name: &str, value: &str) -> String {
        let mut pairs = self.pairs();
        let before = pairs.len();
        pairs.retain(|(k, v)| !(*k == name && *v == value));
        if pairs.len() == before {
            pairs.push((name, value));
        }
        Self::href_of(ctx, pairs, 0)
    }

    fn selected(&self, name: &str, value: &str) -> bool {
        self.filters.iter().any(|(k, v)| k == name && v == value)
    }
}

pub(super) struct FacetValue {
    label: String,
    count: u64,
    selected: bool,
    href: String,
    /// The label is data (an entity, a TLP label), shown as written.
    data: bool,
}

pub(super) struct FacetGroup {
    name: String,
    title: String,
    shown: Vec<FacetValue>,
    more: Vec<FacetValue>,
    active: bool,
}

pub(super) struct ActiveFilter {
    label: String,
    href: String,
}

pub(super) struct Hit {
    href: String,
    title_html: String,
    snippet_html: String,
    key: String,
    /// `Incident`, `Vulnerability`, … or `Report`.
    kind: String,
    /// For a report: the incident it is about.
    incident: Option<(String, String)>,
    lang: String,
    dir: &'static str,
    lang_name: String,
    date: String,
    tlp: Option<TlpBadge>,
    severity: String,
    status: Option<StatusTag>,
}

pub(super) struct PageLink {
    number: usize,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "safety_list.html")]
pub(super) struct ListPage {
    page: PageCtx,
    nav: SafetyNav,
    q: String,
    /// The filters a new search keeps.
    kept: Vec<(String, String)>,
    doc_type: String,
    sort: String,
    groups: Vec<FacetGroup>,
    active: Vec<ActiveFilter>,
    clear_href: String,
    hits: Vec<Hit>,
    total: u64,
    first: usize,
    last: usize,
    pages: usize,
    page_of: String,
    pager: Vec<Option<PageLink>>,
    prev_href: Option<String>,
    next_href: Option<String>,
    charts: charts::Charts,
    years_subtitle: String,
    sector_subtitle: String,
}

impl ListPage {
    fn active_count(&self) -> usize {
        self.active.len()
    }
}

/// Orders a facet's values: years newest first, codes in their scale's order, the rest by count.
fn order_values(name: &str, values: &mut [(String, u64)]) {
    let rank = |v: &str| -> Option<usize> {
        match name {
            "kind" => accord_safety::model::IncidentKind::ALL.iter().position(|k| k.as_str() == v),
            "severity" => accord_safety::model::Severity::ALL.iter().rev().position(|s| s.as_str() == v),
            "tlp" => Tlp::ALL.iter().position(|t| t.as_str() == v),
            "status" => Status::ALL.iter().position(|s| s.as_str() == v),
            "domain" => domain_number(v).map(usize::from),
            "lang" => LANGS.iter().position(|l| *l == v),
            _ => None,
        }
    };
    match name {
        "year" => values.sort_by(|a, b| b.0.cmp(&a.0)),
        "kind" | "severity" | "tlp" | "status" | "domain" | "lang" => {
            values.sort_by_key(|(v, count)| (rank(v).unwrap_or(usize::MAX), std::cmp::Reverse(*count)))
        }
        _ => {}
    }
}

/// `GET /{lang}/safety`: search, facets, results and charts.
pub(super) async fn list(State(state): State<AppState>, page: Page, raw: axum::extract::RawQuery) -> Response {
    let params = ListParams::parse(raw.0.as_deref());
    let node = &state.node;
    let viewer = match node.viewer(page.principal()).await {
        Ok(v) => v,
        Err(e) => return refused(page, e),
    };
    let query = params.query();
    let results = match node.search_incidents(&viewer, query.clone()).await {
        Ok(r) => r,
        Err(e) => return refused(page, e),
    };
    // A facet with values chosen is counted without its own filter, so its other values show
    // what choosing them as well would add (values of one facet are alternatives).
    let mut facets = results.facets.clone();
    let active_names: Vec<&str> =
        LIST_FACETS.iter().copied().filter(|n| params.filters.iter().any(|(k, _)| k == n)).collect();
    for name in &active_names {
        let q = SearchQuery {
            filters: params.filters.iter().filter(|(k, _)| k != name).cloned().collect(),
            facets: vec![(*name).to_owned()],
            limit: 1,
            offset: 0,
            ..query.clone()
        };
        match node.search_incidents(&viewer, q).await {
            Ok(r) => {
                facets.insert((*name).to_owned(), r.facets.get(*name).cloned().unwrap_or_default());
            }
            Err(e) => return refused(page, e),
        }
    }
    let charts = match charts::list_charts(node, &viewer, &page.ctx, &params.filters, &params.q).await {
        Ok(c) => c,
        Err(e) => return refused(page, e),
    };

    let ctx = &page.ctx;
    let mut groups = Vec::new();
    for name in LIST_FACETS {
        let mut values = facets.get(name).cloned().unwrap_or_default();
        for (k, v) in &params.filters {
            if k == name && !values.iter().any(|(x, _)| x == v) {
                values.push((v.clone(), 0));
            }
        }
        values.retain(|(v, count)| *count > 0 || params.selected(name, v));
        order_values(name, &mut values);
        let active = values.iter().any(|(v, _)| params.selected(name, v));
        // A facet whose one value covers every result filters nothing.
        if values.is_empty() || (!active && values.len() == 1 && values[0].1 >= results.total) {
            continue;
        }
        let mut views: Vec<FacetValue> = values
            .iter()
            .map(|(v, count)| FacetValue {
                label: ctx.facet_label(name, v),
                count: *count,
                selected: params.selected(name, v),
                href: params.toggled(ctx, name, v),
                data: matches!(name, "entity" | "tlp")
                    || (name == "domain" && domain_number(v).is_none())
                    || (name == "sector"
                        && ctx.lang.try_t(&format!("safety-sector-{}", charts::sector_slug(v))).is_none()),
            })
            .collect();
        let more = if views.len() > FACET_SHOWN { views.split_off(FACET_SHOWN) } else { Vec::new() };
        groups.push(FacetGroup {
            name: name.to_owned(),
            title: ctx.t(&format!("safety-facet-{name}")),
            shown: views,
            more,
            active,
        });
    }
    let active = params
        .filters
        .iter()
        .map(|(k, v)| ActiveFilter {
            label: format!("{}: {}", ctx.t(&format!("safety-facet-{k}")), ctx.isolate(&ctx.facet_label(k, v))),
            href: params.toggled(ctx, k, v),
        })
        .collect();

    let mut hits = Vec::with_capacity(results.hits.len());
    for h in &results.hits {
        hits.push(hit_view(node, &page, h).await);
    }
    let total = results.total;
    let pages = (total as usize).div_ceil(PER_PAGE).clamp(1, MAX_PAGE);
    let current = params.page.min(pages - 1);
    let first = if hits.is_empty() { 0 } else { query.offset + 1 };
    let last = query.offset + hits.len();
    let pager = pager(current, pages)
        .into_iter()
        .map(|p| p.map(|n| PageLink { number: n + 1, href: params.href(ctx, n), current: n == current }))
        .collect();
    let view = ListPage {
        nav: SafetyNav::of(&page),
        q: params.q.clone(),
        kept: params.filters.clone(),
        doc_type: params.doc_type.clone(),
        sort: params.sort.clone(),
        groups,
        active,
        clear_href: ListParams { filters: vec![], page: 0, ..params.clone() }.href(ctx, 0),
        hits,
        total,
        first,
        last,
        pages,
        page_of: ctx.lang.t_args(
            "safety-page-of",
            &[("page", FluentValue::from(current as i64 + 1)), ("pages", FluentValue::from(pages as i64))],
        ),
        pager,
        prev_href: (current > 0).then(|| params.href(ctx, current - 1)),
        next_href: (current + 1 < pages && (last as u64) < total).then(|| params.href(ctx, current + 1)),
        years_subtitle: ctx.lang.t_args(
            "safety-chart-years-subtitle",
            &[
                ("count", FluentValue::from(charts.classified as i64)),
                ("total", FluentValue::from(charts.incidents as i64)),
            ],
        ),
        sector_subtitle: ctx.lang.t_args(
            "safety-chart-sectors-subtitle",
            &[
                ("count", FluentValue::from(charts.with_sector as i64)),
                ("total", FluentValue::from(charts.incidents as i64)),
            ],
        ),
        charts,
        page: page.ctx,
    };
    render(StatusCode::OK, &view)
}

/// Page numbers to show (zero-based), `None` for an ellipsis: the first, the last, and the
/// current one with its neighbours.
fn pager(current: usize, pages: usize) -> Vec<Option<usize>> {
    if pages <= 1 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut previous: Option<usize> = None;
    for n in 0..pages {
        let near = n + 1 >= current && n <= current + 1;
        if n == 0 || n + 1 == pages || near {
            if let Some(p) = previous
                && n > p + 1
            {
                out.push(None);
            }
            out.push(Some(n));
            previous = Some(n);
        }
    }
    out
}

/// One result: the hit as the index gives it (highlighted), with what the record says about its
/// marking, date and status. The hit is visible to the viewer (the index filtered it); a record
/// that vanished since is shown without those.
async fn hit_view(node: &accord_node::Node, page: &Page, h: &accord_search::SearchHit) -> Hit {
    let ctx = &page.ctx;
    let (_, key) = h.id.split_once(':').unwrap_or(("", h.id.as_str()));
    let mut hit = Hit {
        href: ctx.href(&incident_path(&h.incident)),
        title_html: h.title_html.clone(),
        snippet_html: h.snippet_html.clone(),
        key: key.to_owned(),
        kind: String::new(),
        incident: None,
        lang: h.lang.clone(),
        dir: lang_dir(&h.lang),
        lang_name: ctx.safety_lang(&h.lang),
        date: String::new(),
        tlp: None,
        severity: String::new(),
        status: None,
    };
    let set_lang = |hit: &mut Hit, lang: &str| {
        hit.lang = lang.to_owned();
        hit.dir = lang_dir(lang);
        hit.lang_name = ctx.safety_lang(lang);
    };
    match h.kind {
        DocKind::Incident => {
            if let Ok(IncidentLookup::Found(v)) = node.incident(page.principal(), key).await {
                hit.kind = ctx.safety_kind(v.incident.kind.as_str());
                set_lang(&mut hit, &v.incident.lang);
                hit.date = v.incident.date.clone().unwrap_or_default();
                hit.tlp = Some(tlp_badge(v.marking.tlp));
                hit.severity = v.incident.severity.map(|s| ctx.safety_severity(s.as_str())).unwrap_or_default();
                hit.status = (v.status != Status::Published).then(|| status_tag(ctx, v.status));
            }
        }
        DocKind::Report => {
            hit.kind = ctx.t("safety-report");
            hit.href = format!("{}#report-{}", hit.href, urlencode(key));
            hit.incident = Some((ctx.href(&incident_path(&h.incident)), h.incident.clone()));
            if let Ok(r) = node.incident_report(page.principal(), key).await {
                set_lang(&mut hit, &r.report.lang);
                hit.date = r.report.date_published.clone().unwrap_or_default();
                hit.tlp = Some(tlp_badge(r.marking.tlp));
                hit.status = (r.status != Status::Published).then(|| status_tag(ctx, r.status));
            }
        }
    }
    if hit.kind.is_empty() {
        hit.kind = ctx.t("safety-incident");
    }
    hit
}

// ---- shared by the incident page, the form and the queue ------------------------------------

/// The marking of a record in words: the banner of the incident page, the badges of the queue.
pub(super) struct MarkingView {
    pub(super) tlp: TlpBadge,
    pub(super) rule: String,
    pub(super) distribution: String,
    /// For AMBER and RED: how far the record may go.
    pub(super) forward: Option<String>,
}

pub(super) fn marking_view(ctx: &PageCtx, m: Marking, owner: Option<&str>, group: Option<&str>) -> MarkingView {
    let recipients = match (owner, group) {
        (Some(o), Some(g)) => format!("{}, {}", ctx.isolate(o), ctx.isolate(g)),
        (Some(o), None) => ctx.isolate(o),
        (None, Some(g)) => ctx.isolate(g),
        (None, None) => ctx.t("safety-recipients-unnamed"),
    };
    let distribution = match (m.distribution, group, owner) {
        (Distribution::SharingGroup, Some(g), _) => ctx.t1("safety-shared-with-group", "group", g),
        (Distribution::OrganisationOnly, _, Some(o)) => ctx.t1("safety-shared-with-owner", "organisation", o),
        (d, ..) => ctx.safety_distribution(d),
    };
    let forward = match m.tlp {
        Tlp::Amber => Some(ctx.t("safety-forward-amber")),
        Tlp::AmberStrict => Some(ctx.t("safety-forward-amber-strict")),
        Tlp::Red => Some(ctx.lang.t_args("safety-forward-red", &[("recipients", FluentValue::from(recipients))])),
        _ => None,
    };
    MarkingView { tlp: tlp_badge(m.tlp), rule: ctx.safety_tlp_rule(m.tlp), distribution, forward }
}

/// A TLP choice in a form: the label in its colours and the rule in words.
pub(super) struct TlpChoice {
    pub(super) value: &'static str,
    pub(super) badge: TlpBadge,
    pub(super) rule: String,
    pub(super) checked: bool,
}

pub(super) fn tlp_choices(ctx: &PageCtx, chosen: &str) -> Vec<TlpChoice> {
    Tlp::ALL
        .iter()
        .map(|t| TlpChoice {
            value: t.slug(),
            badge: tlp_badge(*t),
            rule: ctx.safety_tlp_rule(*t),
            checked: chosen == t.slug(),
        })
        .collect()
}

/// A distribution choice: its name and a plain description.
pub(super) struct DistributionChoice {
    pub(super) value: &'static str,
    pub(super) label: String,
    pub(super) hint: String,
    pub(super) checked: bool,
}

pub(super) fn distribution_choices(ctx: &PageCtx, chosen: &str) -> Vec<DistributionChoice> {
    Distribution::ALL
        .iter()
        .map(|d| DistributionChoice {
            value: d.as_str(),
            label: ctx.safety_distribution(*d),
            hint: ctx.t(&format!("safety-distribution-{}-hint", slug(d.as_str()))),
            checked: chosen == d.as_str(),
        })
        .collect()
}

/// The languages a text can be written in: the six, then "another language".
pub(super) fn lang_choices(ctx: &PageCtx) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = LANGS.iter().map(|l| ((*l).to_owned(), ctx.safety_lang(l))).collect();
    out.push(("other".to_owned(), ctx.t("safety-lang-other")));
    out
}

/// The marking fields of a form, checked: one message per field, in the form's words.
pub(super) fn marking_input(
    ctx: &PageCtx,
    tlp: &str,
    distribution: &str,
    group: &str,
    errors: &mut FormErrors,
) -> Option<MarkingInput> {
    let tlp_ok = Tlp::parse("tlp", tlp).is_ok();
    if !tlp_ok {
        errors.add("tlp", ctx.t("safety-error-tlp"));
    }
    let distribution_ok = Distribution::parse("distribution", distribution).is_ok();
    if !distribution_ok {
        errors.add("distribution", ctx.t("safety-error-distribution"));
    }
    let group_needed = distribution == Distribution::SharingGroup.as_str();
    if group_needed && group.trim().is_empty() {
        errors.add("sharing_group", ctx.t("safety-error-sharing-group"));
        return None;
    }
    (tlp_ok && distribution_ok).then(|| MarkingInput {
        tlp: tlp.to_owned(),
        distribution: distribution.to_owned(),
        sharing_group: group_needed.then(|| group.trim().to_owned()),
    })
}

/// The language chosen in a form: one of the six, or the code typed for "another language".
pub(super) fn chosen_lang(ctx: &PageCtx, field: &str, choice: &str, other: &str, errors: &mut FormErrors) -> String {
    let code = if choice == "other" { other.trim() } else { choice.trim() };
    match accord_safety::model::valid_lang(field, code) {
        Ok(c) => c,
        Err(_) => {
            let (field, key) = if choice == "other" {
                (format!("{field}_other"), "safety-error-lang-other")
            } else {
                (field.to_owned(), "safety-error-lang")
            };
            errors.add(&field, ctx.t(key));
            String::new()
        }
    }
}

/// A node's refusal of a form's input, as a message by the field it is about.
pub(super) fn node_field_error(
    ctx: &PageCtx,
    e: &NodeError,
    errors: &mut FormErrors,
    fields: &[(&str, &str, &str)],
) -> bool {
    let field = match e {
        NodeError::Invalid(accord_core::Invalid { field, .. }) => field.clone(),
        _ => return false,
    };
    let base = field.split(['[', '.']).next().unwrap_or(&field);
    match fields.iter().find(|(from, ..)| *from == base) {
        Some((_, to, message)) => errors.add(to, ctx.t(message)),
        None => errors.add(fields.first().map_or("title", |f| f.1), ctx.t("safety-error-other")),
    }
    true
}

/// The sharing groups the signed-in member may address, (id, name).
pub(super) async fn group_choices(node: &accord_node::Node, page: &Page) -> Vec<(String, String)> {
    if page.ctx.user.is_none() {
        return Vec::new();
    }
    node.sharing_groups(page.principal())
        .await
        .map(|gs| gs.into_iter().map(|g| (g.id.to_string(), g.name)).collect())
        .unwrap_or_default()
}

/// The title and page of an incident the viewer may see, for links (suggestions, the queue).
pub(super) async fn incident_title(
    node: &accord_node::Node,
    p: &accord_core::Principal,
    key: &str,
) -> Option<IncidentView> {
    match node.incident(p, key).await {
        Ok(IncidentLookup::Found(v)) => Some(*v),
        _ => None,
    }
}

/// A near-duplicate suggestion in words.
pub(super) struct SuggestionView {
    pub(super) href: String,
    pub(super) key: String,
    pub(super) title: String,
    pub(super) title_lang: String,
    pub(super) score: String,
    pub(super) method: String,
    pub(super) reasons: Vec<String>,
}

pub(super) async fn suggestion_views(
    node: &accord_node::Node,
    page: &Page,
    suggestions: &[accord_safety::similar::Suggestion],
) -> Vec<SuggestionView> {
    let ctx = &page.ctx;
    let mut out = Vec::with_capacity(suggestions.len());
    for s in suggestions {
        let (title, title_lang) = match incident_title(node, page.principal(), &s.key).await {
            Some(v) => (v.incident.title, v.incident.lang),
            None => (s.key.clone(), "en".to_owned()),
        };
        let percent = |x: f64| format!("{:.0}", x * 100.0);
        let mut reasons = vec![ctx.t1("safety-reason-text", "percent", &percent(s.text_similarity))];
        for r in &s.reasons {
            if let Some(date) = r.strip_prefix("same date (").and_then(|d| d.strip_suffix(')')) {
                reasons.push(ctx.t1("safety-reason-date", "date", date));
            } else if let Some(entities) = r.strip_prefix("shared entities: ") {
                reasons.push(ctx.t1("safety-reason-entities", "entities", entities));
            }
        }
        let method = if s.method == accord_safety::similar::METHOD {
            ctx.t("safety-method-trigram")
        } else {
            s.method.to_owned()
        };
        out.push(SuggestionView {
            href: ctx.href(&incident_path(&s.key)),
            key: s.key.clone(),
            title,
            title_lang,
            score: percent(s.score),
            method,
            reasons,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_shows_ends_and_neighbours() {
        assert!(pager(0, 1).is_empty());
        assert_eq!(pager(0, 3), vec![Some(0), Some(1), Some(2)]);
        assert_eq!(pager(4, 10), vec![Some(0), None, Some(3), Some(4), Some(5), None, Some(9)]);
        assert_eq!(pager(0, 10), vec![Some(0), Some(1), None, Some(9)]);
    }

    #[test]
    fn parameters_are_read_leniently() {
        let p = ListParams::parse(Some("q=deepfake&year=2023&year=2024&year=2023&page=x&sort=bad&type=report&evil=1"));
        assert_eq!(p.q, "deepfake");
        assert_eq!(p.filters, vec![("year".to_owned(), "2023".to_owned()), ("year".to_owned(), "2024".to_owned())]);
        assert_eq!(p.page, 0);
        assert_eq!(p.sort, "");
        assert_eq!(p.doc_type, "report");
        assert_eq!(ListParams::parse(Some("page=3")).page, 2);
        assert_eq!(ListParams::parse(Some("page=0")).page, 0);
    }

    #[test]
    fn domains_and_directions() {
        assert_eq!(domain_number("7. AI system safety, failures, and limitations"), Some(7));
        assert_eq!(domain_number("Other"), None);
        assert_eq!(lang_dir("ar"), "rtl");
        assert_eq!(lang_dir("zh"), "ltr");
        assert_eq!(lang_dir("other"), "auto");
    }
}
