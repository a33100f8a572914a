//! Trial invitations, purchase offers and delegated-admin offers (rule 12).

use super::Msg;
use crate::domain::customer::SubscriptionStatus;
use crate::domain::ids::{InvitationId, SubscriptionId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferMsg {
    PartnerOffers,
    NotAdvisor {
        partner: String,
    },
    NotCertified {
        partner: String,
    },
    OneTrial,
    NoTrial {
        offer: String,
    },
    ResellerNotOffered,
    NoLines,
    Twice {
        offer: String,
    },
    /// A licence count of one offered service is wrong: `problem` says how.
    LineLicences {
        offer: String,
        problem: Box<Msg>,
    },
    AlreadyAdmin {
        company: String,
        partner: String,
    },
    NoSubscriptionYet {
        company: String,
    },
    CustomerUses,
    /// A customer sign-in is needed to use an offer (the command line's `--as`).
    CustomerAdminUses,
    /// The customer used this offer already, on that (UTC) day.
    UsedAlready {
        company: String,
        id: InvitationId,
        on: chrono::NaiveDate,
        partner: String,
    },
    HasOfferAlready {
        company: String,
        offer: String,
        subscription: SubscriptionId,
        status: SubscriptionStatus,
    },
    ResellerInvitation {
        id: InvitationId,
    },
    NotPartOf {
        offer: u32,
    },
    TrialCountFixed {
        count: u32,
    },
    NotInCatalogue {
        offer: u32,
    },
    NotALink,
    UnknownLink,
    /// The pasted link names a reseller invitation: said after "Link:".
    LinkIsReseller {
        id: InvitationId,
    },
    TermsLost {
        id: InvitationId,
    },
}
