//! The session and the book as a whole.

use crate::domain::msg::BookMsg;
use crate::text::{NOBODY_SIGNED_IN, READ_ONLY_REFUSAL};
use std::fmt;

impl fmt::Display for BookMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use BookMsg::*;
        match self {
            ReadOnlySession => f.write_str(READ_ONLY_REFUSAL),
            ReadOnlyBook => f.write_str("This book is open to read only: nothing can be changed here."),
            Replaced { path } => write!(
                f,
                "The book at {path} was replaced or moved since partnerdesk opened it, so nothing was written. \
                 Restart partnerdesk (or serve) to work on the book now at that path."
            ),
            NobodySignedIn => f.write_str(NOBODY_SIGNED_IN),
            NoLongerPartnerUser { email } => write!(f, "{email} is no longer a partner user of this book."),
            NoLongerCustomerUser { email } => write!(f, "{email} is no longer a user of this customer."),
            NoOrganization => {
                f.write_str("This book has no partner organization yet; run `partnerdesk demo` or set one up first.")
            }
            CustomerGone => f.write_str("That customer is no longer in the book."),
            CustomerNamedGone { company } => write!(f, "{company} is no longer in the book."),
            TenantGone => f.write_str("Your tenant is no longer in the book."),
            InvitationGone { id } => write!(f, "{id} is no longer in the book."),
            RelationshipGone { id } => write!(f, "{id} is no longer in the book."),
            TenantTaken { tenant } => write!(f, "{tenant} is already in the book"),
            TenantTwiceInExport { tenant } => write!(f, "{tenant} is in the export twice"),
            DomainTaken { domain } => write!(f, "{domain} belongs to another customer in the book"),
            LoginTaken { email } => write!(f, "{email} is already a user of another customer"),
            ProfileChanged => changed_since(f, "the company profile", None),
            RecordChanged { record, by } => changed_since(f, record, by.as_deref()),
        }
    }
}

/// A record someone else saved since the operator opened it.
fn changed_since(f: &mut fmt::Formatter<'_>, record: &str, by: Option<&str>) -> fmt::Result {
    let by = by.unwrap_or("someone else");
    write!(f, "{record} was changed by {by} since you opened it; reopen it to see their change.")
}
