//! Setting up a book, and restoring one.

use crate::domain::msg::SetupMsg;
use std::fmt;

impl fmt::Display for SetupMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SetupMsg::*;
        match self {
            NeitherResellerNorAdvisor => f.write_str(
                "a partner that is neither a reseller nor an advisor has no customers to look after; choose one",
            ),
            SetUpAlready { partner, id } => write!(
                f,
                "This book already belongs to {partner} (partner id {id}); a book is set up once. Edit the company \
                 profile instead (Partners tab, p)."
            ),
            BookInUse { path, partner } => write!(
                f,
                "{path} already holds the book of {partner}; a restore makes a new book: give another --db, or move \
                 that book away first"
            ),
            BookHasRecords { path } => {
                write!(f, "{path} already holds records; a restore makes a new book: give another --db")
            }
        }
    }
}
