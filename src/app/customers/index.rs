//! One index of the listed customers for every session on a book: the compact rows, their
//! folded texts, the name order and each column's order, and the partner-of-record counts.
//!
//! An index never changes once built, and sessions hold it by `Arc`: fifty SSH sessions on a
//! book hold one copy of its list, not fifty. A commit that changes customers makes the next
//! index from the newest by patching only those rows — once, by the first session that sees the
//! commit; the others take it as it is. The rows and texts read at the start stay shared by
//! every index patched from them (copy-on-write: a patched index holds its changed rows beside
//! them), until enough rows have changed that the next index is laid out afresh.

use crate::app::effect::Task;
use crate::app::list::Haystack;
use crate::domain::customer::CustomerRow;
use crate::domain::ids::{PartnerId, TenantId};
use crate::store::{Book, Changes, Kind, Reads};
use anyhow::Result;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex, OnceLock, Weak};

use super::collation::{COLLATED, Collated, Collation};
use super::view::SortColumn;

/// Books with more customers than this are read in the background, so the first frame does
/// not depend on the size of the book.
pub const BACKGROUND_FROM: u64 = 20_000;

/// Rows changed since the start past which the next index is laid out afresh (so what a
/// patch copies stays small, whatever the number of commits).
const RELAYOUT_FROM: usize = 8_192;

/// The partner whose customer list this is (its relationship is what each row shows).
pub fn book_partner(read: &impl Reads) -> Result<PartnerId> {
    Ok(read.org()?.map_or(PartnerId(0), |o| o.partner_id))
}

/// Every listed row, in name order (the order the store keeps them in).
pub fn listed_rows(read: &impl Reads) -> Result<Vec<CustomerRow>> {
    let mut rows = Vec::new();
    read.each_customer_row(|row| {
        if row.listed {
            rows.push(row);
        }
    })?;
    Ok(rows)
}

pub struct CustomerIndex {
    /// The rows read at the start, by item (their folded text moved into `hay`).
    base: Arc<Vec<CustomerRow>>,
    /// The items of `base` ordered by tenant id.
    by_tenant: Arc<Vec<u32>>,
    /// Rows changed or added since the start, by item. A row no longer listed stays, with
    /// `listed` false, out of every order.
    changed: HashMap<u32, CustomerRow>,
    /// Items added since the start, by tenant.
    added: HashMap<TenantId, u32>,
    items: usize,
    hay: Arc<Haystack>,
    name_order: Arc<Vec<u32>>,
    /// Each column's order from low to high (name order among equals), made when first asked
    /// for and carried through every patch; and the same reversed.
    ascending: [OnceLock<Arc<Vec<u32>>>; 8],
    descending: [OnceLock<Arc<Vec<u32>>>; 8],
    /// The name order of each language that has its own (see `collation`), with its column
    /// orders, made when a session in that language first asks, carried through every patch.
    collated: [OnceLock<Arc<Collated>>; COLLATED],
    /// For each partner, how many listed customers have it as partner of record.
    partner_counts: Arc<HashMap<PartnerId, usize>>,
    /// The book's change counts this index is at least as new as.
    seen: Changes,
    /// How many patches changed its rows: two indexes with the same `base` and the same count
    /// hold the same rows (see `same_rows`).
    patches: u64,
}

impl std::ops::Index<usize> for CustomerIndex {
    type Output = CustomerRow;
    fn index(&self, item: usize) -> &CustomerRow {
        self.changed.get(&(item as u32)).unwrap_or_else(|| &self.base[item])
    }
}

impl std::fmt::Debug for CustomerIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CustomerIndex({} items, {} changed)", self.items, self.changed.len())
    }
}

impl Default for CustomerIndex {
    fn default() -> Self {
        Self::build(Vec::new(), Changes::default())
    }
}

