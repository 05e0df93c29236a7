//! The server-rendered web UI: every page under `/{lang}/` in the six UN languages, plain
//! HTML forms (no JavaScript needed), assets embedded in the binary.

pub mod assets;
mod dialogue;
pub mod forms;
pub mod i18n;
pub mod page;
mod registry;
mod resolutions;
mod rules;
mod safety;
mod tokens;
mod transparency;

use self::tokens::{create_token, revoke, revoke_confirm, tokens};
use self::transparency::{log_entry, transparency};

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

use accord_core::{Action, AuditEvent, Denied, OrgId, Organisation, Token, TokenId, User, authorize};
use accord_node::{NodeError, OrganisationInput, TokenInput, UserInput};
use accord_store::PageRequest;

use self::forms::FormErrors;
use self::i18n::Lang;
use self::page::{Page, PageCtx, date, datetime};
use crate::auth::{FORM_COOKIE, cookie, cross_site, session_cookie};
use crate::cookies;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/static/{name}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home))
        .route("/{lang}/registry", get(registry::list))
        .route("/{lang}/registry/compute", get(registry::compute))
        .route("/{lang}/registry/{namespace}/{name}", get(registry::entry))
        .route("/{lang}/registry/{namespace}/{name}/history", get(registry::history))
        .route("/{lang}/rules", get(rules::start))
        .route("/{lang}/rules/assess", get(rules::assess))
        .route("/{lang}/rules/assess/all", get(rules::assess_all))
        .route("/{lang}/rules/result", get(rules::result))
        .route("/{lang}/rules/result.json", get(rules::result_json))
        .route("/{lang}/rules/result.csv", get(rules::result_csv))
        .route("/{lang}/rules/rule/{id}", get(rules::rule))
        .route("/{lang}/rules/instruments", get(rules::instruments))
        .route("/{lang}/rules/instruments/{id}", get(rules::instrument))
        .route("/{lang}/rules/convergence", get(rules::convergence))
        .route("/{lang}/rules/timeline", get(rules::timeline))
        .route("/{lang}/rules/assessments", get(rules::saved_list).post(rules::save))
        .route("/{lang}/rules/assessments/{id}", get(rules::saved))
        .route("/{lang}/safety", get(safety::list))
        .route("/{lang}/safety/incidents/{key}", get(safety::incident))
        .route("/{lang}/safety/incidents/{key}/reports", axum::routing::post(safety::add_report))
        .route("/{lang}/safety/report", get(safety::report_form).post(safety::submit))
        .route("/{lang}/safety/report/submitted/{key}", get(safety::submitted))
        .route("/{lang}/safety/review", get(safety::review).post(safety::decide))
        .route("/{lang}/resolutions", get(resolutions::list))
        .route("/{lang}/resolutions/new", get(resolutions::new_form).post(resolutions::create))
        .route("/{lang}/resolutions/{id}", get(resolutions::resolution))
        .route("/{lang}/resolutions/{id}/vote", axum::routing::post(resolutions::vote))
        .route("/{lang}/resolutions/{id}/amendments", axum::routing::post(resolutions::amend))
        .route("/{lang}/resolutions/{id}/amendments/{seq}", axum::routing::post(resolutions::decide))
        .route("/{lang}/resolutions/{id}/open", axum::routing::post(resolutions::open))
        .route("/{lang}/resolutions/{id}/close", axum::routing::post(resolutions::close))
        .route("/{lang}/dialogue", get(dialogue::list))
        .route("/{lang}/dialogue/{id}", get(dialogue::conversation))
        .route("/{lang}/dialogue/{id}/vote", axum::routing::post(dialogue::vote))
        .route("/{lang}/dialogue/{id}/statements", axum::routing::post(dialogue::add_statement))
        .route("/{lang}/dialogue/{id}/moderate", axum::routing::post(dialogue::moderate))
        .route("/{lang}/dialogue/{id}/report", get(dialogue::report))
        .route("/{lang}/dialogue/{id}/map", get(dialogue::map_fragment))
        .route("/{lang}/dialogue/{id}/report.csv", get(dialogue::report_csv))
        .route("/{lang}/compute", get(|p: Page| part(p, "compute")))
        .route("/{lang}/login", get(login_form).post(login))
        .route("/{lang}/logout", axum::routing::post(logout))
        .route("/{lang}/members", get(members).post(add_organisation))
        .route("/{lang}/members/{id}", get(organisation))
        .route("/{lang}/members/{id}/users", axum::routing::post(add_user))
        .route("/{lang}/transparency", get(transparency))
        .route("/{lang}/transparency/log/{index}", get(log_entry))
        .route("/{lang}/tokens", get(tokens).post(create_token))
        .route("/{lang}/tokens/{id}/revoke", get(revoke_confirm).post(revoke))
}

fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn root(headers: HeaderMap) -> Redirect {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Redirect::to(&format!("/{}/", Lang::negotiate(accept).code()))
}

async fn lang_root(Path(lang): Path<String>, State(state): State<AppState>) -> Response {
    match Lang::parse(&lang) {
        Some(l) => Redirect::permanent(&format!("/{}/", l.code())).into_response(),
        None => not_found_page(Lang::En, &state).await,
    }
}

// ---- messages and errors --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    page: PageCtx,
    title: String,
    body: String,
    link: Option<(String, String)>,
}

fn message(page: PageCtx, status: StatusCode, title: &str, body: &str, link: Option<(String, String)>) -> Response {
    let title = page.t(title);
    let body = page.t(body);
    render(status, &MessagePage { page, title, body, link })
}

pub async fn not_found_page(lang: Lang, state: &AppState) -> Response {
    let config = state.node.config();
    let page = PageCtx {
        lang,
        rest: "/".into(),
        node_name: config.node.name.clone(),
        version: env!("CARGO_PKG_VERSION"),
        user: None,
        csrf: None,
        css_href: assets::CSS.href(),
        js_href: assets::JS.href(),
    };
    message(page, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None)
}

/// Fallback for unknown paths: a translated page when the path starts with a language.
pub async fn not_found(State(state): State<AppState>, uri: axum::http::Uri) -> Response {
    let lang = uri.path().trim_start_matches('/').split('/').next().and_then(Lang::parse).unwrap_or(Lang::En);
    not_found_page(lang, &state).await
}

