//! The Customers tab's forms: add and edit a customer, support contacts, service requests,
//! product keys; and removing the reseller relationship.

use super::{Act, FormKind};
use crate::app::App;
use crate::app::action::Action;
use crate::app::form::{Field, Form};
use crate::app::overlay::{Overlay, Purpose};
use crate::domain::Input;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::country::Cloud;
use crate::domain::customer::{Customer, Severity};
use crate::domain::customer_changes::{self as rules, Details, NewCustomer};
use crate::domain::ids::{Email, TenantId};
use crate::domain::msg::{CustomerMsg, Msg};
use crate::operations::customers as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;

const SEVERITIES: [Severity; 3] = [Severity::A, Severity::B, Severity::C];

/// Says at once what would refuse removing the reseller relationship, or asks first. Active
/// subscriptions do not end it there: the question offers to suspend them in the same step. Either
/// question says what survives the removal.
pub(super) fn ask_remove_reseller(app: &mut App) -> Result<()> {
    let Some(customer) = selected_customer(app)? else { return Ok(()) };
    let Some(partner) = app.org.as_ref().map(|o| o.partner_id) else { return Ok(()) };
    let read = app.book().read()?;
    let users = read.partner_users()?;
    let remains = survivors_text(&customer, partner, &read.admin_relationships_of(customer.tenant_id)?, app.now());
    let detail = text::removal_detail(&customer.company_name, &remains);
    match rules::remove_reseller(&customer, partner, &users) {
        Ok(_) => {
            let prompt = text::remove_reseller_prompt(&customer.company_name);
            let yes = Action::Customers(Act::RemoveResellerConfirmed(customer.tenant_id));
            app.confirm(&prompt, &detail, yes, None);
        }
        Err(refusal) => match &refusal.msg {
            Msg::Customer(CustomerMsg::LiveSubscriptions { subscriptions, .. }) => {
                let ids: Vec<String> = subscriptions.iter().map(ToString::to_string).collect();
                let prompt = text::suspend_and_remove_prompt(&customer.company_name, &ids);
                let yes = Action::Customers(Act::SuspendAndRemoveConfirmed(customer.tenant_id));
                app.confirm(&prompt, &detail, yes, None);
            }
            _ => app.error(refusal.msg.to_string()),
        },
    }
    Ok(())
}

/// The relationships that stay once the reseller relationship is removed, as the question says them.
fn survivors_text(
    customer: &Customer,
    partner: crate::domain::ids::PartnerId,
    granular: &[crate::domain::admin::AdminRelationship],
    now: crate::domain::Timestamp,
) -> Vec<String> {
    let left = rules::survivors(customer, partner, granular, now);
    let kinds = left.kinds.iter().map(|k| k.label().to_string());
    kinds.chain(left.granular.iter().map(|id| text::granular_remains(&id.to_string()))).collect()
}

pub(super) fn selected_customer(app: &mut App) -> Result<Option<Customer>> {
    let Some(id) = app.customers.selected_row().map(|r| r.tenant_id) else {
        app.error(text::NOTHING_SELECTED);
        return Ok(None);
    };
    app.book().read()?.customer(id)
}

pub(super) fn open_new_customer_form(app: &mut App) {
    let Some(org) = app.org.clone() else { return };
    let clouds: Vec<String> = Cloud::ALL.iter().map(|c| c.label().to_string()).collect();
    let cloud = Cloud::ALL.iter().position(|c| *c == org.cloud).unwrap_or(0);
    let form = Form::new(
        text::NEW_CUSTOMER_TITLE,
        text::NEW_CUSTOMER_SUBMIT,
        vec![
            Field::text(Input::Company, "", text::COMPANY_PLACEHOLDER),
            Field::text(Input::Domain, "", "contoso").with_hint(text::NEW_CUSTOMER_DOMAIN_HINT),
            Field::text(Input::Country, org.country.as_str(), "VN"),
            Field::choice(Input::Cloud, clouds, cloud),
            Field::text(Input::AdminName, "", ""),
            Field::text(Input::AdminEmail, "", text::CONTACT_PLACEHOLDER),
        ],
    );
    app.push_form(Purpose::Customers(FormKind::New), form);
}

