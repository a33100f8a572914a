use super::*;
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::customer::Customer;
use crate::domain::fixtures::{self, US};
use crate::domain::ids::PartnerId;
use crate::domain::msg::{CustomerMsg, Msg};
use crate::domain::org::{AgentRoles, CompanyRole};
use crate::domain::region::CspRegion;
use crate::domain::validate;

fn request(include_admin: bool) -> ResellerRequest {
    ResellerRequest {
        include_admin,
        recipient: validate::email(Input::Email, "admin@minhphat.vn").unwrap(),
        language: None,
    }
}

/// Requests with `actor` for `customer`, from a partner in `cloud`, with `open` invitations.
fn try_request(
    actor: &Actor,
    cloud: Cloud,
    customer: &Customer,
    open: &[&Invitation],
    include_admin: bool,
) -> Result<Invitation, Refusal> {
    let org = fixtures::org(cloud);
    let id = InvitationId(open.len() as u64 + 1);
    let token = format!("tok3ntok3n{}", open.len());
    request_reseller(
        actor,
        &org,
        customer,
        open,
        request(include_admin),
        id,
        &token,
        &LinkHosts::default(),
        fixtures::now(),
    )
}

fn draft(include_admin: bool) -> Invitation {
    try_request(&fixtures::sales_agent(), Cloud::Public, &fixtures::customer("VN"), &[], include_admin).unwrap()
}

fn sent(include_admin: bool) -> Invitation {
    let d = draft(include_admin);
    mark_sent(&fixtures::sales_agent(), &d, d.email.clone(), fixtures::now()).unwrap()
}

#[test]
fn rule_1_only_admin_or_sales_agent_or_global_admin_may_request() {
    let org = fixtures::org(Cloud::Public);
    let helpdesk = Actor::Partner(fixtures::partner_user(
        CompanyRole::User,
        AgentRoles { helpdesk: true, ..AgentRoles::default() },
    ));
    let err = try_request(&helpdesk, org.cloud, &fixtures::customer("VN"), &[], true).unwrap_err();
    assert!(err.msg.to_string().contains("Admin agent or Sales agent"), "{err}");
    let global = Actor::Partner(fixtures::partner_user(CompanyRole::GlobalAdmin, AgentRoles::default()));
    let c = fixtures::customer("VN");
    let ok = try_request(&global, org.cloud, &c, &[], true);
    assert!(ok.is_ok());
}

#[test]
fn rule_2_delegated_admin_is_on_by_default_and_cannot_be_cleared_in_national_clouds() {
    assert!(draft(true).include_admin);
    assert!(draft(true).link.contains("DAP=true"));
    assert!(draft(false).link.contains("DAP=false"));
    for cloud in [Cloud::UsGovernment, Cloud::Germany] {
        let org = fixtures::org(cloud);
        let err = try_request(&fixtures::sales_agent(), org.cloud, &fixtures::customer("VN"), &[], false).unwrap_err();
        assert_eq!(err.input, Some(Input::DelegatedAdmin));
        assert!(err.msg.to_string().contains(&cloud.label().to_string()), "{err}");
    }
}

#[test]
fn rule_3_customer_must_be_in_the_partners_country_or_csp_region() {
    let org = fixtures::org(Cloud::Public);
    let err = try_request(&fixtures::sales_agent(), org.cloud, &fixtures::customer("TR"), &[], true).unwrap_err();
    assert_eq!(err.input, None, "the request form has no country field");
    assert!(
        matches!(&err.msg, Msg::Customer(CustomerMsg::OtherRegion { region: Some(CspRegion::AsiaPacific), .. })),
        "{err:?}"
    );
    assert!(err.msg.to_string().contains("Türkiye (TR)"), "{err}");
    // Singapore is in the partner's (Vietnam's) CSP region: Asia and Pacific.
    assert!(try_request(&fixtures::sales_agent(), org.cloud, &fixtures::customer("SG"), &[], true).is_ok());
}

#[test]
fn rule_3_customer_must_be_in_the_partners_cloud() {
    let mut customer = fixtures::customer("VN");
    customer.cloud = Cloud::China21Vianet;
    let err = try_request(&fixtures::sales_agent(), Cloud::Public, &customer, &[], true).unwrap_err();
    assert!(matches!(&err.msg, Msg::Customer(CustomerMsg::OtherCloud { .. })), "{err:?}");
}

#[test]
fn a_second_open_request_for_the_same_customer_is_refused() {
    let org = fixtures::org(Cloud::Public);
    let first = draft(true);
    let err = try_request(&fixtures::sales_agent(), org.cloud, &fixtures::customer("VN"), &[&first], true).unwrap_err();
    assert!(err.msg.to_string().starts_with("INV-1 is already waiting"), "{err}");
}

