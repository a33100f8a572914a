//! `partnerdesk partners list|check|add|edit` and `partnerdesk por set|clear`.

use super::failure::{NotFound, Usage};
use super::init::CloudArg;
use super::{CliSession, Who};
use crate::cells::pad;
use crate::domain::ids::SubscriptionId;
use crate::domain::org::{DirectoryKind, DirectoryPartner};
use crate::domain::partner_contact::ContactInput;
use crate::domain::partners::{self as rules, DirectoryInput};
use crate::domain::{Input, validate};
use crate::operations::partners as ops;
use crate::store::Reads;
use crate::text;
use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

#[derive(Subcommand, Debug)]
pub enum PartnersCommand {
    /// The partner directory.
    List {
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// "Check ID": is this partner id well formed and known, and whose is it?
    Check {
        /// The partner's id (MPN / Partner Location id, digits).
        id: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Add a partner organization to the directory (Global admin, Admin agent).
    Add {
        /// The partner's id (MPN / Partner Location id, digits).
        #[arg(long, value_name = "ID")]
        id: String,
        /// The partner's name.
        #[arg(long)]
        name: String,
        /// Its country or region (ISO code: VN, TR, CN, …).
        #[arg(long, value_name = "CC")]
        country: String,
        /// Its Microsoft cloud (default: yours).
        #[arg(long, value_enum)]
        cloud: Option<CloudArg>,
        /// What kind of partner it is to the customers it shares with you.
        #[arg(long, value_enum)]
        kind: KindArg,
        #[command(flatten)]
        contact: ContactArgs,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Change a partner of the directory; what you leave out stays as it is (its id stays).
    Edit {
        /// The partner's id, as the directory lists it.
        id: String,
        /// The partner's name.
        #[arg(long)]
        name: Option<String>,
        /// Its country or region (ISO code).
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// Its Microsoft cloud.
        #[arg(long, value_enum)]
        cloud: Option<CloudArg>,
        /// What kind of partner it is.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        #[command(flatten)]
        contact: ContactArgs,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

/// A partner's contact details as its customers see them (seed 001): each may be left out.
#[derive(clap::Args, Debug)]
pub struct ContactArgs {
    /// Its contact email, as its customers see it (empty clears it).
    #[arg(long)]
    email: Option<String>,
    /// Its phone number (empty clears it).
    #[arg(long)]
    phone: Option<String>,
    /// Its street address (empty clears it).
    #[arg(long)]
    address: Option<String>,
    /// Its city (empty clears it).
    #[arg(long)]
    city: Option<String>,
    /// Its postal code (empty clears it).
    #[arg(long, value_name = "CODE")]
    postal_code: Option<String>,
}

impl ContactArgs {
    /// The details `before` had, with what was given in their place; the domain checks them.
    fn over(self, before: ContactInput) -> ContactInput {
        ContactInput {
            email: self.email.unwrap_or(before.email),
            phone: self.phone.unwrap_or(before.phone),
            line1: self.address.unwrap_or(before.line1),
            city: self.city.unwrap_or(before.city),
            postal_code: self.postal_code.unwrap_or(before.postal_code),
        }
    }
}

/// What kind of partner a directory entry is.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    DirectReseller,
    IndirectProvider,
    IndirectReseller,
    Advisor,
}

impl From<KindArg> for DirectoryKind {
    fn from(k: KindArg) -> DirectoryKind {
        match k {
            KindArg::DirectReseller => DirectoryKind::DirectReseller,
            KindArg::IndirectProvider => DirectoryKind::IndirectProvider,
            KindArg::IndirectReseller => DirectoryKind::IndirectReseller,
            KindArg::Advisor => DirectoryKind::Advisor,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum PorCommand {
    /// Set the partner of record of a subscription (as a Global admin of the customer, `--as`).
    Set {
        /// The subscription, by its id as shown (`SUB-12`).
        #[arg(long, value_name = "SUB-12", add = ArgValueCompleter::new(super::complete::subscription_ids))]
        subscription: String,
        /// The partner's id, as "Check ID" finds it.
        #[arg(long, value_name = "ID")]
        partner: String,
    },
    /// Remove the partner of record of a subscription.
    Clear {
        /// The subscription, by its id as shown (`SUB-12`).
        #[arg(long, value_name = "SUB-12", add = ArgValueCompleter::new(super::complete::subscription_ids))]
        subscription: String,
    },
}

pub fn partners(command: PartnersCommand, who: &Who) -> Result<()> {
    match command {
        PartnersCommand::List { json } => {
            let cli = CliSession::read(who)?;
            let read = cli.book.read()?;
            let directory = read.directory()?;
            if let Some(tenant) = cli.session.customer_tenant() {
                // A customer sees the partners related to it — its reseller too — never the
                // partner's whole directory (seed 002, "view partner relationships").
                return related(crate::app::partners::related_partners(&read, tenant, &directory)?, json);
            }
            if json {
                super::json::print_as("directory", &directory)?;
            } else {
                for p in &directory {
                    say!(
                        "{} {} {} {} {}",
                        pad(&p.partner_id.to_string(), 8),
                        pad(&p.name, 40),
                        pad(&p.kind.label().to_string(), 18),
                        p.country,
                        p.cloud.label()
                    );
                }
            }
            Ok(())
        }
        PartnersCommand::Check { id, json } => {
            let cli = CliSession::read(who)?;
            let read = cli.book.read()?;
            let org = read.org()?.context(text::CLI_NO_ORGANIZATION)?;
            // A customer checks an id as a partner of record of its own subscriptions (rule 10).
            let customer = match cli.session.customer_tenant() {
                Some(tenant) => read.customer(tenant)?,
                None => None,
            };
            let found = match &customer {
                Some(c) => rules::check_partner_of_record(&id, &org, &read.directory()?, c)?,
                None => rules::check_id(&id, &org, &read.directory()?)?,
            };
            if json {
                super::json::print_as("partner", &found)?;
            } else {
                say!("{}", crate::t!("cli-checked", id = found.partner_id.to_string(), name = &found.name));
            }
            Ok(())
        }
        PartnersCommand::Add { id, name, country, cloud, kind, contact, json } => {
            let cli = CliSession::open(who)?;
            let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
            let cloud = Some(cloud.map_or(org.cloud, Into::into));
            let input = DirectoryInput {
                partner_id: id,
                name,
                country,
                cloud,
                kind: Some(kind.into()),
                contact: contact.over(ContactInput::default()),
            };
            saved(&cli, ops::save_directory_partner(&cli.book, &cli.ctx()?, &input, None)?, json)
        }
        PartnersCommand::Edit { id, name, country, cloud, kind, contact, json } => {
            let cli = CliSession::open(who)?;
            let partner_id = validate::partner_id(Input::PartnerId, &id)?;
            let read = cli.book.read()?;
            let directory = read.directory()?;
            let before = directory
                .iter()
                .find(|p| p.partner_id == partner_id)
                .ok_or_else(|| NotFound(text::cli_not_in_directory(&partner_id.to_string())))?;
            let input = DirectoryInput {
                partner_id: partner_id.to_string(),
                name: name.unwrap_or_else(|| before.name.clone()),
                country: country.unwrap_or_else(|| before.country.to_string()),
                cloud: Some(cloud.map_or(before.cloud, Into::into)),
                kind: Some(kind.map_or(before.kind, Into::into)),
                // The contact details left out stay as the directory has them.
                contact: contact.over(read.partner_contact(partner_id)?.map(|c| c.as_input()).unwrap_or_default()),
            };
            saved(&cli, ops::save_directory_partner(&cli.book, &cli.ctx()?, &input, Some(partner_id))?, json)
        }
    }
}

/// A customer's partner relationships: each partner, its roles and how to reach it; with none,
/// the admin center's own words.
fn related(partners: Vec<crate::app::partners::RelatedPartner>, json: bool) -> Result<()> {
    if json {
        let rows: Vec<serde_json::Value> = partners
            .iter()
            .map(|p| {
                serde_json::json!({
                    "partner_id": p.partner_id,
                    "name": p.name,
                    "kinds": p.kinds,
                    "admin": p.admin,
                    "partner_of_record_on": p.partner_of_record_on,
                    "granular": p.granular,
                    "contact": p.contact,
                })
            })
            .collect();
        return super::json::print_as("partners", rows);
    }
    if partners.is_empty() {
        say!("{}", text::NOTHING_TO_SHOW);
    }
    for p in &partners {
        let email = p.contact.email.as_ref().map_or("", |e| e.as_str());
        say!(
            "{} {} {} {} {}",
            pad(&p.partner_id.to_string(), 8),
            pad(&p.name, 40),
            pad(&p.roles_label(), 40),
            email,
            p.contact.phone
        );
    }
    Ok(())
}

/// What `partners add|edit` saved: the partner and its contact details as they now stand.
fn saved(cli: &CliSession, partner: DirectoryPartner, json: bool) -> Result<()> {
    if json {
        let contact = cli.book.read()?.partner_contact(partner.partner_id)?.unwrap_or_default();
        return super::json::print(&serde_json::json!({ "partner": partner, "contact": contact }));
    }
    say!("{}", text::partner_saved(&partner.name));
    Ok(())
}

fn parse_subscription(text: &str) -> Result<SubscriptionId> {
    SubscriptionId::parse(text).ok_or_else(|| Usage(text::cli_not_a_subscription_id(text)).into())
}

pub fn por(command: PorCommand, who: &Who) -> Result<()> {
    let (subscription, partner) = match command {
        PorCommand::Set { subscription, partner } => (subscription, partner),
        PorCommand::Clear { subscription } => (subscription, String::new()),
    };
    let cli = CliSession::open(who)?;
    let tenant = cli.session.customer_tenant().context(crate::t!("cli-por-customer-side"))?;
    let sub = parse_subscription(&subscription)?;
    let c = ops::set_partner_of_record(&cli.book, &cli.ctx()?, tenant, sub, &partner)?;
    let por = c.subscriptions.iter().find(|s| s.id == sub).and_then(|s| s.partner_of_record);
    match por {
        Some(p) => say!("{}", text::por_set(&sub.to_string(), &p.to_string())),
        None => say!("{}", text::por_cleared(&sub.to_string())),
    }
    Ok(())
}
