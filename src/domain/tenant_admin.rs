//! Administering a customer from its expanded record (rule 14; seed 000 step 6, seed 001
//! "client management"): its subscriptions — suspend, reactivate, licence count, cancel, the
//! licences assigned to its users — and its users — add one, reset a password, make or remove
//! Global admin.
//!
//! Two kinds of right, as in the partner portal:
//! - **Subscriptions** are the reseller's to change (it sells them): a partner changes them only
//!   for a customer it resells to; a customer asks its reseller.
//! - **Users and licences** are administered *in the tenant*: a partner user acts there through
//!   the partner's admin privileges (delegated administration), as a global administrator (Full
//!   administration, the Admin agent role, or the partner's own Global admin) or as a password
//!   administrator (Limited administration, the Helpdesk agent role: password resets of users who
//!   are not admins, nothing else). The customer's own Global admins administer their tenant
//!   themselves.

use super::customer::{Customer, CustomerUser, RelationshipKind, Subscription, SubscriptionStatus};
use super::ids::{Email, PartnerId, SubscriptionId};
use super::msg::TenantMsg;
use super::org::{CompanyRole, SupportedCompanyAdmin};
use super::permission::{self, Actor, Operation};
use super::{Input, Refusal, validate};

/// What an actor may do among a tenant's users (seed 001: Full administration has the
/// privileges of a global administrator there, Limited administration those of a password
/// administrator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantAuthority {
    /// Everything: users, licences, admin roles, any password.
    Global,
    /// Password resets of users who are not admins.
    Password,
}

impl TenantAuthority {
    fn require_global(self) -> Result<(), Refusal> {
        match self {
            TenantAuthority::Global => Ok(()),
            TenantAuthority::Password => Err(Refusal::new(TenantMsg::NeedsGlobal)),
        }
    }
}

/// How `actor` may administer `customer`'s users, `partner` being the book's partner.
pub fn authority(actor: &Actor, customer: &Customer, partner: PartnerId) -> Result<TenantAuthority, Refusal> {
    match actor {
        Actor::Customer { .. } => {
            permission::check(actor, Operation::ManageTenantUsers, Some(customer.tenant_id))?;
            Ok(TenantAuthority::Global)
        }
        Actor::Partner(user) => {
            if !customer.holds_admin(partner) {
                return Err(Refusal::new(TenantMsg::NoAdminPrivileges { company: customer.company_name.clone() }));
            }
            if user.company_role == CompanyRole::GlobalAdmin
                || user.agent.admin
                || user.supported_admin == SupportedCompanyAdmin::Full
            {
                Ok(TenantAuthority::Global)
            } else if user.agent.helpdesk || user.supported_admin == SupportedCompanyAdmin::Limited {
                Ok(TenantAuthority::Password)
            } else {
                Err(Refusal::new(TenantMsg::NoTenantRole))
            }
        }
    }
}

/// Whether `actor` may change `customer`'s subscriptions: its reseller only.
pub fn may_change_subscriptions(actor: &Actor, customer: &Customer, partner: PartnerId) -> Result<(), Refusal> {
    match actor {
        Actor::Customer { .. } => Err(Refusal::new(TenantMsg::BoughtThroughPartner)),
        Actor::Partner(_) => {
            let resells = customer
                .relationships_with(partner)
                .any(|k| matches!(k, RelationshipKind::Reseller | RelationshipKind::IndirectReseller));
            if resells {
                Ok(())
            } else {
                Err(Refusal::new(TenantMsg::NotReseller { company: customer.company_name.clone() }))
            }
        }
    }
}

/// What an action of a customer's record needs of the actor (rule 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordNeed {
    /// Suspend, reactivate, licence count, cancel: the customer's reseller.
    Reseller,
    /// Licences of users, a new user, the Global admin role: global administration there.
    Global,
    /// A password reset: any administration there (the user reset is checked on submit).
    AnyAuthority,
}

/// Whether `actor` may begin a record action at all: asked when its key is pressed, so that a
/// form is never filled in only to be refused for who the actor is.
pub fn may_begin(actor: &Actor, customer: &Customer, partner: PartnerId, need: RecordNeed) -> Result<(), Refusal> {
    match need {
        RecordNeed::Reseller => may_change_subscriptions(actor, customer, partner),
        RecordNeed::Global => authority(actor, customer, partner)?.require_global(),
        RecordNeed::AnyAuthority => authority(actor, customer, partner).map(|_| ()),
    }
}

