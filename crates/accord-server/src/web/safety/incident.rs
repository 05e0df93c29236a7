//! One incident: the marking banner, the facts, classifications by taxonomy, links to other
//! databases, references, the reports (each in its own language and direction, with its own
//! marking), merged duplicates, and a form to add a report.

use accord_safety::model::{EntityRole, Report, Source};

use super::*;

pub(super) struct ReportItem {
    anchor: String,
    key: String,
    title: String,
    paragraphs: Vec<String>,
    lang: String,
    dir: &'static str,
    lang_name: String,
    url: Option<String>,
    authors: String,
    date: String,
    tlp: TlpBadge,
    status: Option<StatusTag>,
    owner: Option<String>,
    source: String,
    /// An issue report or a variant rather than a report of the incident itself.
    issue: bool,
}

pub(super) struct TaxonomyView {
    id: String,
    title: String,
    namespace: String,
    attributes: Vec<(String, String)>,
}

pub(super) struct LinkView {
    namespace: String,
    id: String,
    url: Option<String>,
}

/// What the "add a report" form holds, as typed.
#[derive(Default, Deserialize)]
pub(in crate::web) struct ReportFields {
    #[serde(default)]
    report_title: String,
    #[serde(default)]
    report_text: String,
    #[serde(default)]
    report_lang: String,
    #[serde(default)]
    report_lang_other: String,
    #[serde(default)]
    report_url: String,
    #[serde(default)]
    tlp: String,
    #[serde(default)]
    distribution: String,
    #[serde(default)]
    sharing_group: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Template)]
#[template(path = "safety_incident.html")]
pub(super) struct IncidentPage {
    page: PageCtx,
    nav: SafetyNav,
    key: String,
    title: String,
    lang: String,
    dir: &'static str,
    paragraphs: Vec<String>,
    marking: MarkingView,
    kind: String,
    date: String,
    severity: String,
    countries: Vec<String>,
    sectors: Vec<String>,
    entities: Vec<(String, Vec<String>)>,
    models: Vec<(String, String)>,
    source: String,
    owner: Option<String>,
    status: StatusTag,
    published: bool,
    version: i64,
    updated: String,
    log_id: String,
    log_href: Option<String>,
    log_has_content: bool,
    classifications: Vec<TaxonomyView>,
    links: Vec<LinkView>,
    references: Vec<(String, String)>,
    reports: Vec<ReportItem>,
    duplicates: Vec<(String, String)>,
    notice: Option<String>,
    // The "add a report" form.
    can_add: bool,
    sign_in_href: String,
    form_action: String,
    form: ReportFields,
    errors: FormErrors,
    langs: Vec<(String, String)>,
    tlps: Vec<TlpChoice>,
    distributions: Vec<DistributionChoice>,
    groups: Vec<(String, String)>,
}

