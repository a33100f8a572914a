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
