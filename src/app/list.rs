//! A list that is sorted, filtered as you type and scrolled, over items it knows only by
//! index. The folded text of every item sits in one contiguous buffer, so a keystroke is one
//! SIMD substring scan of that buffer (memchr's `memmem`), whatever the number of items.

use crate::domain::search::fold;
use std::cell::Cell;

/// Longest filter query kept (a paste is cut here).
const MAX_QUERY_CHARS: usize = 200;

/// Lists at least this long are scanned on two threads.
const PARALLEL_FROM: usize = 50_000;

/// Marks in `matched` the items `first..first + matched.len()` whose text contains the query.
/// Matches come in text order: the walk goes alongside the items, and skips to the next item
/// as soon as one matches.
fn mark(text: &[u8], starts: &[u32], first: usize, matched: &mut [bool], finder: &memchr::memmem::Finder<'_>) {
    let end_item = first + matched.len();
    let end = starts.get(end_item).map_or(text.len(), |&s| s as usize);
    let text = &text[..end];
    let mut at = starts.get(first).map_or(end, |&s| s as usize);
    let mut item = first;
    while let Some(found) = finder.find(&text[at..]) {
        let pos = at + found;
        while item + 1 < end_item && starts[item + 1] as usize <= pos {
            item += 1;
        }
        matched[item - first] = true;
        match starts.get(item + 1) {
            Some(&next) if item + 1 < end_item => at = next as usize,
            _ => break,
        }
    }
}

#[derive(Debug, Default)]
pub struct FilteredList {
    /// Every item's folded text, each followed by a newline (never part of a query): first the
    /// items as they were given, in item order, then texts that changed since (see `patch`).
    /// A text that no longer holds is blanked with NULs, which no query contains.
    text: Vec<u8>,
    /// Where each of the items given at the start starts in `text`.
    starts: Vec<u32>,
    /// Where the first region (the items given at the start) ends.
    main_end: usize,
    /// Texts written after the start, in `text` order: where each starts, and whose it is.
    extra_starts: Vec<u32>,
    extra_items: Vec<u32>,
    /// Items whose text is in the second region, and which entry of it.
    moved: std::collections::HashMap<u32, usize>,
    /// How many items there are (given at the start and added since).
    items: usize,
    order: Vec<u32>,
    visible: Vec<u32>,
    query: String,
    pub editing: bool,
    selected: usize,
    /// First visible position, kept by the renderer so the selection stays in view.
    pub offset: Cell<usize>,
    /// Rows the renderer last had room for; PgUp/PgDn move by it.
    pub page: Cell<usize>,
}

/// Appends `item` to `text` the way the haystack holds it.
fn push_text(text: &mut Vec<u8>, item: &str) {
    // A newline in an item would let a match run into the next one; a NUL is a blank.
    text.extend(item.bytes().map(|b| if b == b'\n' || b == 0 { b' ' } else { b }));
    text.push(b'\n');
}

impl FilteredList {
    pub fn new(haystack: Vec<String>) -> Self {
        let order: Vec<u32> = (0..haystack.len() as u32).collect();
        let mut list = Self { visible: order.clone(), order, ..Self::default() };
        list.set_haystack(haystack);
        list.page.set(10);
        list
    }

    fn set_haystack(&mut self, haystack: Vec<String>) {
        self.text.clear();
        self.text.reserve(haystack.iter().map(|h| h.len() + 1).sum());
        self.starts.clear();
        for item in &haystack {
            self.starts.push(self.text.len() as u32);
            push_text(&mut self.text, item);
        }
        self.main_end = self.text.len();
        self.extra_starts.clear();
        self.extra_items.clear();
        self.moved.clear();
        self.items = haystack.len();
    }

    /// How many items the list knows (shown or not).
    pub fn items(&self) -> usize {
        self.items
    }

    /// Where `item`'s text is in `text`: its bytes, without the newline.
    fn span(&self, item: usize) -> std::ops::Range<usize> {
        let (start, end) = match self.moved.get(&(item as u32)) {
            Some(&e) => {
                (self.extra_starts[e] as usize, self.extra_starts.get(e + 1).map_or(self.text.len(), |&s| s as usize))
            }
            None => (
                self.starts.get(item).map_or(self.main_end, |&s| s as usize),
                self.starts.get(item + 1).map_or(self.main_end, |&s| s as usize),
            ),
        };
        start..end.saturating_sub(1).max(start)
    }

    /// The folded text of `item` (empty for an item that was removed).
    pub fn item_text(&self, item: usize) -> &[u8] {
        let span = &self.text[self.span(item)];
        let len = span.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
        &span[..len]
    }

    /// Gives `item` a new text (`item == items()` adds one): written over the old one when it
    /// fits, else after the others, so no other item moves. Call `set_order` after a batch.
    pub fn set_item_text(&mut self, item: usize, text: &str) {
        let span = self.span(item);
        if item < self.items && text.len() <= span.len() && !text.bytes().any(|b| b == b'\n' || b == 0) {
            let slot = &mut self.text[span];
            slot[..text.len()].copy_from_slice(text.as_bytes());
            slot[text.len()..].fill(0);
            return;
        }
        if item < self.items {
            self.text[span].fill(0);
        }
        self.moved.insert(item as u32, self.extra_starts.len());
        self.extra_starts.push(self.text.len() as u32);
        self.extra_items.push(item as u32);
        push_text(&mut self.text, text);
        self.items = self.items.max(item + 1);
    }

    /// Replaces the items, keeping the query and, where it still exists, the selected item
    /// (named by `keep`, an index into the new items).
    pub fn reset(&mut self, haystack: Vec<String>, order: Vec<u32>, keep: Option<usize>) {
        self.set_haystack(haystack);
        self.order = order;
        self.refilter();
        if let Some(item) = keep {
            self.select_item(item);
        }
        self.clamp();
    }

