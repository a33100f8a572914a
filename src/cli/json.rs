//! JSON output: every `--json` document is one object with the schema version at its top, as
//! README's "JSON" section documents.

use crate::export::JSON_SCHEMA_VERSION;
use anyhow::Result;
use serde_json::Value;

/// Prints `value` (an object) with `schema_version` first.
pub fn print(value: &Value) -> Result<()> {
    let mut out = serde_json::Map::new();
    out.insert("schema_version".into(), JSON_SCHEMA_VERSION.into());
    if let Value::Object(fields) = value {
        out.extend(fields.clone());
    }
    say!("{}", serde_json::to_string_pretty(&Value::Object(out))?);
    Ok(())
}

/// Prints one record or list under `key`.
pub fn print_as(key: &str, record: impl serde::Serialize) -> Result<()> {
    let mut fields = serde_json::Map::new();
    fields.insert(key.into(), serde_json::to_value(record)?);
    print(&Value::Object(fields))
}
