//! Administering a customer from its open record: subscriptions, licences and users.

pub const KEY_SUSPEND: &str = "suspend";
pub const KEY_REACTIVATE: &str = "reactivate";
pub const KEY_QUANTITY: &str = "licence count";
pub const KEY_CANCEL_SUBSCRIPTION: &str = "cancel subscription";
pub const KEY_ASSIGN: &str = "assign licence";
pub const KEY_UNASSIGN: &str = "unassign licence";
pub const KEY_ADD_TENANT_USER: &str = "add user";
pub const KEY_RESET_PASSWORD: &str = "reset password";
pub const KEY_GLOBAL_ADMIN: &str = "Global admin role";

pub const SUSPEND_TITLE: &str = "Suspend a subscription";
pub const SUSPEND_SUBMIT: &str = "suspend it";
pub const REACTIVATE_TITLE: &str = "Reactivate a subscription";
pub const REACTIVATE_SUBMIT: &str = "reactivate it";
pub const QUANTITY_TITLE: &str = "Change a licence count";
pub const QUANTITY_SUBMIT: &str = "change it";
pub const CANCEL_TITLE: &str = "Cancel a subscription";
pub const CANCEL_SUBMIT: &str = "cancel it…";
pub const ASSIGN_TITLE: &str = "Assign a licence";
pub const ASSIGN_SUBMIT: &str = "assign it";
pub const UNASSIGN_TITLE: &str = "Unassign a licence";
pub const UNASSIGN_SUBMIT: &str = "unassign it";
pub const ADD_TENANT_USER_TITLE: &str = "Add a user";
pub const ADD_TENANT_USER_SUBMIT: &str = "add the user";
pub const RESET_TITLE: &str = "Reset a password";
pub const RESET_SUBMIT: &str = "reset it";
pub const RESET_HINT: &str = "A one-time temporary password is made and shown once; the book never keeps it.";
pub const PASSWORD_TITLE: &str = "Temporary password";
pub const PASSWORD_DONE: &str = "done";
pub const PASSWORD_HINT: &str =
    "Give it to the user now: it is shown only this once and is not kept. They choose their own at first sign-in.";
pub const GLOBAL_ADMIN_TITLE: &str = "Make or remove Global admin";
pub const GLOBAL_ADMIN_SUBMIT: &str = "save";
pub const MAKE_GLOBAL_ADMIN: &str = "Make Global admin";
pub const REMOVE_GLOBAL_ADMIN: &str = "Remove Global admin";
pub const QUANTITY_HINT: &str = "never fewer than the licences assigned";
pub const ADD_USER_GLOBAL_HINT: &str = "Give the new user the Global admin role in the tenant.";
pub const CANCEL_DETAIL: &str =
    "It leaves the record and its licences are taken from the users who have them; the audit log keeps it.";

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
