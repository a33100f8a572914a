//! The Permissions tab. Partner side: three panes — partner users and their roles, granular
//! admin relationships, the audit log — each with its own keys. Customer side: who holds
//! admin privileges for the tenant, approving granular relationships, removing or moving the
//! legacy admin privileges.

mod assignments;
mod bulk;
mod flows;
mod templates;
mod view;

pub use bulk::{open_bulk_form, run_bulk_step};
pub(crate) use flows::remove_admin_detail;
pub use view::*;

use super::App;
use super::action::Action;
use super::keymap::{Binding, SideKeys, bind, ch, code, guarded};
use crate::domain::ids::{AdminRelationshipId, Email, TenantId};
use crate::domain::permission::Operation;
use crate::text;
use anyhow::Result;
use crossterm::event::KeyCode;

/// What the Permissions tab's keys ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    NextPane,
    OpenEvent,
    AddUser,
    EditUser,
    RemoveUser,
    RequestGranular,
    ToggleAutoExtend,
    Terminate,
    Approve,
    RemoveAdmin,
    MoveAdmin,
    RemoveUserConfirmed(Email),
    TerminateConfirmed(AdminRelationshipId),
    RemoveLegacyAdminConfirmed(TenantId),
    Assign,
    Unassign,
    ExportBulk,
    /// The selected relationship's approval email, in the editor.
    ApprovalEmail,
    NewTemplate,
    EditTemplate,
    RemoveTemplate,
    /// The answer to "remove this role template?".
    RemoveTemplateConfirmed(String),
    /// The answer to "approve this relationship?", asked with what it grants.
    ApproveConfirmed(AdminRelationshipId),
    /// The answer to "move the admin privileges to this partner?", asked with what it grants.
    MoveAdminConfirmed(TenantId, crate::domain::ids::PartnerId),
}

/// The Permissions tab's forms.
#[derive(Debug, Clone)]
pub enum FormKind {
    AddUser,
    EditUser(Email, u64),
    RequestGranular,
    MoveAdmin(TenantId),
    Assign(AdminRelationshipId),
    /// Which of these access assignments (a relationship's live ones) to remove.
    Unassign(Vec<crate::domain::ids::AccessAssignmentId>),
    /// A bulk granular admin action over these customers.
    Bulk(Vec<TenantId>),
    NewTemplate,
    /// Which of the partner's templates (by name) the form changes.
    EditTemplate(String),
}

use Act::*;

const fn act(a: Act) -> Action {
    Action::Permissions(a)
}

const USERS_KEYS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true),
    guarded(&[ch('n')], "n", text::KEY_ADD_USER, act(AddUser), Operation::ManagePartnerUsers),
    guarded(&[ch('e')], "e", text::KEY_EDIT_USER, act(EditUser), Operation::ManagePartnerUsers),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_USER, act(RemoveUser), Operation::ManagePartnerUsers),
];

const RELATIONSHIPS_KEYS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true),
    guarded(&[ch('n')], "n", text::KEY_REQUEST_GDAP, act(RequestGranular), Operation::ManageAdminRelationships),
    guarded(&[ch('e')], "e", text::KEY_AUTO_EXTEND, act(ToggleAutoExtend), Operation::ManageAdminRelationships),
    guarded(&[ch('d')], "d", text::KEY_TERMINATE, act(Terminate), Operation::ManageAdminRelationships),
    guarded(&[ch('a')], "a", text::gdap::KEY_ASSIGN, act(Assign), Operation::ManageAdminRelationships),
    guarded(&[ch('u')], "u", text::gdap::KEY_UNASSIGN, act(Unassign), Operation::ManageAdminRelationships),
    guarded(&[ch('m')], "m", text::gdap::KEY_APPROVAL_EMAIL, act(ApprovalEmail), Operation::ManageAdminRelationships),
];

const BULK_KEYS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true),
    bind(&[ch('x')], "x", text::gdap::KEY_EXPORT_RESULTS, act(ExportBulk), true),
];

const TEMPLATES_KEYS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true),
    guarded(&[ch('n')], "n", text::gdap::KEY_NEW_TEMPLATE, act(NewTemplate), Operation::ManageAdminRelationships),
    guarded(&[ch('e')], "e", text::gdap::KEY_EDIT_TEMPLATE, act(EditTemplate), Operation::ManageAdminRelationships),
    guarded(&[ch('d')], "d", text::gdap::KEY_REMOVE_TEMPLATE, act(RemoveTemplate), Operation::ManageAdminRelationships),
];

