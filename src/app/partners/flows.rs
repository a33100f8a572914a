//! The Partners tab's workflows: the company profile, the partner directory with "Check ID",
//! and — on the customer's side — partners of record and removing a partner.

use super::{Act, FormKind};
use crate::app::action::Action;
use crate::app::form::{Field, Form};
use crate::app::overlay::{Overlay, Purpose};
use crate::app::{App, permissions};
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::ids::{PartnerId, SubscriptionId, TenantId};
use crate::domain::org::{DirectoryKind, DirectoryPartner, ResellerKind};
use crate::domain::partner_contact::ContactInput;
use crate::domain::partners::{self as rules, DirectoryInput, ProfileInput};
use crate::domain::permission::Operation;
use crate::domain::setup::ResellerChoice;
use crate::operations::partners as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;

const KINDS: [DirectoryKind; 4] = [
    DirectoryKind::DirectReseller,
    DirectoryKind::IndirectProvider,
    DirectoryKind::IndirectReseller,
    DirectoryKind::Advisor,
];

pub(super) fn open_check_id_form(app: &mut App) {
    let form =
        Form::new(text::CHECK_ID_TITLE, text::CHECK_ID_SUBMIT, vec![Field::text(Input::PartnerId, "", "4512345")]);
    app.push_form(Purpose::Partners(FormKind::CheckId), form);
}

pub(super) fn open_selected_directory_form(app: &mut App) {
    if let Some(p) = app.partners.list.selected_item().map(|i| app.partners.directory[i].clone()) {
        open_directory_form(app, Some(p), "");
    }
}

pub(super) fn open_profile_form(app: &mut App) -> Result<()> {
    let Some(org) = app.org.clone() else { return Ok(()) };
    let has_customers = app.book().read()?.customer_count()? > 0;
    let provider = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { provider_tenant }) => provider_tenant.to_string(),
        _ => String::new(),
    };
    let reseller = ResellerChoice::of(org.authorizations.reseller);
    let mut fields = vec![
        Field::text(Input::Name, &org.name, ""),
        Field::text(Input::PartnerId, &org.partner_id.to_string(), ""),
        Field::text(Input::Address, &org.address.line1, ""),
        Field::text(Input::City, &org.address.city, ""),
        Field::text(Input::PostalCode, &org.address.postal_code, ""),
        Field::text(Input::Email, org.email.as_str(), ""),
        Field::text(Input::Phone, &org.phone, ""),
        Field::text(Input::Country, org.country.as_str(), ""),
        Field::toggle(Input::Advisor, org.authorizations.advisor, None).with_hint(text::ADVISOR_HINT),
        Field::toggle(Input::DapCertified, org.authorizations.delegated_admin_certified, None),
    ];
    if has_customers {
        // The cloud and the reseller type decided every relationship's rules and links.
        fields.push(Field::fixed(Input::Cloud, org.cloud.label()).with_hint(text::FIXED_WITH_CUSTOMERS));
        fields.push(Field::fixed(Input::Reseller, reseller.label()).with_hint(text::FIXED_WITH_CUSTOMERS));
    } else {
        fields.push(Field::choice(Input::Cloud, cloud_labels(), cloud_index(org.cloud)));
        fields.push(Field::choice(Input::Reseller, reseller_labels(), reseller_index(reseller)));
        fields.push(Field::text(Input::ProviderTenant, &provider, "").with_hint(text::PROVIDER_TENANT_HINT));
    }
    let purpose = Purpose::Partners(FormKind::Profile { version: org.version, fixed_kind: has_customers });
    app.push_form(purpose, Form::new(text::PROFILE_TITLE, text::SAVE, fields));
    Ok(())
}

pub(super) fn open_directory_form(app: &mut App, editing: Option<DirectoryPartner>, id: &str) {
    let clouds = cloud_labels();
    let kinds: Vec<String> = KINDS.iter().map(|k| k.label().to_string()).collect();
    let e = editing.as_ref();
    let id_text = e.map_or_else(|| id.to_string(), |p| p.partner_id.to_string());
    let contact =
        e.and_then(|p| app.book().read().ok()?.partner_contact(p.partner_id).ok().flatten()).unwrap_or_default();
    let email = contact.email.as_ref().map_or("", |e| e.as_str());
    let mut fields = vec![
        Field::text(Input::PartnerId, &id_text, "5120044"),
        Field::text(Input::Name, e.map_or("", |p| p.name.as_str()), ""),
        Field::text(Input::Country, e.map_or("", |p| p.country.as_str()), "VN"),
        Field::choice(Input::Cloud, clouds, e.and_then(|p| Cloud::ALL.iter().position(|c| *c == p.cloud)).unwrap_or(0)),
        Field::choice(Input::Kind, kinds, e.and_then(|p| KINDS.iter().position(|k| *k == p.kind)).unwrap_or(0)),
    ];
    // What its customers see of it (rule 15); each may stay empty.
    fields.extend([
        Field::text(Input::Email, email, "hello@partner.com").with_hint(text::PARTNER_CONTACT_HINT),
        Field::text(Input::Phone, &contact.phone, ""),
        Field::text(Input::Address, &contact.address.line1, ""),
        Field::text(Input::City, &contact.address.city, ""),
        Field::text(Input::PostalCode, &contact.address.postal_code, ""),
    ]);
    let title = if editing.is_some() { text::DIRECTORY_EDIT_TITLE } else { text::DIRECTORY_ADD_TITLE };
    let mut form = Form::new(title, text::SAVE, fields);
    if editing.is_none() && !id.is_empty() {
        form.error =
            Some(crate::domain::Refusal::new(crate::domain::msg::PartnerMsg::AddUnknown { id: id.to_string() }));
        form.next_field();
    }
    app.push_form(Purpose::Partners(FormKind::Directory(editing.map(|p| p.partner_id))), form);
}

