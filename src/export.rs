//! The whole book as JSON, streamed record by record so a million customers never sit in
//! memory at once. The schema is a contract (README, "JSON"): `import` restores it.

use crate::domain::org::{DirectoryPartner, PartnerUser};
use crate::domain::partner_contact::PartnerContact;
use crate::store::{Book, Reads};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::io::Write;

/// The version of the JSON schema of `export` and every `--json` output. It changes only when
/// a field changes meaning or goes away; new fields may appear within a version.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// A partner user as the export holds it: the record, and the language and time zone they chose
/// for themselves (absent: not chosen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedUser {
    #[serde(flatten)]
    pub user: PartnerUser,
    /// A tag `--lang` takes (`vi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// An IANA name (`Asia/Ho_Chi_Minh`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

/// Another partner as the export holds it: the directory's record, and its contact details
/// (absent: none recorded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedPartner {
    #[serde(flatten)]
    pub partner: DirectoryPartner,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<PartnerContact>,
}

/// Writes the whole book. A book holding tables this partnerdesk does not know is refused: the
/// export would leave their records out.
pub fn write_json(book: &Book, out: &mut impl Write) -> Result<()> {
    let read = book.read()?;
    read.refuse_unknown_tables()?;
    write!(out, "{{\"schema_version\":{JSON_SCHEMA_VERSION},\"organization\":")?;
    serde_json::to_writer(&mut *out, &read.org()?)?;
    write!(out, ",\"partner_users\":")?;
    let users = read
        .partner_users()?
        .into_iter()
        .map(|user| {
            Ok(ExportedUser {
                language: read.operator_language(&user.email)?.map(|l| l.tag().to_string()),
                time_zone: read.operator_zone(&user.email)?.map(|z| z.name()),
                user,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    serde_json::to_writer(&mut *out, &users)?;
    write!(out, ",\"directory\":")?;
    let directory = read
        .directory()?
        .into_iter()
        .map(|partner| Ok(ExportedPartner { contact: read.partner_contact(partner.partner_id)?, partner }))
        .collect::<Result<Vec<_>>>()?;
    serde_json::to_writer(&mut *out, &directory)?;
    write!(out, ",\"customers\":[")?;
    let mut first = true;
    read.each_customer(|c| {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        serde_json::to_writer(&mut *out, &c)?;
        Ok(())
    })?;
    write!(out, "],\"invitations\":")?;
    serde_json::to_writer(&mut *out, &read.invitations()?)?;
    write!(out, ",\"offers\":")?;
    serde_json::to_writer(&mut *out, &read.all_offer_terms()?)?;
    write!(out, ",\"offer_uses\":")?;
    let mut uses = Vec::new();
    read.each_offer_use(|u| {
        uses.push(u);
        Ok(())
    })?;
    serde_json::to_writer(&mut *out, &uses)?;
    write!(out, ",\"admin_relationships\":")?;
    serde_json::to_writer(&mut *out, &read.admin_relationships()?)?;
    write!(out, ",\"security_groups\":")?;
    serde_json::to_writer(&mut *out, &read.security_groups()?)?;
    write!(out, ",\"access_assignments\":")?;
    serde_json::to_writer(&mut *out, &read.access_assignments()?)?;
    write!(out, ",\"role_templates\":")?;
    serde_json::to_writer(&mut *out, &read.own_templates()?)?;
    write!(out, ",\"catalogue\":")?;
    serde_json::to_writer(&mut *out, &read.catalogue()?)?;
    write!(out, ",\"sequences\":")?;
    serde_json::to_writer(&mut *out, &read.sequences()?.into_iter().collect::<std::collections::BTreeMap<_, _>>())?;
    write!(out, ",\"migrations\":")?;
    serde_json::to_writer(&mut *out, &read.migrations()?)?;
    write!(out, ",\"external_ids\":")?;
    serde_json::to_writer(&mut *out, &read.external_ids()?.into_iter().collect::<std::collections::BTreeMap<_, _>>())?;
    write!(out, ",\"audit\":[")?;
    let mut first = true;
    read.each_audit(|e| {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        serde_json::to_writer(&mut *out, &e)?;
        Ok(())
    })?;
    writeln!(out, "]}}")?;
    Ok(())
}

/// Every customer as CSV, streamed record by record.
pub fn write_customers_csv(book: &Book, dialect: CsvDialect, out: &mut impl Write) -> Result<()> {
    out.write_all(dialect.header().as_bytes())?;
    book.read()?.each_customer(|c| Ok(out.write_all(dialect.customer_line(&c).as_bytes())?))
}

/// How the customers CSV is written. Plain is UTF-8 with `\n` line ends, for scripts and
/// `import`. Excel reads a CSV without a byte order mark in the machine's legacy code page
/// (Vietnamese and Chinese names come out garbled), so for it the file starts with a UTF-8
/// BOM and its lines end in `\r\n`, as RFC 4180 writes them (`--excel`, config `excel = true`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvDialect {
    pub excel: bool,
}

/// The columns of the customers CSV.
const CUSTOMERS_CSV_COLUMNS: &str =
    "tenant_id,company,primary_domain,country,cloud,subscriptions,licences_assigned,licences_total,global_admins";

impl CsvDialect {
    fn end(self) -> &'static str {
        if self.excel { "\r\n" } else { "\n" }
    }

    /// The start of the file: the BOM for Excel, then the header line.
    pub fn header(self) -> String {
        self.start(CUSTOMERS_CSV_COLUMNS)
    }

    /// A file of other columns: the BOM for Excel, then `columns` as its header line.
    pub fn start(self, columns: &str) -> String {
        let bom = if self.excel { "\u{feff}" } else { "" };
        format!("{bom}{columns}{}", self.end())
    }

    /// One line of text cells, each written as `cell` writes it, with its line end.
    pub fn line(self, cells: &[&str]) -> String {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("{}{}", cells.join(","), self.end())
    }

    /// One customer's line of the customers CSV (with its line end), to stream a long export.
    pub fn customer_line(self, c: &crate::domain::customer::Customer) -> String {
        let (assigned, total) = c.licences();
        let admins: Vec<&str> = c.users.iter().filter(|u| u.global_admin).map(|u| u.email.as_str()).collect();
        format!(
            "{},{},{},{},{},{},{},{},{}{}",
            c.tenant_id,
            cell(&c.company_name),
            c.primary_domain,
            c.country,
            cell(&crate::i18n::scoped(crate::i18n::Locale::En, || c.cloud.label().to_string())),
            c.subscriptions.len(),
            assigned,
            total,
            cell(&admins.join(" ")),
            self.end()
        )
    }
}

/// A text cell: a formula neutralised, quoted when it holds a separator, a quote or a line
/// break (RFC 4180).
fn cell(text: &str) -> String {
    let text = neutralise_formula(text);
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
/// formula (`=HYPERLINK(…)` in a company name would become a live link). Such a cell is written
/// with a leading `'`, which spreadsheets show as text; `import` takes the `'` off again.
pub fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_for_excel_starts_with_a_byte_order_mark_and_ends_lines_in_crlf() {
        use super::CsvDialect;
        let plain = CsvDialect::default().header();
        assert!(plain.starts_with("tenant_id,") && plain.ends_with("global_admins\n"), "{plain}");
        let excel = CsvDialect { excel: true }.header();
        assert!(excel.starts_with("\u{feff}tenant_id,"), "{excel:?}");
        assert!(excel.ends_with("global_admins\r\n"), "{excel:?}");
        let book = crate::store::Book::in_memory().unwrap();
        let now = chrono::Utc::now();
        let stamp = crate::store::Stamp {
            actor: "test".into(),
            session: crate::domain::ids::SessionId("t".into()),
            at: now,
            via: String::new(),
        };
        crate::demo::generate(&book, crate::demo::DemoOptions { customers: 3, seed: 7, now }, &stamp).unwrap();
        let mut out = Vec::new();
        super::write_customers_csv(&book, CsvDialect { excel: true }, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches("\r\n").count(), 4, "a header and three customers: {text}");
        assert_eq!(text.matches('\n').count(), 4, "no bare line feed");
        assert_eq!(text.matches('\u{feff}').count(), 1);
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_written_as_text() {
        assert_eq!(super::neutralise_formula("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        for start in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert!(super::neutralise_formula(start).starts_with('\''), "{start}");
        }
        assert_eq!(super::neutralise_formula("Sao Mai"), "Sao Mai");
    }
}
