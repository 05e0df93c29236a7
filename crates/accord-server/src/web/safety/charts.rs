//! The list's charts, drawn on the server: incidents per year stacked by MIT risk domain (SVG,
//! with the same numbers as a table), and incidents by sector and by source (bars in a table,
//! which is its own text alternative). Every count is a search with the viewer's tokens and the
//! list's current words and filters, so the charts show what the list shows.

use std::collections::BTreeMap;

use accord_safety::access::Viewer;
use accord_search::{DocKind, SearchQuery};

use super::super::rules::esc;
use super::{PageCtx, domain_number};

/// The years the year chart shows one by one; earlier ones share the first bar.
const YEARS_SHOWN: i32 = 20;
/// Bars of the sector chart.
const SECTORS_SHOWN: usize = 10;

/// One series of the year chart: a domain, or the incidents no domain is given for.
pub(in crate::web) struct Series {
    pub(in crate::web) class: String,
    pub(in crate::web) label: String,
    pub(in crate::web) total: u64,
}

pub(in crate::web) struct YearRow {
    pub(in crate::web) year: String,
    pub(in crate::web) cells: Vec<u64>,
    pub(in crate::web) total: u64,
}

/// One bar of a bar chart, as a table row: the bar's length is a percentage of the longest.
pub(in crate::web) struct Bar {
    pub(in crate::web) label: String,
    /// The label is data in English (a vocabulary without a translation).
    pub(in crate::web) english: bool,
    pub(in crate::web) count: u64,
    pub(in crate::web) x: String,
    pub(in crate::web) width: String,
}

#[derive(Default)]
pub(in crate::web) struct Charts {
    /// Incidents counted (matching the words and filters, visible to the viewer).
    pub(in crate::web) incidents: u64,
    /// Incidents with an MIT risk domain (what the columns show).
    pub(in crate::web) classified: u64,
    pub(in crate::web) year_svg: String,
    pub(in crate::web) series: Vec<Series>,
    pub(in crate::web) years: Vec<YearRow>,
    pub(in crate::web) sectors: Vec<Bar>,
    /// Incidents with at least one sector.
    pub(in crate::web) with_sector: u64,
    pub(in crate::web) sources: Vec<Bar>,
}

fn facet(results: &accord_search::SearchResults, name: &str) -> Vec<(String, u64)> {
    results.facets.get(name).cloned().unwrap_or_default()
}

/// The charts of the list for these words and filters, as `viewer` may see.
pub(super) async fn list_charts(
    node: &accord_node::Node,
    viewer: &Viewer,
    ctx: &PageCtx,
    filters: &[(String, String)],
    text: &str,
) -> accord_node::Result<Charts> {
    let base = SearchQuery {
        text: text.to_owned(),
        filters: filters.to_vec(),
        kinds: vec![DocKind::Incident],
        limit: 1,
        facets: ["year", "domain", "sector", "source"].iter().map(|f| (*f).to_owned()).collect(),
        ..SearchQuery::default()
    };
    let all = node.search_incidents(viewer, base.clone()).await?;
    if all.total == 0 {
        return Ok(Charts::default());
    }
    // Per domain, the incidents per year. A domain chosen as a filter replaces the filter (the
    // values of one facet are alternatives, so adding it would widen the search).
    let chosen: Vec<&String> = filters.iter().filter(|(k, _)| k == "domain").map(|(_, v)| v).collect();
    let mut domains: Vec<(String, u64)> =
        facet(&all, "domain").into_iter().filter(|(d, _)| chosen.is_empty() || chosen.contains(&d)).collect();
    domains.sort_by_key(|(d, _)| (domain_number(d).unwrap_or(u8::MAX), d.clone()));
    let mut by_domain: Vec<BTreeMap<i32, u64>> = Vec::with_capacity(domains.len());
    for (d, _) in &domains {
        let mut filters: Vec<(String, String)> = filters.iter().filter(|(k, _)| k != "domain").cloned().collect();
        filters.push(("domain".to_owned(), d.clone()));
        let q = SearchQuery { filters, facets: vec!["year".to_owned()], ..base.clone() };
        let r = node.search_incidents(viewer, q).await?;
        by_domain.push(years_of(&facet(&r, "year")));
    }
    let totals = years_of(&facet(&all, "year"));

    let mut series: Vec<Series> = domains
        .iter()
        .map(|(d, count)| Series {
            class: format!("series-{}", domain_number(d).map_or(8, usize::from)),
            label: ctx.safety_domain(d),
            total: *count,
        })
        .collect();
    // Incidents without a domain (or with one outside the seven) are the rest of each year.
    let mut years = buckets(&totals, &by_domain);
    let unclassified: u64 = years.iter().map(|y| y.cells.last().copied().unwrap_or(0)).sum();
    if unclassified > 0 {
        series.push(Series {
            class: "series-none".to_owned(),
            label: ctx.t("safety-chart-no-domain"),
            total: unclassified,
        });
    } else {
        for y in &mut years {
            y.cells.pop();
        }
    }
    // The columns show the classified incidents only: without a domain (most of AVID and ATLAS)
    // a grey segment would dwarf the rest. The table has them.
    let classified: u64 = years.iter().map(|y| y.cells.iter().take(domains.len()).sum::<u64>()).sum();
    let year_svg =
        if classified == 0 { String::new() } else { year_svg(ctx, &series[..domains.len()], &years, domains.len()) };

    let sector_values = facet(&all, "sector");
    let sectors = bars(
        sector_values.iter().take(SECTORS_SHOWN).map(|(s, n)| {
            let label = ctx.t_or(&format!("safety-sector-{}", sector_slug(s)), s);
            let english = label == *s;
            (label, english, *n)
        }),
        ctx.dir() == "rtl",
    );
    // Incidents with a sector: a search for any of them (the values of one facet are alternatives).
    let with_sector = if sector_values.is_empty() {
        0
    } else {
        let mut filters = filters.to_vec();
        filters.extend(sector_values.iter().map(|(s, _)| ("sector".to_owned(), s.clone())));
        let q = SearchQuery { filters, facets: vec![], ..base.clone() };
        node.search_incidents(viewer, q).await?.total
    };
    let sources =
        bars(facet(&all, "source").into_iter().map(|(s, n)| (ctx.safety_source(&s), false, n)), ctx.dir() == "rtl");
    Ok(Charts { incidents: all.total, classified, year_svg, series, years, sectors, with_sector, sources })
}