impl CustomerIndex {
    /// Lays out `rows` (in name order) as read at `seen`.
    pub fn build(mut rows: Vec<CustomerRow>, seen: Changes) -> Self {
        // The folded text moves into the haystack: held once, not twice.
        let texts: Vec<String> = rows.iter_mut().map(|r| std::mem::take(&mut r.folded)).collect();
        let hay = Arc::new(Haystack::new(&texts));
        drop(texts);
        let mut counts = HashMap::new();
        for id in rows.iter().flat_map(|r| &r.partners_of_record) {
            *counts.entry(*id).or_default() += 1;
        }
        let name_order: Vec<u32> = (0..rows.len() as u32).collect();
        let mut by_tenant = name_order.clone();
        by_tenant.sort_unstable_by_key(|&i| rows[i as usize].tenant_id);
        Self {
            items: rows.len(),
            base: Arc::new(rows),
            by_tenant: Arc::new(by_tenant),
            changed: HashMap::new(),
            added: HashMap::new(),
            hay,
            name_order: Arc::new(name_order),
            ascending: Default::default(),
            descending: Default::default(),
            collated: Default::default(),
            partner_counts: Arc::new(counts),
            seen,
            patches: 0,
        }
    }

    /// How many items there are (rows no longer listed included).
    pub fn items(&self) -> usize {
        self.items
    }

    /// Every row, by item (rows no longer listed included).
    pub fn iter(&self) -> impl Iterator<Item = &CustomerRow> {
        (0..self.items).map(|i| &self[i])
    }

    pub fn haystack(&self) -> &Arc<Haystack> {
        &self.hay
    }

    pub fn partner_counts(&self) -> &Arc<HashMap<PartnerId, usize>> {
        &self.partner_counts
    }

    /// The item that holds `tenant`'s row, if the index has one.
    pub fn item_of(&self, tenant: TenantId) -> Option<usize> {
        match self.by_tenant.binary_search_by_key(&tenant, |&i| self.base[i as usize].tenant_id) {
            Ok(at) => Some(self.by_tenant[at] as usize),
            Err(_) => self.added.get(&tenant).map(|&i| i as usize),
        }
    }

    /// Whether the rows are at least as new as the book's counts `now`.
    /// This index, known to be as new as `now`: the commits since changed no row on the list
    /// (a bulk change of support contacts, say), so everything is shared, orders included.
    fn advanced(&self, now: Changes) -> Self {
        Self {
            base: Arc::clone(&self.base),
            by_tenant: Arc::clone(&self.by_tenant),
            changed: self.changed.clone(),
            added: self.added.clone(),
            items: self.items,
            hay: Arc::clone(&self.hay),
            name_order: Arc::clone(&self.name_order),
            ascending: self.ascending.clone(),
            descending: self.descending.clone(),
            collated: self.collated.clone(),
            partner_counts: Arc::clone(&self.partner_counts),
            seen: now,
            patches: self.patches,
        }
    }

