//! The scroll position of a view that reads like a page (the help, an invitation with its
//! email): keys move it, and the renderer, which alone knows how many lines the view has at
//! the current width, bounds it.

use super::action::Action;
use std::cell::Cell;

#[derive(Debug, Default)]
pub struct Scroll {
    /// The first line shown.
    first: Cell<usize>,
    /// Set by the renderer on every frame: the lines it had room for, and the first line
    /// that shows the last one.
    page: Cell<usize>,
    last_first: Cell<usize>,
}

impl Scroll {
    /// Moves by a move action (`Up`, `PageDown`, `Bottom`…); false for any other action.
    pub fn apply(&self, action: Action) -> bool {
        let (first, page) = (self.first.get(), self.page.get().saturating_sub(1).max(1));
        let to = match action {
            Action::Up => first.saturating_sub(1),
            Action::Down => first + 1,
            Action::PageUp => first.saturating_sub(page),
            Action::PageDown => first + page,
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => return false,
        };
        self.first.set(to.min(self.last_first.get()));
        true
    }

    /// For the renderer: `total` lines in a view `height` lines tall; returns the first line
    /// to draw (a resize can leave the old position past the end).
    pub fn fit(&self, height: usize, total: usize) -> usize {
        let last_first = total.saturating_sub(height);
        self.page.set(height);
        self.last_first.set(last_first);
        self.first.set(self.first.get().min(last_first));
        self.first.get()
    }

    /// Back to the top, for a view opened anew.
    pub fn reset(&self) {
        self.first.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_between_the_first_line_and_the_last_page() {
        let s = Scroll::default();
        assert_eq!(s.fit(10, 35), 0);
        s.apply(Action::Up);
        assert_eq!(s.fit(10, 35), 0);
        s.apply(Action::PageDown);
        assert_eq!(s.fit(10, 35), 9, "a page keeps one line of the last in view");
        s.apply(Action::Bottom);
        assert_eq!(s.fit(10, 35), 25);
        s.apply(Action::Down);
        assert_eq!(s.fit(10, 35), 25, "no further than the last line");
        s.apply(Action::Up);
        assert_eq!(s.fit(10, 35), 24, "one key back moves back at once");
        assert_eq!(s.fit(30, 35), 5, "a taller screen shows more of the end");
        s.apply(Action::Top);
        assert_eq!(s.fit(30, 35), 0);
        assert_eq!(s.fit(40, 35), 0, "a view that fits does not scroll");
        assert!(!s.apply(Action::Quit), "only moves scroll");
    }
}
