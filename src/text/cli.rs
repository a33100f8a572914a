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

/// A customer just added: the reseller relationship, not admin privileges (rule 7).
pub fn cli_customer_added_no_admin(domain: &str) -> String {
    t!("cli-customer-added-no-admin", domain = domain)
}

// What the subcommands say, in `locales/<tag>/cli.ftl`.

/// An offer named on the command line that the catalogue does not have.
pub fn cli_offer_not_in_catalogue(offer: &str) -> String {
    t!("cli-offer-not-in-catalogue", offer = offer)
}
/// `product-keys redeem`: the subscription set up.
pub fn cli_key_redeemed(subscription: &str, company: &str, offer: &str, count: u32) -> String {
    t!(
        "cli-key-redeemed",
        subscription = subscription,
        company = company,
        offer = offer,
        count = crate::i18n::Count::from(count)
    )
}
pub const CLI_ADMIN_HELD_BY_NOBODY: Phrase = Phrase("cli-admin-held-by-nobody");
pub fn cli_admin_held_by(partner: &str) -> String {
    t!("cli-admin-held-by", partner = partner)
}
/// Rule 9: who stays responsible for support once admin privileges left the reseller.
pub fn cli_support_stays_with(partner: &str) -> String {
    t!("cli-support-stays-with", partner = partner)
}
/// One labelled line of a record ("Email: contact@saomai.vn").
pub fn cli_field(label: &str, value: &str) -> String {
    t!("cli-field", label = label, value = value)
}
pub fn cli_not_in_directory(id: &str) -> String {
    t!("cli-not-in-directory", id = id)
}
pub const CLI_TENANT_GONE: Phrase = Phrase("cli-tenant-gone");
pub fn cli_not_a_subscription_id(text: &str) -> String {
    t!("cli-not-a-subscription-id", text = text)
}
