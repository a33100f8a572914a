//! The scroll position of a view that reads like a page (the help, an invitation with its
//! email): keys move it, and the renderer, which alone knows how many lines the view has at
//! the current width, bounds it.

use super::action::ListKey;
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
    /// Moves by a move key (`Up`, `PageDown`, `Bottom`…); false for the filter's keys.
    pub fn apply(&self, key: ListKey) -> bool {
        let (first, page) = (self.first.get(), self.page.get().saturating_sub(1).max(1));
        let to = match key {
            ListKey::Up => first.saturating_sub(1),
            ListKey::Down => first + 1,
            ListKey::PageUp => first.saturating_sub(page),
            ListKey::PageDown => first + page,
            ListKey::Top => 0,
            ListKey::Bottom => usize::MAX,
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
        s.apply(ListKey::Up);
        assert_eq!(s.fit(10, 35), 0);
        s.apply(ListKey::PageDown);
        assert_eq!(s.fit(10, 35), 9, "a page keeps one line of the last in view");
        s.apply(ListKey::Bottom);
        assert_eq!(s.fit(10, 35), 25);
        s.apply(ListKey::Down);
        assert_eq!(s.fit(10, 35), 25, "no further than the last line");
        s.apply(ListKey::Up);
        assert_eq!(s.fit(10, 35), 24, "one key back moves back at once");
        assert_eq!(s.fit(30, 35), 5, "a taller screen shows more of the end");
        s.apply(ListKey::Top);
        assert_eq!(s.fit(30, 35), 0);
        assert_eq!(s.fit(40, 35), 0, "a view that fits does not scroll");
        assert!(!s.apply(ListKey::StartFilter), "only moves scroll");
    }
}
