//! What the operations' tests share: a small demo book and who acts on it.

use super::OpContext;
use crate::domain::fixtures;
use crate::domain::ids::SessionId;
use crate::domain::permission::Actor;
use crate::store::{Book, Stamp};

/// A demo book of 30 customers (seed 1), in memory.
pub fn book() -> Book {
    let book = Book::in_memory().unwrap();
    let options = crate::demo::DemoOptions { customers: 30, seed: 1, now: fixtures::now() };
    crate::demo::generate(&book, options, &stamp("demo")).unwrap();
    book
}

pub fn stamp(actor: &str) -> Stamp {
    Stamp { actor: actor.into(), session: SessionId("t".into()), at: fixtures::now(), via: String::new() }
}

pub fn actor(book: &Book, email: &str) -> Actor {
    crate::app::session::resolve_actor(book, Some(email)).unwrap().unwrap()
}

pub fn ctx<'a>(actor: &'a Actor) -> OpContext<'a> {
    OpContext { actor, stamp: stamp(actor.email()), read_only: false, seed: fastrand::u64(..) }
}
