//! The domain's messages (`crate::domain::msg`) in English, one file per group. Each sentence
//! is chosen here from the message's typed arguments: names and ids as they are, statuses by
//! their label, and plurals from the counts.

mod admin;
mod book;
mod customer;
mod gdap;
mod input;
mod invitation;
mod offer;
mod partner;
mod permission;
mod setup;
mod tenant;
mod user;

use crate::domain::{Msg, Refusal};
use std::fmt;

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Msg::Input(m) => m.fmt(f),
            Msg::Permission(m) => m.fmt(f),
            Msg::Book(m) => m.fmt(f),
            Msg::Invitation(m) => m.fmt(f),
            Msg::Offer(m) => m.fmt(f),
            Msg::Customer(m) => m.fmt(f),
            Msg::Partner(m) => m.fmt(f),
            Msg::User(m) => m.fmt(f),
            Msg::Admin(m) => m.fmt(f),
            Msg::Gdap(m) => m.fmt(f),
            Msg::Setup(m) => m.fmt(f),
            Msg::Tenant(m) => m.fmt(f),
        }
    }
}

/// A refusal as one line, the input's name first when it is about one: "Email: is required".
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.input {
            Some(input) => {
                f.write_str(&crate::t!("refusal-about", input = input.to_string(), msg = self.msg.to_string()))
            }
            None => self.msg.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests;
