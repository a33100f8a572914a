//! The Invitations tab: the list (`view`), the invitation's own view, the email editor, and
//! the workflows — request, edit and send, revoke and purge on the partner's side; accept or
//! decline on the customer's.

mod editing;
mod flows;
mod view;

pub use view::*;

pub(crate) use editing::close as close_editor;

use super::action::Action;
use super::keymap::{Binding, SideKeys, bind, ch, code, ctrl, guarded, hidden};
use super::{App, offers};
use crate::domain::ids::InvitationId;
use crate::domain::permission::Operation;
use crate::operations::invitations as ops;
use crate::text;
use anyhow::Result;
use crossterm::event::KeyCode;

/// What the invitation keys ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    Request,
    /// Ask the selected reseller customer to restore delegated admin privileges (seed 004).
    RestoreAdmin,
    Open,
    Revoke,
    Purge,
    CycleStatusFilter,
    Resend,
    EditDraft,
    Accept,
    Decline,
    RevokeConfirmed(InvitationId),
    PurgeConfirmed,
    /// The customer declines the invitation with this token.
    DeclineConfirmed(String),
    /// Leaving the editor: keep the edits as the draft, or lose them.
    SaveDraftAndClose,
    DiscardDraft,
}

/// Keys of the email editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorKey {
    Done,
    Copy,
    OpenMail,
    SaveEml,
    InsertLink,
    SwitchField,
}

/// The invitation forms.
#[derive(Debug, Clone)]
pub enum FormKind {
    /// Request a reseller relationship with this tenant, or with a prospect.
    Request(Option<crate::domain::ids::TenantId>),
    /// The customer accepts the invitation with this token.
    Accept(String),
    /// Ask this reseller customer to restore delegated admin privileges.
    RestoreAdmin(crate::domain::ids::TenantId),
}

use Act::*;

const fn inv(act: Act) -> Action {
    Action::Invitations(act)
}

const PARTNER_KEYS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right)], "Enter", text::KEY_OPEN_INVITATION, inv(Open), true),
    guarded(&[ch('r')], "r", text::KEY_REQUEST, inv(Request), Operation::RequestReseller),
    guarded(&[ch('t')], "t", text::KEY_TRIAL, Action::Offers(offers::Act::Trial), Operation::SendOffer),
    guarded(&[ch('O')], "O", text::KEY_PURCHASE_OFFER, Action::Offers(offers::Act::Purchase), Operation::SendOffer),
    hidden(&[ch('A')], "A", text::KEY_ADMIN_OFFER, Action::Offers(offers::Act::Admin), Operation::SendOffer),
    guarded(&[ch('e')], "e", text::KEY_EDIT_DRAFT, inv(EditDraft), Operation::EditInvitation),
    guarded(&[ch('d')], "d", text::KEY_REVOKE, inv(Revoke), Operation::RevokeInvitation),
    guarded(&[ch('P')], "P", text::KEY_PURGE, inv(Purge), Operation::PurgeInvitations),
    bind(&[ch('f')], "f", text::KEY_STATUS_FILTER, inv(CycleStatusFilter), true),
];

const CUSTOMER_KEYS: &[Binding] = &[
    bind(&[code(KeyCode::Enter), code(KeyCode::Right)], "Enter", text::KEY_OPEN_INVITATION, inv(Open), true),
    guarded(&[ch('a')], "a", text::KEY_ACCEPT, inv(Accept), Operation::AcceptInvitation),
    guarded(&[ch('d')], "d", text::KEY_DECLINE, inv(Decline), Operation::AcceptInvitation),
    guarded(&[ch('u')], "u", text::KEY_USE_OFFER, Action::Offers(offers::Act::UseLink), Operation::AcceptInvitation),
    bind(&[ch('f')], "f", text::KEY_STATUS_FILTER, inv(CycleStatusFilter), true),
];

