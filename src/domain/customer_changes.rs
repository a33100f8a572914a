//! The rules for changing a customer from the partner's side: adding one, editing its details,
//! its support contacts, service requests on its behalf, subscriptions set up with a product
//! key (rule 13), and removing the reseller relationship (rule 11, partner side).

use super::catalogue::CatalogueOffer;
use super::country::Cloud;
use super::customer::{
    AdminGrant, Customer, CustomerUser, PartnerRelationship, RelationshipKind, ServiceRequest, Severity, Subscription,
    SubscriptionStatus,
};
use super::ids::{Email, PartnerId, ServiceRequestId, SubscriptionId, TenantId};
use super::msg::{CustomerMsg, InputMsg};
use super::org::{Address, PartnerUser};
use super::{Refusal, Timestamp, validate};
use crate::domain::Input;

/// What the operator types to add a customer tenant.
#[derive(Debug, Clone, Default)]
pub struct NewCustomer {
    pub company: String,
    pub domain: String,
    pub country: String,
    pub cloud: Option<Cloud>,
    pub admin_name: String,
    pub admin_email: String,
}

/// A new tenant created by the partner: the partner is its reseller from the start, as the
/// partner portal does for a new CSP customer, and its first user is its Global admin.
pub fn new_customer(
    input: &NewCustomer,
    tenant_id: TenantId,
    partner: PartnerId,
    by: &Email,
    now: Timestamp,
) -> Result<Customer, Refusal> {
    let company_name = validate::line(Input::Company, &input.company)?;
    let cloud = input.cloud.ok_or_else(|| Refusal::on(Input::Cloud, InputMsg::Required))?;
    let primary_domain = validate::initial_domain(Input::Domain, &input.domain, cloud.initial_domain_suffix())?;
    let country = validate::country(Input::Country, &input.country)?;
    let admin_email = validate::email(Input::AdminEmail, &input.admin_email)?;
    let admin_name = if input.admin_name.trim().is_empty() {
        admin_email.as_str().split('@').next().unwrap_or_default().to_string()
    } else {
        validate::line(Input::AdminName, &input.admin_name)?
    };
    let admin = CustomerUser { email: admin_email, name: admin_name, global_admin: true, licences: vec![] };
    let mut customer = Customer::new_tenant(tenant_id, company_name, primary_domain, country, cloud, Some(admin));
    customer.relationships.push(PartnerRelationship { partner, kind: RelationshipKind::Reseller, since: now });
    customer.admin = Some(AdminGrant { partner, since: now, granted_by: by.clone() });
    Ok(customer)
}

/// The company details the partner may correct.
#[derive(Debug, Clone, Default)]
pub struct Details {
    pub company: String,
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}

pub fn edit_details(customer: &Customer, details: &Details) -> Result<Customer, Refusal> {
    let optional = |field: Input, raw: &str| -> Result<String, Refusal> {
        if raw.trim().is_empty() { Ok(String::new()) } else { validate::line(field, raw) }
    };
    let mut c = customer.clone();
    c.company_name = validate::line(Input::Company, &details.company)?;
    c.address = Address {
        line1: optional(Input::Address, &details.line1)?,
        city: optional(Input::City, &details.city)?,
        postal_code: optional(Input::PostalCode, &details.postal_code)?,
    };
    Ok(c)
}

/// Support contacts are partner users who support customers (Admin or Helpdesk agents, or a
/// Global admin).
pub fn set_support_contacts(
    customer: &Customer,
    contacts: &[Email],
    users: &[PartnerUser],
) -> Result<Customer, Refusal> {
    for email in contacts {
        let Some(user) = users.iter().find(|u| &u.email == email) else {
            return Err(Refusal::on(
                Input::SupportContact(email.clone()),
                CustomerMsg::ContactNotAUser { email: email.clone() },
            ));
        };
        if !(user.agent.admin || user.agent.helpdesk || user.is_global_admin()) {
            return Err(Refusal::on(
                Input::SupportContact(email.clone()),
                CustomerMsg::CannotSupport { name: user.name.clone() },
            ));
        }
    }
    let mut c = customer.clone();
    c.support_contacts = contacts.to_vec();
    c.support_contacts.dedup();
    Ok(c)
}

