//! The report form: a member reports a new incident under a marking of their choice, and sees
//! the existing incidents it may duplicate on the confirmation page.

use accord_safety::model::{EntityRef, EntityRole, Incident, IncidentKind, Reference, Severity, Source};
use sha2::Digest;

use super::*;

/// Rows of "who was involved".
const ENTITY_ROWS: usize = 4;

/// The form as typed, kept when it is shown again with errors.
#[derive(Default)]
pub(super) struct IncidentFields {
    title: String,
    description: String,
    lang: String,
    lang_other: String,
    kind: String,
    date: String,
    countries: String,
    severity: String,
    entities: Vec<(String, String)>,
    references: String,
    tlp: String,
    distribution: String,
    sharing_group: String,
    csrf: String,
}

impl IncidentFields {
    fn from_pairs(pairs: Vec<(String, String)>) -> IncidentFields {
        let mut f =
            IncidentFields { entities: vec![(String::new(), String::new()); ENTITY_ROWS], ..Default::default() };
        for (k, v) in pairs {
            match k.as_str() {
                "title" => f.title = v,
                "description" => f.description = v,
                "lang" => f.lang = v,
                "lang_other" => f.lang_other = v,
                "kind" => f.kind = v,
                "date" => f.date = v,
                "countries" => f.countries = v,
                "severity" => f.severity = v,
                "references" => f.references = v,
                "tlp" => f.tlp = v,
                "distribution" => f.distribution = v,
                "sharing_group" => f.sharing_group = v,
                "csrf" => f.csrf = v,
                other => {
                    let row = |prefix: &str| {
                        other
                            .strip_prefix(prefix)
                            .and_then(|n| n.parse::<usize>().ok())
                            .filter(|n| (1..=ENTITY_ROWS).contains(n))
                    };
                    if let Some(n) = row("entity_name_") {
                        f.entities[n - 1].0 = v;
                    } else if let Some(n) = row("entity_role_") {
                        f.entities[n - 1].1 = v;
                    }
                }
            }
        }
        f
    }
}

pub(super) struct EntityRow {
    n: usize,
    name: String,
    role: String,
    name_error: Option<String>,
    role_error: Option<String>,
}

pub(super) struct KindChoice {
    value: &'static str,
    label: String,
    hint: String,
}

#[derive(Template)]
#[template(path = "safety_report.html")]
pub(super) struct ReportPage {
    page: PageCtx,
    nav: SafetyNav,
    signed_in: bool,
    sign_in_href: String,
    form: IncidentFields,
    entity_rows: Vec<EntityRow>,
    errors: FormErrors,
    langs: Vec<(String, String)>,
    kinds: Vec<KindChoice>,
    severities: Vec<(String, String)>,
    roles: Vec<(String, String)>,
    tlps: Vec<TlpChoice>,
    distributions: Vec<DistributionChoice>,
    groups: Vec<(String, String)>,
}

