//! `partnerdesk gdap list|request|approve|extend|end|expiring|templates|template|health|assign|
//! unassign|assignments|report|groups|group`: granular admin relationships, role templates and
//! access assignments for scripts, the same rules and records as the Permissions tab.

use super::failure::{NotFound, Usage};
use super::subscriptions::{customer_of, named_customer};
use super::{CliSession, Who};
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, DirectoryRole, GranularRequest};
use crate::domain::gdap::access::{AccessAssignment, AssignmentError, AssignmentStatus, Outcome, SecurityGroup};
use crate::domain::gdap::bulk::{self, BulkAction, BulkItem};
use crate::domain::gdap::{self, forecast, health, templates};
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId, TenantId};
use crate::operations::gdap as gdap_ops;
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
    /// The approval email of a relationship waiting for the customer: to its Global admin, in
    /// the customer's language, with the approval link.
    ApprovalEmail(Target),
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
    /// Make or change one of your own role templates (--role, --from), or remove it (--remove);
    /// says how many live relationships differ from it.
    Template {
        /// Its name: at most 50 characters, not the key of one of Microsoft's templates.
        name: String,
        /// A role by its Microsoft Entra role template id (repeatable).
        #[arg(long = "role", value_name = "ROLE-ID")]
        roles: Vec<String>,
        /// Start from another template's roles (see `gdap templates`).
        #[arg(long, value_name = "TEMPLATE")]
        from: Option<String>,
        /// Remove the template; relationships requested from it keep their roles.
        #[arg(long, conflicts_with_all = ["roles", "from"])]
        remove: bool,
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
    /// Give a partner security group roles of an active relationship (an access assignment);
    /// it is pending until Microsoft applies it (`gdap report`).
    Assign(AssignArgs),
    /// Remove an access assignment: it is being removed until Microsoft reports it removed.
    Unassign(AssignmentTarget),
    /// Access assignments with their group, roles and status (and why one failed).
    Assignments {
        /// Only this relationship's (GDAP-3).
        #[arg(long)]
        relationship: Option<String>,
        /// Only this customer's (tenant id or primary domain; a customer user: their own).
        #[arg(long)]
        customer: Option<String>,
        #[command(flatten)]
        out: Output,
    },
    /// Record what Microsoft reported of an access assignment in progress: --done (applied, or
    /// removed), or --failed REASON (group-not-found, relationship-ended, role-not-held, or
    /// Microsoft's own message). --done on a failed one tries it again.
    Report {
        #[command(flatten)]
        target: AssignmentTarget,
        /// Microsoft applied it (pending → active) or removed it (being removed → removed).
        #[arg(long, conflicts_with = "failed", required_unless_present = "failed")]
        done: bool,
        /// Microsoft could not, for this reason.
        #[arg(long, value_name = "REASON")]
        failed: Option<String>,
    },
    /// One action over many customers or relationships, item by item with the rule of a
    /// single change, each item's result (done / refused and why) on its own line; no limit
    /// of 25. --dry-run says what each item would do and writes nothing.
    Bulk(BulkArgs),
    /// The partner's security groups known to the book.
    Groups {
        #[command(flatten)]
        out: Output,
    },
    /// Add a security group to the book by its object id, or rename it.
    Group {
        /// The group's object id in your Microsoft Entra tenant (a GUID).
        id: String,
        /// Its display name, as Microsoft Entra shows it.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        out: Output,
    },
}