fn subscription_mut(c: &mut Customer, id: SubscriptionId) -> Result<&mut Subscription, Refusal> {
    let company = c.company_name.clone();
    c.subscriptions
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or_else(|| Refusal::on(Input::Subscription, TenantMsg::NoSuchSubscription { subscription: id, company }))
}

fn user_index(c: &Customer, email: &Email) -> Result<usize, Refusal> {
    c.users.iter().position(|u| &u.email == email).ok_or_else(|| {
        Refusal::on(Input::User, TenantMsg::NoSuchUser { email: email.clone(), company: c.company_name.clone() })
    })
}

fn wrong_status(s: &Subscription) -> Refusal {
    Refusal::on(Input::Subscription, TenantMsg::WrongStatus { subscription: s.id, status: s.status })
}

/// Suspends an active or trial subscription: its users keep their licences, which stop working
/// until it is reactivated.
pub fn suspend(customer: &Customer, id: SubscriptionId) -> Result<Customer, Refusal> {
    let mut c = customer.clone();
    let s = subscription_mut(&mut c, id)?;
    if !s.status.is_live() {
        return Err(wrong_status(s));
    }
    s.status = SubscriptionStatus::Suspended;
    Ok(c)
}

/// Suspends every active or trial subscription at once (the first step of removing a reseller
/// relationship), returning which were suspended.
pub fn suspend_live(customer: &Customer) -> (Customer, Vec<SubscriptionId>) {
    let mut c = customer.clone();
    let mut suspended = Vec::new();
    for s in c.subscriptions.iter_mut().filter(|s| s.status.is_live()) {
        s.status = SubscriptionStatus::Suspended;
        suspended.push(s.id);
    }
    (c, suspended)
}

/// A suspended subscription becomes active again.
pub fn reactivate(customer: &Customer, id: SubscriptionId) -> Result<Customer, Refusal> {
    let mut c = customer.clone();
    let s = subscription_mut(&mut c, id)?;
    if s.status != SubscriptionStatus::Suspended {
        return Err(Refusal::on(Input::Subscription, TenantMsg::WrongStatus { subscription: id, status: s.status }));
    }
    s.status = SubscriptionStatus::Active;
    Ok(c)
}

/// Cancels a subscription that has not expired: it leaves the record (the audit log keeps it)
/// and its licences are taken from the users who had them.
pub fn cancel(customer: &Customer, id: SubscriptionId) -> Result<Customer, Refusal> {
    let mut c = customer.clone();
    let s = subscription_mut(&mut c, id)?;
    if s.status == SubscriptionStatus::Expired {
        return Err(wrong_status(s));
    }
    c.subscriptions.retain(|s| s.id != id);
    for user in &mut c.users {
        user.licences.retain(|l| *l != id);
    }
    Ok(c)
}

/// A new licence count for an active subscription: a positive whole number up to the offer's
/// maximum (`max`), and never fewer than the licences already assigned.
pub fn set_quantity(customer: &Customer, id: SubscriptionId, raw: &str, max: u32) -> Result<Customer, Refusal> {
    let mut c = customer.clone();
    let s = subscription_mut(&mut c, id)?;
    if s.status != SubscriptionStatus::Active {
        return Err(wrong_status(s));
    }
    let quantity = validate::licence_count(Input::Licences, raw, max)?;
    if quantity == s.quantity {
        return Err(Refusal::on(Input::Licences, TenantMsg::QuantityUnchanged { subscription: id, quantity }));
    }
    if quantity < s.assigned {
        return Err(Refusal::on(Input::Licences, TenantMsg::BelowAssigned { subscription: id, assigned: s.assigned }));
    }
    s.quantity = quantity;
    Ok(c)
}

/// Gives `user` a licence of an active or trial subscription: never more assigned than bought.
pub fn assign_licence(
    customer: &Customer,
    authority: TenantAuthority,
    id: SubscriptionId,
    user: &Email,
) -> Result<Customer, Refusal> {
    authority.require_global()?;
    let mut c = customer.clone();
    let who = user_index(&c, user)?;
    if c.users[who].licences.contains(&id) {
        return Err(Refusal::on(Input::User, TenantMsg::AlreadyAssigned { subscription: id, email: user.clone() }));
    }
    let s = subscription_mut(&mut c, id)?;
    if !s.status.is_live() {
        return Err(wrong_status(s));
    }
    if s.assigned >= s.quantity {
        return Err(Refusal::on(
            Input::Subscription,
            TenantMsg::AllAssigned { subscription: id, quantity: s.quantity },
        ));
    }
    s.assigned += 1;
    c.users[who].licences.push(id);
    Ok(c)
}