    /// Whether `other` holds the same rows as this index (a view showing one need not lay
    /// out the other).
    pub fn same_rows(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.base, &other.base) && self.patches == other.patches
    }

    fn covers(&self, now: &Changes) -> bool {
        [Kind::Customers, Kind::Org].iter().all(|k| self.seen.count(*k) >= now.count(*k))
    }

    /// The items in `sort` order with names in `collation`'s order, if it is made already (the
    /// store's name order always is).
    pub fn order(&self, collation: Collation, sort: Option<SortColumn>, descending: bool) -> Option<Arc<Vec<u32>>> {
        let (names, ascending, reversed) = match collation.slot() {
            None => (&self.name_order, &self.ascending, &self.descending),
            Some(slot) => {
                let c = self.collated[slot].get()?;
                (&c.names, &c.ascending, &c.descending)
            }
        };
        let ascending = match sort {
            None | Some(SortColumn::Name) => Arc::clone(names),
            Some(column) => Arc::clone(ascending[column as usize].get()?),
        };
        if !descending {
            return Some(ascending);
        }
        let slot = &reversed[sort.map_or(0, |c| c as usize)];
        // Reversing is one pass, no comparisons: done when asked.
        Some(Arc::clone(slot.get_or_init(|| Arc::new(ascending.iter().rev().copied().collect()))))
    }

    /// Makes `sort`'s order (a stable sort of `collation`'s name order by the column), and
    /// that name order first if need be: for a large book this runs in the background while
    /// the old order stays on screen.
    pub fn make_order(&self, collation: Collation, sort: SortColumn) {
        let (names, ascending) = match collation.slot().zip(collation.collator()) {
            None => (&self.name_order, &self.ascending),
            Some((slot, collator)) => {
                let c = self.collated[slot].get_or_init(|| {
                    let name = |item: u32| self[item as usize].name.as_str();
                    Arc::new(Collated::new(collator, &self.name_order, name, self.items))
                });
                (&c.names, &c.ascending)
            }
        };
        if sort == SortColumn::Name {
            return;
        }
        ascending[sort as usize].get_or_init(|| {
            // Each row's key is read once and the (key, place in name order) pairs sorted as
            // plain numbers: at 1M that is a few dozen milliseconds where comparing whole
            // rows took up to 0.7 s (every comparison two lookups and a string compare).
            let mut keyed: Vec<(u64, u32)> = (names.iter().enumerate())
                .map(|(at, &item)| (column_key(sort, &self[item as usize]), at as u32))
                .collect();
            keyed.sort_unstable();
            let mut order: Vec<u32> = keyed.iter().map(|&(_, at)| names[at as usize]).collect();
            if !key_is_whole(sort) {
                // Rows whose keys tie (domains that start alike) are in name order: the whole
                // column orders them, ties kept in name order (a stable sort).
                let mut start = 0;
                for run in keyed.chunk_by(|a, b| a.0 == b.0) {
                    let end = start + run.len();
                    order[start..end].sort_by(|a, b| self.column_cmp(Some(sort), *a, *b));
                    start = end;
                }
            }
            Arc::new(order)
        });
    }

    fn column_cmp(&self, sort: Option<SortColumn>, a: u32, b: u32) -> std::cmp::Ordering {
        rows_cmp(sort, &self[a as usize], &self[b as usize])
    }

    /// Name order: the store's key (folded name, then tenant id).
    fn name_cmp(&self, a: u32, b: u32) -> std::cmp::Ordering {
        self.hay
            .item_text(a as usize)
            .cmp(self.hay.item_text(b as usize))
            .then_with(|| self[a as usize].tenant_id.as_u128().cmp(&self[b as usize].tenant_id.as_u128()))
    }

    /// The next index: this one with the rows of `tenants` (changed by the commits up to
    /// `now`) brought up to date — a changed row rewritten and moved to its place in every
    /// order made so far, a new one added, one no longer listed taken out. Costs the number of
    /// changed rows plus one pass over each order, never a read of the list.
    fn patched(&self, read: &impl Reads, tenants: &[TenantId], now: Changes) -> Result<Self> {
        let partner = book_partner(read)?;
        // The orders made so far are rebuilt below, with the changed rows in their places.
        let mut next = Self {
            ascending: Default::default(),
            descending: Default::default(),
            collated: Default::default(),
            patches: self.patches + 1,
            ..self.advanced(now)
        };
        let mut texts = std::mem::take(&mut next.hay);
        let hay = Arc::make_mut(&mut texts);
        let mut counts: Vec<(PartnerId, i64)> = Vec::new();
        let mut moved: Vec<u32> = Vec::with_capacity(tenants.len());
        for &tenant in tenants {
            let row = match read.customer(tenant)? {
                Some(c) => Some(read.customer_row(&c, partner)?).filter(|r| r.listed),
                None => None,
            };
            let (item, mut row) = match (next.item_of(tenant), row) {
                (None, None) => continue,
                (Some(item), None) => {
                    let mut old = next[item].clone();
                    if !old.listed {
                        continue;
                    }
                    old.listed = false;
                    hay.set_item_text(item, "");
                    (item, old)
                }
                (Some(item), Some(row)) => (item, row),
                (None, Some(row)) => {
                    let item = next.items;
                    next.items += 1;
                    next.added.insert(tenant, item as u32);
                    (item, row)
                }
            };
            let folded = std::mem::take(&mut row.folded);
            let old = (item < self.items).then(|| &self[item]).filter(|r| r.listed);
            counts.extend(old.iter().flat_map(|r| &r.partners_of_record).map(|p| (*p, -1)));
            if row.listed {
                counts.extend(row.partners_of_record.iter().map(|p| (*p, 1)));
            }
            let same_text = old.is_some() && hay.item_text(item) == folded.as_bytes();
            if row.listed && !same_text {
                hay.set_item_text(item, &folded);
            }
            // Most changes (contacts, requests, addresses) move nothing in any order.
            // (A name that folds the same may still collate elsewhere: "ACME" → "Acme".)
            let same_place = old.is_some_and(|old| {
                row.listed
                    && same_text
                    && old.name == row.name
                    && SortColumn::ALL.iter().all(|c| rows_cmp(Some(*c), old, &row).is_eq())
            });
            next.changed.insert(item as u32, row);
            if !same_place {
                moved.push(item as u32);
            }
        }
        next.hay = texts;
        if !counts.is_empty() {
            let partner_counts = Arc::make_mut(&mut next.partner_counts);
            for (partner, by) in counts {
                let n = partner_counts.entry(partner).or_default();
                *n = n.saturating_add_signed(by as isize);
                if *n == 0 {
                    partner_counts.remove(&partner);
                }
            }
        }
        if moved.is_empty() {
            for (slot, old) in next.ascending.iter().zip(&self.ascending) {
                if let Some(order) = old.get() {
                    let _ = slot.set(Arc::clone(order));
                }
            }
            for (slot, old) in next.collated.iter().zip(&self.collated) {
                if let Some(collated) = old.get() {
                    let _ = slot.set(Arc::clone(collated));
                }
            }
            return Ok(next);
        }
        next.name_order = Arc::new(next.merge(&self.name_order, &moved, |v, a, b| v.name_cmp(a, b)));
        for column in SortColumn::ALL.into_iter().filter(|c| *c != SortColumn::Name) {
            if let Some(order) = self.ascending[column as usize].get() {
                let merged = next
                    .merge(order, &moved, |v, a, b| v.column_cmp(Some(column), a, b).then_with(|| v.name_cmp(a, b)));
                let _ = next.ascending[column as usize].set(Arc::new(merged));
            }
        }
        for (slot, old) in self.collated.iter().enumerate() {
            let (Some(old), Some(collator)) = (old.get(), Collation::of_slot(slot).collator()) else { continue };
            let by_name = |a: u32, b: u32| {
                collator.compare(&next[a as usize].name, &next[b as usize].name).then_with(|| next.name_cmp(a, b))
            };
            let collated = old.patched_names(&moved, |i| next[i as usize].listed, by_name, next.items);
            for column in SortColumn::ALL.into_iter().filter(|c| *c != SortColumn::Name) {
                if let Some(order) = old.ascending[column as usize].get() {
                    let merged = next.merge(order, &moved, |v, a, b| {
                        v.column_cmp(Some(column), a, b).then_with(|| collated.rank_cmp(a, b))
                    });
                    let _ = collated.ascending[column as usize].set(Arc::new(merged));
                }
            }
            let _ = next.collated[slot].set(Arc::new(collated));
        }
        Ok(next)
    }

    /// `order` without the `moved` items, with those still listed merged back in at their
    /// places by `cmp`: one pass, however long the order.
    fn merge(&self, order: &[u32], moved: &[u32], cmp: impl Fn(&Self, u32, u32) -> std::cmp::Ordering) -> Vec<u32> {
        let gone: HashSet<u32> = moved.iter().copied().collect();
        let mut incoming: Vec<u32> = moved.iter().copied().filter(|&i| self[i as usize].listed).collect();
        incoming.sort_by(|a, b| cmp(self, *a, *b));
        incoming.dedup();
        let mut merged = Vec::with_capacity(order.len() + incoming.len());
        let mut next = incoming.into_iter().peekable();
        for &item in order.iter().filter(|i| !gone.contains(i)) {
            while let Some(&new) = next.peek() {
                if cmp(self, new, item) == std::cmp::Ordering::Less {
                    merged.push(new);
                    next.next();
                } else {
                    break;
                }
            }
            merged.push(item);
        }
        merged.extend(next);
        merged
    }

    /// The same rows laid out afresh (items numbered anew, in name order), with the orders
    /// made so far made again.
    fn relaid(&self) -> Self {
        let rows: Vec<CustomerRow> = self
            .name_order
            .iter()
            .map(|&i| {
                let mut row = self[i as usize].clone();
                row.folded = String::from_utf8_lossy(self.hay.item_text(i as usize)).into_owned();
                row
            })
            .collect();
        let next = Self::build(rows, self.seen);
        for column in SortColumn::ALL {
            if self.ascending[column as usize].get().is_some() {
                next.make_order(Collation::Store, column);
            }
        }
        // Each language's orders are renumbered, not made again (no collator, one pass each).
        let mut new_item = vec![u32::MAX; self.items];
        for (at, &item) in self.name_order.iter().enumerate() {
            new_item[item as usize] = at as u32;
        }
        for (slot, old) in next.collated.iter().zip(&self.collated) {
            if let Some(collated) = old.get() {
                let _ = slot.set(Arc::new(collated.renumbered(&new_item, next.items)));
            }
        }
        next
    }
}

