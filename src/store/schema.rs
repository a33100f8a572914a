//! The schema version record and the migration entry point.

use super::tables::META;
use anyhow::{Result, bail};
use redb::{ReadableTable, ReadableTableMetadata, WriteTransaction};

/// What `meta.kind` says in every partnerdesk book.
pub const BOOK_KIND: &[u8] = b"partnerdesk-book";
/// The schema this build writes. Bump it with a step in `migrate`.
pub const SCHEMA_VERSION: u32 = 5;

pub fn read_version(meta: &impl ReadableTable<&'static str, &'static [u8]>) -> Result<Option<u32>> {
    let Some(raw) = meta.get("schema_version")? else {
        return Ok(None);
    };
    let bytes: [u8; 4] = raw.value().try_into().map_err(|_| anyhow::anyhow!("the schema version record is damaged"))?;
    Ok(Some(u32::from_le_bytes(bytes)))
}

/// `MIGRATIONS[n]` brings a book from schema `n + 1` to `n + 2`. Each step must be
/// re-runnable: if the process dies before the commit, the next open runs it again from the
/// same state.
const MIGRATIONS: &[fn(&WriteTransaction) -> Result<()>] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// The tables of books before v5, whose records carried no checksum: the migrations up to v5
/// read and write these, never the current ones.
mod before_v5 {
    use redb::TableDefinition;
    pub const ORG: TableDefinition<&str, &[u8]> = TableDefinition::new("org_v1");
    pub const PARTNER_USERS: TableDefinition<&str, &[u8]> = TableDefinition::new("partner_users_v1");
    pub const DIRECTORY: TableDefinition<u32, &[u8]> = TableDefinition::new("directory_v1");
    pub const CUSTOMERS: TableDefinition<u128, &[u8]> = TableDefinition::new("customers_v1");
    pub const CUSTOMER_ROWS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("customer_rows_v2");
    pub const INVITATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("invitations_v1");
    pub const ADMIN_RELATIONSHIPS: TableDefinition<u64, &[u8]> = TableDefinition::new("admin_relationships_v1");
    pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_v2");
    pub const CATALOGUE: TableDefinition<u32, &[u8]> = TableDefinition::new("catalogue_v1");
    pub const OFFER_TERMS: TableDefinition<u64, &[u8]> = TableDefinition::new("offer_terms_v1");
    pub const OFFER_USES: TableDefinition<&[u8], &[u8]> = TableDefinition::new("offer_uses_v1");

    /// A record as books before v5 stored it: postcard alone.
    pub fn encode<T: serde::Serialize>(value: &T) -> anyhow::Result<Vec<u8>> {
        Ok(postcard::to_stdvec(value)?)
    }
}

/// v2 keeps the customer list rows in name order (keyed by their sort key) with the folded
/// text the filter uses: the rows are built again from the full records.
fn v1_to_v2(txn: &WriteTransaction) -> Result<()> {
    use super::codec::decode_unchecked as decode;
    use crate::domain::customer::Customer;
    use crate::domain::org::PartnerOrganization;
    use before_v5::{CUSTOMER_ROWS, CUSTOMERS, ORG, encode};
    let old: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("customer_rows_v1");
    txn.delete_table(old)?;
    let partner = match txn.open_table(ORG)?.get("org")? {
        Some(raw) => decode::<PartnerOrganization>(raw.value(), "organization")?.partner_id,
        None => crate::domain::ids::PartnerId(0),
    };
    let customers = txn.open_table(CUSTOMERS)?;
    let mut rows = txn.open_table(CUSTOMER_ROWS)?;
    for entry in customers.iter()? {
        let (_, raw) = entry?;
        let row = decode::<Customer>(raw.value(), "customer")?.row(partner);
        rows.insert(row.sort_key().as_slice(), encode(&row)?.as_slice())?;
    }
    Ok(())
}

/// v3 keeps the catalogue of offers in the book (offers and product keys choose from it):
/// books from before get the default catalogue.
fn v2_to_v3(txn: &WriteTransaction) -> Result<()> {
    let mut table = txn.open_table(before_v5::CATALOGUE)?;
    if table.len()? == 0 {
        for offer in crate::domain::catalogue::default_catalogue() {
            table.insert(offer.id, before_v5::encode(&offer)?.as_slice())?;
        }
    }
    Ok(())
}

