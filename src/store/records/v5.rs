//! The shape schema v5 brought: the log of the migrations that brought a book up to date, kept
//! in `meta` under `migrations`. v5 books from before the log have no such entry, which reads as
//! an empty log.

use super::Time;
use serde::{Deserialize, Serialize};

/// One opening that brought the book from schema `from` to `to`, and what each step did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Migration {
    pub at: Time,
    pub from: u32,
    pub to: u32,
    pub steps: Vec<Step>,
}

/// What one step did: each finds the state it starts from, so a step with nothing left to do
/// says so with zero counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// v1 → v2: the customer list rows built again from the customers, in name order.
    ListRowsRebuilt { customers: u64 },
    /// v2 → v3: the default catalogue of offers added to a book that had none.
    CatalogueAdded { offers: u64 },
    /// v3 → v4: audit records reduced to the fields each change changed.
    AuditReduced { records: u64 },
    /// v4 → v5: every record of every table of records copied with its checksum.
    ChecksumsAdded { tables: u64, records: u64 },
    /// v6 → v7: the table of the operators' own settings (their language) added, empty.
    /// Appended by v7: postcard stores a variant by position, so the logs before read the same.
    OperatorSettingsAdded,
}
