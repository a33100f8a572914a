//! Offers on screen (rule 12): the trial, purchase and delegated-admin offer forms on the
//! partner's side; on the customer's, the link lookup and the form that uses an offer. Offers
//! live on the Invitations tab and share its editor, so this feature has no list of its own.

mod flows;

pub(crate) use flows::open_use_offer_form;

use super::App;
use crate::domain::invitation::InvitationKind;
use anyhow::Result;

/// What the offer keys ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Trial,
    Purchase,
    Admin,
    /// The customer pastes an offer's link.
    UseLink,
    /// A new offer like the one open.
    NewLike,
}

/// The offer forms.
#[derive(Debug, Clone)]
pub enum FormKind {
    /// Make an offer of this kind, addressed to this customer or to anyone; `offers` are the
    /// catalogue ids the form lists, in order.
    Offer { kind: InvitationKind, customer: Option<crate::domain::ids::TenantId>, offers: Vec<u32> },
    /// The customer pastes an offer's link.
    Link,
    /// The customer uses the offer with this token; its purchase lines as (catalogue id,
    /// licences offered).
    Use(String, Vec<(u32, u32)>),
}

pub(super) fn update(app: &mut App, act: Act) -> Result<()> {
    match act {
        Act::Trial => flows::open_offer_form(app, InvitationKind::Trial, None),
        Act::Purchase => flows::open_offer_form(app, InvitationKind::PurchaseOffer, None),
        Act::Admin => flows::open_offer_form(app, InvitationKind::DelegatedAdminOffer, None),
        Act::NewLike => flows::open_like_current(app),
        Act::UseLink => flows::open_link_form(app),
    }
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    flows::submit(app, kind)
}
