//! Long bulk actions run in chunks between keystrokes, with their progress on screen, so the
//! operator is never locked out and no limit of 25 customers at a time is needed. Each chunk
//! is one transaction: a job cancelled with Esc keeps the chunks it committed, and says so.
//! An export streams to disk on its own thread, one customer at a time, from one snapshot.

use super::effect::Task;
use crate::domain::ids::{Email, TenantId};
use crate::operations::customers::BulkOutcome;
use crate::store::{Book, Reads};
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// Customers changed per transaction: small enough that a key is answered between chunks
/// (about 50 ms on the bench's machine), large enough that the durable commit of each chunk
/// is a small part of its time.
pub const CHUNK: usize = 1_000;

/// How long one step of a job run on its own thread waits for it, at most.
const POLL: Duration = Duration::from_millis(10);

pub enum JobKind {
    SupportContacts(Vec<Email>, crate::domain::customer_changes::ContactsMode),
    Export(Export),
    /// A granular admin action over many customers or relationships (see `permissions::bulk`).
    Gdap(Box<GdapJob>),
}

/// A bulk granular admin job: its items still to run, and each one's result so far.
pub struct GdapJob {
    pub action: crate::domain::gdap::bulk::BulkAction,
    /// A request's name prefix.
    pub prefix: String,
    pub dry_run: bool,
    pub items: VecDeque<crate::domain::gdap::bulk::BulkItem>,
    pub results: Vec<crate::domain::gdap::bulk::ItemResult>,
}

/// An export writing on its own thread.
pub struct Export {
    written: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    finished: mpsc::Receiver<Result<ExportDone, String>>,
}

/// What a finished export wrote.
pub struct ExportDone {
    pub customers: usize,
    pub json: PathBuf,
    pub csv: PathBuf,
    /// Cancelled before the end: the files were removed.
    pub cancelled: bool,
}

impl Export {
    /// Starts writing `ids`' records as JSON and CSV into `dir`, named from `stamp`, reading
    /// them from one snapshot of `book`; memory stays one record whatever the number.
    /// The writing is the returned task, for a thread of its own.
    pub fn start(
        book: Arc<Book>,
        ids: Vec<TenantId>,
        dir: PathBuf,
        stamp: String,
        csv: crate::export::CsvDialect,
    ) -> (Export, Task) {
        let written = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (send, finished) = mpsc::channel();
        let (count, stop) = (Arc::clone(&written), Arc::clone(&cancel));
        let task = Task::new(move || {
            let result = write_export(&book, &ids, &dir, &stamp, csv, &count, &stop).map_err(|e| format!("{e:#}"));
            // The app may be gone (it quit): then nobody listens, which is fine.
            let _ = send.send(result);
        });
        (Export { written, cancel, finished }, task)
    }
}

fn write_export(
    book: &Book,
    ids: &[TenantId],
    dir: &std::path::Path,
    stamp: &str,
    dialect: crate::export::CsvDialect,
    written: &AtomicUsize,
    cancel: &AtomicBool,
) -> anyhow::Result<ExportDone> {
    use serde::ser::{SerializeSeq, Serializer};
    let read = book.read()?;
    // Private files, never over an earlier export (two in the same second get -2, -3, …).
    let (json_path, json) = crate::files::create_unique(dir, stamp, "json")?;
    let csv_path = json_path.with_extension("csv");
    let csv = crate::files::create_private_new(&csv_path)?;
    let remove = || {
        let _ = std::fs::remove_file(&json_path);
        let _ = std::fs::remove_file(&csv_path);
    };
    let mut csv = std::io::BufWriter::new(csv);
    let mut json = serde_json::Serializer::pretty(std::io::BufWriter::new(json));
    let mut go = || -> anyhow::Result<(usize, bool)> {
        csv.write_all(dialect.header().as_bytes())?;
        let mut seq = json.serialize_seq(None)?;
        let mut n = 0;
        for id in ids {
            if cancel.load(Ordering::Relaxed) {
                return Ok((n, true));
            }
            if let Some(c) = read.customer(*id)? {
                seq.serialize_element(&c)?;
                csv.write_all(dialect.customer_line(&c).as_bytes())?;
                n += 1;
                written.store(n, Ordering::Relaxed);
            }
        }
        seq.end()?;
        Ok((n, false))
    };
    let outcome = go();
    let flushed = json.into_inner().flush().and_then(|()| csv.flush());
    match (outcome, flushed) {
        (Ok((customers, cancelled)), Ok(())) => {
            if cancelled {
                remove();
            }
            Ok(ExportDone { customers, json: json_path, csv: csv_path, cancelled })
        }
        (Err(e), _) => {
            remove();
            Err(e)
        }
        (_, Err(e)) => {
            remove();
            Err(e.into())
        }
    }
}

pub struct Job {
    pub kind: JobKind,
    pub total: usize,
    pub remaining: VecDeque<TenantId>,
    pub outcome: BulkOutcome,
    /// Esc was pressed: no further chunk starts.
    pub cancelled: bool,
}

impl Job {
    pub fn new(kind: JobKind, targets: Vec<TenantId>) -> Job {
        Job { kind, total: targets.len(), remaining: targets.into(), outcome: BulkOutcome::default(), cancelled: false }
    }

    pub fn export(export: Export, total: usize) -> Job {
        Job {
            kind: JobKind::Export(export),
            total,
            remaining: VecDeque::new(),
            outcome: BulkOutcome::default(),
            cancelled: false,
        }
    }

    pub fn processed(&self) -> usize {
        match &self.kind {
            JobKind::Export(export) => export.written.load(Ordering::Relaxed),
            JobKind::SupportContacts(..) => self.total - self.remaining.len(),
            JobKind::Gdap(job) => job.results.len(),
        }
    }

    pub fn gdap(job: GdapJob) -> Job {
        Job {
            total: job.items.len(),
            kind: JobKind::Gdap(Box::new(job)),
            remaining: VecDeque::new(),
            outcome: BulkOutcome::default(),
            cancelled: false,
        }
    }

    pub fn is_export(&self) -> bool {
        matches!(self.kind, JobKind::Export(_))
    }

    /// Stops the job at the next chunk (or record, for an export).
    pub fn cancel(&mut self) {
        self.cancelled = true;
        if let JobKind::Export(export) = &self.kind {
            export.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// The next chunk of targets (none once cancelled).
    pub fn take_chunk(&mut self) -> Vec<TenantId> {
        if self.cancelled {
            return Vec::new();
        }
        let n = CHUNK.min(self.remaining.len());
        let mut chunk: Vec<TenantId> = self.remaining.drain(..n).collect();
        // In the book's key order, each page of records is read and written once per chunk.
        chunk.sort_unstable();
        chunk
    }

    /// For a cancelled export: waits (a second at most) for its thread to stop and remove its
    /// unfinished files, before the app that started it ends.
    pub fn wait_for_export(&self) {
        if self.is_export() {
            for _ in 0..(1000 / POLL.as_millis()) {
                if self.poll_export().is_some() {
                    return;
                }
            }
        }
    }

    /// For an export: waits a moment for it to finish; `None` while it is still writing.
    pub fn poll_export(&self) -> Option<Result<ExportDone, String>> {
        let JobKind::Export(export) = &self.kind else { return None };
        match export.finished.recv_timeout(POLL) {
            Ok(done) => Some(done),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(Err(crate::text::EXPORT_STOPPED.to_string())),
        }
    }
}
