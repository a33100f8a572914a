//! Setting up a book, and restoring one.

use crate::domain::msg::SetupMsg;
use crate::t;
use std::fmt;

impl fmt::Display for SetupMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SetupMsg::*;
        f.write_str(&match self {
            NeitherResellerNorAdvisor => t!("msg-setup-neither-reseller-nor-advisor"),
            SetUpAlready { partner, id } => t!("msg-setup-set-up-already", partner = partner, id = id.to_string()),
            BookInUse { path, partner } => t!("msg-setup-book-in-use", path = path.to_string(), partner = partner),
            BookHasRecords { path } => t!("msg-setup-book-has-records", path = path.to_string()),
        })
    }
}