#[test]
fn rule_4_link_is_personalized_and_in_the_default_email() {
    let d = draft(true);
    assert!(d.link.contains(&format!("partnerId={}", fixtures::org(Cloud::Public).tenant_id)));
    assert!(d.email.body.contains(&d.link));
    assert!(d.email.body.contains("Trần Thị Lan"), "in the operator's name");
    assert_eq!(d.status, InvitationStatus::Draft);
}

#[test]
fn rule_4_done_is_refused_when_the_link_was_removed_or_altered() {
    let d = draft(true);
    let mut email = d.email.clone();
    email.body = email.body.replace(&d.link, "");
    let err = mark_sent(&fixtures::sales_agent(), &d, email, fixtures::now()).unwrap_err();
    assert_eq!(err.input, Some(Input::Email));
    let mut altered = d.email.clone();
    altered.body = altered.body.replace("DAP=true", "DAP=false");
    assert!(mark_sent(&fixtures::sales_agent(), &d, altered, fixtures::now()).is_err());
}

#[test]
fn rule_5_done_marks_sent_with_the_final_text() {
    let d = draft(true);
    let mut email = d.email.clone();
    email.body = format!("Xin chào!\n\n{}", email.body);
    let s = mark_sent(&fixtures::sales_agent(), &d, email.clone(), fixtures::now()).unwrap();
    assert_eq!(s.status, InvitationStatus::Sent);
    assert_eq!(s.email, email);
    assert_eq!(s.sent_at, Some(fixtures::now()));
}

#[test]
fn rule_6_only_a_global_admin_of_the_customer_may_accept() {
    let org = fixtures::org(Cloud::Public);
    let c = fixtures::customer("VN");
    let inv = sent(true);
    let choices = AcceptChoices { accept_mca: true, ..AcceptChoices::default() };
    let err = accept(&fixtures::customer_actor(&c, 1), &org, &inv, &c, choices, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("not a Global admin"), "{err}");
    let err = accept(&fixtures::sales_agent(), &org, &inv, &c, choices, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("Accepting an invitation needs"), "{err}");
}

#[test]
fn rule_6_syndication_and_cpc_customers_may_not_accept() {
    use crate::domain::customer::Ineligibility;
    let org = fixtures::org(Cloud::Public);
    for reason in [Ineligibility::Syndication, Ineligibility::Cpc] {
        let mut c = fixtures::customer("VN");
        c.ineligible = Some(reason);
        let choices = AcceptChoices { accept_mca: true, ..AcceptChoices::default() };
        let err =
            accept(&fixtures::customer_actor(&c, 0), &org, &sent(true), &c, choices, fixtures::now()).unwrap_err();
        let said = match reason {
            Ineligibility::Syndication => "syndication",
            Ineligibility::Cpc => "CPC",
        };
        assert!(err.msg.to_string().contains(said), "{err}");
    }
}

#[test]
fn rule_6_mca_must_be_accepted_as_part_of_accepting() {
    let org = fixtures::org(Cloud::Public);
    let c = fixtures::customer("VN");
    let actor = fixtures::customer_actor(&c, 0);
    let err = accept(&actor, &org, &sent(true), &c, AcceptChoices::default(), fixtures::now()).unwrap_err();
    assert_eq!(err.input, Some(Input::Mca));
    let ok = accept(
        &actor,
        &org,
        &sent(true),
        &c,
        AcceptChoices { accept_mca: true, ..Default::default() },
        fixtures::now(),
    )
    .unwrap();
    assert_eq!(ok.customer.mca.as_ref().map(|m| m.by.as_str()), Some("admin@minhphat.vn"));
}

#[test]
fn rule_6_answer_names_the_portal_of_the_customers_cloud() {
    let org = fixtures::org(Cloud::Public);
    let mut c = fixtures::customer("VN");
    c.cloud = Cloud::Germany;
    let ok = accept(
        &fixtures::customer_actor(&c, 0),
        &org,
        &sent(true),
        &c,
        AcceptChoices { accept_mca: true, ..Default::default() },
        fixtures::now(),
    )
    .unwrap();
    assert_eq!(ok.portal, "Microsoft Office admin portal");
}

#[test]
fn rule_7_after_acceptance_the_customer_is_listed_with_reseller_and_admin_as_asked() {
    let org = fixtures::org(Cloud::Public);
    let c = fixtures::customer("VN");
    let choices = AcceptChoices { accept_mca: true, ..Default::default() };
    let with = accept(&fixtures::customer_actor(&c, 0), &org, &sent(true), &c, choices, fixtures::now()).unwrap();
    assert!(with.customer.is_customer_of(US));
    assert!(with.customer.relationships_with(US).any(|k| k == RelationshipKind::Reseller));
    assert!(with.customer.holds_admin(US));
    assert_eq!(with.invitation.status, InvitationStatus::Accepted);
    let without = accept(&fixtures::customer_actor(&c, 0), &org, &sent(false), &c, choices, fixtures::now()).unwrap();
    assert!(without.customer.is_customer_of(US));
    assert!(!without.customer.holds_admin(US));
}

