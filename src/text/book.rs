//! Opening and writing the book file: why it could not be done.

use crate::store::{FileProblem, OpenError, WriteError};
use std::fmt;

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Locked(path) => write!(
                f,
                "{path} is open in another partnerdesk process; close that one, or let operators share the book \
                 through `partnerdesk serve`."
            ),
            OpenError::NotABook(path) => {
                write!(f, "{path} is not a partnerdesk book; give the path of a book, or a new file name to start one.")
            }
            OpenError::NewerSchema { path, found, supported } => write!(
                f,
                "{path} was written by a newer partnerdesk (schema v{found}; this one reads up to v{supported}); \
                 upgrade partnerdesk to open it."
            ),
            OpenError::Missing(path) => write!(
                f,
                "There is no book at {path}; set up your company's book with `partnerdesk init --db {path} …`, or \
                 try `partnerdesk demo`."
            ),
            OpenError::NeedsRepair(path) => write!(
                f,
                "{path} was not closed cleanly and needs a repair, which writes: open it once without --read-only \
                 (or let `partnerdesk serve` open it)."
            ),
            OpenError::NeedsUpgrade(path) => write!(
                f,
                "{path} was written by an older partnerdesk: open it once without --read-only to bring it up to date."
            ),
            OpenError::IsDirectory(path) => write!(f, "{path} is a directory; give the path of a book file inside it."),
            OpenError::Unavailable { path, reason } => write!(f, "cannot open {path}: {reason}."),
        }
    }
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::PermissionDenied => f.write_str("permission denied"),
            FileProblem::ReadOnlyFileSystem => f.write_str("the file system is read-only"),
            FileProblem::DiskFull => f.write_str("the disk is full"),
            FileProblem::Damaged(detail) => write!(f, "the file is damaged ({detail})"),
            FileProblem::Other(said) => f.write_str(said),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Refused(r) => r.fmt(f),
            WriteError::Conflict(m) => m.fmt(f),
            WriteError::Storage(e) => write!(f, "The book could not be written, nothing was changed: {e:#}"),
        }
    }
}
