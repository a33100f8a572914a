//! The whole book as JSON, streamed record by record so a million customers never sit in
//! memory at once. The schema is a contract (README, "JSON"): `import` restores it.

use crate::store::{Book, Reads};
use anyhow::Result;
use std::io::Write;

/// The version of the JSON schema of `export` and every `--json` output. It changes only when
/// a field changes meaning or goes away; new fields may appear within a version.
pub const JSON_SCHEMA_VERSION: u32 = 1;

pub fn write_json(book: &Book, out: &mut impl Write) -> Result<()> {
    let read = book.read()?;
    write!(out, "{{\"schema_version\":{JSON_SCHEMA_VERSION},\"organization\":")?;
    serde_json::to_writer(&mut *out, &read.org()?)?;
    write!(out, ",\"partner_users\":")?;
    serde_json::to_writer(&mut *out, &read.partner_users()?)?;
    write!(out, ",\"directory\":")?;
    serde_json::to_writer(&mut *out, &read.directory()?)?;
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
    write!(out, ",\"catalogue\":")?;
    serde_json::to_writer(&mut *out, &read.catalogue()?)?;
    write!(out, ",\"sequences\":")?;
    serde_json::to_writer(&mut *out, &read.sequences()?.into_iter().collect::<std::collections::BTreeMap<_, _>>())?;
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

/// The header line of the customers CSV.
pub const CUSTOMERS_CSV_HEADER: &str =
    "tenant_id,company,primary_domain,country,cloud,subscriptions,licences_assigned,licences_total,global_admins\n";

/// Customers as CSV, one line each, for spreadsheets.
pub fn customers_csv(customers: &[crate::domain::customer::Customer]) -> String {
    let mut out = String::from(CUSTOMERS_CSV_HEADER);
    for c in customers {
        out.push_str(&customer_csv_line(c));
    }
    out
}

/// One customer's line of the customers CSV (with its newline), to stream a long export.
pub fn customer_csv_line(c: &crate::domain::customer::Customer) -> String {
    fn cell(text: &str) -> String {
        let text = neutralise_formula(text);
        if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
    }
    let (assigned, total) = c.licences();
    let admins: Vec<&str> = c.users.iter().filter(|u| u.global_admin).map(|u| u.email.as_str()).collect();
    format!(
        "{},{},{},{},{},{},{},{},{}\n",
        c.tenant_id,
        cell(&c.company_name),
        c.primary_domain,
        c.country,
        cell(&crate::i18n::scoped(crate::i18n::Locale::En, || c.cloud.label().to_string())),
        c.subscriptions.len(),
        assigned,
        total,
        cell(&admins.join(" "))
    )
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
    fn csv_cells_that_a_spreadsheet_would_run_are_written_as_text() {
        assert_eq!(super::neutralise_formula("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        for start in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert!(super::neutralise_formula(start).starts_with('\''), "{start}");
        }
        assert_eq!(super::neutralise_formula("Sao Mai"), "Sao Mai");
    }
}
