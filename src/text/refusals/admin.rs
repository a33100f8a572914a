//! Granular admin relationships and a customer's admin privileges.

use crate::domain::msg::AdminMsg;
use crate::t;
use std::fmt;

impl fmt::Display for AdminMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use AdminMsg::*;
        f.write_str(&match self {
            NameTaken { name } => t!("msg-admin-name-taken", name = name),
            ChooseRole => t!("msg-admin-choose-role"),
            AutoExtendWithGlobalAdmin => t!("msg-admin-auto-extend-with-global-admin"),
            CannotApprove { id, status } => {
                t!("msg-admin-cannot-approve", id = id.to_string(), status = status.in_sentence())
            }
            LegacyStillGranted { company, id } => {
                t!("msg-admin-legacy-still-granted", company = company, id = id.to_string())
            }
            CannotChangeAutoExtend { id, status } => {
                t!("msg-admin-cannot-change-auto-extend", id = id.to_string(), status = status.in_sentence())
            }
            AlreadyEnded { id, status } => {
                t!("msg-admin-already-ended", id = id.to_string(), status = status.in_sentence())
            }
            NoHolder { company } => t!("msg-admin-no-holder", company = company),
            CustomerReassigns => t!("msg-admin-customer-reassigns"),
            HoldsAlready { partner } => t!("msg-admin-holds-already", partner = partner.to_string()),
            UnknownPartner { partner } => t!("msg-admin-unknown-partner", partner = partner.to_string()),
            NoCustomerWithDomain { domain } => t!("msg-admin-no-customer-with-domain", domain = domain.to_string()),
        })
    }
}
