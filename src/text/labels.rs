//! The names of the domain's values, as screens and sentences say them. They are methods of
//! the domain's types (`status.label()`, `cloud.to_string()`) so that every screen reads the
//! same, but they live here: the domain names a value, the edge says it.

use crate::domain::admin::{AdminRelationshipStatus, DirectoryRole};
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::country::Cloud;
use crate::domain::customer::{RelationshipKind, RelationshipSummary, Severity, SubscriptionStatus};
use crate::domain::invitation::{InvitationKind, InvitationStatus};
use crate::domain::org::{AgentRoles, CompanyRole, DirectoryKind, PartnerUser, SupportedCompanyAdmin};
use crate::domain::setup::ResellerChoice;
use crate::i18n::Phrase;
use crate::t;
use std::fmt;

impl Cloud {
    pub fn label(self) -> Phrase {
        match self {
            Cloud::Public => Phrase("cloud-public"),
            Cloud::UsGovernment => Phrase("cloud-us-government"),
            Cloud::Germany => Phrase("cloud-germany"),
            Cloud::China21Vianet => Phrase("cloud-china21-vianet"),
        }
    }
}

impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.label().fmt(f)
    }
}

impl InvitationKind {
    /// How a sentence says it ("INV-3 is a draft; …"): a language lower-cases or inflects
    /// it as its grammar wants, so it is a word of its own, not the label lower-cased.
    pub fn in_sentence(self) -> Phrase {
        match self {
            InvitationKind::Reseller => Phrase("invitation-kind-in-sentence-reseller"),
            InvitationKind::Trial => Phrase("invitation-kind-in-sentence-trial"),
            InvitationKind::PurchaseOffer => Phrase("invitation-kind-in-sentence-purchase-offer"),
            InvitationKind::DelegatedAdminOffer => Phrase("invitation-kind-in-sentence-delegated-admin-offer"),
        }
    }

    pub fn label(self) -> Phrase {
        match self {
            InvitationKind::Reseller => Phrase("invitation-kind-reseller"),
            InvitationKind::Trial => Phrase("invitation-kind-trial"),
            InvitationKind::PurchaseOffer => Phrase("invitation-kind-purchase-offer"),
            InvitationKind::DelegatedAdminOffer => Phrase("invitation-kind-delegated-admin-offer"),
        }
    }
    /// The title of its view.
    pub fn title(self) -> Phrase {
        match self {
            InvitationKind::Reseller => Phrase("invitation-kind-reseller-title"),
            other => other.label(),
        }
    }
    /// For the list's narrow column.
    pub fn short_label(self) -> Phrase {
        match self {
            InvitationKind::Reseller => Phrase("invitation-kind-reseller-short"),
            InvitationKind::Trial => Phrase("invitation-kind-trial-short"),
            InvitationKind::PurchaseOffer => Phrase("invitation-kind-purchase-offer-short"),
            InvitationKind::DelegatedAdminOffer => Phrase("invitation-kind-delegated-admin-offer-short"),
        }
    }
}

impl InvitationStatus {
    /// How a sentence says it ("INV-3 is a draft; …"): a language lower-cases or inflects
    /// it as its grammar wants, so it is a word of its own, not the label lower-cased.
    pub fn in_sentence(self) -> Phrase {
        match self {
            InvitationStatus::Draft => Phrase("invitation-status-in-sentence-draft"),
            InvitationStatus::Sent => Phrase("invitation-status-in-sentence-sent"),
            InvitationStatus::Accepted => Phrase("invitation-status-in-sentence-accepted"),
            InvitationStatus::Declined => Phrase("invitation-status-in-sentence-declined"),
            InvitationStatus::Expired => Phrase("invitation-status-in-sentence-expired"),
            InvitationStatus::Revoked => Phrase("invitation-status-in-sentence-revoked"),
        }
    }

    pub fn label(self) -> Phrase {
        match self {
            InvitationStatus::Draft => Phrase("invitation-status-draft"),
            InvitationStatus::Sent => Phrase("invitation-status-sent"),
            InvitationStatus::Accepted => Phrase("invitation-status-accepted"),
            InvitationStatus::Declined => Phrase("invitation-status-declined"),
            InvitationStatus::Expired => Phrase("invitation-status-expired"),
            InvitationStatus::Revoked => Phrase("invitation-status-revoked"),
        }
    }
}

impl SubscriptionStatus {
    /// How a sentence says it: a word of its own, not the label lower-cased.
    pub fn in_sentence(self) -> Phrase {
        match self {
            SubscriptionStatus::Active => Phrase("subscription-status-in-sentence-active"),
            SubscriptionStatus::Trial => Phrase("subscription-status-in-sentence-trial"),
            SubscriptionStatus::Suspended => Phrase("subscription-status-in-sentence-suspended"),
            SubscriptionStatus::Expired => Phrase("subscription-status-in-sentence-expired"),
        }
    }

    pub fn label(self) -> Phrase {
        match self {
            SubscriptionStatus::Active => Phrase("subscription-status-active"),
            SubscriptionStatus::Trial => Phrase("subscription-status-trial"),
            SubscriptionStatus::Suspended => Phrase("subscription-status-suspended"),
            SubscriptionStatus::Expired => Phrase("subscription-status-expired"),
        }
    }
}

impl Severity {
    pub fn label(self) -> Phrase {
        match self {
            Severity::A => Phrase("severity-a"),
            Severity::B => Phrase("severity-b"),
            Severity::C => Phrase("severity-c"),
        }
    }
}

