//! The local terminal adapter: raw mode and the alternate screen for the life of a guard,
//! crossterm's event stream in, frames out. A panic anywhere restores the terminal first.

use super::{Driver, Frontend, osc};
use crate::app::effect::Effect;
use crate::app::{App, Event};
use anyhow::Result;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event as TermEvent,
    EventStream, KeyEventKind,
};
use crossterm::terminal::{
    BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use crossterm::{cursor, execute};
use futures::StreamExt;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{Write, stdout};
use std::path::PathBuf;

/// Holds the terminal in raw mode on the alternate screen (with the mouse reported to the app
/// when it takes the mouse); dropping it restores the terminal, whether the app returns, fails
/// or unwinds. A panic restores it in the panic hook, a signal by the app's ending as `q` does.
pub struct TerminalGuard;

impl TerminalGuard {
    pub fn enter(mouse: bool) -> Result<Self> {
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste, cursor::Hide)?;
        if mouse {
            execute!(stdout(), EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    // Mouse reporting off whether or not it was on: a terminal left reporting the mouse types
    // escape sequences into the shell at every click.
    let _ = execute!(
        stdout(),
        EndSynchronizedUpdate,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout().flush();
}

/// On a panic: restore the terminal, then print a short report that says where the log is.
/// Committed changes are safe: every write is durable before the screen shows it.
pub fn install_panic_hook(log: Option<PathBuf>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        tracing::error!("panic: {info}");
        let location = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("partnerdesk: {}", crate::t!("crash-stopped", location = location, message = message));
        eprintln!("{}", crate::t!("crash-changes-safe"));
        if let Some(log) = &log {
            eprintln!("{}", crate::t!("crash-log", log = log.display().to_string()));
        }
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            previous(info);
        }
    }));
}

/// The process's own terminal: crossterm's event stream in, frames out.
struct Local {
    terminal: Terminal<CrosstermBackend<std::io::Stdout>>,
    events: EventStream,
}

/// Most events taken into one frame (a long burst still shows progress).
const BURST: usize = 256;

impl Local {
    /// The app's event for a terminal event, if it has one.
    fn translate(&mut self, event: TermEvent) -> Result<Option<Event>> {
        Ok(match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => Some(Event::Key(key)),
            TermEvent::Paste(text) => Some(Event::Paste(text)),
            TermEvent::Mouse(mouse) => Some(Event::Mouse(mouse)),
            TermEvent::Resize(w, h) => {
                self.terminal.autoresize()?;
                Some(Event::Resize(w, h))
            }
            _ => None,
        })
    }
}

impl Frontend for Local {
    /// Everything already typed comes in one batch, drawn as one frame: a burst of keys (a
    /// held arrow, a fast typist, a terminal's key repeat) costs one frame, not one per key.
    async fn next(&mut self, busy: bool) -> Result<Option<Vec<Event>>> {
        let mut events = Vec::new();
        while events.is_empty() {
            let event = tokio::select! {
                biased;
                event = self.events.next() => event,
                // A bulk job goes on a step at a time whenever no key is waiting.
                () = std::future::ready(()), if busy => return Ok(Some(Vec::new())),
            };
            match event {
                Some(event) => events.extend(self.translate(event?)?),
                None => return Ok(None),
            }
        }
        // Polled with this task's own waker (`poll!`), never a no-op one: crossterm's stream
        // hands the waker of a pending poll to the thread that waits for the next event, so a
        // no-op waker there would leave the next key unnoticed until something else woke us.
        while events.len() < BURST {
            match futures::poll!(self.events.next()) {
                std::task::Poll::Ready(Some(event)) => events.extend(self.translate(event?)?),
                _ => break,
            }
        }
        Ok(Some(events))
    }

    fn draw(&mut self, app: &App) -> Result<()> {
        execute!(self.terminal.backend_mut(), BeginSynchronizedUpdate)?;
        self.terminal.draw(|frame| crate::ui::render(app, frame))?;
        execute!(self.terminal.backend_mut(), EndSynchronizedUpdate)?;
        Ok(())
    }

    /// The clipboard through OSC 52 (which also works through tmux and SSH); a `mailto:`
    /// through the desktop's default application.
    fn apply(&mut self, app: &mut App, effect: Effect) -> Result<()> {
        match effect {
            Effect::Clipboard(text) => {
                let mut out = stdout();
                out.write_all(osc::osc52(&text).as_bytes())?;
                out.flush()?;
            }
            Effect::OpenUrl(url) => {
                if let Err(e) = open::that_detached(&url) {
                    tracing::warn!("no mail app opened: {e}");
                    app.error(crate::text::NO_MAIL_APP);
                }
            }
            // A local terminal opens the URL itself; no link is needed. Files are the driver's.
            Effect::Hyperlink { .. } | Effect::Save(_) | Effect::Background(_) => {}
        }
        Ok(())
    }
}

/// Runs the app on this process's terminal until the operator quits.
pub async fn run(mut app: App) -> Result<()> {
    let _guard = TerminalGuard::enter(app.mouse)?;
    let mut local = Local { terminal: Terminal::new(CrosstermBackend::new(stdout()))?, events: EventStream::new() };
    // For measuring start-up from outside: the process ends after its first complete frame.
    if std::env::var_os("PARTNERDESK_EXIT_AFTER_FIRST_FRAME").is_some() {
        return local.draw(&app);
    }
    Driver::run(&mut app, &mut local).await
}
