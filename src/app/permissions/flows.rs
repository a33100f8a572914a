//! The Permissions tab's workflows: partner users and their roles, granular admin
//! relationships, and — on the customer's side — approving them and removing or moving the
//! legacy admin privileges.

use super::{Act, FormKind, Pane};
use crate::app::App;
use crate::app::action::Action;
use crate::app::editor::EmailEditor;
use crate::app::form::{Field, Form};
use crate::app::overlay::{Overlay, Purpose};
use crate::domain::admin::{self, DirectoryRole, GranularRequest, SupportAfterChange};
use crate::domain::customer::Customer;
use crate::domain::gdap::approval;
use crate::domain::gdap::templates::Template;
use crate::domain::grant;
use crate::domain::ids::{AdminRelationshipId, Email, PartnerId, TenantId};
use crate::domain::msg::AdminMsg;
use crate::domain::org::{AgentRoles, CompanyRole, PartnerUser, SupportedCompanyAdmin};
use crate::domain::permission::Actor;
use crate::domain::users::{self, UserInput};
use crate::domain::validate;
use crate::domain::{Input, Refusal};
use crate::operations::permissions as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;

/// `v`: the next pane; the audit log is read when it is shown.
pub(super) fn next_pane(app: &mut App) -> Result<()> {
    app.permissions.next_pane();
    if app.permissions.pane == Pane::Audit {
        let read = app.book().read()?;
        app.permissions.load_audit(&read)?;
    }
    Ok(())
}

/// Opens the selected audit event: who, when, how, and every field before → after.
pub(super) fn open_event(app: &mut App) {
    let view = &app.permissions;
    if let Some(seq) = view.audit_list.selected_item().map(|i| view.audit[i].seq) {
        app.permissions.event_scroll.reset();
        app.overlays.push(Overlay::AuditEvent(seq));
    }
}

pub(super) fn open_selected_user_form(app: &mut App) {
    if let Some(user) = app.permissions.selected_user().cloned() {
        open_user_form(app, Some(user));
    }
}

pub(super) fn ask_remove_user(app: &mut App) {
    let Some(target) = app.permissions.selected_user().map(|u| u.email.clone()) else { return };
    let users = app.permissions.users.clone();
    let checked = app.would_succeed(|actor| match actor {
        Actor::Partner(me) => users::remove(me, &users, &target).map(|_| ()),
        Actor::Customer { .. } => Ok(()),
    });
    if !checked {
        return;
    }
    if let Some(user) = app.permissions.selected_user() {
        let prompt = text::remove_user_prompt(&user.name);
        let yes = Action::Permissions(Act::RemoveUserConfirmed(user.email.clone()));
        app.confirm(&prompt, text::REMOVE_USER_DETAIL, yes, None);
    }
}

pub(super) fn toggle_auto_extend(app: &mut App) -> Result<()> {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return Ok(()) };
    app.run_and_report(|app, ctx| {
        ops::set_auto_extend(app.book(), ctx, rel.id, !rel.auto_extend)
            .map(|r| text::auto_extend_saved(&r.id.to_string(), r.auto_extend))
    })
}

pub(super) fn ask_terminate(app: &mut App) {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return };
    let now = app.now();
    if !app.would_succeed(|actor| admin::terminate(actor, &rel, now)) {
        return;
    }
    if let Some(rel) = app.permissions.selected_relationship() {
        let prompt = text::terminate_prompt(&rel.id.to_string(), &rel.name);
        let yes = Action::Permissions(Act::TerminateConfirmed(rel.id));
        app.confirm(&prompt, text::TERMINATE_DETAIL, yes, None);
    }
}

pub(super) fn terminate(app: &mut App, id: AdminRelationshipId) -> Result<()> {
    app.run_and_report(|app, ctx| {
        ops::terminate_granular(app.book(), ctx, id)
            .map(|r| text::relationship_saved(&r.id.to_string(), &r.status.in_sentence().to_string()))
    })
}

/// `m`: the selected relationship's approval email — to the customer's Global admin, in the
/// customer's language, with the approval link — in the editor invitations are written in.
/// A relationship that is not waiting for the customer is refused on the status line.
pub(super) fn open_approval_email(app: &mut App) -> Result<()> {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return Ok(()) };
    let Some(org) = app.org.clone() else { return Ok(()) };
    let Some(customer) = app.book().read()?.customer(rel.customer)? else { return Ok(()) };
    let link = app.permissions.approval_link(&rel);
    let now = app.now();
    let Some(drafted) = app.actor().map(|actor| approval::draft(actor, &org, &customer, &rel, link, now)) else {
        return Ok(());
    };
    match drafted {
        Ok(mail) => app.overlays.push(Overlay::Editor(Box::new(EmailEditor::approval(mail)))),
        Err(refusal) => app.report(refusal.into()),
    }
    Ok(())
}