/// Takes `user`'s licence of a subscription back.
pub fn unassign_licence(
    customer: &Customer,
    authority: TenantAuthority,
    id: SubscriptionId,
    user: &Email,
) -> Result<Customer, Refusal> {
    authority.require_global()?;
    let mut c = customer.clone();
    let who = user_index(&c, user)?;
    subscription_mut(&mut c, id)?;
    if !c.users[who].licences.contains(&id) {
        return Err(Refusal::on(Input::User, TenantMsg::NotAssigned { subscription: id, email: user.clone() }));
    }
    c.users[who].licences.retain(|l| *l != id);
    let s = subscription_mut(&mut c, id)?;
    s.assigned = s.assigned.saturating_sub(1);
    Ok(c)
}

/// What a form or a script says of a new user of the tenant.
#[derive(Debug, Clone, Default)]
pub struct NewTenantUser {
    pub name: String,
    pub email: String,
    pub global_admin: bool,
}

/// Adds a user to the tenant (a global administrator's task).
pub fn add_user(customer: &Customer, authority: TenantAuthority, input: &NewTenantUser) -> Result<Customer, Refusal> {
    authority.require_global()?;
    let email = validate::email(Input::Email, &input.email)?;
    if customer.user(&email).is_some() {
        return Err(Refusal::on(Input::Email, TenantMsg::UserExists { email }));
    }
    let name = validate::line(Input::Name, &input.name)?;
    let mut c = customer.clone();
    c.users.push(CustomerUser { email, name, global_admin: input.global_admin, licences: vec![] });
    Ok(c)
}

/// May `authority` reset `user`'s password? A password administrator resets those of users who
/// are not admins only; nothing about the password is kept in the book.
pub fn check_password_reset(customer: &Customer, authority: TenantAuthority, user: &Email) -> Result<(), Refusal> {
    let who = user_index(customer, user)?;
    if customer.users[who].global_admin && authority != TenantAuthority::Global {
        return Err(Refusal::on(Input::User, TenantMsg::ResetNeedsGlobal { email: user.clone() }));
    }
    Ok(())
}

/// The characters of a temporary password: no look-alikes (0 O, 1 l I).
const PASSWORD_UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const PASSWORD_LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const PASSWORD_DIGITS: &[u8] = b"23456789";
const PASSWORD_LEN: usize = 14;

/// A one-time temporary password, from `seed` (random in a session): upper- and lower-case
/// letters and digits, each at least once, as the tenant's password policy asks.
pub fn temporary_password(seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let all: Vec<u8> = [PASSWORD_UPPER, PASSWORD_LOWER, PASSWORD_DIGITS].concat();
    let mut chars: Vec<u8> =
        [PASSWORD_UPPER, PASSWORD_LOWER, PASSWORD_DIGITS].iter().map(|set| set[rng.usize(..set.len())]).collect();
    while chars.len() < PASSWORD_LEN {
        chars.push(all[rng.usize(..all.len())]);
    }
    rng.shuffle(&mut chars);
    chars.into_iter().map(char::from).collect()
}

