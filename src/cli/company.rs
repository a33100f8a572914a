//! `partnerdesk company show|edit`: the partner's own company profile, as the Partners tab's
//! card and its `e` form show and change it (only the Global admin may edit it). A customer's
//! user sees its own organization instead; the book's rules decide whether it may change it.

use super::init::{CloudArg, ResellerArg};
use super::subscriptions::customer_of;
use super::{CliSession, Who};
use crate::domain::Input;
use crate::domain::customer::Customer;
use crate::domain::customer_changes::Details;
use crate::domain::org::{PartnerOrganization, ResellerKind};
use crate::domain::partners::ProfileInput;
use crate::domain::setup::ResellerChoice;
use crate::operations::{customers as customer_ops, partners as ops};
use crate::store::Reads;
use crate::text;
use anyhow::{Context, Result};
use clap::{ArgAction, Args, Subcommand, builder::BoolishValueParser};

#[derive(Subcommand, Debug)]
pub enum CompanyCommand {
    /// Your company's profile, as customers see it (a customer's user: its own organization).
    Show {
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Change your company's profile (Global admin); what you leave out stays as it is.
    Edit(Box<EditArgs>),
}

#[derive(Args, Debug)]
pub struct EditArgs {
    /// The company's name, as customers see it.
    #[arg(long)]
    name: Option<String>,
    /// Your Microsoft partner id (fixed while the book has customers).
    #[arg(long, value_name = "ID")]
    partner_id: Option<String>,
    /// The street address (empty to clear it).
    #[arg(long)]
    address: Option<String>,
    /// The city (empty to clear it).
    #[arg(long)]
    city: Option<String>,
    /// The postal code (empty to clear it).
    #[arg(long)]
    postal_code: Option<String>,
    /// The company's contact email.
    #[arg(long, value_name = "EMAIL")]
    email: Option<String>,
    /// The company's phone number (empty to clear it).
    #[arg(long)]
    phone: Option<String>,
    /// Country or region (ISO code: VN, TR, CN, …).
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// Authorized as an advisor: yes or no.
    #[arg(long, value_name = "YES|NO", action = ArgAction::Set, value_parser = BoolishValueParser::new())]
    advisor: Option<bool>,
    /// Certified to offer delegated administration: yes or no.
    #[arg(long, value_name = "YES|NO", action = ArgAction::Set, value_parser = BoolishValueParser::new())]
    dap_certified: Option<bool>,
    /// The Microsoft cloud your company lives in (fixed while the book has customers).
    #[arg(long, value_enum)]
    cloud: Option<CloudArg>,
    /// How you resell (fixed while the book has customers).
    #[arg(long, value_enum)]
    reseller: Option<ResellerArg>,
    /// Your indirect provider's tenant id (with `--reseller indirect`).
    #[arg(long, value_name = "GUID")]
    provider_tenant: Option<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    json: bool,
}

pub fn run(command: CompanyCommand, who: &Who) -> Result<()> {
    match command {
        CompanyCommand::Show { json } => {
            let cli = CliSession::read(who)?;
            if cli.session.customer_tenant().is_some() {
                let c = customer_of(&cli, None)?;
                return if json { super::json::print_as("customer", &c) } else { show_customer(&c) };
            }
            let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
            if json { super::json::print_as("organization", &org) } else { show_org(&org) }
        }
        CompanyCommand::Edit(args) => edit(who, *args),
    }
}

fn edit(who: &Who, args: EditArgs) -> Result<()> {
    let cli = CliSession::open(who)?;
    let ctx = cli.ctx()?;
    if cli.session.customer_tenant().is_some() {
        // A customer's own organization: its record's details, under the book's rules.
        let c = customer_of(&cli, None)?;
        let details = Details {
            company: args.name.unwrap_or_else(|| c.company_name.clone()),
            line1: args.address.unwrap_or_else(|| c.address.line1.clone()),
            city: args.city.unwrap_or_else(|| c.address.city.clone()),
            postal_code: args.postal_code.unwrap_or_else(|| c.address.postal_code.clone()),
        };
        let after = customer_ops::edit_details(&cli.book, &ctx, c.tenant_id, c.version, &details)?;
        return if args.json { super::json::print_as("customer", &after) } else { show_customer(&after) };
    }
    let org = cli.book.read()?.org()?.context(text::CLI_NO_ORGANIZATION)?;
    let provider = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { provider_tenant }) => provider_tenant.to_string(),
        _ => String::new(),
    };
    let input = ProfileInput {
        name: args.name.unwrap_or_else(|| org.name.clone()),
        partner_id: args.partner_id.unwrap_or_else(|| org.partner_id.to_string()),
        line1: args.address.unwrap_or_else(|| org.address.line1.clone()),
        city: args.city.unwrap_or_else(|| org.address.city.clone()),
        postal_code: args.postal_code.unwrap_or_else(|| org.address.postal_code.clone()),
        email: args.email.unwrap_or_else(|| org.email.to_string()),
        phone: args.phone.unwrap_or_else(|| org.phone.clone()),
        country: args.country.unwrap_or_else(|| org.country.to_string()),
        advisor: args.advisor.unwrap_or(org.authorizations.advisor),
        delegated_admin_certified: args.dap_certified.unwrap_or(org.authorizations.delegated_admin_certified),
        cloud: args.cloud.map(Into::into),
        // A new provider tenant alone keeps indirect reselling with that provider.
        reseller: args
            .reseller
            .map(Into::into)
            .or_else(|| args.provider_tenant.as_ref().map(|_| ResellerChoice::of(org.authorizations.reseller))),
        provider_tenant: args.provider_tenant.unwrap_or(provider),
    };
    let after = ops::edit_profile(&cli.book, &ctx, org.version, &input)?;
    if args.json {
        return super::json::print_as("organization", &after);
    }
    say!("{}", text::partner_saved(&after.name));
    show_org(&after)
}

