//! Opening and writing the book file: why it could not be done.

use crate::i18n::Count;
use crate::store::{FileProblem, Migration, MigrationStep, OpenError, WriteError};
use crate::t;
use std::fmt;

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            // Two sentences: who holds it, and how a script still reaches a served book.
            OpenError::Locked(path) => {
                format!("{} {}", t!("open-locked", path = path.to_string()), t!("open-locked-served"))
            }
            OpenError::NotABook(path) => t!("open-not-a-book", path = path.to_string()),
            OpenError::NewerSchema { path, found, supported } => {
                t!("open-newer-schema", path = path.to_string(), found = *found, supported = *supported)
            }
            OpenError::Missing(path) => t!("open-missing", path = path.to_string()),
            OpenError::NeedsRepair(path) => t!("open-needs-repair", path = path.to_string()),
            OpenError::NeedsUpgrade(path) => t!("open-needs-upgrade", path = path.to_string()),
            OpenError::IsDirectory(path) => t!("open-is-directory", path = path.to_string()),
            OpenError::Unavailable { path, reason } => {
                t!("open-unavailable", path = path.to_string(), reason = reason.to_string())
            }
        })
    }
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            FileProblem::PermissionDenied => t!("file-permission-denied"),
            FileProblem::ReadOnlyFileSystem => t!("file-read-only-file-system"),
            FileProblem::DiskFull => t!("file-disk-full"),
            FileProblem::Damaged(detail) => t!("file-damaged", detail = detail.to_string()),
            FileProblem::Other(said) => said.to_string(),
        })
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Refused(r) => r.fmt(f),
            WriteError::Conflict(m) => m.fmt(f),
            WriteError::Storage(e) => f.write_str(&t!("write-storage", error = format!("{e:#}"))),
        }
    }
}

/// What bringing a book up to date did: "schema v3 → v5: 120 audit records reduced to their
/// changed fields; 1204 records of 11 tables given checksums".
impl fmt::Display for Migration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|step| match *step {
                MigrationStep::ListRowsRebuilt { customers } => {
                    t!("migration-list-rows", customers = Count::from(customers))
                }
                MigrationStep::CatalogueAdded { offers: 0 } => t!("migration-catalogue-kept"),
                MigrationStep::CatalogueAdded { offers } => t!("migration-catalogue-added", offers = offers),
                MigrationStep::AuditReduced { records } => {
                    t!("migration-audit-reduced", records = Count::from(records))
                }
                MigrationStep::ChecksumsAdded { tables, records } => {
                    t!("migration-checksums", tables = tables, records = Count::from(records))
                }
                MigrationStep::OperatorSettingsAdded => t!("migration-operator-settings"),
            })
            .collect();
        let schema = t!("migration-schema", from = self.from, to = self.to);
        if steps.is_empty() {
            return f.write_str(&schema);
        }
        f.write_str(&t!("migration-steps", schema = schema, steps = steps.join(&t!("migration-separator"))))
    }
}
