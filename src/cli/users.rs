//! `partnerdesk users list|add|edit|remove`: the partner's own users and their three kinds of
//! role, as the Permissions tab's Users pane manages them (same rules, same audit).

use super::failure::{NotFound, Usage};
use super::{CliSession, Who};
use crate::domain::Input;
use crate::domain::org::{AgentRoles, CompanyRole, PartnerUser, SupportedCompanyAdmin};
use crate::domain::users::UserInput;
use crate::domain::validate;
use crate::operations::permissions as ops;
use crate::store::Reads;
use crate::text;
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum UsersCommand {
    /// Every partner user with their roles.
    List {
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Add a partner user (needs User management admin or Global admin).
    Add {
        /// The new user's email.
        #[arg(long)]
        email: String,
        /// The new user's display name.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        roles: RoleArgs,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Change a partner user's name or roles; what is not given stays.
    Edit {
        /// The user, by email.
        email: String,
        /// A new display name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        roles: RoleArgs,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Remove a partner user; refused while they are a support contact of a customer (the
    /// refusal names where: `contacts remove` them first).
    Remove {
        /// The user, by email.
        email: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct RoleArgs {
    /// Own-company role: global_admin, billing_admin, account_admin, user_management_admin, user.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Administration of supported companies: none, limited, full.
    #[arg(long, value_name = "LEVEL")]
    pub supported: Option<String>,
    /// Partner Center agent roles, comma-separated: admin, sales, helpdesk; or none.
    #[arg(long, value_name = "LIST")]
    pub agents: Option<String>,
}

/// A role as the book's JSON writes it (`global_admin`; `-` for `_` is accepted too).
fn parse<T: serde::de::DeserializeOwned>(flag: &str, value: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(value.trim().to_lowercase().replace('-', "_")))
        .map_err(|_| Usage(text::cli_users_bad_value(flag, value)).into())
}

fn agents(list: &str) -> Result<AgentRoles> {
    let mut roles = AgentRoles::default();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty() && *n != "none") {
        match name {
            "admin" => roles.admin = true,
            "sales" => roles.sales = true,
            "helpdesk" => roles.helpdesk = true,
            other => return Err(Usage(text::cli_users_bad_value("--agents", other)).into()),
        }
    }
    Ok(roles)
}

/// The input for `roles` over `base`'s (a new user starts as a user with no roles).
fn input(email: String, name: String, base: Option<&PartnerUser>, roles: &RoleArgs) -> Result<UserInput> {
    Ok(UserInput {
        email,
        name,
        company_role: match &roles.role {
            Some(r) => parse::<CompanyRole>("--role", r)?,
            None => base.map_or(CompanyRole::User, |u| u.company_role),
        },
        supported_admin: match &roles.supported {
            Some(s) => parse::<SupportedCompanyAdmin>("--supported", s)?,
            None => base.map_or(SupportedCompanyAdmin::None, |u| u.supported_admin),
        },
        agent: match &roles.agents {
            Some(list) => agents(list)?,
            None => base.map_or_else(AgentRoles::default, |u| u.agent),
        },
    })
}

fn show(user: &PartnerUser) -> String {
    text::cli_user_line(
        &user.name,
        user.email.as_str(),
        &user.roles_summary(),
        &user.supported_admin.label().to_string(),
    )
}

pub fn run(command: UsersCommand, who: &Who) -> Result<()> {
    match command {
        UsersCommand::List { json } => {
            let cli = CliSession::read(who)?;
            let users = cli.book.read()?.partner_users()?;
            if json {
                return super::json::print_as("users", &users);
            }
            for u in &users {
                say!("{}", show(u));
            }
            Ok(())
        }
        UsersCommand::Add { email, name, roles, json } => {
            let cli = CliSession::open(who)?;
            let user = ops::add_user(&cli.book, &cli.ctx()?, &input(email, name, None, &roles)?)?;
            if json {
                return super::json::print_as("user", &user);
            }
            say!("{}", text::user_saved(&user.name));
            say!("{}", show(&user));
            Ok(())
        }
        UsersCommand::Edit { email, name, roles, json } => {
            let cli = CliSession::open(who)?;
            let email = validate::email(Input::Email, &email)?;
            let before = cli
                .book
                .read()?
                .partner_user(&email)?
                .ok_or_else(|| NotFound(text::cli_users_no_user(email.as_str())))?;
            let name = name.unwrap_or_else(|| before.name.clone());
            let wanted = input(email.to_string(), name, Some(&before), &roles)?;
            let user = ops::edit_user(&cli.book, &cli.ctx()?, &email, before.version, &wanted)?;
            if json {
                return super::json::print_as("user", &user);
            }
            say!("{}", text::user_saved(&user.name));
            say!("{}", show(&user));
            Ok(())
        }
        UsersCommand::Remove { email, json } => {
            let cli = CliSession::open(who)?;
            let email = validate::email(Input::Email, &email)?;
            let user = ops::remove_user(&cli.book, &cli.ctx()?, &email)?;
            if json {
                return super::json::print_as("removed", &user);
            }
            say!("{}", text::user_removed(&user.name));
            Ok(())
        }
    }
}
