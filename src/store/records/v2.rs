//! The shapes schema v2 introduced: the customer list row, kept beside each customer, now with
//! its folded text and keyed by its sort key (see `tables::CUSTOMER_ROWS`).

use super::v1::{Cloud, Country, country_code, country_record};
use super::{BadRecord, stored_enum};
use crate::domain::customer as domain;
use crate::domain::ids::{PartnerId, TenantId};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerRow {
    pub tenant_id: Uuid,
    pub name: String,
    pub domain: String,
    pub country: Country,
    pub cloud: Cloud,
    pub relationship: RelationshipSummary,
    pub admin: bool,
    pub listed: bool,
    pub subscriptions: u32,
    pub licences_assigned: u64,
    pub licences_total: u64,
    pub partners_of_record: Vec<u32>,
    pub folded: String,
}

stored_enum! {
    RelationshipSummary = domain::RelationshipSummary { None, Reseller, IndirectReseller, Advisor, ResellerAndAdvisor }
}

impl From<&domain::CustomerRow> for CustomerRow {
    fn from(r: &domain::CustomerRow) -> Self {
        CustomerRow {
            tenant_id: r.tenant_id.0,
            name: r.name.clone(),
            domain: r.domain.clone(),
            country: country_record(r.country),
            cloud: r.cloud.into(),
            relationship: r.relationship.into(),
            admin: r.admin,
            listed: r.listed,
            subscriptions: r.subscriptions,
            licences_assigned: r.licences_assigned,
            licences_total: r.licences_total,
            partners_of_record: r.partners_of_record.iter().map(|p| p.0).collect(),
            folded: r.folded.clone(),
        }
    }
}

impl TryFrom<CustomerRow> for domain::CustomerRow {
    type Error = BadRecord;
    fn try_from(r: CustomerRow) -> Result<Self, BadRecord> {
        Ok(domain::CustomerRow {
            tenant_id: TenantId(r.tenant_id),
            name: r.name,
            domain: r.domain,
            country: country_code(r.country)?,
            cloud: r.cloud.into(),
            relationship: r.relationship.into(),
            admin: r.admin,
            listed: r.listed,
            subscriptions: r.subscriptions,
            licences_assigned: r.licences_assigned,
            licences_total: r.licences_total,
            partners_of_record: r.partners_of_record.into_iter().map(PartnerId).collect(),
            folded: r.folded,
        })
    }
}
