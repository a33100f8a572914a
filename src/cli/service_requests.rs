//! `partnerdesk service-requests open`: a service request on a customer's behalf (rule 9: the
//! reseller stays responsible for support), as the record's "open a service request" does.

use super::subscriptions::named_customer;
use super::{CliSession, Who};
use crate::domain::customer::Severity;
use crate::operations::customers as ops;
use crate::text;
use anyhow::Result;
use clap::{Subcommand, ValueEnum};

#[derive(Subcommand, Debug)]
pub enum ServiceRequestsCommand {
    /// Open a service request on a customer's behalf (Global admin, Admin or Helpdesk agent).
    Open {
        /// Tenant id or primary domain.
        #[arg(long)]
        customer: String,
        /// What is wrong, in one line.
        #[arg(long)]
        title: String,
        /// The details support needs.
        #[arg(long)]
        description: String,
        /// How much it hurts: a (critical), b (moderate) or c (minimal).
        #[arg(long, value_enum, default_value_t = SeverityArg::B)]
        severity: SeverityArg,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SeverityArg {
    A,
    B,
    C,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Severity {
        match s {
            SeverityArg::A => Severity::A,
            SeverityArg::B => Severity::B,
            SeverityArg::C => Severity::C,
        }
    }
}

pub fn run(command: ServiceRequestsCommand, who: &Who) -> Result<()> {
    let ServiceRequestsCommand::Open { customer, title, description, severity, json } = command;
    let cli = CliSession::open(who)?;
    let c = named_customer(&cli, &customer)?;
    let after = ops::open_service_request(&cli.book, &cli.ctx()?, c.tenant_id, &title, &description, severity.into())?;
    let opened = after.service_requests.last();
    if json {
        return super::json::print(&serde_json::json!({
            "customer": after.primary_domain,
            "service_request": opened,
        }));
    }
    say!("{}", text::request_opened(&after.company_name));
    if let Some(sr) = opened {
        say!("{}", text::cli_field(&sr.id.to_string(), &sr.title));
    }
    Ok(())
}
