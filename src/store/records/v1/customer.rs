//! A customer (tenant) as v1 stores it, whole: users, subscriptions, service requests and its
//! relationships with partners.

use super::{Address, BadRecord, Cloud, Country, country_code, country_record};
use crate::domain::customer as domain;
use crate::domain::ids::{Domain, Email, PartnerId, ServiceRequestId, SubscriptionId, TenantId};
use crate::store::records::{Time, all, each, stored_enum};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub tenant_id: Uuid,
    pub company_name: String,
    pub primary_domain: String,
    pub country: Country,
    pub cloud: Cloud,
    pub address: Address,
    pub mca: Option<McaAcceptance>,
    pub ineligible: Option<Ineligibility>,
    pub users: Vec<CustomerUser>,
    pub subscriptions: Vec<Subscription>,
    pub services: Vec<String>,
    pub support_contacts: Vec<String>,
    pub service_requests: Vec<ServiceRequest>,
    pub relationships: Vec<PartnerRelationship>,
    pub admin: Option<AdminGrant>,
    pub support_duty: Option<u32>,
    pub version: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerUser {
    pub email: String,
    pub name: String,
    pub global_admin: bool,
    pub licences: Vec<u64>,
}

stored_enum! {
    SubscriptionStatus = domain::SubscriptionStatus { Active, Trial, Suspended, Expired }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: u64,
    pub offer: String,
    pub quantity: u32,
    pub assigned: u32,
    pub status: SubscriptionStatus,
    pub partner_of_record: Option<u32>,
    pub created_at: Time,
}