/// v4 audit records keep only the fields a change changed (a record with whole customers in it
/// grew with the customer) and how the actor was established (unknown for older records). The
/// log is copied into `audit_v2`, each change reduced to its changed fields.
fn v3_to_v4(txn: &WriteTransaction) -> Result<()> {
    use super::codec::decode_unchecked as decode;
    use crate::domain::audit::{AuditEvent, changes};
    /// An audit record as v1 to v3 stored it.
    #[derive(serde::Deserialize)]
    struct Before {
        seq: u64,
        at: crate::domain::Timestamp,
        actor: String,
        session: crate::domain::ids::SessionId,
        action: String,
        target: String,
        before: Option<String>,
        after: Option<String>,
    }
    let old_def: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("audit_v1");
    {
        let old = match txn.open_table(old_def) {
            Ok(t) => t,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let mut new = txn.open_table(before_v5::AUDIT)?;
        for entry in old.iter()? {
            let (k, v) = entry?;
            let e: Before = decode(v.value(), "audit")?;
            let parse = |text: &Option<String>| text.as_deref().and_then(|t| serde_json::from_str(t).ok());
            let (before, after) = match (parse(&e.before), parse(&e.after)) {
                (Some(b), Some(a)) => {
                    let (b, a): (serde_json::Value, serde_json::Value) = changes(&b, &a);
                    (Some(b.to_string()), Some(a.to_string()))
                }
                _ => (e.before, e.after),
            };
            let event = AuditEvent {
                seq: e.seq,
                at: e.at,
                actor: e.actor,
                session: e.session,
                action: e.action,
                target: e.target,
                before,
                after,
                via: None,
            };
            new.insert(k.value(), before_v5::encode(&event)?.as_slice())?;
        }
    }
    txn.delete_table(old_def)?;
    Ok(())
}

/// v5 records carry a checksum that every read verifies: each table of records is copied into
/// its next version with the checksum added.
fn v4_to_v5(txn: &WriteTransaction) -> Result<()> {
    use super::tables as now;
    use before_v5 as old;
    rechecksum(txn, old::ORG, now::ORG)?;
    rechecksum(txn, old::PARTNER_USERS, now::PARTNER_USERS)?;
    rechecksum(txn, old::DIRECTORY, now::DIRECTORY)?;
    rechecksum(txn, old::CUSTOMERS, now::CUSTOMERS)?;
    rechecksum(txn, old::CUSTOMER_ROWS, now::CUSTOMER_ROWS)?;
    rechecksum(txn, old::INVITATIONS, now::INVITATIONS)?;
    rechecksum(txn, old::ADMIN_RELATIONSHIPS, now::ADMIN_RELATIONSHIPS)?;
    rechecksum(txn, old::AUDIT, now::AUDIT)?;
    rechecksum(txn, old::CATALOGUE, now::CATALOGUE)?;
    rechecksum(txn, old::OFFER_TERMS, now::OFFER_TERMS)?;
    rechecksum(txn, old::OFFER_USES, now::OFFER_USES)?;
    Ok(())
}

fn rechecksum<K: redb::Key + 'static>(
    txn: &WriteTransaction,
    from: redb::TableDefinition<K, &[u8]>,
    to: redb::TableDefinition<K, &[u8]>,
) -> Result<()> {
    {
        let old = match txn.open_table(from) {
            Ok(t) => t,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let mut new = txn.open_table(to)?;
        for entry in old.iter()? {
            let (k, v) = entry?;
            new.insert(k.value(), super::codec::with_checksum(v.value()).as_slice())?;
        }
    }
    txn.delete_table(from)?;
    Ok(())
}

/// Writes the default catalogue into a new book.
pub fn seed_catalogue(txn: &WriteTransaction) -> Result<()> {
    use super::codec::encode;
    use super::tables::CATALOGUE;
    let mut table = txn.open_table(CATALOGUE)?;
    if table.len()? == 0 {
        for offer in crate::domain::catalogue::default_catalogue() {
            table.insert(offer.id, encode(&offer)?.as_slice())?;
        }
    }
    Ok(())
}

/// Brings a book from `from` to `SCHEMA_VERSION` inside `txn`.
pub fn migrate(txn: &WriteTransaction, from: u32) -> Result<()> {
    for step in from..SCHEMA_VERSION {
        let Some(migration) = MIGRATIONS.get(step as usize - 1) else {
            bail!("no migration from schema v{step}");
        };
        migration(txn)?;
    }
    let mut meta = txn.open_table(META)?;
    meta.insert("schema_version", SCHEMA_VERSION.to_le_bytes().as_slice())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_schema_version_has_its_migration() {
        assert_eq!(super::MIGRATIONS.len() as u32 + 1, super::SCHEMA_VERSION);
    }
}