/// What a page shows when the node refuses: sign in, or not allowed, or a fault.
fn refused(page: Page, e: NodeError) -> Response {
    match e {
        NodeError::Denied(Denied::NotAuthenticated) => {
            let next = format!("/{}{}", page.ctx.code(), page.ctx.rest);
            Redirect::to(&format!("{}?next={}", page.ctx.href("/login"), urlencode(&next))).into_response()
        }
        NodeError::Denied(_) => message(page.ctx, StatusCode::FORBIDDEN, "forbidden-title", "forbidden-body", None),
        NodeError::NotFound { .. } => {
            message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None)
        }
        other => {
            tracing::error!(error = %other, "page failed");
            message(page.ctx, StatusCode::INTERNAL_SERVER_ERROR, "problem-title", "problem-body", None)
        }
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Checks a form's CSRF token against the session (signed in) and refuses cross-site posts.
fn csrf_ok(page: &Page, headers: &HeaderMap, sent: &str) -> bool {
    if cross_site(headers) {
        return false;
    }
    match &page.ctx.csrf {
        Some(expected) => accord_node::secret::same_secret(sent, expected),
        None => false,
    }
}

fn csrf_failed(page: Page) -> Response {
    message(page.ctx, StatusCode::FORBIDDEN, "forbidden-title", "csrf-failed", None)
}

// ---- home and parts -------------------------------------------------------------------------

struct PartCard {
    href: String,
    title: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: PageCtx,
    parts: Vec<PartCard>,
    organisations: i64,
    users: i64,
    events: i64,
    signed_out: bool,
}

#[derive(Deserialize)]
struct HomeQuery {
    signed_out: Option<String>,
}

async fn home(State(state): State<AppState>, page: Page, Query(q): Query<HomeQuery>) -> Response {
    let counts = match state.node.counts().await {
        Ok(c) => c,
        Err(e) => return refused(page, e),
    };
    let ctx = page.ctx;
    let parts = ["registry", "rules", "safety", "dialogue", "compute", "members", "transparency"]
        .iter()
        .map(|p| PartCard {
            href: ctx.href(&format!("/{p}")),
            title: ctx.t(&format!("nav-{p}")),
            summary: ctx.t(&format!("part-{p}-summary")),
        })
        .collect();
    render(
        StatusCode::OK,
        &HomePage {
            page: ctx,
            parts,
            organisations: counts.organisations,
            users: counts.users,
            events: counts.audit_events,
            signed_out: q.signed_out.is_some(),
        },
    )
}

#[derive(Template)]
#[template(path = "part.html")]
struct PartPage {
    page: PageCtx,
    title: String,
    summary: String,
}

async fn part(page: Page, name: &'static str) -> Response {
    let ctx = page.ctx;
    let title = ctx.t(&format!("nav-{name}"));
    let summary = ctx.t(&format!("part-{name}-summary"));
    render(StatusCode::OK, &PartPage { page: ctx, title, summary })
}

// ---- sign in and out ------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: PageCtx,
    form_token: String,
    email: String,
    next: String,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

/// Only local UI paths are followed after sign-in (no open redirect).
fn safe_next(lang: Lang, next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains(':') => n.to_owned(),
        _ => format!("/{}/", lang.code()),
    }
}

async fn login_form(State(state): State<AppState>, page: Page, Query(q): Query<NextQuery>) -> Response {
    let form_token = accord_node::secret::random_secret();
    let next = safe_next(page.ctx.lang, q.next.as_deref());
    let cookie = cookies::set_form_token(state.node.config(), &form_token);
    let mut response = render(
        StatusCode::OK,
        &LoginPage { page: page.ctx, form_token, email: String::new(), next, errors: FormErrors::default() },
    );
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    no_store(response)
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    form_token: String,
    #[serde(default)]
    next: String,
}

async fn login(State(state): State<AppState>, page: Page, headers: HeaderMap, Form(form): Form<LoginForm>) -> Response {
    let expected = cookie(&headers, FORM_COOKIE).unwrap_or("");
    if cross_site(&headers) || expected.is_empty() || !accord_node::secret::same_secret(&form.form_token, expected) {
        return csrf_failed(page);
    }
    let lang = page.ctx.lang;
    let next = safe_next(lang, Some(&form.next));
    let mut errors = FormErrors::default();
    if form.email.trim().is_empty() {
        errors.add("email", forms::field_message(lang, "email", &accord_core::Problem::Missing));
    }
    if form.password.is_empty() {
        errors.add("password", forms::field_message(lang, "password", &accord_core::Problem::Missing));
    }
    if errors.is_empty() {
        match state.node.sign_in(&form.email, &form.password, page.caller.client).await {
            Ok(signed) => {
                let mut response = Redirect::to(&next).into_response();
                response.headers_mut().insert(
                    header::SET_COOKIE,
                    cookies::set_session(state.node.config(), &signed.session_secret, signed.expires_at),
                );
                return response;
            }
            Err(NodeError::BadCredentials) => errors.add("email", lang.t("login-failed")),
            Err(NodeError::RateLimited { retry_after_secs }) => {
                errors.add("email", lang.t_args("login-rate-limited", &[("seconds", (retry_after_secs as i64).into())]))
            }
            Err(e) => return refused(page, e),
        }
    }
    let status = if errors.items.iter().any(|e| e.field == "email") && !form.email.trim().is_empty() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    no_store(render(
        status,
        &LoginPage { page: page.ctx, form_token: form.form_token, email: form.email, next, errors },
    ))
}

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

