//! The shapes of schema v1, the book's first: still the shapes of every record but the list
//! rows (`v2`), the offers and the catalogue (`v3`) and the audit log (`v4`).
//!
//! Identifiers are stored as their raw form: a tenant id as its UUID bytes, a partner id as a
//! number, `INV-12` as 12, an email or a domain as its text, a country code as its two letters.

mod admin;
mod audit;
mod customer;
mod invitation;
mod org;

pub use admin::{AdminRelationship, DirectoryRole};
pub use audit::AuditEvent;
pub use customer::Customer;
pub use invitation::Invitation;
pub use org::{DirectoryPartner, PartnerOrganization, PartnerUser};

use super::{BadRecord, stored_enum};
use crate::domain::country::{self, CountryCode};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

stored_enum! {
    /// The Microsoft cloud a tenant lives in.
    Cloud = country::Cloud { Public, UsGovernment, Germany, China21Vianet }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}

impl From<&crate::domain::org::Address> for Address {
    fn from(a: &crate::domain::org::Address) -> Self {
        Address { line1: a.line1.clone(), city: a.city.clone(), postal_code: a.postal_code.clone() }
    }
}

impl From<Address> for crate::domain::org::Address {
    fn from(a: Address) -> Self {
        crate::domain::org::Address { line1: a.line1, city: a.city, postal_code: a.postal_code }
    }
}

/// An ISO 3166-1 alpha-2 code as stored: its two upper-case letters.
pub type Country = [u8; 2];

pub fn country_record(code: CountryCode) -> Country {
    let bytes = code.as_str().as_bytes();
    [bytes[0], bytes[1]]
}

/// The code a record holds; one that is not ISO 3166-1 is damage. Every known code is looked up
/// once, since the customer list decodes a country per row.
pub fn country_code(stored: Country) -> Result<CountryCode, BadRecord> {
    static KNOWN: OnceLock<Vec<(Country, CountryCode)>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| {
        let mut codes: Vec<(Country, CountryCode)> = CountryCode::all().map(|c| (country_record(c), c)).collect();
        codes.sort_unstable_by_key(|(raw, _)| *raw);
        codes
    });
    match known.binary_search_by_key(&stored, |(raw, _)| *raw) {
        Ok(i) => Ok(known[i].1),
        Err(_) => Err(BadRecord::CountryCode(format!("{:?}", String::from_utf8_lossy(&stored)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_code_survives_its_record_and_an_unknown_one_is_damage() {
        for code in CountryCode::all() {
            assert_eq!(country_code(country_record(code)).unwrap(), code);
        }
        let err = country_code(*b"XX").unwrap_err();
        assert_eq!(err.to_string(), "it holds the country code \"XX\", which is not ISO 3166-1");
    }
}