#[test]
fn rule_8_admin_privileges_move_from_another_partner_only_by_explicit_choice() {
    let org = fixtures::org(Cloud::Public);
    let mut c = fixtures::customer("VN");
    let other = PartnerId(7_654_321);
    c.admin = Some(AdminGrant { partner: other, since: fixtures::now(), granted_by: c.users[0].email.clone() });
    let actor = fixtures::customer_actor(&c, 0);
    let choices = AcceptChoices { accept_mca: true, ..Default::default() };
    let err = accept(&actor, &org, &sent(true), &c, choices, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("only one partner"), "{err}");
    let explicit = AcceptChoices { accept_mca: true, take_admin_from_current_holder: true, ..Default::default() };
    let ok = accept(&actor, &org, &sent(true), &c, explicit, fixtures::now()).unwrap();
    assert!(ok.customer.holds_admin(US));
    assert_eq!(ok.admin_taken_from, Some(other));
}

#[test]
fn expired_and_answered_invitations_cannot_be_accepted_twice() {
    let org = fixtures::org(Cloud::Public);
    let c = fixtures::customer("VN");
    let actor = fixtures::customer_actor(&c, 0);
    let choices = AcceptChoices { accept_mca: true, ..Default::default() };
    let later = fixtures::now() + Duration::days(EXPIRY_DAYS);
    let err = accept(&actor, &org, &sent(true), &c, choices, later).unwrap_err();
    assert!(err.msg.to_string().contains("expired"), "{err}");
    let once = accept(&actor, &org, &sent(true), &c, choices, fixtures::now()).unwrap();
    let err = accept(&actor, &org, &once.invitation, &once.customer, choices, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("accepted"), "{err}");
    let err = accept(&actor, &org, &draft(true), &c, choices, fixtures::now()).unwrap_err();
    assert!(err.msg.to_string().contains("not been sent"), "{err}");
}

#[test]
fn revoke_only_open_invitations_and_expiry_is_computed_from_the_clock() {
    let d = draft(true);
    assert_eq!(d.status_at(fixtures::now() + Duration::days(EXPIRY_DAYS - 1)), InvitationStatus::Draft);
    assert_eq!(d.status_at(fixtures::now() + Duration::days(EXPIRY_DAYS)), InvitationStatus::Expired);
    let r = revoke(&fixtures::sales_agent(), &d, fixtures::now()).unwrap();
    assert_eq!(r.status, InvitationStatus::Revoked);
    assert!(r.status.is_purgeable());
    assert!(revoke(&fixtures::sales_agent(), &r, fixtures::now()).is_err());
}

#[test]
fn seed_000_a_customer_may_accept_the_reseller_relationship_and_keep_admin_with_its_holder() {
    let org = fixtures::org(Cloud::Public);
    let mut c = fixtures::customer("VN");
    let other = PartnerId(7_654_321);
    c.admin = Some(AdminGrant { partner: other, since: fixtures::now(), granted_by: c.users[0].email.clone() });
    let actor = fixtures::customer_actor(&c, 0);
    let neither = AcceptChoices { accept_mca: true, ..Default::default() };
    let err = accept(&actor, &org, &sent(true), &c, neither, fixtures::now()).unwrap_err();
    assert!(matches!(err.msg, Msg::Invitation(InvitationMsg::AdminChoiceNeeded { restore: false, .. })), "{err}");
    let keep = AcceptChoices { accept_mca: true, keep_admin_with_current_holder: true, ..Default::default() };
    let kept = accept(&actor, &org, &sent(true), &c, keep, fixtures::now()).unwrap();
    assert!(kept.customer.relationships_with(US).any(|k| k == RelationshipKind::Reseller));
    assert!(kept.customer.holds_admin(other) && !kept.customer.holds_admin(US), "admin stays with its holder");
    assert!(kept.invitation.admin_not_granted, "the invitation records admin not granted");
    assert_eq!(kept.admin_taken_from, None);
    assert_eq!(kept.customer.support_duty_now(), Some(US), "the reseller owes support");
    // Nobody else holds them: granted as asked, and nothing to record.
    c.admin = None;
    let granted = accept(&actor, &org, &sent(true), &c, keep, fixtures::now()).unwrap();
    assert!(granted.customer.holds_admin(US) && !granted.invitation.admin_not_granted);
}

