//! Bringing a partner's real data into the book: its own export (a restore), Partner Center's
//! customer and subscription lists, Microsoft Graph's granular admin relationships, and CSV
//! customer lists. README ("Import") documents every field read and where it goes.
//!
//! Every format but the export is an upsert: each item is matched to what the book has (by
//! tenant id, or by the outside id remembered in `external_ids`), so importing a file twice
//! changes nothing the second time. A file that is not valid in its format is refused whole,
//! with the position of its first error, before anything is written; items that are valid in
//! form but break a rule of the book are refused one by one, with their position and reason.

mod apply;
mod csv_list;
mod graph;
mod partner_center;
pub mod restore;

use crate::domain::Timestamp;
use crate::store::Book;
use crate::t;
use anyhow::{Result, bail};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use apply::{Item, Outcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// partnerdesk's own export: a full restore into a new or empty book.
    Export,
    /// A Partner Center `GET /v1/customers` response (or one customer).
    PcCustomers,
    /// A Partner Center `GET /v1/customers/{id}/subscriptions` response.
    PcSubscriptions,
    /// A Microsoft Graph `GET /tenantRelationships/delegatedAdminRelationships` response.
    Gdap,
    /// A customer list with a header row.
    Csv,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Export => "export",
            Format::PcCustomers => "pc-customers",
            Format::PcSubscriptions => "pc-subscriptions",
            Format::Gdap => "gdap",
            Format::Csv => "csv",
        }
    }
}

/// Recognises a file's format from its first bytes (a JSON document's keys, or a CSV header).
pub fn detect(head: &[u8]) -> Option<Format> {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if !text.starts_with(['{', '[']) {
        let first_line = text.lines().next().unwrap_or_default();
        return first_line.contains([',', ';', '\t']).then_some(Format::Csv);
    }
    let has = |key: &str| text.contains(&format!("\"{key}\""));
    if has("schema_version") && (has("organization") || has("partner_users")) {
        Some(Format::Export)
    } else if has("accessDetails") || text.contains("delegatedAdminRelationships") {
        Some(Format::Gdap)
    } else if has("companyProfile") {
        Some(Format::PcCustomers)
    } else if has("friendlyName") || has("offerId") || has("offerName") {
        Some(Format::PcSubscriptions)
    } else {
        None
    }
}

/// What one import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub refused: Vec<Refused>,
    pub dry_run: bool,
}

/// An item the book refused: where it is in its file, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Refused {
    pub file: String,
    /// `item 3` (JSON) or `line 7` (CSV).
    pub at: String,
    pub reason: String,
}

impl Summary {
    fn count(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Added => self.added += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Refused(_) => {}
        }
    }
}

/// A file that is not valid in its format: refused whole, nothing written.
#[derive(Debug)]
pub struct InvalidFile {
    pub file: String,
    pub format: &'static str,
    pub reason: String,
    /// Line and column, or line, of the first error.
    pub at: Option<String>,
}

impl std::fmt::Display for InvalidFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (file, format, reason) = (self.file.as_str(), self.format, self.reason.as_str());
        let said = match &self.at {
            Some(at) => t!("import-invalid-file-at", file = file, format = format, reason = reason, at = at),
            None => t!("import-invalid-file", file = file, format = format, reason = reason),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for InvalidFile {}

impl InvalidFile {
    fn json(file: &str, format: Format, e: &serde_json::Error) -> Self {
        let reason = e.to_string();
        // serde_json appends " at line L column C"; the position is reported on its own.
        let reason = reason.split(" at line ").next().unwrap_or(&reason).to_string();
        InvalidFile {
            file: file.to_string(),
            format: format.name(),
            reason,
            at: Some(t!("import-at-line-column", line = e.line(), column = e.column())),
        }
    }
}

/// One file to bring in, read whole (exports are streamed by `restore` instead).
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Source {
    pub fn read(path: &Path) -> Result<Source> {
        let bytes = std::fs::read(path).map_err(|e| {
            anyhow::anyhow!("{}", t!("cli-cannot-read", path = path.display().to_string(), error = e.to_string()))
        })?;
        Ok(Source { name: path.display().to_string(), bytes })
    }
}

/// Options of an upsert import.
pub struct Options<'a> {
    pub format: Format,
    /// The customer a subscriptions file belongs to, when the file does not say.
    pub customer: Option<&'a str>,
    pub dry_run: bool,
    pub now: Timestamp,
}

/// Parses every file into items first (a bad file stops everything before any write), then
/// applies them in chunks. `progress` is told how many items are done of how many.
pub fn upsert(
    book: &Book,
    stamp: &crate::store::Stamp,
    sources: &[Source],
    options: &Options,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let org =
        crate::store::Reads::org(&book.read()?)?.ok_or_else(|| anyhow::anyhow!("{}", t!("import-no-organization")))?;
    let mut items = Vec::new();
    for source in sources {
        let parsed = match options.format {
            Format::PcCustomers => partner_center::customers(source, &org)?,
            Format::PcSubscriptions => partner_center::subscriptions(source, options.customer)?,
            Format::Gdap => graph::relationships(source)?,
            Format::Csv => csv_list::customers(source, &org)?,
            Format::Export => bail!("{}", t!("import-export-not-merged", file = source.name.as_str())),
        };
        items.extend(parsed.into_iter().map(|(at, item)| (source.name.clone(), at, item)));
    }
    apply::run(book, stamp, &org, items, options, progress)
}

/// Where a restore writes before the book is complete: beside the book, renamed over it at the
/// end, so a failed restore leaves no half book.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".restoring");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests;
