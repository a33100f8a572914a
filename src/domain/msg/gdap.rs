//! Granular admin at scale: access assignments, the partner's security groups and role templates.

use crate::domain::admin::{AdminRelationshipStatus, DirectoryRole};
use crate::domain::gdap::access::StatusKind;
use crate::domain::ids::{AccessAssignmentId, AdminRelationshipId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GdapMsg {
    /// Access assignments are made only on an active relationship.
    AssignNotActive {
        id: AdminRelationshipId,
        status: AdminRelationshipStatus,
    },
    /// An assignment gives only roles its relationship holds.
    RoleNotHeld {
        id: AdminRelationshipId,
        role: DirectoryRole,
    },
    /// One live assignment per group and relationship: change that one instead.
    GroupAssignedAlready {
        group: String,
        id: AdminRelationshipId,
        assignment: AccessAssignmentId,
    },
    AlreadyRemoved {
        assignment: AccessAssignmentId,
        status: StatusKind,
    },
    /// Microsoft reports on an assignment only while one is pending, being removed, or failed.
    NotInProgress {
        assignment: AccessAssignmentId,
        status: StatusKind,
    },
    NotAGroupId {
        text: String,
    },
    /// A group of the book named by its id, with another name typed beside it.
    GroupNamedOtherwise {
        name: String,
    },
    NewGroupNeedsName,
    AssignmentGone {
        assignment: AccessAssignmentId,
    },
    /// Microsoft removes the Global Administrator role only from an active relationship.
    RemoveGlobalAdminNotActive {
        id: AdminRelationshipId,
        status: AdminRelationshipStatus,
    },
    NoGlobalAdmin {
        id: AdminRelationshipId,
    },
    /// A relationship keeps at least one role.
    OnlyGlobalAdmin {
        id: AdminRelationshipId,
    },
    AssignmentHoldsGlobalAdmin {
        id: AdminRelationshipId,
        assignment: AccessAssignmentId,
    },
    /// A bulk change of relationships, for a customer that has none live.
    NoLiveRelationship {
        company: String,
    },
    /// A line of a tenant list with no tenant id on it.
    NoTenantOnLine {
        line: usize,
        text: String,
    },
    /// The partner's template may not take a built-in template's key.
    TemplateNameBuiltIn {
        name: String,
    },
    TemplateExists {
        name: String,
    },
    TemplateNeedsRoles,
    NoSuchTemplate {
        name: String,
    },
    /// Only a relationship waiting for the customer is asked to be approved.
    NotAwaitingApproval {
        id: AdminRelationshipId,
        status: AdminRelationshipStatus,
    },
}
