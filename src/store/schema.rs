//! The schema version, the migrations that bring an older book up to date, and the log of what
//! they did.
//!
//! Each step reads the records of its own schema version (the shapes in `records::vN`, never
//! the domain types of today), finds the state it starts from, and says what it did. Each step
//! is re-runnable: if the process dies before the commit, the next opening runs it again from
//! the same state.

use super::codec::{decode_record, decode_unchecked, encode_record, with_checksum};
use super::records::v5::{Migration, Step};
use super::records::{v1, v2, v3, v4};
use super::tables::META;
use anyhow::{Result, bail};
use redb::{
    Key, ReadableTable, ReadableTableMetadata, Table, TableDefinition, TableError, TableHandle, WriteTransaction,
};

/// What `meta.kind` says in every partnerdesk book.
pub const BOOK_KIND: &[u8] = b"partnerdesk-book";
/// The schema this build writes. Bump it with a step in `MIGRATIONS`.
pub const SCHEMA_VERSION: u32 = 7;
/// The `meta` key of the migration log.
pub const LOG: &str = "migrations";

pub fn read_version(meta: &impl ReadableTable<&'static str, &'static [u8]>) -> Result<Option<u32>> {
    let Some(raw) = meta.get("schema_version")? else {
        return Ok(None);
    };
    let bytes: [u8; 4] = raw.value().try_into().map_err(|_| anyhow::anyhow!(crate::t!("schema-version-damaged")))?;
    Ok(Some(u32::from_le_bytes(bytes)))
}

/// `MIGRATIONS[n]` brings a book from schema `n + 1` to `n + 2`.
const MIGRATIONS: &[fn(&WriteTransaction) -> Result<Step>] =
    &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7];

/// The tables of books before v5, whose records carried no checksum: the migrations up to v5
/// read and write these, never the current ones.
mod before_v5 {
    use redb::TableDefinition;
    pub const ORG: TableDefinition<&str, &[u8]> = TableDefinition::new("org_v1");
    pub const PARTNER_USERS: TableDefinition<&str, &[u8]> = TableDefinition::new("partner_users_v1");
    pub const DIRECTORY: TableDefinition<u32, &[u8]> = TableDefinition::new("directory_v1");
    pub const CUSTOMERS: TableDefinition<u128, &[u8]> = TableDefinition::new("customers_v1");
    /// v1's rows, keyed by tenant id; v2 keys them by their sort key in `CUSTOMER_ROWS`.
    pub const CUSTOMER_ROWS_V1: TableDefinition<u128, &[u8]> = TableDefinition::new("customer_rows_v1");
    pub const CUSTOMER_ROWS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("customer_rows_v2");
    pub const INVITATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("invitations_v1");
    pub const ADMIN_RELATIONSHIPS: TableDefinition<u64, &[u8]> = TableDefinition::new("admin_relationships_v1");
    /// v1 to v3's audit log of whole records; v4 keeps only the changed fields, in `AUDIT`.
    pub const AUDIT_V1: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_v1");
    pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_v2");
    pub const CATALOGUE: TableDefinition<u32, &[u8]> = TableDefinition::new("catalogue_v1");
    pub const OFFER_TERMS: TableDefinition<u64, &[u8]> = TableDefinition::new("offer_terms_v1");
    pub const OFFER_USES: TableDefinition<&[u8], &[u8]> = TableDefinition::new("offer_uses_v1");

    /// A record as books before v5 stored it: postcard alone.
    pub fn encode<R: serde::Serialize>(record: &R) -> anyhow::Result<Vec<u8>> {
        Ok(postcard::to_stdvec(record)?)
    }
}

