//! Headless equals real. The bytes the app writes to a terminal — ratatui's crossterm backend,
//! as the local terminal and the SSH session draw — are fed into an independent terminal
//! emulator (the `vt100` crate), and after every step of each key script the emulator's
//! screen must show, cell for cell, what the headless renderer behind `partnerdesk snapshot`
//! shows: the same characters, colours and emphasis. The scripts cross Chinese (wide
//! characters), Vietnamese typed with combining marks, Turkish, emoji, popups drawn over
//! wide text, scrolled views and resizes, at 80×24 and 120×35.

mod common;

use common::{app, demo_book, find_customer, global_admin_of};
use partnerdesk::app::App;
use partnerdesk::app::keyscript::{self, Step};
use partnerdesk::frontend::headless::Headless;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::cell::RefCell;
use std::num::NonZeroU16;
use std::rc::Rc;

/// The bytes written to the terminal, as the SSH session's channel gets them.
#[derive(Clone, Default)]
struct Wire(Rc<RefCell<Vec<u8>>>);

impl std::io::Write for Wire {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A terminal as the adapters drive it: a fixed viewport (resized on request, which clears
/// the screen), its output parsed by `vt100`.
struct RealTerminal {
    terminal: Terminal<CrosstermBackend<Wire>>,
    wire: Wire,
    emulator: vt100::Parser,
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a screen is at least one cell")
}

impl RealTerminal {
    fn new(width: u16, height: u16) -> Self {
        let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
        let wire = Wire::default();
        let terminal = Terminal::with_options(CrosstermBackend::new(wire.clone()), TerminalOptions { viewport })
            .expect("a terminal");
        Self { terminal, wire, emulator: vt100::Parser::new(size(height), size(width), 0) }
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.emulator.set_size(size(height), size(width));
        self.terminal.resize(Rect::new(0, 0, width, height)).expect("a resize");
        self.flush();
    }

    fn draw(&mut self, app: &App) -> &vt100::Screen {
        self.terminal.draw(|f| partnerdesk::ui::render(app, f)).expect("a frame");
        self.flush();
        self.emulator.screen()
    }

    fn flush(&mut self) {
        let bytes = std::mem::take(&mut *self.wire.0.borrow_mut());
        self.emulator.process(&bytes);
    }
}

fn vt_color(color: Color) -> vt100::Color {
    use vt100::Color::{Default, Idx, Rgb};
    match color {
        Color::Reset => Default,
        Color::Black => Idx(0),
        Color::Red => Idx(1),
        Color::Green => Idx(2),
        Color::Yellow => Idx(3),
        Color::Blue => Idx(4),
        Color::Magenta => Idx(5),
        Color::Cyan => Idx(6),
        Color::Gray => Idx(7),
        Color::DarkGray => Idx(8),
        Color::LightRed => Idx(9),
        Color::LightGreen => Idx(10),
        Color::LightYellow => Idx(11),
        Color::LightBlue => Idx(12),
        Color::LightMagenta => Idx(13),
        Color::LightCyan => Idx(14),
        Color::White => Idx(15),
        Color::Indexed(i) => Idx(i),
        Color::Rgb(r, g, b) => Rgb(r, g, b),
    }
}

/// What a person sees of a cell: on a blank only its background shows (and reverse video or
/// an underline); on a character, its colour and emphasis too.
fn looks_alike(cell: &Cell, real: &vt100::Cell) -> bool {
    let m = cell.modifier;
    let visible_on_blank = vt_color(cell.bg) == real.bgcolor()
        && m.contains(Modifier::REVERSED) == real.inverse()
        && m.contains(Modifier::UNDERLINED) == real.underline();
    let blank = cell.symbol() == " " && !m.contains(Modifier::REVERSED);
    visible_on_blank
        && (blank
            || vt_color(cell.fg) == real.fgcolor()
                && m.contains(Modifier::BOLD) == real.bold()
                && m.contains(Modifier::DIM) == real.dim()
                && m.contains(Modifier::ITALIC) == real.italic())
}

/// Every cell where the headless screen and the terminal differ, described.
fn differences(headless: &Buffer, real: &vt100::Screen) -> Vec<String> {
    let mut out = Vec::new();
    let area = headless.area;
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let cell = &headless[(x, y)];
            let Some(shown) = real.cell(y, x) else {
                out.push(format!("({x},{y}): the terminal has no such cell"));
                break;
            };
            let text = if shown.has_contents() { shown.contents() } else { " " };
            if cell.symbol() != text || !looks_alike(cell, shown) {
                out.push(format!("({x},{y}): headless {:?} {cell:?}, terminal {text:?} {shown:?}", cell.symbol()));
            }
            let width = cell.cell_width().max(1);
            for right in x + 1..(x + width).min(area.width) {
                if !real.cell(y, right).is_some_and(|c| c.is_wide_continuation()) {
                    out.push(format!(
                        "({right},{y}): the terminal does not hold the right half of {:?}",
                        cell.symbol()
                    ));
                }
            }
            x += width;
        }
    }
    out
}

