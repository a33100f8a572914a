//! A granular admin relationship as v1 stores it.

use crate::domain::admin as domain;
use crate::domain::ids::{AdminRelationshipId, PartnerId, TenantId};
use crate::store::records::{Time, stored_enum};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminRelationship {
    pub id: u64,
    pub partner: u32,
    pub customer: Uuid,
    pub customer_name: String,
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub status: AdminRelationshipStatus,
    pub created_at: Time,
    pub activated_at: Option<Time>,
    pub ends_at: Option<Time>,
    pub version: u64,
}

stored_enum! {
    /// A Microsoft Entra built-in role. `Other` was appended in the v3 era (imported
    /// relationships name any built-in role by its template id): appending a variant changes no
    /// stored record.
    DirectoryRole = domain::DirectoryRole {
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
        Other(id: u128),
    }
}

stored_enum! {
    AdminRelationshipStatus = domain::AdminRelationshipStatus {
        Created, ApprovalPending, Active, Expiring, Expired, TerminationRequested, Terminated
    }
}

impl From<&domain::AdminRelationship> for AdminRelationship {
    fn from(r: &domain::AdminRelationship) -> Self {
        AdminRelationship {
            id: r.id.0,
            partner: r.partner.0,
            customer: r.customer.0,
            customer_name: r.customer_name.clone(),
            name: r.name.clone(),
            roles: r.roles.iter().map(|role| (*role).into()).collect(),
            duration_days: r.duration_days,
            auto_extend: r.auto_extend,
            status: r.status.into(),
            created_at: r.created_at,
            activated_at: r.activated_at,
            ends_at: r.ends_at,
            version: r.version,
        }
    }
}

impl From<AdminRelationship> for domain::AdminRelationship {
    fn from(r: AdminRelationship) -> Self {
        domain::AdminRelationship {
            id: AdminRelationshipId(r.id),
            partner: PartnerId(r.partner),
            customer: TenantId(r.customer),
            customer_name: r.customer_name,
            name: r.name,
            roles: r.roles.into_iter().map(Into::into).collect(),
            duration_days: r.duration_days,
            auto_extend: r.auto_extend,
            status: r.status.into(),
            created_at: r.created_at,
            activated_at: r.activated_at,
            ends_at: r.ends_at,
            version: r.version,
        }
    }
}
