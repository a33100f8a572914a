//! The demo's granular admin relationships, requested by our Admin agent, with their history.

use super::history::History;
use super::{Gen, stamp};
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::customer::Customer;
use crate::domain::ids::AdminRelationshipId;
use crate::domain::org::PartnerOrganization;
use crate::store::{Reads, WriteError, WriteTx};
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

/// One relationship for each case the expiry forecast and access health tell apart, on the
/// dates that make them so (no randomness: the rest of the demo is drawn after this).
pub(super) fn forecast_cases(
    now: crate::domain::Timestamp,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    samples: &[Customer],
    history: &mut History,
) -> Result<usize, WriteError> {
    use crate::domain::gdap::templates;
    use AdminRelationshipStatus::*;
    let ours: Vec<&Customer> = samples.iter().filter(|c| c.is_customer_of(org.partner_id)).skip(24).take(5).collect();
    let prospect = samples.iter().find(|c| !c.is_customer_of(org.partner_id));
    let day = Duration::days;
    // (customer, name, roles, status, days since requested, duration, auto-extend)
    type Case<'a> = (&'a Customer, &'a str, Vec<DirectoryRole>, AdminRelationshipStatus, i64, u32, bool);
    let mut cases: Vec<Case> = Vec::new();
    let roles_of = |t: templates::RoleTemplate| t.roles();
    if let [a, b, c, d, e] = ours[..] {
        // Global Administrator, ending in 6 days: it cannot auto-extend.
        cases.push((a, "Sao Mai full admin", vec![DirectoryRole::GlobalAdministrator], Active, 96, 101, false));
        // Waiting for the customer for 85 days: lapses in 5.
        cases.push((b, "Sao Mai onboarding", roles_of(templates::MICROSOFT_DEFAULT), ApprovalPending, 85, 730, false));
        // Ending in 20 days with auto-extend off.
        cases.push((c, "Sao Mai helpdesk", roles_of(templates::SUPPORT), Active, 200, 219, false));
        // Past its first end, extending itself.
        cases.push((d, "Sao Mai managed", roles_of(templates::SUPPORT), Active, 100, 90, true));
        // Microsoft's default roles, a year to go.
        cases.push((e, "Sao Mai default", roles_of(templates::MICROSOFT_DEFAULT), Active, 30, 395, false));
    }
    if let Some(p) = prospect {
        // Admin access without a reseller relationship.
        cases.push((p, "Sao Mai read only", roles_of(templates::READ_ONLY), Active, 40, 730, true));
    }
    for (c, name, roles, status, age, duration, auto_extend) in &cases {
        let created = now - day(*age);
        let activated = (*status == Active).then(|| created + day(1));
        let rel = AdminRelationship {
            id: AdminRelationshipId(tx.next_id("admin_relationship")?),
            partner: org.partner_id,
            customer: c.tenant_id,
            customer_name: c.company_name.clone(),
            name: format!("{name} {}", c.primary_domain.as_str().split('.').next().unwrap_or_default()),
            roles: roles.clone(),
            duration_days: *duration,
            auto_extend: *auto_extend,
            status: *status,
            created_at: created,
            activated_at: activated,
            ends_at: activated.map(|a| a + day(i64::from(*duration))),
            version: 1,
        };
        tx.put_admin_relationship(&rel, true)?;
        history.add(stamp("hung@saomai.vn", created), "admin_relationship.requested", &rel.id.to_string(), &rel)?;
    }
    Ok(cases.len())
}

/// The partner's security groups, and access assignments on the active relationships in every
/// status an assignment can have — one failed because its group is gone, one with Microsoft's
/// own message — and one active relationship left with none, as health reports. Returns how
/// many assignments.
pub(super) fn access_assignments(
    now: crate::domain::Timestamp,
    tx: &mut WriteTx,
    history: &mut History,
) -> Result<usize, WriteError> {
    use crate::domain::gdap::access::{AccessAssignment, AssignmentError, AssignmentStatus, SecurityGroup};
    use crate::domain::ids::AccessAssignmentId;
    let group = |n: u128, name: &str| SecurityGroup { id: uuid::Uuid::from_u128(0x5a0_0000 + n), name: name.into() };
    let groups = [
        group(1, "Sao Mai Helpdesk"),
        group(2, "Sao Mai Admin agents"),
        group(3, "Sao Mai Tier 2"),
        group(4, "Sao Mai Auditors"),
    ];
    let founded = now - Duration::days(400);
    for g in &groups {
        tx.put_security_group(g)?;
        history.add(stamp("hung@saomai.vn", founded), "security_group.added", &g.id.to_string(), g)?;
    }
    // A group that was deleted from the partner's tenant: Microsoft could not find it.
    let gone = group(9, "Sao Mai Contractors (deleted)");
    tx.put_security_group(&gone)?;
    let mut rels: Vec<AdminRelationship> = tx
        .admin_relationships()?
        .into_iter()
        .filter(|r| matches!(r.status_at(now), AdminRelationshipStatus::Active | AdminRelationshipStatus::Expiring))
        .collect();
    rels.sort_by_key(|r| r.id);
    use AssignmentStatus::*;
    let mut count = 0;
    for (k, rel) in rels.iter().enumerate() {
        let first = rel.roles[..1].to_vec();
        // (group, roles, status) for each case, by the relationship's place.
        let cases: Vec<(&SecurityGroup, Vec<DirectoryRole>, AssignmentStatus)> = match k % 6 {
            0 => vec![(&groups[0], rel.roles.clone(), Active)],
            1 => vec![(&groups[0], rel.roles.clone(), Active), (&groups[2], first, Pending)],
            2 => vec![(&groups[1], rel.roles.clone(), Active), (&gone, first, Error(AssignmentError::GroupNotFound))],
            3 => vec![],
            4 => vec![(&groups[1], rel.roles.clone(), Active), (&groups[3], first, Deleting)],
            _ => vec![
                (&groups[0], rel.roles.clone(), Active),
                (&groups[3], first.clone(), Deleted),
                (
                    &groups[2],
                    first,
                    Error(AssignmentError::Microsoft(
                        "The security group is not a member of the partner tenant's Admin agents".into(),
                    )),
                ),
            ],
        };
        for (g, roles, status) in cases {
            let at = rel.activated_at.unwrap_or(rel.created_at) + Duration::days(1);
            let a = AccessAssignment {
                id: AccessAssignmentId(tx.next_id("access_assignment")?),
                relationship: rel.id,
                customer: rel.customer,
                group: g.id,
                roles,
                status,
                created_at: at,
                changed_at: at,
                version: 0,
            };
            let stored = tx.put_access_assignment(&a, true)?;
            history.add(stamp("hung@saomai.vn", at), "access_assignment.added", &rel.id.to_string(), &stored)?;
            count += 1;
        }
    }
    Ok(count)
}

/// A role template of the partner's own, as its operators made it: the tier-1 helpdesk's roles,
/// which most relationships differ from (the templates pane shows which).
pub(super) fn own_template(
    now: crate::domain::Timestamp,
    tx: &mut WriteTx,
    history: &mut History,
) -> Result<(), WriteError> {
    use DirectoryRole::*;
    let made = now - Duration::days(300);
    let template = crate::domain::gdap::templates::OwnTemplate {
        name: "Sao Mai tier 1".into(),
        roles: vec![HelpdeskAdministrator, ServiceSupportAdministrator, LicenseAdministrator, GlobalReader],
        changed_at: made,
        version: 0,
    };
    let stored = tx.put_own_template(&template, true)?;
    history.add(stamp("hung@saomai.vn", made), "role_template.added", &stored.name, &stored)
}
