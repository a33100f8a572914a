//! The one list of the book's tables: what `init` creates, what a backup copies, what `check`
//! knows, and what the round-trip tests compare entry by entry. A table defined in `tables.rs`
//! but missing here fails `tests::every_table_in_tables_rs_is_listed`; a table a book holds that
//! this build does not list (written by a newer partnerdesk) is refused by a backup and an export
//! instead of being left out of them silently, and reported by `check`.

use super::tables::*;
use super::{Book, ReadTx};
use anyhow::Result;
use redb::{Key, ReadTransaction, ReadableTable, TableDefinition, TableError, TableHandle, Value};
use std::collections::BTreeMap;

/// Something done to each table in turn, knowing its key and value types.
pub(super) trait EachTable {
    fn table<K: Key + 'static, V: Value + 'static>(&mut self, def: TableDefinition<'static, K, V>) -> Result<()>;
}

/// Visits every table, in the order a copy writes them: `meta` and the organization first, each
/// index after the records it follows.
pub(super) fn visit(v: &mut impl EachTable) -> Result<()> {
    v.table(META)?;
    v.table(ORG)?;
    v.table(PARTNER_USERS)?;
    v.table(OPERATOR_SETTINGS)?;
    v.table(OPERATOR_ZONES)?;
    v.table(DIRECTORY)?;
    v.table(PARTNER_CONTACTS)?;
    v.table(CUSTOMERS)?;
    v.table(CUSTOMER_ROWS)?;
    v.table(DOMAINS)?;
    v.table(CUSTOMER_LOGINS)?;
    v.table(SUBSCRIPTION_HOLDERS)?;
    v.table(INVITATIONS)?;
    v.table(INVITATION_TOKENS)?;
    v.table(INVITATION_ADMIN_NOTES)?;
    v.table(ADMIN_RELATIONSHIPS)?;
    v.table(RELATIONSHIPS_BY_CUSTOMER)?;
    v.table(SECURITY_GROUPS)?;
    v.table(ACCESS_ASSIGNMENTS)?;
    v.table(ROLE_TEMPLATES)?;
    v.table(AUDIT)?;
    v.table(CATALOGUE)?;
    v.table(OFFER_TERMS)?;
    v.table(OFFER_USES)?;
    v.table(EXTERNAL_IDS)?;
    Ok(())
}

/// The names of every table this build knows, in `visit` order.
pub fn names() -> Vec<String> {
    struct Names(Vec<String>);
    impl EachTable for Names {
        fn table<K: Key + 'static, V: Value + 'static>(&mut self, def: TableDefinition<'static, K, V>) -> Result<()> {
            self.0.push(def.name().to_string());
            Ok(())
        }
    }
    let mut names = Names(Vec::new());
    // Naming the tables cannot fail.
    let _ = visit(&mut names);
    names.0
}

/// The tables `txn` holds that this build does not know, by name.
pub(super) fn unknown_in(txn: &ReadTransaction) -> Result<Vec<String>> {
    let known = names();
    Ok(txn.list_tables()?.map(|t| t.name().to_string()).filter(|name| !known.contains(name)).collect())
}

/// A book holds tables this partnerdesk does not know (a newer partnerdesk wrote them): a copy
/// or an export made by this one would leave their records out, so it is refused.
#[derive(Debug, thiserror::Error)]
#[error("the book holds tables this partnerdesk does not know: {}", .0.join(", "))]
pub struct UnknownTables(pub Vec<String>);

impl ReadTx {
    /// Refuses a book with tables this build does not know (see `UnknownTables`).
    pub fn refuse_unknown_tables(&self) -> Result<()> {
        let unknown = unknown_in(&self.txn)?;
        if unknown.is_empty() { Ok(()) } else { Err(UnknownTables(unknown).into()) }
    }
}

/// Every entry of every table that holds any, as the bytes redb keeps for its key and value,
/// by table name: two books with equal contents hold the same facts. A missing table and an
/// empty one hold the same (nothing), so neither is listed.
pub type Contents = BTreeMap<String, Vec<(Vec<u8>, Vec<u8>)>>;

impl Book {
    /// The book's contents, entry by entry (see `Contents`); a table this build does not know
    /// is refused rather than left out.
    pub fn contents(&self) -> Result<Contents> {
        struct Read<'a>(&'a ReadTransaction, Contents);
        impl EachTable for Read<'_> {
            fn table<K: Key + 'static, V: Value + 'static>(
                &mut self,
                def: TableDefinition<'static, K, V>,
            ) -> Result<()> {
                let table = match self.0.open_table(def) {
                    Ok(t) => t,
                    Err(TableError::TableDoesNotExist(_)) => return Ok(()),
                    Err(e) => return Err(e.into()),
                };
                let mut entries = Vec::new();
                for entry in table.iter()? {
                    let (k, v) = entry?;
                    entries
                        .push((K::as_bytes(&k.value()).as_ref().to_vec(), V::as_bytes(&v.value()).as_ref().to_vec()));
                }
                if !entries.is_empty() {
                    self.1.insert(def.name().to_string(), entries);
                }
                Ok(())
            }
        }
        let read = self.read()?;
        read.refuse_unknown_tables()?;
        let mut contents = Read(&read.txn, Contents::new());
        visit(&mut contents)?;
        Ok(contents.1)
    }
}

#[cfg(test)]
mod tests;
