//! The audit log: every change in the book — who, when, what, on which record, before → after.

use super::Timestamp;
use super::ids::SessionId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Position in the append-only log.
    pub seq: u64,
    pub at: Timestamp,
    pub actor: String,
    pub session: SessionId,
    /// What was done, as a stable dotted code (`invitation.sent`, `customer.added`, …).
    pub action: String,
    /// The record changed, as shown to operators (`INV-12`, a tenant's domain, …).
    pub target: String,
    /// JSON of the record before and after (absent for creations and deletions).
    pub before: Option<String>,
    pub after: Option<String>,
}
