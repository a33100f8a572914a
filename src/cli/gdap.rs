//! `partnerdesk gdap list|request|approve|extend|end|expiring|templates|health`: granular admin
//! relationships for scripts, the same rules and records as the Permissions tab.

use super::failure::{NotFound, Usage};
use super::subscriptions::{customer_of, named_customer};
use super::{CliSession, Who};
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, DirectoryRole, GranularRequest};
use crate::domain::gdap::{self, forecast, health, templates};
use crate::domain::ids::{AdminRelationshipId, TenantId};
use crate::operations::permissions as ops;
use crate::store::Reads;
use crate::t;
use crate::text::gdap as words;
use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::collections::HashMap;

#[derive(Subcommand, Debug)]
pub enum GdapCommand {
    /// Granular admin relationships: status as of now, roles, end, auto-extend, approval link.
    List {
        /// Only this customer's (tenant id or primary domain; a customer user: their own).
        #[arg(long)]
        customer: Option<String>,
        #[command(flatten)]
        out: Output,
    },
    /// Request a granular admin relationship; prints the approval link the customer opens.
    Request(RequestArgs),
    /// Approve a pending relationship, as a Global admin of the customer (`--as`).
    Approve(Target),
    /// Turn auto-extend on (by 180 days at the end), or off with --off.
    Extend {
        #[command(flatten)]
        target: Target,
        /// Turn auto-extend off instead.
        #[arg(long)]
        off: bool,
    },
    /// End a relationship, or withdraw a request.
    End(Target),
    /// The expiry forecast: what ends within DAYS, in 1 / 7 / 31-day windows, whether it will
    /// auto-extend, and why not.
    Expiring {
        /// Only what ends within this many days (default: everything that will end).
        #[arg(long, value_name = "DAYS")]
        within: Option<u32>,
        #[command(flatten)]
        out: Output,
    },
    /// Role templates with their roles' ids; with --diff, the live relationships that differ
    /// from one.
    Templates {
        /// The template to compare live relationships with (microsoft-default, support, read-only).
        #[arg(long, value_name = "TEMPLATE")]
        diff: Option<String>,
        #[command(flatten)]
        out: Output,
    },
    /// Access health of customers with granular admin relationships: reseller yes/no, access,
    /// roles, and what is missing.
    Health {
        /// Only this customer (tenant id or primary domain).
        #[arg(long)]
        customer: Option<String>,
        /// Only customers with a problem.
        #[arg(long)]
        problems: bool,
        #[command(flatten)]
        out: Output,
    },
}

#[derive(Args, Debug)]
pub struct Output {
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    json: bool,
}

/// Which relationship.
#[derive(Args, Debug)]
pub struct Target {
    /// Its id, as the screens show it (GDAP-3).
    relationship: String,
    #[command(flatten)]
    out: Output,
}

#[derive(Args, Debug)]
pub struct RequestArgs {
    /// Tenant id or primary domain of the customer.
    #[arg(long)]
    customer: String,
    /// The display name: at most 50 characters, unique among your relationships.
    #[arg(long)]
    name: String,
    /// Start from a role template (see `gdap templates`).
    #[arg(long, value_name = "TEMPLATE")]
    template: Option<String>,
    /// A role by its Microsoft Entra role template id (repeatable; added to the template's).
    #[arg(long = "role", value_name = "ROLE-ID")]
    roles: Vec<String>,
    /// Days, 1 to 730.
    #[arg(long, default_value = "730")]
    duration: String,
    /// Extend by 180 days at the end (not with Global Administrator).
    #[arg(long)]
    auto_extend: bool,
    #[command(flatten)]
    out: Output,
}

pub fn run(command: GdapCommand, who: &Who) -> Result<()> {
    match command {
        GdapCommand::List { customer, out } => list(who, customer.as_deref(), out.json),
        GdapCommand::Request(args) => request(who, args),
        GdapCommand::Approve(t) => change(who, t, |cli, id| ops::approve_granular(&cli.book, &cli.ctx()?, id)),
        GdapCommand::Extend { target, off } => {
            change(who, target, |cli, id| ops::set_auto_extend(&cli.book, &cli.ctx()?, id, !off))
        }
        GdapCommand::End(t) => change(who, t, |cli, id| ops::terminate_granular(&cli.book, &cli.ctx()?, id)),
        GdapCommand::Expiring { within, out } => expiring(who, within, out.json),
        GdapCommand::Templates { diff, out } => templates_command(who, diff.as_deref(), out.json),
        GdapCommand::Health { customer, problems, out } => health_command(who, customer.as_deref(), problems, out.json),
    }
}

/// The relationships this reader may see, with Microsoft's ids of the imported ones.
struct Visible {
    rels: Vec<AdminRelationship>,
    graph_ids: HashMap<String, String>,
}

fn visible(cli: &CliSession) -> Result<Visible> {
    let read = cli.book.read()?;
    let scope = cli.scope();
    let rels = read.admin_relationships()?.into_iter().filter(|r| scope.sees_customer(r.customer)).collect();
    Ok(Visible { rels, graph_ids: read.graph_relationship_ids()? })
}

