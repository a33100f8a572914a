//! Access assignments and the partner's security groups (`locales/<tag>/gdap.ftl`).

use crate::domain::msg::GdapMsg;
use crate::t;
use std::fmt;

impl fmt::Display for GdapMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use GdapMsg::*;
        f.write_str(&match self {
            AssignNotActive { id, status } => {
                t!("gdap-msg-assign-not-active", id = id.to_string(), status = status.in_sentence())
            }
            RoleNotHeld { id, role } => t!("gdap-msg-role-not-held", id = id.to_string(), role = role.name()),
            GroupAssignedAlready { group, id, assignment } => t!(
                "gdap-msg-group-assigned-already",
                group = group,
                id = id.to_string(),
                assignment = assignment.to_string()
            ),
            AlreadyRemoved { assignment, status } => t!(
                "gdap-msg-already-removed",
                assignment = assignment.to_string(),
                status = crate::text::gdap::assignment_status_kind(*status)
            ),
            NotInProgress { assignment, status } => t!(
                "gdap-msg-not-in-progress",
                assignment = assignment.to_string(),
                status = crate::text::gdap::assignment_status_kind(*status)
            ),
            NotAGroupId { text } => t!("gdap-msg-not-a-group-id", text = text),
            GroupNamedOtherwise { name } => t!("gdap-msg-group-named-otherwise", name = name),
            NewGroupNeedsName => t!("gdap-msg-new-group-needs-name"),
            AssignmentGone { assignment } => t!("gdap-msg-assignment-gone", assignment = assignment.to_string()),
            RemoveGlobalAdminNotActive { id, status } => {
                t!("gdap-msg-remove-ga-not-active", id = id.to_string(), status = status.in_sentence())
            }
            NoGlobalAdmin { id } => t!("gdap-msg-no-global-admin", id = id.to_string()),
            OnlyGlobalAdmin { id } => t!("gdap-msg-only-global-admin", id = id.to_string()),
            AssignmentHoldsGlobalAdmin { id, assignment } => {
                t!("gdap-msg-assignment-holds-global-admin", id = id.to_string(), assignment = assignment.to_string())
            }
            NoLiveRelationship { company } => t!("gdap-msg-no-live-relationship", company = company),
            NoTenantOnLine { line, text } => t!("gdap-msg-no-tenant-on-line", line = *line, text = text),
            TemplateNameBuiltIn { name } => t!("gdap-msg-template-name-built-in", name = name),
            TemplateExists { name } => t!("gdap-msg-template-exists", name = name),
            TemplateNeedsRoles => t!("gdap-msg-template-needs-roles"),
            NoSuchTemplate { name } => t!("gdap-msg-no-such-template", name = name),
            NotAwaitingApproval { id, status } => {
                t!("gdap-msg-not-awaiting-approval", id = id.to_string(), status = status.in_sentence())
            }
        })
    }
}