fn restore_request(customer: &Customer, open: &[&Invitation]) -> Result<Invitation, Refusal> {
    let org = fixtures::org(Cloud::Public);
    let to = customer.users[0].email.clone();
    let id = InvitationId(40);
    request_restore_admin(
        &fixtures::sales_agent(),
        &org,
        customer,
        open,
        to,
        id,
        "r3st0r3t0k3n",
        &LinkHosts::default(),
        fixtures::now(),
    )
}

#[test]
fn seed_004_a_partner_asks_its_reseller_customer_to_restore_delegated_admin() {
    let org = fixtures::org(Cloud::Public);
    let other = PartnerId(7_654_321);
    let prospect = fixtures::customer("VN");
    let err = restore_request(&prospect, &[]).unwrap_err();
    assert!(matches!(err.msg, Msg::Invitation(InvitationMsg::RestoreNeedsReseller { .. })), "{err}");

    let mut c = prospect.clone();
    c.relationships.push(PartnerRelationship { partner: US, kind: RelationshipKind::Reseller, since: fixtures::now() });
    c.admin = Some(AdminGrant { partner: US, since: fixtures::now(), granted_by: c.users[0].email.clone() });
    let err = restore_request(&c, &[]).unwrap_err();
    assert!(matches!(err.msg, Msg::Invitation(InvitationMsg::AdminHeldAlready { .. })), "{err}");

    c.admin = Some(AdminGrant { partner: other, since: fixtures::now(), granted_by: c.users[0].email.clone() });
    let draft = restore_request(&c, &[]).unwrap();
    assert!(draft.restores_admin && draft.include_admin && draft.link.contains("DAP=true"));
    assert_eq!(draft.kind, InvitationKind::Reseller);
    assert!(draft.email.body.contains(&draft.link));
    let err = restore_request(&c, &[&draft]).unwrap_err();
    assert!(matches!(err.msg, Msg::Invitation(InvitationMsg::AlreadyWaiting { .. })), "one open request at a time");
    // Ordinary reseller requests are still refused for a reseller customer.
    let err = try_request(&fixtures::sales_agent(), Cloud::Public, &c, &[], true).unwrap_err();
    assert!(matches!(err.msg, Msg::Invitation(InvitationMsg::AlreadyReseller { .. })), "{err}");

    let sent = mark_sent(&fixtures::sales_agent(), &draft, draft.email.clone(), fixtures::now()).unwrap();
    let actor = fixtures::customer_actor(&c, 0);
    let keep = AcceptChoices { accept_mca: true, keep_admin_with_current_holder: true, ..Default::default() };
    let err = accept(&actor, &org, &sent, &c, keep, fixtures::now()).unwrap_err();
    assert!(
        matches!(err.msg, Msg::Invitation(InvitationMsg::AdminChoiceNeeded { restore: true, .. })),
        "keeping them elsewhere is declining a restore request: {err}"
    );
    let take = AcceptChoices { accept_mca: true, take_admin_from_current_holder: true, ..Default::default() };
    let restored = accept(&actor, &org, &sent, &c, take, fixtures::now()).unwrap();
    assert!(restored.customer.holds_admin(US));
    assert_eq!(restored.admin_taken_from, Some(other));
    assert_eq!(restored.customer.relationships_with(US).count(), 1, "the reseller relationship is not doubled");
    // With nobody holding them, accepting grants them.
    c.admin = None;
    let granted =
        accept(&actor, &org, &sent, &c, AcceptChoices { accept_mca: true, ..Default::default() }, fixtures::now())
            .unwrap();
    assert!(granted.customer.holds_admin(US) && !granted.invitation.admin_not_granted);
}

/// Rule 4 and #22: the email is in the customer's language (Vietnam: Vietnamese) unless the
/// operator picks another; either way the personalized link is in it, unaltered.
#[test]
fn the_email_is_in_the_customers_language_or_the_one_chosen_with_the_link_intact() {
    let org = fixtures::org(Cloud::Public);
    let customer = fixtures::customer("VN");
    let ask = |language| {
        let request = ResellerRequest { language, ..request(true) };
        let hosts = LinkHosts::default();
        request_reseller(
            &fixtures::sales_agent(),
            &org,
            &customer,
            &[],
            request,
            InvitationId(1),
            "tok3n",
            &hosts,
            fixtures::now(),
        )
        .unwrap()
    };
    let by_country = ask(None);
    assert!(by_country.email.subject.contains("mối quan hệ đại lý"), "{}", by_country.email.subject);
    let turkish = ask(Some(crate::i18n::Locale::Tr));
    assert!(turkish.email.subject.contains("bayi ilişkisine"), "{}", turkish.email.subject);
    assert_eq!(turkish.link, by_country.link, "the language changes no byte of the link");
    assert!(turkish.email.body.contains(&turkish.link));
    assert!(mark_sent(&fixtures::sales_agent(), &turkish, turkish.email.clone(), fixtures::now()).is_ok());
}