async fn form_page(state: &AppState, page: Page, form: IncidentFields, errors: FormErrors) -> Response {
    let groups = group_choices(&state.node, &page).await;
    let nav = SafetyNav::of(&page);
    let signed_in = page.ctx.user.is_some();
    let ctx = page.ctx;
    let sign_in_href = format!("{}?next={}", ctx.href("/login"), urlencode(&format!("/{}/safety/report", ctx.code())));
    let form =
        IncidentFields { lang: if form.lang.is_empty() { ctx.code().to_owned() } else { form.lang.clone() }, ..form };
    let view = ReportPage {
        nav,
        signed_in,
        sign_in_href,
        entity_rows: form
            .entities
            .iter()
            .enumerate()
            .map(|(i, (name, role))| EntityRow {
                n: i + 1,
                name: name.clone(),
                role: role.clone(),
                name_error: errors.get(&format!("entity_name_{}", i + 1)).map(str::to_owned),
                role_error: errors.get(&format!("entity_role_{}", i + 1)).map(str::to_owned),
            })
            .collect(),
        langs: lang_choices(&ctx),
        kinds: IncidentKind::ALL
            .iter()
            .map(|k| KindChoice {
                value: k.as_str(),
                label: ctx.safety_kind(k.as_str()),
                hint: ctx.t(&format!("safety-kind-{}-hint", k.as_str().replace('_', "-"))),
            })
            .collect(),
        severities: Severity::ALL.iter().map(|s| (s.as_str().to_owned(), ctx.safety_severity(s.as_str()))).collect(),
        roles: EntityRole::ALL.iter().map(|r| (r.as_str().to_owned(), ctx.safety_role(r.as_str()))).collect(),
        tlps: tlp_choices(&ctx, &form.tlp),
        distributions: distribution_choices(&ctx, &form.distribution),
        groups,
        form,
        errors,
        page: ctx,
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    no_store(render(status, &view))
}

/// `GET /{lang}/safety/report`: the form (signed-in members), or how to sign in.
pub(in crate::web) async fn report_form(State(state): State<AppState>, page: Page) -> Response {
    if page.ctx.user.is_some() && !can_report(&page) {
        return message(page.ctx, StatusCode::FORBIDDEN, "forbidden-title", "forbidden-body", None);
    }
    form_page(&state, page, IncidentFields::from_pairs(vec![]), FormErrors::default()).await
}

/// An entity's id from its name: a slug when the name is written in Latin letters, else a
/// digest of the name (the same name always gives the same id, so the entity facet groups it).
fn entity_id(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(56).collect();
    let letters = slug.chars().filter(char::is_ascii_alphanumeric).count();
    if letters * 2 >= name.chars().filter(|c| c.is_alphanumeric()).count() && !slug.is_empty() {
        slug.trim_end_matches('-').to_owned()
    } else {
        let digest = hex::encode(sha2::Sha256::digest(name.trim().as_bytes()));
        format!("entity-{}", &digest[..12])
    }
}

/// Checks the form; the incident and its marking, or the errors by field.
fn checked(ctx: &PageCtx, f: &IncidentFields) -> Result<(Incident, MarkingInput), FormErrors> {
    let mut errors = FormErrors::default();
    let title = f.title.trim();
    if title.is_empty() {
        errors.add("title", ctx.t("safety-error-title"));
    } else if title.chars().count() > 300 {
        errors.add("title", ctx.t("safety-error-title-long"));
    }
    let description = f.description.trim();
    if description.is_empty() {
        errors.add("description", ctx.t("safety-error-description"));
    } else if description.chars().count() > 100_000 {
        errors.add("description", ctx.t("safety-error-text-long"));
    }
    let lang = chosen_lang(ctx, "lang", &f.lang, &f.lang_other, &mut errors);
    let kind = IncidentKind::parse("kind", &f.kind).ok();
    if kind.is_none() {
        errors.add("kind", ctx.t("safety-error-kind"));
    }
    let date = f.date.trim();
    if !date.is_empty() && accord_safety::model::valid_date("date", date).is_err() {
        errors.add("date", ctx.t("safety-error-date"));
    }
    let mut countries = Vec::new();
    for code in f.countries.split([',', ' ', ';', '\n']).map(str::trim).filter(|c| !c.is_empty()) {
        let up = code.to_ascii_uppercase();
        if up.len() == 2 && up.chars().all(|c| c.is_ascii_uppercase()) {
            if !countries.contains(&up) {
                countries.push(up);
            }
        } else if !errors.has("countries") {
            errors.add("countries", ctx.t1("safety-error-country", "code", code));
        }
    }
    let severity = match f.severity.trim() {
        "" => None,
        s => match Severity::parse("severity", s) {
            Ok(s) => Some(s),
            Err(_) => {
                errors.add("severity", ctx.t("safety-error-severity"));
                None
            }
        },
    };
    let mut entities = Vec::new();
    for (i, (name, role)) in f.entities.iter().enumerate() {
        let (name, role) = (name.trim(), role.trim());
        let n = i + 1;
        let role = EntityRole::ALL.into_iter().find(|r| r.as_str() == role);
        match (name.is_empty(), role) {
            (true, None) => {}
            (true, Some(_)) => errors.add(&format!("entity_name_{n}"), ctx.t("safety-error-entity-name")),
            (false, None) => errors.add(&format!("entity_role_{n}"), ctx.t1("safety-error-entity-role", "name", name)),
            (false, Some(_)) if name.chars().count() > 200 => {
                errors.add(&format!("entity_name_{n}"), ctx.t("safety-error-entity-long"))
            }
            (false, Some(role)) => entities.push(EntityRef { id: entity_id(name), name: name.to_owned(), role }),
        }
    }
    let mut references = Vec::new();
    for line in f.references.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if super::incident::valid_url(line) {
            references.push(Reference { label: String::new(), url: line.to_owned() });
        } else if !errors.has("references") {
            errors.add("references", ctx.t1("safety-error-reference", "line", line));
        }
    }
    let marking = marking_input(ctx, &f.tlp, &f.distribution, &f.sharing_group, &mut errors);
    match (kind, marking, errors.is_empty()) {
        (Some(kind), Some(marking), true) => Ok((
            Incident {
                key: "INC-NEW".into(),
                kind,
                title: title.to_owned(),
                description: description.to_owned(),
                lang,
                date: (!date.is_empty()).then(|| date.to_owned()),
                countries,
                sectors: vec![],
                severity,
                entities,
                models: vec![],
                classifications: vec![],
                links: vec![],
                references,
                source: Source::Member,
            },
            marking,
        )),
        _ => Err(errors),
    }
}