/// A number that orders rows as [`rows_cmp`] does, as far as it reaches: the whole value for
/// every column but the domain, whose first eight bytes it holds (see [`key_is_whole`]).
fn column_key(sort: SortColumn, row: &CustomerRow) -> u64 {
    // The first bytes of a text, big-endian: byte order is `str`'s order.
    let prefix = |text: &str| {
        let mut bytes = [0u8; 8];
        let n = text.len().min(8);
        bytes[..n].copy_from_slice(&text.as_bytes()[..n]);
        u64::from_be_bytes(bytes)
    };
    match sort {
        SortColumn::Name => 0,
        SortColumn::Domain => prefix(&row.domain),
        SortColumn::Country => prefix(row.country.as_str()),
        SortColumn::Cloud => row.cloud as u64,
        SortColumn::Relationship => row.relationship as u64,
        // The last three put the largest first.
        SortColumn::Admin => u64::from(!row.admin),
        SortColumn::Subscriptions => u64::from(u32::MAX - row.subscriptions),
        SortColumn::Licences => u64::MAX - row.licences_total,
    }
}

/// Whether [`column_key`] holds the whole of the column's value.
fn key_is_whole(sort: SortColumn) -> bool {
    sort != SortColumn::Domain
}

/// Compares two rows by the sort column alone.
pub fn rows_cmp(sort: Option<SortColumn>, a: &CustomerRow, b: &CustomerRow) -> std::cmp::Ordering {
    match sort {
        None | Some(SortColumn::Name) => std::cmp::Ordering::Equal,
        Some(SortColumn::Domain) => a.domain.cmp(&b.domain),
        Some(SortColumn::Country) => a.country.cmp(&b.country),
        Some(SortColumn::Cloud) => a.cloud.cmp(&b.cloud),
        Some(SortColumn::Relationship) => a.relationship.cmp(&b.relationship),
        Some(SortColumn::Admin) => b.admin.cmp(&a.admin),
        Some(SortColumn::Subscriptions) => b.subscriptions.cmp(&a.subscriptions),
        Some(SortColumn::Licences) => b.licences_total.cmp(&a.licences_total),
    }
}