/// The tables of books from v5 (the first with checksums) to v7, as the steps up to v7 read and
/// write them: a later version that moves a table to a new name (a new record shape) leaves
/// these steps as they were.
mod v5_to_v7 {
    use redb::TableDefinition;
    pub const ORG: TableDefinition<&str, &[u8]> = TableDefinition::new("org_v2");
    pub const PARTNER_USERS: TableDefinition<&str, &[u8]> = TableDefinition::new("partner_users_v2");
    pub const DIRECTORY: TableDefinition<u32, &[u8]> = TableDefinition::new("directory_v2");
    pub const CUSTOMERS: TableDefinition<u128, &[u8]> = TableDefinition::new("customers_v2");
    pub const CUSTOMER_ROWS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("customer_rows_v3");
    pub const INVITATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("invitations_v2");
    pub const ADMIN_RELATIONSHIPS: TableDefinition<u64, &[u8]> = TableDefinition::new("admin_relationships_v2");
    pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_v3");
    pub const CATALOGUE: TableDefinition<u32, &[u8]> = TableDefinition::new("catalogue_v2");
    pub const OFFER_TERMS: TableDefinition<u64, &[u8]> = TableDefinition::new("offer_terms_v2");
    pub const OFFER_USES: TableDefinition<&[u8], &[u8]> = TableDefinition::new("offer_uses_v2");
    pub const OPERATOR_SETTINGS: TableDefinition<&str, &[u8]> = TableDefinition::new("operator_settings_v1");
}

/// The list row of a customer record of `table` (`v1::Customer`) in its v2 shape, and the key v2
/// keeps it under, for `partner`'s list: what the steps that build the rows again write.
fn list_row(customer: v1::Customer, table: &str, partner: u32) -> Result<(Vec<u8>, v2::CustomerRow)> {
    let customer = crate::domain::customer::Customer::try_from(customer)
        .map_err(|bad| anyhow::anyhow!("table {table}: the record is damaged ({bad})"))?;
    let row = customer.row(crate::domain::ids::PartnerId(partner));
    Ok((row.sort_key(), v2::CustomerRow::from(&row)))
}

