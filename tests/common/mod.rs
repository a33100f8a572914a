//! The snapshot harness: the real `App` on a demo book in memory, a fixed clock, a key script,
//! rendered into ratatui's `TestBackend`.

#![allow(dead_code)]

pub mod cli;

use chrono::TimeZone;
use partnerdesk::app::effect::Effect;
use partnerdesk::app::session::{self, FixedClock, Session};
use partnerdesk::app::{App, keyscript};
use partnerdesk::demo::{self, DemoOptions};
use partnerdesk::domain::Timestamp;
use partnerdesk::domain::ids::SessionId;
use partnerdesk::frontend::headless::Headless;
use partnerdesk::store::{Book, Stamp};
use ratatui::buffer::Buffer;
use std::sync::Arc;

pub fn now() -> Timestamp {
    chrono::Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).single().expect("a valid instant")
}

pub fn stamp() -> Stamp {
    Stamp { actor: "test".into(), session: SessionId("test".into()), at: now(), via: String::new() }
}

/// A demo book of `customers` customers (seed 7), in memory.
pub fn demo_book(customers: u32) -> Arc<Book> {
    let book = Book::in_memory().expect("an in-memory book");
    demo::generate(&book, DemoOptions { customers, seed: 7, now: now() }, &stamp()).expect("the demo book");
    Arc::new(book)
}

pub fn app(book: Arc<Book>, as_email: Option<&str>) -> App {
    let actor = session::resolve_actor(&book, as_email).expect("a known user");
    let session = Session {
        id: SessionId("snapshot".into()),
        actor,
        read_only: false,
        remote: false,
        files_dir: None,
        via: "test".into(),
    };
    let app = App::new(book, session, Arc::new(FixedClock(now())), &partnerdesk::ui::theme::COLOR).expect("the app");
    app.seed.set(7);
    app
}

/// Runs `keys` on `app` at `width`×`height` and returns the final screen.
pub fn screen(app: &mut App, width: u16, height: u16, keys: &str) -> Buffer {
    screen_and_effects(app, width, height, keys).0
}

/// Runs `keys` and returns the final screen with what the app asked of its terminal.
#[allow(dead_code)] // Not every test binary looks at effects.
pub fn screen_and_effects(app: &mut App, width: u16, height: u16, keys: &str) -> (Buffer, Vec<Effect>) {
    let steps = keyscript::parse(keys).expect("a valid key script");
    let mut headless = Headless::new(width, height).expect("a headless terminal");
    let screen = headless.run(app, &steps, |_, _| {}).expect("the script runs");
    (screen, headless.take_effects())
}

pub fn text(buf: &Buffer) -> String {
    partnerdesk::ui::snapshot::text(buf)
}

/// The first customer of `book` that `pick` accepts.
pub fn find_customer(
    book: &Book,
    pick: impl Fn(&partnerdesk::domain::customer::Customer) -> bool,
) -> partnerdesk::domain::customer::Customer {
    use partnerdesk::store::Reads;
    let mut found = None;
    book.read()
        .expect("a read")
        .each_customer(|c| {
            if found.is_none() && pick(&c) {
                found = Some(c);
            }
            Ok(())
        })
        .expect("the customers");
    found.expect("a matching demo customer")
}

/// The email of a Global admin of `c`.
pub fn global_admin_of(c: &partnerdesk::domain::customer::Customer) -> String {
    c.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string()).expect("a Global admin")
}

/// Runs the `partnerdesk` binary as a script would: no `PARTNERDESK_DB`, no colours.
pub fn partnerdesk(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
        .args(args)
        .env_remove("PARTNERDESK_DB")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}
