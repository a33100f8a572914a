//! `partnerdesk customers list|show|add`: the customer list for scripts.

use super::failure::{NotFound, Usage};
use super::{CliSession, Who};
use crate::cells::pad;
use crate::domain::country::Cloud;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::customer_changes::NewCustomer;
use crate::domain::ids::TenantId;
use crate::domain::scope::Scope;
use crate::domain::search::fold;
use crate::operations::customers as ops;
use crate::store::Reads;
use crate::t;
use crate::text;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use std::io::Write;

#[derive(Subcommand, Debug)]
pub enum CustomersCommand {
    /// Every customer on the partner's list (one line each, or JSON rows).
    List {
        /// Only customers whose name or domain contains this (case- and accent-insensitive).
        #[arg(long)]
        filter: Option<String>,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// One customer's whole record.
    Show {
        /// Tenant id or primary domain.
        customer: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Add a customer tenant: you become its reseller, with admin privileges.
    Add(AddArgs),
    /// Remove your reseller relationship with a customer (Global admin): refused while any
    /// subscription is active, unless `--suspend-active` suspends them in the same step.
    RemoveReseller {
        /// Tenant id or primary domain.
        customer: String,
        /// Suspend the active subscriptions first, in the same step (they block the removal).
        #[arg(long)]
        suspend_active: bool,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The company's name, as the customer writes it.
    #[arg(long)]
    company: String,
    /// The initial domain's name (`contoso` for contoso.onmicrosoft.com).
    #[arg(long)]
    domain: String,
    /// Country or region (default: the partner's).
    #[arg(long)]
    country: Option<String>,
    /// public, usgov, germany or 21vianet (default: the partner's).
    #[arg(long)]
    cloud: Option<String>,
    /// The email of the customer's first Global admin (its contact for the invitation).
    #[arg(long, value_name = "EMAIL")]
    admin_email: String,
    /// That admin's name (default: taken from the email).
    #[arg(long)]
    admin_name: Option<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    json: bool,
}

fn find(read: &impl Reads, key: &str) -> Result<Customer> {
    let by_id = uuid::Uuid::parse_str(key.trim()).ok().map(TenantId);
    let found = match by_id {
        Some(id) => read.customer(id)?,
        None => read.customer_by_domain(key)?,
    };
    found.ok_or_else(|| NotFound(text::cli_no_customer(key)).into())
}

pub fn run(command: CustomersCommand, who: &Who) -> Result<()> {
    match command {
        CustomersCommand::List { filter, json } => list(who, filter.as_deref(), json),
        CustomersCommand::Show { customer, json } => show(who, &customer, json),
        CustomersCommand::Add(args) => add(who, args),
        CustomersCommand::RemoveReseller { customer, suspend_active, json } => {
            remove_reseller(who, &customer, suspend_active, json)
        }
    }
}

/// The rows the reader may see that match the filter, streamed in the list's name order (the
/// order the store keeps and the screen shows), one row at a time: a million customers never
/// sit in memory at once.
fn list(who: &Who, filter: Option<&str>, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let scope = cli.scope();
    let query = filter.map(fold);
    let read = cli.book.read()?;
    let wanted = |r: &CustomerRow| {
        let listed = match scope {
            Scope::Partner => r.listed,
            Scope::Customer(own) => r.tenant_id == own,
        };
        listed && query.as_ref().is_none_or(|q| r.folded.contains(q.as_str()))
    };
    let mut out = std::io::BufWriter::new(super::output::stdout());
    if json {
        let rows = StreamRows { read: &read, wanted: &wanted };
        let mut document = serde_json::Serializer::pretty(&mut out);
        use serde::ser::{SerializeMap, Serializer};
        let mut map = document.serialize_map(Some(2))?;
        map.serialize_entry("schema_version", &crate::export::JSON_SCHEMA_VERSION)?;
        map.serialize_entry("customers", &rows)?;
        map.end()?;
        out.write_all(b"\n")?;
        out.flush()?;
    } else {
        let count = list_lines(&read, &wanted, &mut out)?;
        out.flush()?;
        tell!("{}", text::customers_count(count));
    }
    Ok(())
}

/// One line per wanted row; returns how many.
fn list_lines(read: &impl Reads, wanted: &impl Fn(&CustomerRow) -> bool, out: &mut impl Write) -> Result<usize> {
    let mut count = 0usize;
    let mut failed = None;
    read.each_customer_row(|r| {
        if failed.is_some() || !wanted(&r) {
            return;
        }
        count += 1;
        if let Err(e) = writeln!(
            out,
            "{}  {} {} {} {} {} admin:{} {}/{}",
            r.tenant_id,
            pad(&r.name, 40),
            pad(&r.domain, 40),
            r.country,
            pad(&r.cloud.label().to_string(), 13),
            pad(&r.relationship.label().to_string(), 18),
            pad(&(if r.admin { text::YES } else { text::NO }).to_string(), 3),
            r.licences_assigned,
            r.licences_total
        ) {
            failed = Some(e);
        }
    })?;
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(count),
    }
}

fn show(who: &Who, customer: &str, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let c = find(&cli.book.read()?, customer)?;
    if !cli.scope().sees_customer(c.tenant_id) {
        // Another tenant is not in a customer's book at all.
        return Err(NotFound(text::cli_no_customer(customer)).into());
    }
    if json {
        return super::json::print_as("customer", &c);
    }
    say!("{} ({})", c.company_name, c.primary_domain);
    say!(
        "{}",
        t!(
            "cli-customer-tenant",
            tenant = c.tenant_id.to_string(),
            region = text::region(c.country.name(), &c.country.to_string(), &c.cloud.label().to_string())
        )
    );
    for s in &c.subscriptions {
        let por = s.partner_of_record.map_or_else(|| "-".into(), |p| p.to_string());
        let line = t!(
            "cli-customer-subscription",
            id = s.id.to_string(),
            offer = &s.offer,
            assigned = s.assigned,
            quantity = s.quantity,
            status = s.status.label(),
            partner = por
        );
        say!("  {line}");
    }
    for u in &c.users {
        let admin = if u.global_admin { "yes" } else { "no" };
        say!("  {}", t!("cli-customer-user", name = &u.name, email = u.email.as_str(), admin = admin));
    }
    Ok(())
}

fn remove_reseller(who: &Who, customer: &str, suspend_active: bool, json: bool) -> Result<()> {
    let cli = CliSession::open(who)?;
    let before = find(&cli.book.read()?, customer)?;
    if !cli.scope().sees_customer(before.tenant_id) {
        return Err(NotFound(text::cli_no_customer(customer)).into());
    }
    let ctx = cli.ctx()?;
    let after = if suspend_active {
        ops::suspend_and_remove_reseller(&cli.book, &ctx, before.tenant_id)?
    } else {
        ops::remove_reseller(&cli.book, &ctx, before.tenant_id)?
    };
    let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
    let listed = cli.book.read()?.customer_row(&after, org.partner_id)?.listed;
    if json {
        return super::json::print(&serde_json::json!({ "customer": after, "listed": listed }));
    }
    say!("{}", text::reseller_removed(&after.company_name));
    if listed {
        say!("{}", text::cli_stays_listed(&after.company_name));
    }
    Ok(())
}

fn add(who: &Who, args: AddArgs) -> Result<()> {
    let cli = CliSession::open(who)?;
    let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
    let cloud = match args.cloud {
        Some(c) => Cloud::parse(&c).ok_or_else(|| Usage(text::cli_cloud_usage(&c)))?,
        None => org.cloud,
    };
    let input = NewCustomer {
        company: args.company,
        domain: args.domain,
        country: args.country.unwrap_or_else(|| org.country.to_string()),
        cloud: Some(cloud),
        admin_name: args.admin_name.unwrap_or_default(),
        admin_email: args.admin_email,
    };
    let c = ops::add(&cli.book, &cli.ctx()?, &input)?;
    if args.json {
        super::json::print_as("customer", &c)?;
    } else {
        say!("{}", text::cli_customer_added(&c.company_name, c.primary_domain.as_str(), &c.tenant_id.to_string()));
        say!("{}", text::cli_customer_added_no_admin(c.primary_domain.as_str()));
    }
    Ok(())
}

/// The customers list as a JSON array written row by row while the store is read.
struct StreamRows<'a, F> {
    read: &'a crate::store::ReadTx,
    wanted: &'a F,
}

impl<F: Fn(&CustomerRow) -> bool> serde::Serialize for StreamRows<'_, F> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = serializer.serialize_seq(None)?;
        let mut failed = None;
        self.read
            .each_customer_row(|r| {
                if failed.is_none() && (self.wanted)(&r) {
                    failed = seq.serialize_element(&row_json(&r)).err();
                }
            })
            .map_err(|e| S::Error::custom(format!("{e:#}")))?;
        if let Some(e) = failed {
            return Err(e);
        }
        seq.end()
    }
}

/// A list row as scripts see it: what the screen's columns show, without internal fields.
fn row_json(r: &CustomerRow) -> serde_json::Value {
    serde_json::json!({
        "tenant_id": r.tenant_id,
        "company_name": r.name,
        "primary_domain": r.domain,
        "country": r.country,
        "cloud": r.cloud,
        "relationship": r.relationship,
        "admin": r.admin,
        "subscriptions": r.subscriptions,
        "licences_assigned": r.licences_assigned,
        "licences_total": r.licences_total,
        "partners_of_record": r.partners_of_record,
    })
}
