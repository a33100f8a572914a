//! A customer's details, support contacts, subscriptions and reseller relationship.

use crate::domain::country::{Cloud, CountryCode};
use crate::domain::ids::{Email, SubscriptionId};
use crate::domain::region::CspRegion;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerMsg {
    ContactNotAUser {
        email: Email,
    },
    CannotSupport {
        name: String,
    },
    ChooseOffer,
    NoResellerRelationship {
        company: String,
    },
    LiveSubscriptions {
        company: String,
        subscriptions: Vec<SubscriptionId>,
    },
    /// Rule 13: product keys are for partners authorized as advisors.
    ProductKeyNeedsAdvisor {
        partner: String,
    },
    /// Rule 13: the customer must have accepted the Microsoft Customer Agreement.
    McaNeededForKey {
        company: String,
    },
    /// Rule 3: the customer lives in another cloud than the partner.
    OtherCloud {
        company: String,
        cloud: Cloud,
        partner: String,
        partner_cloud: Cloud,
    },
    /// Rule 3: the customer is outside the partner's country and CSP region (`region: None`:
    /// the partner's country is a market of its own).
    OtherRegion {
        company: String,
        country: CountryCode,
        partner: String,
        partner_country: CountryCode,
        region: Option<CspRegion>,
    },
}
