//! The invitation workflows on screen: the request form, the email editor, the invitation
//! view, acceptance from the customer's side, and the confirmations in between. Every change
//! goes through `operations`, which enforce the rules; a refusal stays on screen, where the
//! operator is looking, and nothing is written.

use super::action::Action;
use super::editor::EmailEditor;
use super::form::{Field, Form};
use super::overlay::{Confirm, FormPurpose, FormState, Overlay, Pending};
use super::{App, Outbound, Tab, mail};
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::customer::ProspectInput;
use crate::domain::invitation::{self, AcceptChoices, Invitation, InvitationStatus};
use crate::domain::permission::{self, Operation};
use crate::operations::invitations::{self as ops, Request, Target};
use crate::store::{Reads, WriteError};
use crate::text;
use anyhow::Result;

impl App {
    pub(super) fn confirm(&mut self, prompt: &str, detail: &str, yes: Pending, no: Option<Pending>) {
        self.overlays.push(Overlay::Confirm(Confirm { prompt: prompt.into(), detail: detail.into(), yes, no }));
    }

    /// Says why the operator may not do `op`, if they may not.
    pub(super) fn refused(&mut self, op: Operation) -> bool {
        let target = self.session.customer_tenant();
        let refusal = match self.actor() {
            None => Some(text::NOBODY_SIGNED_IN.to_string()),
            Some(_) if self.session.read_only => Some(text::READ_ONLY_REFUSAL.to_string()),
            Some(actor) => permission::check(actor, op, target).err().map(|r| r.message),
        };
        match refusal {
            Some(message) => {
                self.error(message);
                true
            }
            None => false,
        }
    }

    /// Reports the outcome of an operation: a refusal or a conflict on the status line (or in
    /// the form), a storage failure as an error.
    pub(super) fn report(&mut self, err: WriteError) {
        match (err, self.overlays.last_mut()) {
            (WriteError::Refused(r), Some(Overlay::Form(state))) => state.form.refuse(r),
            (WriteError::Refused(r), Some(Overlay::Editor(editor))) => editor.error = Some(r.to_string()),
            (other, _) => self.error(other.to_string()),
        }
    }

    pub(super) fn after_write(&mut self) -> Result<()> {
        self.reload()
    }

    /// Ends a form's submit: on success the form closes and the message shows; a refusal stays
    /// in the form, by the field it names.
    pub(super) fn finish_form(&mut self, result: Result<String, WriteError>) -> Result<()> {
        match result {
            Ok(message) => {
                self.overlays.pop();
                self.after_write()?;
                self.info(message);
            }
            Err(e) => self.report(e),
        }
        Ok(())
    }

    pub(super) fn invitation_action(&mut self, action: Action) -> Result<()> {
        match action {
            Action::Request => self.open_request_form(),
            Action::Open => {
                if let Some(id) = self.invitations.selected().map(|i| i.id) {
                    let read = self.book().read()?;
                    self.invitations.load_uses(&read, id)?;
                    self.invitations.scroll.reset();
                    self.overlays.push(Overlay::Invitation(id));
                }
            }
            Action::EditDraft | Action::Resend => self.open_editor_for_current(action == Action::Resend)?,
            Action::Revoke => {
                if !self.refused(Operation::RevokeInvitation)
                    && let Some(inv) = self.current_invitation()
                {
                    let prompt = text::revoke_prompt(&inv.id.to_string(), &inv.customer_name);
                    self.confirm(&prompt, text::REVOKE_DETAIL, Pending::Revoke(inv.id), None);
                }
            }
            Action::Purge if !self.refused(Operation::PurgeInvitations) => {
                let now = self.now();
                let read = self.book().read()?;
                let count = read.invitations()?.iter().filter(|i| i.status_at(now).is_purgeable()).count();
                if count == 0 {
                    self.info(text::NOTHING_TO_PURGE);
                } else {
                    self.confirm(&text::purge_prompt(count), text::PURGE_DETAIL, Pending::Purge, None);
                }
            }
            Action::Accept => self.open_accept_form()?,
            Action::Decline => {
                if !self.refused(Operation::AcceptInvitation)
                    && let Some(inv) = self.current_invitation()
                {
                    let prompt = text::decline_prompt(&inv.id.to_string());
                    self.confirm(&prompt, text::DECLINE_DETAIL, Pending::Decline(inv.token.clone()), None);
                }
            }
            Action::Submit => self.submit_form()?,
            Action::Cancel => self.cancel_overlay(),
            Action::NextField | Action::PrevField | Action::Toggle => {
                if let Some(Overlay::Form(state)) = self.overlays.last_mut() {
                    match action {
                        Action::NextField => state.form.next_field(),
                        Action::PrevField => state.form.prev_field(),
                        _ => state.form.toggle_focused(),
                    }
                }
            }
            Action::Done => self.editor_done()?,
            Action::Copy => self.editor_copy(),
            Action::OpenMail => self.editor_open_mail(),
            Action::SaveEml => self.editor_save_eml(),
            Action::InsertLink | Action::SwitchField => {
                if let Some(Overlay::Editor(editor)) = self.overlays.last_mut() {
                    if action == Action::InsertLink {
                        editor.insert_link();
                        editor.error = None;
                    } else {
                        editor.switch_field();
                    }
                }
            }
            Action::Yes | Action::No => self.answer(action == Action::Yes)?,
            _ => {}
        }
        Ok(())
    }

