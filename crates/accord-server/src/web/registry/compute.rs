//! Training compute over time: the SVG chart with the corpus's thresholds, and its table.

use super::*;

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
pub(in crate::web) async fn compute(State(state): State<AppState>, page: Page) -> Response {
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
