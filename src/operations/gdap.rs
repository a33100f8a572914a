//! Access assignments of granular admin relationships, and the partner security groups they
//! give roles to. Each is audited under its relationship's id (`GDAP-3`), so the relationship's
//! history, and the customer's audit view, show who was given which roles.

use super::OpContext;
use crate::domain::Refusal;
use crate::domain::admin::{AdminRelationship, DirectoryRole};
use crate::domain::gdap::access::{self, AccessAssignment, AssignRequest, Outcome, SecurityGroup};
use crate::domain::gdap::bulk::{self, BulkAction, BulkItem, Change, ItemContext, ItemResult};
use crate::domain::gdap::templates::{self, OwnTemplate};
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId};
use crate::domain::msg::{BookMsg, GdapMsg};
use crate::domain::permission::Operation;
use crate::store::{Book, Reads, WriteError, WriteTx};

fn relationship(tx: &WriteTx, id: AdminRelationshipId) -> Result<AdminRelationship, WriteError> {
    tx.admin_relationship(id)?.ok_or_else(|| Refusal::new(BookMsg::RelationshipGone { id }).into())
}

fn assignment(tx: &WriteTx, id: AccessAssignmentId) -> Result<AccessAssignment, WriteError> {
    tx.access_assignment(id)?.ok_or_else(|| Refusal::new(GdapMsg::AssignmentGone { assignment: id }).into())
}

/// What an operator asks: on `relationship`, give the group named by `group` (its id or name;
/// a new group: its id, with `group_name`) these `roles`.
pub struct Assign<'a> {
    pub relationship: AdminRelationshipId,
    pub group: &'a str,
    pub group_name: &'a str,
    pub roles: Vec<DirectoryRole>,
}

/// Assigns roles of an active relationship to a security group (pending until Microsoft
/// applies it); a group new to the book is added in the same transaction.
pub fn assign(book: &Book, ctx: &OpContext, ask: &Assign) -> Result<AccessAssignment, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let rel = relationship(tx, ask.relationship)?;
        let (group, new) = access::resolve_group(&tx.security_groups()?, ask.group, ask.group_name)?;
        let existing = tx.access_assignments()?;
        let id = AccessAssignmentId(tx.next_id("access_assignment")?);
        let req = AssignRequest { relationship: &rel, group: &group, roles: ask.roles.clone() };
        let a = access::assign(actor, &req, &existing, id, ctx.stamp.at)?;
        if new {
            tx.put_security_group(&group)?;
            tx.audit("security_group.added", &group.id.to_string(), None::<&()>, Some(&group))?;
        }
        let stored = tx.put_access_assignment(&a, true)?;
        tx.audit("access_assignment.added", &rel.id.to_string(), None::<&()>, Some(&stored))?;
        Ok(stored)
    })
}

/// Applies `change` to an assignment, given its relationship's status now, and audits it.
fn change(
    book: &Book,
    ctx: &OpContext,
    id: AccessAssignmentId,
    action: &str,
    change: impl FnOnce(
        &crate::domain::permission::Actor,
        &AccessAssignment,
        &AdminRelationship,
    ) -> Result<AccessAssignment, Refusal>,
) -> Result<AccessAssignment, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let before = assignment(tx, id)?;
        let rel = relationship(tx, before.relationship)?;
        let changed = change(actor, &before, &rel)?;
        let after = tx.put_access_assignment(&changed, false)?;
        tx.audit(action, &rel.id.to_string(), Some(&before), Some(&after))?;
        Ok(after)
    })
}

/// Asks Microsoft to remove an assignment (deleting).
pub fn unassign(book: &Book, ctx: &OpContext, id: AccessAssignmentId) -> Result<AccessAssignment, WriteError> {
    change(book, ctx, id, "access_assignment.removing", |actor, a, rel| {
        access::unassign(actor, a, rel.status_at(ctx.stamp.at), ctx.stamp.at)
    })
}

