//! The shape schema v7 brought: each partner user's own settings, in a table of their own so
//! that the partner user record keeps its v1 shape; and, added later without a migration (a
//! book without its table has no such notes), what an invitation says of admin privileges.

use serde::{Deserialize, Serialize};

/// What an operator chose for themselves: the language partnerdesk speaks to them, as a tag
/// `--lang` takes (`en`, `vi`, `tr`, `zh-CN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorSettings {
    pub language: String,
}

/// What an invitation says of admin privileges beyond its v1 record: a request that only
/// restores them, or an acceptance that did not grant them. Stored only when either holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationAdminNote {
    pub restores_admin: bool,
    pub not_granted: bool,
}

/// Another partner's contact details as the directory records them, by partner id; added
/// without a migration (a book without the table knows none). Empty text is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerContact {
    pub email: Option<String>,
    pub phone: String,
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}
