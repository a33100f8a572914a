//! Microsoft Graph `GET /tenantRelationships/delegatedAdminRelationships` responses: granular
//! admin relationships, with their roles, duration, auto-extension, status and dates.

use super::apply::{Item, RelationshipFacts};
use super::partner_center::{parse_time, strip_bom};
use super::{Format, InvalidFile, Source};
use crate::domain::admin::{self, AdminRelationshipStatus, DirectoryRole};
use crate::domain::setup::tenant_id;
use crate::domain::validate;
use crate::t;
use serde::Deserialize;

#[derive(Deserialize)]
struct Response {
    value: Vec<Relationship>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Relationship {
    id: String,
    display_name: Option<String>,
    duration: Option<String>,
    customer: Option<Customer>,
    access_details: Option<AccessDetails>,
    status: Option<String>,
    auto_extend_duration: Option<String>,
    created_date_time: Option<String>,
    activated_date_time: Option<String>,
    end_date_time: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Customer {
    tenant_id: Option<String>,
    display_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccessDetails {
    unified_roles: Vec<UnifiedRole>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UnifiedRole {
    role_definition_id: String,
}

pub fn relationships(source: &Source) -> Result<Vec<(String, Item)>, InvalidFile> {
    let response: Response = serde_json::from_slice(strip_bom(&source.bytes))
        .map_err(|e| InvalidFile::json(&source.name, Format::Gdap, &e))?;
    Ok(response
        .value
        .into_iter()
        .enumerate()
        .map(|(i, r)| (t!("import-at-item", item = i + 1), relationship(r).unwrap_or_else(Item::Refused)))
        .collect())
}

fn relationship(r: Relationship) -> Result<Item, String> {
    if r.id.trim().is_empty() {
        return Err(t!("import-required", field = "id"));
    }
    let customer = r.customer.ok_or_else(|| t!("import-required", field = "customer"))?;
    let tenant =
        tenant_id(crate::domain::Input::Named("customer.tenantId"), customer.tenant_id.as_deref().unwrap_or_default())
            .map_err(|e| e.to_string())?;
    let name = admin::validate_name(r.display_name.as_deref().unwrap_or_default())
        .map_err(|e| t!("import-field", field = "displayName", why = e.msg.to_string()))?;
    let duration_days = days("duration", r.duration.as_deref().unwrap_or_default())?;
    if !(admin::MIN_DURATION_DAYS..=admin::MAX_DURATION_DAYS).contains(&duration_days) {
        return Err(t!(
            "import-duration-range",
            field = "duration",
            days = duration_days,
            min = admin::MIN_DURATION_DAYS,
            max = admin::MAX_DURATION_DAYS
        ));
    }
    let auto_extend = match r.auto_extend_duration.as_deref().map(|d| days("autoExtendDuration", d)).transpose()? {
        None | Some(0) => false,
        Some(days) if days == admin::AUTO_EXTEND_DAYS => true,
        Some(days) => {
            return Err(t!(
                "import-auto-extend",
                field = "autoExtendDuration",
                days = days,
                extends = admin::AUTO_EXTEND_DAYS
            ));
        }
    };
    let mut roles = Vec::new();
    for role in r.access_details.map(|a| a.unified_roles).unwrap_or_default() {
        let id = role.role_definition_id.trim().to_ascii_lowercase();
        let known = DirectoryRole::from_reported_id(&id)
            .ok_or_else(|| t!("import-role-id", field = "roleDefinitionId", value = validate::clip(&id).to_string()))?;
        if !roles.contains(&known) {
            roles.push(known);
        }
    }
    if roles.is_empty() {
        return Err(t!("import-no-roles", field = "accessDetails.unifiedRoles"));
    }
    let status = status(r.status.as_deref().unwrap_or_default())?;
    let time = |field: &str, value: Option<String>| {
        value
            .filter(|v| !v.trim().is_empty())
            .map(|v| parse_time(&v))
            .transpose()
            .map_err(|e| t!("import-field", field = field, why = e))
    };
    Ok(Item::Relationship(RelationshipFacts {
        external_id: r.id.trim().to_string(),
        customer: tenant,
        customer_name: customer.display_name.filter(|n| !n.trim().is_empty()),
        name,
        roles,
        duration_days,
        auto_extend,
        status,
        created_at: time("createdDateTime", r.created_date_time)?,
        activated_at: time("activatedDateTime", r.activated_date_time)?,
        ends_at: time("endDateTime", r.end_date_time)?,
    }))
}

/// Graph's statuses onto the book's: `approved` and `activating` are moments on the way to
/// `active`; `expiring` is derived from the end date here; `terminating` is on its way out.
fn status(text: &str) -> Result<AdminRelationshipStatus, String> {
    use AdminRelationshipStatus::*;
    Ok(match text.trim() {
        "created" => Created,
        "approvalPending" => ApprovalPending,
        "approved" | "activating" | "active" | "expiring" => Active,
        "expired" => Expired,
        "terminationRequested" => TerminationRequested,
        "terminating" | "terminated" => Terminated,
        other => return Err(t!("import-graph-status", field = "status", value = validate::clip(other).to_string())),
    })
}

/// An ISO 8601 duration in whole days, as Graph writes them (`P730D`, `P2Y`, `P180D`, `PT0S`).
/// A year counts 365 days, as Graph's own `P2Y` = 730 days.
pub fn days(field: &str, text: &str) -> Result<u32, String> {
    let bad = || t!("import-duration-iso", field = field, value = validate::clip(text).to_string());
    let t = text.trim().to_ascii_uppercase();
    let body = t.strip_prefix('P').ok_or_else(bad)?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    if !time.chars().all(|c| c.is_ascii_digit() || matches!(c, 'H' | 'M' | 'S')) {
        return Err(bad());
    }
    if time.chars().any(|c| matches!(c, '1'..='9')) {
        return Err(t!("import-duration-whole-days", field = field, value = validate::clip(text).to_string()));
    }
    let mut total: u64 = 0;
    let mut number = String::new();
    for c in date.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u64 = number.parse().map_err(|_| bad())?;
        number.clear();
        total += n * match c {
            'Y' => 365,
            'W' => 7,
            'D' => 1,
            _ => return Err(bad()),
        };
    }
    if !number.is_empty() || (date.is_empty() && time.is_empty()) {
        return Err(bad());
    }
    u32::try_from(total).map_err(|_| bad())
}
