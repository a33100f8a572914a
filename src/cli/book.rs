//! `check` and `backup`: the book's health and its copies, both read from one snapshot beside
//! whoever writes the book.

use super::{Who, book_path, failure, json, open_to_read};
use crate::i18n::Count;
use crate::store::Book;
use anyhow::{Result, bail};
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// The new file to write (never an existing one).
    #[arg(value_name = "DEST")]
    pub dest: PathBuf,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

pub fn check(args: CheckArgs, who: &Who) -> Result<()> {
    let path = book_path(who)?;
    let book = open_to_read(who)?;
    let report = crate::store::check::check(&book)?;
    let migrations = crate::store::Reads::migrations(&book.read()?)?;
    if args.json {
        let schema = serde_json::json!({ "version": crate::store::SCHEMA_VERSION, "migrations": migrations });
        json::print(&serde_json::json!({ "book": path.display().to_string(), "schema": schema, "check": report }))?;
    } else {
        for migration in &migrations {
            let on = migration.at.format("%Y-%m-%d %H:%M UTC");
            say!(
                "{}",
                crate::t!(
                    "cli-check-migrated",
                    book = path.display().to_string(),
                    version = migration.to,
                    when = on.to_string(),
                    migration = migration.to_string()
                )
            );
        }
        if report.problems.is_empty() {
            say!("{}", crate::t!("cli-check-clean", book = path.display().to_string(), count = Count(report.records)));
        }
        for problem in &report.problems {
            say!("{problem}");
        }
    }
    if report.problems.is_empty() {
        Ok(())
    } else {
        Err(failure::Damaged(crate::t!("cli-damaged", book = path.display().to_string())).into())
    }
}

/// A hot backup: one read snapshot copied into a new file beside `dest`, renamed into place,
/// then opened again and checked.
pub fn backup(args: BackupArgs, who: &Who) -> Result<()> {
    let book = open_to_read(who)?;
    let copied = book.backup_to(&args.dest).map_err(|e| unknown_tables(e, who))?;
    let copy = Book::open_read_only(&args.dest)?;
    let report = crate::store::check::check(&copy)?;
    if !report.problems.is_empty() {
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        let problems = problems.join("; ");
        bail!("{}", crate::t!("cli-backup-failed-check", path = args.dest.display().to_string(), problems = problems));
    }
    if args.json {
        json::print(
            &serde_json::json!({ "backup": args.dest.display().to_string(), "copied": copied, "check": report }),
        )?;
    } else {
        say!(
            "{}",
            crate::t!(
                "cli-backed-up",
                customers = Count(copied.customers),
                invitations = Count(copied.invitations),
                audit = Count(copied.audit),
                path = args.dest.display().to_string()
            )
        );
    }
    Ok(())
}

/// A book with tables this partnerdesk does not know, said in the reader's language: a backup or
/// an export made by this build would leave their records out.
pub(super) fn unknown_tables(e: anyhow::Error, who: &Who) -> anyhow::Error {
    match e.downcast::<crate::store::every_table::UnknownTables>() {
        Ok(unknown) => {
            let book = book_path(who).map(|p| p.display().to_string()).unwrap_or_default();
            anyhow::anyhow!("{}", crate::t!("cli-unknown-tables", book = book, tables = unknown.0.join(", ")))
        }
        Err(e) => e,
    }
}
