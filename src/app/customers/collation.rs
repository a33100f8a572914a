//! The Customers list's name order in the operator's language (ICU4X's collator, CLDR's
//! rules): Turkish puts ç after every c and ı before i, Vietnamese ă and â after a and đ after
//! d, Chinese goes by pinyin.
//!
//! English keeps the store's own order (the name folded — lower case, no diacritics, NFKD —
//! then the tenant id): for Latin names that is the root collation's primary order, and it
//! is there at once, patched by every commit at no cost. The other three orders are made from
//! each name's sort key, once per language for every session on the book (a large book's in
//! the background), and kept through patches by placing the changed rows with the collator.

use super::view::SortColumn;
use crate::i18n::Locale;
use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::{Arc, LazyLock, OnceLock};

/// How a session's list orders the names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collation {
    /// The store's key order (English).
    Store,
    Vietnamese,
    Turkish,
    Chinese,
}

/// How many collations have an order of their own (all but the store's).
pub const COLLATED: usize = 3;

/// One slot per sort column.
pub type ColumnOrders = [OnceLock<Arc<Vec<u32>>>; SortColumn::ALL.len()];

impl Collation {
    /// The order a session in `locale` shows.
    pub fn of(locale: Locale) -> Collation {
        match locale {
            Locale::En => Collation::Store,
            Locale::Vi => Collation::Vietnamese,
            Locale::Tr => Collation::Turkish,
            Locale::ZhCn => Collation::Chinese,
        }
    }

    /// Where the index keeps this collation's orders; `None` for the store's own (and, were a
    /// language's collator missing, for that language too: its names then in the store's order).
    pub fn slot(self) -> Option<usize> {
        self.index().filter(|_| self.collator().is_some())
    }

    fn index(self) -> Option<usize> {
        match self {
            Collation::Store => None,
            Collation::Vietnamese => Some(0),
            Collation::Turkish => Some(1),
            Collation::Chinese => Some(2),
        }
    }

    /// The collation of `slot`.
    pub fn of_slot(slot: usize) -> Collation {
        [Collation::Vietnamese, Collation::Turkish, Collation::Chinese][slot % COLLATED]
    }

    /// The language's collator (built once per process from ICU4X's compiled CLDR data).
    pub fn collator(self) -> Option<&'static CollatorBorrowed<'static>> {
        static COLLATORS: LazyLock<[Option<CollatorBorrowed<'static>>; COLLATED]> = LazyLock::new(|| {
            use icu_locale_core::locale;
            let make = |prefs: CollatorPreferences| {
                CollatorBorrowed::try_new(prefs, CollatorOptions::default())
                    .map_err(|e| tracing::warn!("no collator: {e}"))
                    .ok()
            };
            // `zh` is pinyin order in CLDR (its default collation).
            [make(locale!("vi").into()), make(locale!("tr").into()), make(locale!("zh").into())]
        });
        COLLATORS[self.index()?].as_ref()
    }
}

/// The listed items in one language's name order, with what is sorted from it.
pub struct Collated {
    /// Every listed item, in this language's name order.
    pub names: Arc<Vec<u32>>,
    /// Each item's place in `names` (`u32::MAX` for one not listed): compares two items by
    /// name in one step, for the column orders' ties.
    rank: Vec<u32>,
    /// Each column's order from low to high (this language's name order among equals), and
    /// the same reversed, made when first asked for.
    pub ascending: ColumnOrders,
    pub descending: ColumnOrders,
}

