//! Invitations: their kinds and statuses, and the rules of requesting a reseller relationship
//! (rules 1–4), sending it (rule 5) and accepting it (rules 6–8).

use super::Refusal;
use super::Timestamp;
use super::customer::{AdminGrant, Customer, McaAcceptance, PartnerRelationship, RelationshipKind};
use super::ids::{Email, InvitationId, TenantId};
use super::letter::ResellerLetter;
use super::link::{self, LinkHosts, LinkPartner};
use super::msg::{InputMsg, InvitationMsg};
use super::org::{PartnerOrganization, ResellerKind};
use super::permission::{self, Actor, Operation};
use super::region;
use crate::domain::Input;
use chrono::Duration;
use serde::{Deserialize, Serialize};

/// An invitation not accepted within this many days expires. The partner portal keeps
/// reseller requests open for 90 days, the same window as a granular admin relationship.
pub const EXPIRY_DAYS: i64 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationKind {
    Reseller,
    Trial,
    PurchaseOffer,
    DelegatedAdminOffer,
}

impl InvitationKind {
    /// Offers are reusable URLs used by any number of customers (rule 12).
    pub fn is_offer(self) -> bool {
        self != InvitationKind::Reseller
    }
}

/// The stored status. `Expired` is never stored: it is what a draft or sent invitation
/// becomes when the clock passes `expires_at` (see `Invitation::status_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    Draft,
    Sent,
    Accepted,
    Declined,
    Expired,
    Revoked,
}

impl InvitationStatus {
    pub const ALL: [InvitationStatus; 6] = [
        InvitationStatus::Draft,
        InvitationStatus::Sent,
        InvitationStatus::Accepted,
        InvitationStatus::Declined,
        InvitationStatus::Expired,
        InvitationStatus::Revoked,
    ];
    /// The status as scripts write it (`sent`), as in the book's JSON.
    pub fn id(self) -> &'static str {
        match self {
            InvitationStatus::Draft => "draft",
            InvitationStatus::Sent => "sent",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Declined => "declined",
            InvitationStatus::Expired => "expired",
            InvitationStatus::Revoked => "revoked",
        }
    }
    /// Reads a status as scripts write it, in any case.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id().eq_ignore_ascii_case(text.trim()))
    }
    /// Finished invitations may be purged from the list (they stay in the audit log).
    pub fn is_purgeable(self) -> bool {
        matches!(self, InvitationStatus::Expired | InvitationStatus::Declined | InvitationStatus::Revoked)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailDraft {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub by: Email,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub id: InvitationId,
    pub token: String,
    pub kind: InvitationKind,
    pub status: InvitationStatus,
    pub include_admin: bool,
    pub customer: Option<TenantId>,
    /// The company name when the invitation was made, so lists need not read the customer.
    pub customer_name: String,
    pub recipient: Option<Email>,
    pub link: String,
    pub email: EmailDraft,
    pub created_by: Email,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub answered: Option<Answer>,
    /// A request to an existing reseller customer to restore delegated admin privileges only
    /// (seed 004): accepting it grants them.
    #[serde(default)]
    pub restores_admin: bool,
    /// Accepted while the customer kept its admin privileges with the partner that holds them
    /// (seed 000's note: only one partner holds them at a time): admin privileges not granted.
    #[serde(default)]
    pub admin_not_granted: bool,
    pub version: u64,
}

/// What an invitation says of admin privileges beyond asking for them (`restores_admin`,
/// `admin_not_granted`): the book keeps it beside the invitation, for those that say anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AdminNote {
    pub restores_admin: bool,
    pub not_granted: bool,
}

impl AdminNote {
    pub fn is_empty(self) -> bool {
        self == AdminNote::default()
    }
}

impl Invitation {
    pub fn admin_note(&self) -> AdminNote {
        AdminNote { restores_admin: self.restores_admin, not_granted: self.admin_not_granted }
    }

    pub fn set_admin_note(&mut self, note: AdminNote) {
        self.restores_admin = note.restores_admin;
        self.admin_not_granted = note.not_granted;
    }

