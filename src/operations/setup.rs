//! Setting up a new book: the partner organization and its first Global admin, in one
//! transaction with their audit records.

use crate::domain::Refusal;
use crate::domain::msg::SetupMsg;
use crate::domain::org::{PartnerOrganization, PartnerUser};
use crate::domain::setup::{self, SetupInput};
use crate::store::{Book, Reads, Stamp, WriteError};

/// Why a setup did not happen: every bad field, or the book's refusal.
#[derive(Debug)]
pub enum SetupError {
    Invalid(Vec<Refusal>),
    Write(WriteError),
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SetupError::Invalid(refusals) => {
                let lines: Vec<String> = refusals.iter().map(|r| r.to_string()).collect();
                f.write_str(&lines.join("\n"))
            }
            SetupError::Write(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SetupError {}

/// Creates the organization and its first Global admin. Refused when the book already has an
/// organization: setting up twice would leave two owners of one book. `stamp.actor` is ignored:
/// the new admin is who sets the book up. The one operation that does not start with
/// `Book::operate`: before it, the book has no one who could act.
pub fn init(book: &Book, stamp: &Stamp, input: &SetupInput) -> Result<(PartnerOrganization, PartnerUser), SetupError> {
    let (org, admin) = setup::setup(input).map_err(SetupError::Invalid)?;
    let stamp = Stamp { actor: admin.email.to_string(), ..stamp.clone() };
    book.write(&stamp, |tx| {
        if let Some(existing) = tx.org()? {
            return Err(Refusal::new(SetupMsg::SetUpAlready { partner: existing.name, id: existing.partner_id }).into());
        }
        let org = tx.put_org(&org)?;
        tx.audit("organization.created", &org.name, None::<&()>, Some(&org))?;
        let admin = tx.put_partner_user(&admin, true)?;
        tx.audit("partner_user.added", admin.email.as_str(), None::<&()>, Some(&admin))?;
        Ok((org, admin))
    })
    .map_err(SetupError::Write)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::turkish_setup as input;

    fn stamp() -> Stamp {
        Stamp {
            actor: "setup".into(),
            session: crate::domain::ids::SessionId("s".into()),
            at: chrono::Utc::now(),
            via: String::new(),
        }
    }

    #[test]
    fn a_book_is_set_up_once_and_audited() {
        let book = Book::in_memory().unwrap();
        let (org, admin) = init(&book, &stamp(), &input()).unwrap();
        let read = book.read().unwrap();
        assert_eq!(read.org().unwrap(), Some(org));
        assert_eq!(read.partner_users().unwrap(), vec![admin]);
        assert_eq!(read.audit_len().unwrap(), 2);
        drop(read);
        let again = init(&book, &stamp(), &SetupInput { company: "Other".into(), ..input() }).unwrap_err();
        assert!(again.to_string().contains("already belongs to Anadolu Bulut"), "{again}");
        assert_eq!(book.read().unwrap().audit_len().unwrap(), 2, "a refused setup writes nothing");
    }

    #[test]
    fn a_bad_setup_writes_nothing() {
        let book = Book::in_memory().unwrap();
        let err = init(&book, &stamp(), &SetupInput { country: "XX".into(), ..input() }).unwrap_err();
        assert!(matches!(err, SetupError::Invalid(ref r) if r[0].input == Some(crate::domain::Input::Country)));
        assert!(book.read().unwrap().org().unwrap().is_none());
    }
}