    pub fn set_order(&mut self, order: Vec<u32>) {
        let keep = self.selected_item();
        self.order = order;
        self.refilter();
        if let Some(item) = keep {
            self.select_item(item);
        }
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn push_str(&mut self, text: &str) {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        let room = MAX_QUERY_CHARS.saturating_sub(self.query.chars().count());
        self.query.extend(clean.chars().take(room));
        self.refilter();
    }

    pub fn pop_char(&mut self) {
        self.query.pop();
        self.refilter();
    }

    pub fn clear_query(&mut self) {
        let keep = self.selected_item();
        self.query.clear();
        self.editing = false;
        self.refilter();
        if let Some(item) = keep {
            self.select_item(item);
        }
    }

    fn refilter(&mut self) {
        let folded = fold(&self.query);
        let query = folded.trim();
        if query.is_empty() {
            self.visible.clone_from(&self.order);
        } else {
            // One scan of all the text marks the items that match; the sort order is kept.
            let mut matched = vec![false; self.items.max(self.starts.len())];
            let finder = memchr::memmem::Finder::new(query.as_bytes());
            let n = self.starts.len();
            let main = &self.text[..self.main_end];
            if n >= PARALLEL_FROM {
                // Two halves on two cores: a keystroke on a million customers stays well
                // under the 20 ms an operator would notice.
                let (left, right) = matched[..n].split_at_mut(n / 2);
                let (starts, finder) = (&self.starts, &finder);
                std::thread::scope(|scope| {
                    scope.spawn(move || mark(main, starts, 0, left, finder));
                    mark(main, starts, n / 2, right, finder);
                });
            } else {
                mark(main, &self.starts, 0, &mut matched[..n], &finder);
            }
            if !self.extra_starts.is_empty() {
                // The texts changed since the start (blanked ones match nothing).
                let mut extra = vec![false; self.extra_starts.len()];
                mark(&self.text, &self.extra_starts, 0, &mut extra, &finder);
                for (e, _) in extra.iter().enumerate().filter(|(_, m)| **m) {
                    matched[self.extra_items[e] as usize] = true;
                }
            }
            self.visible = self.order.iter().copied().filter(|&i| matched[i as usize]).collect();
        }
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    /// Every item in the sort order, shown or not.
    pub fn order(&self) -> &[u32] {
        &self.order
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

    #[test]
    fn the_two_thread_scan_of_a_long_list_matches_a_plain_one() {
        let hay: Vec<String> = (0..PARALLEL_FROM + 1234)
            .map(|i| format!("tenant {i} {}", if i % 7 == 0 { "minh" } else { "an" }))
            .collect();
        for q in ["minh", "tenant 1", "t", "zzz", "9 minh"] {
            let mut list = FilteredList::new(hay.clone());
            list.push_str(q);
            let expected: Vec<u32> = (0..hay.len() as u32).filter(|&i| hay[i as usize].contains(q)).collect();
            assert_eq!(list.visible(), expected.as_slice(), "{q}");
        }
    }

    #[test]
    fn a_changed_text_is_found_by_its_new_words_only() {
        let mut l = list();
        l.set_item_text(1, &fold("Yıldız"));
        l.set_item_text(3, &fold("Contoso Bank of the Mekong Delta"));
        l.set_item_text(5, &fold("Minh Anh"));
        l.set_order(vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(l.item_text(1), b"yildiz");
        l.push_str("teknoloji");
        assert_eq!(l.visible(), &[] as &[u32]);
        l.clear_query();
        l.push_str("mekong");
        assert_eq!(l.visible(), &[3]);
        l.clear_query();
        l.push_str("minh");
        assert_eq!(l.visible(), &[0, 4, 5]);
    }

    proptest! {
        #[test]
        fn patching_texts_filters_like_building_the_list_afresh(
            words in proptest::collection::vec("[a-zç ]{0,6}", 1..30),
            changes in proptest::collection::vec((0usize..40, "[a-zç ]{0,9}"), 0..20),
            q in "[a-zç ]{1,3}",
        ) {
            let mut hay: Vec<String> = words.iter().map(|w| fold(w)).collect();
            let mut patched = FilteredList::new(hay.clone());
            for (item, text) in changes {
                let item = item % (hay.len() + 1);
                let text = fold(&text);
                patched.set_item_text(item, &text);
                if item == hay.len() { hay.push(text) } else { hay[item] = text }
            }
            let order: Vec<u32> = (0..hay.len() as u32).rev().collect();
            patched.set_order(order.clone());
            patched.push_str(&q);
            let mut scratch = FilteredList::new(hay.clone());
            scratch.set_order(order);
            scratch.push_str(&q);
            prop_assert_eq!(patched.visible(), scratch.visible());
            for (i, h) in hay.iter().enumerate() {
                prop_assert_eq!(patched.item_text(i), h.as_bytes());
            }
        }

        #[test]
        fn the_scan_finds_exactly_the_items_that_contain_the_query(words in proptest::collection::vec("\\PC{0,8}", 1..40), q in "[a-zđ ]{1,3}") {
            let hay: Vec<String> = words.iter().map(|w| fold(w)).collect();
            let mut list = FilteredList::new(hay.clone());
            list.set_order((0..hay.len() as u32).rev().collect());
            list.push_str(&q);
            let folded = fold(&q);
            let expected: Vec<u32> = (0..hay.len() as u32).rev().filter(|&i| hay[i as usize].contains(folded.trim())).collect();
            prop_assert_eq!(list.visible(), expected.as_slice());
        }

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
