//! Every screen in every language: each locale's screens at 80×24 keep the tab names, the
//! help and quit keys in view, show no English where a translation exists, and a session's
//! language is its own even when another session on the same thread speaks another.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;
use partnerdesk::i18n::{Locale, scoped};
use partnerdesk::text as words;

/// Key scripts that reach every tab, pane and overlay a partner's operator sees.
const SCREENS: &[&str] = &[
    "",
    "Enter",
    "?",
    "/ minh <Enter>",
    "r",
    "n",
    "2",
    "2 Enter",
    "2 f",
    "3",
    "3 p",
    "3 c",
    "4",
    "4 v",
    "4 v v",
    "4 v v Enter",
    "4 v n",
    "4 n",
    ":",
];

/// The screens whose footer is the list's (an overlay has its own keys).
fn list_footer(keys: &str) -> bool {
    ["", "Enter", "/ minh <Enter>", "2", "2 f", "3", "4", "4 v", "4 v v"].contains(&keys)
}

/// Key scripts that reach every tab and overlay a customer's administrator sees.
const CUSTOMER_SCREENS: &[&str] = &["", "?", "2", "3", "4", ":"];

fn say(locale: Locale, phrase: partnerdesk::i18n::Phrase) -> String {
    scoped(locale, || phrase.to_string())
}

#[test]
fn every_screen_in_every_language_keeps_its_tabs_and_keys_at_80x24() {
    let book = demo_book(200);
    for locale in Locale::ALL {
        let tabs = [words::TAB_CUSTOMERS, words::TAB_INVITATIONS, words::TAB_PARTNERS, words::TAB_PERMISSIONS];
        let help = format!("? {}", say(locale, words::KEY_HELP));
        let quit = format!("q {}", say(locale, words::KEY_QUIT));
        for keys in SCREENS {
            let mut app = app(book.clone(), None);
            app.locale = locale;
            let shown = text(&screen(&mut app, 80, 24, keys));
            let lines: Vec<&str> = shown.lines().collect();
            assert_eq!(lines.len(), 24, "{locale:?} {keys:?}:\n{shown}");
            for tab in tabs {
                assert!(lines[0].contains(&say(locale, tab)), "{locale:?} {keys:?}: tab {tab:?} cut:\n{shown}");
            }
            let footer = lines[23];
            if list_footer(keys) {
                assert!(footer.contains(&help) && footer.contains(&quit), "{locale:?} {keys:?}: footer:\n{shown}");
            }
            // The command line lists actions by their names, which are identifiers (as in the config).
            if locale != Locale::En && *keys != ":" {
                for english in ["Customers", "Invitations", "Permissions", "Company", "Relationship", "filter"] {
                    assert!(!shown.contains(english), "{locale:?} {keys:?}: {english:?} is English:\n{shown}");
                }
            }
        }
    }
}

/// The customer's side too: its own organization, partners, invitations and permissions, in
/// each language at 80×24, with nothing drawn past the edge and no English left.
#[test]
fn every_customer_screen_in_every_language_fits_80x24() {
    let book = demo_book(200);
    let c = common::find_customer(&book, |c| c.admin.is_some() && c.users.iter().any(|u| u.global_admin));
    let admin = common::global_admin_of(&c);
    for locale in Locale::ALL {
        for keys in CUSTOMER_SCREENS {
            let mut app = app(book.clone(), Some(&admin));
            app.locale = locale;
            let shown = text(&screen(&mut app, 80, 24, keys));
            let lines: Vec<&str> = shown.lines().collect();
            assert_eq!(lines.len(), 24, "{locale:?} {keys:?}:\n{shown}");
            if !keys.contains(['?', ':']) {
                let (help, quit) =
                    (format!("? {}", say(locale, words::KEY_HELP)), format!("q {}", say(locale, words::KEY_QUIT)));
                assert!(
                    lines[23].contains(&help) && lines[23].contains(&quit),
                    "{locale:?} {keys:?}: footer:\n{shown}"
                );
            }
            if locale != Locale::En && *keys != ":" {
                for english in ["Invitations", "Partners", "Permissions", "filter", "Relationship"] {
                    assert!(!shown.contains(english), "{locale:?} {keys:?}: {english:?} is English:\n{shown}");
                }
            }
        }
    }
}

#[test]
fn every_tab_in_vietnamese_turkish_and_chinese() {
    let book = demo_book(200);
    for (locale, name) in [(Locale::Vi, "vi"), (Locale::Tr, "tr"), (Locale::ZhCn, "zh_cn")] {
        for (keys, tab) in [("", "customers"), ("2", "invitations"), ("3", "partners"), ("4", "permissions")] {
            let mut app = app(book.clone(), None);
            app.locale = locale;
            assert_snapshot!(format!("{name}_{tab}"), text(&screen(&mut app, 80, 24, keys)));
        }
    }
}

/// Two operators on one server: the same thread draws one in Vietnamese, the other in
/// Turkish, turn by turn, and neither screen borrows the other's language.
#[test]
fn two_sessions_on_one_thread_each_keep_their_language() {
    let book = demo_book(50);
    let (mut vi, mut tr) = (app(book.clone(), None), app(book, None));
    vi.locale = Locale::Vi;
    tr.locale = Locale::Tr;
    for keys in ["", "2", "3", "4", "?"] {
        let a = text(&screen(&mut vi, 80, 24, keys));
        let b = text(&screen(&mut tr, 80, 24, keys));
        assert!(a.contains("Khách hàng") && !a.contains("Müşteriler"), "{a}");
        assert!(b.contains("Müşteriler") && !b.contains("Khách hàng"), "{b}");
    }
}

