//! Customers and their support contacts.

use crate::domain::msg::CustomerMsg;
use crate::t;
use std::fmt;

impl fmt::Display for CustomerMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CustomerMsg::*;
        f.write_str(&match self {
            ContactNotAUser { email } => t!("msg-customer-contact-not-a-user", email = email.to_string()),
            CannotSupport { name } => t!("msg-customer-cannot-support", name = name),
            ChooseOffer => t!("msg-customer-choose-offer"),
            NoResellerRelationship { company } => t!("msg-customer-no-reseller-relationship", company = company),
            LiveSubscriptions { company, subscriptions } => {
                let ids: Vec<String> = subscriptions.iter().map(ToString::to_string).collect();
                t!(
                    "msg-customer-live-subscriptions",
                    company = company,
                    count = subscriptions.len(),
                    ids = crate::i18n::list(&ids)
                )
            }
            ProductKeyNeedsAdvisor { partner } => t!("msg-customer-product-key-needs-advisor", partner = partner),
            McaNeededForKey { company } => t!("msg-customer-mca-needed-for-key", company = company),
        })
    }
}
