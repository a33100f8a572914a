//! The demo's reseller invitations: prospects (not on our list yet) with invitations in every
//! status but accepted, and the accepted invitation that brought each reseller customer, each
//! with its history.

use super::history::History;
use super::{Gen, stamp};
use crate::domain::customer::{Customer, RelationshipKind};
use crate::domain::ids::InvitationId;
use crate::domain::invitation::{self, Answer, Invitation, InvitationKind, InvitationStatus};
use crate::domain::link::{self, LinkHosts, LinkPartner};
use crate::domain::org::{PartnerOrganization, PartnerUser, ResellerKind};
use crate::store::{WriteError, WriteTx};
use chrono::Duration;

/// Writes the invitations of the samples in our country; returns how many.
pub(super) fn invitations(
    g: &mut Gen,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    users: &[PartnerUser],
    samples: &[Customer],
    history: &mut History,
) -> Result<usize, WriteError> {
    let requesters: Vec<&PartnerUser> =
        users.iter().filter(|u| u.agent.sales || u.agent.admin || u.is_global_admin()).collect();
    let partner = LinkPartner { tenant_id: org.tenant_id, partner_id: org.partner_id, reseller: ResellerKind::Direct };
    let mut count = 0;
    let mut prospects = 0;
    for c in samples.iter().filter(|c| c.country == org.country).take(120) {
        let Some(status) = status_of(c, org, &mut prospects) else { continue };
        let by = *g.pick(&requesters);
        let inv = invitation(g, tx, org, partner, c, by, status)?;
        record(history, &inv, by, status)?;
        count += 1;
    }
    Ok(count)
}

/// Accepted for a reseller customer; for a prospect, the open and refused statuses in turn;
/// `None` for a customer on our list some other way.
fn status_of(c: &Customer, org: &PartnerOrganization, prospects: &mut usize) -> Option<InvitationStatus> {
    if c.is_customer_of(org.partner_id) {
        let reseller = c.relationships_with(org.partner_id).any(|k| k == RelationshipKind::Reseller);
        return reseller.then_some(InvitationStatus::Accepted);
    }
    // A prospect has not accepted (else it would be a customer): cycle the other statuses.
    const OPEN: [InvitationStatus; 5] = [
        InvitationStatus::Sent,
        InvitationStatus::Draft,
        InvitationStatus::Expired,
        InvitationStatus::Declined,
        InvitationStatus::Revoked,
    ];
    *prospects += 1;
    Some(OPEN[(*prospects - 1) % OPEN.len()])
}

/// The invitation to `c` that `by` made, showing `status`, written to the book.
fn invitation(
    g: &mut Gen,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    partner: LinkPartner,
    c: &Customer,
    by: &PartnerUser,
    status: InvitationStatus,
) -> Result<Invitation, WriteError> {
    let created = match status {
        InvitationStatus::Expired => g.now - Duration::days(g.rng.i64(invitation::EXPIRY_DAYS + 1..=300)),
        InvitationStatus::Draft | InvitationStatus::Sent => g.now - Duration::days(g.rng.i64(1..40)),
        // An accepted invitation made the relationship: it was answered the day the relationship began.
        InvitationStatus::Accepted => c.relationships.first().map_or(g.now, |r| r.since) - Duration::days(2),
        _ => g.now - Duration::days(g.rng.i64(3..invitation::EXPIRY_DAYS)),
    };
    let id = tx.next_id("invitation")?;
    let token = link::new_token(&mut g.rng);
    let include_admin = g.percent() < 75;
    let link = link::reseller_link(&LinkHosts::default(), c.cloud, partner, include_admin, &token);
    let email = invitation::default_email(org, &by.name, c, &link, include_admin);
    // Expiry is computed from the clock: an expired invitation is stored as sent.
    let stored_status = if status == InvitationStatus::Expired { InvitationStatus::Sent } else { status };
    let answered = matches!(status, InvitationStatus::Accepted | InvitationStatus::Declined)
        .then(|| Answer { by: c.users[0].email.clone(), at: created + Duration::days(2) });
    let inv = Invitation {
        status: stored_status,
        include_admin,
        customer: Some(c.tenant_id),
        customer_name: c.company_name.clone(),
        recipient: Some(c.users[0].email.clone()),
        link,
        email,
        sent_at: (stored_status != InvitationStatus::Draft).then(|| created + Duration::hours(1)),
        answered,
        ..Invitation::draft(InvitationId(id), &token, InvitationKind::Reseller, &by.email, created)
    };
    tx.insert_invitation(&inv)?;
    Ok(inv)
}

/// What happened to the invitation, for the audit log: requested, sent, then revoked or
/// answered.
fn record(
    history: &mut History,
    inv: &Invitation,
    by: &PartnerUser,
    status: InvitationStatus,
) -> Result<(), WriteError> {
    let target = inv.id.to_string();
    history.add(stamp(by.email.as_str(), inv.created_at), "invitation.requested", &target, inv)?;
    if let Some(sent_at) = inv.sent_at {
        history.add(stamp(by.email.as_str(), sent_at), "invitation.sent", &target, inv)?;
    }
    match status {
        InvitationStatus::Revoked => {
            let revoked = stamp(by.email.as_str(), inv.created_at + Duration::days(3));
            history.add(revoked, "invitation.revoked", &target, inv)
        }
        InvitationStatus::Accepted | InvitationStatus::Declined => {
            let answer = inv.answered.clone().unwrap_or(Answer { by: by.email.clone(), at: inv.created_at });
            let action =
                if status == InvitationStatus::Accepted { "invitation.accepted" } else { "invitation.declined" };
            history.add(stamp(answer.by.as_str(), answer.at), action, &target, inv)
        }
        _ => Ok(()),
    }
}
