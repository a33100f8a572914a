//! The demo's past: what happened before today, collected while the records are made and
//! written to the audit log in the order it happened.

use crate::store::{Stamp, WriteError, WriteTx};

/// Past events of the demo, written to the audit log in the order they happened.
#[derive(Default)]
pub(super) struct History(Vec<(Stamp, &'static str, String, String)>);

impl History {
    pub(super) fn add(
        &mut self,
        stamp: Stamp,
        action: &'static str,
        target: &str,
        record: &impl serde::Serialize,
    ) -> Result<(), WriteError> {
        let json = serde_json::to_string(record).map_err(|e| WriteError::Storage(e.into()))?;
        self.0.push((stamp, action, target.to_string(), json));
        Ok(())
    }

    pub(super) fn write(mut self, tx: &mut WriteTx) -> Result<(), WriteError> {
        self.0.sort_by_key(|(stamp, ..)| stamp.at);
        for (stamp, action, target, json) in &self.0 {
            let after: serde_json::Value = serde_json::from_str(json).map_err(|e| WriteError::Storage(e.into()))?;
            tx.audit_as(stamp, action, target, None::<&()>, Some(&after))?;
        }
        Ok(())
    }
}
