//! Partners: the company profile, the directory, "Check ID" and partners of record.

pub const KEY_EDIT_PROFILE: &str = "edit company profile";
pub const KEY_ADD_DIRECTORY: &str = "add partner";
pub const KEY_EDIT_DIRECTORY: &str = "edit partner";
pub const KEY_CHECK_ID: &str = "check ID";
pub const KEY_SET_POR: &str = "set partner of record";
pub const KEY_REMOVE_PARTNER: &str = "remove partner";
pub const PROFILE_TITLE: &str = "Company profile";
pub const DIRECTORY_ADD_TITLE: &str = "Add a partner to the directory";
pub const DIRECTORY_EDIT_TITLE: &str = "Edit a directory partner";
pub const CHECK_ID_TITLE: &str = "Check ID";
pub const CHECK_ID_SUBMIT: &str = "check";
pub const POR_TITLE: &str = "Partner of record";
pub const POR_CLEAR_HINT: &str = "“Check ID” runs before saving; leave empty to remove the partner of record";
pub const REMOVE_ADVISOR_DETAIL: &str = "The partner stops advising you; other relationships stay.";
pub const NO_SUBSCRIPTIONS: &str = "This organization has no subscriptions.";
pub fn checked(id: &str, name: &str) -> String {
    format!("Check ID: {id} is {name}.")
}
pub fn partner_saved(name: &str) -> String {
    format!("{name}: saved.")
}
pub fn por_set(sub: &str, partner: &str) -> String {
    format!("{sub}: partner of record is now {partner}.")
}
pub fn por_cleared(sub: &str) -> String {
    format!("{sub}: no partner of record.")
}
pub fn remove_advisor_prompt(partner: &str) -> String {
    format!("End the advisor relationship with {partner}?")
}
pub fn disabled_reseller_removal(reason: &str) -> String {
    format!("Remove reseller relationship — not available: {reason}")
}
pub fn subscription_choice(id: &str, offer: &str, por: &str) -> String {
    format!("{id} {offer} (partner of record: {por})")
}
