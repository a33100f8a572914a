//! Copying a whole book, table by table, from one consistent read snapshot: a hot backup taken
//! while `serve` writes, and the in-memory copy a snapshot script may change freely.

use super::Book;
use super::every_table::EachTable;
use super::tables::{AUDIT, CUSTOMERS, INVITATIONS, RELATIONSHIPS_BY_CUSTOMER, SUBSCRIPTION_HOLDERS};
use anyhow::{Context, Result};
use redb::{Key, ReadTransaction, ReadableTable, TableDefinition, TableError, TableHandle, Value, WriteTransaction};
use std::collections::HashMap;
use std::path::Path;

/// What a backup holds.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Copied {
    pub customers: u64,
    pub invitations: u64,
    pub audit: u64,
}

/// Copies each table of `from` into `to`, counting the entries of each by name.
struct CopyInto<'a> {
    from: &'a ReadTransaction,
    to: &'a WriteTransaction,
    counts: HashMap<String, u64>,
}

impl EachTable for CopyInto<'_> {
    fn table<K: Key + 'static, V: Value + 'static>(&mut self, def: TableDefinition<'static, K, V>) -> Result<()> {
        let source = match self.from.open_table(def) {
            Ok(t) => t,
            Err(TableError::TableDoesNotExist(_)) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let mut target = self.to.open_table(def)?;
        // A new book starts with its own meta and catalogue: the copy replaces them.
        target.retain(|_, _| false)?;
        let mut n = 0;
        for entry in source.iter()? {
            let (k, v) = entry?;
            target.insert(k.value(), v.value())?;
            n += 1;
        }
        self.counts.insert(def.name().to_string(), n);
        Ok(())
    }
}

/// Copies every table of the snapshot `from` into the new book `to`, in one transaction. A
/// book with a table this build does not know is refused: the copy would leave it out.
pub(super) fn copy_tables(from: &ReadTransaction, to: &Book) -> Result<Copied> {
    let unknown = super::every_table::unknown_in(from)?;
    if !unknown.is_empty() {
        return Err(super::every_table::UnknownTables(unknown).into());
    }
    to.db.writing(|txn| Ok(copy_into(from, txn)?)).map_err(|e| match e {
        super::WriteError::Storage(e) => e,
        e => e.into(),
    })
}

fn copy_into(from: &ReadTransaction, txn: redb::WriteTransaction) -> Result<Copied> {
    let mut copy = CopyInto { from, to: &txn, counts: HashMap::new() };
    super::every_table::visit(&mut copy)?;
    let counts = copy.counts;
    let count = |name: &str| counts.get(name).copied().unwrap_or(0);
    // The indexes: copied, or from a book made without them, built from the records copied.
    if count(SUBSCRIPTION_HOLDERS.name()) == 0 {
        super::holders::build(&txn)?;
    }
    if count(RELATIONSHIPS_BY_CUSTOMER.name()) == 0 {
        super::relationship_index::build(&txn)?;
    }
    let copied = Copied {
        customers: count(CUSTOMERS.name()),
        invitations: count(INVITATIONS.name()),
        audit: count(AUDIT.name()),
    };
    txn.commit()?;
    Ok(copied)
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