impl RelationshipKind {
    pub fn label(self) -> Phrase {
        match self {
            RelationshipKind::Reseller => Phrase("relationship-kind-reseller"),
            RelationshipKind::IndirectReseller => Phrase("relationship-kind-indirect-reseller"),
            RelationshipKind::Advisor => Phrase("relationship-kind-advisor"),
        }
    }
}

impl RelationshipSummary {
    pub fn label(self) -> Phrase {
        match self {
            RelationshipSummary::None => Phrase("relationship-summary-none"),
            RelationshipSummary::Reseller => Phrase("relationship-summary-reseller"),
            RelationshipSummary::IndirectReseller => Phrase("relationship-summary-indirect-reseller"),
            RelationshipSummary::Advisor => Phrase("relationship-summary-advisor"),
            RelationshipSummary::ResellerAndAdvisor => Phrase("relationship-summary-reseller-and-advisor"),
        }
    }
}

impl CompanyRole {
    pub fn label(self) -> Phrase {
        match self {
            CompanyRole::User => Phrase("company-role-user"),
            CompanyRole::GlobalAdmin => Phrase("company-role-global-admin"),
            CompanyRole::BillingAdmin => Phrase("company-role-billing-admin"),
            CompanyRole::AccountAdmin => Phrase("company-role-account-admin"),
            CompanyRole::UserManagementAdmin => Phrase("company-role-user-management-admin"),
        }
    }
}

impl SupportedCompanyAdmin {
    pub fn label(self) -> Phrase {
        match self {
            SupportedCompanyAdmin::None => Phrase("supported-company-admin-none"),
            SupportedCompanyAdmin::Limited => Phrase("supported-company-admin-limited"),
            SupportedCompanyAdmin::Full => Phrase("supported-company-admin-full"),
        }
    }
}

impl AgentRoles {
    /// The agent roles held, in Partner Center's order.
    pub fn labels(self) -> Vec<Phrase> {
        let mut out = Vec::new();
        if self.admin {
            out.push(Phrase("agent-admin"));
        }
        if self.sales {
            out.push(Phrase("agent-sales"));
        }
        if self.helpdesk {
            out.push(Phrase("agent-helpdesk"));
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
    crate::i18n::list(&parts)
}

impl DirectoryKind {
    pub fn label(self) -> Phrase {
        match self {
            DirectoryKind::DirectReseller => Phrase("directory-kind-direct-reseller"),
            DirectoryKind::IndirectProvider => Phrase("directory-kind-indirect-provider"),
            DirectoryKind::IndirectReseller => Phrase("directory-kind-indirect-reseller"),
            DirectoryKind::Advisor => Phrase("directory-kind-advisor"),
        }
    }
}

impl ResellerChoice {
    pub fn label(self) -> Phrase {
        match self {
            ResellerChoice::None => Phrase("reseller-choice-none"),
            ResellerChoice::Direct => Phrase("reseller-choice-direct"),
            ResellerChoice::Indirect => Phrase("reseller-choice-indirect"),
        }
    }
}

impl AdminRelationshipStatus {
    /// How a sentence says it ("INV-3 is a draft; …"): a language lower-cases or inflects
    /// it as its grammar wants, so it is a word of its own, not the label lower-cased.
    pub fn in_sentence(self) -> Phrase {
        match self {
            AdminRelationshipStatus::Created => Phrase("admin-relationship-status-in-sentence-created"),
            AdminRelationshipStatus::ApprovalPending => {
                Phrase("admin-relationship-status-in-sentence-approval-pending")
            }
            AdminRelationshipStatus::Active => Phrase("admin-relationship-status-in-sentence-active"),
            AdminRelationshipStatus::Expiring => Phrase("admin-relationship-status-in-sentence-expiring"),
            AdminRelationshipStatus::Expired => Phrase("admin-relationship-status-in-sentence-expired"),
            AdminRelationshipStatus::TerminationRequested => {
                Phrase("admin-relationship-status-in-sentence-termination-requested")
            }
            AdminRelationshipStatus::Terminated => Phrase("admin-relationship-status-in-sentence-terminated"),
        }
    }

    pub fn label(self) -> Phrase {
        match self {
            AdminRelationshipStatus::Created => Phrase("admin-relationship-status-created"),
            AdminRelationshipStatus::ApprovalPending => Phrase("admin-relationship-status-approval-pending"),
            AdminRelationshipStatus::Active => Phrase("admin-relationship-status-active"),
            AdminRelationshipStatus::Expiring => Phrase("admin-relationship-status-expiring"),
            AdminRelationshipStatus::Expired => Phrase("admin-relationship-status-expired"),
            AdminRelationshipStatus::TerminationRequested => Phrase("admin-relationship-status-termination-requested"),
            AdminRelationshipStatus::Terminated => Phrase("admin-relationship-status-terminated"),
        }
    }
}

impl DirectoryRole {
    /// The role's Microsoft name, for checkboxes.
    pub fn label(self) -> String {
        self.microsoft_name().map_or_else(|| t!("role-unknown"), str::to_string)
    }
    /// How a screen names the role: its Microsoft name, or its id when it is not a built-in role.
    pub fn name(self) -> String {
        match self.microsoft_name() {
            Some(name) => name.to_string(),
            None => t!("role-id", id = self.role_id().to_string()),
        }
    }
}

impl CatalogueOffer {
    /// "Microsoft 365 Business Premium (up to 300)" — how forms list it.
    pub fn label(&self) -> String {
        t!("catalogue-offer", name = self.name.as_str(), max = self.max_licences)
    }
}
