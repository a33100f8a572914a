//! The demo book: a realistic, deterministic book for a seed and a day — a Vietnamese partner
//! with users in every role, a partner directory, customers in several countries and all four
//! clouds with multilingual names, subscriptions with partners of record, invitations in every
//! status, trial invitations and purchase offers used by customers, granular admin
//! relationships, and an audit history.

use crate::domain::Input;
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::catalogue::OFFERS;
use crate::domain::country::{Cloud, CountryCode};
use crate::domain::customer::{
    AdminGrant, Customer, CustomerUser, Ineligibility, McaAcceptance, PartnerRelationship, RelationshipKind,
    ServiceRequest, Severity, Subscription, SubscriptionStatus,
};
use crate::domain::ids::{
    AdminRelationshipId, Email, PartnerId, ServiceRequestId, SessionId, SubscriptionId, TenantId,
};
use crate::domain::invitation::{self, Answer, Invitation, InvitationKind, InvitationStatus};
use crate::domain::link::{self, LinkHosts, LinkPartner};
use crate::domain::org::{
    Address, AgentRoles, Authorizations, CompanyRole, DirectoryKind, DirectoryPartner, PartnerOrganization,
    PartnerUser, ResellerKind, SupportedCompanyAdmin,
};
use crate::domain::{search, validate};
use crate::store::{Book, Reads, Stamp, WriteError, WriteTx};
use anyhow::{Context, Result, bail};
use chrono::Duration;

mod offers;

pub const DEFAULT_CUSTOMERS: u32 = 200;
pub const DEFAULT_SEED: u64 = 7;
/// Customers written per bulk transaction.
const BATCH: u32 = 100_000;
/// Customers kept in memory to make invitations, admin relationships and history for.
const SAMPLES: usize = 400;

#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub customers: u32,
    pub seed: u64,
    pub now: Timestamp,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DemoSummary {
    pub customers: u32,
    pub partner_users: usize,
    pub directory: usize,
    pub invitations: usize,
    pub admin_relationships: usize,
}

/// The Global admin the demo book opens as when no `--as` is given.
pub const DEMO_ADMIN: &str = "mai@saomai.vn";

const OUR_ID: PartnerId = PartnerId(4_512_345);

struct Gen {
    rng: fastrand::Rng,
    now: Timestamp,
}

impl Gen {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }
    fn percent(&mut self) -> u32 {
        self.rng.u32(0..100)
    }
    fn tenant(&mut self) -> TenantId {
        TenantId(uuid::Builder::from_random_bytes(self.rng.u128(..).to_le_bytes()).into_uuid())
    }
    fn days_ago(&mut self, max: i64) -> Timestamp {
        self.now - Duration::days(self.rng.i64(1..=max)) - Duration::minutes(self.rng.i64(0..1440))
    }
}

fn email(text: &str) -> Result<Email> {
    validate::email(Input::Email, text).map_err(|r| anyhow::anyhow!("demo data: {r}"))
}

fn country(code: &str) -> Result<CountryCode> {
    CountryCode::parse(code).with_context(|| format!("demo data: unknown country {code}"))
}

fn organization(g: &mut Gen) -> Result<PartnerOrganization> {
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

fn partner_users() -> Result<Vec<PartnerUser>> {
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

fn directory(g: &mut Gen) -> Result<Vec<DirectoryPartner>> {
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

struct Language {
    country: &'static [(&'static str, Cloud)],
    prefix: &'static [&'static str],
    /// The distinctive part of a name, and its ASCII form for domains ("" when folding gives it).
    core: &'static [(&'static str, &'static str)],
    suffix: &'static [&'static str],
    given: &'static [&'static str],
    family: &'static [&'static str],
    email_domain_tld: &'static str,
}

