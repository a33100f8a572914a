//! Granular admin relationships, the successor of legacy delegated admin: a named relationship
//! with chosen directory roles for a fixed duration, and its status lifecycle.

use super::Refusal;
use super::Timestamp;
use super::customer::{AdminGrant, Customer};
use super::ids::{AdminRelationshipId, PartnerId, TenantId};
use super::msg::{AdminMsg, InputMsg};
use super::permission::{self, Actor, Operation};
use crate::domain::Input;
use chrono::Duration;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 50;
pub const MIN_DURATION_DAYS: u32 = 1;
pub const MAX_DURATION_DAYS: u32 = 730;
pub const AUTO_EXTEND_DAYS: u32 = 180;
/// A request the customer has not approved within this many days expires.
pub const APPROVAL_WINDOW_DAYS: i64 = 90;
/// An active relationship is shown as expiring this many days before its end.
pub const EXPIRING_NOTICE_DAYS: i64 = 30;

/// A Microsoft Entra built-in role a relationship grants: the ten a request form offers by
/// name, or any other built-in role by its template id (imported relationships use them all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DirectoryRole {
    GlobalAdministrator,
    UserAdministrator,
    HelpdeskAdministrator,
    LicenseAdministrator,
    ExchangeAdministrator,
    SharePointAdministrator,
    TeamsAdministrator,
    GlobalReader,
    ServiceSupportAdministrator,
    BillingAdministrator,
    /// Another built-in role of `entra_roles::BUILT_IN`, by its template id.
    Other(u128),
}

/// The book's binary records keep the variant (appending `Other` changed no stored record).
#[derive(Serialize, Deserialize)]
#[serde(rename = "DirectoryRole")]
enum StoredRole {
    GlobalAdministrator,
    UserAdministrator,
    HelpdeskAdministrator,
    LicenseAdministrator,
    ExchangeAdministrator,
    SharePointAdministrator,
    TeamsAdministrator,
    GlobalReader,
    ServiceSupportAdministrator,
    BillingAdministrator,
    Other(u128),
}

impl Serialize for DirectoryRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use DirectoryRole as R;
        if serializer.is_human_readable() {
            // JSON names a role as Microsoft Graph does: by its template id.
            return serializer.serialize_str(&self.role_id());
        }
        match *self {
            R::GlobalAdministrator => StoredRole::GlobalAdministrator,
            R::UserAdministrator => StoredRole::UserAdministrator,
            R::HelpdeskAdministrator => StoredRole::HelpdeskAdministrator,
            R::LicenseAdministrator => StoredRole::LicenseAdministrator,
            R::ExchangeAdministrator => StoredRole::ExchangeAdministrator,
            R::SharePointAdministrator => StoredRole::SharePointAdministrator,
            R::TeamsAdministrator => StoredRole::TeamsAdministrator,
            R::GlobalReader => StoredRole::GlobalReader,
            R::ServiceSupportAdministrator => StoredRole::ServiceSupportAdministrator,
            R::BillingAdministrator => StoredRole::BillingAdministrator,
            R::Other(id) => StoredRole::Other(id),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DirectoryRole {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use DirectoryRole as R;
        if deserializer.is_human_readable() {
            let id = String::deserialize(deserializer)?;
            return R::from_reported_id(&id).ok_or_else(|| serde::de::Error::custom(InputMsg::NotARoleId { text: id }));
        }
        Ok(match StoredRole::deserialize(deserializer)? {
            StoredRole::GlobalAdministrator => R::GlobalAdministrator,
            StoredRole::UserAdministrator => R::UserAdministrator,
            StoredRole::HelpdeskAdministrator => R::HelpdeskAdministrator,
            StoredRole::LicenseAdministrator => R::LicenseAdministrator,
            StoredRole::ExchangeAdministrator => R::ExchangeAdministrator,
            StoredRole::SharePointAdministrator => R::SharePointAdministrator,
            StoredRole::TeamsAdministrator => R::TeamsAdministrator,
            StoredRole::GlobalReader => R::GlobalReader,
            StoredRole::ServiceSupportAdministrator => R::ServiceSupportAdministrator,
            StoredRole::BillingAdministrator => R::BillingAdministrator,
            StoredRole::Other(id) => R::Other(id),
        })
    }
}

