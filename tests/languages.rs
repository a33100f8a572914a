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

/// Where a screen's words can end: the right edge of the screen or of a box. Left borders are
/// not edges: text running into one is a list under a popup, not a cut word.
mod fit {
    use partnerdesk::i18n::{Locale, SOURCES};
    use ratatui::buffer::{Buffer, CellWidth};
    use std::collections::HashSet;

    /// The words a locale's screens are written with, and the book's own words.
    pub struct Words {
        /// Every word of the locale's messages, and the prefixes of each (lower case).
        prefixes: HashSet<String>,
        /// Whole words: every locale's messages and the data the screens show.
        whole: HashSet<String>,
        /// Prefixes of the data's words: a name cut with an ellipsis is cut on purpose.
        data_prefixes: HashSet<String>,
        /// Runs of Han characters in the messages and the data.
        han_runs: HashSet<String>,
        /// Words only English messages use: on another language's screen, a string left untranslated.
        english: HashSet<String>,
    }

    fn is_han(c: char) -> bool {
        matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF01..=0xFF60 | 0x20000..=0x3FFFF)
    }

    fn is_letter(c: char) -> bool {
        c.is_alphabetic() && !is_han(c)
    }

    fn latin_words(text: &str) -> impl Iterator<Item = String> + '_ {
        text.split(|c: char| !is_letter(c) && !unicode_normalization::char::is_combining_mark(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
    }

    fn han_runs(text: &str) -> impl Iterator<Item = String> + '_ {
        text.split(|c: char| !is_han(c)).filter(|w| !w.is_empty()).map(str::to_string)
    }

    impl Words {
        pub fn new(locale: Locale, data: &str) -> Words {
            let own = SOURCES.iter().find(|(tag, _)| *tag == locale.tag()).map_or("", |(_, s)| *s);
            let mut prefixes = HashSet::new();
            for w in latin_words(own) {
                for (i, _) in w.char_indices().skip(1) {
                    prefixes.insert(w[..i].to_string());
                }
            }
            let mut whole: HashSet<String> = SOURCES.iter().flat_map(|(_, s)| latin_words(s)).collect();
            let mut data_prefixes = HashSet::new();
            for w in latin_words(data) {
                for (i, _) in w.char_indices().skip(1) {
                    data_prefixes.insert(w[..i].to_string());
                }
                whole.insert(w);
            }
            let han = own.lines().chain(data.lines()).flat_map(han_runs).collect();
            let english = match locale {
                Locale::En => HashSet::new(),
                _ => {
                    // The emails are in the customer's language, English for most countries: an
                    // English email's words are no string left untranslated.
                    // Their messages are named `letter-…`; a message goes on over indented and
                    // blank lines.
                    let mut in_letter = false;
                    let letters: String = SOURCES[0]
                        .1
                        .lines()
                        .filter(|l| {
                            if !l.is_empty() && !l.starts_with([' ', '}']) {
                                in_letter = l.starts_with("letter-");
                            }
                            in_letter
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    let ours: HashSet<String> =
                        latin_words(own).chain(latin_words(data)).chain(latin_words(&letters)).collect();
                    latin_words(SOURCES[0].1).filter(|w| w.chars().count() >= 3 && !ours.contains(w)).collect()
                }
            };
            Words { prefixes, whole, data_prefixes, han_runs: han, english }
        }

        /// A word of the interface cut short: a beginning of one of the locale's words that is
        /// no whole word itself, nor a beginning of the data's.
        fn cut_latin(&self, token: &str) -> bool {
            let t = token.to_lowercase();
            t.chars().count() >= 2
                && !self.whole.contains(&t)
                && self.prefixes.contains(&t)
                && !self.data_prefixes.contains(&t)
        }

        /// Han text that stops at an edge where no phrase of the messages or the data ends.
        fn cut_han(&self, run: &str) -> bool {
            if self.han_runs.contains(run) {
                return false;
            }
            !self.han_runs.iter().any(|e| e.chars().count() >= 2 && run.ends_with(e.as_str()))
        }
    }

    const VERTICAL: &[&str] = &["│", "┃", "║"];
    const RIGHT_CORNERS: &[&str] = &["┐", "┘", "┤", "╮", "╯", "┓", "┛", "╗", "╝"];
    const LEFT_CORNERS: &[&str] = &["┌", "└", "├", "╭", "╰", "┏", "┗", "╔", "╚"];

    /// The screen as rows of glyphs: (column, symbol), the right halves of wide ones left out.
    fn grid(buf: &Buffer) -> Vec<Vec<(u16, String)>> {
        let area = buf.area;
        (area.y..area.y + area.height)
            .map(|y| {
                let mut row = Vec::new();
                let mut skip = 0usize;
                for x in area.x..area.x + area.width {
                    let cell = &buf[(x, y)];
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    skip = usize::from(cell.cell_width()).saturating_sub(1);
                    row.push((x, cell.symbol().to_string()));
                }
                row
            })
            .collect()
    }

    fn at(g: &[Vec<(u16, String)>], x: u16, y: usize) -> Option<&str> {
        g.get(y)?.iter().find(|(cx, _)| *cx == x).map(|(_, s)| s.as_str())
    }

    /// Whether the glyph at (x, y) is the right border of a box: a corner on its right side
    /// above it, through a line of verticals.
    fn right_border(g: &[Vec<(u16, String)>], x: u16, y: usize) -> bool {
        let Some(s) = at(g, x, y) else { return false };
        if RIGHT_CORNERS.contains(&s) {
            return true;
        }
        if !VERTICAL.contains(&s) {
            return false;
        }
        let mut row = y;
        while row > 0 {
            row -= 1;
            match at(g, x, row) {
                Some(s) if VERTICAL.contains(&s) => continue,
                Some(s) if RIGHT_CORNERS.contains(&s) => return true,
                Some(s) if LEFT_CORNERS.contains(&s) => return false,
                _ => return false,
            }
        }
        false
    }

    /// The words of `buf` cut short, and English words on another language's screen, each with
    /// its row.
    pub fn cuts(words: &Words, buf: &Buffer) -> Vec<String> {
        let g = grid(buf);
        let width = buf.area.width;
        let mut found = Vec::new();
        for (y, row) in g.iter().enumerate() {
            let mut i = 0;
            while i < row.len() {
                let first = row[i].1.chars().next().unwrap_or(' ');
                if !(is_letter(first) || is_han(first)) {
                    i += 1;
                    continue;
                }
                let han = is_han(first);
                let start = i;
                while i < row.len() {
                    let c = row[i].1.chars().next().unwrap_or(' ');
                    if han != is_han(c) || !(is_letter(c) || is_han(c)) {
                        break;
                    }
                    i += 1;
                }
                let token: String = row[start..i].iter().map(|(_, s)| s.as_str()).collect();
                let before = start.checked_sub(1).map(|b| row[b].1.as_str()).unwrap_or(" ");
                let after = row.get(i).map(|(_, s)| s.as_str());
                let last_x = row[i - 1].0;
                let edge = match after {
                    None => last_x + 1 >= width || last_x + 2 >= width,
                    Some(_) => right_border(&g, row[i].0, y),
                };
                // Part of an identifier, an address or a number: not a word of the interface.
                let glued = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit() || "_@./-=&?#:".contains(c));
                if glued(before) || after.is_some_and(glued) {
                    continue;
                }
                let line = || row.iter().map(|(_, s)| s.as_str()).collect::<String>().trim_end().to_string();
                // An ellipsis says the text goes on (a narrow table's column, by design); a box
                // drawn over the text hides the rest of it, which is not cut.
                let shown_cut = after == Some("…");
                let boxed = |s: &str| s.chars().all(|c| ('\u{2500}'..='\u{257F}').contains(&c));
                let under_a_box = (after.is_some_and(boxed) && !edge) || (start > 0 && boxed(before));
                let cut = !shown_cut
                    && !under_a_box
                    && if han { edge && words.cut_han(&token) } else { words.cut_latin(&token) };
                if cut {
                    found.push(format!("row {y}: “{token}” cut in “{}”", line()));
                } else if !han && !shown_cut && words.english.contains(&token.to_lowercase()) {
                    found.push(format!("row {y}: “{token}” is English in “{}”", line()));
                }
            }
        }
        found
    }
}

