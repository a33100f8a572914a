//! `demo`: a realistic demo book, written beside its path and renamed into place, then the app
//! on it.

use super::{Who, data_dir, run_tui};
use crate::app::session;
use crate::demo::{self, DemoOptions};
use crate::store::Book;
use crate::t;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::path::Path;
use std::sync::Arc;

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// How many customers.
    #[arg(long, default_value_t = demo::DEFAULT_CUSTOMERS)]
    pub customers: u32,
    /// The seed: the same seed on the same day gives the same book.
    #[arg(long, default_value_t = demo::DEFAULT_SEED)]
    pub seed: u64,
    /// Only write the book; do not open the app.
    #[arg(long)]
    pub no_tui: bool,
    /// Replace the file if it already holds a book.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: DemoArgs, who: &Who) -> Result<()> {
    if who.read_only {
        bail!("{}", t!("cli-demo-read-only"));
    }
    // Only an explicit --db: $PARTNERDESK_DB names the real book, never a demo's.
    let path = match &who.db {
        Some(p) => p.clone(),
        None => data_dir()?.join("demo.redb"),
    };
    let already = match Book::open_read_only(&path) {
        // Only a partnerdesk book is ever replaced: anything else is refused here.
        Ok(book) => crate::store::Reads::org(&book.read()?)?.is_some(),
        Err(crate::store::OpenError::Missing(_)) => false,
        Err(e) => return Err(e.into()),
    };
    if already && !args.force {
        if args.no_tui {
            bail!("{}", t!("cli-demo-exists", path = path.display().to_string()));
        }
        tell!("{}", t!("cli-demo-opening", path = path.display().to_string()));
    } else {
        write_demo(&path, &args)?;
    }
    if args.no_tui {
        return Ok(());
    }
    run_tui(Arc::new(Book::open(&path)?), who)
}

/// Writes the demo book beside `path` and renames it into place when complete: a full disk or
/// a kill leaves the old file (or none), never half a book.
fn write_demo(path: &Path, args: &DemoArgs) -> Result<()> {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".partial");
    let partial = path.with_file_name(name);
    let _ = std::fs::remove_file(&partial);
    let today = chrono::Utc::now().date_naive().and_hms_opt(9, 0, 0).unwrap_or_default().and_utc();
    let options = DemoOptions { customers: args.customers, seed: args.seed, now: today };
    let session = session::new_session_id(chrono::Utc::now());
    let stamp =
        crate::store::Stamp { actor: "partnerdesk demo".into(), session, at: chrono::Utc::now(), via: String::new() };
    let started = std::time::Instant::now();
    // indicatif's placeholders go in as arguments, so a translation can place them.
    let template = t!("cli-demo-progress", bar = "{bar:40}", done = "{pos}", total = "{len}", eta = "{eta}");
    let bar = super::progress::bar(Some(args.customers.into()), false, &template);
    // The bulk load runs with a large page cache; the app later opens the book with its own.
    let written = Book::open_for_bulk(&partial).map_err(anyhow::Error::from).and_then(|book| {
        demo::generate_with_progress(&book, options, &stamp, &mut |done| bar.set_position(done.into()))
    });
    bar.finish_and_clear();
    crate::store::remove_lock_file(&partial);
    let summary = match written {
        Ok(summary) => summary,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    std::fs::rename(&partial, path).with_context(|| t!("cli-demo-cannot-place", path = path.display().to_string()))?;
    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
    let made = t!(
        "cli-demo-made",
        path = path.display().to_string(),
        customers = summary.customers,
        users = summary.partner_users,
        invitations = summary.invitations,
        seconds = seconds
    );
    tell!("{made}");
    Ok(())
}