#[derive(Deserialize)]
pub(in crate::web) struct IncidentQuery {
    added: Option<String>,
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

/// `GET /{lang}/safety/incidents/{key}`.
pub(in crate::web) async fn incident(
    State(state): State<AppState>,
    page: Page,
    Path((_, key)): Path<(String, String)>,
    Query(q): Query<IncidentQuery>,
) -> Response {
    let notice = q
        .added
        .filter(|k| accord_safety::model::valid_key("key", k).is_ok())
        .map(|k| page.ctx.t1("safety-report-added", "key", &k));
    incident_page(&state, page, &key, ReportFields::default(), FormErrors::default(), notice).await
}

async fn incident_page(
    state: &AppState,
    page: Page,
    key: &str,
    form: ReportFields,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let node = &state.node;
    let view = match node.incident(page.principal(), key).await {
        Ok(IncidentLookup::Found(v)) => *v,
        Ok(IncidentLookup::Redirect { to, .. }) => {
            return Redirect::permanent(&page.ctx.href(&incident_path(&to))).into_response();
        }
        Err(e) => return refused(page, e),
    };
    let groups = group_choices(node, &page).await;
    let group_name = view
        .marking
        .sharing_group
        .and_then(|g| groups.iter().find(|(id, _)| *id == g.to_string()).map(|(_, name)| name.clone()));
    let log_href = match node.record_versions("safety_record", &view.log_id).await {
        Ok(versions) => versions.last().map(|e| page.ctx.href(&format!("/transparency/log/{}", e.seq))),
        Err(_) => None,
    };
    let nav = SafetyNav::of(&page);
    let can_add = can_report(&page);
    let sign_in_href = format!(
        "{}?next={}",
        page.ctx.href("/login"),
        urlencode(&format!("/{}{}", page.ctx.code(), incident_path(&view.key)))
    );
    let ctx = page.ctx;
    let i = &view.incident;
    let mut entities: Vec<(String, Vec<String>)> = Vec::new();
    for role in EntityRole::ALL {
        let names: Vec<String> = i.entities.iter().filter(|e| e.role == role).map(|e| e.name.clone()).collect();
        if !names.is_empty() {
            entities.push((ctx.safety_role(role.as_str()), names));
        }
    }
    let mut classifications: Vec<TaxonomyView> = Vec::new();
    for c in &i.classifications {
        let attributes: Vec<(String, String)> = c
            .attributes
            .iter()
            .filter(|a| a.values.iter().any(|v| !v.trim().is_empty()))
            .map(|a| (a.name.clone(), a.values.join(", ")))
            .collect();
        if attributes.is_empty() {
            continue;
        }
        match classifications.iter_mut().find(|t| t.namespace == c.namespace) {
            Some(t) => t.attributes.extend(attributes),
            None => classifications.push(TaxonomyView {
                id: format!("taxonomy-{}", c.namespace.to_ascii_lowercase()),
                title: ctx.t_or(&format!("safety-taxonomy-{}", c.namespace.to_ascii_lowercase()), &c.namespace),
                namespace: c.namespace.clone(),
                attributes,
            }),
        }
    }
    let mut reports: Vec<&accord_node::safety::ReportView> = view.reports.iter().collect();
    reports.sort_by(|a, b| {
        (a.report.date_published.as_deref(), &a.key).cmp(&(b.report.date_published.as_deref(), &b.key))
    });
    let reports = reports
        .into_iter()
        .map(|r| ReportItem {
            anchor: format!("report-{}", r.key),
            key: r.key.clone(),
            title: r.report.title.clone(),
            paragraphs: paragraphs(&r.report.text),
            lang: r.report.lang.clone(),
            dir: lang_dir(&r.report.lang),
            lang_name: ctx.safety_lang(&r.report.lang),
            url: r.report.url.clone(),
            authors: r.report.authors.join(", "),
            date: r.report.date_published.clone().unwrap_or_default(),
            tlp: tlp_badge(r.marking.tlp),
            status: (r.status != Status::Published).then(|| status_tag(&ctx, r.status)),
            owner: r.owner.clone(),
            source: ctx.safety_source(r.report.source.as_str()),
            issue: !r.report.is_incident_report,
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let form = ReportFields {
        report_lang: if form.report_lang.is_empty() { ctx.code().to_owned() } else { form.report_lang },
        ..form
    };
    let view_page = IncidentPage {
        nav,
        key: view.key.clone(),
        title: i.title.clone(),
        lang: i.lang.clone(),
        dir: lang_dir(&i.lang),
        paragraphs: paragraphs(&i.description),
        marking: marking_view(&ctx, view.marking, view.owner.as_deref(), group_name.as_deref()),
        kind: ctx.safety_kind(i.kind.as_str()),
        date: i.date.clone().unwrap_or_default(),
        severity: i.severity.map(|s| ctx.safety_severity(s.as_str())).unwrap_or_default(),
        countries: i.countries.iter().map(|c| ctx.jurisdiction_name(c)).collect(),
        sectors: i
            .sectors
            .iter()
            .map(|s| ctx.t_or(&format!("safety-sector-{}", super::charts::sector_slug(s)), s))
            .collect(),
        entities,
        models: i.models.iter().map(|m| (ctx.href(&format!("/registry/{m}")), m.clone())).collect(),
        source: ctx.safety_source(i.source.as_str()),
        owner: view.owner.clone(),
        status: status_tag(&ctx, view.status),
        published: view.status == Status::Published,
        version: view.version,
        updated: view.updated_at.chars().take(10).collect(),
        log_id: view.log_id.clone(),
        log_href,
        log_has_content: view.log_has_content,
        classifications,
        links: i
            .links
            .iter()
            .map(|l| LinkView { namespace: l.namespace.clone(), id: l.id.clone(), url: l.url.clone() })
            .collect(),
        references: i
            .references
            .iter()
            .map(|r| (r.url.clone(), if r.label.is_empty() { r.url.clone() } else { r.label.clone() }))
            .collect(),
        reports,
        duplicates: view.duplicates.iter().map(|d| (ctx.href(&incident_path(d)), d.clone())).collect(),
        notice,
        can_add,
        sign_in_href,
        form_action: ctx.href(&format!("{}/reports", incident_path(&view.key))),
        errors,
        langs: lang_choices(&ctx),
        tlps: tlp_choices(&ctx, &form.tlp),
        distributions: distribution_choices(&ctx, &form.distribution),
        groups,
        form,
        page: ctx,
    };
    render(status, &view_page)
}

/// A web link as the node takes it: http(s), no spaces.
pub(super) fn valid_url(url: &str) -> bool {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://"))
        && u.len() > 8
        && u.len() <= 2000
        && !u.chars().any(char::is_whitespace)
}

/// `POST /{lang}/safety/incidents/{key}/reports`: a member adds a report to an incident.
pub(in crate::web) async fn add_report(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, key)): Path<(String, String)>,
    Form(form): Form<ReportFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let ctx = &page.ctx;
    let mut errors = FormErrors::default();
    let title = form.report_title.trim();
    if title.is_empty() {
        errors.add("report_title", ctx.t("safety-error-report-title"));
    } else if title.chars().count() > 300 {
        errors.add("report_title", ctx.t("safety-error-title-long"));
    }
    if form.report_text.chars().count() > 100_000 {
        errors.add("report_text", ctx.t("safety-error-text-long"));
    }
    let lang = chosen_lang(ctx, "report_lang", &form.report_lang, &form.report_lang_other, &mut errors);
    let url = form.report_url.trim();
    if !url.is_empty() && !valid_url(url) {
        errors.add("report_url", ctx.t("safety-error-url"));
    }
    let marking = marking_input(ctx, &form.tlp, &form.distribution, &form.sharing_group, &mut errors);
    let (Some(marking), true) = (marking, errors.is_empty()) else {
        return incident_page(&state, page, &key, form, errors, None).await;
    };
    let today = time::OffsetDateTime::now_utc().date();
    let report = Report {
        key: "REP-NEW".into(),
        incident: key.clone(),
        title: title.to_owned(),
        text: form.report_text.clone(),
        lang,
        url: (!url.is_empty()).then(|| url.to_owned()),
        authors: page.ctx.user.as_ref().map(|u| vec![u.display_name.clone()]).unwrap_or_default(),
        date_published: Some(format!("{:04}-{:02}-{:02}", today.year(), u8::from(today.month()), today.day())),
        is_incident_report: true,
        variant: None,
        inputs_outputs: vec![],
        source: Source::Member,
    };
    match state.node.submit_report(page.principal(), report, marking).await {
        Ok(s) => Redirect::to(&format!(
            "{}?added={}#report-{}",
            page.ctx.href(&incident_path(&key)),
            urlencode(&s.key),
            urlencode(&s.key)
        ))
        .into_response(),
        Err(e) => {
            let mut errors = FormErrors::default();
            let fields = [
                ("title", "report_title", "safety-error-report-title"),
                ("text", "report_text", "safety-error-text-long"),
                ("lang", "report_lang", "safety-error-lang"),
                ("url", "report_url", "safety-error-url"),
                ("tlp", "tlp", "safety-error-tlp"),
                ("distribution", "distribution", "safety-error-distribution"),
                ("sharing_group", "sharing_group", "safety-error-sharing-group"),
            ];
            if node_field_error(&page.ctx, &e, &mut errors, &fields) {
                incident_page(&state, page, &key, form, errors, None).await
            } else {
                refused(page, e)
            }
        }
    }
}
