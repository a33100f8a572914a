//! The demo's granular admin relationships, requested by our Admin agent, with their history.

use super::history::History;
use super::{Gen, stamp};
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::customer::Customer;
use crate::domain::ids::AdminRelationshipId;
use crate::domain::org::PartnerOrganization;
use crate::store::{WriteError, WriteTx};
use chrono::Duration;

/// Granular admin relationships with the first customers on our list, in every status;
/// returns how many.
pub(super) fn admin_relationships(
    g: &mut Gen,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    samples: &[Customer],
    history: &mut History,
) -> Result<usize, WriteError> {
    use AdminRelationshipStatus::*;
    let statuses = [Active, Active, Active, ApprovalPending, Created, TerminationRequested, Terminated, Active];
    let mut count = 0;
    for (n, c) in samples.iter().filter(|c| c.is_customer_of(org.partner_id)).take(24).enumerate() {
        let status = statuses[n % statuses.len()];
        let created = g.days_ago(300);
        let duration = *g.pick(&[90u32, 180, 365, 730]);
        let mut roles = vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator];
        if n % 3 == 0 {
            roles.push(DirectoryRole::LicenseAdministrator);
        }
        if n % 5 == 0 {
            roles = vec![DirectoryRole::GlobalReader];
        }
        let activated =
            matches!(status, Active | TerminationRequested | Terminated).then(|| created + Duration::days(2));
        let id = tx.next_id("admin_relationship")?;
        let rel = AdminRelationship {
            id: AdminRelationshipId(id),
            partner: org.partner_id,
            customer: c.tenant_id,
            customer_name: c.company_name.clone(),
            // Unique per partner, as the partner portal requires: named after the tenant's domain.
            name: format!("Sao Mai support {}", c.primary_domain.as_str().split('.').next().unwrap_or_default()),
            roles,
            duration_days: duration,
            auto_extend: n % 4 == 0,
            status,
            created_at: created,
            activated_at: activated,
            ends_at: activated.map(|a| a + Duration::days(i64::from(duration))),
            version: 1,
        };
        tx.put_admin_relationship(&rel, true)?;
        history.add(stamp("hung@saomai.vn", created), "admin_relationship.requested", &rel.id.to_string(), &rel)?;
        count += 1;
    }
    Ok(count)
}
