//! Customers (tenants): their users, subscriptions, service requests and their relationships
//! with partners, and the compact list row kept beside each full record.

use super::Timestamp;
use super::country::{Cloud, CountryCode};
use super::ids::{Domain, Email, PartnerId, ServiceRequestId, SubscriptionId, TenantId};
use super::org::Address;
use crate::domain::Input;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerUser {
    pub email: Email,
    pub name: String,
    pub global_admin: bool,
    /// Subscriptions whose licences are assigned to this user.
    pub licences: Vec<SubscriptionId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Active,
    Trial,
    Suspended,
    Expired,
}

impl SubscriptionStatus {
    /// Active and trial subscriptions block removing a reseller relationship.
    pub fn is_live(self) -> bool {
        matches!(self, SubscriptionStatus::Active | SubscriptionStatus::Trial)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: SubscriptionId,
    pub offer: String,
    pub quantity: u32,
    pub assigned: u32,
    pub status: SubscriptionStatus,
    pub partner_of_record: Option<PartnerId>,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    A,
    B,
    C,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRequest {
    pub id: ServiceRequestId,
    pub title: String,
    pub description: String,
    pub severity: Severity,
    pub opened_by: Email,
    pub opened_at: Timestamp,
    pub open: bool,
}

/// The kinds of relationship a partner can have with a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipKind {
    Reseller,
    IndirectReseller,
    Advisor,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRelationship {
    pub partner: PartnerId,
    pub kind: RelationshipKind,
    pub since: Timestamp,
}

/// Legacy delegated admin privileges: all-or-nothing, one partner at a time (rule 8), which
/// is why a customer holds an `Option` of it and never a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminGrant {
    pub partner: PartnerId,
    pub since: Timestamp,
    pub granted_by: Email,
}

/// Why a tenant may not accept a reseller invitation (rule 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ineligibility {
    Syndication,
    Cpc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct McaAcceptance {
    pub by: Email,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub tenant_id: TenantId,
    pub company_name: String,
    pub primary_domain: Domain,
    pub country: CountryCode,
    pub cloud: Cloud,
    pub address: Address,
    pub mca: Option<McaAcceptance>,
    pub ineligible: Option<Ineligibility>,
    pub users: Vec<CustomerUser>,
    pub subscriptions: Vec<Subscription>,
    pub services: Vec<String>,
    pub support_contacts: Vec<Email>,
    pub service_requests: Vec<ServiceRequest>,
    pub relationships: Vec<PartnerRelationship>,
    pub admin: Option<AdminGrant>,
    /// Set when a customer removed or reassigned this partner's admin privileges: the partner
    /// stays responsible for support (rule 9) until the agreement is renegotiated.
    pub support_duty: Option<PartnerId>,
    pub version: u64,
}

impl Customer {
    pub fn relationships_with(&self, partner: PartnerId) -> impl Iterator<Item = RelationshipKind> + '_ {
        self.relationships.iter().filter(move |r| r.partner == partner).map(|r| r.kind)
    }

    pub fn holds_admin(&self, partner: PartnerId) -> bool {
        self.admin.as_ref().is_some_and(|a| a.partner == partner)
    }

    /// The partner appears on its customer list for every kind of relationship, admin
    /// privileges alone included (operators complain of tenants that never show up).
    pub fn is_customer_of(&self, partner: PartnerId) -> bool {
        self.relationships_with(partner).next().is_some() || self.holds_admin(partner)
    }