const PARTNER_VIEW_KEYS: &[Binding] = &[
    guarded(&[ch('e')], "e", text::KEY_EDIT_DRAFT, inv(EditDraft), Operation::EditInvitation),
    guarded(&[ch('c')], "c", text::KEY_RESEND, inv(Resend), Operation::EditInvitation),
    guarded(&[ch('d')], "d", text::KEY_REVOKE, inv(Revoke), Operation::RevokeInvitation),
    hidden(&[ch('n')], "n", text::KEY_NEW_OFFER_LIKE, Action::Offers(offers::Act::NewLike), Operation::SendOffer),
];

const CUSTOMER_VIEW_KEYS: &[Binding] = &[
    guarded(&[ch('a')], "a", text::KEY_ACCEPT, inv(Accept), Operation::AcceptInvitation),
    guarded(&[ch('d')], "d", text::KEY_DECLINE, inv(Decline), Operation::AcceptInvitation),
];

const fn ed(key: EditorKey) -> Action {
    Action::Editor(key)
}

pub const EDITOR_KEYS: &[Binding] = &[
    bind(&[ctrl('s')], "C-s", text::KEY_DONE, ed(EditorKey::Done), true),
    bind(&[ctrl('y')], "C-y", text::KEY_COPY, ed(EditorKey::Copy), true),
    bind(&[ctrl('o')], "C-o", text::KEY_OPEN_MAIL, ed(EditorKey::OpenMail), true),
    bind(&[ctrl('w')], "C-w", text::KEY_SAVE_EML, ed(EditorKey::SaveEml), true),
    bind(&[ctrl('l')], "C-l", text::KEY_INSERT_LINK, ed(EditorKey::InsertLink), true),
    bind(
        &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        "Tab",
        text::KEY_SWITCH_FIELD,
        ed(EditorKey::SwitchField),
        false,
    ),
    bind(&[code(KeyCode::Esc)], "Esc", text::KEY_CLOSE, Action::Close, true),
    bind(&[ctrl('c')], "Ctrl-C", text::KEY_QUIT, Action::Global(super::action::Global::Quit), false),
];

/// The tab's keys on each side of the book.
pub const KEYS: SideKeys = SideKeys { partner: PARTNER_KEYS, customer: CUSTOMER_KEYS };

/// The keys of one invitation's view (closing it is the overlay's).
pub const VIEW_KEYS: SideKeys = SideKeys { partner: PARTNER_VIEW_KEYS, customer: CUSTOMER_VIEW_KEYS };

pub(super) fn update(app: &mut App, act: Act) -> Result<()> {
    match act {
        Request => flows::open_request_form(app),
        RestoreAdmin => flows::open_restore_admin_form(app)?,
        Open => flows::open(app)?,
        EditDraft => editing::open_for_current(app, false)?,
        Resend => editing::open_for_current(app, true)?,
        Revoke => flows::ask_revoke(app),
        Purge => flows::ask_purge(app)?,
        CycleStatusFilter => {
            app.invitations.cycle_status();
            let read = app.book().read()?;
            app.invitations.reload(&read, app.now())?;
            let label = app.invitations.status.map_or(text::ALL_STATUSES, |s| s.label());
            app.info(text::showing_status(&label.to_string()));
        }
        Accept => flows::open_accept_form(app)?,
        Decline => flows::ask_decline(app)?,
        RevokeConfirmed(id) => {
            app.run_and_report(|app, ctx| ops::revoke(app.book(), ctx, id).map(|_| text::revoked(&id.to_string())))?
        }
        PurgeConfirmed => app.run_and_report(|app, ctx| ops::purge(app.book(), ctx).map(text::purged))?,
        DeclineConfirmed(token) => app.run_and_report(|app, ctx| {
            ops::decline(app.book(), ctx, &token).map(|inv| text::declined(&inv.id.to_string()))
        })?,
        SaveDraftAndClose => editing::save_draft_and_close(app)?,
        DiscardDraft => editing::discard(app),
    }
    Ok(())
}

pub(super) fn editor_key(app: &mut App, key: EditorKey) -> Result<()> {
    editing::key(app, key)
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    flows::submit(app, kind)
}