/// An index being read in the background, for every session that asked meanwhile.
#[derive(Default)]
pub struct Landing {
    index: Mutex<Option<Result<Arc<CustomerIndex>, String>>>,
    landed: Condvar,
}

impl Landing {
    /// The index once it has landed (`block`: waits for it).
    pub fn get(&self, block: bool) -> Option<Result<Arc<CustomerIndex>, String>> {
        let mut index = self.index.lock().unwrap_or_else(|e| e.into_inner());
        while block && index.is_none() {
            index = self.landed.wait(index).unwrap_or_else(|e| e.into_inner());
        }
        index.clone()
    }

    fn land(&self, index: Result<Arc<CustomerIndex>, String>) {
        *self.index.lock().unwrap_or_else(|e| e.into_inner()) = Some(index);
        self.landed.notify_all();
    }
}

/// What a session gets when it asks for the index.
pub enum Got {
    Ready(Arc<CustomerIndex>),
    /// Being read in the background; `Some` task for the session that must start it.
    Loading(Arc<Landing>, Option<Task>),
}

/// The newest index of a book's customer list, shared by every session on it (an SSH server
/// holds one; a local app has its own).
#[derive(Default)]
pub struct SharedList {
    state: Mutex<SharedState>,
}

#[derive(Default)]
struct SharedState {
    /// Held by the sessions showing it: once the last one has gone, so has the list.
    newest: Weak<CustomerIndex>,
    landing: Option<Arc<Landing>>,
    /// How many times the whole list was read.
    reads: usize,
}