    /// The invitation the operator is looking at: the open one, else the selected row.
    fn current_invitation(&self) -> Option<&Invitation> {
        match self.overlays.last() {
            Some(Overlay::Invitation(id)) => self.invitations.find(*id),
            _ if self.tab == Tab::Invitations => self.invitations.selected(),
            _ => None,
        }
    }

    fn cancel_overlay(&mut self) {
        match self.overlays.last() {
            // Nothing lies behind the setup screen of an empty book: leaving it leaves the app.
            Some(Overlay::Form(state)) if matches!(state.purpose, FormPurpose::Setup) => self.quit = true,
            Some(Overlay::Editor(editor)) if editor.dirty => {
                if editor.invitation.status_at(self.now()) == InvitationStatus::Draft {
                    self.confirm(
                        text::KEEP_EDITS,
                        text::KEEP_EDITS_DETAIL,
                        Pending::SaveDraftAndClose,
                        Some(Pending::DiscardDraft),
                    );
                } else {
                    self.confirm(text::DISCARD_EDITS, text::DISCARD_EDITS_DETAIL, Pending::DiscardDraft, None);
                }
            }
            _ => {
                self.overlays.pop();
            }
        }
    }

    fn open_request_form(&mut self) {
        if self.refused(Operation::RequestReseller) {
            return;
        }
        let Some(org) = self.org.clone() else { return };
        let locked = org.cloud.requires_delegated_admin().then(|| invitation::dap_required_reason(&org));
        let dap = Field::toggle(Input::DelegatedAdmin, true, locked.clone())
            .with_hint(locked.unwrap_or_else(|| text::DAP_HINT.to_string()));
        let existing = if self.tab == Tab::Customers { self.customers.selected_row().cloned() } else { None };
        let (title, fields, tenant) = match existing {
            Some(row) => {
                let read = self.book().read().ok();
                let admin = read
                    .and_then(|r| r.customer(row.tenant_id).ok().flatten())
                    .and_then(|c| c.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string()))
                    .unwrap_or_default();
                let fields = vec![
                    Field::fixed(Input::Customer, format!("{} ({})", row.name, row.domain)),
                    Field::text(Input::Recipient, &admin, text::RECIPIENT_PLACEHOLDER),
                    dap,
                ];
                (text::REQUEST_TITLE.to_string(), fields, Some(row.tenant_id))
            }
            None => {
                let clouds: Vec<String> = Cloud::ALL.iter().map(|c| c.label().to_string()).collect();
                let cloud = Cloud::ALL.iter().position(|c| *c == org.cloud).unwrap_or(0);
                let fields = vec![
                    Field::text(Input::Company, "", text::COMPANY_PLACEHOLDER),
                    Field::text(Input::ContactEmail, "", text::CONTACT_PLACEHOLDER).with_hint(text::CONTACT_HINT),
                    Field::text(Input::Country, org.country.as_str(), "VN"),
                    Field::choice(Input::Cloud, clouds, cloud),
                    Field::text(Input::Domain, "", text::DOMAIN_PLACEHOLDER).with_hint(text::DOMAIN_HINT),
                    dap,
                ];
                (text::REQUEST_PROSPECT_TITLE.to_string(), fields, None)
            }
        };
        let form = Form::new(title, text::REQUEST_SUBMIT, fields);
        self.overlays.push(Overlay::Form(Box::new(FormState { purpose: FormPurpose::Request(tenant), form })));
    }

    fn open_accept_form(&mut self) -> Result<()> {
        if self.refused(Operation::AcceptInvitation) {
            return Ok(());
        }
        let Some(inv) = self.current_invitation().cloned() else { return Ok(()) };
        if inv.status_at(self.now()) != InvitationStatus::Sent {
            self.error(text::not_waiting(&inv.id.to_string(), inv.status_at(self.now()).label()));
            return Ok(());
        }
        let read = self.book().read()?;
        if inv.kind.is_offer() {
            let Some(terms) = read.offer_terms(inv.id)? else { return Ok(()) };
            return self.open_use_offer_form(&inv.token, terms);
        }
        let customer = inv.customer.and_then(|t| read.customer(t).ok().flatten());
        let partner = self.org.as_ref().map_or_else(String::new, |o| o.name.clone());
        let mut fields = vec![
            Field::fixed(Input::Invitation, text::invitation_from(&inv.id.to_string(), &partner)),
            Field::fixed(Input::Includes, if inv.include_admin { text::INCLUDES_DAP } else { text::INCLUDES_RESELLER }),
        ];
        if let Some(c) = &customer {
            if c.mca.is_none() {
                fields.push(Field::toggle(Input::Mca, false, None).with_hint(text::mca_hint(&c.company_name)));
            }
            if let Some(holder) = c
                .admin
                .as_ref()
                .filter(|a| inv.include_admin && Some(a.partner) != self.org.as_ref().map(|o| o.partner_id))
            {
                let name = crate::app::partners::partner_name(self.org.as_ref(), self.directory(), holder.partner);
                fields.push(
                    Field::toggle(Input::MoveAdmin, false, None).with_hint(text::move_admin_hint(&name, &partner)),
                );
            }
            fields.push(Field::fixed(Input::Where, text::accept_where(c.cloud.acceptance_portal())));
        }
        let form = Form::new(text::ACCEPT_TITLE, text::ACCEPT_SUBMIT, fields);
        self.overlays
            .push(Overlay::Form(Box::new(FormState { purpose: FormPurpose::Accept(inv.token.clone()), form })));
        Ok(())
    }

    fn submit_form(&mut self) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last() else { return Ok(()) };
        let form = &state.form;
        match state.purpose.clone() {
            FormPurpose::Request(tenant) => {
                let target = match tenant {
                    Some(t) => Target::Existing(t),
                    None => Target::Prospect(ProspectInput {
                        company: form.text(&Input::Company),
                        contact: form.text(&Input::ContactEmail),
                        country: form.text(&Input::Country),
                        cloud: Cloud::ALL.get(form.choice(&Input::Cloud)).copied(),
                        domain: form.text(&Input::Domain),
                    }),
                };
                let recipient =
                    if tenant.is_some() { form.text(&Input::Recipient) } else { form.text(&Input::ContactEmail) };
                let request = Request { target, include_admin: form.toggle(&Input::DelegatedAdmin), recipient };
                let result = {
                    let ctx = self.op_ctx()?;
                    ops::request(self.book(), &ctx, request, &self.hosts)
                };
                match result {
                    Ok(inv) => {
                        self.overlays.pop();
                        self.after_write()?;
                        self.info(text::drafted(&inv.id.to_string(), &inv.customer_name));
                        self.overlays.push(Overlay::Editor(Box::new(EmailEditor::new(inv))));
                    }
                    Err(e) => self.report(e),
                }
            }
            other @ (FormPurpose::NewCustomer
            | FormPurpose::EditCustomer(..)
            | FormPurpose::SupportContacts(_)
            | FormPurpose::ServiceRequest(_)
            | FormPurpose::ProductKey(..)) => self.submit_customer_form(other)?,
            other @ (FormPurpose::AddUser
            | FormPurpose::EditUser(..)
            | FormPurpose::RequestGranular
            | FormPurpose::MoveAdmin(_)) => self.submit_permission_form(other)?,
            other @ (FormPurpose::Offer { .. } | FormPurpose::OfferLink | FormPurpose::UseOffer(..)) => {
                self.submit_offer_form(other)?
            }
            FormPurpose::Setup => self.submit_setup()?,
            other @ (FormPurpose::Profile { .. }
            | FormPurpose::Directory(_)
            | FormPurpose::CheckId
            | FormPurpose::PartnerOfRecord(..)) => self.submit_partner_form(other)?,
            FormPurpose::Accept(token) => {
                let choices = AcceptChoices {
                    accept_mca: form.toggle(&Input::Mca),
                    take_admin_from_current_holder: form.toggle(&Input::MoveAdmin),
                };
                let result = {
                    let ctx = self.op_ctx()?;
                    ops::accept(self.book(), &ctx, &token, choices)
                };
                match result {
                    Ok(outcome) => {
                        self.overlays.clear();
                        self.after_write()?;
                        self.info(text::accepted(&outcome.partner, outcome.admin_privileges, outcome.portal));
                    }
                    Err(e) => self.report(e),
                }
            }
        }
        Ok(())
    }

    fn open_editor_for_current(&mut self, resend: bool) -> Result<()> {
        if self.refused(Operation::EditInvitation) {
            return Ok(());
        }
        let Some(inv) = self.current_invitation().cloned() else { return Ok(()) };
        match inv.status_at(self.now()) {
            InvitationStatus::Draft | InvitationStatus::Sent => {
                let mut editor = EmailEditor::new(inv);
                if resend {
                    self.outbox.push(Outbound::Clipboard(mail::clipboard_text(&editor.email())));
                    editor.error = None;
                    self.info(text::COPIED);
                }
                self.overlays.push(Overlay::Editor(Box::new(editor)));
            }
            other => self.error(text::not_editable(&inv.id.to_string(), other.label())),
        }
        Ok(())
    }

    fn editor(&self) -> Option<&EmailEditor> {
        match self.overlays.last() {
            Some(Overlay::Editor(editor)) => Some(editor),
            _ => None,
        }
    }

    fn editor_done(&mut self) -> Result<()> {
        let Some(editor) = self.editor() else { return Ok(()) };
        let (id, version, email, to) = (
            editor.invitation.id,
            editor.invitation.version,
            editor.email(),
            editor.invitation.recipient.as_ref().map(|r| r.to_string()).unwrap_or_default(),
        );
        let result = {
            let ctx = self.op_ctx()?;
            ops::mark_sent(self.book(), &ctx, id, version, email)
        };
        match result {
            Ok(inv) => {
                self.overlays.pop();
                self.after_write()?;
                let days = (inv.expires_at - self.now()).num_days();
                if inv.kind.is_offer() {
                    self.info(text::offer_sent(&inv.id.to_string(), days));
                } else {
                    self.info(text::marked_sent(&inv.id.to_string(), &to, days));
                }
            }
            Err(e) => self.report(e),
        }
        Ok(())
    }

    fn editor_copy(&mut self) {
        let Some(editor) = self.editor() else { return };
        let text = mail::clipboard_text(&editor.email());
        self.outbox.push(Outbound::Clipboard(text));
        self.info(text::COPIED);
    }

    fn editor_open_mail(&mut self) {
        let Some(editor) = self.editor() else { return };
        let to = editor.invitation.recipient.as_ref().map(|r| r.to_string()).unwrap_or_default();
        let url = mail::mailto(&to, &editor.email());
        if self.session.remote {
            // Nothing can be opened on the operator's computer from here; their terminal can.
            self.outbox.push(Outbound::Hyperlink { url, label: text::MAIL_LINK_LABEL.to_string() });
            self.info(text::MAIL_LINK_OVER_SSH);
            return;
        }
        self.outbox.push(Outbound::OpenUrl(url));
        self.info(text::OPENED_MAIL_APP);
    }

    fn editor_save_eml(&mut self) {
        let Some(editor) = self.editor() else { return };
        let Some(dir) = self.session.files_dir.as_ref().map(|d| d.join("drafts")) else {
            self.error(text::NO_DRAFTS_DIR);
            return;
        };
        let from = self.actor().map(|a| a.email().to_string()).unwrap_or_default();
        let to = editor.invitation.recipient.as_ref().map(|r| r.to_string()).unwrap_or_default();
        let message = mail::eml(&from, &to, &editor.email());
        let stem = editor.invitation.id.to_string();
        let written = crate::files::create_unique(&dir, &stem, "eml")
            .and_then(|(path, mut file)| std::io::Write::write_all(&mut file, message.as_bytes()).map(|()| path));
        match written {
            Ok(path) => self.info(text::saved_eml(&path.display().to_string())),
            Err(e) => {
                self.error(text::eml_failed(&dir.join(format!("{stem}.eml")).display().to_string(), &e.to_string()))
            }
        }
    }

    fn answer(&mut self, yes: bool) -> Result<()> {
        let Some(Overlay::Confirm(confirm)) = self.overlays.pop() else { return Ok(()) };
        let pending = if yes { Some(confirm.yes) } else { confirm.no };
        let Some(pending) = pending else { return Ok(()) };
        match pending {
            Pending::Quit => self.quit = true,
            Pending::DiscardDraft => {
                self.overlays.pop();
            }
            Pending::SaveDraftAndClose => {
                let Some(editor) = self.editor() else { return Ok(()) };
                let (id, version, email) = (editor.invitation.id, editor.invitation.version, editor.email());
                let result = {
                    let ctx = self.op_ctx()?;
                    ops::save_draft(self.book(), &ctx, id, version, email)
                };
                match result {
                    Ok(_) => {
                        self.overlays.pop();
                        self.after_write()?;
                        self.info(text::draft_saved(&id.to_string()));
                    }
                    Err(e) => self.report(e),
                }
            }
            Pending::RemoveReseller(id) => self.remove_reseller(id)?,
            Pending::RemoveAdvisor(tenant, partner) => self.remove_advisor(tenant, partner)?,
            other @ (Pending::RemoveUser(_) | Pending::Terminate(_) | Pending::RemoveLegacyAdmin(_)) => {
                self.confirmed_permission_change(other)?
            }
            Pending::Revoke(id) => self
                .run_and_report(|app, ctx| ops::revoke(app.book(), ctx, id).map(|_| text::revoked(&id.to_string())))?,
            Pending::Purge => self.run_and_report(|app, ctx| ops::purge(app.book(), ctx).map(text::purged))?,
            Pending::Decline(token) => self.run_and_report(|app, ctx| {
                ops::decline(app.book(), ctx, &token).map(|inv| text::declined(&inv.id.to_string()))
            })?,
        }
        Ok(())
    }

    /// Runs an operation from a confirmation and says how it went.
    pub(super) fn run_and_report(
        &mut self,
        op: impl FnOnce(&App, &crate::operations::OpContext) -> Result<String, WriteError>,
    ) -> Result<()> {
        let result = {
            let ctx = self.op_ctx()?;
            op(self, &ctx)
        };
        match result {
            Ok(message) => {
                self.after_write()?;
                if let Some(Overlay::Invitation(id)) = self.overlays.last()
                    && self.invitations.find(*id).is_none()
                {
                    self.overlays.pop();
                }
                self.info(message);
            }
            Err(e) => self.report(e),
        }
        Ok(())
    }
}
