//! partnerdesk: a keyboard-driven terminal desk for CSP partner support operators.

pub mod domain;
pub mod store;
