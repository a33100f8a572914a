//! `Book::operate`, where every operation starts: a read-only session is refused, the actor is
//! read again as the book knows them now, and the permission check runs, before the operation's
//! own rule and write. Nothing else in `operations` can reach the first two, so no operation can
//! skip one of the three.

use super::OpContext;
use crate::domain::Refusal;
use crate::domain::customer::CustomerUser;
use crate::domain::msg::BookMsg;
use crate::domain::permission::{self, Actor, Operation};
use crate::store::{Book, Reads, WriteError, WriteTx};

impl Book {
    /// Runs `change` as `ctx`'s actor, who must be allowed `op`, in one write transaction with
    /// its audit record. The check is by role (`op` with no target): a customer-side rule checks
    /// again against the customer it changes.
    pub fn operate<T>(
        &self,
        ctx: &OpContext,
        op: Operation,
        change: impl FnOnce(&mut WriteTx, &Actor) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        writable(ctx)?;
        self.write(&ctx.stamp, |tx| {
            let actor = current_actor(tx, ctx.actor)?;
            permission::check(&actor, op, None)?;
            change(tx, &actor)
        })
    }
}

impl Book {
    /// Runs `change` as `ctx`'s actor on what is theirs alone (their own settings): no role is
    /// needed, but a read-only session still writes nothing and the actor is read again.
    pub fn operate_on_self<T>(
        &self,
        ctx: &OpContext,
        change: impl FnOnce(&mut WriteTx, &Actor) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        writable(ctx)?;
        self.write(&ctx.stamp, |tx| {
            let actor = current_actor(tx, ctx.actor)?;
            change(tx, &actor)
        })
    }
}

/// Refuses any change in a read-only session, before anything is read or written.
fn writable(ctx: &OpContext) -> Result<(), Refusal> {
    if ctx.read_only {
        return Err(Refusal::new(BookMsg::ReadOnlySession));
    }
    Ok(())
}

/// The actor as the book knows them now: roles may have changed since the session began, and a
/// check must use today's roles, never the ones remembered at sign-in.
fn current_actor(tx: &WriteTx, actor: &Actor) -> Result<Actor, WriteError> {
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