    /// Rule 9 (seeds 000, 004, the Cloud Reseller agreement): the partner responsible for support
    /// when admin privileges are not with it — the customer's reseller, never an advisor nor the
    /// partner that holds (or just gained) the admin privileges. `None` when the reseller holds
    /// them itself, or there is no reseller.
    pub fn support_duty_now(&self) -> Option<PartnerId> {
        let reseller = self
            .relationships
            .iter()
            .find(|r| matches!(r.kind, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
            .map(|r| r.partner)?;
        (!self.holds_admin(reseller)).then_some(reseller)
    }

    pub fn user(&self, email: &Email) -> Option<&CustomerUser> {
        self.users.iter().find(|u| &u.email == email)
    }

    /// Adds a subscription and the services it brings (each service once).
    pub fn add_subscription(&mut self, subscription: Subscription, services: &[String]) {
        self.subscriptions.push(subscription);
        for service in services {
            if !self.services.contains(service) {
                self.services.push(service.clone());
            }
        }
    }

    pub fn licences(&self) -> (u64, u64) {
        self.subscriptions.iter().fold((0, 0), |(a, q), s| (a + u64::from(s.assigned), q + u64::from(s.quantity)))
    }

    /// The compact row the customer list shows, from `partner`'s point of view.
    pub fn row(&self, partner: PartnerId) -> CustomerRow {
        self.row_folded(partner, super::search::fold(&format!("{} {}", self.company_name, self.primary_domain)))
    }

    /// The row of this record after a change from `before`, whose row is `before_row`: the
    /// folded search text (the costly part) is reused when the name and domain are the same.
    pub fn row_after(&self, before: &Customer, before_row: &CustomerRow, partner: PartnerId) -> CustomerRow {
        if self.company_name == before.company_name && self.primary_domain == before.primary_domain {
            self.row_folded(partner, before_row.folded.clone())
        } else {
            self.row(partner)
        }
    }

    fn row_folded(&self, partner: PartnerId, folded: String) -> CustomerRow {
        let mut kinds: Vec<RelationshipKind> = self.relationships_with(partner).collect();
        kinds.sort();
        kinds.dedup();
        let (assigned, quantity) = self.licences();
        CustomerRow {
            tenant_id: self.tenant_id,
            name: self.company_name.clone(),
            domain: self.primary_domain.as_str().to_string(),
            country: self.country,
            cloud: self.cloud,
            relationship: RelationshipSummary::from_kinds(&kinds),
            admin: self.holds_admin(partner),
            listed: self.is_customer_of(partner),
            subscriptions: self.subscriptions.len() as u32,
            licences_assigned: assigned,
            licences_total: quantity,
            folded,
            partners_of_record: {
                let mut ids: Vec<PartnerId> = self.subscriptions.iter().filter_map(|s| s.partner_of_record).collect();
                ids.sort();
                ids.dedup();
                ids
            },
        }
    }
}

/// What the list says of a customer's relationship with the partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipSummary {
    None,
    Reseller,
    IndirectReseller,
    Advisor,
    ResellerAndAdvisor,
}

impl RelationshipSummary {
    pub fn from_kinds(kinds: &[RelationshipKind]) -> Self {
        let reseller = kinds.contains(&RelationshipKind::Reseller);
        let indirect = kinds.contains(&RelationshipKind::IndirectReseller);
        let advisor = kinds.contains(&RelationshipKind::Advisor);
        match (reseller || indirect, advisor) {
            (true, true) => RelationshipSummary::ResellerAndAdvisor,
            (true, false) if indirect && !reseller => RelationshipSummary::IndirectReseller,
            (true, false) => RelationshipSummary::Reseller,
            (false, true) => RelationshipSummary::Advisor,
            (false, false) => RelationshipSummary::None,
        }
    }
}

/// One line of the customer list, kept in the store beside the full record so the list can
/// be shown without reading (or decoding) full records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerRow {
    pub tenant_id: TenantId,
    pub name: String,
    pub domain: String,
    pub country: CountryCode,
    pub cloud: Cloud,
    pub relationship: RelationshipSummary,
    pub admin: bool,
    /// On the partner's customer list (any relationship or admin privileges); prospects are not.
    pub listed: bool,
    pub subscriptions: u32,
    pub licences_assigned: u64,
    pub licences_total: u64,
    /// The partners of record of its subscriptions, each once.
    pub partners_of_record: Vec<PartnerId>,
    /// Name and domain folded for filtering (see `search::fold`), computed when written so
    /// that opening the list folds nothing.
    pub folded: String,
}

