//! The names of the domain's values as screens and sentences say them.

use crate::domain::org::{AgentRoles, CompanyRole};

/// A partner user's roles in one line, for lists and refusals: "User, Helpdesk agent".
pub(crate) fn roles_summary(role: CompanyRole, agent: AgentRoles) -> String {
    let mut parts = vec![role.label()];
    parts.extend(agent.labels());
    parts.join(", ")
}
