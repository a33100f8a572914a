//! The first-run setup screen and the company profile's setup fields.

pub const ADVISOR_HINT: &str = "trials and purchase offers need it";
pub const PROVIDER_TENANT_HINT: &str = "indirect only: the provider's tenant";
pub const FIXED_WITH_CUSTOMERS: &str = "fixed while the book has customers";
pub const SETUP_TITLE: &str = "Set up your company's book";
pub const SETUP_SUBMIT: &str = "Create the book";
pub const SETUP_TENANT_HINT: &str = "your Entra tenant; links name it";
pub const SETUP_ADMIN_HINT: &str = "you: the first Global admin";
pub const SETUP_PHONE_HINT: &str = "optional; customers see it";

pub fn set_up(company: &str, admin: &str) -> String {
    format!(
        "{company} is set up, and you are signed in as {admin}, Global admin. Add customers (n) or bring them in with `partnerdesk import`."
    )
}
