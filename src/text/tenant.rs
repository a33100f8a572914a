//! Administering a customer from its open record: subscriptions, licences and users.

use crate::i18n::Phrase;
use crate::t;

pub const KEY_SUSPEND: Phrase = Phrase("tenant-key-suspend");
pub const KEY_REACTIVATE: Phrase = Phrase("tenant-key-reactivate");
pub const KEY_QUANTITY: Phrase = Phrase("tenant-key-quantity");
pub const KEY_CANCEL_SUBSCRIPTION: Phrase = Phrase("tenant-key-cancel-subscription");
pub const KEY_ASSIGN: Phrase = Phrase("tenant-key-assign");
pub const KEY_UNASSIGN: Phrase = Phrase("tenant-key-unassign");
pub const KEY_ADD_TENANT_USER: Phrase = Phrase("tenant-key-add-tenant-user");
pub const KEY_RESET_PASSWORD: Phrase = Phrase("tenant-key-reset-password");
pub const KEY_GLOBAL_ADMIN: Phrase = Phrase("tenant-key-global-admin");

pub const SUSPEND_TITLE: Phrase = Phrase("tenant-suspend-title");
pub const SUSPEND_SUBMIT: Phrase = Phrase("tenant-suspend-submit");
pub const REACTIVATE_TITLE: Phrase = Phrase("tenant-reactivate-title");
pub const REACTIVATE_SUBMIT: Phrase = Phrase("tenant-reactivate-submit");
pub const QUANTITY_TITLE: Phrase = Phrase("tenant-quantity-title");
pub const QUANTITY_SUBMIT: Phrase = Phrase("tenant-quantity-submit");
pub const CANCEL_TITLE: Phrase = Phrase("tenant-cancel-title");
pub const CANCEL_SUBMIT: Phrase = Phrase("tenant-cancel-submit");
pub const ASSIGN_TITLE: Phrase = Phrase("tenant-assign-title");
pub const ASSIGN_SUBMIT: Phrase = Phrase("tenant-assign-submit");
pub const UNASSIGN_TITLE: Phrase = Phrase("tenant-unassign-title");
pub const UNASSIGN_SUBMIT: Phrase = Phrase("tenant-unassign-submit");
pub const ADD_TENANT_USER_TITLE: Phrase = Phrase("tenant-add-tenant-user-title");
pub const ADD_TENANT_USER_SUBMIT: Phrase = Phrase("tenant-add-tenant-user-submit");
pub const RESET_TITLE: Phrase = Phrase("tenant-reset-title");
pub const RESET_SUBMIT: Phrase = Phrase("tenant-reset-submit");
pub const RESET_HINT: Phrase = Phrase("tenant-reset-hint");
pub const PASSWORD_TITLE: Phrase = Phrase("tenant-password-title");
pub const PASSWORD_DONE: Phrase = Phrase("tenant-password-done");
pub const PASSWORD_HINT: Phrase = Phrase("tenant-password-hint");
pub const GLOBAL_ADMIN_TITLE: Phrase = Phrase("tenant-global-admin-title");
pub const GLOBAL_ADMIN_SUBMIT: Phrase = Phrase("tenant-global-admin-submit");
pub const MAKE_GLOBAL_ADMIN: Phrase = Phrase("tenant-make-global-admin");
pub const REMOVE_GLOBAL_ADMIN: Phrase = Phrase("tenant-remove-global-admin");
pub const QUANTITY_HINT: Phrase = Phrase("tenant-quantity-hint");
pub const ADD_USER_GLOBAL_HINT: Phrase = Phrase("tenant-add-user-global-hint");
pub const CANCEL_DETAIL: Phrase = Phrase("tenant-cancel-detail");

pub fn no_subscriptions(company: &str) -> String {
    t!("tenant-no-subscriptions", company = company)
}
pub fn no_users(company: &str) -> String {
    t!("tenant-no-users", company = company)
}
/// One subscription as a form's choice shows it: what tells it apart first, as a narrow screen
/// cuts the end.
pub fn subscription_option(id: &str, offer: &str, assigned: u32, quantity: u32, status: &str) -> String {
    t!("tenant-subscription-option", id = id, status = status, assigned = assigned, quantity = quantity, offer = offer)
}
/// One user as a form's choice shows it, the address first.
pub fn tenant_user_option(name: &str, email: &str, global_admin: bool) -> String {
    if global_admin {
        t!("tenant-user-option-global-admin", email = email, name = name)
    } else {
        t!("tenant-user-option", email = email, name = name)
    }
}
pub fn cancel_prompt(id: &str, offer: &str, company: &str) -> String {
    t!("tenant-cancel-prompt", id = id, offer = offer, company = company)
}
pub fn subscription_suspended(id: &str, company: &str) -> String {
    t!("tenant-subscription-suspended", id = id, company = company)
}
pub fn subscription_reactivated(id: &str, company: &str) -> String {
    t!("tenant-subscription-reactivated", id = id, company = company)
}
pub fn subscription_cancelled(id: &str, company: &str) -> String {
    t!("tenant-subscription-cancelled", id = id, company = company)
}
pub fn quantity_changed(id: &str, quantity: u32) -> String {
    t!("tenant-quantity-changed", id = id, quantity = quantity)
}
pub fn licence_assigned(id: &str, email: &str) -> String {
    t!("tenant-licence-assigned", id = id, email = email)
}
pub fn licence_unassigned(id: &str, email: &str) -> String {
    t!("tenant-licence-unassigned", id = id, email = email)
}
pub fn user_added(email: &str, company: &str) -> String {
    t!("tenant-user-added", email = email, company = company)
}
pub fn global_admin_given(email: &str) -> String {
    t!("tenant-global-admin-given", email = email)
}
pub fn global_admin_taken(email: &str) -> String {
    t!("tenant-global-admin-taken", email = email)
}
pub fn password_reset(email: &str) -> String {
    t!("tenant-password-reset", email = email)
}

pub fn suspend_and_remove_prompt(company: &str, subscriptions: &[String]) -> String {
    t!(
        "tenant-suspend-and-remove-prompt",
        company = company,
        count = subscriptions.len(),
        ids = crate::i18n::list(subscriptions)
    )
}
/// What the confirmation of removing a reseller relationship says survives it; `remains` lists
/// the relationships that stay, by their labels and ids.
pub fn removal_detail(company: &str, remains: &[String]) -> String {
    if remains.is_empty() {
        t!("tenant-removal-detail", company = company)
    } else {
        t!("tenant-removal-detail-remains", company = company, remains = crate::i18n::list(remains))
    }
}
pub fn granular_remains(id: &str) -> String {
    t!("tenant-granular-remains", id = id)
}
pub fn suspended_and_removed(company: &str, count: usize) -> String {
    t!("tenant-suspended-and-removed", company = company, count = count)
}
