//! Administering the customer whose record is open (rule 14): its subscriptions (suspend,
//! reactivate, licence count, cancel, licences of users) and its users (add, reset a password,
//! Global admin). Each action opens a form that names the subscription or the user by a choice
//! field — the move keys keep scrolling the record and moving in the list — and its keys are
//! in force, and in the footer, only while the record is open.

use super::{Act, FormKind, flows};
use crate::app::App;
use crate::app::action::Action;
use crate::app::form::{Field, Form};
use crate::app::keymap::{Binding, SideKeys, ch, guarded};
use crate::app::overlay::{Overlay, Purpose};
use crate::domain::Input;
use crate::domain::customer::Customer;
use crate::domain::ids::{Email, SubscriptionId, TenantId};
use crate::domain::permission::Operation;
use crate::domain::tenant_admin::{self as rules, NewTenantUser, RecordNeed};
use crate::i18n::Phrase;
use crate::operations::tenant::{self as ops, SubscriptionChange};
use crate::text;
use anyhow::Result;

/// What can be done to one subscription from the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriptionVerb {
    Suspend,
    Reactivate,
    Quantity,
    Cancel,
    Assign,
    Unassign,
}

impl SubscriptionVerb {
    fn title(self) -> (Phrase, Phrase) {
        match self {
            SubscriptionVerb::Suspend => (text::SUSPEND_TITLE, text::SUSPEND_SUBMIT),
            SubscriptionVerb::Reactivate => (text::REACTIVATE_TITLE, text::REACTIVATE_SUBMIT),
            SubscriptionVerb::Quantity => (text::QUANTITY_TITLE, text::QUANTITY_SUBMIT),
            SubscriptionVerb::Cancel => (text::CANCEL_TITLE, text::CANCEL_SUBMIT),
            SubscriptionVerb::Assign => (text::ASSIGN_TITLE, text::ASSIGN_SUBMIT),
            SubscriptionVerb::Unassign => (text::UNASSIGN_TITLE, text::UNASSIGN_SUBMIT),
        }
    }

    fn needs(self) -> Operation {
        match self {
            SubscriptionVerb::Assign | SubscriptionVerb::Unassign => Operation::ManageTenantUsers,
            _ => Operation::ManageSubscriptions,
        }
    }
}

/// What the record's keys ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordAct {
    Subscription(SubscriptionVerb),
    AddUser,
    ResetPassword,
    GlobalAdmin,
    /// The answer to "cancel this subscription?".
    CancelConfirmed(TenantId, SubscriptionId),
}

/// The record's forms: each remembers the customer, and the subscriptions and users its choice
/// fields list, in the order shown.
#[derive(Debug, Clone)]
pub enum RecordForm {
    Subscription {
        tenant: TenantId,
        verb: SubscriptionVerb,
        subscriptions: Vec<SubscriptionId>,
        users: Vec<Email>,
    },
    AddUser(TenantId),
    ResetPassword(TenantId, Vec<Email>),
    /// The temporary password, shown once: submitting it only closes it.
    PasswordShown,
    GlobalAdmin(TenantId, Vec<Email>),
}

use RecordAct::*;
use SubscriptionVerb as V;

/// One key of the record: the key, what the help says, what it does, what it needs.
macro_rules! record_key {
    ($key:literal, $shown:literal, $help:expr, $act:expr, $needs:expr) => {
        guarded(&[ch($key)], $shown, $help, Action::Customers(Act::Record($act)), $needs)
    };
}

const SUBSCRIPTIONS: Operation = Operation::ManageSubscriptions;
const USERS: Operation = Operation::ManageTenantUsers;
const SUSPEND: Binding = record_key!('S', "S", text::KEY_SUSPEND, Subscription(V::Suspend), SUBSCRIPTIONS);
const REACTIVATE: Binding = record_key!('R', "R", text::KEY_REACTIVATE, Subscription(V::Reactivate), SUBSCRIPTIONS);
const QUANTITY: Binding = record_key!('Q', "Q", text::KEY_QUANTITY, Subscription(V::Quantity), SUBSCRIPTIONS);
const CANCEL: Binding = record_key!('X', "X", text::KEY_CANCEL_SUBSCRIPTION, Subscription(V::Cancel), SUBSCRIPTIONS);
const ASSIGN: Binding = record_key!('L', "L", text::KEY_ASSIGN, Subscription(V::Assign), USERS);
const UNASSIGN: Binding = record_key!('U', "U", text::KEY_UNASSIGN, Subscription(V::Unassign), USERS);
const ADD_USER: Binding = record_key!('u', "u", text::KEY_ADD_TENANT_USER, AddUser, USERS);
const RESET: Binding = record_key!('P', "P", text::KEY_RESET_PASSWORD, ResetPassword, USERS);
const GLOBAL_ADMIN: Binding = record_key!('M', "M", text::KEY_GLOBAL_ADMIN, GlobalAdmin, USERS);

