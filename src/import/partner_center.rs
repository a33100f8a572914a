//! Partner Center REST responses: `GET /v1/customers` (a page of customers, several pages in an
//! array, or one customer from `GET /v1/customers/{id}`) and
//! `GET /v1/customers/{id}/subscriptions`. Field names as Microsoft publishes them; fields
//! partnerdesk does not keep (attributes, links other than `self`, billing details) are read
//! past.

use super::apply::{CustomerFacts, CustomerRef, Item, SubscriptionFacts};
use super::{Format, InvalidFile, Source};
use crate::domain::Input;
use crate::domain::country::CountryCode;
use crate::domain::customer::{Ineligibility, RelationshipKind, SubscriptionStatus};
use crate::domain::org::{Address, PartnerOrganization, ResellerKind};
use crate::domain::setup::tenant_id;
use crate::domain::{Timestamp, validate};
use crate::t;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(untagged)]
enum CustomersDoc {
    Page(CustomerPage),
    Pages(Vec<CustomerPage>),
    One(Box<PcCustomer>),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CustomerPage {
    items: Vec<PcCustomer>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PcCustomer {
    id: Option<String>,
    company_profile: CompanyProfile,
    billing_profile: Option<BillingProfile>,
    relationship_to_partner: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CompanyProfile {
    tenant_id: Option<String>,
    domain: Option<String>,
    company_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct BillingProfile {
    company_name: Option<String>,
    default_address: Option<PcAddress>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PcAddress {
    country: Option<String>,
    city: Option<String>,
    address_line1: Option<String>,
    postal_code: Option<String>,
}

/// Parses the whole file (refused whole when it is not a customers response), then maps each
/// customer, refusing those whose values the book cannot keep.
pub fn customers(source: &Source, org: &PartnerOrganization) -> Result<Vec<(String, Item)>, InvalidFile> {
    let doc: CustomersDoc = serde_json::from_slice(strip_bom(&source.bytes))
        .map_err(|e| InvalidFile::json(&source.name, Format::PcCustomers, &e))
        .map_err(|e| not_customers(e, &source.bytes))?;
    let items = match doc {
        CustomersDoc::Page(page) => page.items,
        CustomersDoc::Pages(pages) => pages.into_iter().flat_map(|p| p.items).collect(),
        CustomersDoc::One(one) => vec![*one],
    };
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(i, c)| (t!("import-at-item", item = i + 1), customer(c, org).unwrap_or_else(Item::Refused)))
        .collect())
}

/// serde's "did not match any variant" says nothing: name what a customers response holds.
fn not_customers(mut e: InvalidFile, bytes: &[u8]) -> InvalidFile {
    if e.reason.contains("did not match any variant") {
        let shape = r#"{"totalCount", "items": [{"id", "companyProfile": {"tenantId", "domain", "companyName"}, …}]}"#;
        e.reason = t!("import-not-customers", shape = shape);
        // The untagged parse cannot say where: the first error of the page shape can.
        if let Err(inner) = serde_json::from_slice::<CustomerPage>(strip_bom(bytes)) {
            e.at = Some(t!("import-at-line-column", line = inner.line(), column = inner.column()));
            let why = inner.to_string().split(" at line ").next().unwrap_or_default().to_string();
            e.reason = t!("import-not-customers-because", shape = shape, why = why);
        }
    }
    e
}

pub(super) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

fn customer(c: PcCustomer, org: &PartnerOrganization) -> Result<Item, String> {
    let profile = c.company_profile;
    let raw_tenant = profile.tenant_id.or(c.id).unwrap_or_default();
    let tenant =
        tenant_id(crate::domain::Input::Named("companyProfile.tenantId"), &raw_tenant).map_err(|r| r.to_string())?;
    let billing = c.billing_profile;
    let company = profile.company_name.or_else(|| billing.as_ref().and_then(|b| b.company_name.clone()));
    let company = validate::line(Input::Named("companyProfile.companyName"), company.as_deref().unwrap_or_default())
        .map_err(|r| r.to_string())?;
    let domain = validate::domain(Input::Named("companyProfile.domain"), profile.domain.as_deref().unwrap_or_default())
        .map_err(|r| r.to_string())?;
    let address = billing.and_then(|b| b.default_address);
    let country = match address.as_ref().and_then(|a| a.country.as_deref()).filter(|c| !c.trim().is_empty()) {
        Some(code) => Some(CountryCode::parse(code).ok_or_else(|| {
            t!(
                "import-country-iso",
                field = "billingProfile.defaultAddress.country",
                value = validate::clip(code).to_string()
            )
        })?),
        None => None,
    };
    let address = address.map(|a| Address {
        line1: a.address_line1.unwrap_or_default(),
        city: a.city.unwrap_or_default(),
        postal_code: a.postal_code.unwrap_or_default(),
    });
    let reseller = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { .. }) => RelationshipKind::IndirectReseller,
        _ => RelationshipKind::Reseller,
    };
    // Partner Center writes `microsoft_support` in its docs and `microsoftSupport` in its SDKs.
    let normalized = c.relationship_to_partner.unwrap_or_default().to_ascii_lowercase().replace('_', "");
    let (relationship, ineligible) = match normalized.as_str() {
        "reseller" => (Some(reseller), None),
        "advisor" => (Some(RelationshipKind::Advisor), None),
        "syndication" => (None, Some(Ineligibility::Syndication)),
        "" | "none" | "microsoftsupport" | "unknown" => (None, None),
        other => {
            return Err(t!(
                "import-pc-relationship",
                field = "relationshipToPartner",
                value = validate::clip(other).to_string()
            ));
        }
    };
    Ok(Item::Customer(CustomerFacts {
        tenant_id: tenant,
        company,
        domain,
        country,
        cloud: None,
        address,
        relationship,
        ineligible,
        admin: None,
    }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SubscriptionPage {
    items: Vec<PcSubscription>,
    links: Option<Links>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PcSubscription {
    id: String,
    offer_id: Option<String>,
    offer_name: Option<String>,
    friendly_name: Option<String>,
    quantity: Option<i64>,
    status: Option<String>,
    creation_date: Option<String>,
    partner_id: Option<String>,
    is_trial: Option<bool>,
    links: Option<Links>,
}

#[derive(Deserialize)]
struct Links {
    #[serde(rename = "self")]
    this: Option<Link>,
}

#[derive(Deserialize)]
struct Link {
    uri: Option<String>,
}

/// The customer a `…/customers/{id}/subscriptions…` link names.
fn customer_in_link(links: Option<&Links>) -> Option<String> {
    let uri = links?.this.as_ref()?.uri.as_deref()?;
    let lower = uri.to_ascii_lowercase();
    let start = lower.find("/customers/")? + "/customers/".len();
    let rest = &uri[start..];
    Some(rest.split(['/', '?']).next().unwrap_or_default().to_string()).filter(|s| !s.is_empty())
}

pub fn subscriptions(source: &Source, customer: Option<&str>) -> Result<Vec<(String, Item)>, InvalidFile> {
    let page: SubscriptionPage = serde_json::from_slice(strip_bom(&source.bytes))
        .map_err(|e| InvalidFile::json(&source.name, Format::PcSubscriptions, &e))?;
    let from_page = customer_in_link(page.links.as_ref());
    Ok(page
        .items
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let named =
                customer.map(str::to_string).or_else(|| customer_in_link(s.links.as_ref())).or(from_page.clone());
            (t!("import-at-item", item = i + 1), subscription(s, named).unwrap_or_else(Item::Refused))
        })
        .collect())
}

fn subscription(s: PcSubscription, customer: Option<String>) -> Result<Item, String> {
    let customer = customer.ok_or_else(|| t!("import-no-customer"))?;
    let customer = match uuid::Uuid::parse_str(customer.trim()) {
        Ok(id) => CustomerRef::Tenant(crate::domain::ids::TenantId(id)),
        Err(_) => CustomerRef::Domain(customer.trim().to_ascii_lowercase()),
    };
    if s.id.trim().is_empty() {
        return Err(t!("import-required", field = "id"));
    }
    let offer =
        [s.offer_name, s.friendly_name, s.offer_id].into_iter().flatten().find(|o| !o.trim().is_empty()).ok_or_else(
            || t!("import-offer-required", field = "offerName", or = "friendlyName", or_else = "offerId"),
        )?;
    let offer = validate::line(Input::Named("offerName"), &offer).map_err(|r| r.to_string())?;
    let quantity = s.quantity.ok_or_else(|| t!("import-required", field = "quantity"))?;
    let quantity = u32::try_from(quantity).ok().filter(|q| *q <= validate::MAX_LICENCES).ok_or_else(|| {
        t!("import-quantity", field = "quantity", quantity = quantity.to_string(), max = validate::MAX_LICENCES)
    })?;
    let status = match s.status.as_deref().unwrap_or_default().to_ascii_lowercase().as_str() {
        "active" if s.is_trial == Some(true) => SubscriptionStatus::Trial,
        "active" => SubscriptionStatus::Active,
        "suspended" | "disabled" => SubscriptionStatus::Suspended,
        "deleted" | "expired" => SubscriptionStatus::Expired,
        other => {
            return Err(t!("import-pc-status", field = "status", value = validate::clip(other).to_string()));
        }
    };
    let created_at = s
        .creation_date
        .as_deref()
        .map(parse_time)
        .transpose()
        .map_err(|e| t!("import-field", field = "creationDate", why = e))?;
    let partner_of_record = match s.partner_id.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(validate::partner_id(Input::Named("partnerId"), p).map_err(|r| r.to_string())?),
        None => None,
    };
    Ok(Item::Subscription(SubscriptionFacts {
        customer,
        external_id: s.id.trim().to_string(),
        offer,
        quantity,
        status,
        created_at,
        partner_of_record,
    }))
}

/// An RFC 3339 instant as Microsoft writes them (any number of fraction digits, `Z` or offset).
pub(super) fn parse_time(text: &str) -> Result<Timestamp, String> {
    chrono::DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.to_utc())
        .map_err(|_| t!("import-not-rfc3339", value = validate::clip(text).to_string()))
}