impl SharedList {
    /// An index at least as new as the book is now: the newest one as it is, or patched with
    /// the customers changed since (once, for every session), or — the first time, after a
    /// change of the partner's own profile, or when the changes are too far back to be known —
    /// the list read again (in the background for a large book).
    pub fn get(self: &Arc<Self>, book: &Arc<Book>) -> Result<Got> {
        // The counts are taken before the read, so the rows are at least as new as them.
        let now = *book.changes().borrow();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(newest) = state.newest.upgrade() {
            if newest.covers(&now) {
                return Ok(Got::Ready(newest));
            }
            if !newest.seen.changed(&now, Kind::Org)
                && let Some(keys) = book.customer_rows_changed(&newest.seen, &now)
            {
                let next = if keys.is_empty() {
                    newest.advanced(now)
                } else {
                    let next = newest.patched(&book.read()?, &keys, now)?;
                    let far = next.changed.len().max(next.hay.changed()) > RELAYOUT_FROM;
                    if far { next.relaid() } else { next }
                };
                let next = Arc::new(next);
                state.newest = Arc::downgrade(&next);
                return Ok(Got::Ready(next));
            }
        }
        if let Some(landing) = &state.landing {
            return Ok(Got::Loading(Arc::clone(landing), None));
        }
        state.reads += 1;
        let read = book.read()?;
        if read.customer_count()? <= BACKGROUND_FROM {
            let index = Arc::new(CustomerIndex::build(listed_rows(&read)?, now));
            state.newest = Arc::downgrade(&index);
            return Ok(Got::Ready(index));
        }
        drop(read);
        let landing = Arc::new(Landing::default());
        state.landing = Some(Arc::clone(&landing));
        let (shared, book, landed) = (Arc::clone(self), Arc::clone(book), Arc::clone(&landing));
        let task = Task::new(move || {
            let now = *book.changes().borrow();
            let index = book
                .read()
                .and_then(|read| listed_rows(&read))
                .map(|rows| Arc::new(CustomerIndex::build(rows, now)))
                .map_err(|e| format!("{e:#}"));
            let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            state.landing = None;
            if let Ok(index) = &index {
                let newer = state.newest.upgrade().is_some_and(|n| n.covers(&index.seen));
                if !newer {
                    state.newest = Arc::downgrade(index);
                }
            }
            drop(state);
            landed.land(index);
        });
        Ok(Got::Loading(landing, Some(task)))
    }

    /// How many times the whole list was read, by every session together.
    pub fn reads(&self) -> usize {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).reads
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::customers::CustomersView;
    use crate::demo::{self, DemoOptions};
    use crate::domain::ids::SessionId;
    use crate::store::Stamp;
    use chrono::TimeZone;

