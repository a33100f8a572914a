//! Rule 12: trial invitations, purchase offers and delegated-admin offers. Each is an
//! `Invitation` (same list, same email editor, same send and revoke) whose link is a reusable
//! URL embedding the advisor's code; what it offers is kept beside it as `OfferTerms`, and
//! every customer who uses the URL leaves an `OfferUse`.

use super::catalogue::CatalogueOffer;
use super::customer::{Customer, PartnerRelationship, RelationshipKind, Subscription, SubscriptionStatus};
use super::ids::{Email, InvitationId, PartnerId, SubscriptionId, TenantId};
use super::invitation::{self, EmailDraft, Invitation, InvitationKind};
use super::letter::{OfferLetter, Offered};
use super::link::{self, LinkHosts};
use super::msg::OfferMsg;
use super::org::PartnerOrganization;
use super::permission::{self, Actor, Operation};
use super::{Refusal, Timestamp, validate};
use crate::domain::Input;
use serde::{Deserialize, Serialize};

/// What the list says instead of a company when an offer is not addressed to one customer.
pub const ANY_CUSTOMER: &str = "Anyone with the link";

/// One offered subscription: the catalogue offer as it was when the offer was made (so a
/// later catalogue change does not alter a sent offer) and its licence count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferLine {
    pub offer: u32,
    pub name: String,
    pub services: Vec<String>,
    pub max_licences: u32,
    pub quantity: u32,
}

impl OfferLine {
    fn from(offer: &CatalogueOffer, quantity: u32) -> Self {
        OfferLine {
            offer: offer.id,
            name: offer.name.clone(),
            services: offer.services.clone(),
            max_licences: offer.max_licences,
            quantity,
        }
    }
}

/// What an offer invitation offers, and how many customers have used its URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferTerms {
    pub invitation: InvitationId,
    pub lines: Vec<OfferLine>,
    /// The trial's length, for a trial invitation.
    pub trial_days: Option<u32>,
    pub uses: u32,
    pub version: u64,
}

/// One customer's use of an offer URL: what it got, and whether the licence counts differ
/// from the offer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferUse {
    pub invitation: InvitationId,
    pub tenant: TenantId,
    pub company: String,
    pub by: Email,
    pub at: Timestamp,
    pub lines: Vec<OfferLine>,
    pub subscriptions: Vec<SubscriptionId>,
    pub admin: bool,
}

/// What the operator fills in to make an offer. `lines` are catalogue offers with the licence
/// count as typed (a trial takes its offer's trial count; a delegated-admin offer has none).
pub struct OfferRequest<'a> {
    pub kind: InvitationKind,
    pub lines: Vec<(&'a CatalogueOffer, String)>,
    pub include_admin: bool,
    /// The customer the email is addressed to, if any (the URL stays usable by others).
    pub customer: Option<&'a Customer>,
    pub recipient: Option<Email>,
}

fn inv_type(kind: InvitationKind) -> &'static str {
    match kind {
        InvitationKind::Trial => "AdvisorTrial",
        InvitationKind::PurchaseOffer => "AdvisorOffer",
        _ => "Administration",
    }
}

/// Why `org` may not offer delegated administration, if it may not.
pub fn admin_not_certified(org: &PartnerOrganization) -> Option<OfferMsg> {
    (!org.authorizations.delegated_admin_certified).then(|| OfferMsg::NotCertified { partner: org.name.clone() })
}

/// Why `org` may not send trial invitations or purchase offers, if it may not.
pub fn not_advisor(org: &PartnerOrganization) -> Option<OfferMsg> {
    (!org.authorizations.advisor).then(|| OfferMsg::NotAdvisor { partner: org.name.clone() })
}

