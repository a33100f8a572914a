//! Customers: their forms, bulk steps and exports.

pub const KEY_NEW_CUSTOMER: &str = "new customer";
pub const KEY_EDIT_CUSTOMER: &str = "edit company details";
pub const KEY_SUPPORT_CONTACTS: &str = "support contacts (of the marked customers)";
pub const KEY_SERVICE_REQUEST: &str = "open a service request on their behalf";
pub const KEY_PRODUCT_KEY: &str = "set up a subscription with a product key";
pub const KEY_REMOVE_RESELLER: &str = "remove reseller";
pub const KEY_MARK: &str = "mark";
pub const KEY_MARK_ALL: &str = "mark all shown / none";
pub const KEY_EXPORT: &str = "export marked (or shown) as JSON and CSV";

pub const NEW_CUSTOMER_TITLE: &str = "Add a customer";
pub const NEW_CUSTOMER_SUBMIT: &str = "add the customer";
pub const EDIT_CUSTOMER_TITLE: &str = "Edit company details";
pub const SAVE: &str = "save";
pub const CONTACTS_TITLE: &str = "Support contacts";
pub const SERVICE_REQUEST_TITLE: &str = "Open a service request on the customer's behalf";
pub const SERVICE_REQUEST_SUBMIT: &str = "open the request";
pub const PRODUCT_KEY_TITLE: &str = "Set up a subscription with a product key";
pub const PRODUCT_KEY_SUBMIT: &str = "set it up";
pub const NEW_CUSTOMER_DOMAIN_HINT: &str = "the tenant's initial domain: letters and digits, .onmicrosoft.com is added";
pub const KEY_MCA_HINT: &str = "Its Global admin has accepted the Microsoft Customer Agreement: recorded now, as acceptance does. Needed for a product key.";
pub const KEY_DAP_HINT: &str = "Offer delegated administration at the same time: a delegated-admin offer for this customer is drafted in Invitations.";
pub const POR_HINT: &str = "Make your company the partner of record of this subscription.";
pub const PRODUCT_KEY_PLACEHOLDER: &str = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX";
pub const NOTHING_SELECTED: &str = "No customer is selected.";

pub fn remove_reseller_prompt(company: &str) -> String {
    format!("Remove your reseller relationship with {company}?")
}
pub fn customer_added(company: &str) -> String {
    format!("{company} added: you are its reseller and hold admin privileges.")
}
pub fn customer_saved(company: &str) -> String {
    format!("{company}: details saved.")
}
pub fn request_opened(company: &str) -> String {
    format!("Service request opened on behalf of {company}; it is listed on the record.")
}
pub fn subscription_added(company: &str) -> String {
    format!("Subscription set up for {company}.")
}
pub fn subscription_added_with_offer(company: &str, offer: &str) -> String {
    format!("Subscription set up for {company}; the delegated-admin offer {offer} is a draft in Invitations, to send.")
}
pub fn reseller_removed(company: &str) -> String {
    format!("Your reseller relationship with {company} is removed.")
}
pub fn marked(n: usize) -> String {
    format!("{n} marked")
}
pub fn bulk_outcome(done: usize, refused: &[(String, String)]) -> String {
    let mut text = format!("Support contacts set for {done} customer(s)");
    if !refused.is_empty() {
        let shown: Vec<String> = refused.iter().take(3).map(|(who, why)| format!("{who}: {why}")).collect();
        text.push_str(&format!("; {} refused — {}", refused.len(), shown.join("; ")));
        if refused.len() > 3 {
            text.push_str(" …");
        }
    }
    text.push('.');
    text
}
pub fn bulk_stopped(done: usize, why: &str) -> String {
    format!("Stopped after {done} customer(s): {why}")
}
pub fn bulk_progress(done: usize, total: usize) -> String {
    format!("Setting support contacts: {done} of {total} customers (Esc stops) ")
}
pub fn bulk_cancelled(done: usize, left: usize, refused: &[(String, String)]) -> String {
    let mut text = format!("Stopped with Esc: support contacts set for {done} customer(s), {left} left unchanged");
    if !refused.is_empty() {
        text.push_str(&format!("; {} refused", refused.len()));
    }
    text
}
pub fn export_progress(done: usize, total: usize) -> String {
    format!("Exporting: {done} of {total} customers (Esc stops) ")
}
pub fn export_cancelled(done: usize) -> String {
    format!("Export stopped with Esc after {done} customer(s); its files were removed.")
}
pub fn exported(n: usize, json: &str, csv: &str) -> String {
    format!("Exported {n} customer(s) to {json} and {csv}.")
}
pub fn export_failed(why: &str) -> String {
    format!("Could not export: {why}.")
}
pub const NO_EXPORT_DIR: &str =
    "No folder for exports is known on this machine; use `partnerdesk customers list --json`.";
pub fn support_duty_offer(partner: &str) -> String {
    format!(
        "{partner}, the reseller, does not hold admin privileges but stays responsible for support — o opens a service request on the customer's behalf"
    )
}