impl CustomerRow {
    /// The key the list is stored under: name order, tenant id to break ties.
    pub fn sort_key(&self) -> Vec<u8> {
        let mut key = self.folded.as_bytes().to_vec();
        key.push(0);
        key.extend_from_slice(&self.tenant_id.as_u128().to_be_bytes());
        key
    }
}

/// What the operator types to invite a prospective customer.
#[derive(Debug, Clone, Default)]
pub struct ProspectInput {
    pub company: String,
    pub contact: String,
    pub country: String,
    pub cloud: Option<Cloud>,
    /// The tenant's initial domain; empty to derive it from the contact's email domain.
    pub domain: String,
}

/// A prospect is recorded as a tenant with no relationship yet, its contact as its Global
/// admin, so that acceptance works the same for prospects and existing tenants.
pub fn prospect(input: &ProspectInput, tenant_id: TenantId) -> Result<Customer, super::Refusal> {
    use super::validate;
    let company_name = validate::line(Input::Company, &input.company)?;
    let contact = validate::email(Input::ContactEmail, &input.contact)?;
    let country = validate::country(Input::Country, &input.country)?;
    let cloud = input.cloud.ok_or_else(|| super::Refusal::on(Input::Cloud, super::msg::InputMsg::Required))?;
    let domain_text = if input.domain.trim().is_empty() {
        let label = contact.domain().split('.').next().unwrap_or_default();
        label.chars().filter(char::is_ascii_alphanumeric).take(validate::MAX_INITIAL_DOMAIN_NAME).collect()
    } else {
        input.domain.clone()
    };
    let primary_domain = validate::initial_domain(Input::Domain, &domain_text, cloud.initial_domain_suffix())?;
    let name = contact.as_str().split('@').next().unwrap_or_default().to_string();
    let admin = CustomerUser { email: contact, name, global_admin: true, licences: vec![] };
    Ok(Customer::new_tenant(tenant_id, company_name, primary_domain, country, cloud, Some(admin)))
}

