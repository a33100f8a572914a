//! Copying a whole book, table by table, from one consistent read snapshot: a hot backup taken
//! while `serve` writes, and the in-memory copy a snapshot script may change freely.

use super::tables::*;
use super::{Book, Db};
use anyhow::{Context, Result};
use redb::{Key, ReadTransaction, ReadableTable, TableDefinition, TableError, Value, WriteTransaction};
use std::path::Path;

/// What a backup holds.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Copied {
    pub customers: u64,
    pub invitations: u64,
    pub audit: u64,
}

fn copy<K: Key + 'static, V: Value + 'static>(
    from: &ReadTransaction,
    to: &WriteTransaction,
    def: TableDefinition<K, V>,
) -> Result<u64> {
    let source = match from.open_table(def) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let mut target = to.open_table(def)?;
    // A new book starts with its own meta and catalogue: the copy replaces them.
    target.retain(|_, _| false)?;
    let mut n = 0;
    for entry in source.iter()? {
        let (k, v) = entry?;
        target.insert(k.value(), v.value())?;
        n += 1;
    }
    Ok(n)
}

/// Copies every table of the snapshot `from` into the new book `to`, in one transaction.
pub(super) fn copy_tables(from: &ReadTransaction, to: &Book) -> Result<Copied> {
    let Db::Write(db) = &to.db else { anyhow::bail!("a copy is written into a writable book") };
    let txn = db.begin_write()?;
    copy(from, &txn, META)?;
    copy(from, &txn, ORG)?;
    copy(from, &txn, PARTNER_USERS)?;
    copy(from, &txn, OPERATOR_SETTINGS)?;
    copy(from, &txn, OPERATOR_ZONES)?;
    copy(from, &txn, DIRECTORY)?;
    copy(from, &txn, PARTNER_CONTACTS)?;
    let customers = copy(from, &txn, CUSTOMERS)?;
    copy(from, &txn, CUSTOMER_ROWS)?;
    copy(from, &txn, DOMAINS)?;
    copy(from, &txn, CUSTOMER_LOGINS)?;
    let invitations = copy(from, &txn, INVITATIONS)?;
    copy(from, &txn, INVITATION_TOKENS)?;
    copy(from, &txn, INVITATION_ADMIN_NOTES)?;
    copy(from, &txn, ADMIN_RELATIONSHIPS)?;
    copy(from, &txn, SECURITY_GROUPS)?;
    copy(from, &txn, ACCESS_ASSIGNMENTS)?;
    copy(from, &txn, ROLE_TEMPLATES)?;
    let audit = copy(from, &txn, AUDIT)?;
    copy(from, &txn, CATALOGUE)?;
    copy(from, &txn, OFFER_TERMS)?;
    copy(from, &txn, OFFER_USES)?;
    copy(from, &txn, EXTERNAL_IDS)?;
    // An index: copied, or from a book made without it, built from the customers copied.
    if copy(from, &txn, SUBSCRIPTION_HOLDERS)? == 0 {
        super::holders::build(&txn)?;
    }
    txn.commit()?;
    Ok(Copied { customers, invitations, audit })
}

impl Book {
    /// Writes a consistent copy of the book to `dest`, a new file: beside it first, renamed into
    /// place when complete, so a failed backup leaves nothing half-written.
    pub fn backup_to(&self, dest: &Path) -> Result<Copied> {
        if dest.exists() {
            anyhow::bail!("{} exists already; a backup never replaces a file: give a new name", dest.display());
        }
        let mut name = dest.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".partial");
        let partial = dest.with_file_name(name);
        let _ = std::fs::remove_file(&partial);
        let result = (|| {
            let snapshot = self.read()?;
            let copy = Book::open_for_bulk(&partial)?;
            copy_tables(&snapshot.txn, &copy)
        })();
        super::remove_lock_file(&partial);
        match result {
            Ok(copied) => {
                std::fs::rename(&partial, dest).with_context(|| format!("cannot write {}", dest.display()))?;
                Ok(copied)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                Err(e)
            }
        }
    }
}
