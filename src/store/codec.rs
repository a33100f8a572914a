//! Record encoding: postcard, compact and fast, followed by a CRC-32 of those bytes that every
//! read verifies, so a damaged record is refused with its table and key instead of being shown
//! as data. postcard is not self-describing, so a change to a stored type is a schema change
//! with a migration (see `schema`).

use anyhow::{Context, Result, bail};
use serde::Serialize;
use serde::de::DeserializeOwned;

const CHECKSUM_LEN: usize = 4;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let bytes = postcard::to_stdvec(value).context("could not encode a record")?;
    Ok(with_checksum(&bytes))
}

/// `bytes` followed by their checksum: a record as the book stores it.
pub fn with_checksum(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + CHECKSUM_LEN);
    out.extend_from_slice(bytes);
    out.extend_from_slice(&crc32fast::hash(bytes).to_le_bytes());
    out
}

/// Decodes a record of `table`, after checking its checksum. The error names the table; the
/// reader that knows the key adds it (`table customers_v2, key …: the record is damaged …`).
pub fn decode<T: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<T> {
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
pub fn decode_unchecked<T: DeserializeOwned>(bytes: &[u8], table: &str) -> Result<T> {
    postcard::from_bytes(bytes).with_context(|| format!("table {table}: {}", damaged("it cannot be read")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_flipped_bit_anywhere_in_a_record_is_refused() {
        let bytes = super::encode(&("Đà Nẵng", 42u32)).unwrap();
        assert_eq!(super::decode::<(String, u32)>(&bytes, "t").unwrap(), ("Đà Nẵng".to_string(), 42));
        for i in 0..bytes.len() * 8 {
            let mut flipped = bytes.clone();
            flipped[i / 8] ^= 1 << (i % 8);
            let err = super::decode::<(String, u32)>(&flipped, "customers_v2").unwrap_err();
            assert!(err.to_string().starts_with("table customers_v2: the record is damaged"), "{err}");
        }
        assert!(super::decode::<u32>(&[1, 2], "t").is_err());
    }
}
