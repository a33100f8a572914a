//! Administering a customer's tenant: subscriptions, licences and users.

use crate::domain::msg::TenantMsg;
use std::fmt;

impl fmt::Display for TenantMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use TenantMsg::*;
        match self {
            NoAdminPrivileges { company } => write!(
                f,
                "You hold no admin privileges for {company}: its own Global admins administer its users, or send \
                 it a delegated-admin offer."
            ),
            NoTenantRole => f.write_str(
                "Your roles give you no administration of supported companies: ask for Full or Limited \
                 administration, or an agent role.",
            ),
            NotReseller { company } => write!(
                f,
                "You are not the reseller of {company}: only the partner that sells its subscriptions changes them."
            ),
            BoughtThroughPartner => {
                f.write_str("Subscriptions bought through a partner are changed by that partner: ask your reseller.")
            }
            NoSuchSubscription { subscription, company } => write!(f, "{company} has no subscription {subscription}."),
            NoSuchUser { email, company } => write!(f, "{email} is not a user of {company}."),
            UserExists { email } => write!(f, "{email} is already a user of this tenant."),
            WrongStatus { subscription, status } => match status {
                crate::domain::customer::SubscriptionStatus::Suspended => {
                    write!(f, "{subscription} is suspended: reactivate it first.")
                }
                crate::domain::customer::SubscriptionStatus::Expired => {
                    write!(f, "{subscription} has expired: nothing can change it now.")
                }
                crate::domain::customer::SubscriptionStatus::Trial => {
                    write!(f, "{subscription} is a trial: its licence count is fixed until it is bought.")
                }
                crate::domain::customer::SubscriptionStatus::Active => {
                    write!(f, "{subscription} is active: there is nothing to reactivate.")
                }
            },
            QuantityUnchanged { subscription, quantity } => {
                write!(f, "{subscription} already has {quantity} licences.")
            }
            BelowAssigned { subscription, assigned } => match assigned {
                1 => write!(f, "must be at least 1: one licence of {subscription} is assigned; unassign it first"),
                n => {
                    write!(f, "must be at least {n}: {n} licences of {subscription} are assigned; unassign some first")
                }
            },
            AllAssigned { subscription, quantity } => match quantity {
                1 => write!(f, "The only licence of {subscription} is assigned: add licences or unassign it first."),
                n => write!(f, "All {n} licences of {subscription} are assigned: add licences or unassign one first."),
            },
            AlreadyAssigned { subscription, email } => write!(f, "{email} already has a licence of {subscription}."),
            NotAssigned { subscription, email } => write!(f, "{email} has no licence of {subscription}."),
            ResetNeedsGlobal { email } => {
                write!(f, "{email} is a Global admin: only Full administration resets an admin's password.")
            }
            NeedsGlobal => f.write_str(
                "This needs a global administrator of the tenant (Full administration or Admin agent); Limited \
                 administration resets passwords only.",
            ),
            AlreadyGlobalAdmin { email } => write!(f, "{email} is already a Global admin."),
            NotGlobalAdmin { email } => write!(f, "{email} is not a Global admin."),
            LastGlobalAdmin { email, company } => {
                write!(f, "{email} is the last Global admin of {company}: make another user Global admin first.")
            }
        }
    }
}