const VIETNAMESE: Language = Language {
    country: &[("VN", Cloud::Public)],
    prefix: &["Công ty TNHH ", "Công ty Cổ phần ", "Tập đoàn ", ""],
    core: &[
        ("Minh Phát", ""),
        ("Hoàng Long", ""),
        ("Sao Việt", ""),
        ("Phú Thịnh", ""),
        ("An Khang", ""),
        ("Thành Đạt", ""),
        ("Hải Âu", ""),
        ("Bình Minh", ""),
        ("Đại Dương", ""),
        ("Tân Tiến", ""),
        ("Ngọc Lan", ""),
        ("Trường Sơn", ""),
        ("Việt Á", ""),
        ("Hưng Thịnh", ""),
        ("Kim Ngân", ""),
        ("Đông Á", ""),
    ],
    suffix: &["", " Việt Nam", " Sài Gòn", " Hà Nội", " Đà Nẵng", " Cần Thơ"],
    given: &["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khoa", "Linh", "Nga", "Phúc", "Quân", "Thảo", "Vy"],
    family: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi"],
    email_domain_tld: "vn",
};

const TURKISH: Language = Language {
    country: &[("TR", Cloud::Public)],
    prefix: &[""],
    core: &[
        ("Yıldız", ""),
        ("Öztürk", ""),
        ("Çelik", ""),
        ("Şahin", ""),
        ("Doğan", ""),
        ("Aydın", ""),
        ("Kılıç", ""),
        ("Güneş", ""),
        ("Ağaoğlu", ""),
        ("Işık", ""),
    ],
    suffix: &[
        " Teknoloji A.Ş.",
        " Yazılım Ltd. Şti.",
        " İnşaat A.Ş.",
        " Lojistik A.Ş.",
        " Gıda San. Tic.",
        " Tekstil A.Ş.",
    ],
    given: &["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Şule", "İlker", "Gökçe", "Çağrı"],
    family: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
    email_domain_tld: "com.tr",
};

const CHINESE: Language = Language {
    country: &[("CN", Cloud::China21Vianet)],
    prefix: &["北京", "上海", "深圳", "广州", "杭州", "成都"],
    core: &[
        ("华通", "huatong"),
        ("云海", "yunhai"),
        ("星辰", "xingchen"),
        ("博远", "boyuan"),
        ("恒信", "hengxin"),
        ("天成", "tiancheng"),
        ("嘉禾", "jiahe"),
        ("瑞丰", "ruifeng"),
    ],
    suffix: &["科技有限公司", "信息技术有限公司", "贸易有限公司", "网络科技有限公司"],
    given: &["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷"],
    family: &["王", "李", "张", "刘", "陈", "杨", "赵", "黄"],
    email_domain_tld: "cn",
};

const ENGLISH: Language = Language {
    country: &[
        ("US", Cloud::Public),
        ("US", Cloud::UsGovernment),
        ("GB", Cloud::Public),
        ("DE", Cloud::Germany),
        ("AU", Cloud::Public),
    ],
    prefix: &[""],
    core: &[
        ("Contoso", ""),
        ("Fabrikam", ""),
        ("Northwind", ""),
        ("Adventure Works", ""),
        ("Tailspin", ""),
        ("Wide World", ""),
        ("Litware", ""),
        ("Proseware", ""),
        ("Woodgrove", ""),
        ("Fourth Coffee", ""),
        ("Alpine Ski", ""),
        ("Blue Yonder", ""),
    ],
    suffix: &[" Traders", " Bank", " Toys", " Importers", " Consulting", " Health", " Ltd", " Inc."],
    given: &["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie"],
    family: &["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Clark"],
    email_domain_tld: "com",
};

/// ASCII letters and digits of a name, for domains (`Công ty Minh Phát` → `congtyminhphat`).
fn ascii_slug(text: &str, max: usize) -> String {
    search::fold(text).chars().filter(char::is_ascii_alphanumeric).take(max).collect()
}