/// A service request opened by the partner on the customer's behalf.
pub fn open_service_request(
    customer: &Customer,
    title: &str,
    description: &str,
    severity: Severity,
    id: ServiceRequestId,
    by: &Email,
    now: Timestamp,
) -> Result<Customer, Refusal> {
    let title = validate::line(Input::Title, title)?;
    let description = validate::text(Input::Description, description)?;
    let mut c = customer.clone();
    c.service_requests.push(ServiceRequest {
        id,
        title,
        description,
        severity,
        opened_by: by.clone(),
        opened_at: now,
        open: true,
    });
    Ok(c)
}

/// Rule 13: a product key sets up a subscription; the partner may become its partner of record.
#[allow(clippy::too_many_arguments)]
pub fn add_subscription_with_key(
    customer: &Customer,
    key: &str,
    offer: Option<&CatalogueOffer>,
    quantity: &str,
    make_partner_of_record: bool,
    partner: PartnerId,
    id: SubscriptionId,
    now: Timestamp,
) -> Result<(Customer, String), Refusal> {
    let key = validate::product_key(Input::ProductKey, key)?;
    let offer = offer.ok_or_else(|| Refusal::on(Input::Offer, CustomerMsg::ChooseOffer))?;
    let quantity = validate::licence_count(Input::Licences, quantity, offer.max_licences)?;
    let mut c = customer.clone();
    c.add_subscription(
        Subscription {
            id,
            offer: offer.name.clone(),
            quantity,
            assigned: 0,
            status: SubscriptionStatus::Active,
            partner_of_record: make_partner_of_record.then_some(partner),
            created_at: now,
        },
        &offer.services,
    );
    Ok((c, key))
}

