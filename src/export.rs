//! The whole book as JSON, streamed record by record so a million customers never sit in
//! memory at once.

use crate::store::{Book, Reads};
use anyhow::Result;
use std::io::Write;

pub fn write_json(book: &Book, out: &mut impl Write) -> Result<()> {
    let read = book.read()?;
    write!(out, "{{\"schema_version\":{},\"organization\":", crate::store::SCHEMA_VERSION)?;
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
    write!(out, ",\"admin_relationships\":")?;
    serde_json::to_writer(&mut *out, &read.admin_relationships()?)?;
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

/// Customers as CSV, one line each, for spreadsheets.
pub fn customers_csv(customers: &[crate::domain::customer::Customer]) -> String {
    fn cell(text: &str) -> String {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
    let mut out = String::from(
        "tenant_id,company,primary_domain,country,cloud,subscriptions,licences_assigned,licences_total,global_admins\n",
    );
    for c in customers {
        let (assigned, total) = c.licences();
        let admins: Vec<&str> = c.users.iter().filter(|u| u.global_admin).map(|u| u.email.as_str()).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            c.tenant_id,
            cell(&c.company_name),
            c.primary_domain,
            c.country,
            cell(c.cloud.label()),
            c.subscriptions.len(),
            assigned,
            total,
            cell(&admins.join(" "))
        ));
    }
    out
}