impl Visible {
    fn link(&self, rel: &AdminRelationship) -> String {
        gdap::approval_link_of(rel, self.graph_ids.get(&rel.id.to_string()).map(String::as_str))
    }
}

fn role_ids(roles: &[DirectoryRole]) -> Vec<Value> {
    roles.iter().map(|r| json!({ "id": r.role_id(), "name": r.name() })).collect()
}

fn relationship_json(v: &Visible, r: &AdminRelationship, now: Timestamp) -> Value {
    let status = r.status_at(now);
    let pending = status == crate::domain::admin::AdminRelationshipStatus::ApprovalPending;
    json!({
        "id": r.id,
        "customer": { "tenant_id": r.customer, "name": r.customer_name },
        "name": r.name,
        "status": status,
        "roles": role_ids(&r.roles),
        "duration_days": r.duration_days,
        "auto_extend": r.auto_extend,
        "created_at": r.created_at,
        "activated_at": r.activated_at,
        "ends_at": r.ends_at,
        "approval_link": pending.then(|| v.link(r)),
        "approval_lapses_at": pending.then(|| forecast::ending(r, now).map(|e| e.ends_at)).flatten(),
    })
}

fn say_relationship(v: &Visible, r: &AdminRelationship, now: Timestamp) -> Result<()> {
    let status = r.status_at(now);
    let roles: Vec<String> = r.roles.iter().map(|x| x.name()).collect();
    let ends = r.ends_at.map_or_else(|| "—".into(), |e| e.format("%Y-%m-%d").to_string());
    say!("{} · {} · {} · {} · {ends} · {}", r.id, r.customer_name, r.name, status.label(), crate::i18n::list(&roles));
    if status == crate::domain::admin::AdminRelationshipStatus::ApprovalPending {
        if let Some(e) = forecast::ending(r, now) {
            say!("    {}", words::pending_age((now - r.created_at).num_days(), e.days_left));
        }
        say!("    {}: {}", words::APPROVAL_LINK, v.link(r));
    }
    Ok(())
}

fn list(who: &Who, customer: Option<&str>, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let only = match customer {
        Some(key) => Some(named_customer(&cli, key)?.tenant_id),
        None => None,
    };
    let v = visible(&cli)?;
    let rels: Vec<&AdminRelationship> = v.rels.iter().filter(|r| only.is_none_or(|t| r.customer == t)).collect();
    if json {
        let items: Vec<Value> = rels.iter().map(|r| relationship_json(&v, r, cli.now)).collect();
        return super::json::print(&json!({ "relationships": items }));
    }
    if rels.is_empty() {
        say!("{}", crate::text::NO_RELATIONSHIPS);
    }
    for r in rels {
        say_relationship(&v, r, cli.now)?;
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<AdminRelationshipId> {
    AdminRelationshipId::parse(text).ok_or_else(|| Usage(t!("gdap-not-an-id", text = text)).into())
}

fn request(who: &Who, args: RequestArgs) -> Result<()> {
    let cli = CliSession::open(who)?;
    let c = named_customer(&cli, &args.customer)?;
    let mut roles = match &args.template {
        Some(key) => {
            templates::by_key(key).ok_or_else(|| Usage(t!("gdap-no-such-template", template = key.as_str())))?.roles()
        }
        None => Vec::new(),
    };
    for id in &args.roles {
        let role = DirectoryRole::from_role_id(id).ok_or_else(|| Usage(t!("gdap-not-a-role", text = id.as_str())))?;
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    let req = GranularRequest { name: args.name, roles, duration: args.duration, auto_extend: args.auto_extend };
    let rel = ops::request_granular(&cli.book, &cli.ctx()?, c.tenant_id, &req)?;
    print_one(&cli, &rel, args.out.json)
}

fn print_one(cli: &CliSession, rel: &AdminRelationship, json: bool) -> Result<()> {
    let v = visible(cli)?;
    let now = chrono::Utc::now();
    if json {
        return super::json::print(&json!({ "relationship": relationship_json(&v, rel, now) }));
    }
    say_relationship(&v, rel, now)
}

fn change(
    who: &Who,
    target: Target,
    op: impl FnOnce(&CliSession, AdminRelationshipId) -> Result<AdminRelationship, crate::store::WriteError>,
) -> Result<()> {
    let id = parse_id(&target.relationship)?;
    let cli = CliSession::open(who)?;
    let visible_here =
        cli.book.read()?.admin_relationships()?.iter().any(|r| r.id == id && cli.scope().sees_customer(r.customer));
    if !visible_here {
        return Err(NotFound(t!("gdap-no-such-relationship", id = id.to_string())).into());
    }
    let rel = op(&cli, id)?;
    print_one(&cli, &rel, target.out.json)
}

fn expiring(who: &Who, within: Option<u32>, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let v = visible(&cli)?;
    let items = forecast::forecast(&v.rels, cli.now, within.map(i64::from));
    if json {
        let items: Vec<Value> = items
            .iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "customer": { "tenant_id": e.customer, "name": e.customer_name },
                    "name": e.name,
                    "status": e.status,
                    "ends_at": e.ends_at,
                    "days_left": e.days_left,
                    "window": e.window,
                    "renewal": e.renewal,
                })
            })
            .collect();
        return super::json::print(&json!({ "within_days": within, "endings": items }));
    }
    if items.is_empty() {
        say!("{}", words::NOTHING_ENDING);
    }
    for w in forecast::Window::ALL {
        let group: Vec<&forecast::Ending> = items.iter().filter(|e| e.window == w).collect();
        if group.is_empty() {
            continue;
        }
        say!("{} ({})", words::window(w), group.len());
        for e in group {
            say!(
                "  {} · {} · {} · {} · {} · {}",
                e.id,
                e.customer_name,
                e.name,
                e.ends_at.format("%Y-%m-%d"),
                words::ends_in(e.days_left),
                words::renewal(e.renewal)
            );
        }
    }
    Ok(())
}

