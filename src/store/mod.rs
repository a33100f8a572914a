//! The book on redb: one file, typed tables, a schema version, and one write transaction per
//! operation with its audit record in the same transaction.
//!
//! Durability and repair, chosen deliberately:
//! - every operation commits with `Durability::Immediate`: when `write` returns, the change and
//!   its audit record are on disk and survive a SIGKILL or a power cut;
//! - `quick_repair` is on for every write transaction: each commit also saves the allocator
//!   state, so reopening after a crash is fast even for a million customers, instead of a full
//!   walk of every tree;
//! - a commit that never finished is invisible after reopening (redb's copy-on-write commit),
//!   so a book is never half-written.

pub mod backup;
pub mod check;
mod codec;
pub mod every_table;
mod holders;
mod lock;
mod relationship_index;
pub use lock::remove_lock_file;
mod private;
mod queries;
mod records;
mod schema;
pub mod tables;
mod write;

pub use queries::Reads;
pub use records::v5::{Migration, Step as MigrationStep};
pub use schema::SCHEMA_VERSION;
pub use write::{WriteError, WriteTx};

use crate::domain::Timestamp;
use crate::domain::ids::{SessionId, TenantId};
use redb::{
    ConcurrencyMode, Database, DatabaseError, ReadOnlyDatabase, ReadTransaction, ReadableDatabase, ReadableTable,
};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use tables::META;
use tokio::sync::watch;

/// redb's file signature, checked before opening so that any other file is refused rather
/// than touched.
const REDB_MAGIC: [u8; 9] = [b'r', b'e', b'd', b'b', 0x1A, 0x0A, 0xA9, 0x0D, 0x0A];
/// Page cache: enough for the hot part of a million-customer book, far below redb's 1 GiB
/// default so that memory stays within the performance budget.
const CACHE_BYTES: usize = 64 * 1024 * 1024;
const BULK_CACHE_BYTES: usize = 1024 * 1024 * 1024;

/// Why a book could not be opened. The edge (`crate::text`) says it.
#[derive(Debug)]
pub enum OpenError {
    /// Another process has the book open.
    Locked(String),
    NotABook(String),
    NewerSchema {
        path: String,
        found: u32,
        supported: u32,
    },
    Missing(String),
    /// Not closed cleanly, and opened read-only: the repair would write.
    NeedsRepair(String),
    /// An older schema, opened read-only: the upgrade would write.
    NeedsUpgrade(String),
    IsDirectory(String),
    Unavailable {
        path: String,
        reason: FileProblem,
    },
}

impl std::error::Error for OpenError {}

/// Why the file itself could not be used.
#[derive(Debug)]
pub enum FileProblem {
    PermissionDenied,
    ReadOnlyFileSystem,
    DiskFull,
    /// redb found the file damaged, with its detail.
    Damaged(String),
    /// Another error of the file system or of redb, as it says it.
    Other(String),
}

/// The kinds of record a commit can change. Sessions re-read only the views of the kinds that
/// changed: an invitation made by one operator does not make fifty sessions re-read a
/// million customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Org = 1,
    Users = 2,
    Directory = 4,
    Customers = 8,
    Invitations = 16,
    Relationships = 32,
    Audit = 64,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Org, Kind::Users, Kind::Directory, Kind::Customers, Kind::Invitations, Kind::Relationships, Kind::Audit];
}

/// How many commits have changed each kind of record, in `Kind::ALL` order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes(pub [u64; 7]);

impl Changes {
    /// Whether `kind` changed between `self` (seen) and `now`.
    pub fn changed(&self, now: &Changes, kind: Kind) -> bool {
        self.count(kind) != now.count(kind)
    }

    /// How many commits have changed `kind`.
    pub fn count(&self, kind: Kind) -> u64 {
        let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.0[i]
    }
}

/// Commits that changed customers kept in memory: past this many changed keys, a session that
/// is that far behind reads the list again instead of patching it.
const CUSTOMER_LOG_KEYS: usize = 200_000;

/// The customers one commit changed: every record, and those of them whose list row changed
/// (a support contact or a user changes the record but not its line on the list).
#[derive(Debug, Default)]
pub(crate) struct ChangedCustomers {
    pub records: Vec<TenantId>,
    pub rows: Vec<TenantId>,
}

impl ChangedCustomers {
    fn len(&self) -> usize {
        self.records.len() + self.rows.len()
    }
}

