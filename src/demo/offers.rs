//! The demo's offers (rule 12): a trial and a purchase offer made, sent and used the way an
//! operator and customers would, through the operations, and a trial still in draft.

use super::Gen;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::customer::Customer;
use crate::domain::invitation::InvitationKind;
use crate::domain::link::LinkHosts;
use crate::domain::offer::UseChoices;
use crate::domain::org::PartnerUser;
use crate::domain::permission::Actor;
use crate::operations::offers::{self, Request};
use crate::operations::{OpContext, invitations};
use crate::store::{Book, Reads};
use anyhow::{Context, Result};
use chrono::Duration;

struct Plan {
    kind: InvitationKind,
    lines: &'static [(&'static str, &'static str)],
    include_admin: bool,
    sent: bool,
    /// How many of the sample customers use it.
    users: usize,
    hours_ago: i64,
}

const PLANS: &[Plan] = &[
    Plan {
        kind: InvitationKind::Trial,
        lines: &[("Microsoft 365 Business Premium", "")],
        include_admin: true,
        sent: true,
        users: 2,
        hours_ago: 6,
    },
    Plan {
        kind: InvitationKind::PurchaseOffer,
        lines: &[("Microsoft 365 Business Premium", "25"), ("Exchange Online (Plan 1)", "10")],
        include_admin: true,
        sent: true,
        users: 3,
        hours_ago: 4,
    },
    Plan {
        kind: InvitationKind::Trial,
        lines: &[("Microsoft Teams Essentials", "")],
        include_admin: false,
        sent: false,
        users: 0,
        hours_ago: 2,
    },
];

fn ctx(actor: &Actor, at: crate::domain::Timestamp, seed: u64) -> OpContext<'_> {
    OpContext { actor, stamp: super::stamp(actor.email(), at), read_only: false, seed }
}

/// Makes the demo's offers; returns how many.
pub(super) fn make(book: &Book, g: &mut Gen, users: &[PartnerUser], samples: &[Customer]) -> Result<usize> {
    let catalogue = book.read()?.catalogue()?;
    let sales = users.iter().find(|u| u.agent.sales).context("the demo has a Sales agent")?;
    let sales = Actor::Partner(sales.clone());
    // Customers that use offers: eligible ones with a Global admin, from the end of the
    // samples so the first screens of the list stay those of the reseller demo.
    let fresh = |c: &&Customer| c.ineligible.is_none() && !c.subscriptions.iter().any(|s| s.offer.contains("Premium"));
    let mut buyers = samples.iter().rev().filter(fresh).filter_map(|c| {
        let admin = c.users.iter().find(|u| u.global_admin)?;
        Some(Actor::Customer { tenant: c.tenant_id, company: c.company_name.clone(), user: admin.clone() })
    });
    for plan in PLANS {
        let at = g.now - Duration::hours(plan.hours_ago);
        let lines = plan
            .lines
            .iter()
            .map(|(name, count)| {
                let offer = CatalogueOffer::find(&catalogue, name).context("the default catalogue has it")?;
                Ok((offer.id, (*count).to_string()))
            })
            .collect::<Result<_>>()?;
        let request = Request {
            kind: plan.kind,
            lines,
            include_admin: plan.include_admin,
            customer: None,
            recipient: String::new(),
        };
        let (inv, _) = offers::request(book, &ctx(&sales, at, g.rng.u64(..)), request, &LinkHosts::default())?;
        if !plan.sent {
            continue;
        }
        let sent = at + Duration::minutes(10);
        let inv = invitations::mark_sent(book, &ctx(&sales, sent, 0), inv.id, inv.version, inv.email.clone())?;
        let choices = UseChoices { accept_mca: true, take_admin_from_current_holder: true, quantities: Vec::new() };
        for (n, buyer) in buyers.by_ref().take(plan.users).enumerate() {
            let used = sent + Duration::minutes(30 * (n as i64 + 1));
            offers::use_link(book, &ctx(&buyer, used, 0), &inv.link, &choices)?;
        }
    }
    Ok(PLANS.len())
}
