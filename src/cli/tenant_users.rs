//! `partnerdesk tenant-users list|add|reset-password|global-admin`: the users of a customer's
//! tenant, administered as the open record does (rule 14).

use super::subscriptions::customer_of;
use super::{CliSession, Who};
use crate::domain::tenant_admin::NewTenantUser;
use crate::operations::tenant as ops;
use crate::t;
use anyhow::Result;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum TenantUsersCommand {
    /// The tenant's users, their Global admin role and licences.
    List {
        /// Tenant id or primary domain (a customer user: their own tenant, the default).
        #[arg(long)]
        customer: Option<String>,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Add a user to the tenant (a global administrator there: Full administration, Admin agent).
    Add {
        /// The customer, by tenant id or primary domain (a customer user: their own tenant).
        #[arg(long)]
        customer: Option<String>,
        /// The new user's email, in one of the tenant's domains.
        #[arg(long)]
        email: String,
        /// The new user's display name.
        #[arg(long)]
        name: String,
        /// Give the new user the Global admin role.
        #[arg(long)]
        global_admin: bool,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Reset a user's password: prints a one-time temporary password, which the book never keeps.
    ResetPassword {
        /// The customer, by tenant id or primary domain (a customer user: their own tenant).
        #[arg(long)]
        customer: Option<String>,
        /// The user, by email.
        #[arg(long, value_name = "EMAIL")]
        user: String,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
    /// Make a user a Global admin of the tenant, or (`--remove`) take the role.
    GlobalAdmin {
        /// The customer, by tenant id or primary domain (a customer user: their own tenant).
        #[arg(long)]
        customer: Option<String>,
        /// The user, by email.
        #[arg(long, value_name = "EMAIL")]
        user: String,
        /// Take the Global admin role away instead of giving it.
        #[arg(long)]
        remove: bool,
        /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: TenantUsersCommand, who: &Who) -> Result<()> {
    match command {
        TenantUsersCommand::List { customer, json } => {
            let cli = CliSession::read(who)?;
            let c = customer_of(&cli, customer.as_deref())?;
            if json {
                return super::json::print(&serde_json::json!({ "customer": c.primary_domain, "users": c.users }));
            }
            for u in &c.users {
                let licences: Vec<String> = u.licences.iter().map(ToString::to_string).collect();
                let line = t!(
                    "cli-tenant-user-row",
                    name = &u.name,
                    email = u.email.as_str(),
                    admin = if u.global_admin { "yes" } else { "no" },
                    licences = if licences.is_empty() { "-".into() } else { crate::i18n::list(&licences) }
                );
                say!("{line}");
            }
            Ok(())
        }
        TenantUsersCommand::Add { customer, email, name, global_admin, json } => {
            let cli = CliSession::open(who)?;
            let c = customer_of(&cli, customer.as_deref())?;
            let after =
                ops::add_user(&cli.book, &cli.ctx()?, c.tenant_id, &NewTenantUser { name, email, global_admin })?;
            let added = after.users.last();
            if json {
                return super::json::print(&serde_json::json!({ "customer": after.primary_domain, "user": added }));
            }
            if let Some(u) = added {
                say!("{}", t!("cli-tenant-user-added", email = u.email.as_str(), company = &after.company_name));
            }
            Ok(())
        }
        TenantUsersCommand::ResetPassword { customer, user, json } => {
            let cli = CliSession::open(who)?;
            let c = customer_of(&cli, customer.as_deref())?;
            let reset = ops::reset_password(&cli.book, &cli.ctx()?, c.tenant_id, &user)?;
            if json {
                return super::json::print(&serde_json::json!({
                    "customer": c.primary_domain,
                    "user": reset.user,
                    "temporary_password": reset.temporary_password,
                }));
            }
            let user = reset.user.to_string();
            say!("{}", t!("cli-temporary-password", user = user, password = &reset.temporary_password));
            tell!("{}", t!("cli-temporary-password-once"));
            Ok(())
        }
        TenantUsersCommand::GlobalAdmin { customer, user, remove, json } => {
            let cli = CliSession::open(who)?;
            let c = customer_of(&cli, customer.as_deref())?;
            let after = ops::set_global_admin(&cli.book, &cli.ctx()?, c.tenant_id, &user, !remove)?;
            let changed = after.users.iter().find(|u| u.email.as_str() == user.trim().to_lowercase());
            if json {
                return super::json::print(&serde_json::json!({ "customer": after.primary_domain, "user": changed }));
            }
            if let Some(u) = changed {
                let admin = if u.global_admin { "yes" } else { "no" };
                let now =
                    t!("cli-global-admin-now", email = u.email.as_str(), company = &after.company_name, admin = admin);
                say!("{now}");
            }
            Ok(())
        }
    }
}