async fn logout(State(state): State<AppState>, page: Page, headers: HeaderMap, Form(form): Form<CsrfForm>) -> Response {
    if page.ctx.user.is_some() && !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    if let Some(secret) = session_cookie(&headers)
        && let Err(e) = state.node.sign_out(secret).await
    {
        return refused(page, e);
    }
    let mut response = Redirect::to(&format!("{}?signed_out=1", page.ctx.href("/"))).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookies::clear_session(state.node.config()));
    response
}

// ---- members --------------------------------------------------------------------------------

struct OrgRow {
    href: String,
    name: String,
    kind: String,
    country: String,
    website: Option<String>,
    joined: String,
}

fn org_row(ctx: &PageCtx, o: &Organisation) -> OrgRow {
    OrgRow {
        href: ctx.href(&format!("/members/{}", o.id)),
        name: o.name.clone(),
        kind: ctx.kind_label(o.kind.as_str()),
        country: o.country.clone().unwrap_or_else(|| ctx.t("no-country")),
        website: o.website.clone(),
        joined: date(&o.created_at),
    }
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    page: PageCtx,
    rows: Vec<OrgRow>,
    total: i64,
    next: Option<String>,
    kinds: Vec<(String, String)>,
    form: OrganisationFields,
    errors: FormErrors,
    notice: Option<String>,
}

#[derive(Default, Deserialize)]
struct OrganisationFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Deserialize)]
struct ListQuery {
    cursor: Option<String>,
    added: Option<String>,
}

async fn members_page(
    state: &AppState,
    page: Page,
    cursor: Option<String>,
    form: OrganisationFields,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let list = state.node.organisations(page.principal(), &PageRequest { after: cursor, limit: 100 }).await;
    let counts = state.node.counts().await;
    let (list, counts) = match (list, counts) {
        (Ok(l), Ok(c)) => (l, c),
        (Err(e), _) | (_, Err(e)) => return refused(page, e),
    };
    let ctx = page.ctx;
    let rows = list.items.iter().map(|o| org_row(&ctx, o)).collect();
    let kinds = accord_core::OrgKind::ALL.iter().map(|k| (k.as_str().to_owned(), ctx.kind_label(k.as_str()))).collect();
    render(
        status,
        &MembersPage { page: ctx, rows, total: counts.organisations, next: list.next, kinds, form, errors, notice },
    )
}

async fn members(State(state): State<AppState>, page: Page, Query(q): Query<ListQuery>) -> Response {
    let notice = q.added.map(|name| page.ctx.t1("organisation-added", "name", &name));
    members_page(&state, page, q.cursor, OrganisationFields::default(), FormErrors::default(), notice).await
}

async fn add_organisation(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(form): Form<OrganisationFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let input = OrganisationInput {
        name: form.name.clone(),
        kind: form.kind.clone(),
        country: Some(form.country.clone()),
        website: Some(form.website.clone()),
    };
    match state.node.create_organisation(page.principal(), &input).await {
        Ok(org) => {
            Redirect::to(&format!("{}?added={}", page.ctx.href("/members"), urlencode(&org.name))).into_response()
        }
        Err(e) => match forms::from_node_error(page.ctx.lang, &e, &[]) {
            Some(errors) => members_page(&state, page, None, form, errors, None).await,
            None => refused(page, e),
        },
    }
}

struct UserRow {
    name: String,
    email: String,
    role: String,
    joined: String,
}

struct EventRow {
    seq: i64,
    at: String,
    at_iso: String,
    action: String,
    subject: String,
    actor: String,
}

