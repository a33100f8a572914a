//! Running the app: one loop for every way it is reached. A `Frontend` (the local terminal, an
//! SSH session, a headless script) brings events and draws frames; the `Driver` does the rest
//! the same way for all of them — events into the app, background work a step at a time, the
//! app's effects carried out, and only the newest frame drawn.
//!
//! ```text
//!   keys, paste, resize ─┐                       ┌─> Frontend::draw (ui::render)
//!   book changed ────────┼─> App::handle ─> App ─┤
//!   background ticks ────┘     (update)          └─> effects ─> Frontend::apply / files
//! ```

pub mod headless;
pub mod local;
pub mod osc;

use crate::app::effect::Effect;
use crate::app::{App, Event};
use anyhow::Result;
use std::time::Duration;

/// How often the rest of a large list is looked for while no input comes.
const TICK: Duration = Duration::from_millis(5);

/// What brings a session's input and shows its frames.
pub trait Frontend {
    /// The next events: what the operator typed (all that is already waiting), a resize, a
    /// timeout that completes a lone Esc. `None` when the input has ended. With `busy` (a
    /// bulk job runs), it returns an empty batch soon when nothing is waiting, so the job
    /// goes on between keys.
    fn next(&mut self, busy: bool) -> impl std::future::Future<Output = Result<Option<Vec<Event>>>>;

    /// Draws the app as it is now.
    fn draw(&mut self, app: &App) -> Result<()>;

    /// False while the other side cannot take a frame (an SSH client not reading): the
    /// newest one is drawn once it can.
    fn may_draw(&self) -> bool {
        true
    }

    /// Carries out an effect that needs the terminal or the desktop (files are the driver's).
    fn apply(&mut self, app: &mut App, effect: Effect) -> Result<()>;
}

/// The loop's state between turns.
#[derive(Default)]
pub struct Driver {
    dirty: bool,
}

impl Driver {
    /// One turn: `events` into the app, then background work a step, effects, and a frame if
    /// anything changed. Returns false once the app has quit.
    pub fn turn(&mut self, app: &mut App, frontend: &mut impl Frontend, events: Vec<Event>) -> Result<bool> {
        let idle = events.is_empty();
        for event in events {
            app.handle(event);
            self.dirty = true;
        }
        if app.is_loading() {
            app.poll_loading(false);
            self.dirty = true;
        }
        // A bulk job goes on a step at a time whenever no key is waiting: keys come first.
        if idle && app.job.is_some() {
            // A failing step is said on the status line, wherever the app runs.
            if let Err(e) = app.run_job_step() {
                app.error(format!("{e:#}"));
            }
            self.dirty = true;
        }
        if app.quit {
            return Ok(false);
        }
        self.carry_out(app, frontend)?;
        if self.dirty && frontend.may_draw() {
            frontend.draw(app)?;
            self.dirty = false;
        }
        Ok(true)
    }

    /// Does what the app asked beyond its state: files and threads here, the rest by the
    /// frontend.
    fn carry_out(&mut self, app: &mut App, frontend: &mut impl Frontend) -> Result<()> {
        for effect in app.take_effects() {
            match effect {
                Effect::Save(file) => {
                    let saved = file.write().map_err(|e| (file.intended(), e.to_string()));
                    app.handle(Event::Saved(saved));
                }
                Effect::Background(task) => task.start(),
                other => frontend.apply(app, other)?,
            }
            self.dirty = true;
        }
        Ok(())
    }

    /// Runs the app on `frontend` until the operator quits or the input ends.
    pub async fn run(app: &mut App, frontend: &mut impl Frontend) -> Result<()> {
        let mut driver = Driver::default();
        let mut changes = app.book().changes();
        changes.mark_unchanged();
        frontend.draw(app)?;
        loop {
            let (busy, loading) = (app.job.is_some(), app.is_loading());
            let events = tokio::select! {
                biased;
                input = frontend.next(busy) => match input? {
                    Some(events) => events,
                    None => break,
                },
                changed = changes.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    changes.mark_unchanged();
                    vec![Event::BookChanged]
                }
                () = tokio::time::sleep(TICK), if loading => Vec::new(),
            };
            if !driver.turn(app, frontend, events)? {
                break;
            }
        }
        Ok(())
    }
}
