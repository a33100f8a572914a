//! Trial invitations, purchase offers and delegated-admin offers.

use crate::domain::msg::OfferMsg;
use crate::t;
use std::fmt;

impl fmt::Display for OfferMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use OfferMsg::*;
        f.write_str(&match self {
            PartnerOffers => t!("msg-offer-partner-offers"),
            NotAdvisor { partner } => t!("msg-offer-not-advisor", partner = partner),
            NotCertified { partner } => t!("msg-offer-not-certified", partner = partner),
            OneTrial => t!("msg-offer-one-trial"),
            NoTrial { offer } => t!("msg-offer-no-trial", offer = offer),
            ResellerNotOffered => t!("msg-offer-reseller-not-offered"),
            NoLines => t!("msg-offer-no-lines"),
            Twice { offer } => t!("msg-offer-twice", offer = offer),
            LineLicences { offer, problem } => {
                t!("msg-offer-line-licences", offer = offer, problem = problem.to_string())
            }
            AlreadyAdmin { company, partner } => t!("msg-offer-already-admin", company = company, partner = partner),
            NoSubscriptionYet { company } => t!("msg-offer-no-subscription-yet", company = company),
            CustomerUses => t!("msg-offer-customer-uses"),
            CustomerAdminUses => t!("msg-offer-customer-admin-uses"),
            UsedAlready { company, id, on, partner } => t!(
                "msg-offer-used-already",
                company = company,
                id = id.to_string(),
                on = on.format(crate::i18n::zone::date_pattern()).to_string(),
                partner = partner
            ),
            HasOfferAlready { company, offer, subscription, status } => t!(
                "msg-offer-has-offer-already",
                company = company,
                offer = offer,
                subscription = subscription.to_string(),
                status = status.in_sentence()
            ),
            ResellerInvitation { id } => t!("msg-offer-reseller-invitation", id = id.to_string()),
            NotPartOf { offer } => t!("msg-offer-not-part-of", offer = offer.to_string()),
            TrialCountFixed { count } => t!("msg-offer-trial-count-fixed", count = *count),
            NotInCatalogue { offer } => t!("msg-offer-not-in-catalogue", offer = offer.to_string()),
            NotALink => t!("msg-offer-not-a-link"),
            UnknownLink => t!("msg-offer-unknown-link"),
            LinkIsReseller { id } => t!("msg-offer-link-is-reseller", id = id.to_string()),
            TermsLost { id } => t!("msg-offer-terms-lost", id = id.to_string()),
        })
    }
}
