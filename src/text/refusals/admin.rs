//! Granular admin relationships and legacy delegated admin privileges.

use crate::domain::msg::AdminMsg;
use std::fmt;

impl fmt::Display for AdminMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use AdminMsg::*;
        match self {
            NameTaken { name } => write!(f, "“{name}” is already the name of another of your admin relationships"),
            ChooseRole => f.write_str("choose at least one role"),
            AutoExtendWithGlobalAdmin => {
                f.write_str("is not available while the relationship includes the Global Administrator role")
            }
            CannotApprove { id, status } => {
                write!(f, "{id} is {}; only a pending request can be approved.", status.label().to_lowercase())
            }
            LegacyStillGranted { company, id } => write!(
                f,
                "{company} still grants legacy delegated admin privileges; remove them first, then approve {id}."
            ),
            CannotChangeAutoExtend { id, status } => write!(
                f,
                "{id} is {}; auto-extend can change only while it is created or active.",
                status.label().to_lowercase()
            ),
            AlreadyEnded { id, status } => write!(f, "{id} is already {}.", status.label().to_lowercase()),
            NoHolder { company } => write!(f, "No partner holds admin privileges for {company}."),
            CustomerReassigns => f.write_str("Only the customer reassigns its admin privileges."),
            HoldsAlready { partner } => write!(f, "partner {partner} holds them already"),
            UnknownPartner { partner } => write!(f, "partner {partner} is not known to the book; check the id"),
            NoCustomerWithDomain { domain } => write!(f, "no customer with the domain “{domain}” is in the book"),
        }
    }
}
