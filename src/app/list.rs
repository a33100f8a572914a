//! A list that is sorted, filtered as you type and scrolled, over items it knows only by
//! index. It holds a folded haystack per item, so a keystroke costs one pass of substring
//! tests — over the previous matches only, when the query grew.

use crate::domain::search::fold;
use std::cell::Cell;

/// Longest filter query kept (a paste is cut here).
const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Default)]
pub struct FilteredList {
    haystack: Vec<String>,
    order: Vec<u32>,
    visible: Vec<u32>,
    query: String,
    folded: String,
    pub editing: bool,
    selected: usize,
    /// First visible position, kept by the renderer so the selection stays in view.
    pub offset: Cell<usize>,
    /// Rows the renderer last had room for; PgUp/PgDn move by it.
    pub page: Cell<usize>,
}

impl FilteredList {
    pub fn new(haystack: Vec<String>) -> Self {
        let order: Vec<u32> = (0..haystack.len() as u32).collect();
        let list = Self { haystack, visible: order.clone(), order, ..Self::default() };
        list.page.set(10);
        list
    }

    /// Replaces the items, keeping the query and, where it still exists, the selected item
    /// (named by `keep`, an index into the new items).
    pub fn reset(&mut self, haystack: Vec<String>, order: Vec<u32>, keep: Option<usize>) {
        self.haystack = haystack;
        self.order = order;
        self.refilter(false);
        if let Some(item) = keep {
            self.select_item(item);
        }
        self.clamp();
    }

    pub fn set_order(&mut self, order: Vec<u32>) {
        let keep = self.selected_item();
        self.order = order;
        self.refilter(false);
        if let Some(item) = keep {
            self.select_item(item);
        }
    }

    /// The folded text of each item, as the filter sees it.
    pub fn haystack(&self) -> &[String] {
        &self.haystack
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn push_str(&mut self, text: &str) {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        let room = MAX_QUERY_CHARS.saturating_sub(self.query.chars().count());
        self.query.extend(clean.chars().take(room));
        self.refilter(true);
    }

    pub fn pop_char(&mut self) {
        self.query.pop();
        self.refilter(false);
    }

    pub fn clear_query(&mut self) {
        let keep = self.selected_item();
        self.query.clear();
        self.editing = false;
        self.refilter(false);
        if let Some(item) = keep {
            self.select_item(item);
        }
    }

    fn refilter(&mut self, narrowing: bool) {
        let folded = fold(&self.query);
        let query = folded.trim();
        if query.is_empty() {
            self.visible.clone_from(&self.order);
        } else {
            let source = if narrowing && folded.starts_with(&self.folded) { &self.visible } else { &self.order };
            let hay = &self.haystack;
            self.visible = source.iter().copied().filter(|&i| hay[i as usize].contains(query)).collect();
        }
        self.folded = folded;
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    pub fn visible(&self) -> &[u32] {
        &self.visible
    }

    pub fn shown(&self) -> usize {
        self.visible.len()
    }

    pub fn total(&self) -> usize {
        self.order.len()
    }

    /// Position of the selection among the visible items.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The selected item (an index into the items), if any is visible.
    pub fn selected_item(&self) -> Option<usize> {
        self.visible.get(self.selected).map(|&i| i as usize)
    }

    pub fn select_item(&mut self, item: usize) -> bool {
        match self.visible.iter().position(|&i| i as usize == item) {
            Some(pos) => {
                self.selected = pos;
                true
            }
            None => false,
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let last = self.visible.len() - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn page_by(&mut self, pages: isize) {
        let page = self.page.get().max(1) as isize;
        self.move_by(pages * page);
    }

    pub fn top(&mut self) {
        self.selected = 0;
    }

    pub fn bottom(&mut self) {
        self.selected = self.visible.len().saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn list() -> FilteredList {
        FilteredList::new(
            ["Công ty Minh Phát", "Yıldız Teknoloji", "北京华通科技", "Contoso Bank", "Minh Long"]
                .iter()
                .map(|s| fold(s))
                .collect(),
        )
    }

    #[test]
    fn filters_accent_and_case_insensitively_and_narrows() {
        let mut l = list();
        l.push_str("MINH");
        assert_eq!(l.visible(), &[0, 4]);
        l.push_str(" p");
        assert_eq!(l.visible(), &[0]);
        l.pop_char();
        l.pop_char();
        assert_eq!(l.visible(), &[0, 4]);
        l.clear_query();
        assert_eq!(l.shown(), 5);
        l.push_str("yildiz");
        assert_eq!(l.visible(), &[1]);
        l.clear_query();
        l.push_str("华通");
        assert_eq!(l.visible(), &[2]);
    }

    #[test]
    fn selection_follows_the_item_through_filter_and_sort() {
        let mut l = list();
        l.move_by(3);
        assert_eq!(l.selected_item(), Some(3));
        l.set_order(vec![4, 3, 2, 1, 0]);
        assert_eq!(l.selected_item(), Some(3));
        l.push_str("zzz");
        assert_eq!(l.selected_item(), None);
        l.clear_query();
        assert_eq!(l.shown(), 5);
    }

    #[test]
    fn pastes_drop_control_characters_and_are_capped() {
        let mut l = list();
        l.push_str(&"a\u{1b}[2J".repeat(1000));
        assert!(l.query().chars().count() <= MAX_QUERY_CHARS);
        assert!(!l.query().contains('\u{1b}'));
    }

    proptest! {
        #[test]
        fn incremental_narrowing_equals_filtering_from_scratch(words in proptest::collection::vec("[a-zç ]{0,6}", 1..30), q in "[a-zç ]{0,4}") {
            let hay: Vec<String> = words.iter().map(|w| fold(w)).collect();
            let mut incremental = FilteredList::new(hay.clone());
            for c in q.chars() {
                incremental.push_str(&c.to_string());
            }
            let mut scratch = FilteredList::new(hay);
            scratch.push_str(&q);
            prop_assert_eq!(incremental.visible(), scratch.visible());
        }
    }
}