impl DirectoryRole {
    pub const ALL: [DirectoryRole; 10] = [
        DirectoryRole::GlobalAdministrator,
        DirectoryRole::UserAdministrator,
        DirectoryRole::HelpdeskAdministrator,
        DirectoryRole::LicenseAdministrator,
        DirectoryRole::ExchangeAdministrator,
        DirectoryRole::SharePointAdministrator,
        DirectoryRole::TeamsAdministrator,
        DirectoryRole::GlobalReader,
        DirectoryRole::ServiceSupportAdministrator,
        DirectoryRole::BillingAdministrator,
    ];
    /// Microsoft's name of the role (data, as Microsoft Entra writes it); `None` for an id that
    /// is not a built-in role.
    pub fn microsoft_name(self) -> Option<&'static str> {
        Some(match self {
            DirectoryRole::Other(_) => return super::entra_roles::name_of(&self.role_id()),
            DirectoryRole::GlobalAdministrator => "Global Administrator",
            DirectoryRole::UserAdministrator => "User Administrator",
            DirectoryRole::HelpdeskAdministrator => "Helpdesk Administrator",
            DirectoryRole::LicenseAdministrator => "License Administrator",
            DirectoryRole::ExchangeAdministrator => "Exchange Administrator",
            DirectoryRole::SharePointAdministrator => "SharePoint Administrator",
            DirectoryRole::TeamsAdministrator => "Teams Administrator",
            DirectoryRole::GlobalReader => "Global Reader",
            DirectoryRole::ServiceSupportAdministrator => "Service Support Administrator",
            DirectoryRole::BillingAdministrator => "Billing Administrator",
        })
    }
    /// The built-in role a Microsoft Entra role template id names (any case); `None` for an id
    /// that is not a built-in role.
    pub fn from_role_id(id: &str) -> Option<DirectoryRole> {
        let named = DirectoryRole::ALL.into_iter().find(|r| r.role_id().eq_ignore_ascii_case(id.trim()));
        named.or_else(|| {
            super::entra_roles::name_of(id)?;
            uuid::Uuid::parse_str(id.trim()).ok().map(|u| DirectoryRole::Other(u.as_u128()))
        })
    }

    /// The role a relationship Microsoft reports holds, by its id: a built-in role, or any
    /// other role id as it is (a relationship that exists at Microsoft is recorded whole, and
    /// the screen shows the id partnerdesk cannot name). `None` for what is not a GUID.
    pub fn from_reported_id(id: &str) -> Option<DirectoryRole> {
        DirectoryRole::from_role_id(id)
            .or_else(|| uuid::Uuid::parse_str(id.trim()).ok().map(|u| DirectoryRole::Other(u.as_u128())))
    }

    /// The Microsoft Entra role template id.
    pub fn role_id(self) -> String {
        self.named_role_id().map_or_else(
            || match self {
                DirectoryRole::Other(id) => uuid::Uuid::from_u128(id).hyphenated().to_string(),
                _ => String::new(),
            },
            str::to_string,
        )
    }

    fn named_role_id(self) -> Option<&'static str> {
        Some(match self {
            DirectoryRole::Other(_) => return None,
            DirectoryRole::GlobalAdministrator => "62e90394-69f5-4237-9190-012177145e10",
            DirectoryRole::UserAdministrator => "fe930be7-5e62-47db-91af-98c3a49a38b1",
            DirectoryRole::HelpdeskAdministrator => "729827e3-9c14-49f7-bb1b-9608f156bbb8",
            DirectoryRole::LicenseAdministrator => "4d6ac14f-3453-41d0-bef9-a3e0c569773a",
            DirectoryRole::ExchangeAdministrator => "29232cdf-9323-42fd-ade2-1d097af3e4de",
            DirectoryRole::SharePointAdministrator => "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
            DirectoryRole::TeamsAdministrator => "69091246-20e8-4a56-aa4d-066075b2a7a8",
            DirectoryRole::GlobalReader => "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
            DirectoryRole::ServiceSupportAdministrator => "f023fd81-a637-4b56-95fd-791ac0226033",
            DirectoryRole::BillingAdministrator => "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminRelationshipStatus {
    Created,
    ApprovalPending,
    Active,
    Expiring,
    Expired,
    TerminationRequested,
    Terminated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminRelationship {
    pub id: AdminRelationshipId,
    pub partner: PartnerId,
    pub customer: TenantId,
    pub customer_name: String,
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub duration_days: u32,
    pub auto_extend: bool,
    /// The stored status; expiry is derived from the clock by `status_at`.
    pub status: AdminRelationshipStatus,
    pub created_at: Timestamp,
    pub activated_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub version: u64,
}

impl AdminRelationship {
    /// The status as of `now`: a request unapproved for 90 days expires; an active one is
    /// expiring in its last 30 days and expired after its end (unless it auto-extends).
    pub fn status_at(&self, now: Timestamp) -> AdminRelationshipStatus {
        use AdminRelationshipStatus::*;
        match self.status {
            ApprovalPending if now >= self.created_at + Duration::days(APPROVAL_WINDOW_DAYS) => Expired,
            Active => match self.ends_at {
                Some(end) if now >= end && !self.auto_extend => Expired,
                Some(end) if now + Duration::days(EXPIRING_NOTICE_DAYS) >= end && !self.auto_extend => Expiring,
                _ => Active,
            },
            s => s,
        }
    }
}

/// A display name: required, at most 50 characters.
pub fn validate_name(raw: &str) -> Result<String, Refusal> {
    let name = super::validate::line(Input::Name, raw)?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::on(Input::Name, InputMsg::TooLong { max: MAX_NAME_CHARS }));
    }
    Ok(name)
}

