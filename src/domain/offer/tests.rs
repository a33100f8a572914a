use super::*;
use crate::domain::Input;
use crate::domain::catalogue::default_catalogue;
use crate::domain::country::Cloud;
use crate::domain::customer::AdminGrant;
use crate::domain::fixtures::{self, US};
use crate::domain::invitation::EXPIRY_DAYS;
use crate::domain::org::{AgentRoles, CompanyRole};
use chrono::Duration;
use uuid::Uuid;

fn org() -> PartnerOrganization {
    fixtures::org(Cloud::Public)
}

fn offer(name: &str) -> CatalogueOffer {
    default_catalogue().into_iter().find(|o| o.name == name).unwrap()
}

const PREMIUM: &str = "Microsoft 365 Business Premium";
const EXCHANGE: &str = "Exchange Online (Plan 1)";

fn make(
    org: &PartnerOrganization,
    kind: InvitationKind,
    lines: &[(&CatalogueOffer, &str)],
    include_admin: bool,
    customer: Option<&Customer>,
) -> Result<(Invitation, OfferTerms), Refusal> {
    let request = OfferRequest {
        kind,
        lines: lines.iter().map(|(o, q)| (*o, q.to_string())).collect(),
        include_admin,
        customer,
        recipient: None,
    };
    request_offer(
        &fixtures::sales_agent(),
        org,
        request,
        InvitationId(7),
        "offert0ken",
        &LinkHosts::default(),
        fixtures::now(),
    )
}

fn sent(inv: Invitation) -> Invitation {
    invitation::mark_sent(&fixtures::sales_agent(), &inv, inv.email.clone(), fixtures::now()).unwrap()
}

fn purchase() -> (Invitation, OfferTerms) {
    let (premium, exchange) = (offer(PREMIUM), offer(EXCHANGE));
    let (inv, terms) =
        make(&org(), InvitationKind::PurchaseOffer, &[(&premium, "25"), (&exchange, "10")], true, None).unwrap();
    (sent(inv), terms)
}

fn second_customer() -> Customer {
    let mut c = fixtures::customer("TR");
    c.tenant_id = TenantId(Uuid::from_u128(0xc2));
    c.company_name = "Boğaziçi Lojistik A.Ş.".into();
    c
}

fn using(inv: &Invitation, terms: &OfferTerms, customer: &Customer, choices: &UseChoices) -> Result<Used, Refusal> {
    use_offer(&fixtures::customer_actor(customer, 0), &org(), inv, terms, customer, None, choices, 100, fixtures::now())
}

fn with_mca() -> UseChoices {
    UseChoices { accept_mca: true, ..UseChoices::default() }
}

#[test]
fn rule_12_trial_and_purchase_need_the_advisor_authorization() {
    let mut not_advisor = org();
    not_advisor.authorizations.advisor = false;
    let premium = offer(PREMIUM);
    for kind in [InvitationKind::Trial, InvitationKind::PurchaseOffer] {
        let err = make(&not_advisor, kind, &[(&premium, "25")], false, None).unwrap_err();
        assert!(err.msg.to_string().contains("is not authorized as an advisor"), "{err}");
    }
    let customer = {
        let mut c = fixtures::customer("VN");
        c.subscriptions.push(sub(1, "Office 365 E3", SubscriptionStatus::Active));
        c
    };
    assert!(
        make(&not_advisor, InvitationKind::DelegatedAdminOffer, &[], true, Some(&customer)).is_ok(),
        "a delegated-admin offer needs the certification, not the advisor authorization"
    );
}

#[test]
fn rule_12_a_trial_carries_exactly_one_trial_subscription() {
    let (premium, basic, exchange) = (offer(PREMIUM), offer("Microsoft 365 Business Basic"), offer(EXCHANGE));
    let (inv, terms) = make(&org(), InvitationKind::Trial, &[(&premium, "")], false, None).unwrap();
    assert_eq!(inv.kind, InvitationKind::Trial);
    assert_eq!(terms.lines.len(), 1);
    assert_eq!((terms.lines[0].quantity, terms.trial_days), (25, Some(30)));
    for lines in [vec![], vec![(&premium, ""), (&basic, "")]] {
        let err = make(&org(), InvitationKind::Trial, &lines, false, None).unwrap_err();
        assert_eq!(err.input, Some(Input::Offer));
        assert!(err.msg.to_string().contains("exactly one trial subscription"), "{err}");
    }
    let err = make(&org(), InvitationKind::Trial, &[(&exchange, "")], false, None).unwrap_err();
    assert!(err.msg.to_string().contains("Exchange Online (Plan 1) has no trial"), "{err}");
}

