//! The company profile, the partner directory, "Check ID" and partners of record (rules 10, 11).

use crate::domain::country::Cloud;
use crate::domain::ids::{PartnerId, SubscriptionId};
use crate::domain::org::DirectoryKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartnerMsg {
    UnknownId {
        id: PartnerId,
    },
    /// "Check ID" found no partner: the form offers to add it to the directory.
    AddUnknown {
        id: String,
    },
    FixedWhileCustomers {
        setting: FixedSetting,
    },
    OwnId {
        id: PartnerId,
    },
    InDirectory {
        id: PartnerId,
        name: String,
    },
    IdCannotChange,
    NotInDirectory {
        id: PartnerId,
    },
    NotASubscription {
        subscription: SubscriptionId,
        company: String,
    },
    AlreadyPartnerOfRecord,
    /// Rule 11: only the reseller removes a reseller relationship.
    CustomerCannotRemoveReseller {
        partner: String,
    },
    NotAnAdvisor {
        partner: PartnerId,
        company: String,
    },
    /// Rule 10, customer side: an id the book does not know (a customer cannot add partners).
    UnknownToCustomer {
        id: PartnerId,
    },
    /// Rule 10: only a reseller or an advisor can be partner of record (`kind: None`: the
    /// partner is authorized as neither).
    CannotBePartnerOfRecord {
        name: String,
        kind: Option<DirectoryKind>,
    },
    /// Rule 10: the partner of record works in the customer's cloud.
    PartnerInOtherCloud {
        name: String,
        cloud: Cloud,
        customer_cloud: Cloud,
    },
}

/// What of the company profile is fixed once the book has customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixedSetting {
    PartnerId,
    Cloud,
    Reseller,
}
