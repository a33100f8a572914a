//! The Invitations tab's state: every invitation, newest first.

use crate::app::list::FilteredList;
use crate::domain::Timestamp;
use crate::domain::ids::{InvitationId, TenantId};
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::scope::Scope;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;
use std::collections::HashMap;

#[derive(Default)]
pub struct InvitationsView {
    pub items: Vec<Invitation>,
    pub list: FilteredList,
    /// Only invitations in this status (as of now), when set.
    pub status: Option<InvitationStatus>,
    /// What each offer offers, with its usage count.
    pub offers: HashMap<InvitationId, OfferTerms>,
    /// Who used the offer open on screen.
    pub uses: Option<(InvitationId, Vec<OfferUse>)>,
    /// How far the open invitation (its email) is scrolled.
    pub scroll: crate::app::scroll::Scroll,
    only: Option<TenantId>,
}

impl InvitationsView {
    pub fn load(read: &impl Reads, only: Option<TenantId>, now: Timestamp) -> Result<Self> {
        let mut view = Self { only, ..Self::default() };
        view.reload(read, now)?;
        Ok(view)
    }

    /// All → Draft → Sent → … → Revoked → all.
    pub fn cycle_status(&mut self) {
        let all = InvitationStatus::ALL;
        self.status = match self.status {
            None => Some(all[0]),
            Some(s) => all.iter().position(|x| *x == s).and_then(|i| all.get(i + 1)).copied(),
        };
    }

    pub fn selected(&self) -> Option<&Invitation> {
        self.list.selected_item().map(|i| &self.items[i])
    }

    pub fn find(&self, id: InvitationId) -> Option<&Invitation> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Reads who used the offer `id` (when it is opened).
    pub fn load_uses(&mut self, read: &impl Reads, id: InvitationId) -> Result<()> {
        let mut uses = read.offer_uses(id)?;
        uses.retain(|u| self.scope().sees_offer_use(u));
        self.uses = Some((id, uses));
        Ok(())
    }

    fn scope(&self) -> Scope {
        self.only.map_or(Scope::Partner, Scope::Customer)
    }

    pub fn reload(&mut self, read: &impl Reads, now: Timestamp) -> Result<()> {
        self.offers = read.all_offer_terms()?.into_iter().map(|t| (t.invitation, t)).collect();
        if let Some((id, _)) = self.uses.take() {
            self.load_uses(read, id)?;
        }
        let keep: Option<InvitationId> = self.list.selected_item().map(|i| self.items[i].id);
        let mut items = read.invitations()?;
        if let Some(tenant) = self.only {
            // A customer sees what was addressed to it once sent, and the offers it used; of an
            // offer's uses, only its own.
            let used = read.used_by(tenant, self.offers.keys().copied())?;
            items.retain(|i| self.scope().sees_invitation(i, used.contains(&i.id)));
            for (id, terms) in self.offers.iter_mut() {
                terms.uses = u32::from(used.contains(id));
            }
        }
        if let Some(status) = self.status {
            items.retain(|i| i.status_at(now) == status);
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
                    // What the list shows: an unanswered invitation past its date is Expired.
                    i.status_at(now).label(),
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
