//! Offers (rule 12): trial invitations, purchase offers and delegated-admin offers.

use crate::i18n::Phrase;
use crate::t;

pub const KEY_TRIAL: Phrase = Phrase("key-trial");
pub const KEY_PURCHASE_OFFER: Phrase = Phrase("key-purchase-offer");
pub const KEY_ADMIN_OFFER: Phrase = Phrase("key-admin-offer");
pub const KEY_USE_OFFER: Phrase = Phrase("key-use-offer");
pub const KEY_NEW_OFFER_LIKE: Phrase = Phrase("key-new-offer-like");
pub const TRIAL_TITLE: Phrase = Phrase("trial-title");
pub const PURCHASE_TITLE: Phrase = Phrase("purchase-title");
pub const ADMIN_OFFER_TITLE: Phrase = Phrase("admin-offer-title");
pub const OFFER_SUBMIT: Phrase = Phrase("offer-submit");
pub const USE_LINK_TITLE: Phrase = Phrase("use-link-title");
pub const USE_LINK_SUBMIT: Phrase = Phrase("use-link-submit");
pub const USE_OFFER_SUBMIT: Phrase = Phrase("use-offer-submit");
pub const LINK_PLACEHOLDER: Phrase = Phrase("link-placeholder");
pub const RECIPIENT_OPTIONAL: Phrase = Phrase("recipient-optional");
pub fn up_to(max: u32) -> String {
    t!("up-to", max = max)
}
pub const PURCHASE_HINT: Phrase = Phrase("purchase-hint");
pub const OFFER_DAP_HINT: Phrase = Phrase("offer-dap-hint");
pub const ADMIN_OFFER_INCLUDES: Phrase = Phrase("admin-offer-includes");
pub const COL_USES: Phrase = Phrase("col-uses");
pub fn trial_option(name: &str, licences: u32, days: u32) -> String {
    t!("trial-option", name = name, licences = licences, days = days)
}
pub fn offer_drafted(id: &str) -> String {
    t!("offer-drafted", id = id)
}
pub fn offer_sent(id: &str, days: i64) -> String {
    t!("offer-sent", id = id, days = days)
}
pub fn offer_from(id: &str, kind: &str, partner: &str) -> String {
    t!("offer-from", id = id, kind = kind, partner = partner)
}
pub fn offered_licences(offered: u32, max: u32) -> String {
    t!("offered-licences", offered = offered, max = max)
}
pub fn offer_used(id: &str, subscriptions: usize, partner: &str, admin: bool) -> String {
    match (subscriptions, admin) {
        (0, false) => t!("offer-used", id = id),
        (0, true) => t!("offer-used-admin", id = id, partner = partner),
        (n, false) => t!("offer-used-subscriptions", id = id, count = n, partner = partner),
        (n, true) => t!("offer-used-subscriptions-admin", id = id, count = n, partner = partner),
    }
}
pub fn used_by(count: u32) -> String {
    t!("used-by", count = count)
}
pub fn offer_includes_dap(partner: &str) -> String {
    t!("offer-includes-dap", partner = partner)
}
/// What a customer took from an offer: `counts` is "25 + 10", empty when it bought nothing.
pub fn bought(counts: &str, admin: bool) -> String {
    match (counts.is_empty(), admin) {
        (true, false) => t!("bought-nothing"),
        (true, true) => t!("bought-nothing-admin"),
        (false, false) => t!("bought", counts = counts),
        (false, true) => t!("bought-admin", counts = counts),
    }
}
pub const NEW_OFFER_HINT: Phrase = Phrase("new-offer-hint");
/// One offered service on the offer's page: "Microsoft 365 Business Premium — 25 licences",
/// with the trial's length when it is a trial.
pub fn offered_line(name: &str, licences: u32, trial_days: Option<u32>) -> String {
    match trial_days {
        Some(days) => t!("offered-trial-line", name = name, licences = licences, days = days),
        None => t!("offered-line", name = name, licences = licences),
    }
}
