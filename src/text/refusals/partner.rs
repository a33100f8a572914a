//! The company profile, the partner directory and partners of record.

use crate::domain::msg::{FixedSetting, PartnerMsg};
use std::fmt;

impl fmt::Display for PartnerMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PartnerMsg::*;
        match self {
            UnknownId { id } => write!(
                f,
                "{id} is not a partner known to the book; check the id, or add the partner to the directory first \
                 (Partners tab, n)"
            ),
            AddUnknown { id } => {
                write!(f, "{id} is not known to the book: fill in the partner to add it to the directory, or Esc.")
            }
            FixedWhileCustomers { setting } => {
                let why = match setting {
                    FixedSetting::PartnerId => "every relationship and partner of record names it",
                    FixedSetting::Cloud => "every customer was taken on in this cloud",
                    FixedSetting::Reseller => "every reseller relationship and invitation link was made with it",
                };
                write!(f, "is fixed while the book has customers: {why}")
            }
            OwnId { id } => write!(f, "{id} is your own partner id"),
            InDirectory { id, name } => write!(f, "{id} is already in the directory as {name}"),
            IdCannotChange => f.write_str("a directory partner's id cannot change; add the new id instead"),
            NotInDirectory { id } => write!(f, "Partner {id} is no longer in the directory."),
            NotASubscription { subscription, company } => {
                write!(f, "{subscription} is not a subscription of {company}")
            }
            AlreadyPartnerOfRecord => f.write_str("that is the partner of record already; nothing to change"),
            CustomerCannotRemoveReseller { partner } => write!(
                f,
                "A customer cannot remove a reseller relationship itself: ask {partner} to remove it (its Global \
                 admin can, once no subscription is active)."
            ),
            NotAnAdvisor { partner, company } => write!(f, "Partner {partner} is not an advisor of {company}."),
        }
    }
}
