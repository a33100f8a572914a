//! `partnerdesk init`: a new book for the partner's own company and its first Global admin.

use super::{Who, book_path};
use crate::domain::country::Cloud;
use crate::domain::setup::{ResellerChoice, SetupInput};
use crate::operations::setup::{self as ops, SetupError};
use crate::store::{Book, Stamp};
use crate::t;
use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CloudArg {
    Public,
    Usgov,
    Germany,
    #[value(name = "21vianet")]
    China21Vianet,
}

impl From<CloudArg> for Cloud {
    fn from(c: CloudArg) -> Cloud {
        match c {
            CloudArg::Public => Cloud::Public,
            CloudArg::Usgov => Cloud::UsGovernment,
            CloudArg::Germany => Cloud::Germany,
            CloudArg::China21Vianet => Cloud::China21Vianet,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ResellerArg {
    Direct,
    Indirect,
    /// Not authorized as a reseller (an advisor only).
    None,
}

impl From<ResellerArg> for ResellerChoice {
    fn from(r: ResellerArg) -> ResellerChoice {
        match r {
            ResellerArg::Direct => ResellerChoice::Direct,
            ResellerArg::Indirect => ResellerChoice::Indirect,
            ResellerArg::None => ResellerChoice::None,
        }
    }
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Your company's name, as customers will see it.
    #[arg(long)]
    pub company: String,
    /// Your Microsoft partner id (MPN id, 6 or 7 digits).
    #[arg(long, value_name = "ID")]
    pub partner_id: String,
    /// Your company's Microsoft Entra tenant id (a GUID); invitation links name it.
    #[arg(long, value_name = "GUID")]
    pub tenant_id: String,
    /// Your country or region (ISO code: VN, TR, CN, …).
    #[arg(long, value_name = "CC")]
    pub country: String,
    /// The Microsoft cloud your company lives in.
    #[arg(long, value_enum)]
    pub cloud: CloudArg,
    /// How you resell.
    #[arg(long, value_enum, default_value_t = ResellerArg::Direct)]
    pub reseller: ResellerArg,
    /// Your indirect provider's tenant id (with `--reseller indirect`).
    #[arg(long, value_name = "GUID")]
    pub provider_tenant: Option<String>,
    /// Authorized as an advisor (trial invitations, purchase offers, product keys).
    #[arg(long)]
    pub advisor: bool,
    /// Certified to offer delegated administration.
    #[arg(long)]
    pub dap_certified: bool,
    /// The first Global admin's name.
    #[arg(long, value_name = "NAME")]
    pub admin_name: String,
    /// The first Global admin's email: they sign in with it (`--as`).
    #[arg(long, value_name = "EMAIL")]
    pub admin_email: String,
    /// Your company's contact email (default: the admin's).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Your company's phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: InitArgs, who: &Who) -> Result<()> {
    if who.read_only {
        bail!("{}", t!("cli-init-read-only"));
    }
    let path = book_path(who)?;
    let input = SetupInput {
        company: args.company,
        partner_id: args.partner_id,
        tenant_id: args.tenant_id,
        country: args.country,
        cloud: Some(args.cloud.into()),
        reseller: args.reseller.into(),
        provider_tenant: args.provider_tenant.unwrap_or_default(),
        advisor: args.advisor,
        dap_certified: args.dap_certified,
        email: args.email.unwrap_or_default(),
        phone: args.phone.unwrap_or_default(),
        admin_name: args.admin_name,
        admin_email: args.admin_email,
    };
    // Validate before touching the disk: a bad setup creates no file.
    if let Err(refusals) = crate::domain::setup::setup(&input) {
        return Err(SetupError::Invalid(refusals).into());
    }
    let existed = path.exists();
    let book = Book::create(&path)?;
    let now = chrono::Utc::now();
    let stamp =
        Stamp { actor: String::new(), session: crate::app::session::new_session_id(now), at: now, via: String::new() };
    let result = ops::init(&book, &stamp, &input);
    drop(book);
    let (org, admin) = match result {
        Ok(done) => done,
        Err(e) => {
            if !existed {
                let _ = std::fs::remove_file(&path);
            }
            return Err(e.into());
        }
    };
    if args.json {
        super::json::print(&serde_json::json!({
            "book": path.display().to_string(),
            "organization": org,
            "admin": admin,
        }))?;
    } else {
        let book = path.display().to_string();
        say!("{}", t!("cli-init-done", company = &org.name, book = &book));
        say!("{}", t!("cli-init-signed-in", name = &admin.name, email = admin.email.as_str(), book = &book));
        say!("{}", t!("cli-init-import", book = &book));
    }
    Ok(())
}