/// `POST /{lang}/safety/report`: checks the report, submits it, and shows the confirmation.
pub(in crate::web) async fn submit(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = IncidentFields::from_pairs(pairs);
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let (incident, marking) = match checked(&page.ctx, &form) {
        Ok(x) => x,
        Err(errors) => return form_page(&state, page, form, errors).await,
    };
    match state.node.submit_incident(page.principal(), incident, marking).await {
        Ok(s) => {
            Redirect::to(&page.ctx.href(&format!("/safety/report/submitted/{}", urlencode(&s.key)))).into_response()
        }
        Err(e) => {
            let mut errors = FormErrors::default();
            let fields = [
                ("title", "title", "safety-error-title"),
                ("description", "description", "safety-error-description"),
                ("lang", "lang", "safety-error-lang"),
                ("date", "date", "safety-error-date"),
                ("countries", "countries", "safety-error-countries"),
                ("entities", "entity_name_1", "safety-error-entity-name"),
                ("references", "references", "safety-error-references"),
                ("tlp", "tlp", "safety-error-tlp"),
                ("distribution", "distribution", "safety-error-distribution"),
                ("sharing_group", "sharing_group", "safety-error-sharing-group"),
            ];
            if node_field_error(&page.ctx, &e, &mut errors, &fields) {
                form_page(&state, page, form, errors).await
            } else {
                refused(page, e)
            }
        }
    }
}

#[derive(Template)]
#[template(path = "safety_submitted.html")]
pub(super) struct SubmittedPage {
    page: PageCtx,
    nav: SafetyNav,
    key: String,
    href: String,
    title: String,
    lang: String,
    status: StatusTag,
    marking: MarkingView,
    suggestions: Vec<SuggestionView>,
}

/// `GET /{lang}/safety/report/submitted/{key}`: the confirmation, with the existing incidents
/// the new one may duplicate (among those the reporter may see), for the reporter to check.
pub(in crate::web) async fn submitted(
    State(state): State<AppState>,
    page: Page,
    Path((_, key)): Path<(String, String)>,
) -> Response {
    let node = &state.node;
    let view = match node.incident(page.principal(), &key).await {
        Ok(IncidentLookup::Found(v)) => *v,
        Ok(IncidentLookup::Redirect { to, .. }) => {
            return Redirect::to(&page.ctx.href(&incident_path(&to))).into_response();
        }
        Err(e) => return refused(page, e),
    };
    let suggestions = match node.near_duplicates(page.principal(), &view.incident).await {
        Ok(s) => suggestion_views(node, &page, &s).await,
        Err(e) => return refused(page, e),
    };
    let groups = group_choices(node, &page).await;
    let group_name = view
        .marking
        .sharing_group
        .and_then(|g| groups.iter().find(|(id, _)| *id == g.to_string()).map(|(_, name)| name.clone()));
    let nav = SafetyNav::of(&page);
    let ctx = page.ctx;
    let view_page = SubmittedPage {
        nav,
        href: ctx.href(&incident_path(&view.key)),
        key: view.key.clone(),
        title: view.incident.title.clone(),
        lang: view.incident.lang.clone(),
        status: status_tag(&ctx, view.status),
        marking: marking_view(&ctx, view.marking, view.owner.as_deref(), group_name.as_deref()),
        suggestions,
        page: ctx,
    };
    no_store(render(StatusCode::OK, &view_page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_ids_are_slugs_or_digests() {
        assert_eq!(entity_id("Meridian Bank"), "meridian-bank");
        assert_eq!(entity_id("  Acme, Inc. "), "acme-inc");
        let zh = entity_id("国家人工智能安全研究中心");
        assert!(zh.starts_with("entity-") && zh.len() == 19, "{zh}");
        assert_eq!(zh, entity_id("国家人工智能安全研究中心"));
        assert!(accord_safety::model::valid_key("id", &zh).is_ok());
        assert!(accord_safety::model::valid_key("id", &entity_id(&"x".repeat(300))).is_ok());
    }
}
