//! Operations: a domain rule applied inside one store transaction, with its audit record. The
//! TUI and the subcommands both call these, so a rule is enforced the same way everywhere.

pub mod customers;
pub mod invitations;
pub mod offers;
pub mod partners;
pub mod permissions;
pub mod setup;
#[cfg(test)]
mod testing;

use crate::domain::Refusal;
use crate::domain::customer::CustomerUser;
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

impl OpContext<'_> {
    /// Refuses any change in a read-only session, before anything is read or written.
    pub fn writable(&self) -> Result<(), Refusal> {
        if self.read_only {
            return Err(Refusal::new(BookMsg::ReadOnlySession));
        }
        Ok(())
    }
}

/// The actor as the book knows them now: roles may have changed since the session began, and a
/// check must use today's roles, never the ones remembered at sign-in.
pub fn current_actor(tx: &WriteTx, actor: &Actor) -> Result<Actor, WriteError> {
    match actor {
        Actor::Partner(user) => match tx.partner_user(&user.email)? {
            Some(now) => Ok(Actor::Partner(now)),
            None => Err(Refusal::new(BookMsg::NoLongerPartnerUser { email: user.email.clone() }).into()),
        },
        Actor::Customer { tenant, user, .. } => {
            let customer = tx.customer(*tenant)?;
            let found: Option<(String, CustomerUser)> =
                customer.and_then(|c| c.user(&user.email).cloned().map(|u| (c.company_name.clone(), u)));
            match found {
                Some((company, user)) => Ok(Actor::Customer { tenant: *tenant, company, user }),
                None => Err(Refusal::new(BookMsg::NoLongerCustomerUser { email: user.email.clone() }).into()),
            }
        }
    }
}

pub fn organization(tx: &WriteTx) -> Result<PartnerOrganization, WriteError> {
    tx.org()?.ok_or_else(|| Refusal::new(BookMsg::NoOrganization).into())
}
