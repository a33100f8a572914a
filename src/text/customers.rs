//! Customers: their forms, bulk steps and exports.

use crate::i18n::{Count, Phrase};
use crate::t;

pub const KEY_NEW_CUSTOMER: Phrase = Phrase("key-new-customer");
pub const KEY_EDIT_CUSTOMER: Phrase = Phrase("key-edit-customer");
pub const KEY_SUPPORT_CONTACTS: Phrase = Phrase("key-support-contacts");
pub const KEY_SERVICE_REQUEST: Phrase = Phrase("key-service-request");
pub const KEY_PRODUCT_KEY: Phrase = Phrase("key-product-key");
pub const KEY_REMOVE_RESELLER: Phrase = Phrase("key-remove-reseller");
pub const KEY_MARK: Phrase = Phrase("key-mark");
pub const KEY_MARK_ALL: Phrase = Phrase("key-mark-all");
pub const KEY_EXPORT: Phrase = Phrase("key-export");

pub const NEW_CUSTOMER_TITLE: Phrase = Phrase("new-customer-title");
pub const NEW_CUSTOMER_SUBMIT: Phrase = Phrase("new-customer-submit");
pub const EDIT_CUSTOMER_TITLE: Phrase = Phrase("edit-customer-title");
pub const SAVE: Phrase = Phrase("save");
pub const CONTACTS_TITLE: Phrase = Phrase("contacts-title");
pub const SERVICE_REQUEST_TITLE: Phrase = Phrase("service-request-title");
pub const SERVICE_REQUEST_SUBMIT: Phrase = Phrase("service-request-submit");
pub const PRODUCT_KEY_TITLE: Phrase = Phrase("product-key-title");
pub const PRODUCT_KEY_SUBMIT: Phrase = Phrase("product-key-submit");
pub const KEY_MCA_HINT: Phrase = Phrase("key-mca-hint");
pub const KEY_DAP_HINT: Phrase = Phrase("key-dap-hint");
pub const NEW_CUSTOMER_DOMAIN_HINT: Phrase = Phrase("new-customer-domain-hint");
pub const POR_HINT: Phrase = Phrase("por-hint");
pub const PRODUCT_KEY_PLACEHOLDER: Phrase = Phrase("product-key-placeholder");
pub const NOTHING_SELECTED: Phrase = Phrase("nothing-selected");

pub const EXPORT_STOPPED: Phrase = Phrase("export-stopped");
/// A service request's line on the record: who opened it, and when.
pub fn opened_by(who: &str, on: &str) -> String {
    t!("opened-by", who = who, on = on)
}
/// The record's account line: "contoso.com  ·  tenant 8b2f…".
pub fn domain_and_tenant(domain: &str, tenant: &str) -> String {
    t!("domain-and-tenant", domain = domain, tenant = tenant)
}
/// The record's region line: "Vietnam (VN)  ·  Public cloud".
pub fn record_region(country: &str, code: &str, cloud: &str) -> String {
    t!("record-region", country = country, code = code, cloud = cloud)
}
/// The record's address line, with the customer's support contacts.
pub fn address_and_contacts(address: &str, contacts: &str) -> String {
    t!("address-and-contacts", address = address, contacts = contacts)
}
pub fn remove_reseller_prompt(company: &str) -> String {
    t!("remove-reseller-prompt", company = company)
}
pub fn customer_added(company: &str) -> String {
    t!("customer-added-as-reseller", company = company)
}
pub fn customer_saved(company: &str) -> String {
    t!("customer-saved", company = company)
}
pub fn request_opened(company: &str) -> String {
    t!("request-opened", company = company)
}
pub fn subscription_added(company: &str) -> String {
    t!("subscription-added", company = company)
}
pub fn subscription_added_with_offer(company: &str, offer: &str) -> String {
    t!("subscription-added-with-offer", company = company, offer = offer)
}
pub fn reseller_removed(company: &str) -> String {
    t!("reseller-removed", company = company)
}
pub fn marked(n: usize) -> String {
    t!("marked", count = Count::from(n))
}
pub fn bulk_outcome(done: usize, refused: &[(String, String)]) -> String {
    if refused.is_empty() {
        return t!("bulk-outcome", done = Count::from(done));
    }
    let mut which: Vec<String> = refused.iter().take(3).map(|(who, why)| format!("{who}: {why}")).collect();
    if refused.len() > 3 {
        which.push("…".to_string());
    }
    t!("bulk-outcome-refused", done = Count::from(done), refused = Count::from(refused.len()), which = which.join("; "))
}
pub fn bulk_stopped(done: usize, why: &str) -> String {
    t!("bulk-stopped", done = Count::from(done), why = why)
}
pub fn bulk_progress(done: usize, total: usize) -> String {
    t!("bulk-progress", done = Count::from(done), total = Count::from(total))
}
pub fn bulk_cancelled(done: usize, left: usize, refused: &[(String, String)]) -> String {
    if refused.is_empty() {
        t!("bulk-cancelled", done = Count::from(done), left = Count::from(left))
    } else {
        t!(
            "bulk-cancelled-refused",
            done = Count::from(done),
            left = Count::from(left),
            refused = Count::from(refused.len())
        )
    }
}
pub fn export_progress(done: usize, total: usize) -> String {
    t!("export-progress", done = Count::from(done), total = Count::from(total))
}
pub fn export_cancelled(done: usize) -> String {
    t!("export-cancelled", done = Count::from(done))
}
pub fn exported(n: usize, json: &str, csv: &str) -> String {
    t!("exported", count = Count::from(n), json = json, csv = csv)
}
pub fn export_failed(why: &str) -> String {
    t!("export-failed", why = why)
}
pub const NO_EXPORT_DIR: Phrase = Phrase("no-export-dir");
pub fn support_duty_offer(partner: &str) -> String {
    t!("support-duty-offer", partner = partner)
}
