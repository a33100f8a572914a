//! A customer's details, support contacts, subscriptions and reseller relationship.

use crate::domain::ids::{Email, SubscriptionId};

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
}
