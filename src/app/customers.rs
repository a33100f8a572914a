//! The Customers tab's state: the compact rows of every listed customer, sort, filter, and the
//! full records of the customers expanded on screen (read when expanded, not before).

use super::list::FilteredList;
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

    pub fn label(self) -> &'static str {
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
    pub rows: Vec<CustomerRow>,
    pub list: FilteredList,
    pub sort: Option<SortColumn>,
    pub expanded: BTreeMap<TenantId, Customer>,
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
    pub fn load(book: &Arc<Book>, read: &impl Reads, only: Option<TenantId>) -> Result<Self> {
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
            view.load_in_background(book);
        } else {
            view.reload(book, read)?;
        }
        Ok(view)
    }

    /// Reads the rows again, keeping the sort, the filter, the selection and open records;
    /// a large book reads them in the background and keeps showing the current ones meanwhile.
    pub fn reload(&mut self, book: &Arc<Book>, read: &impl Reads) -> Result<()> {
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
            None if read.customer_count()? > BACKGROUND_FROM => self.load_in_background(book),
            None => self.apply(listed_rows(read)?),
        }
        Ok(())
    }

    fn load_in_background(&mut self, book: &Arc<Book>) {
        let (send, receive) = mpsc::channel();
        let book = Arc::clone(book);
        std::thread::spawn(move || {
            let rows = book.read().and_then(|read| listed_rows(&read)).map_err(|e| format!("{e:#}"));
            // The view may be gone (the app quit): then nobody listens, which is fine.
            let _ = send.send(rows);
        });
        self.loader = Some(receive);
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

    /// Puts `rows` (in name order) on screen, keeping sort, filter, selection and marks.
    fn apply(&mut self, mut rows: Vec<CustomerRow>) {
        let keep = self.list.selected_item().map(|i| self.rows[i].tenant_id);
        // The folded text moves into the filter's haystack: held once, not twice.
        let haystack: Vec<String> = rows.iter_mut().map(|r| std::mem::take(&mut r.folded)).collect();
        self.rows = rows;
        let order = self.order_for(self.sort);
        let keep = keep.and_then(|t| self.rows.iter().position(|r| r.tenant_id == t));
        self.list.reset(haystack, order, keep);
        let present: BTreeSet<TenantId> = self.rows.iter().map(|r| r.tenant_id).collect();
        self.marked.retain(|t| present.contains(t));
    }

    fn order_for(&self, sort: Option<SortColumn>) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.rows.len() as u32).collect();
        let rows = &self.rows;
        let key = |i: &u32| &rows[*i as usize];
        match sort {
            // The rows arrive in name order already.
            None | Some(SortColumn::Name) => {}
            Some(SortColumn::Domain) => order.sort_by(|a, b| key(a).domain.cmp(&key(b).domain)),
            Some(SortColumn::Country) => order.sort_by_key(|i| key(i).country),
            Some(SortColumn::Cloud) => order.sort_by_key(|i| key(i).cloud),
            Some(SortColumn::Relationship) => order.sort_by_key(|i| key(i).relationship),
            Some(SortColumn::Admin) => order.sort_by_key(|i| !key(i).admin),
            Some(SortColumn::Subscriptions) => order.sort_by_key(|i| std::cmp::Reverse(key(i).subscriptions)),
            Some(SortColumn::Licences) => order.sort_by_key(|i| std::cmp::Reverse(key(i).licences_total)),
        }
        order
    }

    pub fn cycle_sort(&mut self) {
        let next = self.sort.map_or(SortColumn::Name, SortColumn::next);
        self.sort = Some(next);
        let order = self.order_for(self.sort);
        self.list.set_order(order);
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