/// The words the demo book puts on screen — names, addresses, offers, countries and roles — and
/// the keys' names. Of the export, only text a person wrote (the emails too, an English
/// customer's in English): not its field names, nor the values of its enumerations (`active`,
/// `reseller`), which would hide an English word left on another language's screen.
fn data_words(book: &partnerdesk::store::Book) -> String {
    fn people_wrote(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                let enumeration = s.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                if !enumeration {
                    out.push_str(s);
                    out.push('\n');
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| people_wrote(v, out)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| people_wrote(v, out)),
            _ => {}
        }
    }
    let mut json = Vec::new();
    partnerdesk::export::write_json(book, &mut json).expect("the export");
    let export: serde_json::Value = serde_json::from_slice(&json).expect("the export is JSON");
    let mut data = String::new();
    people_wrote(&export, &mut data);
    // The names tables hold, as their string literals (their comments are not on any screen).
    for table in [
        include_str!("../src/text/countries.rs"),
        include_str!("../src/domain/entra_roles.rs"),
        include_str!("../src/domain/catalogue.rs"),
    ] {
        for literal in table.split('"').skip(1).step_by(2) {
            data.push_str(literal);
            data.push('\n');
        }
    }
    data.push_str("Enter Esc Space Backspace Tab PgUp PgDn Home End Ctrl\n");
    // The setup form's examples, and how the tests' sessions are signed in.
    data.push_str("Sao Mai Cloud Solutions Nguyễn Thị Lan test\n");
    // Each language's own name, as the email language choice shows it.
    data.push_str("English Tiếng Việt Türkçe\n");
    data
}