/// Rule 12: builds the offer invitation and its terms.
#[allow(clippy::too_many_arguments)]
pub fn request_offer(
    actor: &Actor,
    org: &PartnerOrganization,
    request: OfferRequest,
    id: InvitationId,
    token: &str,
    hosts: &LinkHosts,
    now: Timestamp,
) -> Result<(Invitation, OfferTerms), Refusal> {
    permission::check(actor, Operation::SendOffer, None)?;
    let Some(user) = actor.as_partner() else {
        return Err(Refusal::new(OfferMsg::PartnerOffers));
    };
    let kind = request.kind;
    let include_admin = request.include_admin || kind == InvitationKind::DelegatedAdminOffer;
    if matches!(kind, InvitationKind::Trial | InvitationKind::PurchaseOffer)
        && let Some(reason) = not_advisor(org)
    {
        return Err(Refusal::new(reason));
    }
    if include_admin && let Some(reason) = admin_not_certified(org) {
        return Err(Refusal::on(Input::DelegatedAdmin, reason));
    }
    let (lines, trial_days, offered) = match kind {
        InvitationKind::Trial => {
            let [(offer, _)] = request.lines.as_slice() else {
                return Err(Refusal::on(Input::Offer, OfferMsg::OneTrial));
            };
            let Some(trial) = offer.trial else {
                return Err(Refusal::on(Input::Offer, OfferMsg::NoTrial { offer: offer.name.clone() }));
            };
            let line = OfferLine::from(offer, trial.licences);
            (vec![line.clone()], Some(trial.days), Offered::Trial { line, days: trial.days })
        }
        InvitationKind::PurchaseOffer => {
            let lines = purchase_lines(&request.lines)?;
            (lines.clone(), None, Offered::Purchase { lines })
        }
        InvitationKind::DelegatedAdminOffer => {
            if let Some(customer) = request.customer {
                after_purchase(customer, org)?;
            }
            (Vec::new(), None, Offered::Administration)
        }
        InvitationKind::Reseller => return Err(Refusal::new(OfferMsg::ResellerNotOffered)),
    };
    let link = link::offer_link(hosts, org.cloud, inv_type(kind), org.tenant_id, org.partner_id, include_admin, token);
    let company = request.customer.map(|c| c.company_name.clone());
    // The rule decides what the email says; its words are the edge's (`crate::text`).
    let email = EmailDraft::from(&OfferLetter {
        partner: org.name.clone(),
        sender: user.name.clone(),
        company: company.clone(),
        country: request.customer.map_or(org.country, |c| c.country),
        offered,
        link: link.clone(),
        admin: include_admin,
    });
    let invitation = Invitation {
        include_admin,
        customer: request.customer.map(|c| c.tenant_id),
        customer_name: company.unwrap_or_else(|| ANY_CUSTOMER.to_string()),
        recipient: request.recipient,
        link,
        email,
        ..Invitation::draft(id, token, kind, &user.email, now)
    };
    Ok((invitation, OfferTerms { invitation: id, lines, trial_days, uses: 0, version: 1 }))
}

/// A purchase offer's services: at least one, each once, each with a licence count that is a
/// positive whole number within the offer's limit.
fn purchase_lines(lines: &[(&CatalogueOffer, String)]) -> Result<Vec<OfferLine>, Refusal> {
    if lines.is_empty() {
        return Err(Refusal::on(Input::Licences, OfferMsg::NoLines));
    }
    let mut out: Vec<OfferLine> = Vec::with_capacity(lines.len());
    for (offer, quantity) in lines {
        if out.iter().any(|l| l.offer == offer.id) {
            return Err(Refusal::on(Input::OfferLicences(offer.id), OfferMsg::Twice { offer: offer.name.clone() }));
        }
        out.push(OfferLine::from(offer, licences(offer.id, offer.name.as_str(), quantity, offer.max_licences)?));
    }
    Ok(out)
}

/// A licence count for `name`, with the offer named in the refusal.
fn licences(offer: u32, name: &str, quantity: &str, max: u32) -> Result<u32, Refusal> {
    validate::licence_count(Input::Licences, quantity, max).map_err(|r| {
        Refusal::on(
            Input::OfferLicences(offer),
            OfferMsg::LineLicences { offer: name.to_string(), problem: Box::new(r.msg) },
        )
    })
}

/// A delegated-admin offer on its own is for a customer that has bought already.
fn after_purchase(customer: &Customer, org: &PartnerOrganization) -> Result<(), Refusal> {
    if customer.holds_admin(org.partner_id) {
        return Err(Refusal::new(OfferMsg::AlreadyAdmin {
            company: customer.company_name.clone(),
            partner: org.name.clone(),
        }));
    }
    if !customer.subscriptions.iter().any(|s| s.status.is_live()) {
        return Err(Refusal::new(OfferMsg::NoSubscriptionYet { company: customer.company_name.clone() }));
    }
    Ok(())
}

/// What the customer's Global admin decides while using an offer URL.
#[derive(Debug, Clone, Default)]
pub struct UseChoices {
    /// Accepts the Microsoft Customer Agreement now (a purchase needs it).
    pub accept_mca: bool,
    /// Moves admin privileges from the partner that holds them now (rule 8).
    pub take_admin_from_current_holder: bool,
    /// Licence counts changed at purchase: catalogue offer id → count as typed.
    pub quantities: Vec<(u32, String)>,
}

/// The outcome of a use: the records to write.
#[derive(Debug, Clone)]
pub struct Used {
    pub customer: Customer,
    pub terms: OfferTerms,
    pub record: OfferUse,
    pub admin_taken_from: Option<PartnerId>,
    /// Lines whose licence count the customer changed: (offer, offered, bought).
    pub changed: Vec<(String, u32, u32)>,
}

