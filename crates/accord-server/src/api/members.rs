//! Member organisations and user accounts.

use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::IntoParams;

use accord_core::OrgId;
use accord_node::{OrganisationInput, UserInput};

use super::dto::{NewOrganisation, NewUser, OrganisationDto, OrganisationPage, UserDto, UserPage};
use super::{ApiJson, ApiPath, ApiQuery, PageParams, parse_id};
use crate::auth::ApiCaller;
use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;

/// List member organisations (public).
#[utoipa::path(get, path = "/organisations", tag = "members", params(PageParams),
    responses((status = 200, body = OrganisationPage), (status = 400, body = ErrorBody)))]
pub async fn list_organisations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(page): ApiQuery<PageParams>,
) -> Result<ApiJson<OrganisationPage>, ApiError> {
    let page = state.node.organisations(&caller.principal, &page.request()).await?;
    Ok(ApiJson(OrganisationPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}

/// Add a member organisation (administrators; token scope `admin`).
#[utoipa::path(post, path = "/organisations", tag = "members", request_body = NewOrganisation,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = OrganisationDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_organisation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<NewOrganisation>,
) -> Result<(StatusCode, ApiJson<OrganisationDto>), ApiError> {
    let input = OrganisationInput { name: body.name, kind: body.kind, country: body.country, website: body.website };
    let org = state.node.create_organisation(&caller.principal, &input).await?;
    Ok((StatusCode::CREATED, ApiJson(org.into())))
}

/// One member organisation (public).
#[utoipa::path(get, path = "/organisations/{id}", tag = "members", params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = OrganisationDto), (status = 404, body = ErrorBody)))]
pub async fn get_organisation(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiPath(id): ApiPath<String>,
) -> Result<ApiJson<OrganisationDto>, ApiError> {
    let id: OrgId = parse_id("organisation", &id)?;
    Ok(ApiJson(state.node.organisation(&caller.principal, id).await?.into()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserFilter {
    /// Only the accounts of this organisation.
    pub organisation: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// List user accounts (administrators: e-mail addresses are personal data).
#[utoipa::path(get, path = "/users", tag = "members", params(UserFilter), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = UserPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiQuery(filter): ApiQuery<UserFilter>,
) -> Result<ApiJson<UserPage>, ApiError> {
    let organisation = filter.organisation.as_deref().map(|o| parse_id::<OrgId>("organisation", o)).transpose()?;
    let page = PageParams { limit: filter.limit, cursor: filter.cursor }.request();
    let page = state.node.users(&caller.principal, organisation, &page).await?;
    Ok(ApiJson(UserPage { items: page.items.into_iter().map(Into::into).collect(), next_cursor: page.next }))
}

/// Add a user account to an organisation (administrators; token scope `admin`).
#[utoipa::path(post, path = "/users", tag = "members", request_body = NewUser, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = UserDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    ApiJson(body): ApiJson<NewUser>,
) -> Result<(StatusCode, ApiJson<UserDto>), ApiError> {
    let organisation: OrgId = body.organisation.parse().map_err(|_| {
        ApiError::from(accord_node::NodeError::Invalid(accord_core::Invalid::new(
            "organisation",
            accord_core::Problem::Malformed { expected: "the id of an existing organisation" },
        )))
    })?;
    let input = UserInput {
        organisation,
        email: body.email,
        display_name: body.display_name,
        role: body.role,
        password: body.password,
    };
    let user = state.node.create_user(&caller.principal, &input).await?;
    Ok((StatusCode::CREATED, ApiJson(user.into())))
}