/// A duration in days: 1 to 730.
pub fn validate_duration(raw: &str) -> Result<u32, Refusal> {
    let days = super::validate::licence_count(Input::Duration, raw, MAX_DURATION_DAYS)?;
    if days < MIN_DURATION_DAYS {
        return Err(Refusal::on(Input::Duration, InputMsg::AtLeastDays { min: MIN_DURATION_DAYS }));
    }
    Ok(days)
}

/// Auto-extend is refused while the relationship includes the Global Administrator role.
pub fn validate_auto_extend(auto_extend: bool, roles: &[DirectoryRole]) -> Result<(), Refusal> {
    if auto_extend && roles.contains(&DirectoryRole::GlobalAdministrator) {
        return Err(Refusal::on(Input::AutoExtend, AdminMsg::AutoExtendWithGlobalAdmin));
    }
    Ok(())
}

/// What a partner's Admin agent asks for.
#[derive(Debug, Clone)]
pub struct GranularRequest {
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub duration: String,
    pub auto_extend: bool,
}

/// Requests a granular admin relationship; it waits for the customer's approval.
pub fn request(
    actor: &Actor,
    partner: PartnerId,
    customer: &Customer,
    existing: &[AdminRelationship],
    req: &GranularRequest,
    id: AdminRelationshipId,
    now: Timestamp,
) -> Result<AdminRelationship, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let name = validate_name(&req.name)?;
    if existing.iter().any(|r| r.partner == partner && r.name.to_lowercase() == name.to_lowercase()) {
        return Err(Refusal::on(Input::Name, AdminMsg::NameTaken { name }));
    }
    if req.roles.is_empty() {
        return Err(Refusal::on(Input::Roles, AdminMsg::ChooseRole));
    }
    let duration_days = validate_duration(&req.duration)?;
    validate_auto_extend(req.auto_extend, &req.roles)?;
    Ok(AdminRelationship {
        id,
        partner,
        customer: customer.tenant_id,
        customer_name: customer.company_name.clone(),
        name,
        roles: req.roles.clone(),
        duration_days,
        auto_extend: req.auto_extend,
        status: AdminRelationshipStatus::ApprovalPending,
        created_at: now,
        activated_at: None,
        ends_at: None,
        version: 0,
    })
}

/// The customer's Global admin approves: the relationship becomes active for its duration.
/// A customer must remove legacy delegated admin privileges before approving a granular one.
pub fn approve(
    actor: &Actor,
    rel: &AdminRelationship,
    customer: &Customer,
    now: Timestamp,
) -> Result<AdminRelationship, Refusal> {
    permission::check(actor, Operation::ManageCustomerAdminPrivileges, Some(customer.tenant_id))?;
    match rel.status_at(now) {
        AdminRelationshipStatus::ApprovalPending => {}
        other => {
            return Err(Refusal::new(AdminMsg::CannotApprove { id: rel.id, status: other }));
        }
    }
    if customer.admin.is_some() {
        return Err(Refusal::new(AdminMsg::LegacyStillGranted { company: customer.company_name.clone(), id: rel.id }));
    }
    let mut r = rel.clone();
    r.status = AdminRelationshipStatus::Active;
    r.activated_at = Some(now);
    r.ends_at = Some(now + Duration::days(i64::from(r.duration_days)));
    Ok(r)
}

