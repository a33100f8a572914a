//! Microsoft's CSP regions (rule 3), by the names the reader knows them.

use crate::domain::region::CspRegion;
use crate::i18n::Phrase;

impl CspRegion {
    pub fn label(self) -> Phrase {
        match self {
            CspRegion::Africa => Phrase("csp-region-africa"),
            CspRegion::AsiaPacific => Phrase("csp-region-asia-pacific"),
            CspRegion::Australia => Phrase("csp-region-australia"),
            CspRegion::Brazil => Phrase("csp-region-brazil"),
            CspRegion::Canada => Phrase("csp-region-canada"),
            CspRegion::Europe => Phrase("csp-region-europe"),
            CspRegion::India => Phrase("csp-region-india"),
            CspRegion::Japan => Phrase("csp-region-japan"),
            CspRegion::Korea => Phrase("csp-region-korea"),
            CspRegion::LatinAmericaCaribbean => Phrase("csp-region-latin-america-caribbean"),
            CspRegion::MiddleEastCentralEasternEurope => Phrase("csp-region-middle-east-central-eastern-europe"),
            CspRegion::NewZealand => Phrase("csp-region-new-zealand"),
            CspRegion::Russia => Phrase("csp-region-russia"),
            CspRegion::Taiwan => Phrase("csp-region-taiwan"),
            CspRegion::UnitedStates => Phrase("csp-region-united-states"),
        }
    }
}
