//! Running the app without a terminal: key scripts in, rendered screens out. Snapshot tests,
//! `partnerdesk snapshot` and the screenshots all go through here, through the same driver
//! as a real terminal.

use super::{Driver, Frontend};
use crate::app::effect::Effect;
use crate::app::keyscript::Step;
use crate::app::{App, Event};
use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// An in-memory screen: what the driver draws on when nobody is watching.
struct Screen {
    terminal: Terminal<TestBackend>,
    /// The last frame, whole: what a terminal shows once it has the frame's bytes. (The test
    /// backend's own buffer is not: it applies only the changed cells, and unlike a terminal it
    /// keeps the old glyph under the right half of a wide character, which reappears when a
    /// narrow one replaces it.)
    frame: Buffer,
    /// What the app asked of its terminal, kept for the script to look at.
    effects: Vec<Effect>,
}

impl Frontend for Screen {
    /// A script's steps are fed by `Headless::step`, never waited for.
    async fn next(&mut self, _busy: bool) -> Result<Option<Vec<Event>>> {
        Ok(None)
    }

    fn draw(&mut self, app: &App) -> Result<()> {
        let drawn = self.terminal.draw(|frame| crate::ui::render(app, frame))?;
        self.frame = drawn.buffer.clone();
        Ok(())
    }

    /// Nothing outside the screen is touched by a script (no clipboard, no desktop): the
    /// effect is only kept, for the script to see.
    fn apply(&mut self, _app: &mut App, effect: Effect) -> Result<()> {
        self.effects.push(effect);
        Ok(())
    }
}

pub struct Headless {
    screen: Screen,
    driver: Driver,
}

impl Headless {
    pub fn new(width: u16, height: u16) -> Result<Self> {
        let terminal = Terminal::new(TestBackend::new(width, height))?;
        let screen = Screen { frame: terminal.backend().buffer().clone(), terminal, effects: Vec::new() };
        Ok(Self { screen, driver: Driver::default() })
    }

    /// What the app asked of its terminal so far (clipboard, links, the mail app).
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.screen.effects)
    }

    pub fn draw(&mut self, app: &App) -> Result<&Buffer> {
        self.screen.draw(app)?;
        Ok(&self.screen.frame)
    }

    /// The last frame drawn.
    pub fn screen(&self) -> &Buffer {
        &self.screen.frame
    }

    /// Feeds one step to the app; returns false once the app has quit.
    pub fn step(&mut self, app: &mut App, step: &Step) -> Result<bool> {
        let events = match step {
            Step::Key(key) => vec![Event::Key(*key)],
            Step::Wait => {
                while app.job.is_some() {
                    app.run_job_step()?;
                }
                vec![Event::BookChanged]
            }
            Step::Resize(w, h) => {
                self.screen.terminal.backend_mut().resize(*w, *h);
                self.screen.terminal.resize(ratatui::layout::Rect::new(0, 0, *w, *h))?;
                vec![Event::Resize(*w, *h)]
            }
        };
        let running = self.driver.turn(app, &mut self.screen, events)?;
        // Scripts see a settled screen: background reading and an export finish before each frame.
        app.poll_loading(true);
        while app.job.as_ref().is_some_and(|j| j.is_export()) {
            app.run_job_step()?;
        }
        // Draw after every step, as the terminal would, so scroll positions are kept.
        self.draw(app)?;
        Ok(running)
    }

    /// Runs a whole script and returns the final screen; with `frames`, calls it after each step.
    pub fn run(&mut self, app: &mut App, steps: &[Step], mut frames: impl FnMut(&Step, &Buffer)) -> Result<Buffer> {
        // What the app asked for on opening (the rest of a large list) starts first.
        self.driver.turn(app, &mut self.screen, Vec::new())?;
        app.poll_loading(true);
        self.draw(app)?;
        for step in steps {
            let running = self.step(app, step)?;
            frames(step, &self.screen.frame);
            if !running {
                break;
            }
        }
        Ok(self.screen.frame.clone())
    }
}