    fn stamp() -> Stamp {
        let at = chrono::Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).single().expect("an instant");
        Stamp { actor: "test".into(), session: SessionId("test".into()), at, via: String::new() }
    }

    fn book(customers: u32) -> Arc<Book> {
        let book = Book::in_memory().expect("a book");
        demo::generate(&book, DemoOptions { customers, seed: 7, now: stamp().at }, &stamp()).expect("the demo");
        Arc::new(book)
    }

    fn view(book: &Arc<Book>, shared: &Arc<SharedList>, only: Option<TenantId>) -> CustomersView {
        CustomersView::load(book, shared, &book.read().expect("a read"), only).expect("the list").0
    }

    #[test]
    fn sessions_share_one_index_and_a_change_is_patched_once_for_all_of_them() {
        let book = book(300);
        let shared = Arc::new(SharedList::default());
        let mut here = view(&book, &shared, None);
        let mut there = view(&book, &shared, None);
        assert!(Arc::ptr_eq(&here.rows, &there.rows), "one index for both sessions");
        assert!(Arc::ptr_eq(here.rows.haystack(), there.rows.haystack()), "one haystack");
        assert_eq!(shared.reads(), 1, "the list was read once");
        // The other session filters and sorts on its own.
        there.list.push_str("a");
        there.cycle_sort();
        let (filtered, sort) = (there.list.shown(), there.sort);
        let tenant = here.rows[here.list.visible()[5] as usize].tenant_id;
        let partner = book_partner(&book.read().unwrap()).unwrap();
        book.write(&stamp(), |tx| {
            let mut c = tx.customer(tenant)?.expect("the customer");
            c.company_name = "Aaa Renamed".into();
            tx.update_customer(&c, partner)?;
            tx.audit("test.rename", "x", None::<&String>, Some(&c.company_name))
        })
        .unwrap();
        let read = book.read().unwrap();
        here.patch(&read, &[tenant]).unwrap();
        there.patch(&read, &[tenant]).unwrap();
        assert!(Arc::ptr_eq(&here.rows, &there.rows), "the patched index is shared too");
        assert_eq!(shared.reads(), 1, "patched, not read again");
        assert_eq!(here.rows[here.list.visible()[0] as usize].name, "Aaa Renamed");
        assert_eq!((there.list.shown(), there.sort), (filtered, sort), "the other session keeps its own view");
        // A fresh read gives the same rows in the same order.
        let fresh = view(&book, &Arc::default(), None);
        let names = |v: &CustomersView| -> Vec<String> {
            v.list.visible().iter().map(|&i| v.rows[i as usize].name.clone()).collect()
        };
        assert_eq!(names(&here), names(&fresh));
        assert_eq!(here.partner_counts, fresh.partner_counts);
    }

    #[test]
    fn a_customer_session_holds_only_its_own_tenant_never_the_shared_list() {
        let book = book(300);
        let shared = Arc::new(SharedList::default());
        let partner = view(&book, &shared, None);
        let tenant = partner.rows[0].tenant_id;
        let customer = view(&book, &shared, Some(tenant));
        assert_eq!(customer.rows.items(), 1);
        assert_eq!(customer.rows[0].tenant_id, tenant);
        assert!(!Arc::ptr_eq(&partner.rows, &customer.rows));
    }

    #[test]
    fn every_column_sorts_as_a_stable_sort_of_whole_rows_would() {
        let book = book(2000);
        let v = view(&book, &Arc::default(), None);
        let mut rows: Vec<CustomerRow> = v.rows.iter().cloned().collect();
        // Domains that share their first eight bytes, and a tie in the whole domain.
        for (i, row) in rows.iter_mut().enumerate().take(40) {
            row.domain = format!("contosoo{}.vn", i % 7);
        }
        let index = CustomerIndex::build(rows, Changes::default());
        for collation in [Collation::Store, Collation::Turkish, Collation::Chinese] {
            for &column in &SortColumn::ALL[1..] {
                index.make_order(collation, column);
                let mut expected = index.order(collation, None, false).expect("name order").to_vec();
                expected.sort_by(|a, b| rows_cmp(Some(column), &index[*a as usize], &index[*b as usize]));
                let made = index.order(collation, Some(column), false).expect("made");
                assert_eq!(*made, expected, "{collation:?} {column:?}");
            }
        }
    }

    #[test]
    fn each_language_orders_names_its_own_way_and_a_patch_keeps_it_as_a_fresh_read_would() {
        use crate::i18n::Locale;
        let book = book(400);
        let shared = Arc::new(SharedList::default());
        let mut tr = view(&book, &shared, None);
        tr.follow(Locale::Tr);
        let mut en = view(&book, &shared, None);
        assert!(Arc::ptr_eq(&tr.rows, &en.rows), "one index, whatever the language");
        let names = |v: &CustomersView| -> Vec<String> {
            v.list.visible().iter().map(|&i| v.rows[i as usize].name.clone()).collect()
        };
        // The Turkish order by country is made before the change, and carried through it.
        tr.rows.make_order(Collation::Turkish, SortColumn::Country);
        // Two customers renamed so that the Turkish order and the folded one disagree.
        let partner = book_partner(&book.read().unwrap()).unwrap();
        let shown = names(&en);
        let tenants: Vec<TenantId> =
            [3, 7].iter().map(|&at| en.rows[en.list.visible()[at] as usize].tenant_id).collect();
        book.write(&stamp(), |tx| {
            for (tenant, name) in tenants.iter().zip(["Çağlar Tekstil", "Cumhuriyet Gıda"]) {
                let mut c = tx.customer(*tenant)?.expect("the customer");
                c.company_name = name.into();
                tx.update_customer(&c, partner)?;
            }
            tx.audit("test.rename", "x", None::<&String>, Some(&"two".to_string()))
        })
        .unwrap();
        let read = book.read().unwrap();
        tr.patch(&read, &tenants).unwrap();
        en.patch(&read, &tenants).unwrap();
        assert_ne!(names(&en), shown);
        let at = |v: &CustomersView, name: &str| names(v).iter().position(|n| n == name).expect("shown");
        assert!(at(&en, "Çağlar Tekstil") < at(&en, "Cumhuriyet Gıda"), "folded: cag < cum");
        assert!(at(&tr, "Cumhuriyet Gıda") < at(&tr, "Çağlar Tekstil"), "Turkish: every c before ç");
        // A new session (a fresh read) in Turkish shows the same order, also sorted by country.
        let mut fresh = view(&book, &Arc::default(), None);
        fresh.follow(Locale::Tr);
        assert_eq!(names(&tr), names(&fresh));
        for _ in 0..4 {
            tr.cycle_sort();
            fresh.cycle_sort();
        }
        assert_eq!(tr.sort, Some(SortColumn::Country));
        assert_eq!(names(&tr), names(&fresh));
        // Back in English, the store's order.
        tr.follow(Locale::En);
        for _ in 0..4 {
            en.cycle_sort();
        }
        assert_eq!(names(&tr), names(&en));
    }

    #[test]
    fn laid_out_afresh_the_rows_and_orders_are_the_same() {
        let book = book(200);
        let mut v = view(&book, &Arc::default(), None);
        v.cycle_sort();
        v.cycle_sort();
        v.rows.make_order(Collation::Vietnamese, SortColumn::Domain);
        let relaid = v.rows.relaid();
        let names = |index: &CustomerIndex, order: &[u32]| -> Vec<String> {
            order.iter().map(|&i| index[i as usize].name.clone()).collect()
        };
        for collation in [Collation::Store, Collation::Vietnamese] {
            for (sort, descending) in
                [(None, false), (Some(SortColumn::Domain), false), (Some(SortColumn::Domain), true)]
            {
                let before = v.rows.order(collation, sort, descending).expect("made");
                let after = relaid.order(collation, sort, descending).expect("made again");
                assert_eq!(names(&v.rows, &before), names(&relaid, &after), "{collation:?} {sort:?} {descending}");
            }
        }
    }
}