/// Records what Microsoft reported of an assignment in progress.
pub fn record_outcome(
    book: &Book,
    ctx: &OpContext,
    id: AccessAssignmentId,
    outcome: Outcome,
) -> Result<AccessAssignment, WriteError> {
    change(book, ctx, id, "access_assignment.reported", |actor, a, rel| {
        access::record_outcome(actor, a, rel.status_at(ctx.stamp.at), outcome, ctx.stamp.at)
    })
}

/// Adds a security group to the book, or renames one (by its id).
pub fn put_group(book: &Book, ctx: &OpContext, id: &str, name: &str) -> Result<SecurityGroup, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, _| {
        let group = SecurityGroup { id: access::validate_group_id(id)?, name: access::validate_group_name(name)? };
        let before = tx.security_groups()?.into_iter().find(|g| g.id == group.id);
        if before.as_ref() == Some(&group) {
            return Ok(group);
        }
        tx.put_security_group(&group)?;
        let action = if before.is_some() { "security_group.renamed" } else { "security_group.added" };
        tx.audit(action, &group.id.to_string(), before.as_ref(), Some(&group))?;
        Ok(group)
    })
}

/// Makes (`creating`) or changes one of the partner's role templates, audited under its name.
/// What it changes of live relationships is nothing: they keep their roles, and the screens
/// and `gdap templates --diff` say which differ from it now.
pub fn put_template(
    book: &Book,
    ctx: &OpContext,
    name: &str,
    roles: &[DirectoryRole],
    creating: bool,
) -> Result<OwnTemplate, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let key = templates::name_key(name);
        let before = tx.own_templates()?.into_iter().find(|t| templates::name_key(&t.name) == key);
        let t = templates::put_own(actor, name, roles, before.as_ref(), creating, ctx.stamp.at)?;
        if before.as_ref().is_some_and(|b| b.roles == t.roles) {
            return Ok(before.unwrap_or(t));
        }
        let stored = tx.put_own_template(&t, before.is_none())?;
        let action = if before.is_some() { "role_template.changed" } else { "role_template.added" };
        tx.audit(action, &stored.name, before.as_ref(), Some(&stored))?;
        Ok(stored)
    })
}

/// Removes one of the partner's role templates; relationships requested from it keep their roles.
pub fn remove_template(book: &Book, ctx: &OpContext, name: &str) -> Result<OwnTemplate, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let key = templates::name_key(name);
        let before = tx.own_templates()?.into_iter().find(|t| templates::name_key(&t.name) == key);
        let before = templates::remove_own(actor, before, name)?;
        tx.remove_own_template(&before.name)?;
        tx.audit("role_template.removed", &before.name, Some(&before), None::<&()>)?;
        Ok(before)
    })
}

/// An approval email the operator sent: of which relationship, with which link, to whom.
pub struct ApprovalSent {
    pub relationship: AdminRelationshipId,
    pub link: String,
    pub to: Option<crate::domain::ids::Email>,
    pub email: crate::domain::invitation::EmailDraft,
}

/// What the audit log keeps of an approval email sent.
#[derive(serde::Serialize)]
struct ApprovalEmail<'a> {
    to: Option<&'a crate::domain::ids::Email>,
    subject: &'a str,
}

/// Records that the approval email of a relationship still waiting for the customer was sent
/// (its link unaltered): the relationship's history then says who asked, and when.
pub fn approval_sent(book: &Book, ctx: &OpContext, ask: &ApprovalSent) -> Result<AdminRelationship, WriteError> {
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let rel = relationship(tx, ask.relationship)?;
        crate::domain::gdap::approval::check_sent(actor, &rel, &ask.link, &ask.email, ctx.stamp.at)?;
        let sent = ApprovalEmail { to: ask.to.as_ref(), subject: &ask.email.subject };
        tx.audit("admin_relationship.approval_emailed", &rel.id.to_string(), None::<&()>, Some(&sent))?;
        Ok(rel)
    })
}

