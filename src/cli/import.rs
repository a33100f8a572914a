//! `partnerdesk import`: a partner's own data into the book — a restore of an export, Partner
//! Center and Microsoft Graph responses, CSV customer lists.

use super::{Who, book_path};
use crate::i18n::Count;
use crate::import::{self, Format, Options, Source, Summary};
use crate::store::Stamp;
use crate::t;
use anyhow::{Result, bail};
use clap::Args;
use std::io::Read;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The files to bring in (all of one format).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The files' format (default: recognised from the first file's content).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// The customer (tenant id or primary domain) a subscriptions file belongs to, when its
    /// links do not say.
    #[arg(long, value_name = "TENANT")]
    pub customer: Option<String>,
    /// Say what would change, and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the result as JSON (README, "JSON"); a failure too, as {"error": …}.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: ImportArgs, who: &Who) -> Result<()> {
    if who.read_only {
        bail!("{}", t!("cli-import-read-only"));
    }
    let format = match args.format {
        Some(f) => f,
        None => detect(&args.files[0])?,
    };
    let now = chrono::Utc::now();
    let session = crate::app::session::new_session_id(now);
    let files: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    if format == Format::Export {
        if args.files.len() != 1 {
            bail!("{}", t!("cli-restore-one-file"));
        }
        let stamp = Stamp { actor: restore_actor(), session, at: now, via: String::new() };
        let path = book_path(who)?;
        let template = t!("cli-restore-progress", spinner = "{spinner}", done = "{pos}");
        let bar = super::progress::bar(None, args.json, &template);
        let restored =
            import::restore::restore(&path, &args.files[0], &stamp, args.dry_run, &mut |done| bar.set_position(done))
                .map_err(inconsistent_export)?;
        bar.finish_and_clear();
        if args.json {
            let value = serde_json::json!({ "format": format, "dry_run": args.dry_run, "restored": restored });
            super::json::print(&value)?;
        } else {
            let restored = t!(
                "cli-restored",
                dry_run = if args.dry_run { "yes" } else { "no" },
                customers = Count(restored.customers),
                invitations = Count(restored.invitations),
                users = Count(restored.partner_users),
                relationships = Count(restored.admin_relationships),
                audit = Count(restored.audit),
                file = &files[0],
                book = path.display().to_string()
            );
            say!("{restored}");
        }
        return Ok(());
    }
    let cli = super::CliSession::open(who)?;
    let actor = cli.ctx()?;
    let permitted =
        crate::domain::permission::check(actor.actor, crate::domain::permission::Operation::AddCustomer, None);
    if let Err(refusal) = permitted {
        return Err(crate::store::WriteError::Refused(refusal).into());
    }
    let sources = args.files.iter().map(|f| Source::read(f)).collect::<Result<Vec<_>>>()?;
    let options = Options { format, customer: args.customer.as_deref(), dry_run: args.dry_run, now };
    let template = t!("cli-import-progress", bar = "{bar:40}", done = "{pos}", total = "{len}");
    let bar = super::progress::bar(Some(0), args.json, &template);
    let summary = import::upsert(&cli.book, &actor.stamp, &sources, &options, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })?;
    bar.finish_and_clear();
    print_summary(format, &files, &summary, args.json)
}

/// An export whose records do not agree with each other is an invalid file (exit 7), said in
/// the reader's language with `check`'s findings.
fn inconsistent_export(e: anyhow::Error) -> anyhow::Error {
    match e.downcast::<import::restore::Inconsistent>() {
        Ok(bad) => import::InvalidFile {
            reason: t!("cli-restore-inconsistent", problems = bad.said()),
            file: bad.file,
            format: Format::Export.name(),
            at: None,
        }
        .into(),
        Err(e) => e,
    }
}

/// Who restores a book: nobody of it is signed in yet, so the audit names the local user.
fn restore_actor() -> String {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "unknown".into());
    format!("partnerdesk import (local user {user})")
}

fn detect(file: &std::path::Path) -> Result<Format> {
    let mut head = vec![0u8; 64 * 1024];
    let mut f = std::fs::File::open(file).map_err(|e| {
        anyhow::anyhow!("{}", t!("cli-cannot-read", path = file.display().to_string(), error = e.to_string()))
    })?;
    let n = f.read(&mut head)?;
    head.truncate(n);
    import::detect(&head)
        .ok_or_else(|| anyhow::anyhow!("{}", t!("cli-import-unknown-format", path = file.display().to_string())))
}

fn print_summary(format: Format, files: &[String], summary: &Summary, json: bool) -> Result<()> {
    if json {
        let value = serde_json::json!({ "format": format, "files": files, "summary": summary });
        return super::json::print(&value);
    }
    let imported = t!(
        "cli-imported",
        dry_run = if summary.dry_run { "yes" } else { "no" },
        files = crate::i18n::list(files),
        format = format.name(),
        added = Count(summary.added),
        updated = Count(summary.updated),
        unchanged = Count(summary.unchanged),
        refused = Count::from(summary.refused.len())
    );
    say!("{imported}");
    for refused in &summary.refused {
        let line = t!("cli-import-refused", file = &refused.file, at = &refused.at, reason = &refused.reason);
        say!("  {line}");
    }
    Ok(())
}
