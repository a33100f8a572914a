//! Access assignments: on an active granular admin relationship, the partner gives one of its
//! own security groups a subset of the relationship's roles; the group's members then act in
//! the customer's tenant with those roles. Microsoft applies an assignment and reports its
//! status (`pending → active`, `deleting → deleted`, or `error`), which the book records with
//! the reason, so an assignment that failed never fails silently.
//!
//! Microsoft Graph `delegatedAdminAccessAssignment`: `accessContainer` (a security group of the
//! partner tenant), `accessDetails.unifiedRoles` (a subset of the relationship's), `status`
//! (pending, active, deleting, deleted, error); one assignment per group and relationship.

use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId, TenantId};
use crate::domain::msg::{AdminMsg, GdapMsg, InputMsg};
use crate::domain::permission::{self, Actor, Operation};
use crate::domain::{Input, Refusal, Timestamp, validate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Microsoft Entra's limit on a group's display name.
pub const MAX_GROUP_NAME_CHARS: usize = 256;

/// A security group of the partner's own tenant, as Microsoft Entra knows it: its object id
/// and display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityGroup {
    pub id: Uuid,
    pub name: String,
}

/// Why Microsoft could not apply (or remove) an assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason", content = "message")]
pub enum AssignmentError {
    /// The security group is not in the partner's tenant (deleted, or a mistyped id).
    GroupNotFound,
    /// The relationship ended before the assignment was applied.
    RelationshipEnded,
    /// A role is no longer one the relationship holds.
    RoleNotHeld,
    /// Microsoft's own message, as it reported it.
    Microsoft(String),
}

/// An assignment's status. `Error` carries its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status", content = "error")]
pub enum AssignmentStatus {
    /// Asked for; Microsoft has not applied it yet.
    Pending,
    /// Applied: the group's members hold its roles in the customer's tenant.
    Active,
    /// Removal asked for; Microsoft has not removed it yet.
    Deleting,
    /// Removed (or gone with its relationship).
    Deleted,
    /// Microsoft could not apply or remove it.
    Error(AssignmentError),
}

impl AssignmentStatus {
    /// Whether the group holds, or may yet hold, its roles: not deleted nor being deleted.
    pub fn is_live(&self) -> bool {
        matches!(self, AssignmentStatus::Pending | AssignmentStatus::Active | AssignmentStatus::Error(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessAssignment {
    pub id: AccessAssignmentId,
    pub relationship: AdminRelationshipId,
    pub customer: TenantId,
    pub group: Uuid,
    pub roles: Vec<DirectoryRole>,
    /// As Microsoft last reported it; `status_with` says what it is once its relationship ended.
    pub status: AssignmentStatus,
    pub created_at: Timestamp,
    pub changed_at: Timestamp,
    pub version: u64,
}

impl AccessAssignment {
    /// The status as of `relationship`'s status now: an assignment goes with the relationship
    /// it belongs to, so once that has ended (expired, terminated) it is deleted.
    pub fn status_with(&self, relationship: AdminRelationshipStatus) -> AssignmentStatus {
        if holds_access(relationship) { self.status.clone() } else { AssignmentStatus::Deleted }
    }
}

/// A relationship whose roles are in force: the only kind that takes assignments.
fn holds_access(status: AdminRelationshipStatus) -> bool {
    matches!(status, AdminRelationshipStatus::Active | AdminRelationshipStatus::Expiring)
}

/// A security group's object id as typed: a GUID.
pub fn validate_group_id(raw: &str) -> Result<Uuid, Refusal> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Refusal::on(Input::SecurityGroup, InputMsg::Required));
    }
    Uuid::parse_str(t).map_err(|_| Refusal::on(Input::SecurityGroup, GdapMsg::NotAGroupId { text: validate::clip(t) }))
}

/// A group's display name: required, one line, at most 256 characters.
pub fn validate_group_name(raw: &str) -> Result<String, Refusal> {
    let name = validate::line(Input::GroupName, raw)?;
    if name.chars().count() > MAX_GROUP_NAME_CHARS {
        return Err(Refusal::on(Input::GroupName, InputMsg::TooLong { max: MAX_GROUP_NAME_CHARS }));
    }
    Ok(name)
}

/// The group an operator names: a group of the book by its id or its name (any case), or a
/// new group by its id and `name`. Returns the group and whether it is new to the book.
pub fn resolve_group(groups: &[SecurityGroup], key: &str, name: &str) -> Result<(SecurityGroup, bool), Refusal> {
    let key = key.trim();
    if key.is_empty() {
        return Err(Refusal::on(Input::SecurityGroup, InputMsg::Required));
    }
    let by_id = Uuid::parse_str(key).ok().and_then(|id| groups.iter().find(|g| g.id == id));
    let folded = key.to_lowercase();
    if let Some(g) = by_id.or_else(|| groups.iter().find(|g| g.name.to_lowercase() == folded)) {
        let name = name.trim();
        if !name.is_empty() && name != g.name {
            return Err(Refusal::on(Input::GroupName, GdapMsg::GroupNamedOtherwise { name: g.name.clone() }));
        }
        return Ok((g.clone(), false));
    }
    let id = validate_group_id(key)?;
    if name.trim().is_empty() {
        return Err(Refusal::on(Input::GroupName, GdapMsg::NewGroupNeedsName));
    }
    Ok((SecurityGroup { id, name: validate_group_name(name)? }, true))
}

/// What an Admin agent asks: give `group` these roles of the relationship.
pub struct AssignRequest<'a> {
    pub relationship: &'a AdminRelationship,
    pub group: &'a SecurityGroup,
    pub roles: Vec<DirectoryRole>,
}

