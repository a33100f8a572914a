//! One operator's session: the same `App` as the local terminal, on its own thread, fed the
//! channel's bytes and drawing into the channel. The app core does not know it is remote.
//!
//! Everything between the client and the app is bounded: input is a short queue (a client
//! that types faster than the app waits, in TCP), window changes collapse into the newest
//! size, and output is one buffer that the app stops drawing into while the client is not
//! reading — it draws the newest screen once the client catches up, never the frames between.

use super::input::InputParser;
use crate::app::customers::index::SharedList;
use crate::app::effect::Effect;
use crate::app::session::{Session, SystemClock, new_session_id};
use crate::app::{App, Event};
use crate::domain::permission::Actor;
use crate::frontend::{Driver, Frontend, osc};
use crate::store::Book;
use crate::theme::{Depth, Palette, Theme};
use anyhow::Result;
use clap::ValueEnum;
use crossterm::cursor;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{Notify, mpsc, watch};

/// Largest terminal a session draws, in columns and rows: a bigger pty is drawn at this size
/// (each cell costs memory twice, for the screen and the one before it).
pub const MAX_COLUMNS: u16 = 500;
pub const MAX_ROWS: u16 = 200;
/// How often a busy session (loading, running a job) steps without input.
const TICK: Duration = Duration::from_millis(15);
/// Output not yet taken by the client above which the session stops drawing.
const SOFT_BACKLOG: usize = 64 * 1024;
/// Output above which bytes are dropped (and the screen drawn whole once the client reads).
const HARD_BACKLOG: usize = 1024 * 1024;
/// Events handled between checks that the client is still there.
const EVENTS_PER_CHECK: usize = 64;

/// Output waiting for the client: written by the session, sent by the channel's writer task.
#[derive(Default)]
pub struct Outbox {
    bytes: Mutex<Vec<u8>>,
    /// Bytes were dropped: the next frame must be drawn whole.
    overflowed: AtomicBool,
    /// The session ended: the writer sends what is left and closes.
    pub done: AtomicBool,
    /// Wakes the writer task.
    pub ready: Notify,
    /// Wakes the session when the writer has sent everything.
    pub drained: Notify,
}

impl Outbox {
    fn push(&self, data: &[u8]) {
        let Ok(mut bytes) = self.bytes.lock() else { return };
        if bytes.len() + data.len() > HARD_BACKLOG {
            self.overflowed.store(true, Ordering::SeqCst);
        } else {
            bytes.extend_from_slice(data);
        }
        drop(bytes);
        self.ready.notify_one();
    }

    /// Everything waiting, leaving the box empty.
    pub fn take(&self) -> Vec<u8> {
        self.bytes.lock().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default()
    }

    pub fn backlog(&self) -> usize {
        self.bytes.lock().map(|b| b.len()).unwrap_or(0)
    }
}

/// What the SSH handler shares with its session.
pub struct Link {
    /// The channel's bytes, a few reads at a time, each with when it arrived.
    pub input: mpsc::Receiver<(Instant, Vec<u8>)>,
    /// The newest terminal size; window changes in between are never seen.
    pub size: watch::Receiver<(u16, u16)>,
    /// Set when the client has gone (or closed its input): the session ends at once.
    pub closed: Arc<AtomicBool>,
    pub outbox: Arc<Outbox>,
}

/// Collects a frame's bytes and hands them to the outbox when flushed.
struct ChannelWriter {
    buffer: Vec<u8>,
    outbox: Arc<Outbox>,
}

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buffer.is_empty() {
            self.outbox.push(&self.buffer);
            self.buffer.clear();
            if self.buffer.capacity() > SOFT_BACKLOG {
                self.buffer.shrink_to(SOFT_BACKLOG);
            }
        }
        Ok(())
    }
}

/// A terminal size from the pty. A client without a terminal of its own (`ssh -tt` from a
/// script) reports 0×0: that means unknown, so the classic 80×24 is used. Larger than
/// [`MAX_COLUMNS`]×[`MAX_ROWS`] is drawn at that size.
pub fn clamp(width: u32, height: u32) -> (u16, u16) {
    if width == 0 || height == 0 {
        return (80, 24);
    }
    (width.min(MAX_COLUMNS as u32) as u16, height.min(MAX_ROWS as u32) as u16)
}

