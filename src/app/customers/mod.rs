//! The Customers tab: the list (`view`), its record, and the workflows on it — add and edit a
//! customer, support contacts for one or many (a bulk job), service requests, product keys,
//! removing the reseller relationship, marking and exporting.

mod bulk;
pub mod collation;
mod flows;
pub mod index;
mod record;
mod view;

pub use record::{RECORD_KEYS, RecordAct, RecordForm, SubscriptionVerb};
pub use view::*;

use super::action::Action;
use super::keymap::{Binding, SideKeys, bind, ch, code, guarded, hidden};
use super::{App, invitations, offers};
use crate::domain::ids::TenantId;
use crate::domain::permission::Operation;
use crate::text;
use anyhow::Result;
use crossterm::event::KeyCode;

/// What the Customers tab's keys ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    Expand,
    Collapse,
    CycleSort,
    New,
    Edit,
    SupportContacts,
    ServiceRequest,
    ProductKey,
    RemoveReseller,
    Mark,
    MarkAll,
    Export,
    /// Only the customers with a granular admin access problem, or all again.
    ProblemsOnly,
    /// A granular admin action over the marked (or shown) customers.
    GdapBulk,
    /// The answer to "remove the reseller relationship?".
    RemoveResellerConfirmed(TenantId),
    /// The answer to "suspend these subscriptions and remove the reseller relationship?".
    SuspendAndRemoveConfirmed(TenantId),
    /// An action on the open record (see `record`).
    Record(RecordAct),
}

/// The Customers tab's forms.
#[derive(Debug, Clone)]
pub enum FormKind {
    New,
    Edit(TenantId, u64),
    /// Support contacts for these customers.
    SupportContacts(Vec<TenantId>),
    ServiceRequest(TenantId),
    /// A product key for this customer; the offers the form lists, by catalogue id.
    ProductKey(TenantId, Vec<u32>),
    /// A form of the open record.
    Record(RecordForm),
}

use Act::*;

/// Opening a customer's record, the same on both sides.
const EXPAND: Binding = bind(
    &[code(KeyCode::Enter), code(KeyCode::Right), ch('l')],
    "Enter →",
    text::KEY_EXPAND,
    Action::Customers(Expand),
    true,
);

const PARTNER_KEYS: &[Binding] = &[
    EXPAND,
    bind(&[code(KeyCode::Left), ch('h')], "←", text::KEY_COLLAPSE, Action::Customers(Collapse), false),
    guarded(
        &[ch('r')],
        "r",
        text::KEY_REQUEST,
        Action::Invitations(invitations::Act::Request),
        Operation::RequestReseller,
    ),
    hidden(
        &[ch('D')],
        "D",
        text::KEY_RESTORE_ADMIN,
        Action::Invitations(invitations::Act::RestoreAdmin),
        Operation::RequestReseller,
    ),
    guarded(&[ch('n')], "n", text::KEY_NEW_CUSTOMER, Action::Customers(New), Operation::AddCustomer),
    hidden(&[ch('e')], "e", text::KEY_EDIT_CUSTOMER, Action::Customers(Edit), Operation::EditCustomer),
    hidden(
        &[ch('c')],
        "c",
        text::KEY_SUPPORT_CONTACTS,
        Action::Customers(SupportContacts),
        Operation::AssignSupportContact,
    ),
    hidden(
        &[ch('o')],
        "o",
        text::KEY_SERVICE_REQUEST,
        Action::Customers(ServiceRequest),
        Operation::OpenServiceRequest,
    ),
    hidden(&[ch('p')], "p", text::KEY_PRODUCT_KEY, Action::Customers(ProductKey), Operation::AddSubscription),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_RESELLER, Action::Customers(RemoveReseller), Operation::RemoveReseller),
    hidden(&[ch('t')], "t", text::KEY_TRIAL, Action::Offers(offers::Act::Trial), Operation::SendOffer),
    hidden(&[ch('O')], "O", text::KEY_PURCHASE_OFFER, Action::Offers(offers::Act::Purchase), Operation::SendOffer),
    hidden(&[ch('A')], "A", text::KEY_ADMIN_OFFER, Action::Offers(offers::Act::Admin), Operation::SendOffer),
    bind(&[ch(' ')], "Space", text::KEY_MARK, Action::Customers(Mark), true),
    bind(&[ch('a')], "a", text::KEY_MARK_ALL, Action::Customers(MarkAll), false),
    bind(&[ch('x')], "x", text::KEY_EXPORT, Action::Customers(Export), false),
    bind(&[ch('s')], "s", text::KEY_SORT, Action::Customers(CycleSort), false),
    bind(&[ch('!')], "!", text::gdap::KEY_PROBLEMS_ONLY, Action::Customers(ProblemsOnly), false),
    hidden(&[ch('b')], "b", text::gdap::KEY_BULK, Action::Customers(GdapBulk), Operation::ManageAdminRelationships),
];

const CUSTOMER_KEYS: &[Binding] =
    &[EXPAND, bind(&[code(KeyCode::Left), ch('h')], "←", text::KEY_COLLAPSE, Action::Customers(Collapse), true)];

/// The tab's keys on each side of the book.
pub const KEYS: SideKeys = SideKeys { partner: PARTNER_KEYS, customer: CUSTOMER_KEYS };

pub(super) fn update(app: &mut App, act: Act) -> Result<()> {
    match act {
        Expand => {
            let read = app.book().read()?;
            app.customers.expand(&read)?;
        }
        Collapse => {
            app.customers.collapse();
        }
        CycleSort => {
            app.customers.cycle_sort();
            let label = app.customers.sort.map_or_else(String::new, |s| s.shown(app.customers.descending));
            app.info(text::sorted_by(&label));
        }
        Mark => {
            app.customers.toggle_mark();
            app.customers.list.move_by(1);
        }
        MarkAll => app.customers.toggle_mark_all(),
        ProblemsOnly => {
            app.customers.toggle_problems_only();
            let shown = app.customers.list.shown();
            app.info(text::gdap::problems_only(app.customers.problems_only, shown));
        }
        Export => bulk::export(app)?,
        New if !app.refused(Operation::AddCustomer) => flows::open_new_customer_form(app),
        Edit if !app.refused(Operation::EditCustomer) => flows::open_edit_form(app)?,
        SupportContacts if !app.refused(Operation::AssignSupportContact) => flows::open_contacts_form(app)?,
        ServiceRequest if !app.refused(Operation::OpenServiceRequest) => flows::open_service_request_form(app),
        ProductKey if !app.refused(Operation::AddSubscription) => flows::open_product_key_form(app)?,
        RemoveReseller if !app.refused(Operation::RemoveReseller) => flows::ask_remove_reseller(app)?,
        RemoveResellerConfirmed(id) => flows::remove_reseller(app, id)?,
        SuspendAndRemoveConfirmed(id) => flows::suspend_and_remove_reseller(app, id)?,
        Record(act) => record::update(app, act)?,
        GdapBulk if !app.refused(Operation::ManageAdminRelationships) => super::permissions::open_bulk_form(app),
        New | Edit | SupportContacts | ServiceRequest | ProductKey | RemoveReseller | GdapBulk => {}
    }
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    match kind {
        FormKind::SupportContacts(ids) => bulk::start_support_contacts(app, ids),
        FormKind::Record(form) => record::submit(app, form),
        other => flows::submit(app, other),
    }
}

pub(super) use bulk::{cancel_job, run_job_step};