/// The customers each recent commit changed, by the `Kind::Customers` count it made (`None`:
/// too many to keep; a session behind it reads the list again).
#[derive(Default)]
struct CustomerLog {
    entries: std::collections::VecDeque<(u64, Option<ChangedCustomers>)>,
    keys: usize,
}

impl CustomerLog {
    fn push(&mut self, count: u64, mut changed: ChangedCustomers) {
        for keys in [&mut changed.records, &mut changed.rows] {
            keys.sort_unstable();
            keys.dedup();
        }
        let changed = (changed.len() <= CUSTOMER_LOG_KEYS).then_some(changed);
        self.keys += changed.as_ref().map_or(0, ChangedCustomers::len);
        self.entries.push_back((count, changed));
        while self.keys > CUSTOMER_LOG_KEYS && self.entries.len() > 1 {
            if let Some((_, gone)) = self.entries.pop_front() {
                self.keys -= gone.map_or(0, |g| g.len());
            }
        }
    }

    /// The customers changed by the commits after `seen` up to `now` (`pick`: their records
    /// or only their rows), or `None` when some of those commits are no longer kept.
    fn since(&self, seen: u64, now: u64, pick: fn(&ChangedCustomers) -> &Vec<TenantId>) -> Option<Vec<TenantId>> {
        if seen >= now {
            return Some(Vec::new());
        }
        let first = self.entries.iter().position(|(count, _)| *count > seen)?;
        if self.entries[first].0 != seen + 1 {
            return None;
        }
        let mut keys = Vec::new();
        for (_, changed) in self.entries.iter().skip(first).take_while(|(count, _)| *count <= now) {
            keys.extend(pick(changed.as_ref()?).iter().copied());
        }
        keys.sort_unstable();
        keys.dedup();
        Some(keys)
    }
}

/// Who makes a change, when, in which session, and how that person was established: stamped
/// on its audit record.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub actor: String,
    pub session: SessionId,
    pub at: Timestamp,
    /// How the actor was established (`SSH key SHA256:…`, `local OS user ayse, --as …`); empty
    /// for the book's own work (demo history, migrations).
    pub via: String,
}

/// The book's file, opened to write (one process) or only to read (any number of processes,
/// beside the writer: redb's single-writer mode lets `export`, `--read-only` and `backup` read a
/// book that `serve` holds, each in a consistent snapshot).
enum Opened {
    Write(Database),
    Read(ReadOnlyDatabase),
}

/// The book's file and how to open it again. A server whose sessions have all left closes the
/// file (`Book::rest`), which gives back redb's page cache (up to `CACHE_BYTES`, and the heap
/// it fragments); the next transaction opens it again. redb can drop its cache only by closing.
struct Db {
    /// `None` while resting.
    opened: RwLock<Option<Opened>>,
    /// Read transactions alive: the file is closed only when there are none.
    reading: Arc<AtomicUsize>,
    /// How to open the file again; `None` for a book in memory, which never rests.
    reopen: Option<Reopen>,
}

struct Reopen {
    path: PathBuf,
    write: bool,
}

/// Counts one read transaction while it lives.
struct Reading(Arc<AtomicUsize>);

impl Drop for Reading {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Db {
    fn new(opened: Opened, path: Option<&Path>) -> Db {
        let write = matches!(opened, Opened::Write(_));
        Db {
            opened: RwLock::new(Some(opened)),
            reading: Arc::default(),
            reopen: path.map(|path| Reopen { path: path.to_path_buf(), write }),
        }
    }

    /// Runs `f` on the open file, opening it again first if it was resting. The file stays
    /// open until `f` returns.
    fn with<T>(&self, f: impl FnOnce(&Opened) -> T) -> Result<T, DatabaseError> {
        loop {
            let opened = self.opened.read().unwrap_or_else(|e| e.into_inner());
            if let Some(db) = opened.as_ref() {
                return Ok(f(db));
            }
            drop(opened);
            // Never waits as a writer: a waiting writer would stop a thread that already
            // reads from taking the lock again.
            let Ok(mut opened) = self.opened.try_write() else {
                std::thread::yield_now();
                continue;
            };
            if opened.is_none()
                && let Some(reopen) = &self.reopen
            {
                let mut builder = Database::builder();
                builder.set_cache_size(CACHE_BYTES).set_concurrency_mode(ConcurrencyMode::SingleWriter);
                *opened = Some(if reopen.write {
                    Opened::Write(builder.open(&reopen.path)?)
                } else {
                    Opened::Read(builder.open_read_only(&reopen.path)?)
                });
            }
        }
    }