stored_enum! {
    Severity = domain::Severity { A, B, C }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRequest {
    pub id: u64,
    pub title: String,
    pub description: String,
    pub severity: Severity,
    pub opened_by: String,
    pub opened_at: Time,
    pub open: bool,
}

stored_enum! {
    RelationshipKind = domain::RelationshipKind { Reseller, IndirectReseller, Advisor }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRelationship {
    pub partner: u32,
    pub kind: RelationshipKind,
    pub since: Time,
}

/// Legacy delegated admin privileges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminGrant {
    pub partner: u32,
    pub since: Time,
    pub granted_by: String,
}

stored_enum! {
    Ineligibility = domain::Ineligibility { Syndication, Cpc }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct McaAcceptance {
    pub by: String,
    pub at: Time,
}

impl From<&domain::Customer> for Customer {
    fn from(c: &domain::Customer) -> Self {
        Customer {
            tenant_id: c.tenant_id.0,
            company_name: c.company_name.clone(),
            primary_domain: c.primary_domain.as_str().to_string(),
            country: country_record(c.country),
            cloud: c.cloud.into(),
            address: (&c.address).into(),
            mca: c.mca.as_ref().map(Into::into),
            ineligible: c.ineligible.map(Into::into),
            users: each(&c.users),
            subscriptions: each(&c.subscriptions),
            services: c.services.clone(),
            support_contacts: c.support_contacts.iter().map(|e| e.as_str().to_string()).collect(),
            service_requests: each(&c.service_requests),
            relationships: each(&c.relationships),
            admin: c.admin.as_ref().map(Into::into),
            support_duty: c.support_duty.map(|p| p.0),
            version: c.version,
        }
    }
}

impl TryFrom<Customer> for domain::Customer {
    type Error = BadRecord;
    fn try_from(c: Customer) -> Result<Self, BadRecord> {
        Ok(domain::Customer {
            tenant_id: TenantId(c.tenant_id),
            company_name: c.company_name,
            primary_domain: Domain(c.primary_domain),
            country: country_code(c.country)?,
            cloud: c.cloud.into(),
            address: c.address.into(),
            mca: c.mca.map(Into::into),
            ineligible: c.ineligible.map(Into::into),
            users: all(c.users)?,
            subscriptions: all(c.subscriptions)?,
            services: c.services,
            support_contacts: c.support_contacts.into_iter().map(Email).collect(),
            service_requests: all(c.service_requests)?,
            relationships: all(c.relationships)?,
            admin: c.admin.map(Into::into),
            support_duty: c.support_duty.map(PartnerId),
            version: c.version,
        })
    }
}

impl From<&domain::CustomerUser> for CustomerUser {
    fn from(u: &domain::CustomerUser) -> Self {
        CustomerUser {
            email: u.email.as_str().to_string(),
            name: u.name.clone(),
            global_admin: u.global_admin,
            licences: u.licences.iter().map(|s| s.0).collect(),
        }
    }
}

impl From<CustomerUser> for domain::CustomerUser {
    fn from(u: CustomerUser) -> Self {
        domain::CustomerUser {
            email: Email(u.email),
            name: u.name,
            global_admin: u.global_admin,
            licences: u.licences.into_iter().map(SubscriptionId).collect(),
        }
    }
}

impl From<&domain::Subscription> for Subscription {
    fn from(s: &domain::Subscription) -> Self {
        Subscription {
            id: s.id.0,
            offer: s.offer.clone(),
            quantity: s.quantity,
            assigned: s.assigned,
            status: s.status.into(),
            partner_of_record: s.partner_of_record.map(|p| p.0),
            created_at: s.created_at,
        }
    }
}

impl From<Subscription> for domain::Subscription {
    fn from(s: Subscription) -> Self {
        domain::Subscription {
            id: SubscriptionId(s.id),
            offer: s.offer,
            quantity: s.quantity,
            assigned: s.assigned,
            status: s.status.into(),
            partner_of_record: s.partner_of_record.map(PartnerId),
            created_at: s.created_at,
        }
    }
}

impl From<&domain::ServiceRequest> for ServiceRequest {
    fn from(r: &domain::ServiceRequest) -> Self {
        ServiceRequest {
            id: r.id.0,
            title: r.title.clone(),
            description: r.description.clone(),
            severity: r.severity.into(),
            opened_by: r.opened_by.as_str().to_string(),
            opened_at: r.opened_at,
            open: r.open,
        }
    }
}

impl From<ServiceRequest> for domain::ServiceRequest {
    fn from(r: ServiceRequest) -> Self {
        domain::ServiceRequest {
            id: ServiceRequestId(r.id),
            title: r.title,
            description: r.description,
            severity: r.severity.into(),
            opened_by: Email(r.opened_by),
            opened_at: r.opened_at,
            open: r.open,
        }
    }
}

impl From<&domain::PartnerRelationship> for PartnerRelationship {
    fn from(r: &domain::PartnerRelationship) -> Self {
        PartnerRelationship { partner: r.partner.0, kind: r.kind.into(), since: r.since }
    }
}

impl From<PartnerRelationship> for domain::PartnerRelationship {
    fn from(r: PartnerRelationship) -> Self {
        domain::PartnerRelationship { partner: PartnerId(r.partner), kind: r.kind.into(), since: r.since }
    }
}

impl From<&domain::AdminGrant> for AdminGrant {
    fn from(g: &domain::AdminGrant) -> Self {
        AdminGrant { partner: g.partner.0, since: g.since, granted_by: g.granted_by.as_str().to_string() }
    }
}

impl From<AdminGrant> for domain::AdminGrant {
    fn from(g: AdminGrant) -> Self {
        domain::AdminGrant { partner: PartnerId(g.partner), since: g.since, granted_by: Email(g.granted_by) }
    }
}

impl From<&domain::McaAcceptance> for McaAcceptance {
    fn from(m: &domain::McaAcceptance) -> Self {
        McaAcceptance { by: m.by.as_str().to_string(), at: m.at }
    }
}

impl From<McaAcceptance> for domain::McaAcceptance {
    fn from(m: McaAcceptance) -> Self {
        domain::McaAcceptance { by: Email(m.by), at: m.at }
    }
}
