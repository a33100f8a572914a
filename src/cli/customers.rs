//! `partnerdesk customers list|show|add`: the customer list for scripts.

use super::failure::{NotFound, Usage};
use super::{CliSession, Who};
use crate::domain::country::Cloud;
use crate::domain::customer::Customer;
use crate::domain::customer_changes::NewCustomer;
use crate::domain::ids::TenantId;
use crate::domain::scope::Scope;
use crate::domain::search::fold;
use crate::operations::customers as ops;
use crate::store::Reads;
use anyhow::{Context, Result};
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum CustomersCommand {
    /// Every customer on the partner's list (one line each, or JSON rows).
    List {
        /// Only customers whose name or domain contains this (case- and accent-insensitive).
        #[arg(long)]
        filter: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One customer's whole record.
    Show {
        /// Tenant id or primary domain.
        customer: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a customer tenant: you become its reseller, with admin privileges.
    Add {
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
        #[arg(long, value_name = "EMAIL")]
        admin_email: String,
        #[arg(long)]
        admin_name: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn find(read: &impl Reads, key: &str) -> Result<Customer> {
    let by_id = uuid::Uuid::parse_str(key.trim()).ok().map(TenantId);
    let found = match by_id {
        Some(id) => read.customer(id)?,
        None => read.customer_by_domain(key)?,
    };
    found.ok_or_else(|| NotFound(format!("no customer with the tenant id or domain {key} is in the book")).into())
}

pub fn run(command: CustomersCommand, who: &Who) -> Result<()> {
    match command {
        CustomersCommand::List { filter, json } => {
            let cli = CliSession::read(who)?;
            let scope = cli.scope();
            let query = filter.as_deref().map(fold);
            let mut rows = Vec::new();
            cli.book.read()?.each_customer_row(|r| {
                let matches =
                    query.as_ref().is_none_or(|q| fold(&format!("{} {}", r.name, r.domain)).contains(q.as_str()));
                let listed = match scope {
                    Scope::Partner => r.listed,
                    Scope::Customer(own) => r.tenant_id == own,
                };
                if listed && matches {
                    rows.push(r);
                }
            })?;
            rows.sort_by_cached_key(|r| fold(&r.name));
            if json {
                let rows: Vec<serde_json::Value> = rows.iter().map(row_json).collect();
                super::json::print_as("customers", rows)?;
            } else {
                for r in &rows {
                    say!(
                        "{}  {:<40} {:<40} {} {:<13} {:<18} admin:{:<3} {}/{}",
                        r.tenant_id,
                        r.name,
                        r.domain,
                        r.country,
                        r.cloud.label(),
                        r.relationship.label(),
                        if r.admin { "yes" } else { "no" },
                        r.licences_assigned,
                        r.licences_total
                    );
                }
                eprintln!("{} customers", rows.len());
            }
            Ok(())
        }
        CustomersCommand::Show { customer, json } => {
            let cli = CliSession::read(who)?;
            let c = find(&cli.book.read()?, &customer)?;
            if !cli.scope().sees_customer(c.tenant_id) {
                // Another tenant is not in a customer's book at all.
                return Err(
                    NotFound(format!("no customer with the tenant id or domain {customer} is in the book")).into()
                );
            }
            if json {
                super::json::print_as("customer", &c)?;
            } else {
                say!("{} ({})", c.company_name, c.primary_domain);
                say!("tenant {} · {} · {} cloud", c.tenant_id, c.country.name(), c.cloud);
                for s in &c.subscriptions {
                    let por = s.partner_of_record.map_or_else(|| "-".into(), |p| p.to_string());
                    say!(
                        "  {} {} {}/{} {} partner of record {por}",
                        s.id,
                        s.offer,
                        s.assigned,
                        s.quantity,
                        s.status.label()
                    );
                }
                for u in &c.users {
                    say!("  {} <{}>{}", u.name, u.email, if u.global_admin { " (Global admin)" } else { "" });
                }
            }
            Ok(())
        }
        CustomersCommand::Add { company, domain, country, cloud, admin_email, admin_name, json } => {
            let cli = CliSession::open(who)?;
            let org = cli.book.read()?.org()?.context("this book has no partner organization yet")?;
            let cloud = match cloud {
                Some(c) => Cloud::parse(&c)
                    .ok_or_else(|| Usage(format!("--cloud {c}: use public, usgov, germany or 21vianet")))?,
                None => org.cloud,
            };
            let input = NewCustomer {
                company,
                domain,
                country: country.unwrap_or_else(|| org.country.to_string()),
                cloud: Some(cloud),
                admin_name: admin_name.unwrap_or_default(),
                admin_email,
            };
            let c = ops::add(&cli.book, &cli.ctx()?, &input)?;
            if json {
                super::json::print_as("customer", &c)?;
            } else {
                say!("{} added as {} (tenant {}).", c.company_name, c.primary_domain, c.tenant_id);
            }
            Ok(())
        }
    }
}

/// A list row as scripts see it: what the screen's columns show, without internal fields.
fn row_json(r: &crate::domain::customer::CustomerRow) -> serde_json::Value {
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
