//! partnerdesk: a keyboard-driven terminal desk for CSP partner support operators.
//!
//! Data flows one way: key or SSH bytes → `app::Event` → `app::Action` → `App::update` →
//! `store::Book::write` (one transaction with its audit record); `ui::render` draws the
//! state and never changes the book.

pub mod app;
pub mod cells;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod files;
pub mod frontend;
pub mod i18n;
pub mod import;
pub mod memory;
pub mod operations;
pub mod ssh;
pub mod store;
pub mod text;
pub mod theme;
pub mod ui;