/// Opens `def` when the book has it: a step that finds no table of its old version has
/// nothing to do.
fn existing<'t, K: Key + 'static>(
    txn: &'t WriteTransaction,
    def: TableDefinition<K, &'static [u8]>,
) -> Result<Option<Table<'t, K, &'static [u8]>>> {
    match txn.open_table(def) {
        Ok(table) => Ok(Some(table)),
        Err(TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// v2 keeps the customer list rows in name order (keyed by their sort key) with the folded
/// text the filter uses: the rows are built again from the v1 customer records, and v1's rows
/// (keyed by tenant id) go.
fn v1_to_v2(txn: &WriteTransaction) -> Result<Step> {
    use before_v5::{CUSTOMER_ROWS, CUSTOMER_ROWS_V1, CUSTOMERS, ORG, encode};
    if existing(txn, CUSTOMER_ROWS_V1)?.is_some() {
        txn.delete_table(CUSTOMER_ROWS_V1)?;
    }
    let partner = match txn.open_table(ORG)?.get("org")? {
        Some(raw) => decode_unchecked::<v1::PartnerOrganization>(raw.value(), ORG.name())?.partner_id,
        None => 0,
    };
    let customers = txn.open_table(CUSTOMERS)?;
    let mut rows = txn.open_table(CUSTOMER_ROWS)?;
    rows.retain(|_, _| false)?;
    let mut rebuilt = 0;
    for entry in customers.iter()? {
        let (_, raw) = entry?;
        let customer = decode_unchecked(raw.value(), CUSTOMERS.name())?;
        let (key, row) = list_row(customer, CUSTOMERS.name(), partner)?;
        rows.insert(key.as_slice(), encode(&row)?.as_slice())?;
        rebuilt += 1;
    }
    Ok(Step::ListRowsRebuilt { customers: rebuilt })
}

/// v3 keeps the catalogue of offers in the book (offers and product keys choose from it):
/// a book without one gets the default catalogue.
fn v2_to_v3(txn: &WriteTransaction) -> Result<Step> {
    let offers = add_default_catalogue(&mut txn.open_table(before_v5::CATALOGUE)?, before_v5::encode)?;
    Ok(Step::CatalogueAdded { offers })
}

/// Writes the default catalogue into an empty catalogue table, each record encoded by
/// `encode`; returns how many offers it wrote.
fn add_default_catalogue(
    table: &mut Table<u32, &'static [u8]>,
    encode: fn(&v3::CatalogueOffer) -> Result<Vec<u8>>,
) -> Result<u64> {
    if table.len()? > 0 {
        return Ok(0);
    }
    let offers = crate::domain::catalogue::default_catalogue();
    for offer in &offers {
        table.insert(offer.id, encode(&offer.into())?.as_slice())?;
    }
    Ok(offers.len() as u64)
}

/// v4 audit records keep only the fields a change changed (a record with whole customers in it
/// grew with the customer) and how the actor was established (unknown for older records). The
/// log is copied from `audit_v1` into `audit_v2`, each change reduced to its changed fields.
fn v3_to_v4(txn: &WriteTransaction) -> Result<Step> {
    use before_v5::{AUDIT, AUDIT_V1};
    let mut reduced = 0;
    {
        let Some(old) = existing(txn, AUDIT_V1)? else {
            return Ok(Step::AuditReduced { records: 0 });
        };
        let mut new = txn.open_table(AUDIT)?;
        for entry in old.iter()? {
            let (k, v) = entry?;
            let event = reduced_to_changes(decode_unchecked(v.value(), AUDIT_V1.name())?);
            new.insert(k.value(), before_v5::encode(&event)?.as_slice())?;
            reduced += 1;
        }
    }
    txn.delete_table(AUDIT_V1)?;
    Ok(Step::AuditReduced { records: reduced })
}

/// A v1 audit record as v4 keeps it: of a change, only the fields it changed.
fn reduced_to_changes(e: v1::AuditEvent) -> v4::AuditEvent {
    let parse = |text: &Option<String>| text.as_deref().and_then(|t| serde_json::from_str(t).ok());
    let (before, after) = match (parse(&e.before), parse(&e.after)) {
        (Some(b), Some(a)) => {
            let (b, a): (serde_json::Value, serde_json::Value) = crate::domain::audit::changes(&b, &a);
            (Some(b.to_string()), Some(a.to_string()))
        }
        _ => (e.before, e.after),
    };
    v4::AuditEvent {
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        session: e.session,
        action: e.action,
        target: e.target,
        before,
        after,
        via: None,
    }
}

/// v5 records carry a checksum that every read verifies: each table of records is copied into
/// its next version with the checksum added.
fn v4_to_v5(txn: &WriteTransaction) -> Result<Step> {
    use before_v5 as old;
    use v5_to_v7 as now;
    let counts = [
        rechecksum(txn, old::ORG, now::ORG)?,
        rechecksum(txn, old::PARTNER_USERS, now::PARTNER_USERS)?,
        rechecksum(txn, old::DIRECTORY, now::DIRECTORY)?,
        rechecksum(txn, old::CUSTOMERS, now::CUSTOMERS)?,
        rechecksum(txn, old::CUSTOMER_ROWS, now::CUSTOMER_ROWS)?,
        rechecksum(txn, old::INVITATIONS, now::INVITATIONS)?,
        rechecksum(txn, old::ADMIN_RELATIONSHIPS, now::ADMIN_RELATIONSHIPS)?,
        rechecksum(txn, old::AUDIT, now::AUDIT)?,
        rechecksum(txn, old::CATALOGUE, now::CATALOGUE)?,
        rechecksum(txn, old::OFFER_TERMS, now::OFFER_TERMS)?,
        rechecksum(txn, old::OFFER_USES, now::OFFER_USES)?,
    ];
    let tables = counts.iter().flatten().count() as u64;
    Ok(Step::ChecksumsAdded { tables, records: counts.iter().flatten().sum() })
}

/// v7 keeps each operator's own settings (their language) in a table of its own, created
/// empty: nobody has chosen yet.
fn v6_to_v7(txn: &WriteTransaction) -> Result<Step> {
    txn.open_table(v5_to_v7::OPERATOR_SETTINGS)?;
    Ok(Step::OperatorSettingsAdded)
}

/// Copies the records of `from` into `to` with their checksums and drops `from`; `None` when
/// the book has no `from` table.
fn rechecksum<K: Key + 'static>(
    txn: &WriteTransaction,
    from: TableDefinition<K, &[u8]>,
    to: TableDefinition<K, &[u8]>,
) -> Result<Option<u64>> {
    let mut copied = 0;
    {
        let Some(old) = existing(txn, from)? else {
            return Ok(None);
        };
        let mut new = txn.open_table(to)?;
        for entry in old.iter()? {
            let (k, v) = entry?;
            new.insert(k.value(), with_checksum(v.value()).as_slice())?;
            copied += 1;
        }
    }
    txn.delete_table(from)?;
    Ok(Some(copied))
}

/// v6 folds search text by compatibility decomposition (full-width Latin and digits to their
/// ordinary forms, `domain::search::fold`): each customer's list row stores its folded text and
/// is keyed by it, so the rows are built again from the customers. Record shapes do not change:
/// the step reads v5's customer records (`v1::Customer`) and writes v5's rows (`v2::CustomerRow`)
/// in v5's tables, whatever today's `Customer` and tables are.
fn v5_to_v6(txn: &WriteTransaction) -> Result<Step> {
    use v5_to_v7::{CUSTOMER_ROWS, CUSTOMERS, ORG};
    let partner = match txn.open_table(ORG)?.get("org")? {
        Some(raw) => decode_record::<v1::PartnerOrganization>(raw.value(), ORG.name())?.partner_id,
        None => 0,
    };
    let customers = txn.open_table(CUSTOMERS)?;
    let mut rows = txn.open_table(CUSTOMER_ROWS)?;
    rows.retain(|_, _| false)?;
    let mut rebuilt = 0;
    for entry in customers.iter()? {
        let (_, raw) = entry?;
        let customer = decode_record(raw.value(), CUSTOMERS.name())?;
        let (key, row) = list_row(customer, CUSTOMERS.name(), partner)?;
        rows.insert(key.as_slice(), encode_record(&row)?.as_slice())?;
        rebuilt += 1;
    }
    Ok(Step::ListRowsRebuilt { customers: rebuilt })
}

/// Writes the default catalogue into a new book.
pub fn seed_catalogue(txn: &WriteTransaction) -> Result<()> {
    add_default_catalogue(&mut txn.open_table(super::tables::CATALOGUE)?, encode_record)?;
    Ok(())
}

/// Brings a book from `from` to `SCHEMA_VERSION` inside `txn`, and adds what it did to the
/// book's migration log.
pub fn migrate(txn: &WriteTransaction, from: u32) -> Result<Migration> {
    let mut steps = Vec::new();
    for version in from..SCHEMA_VERSION {
        let Some(step) = MIGRATIONS.get(version as usize - 1) else {
            bail!("no migration from schema v{version}");
        };
        steps.push(step(txn)?);
    }
    let at = chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 0);
    let migration = Migration { at, from, to: SCHEMA_VERSION, steps };
    let mut meta = txn.open_table(META)?;
    let mut log = decode_log(meta.get(LOG)?.as_ref().map(|raw| raw.value()))?;
    log.push(migration.clone());
    meta.insert(LOG, encode_record(&log)?.as_slice())?;
    meta.insert("schema_version", SCHEMA_VERSION.to_le_bytes().as_slice())?;
    Ok(migration)
}

/// The migration log from its `meta` entry (none: a book never migrated), oldest first.
pub fn decode_log(raw: Option<&[u8]>) -> Result<Vec<Migration>> {
    raw.map_or(Ok(Vec::new()), |raw| decode_record(raw, META.name()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_schema_version_has_its_migration() {
        assert_eq!(super::MIGRATIONS.len() as u32 + 1, super::SCHEMA_VERSION);
    }
}
