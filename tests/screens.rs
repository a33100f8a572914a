//! Snapshot tests of every screen, driven through the real app with key scripts.
//! Review a changed `.snap` as you would a screenshot.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;

fn demo_screen(keys: &str) -> String {
    let mut app = app(demo_book(200), None);
    text(&screen(&mut app, 120, 35, keys))
}

#[test]
fn customers_tab() {
    assert_snapshot!(demo_screen(""));
}

#[test]
fn invitations_tab() {
    assert_snapshot!(demo_screen("2"));
}

#[test]
fn partners_tab() {
    assert_snapshot!(demo_screen("3"));
}

#[test]
fn permissions_tab() {
    assert_snapshot!(demo_screen("4"));
}

#[test]
fn help_overlay() {
    assert_snapshot!(demo_screen("?"));
}

#[test]
fn filter_vietnamese_without_diacritics() {
    let screen = demo_screen("/ dai<Space>duong");
    assert!(screen.contains("Đại Dương"), "{screen}");
    assert_snapshot!(screen);
}

#[test]
fn expanded_record() {
    assert_snapshot!(demo_screen("/ dai<Space>duong <Enter> <Enter>"));
}

#[test]
fn empty_book() {
    let book = std::sync::Arc::new(partnerdesk::store::Book::in_memory().unwrap());
    let mut app = app(book, None);
    assert_snapshot!(text(&screen(&mut app, 120, 35, "")));
}

#[test]
fn the_setup_screen_refuses_a_bad_field_then_creates_the_book_and_signs_in() {
    use partnerdesk::store::Reads;
    let book = std::sync::Arc::new(partnerdesk::store::Book::in_memory().unwrap());
    let mut app = app(book.clone(), None);
    let fields = "Anadolu<Space>Bulut <Tab> 5123456 <Tab> 3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b <Tab> Turkey \
                  <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> Ayşe<Space>Yılmaz <Tab> ayse@anadolubulut.com.tr <Enter>";
    let refused = text(&screen(&mut app, 80, 24, fields));
    assert!(refused.contains("Country: “Turkey” is not a two-letter country code"), "{refused}");
    assert!(book.read().unwrap().org().unwrap().is_none(), "a refused setup writes nothing");
    assert!(refused.contains("› Country"), "the refusal puts the cursor on the field: {refused}");
    let done = text(&screen(&mut app, 80, 24, "<C-u> TR <Enter>"));
    assert!(done.contains("Anadolu Bulut is set up, and you are signed in as ayse@anadolubulut.com.tr"), "{done}");
    assert!(done.contains("No customers yet."), "{done}");
    assert_eq!(book.read().unwrap().org().unwrap().map(|o| o.name), Some("Anadolu Bulut".into()));
    assert_eq!(app.actor().map(|a| a.email().to_string()).as_deref(), Some("ayse@anadolubulut.com.tr"));
}

#[test]
fn too_small_terminal() {
    let mut app = app(demo_book(20), None);
    let small = text(&screen(&mut app, 40, 10, ""));
    assert!(small.contains("partnerdesk needs") && small.contains("60×12"), "{small}");
    assert_snapshot!(small);
}

#[test]
fn customer_perspective() {
    let book = demo_book(200);
    let admin = {
        use partnerdesk::store::Reads;
        let read = book.read().unwrap();
        let mut found = None;
        read.each_customer(|c| {
            if found.is_none() && c.admin.is_some() && c.relationships.len() >= 2 {
                found = c.users.iter().find(|u| u.global_admin).map(|u| u.email.to_string());
            }
            Ok(())
        })
        .unwrap();
        found.expect("a multi-partner customer")
    };
    let mut app = app(book, Some(&admin));
    let customers = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(customers.contains("customer view"), "{customers}");
    assert_snapshot!("customer_perspective_customers", customers);
    assert_snapshot!("customer_perspective_partners", text(&screen(&mut app, 120, 35, "3")));
    assert_snapshot!("customer_perspective_permissions", text(&screen(&mut app, 120, 35, "4")));
}

#[test]
fn narrow_terminal_80x24() {
    assert_snapshot!(text(&screen(&mut app(demo_book(200), None), 80, 24, "")));
}

#[test]
fn narrow_invitations_80x24_keep_the_customer_readable() {
    let screen = text(&screen(&mut app(demo_book(200), None), 80, 24, "2"));
    assert!(!screen.contains("Created by"), "{screen}");
    assert!(screen.contains("Anyone with the link"), "{screen}");
    assert_snapshot!(screen);
}