/// Rule 12, the customer's side: a Global admin uses an offer URL. A trial or purchase sets up
/// its subscriptions with the partner as partner of record and makes it the customer's
/// advisor; delegated administration comes with it when offered.
#[allow(clippy::too_many_arguments)]
pub fn use_offer(
    actor: &Actor,
    org: &PartnerOrganization,
    inv: &Invitation,
    terms: &OfferTerms,
    customer: &Customer,
    earlier: Option<&OfferUse>,
    choices: &UseChoices,
    first_subscription: u64,
    now: Timestamp,
) -> Result<Used, Refusal> {
    permission::check(actor, Operation::AcceptInvitation, Some(customer.tenant_id))?;
    let Actor::Customer { user, .. } = actor else {
        return Err(Refusal::new(OfferMsg::CustomerUses));
    };
    invitation::ensure_sent(inv, org, now)?;
    if let Some(before) = earlier {
        return Err(Refusal::new(OfferMsg::UsedAlready {
            company: customer.company_name.clone(),
            id: inv.id,
            on: before.at.date_naive(),
            partner: org.name.clone(),
        }));
    }
    let mut updated = customer.clone();
    let lines = bought_lines(inv.kind, terms, &choices.quantities)?;
    check_kind(inv, org, &mut updated, &lines, &user.email, choices.accept_mca, now)?;
    let subscriptions = add_subscriptions(&mut updated, inv.kind, org, &lines, first_subscription, now);
    if inv.kind != InvitationKind::DelegatedAdminOffer
        && !updated.relationships_with(org.partner_id).any(|k| k == RelationshipKind::Advisor)
    {
        updated.relationships.push(PartnerRelationship {
            partner: org.partner_id,
            kind: RelationshipKind::Advisor,
            since: now,
        });
    }
    let admin_taken_from = if inv.include_admin {
        invitation::grant_admin(&mut updated, org, &user.email, choices.take_admin_from_current_holder, now)?
    } else {
        None
    };
    let changed = terms
        .lines
        .iter()
        .zip(&lines)
        .filter(|(offered, bought)| offered.quantity != bought.quantity)
        .map(|(offered, bought)| (offered.name.clone(), offered.quantity, bought.quantity))
        .collect();
    let mut terms = terms.clone();
    terms.uses += 1;
    let record = OfferUse {
        invitation: inv.id,
        tenant: customer.tenant_id,
        company: customer.company_name.clone(),
        by: user.email.clone(),
        at: now,
        lines,
        subscriptions,
        admin: inv.include_admin,
    };
    Ok(Used { customer: updated, terms, record, admin_taken_from, changed })
}

/// What each kind of offer asks of `customer` before it is used: a purchase, the agreement
/// (signed here when accepted now); a trial, no live subscription of its offer; delegated admin
/// alone, a customer that has bought already.
fn check_kind(
    inv: &Invitation,
    org: &PartnerOrganization,
    customer: &mut Customer,
    lines: &[OfferLine],
    by: &Email,
    accept_mca: bool,
    now: Timestamp,
) -> Result<(), Refusal> {
    match inv.kind {
        InvitationKind::PurchaseOffer => invitation::sign_mca(customer, by, accept_mca, now)?,
        InvitationKind::Trial => {
            if let Some(live) = customer.subscriptions.iter().find(|s| s.status.is_live() && s.offer == lines[0].name) {
                return Err(Refusal::new(OfferMsg::HasOfferAlready {
                    company: customer.company_name.clone(),
                    offer: live.offer.clone(),
                    subscription: live.id,
                    status: live.status,
                }));
            }
        }
        InvitationKind::DelegatedAdminOffer => after_purchase(customer, org)?,
        InvitationKind::Reseller => {
            return Err(Refusal::new(OfferMsg::ResellerInvitation { id: inv.id }));
        }
    }
    Ok(())
}

/// The offer's subscriptions on `updated`, numbered from `first`, the partner of record set.
fn add_subscriptions(
    updated: &mut Customer,
    kind: InvitationKind,
    org: &PartnerOrganization,
    lines: &[OfferLine],
    first: u64,
    now: Timestamp,
) -> Vec<SubscriptionId> {
    let status = if kind == InvitationKind::Trial { SubscriptionStatus::Trial } else { SubscriptionStatus::Active };
    let mut subscriptions = Vec::with_capacity(lines.len());
    for (line, id) in lines.iter().zip(first..) {
        let id = SubscriptionId(id);
        subscriptions.push(id);
        updated.add_subscription(
            Subscription {
                id,
                offer: line.name.clone(),
                quantity: line.quantity,
                assigned: 0,
                status,
                partner_of_record: Some(org.partner_id),
                created_at: now,
            },
            &line.services,
        );
    }
    subscriptions
}

/// The lines as bought: the offer's, with the licence counts the customer changed at purchase.
fn bought_lines(
    kind: InvitationKind,
    terms: &OfferTerms,
    changes: &[(u32, String)],
) -> Result<Vec<OfferLine>, Refusal> {
    let mut lines = terms.lines.clone();
    for (offer, quantity) in changes {
        let Some(line) = lines.iter_mut().find(|l| l.offer == *offer) else {
            return Err(Refusal::on(Input::Licences, OfferMsg::NotPartOf { offer: *offer }));
        };
        let count = licences(line.offer, &line.name, quantity, line.max_licences)?;
        if kind == InvitationKind::Trial && count != line.quantity {
            return Err(Refusal::on(
                Input::OfferLicences(line.offer),
                OfferMsg::TrialCountFixed { count: line.quantity },
            ));
        }
        line.quantity = count;
    }
    Ok(lines)
}

#[cfg(test)]
mod tests;