const EXPIRING_KEYS: &[Binding] = &[bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true)];

const AUDIT_KEYS: &[Binding] = &[
    bind(&[ch('v')], "v", text::KEY_NEXT_VIEW, act(NextPane), true),
    bind(&[code(KeyCode::Enter), code(KeyCode::Right), ch('l')], "Enter", text::KEY_AUDIT_EVENT, act(OpenEvent), true),
];

const CUSTOMER_KEYS: &[Binding] = &[
    guarded(&[ch('a')], "a", text::KEY_APPROVE, act(Approve), Operation::ManageCustomerAdminPrivileges),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_ADMIN, act(RemoveAdmin), Operation::ManageCustomerAdminPrivileges),
    guarded(&[ch('m')], "m", text::KEY_MOVE_ADMIN, act(MoveAdmin), Operation::ManageCustomerAdminPrivileges),
];

/// The tab's keys on each side of the book (the partner's depend on the pane: see
/// `pane_keys`).
pub const KEYS: SideKeys = SideKeys { partner: USERS_KEYS, customer: CUSTOMER_KEYS };

/// The partner's keys on `pane`.
pub fn pane_keys(pane: Pane) -> &'static [Binding] {
    match pane {
        Pane::Users => USERS_KEYS,
        Pane::Relationships => RELATIONSHIPS_KEYS,
        Pane::Audit => AUDIT_KEYS,
        Pane::Bulk => BULK_KEYS,
        Pane::Templates => TEMPLATES_KEYS,
        Pane::Expiring => EXPIRING_KEYS,
    }
}

pub(super) fn update(app: &mut App, act: Act) -> Result<()> {
    let users = Operation::ManagePartnerUsers;
    let relationships = Operation::ManageAdminRelationships;
    let privileges = Operation::ManageCustomerAdminPrivileges;
    match act {
        NextPane => flows::next_pane(app)?,
        OpenEvent => flows::open_event(app),
        AddUser if !app.refused(users) => flows::open_user_form(app, None),
        EditUser if !app.refused(users) => flows::open_selected_user_form(app),
        RemoveUser if !app.refused(users) => flows::ask_remove_user(app),
        RequestGranular if !app.refused(relationships) => flows::open_granular_form(app),
        ToggleAutoExtend if !app.refused(relationships) => flows::toggle_auto_extend(app)?,
        Terminate if !app.refused(relationships) => flows::ask_terminate(app),
        Approve if !app.refused(privileges) => flows::ask_approve(app),
        RemoveAdmin if !app.refused(privileges) => flows::ask_remove_admin(app),
        MoveAdmin if !app.refused(privileges) => flows::open_move_admin_form(app),
        RemoveUserConfirmed(email) => flows::remove_user(app, &email)?,
        TerminateConfirmed(id) => flows::terminate(app, id)?,
        RemoveLegacyAdminConfirmed(tenant) => flows::remove_legacy_admin(app, tenant)?,
        Assign if !app.refused(relationships) => assignments::open_assign_form(app),
        Unassign if !app.refused(relationships) => assignments::open_unassign_form(app),
        ExportBulk => bulk::export_results(app)?,
        ApprovalEmail if !app.refused(relationships) => flows::open_approval_email(app)?,
        NewTemplate if !app.refused(relationships) => templates::open_new_form(app),
        EditTemplate if !app.refused(relationships) => templates::open_edit_form(app),
        RemoveTemplate if !app.refused(relationships) => templates::ask_remove(app),
        RemoveTemplateConfirmed(name) => templates::remove(app, &name)?,
        ApproveConfirmed(id) => flows::approve(app, id)?,
        MoveAdminConfirmed(tenant, partner) => flows::move_admin(app, tenant, partner)?,
        AddUser | EditUser | RemoveUser | RequestGranular | ToggleAutoExtend | Terminate | Approve | RemoveAdmin
        | MoveAdmin | Assign | Unassign | ApprovalEmail | NewTemplate | EditTemplate | RemoveTemplate => {}
    }
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    match kind {
        FormKind::Bulk(tenants) => bulk::start(app, tenants),
        other => flows::submit(app, other),
    }
}
