//! The partner organization (the operator's company), its users and their roles, and the
//! directory of other partners known to the book.

use super::country::{Cloud, CountryCode};
use super::ids::{Email, PartnerId, TenantId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}

impl Address {
    pub fn one_line(&self) -> String {
        [self.line1.as_str(), self.city.as_str(), self.postal_code.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// How the partner resells: directly billed by Microsoft, or through an indirect provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResellerKind {
    Direct,
    /// An indirect reseller; invitations name its provider's tenant (see `link`).
    Indirect {
        provider_tenant: TenantId,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorizations {
    pub reseller: Option<ResellerKind>,
    pub advisor: bool,
    pub delegated_admin_certified: bool,
}

/// The operator's own company. Customers see this information on many screens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerOrganization {
    pub name: String,
    pub partner_id: PartnerId,
    pub tenant_id: TenantId,
    pub address: Address,
    pub email: Email,
    pub phone: String,
    pub country: CountryCode,
    pub cloud: Cloud,
    pub authorizations: Authorizations,
    pub version: u64,
}

/// Own-company administrator role of a partner user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanyRole {
    /// No administrator role in the partner's own company.
    User,
    GlobalAdmin,
    BillingAdmin,
    AccountAdmin,
    UserManagementAdmin,
}

impl CompanyRole {
    pub const ALL: [CompanyRole; 5] = [
        CompanyRole::GlobalAdmin,
        CompanyRole::BillingAdmin,
        CompanyRole::AccountAdmin,
        CompanyRole::UserManagementAdmin,
        CompanyRole::User,
    ];
}

/// Administration of the companies the partner supports (seed 001): Limited is the password
/// administrator there, Full is the global administrator there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportedCompanyAdmin {
    None,
    Limited,
    Full,
}

impl SupportedCompanyAdmin {
    pub const ALL: [SupportedCompanyAdmin; 3] =
        [SupportedCompanyAdmin::None, SupportedCompanyAdmin::Limited, SupportedCompanyAdmin::Full];
}

/// Partner Center agent roles; a user may hold any combination.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AgentRoles {
    pub admin: bool,
    pub sales: bool,
    pub helpdesk: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerUser {
    pub email: Email,
    pub name: String,
    pub company_role: CompanyRole,
    pub supported_admin: SupportedCompanyAdmin,
    pub agent: AgentRoles,
    pub version: u64,
}

impl PartnerUser {
    pub fn is_global_admin(&self) -> bool {
        self.company_role == CompanyRole::GlobalAdmin
    }
}

/// What kind of partner another organization is to the customers it shares with us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryKind {
    DirectReseller,
    IndirectProvider,
    IndirectReseller,
    Advisor,
}

/// A partner organization known to the book (for "Check ID" and multi-partner customers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPartner {
    pub partner_id: PartnerId,
    pub name: String,
    pub tenant_id: TenantId,
    pub country: CountryCode,
    pub cloud: Cloud,
    pub kind: DirectoryKind,
    pub version: u64,
}