#[test]
fn rule_12_delegated_administration_only_when_certified() {
    let premium = offer(PREMIUM);
    let (inv, _) = make(&org(), InvitationKind::Trial, &[(&premium, "")], true, None).unwrap();
    assert!(inv.include_admin && inv.link.contains("DAP=true"));
    let mut uncertified = org();
    uncertified.authorizations.delegated_admin_certified = false;
    let err = make(&uncertified, InvitationKind::Trial, &[(&premium, "")], true, None).unwrap_err();
    assert_eq!(err.input, Some(Input::DelegatedAdmin));
    assert!(err.msg.to_string().contains("not certified to provide delegated administration"), "{err}");
    assert!(make(&uncertified, InvitationKind::Trial, &[(&premium, "")], false, None).is_ok());
    let err = make(&uncertified, InvitationKind::DelegatedAdminOffer, &[], false, None).unwrap_err();
    assert!(err.msg.to_string().contains("not certified"), "{err}");
}

#[test]
fn rule_12_a_purchase_offer_has_chosen_services_with_exact_licence_counts() {
    let (premium, exchange) = (offer(PREMIUM), offer(EXCHANGE));
    let (_, terms) = purchase();
    let counts: Vec<(&str, u32)> = terms.lines.iter().map(|l| (l.name.as_str(), l.quantity)).collect();
    assert_eq!(counts, [(PREMIUM, 25), (EXCHANGE, 10)]);
    for (lines, says) in [
        (vec![], "choose at least one service"),
        (vec![(&premium, "0")], "Microsoft 365 Business Premium: must be at least 1"),
        (vec![(&premium, "301")], "Microsoft 365 Business Premium: must be at most 300"),
        (vec![(&premium, "2.5")], "is not a whole number"),
        (vec![(&premium, "-3")], "must be a positive whole number"),
        (vec![(&exchange, "")], "Exchange Online (Plan 1): is required"),
        (vec![(&premium, "5"), (&premium, "6")], "is in the offer twice"),
    ] {
        let err = make(&org(), InvitationKind::PurchaseOffer, &lines, false, None).unwrap_err();
        let expected = match lines.first() {
            None => Input::Licences,
            Some((offer, _)) => Input::OfferLicences(offer.id),
        };
        assert_eq!(err.input, Some(expected), "{says}");
        assert!(err.msg.to_string().contains(says), "{err} / {says}");
    }
}

#[test]
fn rule_12_the_url_embeds_the_advisors_code_and_is_reusable_by_many_customers() {
    let (inv, terms) = purchase();
    assert!(inv.link.contains("msppId=4512345") && inv.link.contains("invType=AdvisorOffer"), "{}", inv.link);
    assert_eq!(inv.customer_name, ANY_CUSTOMER);
    let first = fixtures::customer("VN");
    let used = using(&inv, &terms, &first, &with_mca()).unwrap();
    let second = second_customer();
    let again = use_offer(
        &fixtures::customer_actor(&second, 0),
        &org(),
        &inv,
        &used.terms,
        &second,
        None,
        &with_mca(),
        102,
        fixtures::now(),
    )
    .unwrap();
    assert_eq!(again.terms.uses, 2);
    for (customer, used) in [(&used.customer, &used), (&again.customer, &again)] {
        let subs: Vec<(&str, u32, SubscriptionStatus, Option<PartnerId>)> = customer
            .subscriptions
            .iter()
            .map(|s| (s.offer.as_str(), s.quantity, s.status, s.partner_of_record))
            .collect();
        assert_eq!(
            subs,
            [(PREMIUM, 25, SubscriptionStatus::Active, Some(US)), (EXCHANGE, 10, SubscriptionStatus::Active, Some(US))]
        );
        assert!(customer.relationships_with(US).any(|k| k == RelationshipKind::Advisor));
        assert!(customer.holds_admin(US), "delegated administration was offered");
        assert!(customer.services.contains(&"Intune".to_string()));
        assert_eq!(used.record.subscriptions.len(), 2);
    }
    assert_eq!(again.record.subscriptions, [SubscriptionId(102), SubscriptionId(103)]);
}

