//! Reseller invitations: request (for a customer or a prospect), edit and send the draft,
//! revoke, purge, and the customer's acceptance or refusal.

use super::{OpContext, organization};
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::customer::{self, Customer, ProspectInput};
use crate::domain::ids::{InvitationId, PartnerId, TenantId};
use crate::domain::invitation::{self, AcceptChoices, EmailDraft, Invitation, InvitationStatus, ResellerRequest};
use crate::domain::link::{self, LinkHosts};
use crate::domain::msg::{BookMsg, InvitationMsg};
use crate::domain::permission::{Actor, Operation};
use crate::domain::validate;
use crate::store::{Book, Reads, WriteError, WriteTx};

/// Whom the reseller relationship is requested with.
#[derive(Debug, Clone)]
pub enum Target {
    Existing(TenantId),
    Prospect(ProspectInput),
    /// An existing reseller customer asked to restore delegated admin privileges only (seed
    /// 004); the request's `include_admin` is then always true.
    RestoreAdmin(TenantId),
}

#[derive(Debug, Clone)]
pub struct Request {
    pub target: Target,
    pub include_admin: bool,
    /// Who receives the email; empty for the customer's first Global admin.
    pub recipient: String,
    /// The language of the email; `None`: the customer's country's.
    pub language: Option<crate::i18n::Locale>,
}

fn new_tenant_id(rng: &mut fastrand::Rng) -> TenantId {
    TenantId(uuid::Builder::from_random_bytes(rng.u128(..).to_le_bytes()).into_uuid())
}

/// Rules 1–4: creates the draft invitation (and the prospect's tenant, for a prospect).
pub fn request(book: &Book, ctx: &OpContext, req: Request, hosts: &LinkHosts) -> Result<Invitation, WriteError> {
    let mut rng = fastrand::Rng::with_seed(ctx.seed);
    book.operate(ctx, Operation::RequestReseller, |tx, actor| {
        let org = organization(tx)?;
        let (customer, is_new) = match &req.target {
            Target::Existing(id) | Target::RestoreAdmin(id) => match tx.customer(*id)? {
                Some(c) => (c, false),
                None => return Err(Refusal::new(BookMsg::CustomerGone).into()),
            },
            Target::Prospect(input) => {
                let candidate = customer::prospect(input, new_tenant_id(&mut rng))?;
                match tx.customer_by_domain(candidate.primary_domain.as_str())? {
                    // The tenant is already known: invite it rather than record it twice.
                    Some(existing) => (existing, false),
                    None => (candidate, true),
                }
            }
        };
        let recipient = if req.recipient.trim().is_empty() {
            customer
                .users
                .iter()
                .find(|u| u.global_admin)
                .map(|u| u.email.clone())
                .ok_or_else(|| Refusal::on(Input::Recipient, InvitationMsg::NoRecipient))?
        } else {
            validate::email(Input::Recipient, &req.recipient)?
        };
        let open = tx.invitations()?;
        let open: Vec<&Invitation> = open.iter().collect();
        let id = InvitationId(tx.next_id("invitation")?);
        let token = link::new_token(&mut rng);
        let inv = if let Target::RestoreAdmin(_) = req.target {
            invitation::request_restore_admin(
                actor,
                &org,
                &customer,
                &open,
                recipient,
                id,
                &token,
                hosts,
                ctx.stamp.at,
            )?
        } else {
            invitation::request_reseller(
                actor,
                &org,
                &customer,
                &open,
                ResellerRequest { include_admin: req.include_admin, recipient, language: req.language },
                id,
                &token,
                hosts,
                ctx.stamp.at,
            )?
        };
        if is_new {
            let stored = tx.insert_customer(&customer, org.partner_id)?;
            tx.audit("customer.prospect_added", stored.primary_domain.as_str(), None::<&()>, Some(&stored))?;
        }
        tx.insert_invitation(&inv)?;
        tx.audit("invitation.requested", &inv.id.to_string(), None::<&()>, Some(&inv))?;
        Ok(inv)
    })
}

fn load(tx: &WriteTx, id: InvitationId) -> Result<Invitation, WriteError> {
    tx.invitation(id)?.ok_or_else(|| Refusal::new(BookMsg::InvitationGone { id }).into())
}

/// Applies `change` to the invitation read at `version` (`None`: as stored) under `op`, saves
/// it and audits it as `action` with before → after.
fn change_invitation(
    book: &Book,
    ctx: &OpContext,
    id: InvitationId,
    version: Option<u64>,
    op: Operation,
    action: &str,
    change: impl FnOnce(&Actor, &Invitation) -> Result<Invitation, WriteError>,
) -> Result<Invitation, WriteError> {
    book.operate(ctx, op, |tx, actor| {
        let before = load(tx, id)?;
        let mut read = before.clone();
        read.version = version.unwrap_or(before.version);
        let changed = change(actor, &read)?;
        let after = tx.update_invitation(&changed)?;
        tx.audit(action, &id.to_string(), Some(&before), Some(&after))?;
        Ok(after)
    })
}

/// Keeps the operator's edits of a draft without sending it.
pub fn save_draft(
    book: &Book,
    ctx: &OpContext,
    id: InvitationId,
    version: u64,
    email: EmailDraft,
) -> Result<Invitation, WriteError> {
    change_invitation(book, ctx, id, Some(version), Operation::EditInvitation, "invitation.draft_edited", |_, read| {
        if read.status_at(ctx.stamp.at) != InvitationStatus::Draft {
            return Err(Refusal::new(InvitationMsg::NoLongerDraft { id }).into());
        }
        let mut edited = read.clone();
        edited.email = validated(email)?;
        Ok(edited)
    })
}

