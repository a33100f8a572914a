//! Partner users and their roles.

use crate::domain::ids::Email;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserMsg {
    GlobalAdminRole,
    AlreadyUser {
        email: Email,
    },
    LastGlobalAdmin {
        name: String,
    },
    OwnRoles,
    NotAUser {
        email: Email,
    },
    NoLongerUser {
        email: Email,
    },
    RemoveYourself,
    LastGlobalAdminRemoved {
        name: String,
    },
    ManagedByPartner,
    /// Removing a partner user who is still a support contact: where (`companies`, the first
    /// few by name) and how many customers in all.
    StillSupportContact {
        name: String,
        count: usize,
        companies: Vec<String>,
    },
}
