//! Offers (rule 12): make a trial invitation, a purchase offer or a delegated-admin offer, and
//! a customer's use of its reusable URL. Sending, revoking and purging go through the
//! invitation operations, like any invitation.

use super::{OpContext, organization};
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::Timestamp;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::ids::{InvitationId, PartnerId, SubscriptionId, TenantId};
use crate::domain::invitation::{Invitation, InvitationKind};
use crate::domain::link::{self, LinkHosts};
use crate::domain::msg::{BookMsg, OfferMsg};
use crate::domain::offer::{self, OfferLine, OfferRequest, OfferTerms, UseChoices};
use crate::domain::permission::{Actor, Operation};
use crate::domain::validate;
use crate::store::{Book, Reads, WriteError, WriteTx};

/// What the operator asks for; offers are named by catalogue id with the count as typed.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: InvitationKind,
    pub lines: Vec<(u32, String)>,
    pub include_admin: bool,
    /// The customer the email is for, if any.
    pub customer: Option<TenantId>,
    /// Who receives the email; empty for nobody in particular (or the customer's Global admin).
    pub recipient: String,
}

/// Makes the offer: its invitation (a draft, with its URL) and its terms.
pub fn request(
    book: &Book,
    ctx: &OpContext,
    req: Request,
    hosts: &LinkHosts,
) -> Result<(Invitation, OfferTerms), WriteError> {
    let mut rng = fastrand::Rng::with_seed(ctx.seed);
    book.operate(ctx, Operation::SendOffer, |tx, actor| make(tx, actor, req, hosts, &mut rng, ctx.stamp.at))
}

/// The offer made inside a transaction that may do more (a product key offers delegated
/// administration with the subscription it sets up: both or neither).
pub(super) fn make(
    tx: &mut WriteTx,
    actor: &Actor,
    req: Request,
    hosts: &LinkHosts,
    rng: &mut fastrand::Rng,
    at: Timestamp,
) -> Result<(Invitation, OfferTerms), WriteError> {
    let org = organization(tx)?;
    let catalogue = tx.catalogue()?;
    let mut lines: Vec<(&CatalogueOffer, String)> = Vec::with_capacity(req.lines.len());
    for (id, quantity) in &req.lines {
        let found = catalogue.iter().find(|o| o.id == *id);
        let offer = found.ok_or_else(|| Refusal::on(Input::Offer, OfferMsg::NotInCatalogue { offer: *id }))?;
        lines.push((offer, quantity.clone()));
    }
    let customer = match req.customer {
        Some(id) => Some(tx.customer(id)?.ok_or_else(|| Refusal::new(BookMsg::CustomerGone))?),
        None => None,
    };
    let recipient = match (req.recipient.trim(), &customer) {
        ("", Some(c)) => c.users.iter().find(|u| u.global_admin).map(|u| u.email.clone()),
        ("", None) => None,
        (text, _) => Some(validate::email(Input::Recipient, text)?),
    };
    let id = InvitationId(tx.next_id("invitation")?);
    let token = link::new_token(rng);
    let request = OfferRequest {
        kind: req.kind,
        lines,
        include_admin: req.include_admin,
        customer: customer.as_ref(),
        recipient,
    };
    let (inv, terms) = offer::request_offer(actor, &org, request, id, &token, hosts, at)?;
    tx.insert_invitation(&inv)?;
    let terms = tx.put_offer_terms(&terms, true)?;
    tx.audit("offer.requested", &inv.id.to_string(), None::<&()>, Some(&(&inv, &terms)))?;
    Ok((inv, terms))
}

/// What a use of an offer URL did, for the customer's screen or a script.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UseOutcome {
    pub invitation: InvitationId,
    pub kind: InvitationKind,
    pub customer: String,
    pub partner: String,
    pub subscriptions: Vec<SubscriptionId>,
    pub lines: Vec<OfferLine>,
    pub partner_of_record: Option<PartnerId>,
    pub admin_privileges: bool,
    pub admin_taken_from: Option<PartnerId>,
    /// Licence counts changed at purchase: (offer, offered, bought).
    pub changed: Vec<(String, u32, u32)>,
    /// How many customers have used this URL, this one included.
    pub uses: u32,
}

/// The offer a link names, with its terms: for the customer's screen before using it.
pub fn offer_of_link(read: &impl Reads, link_or_token: &str) -> Result<(Invitation, OfferTerms), WriteError> {
    let token = link::token_of(link_or_token).ok_or_else(|| Refusal::on(Input::Link, OfferMsg::NotALink))?;
    let inv = read.invitation_by_token(token)?.ok_or_else(|| Refusal::on(Input::Link, OfferMsg::UnknownLink))?;
    if !inv.kind.is_offer() {
        return Err(Refusal::on(Input::Link, OfferMsg::LinkIsReseller { id: inv.id }).into());
    }
    let terms =
        read.offer_terms(inv.id)?.ok_or_else(|| Refusal::on(Input::Link, OfferMsg::TermsLost { id: inv.id }))?;
    Ok((inv, terms))
}

/// A customer's Global admin uses an offer URL: the subscriptions, the partner of record,
/// the advisor relationship and (when offered) admin privileges, in one transaction.
pub fn use_link(
    book: &Book,
    ctx: &OpContext,
    link_or_token: &str,
    choices: &UseChoices,
) -> Result<UseOutcome, WriteError> {
    // Said before the permission check, whose refusal would not tell a partner what to do.
    let Actor::Customer { tenant, .. } = ctx.actor else {
        return Err(Refusal::new(OfferMsg::CustomerAdminUses).into());
    };
    book.operate(ctx, Operation::AcceptInvitation, |tx, actor| {
        let (inv, terms) = offer_of_link(tx, link_or_token)?;
        let customer = tx.customer(*tenant)?.ok_or_else(|| Refusal::new(BookMsg::TenantGone))?;
        let org = organization(tx)?;
        let earlier = tx.offer_use(inv.id, customer.tenant_id)?;
        let first = tx.next_id("subscription")?;
        let used =
            offer::use_offer(actor, &org, &inv, &terms, &customer, earlier.as_ref(), choices, first, ctx.stamp.at)?;
        if let Some(last) = used.record.subscriptions.last() {
            tx.next_id_set("subscription", last.0 + 1)?;
        }
        let target = customer.primary_domain.to_string();
        let customer_after = tx.update_customer(&used.customer, org.partner_id)?;
        tx.audit("customer.offer_used", &target, Some(&customer), Some(&customer_after))?;
        for change in &used.changed {
            tx.audit("offer.quantity_changed", &inv.id.to_string(), Some(&(&change.0, change.1)), Some(&change.2))?;
        }
        if let Some(from) = used.admin_taken_from {
            tx.audit("admin_privileges.moved", &target, Some(&from), Some(&org.partner_id))?;
        }
        let terms_after = tx.put_offer_terms(&used.terms, false)?;
        tx.insert_offer_use(&used.record)?;
        tx.audit("offer.used", &inv.id.to_string(), Some(&terms), Some(&(&terms_after, &used.record)))?;
        Ok(UseOutcome {
            invitation: inv.id,
            kind: inv.kind,
            customer: customer.company_name.clone(),
            partner: org.name.clone(),
            subscriptions: used.record.subscriptions.clone(),
            lines: used.record.lines.clone(),
            partner_of_record: (!used.record.subscriptions.is_empty()).then_some(org.partner_id),
            admin_privileges: customer_after.holds_admin(org.partner_id),
            admin_taken_from: used.admin_taken_from,
            changed: used.changed,
            uses: terms_after.uses,
        })
    })
}

#[cfg(test)]
mod tests;
