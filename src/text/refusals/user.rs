//! Partner users and their roles.

use crate::domain::msg::UserMsg;
use crate::t;
use std::fmt;

impl fmt::Display for UserMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use UserMsg::*;
        f.write_str(&match self {
            GlobalAdminRole => t!("msg-user-global-admin-role"),
            AlreadyUser { email } => t!("msg-user-already-user", email = email.to_string()),
            LastGlobalAdmin { name } => t!("msg-user-last-global-admin", name = name),
            OwnRoles => t!("msg-user-own-roles"),
            NotAUser { email } => t!("msg-user-not-a-user", email = email.to_string()),
            NoLongerUser { email } => t!("msg-user-no-longer-user", email = email.to_string()),
            RemoveYourself => t!("msg-user-remove-yourself"),
            LastGlobalAdminRemoved { name } => t!("msg-user-last-global-admin-removed", name = name),
            ManagedByPartner => t!("msg-user-managed-by-partner"),
            StillSupportContact { name, count, companies } => {
                t!(
                    "msg-user-still-support-contact",
                    name = name,
                    count = *count,
                    companies = crate::i18n::list(companies)
                )
            }
        })
    }
}