fn validated(email: EmailDraft) -> Result<EmailDraft, Refusal> {
    Ok(EmailDraft {
        subject: validate::line(Input::Subject, &email.subject)?,
        body: validate::text(Input::Email, &email.body)?,
    })
}

/// Rules 4 and 5: the operator marks the draft done; it becomes sent with its final text.
pub fn mark_sent(
    book: &Book,
    ctx: &OpContext,
    id: InvitationId,
    version: u64,
    email: EmailDraft,
) -> Result<Invitation, WriteError> {
    change_invitation(book, ctx, id, Some(version), Operation::EditInvitation, "invitation.sent", |actor, read| {
        Ok(invitation::mark_sent(actor, read, validated(email)?, ctx.stamp.at)?)
    })
}

pub fn revoke(book: &Book, ctx: &OpContext, id: InvitationId) -> Result<Invitation, WriteError> {
    change_invitation(book, ctx, id, None, Operation::RevokeInvitation, "invitation.revoked", |actor, read| {
        Ok(invitation::revoke(actor, read, ctx.stamp.at)?)
    })
}

/// Removes every expired, declined and revoked invitation from the list; each stays in the
/// audit log with its last state.
pub fn purge(book: &Book, ctx: &OpContext) -> Result<usize, WriteError> {
    book.operate(ctx, Operation::PurgeInvitations, |tx, _| {
        let mut purged = 0;
        for inv in tx.invitations()? {
            if inv.status_at(ctx.stamp.at).is_purgeable() {
                tx.remove_invitation(inv.id)?;
                tx.audit("invitation.purged", &inv.id.to_string(), Some(&inv), None::<&()>)?;
                purged += 1;
            }
        }
        Ok(purged)
    })
}

/// What an acceptance did, for the customer's screen or a script.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AcceptOutcome {
    pub invitation: InvitationId,
    pub customer: String,
    pub partner: String,
    /// Where a customer in this cloud accepts (rule 6).
    pub portal: &'static str,
    pub admin_privileges: bool,
    /// Admin privileges were asked, and the customer kept them with the partner that holds them.
    pub admin_not_granted: bool,
    /// The invitation asked only to restore admin privileges (seed 004).
    pub restores_admin: bool,
    pub admin_taken_from: Option<PartnerId>,
    pub mca_accepted_now: bool,
}

fn by_link(tx: &WriteTx, link_or_token: &str) -> Result<(Invitation, Customer), WriteError> {
    let token = link::token_of(link_or_token).ok_or_else(|| Refusal::new(InvitationMsg::NotALink))?;
    let inv = tx.invitation_by_token(token)?.ok_or_else(|| Refusal::new(InvitationMsg::UnknownLink))?;
    let customer = match inv.customer {
        Some(id) => tx.customer(id)?,
        None => None,
    }
    .ok_or_else(|| Refusal::new(InvitationMsg::NotAddressed { id: inv.id }))?;
    Ok((inv, customer))
}

/// Rules 6–8: the customer's Global admin accepts the invitation the link names.
pub fn accept(
    book: &Book,
    ctx: &OpContext,
    link_or_token: &str,
    choices: AcceptChoices,
) -> Result<AcceptOutcome, WriteError> {
    book.operate(ctx, Operation::AcceptInvitation, |tx, actor| {
        let (inv, customer) = by_link(tx, link_or_token)?;
        let org = organization(tx)?;
        let accepted = invitation::accept(actor, &org, &inv, &customer, choices, ctx.stamp.at)?;
        let target = customer.primary_domain.to_string();
        let inv_after = tx.update_invitation(&accepted.invitation)?;
        tx.audit("invitation.accepted", &inv.id.to_string(), Some(&inv), Some(&inv_after))?;
        let customer_after = tx.update_customer(&accepted.customer, org.partner_id)?;
        tx.audit("customer.reseller_accepted", &target, Some(&customer), Some(&customer_after))?;
        if let Some(from) = accepted.admin_taken_from {
            tx.audit("admin_privileges.moved", &target, Some(&from), Some(&org.partner_id))?;
        }
        Ok(AcceptOutcome {
            invitation: inv.id,
            customer: customer.company_name.clone(),
            partner: org.name.clone(),
            portal: accepted.portal,
            admin_privileges: customer_after.holds_admin(org.partner_id),
            admin_not_granted: inv_after.admin_not_granted,
            restores_admin: inv_after.restores_admin,
            admin_taken_from: accepted.admin_taken_from,
            mca_accepted_now: customer.mca.is_none() && customer_after.mca.is_some(),
        })
    })
}

pub fn decline(book: &Book, ctx: &OpContext, link_or_token: &str) -> Result<Invitation, WriteError> {
    book.operate(ctx, Operation::AcceptInvitation, |tx, actor| {
        let (inv, customer) = by_link(tx, link_or_token)?;
        let declined = invitation::decline(actor, &inv, &customer, ctx.stamp.at)?;
        let after = tx.update_invitation(&declined)?;
        tx.audit("invitation.declined", &inv.id.to_string(), Some(&inv), Some(&after))?;
        Ok(after)
    })
}

#[cfg(test)]
mod tests;