/// Auto-extend can change while the relationship is created or active.
pub fn set_auto_extend(
    actor: &Actor,
    rel: &AdminRelationship,
    on: bool,
    now: Timestamp,
) -> Result<AdminRelationship, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    use AdminRelationshipStatus::*;
    if !matches!(rel.status_at(now), Created | Active | Expiring) {
        return Err(Refusal::new(AdminMsg::CannotChangeAutoExtend { id: rel.id, status: rel.status_at(now) }));
    }
    validate_auto_extend(on, &rel.roles)?;
    let mut r = rel.clone();
    r.auto_extend = on;
    Ok(r)
}

/// The partner ends a relationship (or withdraws a request).
pub fn terminate(actor: &Actor, rel: &AdminRelationship, now: Timestamp) -> Result<AdminRelationship, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    use AdminRelationshipStatus::*;
    match rel.status_at(now) {
        Created | ApprovalPending | Active | Expiring | TerminationRequested => {
            let mut r = rel.clone();
            r.status = Terminated;
            Ok(r)
        }
        other => Err(Refusal::new(AdminMsg::AlreadyEnded { id: rel.id, status: other })),
    }
}

/// Rule 9: the customer removes the partner's legacy admin privileges; its reseller stays
/// responsible for support.
pub fn remove_legacy_admin(actor: &Actor, customer: &Customer) -> Result<Customer, Refusal> {
    permission::check(actor, Operation::ManageCustomerAdminPrivileges, Some(customer.tenant_id))?;
    if customer.admin.is_none() {
        return Err(Refusal::new(AdminMsg::NoHolder { company: customer.company_name.clone() }));
    }
    let mut c = customer.clone();
    c.admin = None;
    c.support_duty = c.support_duty_now();
    Ok(c)
}

/// Rules 8 and 9: the customer gives the admin privileges to another partner, explicitly; its
/// reseller stays responsible for support (not the partner that gains them, nor an advisor).
pub fn reassign_legacy_admin(
    actor: &Actor,
    customer: &Customer,
    to: PartnerId,
    now: Timestamp,
) -> Result<Customer, Refusal> {
    permission::check(actor, Operation::ManageCustomerAdminPrivileges, Some(customer.tenant_id))?;
    let Actor::Customer { user, .. } = actor else {
        return Err(Refusal::new(AdminMsg::CustomerReassigns));
    };
    let mut c = customer.clone();
    if customer.holds_admin(to) {
        return Err(Refusal::on(Input::Partner, AdminMsg::HoldsAlready { partner: to }));
    }
    c.admin = Some(AdminGrant { partner: to, since: now, granted_by: user.email.clone() });
    c.support_duty = c.support_duty_now();
    Ok(c)
}

/// Who stays responsible for support once a customer has removed or moved its admin privileges
/// (rule 9), as the message that reports the change says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportAfterChange {
    /// The partner that held the admin privileges is the reseller, and keeps the support duty.
    PreviousHolder,
    /// The reseller, which did not hold them, stays responsible.
    Reseller(PartnerId),
    /// Nobody beyond the admin holder: the reseller holds them, or there is no reseller.
    WithAdmin,
}