/// One chunk of a bulk job: `action` on each of `items`, each by its own rule, in one
/// transaction (or, in a dry run, one read that writes nothing). A refused item changes
/// nothing and says why; the others are written and audited one by one.
pub fn bulk_chunk(
    book: &Book,
    ctx: &OpContext,
    action: &BulkAction,
    prefix: &str,
    items: &[BulkItem],
    dry_run: bool,
) -> Result<Vec<ItemResult>, WriteError> {
    let now = ctx.stamp.at;
    if dry_run {
        let read = book.read()?;
        let state = BulkState::read(&read)?;
        return items.iter().map(|item| Ok(state.judge(&read, ctx.actor, action, prefix, *item, now)?.0)).collect();
    }
    book.operate(ctx, Operation::ManageAdminRelationships, |tx, actor| {
        let mut state = BulkState::read(tx)?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let (mut result, change) = state.judge(tx, actor, action, prefix, *item, now)?;
            if let Some(change) = change {
                result.relationship = Some(state.write(tx, action, change)?);
            }
            out.push(result);
        }
        Ok(out)
    })
}

/// What a bulk chunk reads once and keeps in step with its own writes.
struct BulkState {
    partner: crate::domain::ids::PartnerId,
    relationships: Vec<AdminRelationship>,
    assignments: Vec<AccessAssignment>,
}

impl BulkState {
    fn read(read: &impl Reads) -> Result<Self, WriteError> {
        let partner = read.org()?.map(|o| o.partner_id).ok_or_else(|| Refusal::new(BookMsg::NoOrganization))?;
        Ok(Self { partner, relationships: read.admin_relationships()?, assignments: read.access_assignments()? })
    }

    /// One item's rule: its result as a dry run reports it, and the change to write if any.
    fn judge(
        &self,
        read: &impl Reads,
        actor: &crate::domain::permission::Actor,
        action: &BulkAction,
        prefix: &str,
        item: BulkItem,
        now: crate::domain::Timestamp,
    ) -> Result<(ItemResult, Option<Change>), WriteError> {
        let rel = match item {
            BulkItem::Relationship(id) => self.relationships.iter().find(|r| r.id == id),
            BulkItem::Customer(_) => None,
        };
        let tenant = match item {
            BulkItem::Customer(t) => Some(t),
            BulkItem::Relationship(_) => rel.map(|r| r.customer),
        };
        let customer = match tenant {
            Some(t) => read.customer(t)?,
            None => None,
        };
        let company = customer.as_ref().map(|c| c.company_name.clone());
        let company = company.or_else(|| rel.map(|r| r.customer_name.clone())).unwrap_or_default();
        let cx = ItemContext {
            partner: self.partner,
            customer: customer.as_ref(),
            relationship: rel,
            relationships: &self.relationships,
            assignments: &self.assignments,
            prefix,
        };
        // A request's id is taken only when it is written.
        let (outcome, change) = match bulk::apply(actor, action, item, &cx, AdminRelationshipId(0), now) {
            Ok(change) => (Ok(()), Some(change)),
            Err(refusal) => (Err(refusal), None),
        };
        let relationship = match &change {
            Some(Change::Requested(_)) => None,
            _ => rel.map(|r| r.id),
        };
        Ok((ItemResult { item, company, relationship, outcome }, change))
    }

    /// Writes one item's change with its audit record; returns the relationship's id.
    fn write(
        &mut self,
        tx: &mut WriteTx,
        action: &BulkAction,
        change: Change,
    ) -> Result<AdminRelationshipId, WriteError> {
        let stored = match change {
            Change::Requested(mut requested) => {
                requested.id = AdminRelationshipId(tx.next_id("admin_relationship")?);
                let stored = tx.put_admin_relationship(&requested, true)?;
                tx.audit("admin_relationship.requested", &stored.id.to_string(), None::<&()>, Some(&stored))?;
                self.relationships.push(stored.clone());
                stored
            }
            Change::Changed { before, after } => {
                let stored = tx.put_admin_relationship(&after, false)?;
                tx.audit(bulk_audit_action(action), &stored.id.to_string(), Some(&before), Some(&stored))?;
                if let Some(r) = self.relationships.iter_mut().find(|r| r.id == stored.id) {
                    *r = stored.clone();
                }
                stored
            }
        };
        Ok(stored.id)
    }
}

