//! The partner's own company profile, the partner directory with "Check ID", partners of
//! record per subscription (rule 10) and what a customer may do with its partners (rule 11).

use super::country::{Cloud, CountryCode};
use super::customer::{Customer, RelationshipKind};
use super::ids::{PartnerId, SubscriptionId, TenantId};
use super::msg::{FixedSetting, InputMsg, PartnerMsg};
use super::org::{Address, DirectoryKind, DirectoryPartner, PartnerOrganization, ResellerKind};
use super::permission::{self, Actor, Operation};
use super::setup::{self, ResellerChoice};
use super::{Msg, Refusal, validate};
use crate::domain::Input;

/// The partner a valid, known partner id names, with what "Check ID" shows before Submit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckedPartner {
    pub partner_id: PartnerId,
    pub name: String,
    /// `None`: a partner authorized neither as reseller nor as advisor.
    pub kind: Option<DirectoryKind>,
    pub country: CountryCode,
    pub cloud: Cloud,
}

impl CheckedPartner {
    fn of_org(org: &PartnerOrganization) -> Self {
        let kind = match org.authorizations.reseller {
            Some(ResellerKind::Direct) => Some(DirectoryKind::DirectReseller),
            Some(ResellerKind::Indirect { .. }) => Some(DirectoryKind::IndirectReseller),
            None => org.authorizations.advisor.then_some(DirectoryKind::Advisor),
        };
        CheckedPartner {
            partner_id: org.partner_id,
            name: org.name.clone(),
            kind,
            country: org.country,
            cloud: org.cloud,
        }
    }

    fn of_directory(p: &DirectoryPartner) -> Self {
        CheckedPartner {
            partner_id: p.partner_id,
            name: p.name.clone(),
            kind: Some(p.kind),
            country: p.country,
            cloud: p.cloud,
        }
    }
}

/// "Check ID": the id is well formed and known to the book (our own, or in the directory).
/// An unknown id is refused with the offer to add it to the directory.
pub fn check_id(
    raw: &str,
    org: &PartnerOrganization,
    directory: &[DirectoryPartner],
) -> Result<CheckedPartner, Refusal> {
    let id = validate::partner_id(Input::PartnerId, raw)?;
    if id == org.partner_id {
        return Ok(CheckedPartner::of_org(org));
    }
    match directory.iter().find(|p| p.partner_id == id) {
        Some(p) => Ok(CheckedPartner::of_directory(p)),
        None => Err(Refusal::on(Input::PartnerId, PartnerMsg::UnknownId { id })),
    }
}

/// Rule 10, "Check ID" as the customer runs it: the id names a known partner that can be
/// partner of record of `customer`'s subscriptions — a reseller or an advisor, in the customer's
/// cloud. The customer cannot add partners to the book, so an unknown id is refused without
/// the partner's offer to add it.
pub fn check_partner_of_record(
    raw: &str,
    org: &PartnerOrganization,
    directory: &[DirectoryPartner],
    customer: &Customer,
) -> Result<CheckedPartner, Refusal> {
    let found = check_id(raw, org, directory).map_err(|refusal| match refusal.msg {
        Msg::Partner(PartnerMsg::UnknownId { id }) => {
            Refusal::on(Input::PartnerId, PartnerMsg::UnknownToCustomer { id })
        }
        _ => refusal,
    })?;
    match found.kind {
        Some(DirectoryKind::DirectReseller | DirectoryKind::IndirectReseller | DirectoryKind::Advisor) => {}
        kind => {
            return Err(Refusal::on(Input::PartnerId, PartnerMsg::CannotBePartnerOfRecord { name: found.name, kind }));
        }
    }
    if found.cloud != customer.cloud {
        return Err(Refusal::on(
            Input::PartnerId,
            PartnerMsg::PartnerInOtherCloud { name: found.name, cloud: found.cloud, customer_cloud: customer.cloud },
        ));
    }
    Ok(found)
}