    fn begin_read(&self) -> anyhow::Result<(ReadTransaction, Reading)> {
        let txn = self.with(|db| {
            let txn = match db {
                Opened::Write(db) => db.begin_read(),
                Opened::Read(db) => db.begin_read(),
            };
            // Counted before the file can rest again.
            (txn, Reading::counted(&self.reading))
        })?;
        Ok((txn.0?, txn.1))
    }

    /// Runs `f` in a write transaction, the file held open until it returns.
    fn writing<T>(&self, f: impl FnOnce(redb::WriteTransaction) -> Result<T, WriteError>) -> Result<T, WriteError> {
        self.with(|db| match db {
            Opened::Write(db) => f(db.begin_write().map_err(anyhow::Error::from)?),
            Opened::Read(_) => {
                Err(WriteError::Refused(crate::domain::Refusal::new(crate::domain::msg::BookMsg::ReadOnlyBook)))
            }
        })
        .map_err(anyhow::Error::from)?
    }

    /// Closes the file when nothing is using it. False when it stays open: a book in memory,
    /// a transaction alive, or already resting.
    fn rest(&self) -> bool {
        if self.reopen.is_none() {
            return false;
        }
        let Ok(mut opened) = self.opened.try_write() else {
            return false;
        };
        if self.reading.load(Ordering::SeqCst) != 0 {
            return false;
        }
        let closed = match opened.take() {
            None => return false,
            Some(Opened::Write(db)) => db.close(),
            Some(Opened::Read(db)) => db.close(),
        };
        if let Err(e) = closed {
            tracing::warn!("closing the book to rest: {e}");
        }
        true
    }
}

impl Reading {
    fn counted(reading: &Arc<AtomicUsize>) -> Reading {
        reading.fetch_add(1, Ordering::SeqCst);
        Reading(reading.clone())
    }
}

pub struct Book {
    db: Db,
    /// Held by a process that writes the book's file (not by readers, nor in memory).
    lock: Option<lock::WriterLock>,
    path: Option<PathBuf>,
    /// Bumped after every commit, per kind of record changed, so every open screen (local or
    /// SSH) can refresh what it shows.
    changes: watch::Sender<Changes>,
    /// Which customers the recent commits changed, so screens patch those rows.
    customer_log: std::sync::Mutex<CustomerLog>,
    /// What opening this book did to bring it up to date, if it was older.
    migrated: Option<Migration>,
}

/// Whether opening may make a new book. Only the commands that exist to make one (`init`,
/// `demo`, a restore, the app's setup screen) create; everything else refuses a missing book
/// and creates no file or folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    IfMissing,
    Never,
}

impl Book {
    /// Opens the book at `path`, creating an empty one (and its folder) when there is none.
    pub fn create(path: &Path) -> Result<Book, OpenError> {
        Self::open_with(path, CACHE_BYTES, Create::IfMissing)
    }

    /// Opens an existing book; a missing or empty file is refused and nothing is created.
    pub fn open(path: &Path) -> Result<Book, OpenError> {
        Self::open_with(path, CACHE_BYTES, Create::Never)
    }

    /// Opens (or creates) the book with a page cache for bulk loads (the demo book, a
    /// restore): random inserts into a million-customer book touch far more pages than the
    /// app's cache holds.
    pub fn open_for_bulk(path: &Path) -> Result<Book, OpenError> {
        Self::open_with(path, BULK_CACHE_BYTES, Create::IfMissing)
    }

