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

    /// Moves by a move key only while the view has more to show that way (an expanded record
    /// inside a list: past its ends, the key moves the list instead); true if it moved.
    pub fn within(&self, key: ListKey) -> bool {
        let first = self.first.get();
        let more = match key {
            ListKey::Up | ListKey::PageUp => first > 0,
            ListKey::Down | ListKey::PageDown => first < self.last_first.get(),
            _ => false,
        };
        more && self.apply(key)
    }
}

/// The scroll position inside the detail lines of one row of a list (a customer's record,
/// expanded under its row, taller than the screen). It belongs to the row selected when it
/// was last drawn, and starts at the top again when another row is drawn selected.
#[derive(Debug, Default)]
pub struct DetailScroll {
    item: Cell<Option<usize>>,
    lines: Scroll,
}

impl DetailScroll {
    /// For the renderer: the scroll of `item`'s detail lines.
    pub fn of(&self, item: usize) -> &Scroll {
        if self.item.replace(Some(item)) != Some(item) {
            self.lines.first.set(0);
            self.lines.last_first.set(0);
        }
        &self.lines
    }

    /// For the renderer: `item`'s detail lines from `line` on (as far as they reach).
    pub fn reveal(&self, item: usize, line: usize) {
        self.item.set(Some(item));
        self.lines.first.set(line);
        self.lines.last_first.set(line);
    }

    /// Moves within the detail lines drawn last; see `Scroll::within`.
    pub fn within(&self, key: ListKey) -> bool {
        self.lines.within(key)
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

    #[test]
    fn a_record_in_a_list_scrolls_until_its_ends_then_lets_the_list_move() {
        let d = DetailScroll::default();
        assert_eq!(d.of(7).fit(10, 25), 0);
        assert!(!d.within(ListKey::Up), "at the top, Up moves to the row above");
        assert!(d.within(ListKey::Down));
        assert!(d.within(ListKey::PageDown));
        assert_eq!(d.of(7).fit(10, 25), 10);
        assert!(d.within(ListKey::PageDown));
        assert_eq!(d.of(7).fit(10, 25), 15, "the last page shows the last line");
        assert!(!d.within(ListKey::Down), "at the end, Down moves to the next row");
        assert!(!d.within(ListKey::Bottom), "G and g always move the list");
        assert_eq!(d.of(8).fit(10, 25), 0, "another row's record starts at its top");
        assert_eq!(d.of(8).fit(10, 4), 0);
        assert!(!d.within(ListKey::Down), "a record that fits does not take the keys");
    }
}
