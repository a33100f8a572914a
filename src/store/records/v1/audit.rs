//! An audit record as v1 to v3 stored it: whole records before → after, and no word on how the
//! actor was established. Only the migration to v4 reads it (see `v4::AuditEvent`).

use crate::store::records::Time;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub seq: u64,
    pub at: Time,
    pub actor: String,
    pub session: String,
    pub action: String,
    pub target: String,
    /// JSON text.
    pub before: Option<String>,
    pub after: Option<String>,
}
