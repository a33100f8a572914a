//! The partner's own company, its users and the other partners of its directory.

use super::{Gen, OUR_ID, country, email};
use crate::domain::country::Cloud;
use crate::domain::ids::PartnerId;
use crate::domain::org::{
    Address, AgentRoles, Authorizations, CompanyRole, DirectoryKind, DirectoryPartner, PartnerOrganization,
    PartnerUser, ResellerKind, SupportedCompanyAdmin,
};
use anyhow::Result;

/// Sao Mai Cloud Solutions, a direct reseller and advisor in Ho Chi Minh City.
pub(super) fn organization(g: &mut Gen) -> Result<PartnerOrganization> {
    Ok(PartnerOrganization {
        name: "Sao Mai Cloud Solutions".into(),
        partner_id: OUR_ID,
        tenant_id: g.tenant(),
        address: Address {
            line1: "12 Nguyễn Huệ, Quận 1".into(),
            city: "Thành phố Hồ Chí Minh".into(),
            postal_code: "700000".into(),
        },
        email: email("hello@saomai.vn")?,
        phone: "+84 28 3822 1234".into(),
        country: country("VN")?,
        cloud: Cloud::Public,
        authorizations: Authorizations {
            reseller: Some(ResellerKind::Direct),
            advisor: true,
            delegated_admin_certified: true,
        },
        version: 1,
    })
}

/// A user in every role: company roles, agent roles and admin of the supported companies.
pub(super) fn partner_users() -> Result<Vec<PartnerUser>> {
    use CompanyRole::*;
    use SupportedCompanyAdmin as S;
    let agent = |admin, sales, helpdesk| AgentRoles { admin, sales, helpdesk };
    let rows = [
        ("mai@saomai.vn", "Nguyễn Thị Mai", GlobalAdmin, S::Full, agent(true, false, false)),
        ("hung@saomai.vn", "Trần Văn Hùng", User, S::Full, agent(true, false, false)),
        ("lan@saomai.vn", "Lê Thị Lan", User, S::None, agent(false, true, false)),
        ("bao@saomai.vn", "Phạm Quốc Bảo", User, S::Limited, agent(false, false, true)),
        ("tuan@saomai.vn", "Võ Minh Tuấn", BillingAdmin, S::None, agent(false, false, false)),
        ("ha@saomai.vn", "Đặng Thu Hà", UserManagementAdmin, S::None, agent(false, false, false)),
        ("dung@saomai.vn", "Hoàng Anh Dũng", AccountAdmin, S::None, agent(false, true, false)),
        ("emily@saomai.vn", "Emily Carter", User, S::Limited, agent(false, true, true)),
        ("linh@saomai.vn", "Bùi Khánh Linh", User, S::None, agent(false, false, false)),
    ];
    rows.into_iter()
        .map(|(e, name, role, supported, agent)| {
            Ok(PartnerUser {
                email: email(e)?,
                name: name.into(),
                company_role: role,
                supported_admin: supported,
                agent,
                version: 1,
            })
        })
        .collect()
}

/// Other partners in every country and cloud of the demo, of every kind.
pub(super) fn directory(g: &mut Gen) -> Result<Vec<DirectoryPartner>> {
    use DirectoryKind::*;
    let rows = [
        (5_120_044, "Hải Vân Technology", "VN", Cloud::Public, Advisor),
        (6_023_118, "Mekong Digital Partners", "VN", Cloud::Public, DirectReseller),
        (4_870_552, "Anadolu Bulut Çözümleri A.Ş.", "TR", Cloud::Public, DirectReseller),
        (5_301_977, "Boğaziçi Dijital Danışmanlık", "TR", Cloud::Public, Advisor),
        (7_004_311, "云桥数字科技有限公司", "CN", Cloud::China21Vianet, DirectReseller),
        (6_660_128, "北京星云信息技术有限公司", "CN", Cloud::China21Vianet, Advisor),
        (5_555_210, "Northwind Cloud Advisors", "US", Cloud::Public, Advisor),
        (4_100_900, "Tailspin Distribution", "US", Cloud::Public, IndirectProvider),
        (6_202_417, "Capitol Secure Cloud", "US", Cloud::UsGovernment, DirectReseller),
        (5_808_663, "Rheinland Cloud GmbH", "DE", Cloud::Germany, DirectReseller),
        (731_442, "Litware Partner Network", "GB", Cloud::Public, IndirectReseller),
        (912_305, "Proseware Managed Services", "AU", Cloud::Public, Advisor),
    ];
    rows.into_iter()
        .map(|(id, name, c, cloud, kind)| {
            Ok(DirectoryPartner {
                partner_id: PartnerId(id),
                name: name.into(),
                tenant_id: g.tenant(),
                country: country(c)?,
                cloud,
                kind,
                version: 1,
            })
        })
        .collect()
}
