//! Setting up a book, and restoring one from an export.

use crate::domain::ids::PartnerId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupMsg {
    NeitherResellerNorAdvisor,
    SetUpAlready {
        partner: String,
        id: PartnerId,
    },
    /// A restore makes a new book; the path holds another partner's book.
    BookInUse {
        path: String,
        partner: String,
    },
    /// A restore makes a new book; the path holds records already.
    BookHasRecords {
        path: String,
    },
}
