//! The first-run setup screen: on a book with no organization, the same fields as
//! `partnerdesk init`; on Enter the book is set up and the operator lands on the Customers tab,
//! signed in as its first Global admin.

use super::form::{Field, Form};
use super::overlay::{Overlay, Purpose};
use super::partners::{cloud_labels, reseller_labels};
use super::{App, Tab};
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::permission::Actor;
use crate::domain::setup::{ResellerChoice, SetupInput};
use crate::operations::setup::{self as ops, SetupError};
use crate::text;
use anyhow::Result;

/// Opens the setup form when the book has no organization and this session may write.
pub(super) fn open_if_empty(app: &mut App) {
    if app.org.is_some() || app.session.read_only || app.session.customer_tenant().is_some() {
        return;
    }
    let fields = vec![
        Field::text(Input::Company, "", "Sao Mai Cloud Solutions"),
        Field::text(Input::PartnerId, "", "4512345"),
        Field::text(Input::TenantId, "", "8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c").with_hint(text::SETUP_TENANT_HINT),
        Field::text(Input::Country, "", "VN"),
        Field::choice(Input::Cloud, cloud_labels(), 0),
        Field::choice(Input::Reseller, reseller_labels(), 0),
        Field::text(Input::ProviderTenant, "", "").with_hint(text::PROVIDER_TENANT_HINT),
        Field::toggle(Input::Advisor, false, None).with_hint(text::ADVISOR_HINT),
        Field::toggle(Input::DapCertified, false, None),
        Field::text(Input::AdminName, "", "Nguyễn Thị Lan"),
        Field::text(Input::AdminEmail, "", "lan@saomai.vn").with_hint(text::SETUP_ADMIN_HINT),
        Field::text(Input::Phone, "", "+84 28 3822 1234").with_hint(text::SETUP_PHONE_HINT),
    ];
    app.push_form(Purpose::Setup, Form::new(text::SETUP_TITLE, text::SETUP_SUBMIT, fields));
}

pub(super) fn submit(app: &mut App) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    let input = SetupInput {
        company: form.text(&Input::Company),
        partner_id: form.text(&Input::PartnerId),
        tenant_id: form.text(&Input::TenantId),
        country: form.text(&Input::Country),
        cloud: Cloud::ALL.get(form.choice(&Input::Cloud)).copied(),
        reseller: ResellerChoice::ALL.get(form.choice(&Input::Reseller)).copied().unwrap_or_default(),
        provider_tenant: form.text(&Input::ProviderTenant),
        advisor: form.toggle(&Input::Advisor),
        dap_certified: form.toggle(&Input::DapCertified),
        email: String::new(),
        phone: form.text(&Input::Phone),
        admin_name: form.text(&Input::AdminName),
        admin_email: form.text(&Input::AdminEmail),
    };
    let stamp = app.session.stamp(app.now());
    match ops::init(app.book(), &stamp, &input) {
        Ok((org, admin)) => {
            app.overlays.pop();
            app.session.actor = Some(Actor::Partner(admin.clone()));
            app.org = Some(org.clone());
            app.reload()?;
            app.tab = Tab::Customers;
            app.info(text::set_up(&org.name, admin.email.as_str()));
        }
        Err(SetupError::Invalid(refusals)) => {
            if let (Some(first), Some(Overlay::Form(state))) = (refusals.into_iter().next(), app.overlays.last_mut()) {
                state.form.refuse(first);
            }
        }
        Err(SetupError::Write(e)) => app.report(e),
    }
    Ok(())
}