pub(super) fn open_por_form(app: &mut App) -> Result<()> {
    let Some(tenant) = app.session.customer_tenant() else { return Ok(()) };
    let Some(customer) = app.book().read()?.customer(tenant)? else { return Ok(()) };
    if customer.subscriptions.is_empty() {
        app.error(text::NO_SUBSCRIPTIONS);
        return Ok(());
    }
    let choices = customer
        .subscriptions
        .iter()
        .map(|s| {
            let por = s
                .partner_of_record
                .map_or_else(|| text::NONE.to_string(), |p| app.partners.name_of(app.org.as_ref(), p));
            text::subscription_choice(&s.id.to_string(), &s.offer, &por)
        })
        .collect();
    let ids = customer.subscriptions.iter().map(|s| s.id).collect();
    let fields = vec![
        Field::choice(Input::Subscription, choices, 0),
        Field::text(Input::PartnerId, "", "4512345").with_hint(text::POR_CLEAR_HINT),
    ];
    app.push_form(
        Purpose::Partners(FormKind::PartnerOfRecord(tenant, ids)),
        Form::new(text::POR_TITLE, text::SAVE, fields),
    );
    Ok(())
}

/// `d` on the customer's partner list: a reseller cannot be removed by the customer (the
/// reason is shown); an admin-privileges holder or an advisor can, after a question.
pub(super) fn remove_selected_partner(app: &mut App) -> Result<()> {
    let Some(tenant) = app.session.customer_tenant() else { return Ok(()) };
    let Some(p) = app.partners.list.selected_item().map(|i| app.partners.related[i].clone()) else { return Ok(()) };
    let Some(customer) = app.book().read()?.customer(tenant)? else { return Ok(()) };
    // Ask only when it can be done: the domain's own rules say first.
    let possible = if p.admin {
        app.would_succeed(|actor| crate::domain::admin::remove_legacy_admin(actor, &customer))
    } else if p.kinds.contains(&crate::domain::customer::RelationshipKind::Advisor) {
        app.would_succeed(|actor| rules::remove_advisor(actor, &customer, p.partner_id))
    } else {
        true
    };
    if !possible {
        return Ok(());
    }
    if p.admin {
        app.confirm(
            text::remove_legacy_prompt(&p.name),
            permissions::remove_admin_detail(app, &customer),
            Action::Permissions(permissions::Act::RemoveLegacyAdminConfirmed(tenant)),
            None,
        );
    } else if p.kinds.contains(&crate::domain::customer::RelationshipKind::Advisor) {
        app.confirm(
            text::remove_advisor_prompt(&p.name),
            text::REMOVE_ADVISOR_DETAIL,
            Action::Partners(Act::RemoveAdvisorConfirmed(tenant, p.partner_id)),
            None,
        );
    } else {
        app.error(rules::customer_cannot_remove_reseller(&p.name).msg.to_string());
    }
    Ok(())
}

