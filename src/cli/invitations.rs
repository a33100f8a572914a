//! `invite` and `invitations`: the partner's side of the invitation workflow for scripts (the
//! customer's answer is `accept`).

use super::failure::{NotFound, Usage};
use super::{CliSession, Who};
use crate::cells::{pad, pad_left};
use crate::domain::customer::ProspectInput;
use crate::domain::ids::InvitationId;
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::domain::{Timestamp, country::Cloud};
use crate::operations::invitations::{self as ops, Request, Target};
use crate::store::Reads;
use crate::t;
use crate::text;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

#[derive(Args, Debug)]
pub struct InviteArgs {
    /// An existing customer, by primary domain.
    #[arg(long, value_name = "DOMAIN", conflicts_with_all = ["company", "contact"])]
    pub customer: Option<String>,
    /// A prospect's company name.
    #[arg(long, requires = "contact")]
    pub company: Option<String>,
    /// The prospect's contact: recorded as its Global admin, and the recipient.
    #[arg(long, value_name = "EMAIL", requires = "company")]
    pub contact: Option<String>,
    /// The prospect's country or region (default: the partner's).
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// The prospect's cloud: public, usgov, germany, 21vianet (default: the partner's).
    #[arg(long)]
    pub cloud: Option<String>,
    /// The prospect's initial domain (default: from the contact's email).
    #[arg(long, value_name = "NAME")]
    pub domain: Option<String>,
    /// Who receives the email (default: the customer's Global admin).
    #[arg(long, value_name = "EMAIL")]
    pub recipient: Option<String>,
    /// The email's language: en, vi, tr or zh-CN (default: the customer's country's).
    #[arg(long, value_name = "LANG")]
    pub email_lang: Option<crate::i18n::Locale>,
    /// Leave delegated administration privileges out (refused in the US Government and Germany clouds).
    #[arg(long)]
    pub no_admin: bool,
    /// Ask an existing reseller customer (--customer) to restore delegated administration
    /// privileges only, held by another partner or by none.
    #[arg(long, requires = "customer", conflicts_with = "no_admin")]
    pub restore_admin: bool,
    /// Mark the invitation sent at once (you send the printed email yourself).
    #[arg(long)]
    pub send: bool,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum InvitationsCommand {
    /// List invitations, newest first.
    List {
        /// Only this status: draft, sent, accepted, declined, expired, revoked.
        #[arg(long)]
        status: Option<String>,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a draft or sent invitation.
    Revoke {
        /// The invitation, as INV-12 or 12.
        #[arg(add = ArgValueCompleter::new(super::complete::invitation_ids))]
        id: String,
    },
    /// Remove expired, declined and revoked invitations from the list (the audit log keeps them).
    Purge,
}

pub(super) fn print_invitation(inv: &Invitation, now: Timestamp, json: bool) -> Result<()> {
    if json {
        let mut value = serde_json::to_value(inv)?;
        value["status_now"] = serde_json::to_value(inv.status_at(now))?;
        super::json::print_as("invitation", value)?;
    } else {
        say!("{} · {} · {} · {}", inv.id, inv.kind.label(), inv.status_at(now).label(), inv.customer_name);
        let recipient = inv.recipient.as_ref().map(|r| r.as_str()).unwrap_or("");
        say!("{}", text::cli_field(&crate::domain::Input::Recipient.to_string(), recipient));
        say!("{}", text::cli_field(&crate::domain::Input::Link.to_string(), &inv.link));
        say!();
        say!("{}", text::cli_field(&crate::domain::Input::Subject.to_string(), &inv.email.subject));
        say!();
        say!("{}", inv.email.body);
    }
    Ok(())
}

pub fn invite(args: InviteArgs, who: &Who) -> Result<()> {
    let cli = CliSession::open(who)?;
    let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
    let target = match (&args.customer, &args.company, &args.contact) {
        (Some(domain), _, _) => {
            let customer = cli.book.read()?.customer_by_domain(domain)?;
            let tenant = customer.ok_or_else(|| NotFound(text::cli_no_customer_domain(domain)))?.tenant_id;
            if args.restore_admin { Target::RestoreAdmin(tenant) } else { Target::Existing(tenant) }
        }
        (None, Some(company), Some(contact)) => {
            let cloud = match &args.cloud {
                Some(c) => Some(Cloud::parse(c).ok_or_else(|| Usage(text::cli_cloud_usage(c)))?),
                None => Some(org.cloud),
            };
            Target::Prospect(ProspectInput {
                company: company.clone(),
                contact: contact.clone(),
                country: args.country.clone().unwrap_or_else(|| org.country.to_string()),
                cloud,
                domain: args.domain.clone().unwrap_or_default(),
            })
        }
        _ => {
            return Err(Usage(t!("cli-invite-whom")).into());
        }
    };
    let request = Request {
        target,
        include_admin: !args.no_admin,
        recipient: args.recipient.clone().unwrap_or_default(),
        language: args.email_lang,
    };
    let ctx = cli.ctx()?;
    let mut inv = ops::request(&cli.book, &ctx, request, &cli.hosts)?;
    if args.send {
        inv = ops::mark_sent(&cli.book, &cli.ctx()?, inv.id, inv.version, inv.email.clone())?;
    }
    print_invitation(&inv, cli.now, args.json)
}

pub(super) fn parse_id(text: &str) -> Result<InvitationId> {
    InvitationId::parse(text).ok_or_else(|| Usage(t!("cli-not-an-invitation-id", text = text)).into())
}

pub fn invitations(command: InvitationsCommand, who: &Who) -> Result<()> {
    match command {
        InvitationsCommand::List { status, json } => {
            let cli = CliSession::read(who)?;
            let wanted = match &status {
                Some(s) => {
                    Some(InvitationStatus::parse(s).with_context(|| t!("cli-status-usage", status = s.as_str()))?)
                }
                None => None,
            };
            let read = cli.book.read()?;
            let uses: std::collections::HashMap<InvitationId, u32> =
                read.all_offer_terms()?.into_iter().map(|t| (t.invitation, t.uses)).collect();
            let mut items = read.invitations()?;
            let scope = cli.scope();
            if let Some(tenant) = cli.session.customer_tenant() {
                let used = read.used_by(tenant, uses.keys().copied())?;
                items.retain(|i| scope.sees_invitation(i, used.contains(&i.id)));
            }
            let uses = if scope.sees_offer_counts() { uses } else { Default::default() };
            items.retain(|i| wanted.is_none_or(|w| i.status_at(cli.now) == w));
            items.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
            if json {
                let rows: Vec<serde_json::Value> = items
                    .iter()
                    .map(|i| {
                        serde_json::json!({
                            "id": i.id.to_string(),
                            "kind": i.kind,
                            "status": i.status_at(cli.now),
                            "customer": i.customer_name,
                            "recipient": i.recipient,
                            "include_admin": i.include_admin,
                            "created_by": i.created_by,
                            "created_at": i.created_at,
                            "age_days": i.age_days(cli.now),
                            "expires_at": i.expires_at,
                            "link": i.link,
                            "uses": uses.get(&i.id),
                        })
                    })
                    .collect();
                super::json::print_as("invitations", rows)?;
            } else {
                for i in &items {
                    let used =
                        uses.get(&i.id).map_or_else(String::new, |n| format!("  {}", t!("cli-used-by", count = *n)));
                    let admin = t!("cli-admin-flag", admin = if i.include_admin { "yes" } else { "no" });
                    say!(
                        "{} {} {} {} {}  {}  ({}){used}",
                        pad(&i.id.to_string(), 8),
                        pad(&i.kind.short_label().to_string(), 9),
                        pad(&i.status_at(cli.now).label().to_string(), 9),
                        pad(&admin, 10),
                        pad_left(&text::age_days(i.age_days(cli.now)), 5),
                        i.customer_name,
                        i.created_by
                    );
                }
            }
            Ok(())
        }
        InvitationsCommand::Revoke { id } => {
            let cli = CliSession::open(who)?;
            let inv = ops::revoke(&cli.book, &cli.ctx()?, parse_id(&id)?)?;
            say!("{}", t!("cli-revoked", invitation = inv.id.to_string()));
            Ok(())
        }
        InvitationsCommand::Purge => {
            let cli = CliSession::open(who)?;
            let n = ops::purge(&cli.book, &cli.ctx()?)?;
            say!("{}", t!("cli-purged", count = n));
            Ok(())
        }
    }
}
