//! The Customers tab's state: the compact rows of every listed customer, sort, filter, and the
//! full records of the customers expanded on screen (read when expanded, not before).

use crate::app::effect::Task;
use crate::app::list::FilteredList;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::ids::TenantId;
use crate::store::{Book, Reads};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, mpsc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    Name,
    Domain,
    Country,
    Cloud,
    Relationship,
    Admin,
    Subscriptions,
    Licences,
}

impl SortColumn {
    /// The column's title with the way it is sorted: "Company ▲".
    pub fn shown(self, descending: bool) -> String {
        format!("{} {}", self.label(), if descending { "▼" } else { "▲" })
    }

    const ALL: [SortColumn; 8] = [
        SortColumn::Name,
        SortColumn::Domain,
        SortColumn::Country,
        SortColumn::Cloud,
        SortColumn::Relationship,
        SortColumn::Admin,
        SortColumn::Subscriptions,
        SortColumn::Licences,
    ];

    pub fn next(self) -> Self {
        let i = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    pub fn label(self) -> crate::i18n::Phrase {
        use crate::text::*;
        match self {
            SortColumn::Name => COL_COMPANY,
            SortColumn::Domain => COL_DOMAIN,
            SortColumn::Country => COL_COUNTRY,
            SortColumn::Cloud => COL_CLOUD,
            SortColumn::Relationship => COL_RELATIONSHIP,
            SortColumn::Admin => COL_ADMIN,
            SortColumn::Subscriptions => COL_SUBS,
            SortColumn::Licences => COL_LICENCES,
        }
    }
}

#[derive(Default)]
pub struct CustomersView {
    /// Every row the list knows, by item; a row no longer listed stays, with `listed` false,
    /// out of every order.
    pub rows: Vec<CustomerRow>,
    pub list: FilteredList,
    /// The items in name order (the order the store keeps), which every other sort refines.
    name_order: Vec<u32>,
    /// The items ordered by tenant id, to find a changed customer's row.
    by_tenant: Vec<u32>,
    /// Customers changed while the rows were being read: patched when they land.
    pending: BTreeSet<TenantId>,
    /// For each partner, how many listed customers have it as partner of record: counted
    /// when the rows land, then moved by each patch (never counted again from the list).
    pub partner_counts: std::collections::HashMap<crate::domain::ids::PartnerId, usize>,
    /// How many times the whole list was read (a change should patch it instead).
    pub list_reads: usize,
    pub sort: Option<SortColumn>,
    /// The sort column from high to low (`s` a second time).
    pub descending: bool,
    pub expanded: BTreeMap<TenantId, Customer>,
    /// Where the selected customer's record is scrolled to, when it is taller than the screen.
    pub record_scroll: crate::app::scroll::DetailScroll,
    /// Customers marked for a bulk action.
    pub marked: BTreeSet<TenantId>,
    /// Only this tenant, in the customer perspective.
    only: Option<TenantId>,
    /// The rows being read in the background, for a large book.
    loader: Option<mpsc::Receiver<Result<Vec<CustomerRow>, String>>>,
}

/// Books with more customers than this show their first screen first and read the rest in
/// the background, so the first frame does not depend on the size of the book.
const BACKGROUND_FROM: u64 = 20_000;
/// Rows read before the first frame of a large book: more than any screen shows.
const FIRST_SCREEN: usize = 300;

fn listed_rows(read: &impl Reads) -> Result<Vec<CustomerRow>> {
    let mut rows = Vec::new();
    read.each_customer_row(|row| {
        if row.listed {
            rows.push(row);
        }
    })?;
    Ok(rows)
}

impl CustomersView {
    /// Loads the list. A large book shows its first screen at once (the rows are stored in
    /// name order) and reads the rest in the background; see `poll`.
    /// A large book's rest comes from the returned task, run on a thread of its own.
    pub fn load(book: &Arc<Book>, read: &impl Reads, only: Option<TenantId>) -> Result<(Self, Option<Task>)> {
        let mut view = Self { sort: Some(SortColumn::Name), only, ..Self::default() };
        if only.is_none() && read.customer_count()? > BACKGROUND_FROM {
            let mut first = Vec::with_capacity(FIRST_SCREEN);
            read.customer_rows_while(|row| {
                if row.listed {
                    first.push(row);
                }
                first.len() < FIRST_SCREEN
            })?;
            view.apply(first);
            let task = view.load_in_background(book);
            Ok((view, Some(task)))
        } else {
            let task = view.reload(book, read)?;
            Ok((view, task))
        }
    }

