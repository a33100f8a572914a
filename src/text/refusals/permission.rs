//! The permission check's refusal: "<operation> needs <roles>; <why not you>."

use crate::domain::msg::{PermissionMsg, Who};
use crate::domain::permission::Operation;
use crate::text::labels::roles_summary;
use std::fmt;

impl fmt::Display for PermissionMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let PermissionMsg::Needs { op, who } = self;
        write!(f, "{} needs {}; ", op.describe(), roles_needed(*op))?;
        match who {
            Who::Partner { role, agent } => write!(f, "you are {}", roles_summary(*role, *agent))?,
            Who::OtherTenant { company } => write!(f, "you are signed in to {company}, not to this customer")?,
            Who::NotGlobalAdmin { email, company } => write!(f, "{email} is not a Global admin of {company}")?,
            Who::Customer => f.write_str("it is done by the partner, not by the customer")?,
        }
        f.write_str(".")
    }
}

impl Operation {
    /// The operation in the operator's words, as a refusal starts: "… needs …".
    pub fn describe(self) -> &'static str {
        match self {
            Operation::RequestReseller => "Requesting a reseller relationship",
            Operation::EditInvitation => "Editing or sending an invitation",
            Operation::RevokeInvitation => "Revoking an invitation",
            Operation::PurgeInvitations => "Purging old invitations",
            Operation::SendOffer => "Sending a trial invitation or offer",
            Operation::AddCustomer => "Adding a customer",
            Operation::EditCustomer => "Editing a customer's details",
            Operation::AssignSupportContact => "Assigning support contacts",
            Operation::OpenServiceRequest => "Opening a service request on a customer's behalf",
            Operation::AddSubscription => "Setting up a subscription",
            Operation::RemoveReseller => "Removing a reseller relationship",
            Operation::ManagePartnerUsers => "Managing partner users and their roles",
            Operation::EditCompanyProfile => "Editing the company profile",
            Operation::ManageDirectory => "Managing the partner directory",
            Operation::ManageAdminRelationships => "Creating or ending admin relationships",
            Operation::ManageSubscriptions => "Changing a customer's subscriptions",
            Operation::ManageTenantUsers => "Administering a customer's users",
            Operation::AcceptInvitation => "Accepting an invitation",
            Operation::SetPartnerOfRecord => "Setting the partner of record",
            Operation::ManageCustomerAdminPrivileges => "Removing or reassigning a partner's admin privileges",
        }
    }
}

/// The roles that allow `op`, in words (the rule itself is `permission::check`).
fn roles_needed(op: Operation) -> &'static str {
    match op {
        Operation::RequestReseller
        | Operation::EditInvitation
        | Operation::RevokeInvitation
        | Operation::PurgeInvitations => "the Admin agent or Sales agent role, or Global admin",
        Operation::SendOffer => {
            "the Admin agent or Sales agent role, admin access to the companies you support, or Global admin"
        }
        Operation::AddCustomer | Operation::EditCustomer | Operation::ManageDirectory => {
            "the Admin agent role or Global admin"
        }
        Operation::AssignSupportContact | Operation::OpenServiceRequest => {
            "the Admin agent or Helpdesk agent role, or Global admin"
        }
        Operation::AddSubscription => "an Admin, Sales or Helpdesk agent role, or Global admin",
        Operation::RemoveReseller | Operation::EditCompanyProfile => "Global admin",
        Operation::ManagePartnerUsers => "Global admin or User management admin",
        Operation::ManageAdminRelationships => "the Admin agent role",
        Operation::ManageSubscriptions => {
            "an Admin, Sales or Helpdesk agent role, Full administration, or Global admin"
        }
        Operation::ManageTenantUsers => {
            "Full or Limited administration, the Admin or Helpdesk agent role, or Global admin (in its own tenant: \
             a Global admin)"
        }
        Operation::AcceptInvitation | Operation::SetPartnerOfRecord | Operation::ManageCustomerAdminPrivileges => {
            "a Global admin of the customer's tenant"
        }
    }
}