fn event_row(ctx: &PageCtx, e: &AuditEvent, names: &HashMap<String, String>) -> EventRow {
    let key = format!("action-{}", e.action.replace('.', "-"));
    let action = match ctx.t(&key) {
        t if t == key => e.action.clone(),
        t => t,
    };
    let subject = e
        .payload
        .get("name")
        .or_else(|| e.payload.get("display_name"))
        .and_then(|v| v.as_str())
        .map(str::to_owned)
        .or_else(|| names.get(&e.subject_id).cloned())
        .unwrap_or_else(|| e.subject_id.chars().take(8).collect());
    let actor = match e.actor_kind.as_str() {
        "operator" => ctx.t("actor-operator"),
        "system" => ctx.t("actor-system"),
        "participant" => ctx.t("actor-participant"),
        _ => e
            .actor_user
            .and_then(|u| names.get(&u.to_string()).cloned())
            .unwrap_or_else(|| e.actor_user.map(|u| u.to_string().chars().take(8).collect()).unwrap_or_default()),
    };
    EventRow { seq: e.seq, at: datetime(&e.at), at_iso: accord_core::command::rfc3339(e.at), action, subject, actor }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    page: PageCtx,
    org: OrgRow,
    users: Option<Vec<UserRow>>,
    roles: Vec<(String, String)>,
    form: UserFields,
    errors: FormErrors,
    notice: Option<String>,
    history: Vec<EventRow>,
    form_action: String,
}

#[derive(Default, Deserialize)]
struct UserFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

#[derive(Deserialize)]
struct OrgQuery {
    added: Option<String>,
}

async fn organisation_page(
    state: &AppState,
    page: Page,
    id: &str,
    form: UserFields,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let Ok(id) = id.parse::<OrgId>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let org = match state.node.organisation(page.principal(), id).await {
        Ok(o) => o,
        Err(e) => return refused(page, e),
    };
    let users: Option<Vec<User>> = if authorize(page.principal(), Action::ViewUsers).is_ok() {
        match state.node.users(page.principal(), Some(id), &PageRequest { after: None, limit: 200 }).await {
            Ok(p) => Some(p.items),
            Err(e) => return refused(page, e),
        }
    } else {
        None
    };
    let history = if authorize(page.principal(), Action::ViewCommunity).is_ok() {
        let subject = Some(("organisation".to_owned(), id.to_string()));
        match state.node.audit(page.principal(), subject, &PageRequest { after: None, limit: 20 }).await {
            Ok(p) => p.items,
            Err(e) => return refused(page, e),
        }
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let ctx = page.ctx;
    let names = HashMap::new();
    render(
        status,
        &OrganisationPage {
            org: org_row(&ctx, &org),
            users: users.map(|us| {
                us.iter()
                    .map(|u| UserRow {
                        name: u.display_name.clone(),
                        email: u.email.clone(),
                        role: ctx.role_label(u.role.as_str()),
                        joined: date(&u.created_at),
                    })
                    .collect()
            }),
            roles: accord_core::Role::ALL
                .iter()
                .rev()
                .map(|r| (r.as_str().to_owned(), ctx.role_label(r.as_str())))
                .collect(),
            form,
            errors,
            notice,
            history: history.iter().map(|e| event_row(&ctx, e, &names)).collect(),
            form_action: ctx.href(&format!("/members/{id}/users")),
            page: ctx,
        },
    )
}

async fn organisation(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
    Query(q): Query<OrgQuery>,
) -> Response {
    let notice = q.added.map(|name| page.ctx.t1("user-added", "name", &name));
    organisation_page(&state, page, &id, UserFields::default(), FormErrors::default(), notice).await
}

async fn add_user(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<UserFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Ok(org) = id.parse::<OrgId>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    let input = UserInput {
        organisation: org,
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        role: form.role.clone(),
        password: Some(form.password.clone()),
    };
    match state.node.create_user(page.principal(), &input).await {
        Ok(user) => Redirect::to(&format!(
            "{}?added={}",
            page.ctx.href(&format!("/members/{org}")),
            urlencode(&user.display_name)
        ))
        .into_response(),
        Err(e) => match forms::from_node_error(page.ctx.lang, &e, &[]) {
            Some(errors) => {
                let form = UserFields { password: String::new(), ..form };
                organisation_page(&state, page, &id, form, errors, None).await
            }
            None => refused(page, e),
        },
    }
}
