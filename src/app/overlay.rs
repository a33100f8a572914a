//! What sits above the lists: forms, the email editor, questions and the invitation view.
//! They stack; the top one has the keyboard.

use super::editor::EmailEditor;
use super::form::Form;
use super::{customers, invitations, offers, partners, permissions};
use crate::domain::ids::InvitationId;

pub use super::confirm::Confirm;

pub enum Overlay {
    Form(Box<FormState>),
    Editor(Box<EmailEditor>),
    Confirm(Confirm),
    Invitation(InvitationId),
    /// One audit event, by its sequence number.
    AuditEvent(u64),
    /// The command line (`:`).
    CommandLine(super::command::CommandLine),
}

pub struct FormState {
    pub purpose: Purpose,
    pub form: Form,
}

/// Whose form it is, and which: its submit goes to that feature and nowhere else.
#[derive(Debug, Clone)]
pub enum Purpose {
    Customers(customers::FormKind),
    Invitations(invitations::FormKind),
    Offers(offers::FormKind),
    Partners(partners::FormKind),
    Permissions(permissions::FormKind),
    /// First-run setup of an empty book.
    Setup,
}
