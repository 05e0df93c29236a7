//! A new resolution: the form editors fill in (body, title, text, rule, quorum, electorate) and
//! its checks before the node's.

use super::*;

/// What the form for a new resolution holds, as typed. The electorate is a list of checkboxes,
/// so the form is read as pairs.
#[derive(Default)]
pub(in crate::web) struct CreateFields {
    body: String,
    title: String,
    text: String,
    lang: String,
    rule: String,
    silence_days: String,
    quorum: String,
    quorum_count: String,
    quorum_fraction: String,
    electorate: Vec<String>,
    csrf: String,
}

impl CreateFields {
    fn from_pairs(pairs: Vec<(String, String)>) -> CreateFields {
        let mut f = CreateFields::default();
        for (key, value) in pairs {
            match key.as_str() {
                "body" => f.body = value,
                "title" => f.title = value,
                "text" => f.text = value,
                "lang" => f.lang = value,
                "rule" => f.rule = value,
                "silence_days" => f.silence_days = value,
                "quorum" => f.quorum = value,
                "quorum_count" => f.quorum_count = value,
                "quorum_fraction" => f.quorum_fraction = value,
                "electorate" => f.electorate.push(value),
                "csrf" => f.csrf = value,
                _ => {}
            }
        }
        f
    }
}

/// An organisation offered for the electorate.
pub(in crate::web) struct MemberOption {
    id: String,
    name: String,
    kind: String,
    checked: bool,
}

/// A choice of a radio group: value, label, hint.
pub(in crate::web) struct Option3 {
    value: &'static str,
    label: String,
    hint: String,
}

#[derive(Template)]
#[template(path = "resolution_new.html")]
pub(in crate::web) struct NewPage {
    page: PageCtx,
    action: String,
    langs: Vec<(String, String)>,
    rules: Vec<Option3>,
    quorums: Vec<Option3>,
    members: Vec<MemberOption>,
    /// More organisations than an electorate may hold: only the first are offered.
    members_cut: bool,
    silence_max: u64,
    form: CreateFields,
    errors: FormErrors,
}

async fn new_page(state: &AppState, page: Page, form: CreateFields, errors: FormErrors) -> Response {
    let mut organisations = Vec::new();
    let mut request = PageRequest { after: None, limit: 200 };
    let mut members_cut = false;
    loop {
        let got = match state.node.organisations(page.principal(), &request).await {
            Ok(g) => g,
            Err(e) => return refused(page, e),
        };
        organisations.extend(got.items);
        if organisations.len() >= ELECTORATE_MAX {
            members_cut = organisations.len() > ELECTORATE_MAX || got.next.is_some();
            organisations.truncate(ELECTORATE_MAX);
            break;
        }
        match got.next {
            Some(next) => request.after = Some(next),
            None => break,
        }
    }
    let ctx = page.ctx;
    let option = |value: &'static str, key: &str| Option3 {
        value,
        label: ctx.t(&format!("resolutions-rule-name-{key}")),
        hint: String::new(),
    };
    let rules = vec![
        Option3 { hint: ctx.t("resolutions-rule-simple-majority"), ..option("simple_majority", "simple-majority") },
        Option3 { hint: ctx.t("resolutions-rule-two-thirds"), ..option("two_thirds", "two-thirds") },
        Option3 { hint: ctx.t("resolutions-new-rule-consensus-hint"), ..option("consensus", "consensus") },
    ];
    let quorums = ["none", "members", "fraction"]
        .into_iter()
        .map(|q| Option3 {
            value: q,
            label: ctx.t(&format!("resolutions-new-quorum-{q}")),
            hint: ctx.t(&format!("resolutions-new-quorum-{q}-hint")),
        })
        .collect();
    let members = organisations
        .iter()
        .map(|o| MemberOption {
            id: o.id.to_string(),
            name: o.name.clone(),
            kind: ctx.kind_label(o.kind.as_str()),
            checked: form.electorate.iter().any(|e| *e == o.id.to_string()),
        })
        .collect();
    let view = NewPage {
        action: ctx.href("/resolutions/new"),
        langs: TEXT_LANGS.iter().map(|l| ((*l).to_owned(), ctx.safety_lang(l))).collect(),
        rules,
        quorums,
        members,
        members_cut,
        silence_max: SILENCE_DAYS_MAX,
        form,
        errors,
        page: ctx,
    };
    no_store(render(forms::status(&view.errors), &view))
}

/// `GET /{lang}/resolutions/new`: the form for a new draft (the chair only).
pub(in crate::web) async fn new_form(State(state): State<AppState>, page: Page) -> Response {
    if let Err(d) = authorize(page.principal(), Action::EditContent) {
        return refused(page, d.into());
    }
    let form = CreateFields {
        lang: page.ctx.code().to_owned(),
        rule: "simple_majority".into(),
        quorum: "none".into(),
        ..CreateFields::default()
    };
    new_page(&state, page, form, FormErrors::default()).await
}

