//! The Invitations tab's state: every invitation, newest first.

use super::list::FilteredList;
use crate::domain::ids::{InvitationId, TenantId};
use crate::domain::invitation::Invitation;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;

#[derive(Default)]
pub struct InvitationsView {
    pub items: Vec<Invitation>,
    pub list: FilteredList,
    only: Option<TenantId>,
}

impl InvitationsView {
    pub fn load(read: &impl Reads, only: Option<TenantId>) -> Result<Self> {
        let mut view = Self {
            only,
            ..Self::default()
        };
        view.reload(read)?;
        Ok(view)
    }

    pub fn reload(&mut self, read: &impl Reads) -> Result<()> {
        let keep: Option<InvitationId> = self.list.selected_item().map(|i| self.items[i].id);
        let mut items = read.invitations()?;
        if let Some(tenant) = self.only {
            items.retain(|i| i.customer == Some(tenant));
        }
        items.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        let haystack = items
            .iter()
            .map(|i| {
                let recipient = i.recipient.as_ref().map_or("", |r| r.as_str());
                fold(&format!(
                    "{} {} {} {} {} {}",
                    i.id,
                    i.customer_name,
                    i.kind.label(),
                    i.status.label(),
                    recipient,
                    i.created_by
                ))
            })
            .collect();
        let order = (0..items.len() as u32).collect();
        let keep = keep.and_then(|id| items.iter().position(|i| i.id == id));
        self.items = items;
        self.list.reset(haystack, order, keep);
        Ok(())
    }
}
