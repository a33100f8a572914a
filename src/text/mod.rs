//! The names of every string a person reads, in one place: the screens' words by tab, the
//! sentences of the domain's typed messages (`Msg`, in `refusals/`), the names of its inputs
//! and values (`inputs.rs`, `labels.rs`) and the letters to customers (`letters.rs`). The words
//! themselves are Project Fluent messages in `locales/<tag>/*.ftl` (en, vi, tr,
//! zh-CN), said in the reader's language (`crate::i18n`): the domain names what happened, this
//! module names the message, the `.ftl` files say it.
//!
//! How to add a string (the same steps for every kind):
//! 1. A fixed phrase: `pub const SAVE_DRAFT: Phrase = Phrase("save-draft");` here, and
//!    `save-draft = save the draft` in `locales/en/partnerdesk.ftl`. Use it where a `&str`
//!    was used: it is `Copy` + `Display`, and `.to_string()` / `String::from` / `Span::raw`
//!    take it. Key help (`bind(…, text::KEY_X, …)`) and form labels take a `Phrase` as is.
//! 2. A sentence with values: a function here calling `t!`:
//!    `pub fn saved(name: &str) -> String { t!("saved", name = name) }` and
//!    `saved = { $name }: saved.`; counts go in as numbers, and the `.ftl` chooses the plural
//!    (`{ $count -> [one] … *[other] … }`) — never `if n == 1` or "(s)" in code; a status or
//!    kind inside a sentence is its `in_sentence()` word, never `label().to_lowercase()`.
//! 3. The same id in `locales/vi`, `locales/tr` and `locales/zh-CN` with the same `$arguments`
//!    (terms from `locales/GLOSSARY.md`); `cargo test --lib i18n` fails until every locale has
//!    it, and fails for an id the code names that `en` lacks.
//!
//! Widths are display cells (`crate::cells`), never `chars().count()` or `{:<N}`.

mod book;
mod cli;
mod countries;
mod customers;
pub mod gdap;
mod inputs;
mod invitations;
mod labels;
mod letters;
mod multi_partner;
mod offers;
mod partners;
mod permissions;
mod refusals;
mod regions;
mod screens;
mod setup;
mod support_contacts;
mod tenant;
mod terminal;

pub use cli::*;
pub use customers::*;
pub use invitations::*;
pub use multi_partner::*;
pub use offers::*;
pub use partners::*;
pub use permissions::*;
pub use screens::*;
pub use setup::*;
pub use support_contacts::*;
pub use tenant::*;
pub use terminal::*;
