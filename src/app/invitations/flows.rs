//! The invitation workflows: requesting a reseller relationship (the form, then the email
//! editor), the customer accepting or declining, and revoking and purging. Every change goes
//! through `operations`, which enforce the rules; a refusal stays on screen, where the
//! operator is looking, and nothing is written.

use super::{Act, FormKind};
use crate::app::action::Action;
use crate::app::editor::EmailEditor;
use crate::app::form::{Field, Form};
use crate::app::overlay::{Overlay, Purpose};
use crate::app::{App, Tab, offers};
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::customer::ProspectInput;
use crate::domain::invitation::{self, AcceptChoices, Invitation, InvitationStatus};
use crate::domain::permission::Operation;
use crate::i18n::Locale;
use crate::operations::invitations::{self as ops, Request, Target};
use crate::store::Reads;
use crate::text;
use anyhow::Result;

/// Opens the selected invitation's view, with the customers who used it when it is an offer.
pub(super) fn open(app: &mut App) -> Result<()> {
    if let Some(id) = app.invitations.selected().map(|i| i.id) {
        let read = app.book().read()?;
        app.invitations.load_uses(&read, id)?;
        app.invitations.scroll.reset();
        app.overlays.push(Overlay::Invitation(id));
    }
    Ok(())
}

pub(super) fn ask_revoke(app: &mut App) {
    if app.refused(Operation::RevokeInvitation) {
        return;
    }
    let Some(inv) = current_invitation(app).cloned() else { return };
    // Ask only when it can be done: the domain's own rule says first.
    if let Some(Err(refusal)) = app.actor().map(|actor| invitation::revoke(actor, &inv, app.now())) {
        app.error(refusal.msg.to_string());
        return;
    }
    let prompt = text::revoke_prompt(&inv.id.to_string(), &text::addressee(&inv.customer_name));
    let yes = Action::Invitations(Act::RevokeConfirmed(inv.id));
    app.confirm(&prompt, text::REVOKE_DETAIL, yes, None);
}

pub(super) fn ask_purge(app: &mut App) -> Result<()> {
    if app.refused(Operation::PurgeInvitations) {
        return Ok(());
    }
    let now = app.now();
    let read = app.book().read()?;
    let count = read.invitations()?.iter().filter(|i| i.status_at(now).is_purgeable()).count();
    if count == 0 {
        app.info(text::NOTHING_TO_PURGE);
    } else {
        app.confirm(text::purge_prompt(count), text::PURGE_DETAIL, Action::Invitations(Act::PurgeConfirmed), None);
    }
    Ok(())
}

pub(super) fn ask_decline(app: &mut App) -> Result<()> {
    if app.refused(Operation::AcceptInvitation) {
        return Ok(());
    }
    let Some(inv) = current_invitation(app).cloned() else { return Ok(()) };
    // Ask only when it can be done: the domain's own rule says first.
    let customer = match app.session.customer_tenant() {
        Some(tenant) => app.book().read()?.customer(tenant)?,
        None => None,
    };
    let checked = app.actor().zip(customer.as_ref()).map(|(actor, c)| invitation::decline(actor, &inv, c, app.now()));
    if let Some(Err(refusal)) = checked {
        app.error(refusal.msg.to_string());
        return Ok(());
    }
    let prompt = text::decline_prompt(&inv.id.to_string());
    let yes = Action::Invitations(Act::DeclineConfirmed(inv.token.clone()));
    app.confirm(&prompt, text::DECLINE_DETAIL, yes, None);
    Ok(())
}

/// The invitation the operator is looking at: the open one, else the selected row.
pub(super) fn current_invitation(app: &App) -> Option<&Invitation> {
    match app.overlays.last() {
        Some(Overlay::Invitation(id)) => app.invitations.find(*id),
        _ if app.tab == Tab::Invitations => app.invitations.selected(),
        _ => None,
    }
}

