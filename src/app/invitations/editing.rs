//! The email editor's workflows: open it on a draft or a sent invitation (or, from the
//! Permissions tab, a granular admin relationship's approval email), mark the email sent, copy it, hand it to the mail app (a link over SSH), save it as an `.eml` draft, and
//! keep or discard edits on the way out.

use super::flows::current_invitation;
use super::{Act, EditorKey};
use crate::app::action::Action;
use crate::app::editor::{EmailEditor, Mail};
use crate::app::effect::{Effect, NewFile};
use crate::app::overlay::Overlay;
use crate::app::{App, mail};
use crate::domain::invitation::InvitationStatus;
use crate::domain::permission::Operation;
use crate::operations::gdap as gdap_ops;
use crate::operations::invitations as ops;
use crate::text;
use anyhow::Result;

pub(super) fn key(app: &mut App, key: EditorKey) -> Result<()> {
    match key {
        EditorKey::Done => done(app)?,
        EditorKey::Copy => copy(app),
        EditorKey::OpenMail => open_mail(app),
        EditorKey::SaveEml => save_eml(app),
        EditorKey::InsertLink => {
            if let Some(Overlay::Editor(editor)) = app.overlays.last_mut() {
                editor.insert_link();
                editor.error = None;
            }
        }
        EditorKey::SwitchField => {
            if let Some(Overlay::Editor(editor)) = app.overlays.last_mut() {
                editor.switch_field();
            }
        }
    }
    Ok(())
}

/// Esc in the editor: closes it, asking first whether to keep edits (a draft) or lose them.
pub(crate) fn close(app: &mut App) {
    let Some(editor) = editor(app) else { return };
    if !editor.dirty {
        app.overlays.pop();
    } else if editor.invitation().is_some_and(|inv| inv.status_at(app.now()) == InvitationStatus::Draft) {
        let (keep, discard) = (Act::SaveDraftAndClose, Act::DiscardDraft);
        app.confirm(
            text::KEEP_EDITS,
            text::KEEP_EDITS_DETAIL,
            Action::Invitations(keep),
            Some(Action::Invitations(discard)),
        );
    } else {
        app.confirm(text::DISCARD_EDITS, text::DISCARD_EDITS_DETAIL, Action::Invitations(Act::DiscardDraft), None);
    }
}

/// Closes the editor, losing its edits (the operator said so).
pub(super) fn discard(app: &mut App) {
    if editor(app).is_some() {
        app.overlays.pop();
    }
}

pub(super) fn save_draft_and_close(app: &mut App) -> Result<()> {
    let Some(editor) = editor(app) else { return Ok(()) };
    let Some(inv) = editor.invitation() else { return Ok(()) };
    let (id, version, email) = (inv.id, inv.version, editor.email());
    let result = {
        let ctx = app.op_ctx()?;
        ops::save_draft(app.book(), &ctx, id, version, email)
    };
    match result {
        Ok(_) => {
            app.overlays.pop();
            app.reload()?;
            app.info(text::draft_saved(&id.to_string()));
        }
        Err(e) => app.report(e),
    }
    Ok(())
}

pub(super) fn open_for_current(app: &mut App, resend: bool) -> Result<()> {
    if app.refused(Operation::EditInvitation) {
        return Ok(());
    }
    let Some(inv) = current_invitation(app).cloned() else { return Ok(()) };
    match inv.status_at(app.now()) {
        InvitationStatus::Draft | InvitationStatus::Sent => {
            let mut editor = EmailEditor::new(inv);
            if resend {
                app.effects.push(Effect::Clipboard(mail::clipboard_text(&editor.email())));
                editor.error = None;
                app.info(text::COPIED);
            }
            app.overlays.push(Overlay::Editor(Box::new(editor)));
        }
        other => app.error(text::not_editable(&inv.id.to_string(), &other.in_sentence().to_string())),
    }
    Ok(())
}

fn editor(app: &App) -> Option<&EmailEditor> {
    match app.overlays.last() {
        Some(Overlay::Editor(editor)) => Some(editor),
        _ => None,
    }
}

fn done(app: &mut App) -> Result<()> {
    let Some(editor) = editor(app) else { return Ok(()) };
    let inv = match &editor.mail {
        Mail::Invitation(inv) => inv,
        Mail::Approval(mail) => {
            let ask = gdap_ops::ApprovalSent {
                relationship: mail.relationship,
                link: mail.link.clone(),
                to: mail.recipient.clone(),
                email: editor.email(),
            };
            return approval_sent(app, &ask);
        }
    };
    let (id, version, email, to) =
        (inv.id, inv.version, editor.email(), inv.recipient.as_ref().map(|r| r.to_string()).unwrap_or_default());
    let result = {
        let ctx = app.op_ctx()?;
        ops::mark_sent(app.book(), &ctx, id, version, email)
    };
    match result {
        Ok(inv) => {
            app.overlays.pop();
            app.reload()?;
            let days = (inv.expires_at - app.now()).num_days();
            if inv.kind.is_offer() {
                app.info(text::offer_sent(&inv.id.to_string(), days));
            } else {
                app.info(text::marked_sent(&inv.id.to_string(), &to, days));
            }
        }
        Err(e) => app.report(e),
    }
    Ok(())
}

/// Ctrl-S on an approval email: the operator sent it; the audit log says so, and when the
/// request lapses.
fn approval_sent(app: &mut App, ask: &gdap_ops::ApprovalSent) -> Result<()> {
    let result = {
        let ctx = app.op_ctx()?;
        gdap_ops::approval_sent(app.book(), &ctx, ask)
    };
    match result {
        Ok(rel) => {
            app.overlays.pop();
            app.reload()?;
            let days = crate::domain::gdap::forecast::ending(&rel, app.now()).map_or(0, |e| e.days_left);
            app.info(crate::text::gdap::approval_sent(&rel.id.to_string(), days));
        }
        Err(e) => app.report(e),
    }
    Ok(())
}

fn copy(app: &mut App) {
    let Some(editor) = editor(app) else { return };
    let text = mail::clipboard_text(&editor.email());
    app.effects.push(Effect::Clipboard(text));
    app.info(text::COPIED);
}

fn open_mail(app: &mut App) {
    let Some(editor) = editor(app) else { return };
    let to = editor.recipient().map(|r| r.to_string()).unwrap_or_default();
    let url = mail::mailto(&to, &editor.email());
    if app.session.remote {
        // Nothing can be opened on the operator's computer from here; their terminal can.
        app.effects.push(Effect::Hyperlink { url, label: text::MAIL_LINK_LABEL.to_string() });
        app.info(text::MAIL_LINK_OVER_SSH);
        return;
    }
    app.effects.push(Effect::OpenUrl(url));
    app.info(text::OPENED_MAIL_APP);
}

fn save_eml(app: &mut App) {
    let Some(editor) = editor(app) else { return };
    let Some(dir) = app.session.files_dir.as_ref().map(|d| d.join("drafts")) else {
        app.error(text::NO_DRAFTS_DIR);
        return;
    };
    let from = app.actor().map(|a| a.email().to_string()).unwrap_or_default();
    let to = editor.recipient().map(|r| r.to_string()).unwrap_or_default();
    let message = mail::eml(&from, &to, &editor.email(), app.now(), &editor.id());
    let stem = editor.id();
    app.effects.push(Effect::Save(NewFile { dir, stem, ext: "eml", bytes: message.into_bytes() }));
}
