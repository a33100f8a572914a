//! The mouse, driven through the real app with the events a terminal's reports become: the
//! wheel scrolls lists and views, a click selects a row, a tab or runs a footer hint, and
//! `mouse = false` leaves everything as it was.

mod common;

use common::{app, demo_book, text};
use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use partnerdesk::app::{App, Event, Tab};
use partnerdesk::frontend::headless::Headless;

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
}

fn click(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

/// Where `needle` is on the screen: (column, row) of its first cell.
fn find(screen: &str, needle: &str) -> (u16, u16) {
    for (row, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            return (line[..at].chars().count() as u16, row as u16);
        }
    }
    panic!("“{needle}” is not on the screen:\n{screen}");
}

/// Handles `event` and draws the frame after it.
fn send(app: &mut App, screen: &mut Headless, event: Event) -> String {
    app.handle(event);
    text(screen.draw(app).unwrap())
}

#[test]
fn the_wheel_scrolls_the_list_and_a_click_selects_a_row() {
    for (width, height) in [(80u16, 24u16), (120, 35)] {
        let mut app = app(demo_book(200), None);
        let mut screen = Headless::new(width, height).unwrap();
        let first = text(screen.draw(&app).unwrap());
        assert_eq!(app.list().selected(), 0);
        send(&mut app, &mut screen, mouse(MouseEventKind::ScrollDown, 10, 10));
        assert_eq!(app.list().selected(), 3, "one notch is three lines");
        send(&mut app, &mut screen, mouse(MouseEventKind::ScrollUp, 10, 10));
        assert_eq!(app.list().selected(), 0);
        // The fifth row on screen: clicked, it is selected.
        let drawn = app.list().drawn.borrow().clone();
        let (row, position) = drawn[4];
        send(&mut app, &mut screen, click(5, row));
        assert_eq!(app.list().selected(), position);
        assert_ne!(position, 0, "{first}");
        // A click on nothing (the empty row under the tabs) changes nothing.
        send(&mut app, &mut screen, click(width - 2, 1));
        assert_eq!(app.list().selected(), position);
    }
}

#[test]
fn a_click_on_a_tab_opens_it_and_on_a_footer_hint_runs_its_key() {
    let mut app = app(demo_book(50), None);
    let mut screen = Headless::new(120, 35).unwrap();
    let shown = text(screen.draw(&app).unwrap());
    let header = shown.lines().next().unwrap().to_string();
    let customers_tab = find(&header, "Customers");
    let (x, y) = find(&header, "Partners");
    let shown = send(&mut app, &mut screen, click(x + 1, y));
    assert_eq!(app.tab, Tab::Partners);
    let (x, y) = find(&shown, "Invitations");
    send(&mut app, &mut screen, click(x, y));
    assert_eq!(app.tab, Tab::Invitations);

    // The footer's `? help`: clicked, the help opens; the wheel scrolls it, not the list.
    let shown = text(screen.draw(&app).unwrap());
    let footer = shown.lines().last().unwrap().to_string();
    let (x, _) = find(&footer, "?");
    let shown = send(&mut app, &mut screen, click(x + 2, 34));
    assert!(app.help, "{shown}");
    send(&mut app, &mut screen, mouse(MouseEventKind::ScrollDown, 40, 10));
    assert_eq!(app.list().selected(), 0, "the list under the help stays");
    // Under the help a click on a tab does nothing.
    send(&mut app, &mut screen, click(customers_tab.0, customers_tab.1));
    assert_eq!(app.tab, Tab::Invitations);
}

#[test]
fn with_the_mouse_off_nothing_moves() {
    let mut app = app(demo_book(50), None);
    app.mouse = false;
    let mut screen = Headless::new(120, 35).unwrap();
    let shown = text(screen.draw(&app).unwrap());
    send(&mut app, &mut screen, mouse(MouseEventKind::ScrollDown, 10, 10));
    let (x, y) = find(&shown, "Partners");
    send(&mut app, &mut screen, click(x, y));
    assert_eq!((app.list().selected(), app.tab), (0, Tab::Customers));
}
