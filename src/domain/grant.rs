//! What a grant of admin privileges gives, to whom and for how long — said to the customer
//! before it confirms (issue #20, item 10): moving its delegated admin privileges to another
//! partner, and approving a granular admin relationship.

use super::admin::{AdminRelationship, DirectoryRole};
use super::customer::{Customer, RelationshipKind};
use super::ids::PartnerId;

/// The roles a grant gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrantedRoles {
    /// Delegated admin privileges: Global administrator in the tenant, so every admin role.
    Everything,
    /// A granular relationship's roles, as it lists them.
    Roles(Vec<DirectoryRole>),
}

/// How long a grant lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantLength {
    /// Delegated admin privileges last until the customer removes or moves them.
    UntilRemoved,
    /// A granular relationship lasts its duration from approval; auto-extend adds 180 days at a time.
    Days { days: u32, auto_extend: bool },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantSummary {
    pub to: PartnerId,
    pub roles: GrantedRoles,
    pub length: GrantLength,
    /// The partner that loses them (rule 8: one holder at a time).
    pub taken_from: Option<PartnerId>,
    /// The customer's reseller, when it is not the partner that gains them: it stays responsible
    /// for support (rule 9).
    pub support_stays_with: Option<PartnerId>,
}

/// Moving `customer`'s delegated admin privileges to `to` (rules 8 and 9).
pub fn of_reassignment(customer: &Customer, to: PartnerId) -> GrantSummary {
    GrantSummary {
        to,
        roles: GrantedRoles::Everything,
        length: GrantLength::UntilRemoved,
        taken_from: customer.admin.as_ref().map(|a| a.partner).filter(|p| *p != to),
        support_stays_with: reseller(customer).filter(|r| *r != to),
    }
}

/// Approving the granular admin relationship `rel` of `customer`: its partner gets its roles for
/// its duration; delegated admin privileges are removed before (a rule of approval), so nobody
/// loses them here.
pub fn of_granular(customer: &Customer, rel: &AdminRelationship) -> GrantSummary {
    GrantSummary {
        to: rel.partner,
        roles: GrantedRoles::Roles(rel.roles.clone()),
        length: GrantLength::Days { days: rel.duration_days, auto_extend: rel.auto_extend },
        taken_from: None,
        support_stays_with: reseller(customer).filter(|r| *r != rel.partner),
    }
}

fn reseller(customer: &Customer) -> Option<PartnerId> {
    customer
        .relationships
        .iter()
        .find(|r| matches!(r.kind, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
        .map(|r| r.partner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::customer::{AdminGrant, PartnerRelationship};
    use crate::domain::fixtures::{self, US};

    #[test]
    fn moving_admin_says_everything_until_removed_who_loses_them_and_who_keeps_support() {
        let other = PartnerId(7_654_321);
        let mut c = fixtures::customer("VN");
        c.relationships.push(PartnerRelationship {
            partner: US,
            kind: RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        c.admin = Some(AdminGrant { partner: US, since: fixtures::now(), granted_by: c.users[0].email.clone() });
        let s = of_reassignment(&c, other);
        assert_eq!(s.roles, GrantedRoles::Everything);
        assert_eq!(s.length, GrantLength::UntilRemoved);
        assert_eq!((s.to, s.taken_from, s.support_stays_with), (other, Some(US), Some(US)));
        let back = of_reassignment(&c, US);
        assert_eq!((back.taken_from, back.support_stays_with), (None, None), "the reseller gains them itself");
    }

    #[test]
    fn approving_a_granular_relationship_says_its_roles_and_duration() {
        let mut rel = crate::domain::gdap::tests::relationship(
            3,
            crate::domain::admin::AdminRelationshipStatus::ApprovalPending,
            fixtures::now(),
        );
        rel.auto_extend = true;
        let c = fixtures::customer("VN");
        let s = of_granular(&c, &rel);
        assert_eq!(s.roles, GrantedRoles::Roles(vec![DirectoryRole::HelpdeskAdministrator]));
        assert_eq!(s.length, GrantLength::Days { days: 90, auto_extend: true });
        assert_eq!((s.to, s.taken_from, s.support_stays_with), (US, None, None));
    }
}
