//! The Partners tab's workflows: the company profile, the partner directory with "Check ID",
//! and — on the customer's side — partners of record and removing a partner.

use super::action::Action;
use super::form::{Field, Form};
use super::keymap::Side;
use super::overlay::{FormPurpose, Overlay, Pending};
use super::{App, Tab};
use crate::domain::Input;
use crate::domain::country::Cloud;
use crate::domain::ids::{PartnerId, TenantId};
use crate::domain::org::{DirectoryKind, DirectoryPartner, ResellerKind};
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

impl App {
    pub(super) fn partner_action(&mut self, action: Action) -> Result<()> {
        if self.tab != Tab::Partners {
            return Ok(());
        }
        match (action, self.side()) {
            (Action::EditProfile, Side::Partner) if !self.refused(Operation::EditCompanyProfile) => {
                self.open_profile_form()?
            }
            (Action::AddDirectory, Side::Partner) if !self.refused(Operation::ManageDirectory) => {
                self.open_directory_form(None, "")
            }
            (Action::EditDirectory, Side::Partner) if !self.refused(Operation::ManageDirectory) => {
                if let Some(p) = self.partners.list.selected_item().map(|i| self.partners.directory[i].clone()) {
                    self.open_directory_form(Some(p), "");
                }
            }
            (Action::CheckId, Side::Partner) => {
                let form = Form::new(
                    text::CHECK_ID_TITLE,
                    text::CHECK_ID_SUBMIT,
                    vec![Field::text(Input::PartnerId, "", "4512345")],
                );
                self.push_form(FormPurpose::CheckId, form);
            }
            (Action::SetPartnerOfRecord, Side::Customer) if !self.refused(Operation::SetPartnerOfRecord) => {
                self.open_por_form()?
            }
            (Action::RemovePartner, Side::Customer) if !self.refused(Operation::ManageCustomerAdminPrivileges) => {
                self.remove_selected_partner()
            }
            _ => {}
        }
        Ok(())
    }

    fn open_profile_form(&mut self) -> Result<()> {
        let Some(org) = self.org.clone() else { return Ok(()) };
        let has_customers = self.book().read()?.customer_count()? > 0;
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
        let purpose = FormPurpose::Profile { version: org.version, fixed_kind: has_customers };
        self.push_form(purpose, Form::new(text::PROFILE_TITLE, text::SAVE, fields));
        Ok(())
    }

    fn open_directory_form(&mut self, editing: Option<DirectoryPartner>, id: &str) {
        let clouds = cloud_labels();
        let kinds: Vec<String> = KINDS.iter().map(|k| k.label().to_string()).collect();
        let e = editing.as_ref();
        let id_text = e.map_or_else(|| id.to_string(), |p| p.partner_id.to_string());
        let fields = vec![
            Field::text(Input::PartnerId, &id_text, "5120044"),
            Field::text(Input::Name, e.map_or("", |p| p.name.as_str()), ""),
            Field::text(Input::Country, e.map_or("", |p| p.country.as_str()), "VN"),
            Field::choice(
                Input::Cloud,
                clouds,
                e.and_then(|p| Cloud::ALL.iter().position(|c| *c == p.cloud)).unwrap_or(0),
            ),
            Field::choice(Input::Kind, kinds, e.and_then(|p| KINDS.iter().position(|k| *k == p.kind)).unwrap_or(0)),
        ];
        let title = if editing.is_some() { text::DIRECTORY_EDIT_TITLE } else { text::DIRECTORY_ADD_TITLE };
        let mut form = Form::new(title, text::SAVE, fields);
        if editing.is_none() && !id.is_empty() {
            form.error =
                Some(crate::domain::Refusal::new(crate::domain::msg::PartnerMsg::AddUnknown { id: id.to_string() }));
            form.next_field();
        }
        self.push_form(FormPurpose::Directory(editing.map(|p| p.partner_id)), form);
    }

    fn open_por_form(&mut self) -> Result<()> {
        let Some(tenant) = self.session.customer_tenant() else { return Ok(()) };
        let Some(customer) = self.book().read()?.customer(tenant)? else { return Ok(()) };
        if customer.subscriptions.is_empty() {
            self.error(text::NO_SUBSCRIPTIONS);
            return Ok(());
        }
        let choices = customer
            .subscriptions
            .iter()
            .map(|s| {
                let por = s
                    .partner_of_record
                    .map_or_else(|| text::NONE.to_string(), |p| self.partners.name_of(self.org.as_ref(), p));
                text::subscription_choice(&s.id.to_string(), &s.offer, &por)
            })
            .collect();
        let ids = customer.subscriptions.iter().map(|s| s.id).collect();
        let fields = vec![
            Field::choice(Input::Subscription, choices, 0),
            Field::text(Input::PartnerId, "", "4512345").with_hint(text::POR_CLEAR_HINT),
        ];
        self.push_form(FormPurpose::PartnerOfRecord(tenant, ids), Form::new(text::POR_TITLE, text::SAVE, fields));
        Ok(())
    }

