//! Record encoding: postcard, compact and fast. It is not self-describing, so a change to a
//! stored type is a schema change with a migration (see `schema`).

use anyhow::{Context, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    postcard::to_stdvec(value).context("could not encode a record")
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T> {
    postcard::from_bytes(bytes).with_context(|| format!("the book has a damaged {what} record"))
}
