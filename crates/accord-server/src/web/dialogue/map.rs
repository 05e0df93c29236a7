//! The opinion map, drawn on the server from a stored analysis result: every participant a dot
//! coloured by opinion group, each group's convex hull lightly filled and labelled with its
//! letter and size, and the viewer's own position ringed (ui-guide §3.4). Plain SVG, no script.
//!
//! The plot keeps `dir="ltr"` in every locale: its axes are PCA components without meaning or
//! units, so the picture is the same in Arabic (ui-guide §2.3); only the page around it mirrors.

use accord_consensus::Analysis;
use accord_core::dialogue::StoredResult;
use fluent_templates::fluent_bundle::FluentValue;

use super::super::rules::esc;
use super::*;

/// Colour-and-letter classes of the groups: Okabe–Ito blue, vermillion, bluish green, reddish
/// purple, then black (ui-guide §3.2); a sixth group starts again with blue, its letter differs.
const PALETTE: usize = 5;
/// The longer side of the plot, in SVG units, and the frame around it.
const PLOT: f64 = 520.0;
const FRAME: f64 = 28.0;
const DOT_R: f64 = 4.5;
/// Above this many participants, dots on the same spot are drawn once.
const CROWDED: usize = 400;

/// The header that carries the result version a map fragment was drawn from.
pub(super) const RESULT_VERSION_HEADER: &str = "x-accord-result-version";

#[derive(Template)]
#[template(path = "dialogue_map_fragment.html")]
struct MapFragment {
    page: PageCtx,
    map: Option<OpinionMap>,
}

/// `GET /{lang}/dialogue/{id}/map`: the map alone, for the conversation page's script to swap in
/// when a newer analysis is out (the map "updates as you vote"). The result version is in
/// `X-Accord-Result-Version`, so the script can skip redrawing an unchanged map.
pub(in crate::web) async fn map_fragment(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let Some(id) = parse_conversation_id(&id) else {
        return not_found_message(page);
    };
    let result = match state.node.latest_result(page.principal(), id).await {
        Ok(r) => r,
        Err(e) => return refused(page, e),
    };
    let you = super::report::viewer_pid(&state, &page, &headers, id).await;
    let version = result.as_ref().map_or(0, |r| r.version);
    let map = result.as_ref().and_then(analysis).and_then(|a| opinion_map(&page.ctx, &a, you));
    let mut response = no_store(render(StatusCode::OK, &MapFragment { page: page.ctx, map }));
    response.headers_mut().insert(RESULT_VERSION_HEADER, HeaderValue::from(version));
    response
}

/// A coordinate in tenths as SVG text: `1234` → `123.4`.
fn tenths(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}.{}", v.abs() / 10, v.abs() % 10)
}

/// The analysis a stored result holds, or `None` when it is not one the pages can read.
pub(super) fn analysis(result: &StoredResult) -> Option<Analysis> {
    match serde_json::from_value::<Analysis>(result.result.clone()) {
        Ok(a) => Some(a),
        Err(e) => {
            tracing::warn!(conversation = %result.conversation, version = result.version, error = %e,
                "a dialogue result is not an analysis the pages can read");
            None
        }
    }
}

/// A group's letter: A, B, C … Z, then numbers.
pub(super) fn letter(index: usize) -> String {
    match u8::try_from(index).ok().filter(|i| *i < 26) {
        Some(i) => char::from(b'A' + i).to_string(),
        None => (index + 1).to_string(),
    }
}

/// The CSS class that gives group `index` its colour.
pub(super) fn group_class(index: usize) -> String {
    format!("opinion-group-{}", index % PALETTE + 1)
}

/// The position of group `id` in `a.groups` (ids are their index, but do not rely on it).
pub(super) fn group_index(a: &Analysis, id: u32) -> Option<usize> {
    a.groups.iter().position(|g| g.id == id)
}

type Pt = [f64; 2];