/// What the Global admin may change of the company profile.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub name: String,
    pub partner_id: String,
    pub line1: String,
    pub city: String,
    pub postal_code: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    /// What Microsoft has authorized the partner for, as recorded here: advisor (rule 12)
    /// and certified for delegated administration.
    pub advisor: bool,
    pub delegated_admin_certified: bool,
    /// The cloud and how the partner resells (`None`: unchanged). They decide the rules of
    /// every relationship, so they are fixed once the book has customers.
    pub cloud: Option<Cloud>,
    pub reseller: Option<ResellerChoice>,
    /// The indirect provider's tenant GUID (indirect resellers only).
    pub provider_tenant: String,
}

/// The Global admin edits the company profile. The partner id, the cloud and the reseller type
/// are fixed while the book has customers: every relationship, grant and partner of record
/// names the id, and the cloud and reseller type decided each relationship's rules and links.
pub fn edit_profile(
    actor: &Actor,
    org: &PartnerOrganization,
    input: &ProfileInput,
    has_customers: bool,
) -> Result<PartnerOrganization, Refusal> {
    permission::check(actor, Operation::EditCompanyProfile, None)?;
    let optional = |field: Input, raw: &str| -> Result<String, Refusal> {
        if raw.trim().is_empty() { Ok(String::new()) } else { validate::line(field, raw) }
    };
    let mut o = org.clone();
    o.name = validate::line(Input::Name, &input.name)?;
    o.partner_id = validate::partner_id(Input::PartnerId, &input.partner_id)?;
    o.address = Address {
        line1: optional(Input::Address, &input.line1)?,
        city: optional(Input::City, &input.city)?,
        postal_code: optional(Input::PostalCode, &input.postal_code)?,
    };
    o.email = validate::email(Input::Email, &input.email)?;
    // Optional, as at setup; when given, a real number.
    o.phone = if input.phone.trim().is_empty() { String::new() } else { validate::phone(Input::Phone, &input.phone)? };
    o.country = validate::country(Input::Country, &input.country)?;
    o.authorizations.advisor = input.advisor;
    o.authorizations.delegated_admin_certified = input.delegated_admin_certified;
    if let Some(cloud) = input.cloud {
        o.cloud = cloud;
    }
    if let Some(choice) = input.reseller {
        let keeps_provider = match (choice, org.authorizations.reseller) {
            (ResellerChoice::Indirect, Some(ResellerKind::Indirect { provider_tenant }))
                if input.provider_tenant.trim().is_empty() =>
            {
                Some(ResellerKind::Indirect { provider_tenant })
            }
            _ => None,
        };
        o.authorizations.reseller = match keeps_provider {
            Some(kind) => Some(kind),
            None => setup::reseller_kind(choice, &input.provider_tenant)?,
        };
    }
    if has_customers {
        let fixed = [
            (Input::PartnerId, o.partner_id != org.partner_id, FixedSetting::PartnerId),
            (Input::Cloud, o.cloud != org.cloud, FixedSetting::Cloud),
            (Input::Reseller, o.authorizations.reseller != org.authorizations.reseller, FixedSetting::Reseller),
        ];
        if let Some((field, _, setting)) = fixed.into_iter().find(|(_, changed, _)| *changed) {
            return Err(Refusal::on(field, PartnerMsg::FixedWhileCustomers { setting }));
        }
    }
    Ok(o)
}

/// A partner added to the directory: its id well formed and not there yet.
#[derive(Debug, Clone, Default)]
pub struct DirectoryInput {
    pub partner_id: String,
    pub name: String,
    pub country: String,
    pub cloud: Option<Cloud>,
    pub kind: Option<DirectoryKind>,
    /// Its contact details as its customers see them (each may be left empty).
    pub contact: super::partner_contact::ContactInput,
}

