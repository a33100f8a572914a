//! The shape schema v7 brought: each partner user's own settings, in a table of their own so
//! that the partner user record keeps its v1 shape.

use serde::{Deserialize, Serialize};

/// What an operator chose for themselves: the language partnerdesk speaks to them, as a tag
/// `--lang` takes (`en`, `vi`, `tr`, `zh-CN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorSettings {
    pub language: String,
}

/// The time zone an operator chose for themselves (`:tz`), by its IANA name. Its table came
/// after v7's step without one of its own: a book without it reads as nobody having chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorZone {
    pub zone: String,
}