impl Customer {
    /// A tenant just made: its first user, if known, is its Global admin, and nothing else is
    /// there yet.
    pub fn new_tenant(
        tenant_id: TenantId,
        company_name: String,
        primary_domain: Domain,
        country: CountryCode,
        cloud: Cloud,
        admin: Option<CustomerUser>,
    ) -> Customer {
        Customer {
            tenant_id,
            company_name,
            primary_domain,
            country,
            cloud,
            address: Address::default(),
            mca: None,
            ineligible: None,
            users: admin.into_iter().collect(),
            subscriptions: vec![],
            services: vec![],
            support_contacts: vec![],
            service_requests: vec![],
            relationships: vec![],
            admin: None,
            support_duty: None,
            version: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate;
    use chrono::TimeZone;
    use uuid::Uuid;

    pub(crate) fn sample(partner: PartnerId) -> Customer {
        let at = chrono::Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        Customer {
            tenant_id: TenantId(Uuid::from_u128(7)),
            company_name: "Công ty TNHH Minh Phát".into(),
            primary_domain: validate::domain(Input::Domain, "minhphat.onmicrosoft.com").unwrap(),
            country: CountryCode::parse("VN").unwrap(),
            cloud: Cloud::Public,
            address: Address::default(),
            mca: None,
            ineligible: None,
            users: vec![],
            subscriptions: vec![Subscription {
                id: SubscriptionId(1),
                offer: "Microsoft 365 Business Basic".into(),
                quantity: 10,
                assigned: 7,
                status: SubscriptionStatus::Active,
                partner_of_record: Some(partner),
                created_at: at,
            }],
            services: vec![],
            support_contacts: vec![],
            service_requests: vec![],
            relationships: vec![PartnerRelationship { partner, kind: RelationshipKind::Advisor, since: at }],
            admin: None,
            support_duty: None,
            version: 1,
        }
    }

    #[test]
    fn customer_list_shows_every_kind_of_relationship_including_admin_only() {
        let us = PartnerId(4_512_345);
        let mut c = sample(us);
        assert!(c.is_customer_of(us));
        c.relationships.clear();
        assert!(!c.is_customer_of(us), "a prospect is not on the list");
        c.admin = Some(AdminGrant {
            partner: us,
            since: c.subscriptions[0].created_at,
            granted_by: validate::email(Input::Email, "a@b.com").unwrap(),
        });
        assert!(c.is_customer_of(us), "admin privileges alone put a tenant on the list");
        assert!(c.row(us).admin);
    }

    #[test]
    fn a_prospect_is_a_tenant_without_relationship_with_its_contact_as_global_admin() {
        let input = ProspectInput {
            company: "Công ty Hải Đăng".into(),
            contact: "Lan@HaiDang.vn".into(),
            country: "vn".into(),
            cloud: Some(Cloud::Public),
            domain: String::new(),
        };
        let p = prospect(&input, TenantId(Uuid::from_u128(9))).unwrap();
        assert_eq!(p.primary_domain.as_str(), "haidang.onmicrosoft.com");
        assert!(p.users[0].global_admin);
        assert_eq!(p.users[0].email.as_str(), "lan@haidang.vn");
        assert!(!p.is_customer_of(PartnerId(4_512_345)));
        let china = ProspectInput { cloud: Some(Cloud::China21Vianet), country: "CN".into(), ..input.clone() };
        assert_eq!(
            prospect(&china, TenantId(Uuid::from_u128(9))).unwrap().primary_domain.as_str(),
            "haidang.partner.onmschina.cn"
        );
        for (bad, field) in [
            (ProspectInput { company: " ".into(), ..input.clone() }, Input::Company),
            (ProspectInput { contact: "lan".into(), ..input.clone() }, Input::ContactEmail),
            (ProspectInput { country: "Vietnam".into(), ..input.clone() }, Input::Country),
            (ProspectInput { cloud: None, ..input.clone() }, Input::Cloud),
            (ProspectInput { domain: "hai-dang".into(), ..input.clone() }, Input::Domain),
        ] {
            assert_eq!(prospect(&bad, TenantId(Uuid::from_u128(9))).unwrap_err().input, Some(field));
        }
    }

    #[test]
    fn rule_9_support_stays_with_the_reseller_never_an_advisor_nor_the_new_admin_holder() {
        let us = PartnerId(4_512_345);
        let other = PartnerId(5_120_044);
        let at = chrono::Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let by = validate::email(Input::Email, "a@b.com").unwrap();
        let mut c = sample(us);
        c.admin = Some(AdminGrant { partner: other, since: at, granted_by: by.clone() });
        assert_eq!(c.support_duty_now(), None, "an advisor owes no support");
        c.relationships.push(PartnerRelationship { partner: other, kind: RelationshipKind::Reseller, since: at });
        assert_eq!(c.support_duty_now(), None, "the reseller holds admin itself");
        c.admin = Some(AdminGrant { partner: us, since: at, granted_by: by });
        assert_eq!(c.support_duty_now(), Some(other), "admin moved to the advisor: the reseller keeps support");
        c.admin = None;
        assert_eq!(c.support_duty_now(), Some(other));
    }

    #[test]
    fn row_summarises_relationships_and_licences() {
        let us = PartnerId(4_512_345);
        let c = sample(us);
        let row = c.row(us);
        assert_eq!(row.relationship, RelationshipSummary::Advisor);
        assert_eq!((row.licences_assigned, row.licences_total), (7, 10));
        assert!(!c.row(PartnerId(999_999)).listed);
    }

    #[test]
    fn the_row_after_a_change_is_the_row_of_the_changed_record() {
        let us = PartnerId(4_512_345);
        let before = sample(us);
        let before_row = before.row(us);
        let mut contacts = before.clone();
        contacts.support_contacts.clear();
        assert_eq!(contacts.row_after(&before, &before_row, us), contacts.row(us), "search text reused");
        let mut renamed = before.clone();
        renamed.company_name = "Công ty Đổi Tên".into();
        assert_eq!(renamed.row_after(&before, &before_row, us), renamed.row(us), "search text folded again");
        assert_ne!(renamed.row(us).folded, before_row.folded);
    }
}
