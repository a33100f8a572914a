//! Admin privileges: granular admin relationships and legacy delegated admin (rules 8, 9).

use crate::domain::admin::AdminRelationshipStatus;
use crate::domain::ids::{AdminRelationshipId, PartnerId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminMsg {
    NameTaken { name: String },
    ChooseRole,
    AutoExtendWithGlobalAdmin,
    CannotApprove { id: AdminRelationshipId, status: AdminRelationshipStatus },
    LegacyStillGranted { company: String, id: AdminRelationshipId },
    CannotChangeAutoExtend { id: AdminRelationshipId, status: AdminRelationshipStatus },
    AlreadyEnded { id: AdminRelationshipId, status: AdminRelationshipStatus },
    NoHolder { company: String },
    CustomerReassigns,
    HoldsAlready { partner: PartnerId },
    UnknownPartner { partner: PartnerId },
    NoCustomerWithDomain { domain: String },
}
