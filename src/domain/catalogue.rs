//! The offers a partner sells: each brings services and allows up to a number of licences.

pub struct Offer {
    pub name: &'static str,
    pub services: &'static [&'static str],
    pub max_licences: u32,
}

/// The default catalogue (the demo book's, and what product keys set up).
pub const OFFERS: &[Offer] = &[
    Offer {
        name: "Microsoft 365 Business Basic",
        services: &["Exchange Online", "SharePoint Online", "Microsoft Teams"],
        max_licences: 300,
    },
    Offer {
        name: "Microsoft 365 Business Standard",
        services: &["Exchange Online", "SharePoint Online", "Microsoft Teams", "Microsoft 365 Apps"],
        max_licences: 300,
    },
    Offer {
        name: "Microsoft 365 Business Premium",
        services: &["Exchange Online", "Microsoft 365 Apps", "Intune", "Defender for Business"],
        max_licences: 300,
    },
    Offer {
        name: "Office 365 E3",
        services: &["Exchange Online", "SharePoint Online", "Microsoft 365 Apps"],
        max_licences: 10_000,
    },
    Offer {
        name: "Microsoft 365 E5",
        services: &["Exchange Online", "Microsoft 365 Apps", "Defender for Endpoint", "Power BI"],
        max_licences: 10_000,
    },
    Offer { name: "Exchange Online (Plan 1)", services: &["Exchange Online"], max_licences: 10_000 },
    Offer { name: "Microsoft Teams Essentials", services: &["Microsoft Teams"], max_licences: 300 },
    Offer { name: "Power BI Pro", services: &["Power BI"], max_licences: 10_000 },
    Offer { name: "Microsoft Defender for Business", services: &["Defender for Business"], max_licences: 300 },
    Offer { name: "Dynamics 365 Business Central Essentials", services: &["Dynamics 365"], max_licences: 10_000 },
];