/// One labelled line of a profile.
fn field(label: &dyn std::fmt::Display, value: &str) -> Result<()> {
    say!("{}", text::cli_field(&label.to_string(), value));
    Ok(())
}

fn show_org(org: &PartnerOrganization) -> Result<()> {
    let a = org.authorizations;
    let mut authorized = Vec::new();
    match a.reseller {
        Some(ResellerKind::Direct) => authorized.push(text::AUTH_DIRECT),
        Some(ResellerKind::Indirect { .. }) => authorized.push(text::AUTH_INDIRECT),
        None => {}
    }
    if a.advisor {
        authorized.push(text::AUTH_ADVISOR);
    }
    if a.delegated_admin_certified {
        authorized.push(text::AUTH_DAP_CERTIFIED);
    }
    field(&text::COL_NAME, &org.name)?;
    field(&text::COL_PARTNER_ID, &org.partner_id.to_string())?;
    field(&text::PROFILE_TENANT, &org.tenant_id.to_string())?;
    if let Some(ResellerKind::Indirect { provider_tenant }) = a.reseller {
        field(&Input::ProviderTenant, &provider_tenant.to_string())?;
    }
    field(&text::REC_ADDRESS, &org.address.one_line())?;
    field(&Input::Email, org.email.as_str())?;
    field(&Input::Phone, &org.phone)?;
    field(
        &text::PROFILE_REGION,
        &text::region(org.country.name(), &org.country.to_string(), &org.cloud.label().to_string()),
    )?;
    field(&text::PROFILE_AUTHORIZED, &crate::i18n::list(&authorized))
}

fn show_customer(c: &Customer) -> Result<()> {
    field(&text::COL_NAME, &c.company_name)?;
    field(&Input::Domain, c.primary_domain.as_str())?;
    field(&text::PROFILE_TENANT, &c.tenant_id.to_string())?;
    field(&text::REC_ADDRESS, &c.address.one_line())?;
    field(&text::PROFILE_REGION, &text::region(c.country.name(), &c.country.to_string(), &c.cloud.label().to_string()))
}
