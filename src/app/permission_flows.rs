//! The Permissions tab's workflows: partner users and their roles, granular admin
//! relationships, and — on the customer's side — approving them and removing or moving the
//! legacy admin privileges.

use super::action::Action;
use super::form::{Field, Form};
use super::overlay::{FormPurpose, Overlay, Pending};
use super::permissions::Pane;
use super::{App, Tab};
use crate::domain::Input;
use crate::domain::admin::{DirectoryRole, GranularRequest};
use crate::domain::ids::{Email, TenantId};
use crate::domain::org::{AgentRoles, CompanyRole, PartnerUser, SupportedCompanyAdmin};
use crate::domain::permission::Operation;
use crate::domain::users::UserInput;
use crate::domain::validate;
use crate::operations::permissions as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;

impl App {
    pub(super) fn permission_action(&mut self, action: Action) -> Result<()> {
        if self.tab != Tab::Permissions {
            return Ok(());
        }
        let pane = self.permissions.pane;
        match action {
            Action::NextView => {
                self.permissions.next_pane();
                if self.permissions.pane == Pane::Audit {
                    let read = self.book.read()?;
                    self.permissions.load_audit(&read)?;
                }
            }
            Action::PermNew if pane == Pane::Users && !self.refused(Operation::ManagePartnerUsers) => {
                self.open_user_form(None)
            }
            Action::PermEdit if pane == Pane::Users && !self.refused(Operation::ManagePartnerUsers) => {
                if let Some(user) = self.permissions.selected_user().cloned() {
                    self.open_user_form(Some(user));
                }
            }
            Action::PermRemove if pane == Pane::Users && !self.refused(Operation::ManagePartnerUsers) => {
                if let Some(user) = self.permissions.selected_user() {
                    let prompt = text::remove_user_prompt(&user.name);
                    let email = user.email.clone();
                    self.confirm(&prompt, text::REMOVE_USER_DETAIL, Pending::RemoveUser(email), None);
                }
            }
            Action::PermNew if pane == Pane::Relationships && !self.refused(Operation::ManageAdminRelationships) => {
                self.open_granular_form();
            }
            Action::PermEdit if pane == Pane::Relationships && !self.refused(Operation::ManageAdminRelationships) => {
                if let Some(rel) = self.permissions.selected_relationship().cloned() {
                    self.run_and_report(|app, ctx| {
                        ops::set_auto_extend(app.book(), ctx, rel.id, !rel.auto_extend).map(|r| {
                            text::relationship_saved(
                                &r.id.to_string(),
                                if r.auto_extend { "auto-extending" } else { "not auto-extending" },
                            )
                        })
                    })?;
                }
            }
            Action::PermRemove if pane == Pane::Relationships && !self.refused(Operation::ManageAdminRelationships) => {
                if let Some(rel) = self.permissions.selected_relationship() {
                    let prompt = text::terminate_prompt(&rel.id.to_string(), &rel.name);
                    let id = rel.id;
                    self.confirm(&prompt, text::TERMINATE_DETAIL, Pending::Terminate(id), None);
                }
            }
            Action::Approve if !self.refused(Operation::ManageCustomerAdminPrivileges) => {
                if let Some(rel) = self.permissions.selected_relationship() {
                    let id = rel.id;
                    self.run_and_report(|app, ctx| {
                        ops::approve_granular(app.book(), ctx, id)
                            .map(|r| text::relationship_saved(&r.id.to_string(), r.status.label()))
                    })?;
                }
            }
            Action::RemoveAdmin if !self.refused(Operation::ManageCustomerAdminPrivileges) => {
                if let Some(c) = &self.permissions.customer {
                    let holder = c
                        .admin
                        .as_ref()
                        .map(|a| self.partners.name_of(self.org.as_ref(), a.partner))
                        .unwrap_or_default();
                    let id = c.tenant_id;
                    self.confirm(
                        &text::remove_legacy_prompt(&holder),
                        text::REMOVE_LEGACY_DETAIL,
                        Pending::RemoveLegacyAdmin(id),
                        None,
                    );
                }
            }
            Action::MoveAdmin if !self.refused(Operation::ManageCustomerAdminPrivileges) => {
                if let Some(c) = &self.permissions.customer {
                    let id = c.tenant_id;
                    let form = Form::new(
                        text::MOVE_ADMIN_TITLE,
                        text::SAVE,
                        vec![
                            Field::fixed(Input::Customer, c.company_name.clone()),
                            Field::text(Input::Partner, "", "4512345").with_hint(text::PARTNER_ID_HINT),
                        ],
                    );
                    self.push_form(FormPurpose::MoveAdmin(id), form);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn open_user_form(&mut self, user: Option<PartnerUser>) {
        let roles: Vec<String> = CompanyRole::ALL.iter().map(|r| r.label().to_string()).collect();
        let supported: Vec<String> = SupportedCompanyAdmin::ALL.iter().map(|r| r.label().to_string()).collect();
        let role = user.as_ref().map_or(CompanyRole::User, |u| u.company_role);
        let sup = user.as_ref().map_or(SupportedCompanyAdmin::None, |u| u.supported_admin);
        let agent = user.as_ref().map_or_else(AgentRoles::default, |u| u.agent);
        let email = match &user {
            Some(u) => Field::fixed(Input::Email, u.email.to_string()),
            None => Field::text(Input::Email, "", "name@yourcompany.com"),
        };
        let fields = vec![
            email,
            Field::text(Input::Name, user.as_ref().map_or("", |u| u.name.as_str()), ""),
            Field::choice(Input::CompanyRole, roles, CompanyRole::ALL.iter().position(|r| *r == role).unwrap_or(0)),
            Field::choice(
                Input::SupportedCompanies,
                supported,
                SupportedCompanyAdmin::ALL.iter().position(|r| *r == sup).unwrap_or(0),
            )
            .with_hint(text::SUPPORTED_HINT),
            Field::toggle(Input::AdminAgent, agent.admin, None),
            Field::toggle(Input::SalesAgent, agent.sales, None),
            Field::toggle(Input::HelpdeskAgent, agent.helpdesk, None),
        ];
        let (title, purpose) = match &user {
            Some(u) => (text::EDIT_USER_TITLE, FormPurpose::EditUser(u.email.clone(), u.version)),
            None => (text::ADD_USER_TITLE, FormPurpose::AddUser),
        };
        self.push_form(purpose, Form::new(title, text::SAVE, fields));
    }

    fn open_granular_form(&mut self) {
        let domain = self.customers.selected_row().map(|r| r.domain.clone()).unwrap_or_default();
        let mut fields = vec![
            Field::text(Input::Domain, &domain, "customer.onmicrosoft.com").with_hint(text::GDAP_CUSTOMER_HINT),
            Field::text(Input::Name, "", "Helpdesk for …"),
            Field::text(Input::Duration, "90", "90").with_hint(text::DURATION_HINT),
            Field::toggle(Input::AutoExtend, false, None).with_hint(text::AUTO_EXTEND_HINT),
        ];
        fields.extend(DirectoryRole::ALL.iter().map(|r| Field::toggle(Input::Role(*r), false, None)));
        self.push_form(FormPurpose::RequestGranular, Form::new(text::REQUEST_GDAP_TITLE, text::SAVE, fields));
    }

    pub(super) fn submit_permission_form(&mut self, purpose: FormPurpose) -> Result<()> {
        let Some(Overlay::Form(state)) = self.overlays.last() else { return Ok(()) };
        let form = &state.form;
        let user_input = |email: String| UserInput {
            email,
            name: form.text(&Input::Name),
            company_role: CompanyRole::ALL.get(form.choice(&Input::CompanyRole)).copied().unwrap_or(CompanyRole::User),
            supported_admin: SupportedCompanyAdmin::ALL
                .get(form.choice(&Input::SupportedCompanies))
                .copied()
                .unwrap_or(SupportedCompanyAdmin::None),
            agent: AgentRoles {
                admin: form.toggle(&Input::AdminAgent),
                sales: form.toggle(&Input::SalesAgent),
                helpdesk: form.toggle(&Input::HelpdeskAgent),
            },
        };
        let result = {
            let ctx = self.op_ctx()?;
            let book = self.book();
            match purpose {
                FormPurpose::AddUser => {
                    ops::add_user(book, &ctx, &user_input(form.text(&Input::Email))).map(|u| text::user_saved(&u.name))
                }
                FormPurpose::EditUser(email, version) => {
                    ops::edit_user(book, &ctx, &email, version, &user_input(email.to_string()))
                        .map(|u| text::user_saved(&u.name))
                }
                FormPurpose::RequestGranular => {
                    let domain = form.text(&Input::Domain);
                    match book.read()?.customer_by_domain(&domain)? {
                        None => Err(crate::domain::Refusal::on(
                            Input::Domain,
                            crate::domain::msg::AdminMsg::NoCustomerWithDomain { domain },
                        )
                        .into()),
                        Some(c) => {
                            let req = GranularRequest {
                                name: form.text(&Input::Name),
                                roles: DirectoryRole::ALL
                                    .iter()
                                    .copied()
                                    .filter(|r| form.toggle(&Input::Role(*r)))
                                    .collect(),
                                duration: form.text(&Input::Duration),
                                auto_extend: form.toggle(&Input::AutoExtend),
                            };
                            ops::request_granular(book, &ctx, c.tenant_id, &req)
                                .map(|r| text::relationship_saved(&r.id.to_string(), r.status.label()))
                        }
                    }
                }
                FormPurpose::MoveAdmin(tenant) => {
                    match validate::partner_id(Input::Partner, &form.text(&Input::Partner)) {
                        Err(refusal) => Err(refusal.into()),
                        Ok(partner) => ops::customer_admin_privileges(book, &ctx, tenant, Some(partner))
                            .map(|c| text::admin_moved(&c.company_name)),
                    }
                }
                _ => return Ok(()),
            }
        };
        self.finish_form(result)
    }

    pub(super) fn confirmed_permission_change(&mut self, pending: Pending) -> Result<()> {
        match pending {
            Pending::RemoveUser(email) => self.remove_user(&email),
            Pending::Terminate(id) => self.run_and_report(|app, ctx| {
                ops::terminate_granular(app.book(), ctx, id)
                    .map(|r| text::relationship_saved(&r.id.to_string(), r.status.label()))
            }),
            Pending::RemoveLegacyAdmin(tenant) => self.remove_legacy_admin(tenant),
            _ => Ok(()),
        }
    }

    fn remove_user(&mut self, email: &Email) -> Result<()> {
        self.run_and_report(|app, ctx| ops::remove_user(app.book(), ctx, email).map(|u| text::user_removed(&u.name)))
    }

    fn remove_legacy_admin(&mut self, tenant: TenantId) -> Result<()> {
        self.run_and_report(|app, ctx| {
            ops::customer_admin_privileges(app.book(), ctx, tenant, None).map(|c| text::admin_moved(&c.company_name))
        })
    }
}