/// What `after` (the customer once its admin privileges changed) leaves of the support duty.
pub fn support_after_change(before: &Customer, after: &Customer) -> SupportAfterChange {
    match after.support_duty_now() {
        None => SupportAfterChange::WithAdmin,
        Some(reseller) if before.holds_admin(reseller) => SupportAfterChange::PreviousHolder,
        Some(reseller) => SupportAfterChange::Reseller(reseller),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;

    fn relationship(status: AdminRelationshipStatus) -> AdminRelationship {
        let now = fixtures::now();
        AdminRelationship {
            id: AdminRelationshipId(1),
            partner: fixtures::US,
            customer: TenantId(uuid::Uuid::from_u128(1)),
            customer_name: "Minh Phát".into(),
            name: "Helpdesk for Minh Phát".into(),
            roles: vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator],
            duration_days: 90,
            auto_extend: false,
            status,
            created_at: now,
            activated_at: Some(now),
            ends_at: Some(now + Duration::days(90)),
            version: 1,
        }
    }

    #[test]
    fn active_relationship_expires_when_the_clock_passes_its_end() {
        let r = relationship(AdminRelationshipStatus::Active);
        let now = fixtures::now();
        assert_eq!(r.status_at(now), AdminRelationshipStatus::Active);
        assert_eq!(r.status_at(now + Duration::days(61)), AdminRelationshipStatus::Expiring);
        assert_eq!(r.status_at(now + Duration::days(90)), AdminRelationshipStatus::Expired);
    }

    #[test]
    fn unapproved_request_expires_after_90_days() {
        let r = relationship(AdminRelationshipStatus::ApprovalPending);
        assert_eq!(r.status_at(fixtures::now() + Duration::days(89)), AdminRelationshipStatus::ApprovalPending);
        assert_eq!(r.status_at(fixtures::now() + Duration::days(90)), AdminRelationshipStatus::Expired);
    }

    fn admin_agent() -> Actor {
        use crate::domain::org::{AgentRoles, CompanyRole};
        Actor::Partner(fixtures::partner_user(CompanyRole::User, AgentRoles { admin: true, ..Default::default() }))
    }

    fn ask(existing: &[AdminRelationship]) -> Result<AdminRelationship, Refusal> {
        let req = GranularRequest {
            name: "Helpdesk for Minh Phát".into(),
            roles: vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator],
            duration: "90".into(),
            auto_extend: false,
        };
        request(
            &admin_agent(),
            fixtures::US,
            &fixtures::customer("VN"),
            existing,
            &req,
            AdminRelationshipId(2),
            fixtures::now(),
        )
    }

    #[test]
    fn request_approve_and_the_lifecycle_to_expiry() {
        let pending = ask(&[]).unwrap();
        assert_eq!(pending.status, AdminRelationshipStatus::ApprovalPending);
        let c = fixtures::customer("VN");
        let err = approve(&admin_agent(), &pending, &c, fixtures::now()).unwrap_err();
        assert!(err.msg.to_string().contains("Global admin of the customer"), "{err}");
        let active = approve(&fixtures::customer_actor(&c, 0), &pending, &c, fixtures::now()).unwrap();
        assert_eq!(active.status_at(fixtures::now()), AdminRelationshipStatus::Active);
        assert_eq!(active.status_at(fixtures::now() + Duration::days(90)), AdminRelationshipStatus::Expired);
        let ended = terminate(&admin_agent(), &active, fixtures::now()).unwrap();
        assert_eq!(ended.status, AdminRelationshipStatus::Terminated);
        assert!(terminate(&admin_agent(), &ended, fixtures::now()).is_err());
    }

    #[test]
    fn names_are_unique_per_partner_and_only_an_admin_agent_requests() {
        let first = ask(&[]).unwrap();
        assert_eq!(ask(&[first]).unwrap_err().input, Some(Input::Name));
        let sales = fixtures::sales_agent();
        let req = GranularRequest {
            name: "x".into(),
            roles: vec![DirectoryRole::GlobalReader],
            duration: "1".into(),
            auto_extend: false,
        };
        let err = request(
            &sales,
            fixtures::US,
            &fixtures::customer("VN"),
            &[],
            &req,
            AdminRelationshipId(1),
            fixtures::now(),
        )
        .unwrap_err();
        assert!(err.msg.to_string().contains("Admin agent"), "{err}");
    }

    #[test]
    fn legacy_admin_must_go_before_approving_a_granular_relationship() {
        let mut c = fixtures::customer("VN");
        c.admin =
            Some(AdminGrant { partner: fixtures::US, since: fixtures::now(), granted_by: c.users[0].email.clone() });
        let err = approve(&fixtures::customer_actor(&c, 0), &ask(&[]).unwrap(), &c, fixtures::now()).unwrap_err();
        assert!(err.msg.to_string().contains("legacy delegated admin"), "{err}");
    }

    #[test]
    fn rule_9_removing_or_reassigning_legacy_admin_leaves_the_support_duty_with_the_reseller() {
        let mut c = fixtures::customer("VN");
        c.relationships.push(crate::domain::customer::PartnerRelationship {
            partner: fixtures::US,
            kind: crate::domain::customer::RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.admin =
            Some(AdminGrant { partner: fixtures::US, since: fixtures::now(), granted_by: c.users[0].email.clone() });
        let ga = fixtures::customer_actor(&c, 0);
        let removed = remove_legacy_admin(&ga, &c).unwrap();
        assert!(removed.admin.is_none());
        assert_eq!(removed.support_duty, Some(fixtures::US));
        let other = PartnerId(5_120_044);
        let moved = reassign_legacy_admin(&ga, &c, other, fixtures::now()).unwrap();
        assert!(moved.holds_admin(other) && !moved.holds_admin(fixtures::US));
        assert_eq!(moved.support_duty, Some(fixtures::US));
        assert!(remove_legacy_admin(&fixtures::customer_actor(&c, 1), &c).is_err(), "a non-admin user may not");
        // An advisor that loses admin privileges owes no support; the reseller that gains them
        // owes none either, since it holds them.
        let mut advised = c.clone();
        advised.relationships[0].kind = crate::domain::customer::RelationshipKind::Advisor;
        assert_eq!(remove_legacy_admin(&ga, &advised).unwrap().support_duty, None);
        let mut theirs = c.clone();
        theirs.relationships[0].partner = other;
        assert_eq!(reassign_legacy_admin(&ga, &theirs, other, fixtures::now()).unwrap().support_duty, None);
    }

    #[test]
    fn rule_9_the_message_of_a_change_names_who_keeps_the_support_duty() {
        let mut c = fixtures::customer("VN");
        let other = PartnerId(5_120_044);
        let (advisor, third) = (PartnerId(5_120_045), PartnerId(5_120_046));
        c.relationships.push(crate::domain::customer::PartnerRelationship {
            partner: fixtures::US,
            kind: crate::domain::customer::RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.relationships.push(crate::domain::customer::PartnerRelationship {
            partner: advisor,
            kind: crate::domain::customer::RelationshipKind::Advisor,
            since: fixtures::now(),
        });
        let ga = fixtures::customer_actor(&c, 0);
        let held_by = |partner: PartnerId| {
            let mut held = c.clone();
            held.admin = Some(AdminGrant { partner, since: fixtures::now(), granted_by: c.users[0].email.clone() });
            held
        };
        // The reseller held them: it stays responsible, removed or moved.
        let ours = held_by(fixtures::US);
        let removed = remove_legacy_admin(&ga, &ours).unwrap();
        assert_eq!(support_after_change(&ours, &removed), SupportAfterChange::PreviousHolder);
        let moved = reassign_legacy_admin(&ga, &ours, other, fixtures::now()).unwrap();
        assert_eq!(support_after_change(&ours, &moved), SupportAfterChange::PreviousHolder);
        // An advisor held them: the reseller — not the advisor, not the new holder — is named.
        let advised = held_by(advisor);
        let removed = remove_legacy_admin(&ga, &advised).unwrap();
        assert_eq!(support_after_change(&advised, &removed), SupportAfterChange::Reseller(fixtures::US));
        let moved = reassign_legacy_admin(&ga, &advised, third, fixtures::now()).unwrap();
        assert_eq!(support_after_change(&advised, &moved), SupportAfterChange::Reseller(fixtures::US));
        // They go to the reseller: it owes support as their holder, nobody else does.
        let back = reassign_legacy_admin(&ga, &advised, fixtures::US, fixtures::now()).unwrap();
        assert_eq!(support_after_change(&advised, &back), SupportAfterChange::WithAdmin);
    }

    #[test]
    fn names_durations_and_auto_extend_are_validated() {
        assert!(validate_name(&"x".repeat(51)).is_err());
        assert!(validate_name("").is_err());
        assert_eq!(validate_duration("730"), Ok(730));
        assert!(validate_duration("0").is_err());
        assert!(validate_duration("731").is_err());
        assert!(validate_auto_extend(true, &[DirectoryRole::GlobalAdministrator]).is_err());
        assert!(validate_auto_extend(true, &[DirectoryRole::GlobalReader]).is_ok());
    }
}
