//! A list that is sorted, filtered as you type and scrolled, over items it knows only by
//! index. The folded text of every item sits in one contiguous buffer, so a keystroke is one
//! SIMD substring scan of that buffer (memchr's `memmem`), whatever the number of items.
//!
//! The texts (`Haystack`) and the order are held by `Arc`: many lists over the same items (one
//! per SSH session) share one copy, and each keeps only its query, what it shows and where
//! its selection is.

use super::fuzzy;
use crate::domain::search::fold;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

/// Longest filter query kept (a paste is cut here).
const MAX_QUERY_CHARS: usize = 200;

/// Fuzzy rankings kept for a query as it grows (one per key; Backspace goes back through them).
const MAX_RANKINGS_KEPT: usize = 16;

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

/// The texts as they were given, each followed by a newline (never part of a query).
#[derive(Debug, Default, Clone)]
struct Texts {
    text: Vec<u8>,
    starts: Vec<u32>,
}

impl Texts {
    fn span(&self, item: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(item).map_or(self.text.len(), |&s| s as usize);
        let end = self.starts.get(item + 1).map_or(self.text.len(), |&s| s as usize);
        start..end.saturating_sub(1).max(start)
    }
}

/// Every item's folded text. The texts given at the start are never written again (they are
/// shared by every copy); a text changed since, or an added item's, goes into a small region
/// of its own, so a copy with a few changes costs those changes, not the list.
#[derive(Debug, Default, Clone)]
pub struct Haystack {
    main: Arc<Texts>,
    /// Texts written after the start, in the order written.
    extra: Texts,
    /// Whose text each entry of `extra` is.
    extra_items: Vec<u32>,
    /// Items whose text is in `extra`, and which entry holds it now.
    moved: HashMap<u32, u32>,
    /// How many items there are (given at the start and added since).
    items: usize,
}

/// Appends `item` to `text` the way the haystack holds it.
fn push_text(texts: &mut Texts, item: &str) {
    texts.starts.push(texts.text.len() as u32);
    // A newline in an item would let a match run into the next one.
    texts.text.extend(item.bytes().map(|b| if b == b'\n' { b' ' } else { b }));
    texts.text.push(b'\n');
}

impl Haystack {
    pub fn new<S: AsRef<str>>(texts: &[S]) -> Self {
        let mut main = Texts::default();
        main.text.reserve(texts.iter().map(|t| t.as_ref().len() + 1).sum());
        main.starts.reserve(texts.len());
        for item in texts {
            push_text(&mut main, item.as_ref());
        }
        Self { main: Arc::new(main), items: texts.len(), ..Self::default() }
    }

    /// How many items there are.
    pub fn items(&self) -> usize {
        self.items
    }

    /// Whether both hold the same texts from the start (so their items are numbered alike).
    pub fn same_start(&self, other: &Haystack) -> bool {
        Arc::ptr_eq(&self.main, &other.main)
    }

    /// How many texts were written since the start (a measure of how far the copy has moved).
    pub fn changed(&self) -> usize {
        self.extra_items.len()
    }

    /// The folded text of `item` (empty for an item that was removed).
    pub fn item_text(&self, item: usize) -> &[u8] {
        match self.moved.get(&(item as u32)) {
            Some(&e) => &self.extra.text[self.extra.span(e as usize)],
            None => &self.main.text[self.main.span(item)],
        }
    }

    /// Gives `item` a new text (`item == items()` adds one); no other item moves.
    pub fn set_item_text(&mut self, item: usize, text: &str) {
        self.moved.insert(item as u32, self.extra_items.len() as u32);
        self.extra_items.push(item as u32);
        push_text(&mut self.extra, text);
        self.items = self.items.max(item + 1);
    }