pub(super) fn open_request_form(app: &mut App) {
    if app.refused(Operation::RequestReseller) {
        return;
    }
    let Some(org) = app.org.clone() else { return };
    let locked = org.cloud.requires_delegated_admin().then(|| invitation::dap_required_reason(&org).into());
    let dap = Field::toggle(Input::DelegatedAdmin, true, locked.clone())
        .with_hint(locked.map_or_else(|| text::DAP_HINT.to_string(), |reason| reason.to_string()));
    let existing = if app.tab == Tab::Customers { app.customers.selected_row().cloned() } else { None };
    let (title, fields, tenant) = match existing {
        Some(row) => {
            let read = app.book().read().ok();
            let admin = read
                .and_then(|r| r.customer(row.tenant_id).ok().flatten())
                .and_then(|c| c.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string()))
                .unwrap_or_default();
            let fields = vec![
                Field::fixed(Input::Customer, format!("{} ({})", row.name, row.domain)),
                Field::text(Input::Recipient, &admin, text::RECIPIENT_PLACEHOLDER),
                email_language(Some(Locale::for_country(row.country.as_str()))),
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
                email_language(None),
                dap,
            ];
            (text::REQUEST_PROSPECT_TITLE.to_string(), fields, None)
        }
    };
    let form = Form::new(title, text::REQUEST_SUBMIT, fields);
    app.push_form(Purpose::Invitations(FormKind::Request(tenant)), form);
}

/// Rule 4's email in the customer's language (from its country: `by_country`, when known) or
/// in another one the operator picks: the first choice is the country's, then each locale.
fn email_language(by_country: Option<Locale>) -> Field {
    let first = match by_country {
        Some(locale) => text::email_language_of_country(locale.endonym()),
        None => text::EMAIL_LANGUAGE_BY_COUNTRY.to_string(),
    };
    let options = std::iter::once(first).chain(Locale::ALL.iter().map(|l| l.endonym().to_string())).collect();
    Field::choice(Input::EmailLanguage, options, 0)
}

/// The language the request form's email is to be written in: `None` for its country's.
fn chosen_language(form: &Form) -> Option<Locale> {
    form.choice(&Input::EmailLanguage).checked_sub(1).and_then(|i| Locale::ALL.get(i).copied())
}

/// Seed 004: asks the selected reseller customer to restore delegated admin privileges. Says at
/// once when it does not fit (not our reseller customer, or admin privileges held already).
pub(super) fn open_restore_admin_form(app: &mut App) -> Result<()> {
    if app.refused(Operation::RequestReseller) {
        return Ok(());
    }
    let Some(org) = app.org.clone() else { return Ok(()) };
    let Some(row) = app.customers.selected_row().cloned() else {
        app.error(text::NOTHING_SELECTED);
        return Ok(());
    };
    let Some(customer) = app.book().read()?.customer(row.tenant_id)? else { return Ok(()) };
    if let Err(refusal) = invitation::restore_admin_fits(&org, &customer) {
        app.error(refusal.msg.to_string());
        return Ok(());
    }
    let holder = customer
        .admin
        .as_ref()
        .map(|a| crate::app::partners::partner_name(app.org.as_ref(), app.directory(), a.partner));
    let admin = customer.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string()).unwrap_or_default();
    let fields = vec![
        Field::fixed(Input::Customer, format!("{} ({})", row.name, row.domain))
            .with_hint(text::restore_admin_hint(holder.as_deref())),
        Field::text(Input::Recipient, &admin, text::RECIPIENT_PLACEHOLDER),
    ];
    let form = Form::new(text::RESTORE_ADMIN_TITLE, text::RESTORE_ADMIN_SUBMIT, fields);
    app.push_form(Purpose::Invitations(FormKind::RestoreAdmin(row.tenant_id)), form);
    Ok(())
}