#[test]
fn rule_12_one_customer_uses_an_offer_url_once() {
    let (inv, terms) = purchase();
    let c = fixtures::customer("VN");
    let used = using(&inv, &terms, &c, &with_mca()).unwrap();
    let err = use_offer(
        &fixtures::customer_actor(&used.customer, 0),
        &org(),
        &inv,
        &used.terms,
        &used.customer,
        Some(&used.record),
        &with_mca(),
        200,
        fixtures::now(),
    )
    .unwrap_err();
    assert!(err.msg.to_string().contains("used INV-7 on 2026-11-25 already"), "{err}");
}

#[test]
fn rule_12_the_customer_may_change_a_licence_count_when_buying() {
    let (inv, terms) = purchase();
    let c = fixtures::customer("VN");
    let choices = UseChoices { quantities: vec![(offer(EXCHANGE).id, "12".into())], ..with_mca() };
    let used = using(&inv, &terms, &c, &choices).unwrap();
    assert_eq!(used.customer.subscriptions[1].quantity, 12);
    assert_eq!(used.changed, [(EXCHANGE.to_string(), 10, 12)]);
    for (offer_id, quantity, says) in [
        (offer(EXCHANGE).id, "0", "must be at least 1"),
        (offer(PREMIUM).id, "301", "must be at most 300"),
        (offer("Power BI Pro").id, "5", "is not part of this offer"),
    ] {
        let choices = UseChoices { quantities: vec![(offer_id, quantity.into())], ..with_mca() };
        let err = using(&inv, &terms, &c, &choices).unwrap_err();
        assert!(err.msg.to_string().contains(says), "{err}");
    }
}

#[test]
fn rule_12_a_trial_gives_a_trial_subscription_whose_count_is_fixed() {
    let premium = offer(PREMIUM);
    let (inv, terms) = make(&org(), InvitationKind::Trial, &[(&premium, "")], true, None).unwrap();
    let inv = sent(inv);
    let c = fixtures::customer("VN");
    let used = using(&inv, &terms, &c, &UseChoices::default()).unwrap();
    let s = &used.customer.subscriptions[0];
    assert_eq!((s.status, s.quantity, s.partner_of_record), (SubscriptionStatus::Trial, 25, Some(US)));
    assert!(used.customer.holds_admin(US));
    assert!(used.customer.mca.is_none(), "a trial needs no agreement");
    let choices = UseChoices { quantities: vec![(premium.id, "30".into())], ..UseChoices::default() };
    let err = using(&inv, &terms, &c, &choices).unwrap_err();
    assert!(err.msg.to_string().contains("fixed at 25"), "{err}");
    let err = using(&inv, &terms, &used.customer, &UseChoices::default()).unwrap_err();
    assert!(err.msg.to_string().contains("already has Microsoft 365 Business Premium"), "{err}");
}

#[test]
fn rule_7_a_purchase_needs_the_customer_agreement() {
    let (inv, terms) = purchase();
    let c = fixtures::customer("VN");
    let err = using(&inv, &terms, &c, &UseChoices::default()).unwrap_err();
    assert_eq!(err.input, Some(Input::Mca));
    let used = using(&inv, &terms, &c, &with_mca()).unwrap();
    assert!(used.customer.mca.is_some());
}

#[test]
fn rule_8_admin_privileges_held_by_another_partner_move_only_explicitly() {
    let (inv, terms) = purchase();
    let mut c = fixtures::customer("VN");
    c.admin = Some(AdminGrant {
        partner: PartnerId(5_120_044),
        since: fixtures::now(),
        granted_by: c.users[0].email.clone(),
    });
    let err = using(&inv, &terms, &c, &with_mca()).unwrap_err();
    assert!(err.msg.to_string().contains("only one partner can hold them at a time"), "{err}");
    let choices = UseChoices { take_admin_from_current_holder: true, ..with_mca() };
    let used = using(&inv, &terms, &c, &choices).unwrap();
    assert_eq!(used.admin_taken_from, Some(PartnerId(5_120_044)));
}

fn sub(id: u64, offer: &str, status: SubscriptionStatus) -> Subscription {
    Subscription {
        id: SubscriptionId(id),
        offer: offer.into(),
        quantity: 5,
        assigned: 1,
        status,
        partner_of_record: None,
        created_at: fixtures::now(),
    }
}

