//! The company profile, the partner directory and partners of record.

use crate::domain::msg::{FixedSetting, PartnerMsg};
use crate::t;
use std::fmt;

impl fmt::Display for PartnerMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PartnerMsg::*;
        f.write_str(&match self {
            UnknownId { id } => t!("msg-partner-unknown-id", id = id.to_string()),
            AddUnknown { id } => t!("msg-partner-add-unknown", id = id.to_string()),
            FixedWhileCustomers { setting: FixedSetting::PartnerId } => t!("msg-partner-fixed-partner-id"),
            FixedWhileCustomers { setting: FixedSetting::Cloud } => t!("msg-partner-fixed-cloud"),
            FixedWhileCustomers { setting: FixedSetting::Reseller } => t!("msg-partner-fixed-reseller"),
            OwnId { id } => t!("msg-partner-own-id", id = id.to_string()),
            InDirectory { id, name } => t!("msg-partner-in-directory", id = id.to_string(), name = name),
            IdCannotChange => t!("msg-partner-id-cannot-change"),
            NotInDirectory { id } => t!("msg-partner-not-in-directory", id = id.to_string()),
            NotASubscription { subscription, company } => {
                t!("msg-partner-not-a-subscription", subscription = subscription.to_string(), company = company)
            }
            AlreadyPartnerOfRecord => t!("msg-partner-already-partner-of-record"),
            CustomerCannotRemoveReseller { partner } => {
                t!("msg-partner-customer-cannot-remove-reseller", partner = partner)
            }
            NotAnAdvisor { partner, company } => {
                t!("msg-partner-not-an-advisor", partner = partner.to_string(), company = company)
            }
            UnknownToCustomer { id } => t!("msg-partner-unknown-to-customer", id = id.to_string()),
            CannotBePartnerOfRecord { name, kind: Some(kind) } => {
                t!("msg-partner-cannot-be-partner-of-record", name = name, kind = kind.label())
            }
            CannotBePartnerOfRecord { name, kind: None } => t!("msg-partner-neither-reseller-nor-advisor", name = name),
            PartnerInOtherCloud { name, cloud, customer_cloud } => t!(
                "msg-partner-in-other-cloud",
                name = name,
                cloud = cloud.label(),
                customer_cloud = customer_cloud.label()
            ),
        })
    }
}
