//! Operations: a domain rule applied inside one store transaction, with its audit record. The
//! TUI and the subcommands both call these, so a rule is enforced the same way everywhere.
//! Each starts with `Book::operate` (see `operate`): writable, current actor, permission check.

pub mod customers;
pub mod gdap;
pub mod invitations;
pub mod offers;
mod operate;
pub mod partners;
pub mod permissions;
pub mod setup;
pub mod tenant;
#[cfg(test)]
mod testing;

use crate::domain::Refusal;
use crate::domain::msg::BookMsg;
use crate::domain::org::PartnerOrganization;
use crate::domain::permission::Actor;
use crate::store::{Reads, Stamp, WriteError, WriteTx};

/// Who acts, and how: every operation takes one.
pub struct OpContext<'a> {
    pub actor: &'a Actor,
    pub stamp: Stamp,
    pub read_only: bool,
    /// Seeds the randomness an operation needs (tokens, tenant ids): random in the app,
    /// fixed in tests so that screens are reproducible.
    pub seed: u64,
}

pub fn organization(tx: &WriteTx) -> Result<PartnerOrganization, WriteError> {
    tx.org()?.ok_or_else(|| Refusal::new(BookMsg::NoOrganization).into())
}
