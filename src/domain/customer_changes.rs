//! The rules for changing a customer from the partner's side: adding one, editing its details,
//! its support contacts, service requests on its behalf, subscriptions set up with a product
//! key (rule 13), and removing the reseller relationship (rule 11, partner side).

use super::catalogue::CatalogueOffer;
use super::country::Cloud;
use super::customer::{
    Customer, CustomerUser, McaAcceptance, PartnerRelationship, RelationshipKind, ServiceRequest, Severity,
    Subscription, SubscriptionStatus,
};
use super::ids::{Email, PartnerId, ServiceRequestId, SubscriptionId, TenantId};
use super::msg::{CustomerMsg, InputMsg};
use super::org::{Address, PartnerOrganization, PartnerUser};
use super::{Refusal, Timestamp, region, validate};
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

/// A new tenant created by the partner (rules 3 and 7): only in the partner's own cloud and its
/// country or CSP region; the partner is its reseller from the start, as the partner portal does
/// for a new CSP customer, but holds no admin privileges until the customer grants them (seed
/// 003); its first user is its Global admin.
pub fn new_customer(
    input: &NewCustomer,
    tenant_id: TenantId,
    org: &PartnerOrganization,
    now: Timestamp,
) -> Result<Customer, Refusal> {
    let company_name = validate::line(Input::Company, &input.company)?;
    let cloud = input.cloud.ok_or_else(|| Refusal::on(Input::Cloud, InputMsg::Required))?;
    let primary_domain = validate::initial_domain(Input::Domain, &input.domain, cloud.initial_domain_suffix())?;
    let country = validate::country(Input::Country, &input.country)?;
    region::check_market(org, &company_name, country, cloud)?;
    let admin_email = validate::email(Input::AdminEmail, &input.admin_email)?;
    let admin_name = if input.admin_name.trim().is_empty() {
        admin_email.as_str().split('@').next().unwrap_or_default().to_string()
    } else {
        validate::line(Input::AdminName, &input.admin_name)?
    };
    let admin = CustomerUser { email: admin_email, name: admin_name, global_admin: true, licences: vec![] };
    let mut customer = Customer::new_tenant(tenant_id, company_name, primary_domain, country, cloud, Some(admin));
    customer.relationships.push(PartnerRelationship {
        partner: org.partner_id,
        kind: RelationshipKind::Reseller,
        since: now,
    });
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

/// How a support-contact change applies to each customer's own list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactsMode {
    /// The contacts join each list; the others stay.
    Add,
    /// The contacts leave each list; the others stay.
    Remove,
    /// Each list becomes exactly the contacts; the outcome names whom it removed.
    Replace,
}

impl ContactsMode {
    pub const ALL: [ContactsMode; 3] = [ContactsMode::Add, ContactsMode::Remove, ContactsMode::Replace];
}

/// What a support-contact change did to one customer: the customer as changed, and who joined and
/// who left its list (nobody leaves unsaid).
#[derive(Debug, Clone)]
pub struct ContactsChange {
    pub customer: Customer,
    pub added: Vec<Email>,
    pub removed: Vec<Email>,
}

/// Support contacts are partner users who support customers (Admin or Helpdesk agents, or a
/// Global admin): who joins a list must be one. Removing asks nothing of who leaves, so a contact
/// whose roles changed can still be taken off.
pub fn set_support_contacts(
    customer: &Customer,
    contacts: &[Email],
    mode: ContactsMode,
    users: &[PartnerUser],
) -> Result<ContactsChange, Refusal> {
    if mode != ContactsMode::Remove {
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
    }
    let before = &customer.support_contacts;
    let mut after: Vec<Email> = match mode {
        ContactsMode::Add => before.iter().chain(contacts).cloned().collect(),
        ContactsMode::Remove => before.iter().filter(|e| !contacts.contains(e)).cloned().collect(),
        ContactsMode::Replace => contacts.to_vec(),
    };
    let mut seen = std::collections::HashSet::new();
    after.retain(|e| seen.insert(e.clone()));
    let added = after.iter().filter(|e| !before.contains(e)).cloned().collect();
    let removed = before.iter().filter(|e| !after.contains(e)).cloned().collect();
    let mut c = customer.clone();
    c.support_contacts = after;
    Ok(ContactsChange { customer: c, added, removed })
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

/// What the operator gives to set up a subscription with a product key (rule 13).
#[derive(Debug, Clone, Default)]
pub struct KeyedSubscription<'a> {
    pub key: &'a str,
    pub offer: Option<&'a CatalogueOffer>,
    pub quantity: &'a str,
    pub make_partner_of_record: bool,
    /// The operator records that the customer has accepted the Microsoft Customer Agreement
    /// (as acceptance does); needed when it has not yet.
    pub record_mca: bool,
}