    /// Opens an existing book to read only: nothing in the file changes, and it works beside a
    /// process that writes the book (`serve`, the app).
    pub fn open_read_only(path: &Path) -> Result<Book, OpenError> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(OpenError::IsDirectory(shown));
        }
        if !check_signature(path, &shown)? {
            return Err(OpenError::Missing(shown));
        }
        let mut builder = Database::builder();
        builder.set_cache_size(CACHE_BYTES).set_concurrency_mode(ConcurrencyMode::SingleWriter);
        let db = builder.open_read_only(path).map_err(|e| match e {
            DatabaseError::RepairAborted => OpenError::NeedsRepair(shown.clone()),
            e => open_error(e, &shown),
        })?;
        let unavailable = |e: redb::Error| OpenError::Unavailable { path: shown.clone(), reason: redb_problem(e) };
        let txn = db.begin_read().map_err(|e| unavailable(e.into()))?;
        let meta = match txn.open_table(META) {
            Ok(meta) => meta,
            Err(redb::TableError::TableDoesNotExist(_)) => return Err(OpenError::NotABook(shown)),
            Err(e) => return Err(unavailable(e.into())),
        };
        let kind = meta.get("kind").map_err(|e| unavailable(e.into()))?.map(|k| k.value().to_vec());
        let version = schema::read_version(&meta)
            .map_err(|e| OpenError::Unavailable { path: shown.clone(), reason: FileProblem::Other(e.to_string()) })?;
        match (kind, version) {
            (Some(kind), Some(version)) if kind == schema::BOOK_KIND => {
                if version > SCHEMA_VERSION {
                    return Err(OpenError::NewerSchema { path: shown, found: version, supported: SCHEMA_VERSION });
                }
                if version < SCHEMA_VERSION {
                    return Err(OpenError::NeedsUpgrade(shown));
                }
            }
            _ => return Err(OpenError::NotABook(shown)),
        }
        drop(meta);
        drop(txn);
        Ok(Book::new(Opened::Read(db), Some(path.to_path_buf()), None))
    }

    fn new(opened: Opened, path: Option<PathBuf>, migrated: Option<Migration>) -> Book {
        let (changes, _) = watch::channel(Changes::default());
        let db = Db::new(opened, path.as_deref());
        Book { db, lock: None, path, changes, customer_log: Default::default(), migrated }
    }

    #[cfg(test)]
    fn db_for_tests(&self) -> tests::OpenedForTests<'_> {
        tests::OpenedForTests(self.db.opened.read().expect("the book's lock"))
    }

    /// Closes the book's file while nothing uses it, handing back its page cache; the next
    /// read or write opens it again. A server calls this when its last session leaves. False
    /// when the file stays open (in memory, in use, replaced on disk, or already resting).
    pub fn rest(&self) -> bool {
        if let Some(lock) = &self.lock
            && lock.still_ours().is_err()
        {
            return false;
        }
        self.db.rest()
    }

    fn open_with(path: &Path, cache: usize, create: Create) -> Result<Book, OpenError> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(OpenError::IsDirectory(shown));
        }
        let has_content = check_signature(path, &shown)?;
        if create == Create::Never && !has_content {
            return Err(OpenError::Missing(shown));
        }
        if !has_content {
            private::create_book_file(path)
                .map_err(|e| OpenError::Unavailable { path: shown.clone(), reason: io_reason(&e) })?;
        }
        let mut lock = lock::WriterLock::take(path)
            .map_err(|e| OpenError::Unavailable { path: shown.clone(), reason: io_reason(&e) })?
            .ok_or_else(|| OpenError::Locked(shown.clone()))?;
        let mut builder = Database::builder();
        builder.set_cache_size(cache).set_concurrency_mode(ConcurrencyMode::SingleWriter);
        builder.set_repair_callback(|session| {
            tracing::warn!(progress = session.progress(), "repairing the book after an unclean shutdown");
        });
        let db = match create {
            Create::IfMissing => builder.create(path),
            Create::Never => builder.open(path),
        }
        .map_err(|e| open_error(e, &shown))?;
        lock.pin();
        let mut book = Self::init(db, Some(path.to_path_buf()), &shown, create)?;
        book.lock = Some(lock);
        Ok(book)
    }

    /// A book held in memory, for tests and benchmarks.
    pub fn in_memory() -> anyhow::Result<Book> {
        let db = Database::builder().create_with_backend(redb::backends::InMemoryBackend::new())?;
        Ok(Self::init(db, None, "memory", Create::IfMissing)?)
    }

    /// The same book in memory: what a snapshot script may change without touching the file.
    pub fn copy_in_memory(&self) -> anyhow::Result<Book> {
        let copy = Book::in_memory()?;
        backup::copy_tables(&self.read()?.txn, &copy)?;
        Ok(copy)
    }

    fn init(db: Database, path: Option<PathBuf>, shown: &str, create: Create) -> Result<Book, OpenError> {
        let unavailable = |e: &dyn std::fmt::Display| OpenError::Unavailable {
            path: shown.to_string(),
            reason: FileProblem::Other(e.to_string()),
        };
        let txn = db.begin_write().map_err(|e| unavailable(&e))?;
        let mut wrote = false;
        let mut migrated = None;
        {
            let kind_and_version = {
                let has_other_tables = txn.list_tables().map_err(|e| unavailable(&e))?.next().is_some();
                let meta = txn.open_table(META).map_err(|e| unavailable(&e))?;
                let kind = meta.get("kind").map_err(|e| unavailable(&e))?.map(|k| k.value().to_vec());
                let version = schema::read_version(&meta).map_err(|e| unavailable(&e))?;
                (kind, version, has_other_tables)
            };
            match kind_and_version {
                (Some(kind), Some(version), _) if kind == schema::BOOK_KIND => {
                    if version > SCHEMA_VERSION {
                        return Err(OpenError::NewerSchema {
                            path: shown.to_string(),
                            found: version,
                            supported: SCHEMA_VERSION,
                        });
                    }
                    if version < SCHEMA_VERSION {
                        migrated = Some(schema::migrate(&txn, version).map_err(|e| unavailable(&e))?);
                        wrote = true;
                    }
                    // An index the book was made without is built once, here (no schema step).
                    wrote |= build_missing_indexes(&txn).map_err(|e| unavailable(&e))?;
                }
                (None, None, false) if create == Create::IfMissing => {
                    let mut meta = txn.open_table(META).map_err(|e| unavailable(&e))?;
                    meta.insert("kind", schema::BOOK_KIND).map_err(|e| unavailable(&e))?;
                    meta.insert("schema_version", SCHEMA_VERSION.to_le_bytes().as_slice())
                        .map_err(|e| unavailable(&e))?;
                    drop(meta);
                    // A new book has every table from the start, each empty until written.
                    every_table::visit(&mut CreateTables(&txn)).map_err(|e| unavailable(&e))?;
                    schema::seed_catalogue(&txn).map_err(|e| unavailable(&e))?;
                    wrote = true;
                }
                _ => return Err(OpenError::NotABook(shown.to_string())),
            }
        }
        // Opening a current book writes nothing, so looking never changes a byte of it.
        if wrote {
            txn.commit().map_err(|e| unavailable(&e))?;
        } else {
            txn.abort().map_err(|e| unavailable(&e))?;
        }
        Ok(Book::new(Opened::Write(db), path, migrated))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// What opening the book did to bring it up to date (`None`: it was up to date). The book's
    /// whole history of migrations is `Reads::migrations`.
    pub fn migration(&self) -> Option<&Migration> {
        self.migrated.as_ref()
    }

    /// A consistent snapshot for reading.
    pub fn read(&self) -> anyhow::Result<ReadTx> {
        let (txn, reading) = self.db.begin_read()?;
        Ok(ReadTx { txn, _reading: reading })
    }

    /// Runs one operation in one write transaction. If `op` returns an error nothing is
    /// written; otherwise the change and its audit records are committed durably. A change
    /// without an audit record is refused as a bug.
    pub fn write<T>(
        &self,
        stamp: &Stamp,
        op: impl FnOnce(&mut WriteTx) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        if let Some(lock) = &self.lock {
            lock.still_ours()?;
        }
        let (value, touched, mut customers) = self.db.writing(|mut txn| {
            txn.set_quick_repair(true);
            let mut tx = WriteTx::new(txn, stamp);
            let value = op(&mut tx)?;
            let touched = tx.touched;
            let customers = std::mem::take(&mut tx.changed_customers);
            tx.commit()?;
            Ok((value, touched, customers))
        })?;
        if touched != 0 {
            // The log and the counts move together, so a count always has its keys.
            let mut log = self.customer_log.lock().unwrap_or_else(|e| e.into_inner());
            self.changes.send_modify(|changes| {
                for (i, kind) in Kind::ALL.iter().enumerate() {
                    if touched & *kind as u8 != 0 {
                        changes.0[i] += 1;
                    }
                }
                if touched & Kind::Customers as u8 != 0 {
                    log.push(changes.count(Kind::Customers), std::mem::take(&mut customers));
                }
            });
        }
        Ok(value)
    }

    /// Runs `op` in a write transaction and then throws it away: a dry run sees exactly what
    /// the real run would do, and writes nothing.
    pub fn rehearse<T>(
        &self,
        stamp: &Stamp,
        op: impl FnOnce(&mut WriteTx) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        self.db.writing(|txn| {
            let mut tx = WriteTx::new(txn, stamp);
            let value = op(&mut tx)?;
            tx.txn.abort()?;
            Ok(value)
        })
    }

    /// The customers changed by the commits between two `Kind::Customers` counts, or `None`
    /// when that is too far back to be kept (then the list must be read again).
    pub fn customers_changed(&self, seen: &Changes, now: &Changes) -> Option<Vec<TenantId>> {
        let log = self.customer_log.lock().unwrap_or_else(|e| e.into_inner());
        log.since(seen.count(Kind::Customers), now.count(Kind::Customers), |c| &c.records)
    }

    /// Of those, the customers whose line on the list changed (added, renamed, moved, a
    /// relationship or subscription changed): the rows an open list must patch.
    pub fn customer_rows_changed(&self, seen: &Changes, now: &Changes) -> Option<Vec<TenantId>> {
        let log = self.customer_log.lock().unwrap_or_else(|e| e.into_inner());
        log.since(seen.count(Kind::Customers), now.count(Kind::Customers), |c| &c.rows)
    }

    /// A receiver that changes after every commit that changed something.
    pub fn changes(&self) -> watch::Receiver<Changes> {
        self.changes.subscribe()
    }
}

