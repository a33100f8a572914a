//! `partnerdesk audit`: the audit log, oldest first, for scripts and support tickets.

use super::{CliSession, Who};
use crate::cells::pad;
use crate::domain::scope::AuditScope;
use crate::store::Reads;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct AuditArgs {
    /// Only changes at or after this instant (RFC 3339, or a date like 2026-11-01).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only the changes of one session (its id is in every record).
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

fn parse_since(text: &str) -> Result<crate::domain::Timestamp> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(t.to_utc());
    }
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| super::failure::Usage(crate::t!("cli-since-usage", text = text)))?;
    Ok(day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

pub fn run(args: AuditArgs, who: &Who) -> Result<()> {
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let cli = CliSession::read(who)?;
    let read = cli.book.read()?;
    // A customer user sees the changes to its own tenant and what its own users did.
    let scope = match cli.session.customer_tenant() {
        Some(tenant) => {
            let customer = read.customer(tenant)?.ok_or_else(|| anyhow::anyhow!("{}", crate::text::CLI_TENANT_GONE))?;
            let relationships = read.admin_relationships_of(tenant)?;
            Some(AuditScope::for_customer(&customer, relationships.iter().map(|r| r.id.to_string())))
        }
        None => None,
    };
    let mut events = Vec::new();
    read.each_audit(|e| {
        let visible = scope.as_ref().is_none_or(|s| s.sees(&e));
        if visible && since.is_none_or(|s| e.at >= s) && args.session.as_deref().is_none_or(|s| e.session.0 == s) {
            events.push(e);
        }
        Ok(())
    })?;
    if args.json {
        super::json::print_as("audit", &events)?;
    } else {
        for e in &events {
            say!(
                "{:>6}  {}  {} {} {} {}",
                e.seq,
                cli.zone.second(&e.at),
                pad(&e.actor, 28),
                pad(&e.action, 30),
                pad(&e.target, 36),
                e.session
            );
        }
    }
    Ok(())
}