    /// `d` on the customer's partner list: a reseller cannot be removed by the customer (the
    /// reason is shown); an admin-privileges holder or an advisor can, after a question.
    fn remove_selected_partner(&mut self) {
        let Some(tenant) = self.session.customer_tenant() else { return };
        let Some(p) = self.partners.list.selected_item().map(|i| self.partners.related[i].clone()) else { return };
        if p.admin {
            self.confirm(
                &text::remove_legacy_prompt(&p.name),
                text::REMOVE_LEGACY_DETAIL,
                Pending::RemoveLegacyAdmin(tenant),
                None,
            );
        } else if p.kinds.contains(&crate::domain::customer::RelationshipKind::Advisor) {
            self.confirm(
                &text::remove_advisor_prompt(&p.name),
                text::REMOVE_ADVISOR_DETAIL,
                Pending::RemoveAdvisor(tenant, p.partner_id),
                None,
            );
        } else {
            self.error(rules::customer_cannot_remove_reseller(&p.name).msg.to_string());
        }
    }

    pub(super) fn remove_advisor(&mut self, tenant: TenantId, partner: PartnerId) -> Result<()> {
        self.run_and_report(|app, ctx| {
            ops::remove_advisor(app.book(), ctx, tenant, partner).map(|c| text::admin_moved(&c.company_name))
        })
    }

    pub(super) fn submit_partner_form(&mut self, purpose: FormPurpose) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last() else { return Ok(()) };
        let form = &state.form;
        if let FormPurpose::CheckId = purpose {
            let raw = form.text(&Input::PartnerId);
            let Some(org) = self.org.clone() else { return Ok(()) };
            match rules::check_id(&raw, &org, self.directory()) {
                Ok(found) => {
                    self.overlays.pop();
                    self.info(text::checked(&found.partner_id.to_string(), &found.name));
                }
                // Well formed but unknown: offer to add it.
                Err(_) if crate::domain::validate::partner_id(Input::PartnerId, &raw).is_ok() => {
                    self.overlays.pop();
                    if !self.refused(Operation::ManageDirectory) {
                        self.open_directory_form(None, raw.trim());
                    }
                }
                Err(refusal) => {
                    if let Some(Overlay::Form(state)) = self.overlays.last_mut() {
                        state.form.refuse(refusal);
                    }
                }
            }
            return Ok(());
        }
        let result = {
            let ctx = self.op_ctx()?;
            let book = self.book();
            match purpose {
                FormPurpose::Profile { version, fixed_kind } => {
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
                FormPurpose::Directory(editing) => {
                    let input = DirectoryInput {
                        partner_id: form.text(&Input::PartnerId),
                        name: form.text(&Input::Name),
                        country: form.text(&Input::Country),
                        cloud: Cloud::ALL.get(form.choice(&Input::Cloud)).copied(),
                        kind: KINDS.get(form.choice(&Input::Kind)).copied(),
                    };
                    ops::save_directory_partner(book, &ctx, &input, editing).map(|p| text::partner_saved(&p.name))
                }
                FormPurpose::PartnerOfRecord(tenant, ids) => {
                    let sub = ids[form.choice(&Input::Subscription).min(ids.len().saturating_sub(1))];
                    let raw = form.text(&Input::PartnerId);
                    ops::set_partner_of_record(book, &ctx, tenant, sub, &raw).map(|c| {
                        let por = c.subscriptions.iter().find(|s| s.id == sub).and_then(|s| s.partner_of_record);
                        match por {
                            Some(p) => text::por_set(
                                &sub.to_string(),
                                &format!("{p} {}", self.partners.name_of(self.org.as_ref(), p)),
                            ),
                            None => text::por_cleared(&sub.to_string()),
                        }
                    })
                }
                _ => return Ok(()),
            }
        };
        self.finish_form(result)
    }
}

/// The clouds, as a form's choice lists them.
pub(super) fn cloud_labels() -> Vec<String> {
    Cloud::ALL.iter().map(|c| c.label().to_string()).collect()
}

pub(super) fn cloud_index(cloud: Cloud) -> usize {
    Cloud::ALL.iter().position(|c| *c == cloud).unwrap_or(0)
}

/// How the partner resells, as a form's choice lists it.
pub(super) fn reseller_labels() -> Vec<String> {
    ResellerChoice::ALL.iter().map(|c| c.label().to_string()).collect()
}

pub(super) fn reseller_index(choice: ResellerChoice) -> usize {
    ResellerChoice::ALL.iter().position(|c| *c == choice).unwrap_or(0)
}
