//! Administering a customer's tenant: its subscriptions, licences and users.

use crate::domain::customer::SubscriptionStatus;
use crate::domain::ids::{Email, SubscriptionId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantMsg {
    /// The partner acts in a tenant through admin privileges it does not hold there.
    NoAdminPrivileges {
        company: String,
    },
    /// A partner user whose roles give no administration of the companies the partner supports.
    NoTenantRole,
    /// Subscriptions are changed by their reseller.
    NotReseller {
        company: String,
    },
    /// A customer's subscriptions bought through a partner are changed by that partner.
    BoughtThroughPartner,
    NoSuchSubscription {
        subscription: SubscriptionId,
        company: String,
    },
    NoSuchUser {
        email: Email,
        company: String,
    },
    UserExists {
        email: Email,
    },
    /// The change does not fit the subscription's status (suspend a suspended one, …).
    WrongStatus {
        subscription: SubscriptionId,
        status: SubscriptionStatus,
    },
    QuantityUnchanged {
        subscription: SubscriptionId,
        quantity: u32,
    },
    BelowAssigned {
        subscription: SubscriptionId,
        assigned: u32,
    },
    AllAssigned {
        subscription: SubscriptionId,
        quantity: u32,
    },
    AlreadyAssigned {
        subscription: SubscriptionId,
        email: Email,
    },
    NotAssigned {
        subscription: SubscriptionId,
        email: Email,
    },
    /// A password administrator resets the passwords of users who are not admins only.
    ResetNeedsGlobal {
        email: Email,
    },
    /// Adding users, licences and admin roles is a global administrator's.
    NeedsGlobal,
    AlreadyGlobalAdmin {
        email: Email,
    },
    NotGlobalAdmin {
        email: Email,
    },
    LastGlobalAdmin {
        email: Email,
        company: String,
    },
}
