//! Granular admin relationships, the successor of legacy delegated admin: a named relationship
//! with chosen directory roles for a fixed duration, and its status lifecycle.

use super::Refusal;
use super::Timestamp;
use super::ids::{AdminRelationshipId, PartnerId, TenantId};
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

/// A directory role the relationship grants (a subset of Microsoft Entra roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    pub fn label(self) -> &'static str {
        match self {
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
        }
    }
    /// The Microsoft Entra role template id.
    pub fn role_id(self) -> &'static str {
        match self {
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
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AdminRelationshipStatus {
    Created,
    ApprovalPending,
    Active,
    Expiring,
    Expired,
    TerminationRequested,
    Terminated,
}

impl AdminRelationshipStatus {
    pub fn label(self) -> &'static str {
        match self {
            AdminRelationshipStatus::Created => "Created",
            AdminRelationshipStatus::ApprovalPending => "Approval pending",
            AdminRelationshipStatus::Active => "Active",
            AdminRelationshipStatus::Expiring => "Expiring",
            AdminRelationshipStatus::Expired => "Expired",
            AdminRelationshipStatus::TerminationRequested => "Termination requested",
            AdminRelationshipStatus::Terminated => "Terminated",
        }
    }
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
    let name = super::validate::line("Name", raw)?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::on_field("Name", format!("is too long (at most {MAX_NAME_CHARS} characters)")));
    }
    Ok(name)
}

/// A duration in days: 1 to 730.
pub fn validate_duration(raw: &str) -> Result<u32, Refusal> {
    let days = super::validate::licence_count("Duration", raw, MAX_DURATION_DAYS)?;
    if days < MIN_DURATION_DAYS {
        return Err(Refusal::on_field("Duration", "must be at least 1 day"));
    }
    Ok(days)
}

/// Auto-extend is refused while the relationship includes the Global Administrator role.
pub fn validate_auto_extend(auto_extend: bool, roles: &[DirectoryRole]) -> Result<(), Refusal> {
    if auto_extend && roles.contains(&DirectoryRole::GlobalAdministrator) {
        return Err(Refusal::on_field(
            "Auto-extend",
            "is not available while the relationship includes the Global Administrator role",
        ));
    }
    Ok(())
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
