//! Offers on screen (rule 12): the trial, purchase and delegated-admin offer forms on the
//! partner side, and on the customer side the link lookup and the form that uses an offer.
//! The forms pre-check with the same domain functions the operations enforce, so a partner
//! without the authorization is told why before filling anything in.

use super::FormKind;
use crate::app::editor::EmailEditor;
use crate::app::form::{Field, Form};
use crate::app::overlay::{Overlay, Purpose};
use crate::app::{App, Tab};
use crate::domain::Input;
use crate::domain::invitation::{Invitation, InvitationKind};
use crate::domain::offer::{self, OfferTerms, UseChoices};
use crate::domain::permission::Operation;
use crate::operations::offers::{self as ops, Request};
use crate::store::Reads;
use crate::text;
use anyhow::Result;

/// A customer who wants different licence counts gets a new offer: the form opens with the
/// open offer's choices, to change and send.
pub(super) fn open_like_current(app: &mut App) {
    let open = match app.overlays.last() {
        Some(Overlay::Invitation(id)) => app.invitations.find(*id).cloned(),
        _ => None,
    };
    if let Some(inv) = open.filter(|i| i.kind.is_offer()) {
        let terms = app.invitations.offers.get(&inv.id).cloned();
        open_offer_form(app, inv.kind, Some((inv, terms)));
    }
}

/// The customer pastes an offer's link.
pub(super) fn open_link_form(app: &mut App) {
    if app.refused(Operation::AcceptInvitation) {
        return;
    }
    let link = Field::text(Input::Link, "", text::LINK_PLACEHOLDER);
    let form = Form::new(text::USE_LINK_TITLE, text::USE_LINK_SUBMIT, vec![link]);
    app.push_form(Purpose::Offers(FormKind::Link), form);
}

/// Says why the partner may not make this kind of offer, before the form opens.
fn offer_refused(app: &mut App, kind: InvitationKind) -> bool {
    if app.refused(Operation::SendOffer) {
        return true;
    }
    let Some(org) = app.org.as_ref() else { return true };
    let reason = match kind {
        InvitationKind::DelegatedAdminOffer => offer::admin_not_certified(org),
        _ => offer::not_advisor(org),
    };
    match reason {
        Some(reason) => {
            app.error(reason.to_string());
            true
        }
        None => false,
    }
}

/// The form for a new offer of `kind`; `like` fills it with an earlier offer's choices.
pub(super) fn open_offer_form(app: &mut App, kind: InvitationKind, like: Option<(Invitation, Option<OfferTerms>)>) {
    if offer_refused(app, kind) {
        return;
    }
    let Some(catalogue) = app.catalogue() else { return };
    let Some(org) = app.org.clone() else { return };
    let (like, terms) = like.map_or((None, None), |(inv, terms)| (Some(inv), terms));
    let tenant = match &like {
        Some(inv) => inv.customer,
        None if app.tab == Tab::Customers => app.customers.selected_row().map(|r| r.tenant_id),
        None => None,
    };
    let customer = tenant.and_then(|t| app.book().read().ok()?.customer(t).ok()?);
    let mut recipient = like.as_ref().and_then(|i| i.recipient.as_ref()).map(|r| r.to_string());
    let mut fields = Vec::new();
    if let Some(c) = &customer {
        fields.push(Field::fixed(Input::Customer, format!("{} ({})", c.company_name, c.primary_domain)));
        recipient = recipient.or_else(|| c.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string()));
    } else {
        fields.push(Field::fixed(Input::Customer, text::ANYONE_WITH_LINK));
    }
    fields.push(Field::text(Input::Recipient, &recipient.unwrap_or_default(), text::RECIPIENT_OPTIONAL));
    let offered = |id: u32| terms.as_ref().and_then(|t| t.lines.iter().find(|l| l.offer == id)).map(|l| l.quantity);
    let (title, offers) = match kind {
        InvitationKind::Trial => {
            let trials: Vec<_> = catalogue.iter().filter_map(|o| o.trial.map(|t| (o, t))).collect();
            let options = trials.iter().map(|(o, t)| text::trial_option(&o.name, t.licences, t.days)).collect();
            let chosen = trials.iter().position(|(o, _)| offered(o.id).is_some()).unwrap_or(0);
            fields.push(Field::choice(Input::Offer, options, chosen));
            (text::TRIAL_TITLE, trials.iter().map(|(o, _)| o.id).collect())
        }
        InvitationKind::PurchaseOffer => {
            for (i, o) in catalogue.iter().enumerate() {
                let value = offered(o.id).map(|q| q.to_string()).unwrap_or_default();
                let field =
                    Field::text(Input::OfferLicences(o.id), &value, text::up_to(o.max_licences)).named(o.name.clone());
                fields.push(if i == 0 { field.with_hint(text::PURCHASE_HINT) } else { field });
            }
            (text::PURCHASE_TITLE, catalogue.iter().map(|o| o.id).collect())
        }
        _ => {
            fields.push(Field::fixed(Input::Includes, text::ADMIN_OFFER_INCLUDES));
            (text::ADMIN_OFFER_TITLE, Vec::new())
        }
    };
    if kind != InvitationKind::DelegatedAdminOffer {
        let locked = offer::admin_not_certified(&org).map(crate::domain::Msg::from);
        let hint = locked.as_ref().map_or_else(|| text::OFFER_DAP_HINT.to_string(), ToString::to_string);
        let on = locked.is_none() && like.as_ref().is_none_or(|i| i.include_admin);
        fields.push(Field::toggle(Input::DelegatedAdmin, on, locked).with_hint(hint));
    }
    let purpose = Purpose::Offers(FormKind::Offer { kind, customer: customer.map(|c| c.tenant_id), offers });
    app.push_form(purpose, Form::new(title, text::OFFER_SUBMIT, fields));
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    match kind {
        FormKind::Offer { kind, customer, offers } => {
            let lines = match kind {
                InvitationKind::Trial => {
                    offers.get(form.choice(&Input::Offer)).map(|id| (*id, String::new())).into_iter().collect()
                }
                InvitationKind::PurchaseOffer => offers
                    .iter()
                    .map(|id| (*id, form.text(&Input::OfferLicences(*id))))
                    .filter(|(_, quantity)| !quantity.trim().is_empty())
                    .collect(),
                _ => Vec::new(),
            };
            let request = Request {
                kind,
                lines,
                include_admin: form.toggle(&Input::DelegatedAdmin),
                customer,
                recipient: form.text(&Input::Recipient),
            };
            let result = {
                let ctx = app.op_ctx()?;
                ops::request(app.book(), &ctx, request, &app.hosts)
            };
            match result {
                Ok((inv, _)) => {
                    app.overlays.pop();
                    app.reload()?;
                    app.info(text::offer_drafted(&inv.id.to_string()));
                    app.overlays.push(Overlay::Editor(Box::new(EmailEditor::new(inv))));
                }
                Err(e) => app.report(e),
            }
        }
        FormKind::Link => {
            let link = form.text(&Input::Link);
            let found = ops::offer_of_link(&app.book().read()?, &link);
            match found {
                Ok((inv, terms)) => {
                    app.overlays.pop();
                    open_use_offer_form(app, &inv.token, terms)?;
                }
                Err(e) => app.report(e),
            }
        }
        FormKind::Use(token, offered) => {
            let quantities = offered
                .iter()
                .map(|(id, quantity)| (*id, form.text(&Input::OfferLicences(*id)), *quantity))
                .filter(|(_, typed, quantity)| typed.trim() != quantity.to_string())
                .map(|(id, typed, _)| (id, typed))
                .collect();
            let choices = UseChoices {
                accept_mca: form.toggle(&Input::Mca),
                take_admin_from_current_holder: form.toggle(&Input::MoveAdmin),
                quantities,
            };
            let result = {
                let ctx = app.op_ctx()?;
                ops::use_link(app.book(), &ctx, &token, &choices)
            };
            match result {
                Ok(outcome) => {
                    app.overlays.clear();
                    app.reload()?;
                    let id = outcome.invitation.to_string();
                    let n = outcome.subscriptions.len();
                    app.info(text::offer_used(&id, n, &outcome.partner, outcome.admin_privileges));
                }
                Err(e) => app.report(e),
            }
        }
    }
    Ok(())
}

