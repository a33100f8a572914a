//! `partnerdesk subscriptions list|suspend|reactivate|cancel|set-quantity|assign|unassign`: a
//! customer's subscriptions and their licences, as the open record administers them (rule 14).

use super::failure::{NotFound, Usage};
use super::{CliSession, Who};
use crate::domain::customer::Customer;
use crate::domain::ids::{SubscriptionId, TenantId};
use crate::domain::{Input, validate};
use crate::operations::tenant::{self as ops, SubscriptionChange};
use crate::store::Reads;
use crate::{t, text};
use anyhow::Result;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

#[derive(Subcommand, Debug)]
pub enum SubscriptionsCommand {
    /// A customer's subscriptions: offer, licences assigned of bought, status, partner of record.
    List {
        /// Tenant id or primary domain (a customer user: their own tenant, the default).
        #[arg(long)]
        customer: Option<String>,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Suspend an active or trial subscription (its reseller: you).
    Suspend(Target),
    /// Make a suspended subscription active again.
    Reactivate(Target),
    /// Cancel a subscription: it leaves the record, and its licences leave the users who had them.
    Cancel(Target),
    /// Change the licence count of an active subscription (never below the licences assigned).
    SetQuantity {
        #[command(flatten)]
        target: Target,
        /// The licence count, a whole number within the offer's limit.
        #[arg(long)]
        quantity: String,
    },
    /// Give a user of the tenant one of the subscription's licences.
    Assign {
        #[command(flatten)]
        target: Target,
        /// The user, by email.
        #[arg(long, value_name = "EMAIL")]
        user: String,
    },
    /// Take a user's licence of the subscription back.
    Unassign {
        #[command(flatten)]
        target: Target,
        /// The user, by email.
        #[arg(long, value_name = "EMAIL")]
        user: String,
    },
}

/// Which subscription, of which customer.
#[derive(Args, Debug)]
pub struct Target {
    /// The subscription's id, as the record shows it (SUB-12).
    #[arg(add = ArgValueCompleter::new(super::complete::subscription_ids))]
    subscription: String,
    /// Tenant id or primary domain (default: the customer holding the subscription).
    #[arg(long)]
    customer: Option<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    json: bool,
}

pub fn run(command: SubscriptionsCommand, who: &Who) -> Result<()> {
    let (target, change) = match command {
        SubscriptionsCommand::List { customer, json } => return list(who, customer.as_deref(), json),
        SubscriptionsCommand::Suspend(t) => (t, SubscriptionChange::Suspend),
        SubscriptionsCommand::Reactivate(t) => (t, SubscriptionChange::Reactivate),
        SubscriptionsCommand::Cancel(t) => (t, SubscriptionChange::Cancel),
        SubscriptionsCommand::SetQuantity { target, quantity } => (target, SubscriptionChange::SetQuantity(quantity)),
        SubscriptionsCommand::Assign { target, user } => {
            (target, SubscriptionChange::Assign(validate::email(Input::User, &user)?))
        }
        SubscriptionsCommand::Unassign { target, user } => {
            (target, SubscriptionChange::Unassign(validate::email(Input::User, &user)?))
        }
    };
    let sub = SubscriptionId::parse(&target.subscription)
        .ok_or_else(|| Usage(text::cli_not_a_subscription_id(&target.subscription)))?;
    let cli = CliSession::open(who)?;
    let tenant = holder(&cli, target.customer.as_deref(), sub)?;
    let after = ops::change_subscription(&cli.book, &cli.ctx()?, tenant, sub, &change)?;
    let now = after.subscriptions.iter().find(|s| s.id == sub);
    if target.json {
        let record = serde_json::json!({
            "customer": after.primary_domain,
            "subscription": now,
            "cancelled": now.is_none().then_some(sub),
        });
        return super::json::print(&record);
    }
    match now {
        Some(s) => {
            let now = t!(
                "cli-subscription-now",
                subscription = s.id.to_string(),
                company = &after.company_name,
                status = s.status.label(),
                assigned = s.assigned,
                quantity = s.quantity
            );
            say!("{now}");
        }
        None => {
            say!("{}", t!("cli-subscription-cancelled", subscription = sub.to_string(), company = &after.company_name))
        }
    }
    Ok(())
}

/// A customer named by tenant id or domain, which this reader may see.
pub(super) fn named_customer(cli: &CliSession, key: &str) -> Result<Customer> {
    let read = cli.book.read()?;
    let found = match uuid::Uuid::parse_str(key.trim()).ok().map(TenantId) {
        Some(id) => read.customer(id)?,
        None => read.customer_by_domain(key)?,
    };
    found.filter(|c| cli.scope().sees_customer(c.tenant_id)).ok_or_else(|| NotFound(text::cli_no_customer(key)).into())
}

/// The customer a command is about: `--customer`, else a customer user's own tenant.
pub(super) fn customer_of(cli: &CliSession, key: Option<&str>) -> Result<Customer> {
    match (key, cli.session.customer_tenant()) {
        (Some(key), _) => named_customer(cli, key),
        (None, Some(own)) => {
            cli.book.read()?.customer(own)?.ok_or_else(|| NotFound(text::CLI_TENANT_GONE.to_string()).into())
        }
        (None, None) => Err(Usage(t!("cli-name-the-customer")).into()),
    }
}

/// The tenant holding `sub`: the one named, which must hold it, or the one (this reader sees)
/// that does.
fn holder(cli: &CliSession, customer: Option<&str>, sub: SubscriptionId) -> Result<TenantId> {
    let holds = |c: &Customer| c.subscriptions.iter().any(|s| s.id == sub);
    let missing = || NotFound(t!("cli-no-subscription", subscription = sub.to_string()));
    if customer.is_some() || cli.session.customer_tenant().is_some() {
        let c = customer_of(cli, customer)?;
        return if holds(&c) {
            Ok(c.tenant_id)
        } else {
            Err(NotFound(t!(
                "cli-customer-lacks-subscription",
                company = &c.company_name,
                subscription = sub.to_string()
            ))
            .into())
        };
    }
    // One lookup in the book's index of who holds each subscription.
    cli.book.read()?.subscription_holder(sub)?.ok_or_else(|| missing().into())
}

fn list(who: &Who, customer: Option<&str>, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let c = customer_of(&cli, customer)?;
    if json {
        let record = serde_json::json!({ "customer": c.primary_domain, "subscriptions": c.subscriptions });
        return super::json::print(&record);
    }
    if c.subscriptions.is_empty() {
        say!("{}", t!("cli-no-subscriptions", company = &c.company_name));
    }
    for s in &c.subscriptions {
        let por = s.partner_of_record.map_or_else(|| "-".into(), |p| p.to_string());
        let users: Vec<&str> =
            c.users.iter().filter(|u| u.licences.contains(&s.id)).map(|u| u.email.as_str()).collect();
        let line = t!(
            "cli-subscription-row",
            subscription = s.id.to_string(),
            offer = &s.offer,
            status = s.status.label(),
            assigned = s.assigned,
            quantity = s.quantity,
            partner = por,
            users = if users.is_empty() { "-".to_string() } else { crate::i18n::list(&users) }
        );
        say!("{line}");
    }
    Ok(())
}