/// Makes `user` a Global admin of the tenant, or takes the role (never from its last one).
pub fn set_global_admin(
    customer: &Customer,
    authority: TenantAuthority,
    user: &Email,
    on: bool,
) -> Result<Customer, Refusal> {
    authority.require_global()?;
    let who = user_index(customer, user)?;
    let target = &customer.users[who];
    match (on, target.global_admin) {
        (true, true) => return Err(Refusal::on(Input::User, TenantMsg::AlreadyGlobalAdmin { email: user.clone() })),
        (false, false) => return Err(Refusal::on(Input::User, TenantMsg::NotGlobalAdmin { email: user.clone() })),
        (false, true) if customer.users.iter().filter(|u| u.global_admin).count() <= 1 => {
            return Err(Refusal::on(
                Input::User,
                TenantMsg::LastGlobalAdmin { email: user.clone(), company: customer.company_name.clone() },
            ));
        }
        _ => {}
    }
    let mut c = customer.clone();
    c.users[who].global_admin = on;
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::{AdminGrant, PartnerRelationship};
    use crate::domain::fixtures::{self, US};
    use crate::domain::org::AgentRoles;

    fn email(e: &str) -> Email {
        validate::email(Input::Email, e).unwrap()
    }

    const STAFF: &str = "staff@minhphat.vn";
    const ADMIN: &str = "admin@minhphat.vn";

    /// Minh Phát, resold by us with our admin privileges, with SUB-1 (10 licences, 2 assigned).
    fn ours() -> Customer {
        let mut c = fixtures::customer("VN");
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.admin = Some(AdminGrant { partner: US, since: fixtures::now(), granted_by: email(ADMIN) });
        c.subscriptions.push(Subscription {
            id: SubscriptionId(1),
            offer: "Microsoft 365 Business Basic".into(),
            quantity: 10,
            assigned: 2,
            status: SubscriptionStatus::Active,
            partner_of_record: Some(US),
            created_at: fixtures::now(),
        });
        c
    }

    fn partner(role: CompanyRole, agent: AgentRoles, supported: SupportedCompanyAdmin) -> Actor {
        let mut u = fixtures::partner_user(role, agent);
        u.supported_admin = supported;
        Actor::Partner(u)
    }

    fn msg(r: Refusal) -> String {
        r.msg.to_string()
    }

    #[test]
    fn rule_14_full_administration_is_global_administrator_and_limited_is_password_administrator() {
        use SupportedCompanyAdmin as S;
        let c = ours();
        let none = AgentRoles::default();
        let cases = [
            (partner(CompanyRole::User, none, S::Full), Ok(TenantAuthority::Global)),
            (partner(CompanyRole::User, none, S::Limited), Ok(TenantAuthority::Password)),
            (partner(CompanyRole::GlobalAdmin, none, S::None), Ok(TenantAuthority::Global)),
            (partner(CompanyRole::User, AgentRoles { admin: true, ..none }, S::None), Ok(TenantAuthority::Global)),
            (partner(CompanyRole::User, AgentRoles { helpdesk: true, ..none }, S::None), Ok(TenantAuthority::Password)),
            (partner(CompanyRole::User, AgentRoles { sales: true, ..none }, S::None), Err(())),
            (partner(CompanyRole::BillingAdmin, none, S::None), Err(())),
        ];
        for (actor, want) in cases {
            assert_eq!(authority(&actor, &c, US).map_err(|_| ()), want, "{actor:?}");
        }
        let err = authority(&partner(CompanyRole::User, none, S::None), &c, US).unwrap_err();
        assert!(msg(err).contains("no administration of supported companies"));
    }

    #[test]
    fn rule_14_a_partner_administers_users_only_through_admin_privileges_it_holds() {
        let mut c = ours();
        c.admin = None;
        let full = partner(CompanyRole::GlobalAdmin, AgentRoles::default(), SupportedCompanyAdmin::Full);
        let err = authority(&full, &c, US).unwrap_err();
        assert!(msg(err).contains("no admin privileges for Công ty TNHH Minh Phát"));
    }

    #[test]
    fn rule_14_the_customers_own_global_admins_administer_their_tenant() {
        let c = ours();
        assert_eq!(authority(&fixtures::customer_actor(&c, 0), &c, US).unwrap(), TenantAuthority::Global);
        assert!(authority(&fixtures::customer_actor(&c, 1), &c, US).is_err(), "a user who is not an admin");
        let mut other = ours();
        other.tenant_id = crate::domain::ids::TenantId::from_u128(99);
        assert!(authority(&fixtures::customer_actor(&c, 0), &other, US).is_err(), "never another tenant");
    }

    #[test]
    fn rule_14_a_record_action_is_refused_when_its_key_is_pressed_not_after_its_form() {
        let c = ours();
        let limited = partner(CompanyRole::User, AgentRoles::default(), SupportedCompanyAdmin::Limited);
        assert_eq!(may_begin(&limited, &c, US, RecordNeed::AnyAuthority), Ok(()));
        assert!(msg(may_begin(&limited, &c, US, RecordNeed::Global).unwrap_err()).contains("global administrator"));
        let full = partner(CompanyRole::GlobalAdmin, AgentRoles::default(), SupportedCompanyAdmin::Full);
        assert_eq!(may_begin(&full, &c, US, RecordNeed::Global), Ok(()));
        let mut without = ours();
        without.admin = None;
        let err = may_begin(&full, &without, US, RecordNeed::Global).unwrap_err();
        assert!(msg(err).contains("no admin privileges"));
        assert_eq!(may_begin(&full, &without, US, RecordNeed::Reseller), Ok(()), "its reseller still sells to it");
        let customer = fixtures::customer_actor(&c, 0);
        assert_eq!(may_begin(&customer, &c, US, RecordNeed::Global), Ok(()));
        assert!(may_begin(&customer, &c, US, RecordNeed::Reseller).is_err(), "bought through the partner");
    }

    #[test]
    fn rule_14_subscriptions_are_changed_by_their_reseller() {
        let c = ours();
        let agent = fixtures::sales_agent();
        assert!(may_change_subscriptions(&agent, &c, US).is_ok());
        let mut advised = ours();
        advised.relationships[0].kind = RelationshipKind::Advisor;
        assert!(msg(may_change_subscriptions(&agent, &advised, US).unwrap_err()).contains("not the reseller"));
        let err = may_change_subscriptions(&fixtures::customer_actor(&c, 0), &c, US).unwrap_err();
        assert!(msg(err).contains("ask your reseller"));
    }

    #[test]
    fn rule_14_suspend_and_reactivate_follow_the_status() {
        let c = ours();
        let suspended = suspend(&c, SubscriptionId(1)).unwrap();
        assert_eq!(suspended.subscriptions[0].status, SubscriptionStatus::Suspended);
        assert!(msg(suspend(&suspended, SubscriptionId(1)).unwrap_err()).contains("reactivate it first"));
        let back = reactivate(&suspended, SubscriptionId(1)).unwrap();
        assert_eq!(back.subscriptions[0].status, SubscriptionStatus::Active);
        assert!(msg(reactivate(&c, SubscriptionId(1)).unwrap_err()).contains("nothing to reactivate"));
        let err = suspend(&c, SubscriptionId(9)).unwrap_err();
        assert_eq!(err.input, Some(Input::Subscription));
        assert!(msg(err).contains("no subscription SUB-9"));
    }

    #[test]
    fn rule_14_suspend_live_suspends_every_active_and_trial_subscription() {
        let mut c = ours();
        let mut trial = c.subscriptions[0].clone();
        trial.id = SubscriptionId(2);
        trial.status = SubscriptionStatus::Trial;
        let mut expired = trial.clone();
        expired.id = SubscriptionId(3);
        expired.status = SubscriptionStatus::Expired;
        c.subscriptions.extend([trial, expired]);
        let (after, ids) = suspend_live(&c);
        assert_eq!(ids, [SubscriptionId(1), SubscriptionId(2)]);
        assert!(!after.subscriptions.iter().any(|s| s.status.is_live()));
        assert_eq!(after.subscriptions[2].status, SubscriptionStatus::Expired);
    }

    #[test]
    fn rule_14_cancelling_takes_the_subscription_and_its_licences_away() {
        let mut c = ours();
        c.users[1].licences.push(SubscriptionId(1));
        let after = cancel(&c, SubscriptionId(1)).unwrap();
        assert!(after.subscriptions.is_empty() && after.users[1].licences.is_empty());
        c.subscriptions[0].status = SubscriptionStatus::Expired;
        assert!(msg(cancel(&c, SubscriptionId(1)).unwrap_err()).contains("expired"));
    }

    #[test]
    fn rule_14_the_licence_count_never_falls_below_what_is_assigned() {
        let c = ours();
        assert_eq!(set_quantity(&c, SubscriptionId(1), "25", 300).unwrap().subscriptions[0].quantity, 25);
        let err = set_quantity(&c, SubscriptionId(1), "1", 300).unwrap_err();
        assert_eq!(err.input, Some(Input::Licences));
        assert!(msg(err).contains("2 licences of SUB-1 are assigned"));
        assert!(msg(set_quantity(&c, SubscriptionId(1), "10", 300).unwrap_err()).contains("already has 10"));
        assert!(msg(set_quantity(&c, SubscriptionId(1), "301", 300).unwrap_err()).contains("at most 300"));
        assert!(msg(set_quantity(&c, SubscriptionId(1), "ten", 300).unwrap_err()).contains("whole number"));
        let suspended = suspend(&c, SubscriptionId(1)).unwrap();
        assert!(msg(set_quantity(&suspended, SubscriptionId(1), "12", 300).unwrap_err()).contains("suspended"));
    }

    #[test]
    fn rule_14_never_more_licences_assigned_than_bought() {
        let mut c = ours();
        c.subscriptions[0].quantity = 3;
        let staff = email(STAFF);
        let one = assign_licence(&c, TenantAuthority::Global, SubscriptionId(1), &staff).unwrap();
        assert_eq!(one.subscriptions[0].assigned, 3);
        assert_eq!(one.users[1].licences, [SubscriptionId(1)]);
        let err = assign_licence(&one, TenantAuthority::Global, SubscriptionId(1), &email(ADMIN)).unwrap_err();
        assert!(msg(err).contains("All 3 licences of SUB-1 are assigned"));
        let err = assign_licence(&one, TenantAuthority::Global, SubscriptionId(1), &staff).unwrap_err();
        assert!(msg(err).contains("already has a licence"));
        let back = unassign_licence(&one, TenantAuthority::Global, SubscriptionId(1), &staff).unwrap();
        assert_eq!((back.subscriptions[0].assigned, back.users[1].licences.len()), (2, 0));
        let err = unassign_licence(&back, TenantAuthority::Global, SubscriptionId(1), &staff).unwrap_err();
        assert!(msg(err).contains("has no licence of SUB-1"));
        let err = assign_licence(&c, TenantAuthority::Password, SubscriptionId(1), &staff).unwrap_err();
        assert!(msg(err).contains("Limited administration resets passwords only"));
        let err = assign_licence(&c, TenantAuthority::Global, SubscriptionId(1), &email("x@minhphat.vn")).unwrap_err();
        assert_eq!(err.input, Some(Input::User));
    }

    #[test]
    fn rule_14_adding_a_user_needs_a_global_administrator_and_a_new_address() {
        let c = ours();
        let input = NewTenantUser { name: "Phạm Minh".into(), email: "Minh@MinhPhat.vn".into(), global_admin: false };
        let after = add_user(&c, TenantAuthority::Global, &input).unwrap();
        assert_eq!(after.users[2].email.as_str(), "minh@minhphat.vn");
        assert!(add_user(&c, TenantAuthority::Password, &input).is_err());
        let twice = add_user(&after, TenantAuthority::Global, &input).unwrap_err();
        assert_eq!(twice.input, Some(Input::Email));
        assert!(msg(twice).contains("already a user"));
        let nameless = NewTenantUser { name: " ".into(), ..input };
        assert_eq!(add_user(&c, TenantAuthority::Global, &nameless).unwrap_err().input, Some(Input::Name));
    }

    #[test]
    fn rule_14_a_password_administrator_resets_passwords_of_users_who_are_not_admins() {
        let c = ours();
        assert!(check_password_reset(&c, TenantAuthority::Password, &email(STAFF)).is_ok());
        let err = check_password_reset(&c, TenantAuthority::Password, &email(ADMIN)).unwrap_err();
        assert!(msg(err).contains("is a Global admin"));
        assert!(check_password_reset(&c, TenantAuthority::Global, &email(ADMIN)).is_ok());
    }

    #[test]
    fn a_temporary_password_is_long_mixed_and_differs_by_seed() {
        let p = temporary_password(7);
        assert_eq!(p.len(), PASSWORD_LEN);
        assert!(p.bytes().any(|b| b.is_ascii_uppercase()) && p.bytes().any(|b| b.is_ascii_lowercase()));
        assert!(p.bytes().any(|b| b.is_ascii_digit()));
        assert!(!p.contains(['0', 'O', '1', 'l', 'I']));
        assert_ne!(p, temporary_password(8));
        assert_eq!(p, temporary_password(7));
    }

    #[test]
    fn rule_14_the_last_global_admin_of_a_tenant_keeps_the_role() {
        let c = ours();
        let err = set_global_admin(&c, TenantAuthority::Global, &email(ADMIN), false).unwrap_err();
        assert!(msg(err).contains("last Global admin"));
        let two = set_global_admin(&c, TenantAuthority::Global, &email(STAFF), true).unwrap();
        assert!(two.users[1].global_admin);
        let one = set_global_admin(&two, TenantAuthority::Global, &email(ADMIN), false).unwrap();
        assert!(!one.users[0].global_admin);
        assert!(
            msg(set_global_admin(&two, TenantAuthority::Global, &email(STAFF), true).unwrap_err())
                .contains("already a Global admin")
        );
        assert!(set_global_admin(&c, TenantAuthority::Password, &email(STAFF), true).is_err());
    }
}