/// Counts the bytes written to it.
#[derive(Clone, Default)]
struct Counter(std::rc::Rc<std::cell::Cell<usize>>);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Moving the selection one row redraws only what changed (ratatui's diff): a handful of
/// cells, not the screen. This counts bytes written to a real terminal backend.
#[test]
fn moving_the_selection_sends_few_bytes() {
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    let mut app = app(demo_book(500), None);
    let counter = Counter::default();
    let mut terminal = Terminal::new(CrosstermBackend::new(counter.clone())).unwrap();
    terminal.resize(ratatui::layout::Rect::new(0, 0, 200, 50)).unwrap();
    terminal.draw(|f| partnerdesk::ui::render(&app, f)).unwrap();
    let full = counter.0.replace(0);
    app.handle(partnerdesk::app::Event::Key(crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Down)));
    terminal.draw(|f| partnerdesk::ui::render(&app, f)).unwrap();
    let moved = counter.0.get();
    eprintln!("moving one row: {moved} bytes; first frame: {full} bytes");
    assert!(moved <= 700, "moving one row wrote {moved} bytes (the first frame: {full})");
    assert!(moved * 10 < full, "no full repaint: {moved} of {full} bytes");
}

#[test]
fn at_80x24_every_tab_keeps_help_and_quit_in_its_footer() {
    for keys in ["", "2", "3", "4", "4 v", "4 v v", "/ minh <Enter>"] {
        let screen = text(&screen(&mut app(demo_book(200), None), 80, 24, keys));
        let footer = screen.lines().last().unwrap_or_default();
        assert!(footer.contains("? help") && footer.contains("q quit"), "{keys:?}:\n{screen}");
    }
}

#[test]
fn a_long_email_scrolls_to_its_end_and_says_where_it_is() {
    let mut app = app(demo_book(200), None);
    let top = text(&screen(&mut app, 80, 24, "2 j j j Enter"));
    assert!(top.contains("lines 1–"), "the border says there is more:\n{top}");
    // The demo's customers are Vietnamese: their invitation is written in Vietnamese.
    assert!(!top.contains("Trân trọng,"), "{top}");
    let end = text(&screen(&mut app, 80, 24, "G"));
    assert!(end.contains("Trân trọng,") && end.contains("Sao Mai Cloud Solutions"), "{end}");
    let back = text(&screen(&mut app, 80, 24, "k PgUp g"));
    assert_eq!(back, top, "and back to the top");
}

#[test]
fn a_record_taller_than_the_screen_scrolls_then_the_list_moves_on() {
    let mut app = app(demo_book(200), None);
    let top = text(&screen(&mut app, 80, 24, "Enter"));
    let first = top.lines().nth(3).unwrap_or_default().to_string();
    assert!(top.contains("lines 1–") && top.contains("Account"), "says there is more:\n{top}");
    assert!(!top.contains("Service requests") || !top.contains("Users  "), "{top}");
    let end = text(&screen(&mut app, 80, 24, "G"));
    assert!(end.lines().nth(3).unwrap_or_default().contains("▸"), "G moves the list, not the record:\n{end}");
    let again = text(&screen(&mut app, 80, 24, "g"));
    assert_eq!(again, top, "back at the top of the list, the record from its start");
    let bottom = text(&screen(&mut app, 80, 24, "PgDn"));
    assert_eq!(bottom.lines().nth(3), Some(first.as_str()), "the row stays on top while its record scrolls");
    let position = bottom.lines().find(|l| l.trim_start().starts_with("lines ")).unwrap_or_default();
    let total = position.split(" of ").nth(1).and_then(|t| t.split_whitespace().next()).unwrap_or("?");
    assert!(!bottom.contains("Account  "), "{bottom}");
    assert!(position.contains(&format!("–{total} of {total}")), "the last page shows the last line:\n{bottom}");
    let next = text(&screen(&mut app, 80, 24, "j"));
    assert_ne!(next.lines().nth(3), Some(first.as_str()), "past its end, the next customer:\n{next}");
    let back = text(&screen(&mut app, 80, 24, "k"));
    assert_eq!(back, top, "back up: the record again from its start");
}

