//! The context every page is rendered with: language, signed-in user, CSRF token, navigation.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::FluentValue;
use time::OffsetDateTime;

use accord_core::{Principal, User};

use super::i18n::Lang;
use crate::auth::Caller;
use crate::state::AppState;

pub struct NavItem {
    pub href: String,
    pub label: String,
    pub current: bool,
}

pub struct LangLink {
    pub code: &'static str,
    pub html_lang: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// Rendering context shared by every template (`page` in templates).
#[derive(Clone)]
pub struct PageCtx {
    pub lang: Lang,
    /// The path after the language segment, e.g. `/members`, for the language switcher.
    pub rest: String,
    pub node_name: String,
    pub version: &'static str,
    pub user: Option<User>,
    pub csrf: Option<String>,
    pub css_href: &'static str,
    pub js_href: &'static str,
}

/// The sections of the main navigation, in order: (path, message id).
const SECTIONS: [(&str, &str); 9] = [
    ("/", "nav-home"),
    ("/registry", "nav-registry"),
    ("/rules", "nav-rules"),
    ("/safety", "nav-safety"),
    ("/dialogue", "nav-dialogue"),
    ("/resolutions", "nav-resolutions"),
    ("/compute", "nav-compute"),
    ("/members", "nav-members"),
    ("/transparency", "nav-transparency"),
];

impl PageCtx {
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A message with one text argument.
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang.t_args(key, &[(name, FluentValue::from(value.to_owned()))])
    }

    /// A message with one number argument (plural rules apply).
    pub fn tn(&self, key: &str, name: &'static str, value: &i64) -> String {
        self.lang.t_args(key, &[(name, FluentValue::from(*value))])
    }

    pub fn html_lang(&self) -> &'static str {
        self.lang.html_lang()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// A link inside the UI, in the current language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang.code(), path)
    }

    pub fn nav(&self) -> Vec<NavItem> {
        SECTIONS
            .iter()
            .map(|(path, key)| NavItem {
                href: self.href(path),
                label: self.t(key),
                current: if *path == "/" { self.rest == "/" } else { self.rest.starts_with(path) },
            })
            .collect()
    }

    pub fn languages(&self) -> Vec<LangLink> {
        Lang::ALL
            .iter()
            .map(|l| LangLink {
                code: l.code(),
                html_lang: l.html_lang(),
                name: l.native_name(),
                href: format!("/{}{}", l.code(), self.rest),
                current: *l == self.lang,
            })
            .collect()
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == accord_core::Role::Admin)
    }

    pub fn csrf_value(&self) -> &str {
        self.csrf.as_deref().unwrap_or("")
    }

    /// Data in a sentence or a title, isolated (FSI … PDI) so it cannot reorder the text around
    /// it, as Fluent does for its placeables.
    pub fn isolate(&self, data: &str) -> String {
        format!("\u{2068}{data}\u{2069}")
    }

    pub fn kind_label(&self, kind: &str) -> String {
        self.t(&format!("kind-{kind}"))
    }

    pub fn role_label(&self, role: &str) -> String {
        self.t(&format!("role-{role}"))
    }
}

/// `YYYY-MM-DD` in UTC: unambiguous in every locale.
pub fn date(t: &OffsetDateTime) -> String {
    accord_core::command::rfc3339(*t).chars().take(10).collect()
}

/// `YYYY-MM-DD HH:MM UTC`.
pub fn datetime(t: &OffsetDateTime) -> String {
    let s = accord_core::command::rfc3339(*t);
    format!("{} {} UTC", s.get(..10).unwrap_or(""), s.get(11..16).unwrap_or(""))
}

/// A page request: the language from the path, the caller, the page context.
pub struct Page {
    pub ctx: PageCtx,
    pub caller: Caller,
}

impl Page {
    pub fn principal(&self) -> &Principal {
        &self.caller.principal
    }
}

impl FromRequestParts<AppState> for Page {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let path = parts.uri.path().to_owned();
        let mut segments = path.trim_start_matches('/').splitn(2, '/');
        let lang = segments.next().and_then(Lang::parse);
        let Some(lang) = lang else {
            return Err(super::not_found_page(Lang::En, state).await);
        };
        let rest = format!("/{}", segments.next().unwrap_or(""));
        // Bad credentials on a page are treated as signed out rather than an error page.
        let caller = Caller::from_request_parts(parts, state).await.unwrap_or(Caller {
            principal: Principal::Anonymous,
            via: crate::auth::Via::Anonymous,
            client: std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
        });
        let (user, csrf) = match caller.session() {
            Some(s) => (Some(s.user.clone()), Some(s.csrf_token.clone())),
            None => (None, None),
        };
        let config = state.node.config();
        Ok(Page {
            ctx: PageCtx {
                lang,
                rest,
                node_name: config.node.name.clone(),
                version: env!("CARGO_PKG_VERSION"),
                user,
                csrf,
                css_href: super::assets::CSS.href(),
                js_href: super::assets::JS.href(),
            },
            caller,
        })
    }
}