pub fn directory_partner(
    actor: &Actor,
    org: &PartnerOrganization,
    directory: &[DirectoryPartner],
    input: &DirectoryInput,
    editing: Option<&DirectoryPartner>,
    tenant_id: TenantId,
) -> Result<DirectoryPartner, Refusal> {
    permission::check(actor, Operation::ManageDirectory, None)?;
    let partner_id = validate::partner_id(Input::PartnerId, &input.partner_id)?;
    if partner_id == org.partner_id {
        return Err(Refusal::on(Input::PartnerId, PartnerMsg::OwnId { id: partner_id }));
    }
    let taken =
        directory.iter().find(|p| p.partner_id == partner_id && Some(p.partner_id) != editing.map(|e| e.partner_id));
    if let Some(p) = taken {
        return Err(Refusal::on(Input::PartnerId, PartnerMsg::InDirectory { id: partner_id, name: p.name.clone() }));
    }
    Ok(DirectoryPartner {
        partner_id,
        name: validate::line(Input::Name, &input.name)?,
        tenant_id: editing.map_or(tenant_id, |e| e.tenant_id),
        country: validate::country(Input::Country, &input.country)?,
        cloud: input.cloud.ok_or_else(|| Refusal::on(Input::Cloud, InputMsg::Required))?,
        kind: input.kind.ok_or_else(|| Refusal::on(Input::Kind, InputMsg::Required))?,
        version: editing.map_or(0, |e| e.version),
    })
}

/// Rule 10: the customer sets (or, with `None`, clears) the partner of record of one of its
/// subscriptions; the id has passed "Check ID".
pub fn set_partner_of_record(
    actor: &Actor,
    customer: &Customer,
    subscription: SubscriptionId,
    partner: Option<&CheckedPartner>,
) -> Result<Customer, Refusal> {
    permission::check(actor, Operation::SetPartnerOfRecord, Some(customer.tenant_id))?;
    let mut c = customer.clone();
    let Some(sub) = c.subscriptions.iter_mut().find(|s| s.id == subscription) else {
        return Err(Refusal::on(
            Input::Subscription,
            PartnerMsg::NotASubscription { subscription, company: customer.company_name.clone() },
        ));
    };
    let next = partner.map(|p| p.partner_id);
    if sub.partner_of_record == next {
        return Err(Refusal::on(Input::PartnerId, PartnerMsg::AlreadyPartnerOfRecord));
    }
    sub.partner_of_record = next;
    Ok(c)
}

/// Rule 11: a customer cannot remove a reseller relationship itself. The action is shown,
/// disabled, with this reason.
pub fn customer_cannot_remove_reseller(partner_name: &str) -> Refusal {
    Refusal::new(PartnerMsg::CustomerCannotRemoveReseller { partner: partner_name.to_string() })
}

