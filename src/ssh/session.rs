//! One operator's session: the same `App` as the local terminal, on its own thread, fed the
//! channel's bytes and drawing into the channel. The app core does not know it is remote.

use super::input::InputParser;
use crate::app::session::{Session, SystemClock, new_session_id};
use crate::app::{App, Event, Outbound, mail};
use crate::domain::permission::Actor;
use crate::store::Book;
use anyhow::Result;
use crossterm::cursor;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::io::Write;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;

/// What the SSH handler passes to a session.
pub enum Input {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    Close,
}

/// How often a session looks for changes made by other sessions when no key comes.
const TICK: Duration = Duration::from_millis(15);

/// Collects a frame's bytes and sends them to the channel when flushed.
struct ChannelWriter {
    buffer: Vec<u8>,
    out: UnboundedSender<Vec<u8>>,
}

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buffer.is_empty() {
            self.out
                .send(std::mem::take(&mut self.buffer))
                .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client is gone"))?;
        }
        Ok(())
    }
}

/// A terminal size from the pty. A client without a terminal of its own (`ssh -tt` from a
/// script) reports 0×0: that means unknown, so the classic 80×24 is used.
pub fn clamp(width: u32, height: u32) -> (u16, u16) {
    if width == 0 || height == 0 {
        return (80, 24);
    }
    (width.min(1000) as u16, height.min(1000) as u16)
}

pub struct SessionSpec {
    pub book: Arc<Book>,
    pub actor: Actor,
    pub read_only: bool,
    pub size: (u16, u16),
}

/// Runs the session until the operator quits or the client goes; blocking, on its own thread.
pub fn run(spec: SessionSpec, inputs: Receiver<Input>, out: UnboundedSender<Vec<u8>>) -> Result<()> {
    let clock = Arc::new(SystemClock);
    let session = Session {
        id: new_session_id(chrono::Utc::now()),
        actor: Some(spec.actor),
        read_only: spec.read_only,
        remote: true,
        files_dir: None,
        via: "SSH key".into(),
    };
    tracing::info!(session = %session.id, read_only = spec.read_only, "ssh session started");
    let mut app = App::new(spec.book, session, clock, &crate::ui::theme::COLOR)?;
    let (w, h) = spec.size;
    let writer = ChannelWriter { buffer: Vec::new(), out };
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
    terminal.draw(|f| crate::ui::render(&app, f))?;
    let mut changes = app.book().changes();
    let mut parser = InputParser::default();
    loop {
        let mut dirty = false;
        match inputs.recv_timeout(TICK) {
            Ok(Input::Bytes(bytes)) => {
                // Every event of one read first, then one frame.
                for event in parser.feed(&bytes) {
                    app.handle(event);
                }
                dirty = true;
            }
            Ok(Input::Resize(w, h)) => {
                terminal.resize(Rect::new(0, 0, w, h))?;
                app.handle(Event::Resize(w, h));
                dirty = true;
            }
            Ok(Input::Close) | Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => {}
        }
        if changes.has_changed().unwrap_or(false) {
            changes.mark_unchanged();
            app.handle(Event::BookChanged);
            dirty = true;
        }
        if app.is_loading() {
            app.poll_loading(false);
            dirty = true;
        }
        if app.job.is_some() {
            app.run_job_step()?;
            dirty = true;
        }
        if app.quit {
            break;
        }
        let mut links = Vec::new();
        for request in app.take_outbox() {
            match request {
                Outbound::Clipboard(text) => terminal.backend_mut().write_all(mail::osc52(&text).as_bytes())?,
                Outbound::Hyperlink { url, label } => links.push((url, label)),
                Outbound::OpenUrl(_) => {}
            }
        }
        if dirty {
            terminal.draw(|f| crate::ui::render(&app, f))?;
        }
        // The status line shows the label; written again over it as a link (OSC 8), it stays
        // clickable until the status line changes.
        let status_row = terminal.get_frame().area().height.saturating_sub(1);
        for (url, label) in links {
            let backend = terminal.backend_mut();
            write!(backend, "\x1b7\x1b[{status_row};2H{}\x1b8", mail::osc8(&url, &label))?;
            backend.flush()?;
        }
    }
    // Give the client its screen back; it may be gone already.
    let _ = crossterm::execute!(terminal.backend_mut(), DisableBracketedPaste, LeaveAlternateScreen, cursor::Show);
    tracing::info!("ssh session ended");
    Ok(())
}
