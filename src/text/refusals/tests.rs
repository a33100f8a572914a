use crate::domain::admin::AdminRelationshipStatus;
use crate::domain::country::{Cloud, CountryCode};
use crate::domain::customer::{Ineligibility, SubscriptionStatus};
use crate::domain::ids::{AdminRelationshipId, Domain, Email, InvitationId, PartnerId, SubscriptionId, TenantId};
use crate::domain::invitation::{InvitationKind, InvitationStatus};
use crate::domain::msg::*;
use crate::domain::org::{AgentRoles, CompanyRole, DirectoryKind};
use crate::domain::permission::Operation;
use crate::domain::{Input, Msg, Refusal};

/// One message of every kind, with ordinary arguments.
fn one_of_each() -> Vec<Msg> {
    let company = || "Minh Phát".to_string();
    let partner = || "Sao Mai Cloud".to_string();
    let text = || "abc".to_string();
    let email = || Email("an@saomai.vn".into());
    let inv = InvitationId(3);
    let rel = AdminRelationshipId(4);
    let pid = PartnerId(4_512_345);
    let tenant = TenantId::from_u128(7);
    let vn = CountryCode::parse("VN").unwrap();
    let today = crate::domain::fixtures::now().date_naive();
    use InputMsg as I;
    let input = [
        I::Required,
        I::NotOneLine,
        I::ControlCharacters,
        I::BidiOverride,
        I::LineSeparators,
        I::InvisibleTags,
        I::NothingVisible,
        I::TooLong { max: 120 },
        I::DomainNotAscii,
        I::DomainNeedsDot { domain: text() },
        I::DomainEmptyPart { domain: text() },
        I::DomainPartTooLong { max: 63 },
        I::DomainCharacters { domain: text() },
        I::DomainHyphenAtEdge,
        I::DomainEndsInNumber,
        I::InitialDomainSuffix { suffix: "onmicrosoft.com".into() },
        I::InitialDomainName { suffix: "onmicrosoft.com".into(), max: 27 },
        I::EmailWithoutAt { text: text() },
        I::EmailLocalLength { max: 64 },
        I::EmailLocalCharacters { text: text() },
        I::PartnerIdNotDigits { text: text() },
        I::PartnerIdLength { min: 6, max: 7 },
        I::NotPositive,
        I::NotWholeNumber { text: text() },
        I::AtLeast { min: 1 },
        I::AtMost { max: 300 },
        I::AtLeastDays { min: 1 },
        I::ProductKeyShape,
        I::ProductKeyCharacter { character: 'O' },
        I::PhoneCharacters,
        I::PhoneDigits { min: 6, max: 15 },
        I::NotACountry { text: text() },
        I::NotATenantId { text: text() },
        I::CloudRequired,
        I::NotAnIsoCountry { text: text() },
        I::NotAnId { text: text(), prefix: "INV" },
        I::NotARoleId { text: text() },
    ]
    .map(Msg::from);
    let permission = [
        Who::Partner { role: CompanyRole::User, agent: AgentRoles { helpdesk: true, ..Default::default() } },
        Who::OtherTenant { company: company() },
        Who::NotGlobalAdmin { email: email(), company: company() },
        Who::Customer,
    ]
    .map(|who| Msg::from(PermissionMsg::Needs { op: Operation::RequestReseller, who }));
    use BookMsg as B;
    let book = [
        B::ReadOnlySession,
        B::ReadOnlyBook,
        B::Replaced { path: "/tmp/book.redb".into() },
        B::NobodySignedIn,
        B::NoLongerPartnerUser { email: email() },
        B::NoLongerCustomerUser { email: email() },
        B::NoOrganization,
        B::CustomerGone,
        B::CustomerNamedGone { company: company() },
        B::TenantGone,
        B::InvitationGone { id: inv },
        B::RelationshipGone { id: rel },
        B::TenantTaken { tenant },
        B::TenantTwiceInExport { tenant },
        B::DomainTaken { domain: Domain("minhphat.vn".into()) },
        B::LoginTaken { email: email() },
        B::ProfileChanged,
        B::RecordChanged { record: "INV-3".into(), by: None },
        B::RecordChanged { record: "INV-3".into(), by: Some("an@saomai.vn".into()) },
    ]
    .map(Msg::from);
    use InvitationMsg as V;
    let invitation = [
        V::PartnerRequests,
        V::NotReseller { partner: partner() },
        V::AdminRequired { partner: partner(), cloud: Cloud::Germany },
        V::AlreadyReseller { company: company(), partner: partner() },
        V::AlreadyWaiting { id: inv, company: company(), status: InvitationStatus::Sent },
        V::CannotSend { id: inv, status: InvitationStatus::Revoked },
        V::LinkChanged,
        V::CannotRevoke { id: inv, status: InvitationStatus::Accepted },
        V::NoLongerDraft { id: inv },
        V::CustomerAccepts,
        V::UsedThroughLink { id: inv, kind: InvitationKind::Trial },
        V::NotSentTo { id: inv, company: company() },
        V::Ineligible { company: company(), reason: Ineligibility::Cpc },
        V::NotSentYet { id: inv },
        V::NoLongerOpen { id: inv, status: InvitationStatus::Expired, offer: true, partner: partner() },
        V::McaNotAccepted { company: company() },
        V::AdminHeldElsewhere { holder: pid, company: company(), partner: partner() },
        V::AdminChoiceNeeded { holder: pid, company: company(), partner: partner(), restore: false },
        V::AdminChoiceNeeded { holder: pid, company: company(), partner: partner(), restore: true },
        V::RestoreNeedsReseller { company: company(), partner: partner() },
        V::AdminHeldAlready { company: company(), partner: partner() },
        V::OfferNotDeclined { id: inv },
        V::NotWaitingFor { id: inv, company: company() },
        V::NoRecipient,
        V::NotALink,
        V::UnknownLink,
        V::NotAddressed { id: inv },
    ]
    .map(Msg::from);
    use OfferMsg as O;
    let offer = [
        O::PartnerOffers,
        O::NotAdvisor { partner: partner() },
        O::NotCertified { partner: partner() },
        O::OneTrial,
        O::NoTrial { offer: text() },
        O::ResellerNotOffered,
        O::NoLines,
        O::Twice { offer: text() },
        O::LineLicences { offer: text(), problem: Box::new(InputMsg::AtMost { max: 300 }.into()) },
        O::AlreadyAdmin { company: company(), partner: partner() },
        O::NoSubscriptionYet { company: company() },
        O::CustomerUses,
        O::CustomerAdminUses,
        O::UsedAlready { company: company(), id: inv, on: today, partner: partner() },
        O::HasOfferAlready {
            company: company(),
            offer: text(),
            subscription: SubscriptionId(1),
            status: SubscriptionStatus::Trial,
        },
        O::ResellerInvitation { id: inv },
        O::NotPartOf { offer: 9 },
        O::TrialCountFixed { count: 25 },
        O::NotInCatalogue { offer: 9 },
        O::NotALink,
        O::UnknownLink,
        O::LinkIsReseller { id: inv },
        O::TermsLost { id: inv },
    ]
    .map(Msg::from);
    use CustomerMsg as C;
    let customer = [
        C::ContactNotAUser { email: email() },
        C::CannotSupport { name: text() },
        C::ChooseOffer,
        C::NoResellerRelationship { company: company() },
        C::LiveSubscriptions { company: company(), subscriptions: vec![SubscriptionId(1), SubscriptionId(2)] },
        C::ProductKeyNeedsAdvisor { partner: partner() },
        C::McaNeededForKey { company: company() },
        C::OtherCloud { company: company(), cloud: Cloud::Public, partner: partner(), partner_cloud: Cloud::Germany },
        C::OtherRegion {
            company: company(),
            country: vn,
            partner: partner(),
            partner_country: vn,
            region: Some(crate::domain::region::CspRegion::AsiaPacific),
        },
        C::OtherRegion { company: company(), country: vn, partner: partner(), partner_country: vn, region: None },
    ]
    .map(Msg::from);
    use PartnerMsg as P;
    let partners = [
        P::UnknownId { id: pid },
        P::AddUnknown { id: text() },
        P::FixedWhileCustomers { setting: FixedSetting::PartnerId },
        P::FixedWhileCustomers { setting: FixedSetting::Cloud },
        P::FixedWhileCustomers { setting: FixedSetting::Reseller },
        P::OwnId { id: pid },
        P::InDirectory { id: pid, name: partner() },
        P::IdCannotChange,
        P::NotInDirectory { id: pid },
        P::NotASubscription { subscription: SubscriptionId(1), company: company() },
        P::AlreadyPartnerOfRecord,
        P::CustomerCannotRemoveReseller { partner: partner() },
        P::NotAnAdvisor { partner: pid, company: company() },
        P::UnknownToCustomer { id: pid },
        P::CannotBePartnerOfRecord { name: partner(), kind: Some(DirectoryKind::IndirectProvider) },
        P::CannotBePartnerOfRecord { name: partner(), kind: None },
        P::PartnerInOtherCloud { name: partner(), cloud: Cloud::Germany, customer_cloud: Cloud::Public },
    ]
    .map(Msg::from);
    use UserMsg as U;
    let users = [
        U::GlobalAdminRole,
        U::AlreadyUser { email: email() },
        U::LastGlobalAdmin { name: text() },
        U::OwnRoles,
        U::NotAUser { email: email() },
        U::NoLongerUser { email: email() },
        U::RemoveYourself,
        U::LastGlobalAdminRemoved { name: text() },
        U::ManagedByPartner,
        U::StillSupportContact { name: text(), count: 4, companies: vec![text()] },
    ]
    .map(Msg::from);
    use AdminMsg as A;
    let admin = [
        A::NameTaken { name: text() },
        A::ChooseRole,
        A::AutoExtendWithGlobalAdmin,
        A::CannotApprove { id: rel, status: AdminRelationshipStatus::Active },
        A::LegacyStillGranted { company: company(), id: rel },
        A::CannotChangeAutoExtend { id: rel, status: AdminRelationshipStatus::Expired },
        A::AlreadyEnded { id: rel, status: AdminRelationshipStatus::Terminated },
        A::NoHolder { company: company() },
        A::CustomerReassigns,
        A::HoldsAlready { partner: pid },
        A::UnknownPartner { partner: pid },
        A::NoCustomerWithDomain { domain: text() },
    ]
    .map(Msg::from);
    use SetupMsg as S;
    let setup = [
        S::NeitherResellerNorAdvisor,
        S::SetUpAlready { partner: partner(), id: pid },
        S::BookInUse { path: "/tmp/book.redb".into(), partner: partner() },
        S::BookHasRecords { path: "/tmp/book.redb".into() },
    ]
    .map(Msg::from);
    use TenantMsg as T;
    let sub = SubscriptionId(3);
    let mut tenant = vec![
        T::NoAdminPrivileges { company: company() },
        T::NoTenantRole,
        T::NotReseller { company: company() },
        T::BoughtThroughPartner,
        T::NoSuchSubscription { subscription: sub, company: company() },
        T::NoSuchUser { email: email(), company: company() },
        T::UserExists { email: email() },
        T::QuantityUnchanged { subscription: sub, quantity: 5 },
        T::AlreadyAssigned { subscription: sub, email: email() },
        T::NotAssigned { subscription: sub, email: email() },
        T::ResetNeedsGlobal { email: email() },
        T::NeedsGlobal,
        T::AlreadyGlobalAdmin { email: email() },
        T::NotGlobalAdmin { email: email() },
        T::LastGlobalAdmin { email: email(), company: company() },
    ];
    for status in [
        SubscriptionStatus::Active,
        SubscriptionStatus::Trial,
        SubscriptionStatus::Suspended,
        SubscriptionStatus::Expired,
    ] {
        tenant.push(T::WrongStatus { subscription: sub, status });
    }
    for n in [1, 7] {
        tenant.push(T::BelowAssigned { subscription: sub, assigned: n });
        tenant.push(T::AllAssigned { subscription: sub, quantity: n });
    }
    let tenant: Vec<Msg> = tenant.into_iter().map(Msg::from).collect();
    use crate::domain::gdap::access::StatusKind;
    use GdapMsg as G;
    let acc = crate::domain::ids::AccessAssignmentId(4);
    let gdap = [
        G::AssignNotActive { id: rel, status: AdminRelationshipStatus::ApprovalPending },
        G::RoleNotHeld { id: rel, role: crate::domain::admin::DirectoryRole::GlobalAdministrator },
        G::GroupAssignedAlready { group: text(), id: rel, assignment: acc },
        G::AlreadyRemoved { assignment: acc, status: StatusKind::Deleting },
        G::NotInProgress { assignment: acc, status: StatusKind::Active },
        G::NotAGroupId { text: text() },
        G::GroupNamedOtherwise { name: text() },
        G::NewGroupNeedsName,
        G::AssignmentGone { assignment: acc },
        G::RemoveGlobalAdminNotActive { id: rel, status: AdminRelationshipStatus::Terminated },
        G::NoGlobalAdmin { id: rel },
        G::OnlyGlobalAdmin { id: rel },
        G::AssignmentHoldsGlobalAdmin { id: rel, assignment: acc },
        G::NoLiveRelationship { company: company() },
        G::NoTenantOnLine { line: 3, text: text() },
        G::TemplateNameBuiltIn { name: text() },
        G::TemplateExists { name: text() },
        G::TemplateNeedsRoles,
        G::NoSuchTemplate { name: text() },
        G::NotAwaitingApproval { id: rel, status: AdminRelationshipStatus::Active },
    ]
    .map(Msg::from);
    [&input[..], &permission, &book, &invitation, &offer, &customer, &partners, &users, &admin, &setup, &tenant, &gdap]
        .concat()
}

