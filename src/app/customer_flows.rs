//! The Customers tab's workflows: add and edit a customer, support contacts (for one or many),
//! service requests, product keys, removing the reseller relationship, marking and exporting.

use super::action::Action;
use super::form::{Field, Form};
use super::job::{Job, JobKind};
use super::overlay::{FormPurpose, FormState, Overlay, Pending};
use super::{App, Tab};
use crate::domain::Input;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::country::Cloud;
use crate::domain::customer::{Customer, Severity};
use crate::domain::customer_changes::{Details, NewCustomer};
use crate::domain::ids::{Email, TenantId};
use crate::domain::permission::Operation;
use crate::operations::customers as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;

const SEVERITIES: [Severity; 3] = [Severity::A, Severity::B, Severity::C];

impl App {
    pub(super) fn customer_action(&mut self, action: Action) -> Result<()> {
        if self.tab != Tab::Customers {
            return Ok(());
        }
        match action {
            Action::Mark => {
                self.customers.toggle_mark();
                self.customers.list.move_by(1);
            }
            Action::MarkAll => self.customers.toggle_mark_all(),
            Action::Export => self.export_customers()?,
            Action::NewCustomer if !self.refused(Operation::AddCustomer) => self.open_new_customer_form(),
            Action::EditCustomer if !self.refused(Operation::EditCustomer) => self.open_edit_form()?,
            Action::SupportContacts if !self.refused(Operation::AssignSupportContact) => self.open_contacts_form()?,
            Action::ServiceRequest if !self.refused(Operation::OpenServiceRequest) => self.open_service_request_form(),
            Action::ProductKey if !self.refused(Operation::AddSubscription) => self.open_product_key_form(),
            Action::RemoveReseller if !self.refused(Operation::RemoveReseller) => {
                let Some(customer) = self.selected_customer()? else { return Ok(()) };
                // Say at once what would refuse it, rather than after the question.
                let partner = self.org.as_ref().map(|o| o.partner_id);
                let users = self.book().read()?.partner_users()?;
                match partner.map(|p| crate::domain::customer_changes::remove_reseller(&customer, p, &users)) {
                    Some(Err(refusal)) => self.error(refusal.msg.to_string()),
                    _ => {
                        let prompt = text::remove_reseller_prompt(&customer.company_name);
                        self.confirm(
                            &prompt,
                            text::REMOVE_RESELLER_DETAIL,
                            Pending::RemoveReseller(customer.tenant_id),
                            None,
                        );
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn push_form(&mut self, purpose: FormPurpose, form: Form) {
        self.overlays.push(Overlay::Form(Box::new(FormState { purpose, form })));
    }

    fn selected_customer(&mut self) -> Result<Option<Customer>> {
        let Some(id) = self.customers.selected_row().map(|r| r.tenant_id) else {
            self.error(text::NOTHING_SELECTED);
            return Ok(None);
        };
        self.book().read()?.customer(id)
    }

    fn open_new_customer_form(&mut self) {
        let Some(org) = self.org.clone() else { return };
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
        self.push_form(FormPurpose::NewCustomer, form);
    }

    fn open_edit_form(&mut self) -> Result<()> {
        let Some(c) = self.selected_customer()? else { return Ok(()) };
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
        self.push_form(FormPurpose::EditCustomer(c.tenant_id, c.version), form);
        Ok(())
    }

    fn open_contacts_form(&mut self) -> Result<()> {
        let targets = self.customers.targets();
        if targets.is_empty() {
            self.error(text::NOTHING_SELECTED);
            return Ok(());
        }
        let current: Vec<Email> = match targets.as_slice() {
            [one] => self.book().read()?.customer(*one)?.map(|c| c.support_contacts).unwrap_or_default(),
            _ => Vec::new(),
        };
        let read = self.book().read()?;
        let mut fields = vec![Field::fixed(Input::Customer, self.targets_label(&targets))];
        for user in
            read.partner_users()?.into_iter().filter(|u| u.agent.admin || u.agent.helpdesk || u.is_global_admin())
        {
            let on = current.contains(&user.email);
            fields.push(
                Field::toggle(Input::SupportContact(user.email.clone()), on, None)
                    .named(user.email.to_string())
                    .with_hint(format!("{} — {}", user.name, user.roles_summary())),
            );
        }
        let form = Form::new(text::CONTACTS_TITLE, text::SAVE, fields);
        self.push_form(FormPurpose::SupportContacts(targets), form);
        Ok(())
    }

    fn targets_label(&self, targets: &[TenantId]) -> String {
        match targets {
            [one] => {
                self.customers.rows.iter().find(|r| r.tenant_id == *one).map_or_else(String::new, |r| r.name.clone())
            }
            many => text::marked(many.len()),
        }
    }

    fn open_service_request_form(&mut self) {
        let Some(row) = self.customers.selected_row() else { return };
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
        self.push_form(FormPurpose::ServiceRequest(id), form);
    }

    fn open_product_key_form(&mut self) {
        let Some(catalogue) = self.catalogue() else { return };
        let Some(row) = self.customers.selected_row() else { return };
        let offers = catalogue.iter().map(CatalogueOffer::label).collect();
        let form = Form::new(
            text::PRODUCT_KEY_TITLE,
            text::PRODUCT_KEY_SUBMIT,
            vec![
                Field::fixed(Input::Customer, row.name.clone()),
                Field::text(Input::ProductKey, "", text::PRODUCT_KEY_PLACEHOLDER),
                Field::choice(Input::Offer, offers, 0),
                Field::text(Input::Licences, "", "25"),
                Field::toggle(Input::PartnerOfRecord, true, None).with_hint(text::POR_HINT),
            ],
        );
        let id = row.tenant_id;
        self.push_form(FormPurpose::ProductKey(id, catalogue.iter().map(|o| o.id).collect()), form);
    }

    pub(super) fn submit_customer_form(&mut self, purpose: FormPurpose) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last() else { return Ok(()) };
        let form = &state.form;
        if let FormPurpose::SupportContacts(ids) = purpose {
            let contacts: Vec<Email> = form
                .fields
                .iter()
                .filter_map(|f| match &f.id {
                    Input::SupportContact(email) if form.toggle(&f.id) => Some(email.clone()),
                    _ => None,
                })
                .collect();
            self.overlays.pop();
            self.customers.marked.clear();
            self.job = Some(Job::new(JobKind::SupportContacts(contacts), ids));
            // The first chunk runs now: a small selection is done before the next frame.
            return self.run_job_step();
        }
        let result = {
            let ctx = self.op_ctx()?;
            let book = self.book();
            match purpose {
                FormPurpose::NewCustomer => {
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
                FormPurpose::EditCustomer(id, version) => {
                    let details = Details {
                        company: form.text(&Input::Company),
                        line1: form.text(&Input::Address),
                        city: form.text(&Input::City),
                        postal_code: form.text(&Input::PostalCode),
                    };
                    ops::edit_details(book, &ctx, id, version, &details).map(|c| text::customer_saved(&c.company_name))
                }
                FormPurpose::ServiceRequest(id) => {
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
                FormPurpose::ProductKey(id, offers) => ops::add_subscription(
                    book,
                    &ctx,
                    id,
                    &form.text(&Input::ProductKey),
                    offers.get(form.choice(&Input::Offer)).copied().unwrap_or_default(),
                    &form.text(&Input::Licences),
                    form.toggle(&Input::PartnerOfRecord),
                )
                .map(|c| text::subscription_added(&c.company_name)),
                _ => return Ok(()),
            }
        };
        if result.is_ok() {
            self.customers.marked.clear();
        }
        self.finish_form(result)
    }

    /// Runs the next chunk of the bulk action in progress (or, for an export, waits a moment
    /// for its thread); at the end, says what was done and what was refused, and why.
    pub fn run_job_step(&mut self) -> Result<()> {
        let Some(job) = self.job.as_mut() else { return Ok(()) };
        if job.is_export() {
            let Some(done) = job.poll_export() else { return Ok(()) };
            self.job = None;
            match done {
                Ok(done) if done.cancelled => self.info(text::export_cancelled(done.customers)),
                Ok(done) => self.info(text::exported(
                    done.customers,
                    &done.json.display().to_string(),
                    &done.csv.display().to_string(),
                )),
                Err(e) => self.error(text::export_failed(&e)),
            }
            return Ok(());
        }
        let chunk = job.take_chunk();
        let JobKind::SupportContacts(contacts) = &job.kind else { return Ok(()) };
        let contacts = contacts.clone();
        let result = if chunk.is_empty() {
            Ok(Default::default())
        } else {
            let ctx = self.op_ctx()?;
            ops::set_support_contacts(self.book(), &ctx, &chunk, &contacts)
        };
        let Some(job) = self.job.as_mut() else { return Ok(()) };
        match result {
            Ok(outcome) => {
                job.outcome.done += outcome.done;
                job.outcome.refused.extend(outcome.refused);
            }
            Err(e) => {
                let done = job.outcome.done;
                self.job = None;
                self.after_write()?;
                self.error(text::bulk_stopped(done, &e.to_string()));
                return Ok(());
            }
        }
        if job.remaining.is_empty() || job.cancelled {
            let outcome = std::mem::take(&mut job.outcome);
            let (cancelled, left) = (job.cancelled, job.remaining.len());
            self.job = None;
            self.after_write()?;
            if cancelled && left > 0 {
                self.info(text::bulk_cancelled(outcome.done, left, &outcome.refused));
            } else {
                self.info(text::bulk_outcome(outcome.done, &outcome.refused));
            }
        }
        Ok(())
    }

    /// Esc while a bulk action runs: it stops after the chunk in progress; what was done stays.
    pub fn cancel_job(&mut self) -> bool {
        match self.job.as_mut() {
            Some(job) if !job.cancelled => {
                job.cancel();
                true
            }
            _ => false,
        }
    }

    pub(super) fn remove_reseller(&mut self, id: TenantId) -> Result<()> {
        self.run_and_report(|app, ctx| {
            ops::remove_reseller(app.book(), ctx, id).map(|c| text::reseller_removed(&c.company_name))
        })
    }

    /// Writes the marked customers (or all shown) as JSON and CSV into the exports folder, on
    /// a thread of its own that streams them to disk (progress on the status line, Esc stops).
    fn export_customers(&mut self) -> Result<()> {
        let Some(dir) = self.session.files_dir.as_ref().map(|d| d.join("exports")) else {
            self.error(text::NO_EXPORT_DIR);
            return Ok(());
        };
        if self.job.is_some() {
            return Ok(());
        }
        let ids: Vec<TenantId> = if self.customers.marked.is_empty() {
            self.customers.list.visible().iter().map(|&i| self.customers.rows[i as usize].tenant_id).collect()
        } else {
            self.customers.marked.iter().copied().collect()
        };
        let stamp = format!("customers-{}", self.now().format("%Y%m%d-%H%M%S"));
        let total = ids.len();
        let export = super::job::Export::start(self.book_arc(), ids, dir, stamp);
        self.job = Some(Job::export(export, total));
        // A short export is written before the next frame.
        self.run_job_step()
    }
}
