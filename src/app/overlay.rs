//! What sits above the lists: forms, the email editor, confirmations and the invitation view.
//! They stack; the top one has the keyboard.

use super::editor::EmailEditor;
use super::form::Form;
use crate::domain::ids::{AdminRelationshipId, Email, InvitationId, PartnerId, SubscriptionId, TenantId};
use crate::domain::invitation::InvitationKind;

pub enum Overlay {
    Form(Box<FormState>),
    Editor(Box<EmailEditor>),
    Confirm(Confirm),
    Invitation(InvitationId),
}

pub struct FormState {
    pub purpose: FormPurpose,
    pub form: Form,
}

/// What a form's submit does.
#[derive(Debug, Clone)]
pub enum FormPurpose {
    /// Request a reseller relationship with this tenant, or with a prospect.
    Request(Option<TenantId>),
    /// The customer accepts the invitation with this token.
    Accept(String),
    /// Make an offer of this kind, addressed to this customer or to anyone; `offers` are the
    /// catalogue ids the form lists, in order.
    Offer {
        kind: InvitationKind,
        customer: Option<TenantId>,
        offers: Vec<u32>,
    },
    /// The customer pastes an offer's link.
    OfferLink,
    /// The customer uses the offer with this token; its purchase lines as (catalogue id,
    /// licences offered), in the order of the form's fields.
    UseOffer(String, Vec<(u32, u32)>),
    NewCustomer,
    EditCustomer(TenantId, u64),
    /// Support contacts for these customers.
    SupportContacts(Vec<TenantId>),
    ServiceRequest(TenantId),
    /// A product key for this customer; the offers the form lists, by catalogue id.
    ProductKey(TenantId, Vec<u32>),
    AddUser,
    EditUser(Email, u64),
    RequestGranular,
    MoveAdmin(TenantId),
    /// The company profile read at `version`; `fixed_kind`: the book has customers, so the
    /// cloud and the reseller type are shown but not offered.
    Profile {
        version: u64,
        fixed_kind: bool,
    },
    /// First-run setup of an empty book.
    Setup,
    /// Add a directory partner, or edit the one with this id.
    Directory(Option<PartnerId>),
    CheckId,
    /// The customer sets the partner of record of one of these subscriptions.
    PartnerOfRecord(TenantId, Vec<SubscriptionId>),
}

/// A yes/no question before something that cannot be undone, or loses work.
pub struct Confirm {
    pub prompt: String,
    pub detail: String,
    pub yes: Pending,
    /// What `n` does (`None`: just close the question).
    pub no: Option<Pending>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Revoke(InvitationId),
    RemoveReseller(TenantId),
    RemoveUser(Email),
    Terminate(AdminRelationshipId),
    RemoveLegacyAdmin(TenantId),
    RemoveAdvisor(TenantId, PartnerId),
    Purge,
    Decline(String),
    Quit,
    SaveDraftAndClose,
    DiscardDraft,
}
