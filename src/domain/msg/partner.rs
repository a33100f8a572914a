//! The company profile, the partner directory, "Check ID" and partners of record (rules 10, 11).

use crate::domain::ids::{PartnerId, SubscriptionId};

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
}

/// What of the company profile is fixed once the book has customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixedSetting {
    PartnerId,
    Cloud,
    Reseller,
}
