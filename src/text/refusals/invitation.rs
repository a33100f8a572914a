//! Requesting, sending and answering reseller invitations.

use crate::domain::customer::Ineligibility;
use crate::domain::msg::InvitationMsg;
use crate::t;
use std::fmt;

impl fmt::Display for InvitationMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InvitationMsg::*;
        f.write_str(&match self {
            PartnerRequests => t!("msg-inv-partner-requests"),
            NotReseller { partner } => t!("msg-inv-not-reseller", partner = partner),
            AdminRequired { partner, cloud } => t!("msg-inv-admin-required", partner = partner, cloud = cloud.label()),
            AlreadyReseller { company, partner } => {
                t!("msg-inv-already-reseller", company = company, partner = partner)
            }
            AlreadyWaiting { id, company, status } => {
                t!("msg-inv-already-waiting", id = id.to_string(), company = company, status = status.in_sentence())
            }
            CannotSend { id, status } => t!("msg-inv-cannot-send", id = id.to_string(), status = status.in_sentence()),
            LinkChanged => t!("msg-inv-link-changed"),
            CannotRevoke { id, status } => {
                t!("msg-inv-cannot-revoke", id = id.to_string(), status = status.in_sentence())
            }
            NoLongerDraft { id } => t!("msg-inv-no-longer-draft", id = id.to_string()),
            CustomerAccepts => t!("msg-inv-customer-accepts"),
            UsedThroughLink { id, kind } => {
                t!("msg-inv-used-through-link", id = id.to_string(), kind = kind.in_sentence())
            }
            NotSentTo { id, company } => t!("msg-inv-not-sent-to", id = id.to_string(), company = company),
            Ineligible { company, reason: Ineligibility::Syndication } => {
                t!("msg-inv-ineligible-syndication", company = company)
            }
            Ineligible { company, reason: Ineligibility::Cpc } => t!("msg-inv-ineligible-cpc", company = company),
            NotSentYet { id } => t!("msg-inv-not-sent-yet", id = id.to_string()),
            NoLongerOpen { id, status, offer: true, partner } => t!(
                "msg-inv-offer-no-longer-open",
                id = id.to_string(),
                status = status.in_sentence(),
                partner = partner
            ),
            NoLongerOpen { id, status, offer: false, partner } => {
                t!("msg-inv-no-longer-open", id = id.to_string(), status = status.in_sentence(), partner = partner)
            }
            McaNotAccepted { company } => t!("msg-inv-mca-not-accepted", company = company),
            AdminHeldElsewhere { holder, company, partner } => {
                t!("msg-inv-admin-held-elsewhere", holder = holder.to_string(), company = company, partner = partner)
            }
            AdminChoiceNeeded { holder, company, partner, restore: false } => {
                t!("msg-inv-admin-choice-needed", holder = holder.to_string(), company = company, partner = partner)
            }
            AdminChoiceNeeded { holder, company, partner, restore: true } => {
                t!("msg-inv-restore-admin-move", holder = holder.to_string(), company = company, partner = partner)
            }
            RestoreNeedsReseller { company, partner } => {
                t!("msg-inv-restore-needs-reseller", company = company, partner = partner)
            }
            AdminHeldAlready { company, partner } => {
                t!("msg-inv-admin-held-already", company = company, partner = partner)
            }
            OfferNotDeclined { id } => t!("msg-inv-offer-not-declined", id = id.to_string()),
            NotWaitingFor { id, company } => t!("msg-inv-not-waiting-for", id = id.to_string(), company = company),
            NoRecipient => t!("msg-inv-no-recipient"),
            NotALink => t!("msg-inv-not-a-link"),
            UnknownLink => t!("msg-inv-unknown-link"),
            NotAddressed { id } => t!("msg-inv-not-addressed", id = id.to_string()),
        })
    }
}
