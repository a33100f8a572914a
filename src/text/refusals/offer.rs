//! Trial invitations, purchase offers and delegated-admin offers.

use crate::domain::msg::OfferMsg;
use std::fmt;

impl fmt::Display for OfferMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use OfferMsg::*;
        match self {
            PartnerOffers => f.write_str("Only a partner user can make an offer."),
            NotAdvisor { partner } => write!(
                f,
                "{partner} is not authorized as an advisor, and trial invitations and purchase offers need the advisor \
                 authorization; ask your Global admin to check the company profile."
            ),
            NotCertified { partner } => write!(
                f,
                "{partner} is not certified to provide delegated administration; it can be offered once the company \
                 profile says so."
            ),
            OneTrial => f.write_str("a trial invitation carries exactly one trial subscription; choose one offer"),
            NoTrial { offer } => write!(f, "{offer} has no trial; choose another offer, or send a purchase offer"),
            ResellerNotOffered => f.write_str("A reseller relationship is requested, not offered."),
            NoLines => f.write_str("choose at least one service and give its licence count"),
            Twice { offer } => write!(f, "{offer} is in the offer twice; give it once"),
            LineLicences { offer, problem } => write!(f, "{offer}: {problem}"),
            AlreadyAdmin { company, partner } => {
                write!(f, "{company} already gives {partner} delegated admin privileges.")
            }
            NoSubscriptionYet { company } => write!(
                f,
                "{company} has no subscription yet; a delegated-admin offer follows a purchase. Send a trial \
                 invitation or a purchase offer with delegated administration instead."
            ),
            CustomerUses => f.write_str("An offer is used by the customer, not by the partner."),
            CustomerAdminUses => {
                f.write_str("An offer is used by a Global admin of the customer; sign in as one (--as).")
            }
            UsedAlready { company, id, on, partner } => write!(
                f,
                "{company} used {id} on {} already; ask {partner} for a new offer if you need something else.",
                on.format("%Y-%m-%d")
            ),
            HasOfferAlready { company, offer, subscription, status } => write!(
                f,
                "{company} already has {offer} ({subscription}, {}); a trial is for an offer it does not have yet.",
                status.label().to_lowercase()
            ),
            ResellerInvitation { id } => write!(f, "{id} is a reseller invitation, not an offer."),
            NotPartOf { offer } => write!(f, "offer {offer} is not part of this offer"),
            TrialCountFixed { count } => {
                write!(f, "a trial's licence count is fixed at {count}; change it after the trial, when buying")
            }
            NotInCatalogue { offer } => write!(f, "offer {offer} is not in the catalogue"),
            NotALink => f.write_str("that is not a partnerdesk link; paste the whole URL you were sent"),
            UnknownLink => f.write_str("no offer with this link is in the book; it may have been purged"),
            LinkIsReseller { id } => write!(f, "{id} is a reseller invitation, not an offer"),
            TermsLost { id } => write!(f, "{id} has lost what it offers"),
        }
    }
}
