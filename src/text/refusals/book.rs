//! The session and the book as a whole.

use crate::domain::msg::BookMsg;
use crate::t;
use std::fmt;

impl fmt::Display for BookMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use BookMsg::*;
        f.write_str(&match self {
            ReadOnlySession => crate::text::READ_ONLY_REFUSAL.to_string(),
            ReadOnlyBook => t!("msg-book-read-only-book"),
            Replaced { path } => t!("msg-book-replaced", path = path.to_string()),
            NobodySignedIn => crate::text::NOBODY_SIGNED_IN.to_string(),
            NoLongerPartnerUser { email } => t!("msg-book-no-longer-partner-user", email = email.to_string()),
            NoLongerCustomerUser { email } => t!("msg-book-no-longer-customer-user", email = email.to_string()),
            NoOrganization => t!("msg-book-no-organization"),
            CustomerGone => t!("msg-book-customer-gone"),
            CustomerNamedGone { company } => t!("msg-book-gone", what = company),
            TenantGone => t!("msg-book-tenant-gone"),
            InvitationGone { id } => t!("msg-book-gone", what = id.to_string()),
            RelationshipGone { id } => t!("msg-book-gone", what = id.to_string()),
            TenantTaken { tenant } => t!("msg-book-tenant-taken", tenant = tenant.to_string()),
            TenantTwiceInExport { tenant } => t!("msg-book-tenant-twice-in-export", tenant = tenant.to_string()),
            DomainTaken { domain } => t!("msg-book-domain-taken", domain = domain.to_string()),
            LoginTaken { email } => t!("msg-book-login-taken", email = email.to_string()),
            ProfileChanged => t!("msg-book-profile-changed"),
            RecordChanged { record, by: Some(by) } => t!("msg-book-record-changed-by", record = record, by = by),
            RecordChanged { record, by: None } => t!("msg-book-record-changed", record = record),
        })
    }
}