pub(super) fn open_accept_form(app: &mut App) -> Result<()> {
    if app.refused(Operation::AcceptInvitation) {
        return Ok(());
    }
    let Some(inv) = current_invitation(app).cloned() else { return Ok(()) };
    if inv.status_at(app.now()) != InvitationStatus::Sent {
        app.error(text::not_waiting(&inv.id.to_string(), &inv.status_at(app.now()).in_sentence().to_string()));
        return Ok(());
    }
    let read = app.book().read()?;
    if inv.kind.is_offer() {
        let Some(terms) = read.offer_terms(inv.id)? else { return Ok(()) };
        return offers::open_use_offer_form(app, &inv.token, terms);
    }
    let customer = inv.customer.and_then(|t| read.customer(t).ok().flatten());
    let partner = app.org.as_ref().map_or_else(String::new, |o| o.name.clone());
    let includes = match (inv.restores_admin, inv.include_admin) {
        (true, _) => text::INCLUDES_RESTORE_ADMIN,
        (false, true) => text::INCLUDES_DAP,
        (false, false) => text::INCLUDES_RESELLER,
    };
    let mut fields = vec![
        Field::fixed(Input::Invitation, text::invitation_from(&inv.id.to_string(), &partner)),
        Field::fixed(Input::Includes, includes),
    ];
    if let Some(c) = &customer {
        if c.mca.is_none() {
            fields.push(Field::toggle(Input::Mca, false, None).with_hint(text::mca_hint(&c.company_name)));
        }
        if let Some(holder) =
            c.admin.as_ref().filter(|a| inv.include_admin && Some(a.partner) != app.org.as_ref().map(|o| o.partner_id))
        {
            let name = crate::app::partners::partner_name(app.org.as_ref(), app.directory(), holder.partner);
            let hint = text::move_or_keep_admin_hint(&name, &partner, inv.restores_admin);
            fields.push(Field::toggle(Input::MoveAdmin, false, None).with_hint(hint));
        }
        fields.push(Field::fixed(Input::Where, text::accept_where(c.cloud.acceptance_portal())));
    }
    let form = Form::new(text::ACCEPT_TITLE, text::ACCEPT_SUBMIT, fields);
    app.push_form(Purpose::Invitations(FormKind::Accept(inv.token.clone())), form);
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    match kind {
        FormKind::Request(tenant) => {
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
            let include_admin = form.toggle(&Input::DelegatedAdmin);
            let request = Request { target, include_admin, recipient, language: chosen_language(form) };
            draft(app, request)?;
        }
        FormKind::RestoreAdmin(tenant) => {
            let request = Request {
                target: Target::RestoreAdmin(tenant),
                include_admin: true,
                recipient: form.text(&Input::Recipient),
                language: None,
            };
            draft(app, request)?;
        }
        FormKind::Accept(token) => {
            // The form shows the move only when another partner holds admin privileges: left
            // clear, the customer keeps them there (the form's hint says so).
            let moving = form.has(&Input::MoveAdmin) && form.toggle(&Input::MoveAdmin);
            let choices = AcceptChoices {
                accept_mca: form.toggle(&Input::Mca),
                take_admin_from_current_holder: moving,
                keep_admin_with_current_holder: form.has(&Input::MoveAdmin) && !moving,
            };
            let result = {
                let ctx = app.op_ctx()?;
                ops::accept(app.book(), &ctx, &token, choices)
            };
            match result {
                Ok(outcome) => {
                    app.overlays.clear();
                    app.reload()?;
                    app.info(text::accepted_answer(
                        &outcome.partner,
                        outcome.admin_privileges,
                        outcome.admin_not_granted,
                        outcome.restores_admin,
                        outcome.portal,
                    ));
                }
                Err(e) => app.report(e),
            }
        }
    }
    Ok(())
}

/// Drafts the requested invitation and opens its email in the editor; a refusal is said where
/// the operator is looking and nothing is written.
fn draft(app: &mut App, request: Request) -> Result<()> {
    let result = {
        let ctx = app.op_ctx()?;
        ops::request(app.book(), &ctx, request, &app.hosts)
    };
    match result {
        Ok(inv) => {
            app.overlays.pop();
            app.reload()?;
            app.info(text::drafted(&inv.id.to_string(), &text::addressee(&inv.customer_name)));
            app.overlays.push(Overlay::Editor(Box::new(EmailEditor::new(inv))));
        }
        Err(e) => app.report(e),
    }
    Ok(())
}