/// Actions that leave the screen they are pressed on for another the walk reaches anyway
/// (tabs, moves, the language), or end the session.
fn walked_elsewhere(action: &partnerdesk::app::action::Action) -> bool {
    use partnerdesk::app::action::{Action, Global, ListKey};
    matches!(
        action,
        Action::Global(
            Global::GoTab(_)
                | Global::NextTab
                | Global::PrevTab
                | Global::Quit
                | Global::QuitAnyway
                | Global::NextLanguage
                | Global::ToggleHelp
                | Global::CloseHelp
        ) | Action::List(
            ListKey::Up
                | ListKey::Down
                | ListKey::PageUp
                | ListKey::PageDown
                | ListKey::Top
                | ListKey::Bottom
                | ListKey::ClearFilter
                | ListKey::KeepFilter
                | ListKey::FilterBackspace
        )
    )
}

/// Every screen one key away from `places` (each a key script from the start), in `locale`
/// at 80×24: the place, its help, each key of the place, and for a form what submitting it
/// as it opens says. Returns the cut words found, naming the keys.
fn walk(
    book: &std::sync::Arc<partnerdesk::store::Book>,
    who: Option<&str>,
    places: &[&str],
    locale: Locale,
) -> Vec<String> {
    use crossterm::event::KeyEvent;
    use partnerdesk::app::keymap::{Layer, bindings};
    use partnerdesk::app::keyscript::{self, Step};
    use partnerdesk::frontend::headless::Headless;
    let words = fit::Words::new(locale, &data_words(book));
    let mut problems = Vec::new();
    let mut check = |keys: String, buf: &ratatui::buffer::Buffer| {
        for cut in fit::cuts(&words, buf) {
            problems.push(format!("{locale:?} “{keys}”: {cut}"));
        }
    };
    let open = |place: &str| {
        let mut app = app(book.clone(), who);
        app.set_locale(locale);
        let mut screen = Headless::new(80, 24).expect("a screen");
        let steps = keyscript::parse(place).expect("a key script");
        screen.run(&mut app, &steps, |_, _| {}).expect("the script runs");
        (app, screen)
    };
    let press = |app: &mut partnerdesk::app::App, screen: &mut Headless, script: &str| {
        for step in keyscript::parse(script).expect("a key script") {
            screen.step(app, &step).expect("the step runs");
        }
        screen.screen().clone()
    };
    for place in places {
        let (mut app, mut screen) = open(place);
        check(place.to_string(), screen.screen());
        let layer = app.layer();
        check(format!("{place} ?"), &press(&mut app, &mut screen, "?"));
        let (mut app, mut screen) = open(place);
        for binding in bindings(layer).into_iter().filter(|b| !walked_elsewhere(&b.action)) {
            // Back where the last key started, or a fresh session there.
            for _ in 0..3 {
                if app.layer() != layer {
                    press(&mut app, &mut screen, "<Esc>");
                }
            }
            if app.layer() != layer || app.status.is_some() {
                (app, screen) = open(place);
            }
            let key = binding.keys[0];
            let keys = format!("{place} [{}]", binding.shown);
            screen.step(&mut app, &Step::Key(KeyEvent::new(key.0, key.1))).expect("the key runs");
            check(keys.clone(), screen.screen());
            let opened = app.layer();
            if opened == Layer::Form {
                check(format!("{keys} Enter"), &press(&mut app, &mut screen, "<Enter>"));
            }
        }
    }
    problems
}

