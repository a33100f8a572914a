//! Key fuzzing: the real app under random keys, pastes and resizes, in every perspective. It
//! never panics, and the book's invariants hold after every step.
//!
//! `PARTNERDESK_FUZZ_CASES` sets the number of sequences (default 400, of 100 steps each: about
//! two minutes of the suite's budget in a debug build on CI's two cores, which keeps the whole
//! suite well inside its time); a long run:
//! `PARTNERDESK_FUZZ_CASES=200000 cargo test --release --test fuzz`.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use partnerdesk::app::keyscript::Step;
use partnerdesk::app::{App, Event};
use partnerdesk::domain::invitation::InvitationStatus;
use partnerdesk::frontend::headless::Headless;
use partnerdesk::store::{Book, Reads};
use proptest::prelude::*;
use std::sync::{Arc, Mutex, OnceLock};

const STEPS: usize = 100;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Resize(u16, u16),
}

fn key() -> impl Strategy<Value = Input> {
    let named = prop::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::Delete,
    ]);
    // Every key of the key map, and then some.
    let mapped = prop::sample::select("1234qjkgGlhrndespcoPfavymx /?tOAuSRQXLUM".chars().collect::<Vec<_>>());
    let printable = prop::char::range(' ', '~');
    let unicode = prop::sample::select("ăâđêôơưẠỹİıŞşĞğÇç中文华通😀🚀é\u{0301}\u{202E}".chars().collect::<Vec<_>>());
    let control = prop::sample::select("acdeklsuwyo".chars().collect::<Vec<_>>());
    prop_oneof![
        4 => named.prop_map(|c| Input::Key(c, KeyModifiers::NONE)),
        6 => mapped.prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        2 => printable.prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        1 => unicode.prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        1 => control.prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::CONTROL)),
        1 => "\\PC{0,40}|[\\x00-\\x1f]{0,10}".prop_map(Input::Paste),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

/// One shared demo book per perspective: changes made by one sequence stay for the next,
/// so the fuzz also walks a book that earlier sequences changed.
fn book() -> Arc<Book> {
    static BOOK: OnceLock<Arc<Book>> = OnceLock::new();
    BOOK.get_or_init(|| common::demo_book(40)).clone()
}

fn perspectives(book: &Book) -> Vec<String> {
    let mut who: Vec<String> = ["mai@saomai.vn", "hung@saomai.vn", "lan@saomai.vn", "bao@saomai.vn", "ha@saomai.vn"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    book.read()
        .unwrap()
        .each_customer(|c| {
            if who.len() < 7
                && let Some(u) = c.users.iter().find(|u| u.global_admin)
            {
                who.push(u.email.to_string());
            }
            Ok(())
        })
        .unwrap();
    who
}

/// The invariants of the book, checked in full after each sequence.
fn check_book(book: &Book) {
    let read = book.read().unwrap();
    let org = read.org().unwrap().unwrap();
    let mut rows = std::collections::HashMap::new();
    read.each_customer_row(|r| {
        rows.insert(r.tenant_id, r);
    })
    .unwrap();
    let mut count = 0;
    read.each_customer(|c| {
        count += 1;
        // The row by its record, listed also while a granular admin relationship keeps it on the list.
        let row = read.customer_row(&c, org.partner_id).unwrap();
        assert_eq!(rows.get(&c.tenant_id), Some(&row), "the list row matches the record");
        Ok(())
    })
    .unwrap();
    assert_eq!(count, rows.len());
    for inv in read.invitations().unwrap() {
        if inv.status == InvitationStatus::Accepted {
            assert!(inv.answered.is_some(), "{} accepted without an answer", inv.id);
            assert!(read.customer(inv.customer.unwrap()).unwrap().is_some(), "{} accepted by nobody", inv.id);
        }
    }
    // Every offer's usage count is the number of customers that used it.
    for terms in read.all_offer_terms().unwrap() {
        assert_eq!(terms.uses as usize, read.offer_uses(terms.invitation).unwrap().len(), "{}", terms.invitation);
    }
    // No invitation is accepted twice, and the audit log has no gaps.
    let mut accepted = std::collections::HashSet::new();
    let mut last = 0;
    read.each_audit(|e| {
        assert_eq!(e.seq, last + 1, "the audit log has no gaps");
        last = e.seq;
        if e.action == "invitation.accepted" {
            assert!(accepted.insert(e.target.clone()), "{} accepted twice", e.target);
        }
        Ok(())
    })
    .unwrap();
}

fn run_sequence(app: &mut App, book: &Book, inputs: &[Input]) {
    let mut headless = Headless::new(120, 35).unwrap();
    let mut changes = book.changes();
    changes.mark_unchanged();
    for input in inputs {
        let commits_before = *changes.borrow();
        let audit_before = book.read().unwrap().audit_len().unwrap();
        let step = match input {
            Input::Key(code, mods) => Step::Key(KeyEvent::new(*code, *mods)),
            Input::Resize(w, h) => Step::Resize(*w, *h),
            Input::Paste(text) => {
                app.handle(Event::Paste(text.clone()));
                Step::Wait
            }
        };
        let running = headless.step(app, &step).unwrap();
        // Each commit counts once for every kind of record it changed: the largest count among
        // the records (audit aside) is at least the number of commits that changed records.
        let now = *changes.borrow();
        let commits = (0..6).map(|i| now.0[i] - commits_before.0[i]).max().unwrap_or(0);
        let audited = book.read().unwrap().audit_len().unwrap() - audit_before;
        assert!(audited >= commits, "{commits} commits left only {audited} audit records after {input:?}");
        if !running {
            break;
        }
    }
}

fn cases() -> u32 {
    std::env::var("PARTNERDESK_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400)
}

#[test]
fn random_keys_never_panic_and_keep_the_book_whole() {
    let book = book();
    let who = perspectives(&book);
    let audit_at_start = book.read().unwrap().audit_len().unwrap();
    let turn = Mutex::new(0usize);
    let config = ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(inputs in prop::collection::vec(key(), STEPS))| {
        let n = {
            let mut t = turn.lock().unwrap();
            *t += 1;
            *t
        };
        // A sequence may have removed this user: then the partner's Global admin takes the turn.
        let email = who[n % who.len()].as_str();
        let known = partnerdesk::app::session::resolve_actor(&book, Some(email)).is_ok();
        let mut app = common::app(book.clone(), known.then_some(email));
        run_sequence(&mut app, &book, &inputs);
        check_book(&book);
    });
    // The fuzz reaches the forms: it changes the book, not only the screens.
    let changes = book.read().unwrap().audit_len().unwrap() - audit_at_start;
    eprintln!("the fuzz made {changes} audited changes");
    assert!(cases() < 200 || changes > 0, "{} sequences changed nothing: the fuzz never reached a form", cases());
}
