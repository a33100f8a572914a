//! The Customers tab's state: the compact rows of every listed customer, sort, filter, and the
//! full records of the customers expanded on screen (read when expanded, not before).

use super::list::FilteredList;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::ids::TenantId;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};

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
}

impl CustomersView {
    pub fn load(read: &impl Reads, only: Option<TenantId>) -> Result<Self> {
        let mut view = Self { sort: Some(SortColumn::Name), only, ..Self::default() };
        view.reload(read)?;
        Ok(view)
    }

    /// Reads the rows again, keeping the sort, the filter, the selection and open records.
    pub fn reload(&mut self, read: &impl Reads) -> Result<()> {
        let keep = self.list.selected_item().map(|i| self.rows[i].tenant_id);
        let mut rows = Vec::new();
        match self.only {
            Some(tenant) => {
                // The customer sees its own tenant, with its relationship to the book's partner.
                let partner = read.org()?.map_or(crate::domain::ids::PartnerId(0), |o| o.partner_id);
                if let Some(c) = read.customer(tenant)? {
                    rows.push(c.row(partner));
                }
            }
            None => read.each_customer_row(|row| {
                if row.listed {
                    rows.push(row);
                }
            })?,
        }
        let haystack: Vec<String> = rows.iter().map(|r| fold(&format!("{} {}", r.name, r.domain))).collect();
        self.rows = rows;
        let order = self.order_for(self.sort, &haystack);
        let keep = keep.and_then(|t| self.rows.iter().position(|r| r.tenant_id == t));
        self.list.reset(haystack, order, keep);
        let present: BTreeSet<TenantId> = self.rows.iter().map(|r| r.tenant_id).collect();
        self.marked.retain(|t| present.contains(t));
        let open: Vec<TenantId> = self.expanded.keys().copied().collect();
        self.expanded.clear();
        for tenant in open {
            if let Some(c) = read.customer(tenant)? {
                self.expanded.insert(tenant, c);
            }
        }
        Ok(())
    }

    fn order_for(&self, sort: Option<SortColumn>, haystack: &[String]) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.rows.len() as u32).collect();
        let rows = &self.rows;
        let key = |i: &u32| &rows[*i as usize];
        match sort {
            None => {}
            Some(SortColumn::Name) => order.sort_by(|a, b| haystack[*a as usize].cmp(&haystack[*b as usize])),
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
        let order = self.order_for(self.sort, self.list.haystack());
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