#[test]
fn rule_12_a_delegated_admin_offer_follows_a_purchase() {
    let c = fixtures::customer("VN");
    let err = make(&org(), InvitationKind::DelegatedAdminOffer, &[], false, Some(&c)).unwrap_err();
    assert!(err.msg.to_string().contains("has no subscription yet"), "{err}");
    let mut bought = c.clone();
    bought.subscriptions.push(sub(1, "Office 365 E3", SubscriptionStatus::Active));
    let (inv, terms) = make(&org(), InvitationKind::DelegatedAdminOffer, &[], false, Some(&bought)).unwrap();
    assert!(inv.include_admin, "a delegated-admin offer always includes it");
    assert!(inv.link.contains("invType=Administration"));
    let inv = sent(inv);
    let err = using(&inv, &terms, &c, &UseChoices::default()).unwrap_err();
    assert!(err.msg.to_string().contains("has no subscription yet"), "{err}");
    let used = using(&inv, &terms, &bought, &UseChoices::default()).unwrap();
    assert!(used.customer.holds_admin(US));
    assert_eq!(used.customer.subscriptions.len(), 1, "no subscription is added");
    let err = make(&org(), InvitationKind::DelegatedAdminOffer, &[], false, Some(&used.customer)).unwrap_err();
    assert!(err.msg.to_string().contains("already gives"), "{err}");
}

#[test]
fn an_offer_is_used_only_while_sent() {
    let premium = offer(PREMIUM);
    let (draft, terms) = make(&org(), InvitationKind::Trial, &[(&premium, "")], false, None).unwrap();
    let c = fixtures::customer("VN");
    let err = using(&draft, &terms, &c, &UseChoices::default()).unwrap_err();
    assert!(err.msg.to_string().contains("has not been sent yet"), "{err}");
    let revoked = invitation::revoke(&fixtures::sales_agent(), &sent(draft.clone()), fixtures::now()).unwrap();
    let err = using(&revoked, &terms, &c, &UseChoices::default()).unwrap_err();
    assert!(err.msg.to_string().contains("is revoked and can no longer be used"), "{err}");
    let late = use_offer(
        &fixtures::customer_actor(&c, 0),
        &org(),
        &sent(draft),
        &terms,
        &c,
        None,
        &UseChoices::default(),
        1,
        fixtures::now() + Duration::days(EXPIRY_DAYS),
    )
    .unwrap_err();
    assert!(late.msg.to_string().contains("is expired"), "{late}");
}

#[test]
fn who_may_make_and_use_offers() {
    let premium = offer(PREMIUM);
    let helpdesk = Actor::Partner(fixtures::partner_user(
        CompanyRole::User,
        AgentRoles { helpdesk: true, ..AgentRoles::default() },
    ));
    let request = OfferRequest {
        kind: InvitationKind::Trial,
        lines: vec![(&premium, String::new())],
        include_admin: false,
        customer: None,
        recipient: None,
    };
    let err = request_offer(
        &helpdesk,
        &org(),
        request,
        InvitationId(1),
        "tokentoken",
        &LinkHosts::default(),
        fixtures::now(),
    )
    .unwrap_err();
    assert!(err.msg.to_string().starts_with("Sending a trial invitation or offer needs"), "{err}");
    let (inv, terms) = purchase();
    let c = fixtures::customer("VN");
    let staff = fixtures::customer_actor(&c, 1);
    let err = use_offer(&staff, &org(), &inv, &terms, &c, None, &with_mca(), 1, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("is not a Global admin"), "{err}");
    let partner = fixtures::sales_agent();
    assert!(use_offer(&partner, &org(), &inv, &terms, &c, None, &with_mca(), 1, fixtures::now()).is_err());
}

#[test]
fn the_draft_email_carries_the_url_and_what_is_offered() {
    // The partner is in Vietnam: an offer open to anyone there is written in Vietnamese.
    let (inv, _) = purchase();
    assert!(inv.email.body.contains(&inv.link));
    assert!(inv.email.body.contains("Microsoft 365 Business Premium — 25 giấy phép"), "{}", inv.email.body);
    assert!(inv.email.body.contains("quyền quản trị được ủy quyền"), "{}", inv.email.body);
    assert!(inv.email.body.starts_with("Xin chào,"));
    assert!(!inv.email.body.contains("Dear"), "{}", inv.email.body);
}