    /// Reads the rows again, keeping the sort, the filter, the selection and open records;
    /// a large book reads them in the background (the returned task) and keeps showing the
    /// current ones meanwhile.
    pub fn reload(&mut self, book: &Arc<Book>, read: &impl Reads) -> Result<Option<Task>> {
        let open: Vec<TenantId> = self.expanded.keys().copied().collect();
        self.expanded.clear();
        for tenant in open {
            if let Some(c) = read.customer(tenant)? {
                self.expanded.insert(tenant, c);
            }
        }
        match self.only {
            Some(tenant) => {
                // The customer sees its own tenant, with its relationship to the book's partner.
                let partner = read.org()?.map_or(crate::domain::ids::PartnerId(0), |o| o.partner_id);
                let rows = read.customer(tenant)?.map(|c| c.row(partner)).into_iter().collect();
                self.apply(rows);
            }
            None if read.customer_count()? > BACKGROUND_FROM => return Ok(Some(self.load_in_background(book))),
            None => self.reload_now(read)?,
        }
        Ok(None)
    }

    /// Reads every row on this thread, whatever the size of the book.
    pub fn reload_now(&mut self, read: &impl Reads) -> Result<()> {
        self.loader = None;
        self.pending.clear();
        self.list_reads += 1;
        self.apply(listed_rows(read)?);
        Ok(())
    }

    fn load_in_background(&mut self, book: &Arc<Book>) -> Task {
        // The rows read now include every change made so far.
        self.pending.clear();
        self.list_reads += 1;
        let (send, receive) = mpsc::channel();
        let book = Arc::clone(book);
        self.loader = Some(receive);
        Task::new(move || {
            let rows = book.read().and_then(|read| listed_rows(&read)).map_err(|e| format!("{e:#}"));
            // The view may be gone (the app quit): then nobody listens, which is fine.
            let _ = send.send(rows);
        })
    }

    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    /// Takes the background rows if they are ready (or, with `block`, when they are).
    pub fn poll(&mut self, block: bool) -> Result<bool> {
        let Some(loader) = &self.loader else { return Ok(false) };
        let received = if block { loader.recv().ok() } else { loader.try_recv().ok() };
        let Some(rows) = received else { return Ok(false) };
        self.loader = None;
        self.apply(rows.map_err(|e| anyhow::anyhow!(e))?);
        Ok(true)
    }

    /// Customers changed while the rows were read, to patch now that they have landed.
    pub fn take_pending(&mut self) -> Vec<TenantId> {
        std::mem::take(&mut self.pending).into_iter().collect()
    }

    /// Puts `rows` (in name order) on screen, keeping sort, filter, selection and marks.
    fn apply(&mut self, mut rows: Vec<CustomerRow>) {
        let keep = self.list.selected_item().map(|i| self.rows[i].tenant_id);
        // The folded text moves into the filter's haystack: held once, not twice.
        let haystack: Vec<String> = rows.iter_mut().map(|r| std::mem::take(&mut r.folded)).collect();
        self.rows = rows;
        self.partner_counts.clear();
        for id in self.rows.iter().flat_map(|r| &r.partners_of_record) {
            *self.partner_counts.entry(*id).or_default() += 1;
        }
        self.name_order = (0..self.rows.len() as u32).collect();
        let mut by_tenant = self.name_order.clone();
        by_tenant.sort_unstable_by_key(|&i| self.rows[i as usize].tenant_id);
        self.by_tenant = by_tenant;
        let order = self.order_for(self.sort, self.descending);
        let keep = keep.and_then(|t| self.item_of(t));
        self.list.reset(haystack, order, keep);
        let marked = std::mem::take(&mut self.marked);
        self.marked = marked.into_iter().filter(|t| self.item_of(*t).is_some()).collect();
    }