    /// Which items contain `query` (folded, not empty), by item.
    fn matches(&self, query: &str) -> Vec<bool> {
        let mut matched = vec![false; self.items.max(self.main.starts.len())];
        let finder = memchr::memmem::Finder::new(query.as_bytes());
        let n = self.main.starts.len();
        let main = &*self.main;
        if n >= PARALLEL_FROM {
            // Two halves on two cores: a keystroke on a million customers stays well under the
            // 20 ms an operator would notice.
            let (left, right) = matched[..n].split_at_mut(n / 2);
            let finder = &finder;
            std::thread::scope(|scope| {
                scope.spawn(move || mark(&main.text, &main.starts, 0, left, finder));
                mark(&main.text, &main.starts, n / 2, right, finder);
            });
        } else {
            mark(&main.text, &main.starts, 0, &mut matched[..n], &finder);
        }
        if !self.extra_items.is_empty() {
            // An item's text in the start region no longer holds once it has moved; of its
            // texts written since, only the newest does.
            for &item in self.moved.keys() {
                matched[item as usize] = false;
            }
            let mut extra = vec![false; self.extra_items.len()];
            mark(&self.extra.text, &self.extra.starts, 0, &mut extra, &finder);
            for (e, _) in extra.iter().enumerate().filter(|(_, m)| **m) {
                let item = self.extra_items[e];
                if self.moved.get(&item) == Some(&(e as u32)) {
                    matched[item as usize] = true;
                }
            }
        }
        matched
    }
}

#[derive(Debug, Default)]
pub struct FilteredList {
    hay: Arc<Haystack>,
    order: Arc<Vec<u32>>,
    /// The items shown: the order itself (shared) while there is no query.
    visible: Arc<Vec<u32>>,
    query: String,
    pub editing: bool,
    /// The query matches fuzzily, best first (see `fuzzy`), instead of as one piece of text.
    fuzzy: bool,
    /// The finished fuzzy rankings of the query as it grew, the newest (what shows) last: a
    /// growing query narrows the newest, a shorter one (Backspace) finds its own again.
    ranked: Vec<fuzzy::Ranked>,
    /// The fuzzy ranking of the newest query, being made in the background, and the item to
    /// select once it lands (none: the best match).
    ranking: Option<(fuzzy::Job, Option<usize>)>,
    /// Fuzzy rankings of this many items or more are made in the background (`None`:
    /// `fuzzy::BACKGROUND_FROM`).
    background_from: Option<usize>,
    selected: usize,
    /// First visible position, kept by the renderer so the selection stays in view.
    pub offset: Cell<usize>,
    /// Rows the renderer last had room for; PgUp/PgDn move by it.
    pub page: Cell<usize>,
    /// Where the renderer last drew each row on screen: (screen row, position among the
    /// visible items), for a click.
    pub drawn: std::cell::RefCell<Vec<(u16, usize)>>,
}

impl FilteredList {
    pub fn new(haystack: Vec<String>) -> Self {
        let order: Vec<u32> = (0..haystack.len() as u32).collect();
        let mut list = Self::default();
        list.page.set(10);
        list.reset(haystack, order, None);
        list
    }

    /// How many items the list knows (shown or not).
    pub fn items(&self) -> usize {
        self.hay.items()
    }

    /// The folded text of `item` (empty for an item that was removed).
    pub fn item_text(&self, item: usize) -> &[u8] {
        self.hay.item_text(item)
    }

    /// Gives `item` a new text (`item == items()` adds one); a haystack shared with other
    /// lists is copied first (its start region stays shared). Call `set_order` after a batch.
    pub fn set_item_text(&mut self, item: usize, text: &str) {
        Arc::make_mut(&mut self.hay).set_item_text(item, text);
    }

    /// Replaces the items, keeping the query and, where it still exists, the selected item
    /// (named by `keep`, an index into the new items).
    pub fn reset(&mut self, haystack: Vec<String>, order: Vec<u32>, keep: Option<usize>) {
        self.share(Arc::new(Haystack::new(&haystack)), Arc::new(order), keep);
    }

    /// Shows `hay`'s items in `order`, both possibly shared with other lists, keeping the
    /// query and, where it still exists, the selected item (`keep`, an index into `hay`).
    pub fn share(&mut self, hay: Arc<Haystack>, order: Arc<Vec<u32>>, keep: Option<usize>) {
        // New texts numbered afresh: what shows now names other items, so a fuzzy ranking
        // cannot wait for the background.
        let renumbered = !self.hay.same_start(&hay);
        self.hay = hay;
        self.order = order;
        self.refilter_keeping(keep, renumbered);
        self.clamp();
    }

