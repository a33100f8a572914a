//! Who is at the keyboard, for one run of the app.

use crate::domain::ids::SessionId;
use crate::domain::permission::Actor;
use crate::domain::{Timestamp, validate};
use crate::store::{Book, Reads, Stamp};
use anyhow::{Result, bail};

/// The injected clock: the system's in the app, a fixed one in tests and snapshots.
pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        chrono::Utc::now()
    }
}

pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}

pub struct Session {
    pub id: SessionId,
    /// `None` only for an empty book, where nobody can be signed in yet.
    pub actor: Option<Actor>,
    pub read_only: bool,
    /// Over SSH: nothing can be opened on the operator's own computer.
    pub remote: bool,
    /// Where files the operator asks for are written (`drafts/*.eml`, `exports/*`).
    pub files_dir: Option<std::path::PathBuf>,
    /// How the actor was established, for the audit (see `Stamp::via`).
    pub via: String,
}

impl Session {
    pub fn stamp(&self, at: Timestamp) -> Stamp {
        Stamp {
            actor: self.actor.as_ref().map_or_else(|| "(nobody)".into(), |a| a.email().to_string()),
            session: self.id.clone(),
            at,
            via: self.via.clone(),
        }
    }

    pub fn customer_tenant(&self) -> Option<crate::domain::ids::TenantId> {
        match &self.actor {
            Some(Actor::Customer { tenant, .. }) => Some(*tenant),
            _ => None,
        }
    }
}

/// How a local session's actor was established: by whoever runs the process on this machine,
/// with or without `--as`. partnerdesk cannot verify a local claim (whoever can write the book
/// can name anyone), so the audit records both the OS user and the claim; a customer's change
/// made locally is marked as recorded on the customer's behalf.
pub fn local_via(as_email: Option<&str>, actor: Option<&Actor>) -> String {
    let os_user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "unknown".into());
    match (as_email, actor) {
        (Some(email), Some(Actor::Customer { .. })) => {
            format!("local OS user {os_user}, --as {email}: recorded locally on the customer's behalf")
        }
        (Some(email), _) => format!("local OS user {os_user}, --as {email}"),
        (None, _) => format!("local OS user {os_user}, as the book's first Global admin"),
    }
}

/// A new session id: the time and a random suffix, readable in a support ticket.
pub fn new_session_id(now: Timestamp) -> SessionId {
    let suffix: String = (0..4).map(|_| fastrand::alphanumeric().to_ascii_lowercase()).collect();
    SessionId(format!("{}-{suffix}", now.format("%Y%m%d-%H%M%S")))
}

/// Finds who `email` is: a partner user, or a user of a customer tenant. Without an email,
/// the first Global admin of the partner (the book's owner on their own machine).
pub fn resolve_actor(book: &Book, email: Option<&str>) -> Result<Option<Actor>> {
    let read = book.read()?;
    let Some(email) = email else {
        let mut users = read.partner_users()?;
        users.sort_by(|a, b| a.email.cmp(&b.email));
        return Ok(users.into_iter().find(|u| u.is_global_admin()).map(Actor::Partner));
    };
    let email = validate::email(crate::domain::Input::Named("--as"), email).map_err(|r| anyhow::anyhow!("{r}"))?;
    if let Some(actor) = read.actor(&email)? {
        return Ok(Some(actor));
    }
    bail!("{}", crate::t!("session-unknown-user", email = email.as_str()))
}
