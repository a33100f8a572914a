//! Administering a customer from its open record: subscriptions, licences and users.

use crate::i18n::Phrase;

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
    format!("{company} has no subscriptions.")
}
pub fn no_users(company: &str) -> String {
    format!("{company} has no users.")
}
/// One subscription as a form's choice shows it: what tells it apart first, as a narrow screen
/// cuts the end.
pub fn subscription_option(id: &str, offer: &str, assigned: u32, quantity: u32, status: &str) -> String {
    format!("{id} · {status} · {assigned}/{quantity} assigned · {offer}")
}
/// One user as a form's choice shows it, the address first.
pub fn tenant_user_option(name: &str, email: &str, global_admin: bool) -> String {
    if global_admin { format!("{email} · Global admin · {name}") } else { format!("{email} · {name}") }
}
pub fn cancel_prompt(id: &str, offer: &str, company: &str) -> String {
    format!("Cancel {id} ({offer}) of {company}?")
}
pub fn subscription_suspended(id: &str, company: &str) -> String {
    format!("{id} of {company} is suspended.")
}
pub fn subscription_reactivated(id: &str, company: &str) -> String {
    format!("{id} of {company} is active again.")
}
pub fn subscription_cancelled(id: &str, company: &str) -> String {
    format!("{id} of {company} is cancelled.")
}
pub fn quantity_changed(id: &str, quantity: u32) -> String {
    format!("{id} now has {quantity} licences.")
}
pub fn licence_assigned(id: &str, email: &str) -> String {
    format!("{email} has a licence of {id} now.")
}
pub fn licence_unassigned(id: &str, email: &str) -> String {
    format!("{email}'s licence of {id} is taken back.")
}
pub fn user_added(email: &str, company: &str) -> String {
    format!("{email} is a user of {company} now.")
}
pub fn global_admin_given(email: &str) -> String {
    format!("{email} is a Global admin now.")
}
pub fn global_admin_taken(email: &str) -> String {
    format!("{email} is no longer a Global admin.")
}
pub fn password_reset(email: &str) -> String {
    format!("{email}'s password is reset.")
}

pub fn suspend_and_remove_prompt(company: &str, subscriptions: &[String]) -> String {
    match subscriptions {
        [one] => format!("Suspend {one} and remove your reseller relationship with {company}?"),
        many => format!(
            "Suspend these {} subscriptions ({}) and remove your reseller relationship with {company}?",
            many.len(),
            many.join(", ")
        ),
    }
}
/// What the confirmation of removing a reseller relationship says survives it; `remains` lists
/// the relationships that stay, by their labels and ids.
pub fn removal_detail(company: &str, remains: &[String]) -> String {
    if remains.is_empty() {
        format!("Your admin privileges and your support contacts go too, and {company} leaves your customer list.")
    } else {
        format!(
            "Your admin privileges and your support contacts go too; {company} stays on your list, with what remains: {}.",
            remains.join(", ")
        )
    }
}
pub fn granular_remains(id: &str) -> String {
    format!("granular admin relationship {id}")
}
pub fn suspended_and_removed(company: &str, count: usize) -> String {
    match count {
        1 => format!("One subscription of {company} is suspended and your reseller relationship is removed."),
        n => format!("{n} subscriptions of {company} are suspended and your reseller relationship is removed."),
    }
}
