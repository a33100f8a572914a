//! Access health of one customer: does the partner have a reseller relationship and granular
//! admin access, which roles, and what is missing or about to lapse. Tenants onboarded for
//! admin access without a reseller relationship are invisible in most tools; here they are a
//! problem with a name.

use super::access::{AccessAssignment, AssignmentError, AssignmentStatus};
use super::forecast::{self, CannotExtend, Renewal};
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole, EXPIRING_NOTICE_DAYS};
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId};
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
    /// An active relationship no security group holds roles of: nobody can use it.
    NoAccessAssignment { id: AdminRelationshipId },
    /// Microsoft could not apply (or remove) an access assignment.
    AssignmentFailed { id: AccessAssignmentId, relationship: AdminRelationshipId, reason: AssignmentError },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Health {
    pub reseller: bool,
    pub access: Access,
    /// The roles of its active relationships, each once.
    pub roles: Vec<DirectoryRole>,
    /// How many access assignments of its active relationships are active or pending.
    pub assigned: usize,
    pub problems: Vec<Problem>,
}

impl Health {
    pub fn has_problem(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Whether a list row's relationship makes the partner the customer's reseller (direct or
/// indirect), as `is_reseller` says of the whole record.
pub fn is_reseller_summary(summary: crate::domain::customer::RelationshipSummary) -> bool {
    use crate::domain::customer::RelationshipSummary as S;
    matches!(summary, S::Reseller | S::IndirectReseller | S::ResellerAndAdvisor)
}

/// Whether `partner` is the customer's reseller (direct or indirect): GDAP without it is a problem.
pub fn is_reseller(c: &crate::domain::customer::Customer, partner: crate::domain::ids::PartnerId) -> bool {
    use crate::domain::customer::RelationshipKind;
    c.relationships.iter().any(|r| {
        r.partner == partner && matches!(r.kind, RelationshipKind::Reseller | RelationshipKind::IndirectReseller)
    })
}

/// The health of a customer with (`reseller`) or without a reseller relationship and these
/// granular relationships (the customer's own, any status) with their access `assignments`
/// (any of the book's: those of other relationships are passed over).
pub fn of<'a>(
    reseller: bool,
    rels: impl IntoIterator<Item = &'a AdminRelationship>,
    assignments: &[&AccessAssignment],
    now: Timestamp,
) -> Health {
    granular(rels, assignments, now).with_reseller(reseller)
}

/// A customer's granular admin access alone, before it is known whether the partner is its
/// reseller (a list of a million customers keeps this for the few with relationships, and
/// reads the reseller flag from each row it shows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Granular {
    access: Access,
    roles: Vec<DirectoryRole>,
    assigned: usize,
    problems: Vec<Problem>,
    /// A relationship that is or may become access (not only ended ones).
    live: bool,
}

impl Granular {
    /// The whole health, with (`reseller`) or without a reseller relationship.
    pub fn with_reseller(self, reseller: bool) -> Health {
        let mut problems = self.problems;
        if self.live && !reseller {
            problems.insert(0, Problem::GdapWithoutReseller);
        }
        Health { reseller, access: self.access, roles: self.roles, assigned: self.assigned, problems }
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// Whether the customer has a problem, with (`reseller`) or without a reseller relationship.
    pub fn has_problem(&self, reseller: bool) -> bool {
        !self.problems.is_empty() || (self.live && !reseller)
    }
}

/// Each customer's granular access, for the customers with a relationship.
pub type AccessByCustomer = std::collections::HashMap<crate::domain::ids::TenantId, Granular>;

/// Each customer's granular access, for every customer with a relationship: the book's
/// relationships and assignments grouped by tenant once.
pub fn by_customer(rels: &[AdminRelationship], assignments: &[AccessAssignment], now: Timestamp) -> AccessByCustomer {
    use std::collections::HashMap;
    let mut rels_of: HashMap<_, Vec<&AdminRelationship>> = HashMap::new();
    for r in rels {
        rels_of.entry(r.customer).or_default().push(r);
    }
    let mut assigned_of: HashMap<_, Vec<&AccessAssignment>> = HashMap::new();
    for a in assignments {
        assigned_of.entry(a.customer).or_default().push(a);
    }
    rels_of
        .into_iter()
        .map(|(tenant, rels)| {
            let theirs = assigned_of.get(&tenant).map_or(&[][..], Vec::as_slice);
            (tenant, granular(rels, theirs, now))
        })
        .collect()
}

/// A customer's granular access from its relationships and their assignments.
pub fn granular<'a>(
    rels: impl IntoIterator<Item = &'a AdminRelationship>,
    assignments: &[&AccessAssignment],
    now: Timestamp,
) -> Granular {
    use AdminRelationshipStatus::*;
    let mut access = Access::None;
    let mut roles: Vec<DirectoryRole> = Vec::new();
    let mut problems = Vec::new();
    let mut live = false;
    let mut assigned = 0;
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
            let mut held = 0;
            for a in assignments.iter().filter(|a| a.relationship == rel.id) {
                match a.status_with(end.status) {
                    AssignmentStatus::Pending | AssignmentStatus::Active => held += 1,
                    AssignmentStatus::Error(reason) => {
                        problems.push(Problem::AssignmentFailed { id: a.id, relationship: rel.id, reason })
                    }
                    AssignmentStatus::Deleting | AssignmentStatus::Deleted => {}
                }
            }
            if held == 0 {
                problems.push(Problem::NoAccessAssignment { id: rel.id });
            }
            assigned += held;
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
    Granular { access, roles, assigned, problems, live }
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

    /// An access assignment of `rel`'s roles in `status`.
    fn assigned(rel: &AdminRelationship, status: AssignmentStatus) -> AccessAssignment {
        AccessAssignment {
            id: AccessAssignmentId(rel.id.0 * 10),
            relationship: rel.id,
            customer: rel.customer,
            group: uuid::Uuid::from_u128(9),
            roles: rel.roles.clone(),
            status,
            created_at: fixtures::now(),
            changed_at: fixtures::now(),
            version: 1,
        }
    }

    #[test]
    fn a_customer_with_neither_has_no_problem_and_gdap_without_reseller_is_one() {
        let now = fixtures::now();
        let h = of(false, [], &[], now);
        assert_eq!((h.access, h.has_problem()), (Access::None, false));
        let active = rel(1, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        let held = assigned(&active, AssignmentStatus::Active);
        let h = of(false, [&active], &[&held], now);
        assert_eq!(h.problems, vec![Problem::GdapWithoutReseller]);
        assert_eq!((h.roles.clone(), h.assigned), (vec![DirectoryRole::GlobalReader], 1));
        assert!(!of(true, [&active], &[&held], now).has_problem());
        let ended = rel(2, AdminRelationshipStatus::Terminated, 200, vec![DirectoryRole::GlobalReader]);
        assert!(!of(false, [&ended], &[], now).has_problem(), "ended access is no access");
    }

    #[test]
    fn an_active_relationship_with_no_access_assignment_or_a_failed_one_is_a_problem() {
        let now = fixtures::now();
        let active = rel(1, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        assert_eq!(of(true, [&active], &[], now).problems, vec![Problem::NoAccessAssignment { id: active.id }]);
        let pending = assigned(&active, AssignmentStatus::Pending);
        assert!(!of(true, [&active], &[&pending], now).has_problem(), "pending counts: it is on its way");
        let going = assigned(&active, AssignmentStatus::Deleting);
        assert_eq!(of(true, [&active], &[&going], now).problems, vec![Problem::NoAccessAssignment { id: active.id }]);
        let failed = assigned(&active, AssignmentStatus::Error(AssignmentError::GroupNotFound));
        assert_eq!(
            of(true, [&active], &[&failed, &pending], now).problems,
            vec![Problem::AssignmentFailed {
                id: failed.id,
                relationship: active.id,
                reason: AssignmentError::GroupNotFound
            }]
        );
        let other = rel(2, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        let theirs = assigned(&other, AssignmentStatus::Active);
        assert!(of(true, [&active], &[&theirs], now).has_problem(), "another relationship's assignment does not count");
    }

    #[test]
    fn expires_in_6_days_and_cannot_auto_extend_is_a_problem_with_its_reason() {
        let now = fixtures::now();
        let ga = rel(3, AdminRelationshipStatus::Active, 6, vec![DirectoryRole::GlobalAdministrator]);
        let ga_held = assigned(&ga, AssignmentStatus::Active);
        let h = of(true, [&ga], &[&ga_held], now);
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
        let extends_held = assigned(&extends, AssignmentStatus::Active);
        let h = of(true, [&ga, &extends], &[&ga_held, &extends_held], now);
        assert_eq!(h.access, Access::Active, "the best access counts");
        assert_eq!(h.problems.len(), 1, "the GA relationship still lapses");
        let far = rel(5, AdminRelationshipStatus::Active, 120, vec![DirectoryRole::GlobalAdministrator]);
        assert!(!of(true, [&far], &[&assigned(&far, AssignmentStatus::Active)], now).has_problem());
    }

    #[test]
    fn by_customer_groups_the_book_and_the_reseller_flag_comes_last() {
        let now = fixtures::now();
        let mine = rel(1, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        let held = assigned(&mine, AssignmentStatus::Active);
        let mut theirs = rel(2, AdminRelationshipStatus::Active, 200, vec![DirectoryRole::GlobalReader]);
        theirs.customer = crate::domain::ids::TenantId(uuid::Uuid::from_u128(77));
        let all = by_customer(&[mine.clone(), theirs.clone()], std::slice::from_ref(&held), now);
        assert_eq!(all.len(), 2);
        let first = &all[&mine.customer];
        assert!(!first.has_problem(true) && first.has_problem(false));
        assert_eq!(first.clone().with_reseller(false), of(false, [&mine], &[&held], now));
        assert!(all[&theirs.customer].has_problem(true), "no assignment on the other's");
    }

    #[test]
    fn a_request_about_to_lapse_is_a_problem() {
        let now = fixtures::now();
        let pending =
            super::super::tests::relationship(6, AdminRelationshipStatus::ApprovalPending, now - Duration::days(80));
        let h = of(true, [&pending], &[], now);
        assert_eq!(h.access, Access::Pending);
        assert_eq!(h.problems, vec![Problem::ApprovalLapses { id: pending.id, days: 10 }]);
    }
}