pub(super) fn open_edit_form(app: &mut App) -> Result<()> {
    let Some(c) = selected_customer(app)? else { return Ok(()) };
    let form = Form::new(
        text::EDIT_CUSTOMER_TITLE,
        text::SAVE,
        vec![
            Field::fixed(Input::Domain, c.primary_domain.to_string()),
            Field::text(Input::Company, &c.company_name, ""),
            Field::text(Input::Address, &c.address.line1, ""),
            Field::text(Input::City, &c.address.city, ""),
            Field::text(Input::PostalCode, &c.address.postal_code, ""),
        ],
    );
    app.push_form(Purpose::Customers(FormKind::Edit(c.tenant_id, c.version)), form);
    Ok(())
}

pub(super) fn open_contacts_form(app: &mut App) -> Result<()> {
    let targets = app.customers.targets();
    if targets.is_empty() {
        app.error(text::NOTHING_SELECTED);
        return Ok(());
    }
    let current: Vec<Email> = match targets.as_slice() {
        [one] => app.book().read()?.customer(*one)?.map(|c| c.support_contacts).unwrap_or_default(),
        _ => Vec::new(),
    };
    let read = app.book().read()?;
    // One customer: its list as it is, replaced by what is ticked; many: the ticked are added.
    let modes: Vec<String> = rules::ContactsMode::ALL.iter().map(|m| m.label().to_string()).collect();
    let mode = if targets.len() == 1 { rules::ContactsMode::Replace } else { rules::ContactsMode::Add };
    let mut fields = vec![
        Field::fixed(Input::Customer, targets_label(app, &targets)),
        Field::choice(
            Input::ContactsMode,
            modes,
            rules::ContactsMode::ALL.iter().position(|m| *m == mode).unwrap_or(0),
        )
        .with_hint(text::CONTACTS_MODE_HINT),
    ];
    for user in read.partner_users()?.into_iter().filter(|u| u.agent.admin || u.agent.helpdesk || u.is_global_admin()) {
        let on = current.contains(&user.email);
        fields.push(
            Field::toggle(Input::SupportContact(user.email.clone()), on, None)
                .named(user.email.to_string())
                .with_hint(format!("{} — {}", user.name, user.roles_summary())),
        );
    }
    let form = Form::new(text::CONTACTS_TITLE, text::SAVE, fields);
    app.push_form(Purpose::Customers(FormKind::SupportContacts(targets)), form);
    Ok(())
}

fn targets_label(app: &App, targets: &[TenantId]) -> String {
    match targets {
        [one] => app.customers.rows.iter().find(|r| r.tenant_id == *one).map_or_else(String::new, |r| r.name.clone()),
        many => text::marked(many.len()),
    }
}

pub(super) fn open_service_request_form(app: &mut App) {
    let Some(row) = app.customers.selected_row() else { return };
    let form = Form::new(
        text::SERVICE_REQUEST_TITLE,
        text::SERVICE_REQUEST_SUBMIT,
        vec![
            Field::fixed(Input::Customer, row.name.clone()),
            Field::text(Input::Title, "", ""),
            Field::text(Input::Description, "", ""),
            Field::choice(Input::Severity, SEVERITIES.iter().map(|s| s.label().to_string()).collect(), 1),
        ],
    );
    let id = row.tenant_id;
    app.push_form(Purpose::Customers(FormKind::ServiceRequest(id)), form);
}