/// The client's terminal, from its `env` requests.
#[derive(Debug, Clone, Default)]
pub struct ClientEnv {
    pub term: Option<String>,
    pub lang: Option<String>,
    /// `TZ`, when the client sends it (`ssh -o SetEnv=TZ=Asia/Ho_Chi_Minh`).
    pub tz: Option<String>,
    pub no_color: bool,
    pub colorterm: Option<String>,
    /// `PARTNERDESK_THEME=dark|light|mono` (`ssh -o SetEnv=PARTNERDESK_THEME=light`).
    pub palette: Palette,
}

impl ClientEnv {
    /// Takes one variable the client sent; false for a variable partnerdesk does not use.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let value: String = value.chars().take(64).collect();
        match name {
            "TERM" => self.term = Some(value),
            "LANG" | "LC_ALL" => self.lang = Some(value),
            "TZ" => self.tz = Some(value),
            "NO_COLOR" => self.no_color = !value.is_empty(),
            "COLORTERM" => self.colorterm = Some(value),
            "PARTNERDESK_THEME" => self.palette = Palette::from_str(&value, true).unwrap_or_default(),
            _ => return false,
        }
        true
    }

    /// The session's language: the client's `LC_ALL`/`LANG` when it sent one partnerdesk
    /// speaks, else the server's own.
    pub fn locale(&self) -> crate::i18n::Locale {
        self.lang.as_deref().and_then(crate::i18n::Locale::parse).unwrap_or_else(crate::i18n::current)
    }

    /// The session's time zone as the client names it (`TZ`), if it names one the time zone
    /// database has.
    pub fn zone(&self) -> Option<crate::i18n::zone::Zone> {
        self.tz.as_deref().and_then(crate::i18n::zone::Zone::named)
    }

    /// `phrase` in the session's language, as a line of a terminal.
    pub fn say(&self, phrase: crate::i18n::Phrase) -> String {
        crate::i18n::scoped(self.locale(), || format!("{phrase}\r\n"))
    }

    /// The theme as the client's terminal shows it: its `TERM` and `COLORTERM` say how many
    /// colours it has; `NO_COLOR` (https://no-color.org) or `TERM=dumb` give monochrome.
    pub fn theme(&self) -> &'static Theme {
        crate::theme::theme(self.palette, self.depth())
    }

    /// How many colours the client's terminal shows.
    pub fn depth(&self) -> Depth {
        Depth::detect(|name| match name {
            "TERM" => self.term.clone(),
            "COLORTERM" => self.colorterm.clone(),
            "NO_COLOR" => self.no_color.then(|| "1".to_string()),
            _ => None,
        })
    }
}

pub struct SessionSpec {
    pub book: Arc<Book>,
    pub list: Arc<SharedList>,
    pub actor: Actor,
    pub read_only: bool,
    pub env: ClientEnv,
    /// How the actor was established (the key's fingerprint), stamped on every audit record.
    pub via: String,
    /// The session takes the mouse (the client's terminal reports it).
    pub mouse: bool,
    /// The session's filter is fuzzy.
    pub fuzzy: bool,
}

/// An SSH channel as the app's terminal: bytes in through the input parser, frames out into
/// the bounded outbox.
struct Channel {
    link: Link,
    terminal: Terminal<CrosstermBackend<ChannelWriter>>,
    parser: InputParser,
    /// Events parsed but not yet given to the app: a long paste is handed over a batch at a
    /// time, so a client that has gone is noticed within one batch.
    pending: std::collections::VecDeque<Event>,
    /// OSC 8 links to write over the status line after the next frame.
    links: Vec<(String, String)>,
}

impl Channel {
    fn batch(&mut self) -> Vec<Event> {
        let n = self.pending.len().min(EVENTS_PER_CHECK);
        self.pending.drain(..n).collect()
    }
}