impl Collated {
    /// `names` (every listed item, in the store's order) in `collator`'s order; names that
    /// collate equal keep the store's order. `name` gives an item's company name, `items`
    /// how many items the index has.
    pub fn new<'a>(
        collator: &CollatorBorrowed<'_>,
        names: &[u32],
        name: impl Fn(u32) -> &'a str,
        items: usize,
    ) -> Collated {
        // Every name's sort key, end to end: one allocation, read by plain byte comparison.
        let mut keys: Vec<u8> = Vec::with_capacity(names.len() * 32);
        let mut ends: Vec<usize> = Vec::with_capacity(names.len());
        for &item in names {
            let Ok(()) = collator.write_sort_key_to(name(item), &mut keys);
            ends.push(keys.len());
        }
        let key = |at: usize| &keys[if at == 0 { 0 } else { ends[at - 1] }..ends[at]];
        // Sorted first as numbers (the first eight bytes of the key, then the store's place),
        // then each run with the same first bytes by the whole key: a stable sort, with far
        // fewer slice comparisons than sorting the keys themselves.
        let mut keyed: Vec<(u64, u32)> = (0..names.len()).map(|at| (prefix(key(at)), at as u32)).collect();
        keyed.sort_unstable();
        let mut places: Vec<u32> = keyed.iter().map(|&(_, at)| at).collect();
        let mut start = 0;
        for run in keyed.chunk_by(|a, b| a.0 == b.0) {
            let end = start + run.len();
            if run.len() > 1 {
                places[start..end].sort_by(|a, b| key(*a as usize).cmp(key(*b as usize)));
            }
            start = end;
        }
        Self::from_names(places.into_iter().map(|at| names[at as usize]).collect(), items)
    }

    /// The orders of an index whose items are the same.
    pub fn from_names(names: Vec<u32>, items: usize) -> Collated {
        let mut rank = vec![u32::MAX; items];
        for (place, &item) in names.iter().enumerate() {
            if let Some(r) = rank.get_mut(item as usize) {
                *r = place as u32;
            }
        }
        Collated { names: Arc::new(names), rank, ascending: Default::default(), descending: Default::default() }
    }

    /// Compares two items by their place in the name order.
    pub fn rank_cmp(&self, a: u32, b: u32) -> Ordering {
        let rank = |i: u32| self.rank.get(i as usize).copied().unwrap_or(u32::MAX);
        rank(a).cmp(&rank(b))
    }

    /// The name order after a patch: `moved` taken out, those still `listed` placed again by
    /// `cmp` (the collator, then the store's order) — a binary search each, so a commit costs
    /// a few dozen collator comparisons per changed row and one pass, never a sort.
    pub fn patched_names(
        &self,
        moved: &[u32],
        listed: impl Fn(u32) -> bool,
        cmp: impl Fn(u32, u32) -> Ordering,
        items: usize,
    ) -> Collated {
        let gone: HashSet<u32> = moved.iter().copied().collect();
        let kept: Vec<u32> = self.names.iter().copied().filter(|i| !gone.contains(i)).collect();
        let mut incoming: Vec<u32> = moved.iter().copied().filter(|&i| listed(i)).collect();
        incoming.sort_by(|a, b| cmp(*a, *b));
        incoming.dedup();
        let mut names = Vec::with_capacity(kept.len() + incoming.len());
        let mut from = 0;
        for new in incoming {
            let at = from + kept[from..].partition_point(|&k| cmp(k, new) == Ordering::Less);
            names.extend_from_slice(&kept[from..at]);
            names.push(new);
            from = at;
        }
        names.extend_from_slice(&kept[from..]);
        Self::from_names(names, items)
    }

    /// The same orders with every item renumbered by `new_item` (an index laid out afresh).
    pub fn renumbered(&self, new_item: &[u32], items: usize) -> Collated {
        let map = |order: &[u32]| -> Vec<u32> { order.iter().map(|&i| new_item[i as usize]).collect() };
        let next = Self::from_names(map(&self.names), items);
        for (slot, old) in next.ascending.iter().zip(&self.ascending) {
            if let Some(order) = old.get() {
                let _ = slot.set(Arc::new(map(order)));
            }
        }
        next
    }
}

/// The first eight bytes of a sort key, big-endian: byte order is the key's order.
fn prefix(key: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `names` in `collation`'s order, as the index makes it.
    fn sorted(collation: Collation, names: &[&str]) -> Vec<String> {
        let collator = collation.collator().expect("a collator");
        let items: Vec<u32> = (0..names.len() as u32).collect();
        let order = Collated::new(collator, &items, |i| names[i as usize], names.len());
        order.names.iter().map(|&i| names[i as usize].to_string()).collect()
    }

    #[test]
    fn turkish_puts_c_cedilla_after_c_and_dotless_i_before_i() {
        let names = ["Dal Lojistik", "Çelik Yapı", "İnci Gıda", "Cam Sanayi", "Işık Yazılım", "Ilgaz", "Irmak"];
        assert_eq!(
            sorted(Collation::Turkish, &names),
            ["Cam Sanayi", "Çelik Yapı", "Dal Lojistik", "Ilgaz", "Irmak", "Işık Yazılım", "İnci Gıda"]
        );
    }

    #[test]
    fn vietnamese_puts_each_letter_with_a_mark_after_its_base() {
        let names = ["Đà Nẵng Logistics", "Dương Minh", "Âu Lạc", "Ăn Ngon", "An Phát", "Bình Minh"];
        assert_eq!(
            sorted(Collation::Vietnamese, &names),
            ["An Phát", "Ăn Ngon", "Âu Lạc", "Bình Minh", "Dương Minh", "Đà Nẵng Logistics"]
        );
    }

    #[test]
    fn chinese_goes_by_pinyin_not_by_code_point() {
        // 上海 shàng, 北京 běi, 成都 chéng, 杭州 háng: code points would put 上 first.
        let names = ["上海云海科技", "北京华通科技", "成都星河", "杭州云帆"];
        assert_eq!(sorted(Collation::Chinese, &names), ["北京华通科技", "成都星河", "杭州云帆", "上海云海科技"]);
    }

    #[test]
    fn equal_names_keep_the_store_order_and_a_patch_places_rows_as_a_fresh_sort_would() {
        let mut names = vec!["Işık", "Ilgaz", "Çelik", "Işık", "Cam", "Ölçü", "Oba", "Şen", "Su"];
        let items: Vec<u32> = (0..names.len() as u32).collect();
        let collator = Collation::Turkish.collator().expect("a collator");
        let before = Collated::new(collator, &items, |i| names[i as usize], names.len());
        let sames: Vec<u32> = before.names.iter().copied().filter(|&i| names[i as usize] == "Işık").collect();
        assert_eq!(sames, [0, 3], "equal names in the store's order");
        // Rename two rows and take one out.
        names[6] = "Ceviz";
        names[4] = "Zeytin";
        let listed = |i: u32| i != 8;
        let cmp = |a: u32, b: u32| collator.compare(names[a as usize], names[b as usize]).then(a.cmp(&b));
        let after = before.patched_names(&[6, 4, 8], listed, cmp, names.len());
        let kept: Vec<u32> = items.iter().copied().filter(|&i| listed(i)).collect();
        let fresh = Collated::new(collator, &kept, |i| names[i as usize], names.len());
        assert_eq!(after.names, fresh.names);
        assert_eq!(after.rank_cmp(6, 2), Ordering::Less, "Ceviz (c) before Çelik (ç)");
    }
}
