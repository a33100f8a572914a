//! `partnerdesk product-keys redeem`: set up a customer's subscription with a product key
//! (rule 13), as the Customers tab's `p` does, offering delegated administration at the same
//! time when asked.

use super::invitations::print_invitation;
use super::subscriptions::named_customer;
use super::{CliSession, Who};
use crate::domain::catalogue::CatalogueOffer;
use crate::operations::customers::{self as ops, KeyRequest};
use crate::operations::invitations as invitation_ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum ProductKeysCommand {
    /// Set up a subscription with a product key (partners authorized as advisors).
    Redeem {
        /// Tenant id or primary domain.
        #[arg(long)]
        customer: String,
        /// XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
        #[arg(long)]
        key: String,
        /// The offer, by catalogue id or name (`offer catalogue` lists them).
        #[arg(long)]
        offer: String,
        /// The licence count, a whole number within the offer's limit.
        #[arg(long)]
        quantity: String,
        /// Make your company the subscription's partner of record.
        #[arg(long)]
        partner_of_record: bool,
        /// Record that the customer's Global admin accepted the Microsoft Customer Agreement
        /// (needed when it has not yet).
        #[arg(long)]
        accept_mca: bool,
        /// Offer delegated administration at the same time: a delegated-admin offer for the
        /// customer, made with the subscription or not at all (partners certified for it).
        #[arg(long)]
        admin: bool,
        /// Mark that offer sent at once (you send the printed email yourself).
        #[arg(long, requires = "admin")]
        send: bool,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: ProductKeysCommand, who: &Who) -> Result<()> {
    let ProductKeysCommand::Redeem { customer, key, offer, quantity, partner_of_record, accept_mca, admin, send, json } =
        command;
    let cli = CliSession::open(who)?;
    let c = named_customer(&cli, &customer)?;
    let catalogue = cli.book.read()?.catalogue()?;
    let offer = CatalogueOffer::find(&catalogue, &offer)
        .ok_or_else(|| super::failure::Usage(text::cli_offer_not_in_catalogue(&offer)))?;
    let req = KeyRequest { key, offer: offer.id, quantity, partner_of_record, record_mca: accept_mca };
    let (after, offered) =
        ops::add_subscription(&cli.book, &cli.ctx()?, c.tenant_id, &req, admin.then_some(&cli.hosts))?;
    let offered = match offered {
        Some(inv) if send => {
            Some(invitation_ops::mark_sent(&cli.book, &cli.ctx()?, inv.id, inv.version, inv.email.clone())?)
        }
        other => other,
    };
    let added = after.subscriptions.last();
    if json {
        return super::json::print(&serde_json::json!({
            "customer": after.primary_domain,
            "subscription": added,
            "invitation": offered,
        }));
    }
    if let Some(s) = added {
        say!("{}", text::cli_key_redeemed(&s.id.to_string(), &after.company_name, &s.offer, s.quantity));
    }
    if let Some(inv) = &offered {
        say!();
        print_invitation(inv, cli.now, false)?;
    }
    Ok(())
}
