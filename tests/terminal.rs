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

/// Feeds `keys` to the app as a terminal would, without the driver's idle turns (which would
/// run the job in progress a chunk further).
fn press(app: &mut partnerdesk::app::App, keys: &str) {
    for step in partnerdesk::app::keyscript::parse(keys).expect("a key script") {
        if let partnerdesk::app::keyscript::Step::Key(key) = step {
            app.handle(partnerdesk::app::Event::Key(key));
        }
    }
}

/// The question on top, and its detail, if one is asked.
fn question(app: &partnerdesk::app::App) -> Option<(String, String)> {
    match app.overlays.last() {
        Some(partnerdesk::app::overlay::Overlay::Confirm(c)) => Some((c.question.clone(), c.detail.clone())),
        _ => None,
    }
}

#[test]
fn quitting_while_a_bulk_action_runs_asks_first_and_esc_answers_the_question() {
    use partnerdesk::app::job::{Job, JobKind};
    use partnerdesk::domain::customer_changes::ContactsMode;
    use partnerdesk::store::Reads;
    let book = demo_book(40);
    let mut tenants = Vec::new();
    book.read()
        .expect("a read")
        .each_customer(|c| {
            tenants.push(c.tenant_id);
            Ok(())
        })
        .expect("the customers");
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    // Support contacts for every customer, not one chunk run yet.
    app.job = Some(Job::new(JobKind::SupportContacts(Vec::new(), ContactsMode::Add), tenants.clone()));
    let n = tenants.len();

    press(&mut app, "q");
    let (asked, detail) = question(&app).expect("q asks while the job runs");
    assert_eq!(asked, "Quit while the bulk action runs?");
    assert!(detail.starts_with(&format!("0 of {n} done so far")), "{detail}");
    assert!(detail.contains(&format!("the other {n} are left as they are")), "{detail}");
    let drawn =
        text(partnerdesk::frontend::headless::Headless::new(80, 24).expect("a screen").draw(&app).expect("a frame"));
    assert!(drawn.contains("Quit while the bulk action runs?"), "{drawn}");
    // Esc answers the question (it does not stop the job under it); so does n.
    press(&mut app, "<Esc>");
    assert!(question(&app).is_none() && !app.quit);
    assert!(app.job.as_ref().is_some_and(|job| !job.cancelled), "the job goes on");
    press(&mut app, "q n");
    assert!(question(&app).is_none() && !app.quit && app.job.is_some());
    // Above the help too, Esc closes what is open; on the list it stops the job.
    press(&mut app, "? <Esc>");
    assert!(!app.help && app.job.as_ref().is_some_and(|job| !job.cancelled));
    press(&mut app, "<Esc>");
    assert!(app.job.as_ref().is_some_and(|job| job.cancelled), "Esc on the list stops it");
    // A job told to stop does not hold the way out.
    press(&mut app, "q");
    assert!(app.quit && question(&app).is_none());

    // Ctrl-C twice quits: the job stops where it is, and nothing was changed.
    let mut app = common::app(book.clone(), Some("hung@saomai.vn"));
    app.job = Some(Job::new(JobKind::SupportContacts(Vec::new(), ContactsMode::Add), tenants));
    press(&mut app, "<C-c>");
    assert!(!app.quit && question(&app).is_some());
    press(&mut app, "<C-c>");
    assert!(app.quit && app.job.is_none());
    let audit = book.read().expect("a read").audit_newest(5).expect("the audit");
    assert!(audit.iter().all(|e| e.action != "customer.support_contacts_set"), "no chunk ran");
}