    /// A new draft of `kind` made by `by` at `now`, expiring `EXPIRY_DAYS` later; whom it is
    /// for, its link and its email are filled in by the rule that makes it.
    pub fn draft(id: InvitationId, token: &str, kind: InvitationKind, by: &Email, now: Timestamp) -> Invitation {
        Invitation {
            id,
            token: token.to_string(),
            kind,
            status: InvitationStatus::Draft,
            include_admin: false,
            customer: None,
            customer_name: String::new(),
            recipient: None,
            link: String::new(),
            email: EmailDraft { subject: String::new(), body: String::new() },
            created_by: by.clone(),
            created_at: now,
            expires_at: now + Duration::days(EXPIRY_DAYS),
            sent_at: None,
            answered: None,
            restores_admin: false,
            admin_not_granted: false,
            version: 1,
        }
    }

    /// The status as of `now`: open invitations past their expiry are expired.
    pub fn status_at(&self, now: Timestamp) -> InvitationStatus {
        match self.status {
            InvitationStatus::Draft | InvitationStatus::Sent if now >= self.expires_at => InvitationStatus::Expired,
            s => s,
        }
    }

    pub fn age_days(&self, now: Timestamp) -> i64 {
        (now - self.created_at).num_days().max(0)
    }
}

/// What the operator fills in to request a reseller relationship.
#[derive(Debug, Clone)]
pub struct ResellerRequest {
    pub include_admin: bool,
    pub recipient: Email,
    /// The language of the email; `None`: the customer's country's.
    pub language: Option<crate::i18n::Locale>,
}

/// Rules 1, 2 and 3, and the link of rule 4: builds a draft reseller invitation for `customer`.
#[allow(clippy::too_many_arguments)]
pub fn request_reseller(
    actor: &Actor,
    org: &PartnerOrganization,
    customer: &Customer,
    open_invitations: &[&Invitation],
    request: ResellerRequest,
    id: InvitationId,
    token: &str,
    hosts: &LinkHosts,
    now: Timestamp,
) -> Result<Invitation, Refusal> {
    let (sender, reseller) = requester(actor, org)?;
    if !request.include_admin && org.cloud.requires_delegated_admin() {
        return Err(Refusal::on(Input::DelegatedAdmin, dap_required_reason(org)));
    }
    // The request names no country or cloud field: the refusal is about the customer itself.
    region::check_market(org, &customer.company_name, customer.country, customer.cloud)
        .map_err(|refusal| Refusal::new(refusal.msg))?;
    if is_our_reseller(customer, org) {
        return Err(Refusal::new(InvitationMsg::AlreadyReseller {
            company: customer.company_name.clone(),
            partner: org.name.clone(),
        }));
    }
    none_waiting(customer, open_invitations, now)?;
    let draft = CustomerDraft { org, sender, reseller, customer, id, token, hosts, now };
    Ok(draft.build(request.include_admin, request.recipient, |l| ResellerLetter { language: request.language, ..l }))
}

/// Seed 004: a partner asks an existing reseller customer to restore delegated admin
/// privileges — those it holds with another partner or with none. The same personalized link,
/// admin privileges asked; accepting it grants them (rule 8 still moves them explicitly).
#[allow(clippy::too_many_arguments)]
pub fn request_restore_admin(
    actor: &Actor,
    org: &PartnerOrganization,
    customer: &Customer,
    open_invitations: &[&Invitation],
    recipient: Email,
    id: InvitationId,
    token: &str,
    hosts: &LinkHosts,
    now: Timestamp,
) -> Result<Invitation, Refusal> {
    let (sender, reseller) = requester(actor, org)?;
    restore_admin_fits(org, customer)?;
    none_waiting(customer, open_invitations, now)?;
    let draft = CustomerDraft { org, sender, reseller, customer, id, token, hosts, now };
    Ok(Invitation { restores_admin: true, ..draft.build(true, recipient, |l| ResellerLetter { restore: true, ..l }) })
}

/// Seed 004: restoring admin privileges is asked of a customer that is `org`'s reseller
/// customer and whose admin privileges are with another partner or with none.
pub fn restore_admin_fits(org: &PartnerOrganization, customer: &Customer) -> Result<(), Refusal> {
    if !is_our_reseller(customer, org) {
        return Err(Refusal::new(InvitationMsg::RestoreNeedsReseller {
            company: customer.company_name.clone(),
            partner: org.name.clone(),
        }));
    }
    if customer.holds_admin(org.partner_id) {
        return Err(Refusal::new(InvitationMsg::AdminHeldAlready {
            company: customer.company_name.clone(),
            partner: org.name.clone(),
        }));
    }
    Ok(())
}

