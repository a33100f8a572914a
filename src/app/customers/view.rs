//! The Customers tab's state in one session: the shared index of every listed customer (see
//! `index`), and what is this session's own — sort, filter, selection, marks, and the full
//! records of the customers expanded on screen (read when expanded, not before).

use super::collation::Collation;
use super::index::{BACKGROUND_FROM, CustomerIndex, Got, Landing, SharedList, book_partner};
use crate::app::effect::Task;
use crate::app::list::FilteredList;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::gdap::health::{self, AccessByCustomer};
use crate::domain::ids::{PartnerId, SubscriptionId, TenantId};
use crate::store::{Book, Reads};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

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

    pub const ALL: [SortColumn; 8] = [
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

pub struct CustomersView {
    /// Every row the list knows, by item, shared with every other session on the book; a row
    /// no longer listed stays, with `listed` false, out of every order.
    pub rows: Arc<CustomerIndex>,
    pub list: FilteredList,
    book: Arc<Book>,
    shared: Arc<SharedList>,
    /// For each partner, how many listed customers have it as partner of record (kept by the
    /// index, moved by each patch, never counted again from the list).
    pub partner_counts: Arc<HashMap<PartnerId, usize>>,
    /// How many times the whole list was read, by this session and those sharing its index (a
    /// change should patch it instead).
    pub list_reads: usize,
    pub sort: Option<SortColumn>,
    /// The sort column from high to low (`s` a second time).
    pub descending: bool,
    /// How names are ordered: the operator's language's way (see `collation`).
    collation: Collation,
    pub expanded: BTreeMap<TenantId, Customer>,
    /// Where the selected customer's record is scrolled to, when it is taller than the screen.
    pub record_scroll: crate::app::scroll::DetailScroll,
    /// Customers marked for a bulk action.
    pub marked: BTreeSet<TenantId>,
    /// The subscription `:sub` went to, marked in its customer's record and offered first by
    /// the record's subscription actions.
    pub focus: Option<(TenantId, SubscriptionId)>,
    /// The renderer scrolls the open record to `focus` at the next frame (then clears this).
    pub reveal_focus: std::cell::Cell<bool>,
    /// Each customer's granular admin access (those with a relationship), from the
    /// Permissions view: the access column reads one entry a row.
    pub access: Arc<AccessByCustomer>,
    /// `!`: only the customers with an access problem.
    pub problems_only: bool,
    /// Only this tenant, in the customer perspective: its own index, never the shared one.
    only: Option<TenantId>,
    /// The shared index being read in the background, for a large book.
    landing: Option<Arc<Landing>>,
    /// The sort's order is being made in the background; the old order stays until it is.
    sorting: bool,
}

/// Rows read before the first frame of a large book: more than any screen shows.
const FIRST_SCREEN: usize = 300;

impl CustomersView {
    /// Loads the list from `shared` (read once for every session on the book). A large book
    /// shows its first screen at once (the rows are stored in name order) while the list is
    /// read in the background — by the returned task, run on a thread of its own; see `poll`.
    pub fn load(
        book: &Arc<Book>,
        shared: &Arc<SharedList>,
        read: &impl Reads,
        only: Option<TenantId>,
    ) -> Result<(Self, Option<Task>)> {
        let mut view = Self {
            rows: Arc::default(),
            list: FilteredList::default(),
            book: Arc::clone(book),
            shared: Arc::clone(shared),
            partner_counts: Arc::default(),
            list_reads: 0,
            sort: Some(SortColumn::Name),
            descending: false,
            collation: Collation::of(crate::i18n::current()),
            expanded: BTreeMap::new(),
            record_scroll: Default::default(),
            marked: BTreeSet::new(),
            focus: None,
            reveal_focus: Default::default(),
            access: Arc::default(),
            problems_only: false,
            only,
            landing: None,
            sorting: false,
        };
        view.list.page.set(10);
        if only.is_none() && read.customer_count()? > BACKGROUND_FROM {
            let mut first = Vec::with_capacity(FIRST_SCREEN);
            read.customer_rows_while(|row| {
                if row.listed {
                    first.push(row);
                }
                first.len() < FIRST_SCREEN
            })?;
            view.adopt(Arc::new(CustomerIndex::build(first, Default::default())));
        }
        let task = view.reload(book, read)?;
        Ok((view, task))
    }

    /// Brings the rows up to date, keeping the sort, the filter, the selection and open
    /// records; a large book read in the background (the returned task) keeps showing the
    /// current rows meanwhile.
    pub fn reload(&mut self, book: &Arc<Book>, read: &impl Reads) -> Result<Option<Task>> {
        let open: Vec<TenantId> = self.expanded.keys().copied().collect();
        self.expanded.clear();
        for tenant in open {
            if let Some(c) = read.customer(tenant)? {
                self.expanded.insert(tenant, c);
            }
        }
        if let Some(tenant) = self.only {
            // The customer sees its own tenant, with its relationship to the book's partner.
            let partner = book_partner(read)?;
            let rows = read.customer(tenant)?.map(|c| c.row(partner)).into_iter().collect();
            self.adopt(Arc::new(CustomerIndex::build(rows, Default::default())));
            return Ok(None);
        }
        self.book = Arc::clone(book);
        self.sync()
    }

    /// Takes the newest shared index (patched, or read again, as the book requires).
    fn sync(&mut self) -> Result<Option<Task>> {
        let got = self.shared.get(&self.book)?;
        self.list_reads = self.shared.reads();
        match got {
            Got::Ready(index) => {
                self.landing = None;
                self.adopt(index);
                Ok(None)
            }
            Got::Loading(landing, task) => {
                self.landing = Some(landing);
                Ok(task)
            }
        }
    }

    /// Brings every row up to date on this thread, whatever the size of the book.
    pub fn reload_now(&mut self, read: &impl Reads) -> Result<()> {
        let book = Arc::clone(&self.book);
        if let Some(task) = self.reload(&book, read)? {
            task.start();
        }
        self.poll(true)?;
        Ok(())
    }

    /// Blocks until the rows read in the background have landed, without showing them: what
    /// is left for [`Self::poll`] is the swap alone (the benchmarks time it).
    pub fn wait_landed(&self) {
        if let Some(landing) = &self.landing {
            landing.get(true);
        }
    }

    pub fn is_loading(&self) -> bool {
        self.landing.is_some() || self.sorting
    }

    /// Puts the background work on screen if it is ready (or, with `block`, when it is): the
    /// list, prepared whole on the loader's thread and swapped in, or the sort's order.
    pub fn poll(&mut self, block: bool) -> Result<bool> {
        if let Some(landing) = &self.landing {
            let Some(landed) = landing.get(block) else { return Ok(false) };
            self.landing = None;
            // Held until this session shows it: the shared list keeps only what sessions hold.
            let _index = landed.map_err(|e| anyhow::anyhow!(e))?;
            // The index read may be behind the book by the changes made while it was read.
            if let Some(task) = self.sync()? {
                task.start();
            }
            return Ok(true);
        }
        if self.sorting
            && let Some(order) = self.rows.order(self.collation, self.sort, self.descending)
        {
            self.sorting = false;
            let order = self.restricted(order);
            self.list.set_order(order);
            return Ok(true);
        }
        Ok(false)
    }

    /// Shows `index`, keeping this session's sort, filter, selection and marks.
    fn adopt(&mut self, index: Arc<CustomerIndex>) {
        if self.rows.same_rows(&index) {
            self.rows = index;
            return;
        }
        let keep = self.list.selected_item().map(|i| self.rows[i].tenant_id);
        self.rows = index;
        self.partner_counts = Arc::clone(self.rows.partner_counts());
        let listed = |rows: &CustomerIndex, tenant: TenantId| rows.item_of(tenant).filter(|&i| rows[i].listed);
        let keep = keep.and_then(|t| listed(&self.rows, t));
        // Until the sort's order is made, a new index shows its name order.
        let order = self.order().or_else(|| self.rows.order(Collation::Store, None, false)).unwrap_or_default();
        let order = self.restricted(order);
        self.list.share(Arc::clone(self.rows.haystack()), order, keep);
        let rows = &self.rows;
        self.marked.retain(|t| listed(rows, *t).is_some());
    }

    /// The order of the sort chosen, if the index has it; if not, it is made (a large book's in
    /// the background, once for every session on the book: see `poll`).
    fn order(&mut self) -> Option<Arc<Vec<u32>>> {
        self.sorting = false;
        let collation = self.collation;
        if let Some(order) = self.rows.order(collation, self.sort, self.descending) {
            return Some(order);
        }
        let column = self.sort.unwrap_or(SortColumn::Name);
        if self.rows.items() as u64 <= BACKGROUND_FROM {
            self.rows.make_order(collation, column);
            return self.rows.order(collation, self.sort, self.descending);
        }
        // A million rows take a few hundred milliseconds to sort by a text column, about a
        // second to collate their names.
        self.sorting = true;
        let index = Arc::clone(&self.rows);
        Task::new(move || index.make_order(collation, column)).start();
        None
    }

    /// Orders names as `locale` does from now on (the old order stays on screen until the new
    /// one is made, as for a sort).
    pub fn follow(&mut self, locale: crate::i18n::Locale) {
        let collation = Collation::of(locale);
        if collation == self.collation {
            return;
        }
        self.collation = collation;
        if let Some(order) = self.order() {
            self.list.set_order(order);
        }
    }

    /// Brings the rows of `tenants` (just changed in the book) up to date: the shared index is
    /// patched once for every session (see `index`), never read again; the filter, the
    /// selection, the marks and open records stay.
    pub fn patch(&mut self, read: &impl Reads, tenants: &[TenantId]) -> Result<()> {
        if self.only.is_some() || self.landing.is_some() {
            // The customer's own row is read again with the tab; rows being read include these.
            return Ok(());
        }
        for tenant in tenants {
            if let Some(c) = self.expanded.get_mut(tenant)
                && let Some(full) = read.customer(*tenant)?
            {
                *c = full;
            }
        }
        if let Some(task) = self.sync()? {
            task.start();
        }
        Ok(())
    }

    /// `s`: the sorted column the other way round; from the reversed order, the next column.
    pub fn cycle_sort(&mut self) {
        if self.descending || self.sort.is_none() {
            self.sort = Some(self.sort.map_or(SortColumn::Name, SortColumn::next));
            self.descending = false;
        } else {
            self.descending = true;
        }
        // Until the order is made the old one stays on screen.
        if let Some(order) = self.order() {
            let order = self.restricted(order);
            self.list.set_order(order);
        }
    }

    /// Whether the partner is the reseller of the customer in `row` (GDAP without it is a
    /// problem) and its granular access, if it has a relationship.
    pub fn access_of(&self, row: &CustomerRow) -> Option<health::Health> {
        let granular = self.access.get(&row.tenant_id)?;
        Some(granular.clone().with_reseller(health::is_reseller_summary(row.relationship)))
    }

    /// Takes the customers' granular access anew (after the relationships changed); the
    /// problem filter follows it.
    pub fn set_access(&mut self, access: Arc<AccessByCustomer>) {
        self.access = access;
        if self.problems_only {
            self.reapply_order();
        }
    }

    /// `!`: only the customers with an access problem, or every customer again.
    pub fn toggle_problems_only(&mut self) {
        self.problems_only = !self.problems_only;
        self.reapply_order();
    }

    /// The list's order again from the sort's (or the name order while it is being made).
    fn reapply_order(&mut self) {
        let order = self
            .rows
            .order(self.collation, self.sort, self.descending)
            .or_else(|| self.rows.order(Collation::Store, None, false));
        let order = self.restricted(order.unwrap_or_default());
        self.list.set_order(order);
    }

    /// `order` as the list shows it: with the problem filter on, only the customers with an
    /// access problem — found from the few customers with a relationship, each looked up in
    /// the index, then one pass over the order (no lookup per row of a million).
    fn restricted(&self, order: Arc<Vec<u32>>) -> Arc<Vec<u32>> {
        if !self.problems_only {
            return order;
        }
        let mut problem = vec![false; self.rows.items()];
        for (tenant, granular) in self.access.iter() {
            if let Some(item) = self.rows.item_of(*tenant)
                && self.rows[item].listed
                && granular.has_problem(health::is_reseller_summary(self.rows[item].relationship))
            {
                problem[item] = true;
            }
        }
        Arc::new(order.iter().copied().filter(|&i| problem[i as usize]).collect())
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
