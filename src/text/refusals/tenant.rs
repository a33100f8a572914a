//! Administering a customer's tenant: subscriptions, licences and users.

use crate::domain::customer::SubscriptionStatus;
use crate::domain::msg::TenantMsg;
use crate::t;
use std::fmt;

impl fmt::Display for TenantMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use TenantMsg::*;
        f.write_str(&match self {
            NoAdminPrivileges { company } => t!("msg-tenant-no-admin-privileges", company = company),
            NoTenantRole => t!("msg-tenant-no-tenant-role"),
            NotReseller { company } => t!("msg-tenant-not-reseller", company = company),
            BoughtThroughPartner => t!("msg-tenant-bought-through-partner"),
            NoSuchSubscription { subscription, company } => {
                t!("msg-tenant-no-such-subscription", subscription = subscription.to_string(), company = company)
            }
            NoSuchUser { email, company } => {
                t!("msg-tenant-no-such-user", email = email.to_string(), company = company)
            }
            UserExists { email } => t!("msg-tenant-user-exists", email = email.to_string()),
            WrongStatus { subscription, status } => {
                let subscription = subscription.to_string();
                match status {
                    SubscriptionStatus::Suspended => t!("msg-tenant-is-suspended", subscription = subscription),
                    SubscriptionStatus::Expired => t!("msg-tenant-has-expired", subscription = subscription),
                    SubscriptionStatus::Trial => t!("msg-tenant-is-trial", subscription = subscription),
                    SubscriptionStatus::Active => t!("msg-tenant-is-active", subscription = subscription),
                }
            }
            QuantityUnchanged { subscription, quantity } => {
                t!("msg-tenant-quantity-unchanged", subscription = subscription.to_string(), quantity = *quantity)
            }
            BelowAssigned { subscription, assigned } => {
                t!("msg-tenant-below-assigned", subscription = subscription.to_string(), assigned = *assigned)
            }
            AllAssigned { subscription, quantity } => {
                t!("msg-tenant-all-assigned", subscription = subscription.to_string(), quantity = *quantity)
            }
            AlreadyAssigned { subscription, email } => {
                t!("msg-tenant-already-assigned", subscription = subscription.to_string(), email = email.to_string())
            }
            NotAssigned { subscription, email } => {
                t!("msg-tenant-not-assigned", subscription = subscription.to_string(), email = email.to_string())
            }
            ResetNeedsGlobal { email } => t!("msg-tenant-reset-needs-global", email = email.to_string()),
            NeedsGlobal => t!("msg-tenant-needs-global"),
            AlreadyGlobalAdmin { email } => t!("msg-tenant-already-global-admin", email = email.to_string()),
            NotGlobalAdmin { email } => t!("msg-tenant-not-global-admin", email = email.to_string()),
            LastGlobalAdmin { email, company } => {
                t!("msg-tenant-last-global-admin", email = email.to_string(), company = company)
            }
        })
    }
}
