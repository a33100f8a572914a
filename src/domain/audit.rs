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
    /// JSON of the record before and after (absent for creations and deletions). In JSON
    /// output they are embedded as JSON values, not as strings holding JSON.
    #[serde(with = "embedded_json")]
    pub before: Option<String>,
    #[serde(with = "embedded_json")]
    pub after: Option<String>,
}

/// `Option<String>` of JSON text: written as the JSON value itself in human-readable formats,
/// as the text in the book's binary records (unchanged from before).
mod embedded_json {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::value::RawValue;

    pub fn serialize<S: Serializer>(value: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(text) if serializer.is_human_readable() => match RawValue::from_string(text.clone()) {
                Ok(raw) => Some(raw).serialize(serializer),
                // Text that is not JSON (never written by partnerdesk) stays a string.
                Err(_) => value.serialize(serializer),
            },
            _ => value.serialize(serializer),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
        if deserializer.is_human_readable() {
            Ok(Option::<Box<RawValue>>::deserialize(deserializer)?.map(|raw| raw.get().to_string()))
        } else {
            Option::<String>::deserialize(deserializer)
        }
    }
}
