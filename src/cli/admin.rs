//! `partnerdesk admin remove|move`: the customer's side of delegated admin privileges (rule 9),
//! as the customer's Partners tab does it: remove them, or reassign them to another partner.
//! The reseller stays responsible for support, and the record says so.

use super::subscriptions::customer_of;
use super::{CliSession, Who};
use crate::domain::Input;
use crate::domain::validate;
use crate::operations::permissions as ops;
use crate::text;
use anyhow::Result;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Remove the admin privileges a partner holds for your tenant (as a Global admin of the
    /// customer, `--as`).
    Remove {
        /// Tenant id or primary domain (default: your own tenant).
        #[arg(long)]
        customer: Option<String>,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Give your tenant's admin privileges to another partner: the one holding them loses them
    /// (as a Global admin of the customer, `--as`).
    Move {
        /// Tenant id or primary domain (default: your own tenant).
        #[arg(long)]
        customer: Option<String>,
        /// The partner who gets them, by partner id (`partners check ID` shows whose it is).
        #[arg(long, value_name = "ID")]
        partner: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: AdminCommand, who: &Who) -> Result<()> {
    let (customer, partner, json) = match command {
        AdminCommand::Remove { customer, json } => (customer, None, json),
        AdminCommand::Move { customer, partner, json } => {
            (customer, Some(validate::partner_id(Input::Partner, &partner)?), json)
        }
    };
    let cli = CliSession::open(who)?;
    let c = customer_of(&cli, customer.as_deref())?;
    let after = ops::customer_admin_privileges(&cli.book, &cli.ctx()?, c.tenant_id, partner)?;
    let support = after.support_duty_now();
    if json {
        return super::json::print(&serde_json::json!({
            "customer": after.primary_domain,
            "admin": after.admin,
            "support_duty": support,
        }));
    }
    say!("{}", text::admin_changed_alone(&after.company_name));
    match after.admin.as_ref().map(|a| a.partner) {
        Some(holder) => say!("{}", text::cli_admin_held_by(&holder.to_string())),
        None => say!("{}", text::CLI_ADMIN_HELD_BY_NOBODY),
    }
    if let Some(partner) = support {
        say!("{}", text::cli_support_stays_with(&partner.to_string()));
    }
    Ok(())
}
