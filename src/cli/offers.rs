//! `offer`: trial invitations, purchase offers and delegated-admin offers for scripts, the
//! catalogue they choose from, and who used an offer's URL. Using one is `accept URL --as`.

use super::failure::NotFound;
use super::invitations::{parse_id, print_invitation};
use super::{CliSession, Who};
use crate::cells::pad;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::invitation::InvitationKind;
use crate::domain::offer::UseChoices;
use crate::domain::validate;
use crate::operations::invitations as invitation_ops;
use crate::operations::offers::{self as ops, Request, UseOutcome};
use crate::store::Reads;
use crate::t;
use crate::text;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

#[derive(Subcommand, Debug)]
pub enum OfferCommand {
    /// A trial invitation: exactly one trial subscription from the catalogue.
    Trial {
        #[command(flatten)]
        common: OfferArgs,
        /// The trial's offer, by catalogue id or name.
        #[arg(long, value_name = "OFFER")]
        offer: Vec<String>,
    },
    /// A purchase offer: services with exact licence counts, e.g. --line "Power BI Pro=10".
    Purchase {
        #[command(flatten)]
        common: OfferArgs,
        /// One service and its licence count, as OFFER=COUNT (catalogue id or name).
        #[arg(long, value_name = "OFFER=COUNT")]
        line: Vec<String>,
    },
    /// A delegated-admin offer, for a customer that has bought already.
    Admin {
        #[command(flatten)]
        common: OfferArgs,
    },
    /// The catalogue of offers in the book.
    Catalogue {
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Who used an offer's URL, and what they got.
    Uses {
        /// The offer, as INV-12 or 12.
        #[arg(add = ArgValueCompleter::new(super::complete::invitation_ids))]
        id: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct OfferArgs {
    /// Address the email to this customer (by primary domain); the URL stays usable by anyone.
    #[arg(long, value_name = "DOMAIN")]
    pub customer: Option<String>,
    /// Who receives the email (default: the customer's Global admin, or nobody in particular).
    #[arg(long, value_name = "EMAIL")]
    pub recipient: Option<String>,
    /// Include delegated administration (the partner must be certified for it).
    #[arg(long)]
    pub admin: bool,
    /// Mark the offer sent at once (you send the printed email yourself).
    #[arg(long)]
    pub send: bool,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

/// Splits OFFER=COUNT at its last `=` (offer names have none).
fn split_line(text: &str) -> Result<(&str, &str)> {
    text.rsplit_once('=').with_context(|| t!("cli-line-usage", line = validate::clip(text)))
}

fn find(catalogue: &[CatalogueOffer], text: &str) -> Result<u32> {
    CatalogueOffer::find(catalogue, text)
        .map(|o| o.id)
        .with_context(|| text::cli_offer_not_in_catalogue(&validate::clip(text)))
}

/// Licence counts changed at purchase (`--quantity OFFER=COUNT`), by catalogue id.
pub(super) fn quantities(cli: &CliSession, given: &[String]) -> Result<Vec<(u32, String)>> {
    let catalogue = cli.book.read()?.catalogue()?;
    given
        .iter()
        .map(|q| {
            let (offer, count) = split_line(q)?;
            Ok((find(&catalogue, offer)?, count.to_string()))
        })
        .collect()
}

pub fn run(command: OfferCommand, who: &Who) -> Result<()> {
    let (common, kind, given): (OfferArgs, InvitationKind, Vec<(String, String)>) = match command {
        OfferCommand::Catalogue { json } => return catalogue(who, json),
        OfferCommand::Uses { id, json } => return uses(who, &id, json),
        OfferCommand::Trial { common, offer } => {
            (common, InvitationKind::Trial, offer.into_iter().map(|o| (o, String::new())).collect())
        }
        OfferCommand::Purchase { common, line } => {
            let lines = line
                .iter()
                .map(|l| split_line(l).map(|(o, q)| (o.to_string(), q.to_string())))
                .collect::<Result<_>>()?;
            (common, InvitationKind::PurchaseOffer, lines)
        }
        OfferCommand::Admin { common } => (common, InvitationKind::DelegatedAdminOffer, Vec::new()),
    };
    let cli = CliSession::open(who)?;
    let read = cli.book.read()?;
    let catalogue = read.catalogue()?;
    let lines = given.iter().map(|(o, q)| Ok((find(&catalogue, o)?, q.clone()))).collect::<Result<_>>()?;
    let customer = match &common.customer {
        Some(domain) => Some(
            read.customer_by_domain(domain)?.ok_or_else(|| NotFound(text::cli_no_customer_domain(domain)))?.tenant_id,
        ),
        None => None,
    };
    drop(read);
    let request = Request {
        kind,
        lines,
        include_admin: common.admin,
        customer,
        recipient: common.recipient.clone().unwrap_or_default(),
    };
    let (mut inv, terms) = ops::request(&cli.book, &cli.ctx()?, request, &cli.hosts)?;
    if common.send {
        inv = invitation_ops::mark_sent(&cli.book, &cli.ctx()?, inv.id, inv.version, inv.email.clone())?;
    }
    if common.json {
        super::json::print(&serde_json::json!({ "invitation": inv, "offer": terms }))?;
        return Ok(());
    }
    print_invitation(&inv, cli.now, false)
}

fn catalogue(who: &Who, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let catalogue = cli.book.read()?.catalogue()?;
    if json {
        super::json::print_as("catalogue", &catalogue)?;
        return Ok(());
    }
    for o in &catalogue {
        let trial = o.trial.map_or_else(
            || t!("cli-catalogue-no-trial"),
            |trial| t!("cli-catalogue-trial", licences = trial.licences, days = trial.days),
        );
        let line = t!(
            "catalogue-offer-line",
            id = crate::cells::pad_left(&o.id.to_string(), 3),
            name = pad(&o.name, 42),
            licences = crate::cells::pad_left(&o.max_licences.to_string(), 6),
            trial = pad(&trial, 16),
            services = crate::i18n::list(&o.services)
        );
        say!("{line}");
    }
    Ok(())
}

fn uses(who: &Who, id: &str, json: bool) -> Result<()> {
    let cli = CliSession::read(who)?;
    let id = parse_id(id)?;
    let read = cli.book.read()?;
    let scope = cli.scope();
    let not_found = || NotFound(t!("cli-not-an-offer", id = id.to_string()));
    let (Some(mut terms), Some(inv)) = (read.offer_terms(id)?, read.invitation(id)?) else {
        return Err(not_found().into());
    };
    let mut uses = read.offer_uses(id)?;
    uses.retain(|u| scope.sees_offer_use(u));
    if !scope.sees_invitation(&inv, !uses.is_empty()) {
        return Err(not_found().into());
    }
    if !scope.sees_offer_counts() {
        terms.uses = uses.len() as u32;
    }
    if json {
        super::json::print(&serde_json::json!({ "offer": terms, "uses": uses }))?;
        return Ok(());
    }
    say!("{}", t!("cli-offer-uses", id = id.to_string(), count = terms.uses));
    for u in &uses {
        let got: Vec<String> = u.lines.iter().map(|l| format!("{} × {}", l.name, l.quantity)).collect();
        let line = t!(
            "cli-offer-use",
            at = cli.zone.minute(&u.at),
            company = &u.company,
            by = u.by.as_str(),
            lines = crate::i18n::list(&got),
            admin = if u.admin { "yes" } else { "no" }
        );
        say!("  {line}");
    }
    Ok(())
}

/// `accept` of an offer URL: the customer's Global admin uses it.
pub(super) fn use_offer(cli: &CliSession, link: &str, choices: &UseChoices, json: bool) -> Result<()> {
    let outcome: UseOutcome = ops::use_link(&cli.book, &cli.ctx()?, link, choices)?;
    if json {
        super::json::print_as("use", &outcome)?;
        return Ok(());
    }
    let used = t!(
        "cli-offer-used",
        invitation = outcome.invitation.to_string(),
        customer = &outcome.customer,
        kind = outcome.kind.in_sentence(),
        partner = &outcome.partner
    );
    say!("{used}");
    for (line, id) in outcome.lines.iter().zip(&outcome.subscriptions) {
        let bought = t!(
            "cli-offer-bought",
            subscription = id.to_string(),
            offer = &line.name,
            count = line.quantity,
            partner = &outcome.partner
        );
        say!("  {bought}");
    }
    for (name, offered, bought) in &outcome.changed {
        say!("  {}", t!("cli-offer-changed", offer = name, bought = *bought, offered = *offered));
    }
    if outcome.admin_privileges {
        say!("{}", t!("cli-offer-admin", partner = &outcome.partner));
    }
    if let Some(from) = outcome.admin_taken_from {
        say!("{}", text::cli_admin_moved(&from.to_string()));
    }
    say!("{}", t!("cli-offer-url-uses", count = outcome.uses));
    Ok(())
}
