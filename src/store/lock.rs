//! One writer, really: a lock file beside the book (`book.redb.lock`) that a writing process
//! holds, and the book's identity (device and inode) checked before every write. redb locks
//! the open file itself, but a book replaced under a running process (a restore by `mv`) is a
//! new file: without this, a second writer could open it while the first still writes to the
//! old one, and changes reported as saved would be lost.

use crate::domain::Refusal;
use std::fs::File;
use std::path::{Path, PathBuf};

pub struct WriterLock {
    _file: File,
    book: PathBuf,
    identity: Option<(u64, u64)>,
}

/// The file's device and inode, where the platform has them.
fn identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The lock file of the book at `book`.
pub fn lock_path(book: &Path) -> PathBuf {
    let mut name = book.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    book.with_file_name(name)
}

/// Removes the lock file of a temporary book (a restore, backup or demo being written), once
/// that book is closed and renamed into place.
pub fn remove_lock_file(book: &Path) {
    let _ = std::fs::remove_file(lock_path(book));
}

impl WriterLock {
    /// Takes the lock of the book at `book`; `Ok(None)` when another process holds it.
    pub fn take(book: &Path) -> std::io::Result<Option<WriterLock>> {
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(lock_path(book))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(WriterLock { _file: file, book: book.to_path_buf(), identity: None })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// Remembers which file the book is, once it is open.
    pub fn pin(&mut self) {
        self.identity = identity(&self.book);
    }

    /// Refuses a write when the file at the book's path is no longer the one opened.
    pub fn still_ours(&self) -> Result<(), Refusal> {
        if self.identity.is_some() && identity(&self.book) != self.identity {
            return Err(Refusal::new(crate::domain::msg::BookMsg::Replaced { path: self.book.display().to_string() }));
        }
        Ok(())
    }
}