impl Frontend for Channel {
    async fn next(&mut self, busy: bool) -> Result<Option<Vec<Event>>> {
        loop {
            if self.link.closed.load(Ordering::SeqCst) {
                return Ok(None);
            }
            if !self.pending.is_empty() {
                return Ok(Some(self.batch()));
            }
            let outbox = self.link.outbox.clone();
            let deferred = outbox.backlog() > SOFT_BACKLOG;
            let wait = if let Some(deadline) = self.parser.deadline() {
                deadline.saturating_duration_since(Instant::now())
            } else if busy {
                TICK
            } else {
                Duration::from_secs(1)
            };
            tokio::select! {
                biased;
                changed = self.link.size.changed() => {
                    if changed.is_err() {
                        return Ok(None);
                    }
                    let (w, h) = *self.link.size.borrow_and_update();
                    self.terminal.resize(Rect::new(0, 0, w, h))?;
                    return Ok(Some(vec![Event::Resize(w, h)]));
                }
                bytes = self.link.input.recv() => match bytes {
                    Some((at, bytes)) => {
                        self.pending.extend(self.parser.feed_at(&bytes, at));
                        // Whatever else has arrived joins the batch: a burst is one frame.
                        while let Ok((at, more)) = self.link.input.try_recv() {
                            self.pending.extend(self.parser.feed_at(&more, at));
                        }
                    }
                    None => return Ok(None),
                },
                // The client read what was waiting: the newest frame can be drawn now.
                _ = outbox.drained.notified(), if deferred => return Ok(Some(Vec::new())),
                _ = tokio::time::sleep(wait) => {
                    self.pending.extend(self.parser.timeout());
                    return Ok(Some(self.batch()));
                }
            }
        }
    }

    /// A client that is not reading gets no new frames; the newest is drawn once it reads.
    fn may_draw(&self) -> bool {
        self.link.outbox.backlog() <= SOFT_BACKLOG
    }

    fn draw(&mut self, app: &App) -> Result<()> {
        if self.link.outbox.overflowed.swap(false, Ordering::SeqCst) {
            self.terminal.clear()?;
        }
        self.terminal.draw(|f| crate::ui::render(app, f))?;
        // The status line shows the label; written again over it as a link (OSC 8), it stays
        // clickable until the status line changes.
        if self.links.is_empty() {
            return Ok(());
        }
        // The label starts the status's first row, however many rows the message wraps onto.
        let area = self.terminal.get_frame().area();
        let row = crate::ui::status_row(app, area.width, area.height) + 1;
        for (url, label) in std::mem::take(&mut self.links) {
            let backend = self.terminal.backend_mut();
            write!(backend, "\x1b7\x1b[{row};2H{}\x1b8", osc::osc8(&url, &label))?;
            backend.flush()?;
        }
        Ok(())
    }

    /// The clipboard through OSC 52 in the client's own terminal; a link for the mail app.
    /// Nothing on the server's desktop is ever opened.
    fn apply(&mut self, _app: &mut App, effect: Effect) -> Result<()> {
        match effect {
            Effect::Clipboard(text) => {
                self.terminal.backend_mut().write_all(osc::osc52(&text).as_bytes())?;
                self.terminal.backend_mut().flush()?;
            }
            Effect::Hyperlink { url, label } => self.links.push((url, label)),
            Effect::OpenUrl(_) | Effect::Save(_) | Effect::Background(_) => {}
        }
        Ok(())
    }
}

