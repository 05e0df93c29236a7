//! API token pages: list, create (secret shown once), revoke through a confirmation page.

use super::*;

pub(super) struct TokenRow {
    name: String,
    prefix: String,
    scopes: Vec<String>,
    created: String,
    expires: String,
    last_used: String,
    status_key: &'static str,
    revoke_href: Option<String>,
}

pub(super) fn token_row(ctx: &PageCtx, t: &Token) -> TokenRow {
    let now = time::OffsetDateTime::now_utc();
    let status_key = if t.revoked_at.is_some() {
        "token-revoked"
    } else if !t.is_active(now) {
        "token-expired"
    } else {
        "token-active"
    };
    TokenRow {
        name: t.name.clone(),
        prefix: t.prefix.clone(),
        scopes: t.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        created: date(&t.created_at),
        expires: t.expires_at.as_ref().map(date).unwrap_or_else(|| ctx.t("never")),
        last_used: t.last_used_at.as_ref().map(datetime).unwrap_or_else(|| ctx.t("never")),
        status_key,
        revoke_href: (status_key == "token-active").then(|| ctx.href(&format!("/tokens/{}/revoke", t.id))),
    }
}

#[derive(Template)]
#[template(path = "tokens.html")]
pub(super) struct TokensPage {
    page: PageCtx,
    rows: Vec<TokenRow>,
    form: TokenFields,
    errors: FormErrors,
    notice: Option<String>,
    max_days: i64,
}

#[derive(Deserialize)]
pub(super) struct TokenFields {
    #[serde(default)]
    token_name: String,
    scope_read: Option<String>,
    scope_write: Option<String>,
    scope_admin: Option<String>,
    #[serde(default)]
    expires_in_days: String,
    #[serde(default)]
    csrf: String,
}

impl Default for TokenFields {
    fn default() -> Self {
        Self {
            token_name: String::new(),
            scope_read: Some("on".into()),
            scope_write: None,
            scope_admin: None,
            expires_in_days: "90".into(),
            csrf: String::new(),
        }
    }
}

#[derive(Deserialize)]
pub(super) struct TokensQuery {
    revoked: Option<String>,
}

pub(super) async fn tokens_page(
    state: &AppState,
    page: Page,
    form: TokenFields,
    errors: FormErrors,
    notice: Option<String>,
) -> Response {
    let list = match state.node.tokens(page.principal(), false, &PageRequest { after: None, limit: 200 }).await {
        Ok(l) => l,
        Err(e) => return refused(page, e),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let ctx = page.ctx;
    let rows = list.items.iter().rev().map(|t| token_row(&ctx, t)).collect();
    let max_days = state.node.config().auth.token_max_days;
    no_store(render(status, &TokensPage { page: ctx, rows, form, errors, notice, max_days }))
}

pub(super) async fn tokens(State(state): State<AppState>, page: Page, Query(q): Query<TokensQuery>) -> Response {
    let mut notice = None;
    if let Some(id) = q.revoked.as_deref().and_then(|i| i.parse::<TokenId>().ok())
        && let Ok(t) = state.node.token(page.principal(), id).await
    {
        notice = Some(page.ctx.t1("token-revoked-notice", "name", &t.name));
    }
    tokens_page(&state, page, TokenFields::default(), FormErrors::default(), notice).await
}

#[derive(Template)]
#[template(path = "token_created.html")]
pub(super) struct TokenCreatedPage {
    page: PageCtx,
    name: String,
    secret: String,
}

pub(super) async fn create_token(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(form): Form<TokenFields>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let lang = page.ctx.lang;
    let days = match form.expires_in_days.trim() {
        "" => None,
        text => match text.parse::<i64>() {
            Ok(d) => Some(d),
            Err(_) => {
                let mut errors = FormErrors::default();
                let problem = accord_core::Problem::Malformed { expected: "a whole number" };
                errors.add("expires_in_days", forms::field_message(lang, "expires_in_days", &problem));
                return tokens_page(&state, page, form, errors, None).await;
            }
        },
    };
    let scopes = [("read", &form.scope_read), ("write", &form.scope_write), ("admin", &form.scope_admin)]
        .iter()
        .filter(|(_, on)| on.is_some())
        .map(|(s, _)| (*s).to_owned())
        .collect();
    let input = TokenInput { user: None, name: form.token_name.clone(), scopes, expires_in_days: days };
    match state.node.create_token(page.principal(), &input).await {
        Ok((token, secret)) => {
            no_store(render(StatusCode::CREATED, &TokenCreatedPage { page: page.ctx, name: token.name, secret }))
        }
        Err(e) => match forms::from_node_error(lang, &e, &[("name", "token_name")]) {
            Some(errors) => tokens_page(&state, page, form, errors, None).await,
            None => refused(page, e),
        },
    }
}

#[derive(Template)]
#[template(path = "token_revoke.html")]
pub(super) struct RevokePage {
    page: PageCtx,
    name: String,
    prefix: String,
    action: String,
}

pub(super) async fn revoke_confirm(
    State(state): State<AppState>,
    page: Page,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let Ok(id) = id.parse::<TokenId>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    match state.node.token(page.principal(), id).await {
        Ok(t) => {
            let action = page.ctx.href(&format!("/tokens/{id}/revoke"));
            render(StatusCode::OK, &RevokePage { page: page.ctx, name: t.name, prefix: t.prefix, action })
        }
        Err(e) => refused(page, e),
    }
}

pub(super) async fn revoke(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<CsrfForm>,
) -> Response {
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    let Ok(id) = id.parse::<TokenId>() else {
        return message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None);
    };
    match state.node.revoke_token(page.principal(), id).await {
        Ok(_) => Redirect::to(&format!("{}?revoked={id}", page.ctx.href("/tokens"))).into_response(),
        Err(e) => refused(page, e),
    }
}
