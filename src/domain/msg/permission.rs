//! The permission check's refusal: what the operation needs, and why this actor lacks it.

use crate::domain::ids::Email;
use crate::domain::org::{AgentRoles, CompanyRole};
use crate::domain::permission::Operation;

/// Why an actor may not do an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermissionMsg {
    /// `op` needs roles that `who` does not have.
    Needs { op: Operation, who: Who },
}

/// The actor as the refusal describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A partner user with these roles.
    Partner { role: CompanyRole, agent: AgentRoles },
    /// A customer's user acting on another customer.
    OtherTenant { company: String },
    /// A customer's user who is not its Global admin.
    NotGlobalAdmin { email: Email, company: String },
    /// A customer's user asking for a partner-side operation.
    Customer,
}
