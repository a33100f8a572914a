//! Partner users and their roles, granular admin relationships, and the customer's legacy
//! admin privileges.

use super::{OpContext, organization};
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::admin::{self, AdminRelationship, GranularRequest};
use crate::domain::customer::Customer;
use crate::domain::ids::{AdminRelationshipId, Email, PartnerId, TenantId};
use crate::domain::msg::{AdminMsg, BookMsg, UserMsg};
use crate::domain::org::PartnerUser;
use crate::domain::permission::{Actor, Operation};
use crate::domain::users::{self, UserInput};
use crate::store::{Book, Reads, WriteError, WriteTx};

/// Runs `change` on the partner users as `ctx`'s actor, who must manage partner users.
fn manage_users<T>(
    book: &Book,
    ctx: &OpContext,
    change: impl FnOnce(&mut WriteTx, &PartnerUser) -> Result<T, WriteError>,
) -> Result<T, WriteError> {
    book.operate(ctx, Operation::ManagePartnerUsers, |tx, actor| match actor {
        Actor::Partner(user) => change(tx, user),
        Actor::Customer { .. } => Err(Refusal::new(UserMsg::ManagedByPartner).into()),
    })
}

pub fn add_user(book: &Book, ctx: &OpContext, input: &UserInput) -> Result<PartnerUser, WriteError> {
    manage_users(book, ctx, |tx, actor| {
        let user = users::add(actor, &tx.partner_users()?, input)?;
        let stored = tx.put_partner_user(&user, true)?;
        tx.audit("partner_user.added", stored.email.as_str(), None::<&()>, Some(&stored))?;
        Ok(stored)
    })
}

pub fn edit_user(
    book: &Book,
    ctx: &OpContext,
    email: &Email,
    version: u64,
    input: &UserInput,
) -> Result<PartnerUser, WriteError> {
    manage_users(book, ctx, |tx, actor| {
        let all = tx.partner_users()?;
        let before = all
            .iter()
            .find(|u| &u.email == email)
            .cloned()
            .ok_or_else(|| Refusal::new(UserMsg::NoLongerUser { email: email.clone() }))?;
        let mut read = before.clone();
        read.version = version;
        let changed = users::edit(actor, &all, &read, input)?;
        let after = tx.put_partner_user(&changed, false)?;
        tx.audit("partner_user.roles_changed", email.as_str(), Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn remove_user(book: &Book, ctx: &OpContext, email: &Email) -> Result<PartnerUser, WriteError> {
    manage_users(book, ctx, |tx, actor| {
        let removed = users::remove(actor, &tx.partner_users()?, email)?;
        // Every customer is read: no index says whose support contact a user is.
        let mut contact_of = users::ContactOf::default();
        tx.each_customer(|c| {
            if c.support_contacts.contains(email) {
                contact_of.add(&c.company_name);
            }
            Ok(())
        })?;
        users::not_a_support_contact(&removed, &contact_of)?;
        tx.remove_partner_user(email)?;
        tx.audit("partner_user.removed", email.as_str(), Some(&removed), None::<&()>)?;
        Ok(removed)
    })
}

fn customer(tx: &WriteTx, id: TenantId) -> Result<Customer, WriteError> {
    tx.customer(id)?.ok_or_else(|| Refusal::new(BookMsg::CustomerGone).into())
}

fn relationship(tx: &WriteTx, id: AdminRelationshipId) -> Result<AdminRelationship, WriteError> {
    tx.admin_relationship(id)?.ok_or_else(|| Refusal::new(BookMsg::RelationshipGone { id }).into())
}

pub fn request_granular(
    book: &Book,
    ctx: &OpContext,
    tenant: TenantId,
    req: &GranularRequest,
) -> Result<AdminRelationship, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let org = organization(tx)?;
        let c = customer(tx, tenant)?;
        let existing = tx.admin_relationships()?;
        let id = AdminRelationshipId(tx.next_id("admin_relationship")?);
        let rel = admin::request(actor, org.partner_id, &c, &existing, req, id, ctx.stamp.at)?;
        let stored = tx.put_admin_relationship(&rel, true)?;
        tx.audit("admin_relationship.requested", &stored.id.to_string(), None::<&()>, Some(&stored))?;
        Ok(stored)
    })
}

/// Applies `change` to a granular relationship under `op` and audits it as `action`.
fn change_relationship(
    book: &Book,
    ctx: &OpContext,
    id: AdminRelationshipId,
    op: Operation,
    action: &str,
    change: impl FnOnce(&Actor, &WriteTx, &AdminRelationship) -> Result<AdminRelationship, WriteError>,
) -> Result<AdminRelationship, WriteError> {
    book.operate(ctx, op, |tx, actor| {
        let before = relationship(tx, id)?;
        let changed = change(actor, tx, &before)?;
        let after = tx.put_admin_relationship(&changed, false)?;
        tx.audit(action, &id.to_string(), Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn approve_granular(
    book: &Book,
    ctx: &OpContext,
    id: AdminRelationshipId,
) -> Result<AdminRelationship, WriteError> {
    change_relationship(
        book,
        ctx,
        id,
        Operation::ManageCustomerAdminPrivileges,
        "admin_relationship.approved",
        |actor, tx, rel| Ok(admin::approve(actor, rel, &customer(tx, rel.customer)?, ctx.stamp.at)?),
    )
}

pub fn set_auto_extend(
    book: &Book,
    ctx: &OpContext,
    id: AdminRelationshipId,
    on: bool,
) -> Result<AdminRelationship, WriteError> {
    change_relationship(
        book,
        ctx,
        id,
        Operation::ManageAdminRelationships,
        "admin_relationship.auto_extend_set",
        |actor, _, rel| Ok(admin::set_auto_extend(actor, rel, on, ctx.stamp.at)?),
    )
}

pub fn terminate_granular(
    book: &Book,
    ctx: &OpContext,
    id: AdminRelationshipId,
) -> Result<AdminRelationship, WriteError> {
    change_relationship(
        book,
        ctx,
        id,
        Operation::ManageAdminRelationships,
        "admin_relationship.terminated",
        |actor, _, rel| Ok(admin::terminate(actor, rel, ctx.stamp.at)?),
    )
}

/// The customer removes (`to` = None) or reassigns its legacy admin privileges.
pub fn customer_admin_privileges(
    book: &Book,
    ctx: &OpContext,
    tenant: TenantId,
    to: Option<PartnerId>,
) -> Result<Customer, WriteError> {
    book.operate(ctx, Operation::ManageCustomerAdminPrivileges, |tx, actor| {
        let org = organization(tx)?;
        let before = customer(tx, tenant)?;
        let changed = match to {
            None => admin::remove_legacy_admin(actor, &before)?,
            Some(partner) => {
                let known = partner == org.partner_id || tx.directory_partner(partner)?.is_some();
                if !known {
                    return Err(Refusal::on(Input::Partner, AdminMsg::UnknownPartner { partner }).into());
                }
                admin::reassign_legacy_admin(actor, &before, partner, ctx.stamp.at)?
            }
        };
        let after = tx.update_customer(&changed, org.partner_id)?;
        let action = if to.is_some() { "admin_privileges.reassigned" } else { "admin_privileges.removed" };
        // Who holds the admin privileges and who owes support, both before → after (rule 9).
        let said = |c: &Customer| serde_json::json!({ "admin": c.admin, "support_duty": c.support_duty });
        tx.audit(action, after.primary_domain.as_str(), Some(&said(&before)), Some(&said(&after)))?;
        Ok(after)
    })
}