/// The customer ends an advisor relationship ("delete partner" is offered only for delegated
/// administrators and advisors, never for a reseller).
pub fn remove_advisor(actor: &Actor, customer: &Customer, partner: PartnerId) -> Result<Customer, Refusal> {
    permission::check(actor, Operation::ManageCustomerAdminPrivileges, Some(customer.tenant_id))?;
    let mut c = customer.clone();
    let before = c.relationships.len();
    c.relationships.retain(|r| !(r.partner == partner && r.kind == RelationshipKind::Advisor));
    if c.relationships.len() == before {
        return Err(Refusal::new(PartnerMsg::NotAnAdvisor { partner, company: customer.company_name.clone() }));
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::{PartnerRelationship, Subscription, SubscriptionStatus};
    use crate::domain::fixtures::{self, US};
    use crate::domain::org::{AgentRoles, CompanyRole};

    fn directory() -> Vec<DirectoryPartner> {
        vec![DirectoryPartner {
            partner_id: PartnerId(5_120_044),
            name: "Hải Vân Technology".into(),
            tenant_id: TenantId(uuid::Uuid::from_u128(3)),
            country: crate::domain::country::CountryCode::parse("VN").unwrap(),
            cloud: Cloud::Public,
            kind: DirectoryKind::Advisor,
            version: 1,
        }]
    }

    fn with_subscription() -> Customer {
        let mut c = fixtures::customer("VN");
        c.subscriptions.push(Subscription {
            id: SubscriptionId(7),
            offer: "Office 365 E3".into(),
            quantity: 10,
            assigned: 2,
            status: SubscriptionStatus::Active,
            partner_of_record: None,
            created_at: fixtures::now(),
        });
        c
    }

    #[test]
    fn rule_10_check_id_needs_a_well_formed_and_known_id() {
        let org = fixtures::org(Cloud::Public);
        assert_eq!(check_id("5120044", &org, &directory()).unwrap().name, "Hải Vân Technology");
        assert_eq!(check_id("4512345", &org, &directory()).unwrap().name, "Sao Mai Cloud");
        assert_eq!(check_id("51200", &org, &directory()).unwrap_err().input, Some(Input::PartnerId));
        let unknown = check_id("7777777", &org, &directory()).unwrap_err();
        assert!(unknown.msg.to_string().contains("add the partner to the directory"), "{unknown}");
    }

    #[test]
    fn rule_10_the_customer_sets_changes_and_clears_the_partner_of_record() {
        let org = fixtures::org(Cloud::Public);
        let c = with_subscription();
        let admin = fixtures::customer_actor(&c, 0);
        let ours = check_id("4512345", &org, &directory()).unwrap();
        let set = set_partner_of_record(&admin, &c, SubscriptionId(7), Some(&ours)).unwrap();
        assert_eq!(set.subscriptions[0].partner_of_record, Some(US));
        let theirs = check_id("5120044", &org, &directory()).unwrap();
        let changed = set_partner_of_record(&admin, &set, SubscriptionId(7), Some(&theirs)).unwrap();
        assert_eq!(changed.subscriptions[0].partner_of_record, Some(PartnerId(5_120_044)));
        let cleared = set_partner_of_record(&admin, &changed, SubscriptionId(7), None).unwrap();
        assert_eq!(cleared.subscriptions[0].partner_of_record, None);
        assert!(set_partner_of_record(&fixtures::sales_agent(), &c, SubscriptionId(7), None).is_err());
        assert!(set_partner_of_record(&fixtures::customer_actor(&c, 1), &c, SubscriptionId(7), None).is_err());
    }

    #[test]
    fn rule_10_only_a_reseller_or_advisor_in_the_customers_cloud_can_be_partner_of_record() {
        let org = fixtures::org(Cloud::Public);
        let c = with_subscription();
        let mut dir = directory();
        let advisor = check_partner_of_record("5120044", &org, &dir, &c).unwrap();
        assert_eq!(advisor.kind, Some(DirectoryKind::Advisor));
        assert_eq!((advisor.country.as_str(), advisor.cloud), ("VN", Cloud::Public), "shown before Submit");
        let ours = check_partner_of_record("4512345", &org, &dir, &c).unwrap();
        assert_eq!(ours.kind, Some(DirectoryKind::DirectReseller));
        // An indirect provider sells to resellers, not to the customer.
        dir[0].kind = DirectoryKind::IndirectProvider;
        let err = check_partner_of_record("5120044", &org, &dir, &c).unwrap_err();
        assert!(matches!(err.msg, Msg::Partner(PartnerMsg::CannotBePartnerOfRecord { .. })), "{err:?}");
        dir[0].kind = DirectoryKind::Advisor;
        dir[0].cloud = Cloud::China21Vianet;
        let err = check_partner_of_record("5120044", &org, &dir, &c).unwrap_err();
        assert!(matches!(err.msg, Msg::Partner(PartnerMsg::PartnerInOtherCloud { .. })), "{err:?}");
        // The customer is never told to use the partner's directory key.
        let err = check_partner_of_record("7777777", &org, &dir, &c).unwrap_err();
        assert!(matches!(err.msg, Msg::Partner(PartnerMsg::UnknownToCustomer { .. })), "{err:?}");
        assert!(!err.msg.to_string().contains("(Partners tab, n)"), "{err}");
    }

    #[test]
    fn only_the_global_admin_edits_the_company_profile_and_every_field_is_validated() {
        let org = fixtures::org(Cloud::Public);
        let input = ProfileInput {
            name: "Sao Mai Cloud".into(),
            partner_id: "4512345".into(),
            email: "hello@saomai.vn".into(),
            phone: "+84 28 3822 1234".into(),
            country: "VN".into(),
            ..Default::default()
        };
        let ga = Actor::Partner(fixtures::partner_user(CompanyRole::GlobalAdmin, AgentRoles::default()));
        let edited = edit_profile(&ga, &org, &input, true).unwrap();
        assert!(!edited.authorizations.advisor && !edited.authorizations.delegated_admin_certified);
        let advisor = ProfileInput { advisor: true, ..input.clone() };
        assert!(edit_profile(&ga, &org, &advisor, true).unwrap().authorizations.advisor);
        let err = edit_profile(&fixtures::sales_agent(), &org, &input, false).unwrap_err();
        assert!(err.msg.to_string().starts_with("Editing the company profile needs Global admin"), "{err}");
        for (bad, field) in [
            (ProfileInput { email: "hello".into(), ..input.clone() }, Input::Email),
            (ProfileInput { phone: "12".into(), ..input.clone() }, Input::Phone),
            (ProfileInput { partner_id: "12".into(), ..input.clone() }, Input::PartnerId),
        ] {
            assert_eq!(edit_profile(&ga, &org, &bad, false).unwrap_err().input, Some(field));
        }
    }

    #[test]
    fn cloud_reseller_type_and_partner_id_change_only_while_the_book_has_no_customers() {
        let org = fixtures::org(Cloud::Public);
        let ga = Actor::Partner(fixtures::partner_user(CompanyRole::GlobalAdmin, AgentRoles::default()));
        let input = ProfileInput {
            name: org.name.clone(),
            partner_id: org.partner_id.to_string(),
            email: org.email.to_string(),
            phone: "+84 28 3822 1234".into(),
            country: "VN".into(),
            cloud: Some(Cloud::UsGovernment),
            reseller: Some(ResellerChoice::Indirect),
            provider_tenant: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d".into(),
            ..Default::default()
        };
        let changed = edit_profile(&ga, &org, &input, false).unwrap();
        assert_eq!(changed.cloud, Cloud::UsGovernment);
        assert!(matches!(changed.authorizations.reseller, Some(ResellerKind::Indirect { .. })));
        assert_eq!(edit_profile(&ga, &org, &input, true).unwrap_err().input, Some(Input::Cloud));
        let reseller_only = ProfileInput { cloud: None, ..input.clone() };
        assert_eq!(edit_profile(&ga, &org, &reseller_only, true).unwrap_err().input, Some(Input::Reseller));
        let id_only = ProfileInput { cloud: None, reseller: None, partner_id: "4999999".into(), ..input.clone() };
        assert_eq!(edit_profile(&ga, &org, &id_only, true).unwrap_err().input, Some(Input::PartnerId));
        let no_provider = ProfileInput { provider_tenant: String::new(), ..input };
        assert_eq!(edit_profile(&ga, &org, &no_provider, false).unwrap_err().input, Some(Input::ProviderTenant));
    }

    #[test]
    fn directory_ids_are_unique_and_rule_11_customers_never_remove_a_reseller() {
        let org = fixtures::org(Cloud::Public);
        let admin_agent =
            Actor::Partner(fixtures::partner_user(CompanyRole::User, AgentRoles { admin: true, ..Default::default() }));
        let input = DirectoryInput {
            partner_id: "5120044".into(),
            name: "X".into(),
            country: "VN".into(),
            cloud: Some(Cloud::Public),
            kind: Some(DirectoryKind::Advisor),
            ..Default::default()
        };
        let err = directory_partner(&admin_agent, &org, &directory(), &input, None, TenantId(uuid::Uuid::from_u128(9)))
            .unwrap_err();
        assert!(err.msg.to_string().contains("already in the directory"), "{err}");
        assert!(customer_cannot_remove_reseller("Sao Mai").msg.to_string().contains("ask Sao Mai to remove it"));
        let mut c = fixtures::customer("VN");
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        let admin = fixtures::customer_actor(&c, 0);
        assert!(remove_advisor(&admin, &c, US).is_err(), "a reseller is not removed as an advisor");
    }
}