fn names(roles: &[DirectoryRole]) -> String {
    if roles.is_empty() {
        return "—".into();
    }
    crate::i18n::list(&roles.iter().map(|r| r.name()).collect::<Vec<_>>())
}

fn templates_command(who: &Who, diff: Option<&str>, json: bool) -> Result<()> {
    let Some(key) = diff else {
        if json {
            let items: Vec<Value> = templates::ALL
                .iter()
                .map(|t| json!({ "key": t.key, "name": words::template_name(t), "roles": role_ids(&t.roles()) }))
                .collect();
            return super::json::print(&json!({ "templates": items }));
        }
        for t in templates::ALL {
            say!("{} — {}", t.key, words::template_name(&t));
            for r in t.roles() {
                say!("    {} {}", r.role_id(), r.name());
            }
        }
        return Ok(());
    };
    let template = templates::by_key(key).ok_or_else(|| Usage(t!("gdap-no-such-template", template = key)))?;
    let cli = CliSession::read(who)?;
    let v = visible(&cli)?;
    let found = templates::differing(&template, &v.rels, cli.now);
    if json {
        let items: Vec<Value> = found
            .iter()
            .map(|(r, d)| json!({ "id": r.id, "customer": { "tenant_id": r.customer, "name": r.customer_name }, "name": r.name, "missing": role_ids(&d.missing), "extra": role_ids(&d.extra) }))
            .collect();
        return super::json::print(&json!({ "template": template.key, "differing": items }));
    }
    if found.is_empty() {
        say!("{}", words::NONE_DIFFER);
    }
    for (r, d) in found {
        say!(
            "{} · {}",
            words::differs(&r.id.to_string(), &words::template_name(&template), &names(&d.missing), &names(&d.extra)),
            r.customer_name
        );
    }
    Ok(())
}

fn health_command(who: &Who, customer: Option<&str>, problems_only: bool, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let v = visible(&cli)?;
    let read = cli.book.read()?;
    // Only customers with a relationship can have a GDAP problem: the book's relationships,
    // not its customers, are walked (a book of a million customers has few relationships).
    let mut tenants: Vec<TenantId> = match customer {
        Some(key) => vec![named_customer(&cli, key)?.tenant_id],
        None if cli.session.customer_tenant().is_some() => vec![customer_of(&cli, None)?.tenant_id],
        None => v.rels.iter().map(|r| r.customer).collect(),
    };
    tenants.sort();
    tenants.dedup();
    let partner = read.org()?.map(|o| o.partner_id).ok_or_else(|| NotFound(t!("gdap-no-organization")))?;
    let mut rows = Vec::new();
    for tenant in tenants {
        let Some(c) = read.customer(tenant)? else { continue };
        let h = health::of(health::is_reseller(&c, partner), v.rels.iter().filter(|r| r.customer == tenant), cli.now);
        if !problems_only || h.has_problem() {
            rows.push((c, h));
        }
    }
    if json {
        let items: Vec<Value> = rows
            .iter()
            .map(|(c, h)| {
                json!({
                    "customer": { "tenant_id": c.tenant_id, "name": c.company_name, "domain": c.primary_domain },
                    "reseller": h.reseller,
                    "access": h.access,
                    "roles": role_ids(&h.roles),
                    "problems": h.problems.iter().map(|p| json!({ "kind": p, "message": words::problem(p) })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return super::json::print(&json!({ "customers": items }));
    }
    if rows.is_empty() && problems_only {
        say!("{}", words::NO_PROBLEMS);
    }
    for (c, h) in rows {
        say!("{} ({}) · {}", c.company_name, c.primary_domain, words::access_summary(h.reseller, h.access));
        if !h.roles.is_empty() {
            say!("    {}", names(&h.roles));
        }
        for p in &h.problems {
            say!("    ! {}", words::problem(p));
        }
    }
    Ok(())
}
