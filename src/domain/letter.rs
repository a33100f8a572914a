//! The draft emails the rules write. A rule decides what a letter says — who writes, to whom,
//! about what, with which link — and the edge words it (`crate::text`, `EmailDraft::from`),
//! so the email can be written in the recipient's language without the rule knowing any.

use super::country::CountryCode;
use super::offer::OfferLine;

/// Rule 4: the partner asks a customer's Global admin for a reseller relationship.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResellerLetter {
    /// The partner organization that writes.
    pub partner: String,
    /// The operator who signs.
    pub sender: String,
    pub company: String,
    /// Where the customer is: the letter is written in its language.
    pub country: CountryCode,
    /// Where the customer accepts (rule 6): a Microsoft portal's name.
    pub portal: &'static str,
    pub link: String,
    /// Whether delegated administration privileges are asked too.
    pub admin: bool,
    /// The language the operator chose for it; `None`: its country's (`country`).
    pub language: Option<crate::i18n::Locale>,
    /// An existing reseller customer is asked to restore delegated administration privileges
    /// only (seed 004).
    pub restore: bool,
}

/// Rule 12: an offer's reusable URL, addressed to one customer or to anyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferLetter {
    pub partner: String,
    pub sender: String,
    /// The customer it is addressed to, if any.
    pub company: Option<String>,
    /// Where its readers are (the customer's country, else the partner's): the letter is
    /// written in its language.
    pub country: CountryCode,
    pub offered: Offered,
    pub link: String,
    /// Whether delegated administration comes with it.
    pub admin: bool,
}

/// What an offer letter offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offered {
    /// A free trial of one offer for a number of days.
    Trial { line: OfferLine, days: u32 },
    /// Services to buy, with the licence counts offered.
    Purchase { lines: Vec<OfferLine> },
    /// Delegated administration of what the customer has bought already.
    Administration,
}