fn cross(o: Pt, a: Pt, b: Pt) -> f64 {
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

/// The convex hull of `points`, counter-clockwise, without repeated or collinear points.
/// Andrew's monotone chain (about 25 lines): sort the points, then build the lower and the upper
/// chain, dropping every point that makes a clockwise (or straight) turn.
pub(super) fn convex_hull(points: &[Pt]) -> Vec<Pt> {
    let mut pts: Vec<Pt> = points.iter().copied().filter(|p| p[0].is_finite() && p[1].is_finite()).collect();
    pts.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let mut hull: Vec<Pt> = Vec::with_capacity(2 * pts.len());
    for pass in 0..2 {
        let start = hull.len();
        let chain: Box<dyn Iterator<Item = &Pt>> =
            if pass == 0 { Box::new(pts.iter()) } else { Box::new(pts.iter().rev()) };
        for &p in chain {
            while hull.len() >= start + 2 && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0 {
                hull.pop();
            }
            hull.push(p);
        }
        // The last point of each chain is the first of the other.
        hull.pop();
    }
    hull
}

/// Fits the positions into the plot: one scale for both axes (distances keep their meaning),
/// y upwards, a frame around. Returns the function and the SVG's width and height.
struct Frame {
    min: Pt,
    max_y: f64,
    scale: f64,
    width: f64,
    height: f64,
}

impl Frame {
    fn fit(points: &[Pt]) -> Frame {
        let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
        for p in points {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        let span = (hi[0] - lo[0]).max(hi[1] - lo[1]);
        let span = if span.is_finite() && span > 1e-9 { span } else { 1.0 };
        // A flat cloud still gets some height (and a tall one some width).
        for k in 0..2 {
            let short = span * 0.4 - (hi[k] - lo[k]);
            if short > 0.0 {
                lo[k] -= short / 2.0;
                hi[k] += short / 2.0;
            }
        }
        let scale = PLOT / span;
        Frame {
            min: lo,
            max_y: hi[1],
            scale,
            width: (hi[0] - lo[0]) * scale + 2.0 * FRAME,
            height: (hi[1] - lo[1]) * scale + 2.0 * FRAME,
        }
    }

    fn map(&self, p: Pt) -> Pt {
        [FRAME + (p[0] - self.min[0]) * self.scale, FRAME + (self.max_y - p[1]) * self.scale]
    }
}

fn n(v: usize) -> FluentValue<'static> {
    FluentValue::from(i64::try_from(v).unwrap_or(i64::MAX))
}

/// A group in the text beside the map.
pub(super) struct GroupLine {
    pub(super) class: String,
    pub(super) text: String,
}

pub(super) struct OpinionMap {
    pub(super) svg: String,
    /// "3 opinion groups:"
    pub(super) summary: String,
    pub(super) groups: Vec<GroupLine>,
    pub(super) unclustered: Option<String>,
    /// Where the viewer is, in words.
    pub(super) you: Option<String>,
}

/// The map of `a` for a viewer whose participant number is `you`; `None` without positions.
pub(super) fn opinion_map(ctx: &PageCtx, a: &Analysis, you: Option<u32>) -> Option<OpinionMap> {
    let placed: Vec<(u32, Pt, Option<usize>)> = a
        .positions
        .iter()
        .filter(|p| p.position[0].is_finite() && p.position[1].is_finite())
        .map(|p| (p.id, p.position, p.group.and_then(|g| group_index(a, g))))
        .collect();
    if placed.is_empty() {
        return None;
    }
    let frame = Frame::fit(&placed.iter().map(|p| p.1).collect::<Vec<_>>());
    let clustered = placed.iter().filter(|p| p.2.is_some()).count();
    let k = a.groups.len();
    let title = ctx.lang.t_args("dialogue-map-title", &[("groups", n(k))]);
    let desc = ctx.lang.t_args(
        "dialogue-map-desc",
        &[("participants", n(placed.len())), ("clustered", n(clustered)), ("groups", n(k))],
    );
    let mut svg = format!(
        "<svg class=\"opinion-map\" viewBox=\"0 0 {w:.1} {h:.1}\" role=\"img\" aria-label=\"{t}\" aria-describedby=\"map-desc\" dir=\"ltr\" direction=\"ltr\" xmlns=\"http://www.w3.org/2000/svg\"><title>{t}</title><desc id=\"map-desc\">{d}</desc><rect class=\"map-frame\" x=\"0\" y=\"0\" width=\"{w:.1}\" height=\"{h:.1}\"/>",
        w = frame.width,
        h = frame.height,
        t = esc(&title),
        d = esc(&desc),
    );
    // Hulls first, so the dots sit on top of them.
    let mut labels = String::new();
    for (g, group) in a.groups.iter().enumerate() {
        let members: Vec<Pt> = placed.iter().filter(|p| p.2 == Some(g)).map(|p| frame.map(p.1)).collect();
        if members.is_empty() {
            continue;
        }
        // The hull of the points as drawn (to a tenth), so that no two of its corners coincide.
        let drawn: Vec<Pt> =
            members.iter().map(|p| [(p[0] * 10.0).round() / 10.0, (p[1] * 10.0).round() / 10.0]).collect();
        let hull = convex_hull(&drawn);
        let points: Vec<String> = hull.iter().map(|p| format!("{:.1},{:.1}", p[0], p[1])).collect();
        let class = group_class(g);
        match hull.len() {
            0 | 1 => {}
            2 => svg.push_str(&format!("<polyline class=\"hull {class}\" points=\"{}\"/>", points.join(" "))),
            _ => svg.push_str(&format!("<polygon class=\"hull {class}\" points=\"{}\"/>", points.join(" "))),
        }
        let count = members.len() as f64;
        let cx = members.iter().map(|p| p[0]).sum::<f64>() / count;
        let cy = members.iter().map(|p| p[1]).sum::<f64>() / count;
        labels.push_str(&format!(
            "<text class=\"group-label {class}\" x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{} · {}</text>",
            cy - 10.0,
            letter(g),
            group.members.len(),
        ));
    }
    // The dots, one SVG group of them per opinion group (and one for those in none). A large
    // conversation (thousands of participants) would make a heavy page: there, dots that fall on
    // the same spot of a 2-unit grid are drawn once — they would cover each other anyway.
    let crowded = placed.len() > CROWDED;
    // Those in no group first, underneath.
    for g in [None].into_iter().chain((0..a.groups.len()).map(Some)) {
        let mut dots: Vec<(i64, i64)> = placed
            .iter()
            .filter(|p| p.2 == g)
            .map(|p| {
                let [x, y] = frame.map(p.1);
                // In tenths of a unit; crowded, on a grid of 2 units.
                let t = |v: f64| if crowded { (v / 2.0).round() as i64 * 20 } else { (v * 10.0).round() as i64 };
                (t(x), t(y))
            })
            .collect();
        if crowded {
            dots.sort_unstable();
            dots.dedup();
        }
        if dots.is_empty() {
            continue;
        }
        let class = g.map_or_else(|| "unclustered".to_owned(), group_class);
        svg.push_str(&format!("<g class=\"dots {class}\">"));
        for (x, y) in dots {
            svg.push_str(&format!("<circle cx=\"{}\" cy=\"{}\" r=\"{DOT_R}\"/>", tenths(x), tenths(y)));
        }
        svg.push_str("</g>");
    }
    svg.push_str(&labels);
    let mine = you.and_then(|pid| placed.iter().find(|p| p.0 == pid));
    if let Some((_, p, _)) = mine {
        let [x, y] = frame.map(*p);
        let (anchor, lx) = if x > frame.width * 0.7 { ("end", x - 13.0) } else { ("start", x + 13.0) };
        svg.push_str(&format!(
            "<g class=\"you\"><circle class=\"you-ring\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"9\"/><text class=\"you-label\" x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text></g>",
            y + 4.0,
            esc(&ctx.t("dialogue-map-you")),
        ));
    }
    svg.push_str("</svg>");

    let groups = a
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| GroupLine {
            class: group_class(g),
            text: ctx.lang.t_args(
                "dialogue-map-group",
                &[("letter", FluentValue::from(letter(g))), ("count", n(group.members.len()))],
            ),
        })
        .collect();
    let unclustered = placed.len() - clustered;
    let you = mine.map(|(_, _, g)| match g {
        Some(g) => ctx.t1("dialogue-map-you-in", "letter", &letter(*g)),
        None => ctx.t("dialogue-map-you-unclustered"),
    });
    Some(OpinionMap {
        svg,
        summary: ctx.lang.t_args("dialogue-map-summary", &[("count", n(k))]),
        groups,
        unclustered: (unclustered > 0)
            .then(|| ctx.lang.t_args("dialogue-map-unclustered", &[("count", n(unclustered))])),
        you,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hulls_drop_inner_repeated_and_collinear_points() {
        let square = [[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [1.0, 1.0], [1.0, 0.0], [2.0, 2.0]];
        assert_eq!(convex_hull(&square), vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0]]);
        assert_eq!(convex_hull(&[[1.0, 1.0], [1.0, 1.0]]), vec![[1.0, 1.0]]);
        assert_eq!(convex_hull(&[[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]), vec![[0.0, 0.0], [2.0, 2.0]]);
        assert_eq!(convex_hull(&[[0.0, 0.0], [f64::NAN, 1.0]]), vec![[0.0, 0.0]]);
        let triangle = convex_hull(&[[0.0, 0.0], [4.0, 0.0], [2.0, 3.0], [2.0, 1.0]]);
        assert_eq!(triangle.len(), 3);
    }

    #[test]
    fn tenths_are_written_as_decimals() {
        assert_eq!(
            (tenths(1234), tenths(5), tenths(-15), tenths(0)),
            ("123.4".into(), "0.5".into(), "-1.5".into(), "0.0".into())
        );
    }

    #[test]
    fn letters_and_classes() {
        assert_eq!((letter(0), letter(2), letter(25), letter(26)), ("A".into(), "C".into(), "Z".into(), "27".into()));
        assert_eq!(group_class(0), "opinion-group-1");
        assert_eq!(group_class(5), "opinion-group-1");
    }

    #[test]
    fn the_frame_keeps_one_scale_and_puts_y_up() {
        let f = Frame::fit(&[[0.0, 0.0], [2.0, 1.0]]);
        assert_eq!(f.map([0.0, 0.0])[0], FRAME);
        assert!((f.map([2.0, 0.0])[0] - (FRAME + PLOT)).abs() < 1e-9);
        assert!(f.map([0.0, 1.0])[1] < f.map([0.0, 0.0])[1], "y grows upwards");
        assert!((f.width - (PLOT + 2.0 * FRAME)).abs() < 1e-9);
        // A single point still makes a frame.
        let one = Frame::fit(&[[3.0, 3.0]]);
        assert!(one.width > 2.0 * FRAME && one.height > 2.0 * FRAME);
    }
}