/// `L` switches this session's language, and the status line says so in the new one.
#[test]
fn l_switches_the_language_of_this_session_only() {
    let book = demo_book(50);
    let (mut one, mut other) = (app(book.clone(), None), app(book, None));
    let shown = text(&screen(&mut one, 80, 24, "L"));
    assert_eq!(one.locale, Locale::Vi);
    assert!(shown.contains("Ngôn ngữ: Tiếng Việt") && shown.contains("Khách hàng"), "{shown}");
    let untouched = text(&screen(&mut other, 80, 24, ""));
    assert!(untouched.contains("Customers"), "{untouched}");
    let back = text(&screen(&mut one, 80, 24, "L L L"));
    assert_eq!(one.locale, Locale::En);
    assert!(back.contains("Customers"), "{back}");
}

/// `:lang tr` on the command line switches this session to Turkish; a language partnerdesk
/// does not speak is said, in the language the session has, and nothing changes.
#[test]
fn the_command_line_switches_the_language() {
    let book = demo_book(50);
    let mut app = app(book, None);
    let shown = text(&screen(&mut app, 80, 24, ":lang<Space>tr <Enter>"));
    assert_eq!(app.locale, Locale::Tr);
    assert!(shown.contains("Dil: Türkçe") && shown.contains("Müşteriler"), "{shown}");
    let refused = text(&screen(&mut app, 80, 24, ":lang<Space>de <Enter>"));
    assert_eq!(app.locale, Locale::Tr);
    assert!(refused.contains("partnerdesk de dilini konuşmuyor"), "{refused}");
}

/// With a customer's record open, `L` assigns a licence (the record's key), not the language.
#[test]
fn l_on_an_open_record_is_the_records_own_key() {
    let book = demo_book(50);
    let mut app = app(book, None);
    let _ = screen(&mut app, 80, 24, "Enter L");
    assert_eq!(app.locale, Locale::En, "the language stays");
}

/// A partner user's language is theirs, not the session's: chosen once (`L` or `:lang`), their
/// next session opens in it; a read-only session switches for itself only.
#[test]
fn the_operators_language_is_kept_for_their_next_session() {
    let book = demo_book(50);
    let mut first = app(book.clone(), None);
    assert_eq!(first.own_language(), None, "nobody has chosen yet");
    let _ = screen(&mut first, 80, 24, ":lang<Space>zh-CN <Enter>");
    let next = app(book.clone(), None);
    assert_eq!(next.own_language(), Some(Locale::ZhCn));

    let mut read_only = app(book.clone(), None);
    read_only.session.read_only = true;
    let _ = screen(&mut read_only, 80, 24, "L");
    assert_eq!(read_only.locale, Locale::En.next());
    assert_eq!(app(book, None).own_language(), Some(Locale::ZhCn), "a read-only session writes nothing");
}

/// A terminal too small for the desk says so in every language without drawing past its edge
/// (a two-cell character in a terminal one or two cells wide).
#[test]
fn the_too_small_message_fits_any_terminal_in_every_language() {
    let book = demo_book(20);
    for locale in Locale::ALL {
        let mut app = app(book.clone(), None);
        app.locale = locale;
        for width in 1..=12 {
            for height in [1, 2, 5, 24, 72] {
                let shown = text(&screen(&mut app, width, height, ""));
                assert_eq!(shown.lines().count(), height as usize, "{locale:?} {width}×{height}");
            }
        }
    }
}

/// `:tz Asia/Ho_Chi_Minh`: every time on screen is in the operator's zone and says which; the
/// zone is kept for their next session; a name the time zone database lacks is refused and
/// nothing changes.
#[test]
fn times_are_shown_in_the_operators_zone_with_the_zone_said() {
    let book = demo_book(50);
    let mut first = app(book.clone(), None);
    first.zone = Default::default();
    let utc = text(&screen(&mut first, 120, 35, "4 v v"));
    assert!(utc.contains(" UTC"), "{utc}");
    let mut app = app(book.clone(), None);
    let shown = text(&screen(&mut app, 120, 35, ":tz<Space>Asia/Ho_Chi_Minh <Enter>"));
    assert!(shown.contains("Asia/Ho_Chi_Minh"), "said on the status line:\n{shown}");
    let shown = text(&screen(&mut app, 120, 35, "4 v v"));
    assert!(shown.contains(" +07") && !shown.contains(" UTC"), "{shown}");
    let event = text(&screen(&mut app, 120, 35, "G Enter"));
    assert!(event.contains(":00 +07"), "{event}");
    let next = common::app(book.clone(), None);
    assert_eq!(next.zone.name(), "Asia/Ho_Chi_Minh", "the operator's next session");
    let refused = text(&screen(&mut app, 120, 35, "Esc :tz<Space>Mars/Olympus <Enter>"));
    assert!(refused.contains("Mars/Olympus"), "{refused}");
    assert_eq!(app.zone.name(), "Asia/Ho_Chi_Minh", "nothing changed");
}