/// A share of the electorate as typed: `1/2`, `2/3` or a decimal such as `0.5`, above zero and
/// at most one (the node checks the bounds too).
fn parse_fraction(text: &str) -> Option<(u32, u32)> {
    let t = text.trim();
    if let Some((n, d)) = t.split_once('/') {
        let (n, d) = (n.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?);
        return (n > 0 && d > 0 && n <= d).then_some((n, d));
    }
    let (whole, decimals) = t.split_once(['.', ',']).unwrap_or((t, ""));
    if decimals.len() > 6 || !decimals.bytes().all(|b| b.is_ascii_digit()) || !whole.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: u32 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let denominator = 10u32.pow(u32::try_from(decimals.len()).ok()?);
    let numerator =
        whole.checked_mul(denominator)?.checked_add(if decimals.is_empty() { 0 } else { decimals.parse().ok()? })?;
    let divisor = gcd(numerator, denominator);
    let (n, d) = (numerator / divisor.max(1), denominator / divisor.max(1));
    (n > 0 && n <= d).then_some((n, d))
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The rule and quorum as the node takes them, or the form's errors.
fn rule_and_quorum(ctx: &PageCtx, f: &CreateFields) -> Result<(RuleInput, Option<QuorumInput>), FormErrors> {
    let mut errors = FormErrors::default();
    let rule = match f.rule.as_str() {
        "simple_majority" | "two_thirds" => Some(RuleInput { kind: f.rule.clone(), silence_period_secs: None }),
        "consensus" => match f.silence_days.trim().parse::<u64>() {
            Ok(days) if (1..=SILENCE_DAYS_MAX).contains(&days) => {
                Some(RuleInput { kind: f.rule.clone(), silence_period_secs: Some(days * 86_400) })
            }
            _ => {
                errors.add("silence_days", ctx.t("resolutions-error-silence"));
                None
            }
        },
        _ => {
            errors.add("rule", ctx.t("resolutions-error-rule"));
            None
        }
    };
    let quorum = |kind: &str| QuorumInput { kind: kind.into(), ..QuorumInput::default() };
    // Under consensus no quorum applies; the choice is not asked of the node.
    let consensus = f.rule == "consensus";
    let quorum = match f.quorum.as_str() {
        _ if consensus => None,
        "none" | "" => None,
        "members" => match f.quorum_count.trim().parse::<u32>() {
            Ok(count) => Some(QuorumInput { count: Some(count), ..quorum("members") }),
            Err(_) => {
                errors.add("quorum_count", ctx.t("resolutions-error-quorum-count-number"));
                None
            }
        },
        "fraction" => match parse_fraction(&f.quorum_fraction) {
            Some((n, d)) => Some(QuorumInput { numerator: Some(n), denominator: Some(d), ..quorum("fraction") }),
            None => {
                errors.add("quorum_fraction", ctx.t("resolutions-error-quorum-fraction"));
                None
            }
        },
        _ => {
            errors.add("quorum", ctx.t("resolutions-error-quorum"));
            None
        }
    };
    match (rule, errors.is_empty()) {
        (Some(rule), true) => Ok((rule, quorum)),
        _ => Err(errors),
    }
}

/// The node's refusal of a new resolution as errors beside the fields.
fn create_errors(ctx: &PageCtx, e: &NodeError) -> Option<FormErrors> {
    let NodeError::Invalid(i) = e else {
        return forms::from_node_error(ctx.lang, e, &[]);
    };
    let one = |field: &str, key: &str| Some(FormErrors::one(field, ctx.t(key)));
    match (i.field.split('[').next().unwrap_or(""), &i.problem) {
        ("electorate", Problem::Missing) => one("electorate", "resolutions-error-electorate"),
        ("electorate", _) => one("electorate", "resolutions-error-electorate-unknown"),
        ("quorum.count", _) => one("quorum_count", "resolutions-error-quorum-count"),
        ("quorum.numerator" | "quorum.denominator", _) => one("quorum_fraction", "resolutions-error-quorum-fraction"),
        ("rule.silence_period_secs", _) => one("silence_days", "resolutions-error-silence"),
        ("rule.kind", _) => one("rule", "resolutions-error-rule"),
        ("quorum.kind", _) => one("quorum", "resolutions-error-quorum"),
        _ => forms::from_node_error(ctx.lang, e, &[]),
    }
}

/// `POST /{lang}/resolutions/new`: the chair creates a draft.
pub(in crate::web) async fn create(
    State(state): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let form = CreateFields::from_pairs(pairs);
    if !csrf_ok(&page, &headers, &form.csrf) {
        return csrf_failed(page);
    }
    // Refused before the form is read, so nobody else is shown a form back.
    if let Err(d) = authorize(page.principal(), Action::EditContent) {
        return refused(page, d.into());
    }
    let (rule, quorum) = match rule_and_quorum(&page.ctx, &form) {
        Ok(r) => r,
        Err(errors) => return new_page(&state, page, form, errors).await,
    };
    let input = ResolutionInput {
        body: form.body.clone(),
        title: form.title.clone(),
        text: form.text.clone(),
        lang: form.lang.clone(),
        rule,
        quorum,
        electorate: form.electorate.clone(),
    };
    match state.node.create_resolution(page.principal(), &input).await {
        Ok(v) => forms::redirect_after_post(&page.ctx, &resolution_path(v.id), "done=created", ""),
        Err(e) => match create_errors(&page.ctx, &e) {
            Some(errors) => new_page(&state, page, form, errors).await,
            None => refused(page, e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quorum_shares_read_as_fractions_or_decimals() {
        assert_eq!(parse_fraction("1/2"), Some((1, 2)));
        assert_eq!(parse_fraction(" 2 / 3 "), Some((2, 3)));
        assert_eq!(parse_fraction("0.5"), Some((1, 2)));
        assert_eq!(parse_fraction("0,75"), Some((3, 4)));
        assert_eq!(parse_fraction(".6"), Some((3, 5)));
        assert_eq!(parse_fraction("1"), Some((1, 1)));
        for bad in ["", "0", "0.0", "3/2", "1.5", "1/0", "half", "-0.5", "0.1234567", "1e-1"] {
            assert_eq!(parse_fraction(bad), None, "{bad:?}");
        }
    }
}