/// Rule 13: a product key, for advisors only; the form records the customer's acceptance of the
/// Microsoft Customer Agreement when it is missing, and may offer delegated administration at the
/// same time (a delegated-admin offer for the customer, when the partner is certified for it).
pub(super) fn open_product_key_form(app: &mut App) -> Result<()> {
    let Some(org) = app.org.clone() else { return Ok(()) };
    if !org.authorizations.advisor {
        let refusal = CustomerMsg::ProductKeyNeedsAdvisor { partner: org.name.clone() };
        app.error(Msg::from(refusal).to_string());
        return Ok(());
    }
    let Some(catalogue) = app.catalogue() else { return Ok(()) };
    let Some(c) = selected_customer(app)? else { return Ok(()) };
    let offers = catalogue.iter().map(CatalogueOffer::label).collect();
    let mut fields = vec![
        Field::fixed(Input::Customer, c.company_name.clone()),
        Field::text(Input::ProductKey, "", text::PRODUCT_KEY_PLACEHOLDER),
        Field::choice(Input::Offer, offers, 0),
        Field::text(Input::Licences, "", "25"),
        Field::toggle(Input::PartnerOfRecord, true, None).with_hint(text::POR_HINT),
    ];
    match &c.mca {
        Some(m) => fields.push(Field::fixed(Input::Mca, text::mca_accepted(m.by.as_str(), &app.zone.date(&m.at)))),
        None => fields.push(Field::toggle(Input::Mca, false, None).with_hint(text::KEY_MCA_HINT)),
    }
    if org.authorizations.delegated_admin_certified {
        fields.push(Field::toggle(Input::DelegatedAdmin, false, None).with_hint(text::KEY_DAP_HINT));
    }
    let form = Form::new(text::PRODUCT_KEY_TITLE, text::PRODUCT_KEY_SUBMIT, fields);
    let kind = FormKind::ProductKey(c.tenant_id, catalogue.iter().map(|o| o.id).collect());
    app.push_form(Purpose::Customers(kind), form);
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    let result = {
        let ctx = app.op_ctx()?;
        let book = app.book();
        match kind {
            FormKind::New => {
                let input = NewCustomer {
                    company: form.text(&Input::Company),
                    domain: form.text(&Input::Domain),
                    country: form.text(&Input::Country),
                    cloud: Cloud::ALL.get(form.choice(&Input::Cloud)).copied(),
                    admin_name: form.text(&Input::AdminName),
                    admin_email: form.text(&Input::AdminEmail),
                };
                ops::add(book, &ctx, &input).map(|c| text::customer_added(&c.company_name))
            }
            FormKind::Edit(id, version) => {
                let details = Details {
                    company: form.text(&Input::Company),
                    line1: form.text(&Input::Address),
                    city: form.text(&Input::City),
                    postal_code: form.text(&Input::PostalCode),
                };
                ops::edit_details(book, &ctx, id, version, &details).map(|c| text::customer_saved(&c.company_name))
            }
            FormKind::ServiceRequest(id) => {
                let severity = SEVERITIES.get(form.choice(&Input::Severity)).copied().unwrap_or(Severity::B);
                ops::open_service_request(
                    book,
                    &ctx,
                    id,
                    &form.text(&Input::Title),
                    &form.text(&Input::Description),
                    severity,
                )
                .map(|c| text::request_opened(&c.company_name))
            }
            FormKind::ProductKey(id, offers) => {
                let req = ops::KeyRequest {
                    key: form.text(&Input::ProductKey),
                    offer: offers.get(form.choice(&Input::Offer)).copied().unwrap_or_default(),
                    quantity: form.text(&Input::Licences),
                    partner_of_record: form.toggle(&Input::PartnerOfRecord),
                    record_mca: form.toggle(&Input::Mca),
                };
                let offer_admin = form.toggle(&Input::DelegatedAdmin).then_some(&app.hosts);
                ops::add_subscription(book, &ctx, id, &req, offer_admin).map(|(c, offer)| match offer {
                    Some(inv) => text::subscription_added_with_offer(&c.company_name, &inv.id.to_string()),
                    None => text::subscription_added(&c.company_name),
                })
            }
            FormKind::SupportContacts(_) | FormKind::Record(_) => return Ok(()),
        }
    };
    if result.is_ok() {
        app.customers.marked.clear();
    }
    app.finish_form(result)
}

pub(super) fn remove_reseller(app: &mut App, id: TenantId) -> Result<()> {
    app.run_and_report(|app, ctx| {
        ops::remove_reseller(app.book(), ctx, id).map(|c| text::reseller_removed(&c.company_name))
    })
}

/// The answer to "suspend these and remove?": both in one transaction.
pub(super) fn suspend_and_remove_reseller(app: &mut App, id: TenantId) -> Result<()> {
    let live =
        app.book().read()?.customer(id)?.map_or(0, |c| c.subscriptions.iter().filter(|s| s.status.is_live()).count());
    app.run_and_report(|app, ctx| {
        ops::suspend_and_remove_reseller(app.book(), ctx, id)
            .map(|c| text::suspended_and_removed(&c.company_name, live))
    })
}
