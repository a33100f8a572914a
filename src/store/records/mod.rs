//! The records exactly as the book stores them (postcard), as types of their own, so that a
//! change to a domain type can never silently change the file.
//!
//! Each shape lives in the module of the schema version that introduced it (`v1` … `v5`) and is
//! never edited afterwards: a change to what the book stores is a new type in the module of the
//! new schema version, with the migration that converts the old records (see `schema`, whose
//! steps decode the shapes of their own version). postcard stores fields and variants by
//! position, not by name, so a shape's field order and variant order are its format.
//!
//! A record converts `From` its domain value and back with `TryFrom`: a record can hold what no
//! domain value may (a country code that is not ISO 3166-1), which is refused as damage.

pub mod v1;
pub mod v2;
pub mod v3;
pub mod v4;
pub mod v5;
pub mod v7;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Every instant in a record: chrono's own encoding (RFC 3339 text), as the book has always
/// stored it.
pub type Time = chrono::DateTime<chrono::Utc>;

/// A record that decoded but holds what no domain value may, said in the reader's language.
#[derive(Debug)]
pub enum BadRecord {
    /// A country code that is not ISO 3166-1 (as stored, quoted).
    CountryCode(String),
    /// A language tag partnerdesk does not speak.
    Language(String),
    /// A time zone the time zone database lacks.
    Zone(String),
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            BadRecord::CountryCode(code) => crate::t!("record-holds-country", code = code.as_str()),
            BadRecord::Language(tag) => crate::t!("record-holds-language", language = tag.as_str()),
            BadRecord::Zone(zone) => crate::t!("record-holds-zone", zone = zone.as_str()),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for BadRecord {}

impl From<std::convert::Infallible> for BadRecord {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

/// A domain value the book stores, and the record it is stored as.
pub trait Stored: Sized {
    type Record: Serialize + DeserializeOwned;
    fn to_record(&self) -> Self::Record;
    fn from_record(record: Self::Record) -> Result<Self, BadRecord>;
}

/// `Stored` for domain types whose record converts with `From<&Domain>` and `TryFrom<Record>`.
macro_rules! stored {
    ($($domain:ty => $record:ty),* $(,)?) => {$(
        impl Stored for $domain {
            type Record = $record;
            fn to_record(&self) -> $record {
                self.into()
            }
            fn from_record(record: $record) -> Result<Self, BadRecord> {
                Self::try_from(record).map_err(Into::into)
            }
        }
    )*};
}

use crate::domain as d;
stored! {
    d::org::PartnerOrganization => v1::PartnerOrganization,
    d::org::PartnerUser => v1::PartnerUser,
    d::org::DirectoryPartner => v1::DirectoryPartner,
    d::customer::Customer => v1::Customer,
    d::customer::CustomerRow => v2::CustomerRow,
    d::invitation::Invitation => v1::Invitation,
    d::admin::AdminRelationship => v1::AdminRelationship,
    d::audit::AuditEvent => v4::AuditEvent,
    d::catalogue::CatalogueOffer => v3::CatalogueOffer,
    d::offer::OfferTerms => v3::OfferTerms,
    d::offer::OfferUse => v3::OfferUse,
    d::gdap::access::SecurityGroup => v7::SecurityGroup,
    d::gdap::access::AccessAssignment => v7::AccessAssignment,
    d::gdap::templates::OwnTemplate => v7::OwnTemplate,
}

/// An operator's language, stored as its tag.
impl Stored for crate::i18n::Locale {
    type Record = v7::OperatorSettings;
    fn to_record(&self) -> v7::OperatorSettings {
        v7::OperatorSettings { language: self.tag().to_string() }
    }
    fn from_record(record: v7::OperatorSettings) -> Result<Self, BadRecord> {
        crate::i18n::Locale::parse(&record.language).ok_or_else(|| BadRecord::Language(record.language.clone()))
    }
}

/// An operator's time zone, stored by its IANA name.
impl Stored for crate::i18n::zone::Zone {
    type Record = v7::OperatorZone;
    fn to_record(&self) -> v7::OperatorZone {
        v7::OperatorZone { zone: self.name() }
    }
    fn from_record(record: v7::OperatorZone) -> Result<Self, BadRecord> {
        crate::i18n::zone::Zone::named(&record.zone).ok_or_else(|| BadRecord::Zone(record.zone.clone()))
    }
}

impl Stored for crate::domain::invitation::AdminNote {
    type Record = v7::InvitationAdminNote;
    fn to_record(&self) -> v7::InvitationAdminNote {
        v7::InvitationAdminNote { restores_admin: self.restores_admin, not_granted: self.not_granted }
    }
    fn from_record(r: v7::InvitationAdminNote) -> Result<Self, BadRecord> {
        Ok(crate::domain::invitation::AdminNote { restores_admin: r.restores_admin, not_granted: r.not_granted })
    }
}

impl Stored for crate::domain::partner_contact::PartnerContact {
    type Record = v7::PartnerContact;
    fn to_record(&self) -> v7::PartnerContact {
        v7::PartnerContact {
            email: self.email.as_ref().map(|e| e.as_str().to_string()),
            phone: self.phone.clone(),
            line1: self.address.line1.clone(),
            city: self.address.city.clone(),
            postal_code: self.address.postal_code.clone(),
        }
    }
    fn from_record(r: v7::PartnerContact) -> Result<Self, BadRecord> {
        Ok(crate::domain::partner_contact::PartnerContact {
            email: r.email.map(crate::domain::ids::Email),
            phone: r.phone,
            address: crate::domain::org::Address { line1: r.line1, city: r.city, postal_code: r.postal_code },
        })
    }
}

/// An enum as stored, converted both ways variant by variant (postcard stores the variant's
/// position, so the order written here is the format). A variant may carry one value, written
/// `Other(id: u128)`.
macro_rules! stored_enum {
    ($(#[$doc:meta])* $name:ident = $module:ident::$domain:ident {
        $($variant:ident $(($value:ident: $type:ty))?),+ $(,)?
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($variant $(($type))?),+
        }

        impl From<$module::$domain> for $name {
            fn from(value: $module::$domain) -> Self {
                match value {
                    $($module::$domain::$variant $(($value))? => $name::$variant $(($value))?),+
                }
            }
        }

        impl From<$name> for $module::$domain {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant $(($value))? => $module::$domain::$variant $(($value))?),+
                }
            }
        }
    };
}
use stored_enum;

/// Converts each element of a stored list back into the domain.
fn all<R, D: TryFrom<R>>(records: Vec<R>) -> Result<Vec<D>, D::Error> {
    records.into_iter().map(D::try_from).collect()
}

/// Converts each element of a list into its record.
fn each<'a, D: 'a, R: From<&'a D>>(values: &'a [D]) -> Vec<R> {
    values.iter().map(R::from).collect()
}