#[derive(Args, Debug)]
pub struct AssignArgs {
    /// Its id, as the screens show it (GDAP-3).
    relationship: String,
    /// A security group of the book by name or object id, or a new group's object id.
    #[arg(long)]
    group: String,
    /// The name of a group new to the book.
    #[arg(long, value_name = "NAME", default_value = "")]
    group_name: String,
    /// A role of the relationship by its Microsoft Entra role template id (repeatable;
    /// default: every role of the relationship).
    #[arg(long = "role", value_name = "ROLE-ID")]
    roles: Vec<String>,
    #[command(flatten)]
    out: Output,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BulkVerb {
    /// Request a relationship from a role template with each customer (--template).
    Request,
    /// Turn auto-extend on (each extends by 180 days at its end).
    #[value(alias = "extend")]
    AutoExtendOn,
    /// Turn auto-extend off.
    AutoExtendOff,
    /// Remove the Global Administrator role (active relationships only).
    RemoveGlobalAdmin,
    /// End each relationship, or withdraw each request.
    End,
}

#[derive(Args, Debug)]
pub struct BulkArgs {
    /// What to do to each item.
    #[arg(value_enum)]
    action: BulkVerb,
    /// A file of tenant ids (CSV, or one a line: the first GUID of each line).
    #[arg(long, value_name = "FILE")]
    tenants: Option<std::path::PathBuf>,
    /// A customer by tenant id or primary domain (repeatable).
    #[arg(long = "customer", value_name = "CUSTOMER")]
    customers: Vec<String>,
    /// A relationship by id (GDAP-3; repeatable).
    #[arg(long = "relationship", value_name = "ID")]
    relationships: Vec<String>,
    /// Every listed customer whose name or domain contains TEXT, as the list's filter finds them.
    #[arg(long, value_name = "TEXT")]
    filter: Option<String>,
    /// The role template of a request (see `gdap templates`).
    #[arg(long, value_name = "TEMPLATE")]
    template: Option<String>,
    /// A request's name: this prefix and the customer's domain (at most 50 characters).
    #[arg(long, default_value = "GDAP")]
    prefix: String,
    /// A request's duration in days, 1 to 730.
    #[arg(long, default_value = "730")]
    duration: String,
    /// Requests extend by 180 days at their end (not with Global Administrator).
    #[arg(long)]
    auto_extend: bool,
    /// Say what each item would do; write nothing.
    #[arg(long)]
    dry_run: bool,
    #[command(flatten)]
    out: Output,
}

/// Which access assignment.
#[derive(Args, Debug)]
pub struct AssignmentTarget {
    /// Its id, as the screens show it (ACC-4).
    assignment: String,
    #[command(flatten)]
    out: Output,
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
        GdapCommand::ApprovalEmail(t) => approval_email(who, t),
        GdapCommand::Expiring { within, out } => expiring(who, within, out.json),
        GdapCommand::Templates { diff, out } => templates_command(who, diff.as_deref(), out.json),
        GdapCommand::Template { name, roles, from, remove, out } => {
            template_command(who, &name, &roles, from.as_deref(), remove, out.json)
        }
        GdapCommand::Health { customer, problems, out } => health_command(who, customer.as_deref(), problems, out.json),
        GdapCommand::Assign(args) => assign(who, args),
        GdapCommand::Unassign(t) => change_assignment(who, t, |cli, id| gdap_ops::unassign(&cli.book, &cli.ctx()?, id)),
        GdapCommand::Assignments { relationship, customer, out } => {
            assignments_command(who, relationship.as_deref(), customer.as_deref(), out.json)
        }
        GdapCommand::Report { target, done: _, failed } => {
            let outcome = match failed {
                None => Outcome::Done,
                Some(reason) => Outcome::Failed(failure_reason(&reason)),
            };
            change_assignment(who, target, |cli, id| gdap_ops::record_outcome(&cli.book, &cli.ctx()?, id, outcome))
        }
        GdapCommand::Bulk(args) => bulk_command(who, args),
        GdapCommand::Groups { out } => groups_command(who, out.json),
        GdapCommand::Group { id, name, out } => {
            let cli = CliSession::open(who)?;
            let g = gdap_ops::put_group(&cli.book, &cli.ctx()?, &id, &name)?;
            if out.json {
                return super::json::print(&json!({ "group": g }));
            }
            say!("{} · {}", g.id, g.name);
            Ok(())
        }
    }
}

/// The relationships this reader may see, with Microsoft's ids of the imported ones, and
/// their access assignments with the groups those name.
struct Visible {
    rels: Vec<AdminRelationship>,
    graph_ids: HashMap<String, String>,
    assignments: Vec<AccessAssignment>,
    groups: Vec<SecurityGroup>,
    /// The zone the text output's dates are in.
    zone: crate::i18n::zone::Zone,
}

