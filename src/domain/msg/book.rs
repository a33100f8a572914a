//! The session and the book as a whole: nothing may change, who is signed in, and records
//! that are gone or taken since the operator looked.

use crate::domain::ids::{AdminRelationshipId, Domain, Email, InvitationId, TenantId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookMsg {
    /// The session was opened read-only.
    ReadOnlySession,
    /// The book file itself was opened read-only.
    ReadOnlyBook,
    /// The file at the book's path is no longer the one opened.
    Replaced {
        path: String,
    },
    NobodySignedIn,
    NoLongerPartnerUser {
        email: Email,
    },
    NoLongerCustomerUser {
        email: Email,
    },
    NoOrganization,
    CustomerGone,
    CustomerNamedGone {
        company: String,
    },
    TenantGone,
    InvitationGone {
        id: InvitationId,
    },
    RelationshipGone {
        id: AdminRelationshipId,
    },
    TenantTaken {
        tenant: TenantId,
    },
    TenantTwiceInExport {
        tenant: TenantId,
    },
    DomainTaken {
        domain: Domain,
    },
    LoginTaken {
        email: Email,
    },
    /// Someone else saved the company profile since it was read.
    ProfileChanged,
    /// Someone else saved a record (named by its id, email or domain) since it was read; `by`
    /// names them when the audit log does.
    RecordChanged {
        record: String,
        by: Option<String>,
    },
}