/// Whether `actor` may make access assignments on `rel` now: an Admin agent, on an active
/// relationship (asked before a form opens, and again by `assign`).
pub fn may_assign(actor: &Actor, rel: &AdminRelationship, now: Timestamp) -> Result<(), Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let status = rel.status_at(now);
    if !holds_access(status) {
        return Err(Refusal::new(GdapMsg::AssignNotActive { id: rel.id, status }));
    }
    Ok(())
}

/// Assigns a subset of an active relationship's roles to a partner security group; Microsoft
/// then applies it (pending). Refused on a relationship that is not active, for a role the
/// relationship does not hold, and for a group that has a live assignment on it already.
pub fn assign(
    actor: &Actor,
    req: &AssignRequest,
    existing: &[AccessAssignment],
    id: AccessAssignmentId,
    now: Timestamp,
) -> Result<AccessAssignment, Refusal> {
    let rel = req.relationship;
    may_assign(actor, rel, now)?;
    if req.roles.is_empty() {
        return Err(Refusal::on(Input::Roles, AdminMsg::ChooseRole));
    }
    if let Some(role) = req.roles.iter().find(|r| !rel.roles.contains(r)) {
        return Err(Refusal::on(Input::Role(*role), GdapMsg::RoleNotHeld { id: rel.id, role: *role }));
    }
    let taken = existing.iter().find(|a| a.relationship == rel.id && a.group == req.group.id && a.status.is_live());
    if let Some(a) = taken {
        return Err(Refusal::on(
            Input::SecurityGroup,
            GdapMsg::GroupAssignedAlready { group: req.group.name.clone(), id: rel.id, assignment: a.id },
        ));
    }
    let mut roles = Vec::with_capacity(req.roles.len());
    for r in &req.roles {
        if !roles.contains(r) {
            roles.push(*r);
        }
    }
    Ok(AccessAssignment {
        id,
        relationship: rel.id,
        customer: rel.customer,
        group: req.group.id,
        roles,
        status: AssignmentStatus::Pending,
        created_at: now,
        changed_at: now,
        version: 0,
    })
}

/// Asks Microsoft to remove an assignment (deleting); one being removed or removed is refused.
pub fn unassign(
    actor: &Actor,
    a: &AccessAssignment,
    relationship: AdminRelationshipStatus,
    now: Timestamp,
) -> Result<AccessAssignment, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let status = a.status_with(relationship);
    if !status.is_live() {
        return Err(Refusal::new(GdapMsg::AlreadyRemoved { assignment: a.id, status: StatusKind::of(&status) }));
    }
    let mut next = a.clone();
    next.status = AssignmentStatus::Deleting;
    next.changed_at = now;
    Ok(next)
}

/// What Microsoft reported of an assignment in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Applied (a pending one is active) or removed (a deleting one is deleted).
    Done,
    /// It could not, for this reason.
    Failed(AssignmentError),
}

