//! Partners: the company profile, the directory, "Check ID" and partners of record.

use crate::i18n::Phrase;
use crate::t;

pub const KEY_EDIT_PROFILE: Phrase = Phrase("key-edit-profile");
pub const KEY_ADD_DIRECTORY: Phrase = Phrase("key-add-directory");
pub const KEY_EDIT_DIRECTORY: Phrase = Phrase("key-edit-directory");
pub const KEY_CHECK_ID: Phrase = Phrase("key-check-id");
pub const KEY_SET_POR: Phrase = Phrase("key-set-por");
pub const KEY_REMOVE_PARTNER: Phrase = Phrase("key-remove-partner");
pub const PROFILE_TITLE: Phrase = Phrase("profile-title");
pub const DIRECTORY_ADD_TITLE: Phrase = Phrase("directory-add-title");
pub const DIRECTORY_EDIT_TITLE: Phrase = Phrase("directory-edit-title");
pub const CHECK_ID_TITLE: Phrase = Phrase("check-id-title");
pub const CHECK_ID_SUBMIT: Phrase = Phrase("check-id-submit");
pub const POR_TITLE: Phrase = Phrase("por-title");
pub const POR_CLEAR_HINT: Phrase = Phrase("por-clear-hint");
pub const RELATED_ADMIN: Phrase = Phrase("related-admin");
pub const RELATED_POR: Phrase = Phrase("related-por");
pub const RELATED_GRANULAR: Phrase = Phrase("admin-related-granular");
pub const GRANULAR_ONLY: Phrase = Phrase("admin-granular-only");
pub const PARTNER_CONTACT_HINT: Phrase = Phrase("admin-partner-contact-hint");
pub const CONTACT_UNKNOWN: Phrase = Phrase("admin-contact-unknown");
pub const REMOVE_ADVISOR_DETAIL: Phrase = Phrase("remove-advisor-detail");
pub const NO_SUBSCRIPTIONS: Phrase = Phrase("no-subscriptions");
pub fn checked(id: &str, name: &str) -> String {
    t!("checked", id = id, name = name)
}
pub fn partner_saved(name: &str) -> String {
    t!("partner-saved", name = name)
}
pub fn por_set(sub: &str, partner: &str) -> String {
    t!("por-set", sub = sub, partner = partner)
}
pub fn por_cleared(sub: &str) -> String {
    t!("por-cleared", sub = sub)
}
pub fn remove_advisor_prompt(partner: &str) -> String {
    t!("remove-advisor-prompt", partner = partner)
}
pub fn disabled_reseller_removal(reason: &str) -> String {
    t!("disabled-reseller-removal", reason = reason)
}
pub fn subscription_choice(id: &str, offer: &str, por: &str) -> String {
    t!("subscription-choice", id = id, offer = offer, por = por)
}
/// Rule 10's "Check ID" on the customer's side: the question before saving.
pub fn por_confirm(name: &str, sub: &str) -> String {
    t!("por-confirm", name = name, sub = sub)
}
/// What "Check ID" found, shown under the question.
pub fn por_found(
    name: &str,
    kind: &str,
    country: crate::domain::country::CountryCode,
    cloud: &str,
    id: &str,
) -> String {
    t!(
        "por-found",
        name = name,
        kind = kind,
        country = country.to_string(),
        country_name = country.name(),
        cloud = cloud,
        id = id
    )
}
