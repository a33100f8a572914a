//! The permission check's refusal: what the operation needs, and why this actor lacks it.

use crate::domain::msg::{PermissionMsg, Who};
use crate::domain::permission::Operation;
use crate::i18n::Phrase;
use crate::t;
use crate::text::labels::roles_summary;
use std::fmt;

impl fmt::Display for PermissionMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let PermissionMsg::Needs { op, who } = self;
        let (op, roles) = (op.describe(), roles_needed(*op));
        f.write_str(&match who {
            Who::Partner { role, agent } => {
                t!("msg-perm-partner", op = op, roles = roles, you = roles_summary(*role, *agent))
            }
            Who::OtherTenant { company } => t!("msg-perm-other-tenant", op = op, roles = roles, company = company),
            Who::NotGlobalAdmin { email, company } => {
                t!("msg-perm-not-global-admin", op = op, roles = roles, email = email.to_string(), company = company)
            }
            Who::Customer => t!("msg-perm-customer", op = op, roles = roles),
        })
    }
}

impl Operation {
    /// The operation in the operator's words, as a refusal starts: "… needs …".
    pub fn describe(self) -> Phrase {
        Phrase(match self {
            Operation::RequestReseller => "op-request-reseller",
            Operation::EditInvitation => "op-edit-invitation",
            Operation::RevokeInvitation => "op-revoke-invitation",
            Operation::PurgeInvitations => "op-purge-invitations",
            Operation::SendOffer => "op-send-offer",
            Operation::AddCustomer => "op-add-customer",
            Operation::EditCustomer => "op-edit-customer",
            Operation::AssignSupportContact => "op-assign-support-contact",
            Operation::OpenServiceRequest => "op-open-service-request",
            Operation::AddSubscription => "op-add-subscription",
            Operation::RemoveReseller => "op-remove-reseller",
            Operation::ManagePartnerUsers => "op-manage-partner-users",
            Operation::EditCompanyProfile => "op-edit-company-profile",
            Operation::ManageDirectory => "op-manage-directory",
            Operation::ManageAdminRelationships => "op-manage-admin-relationships",
            Operation::ManageSubscriptions => "op-manage-subscriptions",
            Operation::ManageTenantUsers => "op-manage-tenant-users",
            Operation::AcceptInvitation => "op-accept-invitation",
            Operation::SetPartnerOfRecord => "op-set-partner-of-record",
            Operation::ManageCustomerAdminPrivileges => "op-manage-customer-admin-privileges",
        })
    }
}

/// The roles that allow `op`, in words (the rule itself is `permission::check`).
fn roles_needed(op: Operation) -> Phrase {
    Phrase(match op {
        Operation::RequestReseller
        | Operation::EditInvitation
        | Operation::RevokeInvitation
        | Operation::PurgeInvitations => "roles-admin-or-sales-agent",
        Operation::SendOffer => "roles-send-offer",
        Operation::AddCustomer | Operation::EditCustomer | Operation::ManageDirectory => "roles-admin-agent-or-global",
        Operation::AssignSupportContact | Operation::OpenServiceRequest => "roles-admin-or-helpdesk-agent",
        Operation::AddSubscription => "roles-any-agent",
        Operation::RemoveReseller | Operation::EditCompanyProfile => "roles-global-admin",
        Operation::ManagePartnerUsers => "roles-global-or-user-management-admin",
        Operation::ManageAdminRelationships => "roles-admin-agent",
        Operation::ManageSubscriptions => "roles-manage-subscriptions",
        Operation::ManageTenantUsers => "roles-manage-tenant-users",
        Operation::AcceptInvitation | Operation::SetPartnerOfRecord | Operation::ManageCustomerAdminPrivileges => {
            "roles-customer-global-admin"
        }
    })
}
