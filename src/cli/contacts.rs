//! `partnerdesk contacts add|remove|set`: the support contacts of one customer, several, or every
//! customer on the list — the same rule and outcome as the Customers tab's bulk form (`c`).

use super::subscriptions::named_customer;
use super::{CliSession, Who};
use crate::domain::Input;
use crate::domain::customer_changes::ContactsMode;
use crate::domain::ids::{Email, TenantId};
use crate::domain::validate;
use crate::operations::customers::{self as ops, BulkOutcome};
use crate::store::Reads;
use crate::text;
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ContactsCommand {
    /// Add partner users (Admin or Helpdesk agents, or Global admins) to each customer's list.
    Add(ContactsArgs),
    /// Take partner users off each customer's list; the others stay.
    Remove(ContactsArgs),
    /// Make each customer's list exactly these partner users; says whom it took off.
    Set(ContactsArgs),
}

#[derive(Args, Debug)]
pub struct ContactsArgs {
    /// A customer, by tenant id or primary domain (repeatable).
    #[arg(long, value_name = "TENANT-ID|DOMAIN", required_unless_present = "all", conflicts_with = "all")]
    pub customer: Vec<String>,
    /// Every customer on your customer list.
    #[arg(long)]
    pub all: bool,
    /// A partner user, by email (repeatable; `set` with none empties the lists).
    #[arg(long, value_name = "EMAIL")]
    pub email: Vec<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

pub fn run(command: ContactsCommand, who: &Who) -> Result<()> {
    let (mode, args) = match command {
        ContactsCommand::Add(args) => (ContactsMode::Add, args),
        ContactsCommand::Remove(args) => (ContactsMode::Remove, args),
        ContactsCommand::Set(args) => (ContactsMode::Replace, args),
    };
    let cli = CliSession::open(who)?;
    let emails = args.email.iter().map(|e| validate::email(Input::Email, e)).collect::<Result<Vec<Email>, _>>()?;
    let targets: Vec<TenantId> = if args.all {
        let mut all = Vec::new();
        cli.book.read()?.each_customer_row(|r| {
            if r.listed {
                all.push(r.tenant_id);
            }
        })?;
        all
    } else {
        args.customer.iter().map(|key| named_customer(&cli, key).map(|c| c.tenant_id)).collect::<Result<_>>()?
    };
    let outcome = ops::set_support_contacts(&cli.book, &cli.ctx()?, &targets, &emails, mode)?;
    if args.json {
        return super::json::print(&outcome_json(&outcome, mode));
    }
    say!("{} {}", text::bulk_outcome(outcome.done, &outcome.refused), text::contacts_outcome(&outcome));
    Ok(())
}

/// The outcome as scripts read it: every count, each contact removed with how many lists it left,
/// and each refusal with its customer.
fn outcome_json(outcome: &BulkOutcome, mode: ContactsMode) -> serde_json::Value {
    serde_json::json!({
        "mode": mode,
        "done": outcome.done,
        "changed": outcome.changed,
        "added": outcome.added,
        "removed": outcome.removed.iter().map(|(email, n)| serde_json::json!({ "email": email, "customers": n })).collect::<Vec<_>>(),
        "refused": outcome.refused.iter().map(|(who, why)| serde_json::json!({ "customer": who, "reason": why })).collect::<Vec<_>>(),
    })
}
