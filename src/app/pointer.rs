//! The mouse: the wheel scrolls what the move keys scroll (a list, a record, the help, an open
//! invitation or audit event), and a click selects a list row, a tab, or runs a footer hint's
//! action, as its key would. Where things are on screen is the renderer's to say: it notes the
//! tabs and hints it drew in [`Targets`] and each list's rows in `FilteredList::rows_at`, and a
//! click is matched against the frame last drawn. Off with the config's `mouse = false`.

use super::action::{Action, Global, ListKey};
use super::keymap::Layer;
use super::{App, Tab};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use std::cell::RefCell;

/// Lines one notch of the wheel moves, as in most terminal apps.
const WHEEL_LINES: usize = 3;

/// What the last frame drew where, for clicks: the tabs on the header row, the footer's hints.
#[derive(Debug, Default)]
pub struct Targets {
    pub tabs: RefCell<Vec<Target<Tab>>>,
    pub hints: RefCell<Vec<Target<Action>>>,
}

/// Something clickable on one row, from column `x` for `width` cells.
#[derive(Debug, Clone)]
pub struct Target<T> {
    pub y: u16,
    pub x: u16,
    pub width: u16,
    pub what: T,
}

impl<T: Clone> Target<T> {
    fn at(targets: &[Target<T>], column: u16, row: u16) -> Option<T> {
        targets
            .iter()
            .find(|t| t.y == row && (t.x..t.x.saturating_add(t.width)).contains(&column))
            .map(|t| t.what.clone())
    }
}

impl App {
    pub(super) fn on_mouse(&mut self, mouse: MouseEvent) -> anyhow::Result<()> {
        if !self.mouse {
            return Ok(());
        }
        let (column, row) = (mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::ScrollDown => self.wheel(ListKey::Down),
            MouseEventKind::ScrollUp => self.wheel(ListKey::Up),
            MouseEventKind::Down(MouseButton::Left) => {
                let hint = Target::at(&self.targets.hints.borrow(), column, row);
                if let Some(action) = hint {
                    return self.update(action);
                }
                // Under an overlay or the help, only the footer (whose keys are the overlay's).
                if self.help || !self.overlays.is_empty() {
                    return Ok(());
                }
                let tab = Target::at(&self.targets.tabs.borrow(), column, row);
                if let Some(tab) = tab {
                    return self.update(Action::Global(Global::GoTab(tab)));
                }
                let at = self.list().row_at(row);
                if let Some(position) = at {
                    let delta = position as isize - self.list().selected() as isize;
                    self.list_mut().move_by(delta);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The wheel moves as the move keys do wherever they scroll; in a form, the email editor, a
    /// question or the command line it does nothing (their arrows move a cursor, not a view).
    fn wheel(&mut self, key: ListKey) {
        if matches!(self.layer(), Layer::Form | Layer::Editor | Layer::Confirm | Layer::CommandLine) {
            return;
        }
        self.status = None;
        for _ in 0..WHEEL_LINES {
            self.list_key(key);
        }
    }
}