/// Rule 11 (partner side) and the portal's facts: only while no subscription is active or in
/// trial; it also removes the partner's admin privileges and its users as support contacts.
pub fn remove_reseller(
    customer: &Customer,
    partner: PartnerId,
    partner_users: &[PartnerUser],
) -> Result<Customer, Refusal> {
    if !customer
        .relationships_with(partner)
        .any(|k| matches!(k, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
    {
        return Err(Refusal::new(CustomerMsg::NoResellerRelationship { company: customer.company_name.clone() }));
    }
    let live: Vec<SubscriptionId> =
        customer.subscriptions.iter().filter(|s| s.status.is_live()).map(|s| s.id).collect();
    if !live.is_empty() {
        return Err(Refusal::new(CustomerMsg::LiveSubscriptions {
            company: customer.company_name.clone(),
            subscriptions: live,
        }));
    }
    let mut c = customer.clone();
    c.relationships.retain(|r| {
        !(r.partner == partner && matches!(r.kind, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
    });
    if c.holds_admin(partner) {
        c.admin = None;
    }
    c.support_contacts.retain(|e| !partner_users.iter().any(|u| &u.email == e));
    if c.support_duty == Some(partner) {
        c.support_duty = None;
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{self, US};
    use crate::domain::org::{AgentRoles, CompanyRole};

    fn email(e: &str) -> Email {
        validate::email(Input::Email, e).unwrap()
    }

    #[test]
    fn a_new_csp_customer_gets_the_reseller_relationship_automatically() {
        let input = NewCustomer {
            company: "Công ty Hải Đăng".into(),
            domain: "haidang".into(),
            country: "VN".into(),
            cloud: Some(Cloud::Public),
            admin_name: String::new(),
            admin_email: "an@haidang.vn".into(),
        };
        let c = new_customer(&input, TenantId(uuid::Uuid::from_u128(5)), US, &email("hung@saomai.vn"), fixtures::now())
            .unwrap();
        assert_eq!(c.primary_domain.as_str(), "haidang.onmicrosoft.com");
        assert!(c.relationships_with(US).any(|k| k == RelationshipKind::Reseller));
        assert!(c.holds_admin(US) && c.users[0].global_admin);
        let bad = NewCustomer { domain: "hai dang!".into(), ..input };
        let err = new_customer(&bad, TenantId(uuid::Uuid::from_u128(5)), US, &email("hung@saomai.vn"), fixtures::now())
            .unwrap_err();
        assert_eq!(err.input, Some(Input::Domain));
    }

    #[test]
    fn support_contacts_must_be_partner_users_who_support_customers() {
        let c = fixtures::customer("VN");
        let helpdesk = fixtures::partner_user(CompanyRole::User, AgentRoles { helpdesk: true, ..Default::default() });
        let mut sales = fixtures::partner_user(CompanyRole::User, AgentRoles { sales: true, ..Default::default() });
        sales.email = email("sales@saomai.vn");
        let users = [helpdesk.clone(), sales.clone()];
        assert!(set_support_contacts(&c, std::slice::from_ref(&helpdesk.email), &users).is_ok());
        assert!(
            set_support_contacts(&c, std::slice::from_ref(&sales.email), &users)
                .unwrap_err()
                .msg
                .to_string()
                .contains("not an Admin or Helpdesk agent")
        );
        assert!(
            set_support_contacts(&c, &[email("x@y.vn")], &users)
                .unwrap_err()
                .msg
                .to_string()
                .contains("not a partner user")
        );
    }

    #[test]
    fn rule_13_a_product_key_sets_up_a_subscription_and_may_make_us_partner_of_record() {
        let c = fixtures::customer("VN");
        let catalogue = crate::domain::catalogue::default_catalogue();
        let basic = catalogue.first();
        let (with, key) = add_subscription_with_key(
            &c,
            "bcdfg-hjkmp-qrtvw-xy234-67892",
            basic,
            "25",
            true,
            US,
            SubscriptionId(9),
            fixtures::now(),
        )
        .unwrap();
        assert_eq!(key, "BCDFG-HJKMP-QRTVW-XY234-67892");
        assert_eq!(with.subscriptions[0].partner_of_record, Some(US));
        assert_eq!(with.subscriptions[0].quantity, 25);
        assert!(with.services.contains(&"Exchange Online".to_string()));
        let err =
            add_subscription_with_key(&c, "BCDFG-HJKMP", basic, "25", true, US, SubscriptionId(9), fixtures::now())
                .unwrap_err();
        assert_eq!(err.input, Some(Input::ProductKey));
        let err = add_subscription_with_key(
            &c,
            "BCDFG-HJKMP-QRTVW-XY234-67892",
            None,
            "25",
            true,
            US,
            SubscriptionId(9),
            fixtures::now(),
        )
        .unwrap_err();
        assert_eq!(err.input, Some(Input::Offer));
        let err = add_subscription_with_key(
            &c,
            "BCDFG-HJKMP-QRTVW-XY234-67892",
            basic,
            "301",
            true,
            US,
            SubscriptionId(9),
            fixtures::now(),
        )
        .unwrap_err();
        assert_eq!((err.input, err.msg.to_string().as_str()), (Some(Input::Licences), "must be at most 300"));
    }

    #[test]
    fn rule_11_removing_a_reseller_is_refused_while_subscriptions_are_active() {
        let mut c = fixtures::customer("VN");
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.admin = Some(AdminGrant { partner: US, since: fixtures::now(), granted_by: email("an@x.vn") });
        let catalogue = crate::domain::catalogue::default_catalogue();
        let basic = catalogue.first();
        let (with_sub, _) = add_subscription_with_key(
            &c,
            "BCDFG-HJKMP-QRTVW-XY234-67892",
            basic,
            "5",
            true,
            US,
            SubscriptionId(1),
            fixtures::now(),
        )
        .unwrap();
        let err = remove_reseller(&with_sub, US, &[]).unwrap_err();
        assert!(err.msg.to_string().contains("still has 1 active subscription (SUB-1); suspend it first"), "{err}");
        let removed = remove_reseller(&c, US, &[]).unwrap();
        assert!(!removed.is_customer_of(US), "the customer leaves the list");
        assert!(removed.admin.is_none(), "admin privileges go with it");
    }

    #[test]
    fn service_requests_need_a_title_and_a_description() {
        let c = fixtures::customer("VN");
        let by = email("bao@saomai.vn");
        let ok = open_service_request(
            &c,
            "Outlook down",
            "Since 9:00",
            Severity::A,
            ServiceRequestId(1),
            &by,
            fixtures::now(),
        )
        .unwrap();
        assert_eq!(ok.service_requests.len(), 1);
        let err =
            open_service_request(&c, " ", "x", Severity::A, ServiceRequestId(1), &by, fixtures::now()).unwrap_err();
        assert_eq!(err.input, Some(Input::Title));
    }
}
