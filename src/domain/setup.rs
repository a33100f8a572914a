//! First-run setup: the partner organization and its first Global admin, validated like the
//! company profile. Every bad field is reported, not only the first, so a script that sets up
//! a book learns everything it must fix in one run.

use super::country::Cloud;
use super::ids::TenantId;
use super::msg::{InputMsg, SetupMsg};
use super::org::{
    AgentRoles, Authorizations, CompanyRole, PartnerOrganization, PartnerUser, ResellerKind, SupportedCompanyAdmin,
};
use super::{Refusal, validate};
use crate::domain::Input;

/// How the partner resells, as typed: the provider's tenant is needed only for indirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResellerChoice {
    /// Not authorized as a reseller (an advisor only).
    None,
    #[default]
    Direct,
    Indirect,
}

impl ResellerChoice {
    pub const ALL: [ResellerChoice; 3] = [ResellerChoice::Direct, ResellerChoice::Indirect, ResellerChoice::None];

    pub fn of(kind: Option<ResellerKind>) -> ResellerChoice {
        match kind {
            None => ResellerChoice::None,
            Some(ResellerKind::Direct) => ResellerChoice::Direct,
            Some(ResellerKind::Indirect { .. }) => ResellerChoice::Indirect,
        }
    }
}

/// What the operator types to set up a book.
#[derive(Debug, Clone, Default)]
pub struct SetupInput {
    pub company: String,
    pub partner_id: String,
    pub tenant_id: String,
    pub country: String,
    pub cloud: Option<Cloud>,
    pub reseller: ResellerChoice,
    /// The indirect provider's tenant GUID (indirect resellers only).
    pub provider_tenant: String,
    pub advisor: bool,
    pub dap_certified: bool,
    /// The company's contact email; empty: the admin's.
    pub email: String,
    pub phone: String,
    pub admin_name: String,
    pub admin_email: String,
}

/// A tenant id as Microsoft writes it: a GUID.
pub fn tenant_id(field: Input, raw: &str) -> Result<TenantId, Refusal> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    uuid::Uuid::parse_str(t)
        .map(TenantId)
        .map_err(|_| Refusal::on(field, InputMsg::NotATenantId { text: validate::clip(t) }))
}

/// How the partner resells, from the choice and the provider's tenant.
pub fn reseller_kind(choice: ResellerChoice, provider_tenant: &str) -> Result<Option<ResellerKind>, Refusal> {
    Ok(match choice {
        ResellerChoice::None => None,
        ResellerChoice::Direct => Some(ResellerKind::Direct),
        ResellerChoice::Indirect => {
            Some(ResellerKind::Indirect { provider_tenant: tenant_id(Input::ProviderTenant, provider_tenant)? })
        }
    })
}