/// The open record's keys on each side: the customer's own admins administer its users, and
/// leave its subscriptions to the partner that sells them.
pub const RECORD_KEYS: SideKeys = SideKeys {
    partner: &[SUSPEND, REACTIVATE, QUANTITY, CANCEL, ASSIGN, UNASSIGN, ADD_USER, RESET, GLOBAL_ADMIN],
    customer: &[ASSIGN, UNASSIGN, ADD_USER, RESET, GLOBAL_ADMIN],
};

impl super::CustomersView {
    /// Whether the selected customer's record is open (its actions are then in force).
    pub fn record_open(&self) -> bool {
        self.selected_row().is_some_and(|r| self.expanded.contains_key(&r.tenant_id))
    }
}

pub(super) fn update(app: &mut App, act: RecordAct) -> Result<()> {
    let needs = match &act {
        Subscription(verb) => Some(verb.needs()),
        AddUser | ResetPassword | GlobalAdmin => Some(Operation::ManageTenantUsers),
        CancelConfirmed(..) => None,
    };
    if needs.is_some_and(|op| app.refused(op)) {
        return Ok(());
    }
    if let CancelConfirmed(tenant, id) = act {
        return app.run_and_report(|app, ctx| {
            ops::change_subscription(app.book(), ctx, tenant, id, &SubscriptionChange::Cancel)
                .map(|c| text::subscription_cancelled(&id.to_string(), &c.company_name))
        });
    }
    let Some(customer) = flows::selected_customer(app)? else { return Ok(()) };
    // The domain says first whether this actor may do it here at all: no form filled in vain.
    let need = match &act {
        Subscription(V::Assign | V::Unassign) | AddUser | GlobalAdmin => RecordNeed::Global,
        Subscription(_) => RecordNeed::Reseller,
        ResetPassword => RecordNeed::AnyAuthority,
        CancelConfirmed(..) => return Ok(()),
    };
    let Some(partner) = app.org.as_ref().map(|o| o.partner_id) else { return Ok(()) };
    if !app.would_succeed(|actor| rules::may_begin(actor, &customer, partner, need)) {
        return Ok(());
    }
    let form = match act {
        Subscription(verb) => subscription_form(app, &customer, verb),
        AddUser => Some(add_user_form(&customer)),
        ResetPassword => user_form(app, &customer, |tenant, users| {
            (RecordForm::ResetPassword(tenant, users), text::RESET_TITLE, text::RESET_SUBMIT, vec![])
        }),
        GlobalAdmin => user_form(app, &customer, |tenant, users| {
            let verbs = vec![text::MAKE_GLOBAL_ADMIN.to_string(), text::REMOVE_GLOBAL_ADMIN.to_string()];
            let field = Field::choice(Input::GlobalAdmin, verbs, 0);
            (RecordForm::GlobalAdmin(tenant, users), text::GLOBAL_ADMIN_TITLE, text::GLOBAL_ADMIN_SUBMIT, vec![field])
        }),
        CancelConfirmed(..) => None,
    };
    if let Some((kind, form)) = form {
        app.push_form(Purpose::Customers(FormKind::Record(kind)), form);
    }
    Ok(())
}

fn user_choices(c: &Customer) -> (Vec<Email>, Vec<String>) {
    c.users
        .iter()
        .map(|u| (u.email.clone(), text::tenant_user_option(&u.name, u.email.as_str(), u.global_admin)))
        .unzip()
}

