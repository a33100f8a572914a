//! The shape schema v7 brought: each partner user's own settings, in a table of their own so
//! that the partner user record keeps its v1 shape; and, added later without a migration (a
//! book without its table has no such notes), what an invitation says of admin privileges.

use serde::{Deserialize, Serialize};

/// What an operator chose for themselves: the language partnerdesk speaks to them, as a tag
/// `--lang` takes (`en`, `vi`, `tr`, `zh-CN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorSettings {
    pub language: String,
}

/// The time zone an operator chose for themselves (`:tz`), by its IANA name. Its table came
/// after v7's step without one of its own: a book without it reads as nobody having chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorZone {
    pub zone: String,
}

/// A partner security group (`tables::SECURITY_GROUPS`). Its table came after v7's migration;
/// a v7 book without it has no groups, so no step makes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityGroup {
    pub id: uuid::Uuid,
    pub name: String,
}

/// An access assignment (`tables::ACCESS_ASSIGNMENTS`), beside the relationship it belongs to
/// so that the relationship record keeps its v1 shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessAssignment {
    pub id: u64,
    pub relationship: u64,
    pub customer: uuid::Uuid,
    pub group: uuid::Uuid,
    pub roles: Vec<super::v1::DirectoryRole>,
    pub status: AssignmentStatus,
    pub created_at: super::Time,
    pub changed_at: super::Time,
    pub version: u64,
}

/// One of the partner's own role templates (`tables::ROLE_TEMPLATES`). Its table came after
/// v7's migration; a book without it has none, so no step makes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnTemplate {
    pub name: String,
    pub roles: Vec<super::v1::DirectoryRole>,
    pub changed_at: super::Time,
    pub version: u64,
}

/// Variant order is the format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssignmentStatus {
    Pending,
    Active,
    Deleting,
    Deleted,
    Error(AssignmentError),
}

/// Variant order is the format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssignmentError {
    GroupNotFound,
    RelationshipEnded,
    RoleNotHeld,
    Microsoft(String),
}

mod convert {
    use super::*;
    use crate::domain::gdap::access as d;
    use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId, TenantId};

    impl From<&d::SecurityGroup> for SecurityGroup {
        fn from(g: &d::SecurityGroup) -> Self {
            SecurityGroup { id: g.id, name: g.name.clone() }
        }
    }

    impl From<SecurityGroup> for d::SecurityGroup {
        fn from(g: SecurityGroup) -> Self {
            d::SecurityGroup { id: g.id, name: g.name }
        }
    }

    impl From<&crate::domain::gdap::templates::OwnTemplate> for OwnTemplate {
        fn from(t: &crate::domain::gdap::templates::OwnTemplate) -> Self {
            OwnTemplate {
                name: t.name.clone(),
                roles: t.roles.iter().map(|r| (*r).into()).collect(),
                changed_at: t.changed_at,
                version: t.version,
            }
        }
    }

    impl From<OwnTemplate> for crate::domain::gdap::templates::OwnTemplate {
        fn from(t: OwnTemplate) -> Self {
            crate::domain::gdap::templates::OwnTemplate {
                name: t.name,
                roles: t.roles.into_iter().map(Into::into).collect(),
                changed_at: t.changed_at,
                version: t.version,
            }
        }
    }

    impl From<&d::AssignmentError> for AssignmentError {
        fn from(e: &d::AssignmentError) -> Self {
            match e {
                d::AssignmentError::GroupNotFound => AssignmentError::GroupNotFound,
                d::AssignmentError::RelationshipEnded => AssignmentError::RelationshipEnded,
                d::AssignmentError::RoleNotHeld => AssignmentError::RoleNotHeld,
                d::AssignmentError::Microsoft(m) => AssignmentError::Microsoft(m.clone()),
            }
        }
    }

    impl From<AssignmentError> for d::AssignmentError {
        fn from(e: AssignmentError) -> Self {
            match e {
                AssignmentError::GroupNotFound => d::AssignmentError::GroupNotFound,
                AssignmentError::RelationshipEnded => d::AssignmentError::RelationshipEnded,
                AssignmentError::RoleNotHeld => d::AssignmentError::RoleNotHeld,
                AssignmentError::Microsoft(m) => d::AssignmentError::Microsoft(m),
            }
        }
    }

    impl From<&d::AssignmentStatus> for AssignmentStatus {
        fn from(s: &d::AssignmentStatus) -> Self {
            match s {
                d::AssignmentStatus::Pending => AssignmentStatus::Pending,
                d::AssignmentStatus::Active => AssignmentStatus::Active,
                d::AssignmentStatus::Deleting => AssignmentStatus::Deleting,
                d::AssignmentStatus::Deleted => AssignmentStatus::Deleted,
                d::AssignmentStatus::Error(e) => AssignmentStatus::Error(e.into()),
            }
        }
    }

    impl From<AssignmentStatus> for d::AssignmentStatus {
        fn from(s: AssignmentStatus) -> Self {
            match s {
                AssignmentStatus::Pending => d::AssignmentStatus::Pending,
                AssignmentStatus::Active => d::AssignmentStatus::Active,
                AssignmentStatus::Deleting => d::AssignmentStatus::Deleting,
                AssignmentStatus::Deleted => d::AssignmentStatus::Deleted,
                AssignmentStatus::Error(e) => d::AssignmentStatus::Error(e.into()),
            }
        }
    }

    impl From<&d::AccessAssignment> for AccessAssignment {
        fn from(a: &d::AccessAssignment) -> Self {
            AccessAssignment {
                id: a.id.0,
                relationship: a.relationship.0,
                customer: a.customer.0,
                group: a.group,
                roles: a.roles.iter().map(|r| (*r).into()).collect(),
                status: (&a.status).into(),
                created_at: a.created_at,
                changed_at: a.changed_at,
                version: a.version,
            }
        }
    }

    impl From<AccessAssignment> for d::AccessAssignment {
        fn from(a: AccessAssignment) -> Self {
            d::AccessAssignment {
                id: AccessAssignmentId(a.id),
                relationship: AdminRelationshipId(a.relationship),
                customer: TenantId(a.customer),
                group: a.group,
                roles: a.roles.into_iter().map(Into::into).collect(),
                status: a.status.into(),
                created_at: a.created_at,
                changed_at: a.changed_at,
                version: a.version,
            }
        }
    }
}

/// What an invitation says of admin privileges beyond its v1 record: a request that only
/// restores them, or an acceptance that did not grant them. Stored only when either holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationAdminNote {
    pub restores_admin: bool,
    pub not_granted: bool,
}

/// Another partner's contact details as the directory records them, by partner id; added
/// without a migration (a book without the table knows none). Empty text is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerContact {
    pub email: Option<String>,
    pub phone: String,
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}
