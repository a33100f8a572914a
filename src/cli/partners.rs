//! `partnerdesk partners list|check` and `partnerdesk por set|clear`.

use super::failure::Usage;
use super::{CliSession, Who};
use crate::cells::pad;
use crate::domain::ids::SubscriptionId;
use crate::domain::partners as rules;
use crate::operations::partners as ops;
use crate::store::Reads;
use crate::text;
use anyhow::{Context, Result};
use clap::Subcommand;
use clap_complete::engine::ArgValueCompleter;

#[derive(Subcommand, Debug)]
pub enum PartnersCommand {
    /// The partner directory.
    List {
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// "Check ID": is this partner id well formed and known, and whose is it?
    Check {
        /// The partner's id (MPN / Partner Location id, digits).
        id: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum PorCommand {
    /// Set the partner of record of a subscription (as a Global admin of the customer, `--as`).
    Set {
        /// The subscription, by its id as shown (`SUB-12`).
        #[arg(long, value_name = "SUB-12", add = ArgValueCompleter::new(super::complete::subscription_ids))]
        subscription: String,
        /// The partner's id, as "Check ID" finds it.
        #[arg(long, value_name = "ID")]
        partner: String,
    },
    /// Remove the partner of record of a subscription.
    Clear {
        /// The subscription, by its id as shown (`SUB-12`).
        #[arg(long, value_name = "SUB-12", add = ArgValueCompleter::new(super::complete::subscription_ids))]
        subscription: String,
    },
}

pub fn partners(command: PartnersCommand, who: &Who) -> Result<()> {
    match command {
        PartnersCommand::List { json } => {
            let cli = CliSession::read(who)?;
            let read = cli.book.read()?;
            let mut directory = read.directory()?;
            if let Some(tenant) = cli.session.customer_tenant() {
                // A customer sees the partners related to it, never the partner's whole directory.
                let related = read.customer(tenant)?.map(|c| crate::domain::scope::partners_of(&c)).unwrap_or_default();
                directory.retain(|p| related.contains(&p.partner_id));
            }
            if json {
                super::json::print_as("directory", &directory)?;
            } else {
                for p in &directory {
                    say!(
                        "{} {} {} {} {}",
                        pad(&p.partner_id.to_string(), 8),
                        pad(&p.name, 40),
                        pad(&p.kind.label().to_string(), 18),
                        p.country,
                        p.cloud.label()
                    );
                }
            }
            Ok(())
        }
        PartnersCommand::Check { id, json } => {
            let cli = CliSession::read(who)?;
            let read = cli.book.read()?;
            let org = read.org()?.context(text::CLI_NO_ORGANIZATION)?;
            // A customer checks an id as a partner of record of its own subscriptions (rule 10).
            let customer = match cli.session.customer_tenant() {
                Some(tenant) => read.customer(tenant)?,
                None => None,
            };
            let found = match &customer {
                Some(c) => rules::check_partner_of_record(&id, &org, &read.directory()?, c)?,
                None => rules::check_id(&id, &org, &read.directory()?)?,
            };
            if json {
                super::json::print_as("partner", &found)?;
            } else {
                say!("{} is {}.", found.partner_id, found.name);
            }
            Ok(())
        }
    }
}

fn parse_subscription(text: &str) -> Result<SubscriptionId> {
    SubscriptionId::parse(text).ok_or_else(|| Usage(format!("“{text}” is not a subscription id like SUB-12")).into())
}

pub fn por(command: PorCommand, who: &Who) -> Result<()> {
    let (subscription, partner) = match command {
        PorCommand::Set { subscription, partner } => (subscription, partner),
        PorCommand::Clear { subscription } => (subscription, String::new()),
    };
    let cli = CliSession::open(who)?;
    let tenant = cli
        .session
        .customer_tenant()
        .context("the partner of record is set by the customer: pass --as a Global admin of the customer")?;
    let sub = parse_subscription(&subscription)?;
    let c = ops::set_partner_of_record(&cli.book, &cli.ctx()?, tenant, sub, &partner)?;
    let por = c.subscriptions.iter().find(|s| s.id == sub).and_then(|s| s.partner_of_record);
    match por {
        Some(p) => say!("{sub}: partner of record is now {p}."),
        None => say!("{sub}: no partner of record."),
    }
    Ok(())
}
