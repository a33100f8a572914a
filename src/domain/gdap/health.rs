//! Access health of one customer: does the partner have a reseller relationship and granular
//! admin access, which roles, and what is missing or about to lapse. Tenants onboarded for
//! admin access without a reseller relationship are invisible in most tools; here they are a
//! problem with a name.

use super::forecast::{self, CannotExtend, Renewal};
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole, EXPIRING_NOTICE_DAYS};
use crate::domain::ids::AdminRelationshipId;
use serde::Serialize;

/// The customer's granular admin access, at its best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Access {
    /// No relationship, or only ended ones.
    None,
    /// Requested; the customer has not approved.
    Pending,
    /// Active, and not ending within the notice period (or extending itself).
    Active,
    /// Active and ending within the notice period without extending.
    Expiring { days: i64 },
}

/// What is wrong, each said as a sentence on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum Problem {
    /// Admin access (granular, live) but no reseller relationship.
    GdapWithoutReseller,
    /// An active relationship ends within the notice period and cannot auto-extend.
    ExpiresCannotAutoExtend { id: AdminRelationshipId, days: i64, reason: CannotExtend },
    /// An active relationship ends within the notice period with auto-extend off.
    ExpiresAutoExtendOff { id: AdminRelationshipId, days: i64 },
    /// A request the customer has not approved lapses within the notice period.
    ApprovalLapses { id: AdminRelationshipId, days: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Health {
    pub reseller: bool,
    pub access: Access,
    /// The roles of its active relationships, each once.
    pub roles: Vec<DirectoryRole>,
    pub problems: Vec<Problem>,
}

impl Health {
    pub fn has_problem(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Whether `partner` is the customer's reseller (direct or indirect): GDAP without it is a problem.
pub fn is_reseller(c: &crate::domain::customer::Customer, partner: crate::domain::ids::PartnerId) -> bool {
    use crate::domain::customer::RelationshipKind;
    c.relationships.iter().any(|r| {
        r.partner == partner && matches!(r.kind, RelationshipKind::Reseller | RelationshipKind::IndirectReseller)
    })
}

/// The health of a customer with (`reseller`) or without a reseller relationship and these
/// granular relationships (the customer's own, any status).
pub fn of<'a>(reseller: bool, rels: impl IntoIterator<Item = &'a AdminRelationship>, now: Timestamp) -> Health {
    use AdminRelationshipStatus::*;
    let mut access = Access::None;
    let mut roles: Vec<DirectoryRole> = Vec::new();
    let mut problems = Vec::new();
    let mut live = false;
    for rel in rels {
        let Some(end) = forecast::ending(rel, now) else { continue };
        live = true;
        let soon = end.days_left <= EXPIRING_NOTICE_DAYS;
        let this = match (end.status, end.renewal) {
            (ApprovalPending, _) => Access::Pending,
            (_, Renewal::AutoExtends) => Access::Active,
            _ if soon => Access::Expiring { days: end.days_left },
            _ => Access::Active,
        };
        access = better(access, this);
        if matches!(end.status, Active | Expiring) {
            for r in &rel.roles {
                if !roles.contains(r) {
                    roles.push(*r);
                }
            }
        }
        if soon {
            match end.renewal {
                Renewal::CannotAutoExtend(reason) => {
                    problems.push(Problem::ExpiresCannotAutoExtend { id: rel.id, days: end.days_left, reason })
                }
                Renewal::EndsAutoExtendOff => {
                    problems.push(Problem::ExpiresAutoExtendOff { id: rel.id, days: end.days_left })
                }
                Renewal::ApprovalLapses => problems.push(Problem::ApprovalLapses { id: rel.id, days: end.days_left }),
                Renewal::AutoExtends => {}
            }
        }
    }
    if live && !reseller {
        problems.insert(0, Problem::GdapWithoutReseller);
    }
    Health { reseller, access, roles, problems }
}

/// The better of two accesses: active over expiring (the later end) over pending over none.
fn better(a: Access, b: Access) -> Access {
    let rank = |x: &Access| match x {
        Access::None => (0, 0),
        Access::Pending => (1, 0),
        Access::Expiring { days } => (2, *days),
        Access::Active => (3, 0),
    };
    if rank(&b) > rank(&a) { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use chrono::Duration;

    fn rel(id: u64, status: AdminRelationshipStatus, ends_in: i64, roles: Vec<DirectoryRole>) -> AdminRelationship {
        let now = fixtures::now();
        let mut r = super::super::tests::relationship(id, status, now);
        r.ends_at = Some(now + Duration::days(ends_in));
        r.roles = roles;
        r
    }

    #[test]
    fn a_customer_with_neither_has_no_problem_and_gdap_without_reseller_is_one() {
        let now = fixtures::now();
        let h = of(false, [], now);
        assert_eq!((h.access, h.has_problem()), (Access::None, false));
        let active = rel(1, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        let h = of(false, [&active], now);
        assert_eq!(h.problems, vec![Problem::GdapWithoutReseller]);
        assert_eq!(h.roles, vec![DirectoryRole::GlobalReader]);
        assert!(!of(true, [&active], now).has_problem());
        let ended = rel(2, AdminRelationshipStatus::Terminated, 200, vec![DirectoryRole::GlobalReader]);
        assert!(!of(false, [&ended], now).has_problem(), "ended access is no access");
    }

    #[test]
    fn expires_in_6_days_and_cannot_auto_extend_is_a_problem_with_its_reason() {
        let now = fixtures::now();
        let ga = rel(3, AdminRelationshipStatus::Active, 6, vec![DirectoryRole::GlobalAdministrator]);
        let h = of(true, [&ga], now);
        assert_eq!(h.access, Access::Expiring { days: 6 });
        assert_eq!(
            h.problems,
            vec![Problem::ExpiresCannotAutoExtend {
                id: ga.id,
                days: 6,
                reason: CannotExtend::IncludesGlobalAdministrator
            }]
        );
        let mut extends = rel(4, AdminRelationshipStatus::Active, 6, vec![DirectoryRole::GlobalReader]);
        extends.auto_extend = true;
        let h = of(true, [&ga, &extends], now);
        assert_eq!(h.access, Access::Active, "the best access counts");
        assert_eq!(h.problems.len(), 1, "the GA relationship still lapses");
        let far = rel(5, AdminRelationshipStatus::Active, 120, vec![DirectoryRole::GlobalAdministrator]);
        assert!(!of(true, [&far], now).has_problem());
    }

    #[test]
    fn a_request_about_to_lapse_is_a_problem() {
        let now = fixtures::now();
        let pending =
            super::super::tests::relationship(6, AdminRelationshipStatus::ApprovalPending, now - Duration::days(80));
        let h = of(true, [&pending], now);
        assert_eq!(h.access, Access::Pending);
        assert_eq!(h.problems, vec![Problem::ApprovalLapses { id: pending.id, days: 10 }]);
    }
}
