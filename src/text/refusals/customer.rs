//! A customer's details, support contacts and reseller relationship.

use crate::domain::msg::CustomerMsg;
use std::fmt;

impl fmt::Display for CustomerMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CustomerMsg::*;
        match self {
            ContactNotAUser { email } => write!(f, "{email} is not a partner user"),
            CannotSupport { name } => {
                write!(f, "{name} is not an Admin or Helpdesk agent, so cannot support customers")
            }
            ChooseOffer => f.write_str("choose an offer"),
            NoResellerRelationship { company } => write!(f, "{company} has no reseller relationship with you."),
            LiveSubscriptions { company, subscriptions } => {
                let ids: Vec<String> = subscriptions.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "{company} still has {} active subscription(s) ({}); suspend them first, then remove the \
                     relationship.",
                    subscriptions.len(),
                    ids.join(", ")
                )
            }
            ProductKeyNeedsAdvisor { partner } => write!(
                f,
                "Product keys are for partners authorized as an advisor; {partner} is not (the company profile says \
                 which authorizations you have)."
            ),
            McaNeededForKey { company } => write!(
                f,
                "{company} has not accepted the Microsoft Customer Agreement yet: tick that it has, once its Global \
                 admin accepted it."
            ),
        }
    }
}
