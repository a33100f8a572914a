//! The shape schema v4 introduced: an audit record keeps only the fields a change changed, and
//! how the actor was established.

use super::Time;
use crate::domain::audit as domain;
use crate::domain::ids::SessionId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub seq: u64,
    pub at: Time,
    pub actor: String,
    pub session: String,
    pub action: String,
    pub target: String,
    /// JSON text of the changed fields (or of the whole record, for a creation or deletion).
    pub before: Option<String>,
    pub after: Option<String>,
    /// `None` for the records from before v4.
    pub via: Option<String>,
}

impl From<&domain::AuditEvent> for AuditEvent {
    fn from(e: &domain::AuditEvent) -> Self {
        AuditEvent {
            seq: e.seq,
            at: e.at,
            actor: e.actor.clone(),
            session: e.session.0.clone(),
            action: e.action.clone(),
            target: e.target.clone(),
            before: e.before.clone(),
            after: e.after.clone(),
            via: e.via.clone(),
        }
    }
}

impl From<AuditEvent> for domain::AuditEvent {
    fn from(e: AuditEvent) -> Self {
        domain::AuditEvent {
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            session: SessionId(e.session),
            action: e.action,
            target: e.target,
            before: e.before,
            after: e.after,
            via: e.via,
        }
    }
}
