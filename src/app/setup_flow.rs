//! The first-run setup screen: on a book with no organization, the same fields as
//! `partnerdesk init`; on Enter the book is set up and the operator lands on the Customers tab,
//! signed in as its first Global admin.

use super::form::{Field, Form};
use super::overlay::{FormPurpose, Overlay};
use super::partner_flows::{cloud_labels, reseller_labels};
use super::{App, Tab};
use crate::domain::Refusal;
use crate::domain::country::Cloud;
use crate::domain::permission::Actor;
use crate::domain::setup::{ResellerChoice, SetupInput};
use crate::operations::setup::{self as ops, SetupError};
use crate::text;
use anyhow::Result;

impl App {
    /// Opens the setup form when the book has no organization and this session may write.
    pub(super) fn open_setup_if_empty(&mut self) {
        if self.org.is_some() || self.session.read_only || self.session.customer_tenant().is_some() {
            return;
        }
        let fields = vec![
            Field::text(text::FIELD_COMPANY, "", "Sao Mai Cloud Solutions"),
            Field::text(text::FIELD_PARTNER_ID, "", "4512345"),
            Field::text(text::FIELD_TENANT_ID, "", "8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c")
                .with_hint(text::SETUP_TENANT_HINT),
            Field::text(text::FIELD_COUNTRY, "", "VN"),
            Field::choice(text::FIELD_CLOUD, cloud_labels(), 0),
            Field::choice(text::FIELD_RESELLER, reseller_labels(), 0),
            Field::text(text::FIELD_PROVIDER_TENANT, "", "").with_hint(text::PROVIDER_TENANT_HINT),
            Field::toggle(text::FIELD_ADVISOR, false, None).with_hint(text::ADVISOR_HINT),
            Field::toggle(text::FIELD_DAP_CERTIFIED, false, None),
            Field::text(text::FIELD_ADMIN_NAME, "", "Nguyễn Thị Lan"),
            Field::text(text::FIELD_ADMIN_EMAIL, "", "lan@saomai.vn").with_hint(text::SETUP_ADMIN_HINT),
            Field::text(text::FIELD_PHONE, "", "+84 28 3822 1234").with_hint(text::SETUP_PHONE_HINT),
        ];
        self.push_form(FormPurpose::Setup, Form::new(text::SETUP_TITLE, text::SETUP_SUBMIT, fields));
    }

    pub(super) fn submit_setup(&mut self) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last() else { return Ok(()) };
        let form = &state.form;
        let input = SetupInput {
            company: form.text(text::FIELD_COMPANY),
            partner_id: form.text(text::FIELD_PARTNER_ID),
            tenant_id: form.text(text::FIELD_TENANT_ID),
            country: form.text(text::FIELD_COUNTRY),
            cloud: Cloud::ALL.get(form.choice(text::FIELD_CLOUD)).copied(),
            reseller: ResellerChoice::ALL.get(form.choice(text::FIELD_RESELLER)).copied().unwrap_or_default(),
            provider_tenant: form.text(text::FIELD_PROVIDER_TENANT),
            advisor: form.toggle(text::FIELD_ADVISOR),
            dap_certified: form.toggle(text::FIELD_DAP_CERTIFIED),
            email: String::new(),
            phone: form.text(text::FIELD_PHONE),
            admin_name: form.text(text::FIELD_ADMIN_NAME),
            admin_email: form.text(text::FIELD_ADMIN_EMAIL),
        };
        let stamp = self.session.stamp(self.now());
        match ops::init(self.book(), &stamp, &input) {
            Ok((org, admin)) => {
                self.overlays.pop();
                self.session.actor = Some(Actor::Partner(admin.clone()));
                self.org = Some(org.clone());
                self.after_write()?;
                self.tab = Tab::Customers;
                self.info(text::set_up(&org.name, admin.email.as_str()));
            }
            Err(SetupError::Invalid(refusals)) => {
                let first = refusals.into_iter().next().unwrap_or_else(|| Refusal::new(""));
                if let Some(Overlay::Form(state)) = self.overlays.last_mut() {
                    state.form.refuse(first);
                }
            }
            Err(SetupError::Write(e)) => self.report(e),
        }
        Ok(())
    }
}