pub struct ReadTx {
    txn: ReadTransaction,
    /// Keeps the file open (`Book::rest`) while this snapshot lives.
    _reading: Reading,
}

/// Creates each table a new book starts with.
struct CreateTables<'a>(&'a redb::WriteTransaction);

impl every_table::EachTable for CreateTables<'_> {
    fn table<K: redb::Key + 'static, V: redb::Value + 'static>(
        &mut self,
        def: redb::TableDefinition<'static, K, V>,
    ) -> anyhow::Result<()> {
        self.0.open_table(def)?;
        Ok(())
    }
}

/// Refuses a file that is not a redb file, before redb touches it. `Ok(false)`: there is no
/// file, or it is empty.
fn check_signature(path: &Path, shown: &str) -> Result<bool, OpenError> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => {
            return Err(OpenError::Unavailable { path: shown.to_string(), reason: io_reason(&e) });
        }
    };
    let mut head = [0u8; REDB_MAGIC.len()];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => {
                return Err(OpenError::Unavailable { path: shown.to_string(), reason: io_reason(&e) });
            }
        }
    }
    if read == 0 {
        return Ok(false);
    }
    if read < head.len() || head != REDB_MAGIC {
        return Err(OpenError::NotABook(shown.to_string()));
    }
    Ok(true)
}

