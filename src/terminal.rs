//! The local terminal adapter: raw mode and the alternate screen for the life of a guard,
//! crossterm's event stream in, frames out. A panic anywhere restores the terminal first.

use crate::app::{App, Event, Outbound};
use anyhow::Result;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event as TermEvent, EventStream, KeyEventKind};
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

/// Holds the terminal in raw mode on the alternate screen; dropping it restores the terminal,
/// whether the app returns, fails or unwinds.
pub struct TerminalGuard;

impl TerminalGuard {
    pub fn enter() -> Result<Self> {
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste, cursor::Hide)?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    let _ = execute!(stdout(), EndSynchronizedUpdate, DisableBracketedPaste, LeaveAlternateScreen, cursor::Show);
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
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".into());
        eprintln!("partnerdesk stopped on an internal error{location}: {message}");
        eprintln!("Every change committed before it is safe in the book.");
        if let Some(log) = &log {
            eprintln!("The log is at {}; please attach it to a bug report.", log.display());
        }
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            previous(info);
        }
    }));
}

/// Runs the app on this process's terminal until the operator quits.
pub async fn run(mut app: App) -> Result<()> {
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    let mut events = EventStream::new();
    let mut changes = app.book().changes();
    draw(&mut terminal, &app)?;
    // For measuring start-up from outside: the process ends after its first complete frame.
    if std::env::var_os("PARTNERDESK_EXIT_AFTER_FIRST_FRAME").is_some() {
        return Ok(());
    }
    loop {
        tokio::select! {
            biased;
            event = events.next() => match event {
                Some(Ok(TermEvent::Key(key))) if key.kind != KeyEventKind::Release => app.handle(Event::Key(key)),
                Some(Ok(TermEvent::Paste(text))) => app.handle(Event::Paste(text)),
                Some(Ok(TermEvent::Resize(w, h))) => {
                    terminal.autoresize()?;
                    app.handle(Event::Resize(w, h));
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(e.into()),
                None => break,
            },
            changed = changes.changed() => {
                if changed.is_err() {
                    break;
                }
                app.handle(Event::BookChanged);
            }
            // The rest of a large customer list arrives from the background.
            () = tokio::time::sleep(std::time::Duration::from_millis(5)), if app.is_loading() => {
                app.poll_loading(false);
            }
            // A bulk action goes on a chunk at a time whenever no key is waiting.
            () = std::future::ready(()), if app.job.is_some() => {
                if let Err(e) = app.run_job_step() {
                    app.error(format!("{e:#}"));
                }
            }
        }
        if app.quit {
            break;
        }
        carry_out(&mut app)?;
        draw(&mut terminal, &app)?;
    }
    Ok(())
}

/// Does what the app asked of its terminal: the clipboard through OSC 52 (which also works
/// through tmux and SSH), a `mailto:` through the desktop's default application.
fn carry_out(app: &mut App) -> Result<()> {
    for request in app.take_outbox() {
        match request {
            Outbound::Clipboard(text) => {
                let mut out = stdout();
                out.write_all(crate::app::mail::osc52(&text).as_bytes())?;
                out.flush()?;
            }
            // A local terminal opens the URL itself (below); no link is needed.
            Outbound::Hyperlink { .. } => {}
            Outbound::OpenUrl(url) => {
                if let Err(e) = open::that_detached(&url) {
                    app.error(format!("{}: {e}", crate::text::NO_MAIL_APP));
                }
            }
        }
    }
    Ok(())
}

fn draw(terminal: &mut Terminal<CrosstermBackend<std::io::Stdout>>, app: &App) -> Result<()> {
    execute!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| crate::ui::render(app, frame))?;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    Ok(())
}