pub(super) fn remove_advisor(app: &mut App, tenant: TenantId, partner: PartnerId) -> Result<()> {
    app.run_and_report(|app, ctx| {
        ops::remove_advisor(app.book(), ctx, tenant, partner)
            .map(|c| text::advisor_removed(&app.partners.name_of(app.org.as_ref(), partner), &c.company_name))
    })
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    if let FormKind::CheckId = kind {
        let raw = form.text(&Input::PartnerId);
        let Some(org) = app.org.clone() else { return Ok(()) };
        match rules::check_id(&raw, &org, app.directory()) {
            Ok(found) => {
                app.overlays.pop();
                app.info(text::checked(&found.partner_id.to_string(), &found.name));
            }
            // Well formed but unknown: offer to add it.
            Err(_) if crate::domain::validate::partner_id(Input::PartnerId, &raw).is_ok() => {
                app.overlays.pop();
                if !app.refused(Operation::ManageDirectory) {
                    open_directory_form(app, None, raw.trim());
                }
            }
            Err(refusal) => {
                if let Some(Overlay::Form(state)) = app.overlays.last_mut() {
                    state.form.refuse(refusal);
                }
            }
        }
        return Ok(());
    }
    if let FormKind::PartnerOfRecord(tenant, ids) = &kind {
        let sub = ids[form.choice(&Input::Subscription).min(ids.len().saturating_sub(1))];
        let raw = form.text(&Input::PartnerId);
        if !raw.trim().is_empty() {
            return check_partner_of_record(app, *tenant, sub, &raw);
        }
    }
    let result = {
        let ctx = app.op_ctx()?;
        let book = app.book();
        match kind {
            FormKind::Profile { version, fixed_kind } => {
                let input = ProfileInput {
                    name: form.text(&Input::Name),
                    partner_id: form.text(&Input::PartnerId),
                    line1: form.text(&Input::Address),
                    city: form.text(&Input::City),
                    postal_code: form.text(&Input::PostalCode),
                    email: form.text(&Input::Email),
                    phone: form.text(&Input::Phone),
                    country: form.text(&Input::Country),
                    advisor: form.toggle(&Input::Advisor),
                    delegated_admin_certified: form.toggle(&Input::DapCertified),
                    cloud: (!fixed_kind).then(|| Cloud::ALL[form.choice(&Input::Cloud).min(3)]),
                    reseller: (!fixed_kind).then(|| ResellerChoice::ALL[form.choice(&Input::Reseller).min(2)]),
                    provider_tenant: form.text(&Input::ProviderTenant),
                };
                ops::edit_profile(book, &ctx, version, &input).map(|o| text::partner_saved(&o.name))
            }
            FormKind::Directory(editing) => {
                let input = DirectoryInput {
                    partner_id: form.text(&Input::PartnerId),
                    name: form.text(&Input::Name),
                    country: form.text(&Input::Country),
                    cloud: Cloud::ALL.get(form.choice(&Input::Cloud)).copied(),
                    kind: KINDS.get(form.choice(&Input::Kind)).copied(),
                    contact: ContactInput {
                        email: form.text(&Input::Email),
                        phone: form.text(&Input::Phone),
                        line1: form.text(&Input::Address),
                        city: form.text(&Input::City),
                        postal_code: form.text(&Input::PostalCode),
                    },
                };
                ops::save_directory_partner(book, &ctx, &input, editing).map(|p| text::partner_saved(&p.name))
            }
            FormKind::PartnerOfRecord(tenant, ids) => {
                // An id was checked above; an empty one clears the partner of record.
                let sub = ids[form.choice(&Input::Subscription).min(ids.len().saturating_sub(1))];
                ops::set_partner_of_record(book, &ctx, tenant, sub, "").map(|_| text::por_cleared(&sub.to_string()))
            }
            FormKind::CheckId => return Ok(()),
        }
    };
    app.finish_form(result)
}

/// Rule 10's "Check ID" step on the customer's side: the partner the id names is shown — name,
/// kind, country, cloud — and saved only when the customer says yes; a refusal stays on the form.
fn check_partner_of_record(app: &mut App, tenant: TenantId, sub: SubscriptionId, raw: &str) -> Result<()> {
    let Some(org) = app.org.clone() else { return Ok(()) };
    let (customer, directory) = {
        let read = app.book().read()?;
        (read.customer(tenant)?, read.directory()?)
    };
    let Some(customer) = customer else { return Ok(()) };
    match rules::check_partner_of_record(raw, &org, &directory, &customer) {
        Ok(found) => {
            app.overlays.pop();
            let kind = found.kind.map(|k| k.label().to_string()).unwrap_or_default();
            app.confirm(
                text::por_confirm(&found.name, &sub.to_string()),
                text::por_found(
                    &found.name,
                    &kind,
                    found.country,
                    &found.cloud.label().to_string(),
                    &found.partner_id.to_string(),
                ),
                Action::Partners(Act::PartnerOfRecordConfirmed(tenant, sub, found.partner_id)),
                None,
            );
        }
        Err(refusal) => {
            if let Some(Overlay::Form(state)) = app.overlays.last_mut() {
                state.form.refuse(refusal);
            }
        }
    }
    Ok(())
}

pub(super) fn save_partner_of_record(
    app: &mut App,
    tenant: TenantId,
    sub: SubscriptionId,
    partner: PartnerId,
) -> Result<()> {
    app.run_and_report(|app, ctx| {
        ops::set_partner_of_record(app.book(), ctx, tenant, sub, &partner.to_string()).map(|_| {
            text::por_set(&sub.to_string(), &format!("{partner} {}", app.partners.name_of(app.org.as_ref(), partner)))
        })
    })
}

/// The clouds, as a form's choice lists them.
pub(crate) fn cloud_labels() -> Vec<String> {
    Cloud::ALL.iter().map(|c| c.label().to_string()).collect()
}

fn cloud_index(cloud: Cloud) -> usize {
    Cloud::ALL.iter().position(|c| *c == cloud).unwrap_or(0)
}

/// How the partner resells, as a form's choice lists it.
pub(crate) fn reseller_labels() -> Vec<String> {
    ResellerChoice::ALL.iter().map(|c| c.label().to_string()).collect()
}

fn reseller_index(choice: ResellerChoice) -> usize {
    ResellerChoice::ALL.iter().position(|c| *c == choice).unwrap_or(0)
}
