//! Running the app without a terminal: key scripts in, rendered screens out. Snapshot tests,
//! `partnerdesk snapshot` and the screenshots all go through here.

use super::keyscript::Step;
use super::{App, Event};
use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub struct Headless {
    terminal: Terminal<TestBackend>,
    /// The last frame, whole: what a terminal shows once it has the frame's bytes. (The test
    /// backend's own buffer is not: it applies only the changed cells, and unlike a terminal it
    /// keeps the old glyph under the right half of a wide character, which reappears when a
    /// narrow one replaces it.)
    screen: Buffer,
}

impl Headless {
    pub fn new(width: u16, height: u16) -> Result<Self> {
        let terminal = Terminal::new(TestBackend::new(width, height))?;
        Ok(Self { screen: terminal.backend().buffer().clone(), terminal })
    }

    pub fn draw(&mut self, app: &App) -> Result<&Buffer> {
        let frame = self.terminal.draw(|frame| crate::ui::render(app, frame))?;
        self.screen = frame.buffer.clone();
        Ok(&self.screen)
    }

    /// The last frame drawn.
    pub fn screen(&self) -> &Buffer {
        &self.screen
    }

    /// Feeds one step to the app; returns false once the app has quit.
    pub fn step(&mut self, app: &mut App, step: &Step) -> Result<bool> {
        match step {
            Step::Key(key) => app.handle(Event::Key(*key)),
            Step::Wait => {
                while app.job.is_some() {
                    app.run_job_step()?;
                }
                app.handle(Event::BookChanged);
            }
            Step::Resize(w, h) => {
                self.terminal.backend_mut().resize(*w, *h);
                self.terminal.resize(ratatui::layout::Rect::new(0, 0, *w, *h))?;
                app.handle(Event::Resize(*w, *h));
            }
        }
        // Scripts see a settled screen: background reading and an export finish before each frame.
        app.poll_loading(true);
        while app.job.as_ref().is_some_and(|j| j.is_export()) {
            app.run_job_step()?;
        }
        // Draw after every step, as the terminal would, so scroll positions are kept.
        self.draw(app)?;
        Ok(!app.quit)
    }

    /// Runs a whole script and returns the final screen; with `frames`, calls it after each step.
    pub fn run(&mut self, app: &mut App, steps: &[Step], mut frames: impl FnMut(&Step, &Buffer)) -> Result<Buffer> {
        app.poll_loading(true);
        self.draw(app)?;
        for step in steps {
            let running = self.step(app, step)?;
            frames(step, &self.screen);
            if !running {
                break;
            }
        }
        Ok(self.screen.clone())
    }
}
