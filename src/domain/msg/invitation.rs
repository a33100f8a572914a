//! Requesting, sending and answering reseller invitations (rules 1–8).

use crate::domain::country::Cloud;
use crate::domain::customer::Ineligibility;
use crate::domain::ids::{InvitationId, PartnerId};
use crate::domain::invitation::{InvitationKind, InvitationStatus};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationMsg {
    PartnerRequests,
    NotReseller {
        partner: String,
    },
    /// Rule 2: the partner's cloud always includes delegated administration.
    AdminRequired {
        partner: String,
        cloud: Cloud,
    },
    AlreadyReseller {
        company: String,
        partner: String,
    },
    AlreadyWaiting {
        id: InvitationId,
        company: String,
        status: InvitationStatus,
    },
    CannotSend {
        id: InvitationId,
        status: InvitationStatus,
    },
    /// Rule 4: the personalized link was taken out of the email or altered.
    LinkChanged,
    CannotRevoke {
        id: InvitationId,
        status: InvitationStatus,
    },
    NoLongerDraft {
        id: InvitationId,
    },
    CustomerAccepts,
    /// An offer is used through its link, never accepted like a reseller invitation.
    UsedThroughLink {
        id: InvitationId,
        kind: InvitationKind,
    },
    NotSentTo {
        id: InvitationId,
        company: String,
    },
    Ineligible {
        company: String,
        reason: Ineligibility,
    },
    NotSentYet {
        id: InvitationId,
    },
    /// Expired, revoked or answered: it no longer waits for an answer.
    NoLongerOpen {
        id: InvitationId,
        status: InvitationStatus,
        offer: bool,
        partner: String,
    },
    /// Rule 7: the Microsoft Customer Agreement is accepted as part of accepting.
    McaNotAccepted {
        company: String,
    },
    /// Rule 8: another partner holds admin privileges, and moving them was not chosen.
    AdminHeldElsewhere {
        holder: PartnerId,
        company: String,
        partner: String,
    },
    /// Seed 000's note: another partner holds admin privileges; the customer moves them, or
    /// keeps them there and accepts the reseller relationship alone — not for a request that
    /// only restores admin privileges (`restore`).
    AdminChoiceNeeded {
        holder: PartnerId,
        company: String,
        partner: String,
        restore: bool,
    },
    /// Seed 004: restoring admin privileges is asked of an existing reseller customer.
    RestoreNeedsReseller {
        company: String,
        partner: String,
    },
    /// Restoring admin privileges the partner holds already.
    AdminHeldAlready {
        company: String,
        partner: String,
    },
    OfferNotDeclined {
        id: InvitationId,
    },
    NotWaitingFor {
        id: InvitationId,
        company: String,
    },
    /// The customer has no Global admin to send the invitation to.
    NoRecipient,
    NotALink,
    UnknownLink,
    NotAddressed {
        id: InvitationId,
    },
}
