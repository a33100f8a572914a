//! `accept` and `decline`: a customer's Global admin answers an invitation, or uses an offer's
//! URL (the same link in the email), for scripts.

use super::offers;
use super::{CliSession, Who};
use crate::domain::invitation::AcceptChoices;
use crate::domain::offer::UseChoices;
use crate::operations::invitations as ops;
use crate::store::Reads;
use crate::text;
use anyhow::{Result, bail};
use clap::Args;

#[derive(Args, Debug)]
pub struct AcceptArgs {
    /// The invitation link from the email (or its token).
    pub link: String,
    /// Accept the Microsoft Customer Agreement as part of accepting (needed if not yet accepted).
    #[arg(long)]
    pub accept_mca: bool,
    /// Move admin privileges from the partner that holds them now.
    #[arg(long, conflicts_with = "keep_admin")]
    pub take_admin: bool,
    /// Keep admin privileges with the partner that holds them now and accept the reseller
    /// relationship alone: the invitation records admin privileges as not granted.
    #[arg(long)]
    pub keep_admin: bool,
    /// For a purchase offer: buy a different licence count, as OFFER=COUNT (repeatable).
    #[arg(long, value_name = "OFFER=COUNT")]
    pub quantity: Vec<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

pub fn accept(args: AcceptArgs, who: &Who) -> Result<()> {
    let cli = CliSession::open(who)?;
    let token = crate::domain::link::token_of(&args.link).unwrap_or_default();
    match cli.book.read()?.invitation_by_token(token)?.map(|i| i.kind) {
        Some(kind) if kind.is_offer() => {
            let choices = UseChoices {
                accept_mca: args.accept_mca,
                take_admin_from_current_holder: args.take_admin,
                quantities: offers::quantities(&cli, &args.quantity)?,
            };
            return offers::use_offer(&cli, &args.link, &choices, args.json);
        }
        Some(_) if !args.quantity.is_empty() => {
            bail!("{}", text::CLI_QUANTITY_FOR_OFFERS)
        }
        _ => {}
    }
    let choices = AcceptChoices {
        accept_mca: args.accept_mca,
        take_admin_from_current_holder: args.take_admin,
        keep_admin_with_current_holder: args.keep_admin,
    };
    let outcome = ops::accept(&cli.book, &cli.ctx()?, &args.link, choices)?;
    if args.json {
        super::json::print_as("acceptance", &outcome)?;
    } else {
        let invitation = outcome.invitation.to_string();
        say!("{}", text::cli_accepted(&invitation, &outcome.partner, &outcome.customer, outcome.admin_privileges));
        if outcome.mca_accepted_now {
            say!("{}", text::CLI_MCA_ACCEPTED);
        }
        if let Some(from) = outcome.admin_taken_from {
            say!("{}", text::cli_admin_moved(&from.to_string()));
        }
        if outcome.admin_not_granted {
            say!("{}", text::cli_admin_not_granted(&outcome.partner));
        }
        say!("{}", text::cli_portal(outcome.portal));
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct DeclineArgs {
    /// The invitation link from the email (or its token).
    pub link: String,
    /// Print the declined invitation as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn decline(args: DeclineArgs, who: &Who) -> Result<()> {
    let cli = CliSession::open(who)?;
    let inv = ops::decline(&cli.book, &cli.ctx()?, &args.link)?;
    if args.json {
        super::json::print_as("invitation", &inv)?;
    } else {
        say!("{}", crate::t!("cli-declined", invitation = inv.id.to_string()));
    }
    Ok(())
}