/// What a draft invitation to an existing customer is made from: who sends it, as which
/// reseller, its id and token, the link's hosts, and when.
struct CustomerDraft<'a> {
    org: &'a PartnerOrganization,
    sender: &'a super::org::PartnerUser,
    reseller: ResellerKind,
    customer: &'a Customer,
    id: InvitationId,
    token: &'a str,
    hosts: &'a LinkHosts,
    now: Timestamp,
}

impl CustomerDraft<'_> {
    /// The draft to `recipient` with its personalized link (admin privileges asked when
    /// `include_admin`) and its email, written from the common letter as `shape` sets it.
    fn build(
        self,
        include_admin: bool,
        recipient: Email,
        shape: impl FnOnce(ResellerLetter) -> ResellerLetter,
    ) -> Invitation {
        let Self { org, sender, reseller, customer, id, token, hosts, now } = self;
        let partner = LinkPartner { tenant_id: org.tenant_id, partner_id: org.partner_id, reseller };
        let link = link::reseller_link(hosts, customer.cloud, partner, include_admin, token);
        let email = EmailDraft::from(&shape(letter(org, &sender.name, customer, &link, include_admin)));
        Invitation {
            include_admin,
            customer: Some(customer.tenant_id),
            customer_name: customer.company_name.clone(),
            recipient: Some(recipient),
            link,
            email,
            ..Invitation::draft(id, token, InvitationKind::Reseller, &sender.email, now)
        }
    }
}

/// Rule 1 and the partner's reseller authorization: who may request, and as which reseller.
fn requester<'a>(
    actor: &'a Actor,
    org: &PartnerOrganization,
) -> Result<(&'a super::org::PartnerUser, ResellerKind), Refusal> {
    permission::check(actor, Operation::RequestReseller, None)?;
    let Some(user) = actor.as_partner() else {
        return Err(Refusal::new(InvitationMsg::PartnerRequests));
    };
    let Some(reseller) = org.authorizations.reseller else {
        return Err(Refusal::new(InvitationMsg::NotReseller { partner: org.name.clone() }));
    };
    Ok((user, reseller))
}

/// The customer has `org`'s reseller relationship of the kind `org` resells as.
fn is_our_reseller(customer: &Customer, org: &PartnerOrganization) -> bool {
    let kind = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { .. }) => RelationshipKind::IndirectReseller,
        _ => RelationshipKind::Reseller,
    };
    customer.relationships_with(org.partner_id).any(|k| k == kind)
}

/// One open request per customer: a draft or sent one waits already.
fn none_waiting(customer: &Customer, open_invitations: &[&Invitation], now: Timestamp) -> Result<(), Refusal> {
    match open_invitations.iter().find(|i| {
        i.kind == InvitationKind::Reseller
            && i.customer == Some(customer.tenant_id)
            && matches!(i.status_at(now), InvitationStatus::Draft | InvitationStatus::Sent)
    }) {
        Some(open) => Err(Refusal::new(InvitationMsg::AlreadyWaiting {
            id: open.id,
            company: customer.company_name.clone(),
            status: open.status_at(now),
        })),
        None => Ok(()),
    }
}

/// Rule 2, as the operator sees it beside the checkbox.
pub fn dap_required_reason(org: &PartnerOrganization) -> InvitationMsg {
    InvitationMsg::AdminRequired { partner: org.name.clone(), cloud: org.cloud }
}

/// The draft the operator starts from, in their name, with the link on its own line. The rule
/// decides what it says (`ResellerLetter`); its words are the edge's (`crate::text`).
pub fn default_email(
    org: &PartnerOrganization,
    sender: &str,
    customer: &Customer,
    link: &str,
    dap: bool,
) -> EmailDraft {
    EmailDraft::from(&letter(org, sender, customer, link, dap))
}

fn letter(org: &PartnerOrganization, sender: &str, customer: &Customer, link: &str, dap: bool) -> ResellerLetter {
    ResellerLetter {
        partner: org.name.clone(),
        sender: sender.to_string(),
        company: customer.company_name.clone(),
        country: customer.country,
        portal: customer.cloud.acceptance_portal(),
        link: link.to_string(),
        admin: dap,
        language: None,
        restore: false,
    }
}

