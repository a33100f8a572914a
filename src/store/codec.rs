//! Record encoding: a domain value becomes its record (see `records`), the record postcard
//! bytes, compact and fast, followed by a CRC-32 of those bytes that every read verifies, so a
//! damaged record is refused with its table and key instead of being shown as data. postcard
//! is not self-describing, so a change to a record's shape is a schema change with a migration
//! (see `schema`).

use super::records::Stored;
use anyhow::{Context, Result, bail};
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
        .map_err(|bad| anyhow::anyhow!("table {table}: {}", damaged(&bad.to_string())))
}

/// Decodes a record of `table` as stored, after checking its checksum.
pub fn decode_record<R: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<R> {
    let Some((body, sum)) = bytes.split_last_chunk::<CHECKSUM_LEN>() else {
        bail!("table {table}: {}", damaged("it is too short to be a record"));
    };
    if crc32fast::hash(body).to_le_bytes() != *sum {
        bail!("table {table}: {}", damaged("its checksum does not match"));
    }
    decode_unchecked(body, table)
}

fn damaged(why: &str) -> String {
    format!("the record is damaged ({why}), so it is not shown; `partnerdesk check` lists every damaged record")
}

/// Decodes a record written before records carried checksums (schema v4 and older), for the
/// migrations that read them.
pub fn decode_unchecked<R: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<R> {
    postcard::from_bytes(bytes).with_context(|| format!("table {table}: {}", damaged("it cannot be read")))
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
