//! The catalogue of offers a partner sells, kept in the book: each offer brings services,
//! allows up to a number of licences, and may have a trial. New books start with the
//! default catalogue below (a realistic Microsoft 365 line-up).

use serde::{Deserialize, Serialize};

/// A trial: a fixed number of licences for a number of days (Microsoft's CSP trials are
/// 25 licences for 30 days, and the licence count cannot change during the trial).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trial {
    pub licences: u32,
    pub days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueOffer {
    pub id: u32,
    pub name: String,
    pub services: Vec<String>,
    pub max_licences: u32,
    pub trial: Option<Trial>,
}

impl CatalogueOffer {
    /// Finds an offer by its id or its name (any case), as scripts and forms give it.
    pub fn find<'a>(catalogue: &'a [CatalogueOffer], text: &str) -> Option<&'a CatalogueOffer> {
        let t = text.trim();
        catalogue.iter().find(|o| o.id.to_string() == t || o.name.eq_ignore_ascii_case(t))
    }
}

/// The most licences a subscription of `offer` (by name) may have: its catalogue offer's limit,
/// or for an offer the catalogue does not hold (an imported subscription) the largest limit of
/// any offer, so that it is never held to less than what the partner sells.
pub fn licence_limit(catalogue: &[CatalogueOffer], offer: &str) -> u32 {
    catalogue
        .iter()
        .find(|o| o.name.eq_ignore_ascii_case(offer.trim()))
        .or_else(|| catalogue.iter().max_by_key(|o| o.max_licences))
        .map_or(u32::MAX, |o| o.max_licences)
}

/// One row of the default catalogue.
pub struct DefaultOffer {
    pub name: &'static str,
    pub services: &'static [&'static str],
    pub max_licences: u32,
    pub trial: bool,
}

const TRIAL: Trial = Trial { licences: 25, days: 30 };

pub const OFFERS: &[DefaultOffer] = &[
    DefaultOffer {
        name: "Microsoft 365 Business Basic",
        services: &["Exchange Online", "SharePoint Online", "Microsoft Teams"],
        max_licences: 300,
        trial: true,
    },
    DefaultOffer {
        name: "Microsoft 365 Business Standard",
        services: &["Exchange Online", "SharePoint Online", "Microsoft Teams", "Microsoft 365 Apps"],
        max_licences: 300,
        trial: true,
    },
    DefaultOffer {
        name: "Microsoft 365 Business Premium",
        services: &["Exchange Online", "Microsoft 365 Apps", "Intune", "Defender for Business"],
        max_licences: 300,
        trial: true,
    },
    DefaultOffer {
        name: "Office 365 E3",
        services: &["Exchange Online", "SharePoint Online", "Microsoft 365 Apps"],
        max_licences: 10_000,
        trial: true,
    },
    DefaultOffer {
        name: "Microsoft 365 E5",
        services: &["Exchange Online", "Microsoft 365 Apps", "Defender for Endpoint", "Power BI"],
        max_licences: 10_000,
        trial: true,
    },
    DefaultOffer {
        name: "Exchange Online (Plan 1)",
        services: &["Exchange Online"],
        max_licences: 10_000,
        trial: false,
    },
    DefaultOffer { name: "Microsoft Teams Essentials", services: &["Microsoft Teams"], max_licences: 300, trial: true },
    DefaultOffer { name: "Power BI Pro", services: &["Power BI"], max_licences: 10_000, trial: true },
    DefaultOffer {
        name: "Microsoft Defender for Business",
        services: &["Defender for Business"],
        max_licences: 300,
        trial: false,
    },
    DefaultOffer {
        name: "Dynamics 365 Business Central Essentials",
        services: &["Dynamics 365"],
        max_licences: 10_000,
        trial: true,
    },
];

/// The catalogue a new book starts with, numbered from 1.
pub fn default_catalogue() -> Vec<CatalogueOffer> {
    OFFERS
        .iter()
        .zip(1..)
        .map(|(o, id)| CatalogueOffer {
            id,
            name: o.name.to_string(),
            services: o.services.iter().map(|s| (*s).to_string()).collect(),
            max_licences: o.max_licences,
            trial: o.trial.then_some(TRIAL),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_are_found_by_id_or_name_in_any_case() {
        let catalogue = default_catalogue();
        assert_eq!(CatalogueOffer::find(&catalogue, "3").map(|o| o.id), Some(3));
        assert_eq!(CatalogueOffer::find(&catalogue, " power bi pro ").map(|o| o.id), Some(8));
        assert!(CatalogueOffer::find(&catalogue, "Power BI").is_none());
        assert!(catalogue.iter().any(|o| o.trial.is_none()), "some offers have no trial");
    }

    #[test]
    fn a_subscription_is_limited_by_its_offer_or_by_the_largest_offer_when_unknown() {
        let catalogue = default_catalogue();
        assert_eq!(licence_limit(&catalogue, "Microsoft Teams Essentials"), 300);
        assert_eq!(licence_limit(&catalogue, "Power BI Pro"), 10_000);
        assert_eq!(licence_limit(&catalogue, "An imported offer"), 10_000);
    }
}
