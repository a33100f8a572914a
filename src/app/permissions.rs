//! The Permissions tab's state: partner users and their roles, the recent audit log, and —
//! in the customer perspective — the users of the customer's tenant.

use super::list::FilteredList;
use crate::domain::audit::AuditEvent;
use crate::domain::customer::{Customer, CustomerUser};
use crate::domain::ids::TenantId;
use crate::domain::org::PartnerUser;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;

/// How many of the newest audit events the tab shows.
const RECENT_EVENTS: usize = 200;

#[derive(Default)]
pub struct PermissionsView {
    pub users: Vec<PartnerUser>,
    pub customer: Option<Customer>,
    pub recent: Vec<AuditEvent>,
    pub list: FilteredList,
    only: Option<TenantId>,
}

impl PermissionsView {
    pub fn load(read: &impl Reads, only: Option<TenantId>) -> Result<Self> {
        let mut view = Self { only, ..Self::default() };
        view.reload(read)?;
        Ok(view)
    }

    pub fn reload(&mut self, read: &impl Reads) -> Result<()> {
        let keep = self.list.selected_item();
        let haystack: Vec<String> = match self.only {
            None => {
                self.users = read.partner_users()?;
                self.users.sort_by_cached_key(|p| fold(&p.name));
                self.recent = read.audit_newest(RECENT_EVENTS)?;
                self.users
                    .iter()
                    .map(|u| {
                        fold(&format!("{} {} {} {}", u.name, u.email, u.roles_summary(), u.supported_admin.label()))
                    })
                    .collect()
            }
            Some(tenant) => {
                self.customer = read.customer(tenant)?;
                self.customer_users().iter().map(|u| fold(&format!("{} {}", u.name, u.email))).collect()
            }
        };
        let order = (0..haystack.len() as u32).collect();
        self.list.reset(haystack, order, keep);
        Ok(())
    }

    pub fn customer_users(&self) -> &[CustomerUser] {
        self.customer.as_ref().map_or(&[], |c| &c.users)
    }
}
