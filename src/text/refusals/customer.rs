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
            OtherCloud { company, cloud, partner, partner_cloud } => t!(
                "msg-customer-other-cloud",
                company = company,
                cloud = cloud.label(),
                partner = partner,
                partner_cloud = partner_cloud.label()
            ),
            OtherRegion { company, country, partner, region: Some(region), .. } => t!(
                "msg-customer-other-region",
                company = company,
                country = country.to_string(),
                country_name = country.name(),
                partner = partner,
                region = region.label()
            ),
            OtherRegion { company, country, partner, partner_country, region: None } => t!(
                "msg-customer-other-country",
                company = company,
                country = country.to_string(),
                country_name = country.name(),
                partner = partner,
                partner_country = partner_country.to_string(),
                partner_country_name = partner_country.name()
            ),
        })
    }
}