/// Records what Microsoft reported: a pending assignment becomes active, a deleting one
/// deleted, or either an error with its reason; an error may be tried again (pending). One
/// that is not in progress is refused.
pub fn record_outcome(
    actor: &Actor,
    a: &AccessAssignment,
    relationship: AdminRelationshipStatus,
    outcome: Outcome,
    now: Timestamp,
) -> Result<AccessAssignment, Refusal> {
    use AssignmentStatus::*;
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let status = a.status_with(relationship);
    let next = match (&status, outcome) {
        (Pending, Outcome::Done) => Active,
        (Deleting, Outcome::Done) => Deleted,
        (Pending | Deleting, Outcome::Failed(reason)) => Error(reason),
        (Error(_), Outcome::Done) => Pending,
        _ => return Err(Refusal::new(GdapMsg::NotInProgress { assignment: a.id, status: StatusKind::of(&status) })),
    };
    let mut changed = a.clone();
    changed.status = next;
    changed.changed_at = now;
    Ok(changed)
}

/// A status without its reason, for messages and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Pending,
    Active,
    Deleting,
    Deleted,
    Error,
}

impl StatusKind {
    pub const ALL: [StatusKind; 5] =
        [StatusKind::Pending, StatusKind::Active, StatusKind::Deleting, StatusKind::Deleted, StatusKind::Error];

