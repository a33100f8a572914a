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

/// What the directory knows of how to reach each partner: email, phone and address, as its
/// customers see them (rule 15). One partner is left unknown, as a real directory has some.
pub(super) fn directory_contacts() -> Vec<(PartnerId, crate::domain::partner_contact::PartnerContact)> {
    let rows = [
        (5_120_044, "hotro@haivantech.vn", "+84 236 3822 410", "12 Bạch Đằng", "Đà Nẵng", "550000"),
        (6_023_118, "partners@mekongdigital.vn", "+84 292 3761 205", "45 Hòa Bình", "Cần Thơ", "900000"),
        (4_870_552, "destek@anadolubulut.com.tr", "+90 312 555 0101", "Atatürk Bulvarı 112", "Ankara", "06680"),
        (5_301_977, "iletisim@bogazicidijital.com.tr", "+90 212 555 0144", "Büyükdere Cad. 27", "İstanbul", "34394"),
        (7_004_311, "service@yunqiao-tech.cn", "+86 21 5555 0188", "浦东新区世纪大道 88 号", "上海", "200120"),
        (6_660_128, "contact@xingyun-it.cn", "+86 10 5555 0166", "海淀区中关村大街 1 号", "北京", "100080"),
        (5_555_210, "hello@northwindcloud.com", "+1 206 555 0120", "400 Pine St", "Seattle", "98101"),
        (4_100_900, "resellers@tailspindist.com", "+1 512 555 0177", "900 Congress Ave", "Austin", "78701"),
        (6_202_417, "gov@capitolsecure.com", "+1 202 555 0133", "1 Massachusetts Ave NW", "Washington", "20001"),
        (5_808_663, "kontakt@rheinland-cloud.de", "+49 221 555 0190", "Domkloster 4", "Köln", "50667"),
        (731_442, "support@litware.co.uk", "+44 20 5555 0142", "", "London", ""),
    ];
    rows.into_iter()
        .map(|(id, email, phone, line1, city, postal_code)| {
            let contact = crate::domain::partner_contact::PartnerContact {
                email: Some(crate::domain::ids::Email(email.into())),
                phone: phone.into(),
                address: crate::domain::org::Address {
                    line1: line1.into(),
                    city: city.into(),
                    postal_code: postal_code.into(),
                },
            };
            (PartnerId(id), contact)
        })
        .collect()
}
