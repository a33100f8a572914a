//! An invitation of any kind as v1 stores it (what an offer offers is stored beside it, see
//! `v3`).

use crate::domain::ids::{Email, InvitationId, TenantId};
use crate::domain::invitation as domain;
use crate::store::records::{Time, stored_enum};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub id: u64,
    pub token: String,
    pub kind: InvitationKind,
    pub status: InvitationStatus,
    pub include_admin: bool,
    pub customer: Option<Uuid>,
    pub customer_name: String,
    pub recipient: Option<String>,
    pub link: String,
    pub email: EmailDraft,
    pub created_by: String,
    pub created_at: Time,
    pub expires_at: Time,
    pub sent_at: Option<Time>,
    pub answered: Option<Answer>,
    pub version: u64,
}

stored_enum! {
    InvitationKind = domain::InvitationKind { Reseller, Trial, PurchaseOffer, DelegatedAdminOffer }
}

stored_enum! {
    InvitationStatus = domain::InvitationStatus { Draft, Sent, Accepted, Declined, Expired, Revoked }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailDraft {
    pub subject: String,
    pub body: String,
}

/// Who accepted or declined, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub by: String,
    pub at: Time,
}

impl From<&domain::Invitation> for Invitation {
    fn from(i: &domain::Invitation) -> Self {
        Invitation {
            id: i.id.0,
            token: i.token.clone(),
            kind: i.kind.into(),
            status: i.status.into(),
            include_admin: i.include_admin,
            customer: i.customer.map(|t| t.0),
            customer_name: i.customer_name.clone(),
            recipient: i.recipient.as_ref().map(|e| e.as_str().to_string()),
            link: i.link.clone(),
            email: EmailDraft { subject: i.email.subject.clone(), body: i.email.body.clone() },
            created_by: i.created_by.as_str().to_string(),
            created_at: i.created_at,
            expires_at: i.expires_at,
            sent_at: i.sent_at,
            answered: i.answered.as_ref().map(|a| Answer { by: a.by.as_str().to_string(), at: a.at }),
            version: i.version,
        }
    }
}

impl From<Invitation> for domain::Invitation {
    fn from(i: Invitation) -> Self {
        domain::Invitation {
            id: InvitationId(i.id),
            token: i.token,
            kind: i.kind.into(),
            status: i.status.into(),
            include_admin: i.include_admin,
            customer: i.customer.map(TenantId),
            customer_name: i.customer_name,
            recipient: i.recipient.map(Email),
            link: i.link,
            email: domain::EmailDraft { subject: i.email.subject, body: i.email.body },
            created_by: Email(i.created_by),
            created_at: i.created_at,
            expires_at: i.expires_at,
            sent_at: i.sent_at,
            answered: i.answered.map(|a| domain::Answer { by: Email(a.by), at: a.at }),
            // Kept beside the record (`v7::InvitationAdminNote`); the store sets them.
            restores_admin: false,
            admin_not_granted: false,
            version: i.version,
        }
    }
}