/// Rule 4 and 5: the operator marks the draft done; the link must still be in it, unaltered.
pub fn mark_sent(
    actor: &Actor,
    invitation: &Invitation,
    email: EmailDraft,
    now: Timestamp,
) -> Result<Invitation, Refusal> {
    permission::check(actor, Operation::EditInvitation, None)?;
    match invitation.status_at(now) {
        InvitationStatus::Draft | InvitationStatus::Sent => {}
        other => {
            return Err(Refusal::new(InvitationMsg::CannotSend { id: invitation.id, status: other }));
        }
    }
    if !email.body.contains(&invitation.link) {
        return Err(Refusal::on(Input::Email, InvitationMsg::LinkChanged));
    }
    if email.subject.trim().is_empty() {
        return Err(Refusal::on(Input::Subject, InputMsg::Required));
    }
    let mut sent = invitation.clone();
    sent.email = email;
    sent.status = InvitationStatus::Sent;
    sent.sent_at = Some(now);
    Ok(sent)
}

/// Revokes a draft or sent invitation.
pub fn revoke(actor: &Actor, invitation: &Invitation, now: Timestamp) -> Result<Invitation, Refusal> {
    permission::check(actor, Operation::RevokeInvitation, None)?;
    match invitation.status_at(now) {
        InvitationStatus::Draft | InvitationStatus::Sent => {
            let mut revoked = invitation.clone();
            revoked.status = InvitationStatus::Revoked;
            Ok(revoked)
        }
        other => Err(Refusal::new(InvitationMsg::CannotRevoke { id: invitation.id, status: other })),
    }
}

/// What the customer's Global admin decides while accepting.
#[derive(Debug, Clone, Copy, Default)]
pub struct AcceptChoices {
    /// The customer accepts the Microsoft Customer Agreement now (needed if not yet accepted).
    pub accept_mca: bool,
    /// The customer explicitly moves admin privileges from the partner that holds them now.
    pub take_admin_from_current_holder: bool,
    /// The customer accepts the reseller relationship but keeps admin privileges with the partner
    /// that holds them now (seed 000's note); the invitation records them as not granted.
    pub keep_admin_with_current_holder: bool,
}

/// The outcome of an acceptance: the updated records and where the customer accepted.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub invitation: Invitation,
    pub customer: Customer,
    pub portal: &'static str,
    pub admin_taken_from: Option<super::ids::PartnerId>,
}

/// Rules 6, 7 and 8: a customer's Global admin accepts a sent invitation.
pub fn accept(
    actor: &Actor,
    org: &PartnerOrganization,
    invitation: &Invitation,
    customer: &Customer,
    choices: AcceptChoices,
    now: Timestamp,
) -> Result<Accepted, Refusal> {
    permission::check(actor, Operation::AcceptInvitation, Some(customer.tenant_id))?;
    let Actor::Customer { user, .. } = actor else {
        return Err(Refusal::new(InvitationMsg::CustomerAccepts));
    };
    if invitation.kind != InvitationKind::Reseller {
        return Err(Refusal::new(InvitationMsg::UsedThroughLink { id: invitation.id, kind: invitation.kind }));
    }
    if invitation.customer != Some(customer.tenant_id) {
        return Err(Refusal::new(InvitationMsg::NotSentTo {
            id: invitation.id,
            company: customer.company_name.clone(),
        }));
    }
    ensure_sent(invitation, org, now)?;
    if let Some(reason) = customer.ineligible {
        return Err(Refusal::new(InvitationMsg::Ineligible { company: customer.company_name.clone(), reason }));
    }
    let mut updated = customer.clone();
    sign_mca(&mut updated, &user.email, choices.accept_mca, now)?;
    let holder = updated.admin.as_ref().map(|a| a.partner).filter(|p| *p != org.partner_id);
    let keep = invitation.include_admin && holder.is_some() && !choices.take_admin_from_current_holder;
    if let Some(holder) =
        holder.filter(|_| keep && (invitation.restores_admin || !choices.keep_admin_with_current_holder))
    {
        return Err(Refusal::new(InvitationMsg::AdminChoiceNeeded {
            holder,
            company: customer.company_name.clone(),
            partner: org.name.clone(),
            restore: invitation.restores_admin,
        }));
    }
    let admin_taken_from = if invitation.include_admin && !keep {
        grant_admin(&mut updated, org, &user.email, choices.take_admin_from_current_holder, now)?
    } else {
        None
    };
    let kind = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { .. }) => RelationshipKind::IndirectReseller,
        _ => RelationshipKind::Reseller,
    };
    if !updated.relationships_with(org.partner_id).any(|k| k == kind) {
        updated.relationships.push(PartnerRelationship { partner: org.partner_id, kind, since: now });
    }
    if keep {
        // Rule 9: the reseller is responsible for support while another partner holds admin.
        updated.support_duty = updated.support_duty_now();
    }
    let mut accepted = invitation.clone();
    accepted.status = InvitationStatus::Accepted;
    accepted.answered = Some(Answer { by: user.email.clone(), at: now });
    accepted.admin_not_granted = keep;
    Ok(Accepted {
        invitation: accepted,
        customer: updated,
        portal: customer.cloud.acceptance_portal(),
        admin_taken_from,
    })
}