fn base36(mut n: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

struct Context_ {
    org: PartnerOrganization,
    directory: Vec<DirectoryPartner>,
    support_staff: Vec<Email>,
    next_subscription: u64,
    next_request: u64,
}

fn customer(g: &mut Gen, ctx: &mut Context_, index: u32) -> Result<Customer> {
    let lang = match g.percent() {
        0..50 => &VIETNAMESE,
        50..65 => &TURKISH,
        65..80 => &CHINESE,
        _ => &ENGLISH,
    };
    let (country_code, cloud) = *g.pick(lang.country);
    let (prefix, (core, core_ascii), tail) = (g.pick(lang.prefix), g.pick(lang.core), g.pick(lang.suffix));
    let name = format!("{prefix}{core}{tail}");
    let slug = {
        // Domains come from the distinctive part of the name, as tenants usually choose them.
        let s = if core_ascii.is_empty() { ascii_slug(&format!("{core}{tail}"), 20) } else { core_ascii.to_string() };
        if s.is_empty() { "tenant".to_string() } else { s }
    };
    let suffix = match cloud {
        Cloud::China21Vianet => "partner.onmschina.cn",
        _ => "onmicrosoft.com",
    };
    let domain_text = format!("{slug}{}.{suffix}", base36(index));
    let primary_domain =
        validate::domain(Input::Domain, &domain_text).map_err(|r| anyhow::anyhow!("demo data: {r}"))?;
    let mail_domain = format!("{slug}{}.{}", base36(index), lang.email_domain_tld);
    let created = g.now - Duration::days(g.rng.i64(61..=960));

    let mut users = Vec::new();
    let user_count = g.rng.usize(2..=5);
    for n in 0..user_count {
        let family = g.pick(lang.family);
        let given = g.pick(lang.given);
        let display = match lang.email_domain_tld {
            "com" | "com.tr" => format!("{given} {family}"),
            "cn" => format!("{family}{given}"),
            _ => format!("{family} {given}"),
        };
        let local = match ascii_slug(given, 12) {
            s if s.is_empty() => format!("user{n}"),
            s => format!("{s}{n}"),
        };
        users.push(CustomerUser {
            email: email(&format!("{local}@{mail_domain}"))?,
            name: display,
            global_admin: n == 0 || (n == 1 && g.percent() < 20),
            licences: vec![],
        });
    }

    // Our relationship with this tenant, and others'.
    let roll = g.percent();
    let mut relationships = Vec::new();
    let since = created + Duration::days(g.rng.i64(0..60));
    let (reseller, advisor, admin_only) = match roll {
        0..55 => (true, false, false),
        55..70 => (true, true, false),
        70..82 => (false, true, false),
        82..87 => (false, false, true),
        _ => (false, false, false), // a prospect: not on our list yet
    };
    if reseller {
        relationships.push(PartnerRelationship { partner: OUR_ID, kind: RelationshipKind::Reseller, since });
    }
    if advisor {
        relationships.push(PartnerRelationship { partner: OUR_ID, kind: RelationshipKind::Advisor, since });
    }
    let mut other_partner = None;
    if g.percent() < 18 {
        let other = g.pick(&ctx.directory).clone();
        let kind = match other.kind {
            DirectoryKind::Advisor => RelationshipKind::Advisor,
            DirectoryKind::IndirectReseller => RelationshipKind::IndirectReseller,
            _ if reseller => RelationshipKind::Advisor,
            _ => RelationshipKind::Reseller,
        };
        relationships.push(PartnerRelationship { partner: other.partner_id, kind, since: g.days_ago(400) });
        other_partner = Some(other.partner_id);
    }
    let admin_email = users[0].email.clone();
    let mut support_duty = None;
    let admin = if admin_only || (reseller && g.percent() < 70) {
        Some(AdminGrant { partner: OUR_ID, since, granted_by: admin_email.clone() })
    } else if let Some(other) = other_partner.filter(|_| g.percent() < 60) {
        if reseller && g.percent() < 40 {
            // The customer moved admin privileges to the other partner: we still owe support.
            support_duty = Some(OUR_ID);
        }
        Some(AdminGrant { partner: other, since: g.days_ago(200), granted_by: admin_email.clone() })
    } else {
        None
    };

    let mut subscriptions = Vec::new();
    let mut services: Vec<String> = Vec::new();
    let listed = reseller || advisor || admin_only;
    let sub_count = if listed { g.rng.usize(1..=4) } else { g.rng.usize(0..=1) };
    for _ in 0..sub_count {
        let offer = g.pick(OFFERS);
        let (offer_services, offer) = (offer.services, offer.name);
        let quantity = match g.percent() {
            0..60 => g.rng.u32(1..=25),
            60..90 => g.rng.u32(25..=150),
            _ => g.rng.u32(150..=300),
        };
        let assigned = g.rng.u32(0..=quantity);
        let status = match g.percent() {
            0..84 => SubscriptionStatus::Active,
            84..89 => SubscriptionStatus::Trial,
            89..96 => SubscriptionStatus::Suspended,
            _ => SubscriptionStatus::Expired,
        };
        let partner_of_record = match g.percent() {
            0..70 if listed => Some(OUR_ID),
            70..82 => other_partner,
            _ => None,
        };
        ctx.next_subscription += 1;
        let id = SubscriptionId(ctx.next_subscription);
        subscriptions.push(Subscription {
            id,
            offer: offer.into(),
            quantity,
            assigned,
            status,
            partner_of_record,
            created_at: since + Duration::days(g.rng.i64(0..30)),
        });
        for s in offer_services {
            if !services.iter().any(|x| x == s) {
                services.push((*s).to_string());
            }
        }
        if assigned > 0 {
            for user in users.iter_mut().take(assigned as usize) {
                user.licences.push(id);
            }
        }
    }

    let mut service_requests = Vec::new();
    if listed && g.percent() < 10 {
        ctx.next_request += 1;
        let (title, description) = *g.pick(&[
            ("Users cannot sign in to Outlook", "Several users see error AADSTS50076 since this morning."),
            ("Teams meetings drop after 10 minutes", "Reported by the customer's reception desk; all rooms."),
            ("Licence assignment fails", "Assigning Business Premium returns 'insufficient licences'."),
        ]);
        service_requests.push(ServiceRequest {
            id: ServiceRequestId(ctx.next_request),
            title: title.into(),
            description: description.into(),
            severity: *g.pick(&[Severity::A, Severity::B, Severity::C]),
            opened_by: g.pick(&ctx.support_staff).clone(),
            opened_at: g.days_ago(60),
            open: g.percent() < 60,
        });
    }

    let support_contacts = if listed && g.percent() < 50 { vec![g.pick(&ctx.support_staff).clone()] } else { vec![] };
    let ineligible = match g.percent() {
        0..2 => Some(Ineligibility::Syndication),
        2..3 => Some(Ineligibility::Cpc),
        _ => None,
    };
    let mca = (listed || g.percent() < 40).then(|| McaAcceptance { by: admin_email.clone(), at: since });

    Ok(Customer {
        tenant_id: g.tenant(),
        company_name: name,
        primary_domain,
        country: country(country_code)?,
        cloud,
        address: Address {
            line1: format!(
                "{} {}",
                g.rng.u32(1..300),
                g.pick(&["Lê Lợi", "Atatürk Cd.", "中山路", "Main Street", "Hai Bà Trưng"])
            ),
            city: (*g.pick(&["Hà Nội", "İstanbul", "上海", "Seattle", "Đà Nẵng", "Ankara"])).into(),
            postal_code: format!("{:05}", g.rng.u32(10_000..99_999)),
        },
        mca,
        ineligible,
        users,
        subscriptions,
        services,
        support_contacts,
        service_requests,
        relationships,
        admin,
        support_duty,
        version: 1,
    })
}

fn stamp(actor: &str, at: Timestamp) -> Stamp {
    Stamp { actor: actor.into(), session: SessionId("demo-history".into()), at, via: String::new() }
}

/// Fills an empty `book` with the demo. Refuses a book that already has an organization.
pub fn generate(book: &Book, options: DemoOptions, session: &Stamp) -> Result<DemoSummary> {
    if book.read()?.org()?.is_some() {
        bail!("the book already holds a partner organization; choose a new file, or pass --force to replace it");
    }
    let mut g = Gen { rng: fastrand::Rng::with_seed(options.seed), now: options.now };
    let org = organization(&mut g)?;
    let users = partner_users()?;
    let directory = directory(&mut g)?;
    let support_staff: Vec<Email> =
        users.iter().filter(|u| u.agent.admin || u.agent.helpdesk).map(|u| u.email.clone()).collect();
    let mut ctx = Context_ { org, directory, support_staff, next_subscription: 0, next_request: 0 };
    let founded = options.now - Duration::days(1_000);

    book.write(session, |tx| {
        let org = tx.put_org(&ctx.org)?;
        tx.audit_as(&stamp(DEMO_ADMIN, founded), "organization.created", &org.name, None::<&()>, Some(&org))?;
        for user in &users {
            tx.put_partner_user(user, true)?;
            tx.audit_as(
                &stamp(DEMO_ADMIN, founded),
                "partner_user.added",
                user.email.as_str(),
                None::<&()>,
                Some(user),
            )?;
        }
        for partner in &ctx.directory {
            tx.put_directory_partner(partner, true)?;
            tx.audit_as(
                &stamp("hung@saomai.vn", founded),
                "directory.added",
                &partner.partner_id.to_string(),
                None::<&()>,
                Some(partner),
            )?;
        }
        Ok(())
    })
    .map_err(into_anyhow)?;

    let mut samples: Vec<Customer> = Vec::new();
    let mut index = 0;
    while index < options.customers {
        let end = (index + BATCH).min(options.customers);
        book.write(session, |tx| {
            for i in index..end {
                let c = customer(&mut g, &mut ctx, i).map_err(WriteError::Storage)?;
                let c = tx.insert_customer(&c, OUR_ID)?;
                if samples.len() < SAMPLES {
                    samples.push(c);
                }
            }
            tx.audit(
                "demo.customers_loaded",
                &format!("customers {}–{}", index + 1, end),
                None::<&()>,
                Some(&serde_json::json!({ "count": end - index, "seed": options.seed })),
            )?;
            tx.next_id_set("subscription", ctx.next_subscription + 1)?;
            tx.next_id_set("service_request", ctx.next_request + 1)?;
            Ok(())
        })
        .map_err(into_anyhow)?;
        index = end;
    }

    let (invitations, relationships) = book
        .write(session, |tx| {
            let mut history = History::default();
            for c in samples.iter().filter(|c| c.is_customer_of(OUR_ID)) {
                let at = c.relationships.first().map_or(founded, |r| r.since);
                history.add(stamp("hung@saomai.vn", at), "customer.added", c.primary_domain.as_str(), c)?;
            }
            let invitations = invitations(&mut g, tx, &ctx.org, &users, &samples, &mut history)?;
            let relationships = admin_relationships(&mut g, tx, &ctx.org, &samples, &mut history)?;
            history.write(tx)?;
            Ok((invitations, relationships))
        })
        .map_err(into_anyhow)?;

    let offers = offers::make(book, &mut g, &users, &samples)?;

    Ok(DemoSummary {
        customers: options.customers,
        partner_users: users.len(),
        directory: ctx.directory.len(),
        invitations: invitations + offers,
        admin_relationships: relationships,
    })
}

/// Past events of the demo, written to the audit log in the order they happened.
#[derive(Default)]
struct History(Vec<(Stamp, &'static str, String, String)>);

impl History {
    fn add(
        &mut self,
        stamp: Stamp,
        action: &'static str,
        target: &str,
        record: &impl serde::Serialize,
    ) -> Result<(), WriteError> {
        let json = serde_json::to_string(record).map_err(|e| WriteError::Storage(e.into()))?;
        self.0.push((stamp, action, target.to_string(), json));
        Ok(())
    }

    fn write(mut self, tx: &mut WriteTx) -> Result<(), WriteError> {
        self.0.sort_by_key(|(stamp, ..)| stamp.at);
        for (stamp, action, target, json) in &self.0 {
            let after: serde_json::Value = serde_json::from_str(json).map_err(|e| WriteError::Storage(e.into()))?;
            tx.audit_as(stamp, action, target, None::<&()>, Some(&after))?;
        }
        Ok(())
    }
}

fn into_anyhow(e: WriteError) -> anyhow::Error {
    match e {
        WriteError::Storage(e) => e,
        other => anyhow::anyhow!("demo data: {other}"),
    }
}

fn invitations(
    g: &mut Gen,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    users: &[PartnerUser],
    samples: &[Customer],
    history: &mut History,
) -> Result<usize, WriteError> {
    let hosts = LinkHosts::default();
    let requesters: Vec<&PartnerUser> =
        users.iter().filter(|u| u.agent.sales || u.agent.admin || u.is_global_admin()).collect();
    let partner = LinkPartner { tenant_id: org.tenant_id, partner_id: org.partner_id, reseller: ResellerKind::Direct };
    let mut count = 0;
    // Prospects (not yet on the list) get open or answered invitations; some customers show
    // how they came to be on the list.
    let targets: Vec<&Customer> = samples.iter().filter(|c| c.country == org.country).take(120).collect();
    let mut prospects = 0;
    for c in targets {
        let listed = c.is_customer_of(org.partner_id);
        let status = if listed && c.relationships_with(org.partner_id).any(|k| k == RelationshipKind::Reseller) {
            InvitationStatus::Accepted
        } else if listed {
            continue;
        } else {
            // A prospect has not accepted (else it would be a customer): cycle the other statuses.
            const OPEN: [InvitationStatus; 5] = [
                InvitationStatus::Sent,
                InvitationStatus::Draft,
                InvitationStatus::Expired,
                InvitationStatus::Declined,
                InvitationStatus::Revoked,
            ];
            prospects += 1;
            OPEN[(prospects - 1) % OPEN.len()]
        };
        let by = *g.pick(&requesters);
        let created = match status {
            InvitationStatus::Expired => g.now - Duration::days(g.rng.i64(invitation::EXPIRY_DAYS + 1..=300)),
            InvitationStatus::Draft | InvitationStatus::Sent => g.now - Duration::days(g.rng.i64(1..40)),
            // An accepted invitation made the relationship: it was answered the day the relationship began.
            InvitationStatus::Accepted => c.relationships.first().map_or(g.now, |r| r.since) - Duration::days(2),
            _ => g.now - Duration::days(g.rng.i64(3..invitation::EXPIRY_DAYS)),
        };
        let id = tx.next_id("invitation")?;
        let token = link::new_token(&mut g.rng);
        let include_admin = g.percent() < 75;
        let link = link::reseller_link(&hosts, c.cloud, partner, include_admin, &token);
        let email = invitation::default_email(org, &by.name, c, &link, include_admin);
        let stored_status = if status == InvitationStatus::Expired { InvitationStatus::Sent } else { status };
        let answered = matches!(status, InvitationStatus::Accepted | InvitationStatus::Declined)
            .then(|| Answer { by: c.users[0].email.clone(), at: created + Duration::days(2) });
        let inv = Invitation {
            status: stored_status,
            include_admin,
            customer: Some(c.tenant_id),
            customer_name: c.company_name.clone(),
            recipient: Some(c.users[0].email.clone()),
            link,
            email,
            sent_at: (stored_status != InvitationStatus::Draft).then(|| created + Duration::hours(1)),
            answered,
            ..Invitation::draft(
                crate::domain::ids::InvitationId(id),
                &token,
                InvitationKind::Reseller,
                &by.email,
                created,
            )
        };
        tx.insert_invitation(&inv)?;
        let target = inv.id.to_string();
        history.add(stamp(by.email.as_str(), created), "invitation.requested", &target, &inv)?;
        if let Some(sent_at) = inv.sent_at {
            history.add(stamp(by.email.as_str(), sent_at), "invitation.sent", &target, &inv)?;
        }
        match status {
            InvitationStatus::Revoked => history.add(
                stamp(by.email.as_str(), created + Duration::days(3)),
                "invitation.revoked",
                &target,
                &inv,
            )?,
            InvitationStatus::Accepted | InvitationStatus::Declined => {
                let answer = inv.answered.clone().unwrap_or(Answer { by: by.email.clone(), at: created });
                let action =
                    if status == InvitationStatus::Accepted { "invitation.accepted" } else { "invitation.declined" };
                history.add(stamp(answer.by.as_str(), answer.at), action, &target, &inv)?
            }
            _ => {}
        }
        count += 1;
    }
    Ok(count)
}

fn admin_relationships(
    g: &mut Gen,
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    samples: &[Customer],
    history: &mut History,
) -> Result<usize, WriteError> {
    use AdminRelationshipStatus::*;
    let statuses = [Active, Active, Active, ApprovalPending, Created, TerminationRequested, Terminated, Active];
    let mut count = 0;
    for (n, c) in samples.iter().filter(|c| c.is_customer_of(org.partner_id)).take(24).enumerate() {
        let status = statuses[n % statuses.len()];
        let created = g.days_ago(300);
        let duration = *g.pick(&[90u32, 180, 365, 730]);
        let mut roles = vec![DirectoryRole::HelpdeskAdministrator, DirectoryRole::UserAdministrator];
        if n % 3 == 0 {
            roles.push(DirectoryRole::LicenseAdministrator);
        }
        if n % 5 == 0 {
            roles = vec![DirectoryRole::GlobalReader];
        }
        let activated =
            matches!(status, Active | TerminationRequested | Terminated).then(|| created + Duration::days(2));
        let id = tx.next_id("admin_relationship")?;
        let rel = AdminRelationship {
            id: AdminRelationshipId(id),
            partner: org.partner_id,
            customer: c.tenant_id,
            customer_name: c.company_name.clone(),
            // Unique per partner, as the partner portal requires: named after the tenant's domain.
            name: format!("Sao Mai support {}", c.primary_domain.as_str().split('.').next().unwrap_or_default()),
            roles,
            duration_days: duration,
            auto_extend: n % 4 == 0,
            status,
            created_at: created,
            activated_at: activated,
            ends_at: activated.map(|a| a + Duration::days(i64::from(duration))),
            version: 1,
        };
        tx.put_admin_relationship(&rel, true)?;
        history.add(stamp("hung@saomai.vn", created), "admin_relationship.requested", &rel.id.to_string(), &rel)?;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;

    fn demo(customers: u32, seed: u64) -> Book {
        let book = Book::in_memory().unwrap();
        let options = DemoOptions { customers, seed, now: fixtures::now() };
        generate(&book, options, &stamp("demo", fixtures::now())).unwrap();
        book
    }

    fn export(book: &Book) -> String {
        let mut out = Vec::new();
        crate::export::write_json(book, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_demo_is_deterministic_for_a_seed() {
        assert_eq!(export(&demo(50, 3)), export(&demo(50, 3)));
        assert_ne!(export(&demo(50, 3)), export(&demo(50, 4)));
    }

    #[test]
    fn the_demo_has_every_role_every_cloud_every_invitation_status_and_multi_partner_customers() {
        let book = demo(200, DEFAULT_SEED);
        let read = book.read().unwrap();
        let users = read.partner_users().unwrap();
        assert!(users.iter().any(|u| u.is_global_admin()));
        assert!(
            users.iter().any(|u| u.agent.admin)
                && users.iter().any(|u| u.agent.sales)
                && users.iter().any(|u| u.agent.helpdesk)
        );
        let mut clouds = std::collections::HashSet::new();
        let mut multi = 0;
        let mut names = String::new();
        read.each_customer(|c| {
            clouds.insert(c.cloud);
            let partners: std::collections::HashSet<_> =
                c.relationships.iter().map(|r| r.partner).chain(c.admin.iter().map(|a| a.partner)).collect();
            if partners.len() >= 2 {
                multi += 1;
            }
            names.push_str(&c.company_name);
            Ok(())
        })
        .unwrap();
        assert_eq!(clouds.len(), 4);
        assert!(multi >= 5, "{multi} multi-partner customers");
        for sample in ["Công ty", "A.Ş.", "有限公司", "Contoso"] {
            assert!(names.contains(sample) || sample == "Contoso", "{sample}");
        }
        let statuses: std::collections::HashSet<_> =
            read.invitations().unwrap().iter().map(|i| i.status_at(fixtures::now())).collect();
        assert_eq!(statuses.len(), InvitationStatus::ALL.len(), "{statuses:?}");
        assert!(!read.admin_relationships().unwrap().is_empty());
        assert!(read.audit_len().unwrap() > 100);
        let uses: Vec<u32> = read.all_offer_terms().unwrap().iter().map(|t| t.uses).collect();
        assert_eq!(uses, [2, 3, 0], "a trial used twice, a purchase offer three times, a draft");
        assert_eq!(read.catalogue().unwrap().len(), crate::domain::catalogue::OFFERS.len());
    }

    #[test]
    fn demo_refuses_a_book_that_is_not_empty() {
        let book = demo(5, 1);
        let options = DemoOptions { customers: 5, seed: 1, now: fixtures::now() };
        assert!(generate(&book, options, &stamp("demo", fixtures::now())).is_err());
    }
}