/// The book's first records: the organization and its first user, a Global admin who is also
/// Admin agent with full administration of supported companies — what Partner Center gives the
/// person who enrolls a company.
pub fn setup(input: &SetupInput) -> Result<(PartnerOrganization, PartnerUser), Vec<Refusal>> {
    let mut refusals = Vec::new();
    let mut check = |r: Result<(), Refusal>| {
        if let Err(r) = r {
            refusals.push(r);
        }
    };
    let mut name = String::new();
    check(validate::line(Input::Company, &input.company).map(|v| name = v));
    let mut partner_id = None;
    check(validate::partner_id(Input::PartnerId, &input.partner_id).map(|v| partner_id = Some(v)));
    let mut tenant = None;
    check(tenant_id(Input::TenantId, &input.tenant_id).map(|v| tenant = Some(v)));
    let mut country = None;
    check(validate::country(Input::Country, &input.country).map(|v| country = Some(v)));
    let cloud = input.cloud;
    check(cloud.map(|_| ()).ok_or_else(|| Refusal::on(Input::Cloud, InputMsg::CloudRequired)));
    let mut reseller = None;
    check(reseller_kind(input.reseller, &input.provider_tenant).map(|v| reseller = v));
    let mut admin_name = String::new();
    check(validate::line(Input::AdminName, &input.admin_name).map(|v| admin_name = v));
    let mut admin_email = None;
    check(validate::email(Input::AdminEmail, &input.admin_email).map(|v| admin_email = Some(v)));
    let mut email = None;
    if !input.email.trim().is_empty() {
        check(validate::email(Input::Email, &input.email).map(|v| email = Some(v)));
    }
    let mut phone = String::new();
    if !input.phone.trim().is_empty() {
        check(validate::phone(Input::Phone, &input.phone).map(|v| phone = v));
    }
    if input.reseller == ResellerChoice::None && !input.advisor {
        refusals.push(Refusal::on(Input::Reseller, SetupMsg::NeitherResellerNorAdvisor));
    }
    let (Some(partner_id), Some(tenant_id), Some(country), Some(cloud), Some(admin_email)) =
        (partner_id, tenant, country, cloud, admin_email)
    else {
        return Err(refusals);
    };
    if !refusals.is_empty() {
        return Err(refusals);
    }
    let org = PartnerOrganization {
        name,
        partner_id,
        tenant_id,
        address: Default::default(),
        email: email.unwrap_or_else(|| admin_email.clone()),
        phone,
        country,
        cloud,
        authorizations: Authorizations {
            reseller,
            advisor: input.advisor,
            delegated_admin_certified: input.dap_certified,
        },
        version: 0,
    };
    let admin = PartnerUser {
        email: admin_email,
        name: admin_name,
        company_role: CompanyRole::GlobalAdmin,
        supported_admin: SupportedCompanyAdmin::Full,
        agent: AgentRoles { admin: true, sales: false, helpdesk: false },
        version: 0,
    };
    Ok((org, admin))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turkish() -> SetupInput {
        SetupInput {
            company: "Anadolu Bulut Çözümleri A.Ş.".into(),
            partner_id: "5123456".into(),
            tenant_id: "3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b".into(),
            country: "tr".into(),
            cloud: Some(Cloud::Public),
            admin_name: "Ayşe Yılmaz".into(),
            admin_email: "Ayse@AnadoluBulut.com.tr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn setup_makes_the_organization_and_its_first_global_admin() {
        let (org, admin) = setup(&turkish()).unwrap();
        assert_eq!(org.country.as_str(), "TR");
        assert_eq!(org.authorizations.reseller, Some(ResellerKind::Direct));
        assert_eq!(org.email.as_str(), "ayse@anadolubulut.com.tr", "the company email defaults to the admin's");
        assert!(admin.is_global_admin());
        assert!(admin.agent.admin, "the enrolling admin is also Admin agent, as in Partner Center");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = SetupInput {
            company: " ".into(),
            partner_id: "12".into(),
            tenant_id: "not-a-guid".into(),
            country: "Turkey".into(),
            cloud: None,
            admin_email: "ayse".into(),
            admin_name: String::new(),
            ..Default::default()
        };
        let fields: Vec<_> = setup(&bad).unwrap_err().into_iter().filter_map(|r| r.input).collect();
        use Input::*;
        assert_eq!(fields, [Company, PartnerId, TenantId, Country, Cloud, AdminName, AdminEmail]);
    }

    #[test]
    fn an_indirect_reseller_names_its_provider_tenant() {
        let indirect = SetupInput { reseller: ResellerChoice::Indirect, ..turkish() };
        assert_eq!(setup(&indirect).unwrap_err()[0].input, Some(Input::ProviderTenant));
        let named = SetupInput { provider_tenant: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d".into(), ..indirect };
        assert!(matches!(setup(&named).unwrap().0.authorizations.reseller, Some(ResellerKind::Indirect { .. })));
    }

    #[test]
    fn a_partner_is_a_reseller_or_an_advisor() {
        let neither = SetupInput { reseller: ResellerChoice::None, ..turkish() };
        assert_eq!(setup(&neither).unwrap_err()[0].input, Some(Input::Reseller));
        assert!(setup(&SetupInput { advisor: true, ..neither }).is_ok());
    }
}
