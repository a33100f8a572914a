//! Partner users and their roles.

use crate::domain::msg::UserMsg;
use std::fmt;

impl fmt::Display for UserMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use UserMsg::*;
        match self {
            GlobalAdminRole => f.write_str("only a Global admin can give or take the Global admin role"),
            AlreadyUser { email } => write!(f, "{email} is already a partner user"),
            LastGlobalAdmin { name } => {
                write!(f, "{name} is the last Global admin; make someone else Global admin first")
            }
            OwnRoles => f.write_str("you cannot change your own roles; ask another Global admin"),
            NotAUser { email } => write!(f, "{email} is not a partner user."),
            NoLongerUser { email } => write!(f, "{email} is no longer a partner user."),
            RemoveYourself => f.write_str("You cannot remove yourself; ask another administrator."),
            LastGlobalAdminRemoved { name } => write!(f, "{name} is the last Global admin and cannot be removed."),
            ManagedByPartner => f.write_str("Partner users are managed by the partner."),
        }
    }
}
