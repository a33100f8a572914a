//! Small hand-made records for the domain's unit tests.

use super::Timestamp;
use super::country::{Cloud, CountryCode};
use super::customer::{Customer, CustomerUser};
use super::ids::{PartnerId, TenantId};
use super::org::{
    Address, AgentRoles, Authorizations, CompanyRole, PartnerOrganization, PartnerUser, ResellerKind,
    SupportedCompanyAdmin,
};
use super::permission::Actor;
use super::validate;
use crate::domain::Input;
use chrono::TimeZone;
use uuid::Uuid;

pub const US: PartnerId = PartnerId(4_512_345);

pub fn now() -> Timestamp {
    chrono::Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).single().unwrap_or_default()
}

pub fn org(cloud: Cloud) -> PartnerOrganization {
    PartnerOrganization {
        name: "Sao Mai Cloud".into(),
        partner_id: US,
        tenant_id: TenantId(Uuid::from_u128(0xa1)),
        address: Address::default(),
        email: validate::email(Input::Email, "hello@saomai.vn").unwrap(),
        phone: "+84 28 3822 1234".into(),
        country: CountryCode::parse("VN").unwrap(),
        cloud,
        authorizations: Authorizations {
            reseller: Some(ResellerKind::Direct),
            advisor: true,
            delegated_admin_certified: true,
        },
        version: 1,
    }
}

pub fn partner_user(role: CompanyRole, agent: AgentRoles) -> PartnerUser {
    PartnerUser {
        email: validate::email(Input::Email, "lan@saomai.vn").unwrap(),
        name: "Trần Thị Lan".into(),
        company_role: role,
        supported_admin: SupportedCompanyAdmin::None,
        agent,
        version: 1,
    }
}

pub fn sales_agent() -> Actor {
    Actor::Partner(partner_user(CompanyRole::User, AgentRoles { sales: true, ..AgentRoles::default() }))
}

pub fn customer(country: &str) -> Customer {
    Customer {
        tenant_id: TenantId(Uuid::from_u128(0xc1)),
        company_name: "Công ty TNHH Minh Phát".into(),
        primary_domain: validate::domain(Input::Domain, "minhphat.onmicrosoft.com").unwrap(),
        country: CountryCode::parse(country).unwrap(),
        cloud: Cloud::Public,
        address: Address::default(),
        mca: None,
        ineligible: None,
        users: vec![
            CustomerUser {
                email: validate::email(Input::Email, "admin@minhphat.vn").unwrap(),
                name: "Nguyễn Văn An".into(),
                global_admin: true,
                licences: vec![],
            },
            CustomerUser {
                email: validate::email(Input::Email, "staff@minhphat.vn").unwrap(),
                name: "Lê Thị Hoa".into(),
                global_admin: false,
                licences: vec![],
            },
        ],
        subscriptions: vec![],
        services: vec![],
        support_contacts: vec![],
        service_requests: vec![],
        relationships: vec![],
        admin: None,
        support_duty: None,
        version: 1,
    }
}

pub fn customer_actor(c: &Customer, index: usize) -> Actor {
    Actor::Customer { tenant: c.tenant_id, company: c.company_name.clone(), user: c.users[index].clone() }
}

/// What a Turkish partner types to set up its book.
pub fn turkish_setup() -> crate::domain::setup::SetupInput {
    crate::domain::setup::SetupInput {
        company: "Anadolu Bulut".into(),
        partner_id: "5123456".into(),
        tenant_id: "3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b".into(),
        country: "TR".into(),
        cloud: Some(Cloud::Public),
        admin_name: "Ayşe Yılmaz".into(),
        admin_email: "ayse@anadolubulut.com.tr".into(),
        ..Default::default()
    }
}
