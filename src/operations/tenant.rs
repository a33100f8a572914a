//! Administering a customer from its record (rule 14): its subscriptions and its users. Each
//! change is one transaction audited before → after; the permission check by role comes first
//! (`Book::operate`), then the rule about this customer (`domain::tenant_admin`).

use super::customers::{change_one, load};
use super::{OpContext, organization};
use crate::domain::catalogue::licence_limit;
use crate::domain::customer::Customer;
use crate::domain::ids::{Email, SubscriptionId, TenantId};
use crate::domain::permission::Operation;
use crate::domain::tenant_admin::{self as rules, NewTenantUser};
use crate::domain::{Input, Refusal, validate};
use crate::store::{Book, Reads, WriteError};

/// What to do to one subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubscriptionChange {
    Suspend,
    Reactivate,
    Cancel,
    /// A new licence count, as typed.
    SetQuantity(String),
    /// Give this user one of its licences.
    Assign(Email),
    /// Take this user's licence back.
    Unassign(Email),
}

impl SubscriptionChange {
    /// The audit log's name for the change.
    fn action(&self) -> &'static str {
        match self {
            SubscriptionChange::Suspend => "subscription.suspended",
            SubscriptionChange::Reactivate => "subscription.reactivated",
            SubscriptionChange::Cancel => "subscription.cancelled",
            SubscriptionChange::SetQuantity(_) => "subscription.quantity_changed",
            SubscriptionChange::Assign(_) => "subscription.licence_assigned",
            SubscriptionChange::Unassign(_) => "subscription.licence_unassigned",
        }
    }

    /// Assigning licences is administering the tenant's users; the rest is the reseller's.
    fn operation(&self) -> Operation {
        match self {
            SubscriptionChange::Assign(_) | SubscriptionChange::Unassign(_) => Operation::ManageTenantUsers,
            _ => Operation::ManageSubscriptions,
        }
    }
}

pub fn change_subscription(
    book: &Book,
    ctx: &OpContext,
    id: TenantId,
    subscription: SubscriptionId,
    change: &SubscriptionChange,
) -> Result<Customer, WriteError> {
    change_one(book, ctx, change.operation(), change.action(), id, |tx, actor, before| {
        let partner = organization(tx)?.partner_id;
        let reseller = || rules::may_change_subscriptions(actor, before, partner);
        let after = match change {
            SubscriptionChange::Assign(user) => {
                rules::assign_licence(before, rules::authority(actor, before, partner)?, subscription, user)?
            }
            SubscriptionChange::Unassign(user) => {
                rules::unassign_licence(before, rules::authority(actor, before, partner)?, subscription, user)?
            }
            SubscriptionChange::Suspend => reseller().and_then(|()| rules::suspend(before, subscription))?,
            SubscriptionChange::Reactivate => reseller().and_then(|()| rules::reactivate(before, subscription))?,
            SubscriptionChange::Cancel => reseller().and_then(|()| rules::cancel(before, subscription))?,
            SubscriptionChange::SetQuantity(raw) => {
                reseller()?;
                let offer = before.subscriptions.iter().find(|s| s.id == subscription).map(|s| s.offer.clone());
                let max = licence_limit(&tx.catalogue()?, offer.as_deref().unwrap_or_default());
                rules::set_quantity(before, subscription, raw, max)?
            }
        };
        Ok(after)
    })
}

/// A user of the tenant, as a form or a script names them.
fn user_email(raw: &str) -> Result<Email, Refusal> {
    validate::email(Input::User, raw)
}

pub fn add_user(book: &Book, ctx: &OpContext, id: TenantId, input: &NewTenantUser) -> Result<Customer, WriteError> {
    change_one(book, ctx, Operation::ManageTenantUsers, "tenant.user_added", id, |tx, actor, before| {
        let authority = rules::authority(actor, before, organization(tx)?.partner_id)?;
        Ok(rules::add_user(before, authority, input)?)
    })
}

pub fn set_global_admin(
    book: &Book,
    ctx: &OpContext,
    id: TenantId,
    user: &str,
    on: bool,
) -> Result<Customer, WriteError> {
    let action = if on { "tenant.global_admin_given" } else { "tenant.global_admin_taken" };
    change_one(book, ctx, Operation::ManageTenantUsers, action, id, |tx, actor, before| {
        let authority = rules::authority(actor, before, organization(tx)?.partner_id)?;
        Ok(rules::set_global_admin(before, authority, &user_email(user)?, on)?)
    })
}

/// A password reset: the one-time temporary password, returned to be shown once. The book keeps
/// no trace of the password itself, only the audit record that a reset was done, by whom.
pub struct PasswordReset {
    pub user: Email,
    pub company: String,
    pub temporary_password: String,
}

pub fn reset_password(book: &Book, ctx: &OpContext, id: TenantId, user: &str) -> Result<PasswordReset, WriteError> {
    book.operate(ctx, Operation::ManageTenantUsers, |tx, actor| {
        let customer = load(tx, id)?;
        let authority = rules::authority(actor, &customer, organization(tx)?.partner_id)?;
        let user = user_email(user)?;
        rules::check_password_reset(&customer, authority, &user)?;
        let record = serde_json::json!({ "user": user, "temporary_password": "issued, shown once, not kept" });
        tx.audit("tenant.password_reset", customer.primary_domain.as_str(), None::<&()>, Some(&record))?;
        Ok(PasswordReset {
            user,
            company: customer.company_name,
            temporary_password: rules::temporary_password(ctx.seed),
        })
    })
}
