//! What the domain says, as typed messages: which rule refused, about what, with the names,
//! ids, statuses and counts the sentence needs — never the sentence itself. The edge renders
//! a message in the reader's language (`crate::text`), so one refusal reads the same on the
//! screen, on the command line and, later, in every locale.
//!
//! Messages are grouped by the part of the book they are about; each group converts into
//! `Msg`, so a rule writes `Refusal::new(InvitationMsg::NotSentYet { id })`.

mod admin;
mod book;
mod customer;
mod gdap;
mod input;
mod invitation;
mod offer;
mod partner;
mod permission;
mod setup;
mod tenant;
mod user;

pub use admin::AdminMsg;
pub use book::BookMsg;
pub use customer::CustomerMsg;
pub use gdap::GdapMsg;
pub use input::InputMsg;
pub use invitation::InvitationMsg;
pub use offer::OfferMsg;
pub use partner::{FixedSetting, PartnerMsg};
pub use permission::{PermissionMsg, Who};
pub use setup::SetupMsg;
pub use tenant::TenantMsg;
pub use user::UserMsg;

/// One thing the domain (or the store, or an operation) has to tell the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// About one value as typed: said after the input's name ("Email: is required").
    Input(InputMsg),
    /// Who may do what.
    Permission(PermissionMsg),
    /// The session and the book as a whole: read-only, signed-in user, missing or taken records.
    Book(BookMsg),
    Invitation(InvitationMsg),
    Offer(OfferMsg),
    Customer(CustomerMsg),
    Partner(PartnerMsg),
    User(UserMsg),
    Admin(AdminMsg),
    /// Granular admin at scale: access assignments, security groups, bulk jobs.
    Gdap(GdapMsg),
    Setup(SetupMsg),
    /// Administering a customer's tenant: subscriptions, licences, users.
    Tenant(TenantMsg),
}

macro_rules! into_msg {
    ($($group:ident => $variant:ident),* $(,)?) => {$(
        impl From<$group> for Msg {
            fn from(msg: $group) -> Self {
                Msg::$variant(msg)
            }
        }
    )*};
}

into_msg!(
    InputMsg => Input,
    PermissionMsg => Permission,
    BookMsg => Book,
    InvitationMsg => Invitation,
    OfferMsg => Offer,
    CustomerMsg => Customer,
    PartnerMsg => Partner,
    UserMsg => User,
    AdminMsg => Admin,
    GdapMsg => Gdap,
    SetupMsg => Setup,
    TenantMsg => Tenant,
);