const PARTNER_PLACES: &[&str] =
    &["", "Enter", "/", ":", "2", "2 Enter", "2 j j j Enter", "3", "4", "4 v", "4 v v", "4 v v v"];
const CUSTOMER_PLACES: &[&str] = &["", "2", "2 Enter", "3", "4", ":"];

fn every_screen_fits(locale: Locale) {
    let book = demo_book(60);
    let mut problems = walk(&book, None, PARTNER_PLACES, locale);
    let c = common::find_customer(&book, |c| c.admin.is_some() && c.users.iter().any(|u| u.global_admin));
    problems.extend(walk(&book, Some(&common::global_admin_of(&c)), CUSTOMER_PLACES, locale));
    let empty = std::sync::Arc::new(partnerdesk::store::Book::in_memory().expect("a book"));
    problems.extend(walk(&empty, None, &[""], locale));
    assert!(problems.is_empty(), "{} words cut or untranslated at 80×24:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_screen_in_english_fits_80x24_without_a_cut_word() {
    every_screen_fits(Locale::En);
}

#[test]
fn every_screen_in_vietnamese_fits_80x24_without_a_cut_word() {
    every_screen_fits(Locale::Vi);
}

#[test]
fn every_screen_in_turkish_fits_80x24_without_a_cut_word() {
    every_screen_fits(Locale::Tr);
}

#[test]
fn every_screen_in_chinese_fits_80x24_without_a_cut_word() {
    every_screen_fits(Locale::ZhCn);
}

/// The request form writes the invitation email in the customer's country's language, or in
/// the one the operator picks there; the link is in it either way.
#[test]
fn the_request_form_writes_the_email_in_the_language_picked() {
    let book = demo_book(50);
    let mut app = app(book, Some("lan@saomai.vn"));
    let form = text(&screen(&mut app, 120, 35, "2 r"));
    assert!(form.contains("Email language") && form.contains("the customer's country's"), "{form}");
    let prospect = "Công<Space>ty<Space>Hải<Space>Đăng <Tab> lan@haidang.vn <Tab> <Tab> <Tab> <Tab>";
    let picked = text(&screen(&mut app, 120, 35, &format!("{prospect} <Space> <Space> <Space>")));
    assert!(picked.contains("Türkçe"), "{picked}");
    let draft = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(draft.contains("bayi ilişkisine davet ediyor"), "a Vietnamese prospect's email in Turkish:\n{draft}");
    assert!(draft.contains("invType=ResellerRelationship"), "{draft}");
}