/// Asks before approving, with what the relationship grants to whom and for how long.
pub(super) fn ask_approve(app: &mut App) {
    let Some(rel) = app.permissions.selected_relationship().cloned() else { return };
    let Some(customer) = app.permissions.customer.clone() else { return };
    let now = app.now();
    if !app.would_succeed(|actor| admin::approve(actor, &rel, &customer, now)) {
        return;
    }
    let summary =
        text::grant_summary(&grant::of_granular(&customer, &rel), |id| app.partners.name_of(app.org.as_ref(), id));
    let yes = Action::Permissions(Act::ApproveConfirmed(rel.id));
    app.confirm(text::approve_prompt(&rel.id.to_string(), &rel.name), summary, yes, None);
}

pub(super) fn approve(app: &mut App, id: AdminRelationshipId) -> Result<()> {
    app.run_and_report(|app, ctx| {
        ops::approve_granular(app.book(), ctx, id)
            .map(|r| text::relationship_saved(&r.id.to_string(), &r.status.in_sentence().to_string()))
    })
}

pub(super) fn ask_remove_admin(app: &mut App) {
    let Some(customer) = app.permissions.customer.clone() else { return };
    if !app.would_succeed(|actor| admin::remove_legacy_admin(actor, &customer)) {
        return;
    }
    let holder = customer.admin.as_ref().map(|a| app.partners.name_of(app.org.as_ref(), a.partner)).unwrap_or_default();
    let yes = Action::Permissions(Act::RemoveLegacyAdminConfirmed(customer.tenant_id));
    app.confirm(text::remove_legacy_prompt(&holder), remove_admin_detail(app, &customer), yes, None);
}

/// What removing `customer`'s admin privileges leaves, said before `y`: who stays responsible
/// for support, as the domain reads it (rule 9: the reseller, never an advisor).
pub(crate) fn remove_admin_detail(app: &App, customer: &Customer) -> String {
    let support = match app.actor().map(|actor| admin::remove_legacy_admin(actor, customer)) {
        Some(Ok(after)) => admin::support_after_change(customer, &after),
        _ => SupportAfterChange::WithAdmin,
    };
    text::remove_admin_detail(support, |id| app.partners.name_of(app.org.as_ref(), id))
}

pub(super) fn open_move_admin_form(app: &mut App) {
    if let Some(c) = &app.permissions.customer {
        let id = c.tenant_id;
        let form = Form::new(
            text::MOVE_ADMIN_TITLE,
            text::SAVE,
            vec![
                Field::fixed(Input::Customer, c.company_name.clone()),
                Field::text(Input::Partner, "", "4512345").with_hint(text::PARTNER_ID_HINT),
            ],
        );
        app.push_form(Purpose::Permissions(FormKind::MoveAdmin(id)), form);
    }
}

pub(super) fn open_user_form(app: &mut App, user: Option<PartnerUser>) {
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
        Some(u) => (text::EDIT_USER_TITLE, Purpose::Permissions(FormKind::EditUser(u.email.clone(), u.version))),
        None => (text::ADD_USER_TITLE, Purpose::Permissions(FormKind::AddUser)),
    };
    app.push_form(purpose, Form::new(title, text::SAVE, fields));
}

pub(super) fn open_granular_form(app: &mut App) {
    let domain = app.customers.selected_row().map(|r| r.domain.clone()).unwrap_or_default();
    let mut fields = vec![
        Field::text(Input::Domain, &domain, "customer.onmicrosoft.com").with_hint(text::GDAP_CUSTOMER_HINT),
        Field::text(Input::Name, "", text::GDAP_NAME_PLACEHOLDER),
        Field::choice(Input::Template, template_choices(app), 0).with_hint(text::gdap::TEMPLATE_HINT),
        Field::text(Input::Duration, "90", "90").with_hint(text::DURATION_HINT),
        Field::toggle(Input::AutoExtend, false, None).with_hint(text::AUTO_EXTEND_HINT),
    ];
    fields.extend(DirectoryRole::ALL.iter().map(|r| Field::toggle(Input::Role(*r), false, None)));
    app.push_form(
        Purpose::Permissions(FormKind::RequestGranular),
        Form::new(text::REQUEST_GDAP_TITLE, text::SAVE, fields),
    );
}

/// The request form's template choices: none first, then every template by name.
fn template_choices(app: &App) -> Vec<String> {
    let all = app.permissions.templates();
    std::iter::once(text::gdap::NO_TEMPLATE.to_string()).chain(all.iter().map(text::gdap::template_name)).collect()
}

