//! Long bulk actions run in chunks between keystrokes, with their progress on screen, so the
//! operator is never locked out and no limit of 25 customers at a time is needed.

use crate::domain::ids::{Email, TenantId};
use crate::operations::customers::BulkOutcome;
use std::collections::VecDeque;

/// Customers changed per transaction: small enough that a key is answered between chunks.
pub const CHUNK: usize = 250;

pub enum JobKind {
    SupportContacts(Vec<Email>),
}

pub struct Job {
    pub kind: JobKind,
    pub total: usize,
    pub remaining: VecDeque<TenantId>,
    pub outcome: BulkOutcome,
}

impl Job {
    pub fn new(kind: JobKind, targets: Vec<TenantId>) -> Job {
        Job { kind, total: targets.len(), remaining: targets.into(), outcome: BulkOutcome::default() }
    }

    pub fn processed(&self) -> usize {
        self.total - self.remaining.len()
    }

    /// The next chunk of targets.
    pub fn take_chunk(&mut self) -> Vec<TenantId> {
        let n = CHUNK.min(self.remaining.len());
        self.remaining.drain(..n).collect()
    }
}