    /// The items in `sort` order: the column's order, and name order among equals (a stable
    /// sort of the name order).
    fn order_for(&self, sort: Option<SortColumn>, descending: bool) -> Vec<u32> {
        let mut order = self.name_order.clone();
        if !matches!(sort, None | Some(SortColumn::Name)) {
            order.sort_by(|a, b| self.column_cmp(sort, *a, *b));
        }
        if descending {
            order.reverse();
        }
        order
    }

    /// Compares two items by the sort column alone.
    fn column_cmp(&self, sort: Option<SortColumn>, a: u32, b: u32) -> std::cmp::Ordering {
        rows_cmp(sort, &self.rows[a as usize], &self.rows[b as usize])
    }

    /// Name order: the store's key (folded name, then tenant id).
    fn name_cmp(&self, a: u32, b: u32) -> std::cmp::Ordering {
        self.list
            .item_text(a as usize)
            .cmp(self.list.item_text(b as usize))
            .then_with(|| self.rows[a as usize].tenant_id.as_u128().cmp(&self.rows[b as usize].tenant_id.as_u128()))
    }

    /// The item that holds `tenant`'s row, if the list has one.
    fn item_of(&self, tenant: TenantId) -> Option<usize> {
        let at = self.by_tenant.binary_search_by_key(&tenant, |&i| self.rows[i as usize].tenant_id).ok()?;
        Some(self.by_tenant[at] as usize)
    }

    /// Brings the rows of `tenants` (just changed in the book) up to date in place: a changed
    /// row is rewritten and moved to its place in the order, a new one added, one no longer
    /// listed taken out; the filter, the selection and the marks stay. Costs the number of
    /// changed rows plus one pass over the order, never a read of the list. Returns how the
    /// partner-of-record counts move.
    pub fn patch(&mut self, read: &impl Reads, tenants: &[TenantId]) -> Result<()> {
        if self.only.is_some() {
            return Ok(());
        }
        if self.loader.is_some() {
            // The rows being read may predate these changes: patch them when they land.
            self.pending.extend(tenants.iter().copied());
            return Ok(());
        }
        let mut counts: Vec<(crate::domain::ids::PartnerId, i64)> = Vec::new();
        let partner = read.org()?.map_or(crate::domain::ids::PartnerId(0), |o| o.partner_id);
        let mut changed: Vec<u32> = Vec::with_capacity(tenants.len());
        for &tenant in tenants {
            let row = read.customer(tenant)?.map(|c| c.row(partner)).filter(|r| r.listed);
            if let Some(c) = self.expanded.get_mut(&tenant)
                && let Some(full) = read.customer(tenant)?
            {
                *c = full;
            }
            let item = match (self.item_of(tenant), row) {
                (None, None) => continue,
                (Some(item), None) => {
                    let old = &mut self.rows[item];
                    if old.listed {
                        counts.extend(old.partners_of_record.iter().map(|p| (*p, -1)));
                    }
                    old.listed = false;
                    self.list.set_item_text(item, "");
                    self.marked.remove(&tenant);
                    item
                }
                (Some(item), Some(mut row)) => {
                    let old = &self.rows[item];
                    if old.listed {
                        counts.extend(old.partners_of_record.iter().map(|p| (*p, -1)));
                    }
                    counts.extend(row.partners_of_record.iter().map(|p| (*p, 1)));
                    let folded = std::mem::take(&mut row.folded);
                    let same_text = self.list.item_text(item) == folded.as_bytes();
                    // Most changes (contacts, requests, addresses) move nothing on screen.
                    let same_place = old.listed && same_text && rows_cmp(self.sort, old, &row).is_eq();
                    if !same_text {
                        self.list.set_item_text(item, &folded);
                    }
                    self.rows[item] = row;
                    if same_place {
                        continue;
                    }
                    item
                }
                (None, Some(mut row)) => {
                    counts.extend(row.partners_of_record.iter().map(|p| (*p, 1)));
                    let item = self.rows.len();
                    let folded = std::mem::take(&mut row.folded);
                    self.list.set_item_text(item, &folded);
                    self.rows.push(row);
                    let at = self.by_tenant.partition_point(|&i| self.rows[i as usize].tenant_id < tenant);
                    self.by_tenant.insert(at, item as u32);
                    item
                }
            };
            changed.push(item as u32);
        }
        for (partner, by) in counts {
            let n = self.partner_counts.entry(partner).or_default();
            *n = n.saturating_add_signed(by as isize);
            if *n == 0 {
                self.partner_counts.remove(&partner);
            }
        }
        if changed.is_empty() {
            return Ok(());
        }
        let name_order = std::mem::take(&mut self.name_order);
        self.name_order = self.merge(name_order, &changed, |v, a, b| v.name_cmp(a, b));
        let descending = self.descending;
        let order = match self.sort {
            None | Some(SortColumn::Name) if !descending => self.name_order.clone(),
            sort => {
                let order = self.list_order();
                self.merge(order, &changed, |v, a, b| {
                    let ascending = v.column_cmp(sort, a, b).then_with(|| v.name_cmp(a, b));
                    if descending { ascending.reverse() } else { ascending }
                })
            }
        };
        self.list.set_order(order);
        Ok(())
    }

