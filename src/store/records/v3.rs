//! The shapes schema v3 introduced: the catalogue of offers kept in the book, and what each
//! offer invitation offers and who used it.

use super::{Time, each};
use crate::domain::catalogue;
use crate::domain::ids::{Email, InvitationId, SubscriptionId, TenantId};
use crate::domain::offer;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueOffer {
    pub id: u32,
    pub name: String,
    pub services: Vec<String>,
    pub max_licences: u32,
    pub trial: Option<Trial>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trial {
    pub licences: u32,
    pub days: u32,
}

/// What an offer invitation offers, by invitation id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferTerms {
    pub invitation: u64,
    pub lines: Vec<OfferLine>,
    pub trial_days: Option<u32>,
    pub uses: u32,
    pub version: u64,
}

/// One offered subscription, with the catalogue offer as it was when the offer was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferLine {
    pub offer: u32,
    pub name: String,
    pub services: Vec<String>,
    pub max_licences: u32,
    pub quantity: u32,
}

/// One customer's use of an offer URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferUse {
    pub invitation: u64,
    pub tenant: Uuid,
    pub company: String,
    pub by: String,
    pub at: Time,
    pub lines: Vec<OfferLine>,
    pub subscriptions: Vec<u64>,
    pub admin: bool,
}

impl From<&catalogue::CatalogueOffer> for CatalogueOffer {
    fn from(o: &catalogue::CatalogueOffer) -> Self {
        CatalogueOffer {
            id: o.id,
            name: o.name.clone(),
            services: o.services.clone(),
            max_licences: o.max_licences,
            trial: o.trial.map(|t| Trial { licences: t.licences, days: t.days }),
        }
    }
}

impl From<CatalogueOffer> for catalogue::CatalogueOffer {
    fn from(o: CatalogueOffer) -> Self {
        catalogue::CatalogueOffer {
            id: o.id,
            name: o.name,
            services: o.services,
            max_licences: o.max_licences,
            trial: o.trial.map(|t| catalogue::Trial { licences: t.licences, days: t.days }),
        }
    }
}

impl From<&offer::OfferTerms> for OfferTerms {
    fn from(t: &offer::OfferTerms) -> Self {
        OfferTerms {
            invitation: t.invitation.0,
            lines: each(&t.lines),
            trial_days: t.trial_days,
            uses: t.uses,
            version: t.version,
        }
    }
}

impl From<OfferTerms> for offer::OfferTerms {
    fn from(t: OfferTerms) -> Self {
        offer::OfferTerms {
            invitation: InvitationId(t.invitation),
            lines: t.lines.into_iter().map(Into::into).collect(),
            trial_days: t.trial_days,
            uses: t.uses,
            version: t.version,
        }
    }
}

impl From<&offer::OfferLine> for OfferLine {
    fn from(l: &offer::OfferLine) -> Self {
        OfferLine {
            offer: l.offer,
            name: l.name.clone(),
            services: l.services.clone(),
            max_licences: l.max_licences,
            quantity: l.quantity,
        }
    }
}

impl From<OfferLine> for offer::OfferLine {
    fn from(l: OfferLine) -> Self {
        offer::OfferLine {
            offer: l.offer,
            name: l.name,
            services: l.services,
            max_licences: l.max_licences,
            quantity: l.quantity,
        }
    }
}

impl From<&offer::OfferUse> for OfferUse {
    fn from(u: &offer::OfferUse) -> Self {
        OfferUse {
            invitation: u.invitation.0,
            tenant: u.tenant.0,
            company: u.company.clone(),
            by: u.by.as_str().to_string(),
            at: u.at,
            lines: each(&u.lines),
            subscriptions: u.subscriptions.iter().map(|s| s.0).collect(),
            admin: u.admin,
        }
    }
}

impl From<OfferUse> for offer::OfferUse {
    fn from(u: OfferUse) -> Self {
        offer::OfferUse {
            invitation: InvitationId(u.invitation),
            tenant: TenantId(u.tenant),
            company: u.company,
            by: Email(u.by),
            at: u.at,
            lines: u.lines.into_iter().map(Into::into).collect(),
            subscriptions: u.subscriptions.into_iter().map(SubscriptionId).collect(),
            admin: u.admin,
        }
    }
}