/// `information and communication` → `information-and-communication`, for message ids.
pub(super) fn sector_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

fn years_of(values: &[(String, u64)]) -> BTreeMap<i32, u64> {
    values.iter().filter_map(|(y, n)| Some((y.parse::<i32>().ok()?, *n))).collect()
}

/// One row per year (the last [`YEARS_SHOWN`] years with incidents, every year between them,
/// the earlier ones together in the first row); cells per series, then the rest of the year.
fn buckets(totals: &BTreeMap<i32, u64>, by_domain: &[BTreeMap<i32, u64>]) -> Vec<YearRow> {
    let (Some(&first), Some(&last)) = (totals.keys().next(), totals.keys().next_back()) else {
        return Vec::new();
    };
    let cut = if last - first + 1 > YEARS_SHOWN { last - YEARS_SHOWN + 2 } else { first };
    let mut rows = Vec::new();
    let row = |label: String, years: &dyn Fn(i32) -> bool| {
        let total: u64 = totals.iter().filter(|(y, _)| years(**y)).map(|(_, n)| n).sum();
        let mut cells: Vec<u64> =
            by_domain.iter().map(|m| m.iter().filter(|(y, _)| years(**y)).map(|(_, n)| n).sum()).collect();
        let counted: u64 = cells.iter().sum();
        cells.push(total.saturating_sub(counted));
        YearRow { year: label, cells, total }
    };
    if cut > first {
        rows.push(row(format!("≤{}", cut - 1), &|y| y < cut));
    }
    for year in cut..=last {
        rows.push(row(year.to_string(), &|y| y == year));
    }
    rows
}

