//! A customer's details, support contacts, subscriptions and reseller relationship.

use crate::domain::ids::{Email, SubscriptionId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerMsg {
    ContactNotAUser { email: Email },
    CannotSupport { name: String },
    ChooseOffer,
    NoResellerRelationship { company: String },
    LiveSubscriptions { company: String, subscriptions: Vec<SubscriptionId> },
}