fn subscription_form(app: &mut App, c: &Customer, verb: SubscriptionVerb) -> Option<(RecordForm, Form)> {
    if c.subscriptions.is_empty() {
        app.error(text::no_subscriptions(&c.company_name));
        return None;
    }
    let (ids, labels): (Vec<SubscriptionId>, Vec<String>) = c
        .subscriptions
        .iter()
        .map(|s| {
            let label = text::subscription_option(
                &s.id.to_string(),
                &s.offer,
                s.assigned,
                s.quantity,
                &s.status.label().to_string(),
            );
            (s.id, label)
        })
        .unzip();
    // The first subscription the action fits is offered first; any may be chosen, and the domain
    // says why one does not fit.
    let fits = |s: &crate::domain::customer::Subscription| match verb {
        V::Suspend | V::Assign | V::Unassign | V::Cancel => s.status.is_live(),
        V::Reactivate => s.status == crate::domain::customer::SubscriptionStatus::Suspended,
        V::Quantity => s.status == crate::domain::customer::SubscriptionStatus::Active,
    };
    // The subscription `:sub` went to comes first, whether or not the action fits it.
    let focus = app.customers.focus.filter(|(t, _)| *t == c.tenant_id).map(|(_, id)| id);
    let first = (c.subscriptions.iter().position(|s| Some(s.id) == focus))
        .or_else(|| c.subscriptions.iter().position(fits))
        .unwrap_or(0);
    let mut fields =
        vec![Field::fixed(Input::Customer, c.company_name.clone()), Field::choice(Input::Subscription, labels, first)];
    let (emails, user_labels) = user_choices(c);
    match verb {
        V::Quantity => {
            let current = c.subscriptions.get(first).map_or(String::new(), |s| s.quantity.to_string());
            fields.push(Field::text(Input::Licences, "", &current).with_hint(text::QUANTITY_HINT));
        }
        V::Assign | V::Unassign => {
            if emails.is_empty() {
                app.error(text::no_users(&c.company_name));
                return None;
            }
            fields.push(Field::choice(Input::User, user_labels, 0));
        }
        V::Suspend | V::Reactivate | V::Cancel => {}
    }
    let (title, submit) = verb.title();
    let kind = RecordForm::Subscription { tenant: c.tenant_id, verb, subscriptions: ids, users: emails };
    Some((kind, Form::new(title, submit, fields)))
}

fn add_user_form(c: &Customer) -> (RecordForm, Form) {
    let fields = vec![
        Field::fixed(Input::Customer, c.company_name.clone()),
        Field::text(Input::Name, "", ""),
        Field::text(Input::Email, "", text::CONTACT_PLACEHOLDER),
        Field::toggle(Input::GlobalAdmin, false, None).with_hint(text::ADD_USER_GLOBAL_HINT),
    ];
    (RecordForm::AddUser(c.tenant_id), Form::new(text::ADD_TENANT_USER_TITLE, text::ADD_TENANT_USER_SUBMIT, fields))
}

/// A form that names one of the customer's users, with `extra` fields after it.
fn user_form(
    app: &mut App,
    c: &Customer,
    make: impl FnOnce(TenantId, Vec<Email>) -> (RecordForm, Phrase, Phrase, Vec<Field>),
) -> Option<(RecordForm, Form)> {
    let (emails, labels) = user_choices(c);
    if emails.is_empty() {
        app.error(text::no_users(&c.company_name));
        return None;
    }
    let (kind, title, submit, extra) = make(c.tenant_id, emails);
    let mut user = Field::choice(Input::User, labels, 0);
    if matches!(kind, RecordForm::ResetPassword(..)) {
        user = user.with_hint(text::RESET_HINT);
    }
    let mut fields = vec![Field::fixed(Input::Customer, c.company_name.clone()), user];
    fields.extend(extra);
    Some((kind, Form::new(title, submit, fields)))
}