/// The customer's form for using an offer: what it gives, each purchase licence count
/// editable (the customer may buy a different count), the agreement and admin choices.
pub(crate) fn open_use_offer_form(app: &mut App, token: &str, terms: OfferTerms) -> Result<()> {
    if app.refused(Operation::AcceptInvitation) {
        return Ok(());
    }
    let read = app.book().read()?;
    let Some(inv) = read.invitation_by_token(token)? else { return Ok(()) };
    let customer = match app.session.customer_tenant() {
        Some(t) => read.customer(t)?,
        None => None,
    };
    let partner = app.org.as_ref().map_or_else(String::new, |o| o.name.clone());
    let mut fields = vec![Field::fixed(
        Input::Invitation,
        text::offer_from(&inv.id.to_string(), &inv.kind.label().to_string(), &partner),
    )];
    let mut offered = Vec::new();
    for line in &terms.lines {
        if inv.kind == InvitationKind::Trial {
            let days = terms.trial_days.unwrap_or_default();
            fields.push(Field::fixed(Input::Trial, text::trial_option(&line.name, line.quantity, days)));
        } else {
            let hint = text::offered_licences(line.quantity, line.max_licences);
            let field = Field::text(Input::OfferLicences(line.offer), &line.quantity.to_string(), "");
            fields.push(field.named(line.name.clone()).with_hint(hint));
            offered.push((line.offer, line.quantity));
        }
    }
    if inv.include_admin {
        fields.push(Field::fixed(Input::Includes, text::offer_includes_dap(&partner)));
    }
    if let Some(c) = &customer {
        if inv.kind == InvitationKind::PurchaseOffer && c.mca.is_none() {
            fields.push(Field::toggle(Input::Mca, false, None).with_hint(text::mca_hint(&c.company_name)));
        }
        if let Some(holder) =
            c.admin.as_ref().filter(|a| inv.include_admin && Some(a.partner) != app.org.as_ref().map(|o| o.partner_id))
        {
            let name = crate::app::partners::partner_name(app.org.as_ref(), app.directory(), holder.partner);
            let hint = text::move_admin_hint(&name, &partner);
            fields.push(Field::toggle(Input::MoveAdmin, false, None).with_hint(hint));
        }
    }
    let form = Form::new(text::USE_LINK_TITLE, text::USE_OFFER_SUBMIT, fields);
    app.push_form(Purpose::Offers(FormKind::Use(inv.token.clone(), offered)), form);
    Ok(())
}
