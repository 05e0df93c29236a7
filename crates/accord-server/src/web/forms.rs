//! Form errors in the GOV.UK pattern: one message per field, shown by the field and in a
//! summary at the top, worded with the field's own (translated) label.

use accord_core::{Invalid, Problem};
use accord_node::NodeError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;

use super::i18n::Lang;
use super::page::{Page, PageCtx};

pub struct FieldError {
    /// The `id` of the input the summary links to.
    pub field: String,
    pub message: String,
}

#[derive(Default)]
pub struct FormErrors {
    pub items: Vec<FieldError>,
}

impl FormErrors {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.items.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn add(&mut self, field: &str, message: String) {
        self.items.push(FieldError { field: field.to_owned(), message });
    }
}

/// The message id of a field's label.
fn label_key(field: &str) -> &'static str {
    match field.split('[').next().unwrap_or(field) {
        "name" => "field-org-name",
        "kind" => "field-kind",
        "country" => "field-country",
        "website" => "field-website",
        "email" => "field-email",
        "display_name" => "field-display-name",
        "role" => "field-role",
        "password" => "field-new-password",
        "token_name" => "field-token-name",
        "scopes" => "field-scopes",
        "expires_in_days" => "field-expires-days",
        // A new resolution, an amendment, the opening of a vote.
        "body" => "resolutions-field-body",
        "title" => "resolutions-field-title",
        "text" => "resolutions-field-text",
        "lang" => "resolutions-field-lang",
        "rule" => "resolutions-field-rule",
        "silence_days" => "resolutions-field-silence-days",
        "quorum" => "resolutions-field-quorum",
        "quorum_count" => "resolutions-field-quorum-count",
        "quorum_fraction" => "resolutions-field-quorum-fraction",
        "electorate" => "resolutions-field-electorate",
        "closes_at" => "resolutions-field-closes",
        "amendment_text" => "resolutions-field-amendment-text",
        "rationale" => "resolutions-amendment-rationale",
        _ => "field-org-name",
    }
}

/// Lower-cases the first letter of a label so it reads inside a sentence ("Enter e-mail address").
fn in_sentence(lang: Lang, label: String) -> String {
    if matches!(lang, Lang::Zh | Lang::Ar) {
        return label;
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => label,
    }
}

pub fn field_message(lang: Lang, field: &str, problem: &Problem) -> String {
    if field == "scopes" && *problem == Problem::Missing {
        return lang.t("err-scopes-required");
    }
    let label = in_sentence(lang, lang.t(label_key(field)));
    let label = FluentValue::from(label);
    match problem {
        Problem::Missing => lang.t_args("err-required", &[("field", label)]),
        Problem::TooLong { max } => {
            lang.t_args("err-too-long", &[("field", label), ("max", FluentValue::from(*max as i64))])
        }
        Problem::NotAllowed { .. } => lang.t_args("err-not-allowed", &[("field", label)]),
        Problem::Malformed { .. } => lang.t_args("err-malformed", &[("field", label)]),
        Problem::Duplicate => lang.t_args("err-duplicate", &[("field", label)]),
    }
}

/// Turns a node error into form errors when it is about the input; `None` otherwise.
pub fn from_node_error(lang: Lang, e: &NodeError, rename: &[(&str, &str)]) -> Option<FormErrors> {
    let (field, problem) = match e {
        NodeError::Invalid(Invalid { field, problem }) => (field.clone(), problem.clone()),
        NodeError::Conflict { field } => ((*field).to_owned(), Problem::Duplicate),
        _ => return None,
    };
    let base = field.split('[').next().unwrap_or(&field).to_owned();
    let form_field = rename.iter().find(|(from, _)| *from == base).map(|(_, to)| (*to).to_owned()).unwrap_or(base);
    let mut errors = FormErrors::default();
    errors.add(&form_field, field_message(lang, &form_field, &problem));
    Some(errors)
}

// ---- shared by the pages with forms ---------------------------------------------------------

impl FormErrors {
    /// One error on one field.
    pub fn one(field: &str, message: String) -> FormErrors {
        let mut errors = FormErrors::default();
        errors.add(field, message);
        errors
    }
}

/// The status of a page shown with its form: 422 when the form came back with errors.
pub fn status(errors: &FormErrors) -> StatusCode {
    if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY }
}

/// Redirect after a post that worked (303 See Other, so reloading does not post again): to
/// `path` in the page's language, with `query` naming what happened (the page turns it into a
/// notice) and `anchor` the part of the page to show.
pub fn redirect_after_post(ctx: &PageCtx, path: &str, query: &str, anchor: &str) -> Response {
    let mut to = ctx.href(path);
    if !query.is_empty() {
        to.push('?');
        to.push_str(query);
    }
    if !anchor.is_empty() {
        to.push('#');
        to.push_str(anchor);
    }
    Redirect::to(&to).into_response()
}

/// The page for an id in the path that cannot name anything (not a UUID, say).
pub fn not_found(page: Page) -> Response {
    super::message(page.ctx, StatusCode::NOT_FOUND, "not-found-title", "not-found-body", None)
}
