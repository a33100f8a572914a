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
    /// JSON of what changed: for a change, only the fields that changed, before → after (see
    /// `changes`), so a record stays small however big the customer grows; the whole record for
    /// a creation (`after` only) or a deletion (`before` only). In JSON output they are embedded
    /// as JSON values, not as strings holding JSON.
    #[serde(with = "embedded_json")]
    pub before: Option<String>,
    #[serde(with = "embedded_json")]
    pub after: Option<String>,
    /// How the actor was established: `SSH key SHA256:…`, or the local OS user and the `--as`
    /// claim. `None` for records from before partnerdesk recorded it.
    pub via: Option<String>,
}

/// Keys that name an element of a list of records, so a list diff names what changed in it.
const IDENTITY_KEYS: [&str; 6] = ["id", "email", "tenant_id", "partner_id", "partner", "invitation"];

/// The fields of `before` and `after` that differ, as two JSON values holding only those: nested
/// objects are compared field by field, lists of records element by element (by their id, as
/// an object keyed by it, a missing side as `null`); anything else whole. `version` is left
/// out: it changes with every change.
pub fn changes(before: &serde_json::Value, after: &serde_json::Value) -> (serde_json::Value, serde_json::Value) {
    use serde_json::{Map, Value};
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let (mut old, mut new) = (Map::new(), Map::new());
            let keys: Vec<&String> = b.keys().chain(a.keys().filter(|k| !b.contains_key(*k))).collect();
            for key in keys {
                let (bv, av) = (b.get(key).unwrap_or(&Value::Null), a.get(key).unwrap_or(&Value::Null));
                if bv == av || key == "version" {
                    continue;
                }
                let (o, n) = changes(bv, av);
                old.insert(key.clone(), o);
                new.insert(key.clone(), n);
            }
            (Value::Object(old), Value::Object(new))
        }
        (Value::Array(b), Value::Array(a)) => match identity_key(b, a) {
            Some(id) => {
                let key_of = |v: &Value| v.get(id).map(|k| k.as_str().map_or_else(|| k.to_string(), str::to_string));
                let index = |list: &[Value]| -> Vec<(String, Value)> {
                    list.iter().filter_map(|v| key_of(v).map(|k| (k, v.clone()))).collect()
                };
                let (bi, ai) = (index(b), index(a));
                let find =
                    |list: &[(String, Value)], k: &str| list.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
                let (mut old, mut new) = (Map::new(), Map::new());
                let keys: Vec<String> =
                    bi.iter().map(|(k, _)| k.clone()).chain(ai.iter().map(|(k, _)| k.clone())).collect();
                for k in keys {
                    if old.contains_key(&k) {
                        continue;
                    }
                    let (bv, av) = (find(&bi, &k).unwrap_or(Value::Null), find(&ai, &k).unwrap_or(Value::Null));
                    if bv != av {
                        let (o, n) = if bv.is_null() || av.is_null() { (bv, av) } else { changes(&bv, &av) };
                        old.insert(k.clone(), o);
                        new.insert(k, n);
                    }
                }
                (Value::Object(old), Value::Object(new))
            }
            None => (before.clone(), after.clone()),
        },
        _ => (before.clone(), after.clone()),
    }
}

/// The key every element of both lists carries, if they are lists of records.
fn identity_key(before: &[serde_json::Value], after: &[serde_json::Value]) -> Option<&'static str> {
    let all: Vec<&serde_json::Value> = before.iter().chain(after).collect();
    if all.is_empty() {
        return None;
    }
    IDENTITY_KEYS.into_iter().find(|k| all.iter().all(|v| v.get(*k).is_some_and(|id| !id.is_object())))
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

#[cfg(test)]
mod tests {
    use super::changes;
    use serde_json::json;

    #[test]
    fn an_audit_record_keeps_only_what_changed_however_big_the_record() {
        let requests: Vec<_> =
            (0..1188).map(|n| json!({"id": format!("SR-{n}"), "title": "Mail", "open": true})).collect();
        let before = json!({"company_name": "Hải Âu", "version": 3, "service_requests": requests, "country": "VN"});
        let mut after = before.clone();
        after["version"] = json!(4);
        after["service_requests"].as_array_mut().unwrap()[7]["open"] = json!(false);
        after["service_requests"].as_array_mut().unwrap().push(json!({"id": "SR-9999", "title": "New", "open": true}));
        let (old, new) = changes(&before, &after);
        assert_eq!(old, json!({"service_requests": {"SR-7": {"open": true}, "SR-9999": null}}));
        assert_eq!(
            new,
            json!({"service_requests": {"SR-7": {"open": false}, "SR-9999": {"id": "SR-9999", "title": "New", "open": true}}})
        );
        assert!(new.to_string().len() < 200, "small, whatever the customer's size");
        let (old, new) = changes(&json!({"roles": ["a", "b"]}), &json!({"roles": ["a"]}));
        assert_eq!((old, new), (json!({"roles": ["a", "b"]}), json!({"roles": ["a"]})), "plain lists whole");
    }
}