/// Only a sent invitation or offer can be answered: a draft is not sent yet, and an expired,
/// revoked or answered one no longer waits.
pub fn ensure_sent(invitation: &Invitation, org: &PartnerOrganization, now: Timestamp) -> Result<(), Refusal> {
    match invitation.status_at(now) {
        InvitationStatus::Sent => Ok(()),
        InvitationStatus::Draft => Err(Refusal::new(InvitationMsg::NotSentYet { id: invitation.id })),
        other => Err(Refusal::new(InvitationMsg::NoLongerOpen {
            id: invitation.id,
            status: other,
            offer: invitation.kind.is_offer(),
            partner: org.name.clone(),
        })),
    }
}

/// Rule 7: a customer that has not accepted the Microsoft Customer Agreement accepts it as
/// part of accepting; without that choice the acceptance is refused.
pub fn sign_mca(customer: &mut Customer, by: &Email, accept: bool, now: Timestamp) -> Result<(), Refusal> {
    if customer.mca.is_some() {
        return Ok(());
    }
    if !accept {
        return Err(Refusal::on(Input::Mca, InvitationMsg::McaNotAccepted { company: customer.company_name.clone() }));
    }
    customer.mca = Some(McaAcceptance { by: by.clone(), at: now });
    Ok(())
}

/// Rule 8: gives `org` the customer's admin privileges as part of an accepted invitation or
/// offer. Only one partner holds them at a time, so taking them from another partner needs
/// the customer's explicit choice; returns the partner they were taken from.
pub fn grant_admin(
    customer: &mut Customer,
    org: &PartnerOrganization,
    by: &Email,
    take_from_current_holder: bool,
    now: Timestamp,
) -> Result<Option<super::ids::PartnerId>, Refusal> {
    let mut taken_from = None;
    match &customer.admin {
        Some(grant) if grant.partner != org.partner_id && !take_from_current_holder => {
            return Err(Refusal::new(InvitationMsg::AdminHeldElsewhere {
                holder: grant.partner,
                company: customer.company_name.clone(),
                partner: org.name.clone(),
            }));
        }
        Some(grant) if grant.partner != org.partner_id => taken_from = Some(grant.partner),
        _ => {}
    }
    customer.admin = Some(AdminGrant { partner: org.partner_id, since: now, granted_by: by.clone() });
    customer.support_duty = customer.support_duty_now();
    Ok(taken_from)
}

/// The customer's Global admin declines a sent invitation.
pub fn decline(
    actor: &Actor,
    invitation: &Invitation,
    customer: &Customer,
    now: Timestamp,
) -> Result<Invitation, Refusal> {
    permission::check(actor, Operation::AcceptInvitation, Some(customer.tenant_id))?;
    if invitation.kind != InvitationKind::Reseller {
        return Err(Refusal::new(InvitationMsg::OfferNotDeclined { id: invitation.id }));
    }
    if invitation.status_at(now) != InvitationStatus::Sent || invitation.customer != Some(customer.tenant_id) {
        return Err(Refusal::new(InvitationMsg::NotWaitingFor {
            id: invitation.id,
            company: customer.company_name.clone(),
        }));
    }
    let mut declined = invitation.clone();
    declined.status = InvitationStatus::Declined;
    declined.answered = Some(Answer { by: Email(actor.email().to_string()), at: now });
    Ok(declined)
}

#[cfg(test)]
mod tests;