    /// The current order of the list (every listed item).
    fn list_order(&self) -> Vec<u32> {
        self.list.order().to_vec()
    }

    /// `order` without the `changed` items, with those still listed merged back in at their
    /// places by `cmp`: one pass, however long the order.
    fn merge(&self, order: Vec<u32>, changed: &[u32], cmp: impl Fn(&Self, u32, u32) -> std::cmp::Ordering) -> Vec<u32> {
        let gone: std::collections::HashSet<u32> = changed.iter().copied().collect();
        let mut incoming: Vec<u32> = changed.iter().copied().filter(|&i| self.rows[i as usize].listed).collect();
        incoming.sort_by(|a, b| cmp(self, *a, *b));
        incoming.dedup();
        let mut merged = Vec::with_capacity(order.len() + incoming.len());
        let mut next = incoming.into_iter().peekable();
        for item in order.into_iter().filter(|i| !gone.contains(i)) {
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

    /// `s`: the sorted column the other way round; from the reversed order, the next column.
    pub fn cycle_sort(&mut self) {
        if self.descending || self.sort.is_none() {
            self.sort = Some(self.sort.map_or(SortColumn::Name, SortColumn::next));
            self.descending = false;
            let order = self.order_for(self.sort, false);
            self.list.set_order(order);
        } else {
            // The same column reversed: one pass over the order, no comparisons.
            self.descending = true;
            let mut order = self.list_order();
            order.reverse();
            self.list.set_order(order);
        }
    }

    pub fn selected_row(&self) -> Option<&CustomerRow> {
        self.list.selected_item().map(|i| &self.rows[i])
    }

    /// Opens the selected record in place, reading its full record now.
    pub fn expand(&mut self, read: &impl Reads) -> Result<bool> {
        let Some(tenant) = self.selected_row().map(|r| r.tenant_id) else {
            return Ok(false);
        };
        if self.expanded.contains_key(&tenant) {
            return Ok(false);
        }
        if let Some(c) = read.customer(tenant)? {
            self.expanded.insert(tenant, c);
        }
        Ok(true)
    }

    pub fn toggle_mark(&mut self) {
        if let Some(tenant) = self.selected_row().map(|r| r.tenant_id)
            && !self.marked.remove(&tenant)
        {
            self.marked.insert(tenant);
        }
    }

    /// Marks every customer the filter shows, or none if all of them are marked already.
    pub fn toggle_mark_all(&mut self) {
        let shown: Vec<TenantId> = self.list.visible().iter().map(|&i| self.rows[i as usize].tenant_id).collect();
        if shown.iter().all(|t| self.marked.contains(t)) {
            self.marked.clear();
        } else {
            self.marked.extend(shown);
        }
    }

    /// The customers a bulk action applies to: the marked ones, else the selected one.
    pub fn targets(&self) -> Vec<TenantId> {
        if self.marked.is_empty() {
            self.selected_row().map(|r| vec![r.tenant_id]).unwrap_or_default()
        } else {
            self.marked.iter().copied().collect()
        }
    }

    pub fn collapse(&mut self) -> bool {
        match self.selected_row().map(|r| r.tenant_id) {
            Some(tenant) => self.expanded.remove(&tenant).is_some(),
            None => false,
        }
    }
}

/// Compares two rows by the sort column alone.
fn rows_cmp(sort: Option<SortColumn>, a: &CustomerRow, b: &CustomerRow) -> std::cmp::Ordering {
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
