//! The book and its rules: plain types, validation, state machines and the permission check
//! for every operation. No IO, no terminal, no storage and no English here: a refusal carries a
//! typed `Msg` that `crate::text` puts into words. Every rule of product.md is a function in
//! this module tree with a unit test that names it.

pub mod admin;
pub mod audit;
pub mod catalogue;
pub mod country;
pub mod customer;
pub mod customer_changes;
pub mod entra_roles;
pub mod gdap;
pub mod grant;
pub mod ids;
pub mod invitation;
pub mod letter;
pub mod link;
pub mod msg;
pub mod offer;
pub mod org;
pub mod partner_contact;
pub mod partners;
pub mod permission;
pub mod refusal;
pub mod region;
pub mod scope;
pub mod search;
pub mod setup;
pub mod tenant_admin;
pub mod users;
pub mod validate;

#[cfg(test)]
pub(crate) mod fixtures;

pub use msg::Msg;
pub use refusal::{Input, Refusal};

/// Every moment in the book is a UTC instant. Operations take `now` as an argument so that
/// expiry and ages are testable with an injected clock.
pub type Timestamp = chrono::DateTime<chrono::Utc>;
