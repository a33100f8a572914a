//! Granular admin at scale: role templates, the expiry forecast, each customer's access health
//! and the approval link a customer opens. The relationship itself and its lifecycle are in
//! `domain::admin`.

pub mod access;
pub mod approval;
pub mod bulk;
pub mod forecast;
pub mod health;
pub mod templates;

use super::admin::AdminRelationshipStatus;

/// Microsoft's documented page where the customer's Global admin reviews and approves a
/// granular admin relationship (Partner Center, "Obtain permissions to manage a customer").
pub const APPROVAL_LINK_BASE: &str =
    "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/";

/// The approval link of the relationship Microsoft knows by `relationship_id`.
pub fn approval_link(relationship_id: &str) -> String {
    format!("{APPROVAL_LINK_BASE}{}", relationship_id.trim())
}

/// The approval link of a relationship: by Microsoft's id when it came from Microsoft Graph
/// (`graph_id`), else by the id the book gave it.
pub fn approval_link_of(rel: &super::admin::AdminRelationship, graph_id: Option<&str>) -> String {
    approval_link(&graph_id.map_or_else(|| rel.id.to_string(), str::to_string))
}

/// A relationship that is or may become access: requested, pending, active or expiring.
pub fn is_live(status: AdminRelationshipStatus) -> bool {
    use AdminRelationshipStatus::*;
    matches!(status, Created | ApprovalPending | Active | Expiring)
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::domain::Timestamp;
    use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
    use crate::domain::fixtures;
    use crate::domain::ids::{AdminRelationshipId, TenantId};
    use chrono::Duration;

    /// A 90-day relationship made (and, unless pending, activated) at `at`.
    pub fn relationship(id: u64, status: AdminRelationshipStatus, at: Timestamp) -> AdminRelationship {
        AdminRelationship {
            id: AdminRelationshipId(id),
            partner: fixtures::US,
            customer: TenantId(uuid::Uuid::from_u128(u128::from(id))),
            customer_name: "Minh Phát".into(),
            name: format!("Support {id}"),
            roles: vec![DirectoryRole::HelpdeskAdministrator],
            duration_days: 90,
            auto_extend: false,
            status,
            created_at: at,
            activated_at: (status != AdminRelationshipStatus::ApprovalPending).then_some(at),
            ends_at: (status != AdminRelationshipStatus::ApprovalPending).then(|| at + Duration::days(90)),
            version: 1,
        }
    }

    #[test]
    fn the_approval_link_is_microsofts_documented_form() {
        assert_eq!(
            super::approval_link("c2a1b3d4-0000-4000-8000-000000000001-a1b2c3d4-0000-4000-8000-000000000002"),
            "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/c2a1b3d4-0000-4000-8000-000000000001-a1b2c3d4-0000-4000-8000-000000000002"
        );
    }
}
