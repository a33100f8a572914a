//! The partner's own company, its users, and the other partners of its directory, as v1
//! stores them.

use super::{Address, BadRecord, Cloud, Country, country_code, country_record};
use crate::domain::ids::{Email, PartnerId, TenantId};
use crate::domain::org as domain;
use crate::store::records::stored_enum;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerOrganization {
    pub name: String,
    pub partner_id: u32,
    pub tenant_id: Uuid,
    pub address: Address,
    pub email: String,
    pub phone: String,
    pub country: Country,
    pub cloud: Cloud,
    pub authorizations: Authorizations,
    pub version: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResellerKind {
    Direct,
    Indirect { provider_tenant: Uuid },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorizations {
    pub reseller: Option<ResellerKind>,
    pub advisor: bool,
    pub delegated_admin_certified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerUser {
    pub email: String,
    pub name: String,
    pub company_role: CompanyRole,
    pub supported_admin: SupportedCompanyAdmin,
    pub agent: AgentRoles,
    pub version: u64,
}

stored_enum! {
    CompanyRole = domain::CompanyRole { User, GlobalAdmin, BillingAdmin, AccountAdmin, UserManagementAdmin }
}

stored_enum! {
    SupportedCompanyAdmin = domain::SupportedCompanyAdmin { None, Limited, Full }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentRoles {
    pub admin: bool,
    pub sales: bool,
    pub helpdesk: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPartner {
    pub partner_id: u32,
    pub name: String,
    pub tenant_id: Uuid,
    pub country: Country,
    pub cloud: Cloud,
    pub kind: DirectoryKind,
    pub version: u64,
}

stored_enum! {
    DirectoryKind = domain::DirectoryKind { DirectReseller, IndirectProvider, IndirectReseller, Advisor }
}

impl From<&domain::PartnerOrganization> for PartnerOrganization {
    fn from(o: &domain::PartnerOrganization) -> Self {
        PartnerOrganization {
            name: o.name.clone(),
            partner_id: o.partner_id.0,
            tenant_id: o.tenant_id.0,
            address: (&o.address).into(),
            email: o.email.as_str().to_string(),
            phone: o.phone.clone(),
            country: country_record(o.country),
            cloud: o.cloud.into(),
            authorizations: o.authorizations.into(),
            version: o.version,
        }
    }
}

impl TryFrom<PartnerOrganization> for domain::PartnerOrganization {
    type Error = BadRecord;
    fn try_from(o: PartnerOrganization) -> Result<Self, BadRecord> {
        Ok(domain::PartnerOrganization {
            name: o.name,
            partner_id: PartnerId(o.partner_id),
            tenant_id: TenantId(o.tenant_id),
            address: o.address.into(),
            email: Email(o.email),
            phone: o.phone,
            country: country_code(o.country)?,
            cloud: o.cloud.into(),
            authorizations: o.authorizations.into(),
            version: o.version,
        })
    }
}

impl From<domain::ResellerKind> for ResellerKind {
    fn from(k: domain::ResellerKind) -> Self {
        match k {
            domain::ResellerKind::Direct => ResellerKind::Direct,
            domain::ResellerKind::Indirect { provider_tenant } => {
                ResellerKind::Indirect { provider_tenant: provider_tenant.0 }
            }
        }
    }
}

impl From<ResellerKind> for domain::ResellerKind {
    fn from(k: ResellerKind) -> Self {
        match k {
            ResellerKind::Direct => domain::ResellerKind::Direct,
            ResellerKind::Indirect { provider_tenant } => {
                domain::ResellerKind::Indirect { provider_tenant: TenantId(provider_tenant) }
            }
        }
    }
}

impl From<domain::Authorizations> for Authorizations {
    fn from(a: domain::Authorizations) -> Self {
        Authorizations {
            reseller: a.reseller.map(Into::into),
            advisor: a.advisor,
            delegated_admin_certified: a.delegated_admin_certified,
        }
    }
}

impl From<Authorizations> for domain::Authorizations {
    fn from(a: Authorizations) -> Self {
        domain::Authorizations {
            reseller: a.reseller.map(Into::into),
            advisor: a.advisor,
            delegated_admin_certified: a.delegated_admin_certified,
        }
    }
}

impl From<&domain::PartnerUser> for PartnerUser {
    fn from(u: &domain::PartnerUser) -> Self {
        PartnerUser {
            email: u.email.as_str().to_string(),
            name: u.name.clone(),
            company_role: u.company_role.into(),
            supported_admin: u.supported_admin.into(),
            agent: AgentRoles { admin: u.agent.admin, sales: u.agent.sales, helpdesk: u.agent.helpdesk },
            version: u.version,
        }
    }
}

impl From<PartnerUser> for domain::PartnerUser {
    fn from(u: PartnerUser) -> Self {
        domain::PartnerUser {
            email: Email(u.email),
            name: u.name,
            company_role: u.company_role.into(),
            supported_admin: u.supported_admin.into(),
            agent: domain::AgentRoles { admin: u.agent.admin, sales: u.agent.sales, helpdesk: u.agent.helpdesk },
            version: u.version,
        }
    }
}

impl From<&domain::DirectoryPartner> for DirectoryPartner {
    fn from(p: &domain::DirectoryPartner) -> Self {
        DirectoryPartner {
            partner_id: p.partner_id.0,
            name: p.name.clone(),
            tenant_id: p.tenant_id.0,
            country: country_record(p.country),
            cloud: p.cloud.into(),
            kind: p.kind.into(),
            version: p.version,
        }
    }
}

impl TryFrom<DirectoryPartner> for domain::DirectoryPartner {
    type Error = BadRecord;
    fn try_from(p: DirectoryPartner) -> Result<Self, BadRecord> {
        Ok(domain::DirectoryPartner {
            partner_id: PartnerId(p.partner_id),
            name: p.name,
            tenant_id: TenantId(p.tenant_id),
            country: country_code(p.country)?,
            cloud: p.cloud.into(),
            kind: p.kind.into(),
            version: p.version,
        })
    }
}
