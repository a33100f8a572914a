//! Requesting, sending and answering reseller invitations.

use crate::domain::msg::InvitationMsg;
use std::fmt;

impl fmt::Display for InvitationMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InvitationMsg::*;
        match self {
            PartnerRequests => f.write_str("Only a partner user can request a reseller relationship."),
            NotReseller { partner } => write!(
                f,
                "{partner} is not authorized as a reseller; ask your Global admin to check the company profile."
            ),
            AdminRequired { partner, cloud } => write!(
                f,
                "{partner} is in the {} cloud, where a reseller relationship always includes delegated administration \
                 privileges.",
                cloud.label()
            ),
            OtherCountry { company, country, partner, partner_country } => write!(
                f,
                "{company} is in {} ({country}); {partner} can request reseller relationships only with customers in \
                 {} ({partner_country}).",
                country.name(),
                partner_country.name()
            ),
            AlreadyReseller { company, partner } => {
                write!(f, "{company} already has a reseller relationship with {partner}.")
            }
            AlreadyWaiting { id, company, status } => write!(
                f,
                "{id} is already waiting for {company} ({}); open it to resend, or revoke it first.",
                status.label().to_lowercase()
            ),
            CannotSend { id, status } => {
                write!(f, "{id} is {}; only a draft or sent invitation can be sent.", status.label().to_lowercase())
            }
            LinkChanged => f.write_str(
                "the personalized link is missing or changed; put it back exactly as it was (Ctrl-L inserts it).",
            ),
            CannotRevoke { id, status } => {
                write!(f, "{id} is {}; only a draft or sent invitation can be revoked.", status.label().to_lowercase())
            }
            NoLongerDraft { id } => write!(f, "{id} is no longer a draft."),
            CustomerAccepts => f.write_str("An invitation is accepted by the customer, not by the partner."),
            UsedThroughLink { id, kind } => write!(
                f,
                "{id} is a {}; it is used through its link, not accepted as a reseller invitation.",
                kind.label().to_lowercase()
            ),
            NotSentTo { id, company } => write!(f, "{id} was not sent to {company}."),
            Ineligible { company, reason } => {
                write!(f, "{company} is {}, so it cannot accept a reseller relationship.", reason.label())
            }
            NotSentYet { id } => write!(f, "{id} has not been sent yet; the partner must finish the draft first."),
            NoLongerOpen { id, status, offer, partner } => {
                let (answered, noun) = if *offer { ("used", "offer") } else { ("accepted", "invitation") };
                write!(
                    f,
                    "{id} is {} and can no longer be {answered}; ask {partner} for a new {noun}.",
                    status.label().to_lowercase()
                )
            }
            McaNotAccepted { company } => {
                write!(f, "{company} has not accepted it yet; accept it as part of accepting this invitation.")
            }
            AdminHeldElsewhere { holder, company, partner } => write!(
                f,
                "Partner {holder} holds admin privileges for {company} now; only one partner can hold them at a time. \
                 Choose to move them to {partner} explicitly."
            ),
            OfferNotDeclined { id } => write!(
                f,
                "{id} is an offer link, open to any customer; there is nothing to decline — just do not use it."
            ),
            NotWaitingFor { id, company } => write!(f, "{id} is not waiting for {company}."),
            NoRecipient => f.write_str("is required: this customer has no Global admin on record"),
            NotALink => f.write_str("That is not a partnerdesk invitation link; paste the whole link from the email."),
            UnknownLink => f.write_str("No invitation with this link is in the book; it may have been purged."),
            NotAddressed { id } => write!(f, "{id} is not addressed to a customer in this book."),
        }
    }
}
