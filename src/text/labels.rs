//! The names of the domain's values, as screens and sentences say them. They are methods of
//! the domain's types (`status.label()`, `cloud.to_string()`) so that every screen reads the
//! same, but they live here: the domain names a value, the edge says it.

use crate::domain::admin::{AdminRelationshipStatus, DirectoryRole};
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::country::Cloud;
use crate::domain::customer::{Ineligibility, RelationshipKind, RelationshipSummary, Severity, SubscriptionStatus};
use crate::domain::invitation::{InvitationKind, InvitationStatus};
use crate::domain::org::{AgentRoles, CompanyRole, DirectoryKind, PartnerUser, SupportedCompanyAdmin};
use crate::domain::setup::ResellerChoice;
use std::fmt;

impl Cloud {
    pub fn label(self) -> &'static str {
        match self {
            Cloud::Public => "Public",
            Cloud::UsGovernment => "US Government",
            Cloud::Germany => "Germany",
            Cloud::China21Vianet => "21Vianet",
        }
    }
}

impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl InvitationKind {
    pub fn label(self) -> &'static str {
        match self {
            InvitationKind::Reseller => "Reseller",
            InvitationKind::Trial => "Trial invitation",
            InvitationKind::PurchaseOffer => "Purchase offer",
            InvitationKind::DelegatedAdminOffer => "Delegated-admin offer",
        }
    }
    /// The title of its view.
    pub fn title(self) -> &'static str {
        match self {
            InvitationKind::Reseller => "Reseller invitation",
            other => other.label(),
        }
    }
    /// For the list's narrow column.
    pub fn short_label(self) -> &'static str {
        match self {
            InvitationKind::Reseller => "Reseller",
            InvitationKind::Trial => "Trial",
            InvitationKind::PurchaseOffer => "Purchase",
            InvitationKind::DelegatedAdminOffer => "Admin",
        }
    }
}

impl InvitationStatus {
    pub fn label(self) -> &'static str {
        match self {
            InvitationStatus::Draft => "Draft",
            InvitationStatus::Sent => "Sent",
            InvitationStatus::Accepted => "Accepted",
            InvitationStatus::Declined => "Declined",
            InvitationStatus::Expired => "Expired",
            InvitationStatus::Revoked => "Revoked",
        }
    }
}

impl SubscriptionStatus {
    pub fn label(self) -> &'static str {
        match self {
            SubscriptionStatus::Active => "Active",
            SubscriptionStatus::Trial => "Trial",
            SubscriptionStatus::Suspended => "Suspended",
            SubscriptionStatus::Expired => "Expired",
        }
    }
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::A => "A – critical",
            Severity::B => "B – moderate",
            Severity::C => "C – minimal",
        }
    }
}

impl RelationshipKind {
    pub fn label(self) -> &'static str {
        match self {
            RelationshipKind::Reseller => "Reseller",
            RelationshipKind::IndirectReseller => "Indirect reseller",
            RelationshipKind::Advisor => "Advisor",
        }
    }
}

impl RelationshipSummary {
    pub fn label(self) -> &'static str {
        match self {
            RelationshipSummary::None => "—",
            RelationshipSummary::Reseller => "Reseller",
            RelationshipSummary::IndirectReseller => "Indirect reseller",
            RelationshipSummary::Advisor => "Advisor",
            RelationshipSummary::ResellerAndAdvisor => "Reseller + advisor",
        }
    }
}

impl Ineligibility {
    /// What the tenant is, inside a sentence: "This tenant is an existing CPC customer."
    pub fn label(self) -> &'static str {
        match self {
            Ineligibility::Syndication => "an existing syndication customer",
            Ineligibility::Cpc => "an existing CPC customer",
        }
    }
}

impl CompanyRole {
    pub fn label(self) -> &'static str {
        match self {
            CompanyRole::User => "User",
            CompanyRole::GlobalAdmin => "Global admin",
            CompanyRole::BillingAdmin => "Billing admin",
            CompanyRole::AccountAdmin => "Account admin",
            CompanyRole::UserManagementAdmin => "User management admin",
        }
    }
}

impl SupportedCompanyAdmin {
    pub fn label(self) -> &'static str {
        match self {
            SupportedCompanyAdmin::None => "None",
            SupportedCompanyAdmin::Limited => "Limited administration",
            SupportedCompanyAdmin::Full => "Full administration",
        }
    }
}

impl AgentRoles {
    /// The agent roles held, in Partner Center's order.
    pub fn labels(self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.admin {
            out.push("Admin agent");
        }
        if self.sales {
            out.push("Sales agent");
        }
        if self.helpdesk {
            out.push("Helpdesk agent");
        }
        out
    }
}

impl PartnerUser {
    /// A short summary of the company role and agent roles, for lists.
    pub fn roles_summary(&self) -> String {
        roles_summary(self.company_role, self.agent)
    }
}

/// A partner user's roles in one line, for lists and refusals: "User, Helpdesk agent".
pub(crate) fn roles_summary(role: CompanyRole, agent: AgentRoles) -> String {
    let mut parts = vec![role.label()];
    parts.extend(agent.labels());
    parts.join(", ")
}

impl DirectoryKind {
    pub fn label(self) -> &'static str {
        match self {
            DirectoryKind::DirectReseller => "Direct reseller",
            DirectoryKind::IndirectProvider => "Indirect provider",
            DirectoryKind::IndirectReseller => "Indirect reseller",
            DirectoryKind::Advisor => "Advisor",
        }
    }
}

impl ResellerChoice {
    pub fn label(self) -> &'static str {
        match self {
            ResellerChoice::None => "Not a reseller",
            ResellerChoice::Direct => "Direct reseller",
            ResellerChoice::Indirect => "Indirect reseller",
        }
    }
}

impl AdminRelationshipStatus {
    pub fn label(self) -> &'static str {
        match self {
            AdminRelationshipStatus::Created => "Created",
            AdminRelationshipStatus::ApprovalPending => "Approval pending",
            AdminRelationshipStatus::Active => "Active",
            AdminRelationshipStatus::Expiring => "Expiring",
            AdminRelationshipStatus::Expired => "Expired",
            AdminRelationshipStatus::TerminationRequested => "Termination requested",
            AdminRelationshipStatus::Terminated => "Terminated",
        }
    }
}

impl DirectoryRole {
    /// The role's Microsoft name, for checkboxes.
    pub fn label(self) -> &'static str {
        self.microsoft_name().unwrap_or("Unknown role")
    }
    /// How a screen names the role: its Microsoft name, or its id when it is not a built-in role.
    pub fn name(self) -> String {
        match self.microsoft_name() {
            Some(name) => name.to_string(),
            None => format!("role {}", self.role_id()),
        }
    }
}

impl CatalogueOffer {
    /// "Microsoft 365 Business Premium (up to 300)" — how forms list it.
    pub fn label(&self) -> String {
        format!("{} (up to {})", self.name, self.max_licences)
    }
}