/// Rule 13 (seed 001): a product key sets up a subscription — only for a partner authorized as
/// an advisor, and only for a customer that has accepted the Microsoft Customer Agreement (which
/// the operator may record here, as accepted by the customer's Global admin); the partner may
/// become its partner of record.
pub fn add_subscription_with_key(
    customer: &Customer,
    org: &PartnerOrganization,
    input: &KeyedSubscription,
    id: SubscriptionId,
    now: Timestamp,
) -> Result<(Customer, String), Refusal> {
    if !org.authorizations.advisor {
        return Err(Refusal::new(CustomerMsg::ProductKeyNeedsAdvisor { partner: org.name.clone() }));
    }
    let key = validate::product_key(Input::ProductKey, input.key)?;
    let offer = input.offer.ok_or_else(|| Refusal::on(Input::Offer, CustomerMsg::ChooseOffer))?;
    let quantity = validate::licence_count(Input::Licences, input.quantity, offer.max_licences)?;
    let mut c = customer.clone();
    if c.mca.is_none() {
        let admin = c.users.iter().find(|u| u.global_admin).map(|u| u.email.clone());
        match (input.record_mca, admin) {
            (true, Some(by)) => c.mca = Some(McaAcceptance { by, at: now }),
            _ => {
                return Err(Refusal::on(
                    Input::Mca,
                    CustomerMsg::McaNeededForKey { company: customer.company_name.clone() },
                ));
            }
        }
    }
    c.add_subscription(
        Subscription {
            id,
            offer: offer.name.clone(),
            quantity,
            assigned: 0,
            status: SubscriptionStatus::Active,
            partner_of_record: input.make_partner_of_record.then_some(org.partner_id),
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

/// Removing the reseller relationship in one step from its refusal: every active or trial
/// subscription is suspended first, then the relationship is removed. Returns the subscriptions
/// suspended.
pub fn suspend_and_remove_reseller(
    customer: &Customer,
    partner: PartnerId,
    partner_users: &[PartnerUser],
) -> Result<(Customer, Vec<SubscriptionId>), Refusal> {
    let (suspended, ids) = super::tenant_admin::suspend_live(customer);
    let removed = remove_reseller(&suspended, partner, partner_users)?;
    Ok((removed, ids))
}

/// The list shows every kind of relationship (operators complain of tenants onboarded for admin
/// access alone that never appear): a tenant is on `partner`'s list for a reseller or advisor
/// relationship, admin privileges, or a granular admin relationship that has not ended. The book
/// keeps this in each list row when it writes, so it reads a relationship's stored status, not
/// the clock.
pub fn on_list(customer: &Customer, partner: PartnerId, granular: &[super::admin::AdminRelationship]) -> bool {
    use super::admin::AdminRelationshipStatus as S;
    customer.is_customer_of(partner)
        || granular.iter().any(|r| {
            r.partner == partner && r.customer == customer.tenant_id && !matches!(r.status, S::Expired | S::Terminated)
        })
}

/// What the partner keeps with a customer once its reseller relationship is gone: its other
/// relationships, and its granular admin relationships that have not ended. The confirmation
/// says them, so the operator knows before `y` whether the customer stays on the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Survivors {
    pub kinds: Vec<RelationshipKind>,
    pub granular: Vec<super::ids::AdminRelationshipId>,
}

impl Survivors {
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.granular.is_empty()
    }
}

/// What survives removing `partner`'s reseller relationship with `customer` at `now`.
pub fn survivors(
    customer: &Customer,
    partner: PartnerId,
    granular: &[super::admin::AdminRelationship],
    now: Timestamp,
) -> Survivors {
    use super::admin::AdminRelationshipStatus as S;
    let mut kinds: Vec<RelationshipKind> = customer
        .relationships_with(partner)
        .filter(|k| !matches!(k, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
        .collect();
    kinds.sort();
    kinds.dedup();
    let granular = granular
        .iter()
        .filter(|r| r.partner == partner && r.customer == customer.tenant_id)
        .filter(|r| !matches!(r.status_at(now), S::Expired | S::Terminated))
        .map(|r| r.id)
        .collect();
    Survivors { kinds, granular }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::AdminGrant;
    use crate::domain::fixtures::{self, US};
    use crate::domain::org::{AgentRoles, CompanyRole};

    fn email(e: &str) -> Email {
        validate::email(Input::Email, e).unwrap()
    }

    fn new_input(country: &str, cloud: Cloud) -> NewCustomer {
        NewCustomer {
            company: "Công ty Hải Đăng".into(),
            domain: "haidang".into(),
            country: country.into(),
            cloud: Some(cloud),
            admin_name: String::new(),
            admin_email: "an@haidang.vn".into(),
        }
    }

    #[test]
    fn the_list_shows_a_tenant_with_only_a_granular_admin_relationship_until_it_ends() {
        use crate::domain::admin::AdminRelationshipStatus as S;
        let mut c = fixtures::customer("VN");
        c.relationships.clear();
        let mut rel = crate::domain::gdap::tests::relationship(1, S::Active, fixtures::now());
        rel.customer = c.tenant_id;
        assert!(!on_list(&c, US, &[]), "a prospect is not on the list");
        assert!(on_list(&c, US, std::slice::from_ref(&rel)), "granular admin alone puts it on the list");
        assert!(!on_list(&c, PartnerId(7_654_321), std::slice::from_ref(&rel)), "another partner's list");
        for ended in [S::Expired, S::Terminated] {
            rel.status = ended;
            assert!(!on_list(&c, US, std::slice::from_ref(&rel)), "{ended:?}");
        }
        rel.status = S::ApprovalPending;
        assert!(on_list(&c, US, std::slice::from_ref(&rel)), "requested: the operator follows it there");
    }

    #[test]
    fn rule_7_a_new_csp_customer_gets_the_reseller_relationship_but_not_admin_privileges() {
        let org = fixtures::org(Cloud::Public);
        let input = new_input("VN", Cloud::Public);
        let c = new_customer(&input, TenantId(uuid::Uuid::from_u128(5)), &org, fixtures::now()).unwrap();
        assert_eq!(c.primary_domain.as_str(), "haidang.onmicrosoft.com");
        assert!(c.relationships_with(US).any(|k| k == RelationshipKind::Reseller));
        assert!(!c.holds_admin(US), "the customer grants admin privileges itself (seed 003)");
        assert!(c.admin.is_none() && c.users[0].global_admin);
        let bad = NewCustomer { domain: "hai dang!".into(), ..input };
        let err = new_customer(&bad, TenantId(uuid::Uuid::from_u128(5)), &org, fixtures::now()).unwrap_err();
        assert_eq!(err.input, Some(Input::Domain));
    }

    #[test]
    fn rule_3_a_customer_is_added_only_in_the_partners_cloud_and_country_or_region() {
        let org = fixtures::org(Cloud::Public);
        let id = TenantId(uuid::Uuid::from_u128(5));
        assert!(new_customer(&new_input("TH", Cloud::Public), id, &org, fixtures::now()).is_ok(), "same region");
        let err = new_customer(&new_input("TR", Cloud::Public), id, &org, fixtures::now()).unwrap_err();
        assert_eq!(err.input, Some(Input::Country));
        let err = new_customer(&new_input("VN", Cloud::China21Vianet), id, &org, fixtures::now()).unwrap_err();
        assert_eq!(err.input, Some(Input::Cloud));
        assert!(matches!(err.msg, crate::domain::Msg::Customer(CustomerMsg::OtherCloud { .. })));
    }

    #[test]
    fn support_contacts_must_be_partner_users_who_support_customers() {
        let c = fixtures::customer("VN");
        let helpdesk = fixtures::partner_user(CompanyRole::User, AgentRoles { helpdesk: true, ..Default::default() });
        let mut sales = fixtures::partner_user(CompanyRole::User, AgentRoles { sales: true, ..Default::default() });
        sales.email = email("sales@saomai.vn");
        let users = [helpdesk.clone(), sales.clone()];
        let replace = ContactsMode::Replace;
        assert!(set_support_contacts(&c, std::slice::from_ref(&helpdesk.email), replace, &users).is_ok());
        assert!(
            set_support_contacts(&c, std::slice::from_ref(&sales.email), ContactsMode::Add, &users)
                .unwrap_err()
                .msg
                .to_string()
                .contains("not an Admin or Helpdesk agent")
        );
        assert!(
            set_support_contacts(&c, &[email("x@y.vn")], replace, &users)
                .unwrap_err()
                .msg
                .to_string()
                .contains("not a partner user")
        );
    }

    #[test]
    fn support_contacts_are_added_removed_or_replaced_and_every_contact_that_leaves_is_named() {
        let mut c = fixtures::customer("VN");
        let agent = |e: &str| PartnerUser {
            email: email(e),
            ..fixtures::partner_user(CompanyRole::User, AgentRoles { helpdesk: true, ..Default::default() })
        };
        let users = [agent("an@saomai.vn"), agent("bao@saomai.vn"), agent("chi@saomai.vn")];
        c.support_contacts = vec![email("an@saomai.vn"), email("bao@saomai.vn")];
        let add = set_support_contacts(&c, &[email("chi@saomai.vn"), email("an@saomai.vn")], ContactsMode::Add, &users)
            .unwrap();
        assert_eq!(
            add.customer.support_contacts,
            [email("an@saomai.vn"), email("bao@saomai.vn"), email("chi@saomai.vn")]
        );
        assert_eq!((add.added, add.removed), (vec![email("chi@saomai.vn")], vec![]));

        let remove =
            set_support_contacts(&c, &[email("bao@saomai.vn"), email("x@y.vn")], ContactsMode::Remove, &users).unwrap();
        assert_eq!(remove.customer.support_contacts, [email("an@saomai.vn")]);
        assert_eq!(
            (remove.added, remove.removed),
            (vec![], vec![email("bao@saomai.vn")]),
            "one not on it changes nothing"
        );

        let replace = set_support_contacts(&c, &[email("chi@saomai.vn")], ContactsMode::Replace, &users).unwrap();
        assert_eq!(replace.customer.support_contacts, [email("chi@saomai.vn")]);
        assert_eq!(replace.removed, [email("an@saomai.vn"), email("bao@saomai.vn")], "replace names whom it removed");
        assert_eq!(replace.added, [email("chi@saomai.vn")]);
    }

    /// A product key set up for `c` by an advisor partner: the customer has accepted the MCA.
    fn keyed(c: &Customer, quantity: &str, id: u64) -> Customer {
        let catalogue = crate::domain::catalogue::default_catalogue();
        let input = KeyedSubscription {
            key: "BCDFG-HJKMN-QRTVW-XY234-67892",
            offer: catalogue.first(),
            quantity,
            make_partner_of_record: true,
            record_mca: true,
        };
        add_subscription_with_key(c, &advisor(), &input, SubscriptionId(id), fixtures::now()).unwrap().0
    }

    fn advisor() -> PartnerOrganization {
        let mut org = fixtures::org(Cloud::Public);
        org.authorizations.advisor = true;
        org
    }

    #[test]
    fn rule_13_a_product_key_sets_up_a_subscription_and_may_make_us_partner_of_record() {
        let c = fixtures::customer("VN");
        let catalogue = crate::domain::catalogue::default_catalogue();
        let input = KeyedSubscription {
            key: "bcdfg-hjkmn-qrtvw-xy234-67892",
            offer: catalogue.first(),
            quantity: "25",
            make_partner_of_record: true,
            record_mca: true,
        };
        let (with, key) =
            add_subscription_with_key(&c, &advisor(), &input, SubscriptionId(9), fixtures::now()).unwrap();
        assert_eq!(key, "BCDFG-HJKMN-QRTVW-XY234-67892", "N is a product key letter");
        assert_eq!(with.subscriptions[0].partner_of_record, Some(US));
        assert_eq!(with.subscriptions[0].quantity, 25);
        assert!(with.services.contains(&"Exchange Online".to_string()));
        assert_eq!(with.mca.as_ref().map(|m| m.by.as_str()), Some("admin@minhphat.vn"), "recorded as acceptance does");
        let refuse = |input: KeyedSubscription| {
            add_subscription_with_key(&c, &advisor(), &input, SubscriptionId(9), fixtures::now()).unwrap_err()
        };
        assert_eq!(refuse(KeyedSubscription { key: "BCDFG-HJKMP", ..input.clone() }).input, Some(Input::ProductKey));
        assert_eq!(refuse(KeyedSubscription { offer: None, ..input.clone() }).input, Some(Input::Offer));
        let err = refuse(KeyedSubscription { quantity: "301", ..input.clone() });
        assert_eq!((err.input, err.msg.to_string().as_str()), (Some(Input::Licences), "must be at most 300"));
        let err = refuse(KeyedSubscription { record_mca: false, ..input.clone() });
        assert_eq!(err.input, Some(Input::Mca));
        assert!(err.msg.to_string().contains("Microsoft Customer Agreement"), "{err}");
        let mut signed = c.clone();
        signed.mca = with.mca.clone();
        assert!(
            add_subscription_with_key(
                &signed,
                &advisor(),
                &KeyedSubscription { record_mca: false, ..input.clone() },
                SubscriptionId(9),
                fixtures::now()
            )
            .is_ok(),
            "an accepted agreement is enough"
        );
    }

    #[test]
    fn rule_13_only_an_advisor_partner_sets_up_subscriptions_with_product_keys() {
        let c = fixtures::customer("VN");
        let catalogue = crate::domain::catalogue::default_catalogue();
        let mut reseller_only = advisor();
        reseller_only.authorizations.advisor = false;
        let input = KeyedSubscription {
            key: "BCDFG-HJKMN-QRTVW-XY234-67892",
            offer: catalogue.first(),
            quantity: "5",
            make_partner_of_record: true,
            record_mca: true,
        };
        let err =
            add_subscription_with_key(&c, &reseller_only, &input, SubscriptionId(1), fixtures::now()).unwrap_err();
        assert!(err.msg.to_string().contains("authorized as an advisor"), "{err}");
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
        let with_sub = keyed(&c, "5", 1);
        let err = remove_reseller(&with_sub, US, &[]).unwrap_err();
        assert!(err.msg.to_string().contains("still has 1 active subscription (SUB-1); suspend it first"), "{err}");
        let removed = remove_reseller(&c, US, &[]).unwrap();
        assert!(!removed.is_customer_of(US), "the customer leaves the list");
        assert!(removed.admin.is_none(), "admin privileges go with it");
    }

    #[test]
    fn removing_a_reseller_can_be_finished_by_suspending_its_live_subscriptions_in_the_same_step() {
        let mut c = fixtures::customer("VN");
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Advisor,
            since: fixtures::now(),
        });
        let c = keyed(&keyed(&c, "5", 1), "3", 2);
        assert!(remove_reseller(&c, US, &[]).is_err(), "refused while they are active");
        let (after, suspended) = suspend_and_remove_reseller(&c, US, &[]).unwrap();
        assert_eq!(suspended, [SubscriptionId(1), SubscriptionId(2)]);
        assert!(after.subscriptions.iter().all(|s| s.status == SubscriptionStatus::Suspended));
        assert!(after.is_customer_of(US), "the advisor relationship keeps it on the list");
        assert_eq!(survivors(&c, US, &[], fixtures::now()).kinds, [RelationshipKind::Advisor]);
        let mut only_reseller = c.clone();
        only_reseller.relationships.retain(|r| r.kind == RelationshipKind::Reseller);
        assert!(survivors(&only_reseller, US, &[], fixtures::now()).is_empty());
        let stranger = PartnerId(9_999_999);
        assert!(suspend_and_remove_reseller(&c, stranger, &[]).unwrap_err().msg.to_string().contains("no reseller"));
    }

    #[test]
    fn a_granular_admin_relationship_that_has_not_ended_survives_the_reseller() {
        use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus};
        let c = fixtures::customer("VN");
        let gdap = |id, status| AdminRelationship {
            id: crate::domain::ids::AdminRelationshipId(id),
            partner: US,
            customer: c.tenant_id,
            customer_name: c.company_name.clone(),
            name: "support".into(),
            roles: vec![],
            duration_days: 730,
            auto_extend: false,
            status,
            created_at: fixtures::now(),
            activated_at: Some(fixtures::now()),
            ends_at: Some(fixtures::now() + chrono::Duration::days(730)),
            version: 1,
        };
        let all = [gdap(1, AdminRelationshipStatus::Active), gdap(2, AdminRelationshipStatus::Terminated)];
        let left = survivors(&c, US, &all, fixtures::now());
        assert_eq!(left.granular, [crate::domain::ids::AdminRelationshipId(1)]);
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