/// A round step for an axis from 0 to `max` with at most about five lines.
fn nice_step(max: u64) -> u64 {
    let max = max.max(1);
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if max.div_ceil(step * m) <= 5 {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// The stacked columns: one per year, a segment per series, the year's total on top.
fn year_svg(ctx: &PageCtx, series: &[Series], years: &[YearRow], drawn: usize) -> String {
    let (w, h, left, right, top, bottom) = (540.0, 280.0, 44.0, 8.0, 18.0, 30.0);
    let column = |y: &YearRow| y.cells.iter().take(drawn).sum::<u64>();
    let max = years.iter().map(column).max().unwrap_or(1).max(1);
    let step = nice_step(max);
    let top_value = max.div_ceil(step) * step;
    let plot_h = h - top - bottom;
    let sy = |v: f64| h - bottom - v / top_value as f64 * plot_h;
    let band = (w - left - right) / years.len() as f64;
    let bar = (band * 0.72).max(2.0);
    let mut svg = format!(
        "<svg class=\"chart safety-chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"chart-years-title chart-years-desc\" direction=\"ltr\"><title id=\"chart-years-title\">{}</title><desc id=\"chart-years-desc\">{}</desc>",
        esc(&ctx.t("safety-chart-years-title")),
        esc(&ctx.t("safety-chart-years-desc")),
    );
    let mut v = 0;
    while v <= top_value {
        let y = sy(v as f64);
        svg.push_str(&format!(
            "<line class=\"grid\" x1=\"{left}\" x2=\"{x2}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/><text class=\"axis\" x=\"{tx}\" y=\"{ty:.1}\" text-anchor=\"end\">{v}</text>",
            x2 = w - right,
            tx = left - 6.0,
            ty = y + 4.0,
        ));
        v += step;
    }
    // Year labels: every year when they fit, else every second or fifth, and always the first.
    let every = if band >= 30.0 {
        1
    } else if band >= 15.0 {
        2
    } else {
        5
    };
    for (i, row) in years.iter().enumerate() {
        let x = left + band * i as f64 + (band - bar) / 2.0;
        let mut base = 0u64;
        for (cell, s) in row.cells.iter().zip(series) {
            if *cell == 0 {
                continue;
            }
            let y0 = sy(base as f64);
            let y1 = sy((base + cell) as f64);
            svg.push_str(&format!(
                "<rect class=\"seg {}\" x=\"{x:.1}\" y=\"{y1:.1}\" width=\"{bar:.1}\" height=\"{:.1}\"><title>{} — {}: {cell}</title></rect>",
                s.class,
                (y0 - y1).max(0.5),
                esc(&row.year),
                esc(&s.label),
            ));
            base += cell;
        }
        let cx = x + bar / 2.0;
        if base > 0 && band >= 18.0 {
            svg.push_str(&format!(
                "<text class=\"bar-total\" x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{base}</text>",
                sy(base as f64) - 4.0,
            ));
        }
        // The first column may hold the earlier years ("≤2006"): its neighbour goes unlabelled.
        let year_number = row.year.trim_start_matches('≤').parse::<i32>().unwrap_or(0);
        let crowded = i == 1 && years[0].year.starts_with('≤') && every > 1;
        if i == 0 || (year_number % every == 0 && !crowded) {
            svg.push_str(&format!(
                "<text class=\"axis\" x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                h - bottom + 18.0,
                esc(&row.year)
            ));
        }
    }
    svg.push_str(&format!(
        "<line class=\"baseline\" x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/></svg>",
        w - right,
        y = sy(0.0)
    ));
    svg
}

/// Bars as table rows, the longest 100 % wide; in a right-to-left page they grow from the right.
fn bars(values: impl Iterator<Item = (String, bool, u64)>, rtl: bool) -> Vec<Bar> {
    let values: Vec<(String, bool, u64)> = values.collect();
    let max = values.iter().map(|v| v.2).max().unwrap_or(1).max(1) as f64;
    values
        .into_iter()
        .map(|(label, english, count)| {
            let width = (count as f64 / max * 100.0).max(0.5);
            let x = if rtl { 100.0 - width } else { 0.0 };
            Bar { label, english, count, x: format!("{x:.2}"), width: format!("{width:.2}") }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(3), 1);
        assert_eq!(nice_step(9), 2);
        assert_eq!(nice_step(23), 5);
        assert_eq!(nice_step(180), 50);
        assert_eq!(nice_step(0), 1);
    }

    #[test]
    fn early_years_share_the_first_bar_and_gaps_are_kept() {
        let totals: BTreeMap<i32, u64> = [(1990, 2), (2000, 1), (2015, 4), (2024, 10)].into_iter().collect();
        let domain: BTreeMap<i32, u64> = [(2024, 6), (1990, 1)].into_iter().collect();
        let rows = buckets(&totals, &[domain]);
        assert_eq!(rows.len(), YEARS_SHOWN as usize);
        assert_eq!(rows[0].year, "≤2005");
        assert_eq!(rows[0].total, 3);
        assert_eq!(rows[0].cells, vec![1, 2]);
        assert_eq!(rows.last().map(|r| (r.year.as_str(), r.cells.clone())), Some(("2024", vec![6, 4])));
        assert!(rows.iter().any(|r| r.year == "2010" && r.total == 0));
    }

    #[test]
    fn bars_mirror_in_right_to_left_pages() {
        let b = bars([("a".to_owned(), false, 10), ("b".to_owned(), false, 5)].into_iter(), true);
        assert_eq!((b[0].x.as_str(), b[0].width.as_str()), ("0.00", "100.00"));
        assert_eq!((b[1].x.as_str(), b[1].width.as_str()), ("50.00", "50.00"));
        assert_eq!(sector_slug("Arts, entertainment and recreation"), "arts-entertainment-and-recreation");
    }
}