/// Runs the session until the operator quits or the client goes; blocking, on its own thread
/// (`spawn_blocking`), waiting on the runtime for its input.
pub fn run(spec: SessionSpec, link: Link) -> Result<()> {
    let runtime = tokio::runtime::Handle::current();
    let clock = Arc::new(SystemClock);
    let session = Session {
        id: new_session_id(chrono::Utc::now()),
        actor: Some(spec.actor),
        read_only: spec.read_only,
        remote: true,
        files_dir: None,
        via: spec.via.clone(),
    };
    tracing::info!(
        session = %session.id,
        read_only = spec.read_only,
        term = spec.env.term.as_deref().unwrap_or("-"),
        lang = spec.env.lang.as_deref().unwrap_or("-"),
        no_color = spec.env.no_color,
        colorterm = spec.env.colorterm.as_deref().unwrap_or("-"),
        "ssh session started"
    );
    let session_id = session.id.clone();
    let mut app = App::sharing(spec.book, &spec.list, session, clock, spec.env.theme())?;
    app.colours = spec.env.depth();
    // The operator's own language, then the one their client sent, then the server's.
    let locale = app.own_language().unwrap_or_else(|| spec.env.locale());
    app.set_locale(locale);
    // Times: the operator's own zone, then the one their client sent, else UTC (and every
    // time says "UTC"): the server's zone is nobody's in particular.
    app.zone = app.own_zone().or_else(|| spec.env.zone()).unwrap_or_default();
    app.mouse = spec.mouse;
    app.set_fuzzy(spec.fuzzy);
    let mut link = link;
    let (w, h) = *link.size.borrow_and_update();
    let writer = ChannelWriter { buffer: Vec::new(), outbox: link.outbox.clone() };
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(writer),
        TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, w, h)) },
    )?;
    crossterm::execute!(
        terminal.backend_mut(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide,
        Clear(ClearType::All)
    )?;
    if app.mouse {
        crossterm::execute!(terminal.backend_mut(), EnableMouseCapture)?;
    }
    app.handle(Event::Resize(w, h));
    let mut channel =
        Channel { link, terminal, parser: InputParser::default(), pending: Default::default(), links: Vec::new() };
    let result = runtime.block_on(Driver::run(&mut app, &mut channel));
    // Give the client its screen back; it may be gone already.
    let _ = crossterm::execute!(
        channel.terminal.backend_mut(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    tracing::info!(session = %session_id, "ssh session ended");
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_pty_is_drawn_at_the_documented_cap() {
        assert_eq!(clamp(1000, 1000), (MAX_COLUMNS, MAX_ROWS));
        assert_eq!(clamp(0, 0), (80, 24));
        assert_eq!(clamp(132, 43), (132, 43));
    }

    #[test]
    fn output_is_bounded_when_the_client_does_not_read() {
        let outbox = Outbox::default();
        let frame = vec![b'x'; 100 * 1024];
        for _ in 0..100 {
            outbox.push(&frame);
        }
        assert!(outbox.backlog() <= HARD_BACKLOG);
        assert!(outbox.overflowed.load(Ordering::SeqCst));
        assert_eq!(outbox.take().len(), 1000 * 1024);
        assert_eq!(outbox.backlog(), 0);
    }

    #[test]
    fn the_clients_environment_chooses_the_theme() {
        let mut env = ClientEnv::default();
        assert!(env.set("NO_COLOR", "1"));
        assert!(!env.set("LD_PRELOAD", "/tmp/x.so"));
        assert_eq!(format!("{:?}", env.theme()), format!("{:?}", crate::ui::theme::MONOCHROME));
        let mut env = ClientEnv::default();
        assert_eq!(format!("{:?}", env.theme()), format!("{:?}", crate::theme::theme(Palette::Dark, Depth::Ansi16)));
        for (name, value) in [("TERM", "xterm-256color"), ("COLORTERM", "truecolor"), ("PARTNERDESK_THEME", "light")] {
            assert!(env.set(name, value));
        }
        assert_eq!(format!("{:?}", env.theme()), format!("{:?}", crate::theme::LIGHT));
    }

    #[test]
    fn the_clients_tz_names_the_sessions_zone_when_the_database_has_it() {
        let mut env = ClientEnv::default();
        assert_eq!(env.zone(), None, "no TZ sent: the session shows UTC");
        assert!(env.set("TZ", "Europe/Istanbul"));
        assert_eq!(env.zone().map(|z| z.name()), Some("Europe/Istanbul".to_string()));
        env.set("TZ", "Nowhere/Special");
        assert_eq!(env.zone(), None);
    }
}