#[test]
fn a_long_lists_fuzzy_ranking_is_made_in_the_background_while_the_keys_go_on() {
    let book = demo_book(300);
    let mut app = app(book.clone(), None);
    app.set_fuzzy(true);
    // 300 customers count as a long list here (20,000 do in the app), so the test stays small.
    app.rank_in_background_from(100);
    let all = app.customers.list.shown();
    press(&mut app, "/ b");
    // The key is answered at once: the ranking is made on a thread of its own while the list
    // shows what it showed, and the prompt says a ranking is coming.
    assert!(app.customers.list.is_ranking() && app.is_loading());
    assert_eq!(app.customers.list.shown(), all);
    let mut headless = partnerdesk::frontend::headless::Headless::new(120, 35).expect("a screen");
    let drawn = text(headless.draw(&app).expect("a frame"));
    assert!(drawn.contains("Fuzzy: b") && drawn.contains("ranking…"), "{drawn}");
    // More keys meanwhile: each one's ranking replaces the one it made stale, and a move is
    // answered on the list as it shows.
    press(&mut app, "m d <Down> n");
    assert!(app.customers.list.is_ranking());
    assert_eq!(app.customers.list.selected(), 1, "↓ moved on the list being shown");
    app.poll_loading(true);
    assert!(!app.customers.list.is_ranking() && !app.is_loading());
    // What lands is the newest query's ranking, the one a short list makes on the key's thread.
    let mut here = common::app(book, None);
    here.set_fuzzy(true);
    press(&mut here, "/ bmdn");
    assert!(!here.customers.list.is_ranking(), "300 items rank on the key's own thread by default");
    assert_eq!(app.customers.list.visible(), here.customers.list.visible());
    assert!(app.customers.list.shown() < all && app.customers.list.selected() == 0, "the best match selected");
    let landed = text(headless.draw(&app).expect("a frame"));
    assert!(!landed.contains("ranking…"), "{landed}");
    let first = rows(&landed).first().copied().unwrap_or_default();
    assert!(first.contains("binhminhdanang"), "{landed}");
}

#[test]
fn x_over_ssh_says_how_the_export_reaches_the_operators_own_machine() {
    let mut app = app(demo_book(20), None);
    app.session.remote = true;
    let said = text(&screen(&mut app, 120, 35, "x"));
    let status = app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.starts_with("Over SSH nothing is written on the server."), "{status}");
    assert!(status.contains("partnerdesk export --excel > customers.csv"), "a command that runs over ssh: {status}");
    assert!(said.contains("Over SSH nothing is written"), "{said}");
    assert!(app.job.is_none(), "no export started");
}

#[test]
fn tab_on_the_command_line_completes_a_jumps_argument() {
    let book = demo_book(60);
    let target = find_customer(&book, |c| c.relationships.len() == 1);
    let domain = target.primary_domain.to_string();
    // Its domain but the last letters: no other domain starts so.
    let typed = domain.strip_suffix("com").expect("an onmicrosoft.com domain");
    let mut app = app(book, None);
    let completed = text(&screen(&mut app, 120, 35, &format!(": customer<Space>{typed} Tab")));
    assert!(completed.contains(&format!(":customer {domain}█")), "{completed}");
    let jumped = text(&screen(&mut app, 120, 35, "Enter"));
    assert!(jumped.lines().any(|l| l.contains('▾') && l.contains(&domain[..12])), "{jumped}");
    let themes = text(&screen(&mut app, 120, 35, "Esc : theme<Space>"));
    assert!(themes.contains("dark  light  mono"), "what it takes, as values:\n{themes}");
    let light = text(&screen(&mut app, 120, 35, "l Tab"));
    assert!(light.contains(":theme light█"), "{light}");
    let zone = text(&screen(&mut app, 120, 35, "Esc : tz<Space>asia/ho_ Tab"));
    assert!(zone.contains(":tz Asia/Ho_Chi_Minh█"), "{zone}");
    let chinese = text(&screen(&mut app, 120, 35, "Esc : lang<Space>z Tab"));
    assert!(chinese.contains(":lang zh-CN█"), "{chinese}");
    // Nothing fits: the line stays as typed.
    let none = text(&screen(&mut app, 120, 35, "Esc : customer<Space>zzzq Tab"));
    assert!(none.contains(":customer zzzq█") && none.contains("customer DOMAIN|TENANT"), "{none}");
}
