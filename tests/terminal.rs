//! Terminal behaviour as an operator meets it: the fuzzy filter (`:fuzzy`), the jump to a
//! subscription (`:sub SUB-12`), and shell completion of values from the book.

mod common;

use common::{app, demo_book, find_customer, global_admin_of, screen, text};
use std::process::Command;

/// The customer rows of a screen (those with an expand arrow), top to bottom.
fn rows(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| l.contains('▸') || l.contains('▾')).collect()
}

#[test]
fn the_fuzzy_filter_finds_initials_across_words_and_diacritics_best_first() {
    let book = demo_book(300);
    // The demo's "… Bình Minh Đà Nẵng" companies have domains that start so.
    find_customer(&book, |c| c.company_name.contains("Bình Minh Đà Nẵng"));
    let mut app = app(book, None);
    let plain = text(&screen(&mut app, 120, 35, "/ bmdn"));
    assert!(rows(&plain).is_empty(), "as one piece of text, bmdn is in no name:\n{plain}");
    let fuzzy = text(&screen(&mut app, 120, 35, "Esc : fuzzy Enter"));
    assert!(fuzzy.contains("Fuzzy filter on"), "{fuzzy}");
    let found = text(&screen(&mut app, 120, 35, "/ bmdn"));
    assert!(found.contains("Fuzzy: bmdn"), "the prompt says the filter is fuzzy:\n{found}");
    let first = rows(&found).first().copied().unwrap_or_default();
    assert!(first.contains("binhminhdanang"), "a name of those initials is ranked first:\n{found}");
    // Backspace and the same letter again give the same ranking; Esc shows every customer.
    let again = text(&screen(&mut app, 120, 35, "Backspace n"));
    assert_eq!(rows(&again), rows(&found));
    let off = text(&screen(&mut app, 120, 35, "Esc : fuzzy<Space>off Enter / bmdn"));
    assert!(rows(&off).is_empty() && off.contains("Filter: bmdn"), "{off}");
}

#[test]
fn a_subscription_id_opens_its_customer_at_that_subscription() {
    let book = demo_book(200);
    let holder = find_customer(&book, |c| c.subscriptions.len() >= 3 && !c.users.is_empty());
    let sub = holder.subscriptions.last().expect("a subscription").id.to_string();
    let mut app = app(book.clone(), None);
    for (width, height) in [(80, 24), (120, 35)] {
        let jumped = text(&screen(&mut app, width, height, &format!("Esc : sub<Space>{sub} Enter")));
        let open = rows(&jumped).into_iter().find(|l| l.contains('▾')).unwrap_or_default();
        let domain = holder.primary_domain.as_str();
        assert!(open.contains(&domain[..domain.len().min(11)]), "its customer, its record open:\n{jumped}");
        assert!(jumped.contains(&format!("▶ {sub}")), "scrolled to the subscription, marked:\n{jumped}");
    }
    let form = text(&screen(&mut app, 120, 35, "S"));
    assert!(form.contains(&sub), "the record's actions offer it first:\n{form}");
    let unknown = text(&screen(&mut app, 120, 35, "Esc : sub<Space>SUB-999999 Enter"));
    assert!(unknown.contains("There is no subscription SUB-999999 on this list."), "{unknown}");
    let bad = text(&screen(&mut app, 120, 35, ": sub<Space>12x Enter"));
    assert!(bad.contains("SUB-12"), "what it takes:\n{bad}");
    // A customer user finds its own subscriptions only.
    let other = find_customer(&book, |c| c.tenant_id != holder.tenant_id && !c.users.is_empty());
    let mut theirs = app_as(&book, &global_admin_of(&other));
    let refused = text(&screen(&mut theirs, 120, 35, &format!(": sub<Space>{sub} Enter")));
    assert!(refused.contains(&format!("There is no subscription {sub}")), "{refused}");
}

fn app_as(book: &std::sync::Arc<partnerdesk::store::Book>, email: &str) -> partnerdesk::app::App {
    app(book.clone(), Some(email))
}

/// What the shell gets on Tab with `line` typed so far (the word under the cursor last).
fn complete(db: &std::path::Path, line: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "partnerdesk", "--db", db.to_str().expect("a path")];
    args.extend_from_slice(line);
    let out = Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
        .args(&args)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (args.len() - 2).to_string())
        .env("_CLAP_IFS", "\n")
        .env_remove("PARTNERDESK_DB")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn tab_completes_emails_and_ids_from_the_book() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("demo.redb");
    let made = common::partnerdesk(&["demo", "--no-tui", "--db", db.to_str().expect("a path"), "--customers", "40"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let book = partnerdesk::store::Book::open_read_only(&db).expect("the book");
    let holder = find_customer(&book, |c| !c.subscriptions.is_empty() && !c.users.is_empty());
    let sub = holder.subscriptions[0].id.to_string();
    let email = global_admin_of(&holder);
    drop(book);

    let partners = complete(&db, &["--as", ""]);
    assert!(partners.iter().any(|e| e.ends_with("@saomai.vn")), "partner users: {partners:?}");
    let typed = &email[..email.len().min(6)];
    let customers = complete(&db, &["--as", typed]);
    assert!(customers.contains(&email), "{typed} → {customers:?}");
    assert!(customers.iter().all(|e| e.starts_with(typed)), "{customers:?}");

    let subs = complete(&db, &["subscriptions", "suspend", &sub[..5]]);
    assert!(subs.contains(&sub), "{} → {subs:?}", &sub[..5]);
    assert!(subs.iter().all(|s| s.starts_with(&sub[..5])), "{subs:?}");
    let by_digits = complete(&db, &["por", "clear", "--subscription", &sub[4..]]);
    assert!(by_digits.contains(&sub), "{by_digits:?}");
    let invitations = complete(&db, &["invitations", "revoke", "INV-"]);
    assert!(!invitations.is_empty() && invitations.iter().all(|i| i.starts_with("INV-")), "{invitations:?}");
    assert!(complete(&db, &["invitations", "revoke", "xyz"]).is_empty());
}