/// The roles a request form asks for: its template's (choice 0 is none), then the roles ticked.
fn requested_roles(form: &Form, all: &[Template]) -> Vec<DirectoryRole> {
    let index = form.choice(&Input::Template);
    let mut roles = index.checked_sub(1).and_then(|i| all.get(i)).map_or_else(Vec::new, Template::roles);
    for r in DirectoryRole::ALL.iter().copied().filter(|r| form.toggle(&Input::Role(*r))) {
        if !roles.contains(&r) {
            roles.push(r);
        }
    }
    roles
}

/// The move form's partner, checked as the move will be; then the question, with what the
/// move grants to whom. A refusal stays in the form by the partner id.
fn ask_move_admin(app: &mut App, tenant: TenantId) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let typed = state.form.text(&Input::Partner);
    let Some(customer) = app.permissions.customer.clone().filter(|c| c.tenant_id == tenant) else { return Ok(()) };
    let partner = match validate::partner_id(Input::Partner, &typed) {
        Ok(partner) => partner,
        Err(refusal) => {
            app.report(refusal.into());
            return Ok(());
        }
    };
    let known = app.org.as_ref().is_some_and(|o| o.partner_id == partner)
        || app.book().read()?.directory_partner(partner)?.is_some();
    let now = app.now();
    let checked = if known {
        app.actor().map(|actor| admin::reassign_legacy_admin(actor, &customer, partner, now).map(|_| ()))
    } else {
        Some(Err(Refusal::on(Input::Partner, AdminMsg::UnknownPartner { partner })))
    };
    if let Some(Err(refusal)) = checked {
        app.report(refusal.into());
        return Ok(());
    }
    let name = |id: PartnerId| app.partners.name_of(app.org.as_ref(), id);
    let summary = text::grant_summary(&grant::of_reassignment(&customer, partner), name);
    let prompt = text::move_admin_prompt(&customer.company_name, &name(partner));
    app.overlays.pop();
    app.confirm(prompt, summary, Action::Permissions(Act::MoveAdminConfirmed(tenant, partner)), None);
    Ok(())
}

pub(super) fn move_admin(app: &mut App, tenant: TenantId, partner: PartnerId) -> Result<()> {
    let before = app.book().read()?.customer(tenant)?;
    app.run_and_report(|app, ctx| {
        ops::customer_admin_privileges(app.book(), ctx, tenant, Some(partner))
            .map(|after| admin_changed(app, before.as_ref(), &after))
    })
}

/// The change said with who keeps the support duty, as the domain reads it (rule 9).
fn admin_changed(app: &App, before: Option<&Customer>, after: &Customer) -> String {
    let support = before.map_or(SupportAfterChange::WithAdmin, |b| admin::support_after_change(b, after));
    text::admin_changed(&after.company_name, support, |id| app.partners.name_of(app.org.as_ref(), id))
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    if let FormKind::MoveAdmin(tenant) = kind {
        return ask_move_admin(app, tenant);
    }
    let all_templates = app.permissions.templates();
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
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
        let ctx = app.op_ctx()?;
        let book = app.book();
        match kind {
            FormKind::AddUser => {
                ops::add_user(book, &ctx, &user_input(form.text(&Input::Email))).map(|u| text::user_saved(&u.name))
            }
            FormKind::EditUser(email, version) => {
                ops::edit_user(book, &ctx, &email, version, &user_input(email.to_string()))
                    .map(|u| text::user_saved(&u.name))
            }
            FormKind::RequestGranular => {
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
                            roles: requested_roles(form, &all_templates),
                            duration: form.text(&Input::Duration),
                            auto_extend: form.toggle(&Input::AutoExtend),
                        };
                        ops::request_granular(book, &ctx, c.tenant_id, &req)
                            .map(|r| text::relationship_saved(&r.id.to_string(), &r.status.in_sentence().to_string()))
                    }
                }
            }
            FormKind::Assign(rel) => super::assignments::assign(book, &ctx, form, rel),
            FormKind::NewTemplate => super::templates::save(book, &ctx, form, &all_templates, None),
            FormKind::EditTemplate(name) => super::templates::save(book, &ctx, form, &all_templates, Some(&name)),
            // Started by `mod::submit` as a job.
            FormKind::Bulk(_) => return Ok(()),
            FormKind::Unassign(ids) => super::assignments::unassign(book, &ctx, form, &ids),
            // Asked above, with what it grants.
            FormKind::MoveAdmin(_) => return Ok(()),
        }
    };
    app.finish_form(result)
}

pub(super) fn remove_user(app: &mut App, email: &Email) -> Result<()> {
    app.run_and_report(|app, ctx| ops::remove_user(app.book(), ctx, email).map(|u| text::user_removed(&u.name)))
}

pub(super) fn remove_legacy_admin(app: &mut App, tenant: TenantId) -> Result<()> {
    let before = app.book().read()?.customer(tenant)?;
    app.run_and_report(|app, ctx| {
        ops::customer_admin_privileges(app.book(), ctx, tenant, None)
            .map(|after| admin_changed(app, before.as_ref(), &after))
    })
}