#[test]
fn an_audit_event_shows_each_field_before_and_after_and_scrolls() {
    let mut app = app(demo_book(200), None);
    let page = text(&screen(&mut app, 80, 24, "4 v v / accepted Enter Enter"));
    assert!(page.contains("invitation.accepted") && page.contains("What changed (before → after)"), "{page}");
    assert!(page.contains("— → accepted") && page.contains("lines 1–"), "{page}");
    let end = text(&screen(&mut app, 80, 24, "G"));
    assert!(end.contains("answered") && end.contains("Nguyễn Thị Mai"), "the whole email, line by line:\n{end}");
    let back = text(&screen(&mut app, 80, 24, "Esc"));
    assert!(back.contains("Audit log") && !back.contains("What changed"), "{back}");
}

#[test]
fn audit_event() {
    assert_snapshot!(demo_screen("4 v v / offer_used Enter Enter"));
}

#[test]
fn the_command_line_completes_runs_actions_by_name_and_jumps() {
    let book = demo_book(200);
    let target = common::find_customer(&book, |c| c.company_name.starts_with("成都") && c.relationships.len() == 1);
    let mut app = app(book, None);
    let listed = text(&screen(&mut app, 120, 35, ": cust"));
    assert!(listed.contains("customer  customers.expand"), "the names that start so:\n{listed}");
    let completed = text(&screen(&mut app, 120, 35, "Tab"));
    assert!(completed.contains(":customer█") && completed.contains("customer DOMAIN|TENANT"), "{completed}");
    let domain = target.primary_domain.to_string();
    let jumped = text(&screen(&mut app, 120, 35, &format!("<Space>{domain} Enter")));
    let row = jumped.lines().find(|l| l.contains('▾')).unwrap_or_default();
    assert!(row.contains(&domain[..20]) && jumped.contains("Account"), "its row, its record open:\n{jumped}");
    let form = text(&screen(&mut app, 120, 35, "2 : customers.new Enter"));
    assert!(form.contains("Add a customer") && form.contains("1 Customers"), "an action, on its own tab:\n{form}");
    let unknown = text(&screen(&mut app, 120, 35, "Esc : fly Enter"));
    assert!(unknown.contains("There is no command “fly”"), "{unknown}");
    let invitation = text(&screen(&mut app, 120, 35, ": inv<Space>INV-29 Enter"));
    assert!(invitation.contains("INV-29 —"), "{invitation}");
}

#[test]
fn the_help_scrolls_where_it_does_not_fit() {
    let mut app = app(demo_book(200), None);
    let help = text(&screen(&mut app, 80, 24, "?"));
    assert!(help.contains("lines 1–") && !help.contains("Ctrl-C"), "{help}");
    let end = text(&screen(&mut app, 80, 24, "PgDn PgDn PgDn"));
    assert!(end.contains("Ctrl-C  quit"), "{end}");
}

#[test]
fn a_link_over_ssh_lands_on_the_first_row_of_a_wrapped_status() {
    let mut app = app(demo_book(30), None);
    app.info(partnerdesk::text::MAIL_LINK_OVER_SSH);
    let shown = text(&screen(&mut app, 80, 24, ""));
    let row = partnerdesk::ui::status_row(&app, 80, 24) as usize;
    let lines: Vec<&str> = shown.lines().collect();
    assert!(
        lines[row].trim_start().starts_with(&partnerdesk::text::MAIL_LINK_LABEL.to_string()),
        "row {row}:\n{shown}"
    );
    assert!(row < 22, "the message wraps onto two rows at 80 columns:\n{shown}");
    app.info("Copied.");
    assert_eq!(partnerdesk::ui::status_row(&app, 80, 24), 22, "one row: just above the footer");
}

/// Colour and emphasis are part of a screen: a style map beside the text shows a regression.
#[test]
fn style_maps_of_the_main_screens() {
    use partnerdesk::ui::snapshot::styles;
    let mut app = app(demo_book(30), None);
    assert_snapshot!("styles_customers_80x24", styles(&screen(&mut app, 80, 24, "")));
    assert_snapshot!("styles_record_120x35", styles(&screen(&mut app, 120, 35, "j <Enter>")));
    assert_snapshot!("styles_refused_form_120x35", styles(&screen(&mut app, 120, 35, "<Esc> n <Enter>")));
    assert_snapshot!("styles_permissions_80x24", styles(&screen(&mut app, 80, 24, "<Esc> 4")));
}