    pub fn of(status: &AssignmentStatus) -> StatusKind {
        match status {
            AssignmentStatus::Pending => StatusKind::Pending,
            AssignmentStatus::Active => StatusKind::Active,
            AssignmentStatus::Deleting => StatusKind::Deleting,
            AssignmentStatus::Deleted => StatusKind::Deleted,
            AssignmentStatus::Error(_) => StatusKind::Error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use crate::domain::org::{AgentRoles, CompanyRole};
    use AdminRelationshipStatus as R;

    fn admin_agent() -> Actor {
        Actor::Partner(fixtures::partner_user(CompanyRole::User, AgentRoles { admin: true, ..Default::default() }))
    }

    fn group() -> SecurityGroup {
        SecurityGroup { id: Uuid::from_u128(0xA11CE), name: "Helpdesk agents".into() }
    }

    fn active() -> AdminRelationship {
        let mut r = super::super::tests::relationship(1, R::Active, fixtures::now());
        r.roles = vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator];
        r
    }

    fn ask(
        rel: &AdminRelationship,
        roles: Vec<DirectoryRole>,
        existing: &[AccessAssignment],
    ) -> Result<AccessAssignment, Refusal> {
        let g = group();
        let req = AssignRequest { relationship: rel, group: &g, roles };
        assign(&admin_agent(), &req, existing, AccessAssignmentId(7), fixtures::now())
    }

    #[test]
    fn an_assignment_gives_a_group_a_subset_of_an_active_relationships_roles_and_starts_pending() {
        let a = ask(&active(), vec![DirectoryRole::HelpdeskAdministrator], &[]).unwrap();
        assert_eq!(a.status, AssignmentStatus::Pending);
        assert_eq!(
            (a.relationship, a.group, a.roles.clone()),
            (AdminRelationshipId(1), group().id, vec![DirectoryRole::HelpdeskAdministrator])
        );
    }

    #[test]
    fn only_on_an_active_relationship_and_the_refusal_says_its_status() {
        for status in [R::ApprovalPending, R::Created, R::Terminated, R::TerminationRequested] {
            let mut rel = active();
            rel.status = status;
            let err = ask(&rel, vec![DirectoryRole::HelpdeskAdministrator], &[]).unwrap_err();
            assert_eq!(err.msg, GdapMsg::AssignNotActive { id: rel.id, status: rel.status_at(fixtures::now()) }.into());
        }
        let mut expired = active();
        expired.ends_at = Some(fixtures::now() - chrono::Duration::days(1));
        let err = ask(&expired, vec![DirectoryRole::HelpdeskAdministrator], &[]).unwrap_err();
        assert_eq!(err.msg, GdapMsg::AssignNotActive { id: expired.id, status: R::Expired }.into());
        let mut expiring = active();
        expiring.ends_at = Some(fixtures::now() + chrono::Duration::days(3));
        assert!(ask(&expiring, vec![DirectoryRole::HelpdeskAdministrator], &[]).is_ok(), "still active until its end");
    }

    #[test]
    fn only_roles_the_relationship_holds_at_least_one_and_one_live_assignment_per_group() {
        let err = ask(&active(), vec![DirectoryRole::GlobalAdministrator], &[]).unwrap_err();
        assert_eq!(err.input, Some(Input::Role(DirectoryRole::GlobalAdministrator)));
        assert_eq!(
            err.msg,
            GdapMsg::RoleNotHeld { id: AdminRelationshipId(1), role: DirectoryRole::GlobalAdministrator }.into()
        );
        assert_eq!(ask(&active(), vec![], &[]).unwrap_err().input, Some(Input::Roles));
        let first = ask(&active(), vec![DirectoryRole::UserAdministrator], &[]).unwrap();
        let err = ask(&active(), vec![DirectoryRole::HelpdeskAdministrator], std::slice::from_ref(&first)).unwrap_err();
        assert_eq!(err.input, Some(Input::SecurityGroup));
        let mut gone = first.clone();
        gone.status = AssignmentStatus::Deleted;
        assert!(
            ask(&active(), vec![DirectoryRole::HelpdeskAdministrator], &[gone]).is_ok(),
            "a deleted one frees the group"
        );
        let sales = fixtures::sales_agent();
        let g = group();
        let rel = active();
        let req = AssignRequest { relationship: &rel, group: &g, roles: vec![DirectoryRole::UserAdministrator] };
        assert!(assign(&sales, &req, &[], AccessAssignmentId(1), fixtures::now()).is_err(), "an Admin agent assigns");
    }

    #[test]
    fn statuses_go_pending_to_active_deleting_to_deleted_or_error_with_its_reason() {
        use AssignmentStatus::*;
        let now = fixtures::now();
        let actor = admin_agent();
        let a = ask(&active(), vec![DirectoryRole::UserAdministrator], &[]).unwrap();
        let on = record_outcome(&actor, &a, R::Active, Outcome::Done, now).unwrap();
        assert_eq!(on.status, Active);
        assert!(record_outcome(&actor, &on, R::Active, Outcome::Done, now).is_err(), "nothing in progress");
        let going = unassign(&actor, &on, R::Active, now).unwrap();
        assert_eq!(going.status, Deleting);
        assert!(unassign(&actor, &going, R::Active, now).is_err(), "being removed already");
        let gone = record_outcome(&actor, &going, R::Active, Outcome::Done, now).unwrap();
        assert_eq!(gone.status, Deleted);
        let err = unassign(&actor, &gone, R::Active, now).unwrap_err();
        assert_eq!(err.msg, GdapMsg::AlreadyRemoved { assignment: a.id, status: StatusKind::Deleted }.into());
        let failed =
            record_outcome(&actor, &a, R::Active, Outcome::Failed(AssignmentError::GroupNotFound), now).unwrap();
        assert_eq!(failed.status, Error(AssignmentError::GroupNotFound));
        assert_eq!(
            record_outcome(&actor, &failed, R::Active, Outcome::Done, now).unwrap().status,
            Pending,
            "tried again"
        );
        assert_eq!(unassign(&actor, &failed, R::Active, now).unwrap().status, Deleting, "a failed one can be removed");
    }

    #[test]
    fn an_assignment_goes_with_its_relationship() {
        let mut a = ask(&active(), vec![DirectoryRole::UserAdministrator], &[]).unwrap();
        a.status = AssignmentStatus::Active;
        assert_eq!(a.status_with(R::Expiring), AssignmentStatus::Active);
        assert_eq!(a.status_with(R::Terminated), AssignmentStatus::Deleted);
        assert_eq!(a.status_with(R::Expired), AssignmentStatus::Deleted);
        assert!(unassign(&admin_agent(), &a, R::Terminated, fixtures::now()).is_err());
    }

    #[test]
    fn a_group_is_named_by_id_or_name_and_a_new_one_needs_a_guid_and_a_name() {
        let book = [group()];
        assert_eq!(resolve_group(&book, "helpdesk AGENTS", "").unwrap(), (group(), false));
        assert_eq!(resolve_group(&book, &group().id.to_string(), "").unwrap(), (group(), false));
        let err = resolve_group(&book, &group().id.to_string(), "Tier 2").unwrap_err();
        assert_eq!(err.input, Some(Input::GroupName));
        let new_id = "0b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
        let (g, new) = resolve_group(&book, new_id, " Tier 2 ").unwrap();
        assert!(new);
        assert_eq!(g.name, "Tier 2");
        assert_eq!(resolve_group(&book, new_id, "").unwrap_err().msg, GdapMsg::NewGroupNeedsName.into());
        assert_eq!(resolve_group(&book, "Tier 3", "x").unwrap_err().input, Some(Input::SecurityGroup));
        assert!(resolve_group(&book, "", "").is_err());
        assert!(validate_group_name(&"x".repeat(257)).is_err());
    }
}
