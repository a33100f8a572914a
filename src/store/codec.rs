//! Record encoding: a domain value becomes its record (see `records`), the record postcard
//! bytes, compact and fast, followed by a CRC-32 of those bytes that every read verifies, so a
//! damaged record is refused with its table and key instead of being shown as data. postcard
//! is not self-describing, so a change to a record's shape is a schema change with a migration
//! (see `schema`).

use super::records::Stored;
use anyhow::{Context, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;

const CHECKSUM_LEN: usize = 4;

/// `value` as the book stores it: its record, with a checksum.
pub fn encode<T: Stored>(value: &T) -> Result<Vec<u8>> {
    encode_record(&value.to_record())
}

/// A record as the book stores it, with a checksum.
pub fn encode_record<R: Serialize>(record: &R) -> Result<Vec<u8>> {
    let bytes = postcard::to_stdvec(record).context("could not encode a record")?;
    Ok(with_checksum(&bytes))
}

/// `bytes` followed by their checksum: a record as the book stores it.
pub fn with_checksum(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + CHECKSUM_LEN);
    out.extend_from_slice(bytes);
    out.extend_from_slice(&crc32fast::hash(bytes).to_le_bytes());
    out
}

/// Decodes a record of `table` into its domain value, after checking its checksum. The error
/// names the table; the reader that knows the key adds it (`table customers_v2, key …: the
/// record is damaged …`).
pub fn decode<T: Stored>(bytes: &[u8], table: &str) -> Result<T> {
    T::from_record(decode_record(bytes, table)?)
        .map_err(|bad| Damaged::new(table, Damage::Holds(bad.to_string())).into())
}

/// Decodes a record of `table` as stored, after checking its checksum.
pub fn decode_record<R: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<R> {
    let Some((body, sum)) = bytes.split_last_chunk::<CHECKSUM_LEN>() else {
        return Err(Damaged::new(table, Damage::TooShort).into());
    };
    if crc32fast::hash(body).to_le_bytes() != *sum {
        return Err(Damaged::new(table, Damage::Checksum).into());
    }
    decode_unchecked(body, table)
}

/// A record that cannot be shown: its table, its key once the reader that knows it adds it,
/// and why; said in the reader's language. A record postcard cannot read keeps postcard's
/// error as its cause (`{:#}` shows it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub table: String,
    pub key: Option<String>,
    pub why: Damage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    TooShort,
    Checksum,
    Unreadable,
    /// Decoded, but holding what no domain value may (the record's own words).
    Holds(String),
}

impl Damaged {
    fn new(table: &str, why: Damage) -> Self {
        Damaged { table: table.to_string(), key: None, why }
    }
}

impl std::fmt::Display for Damaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match &self.why {
            Damage::TooShort => crate::t!("record-too-short"),
            Damage::Checksum => crate::t!("record-checksum"),
            Damage::Unreadable => crate::t!("record-unreadable"),
            Damage::Holds(what) => what.clone(),
        };
        let table = self.table.as_str();
        let said = match &self.key {
            Some(key) => crate::t!("record-damaged-at", table = table, key = key.as_str(), why = why),
            None => crate::t!("record-damaged", table = table, why = why),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for Damaged {}

/// Decodes a record written before records carried checksums (schema v4 and older), for the
/// migrations that read them.
pub fn decode_unchecked<R: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<R> {
    postcard::from_bytes(bytes).map_err(|e| anyhow::Error::new(e).context(Damaged::new(table, Damage::Unreadable)))
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures;

    #[test]
    fn a_flipped_bit_anywhere_in_a_record_is_refused() {
        let bytes = super::encode_record(&("Đà Nẵng", 42u32)).unwrap();
        assert_eq!(super::decode_record::<(String, u32)>(&bytes, "t").unwrap(), ("Đà Nẵng".to_string(), 42));
        for i in 0..bytes.len() * 8 {
            let mut flipped = bytes.clone();
            flipped[i / 8] ^= 1 << (i % 8);
            let err = super::decode_record::<(String, u32)>(&flipped, "customers_v2").unwrap_err();
            assert!(err.to_string().starts_with("table customers_v2: the record is damaged"), "{err}");
        }
        assert!(super::decode_record::<u32>(&[1, 2], "t").is_err());
    }

    #[test]
    fn damage_is_said_in_the_readers_language_with_the_key_once_known() {
        let mut bytes = super::encode_record(&42u32).unwrap();
        bytes[0] ^= 1;
        let mut err = super::decode_record::<u32>(&bytes, "customers_v2").unwrap_err();
        let damaged = err.downcast_mut::<super::Damaged>().unwrap();
        assert_eq!(damaged.why, super::Damage::Checksum);
        damaged.key = Some("7".into());
        let vi = crate::i18n::scoped(crate::i18n::Locale::Vi, || err.to_string());
        assert!(vi.starts_with("bảng customers_v2, khóa 7: bản ghi bị hỏng (tổng kiểm tra không khớp)"), "{vi}");
    }

    #[test]
    fn a_record_holding_what_no_domain_value_may_is_refused_as_damage() {
        let mut org = super::encode(&fixtures::org(crate::domain::country::Cloud::Public)).unwrap();
        let code = org.windows(2).position(|w| w == b"VN").unwrap();
        org.truncate(org.len() - 4);
        org[code..code + 2].copy_from_slice(b"XX");
        let org = super::with_checksum(&org);
        let err = super::decode::<crate::domain::org::PartnerOrganization>(&org, "org_v2").unwrap_err();
        assert_eq!(
            err.to_string(),
            "table org_v2: the record is damaged (it holds the country code \"XX\", which is not ISO 3166-1), so it is not shown; `partnerdesk check` lists every damaged record"
        );
    }
}
