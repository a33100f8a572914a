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

/// One field of an audit record as a person reads it: where it is in the record (`["address",
/// "city"]`; an element of a list of records by its id: `["service_requests", "SR-7", "open"]`)
/// and its value before and after, as text (`None`: it had none on that side — the record was
/// created or removed, or the field added or taken away). An empty path: the value as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub path: Vec<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AuditEvent {
    /// What the event changed, field by field: both sides walked together down to the values
    /// that are not records (a list of plain values is one value).
    pub fn field_changes(&self) -> Vec<FieldChange> {
        let parse = |side: &Option<String>| {
            side.as_deref().map(|t| serde_json::from_str(t).unwrap_or_else(|_| serde_json::Value::String(t.into())))
        };
        let (before, after) = (parse(&self.before), parse(&self.after));
        let mut out = Vec::new();
        walk(&mut Vec::new(), before.as_ref(), after.as_ref(), &mut out);
        out
    }
}

/// A record, or a list of records, as its fields by name (a list's elements by their id, or
/// by their place when they have none); `None` for a plain value.
fn fields(value: &serde_json::Value) -> Option<Vec<(String, &serde_json::Value)>> {
    use serde_json::Value;
    match value {
        Value::Object(o) => Some(o.iter().map(|(k, v)| (k.clone(), v)).collect()),
        Value::Array(list) if !list.is_empty() && list.iter().all(Value::is_object) => {
            let id = identity_key(list, &[]);
            let name = |n: usize, v: &Value| match id.and_then(|k| v.get(k)) {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => (n + 1).to_string(),
            };
            Some(list.iter().enumerate().map(|(n, v)| (name(n, v), v)).collect())
        }
        _ => None,
    }
}

fn walk(
    path: &mut Vec<String>,
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
    out: &mut Vec<FieldChange>,
) {
    // `null` and a missing field read the same: nothing there.
    let (before, after) = (before.filter(|v| !v.is_null()), after.filter(|v| !v.is_null()));
    let (b, a) = (before.map(fields), after.map(fields));
    let is_record = |side: &Option<Option<_>>| !matches!(side, Some(None));
    if is_record(&b) && is_record(&a) && (before.is_some() || after.is_some()) {
        let (b, a) = (b.flatten().unwrap_or_default(), a.flatten().unwrap_or_default());
        fn find<'v>(side: &[(String, &'v serde_json::Value)], key: &str) -> Option<&'v serde_json::Value> {
            side.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
        }
        let mut keys: Vec<&String> = b.iter().map(|(k, _)| k).collect();
        keys.extend(a.iter().map(|(k, _)| k).filter(|k| find(&b, k).is_none()));
        for key in keys {
            path.push(key.clone());
            walk(path, find(&b, key), find(&a, key), out);
            path.pop();
        }
    } else if before != after {
        out.push(FieldChange { path: path.clone(), before: before.and_then(shown), after: after.and_then(shown) });
    }
}

/// A plain value as text: a string as itself, a list of plain values as `a, b, c` (an empty
/// list is nothing), anything else as JSON.
fn shown(value: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let one = |v: &Value| v.as_str().map_or_else(|| v.to_string(), str::to_string);
    match value {
        Value::Array(list) if list.is_empty() => None,
        Value::Array(list) if list.iter().all(|v| !v.is_object() && !v.is_array()) => {
            Some(list.iter().map(one).collect::<Vec<_>>().join(", "))
        }
        other => Some(one(other)),
    }
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
    use super::{AuditEvent, FieldChange, changes};
    use serde_json::json;

    fn event(before: Option<serde_json::Value>, after: Option<serde_json::Value>) -> AuditEvent {
        AuditEvent {
            seq: 1,
            at: chrono::DateTime::UNIX_EPOCH,
            actor: "lan@saomai.vn".into(),
            session: super::SessionId("s1".into()),
            action: "customer.changed".into(),
            target: "haiau.vn".into(),
            before: before.map(|v| v.to_string()),
            after: after.map(|v| v.to_string()),
            via: None,
        }
    }

    fn change(field: &str, before: Option<&str>, after: Option<&str>) -> FieldChange {
        let path = field.split('/').filter(|p| !p.is_empty()).map(Into::into).collect();
        FieldChange { path, before: before.map(Into::into), after: after.map(Into::into) }
    }

    #[test]
    fn a_change_reads_field_by_field_down_to_the_values() {
        let (old, new) = changes(
            &json!({"company_name": "Hải Âu", "address": {"city": "Cần Thơ", "line1": "1 Lê Lợi"}, "version": 3,
                    "service_requests": [{"id": "SR-7", "open": true}], "support_contacts": ["a@x.vn"]}),
            &json!({"company_name": "Hải Âu Group", "address": {"city": "Huế", "line1": "1 Lê Lợi"}, "version": 4,
                    "service_requests": [{"id": "SR-7", "open": false}, {"id": "SR-8", "open": true}],
                    "support_contacts": ["a@x.vn", "b@x.vn"]}),
        );
        assert_eq!(
            event(Some(old), Some(new)).field_changes(),
            vec![
                change("company_name", Some("Hải Âu"), Some("Hải Âu Group")),
                change("address/city", Some("Cần Thơ"), Some("Huế")),
                change("service_requests/SR-7/open", Some("true"), Some("false")),
                change("service_requests/SR-8/id", None, Some("SR-8")),
                change("service_requests/SR-8/open", None, Some("true")),
                change("support_contacts", Some("a@x.vn"), Some("a@x.vn, b@x.vn")),
            ]
        );
    }

    #[test]
    fn a_creation_lists_every_field_and_a_removal_what_was_there() {
        let record = json!({"email": "lan@saomai.vn", "roles": {"admin": true}});
        let created = event(None, Some(record.clone())).field_changes();
        assert_eq!(
            created,
            vec![change("email", None, Some("lan@saomai.vn")), change("roles/admin", None, Some("true"))]
        );
        let removed = event(Some(record), None).field_changes();
        assert_eq!(
            removed,
            vec![change("email", Some("lan@saomai.vn"), None), change("roles/admin", Some("true"), None)]
        );
        // A creation that records several records: each by its id, or by its place.
        let offer = event(None, Some(json!([{"id": "INV-86", "kind": "trial"}, {"uses": 0}]))).field_changes();
        assert_eq!(
            offer,
            vec![
                change("1/id", None, Some("INV-86")),
                change("1/kind", None, Some("trial")),
                change("2/uses", None, Some("0"))
            ]
        );
        assert_eq!(event(None, None).field_changes(), vec![], "an event that carries no record");
        let contacts = event(Some(json!({"support_contacts": []})), Some(json!({"support_contacts": ["a@x.vn"]})));
        assert_eq!(
            contacts.field_changes(),
            vec![change("support_contacts", None, Some("a@x.vn"))],
            "an empty list is nothing"
        );
        assert_eq!(
            event(Some(json!("sent")), Some(json!("revoked"))).field_changes(),
            vec![change("", Some("sent"), Some("revoked"))]
        );
    }

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