    pub fn set_order(&mut self, order: impl Into<Arc<Vec<u32>>>) {
        let keep = self.selected_item();
        self.order = order.into();
        self.refilter_keeping(keep, false);
    }

    /// Matches fuzzily (`on`) or as one piece of text, keeping the query and the selection.
    pub fn set_fuzzy(&mut self, on: bool) {
        if self.fuzzy != on {
            self.fuzzy = on;
            self.ranked.clear();
            let keep = self.selected_item();
            self.refilter_keeping(keep, false);
        }
    }

    pub fn is_fuzzy(&self) -> bool {
        self.fuzzy
    }

    /// Ranks a fuzzy query in the background from `items` items on, instead of from
    /// `fuzzy::BACKGROUND_FROM` (so a test sees the background at work on a small book).
    pub fn rank_in_background_from(&mut self, items: usize) {
        self.background_from = Some(items);
    }

    /// True while a fuzzy ranking is being made in the background (the previous one shows).
    pub fn is_ranking(&self) -> bool {
        self.ranking.is_some()
    }

    /// Shows the background ranking if it is done (`block`: waits for it); true if it was.
    pub fn poll(&mut self, block: bool) -> bool {
        let Some((job, keep)) = &self.ranking else { return false };
        let keep = *keep;
        match job.poll(block) {
            fuzzy::Polled::Waiting => false,
            fuzzy::Polled::Done(ranked) => {
                self.ranking = None;
                self.show_ranked(ranked, keep);
                true
            }
            fuzzy::Polled::Stopped => {
                self.ranking = None;
                false
            }
        }
    }

    fn show_ranked(&mut self, ranked: fuzzy::Ranked, keep: Option<usize>) {
        self.visible = Arc::new(ranked.items());
        if self.ranked.len() == MAX_RANKINGS_KEPT {
            self.ranked.remove(0);
        }
        self.ranked.push(ranked);
        // The best match is selected, unless the item selected before still shows.
        self.selected = 0;
        if let Some(item) = keep {
            self.select_item(item);
        }
        self.clamp();
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

    /// Filters again after the query changed: a fuzzy ranking selects its best match.
    fn refilter(&mut self) {
        self.refilter_keeping(None, false);
    }

    /// Filters again, selecting `keep` where it still shows; `now`: a fuzzy ranking is made on
    /// this thread however long the list.
    fn refilter_keeping(&mut self, keep: Option<usize>, now: bool) {
        let folded = fold(&self.query);
        let query = folded.trim();
        // A ranking for an older query or list is stale (dropping it stops it).
        self.ranking = None;
        if query.is_empty() {
            self.ranked.clear();
            self.visible = Arc::clone(&self.order);
        } else if self.fuzzy {
            // Rankings of queries this one does not grow from are of no more use, except its
            // own (after a Backspace), shown at once.
            loop {
                if let Some(own) = self.ranked.pop_if(|r| r.is_for(query, &self.hay, &self.order)) {
                    self.show_ranked(own, keep);
                    return;
                }
                match self.ranked.last() {
                    Some(top) if !top.narrows_to(query, &self.hay, &self.order) => self.ranked.pop(),
                    _ => break,
                };
            }
            let work = fuzzy::Work::new(query, &self.hay, &self.order, self.ranked.last());
            if now || work.size() < self.background_from.unwrap_or(fuzzy::BACKGROUND_FROM) {
                if let Some(ranked) = work.run(&std::sync::atomic::AtomicBool::new(false)) {
                    self.show_ranked(ranked, keep);
                }
                return;
            }
            self.ranking = Some((work.start(), keep));
            return;
        } else {
            // One scan of all the text marks the items that match; the sort order is kept.
            let matched = self.hay.matches(query);
            self.visible = Arc::new(self.order.iter().copied().filter(|&i| matched[i as usize]).collect());
        }
        if let Some(item) = keep {
            self.select_item(item);
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

    /// The position (among the visible items) of the row last drawn on screen row `y`.
    pub fn row_at(&self, y: u16) -> Option<usize> {
        self.drawn.borrow().iter().find(|(row, _)| *row == y).map(|&(_, position)| position)
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
            list.set_order((0..hay.len() as u32).rev().collect::<Vec<u32>>());
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
