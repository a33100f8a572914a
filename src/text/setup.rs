//! The first-run setup screen and the company profile's setup fields.

use crate::i18n::Phrase;
use crate::t;

pub const ADVISOR_HINT: Phrase = Phrase("advisor-hint");
pub const PROVIDER_TENANT_HINT: Phrase = Phrase("provider-tenant-hint");
pub const FIXED_WITH_CUSTOMERS: Phrase = Phrase("fixed-with-customers");
pub const SETUP_TITLE: Phrase = Phrase("setup-title");
pub const SETUP_SUBMIT: Phrase = Phrase("setup-submit");
pub const SETUP_TENANT_HINT: Phrase = Phrase("setup-tenant-hint");
pub const SETUP_ADMIN_HINT: Phrase = Phrase("setup-admin-hint");
pub const SETUP_PHONE_HINT: Phrase = Phrase("setup-phone-hint");

pub fn set_up(company: &str, admin: &str) -> String {
    t!("set-up", company = company, admin = admin)
}