/// The audit action of a bulk change, as the single change of the same kind records it.
fn bulk_audit_action(action: &BulkAction) -> &'static str {
    match action {
        BulkAction::Request { .. } => "admin_relationship.requested",
        BulkAction::AutoExtend(_) => "admin_relationship.auto_extend_set",
        BulkAction::RemoveGlobalAdmin => "admin_relationship.global_admin_removed",
        BulkAction::End => "admin_relationship.terminated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::admin::AdminRelationshipStatus;
    use crate::domain::gdap::access::AssignmentStatus;
    use crate::domain::org::{AgentRoles, CompanyRole, PartnerUser};
    use crate::domain::permission::Actor;
    use crate::operations::testing::{book, ctx, stamp};

    /// The test book with an Admin agent (`hung@`) and an active relationship with the first
    /// customer holding Helpdesk and User Administrator.
    fn with_active_relationship() -> (Book, Actor, AdminRelationshipId) {
        let book = book();
        let mut rel = crate::domain::gdap::tests::relationship(
            1,
            AdminRelationshipStatus::Active,
            crate::domain::fixtures::now(),
        );
        rel.roles = vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator];
        let agent = PartnerUser {
            email: crate::domain::ids::Email("hung@saomai.vn".into()),
            name: "Đỗ Văn Hùng".into(),
            ..crate::domain::fixtures::partner_user(
                CompanyRole::User,
                AgentRoles { admin: true, ..AgentRoles::default() },
            )
        };
        book.write(&stamp("test"), |tx| {
            tx.put_partner_user(&agent, true)?;
            tx.put_admin_relationship(&rel, true)?;
            tx.audit("admin_relationship.requested", &rel.id.to_string(), None::<&()>, Some(&rel))
        })
        .unwrap();
        (book, Actor::Partner(agent), rel.id)
    }

    #[test]
    fn assigning_adds_the_new_group_audits_both_and_a_refusal_writes_nothing() {
        let (book, admin, rel) = with_active_relationship();
        let ask = Assign {
            relationship: rel,
            group: "0b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            group_name: "Tier 2",
            roles: vec![DirectoryRole::HelpdeskAdministrator],
        };
        let a = assign(&book, &ctx(&admin), &ask).unwrap();
        assert_eq!(a.status, AssignmentStatus::Pending);
        let read = book.read().unwrap();
        assert_eq!(read.security_groups().unwrap().len(), 1);
        let newest = read.audit_newest(2).unwrap();
        let actions: Vec<&str> = newest.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, vec!["access_assignment.added", "security_group.added"]);
        assert_eq!(newest[0].target, rel.to_string(), "audited under its relationship");
        drop(read);
        let before = book.read().unwrap().audit_len().unwrap();
        let err = assign(&book, &ctx(&admin), &ask).unwrap_err();
        assert!(err.to_string().contains("Tier 2"), "{err}");
        let other = Assign { roles: vec![DirectoryRole::GlobalAdministrator], group: "tier 2", group_name: "", ..ask };
        assert!(assign(&book, &ctx(&admin), &other).is_err());
        assert_eq!(book.read().unwrap().audit_len().unwrap(), before, "refusals write nothing");
        let going = unassign(&book, &ctx(&admin), a.id).unwrap();
        assert_eq!(going.status, AssignmentStatus::Deleting);
        let gone = record_outcome(&book, &ctx(&admin), a.id, Outcome::Done).unwrap();
        assert_eq!((gone.status, gone.version), (AssignmentStatus::Deleted, 3));
    }
}
