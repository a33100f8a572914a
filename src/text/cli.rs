//! What the subcommands say: their outcomes and their most common refusals, in the process's
//! language (`--lang`, the config, then `LC_ALL` / `LANG`).

use crate::i18n::Phrase;
use crate::t;

pub const CLI_NO_ORGANIZATION: Phrase = Phrase("cli-no-organization");
pub const CLI_QUANTITY_FOR_OFFERS: Phrase = Phrase("cli-quantity-for-offers");
pub const CLI_MCA_ACCEPTED: Phrase = Phrase("cli-mca-accepted");

/// Neither a tenant id nor a primary domain of a customer the reader may see.
pub fn cli_no_customer(key: &str) -> String {
    t!("cli-no-customer", key = key)
}
pub fn cli_no_customer_domain(domain: &str) -> String {
    t!("cli-no-customer-domain", domain = domain)
}
pub fn cli_cloud_usage(cloud: &str) -> String {
    t!("cli-cloud-usage", cloud = cloud)
}
/// `accept`: the invitation, the partner that is now the reseller, the customer; `admin` when
/// delegated admin privileges came with it.
pub fn cli_accepted(invitation: &str, partner: &str, customer: &str, admin: bool) -> String {
    let admin = if admin { "yes" } else { "no" };
    t!("cli-accepted", invitation = invitation, partner = partner, customer = customer, admin = admin)
}
pub fn cli_admin_moved(from: &str) -> String {
    t!("cli-admin-moved", from = from)
}
pub fn cli_portal(portal: &str) -> String {
    t!("cli-portal", portal = portal)
}
pub fn cli_stays_listed(company: &str) -> String {
    t!("cli-stays-listed", company = company)
}
pub fn cli_customer_added(company: &str, domain: &str, tenant: &str) -> String {
    t!("cli-customer-added", company = company, domain = domain, tenant = tenant)
}
