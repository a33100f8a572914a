//! Typed identifiers. Each wraps its raw form so a tenant id can never be passed where an
//! invitation id is meant; constructors that take operator input validate (see `validate`).

use super::msg::InputMsg;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use uuid::Uuid;

/// A Microsoft Entra tenant (a customer's or a partner's), a GUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TenantId(pub Uuid);

impl TenantId {
    pub fn as_u128(self) -> u128 {
        self.0.as_u128()
    }
    pub fn from_u128(raw: u128) -> Self {
        Self(Uuid::from_u128(raw))
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A Microsoft partner id (MPN / Partner Location id): numeric, 6 or 7 digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartnerId(pub u32);

impl fmt::Display for PartnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! sequence_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u64);

        impl $name {
            /// The id as the screens show it (`INV-12`), or as a bare number.
            pub fn parse(text: &str) -> Option<Self> {
                let text = text.trim();
                let number = match text.split_once('-') {
                    Some((prefix, n)) if prefix.eq_ignore_ascii_case($prefix) => n,
                    Some(_) => return None,
                    None => text,
                };
                number.parse().ok().filter(|n| *n > 0).map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{}"), self.0)
            }
        }

        // JSON (human-readable) writes the id as the screens show it; the book's binary
        // records keep the bare number, so stored records are unchanged.
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if serializer.is_human_readable() {
                    serializer.collect_str(self)
                } else {
                    serializer.serialize_newtype_struct(stringify!($name), &self.0)
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                if deserializer.is_human_readable() {
                    let text = String::deserialize(deserializer)?;
                    Self::parse(&text).ok_or_else(|| {
                        serde::de::Error::custom(InputMsg::NotAnId { text, prefix: $prefix })
                    })
                } else {
                    #[derive(Deserialize)]
                    #[serde(rename = $prefix)]
                    struct Raw(u64);
                    Raw::deserialize(deserializer).map(|raw| Self(raw.0))
                }
            }
        }
    };
}

sequence_id!(
    /// An invitation of any kind, numbered in the order they were created.
    InvitationId,
    "INV"
);
sequence_id!(
    /// A subscription of a customer, unique across the book.
    SubscriptionId,
    "SUB"
);
sequence_id!(
    /// A service request opened on a customer's behalf.
    ServiceRequestId,
    "SR"
);
sequence_id!(
    /// A granular admin relationship.
    AdminRelationshipId,
    "GDAP"
);
sequence_id!(
    /// An access assignment: a partner security group given roles of a granular relationship.
    AccessAssignmentId,
    "ACC"
);

/// An email address, validated and kept in lower case so that it is a stable key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Email(pub(crate) String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The part after `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A DNS domain name, validated and lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Domain(pub(crate) String);

impl Domain {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One run of the app (a local terminal, an SSH session, or one subcommand). Every audit event
/// carries it, so a support session's changes can be listed afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SessionId(pub String);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