fn visible(cli: &CliSession) -> Result<Visible> {
    let read = cli.book.read()?;
    let scope = cli.scope();
    let rels = read.admin_relationships()?.into_iter().filter(|r| scope.sees_customer(r.customer)).collect();
    let assignments: Vec<AccessAssignment> =
        read.access_assignments()?.into_iter().filter(|a| scope.sees_customer(a.customer)).collect();
    let groups = read.security_groups()?.into_iter().filter(|g| assignments.iter().any(|a| a.group == g.id)).collect();
    Ok(Visible { rels, graph_ids: read.graph_relationship_ids()?, assignments, groups, zone: cli.zone.clone() })
}

impl Visible {
    fn link(&self, rel: &AdminRelationship) -> String {
        gdap::approval_link_of(rel, self.graph_ids.get(&rel.id.to_string()).map(String::as_str))
    }

    fn group_name(&self, id: uuid::Uuid) -> String {
        self.groups.iter().find(|g| g.id == id).map_or_else(|| id.to_string(), |g| g.name.clone())
    }

    /// An assignment's status now: one of a relationship that has ended is deleted.
    fn status_of(&self, a: &AccessAssignment, now: Timestamp) -> AssignmentStatus {
        match self.rels.iter().find(|r| r.id == a.relationship) {
            Some(rel) => a.status_with(rel.status_at(now)),
            None => a.status.clone(),
        }
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
    let ends = r.ends_at.map_or_else(|| "—".into(), |e| v.zone.date(&e));
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
    let roles = template_roles(&cli, args.template.as_deref(), &args.roles)?;
    let req = GranularRequest { name: args.name, roles, duration: args.duration, auto_extend: args.auto_extend };
    let rel = ops::request_granular(&cli.book, &cli.ctx()?, c.tenant_id, &req)?;
    print_one(&cli, &rel, args.out.json)
}

/// A template by key or name (Microsoft's, or one of the partner's in the book).
fn template(cli: &CliSession, key: &str) -> Result<templates::Template> {
    let own = cli.book.read()?.own_templates()?;
    Ok(templates::find(&own, key).ok_or_else(|| Usage(t!("gdap-no-such-template", template = key)))?)
}

/// The roles a template names (if one is named), then the roles of `--role`, each once.
fn template_roles(cli: &CliSession, key: Option<&str>, ids: &[String]) -> Result<Vec<DirectoryRole>> {
    let mut roles = match key {
        Some(key) => template(cli, key)?.roles(),
        None => Vec::new(),
    };
    for id in ids {
        let role = DirectoryRole::from_role_id(id).ok_or_else(|| Usage(t!("gdap-not-a-role", text = id.as_str())))?;
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    Ok(roles)
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
    let visible_here = cli.book.read()?.admin_relationship(id)?.is_some_and(|r| cli.scope().sees_customer(r.customer));
    if !visible_here {
        return Err(NotFound(t!("gdap-no-such-relationship", id = id.to_string())).into());
    }
    let rel = op(&cli, id)?;
    print_one(&cli, &rel, target.out.json)
}

/// `gdap approval-email GDAP-3`: the email the customer's Global admin approves from, as the
/// editor drafts it.
fn approval_email(who: &Who, target: Target) -> Result<()> {
    let id = parse_id(&target.relationship)?;
    let cli = CliSession::read(who)?;
    let v = visible(&cli)?;
    let rel = v
        .rels
        .iter()
        .find(|r| r.id == id)
        .ok_or_else(|| NotFound(t!("gdap-no-such-relationship", id = id.to_string())))?;
    let read = cli.book.read()?;
    let org = read.org()?.ok_or_else(|| NotFound(t!("gdap-no-organization")))?;
    let customer =
        read.customer(rel.customer)?.ok_or_else(|| NotFound(t!("gdap-no-such-relationship", id = id.to_string())))?;
    let ctx = cli.ctx()?;
    let mail = gdap::approval::draft(ctx.actor, &org, &customer, rel, v.link(rel), cli.now)?;
    let email = crate::domain::invitation::EmailDraft::from(&mail.letter);
    if target.out.json {
        return super::json::print(&json!({
            "relationship": mail.relationship,
            "to": mail.recipient,
            "link": mail.link,
            "subject": email.subject,
            "body": email.body,
        }));
    }
    say!("{}", crate::app::mail::clipboard_text(&email));
    Ok(())
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
                v.zone.date(&e.ends_at),
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
    let cli = CliSession::read(who)?;
    let Some(key) = diff else {
        let all = templates::all(&cli.book.read()?.own_templates()?);
        if json {
            let items: Vec<Value> = all
                .iter()
                .map(|t| {
                    json!({
                        "key": t.key(),
                        "name": words::template_name(t),
                        "own": matches!(t, templates::Template::Own(_)),
                        "roles": role_ids(&t.roles()),
                    })
                })
                .collect();
            return super::json::print(&json!({ "templates": items }));
        }
        for t in &all {
            say!("{} — {}", t.key(), words::template_name(t));
            for r in t.roles() {
                say!("    {} {}", r.role_id(), r.name());
            }
        }
        return Ok(());
    };
    let template = template(&cli, key)?;
    let v = visible(&cli)?;
    let found = templates::differing(&template.roles(), &v.rels, cli.now);
    if json {
        let items: Vec<Value> = found
            .iter()
            .map(|(r, d)| json!({ "id": r.id, "customer": { "tenant_id": r.customer, "name": r.customer_name }, "name": r.name, "missing": role_ids(&d.missing), "extra": role_ids(&d.extra) }))
            .collect();
        return super::json::print(&json!({ "template": template.key(), "differing": items }));
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

/// `gdap template NAME`: makes or changes one of the partner's templates (or removes it), then
/// says how many live relationships differ from what it now holds.
fn template_command(who: &Who, name: &str, ids: &[String], from: Option<&str>, remove: bool, json: bool) -> Result<()> {
    let cli = CliSession::open(who)?;
    if remove {
        let t = gdap_ops::remove_template(&cli.book, &cli.ctx()?, name)?;
        if json {
            return super::json::print(&json!({ "removed": { "key": t.name, "roles": role_ids(&t.roles) } }));
        }
        say!("{}", words::template_removed(&t.name));
        return Ok(());
    }
    let roles = template_roles(&cli, from, ids)?;
    let exists = templates::find(&cli.book.read()?.own_templates()?, name)
        .is_some_and(|t| matches!(t, templates::Template::Own(_)));
    let t = gdap_ops::put_template(&cli.book, &cli.ctx()?, name, &roles, !exists)?;
    let v = visible(&cli)?;
    let found = templates::differing(&t.roles, &v.rels, cli.now);
    if json {
        let differing: Vec<Value> = found
            .iter()
            .map(|(r, d)| json!({ "id": r.id, "name": r.name, "missing": role_ids(&d.missing), "extra": role_ids(&d.extra) }))
            .collect();
        return super::json::print(&json!({
            "template": { "key": t.name, "roles": role_ids(&t.roles), "changed_at": t.changed_at },
            "differing": differing,
        }));
    }
    say!("{}", words::template_saved(&t.name, found.len()));
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
        let assignments: Vec<&AccessAssignment> = v.assignments.iter().filter(|a| a.customer == tenant).collect();
        let h = health::of(
            health::is_reseller(&c, partner),
            v.rels.iter().filter(|r| r.customer == tenant),
            &assignments,
            cli.now,
        );
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

/// Microsoft's reason as the command line takes it: a known reason by its name, or its message.
fn failure_reason(text: &str) -> AssignmentError {
    match text.trim().to_ascii_lowercase().as_str() {
        "group-not-found" => AssignmentError::GroupNotFound,
        "relationship-ended" => AssignmentError::RelationshipEnded,
        "role-not-held" => AssignmentError::RoleNotHeld,
        _ => AssignmentError::Microsoft(text.trim().to_string()),
    }
}

fn assignment_json(v: &Visible, a: &AccessAssignment, now: Timestamp) -> Value {
    let status = v.status_of(a, now);
    let error = match &status {
        AssignmentStatus::Error(e) => Some(json!({ "reason": e, "message": words::assignment_error(e) })),
        _ => None,
    };
    json!({
        "id": a.id,
        "relationship": a.relationship,
        "customer": a.customer,
        "group": { "id": a.group, "name": v.group_name(a.group) },
        "roles": role_ids(&a.roles),
        "status": crate::domain::gdap::access::StatusKind::of(&status),
        "error": error,
        "created_at": a.created_at,
        "changed_at": a.changed_at,
    })
}

fn say_assignment(v: &Visible, a: &AccessAssignment, now: Timestamp) -> Result<()> {
    let line = words::assignment_line(
        &a.id.to_string(),
        &v.group_name(a.group),
        &names(&a.roles),
        &words::assignment_status(&v.status_of(a, now)),
    );
    say!("{} · {line}", a.relationship);
    Ok(())
}

fn print_assignment(cli: &CliSession, a: &AccessAssignment, json: bool) -> Result<()> {
    let v = visible(cli)?;
    let now = chrono::Utc::now();
    if json {
        return super::json::print(&json!({ "assignment": assignment_json(&v, a, now) }));
    }
    say_assignment(&v, a, now)
}

fn assign(who: &Who, args: AssignArgs) -> Result<()> {
    let id = parse_id(&args.relationship)?;
    let cli = CliSession::open(who)?;
    let rel = cli
        .book
        .read()?
        .admin_relationship(id)?
        .filter(|r| cli.scope().sees_customer(r.customer))
        .ok_or_else(|| NotFound(t!("gdap-no-such-relationship", id = id.to_string())))?;
    let roles = if args.roles.is_empty() {
        rel.roles.clone()
    } else {
        let mut roles = Vec::new();
        for text in &args.roles {
            let role = DirectoryRole::from_reported_id(text)
                .ok_or_else(|| Usage(t!("gdap-not-a-role", text = text.as_str())))?;
            roles.push(role);
        }
        roles
    };
    let ask = gdap_ops::Assign { relationship: id, group: &args.group, group_name: &args.group_name, roles };
    let a = gdap_ops::assign(&cli.book, &cli.ctx()?, &ask)?;
    print_assignment(&cli, &a, args.out.json)
}

fn change_assignment(
    who: &Who,
    target: AssignmentTarget,
    op: impl FnOnce(&CliSession, AccessAssignmentId) -> Result<AccessAssignment, crate::store::WriteError>,
) -> Result<()> {
    let id = AccessAssignmentId::parse(&target.assignment)
        .ok_or_else(|| Usage(t!("gdap-not-an-assignment-id", text = target.assignment.as_str())))?;
    let cli = CliSession::open(who)?;
    let visible_here = cli.book.read()?.access_assignment(id)?.is_some_and(|a| cli.scope().sees_customer(a.customer));
    if !visible_here {
        return Err(NotFound(t!("gdap-no-such-assignment", id = id.to_string())).into());
    }
    let a = op(&cli, id)?;
    print_assignment(&cli, &a, target.out.json)
}

fn assignments_command(who: &Who, relationship: Option<&str>, customer: Option<&str>, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let rel = relationship.map(parse_id).transpose()?;
    let tenant = match customer {
        Some(key) => Some(named_customer(&cli, key)?.tenant_id),
        None => None,
    };
    let v = visible(&cli)?;
    let items: Vec<&AccessAssignment> = v
        .assignments
        .iter()
        .filter(|a| rel.is_none_or(|r| a.relationship == r) && tenant.is_none_or(|t| a.customer == t))
        .collect();
    if json {
        let items: Vec<Value> = items.iter().map(|a| assignment_json(&v, a, cli.now)).collect();
        return super::json::print(&json!({ "assignments": items }));
    }
    if items.is_empty() {
        say!("{}", words::NO_ASSIGNMENTS);
    }
    for a in items {
        say_assignment(&v, a, cli.now)?;
    }
    Ok(())
}

fn groups_command(who: &Who, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let mut groups = if cli.session.customer_tenant().is_some() {
        visible(&cli)?.groups
    } else {
        cli.book.read()?.security_groups()?
    };
    groups.sort_by_cached_key(|g| crate::domain::search::fold(&g.name));
    if json {
        return super::json::print(&json!({ "groups": groups }));
    }
    if groups.is_empty() {
        say!("{}", words::NO_GROUPS);
    }
    for g in groups {
        say!("{} · {}", g.id, g.name);
    }
    Ok(())
}

/// The items a bulk command names: the customers of --tenants, --customer and --filter, then
/// the relationships of --relationship, each once.
fn bulk_items(cli: &CliSession, args: &BulkArgs, action: &BulkAction) -> Result<Vec<BulkItem>> {
    let mut tenants: Vec<TenantId> = Vec::new();
    if let Some(file) = &args.tenants {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Usage(t!("gdap-cannot-read", file = file.display().to_string(), reason = e.to_string())))?;
        tenants.extend(bulk::tenant_list(&text)?);
    }
    for key in &args.customers {
        tenants.push(named_customer(cli, key)?.tenant_id);
    }
    let read = cli.book.read()?;
    if let Some(text) = &args.filter {
        let query = crate::domain::search::fold(text);
        read.each_customer_row(|row| {
            if row.listed && row.folded.contains(query.trim()) {
                tenants.push(row.tenant_id);
            }
        })?;
    }
    let scope = cli.scope();
    tenants.retain(|t| scope.sees_customer(*t));
    let mut seen = std::collections::HashSet::new();
    tenants.retain(|t| seen.insert(*t));
    let rels = read.admin_relationships()?;
    let mut items = bulk::items(action, &tenants, &rels, cli.now);
    for text in &args.relationships {
        let id = parse_id(text)?;
        if !rels.iter().any(|r| r.id == id && scope.sees_customer(r.customer)) {
            return Err(NotFound(t!("gdap-no-such-relationship", id = id.to_string())).into());
        }
        if !items.contains(&BulkItem::Relationship(id)) {
            items.push(BulkItem::Relationship(id));
        }
    }
    Ok(items)
}

fn bulk_command(who: &Who, args: BulkArgs) -> Result<()> {
    let cli = if args.dry_run { CliSession::read(who)? } else { CliSession::open(who)? };
    let action = match args.action {
        BulkVerb::Request => {
            let key = args.template.as_deref().ok_or_else(|| Usage(t!("gdap-bulk-needs-template")))?;
            let template = template(&cli, key)?;
            let duration_days = crate::domain::admin::validate_duration(&args.duration)?;
            BulkAction::Request { template, duration_days, auto_extend: args.auto_extend }
        }
        BulkVerb::AutoExtendOn => BulkAction::AutoExtend(true),
        BulkVerb::AutoExtendOff => BulkAction::AutoExtend(false),
        BulkVerb::RemoveGlobalAdmin => BulkAction::RemoveGlobalAdmin,
        BulkVerb::End => BulkAction::End,
    };
    let items = bulk_items(&cli, &args, &action)?;
    let bar = super::progress::bar(Some(items.len() as u64), args.out.json, "{bar:40} {pos}/{len} {msg}");
    let mut results = Vec::with_capacity(items.len());
    for chunk in items.chunks(crate::app::job::CHUNK) {
        results.extend(gdap_ops::bulk_chunk(&cli.book, &cli.ctx()?, &action, &args.prefix, chunk, args.dry_run)?);
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    let done = results.iter().filter(|r| r.outcome.is_ok()).count();
    if args.out.json {
        let items: Vec<Value> = results
            .iter()
            .map(|r| {
                let (outcome, reason, field) = match &r.outcome {
                    Ok(()) if args.dry_run => ("would", None, None),
                    Ok(()) => ("done", None, None),
                    Err(refusal) => ("refused", Some(refusal.to_string()), refusal.input.as_ref().map(|i| i.id())),
                };
                json!({
                    "item": r.item,
                    "customer": r.company,
                    "relationship": r.relationship,
                    "outcome": outcome,
                    "reason": reason,
                    "field": field,
                })
            })
            .collect();
        return super::json::print(&json!({
            "action": clap::ValueEnum::to_possible_value(&args.action).map(|v| v.get_name().to_string()),
            "dry_run": args.dry_run,
            "done": done,
            "refused": results.len() - done,
            "items": items,
        }));
    }
    for r in &results {
        say!("{}", words::bulk_line(&r.label(), &r.company, &r.outcome, args.dry_run));
    }
    say!("{}", words::bulk_summary(done, results.len() - done, args.dry_run));
    Ok(())
}