fn io_reason(e: &std::io::Error) -> FileProblem {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => FileProblem::PermissionDenied,
        std::io::ErrorKind::ReadOnlyFilesystem => FileProblem::ReadOnlyFileSystem,
        std::io::ErrorKind::StorageFull => FileProblem::DiskFull,
        _ => FileProblem::Other(e.to_string()),
    }
}

/// What is wrong with the file, from an error redb met reading it: damage it found, or a page
/// that points past the end of the file (cut short, or a bit of a page header flipped).
fn redb_problem(e: redb::Error) -> FileProblem {
    match e {
        redb::Error::Corrupted(detail) => FileProblem::Damaged(detail),
        redb::Error::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => FileProblem::Damaged(io.to_string()),
        redb::Error::Io(io) => io_reason(&io),
        other => FileProblem::Other(other.to_string()),
    }
}

fn open_error(e: DatabaseError, shown: &str) -> OpenError {
    match e {
        DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch => {
            OpenError::Locked(shown.to_string())
        }
        DatabaseError::UpgradeRequired(_) => OpenError::NotABook(shown.to_string()),
        DatabaseError::Storage(storage) => {
            OpenError::Unavailable { path: shown.to_string(), reason: redb_problem(storage.into()) }
        }
        other => OpenError::Unavailable { path: shown.to_string(), reason: FileProblem::Other(other.to_string()) },
    }
}

/// Builds each index (`holders`, `relationship_index`) the book was made without; whether it
/// built one.
fn build_missing_indexes(txn: &redb::WriteTransaction) -> anyhow::Result<bool> {
    use redb::TableHandle;
    let names: Vec<String> = txn.list_tables()?.map(|t| t.name().to_string()).collect();
    let missing = |name: &str| !names.iter().any(|n| n == name);
    let mut built = false;
    if missing(tables::SUBSCRIPTION_HOLDERS.name()) {
        holders::build(txn)?;
        built = true;
    }
    if missing(tables::RELATIONSHIPS_BY_CUSTOMER.name()) {
        relationship_index::build(txn)?;
        built = true;
    }
    Ok(built)
}

#[cfg(test)]
mod tests;