pub(super) fn submit(app: &mut App, kind: RecordForm) -> Result<()> {
    let Some(Overlay::Form(state)) = app.overlays.last() else { return Ok(()) };
    let form = &state.form;
    let picked_user = |users: &[Email]| users.get(form.choice(&Input::User)).cloned();
    match kind {
        RecordForm::PasswordShown => {
            app.overlays.pop();
            Ok(())
        }
        RecordForm::Subscription { tenant, verb, subscriptions, users } => {
            let Some(id) = subscriptions.get(form.choice(&Input::Subscription)).copied() else { return Ok(()) };
            let user = picked_user(&users);
            let change = match (verb, user) {
                (V::Suspend, _) => SubscriptionChange::Suspend,
                (V::Reactivate, _) => SubscriptionChange::Reactivate,
                (V::Quantity, _) => SubscriptionChange::SetQuantity(form.text(&Input::Licences)),
                (V::Assign, Some(user)) => SubscriptionChange::Assign(user),
                (V::Unassign, Some(user)) => SubscriptionChange::Unassign(user),
                (V::Cancel, _) => return ask_cancel(app, tenant, id),
                (V::Assign | V::Unassign, None) => return Ok(()),
            };
            let result = {
                let ctx = app.op_ctx()?;
                ops::change_subscription(app.book(), &ctx, tenant, id, &change).map(|c| {
                    let sub = id.to_string();
                    match &change {
                        SubscriptionChange::Suspend => text::subscription_suspended(&sub, &c.company_name),
                        SubscriptionChange::Reactivate => text::subscription_reactivated(&sub, &c.company_name),
                        SubscriptionChange::SetQuantity(_) => text::quantity_changed(
                            &sub,
                            c.subscriptions.iter().find(|s| s.id == id).map_or(0, |s| s.quantity),
                        ),
                        SubscriptionChange::Assign(user) => text::licence_assigned(&sub, user.as_str()),
                        SubscriptionChange::Unassign(user) => text::licence_unassigned(&sub, user.as_str()),
                        SubscriptionChange::Cancel => text::subscription_cancelled(&sub, &c.company_name),
                    }
                })
            };
            app.finish_form(result)
        }
        RecordForm::AddUser(tenant) => {
            let input = NewTenantUser {
                name: form.text(&Input::Name),
                email: form.text(&Input::Email),
                global_admin: form.toggle(&Input::GlobalAdmin),
            };
            let result = {
                let ctx = app.op_ctx()?;
                ops::add_user(app.book(), &ctx, tenant, &input).map(|c| {
                    let added = c.users.last().map_or(String::new(), |u| u.email.to_string());
                    text::user_added(&added, &c.company_name)
                })
            };
            app.finish_form(result)
        }
        RecordForm::GlobalAdmin(tenant, users) => {
            let Some(user) = picked_user(&users) else { return Ok(()) };
            let on = form.choice(&Input::GlobalAdmin) == 0;
            let result = {
                let ctx = app.op_ctx()?;
                ops::set_global_admin(app.book(), &ctx, tenant, user.as_str(), on).map(|_| {
                    if on { text::global_admin_given(user.as_str()) } else { text::global_admin_taken(user.as_str()) }
                })
            };
            app.finish_form(result)
        }
        RecordForm::ResetPassword(tenant, users) => {
            let Some(user) = picked_user(&users) else { return Ok(()) };
            let result = {
                let ctx = app.op_ctx()?;
                ops::reset_password(app.book(), &ctx, tenant, user.as_str())
            };
            match result {
                Ok(reset) => {
                    // The reset form becomes the one place the password is ever shown.
                    app.overlays.pop();
                    let fields = vec![
                        Field::fixed(Input::Customer, reset.company),
                        Field::fixed(Input::User, reset.user.to_string()),
                        Field::fixed(Input::TemporaryPassword, reset.temporary_password).with_hint(text::PASSWORD_HINT),
                    ];
                    let shown = Form::new(text::PASSWORD_TITLE, text::PASSWORD_DONE, fields);
                    app.push_form(Purpose::Customers(FormKind::Record(RecordForm::PasswordShown)), shown);
                    app.reload()?;
                    app.info(text::password_reset(reset.user.as_str()));
                }
                Err(e) => app.report(e),
            }
            Ok(())
        }
    }
}

/// Says at once why cancelling would be refused (in the form), or asks first.
fn ask_cancel(app: &mut App, tenant: TenantId, id: SubscriptionId) -> Result<()> {
    let Some(customer) = app.book().read().map(|r| crate::store::Reads::customer(&r, tenant))?? else {
        return Ok(());
    };
    let partner = app.org.as_ref().map(|o| o.partner_id);
    let refusal = match (app.actor(), partner) {
        (Some(actor), Some(partner)) => {
            rules::may_change_subscriptions(actor, &customer, partner).and_then(|()| rules::cancel(&customer, id)).err()
        }
        _ => None,
    };
    if let Some(refusal) = refusal {
        if let Some(Overlay::Form(state)) = app.overlays.last_mut() {
            state.form.refuse(refusal);
        }
        return Ok(());
    }
    app.overlays.pop();
    let offer = customer.subscriptions.iter().find(|s| s.id == id).map_or(String::new(), |s| s.offer.clone());
    let prompt = text::cancel_prompt(&id.to_string(), &offer, &customer.company_name);
    app.confirm(&prompt, text::CANCEL_DETAIL, Action::Customers(Act::Record(CancelConfirmed(tenant, id))), None);
    Ok(())
}