#[test]
fn every_message_renders_to_a_sentence() {
    for msg in one_of_each() {
        let text = msg.to_string();
        assert!(!text.trim().is_empty(), "{msg:?} says nothing");
        assert!(!text.contains('{') && !text.contains("  "), "{msg:?} renders as {text:?}");
    }
}

#[test]
fn a_refusal_names_its_input_first() {
    let about = Refusal::on(Input::Email, InputMsg::Required);
    assert_eq!(about.to_string(), "Email: is required");
    assert_eq!(Refusal::new(BookMsg::CustomerGone).to_string(), "That customer is no longer in the book.");
}

#[test]
fn counts_decide_the_words() {
    assert_eq!(InputMsg::AtLeastDays { min: 1 }.to_string(), "must be at least 1 day");
    assert_eq!(InputMsg::AtLeastDays { min: 7 }.to_string(), "must be at least 7 days");
    let live = CustomerMsg::LiveSubscriptions {
        company: "Minh Phát".into(),
        subscriptions: vec![SubscriptionId(1), SubscriptionId(2)],
    };
    assert!(live.to_string().starts_with("Minh Phát still has 2 active subscriptions (SUB-1, SUB-2);"));
}

#[test]
fn licence_counts_decide_the_words() {
    let sub = SubscriptionId(3);
    assert_eq!(
        TenantMsg::AllAssigned { subscription: sub, quantity: 1 }.to_string(),
        "The only licence of SUB-3 is assigned: add licences or unassign it first."
    );
    assert_eq!(
        TenantMsg::AllAssigned { subscription: sub, quantity: 10 }.to_string(),
        "All 10 licences of SUB-3 are assigned: add licences or unassign one first."
    );
}

#[test]
fn the_permission_refusal_says_who_lacks_what() {
    let helpdesk = Who::Partner { role: CompanyRole::User, agent: AgentRoles { helpdesk: true, ..Default::default() } };
    assert_eq!(
        PermissionMsg::Needs { op: Operation::RequestReseller, who: helpdesk }.to_string(),
        "Requesting a reseller relationship needs the Admin agent or Sales agent role, or Global admin; \
         you are User, Helpdesk agent."
    );
}