/// Runs `keys` at each size on a new app, comparing the two screens after every step.
fn same_after_every_step(app_for: impl Fn() -> App, keys: &str) {
    let steps = keyscript::parse(keys).expect("a valid key script");
    for (width, height) in [(80, 24), (120, 35)] {
        let mut app = app_for();
        let mut headless = Headless::new(width, height).expect("a headless terminal");
        let mut real = RealTerminal::new(width, height);
        app.poll_loading(true);
        headless.draw(&app).expect("the first frame");
        let mut done = vec!["(start)".to_string()];
        loop {
            let screen = real.draw(&app);
            let diffs = differences(headless.screen(), screen);
            assert!(
                diffs.is_empty(),
                "{keys:?} at {width}x{height}, after {}: {} cells differ:\n{}\n── headless:\n{}── terminal:\n{}",
                done.join(" "),
                diffs.len(),
                diffs.iter().take(8).cloned().collect::<Vec<_>>().join("\n"),
                partnerdesk::ui::snapshot::text(headless.screen()),
                screen.contents()
            );
            let Some(step) = steps.get(done.len() - 1) else { break };
            if let Step::Resize(w, h) = step {
                real.resize(*w, *h);
            }
            let running = headless.step(&mut app, step).expect("the step runs");
            done.push(format!("{step:?}"));
            if !running {
                break;
            }
        }
    }
}

fn partner_app() -> App {
    app(demo_book(200), None)
}

#[test]
fn a_chinese_record_then_lists_and_popups_over_wide_text() {
    // The issue's own script, then the same record collapsed, the help, a dialog and a form
    // drawn over the Chinese names.
    same_after_every_step(partner_app, "G Enter k k Enter Enter ? j j PgDn Esc d Esc e Esc h <Left> g");
}

#[test]
fn vietnamese_and_turkish_records_and_the_filter() {
    same_after_every_step(partner_app, "/ dai<Space>duong Enter Enter j Enter Esc / istanbul Enter Enter Esc Esc");
}

#[test]
fn combining_marks_and_emoji_typed_into_the_filter_and_a_form() {
    // Decomposed Vietnamese (a letter, then its marks) as a keyboard without a composer sends it.
    same_after_every_step(
        partner_app,
        "/ Nguye\u{302}\u{303}n<Space>🙂<Space>❤\u{fe0f}<Space>王 Esc 2 r Co\u{302}ng<Space>ty<Space>Ha\u{309}i 🌏 <Tab> x",
    );
}

#[test]
fn every_tab_the_invitation_view_scrolled_and_the_email_editor() {
    same_after_every_step(partner_app, "2 Enter j PgDn PgDn G g Esc e Esc 3 4 v v 4 1 End Enter");
}

#[test]
fn a_tall_record_and_an_audit_event_scrolled() {
    same_after_every_step(partner_app, "Enter j PgDn j k Esc 4 v v Enter PgDn G Esc j Enter j Esc");
}

#[test]
fn resizing_across_wide_text() {
    // At 82 columns a dialog's and the help's left borders fall on the right halves of
    // Chinese characters in the list under them.
    same_after_every_step(
        partner_app,
        "G Enter <resize:80x24> j <resize:120x35> ? <resize:82x24> Esc d Esc ? <resize:101x30> Esc <resize:60x12>",
    );
}

#[test]
fn the_customer_view_with_its_notices() {
    let book = demo_book(200);
    let admin = global_admin_of(&find_customer(&book, |c| c.admin.is_some() && c.relationships.len() >= 2));
    same_after_every_step(|| app(book.clone(), Some(&admin)), "Enter 2 Enter Esc 3 4");
}
