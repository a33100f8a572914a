//! The demo's customers: a company in one of four languages, its users, its relationships with
//! us and with other partners, its subscriptions and service requests. Each part draws from the
//! same generator in a fixed order, which is what makes a seed give the same book.

use super::names::{self, Language};
use super::{Gen, OUR_ID, country, email};
use crate::domain::Input;
use crate::domain::catalogue::OFFERS;
use crate::domain::country::Cloud;
use crate::domain::customer::{
    AdminGrant, Customer, CustomerUser, Ineligibility, McaAcceptance, PartnerRelationship, RelationshipKind,
    ServiceRequest, Severity, Subscription, SubscriptionStatus,
};
use crate::domain::ids::{Email, PartnerId, ServiceRequestId, SubscriptionId};
use crate::domain::org::{Address, DirectoryKind, DirectoryPartner};
use crate::domain::validate;
use crate::domain::{Timestamp, ids::Domain};
use anyhow::Result;
use chrono::Duration;

/// What every customer draws on, and the id counters they advance.
pub(super) struct Pool {
    pub directory: Vec<DirectoryPartner>,
    /// Who opens service requests and is named a support contact.
    pub support_staff: Vec<Email>,
    pub next_subscription: u64,
    pub next_request: u64,
}

/// The `index`th customer of the demo.
pub(super) fn customer(g: &mut Gen, pool: &mut Pool, index: u32) -> Result<Customer> {
    let lang = names::language(g);
    let (country_code, cloud) = *g.pick(lang.country);
    let (name, slug) = lang.company(g);
    let primary_domain = primary_domain(&slug, index, cloud)?;
    let mail_domain = format!("{slug}{}.{}", names::base36(index), lang.email_domain_tld);
    let created = g.now - Duration::days(g.rng.i64(61..=960));
    let mut users = users(g, lang, &mail_domain)?;
    let ties = Ties::draw(g, pool, created);
    let admin_email = users[0].email.clone();
    let (admin, support_duty) = ties.admin(g, &admin_email);
    let listed = ties.reseller || ties.advisor || ties.admin_only;
    let (subscriptions, services) = subscriptions(g, pool, &ties, listed, &mut users);
    let service_requests = service_requests(g, pool, listed);
    let support_contacts = if listed && g.percent() < 50 { vec![g.pick(&pool.support_staff).clone()] } else { vec![] };
    let ineligible = match g.percent() {
        0..2 => Some(Ineligibility::Syndication),
        2..3 => Some(Ineligibility::Cpc),
        _ => None,
    };
    let mca = (listed || g.percent() < 40).then(|| McaAcceptance { by: admin_email.clone(), at: ties.since });
    Ok(Customer {
        tenant_id: g.tenant(),
        company_name: name,
        primary_domain,
        country: country(country_code)?,
        cloud,
        address: address(g),
        mca,
        ineligible,
        users,
        subscriptions,
        services,
        support_contacts,
        service_requests,
        relationships: ties.relationships,
        admin,
        support_duty,
        version: 1,
    })
}

fn primary_domain(slug: &str, index: u32, cloud: Cloud) -> Result<Domain> {
    let suffix = match cloud {
        Cloud::China21Vianet => "partner.onmschina.cn",
        _ => "onmicrosoft.com",
    };
    let text = format!("{slug}{}.{suffix}", names::base36(index));
    validate::domain(Input::Domain, &text).map_err(|r| anyhow::anyhow!("demo data: {r}"))
}

/// Two to five users; the first is a Global admin, and sometimes the second too.
fn users(g: &mut Gen, lang: &Language, mail_domain: &str) -> Result<Vec<CustomerUser>> {
    let mut users = Vec::new();
    for n in 0..g.rng.usize(2..=5) {
        let (name, local) = lang.person(g, n);
        users.push(CustomerUser {
            email: email(&format!("{local}@{mail_domain}"))?,
            name,
            global_admin: n == 0 || (n == 1 && g.percent() < 20),
            licences: vec![],
        });
    }
    Ok(users)
}

/// Our relationship with the tenant, and another partner's.
struct Ties {
    relationships: Vec<PartnerRelationship>,
    reseller: bool,
    advisor: bool,
    /// We hold admin privileges without a reseller or advisor relationship.
    admin_only: bool,
    other_partner: Option<PartnerId>,
    since: Timestamp,
}

impl Ties {
    fn draw(g: &mut Gen, pool: &Pool, created: Timestamp) -> Ties {
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
            let other = g.pick(&pool.directory).clone();
            let kind = match other.kind {
                DirectoryKind::Advisor => RelationshipKind::Advisor,
                DirectoryKind::IndirectReseller => RelationshipKind::IndirectReseller,
                _ if reseller => RelationshipKind::Advisor,
                _ => RelationshipKind::Reseller,
            };
            relationships.push(PartnerRelationship { partner: other.partner_id, kind, since: g.days_ago(400) });
            other_partner = Some(other.partner_id);
        }
        Ties { relationships, reseller, advisor, admin_only, other_partner, since }
    }

    /// Who holds legacy admin privileges, and whether we still owe support after losing them.
    fn admin(&self, g: &mut Gen, granted_by: &Email) -> (Option<AdminGrant>, Option<PartnerId>) {
        let mut support_duty = None;
        let admin = if self.admin_only || (self.reseller && g.percent() < 70) {
            Some(AdminGrant { partner: OUR_ID, since: self.since, granted_by: granted_by.clone() })
        } else if let Some(other) = self.other_partner.filter(|_| g.percent() < 60) {
            // Either the customer moved admin privileges from us to the other partner (so not
            // before our relationship began) or the other partner held them all along. Either
            // way, as the reseller we owe support while it holds them (rule 9).
            let moved_from_us = self.reseller && g.percent() < 40;
            if self.reseller {
                support_duty = Some(OUR_ID);
            }
            let since = g.days_ago(200);
            let since = if moved_from_us { since.max(self.since) } else { since };
            Some(AdminGrant { partner: other, since, granted_by: granted_by.clone() })
        } else {
            None
        };
        (admin, support_duty)
    }
}

/// Subscriptions from the catalogue, with partners of record, licences assigned to the first
/// users, and the services they bring.
fn subscriptions(
    g: &mut Gen,
    pool: &mut Pool,
    ties: &Ties,
    listed: bool,
    users: &mut [CustomerUser],
) -> (Vec<Subscription>, Vec<String>) {
    let mut subscriptions = Vec::new();
    let mut services: Vec<String> = Vec::new();
    let count = if listed { g.rng.usize(1..=4) } else { g.rng.usize(0..=1) };
    for _ in 0..count {
        let offer = g.pick(OFFERS);
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
            70..82 => ties.other_partner,
            _ => None,
        };
        pool.next_subscription += 1;
        let id = SubscriptionId(pool.next_subscription);
        subscriptions.push(Subscription {
            id,
            offer: offer.name.into(),
            quantity,
            assigned,
            status,
            partner_of_record,
            created_at: ties.since + Duration::days(g.rng.i64(0..30)),
        });
        for s in offer.services {
            if !services.iter().any(|x| x == s) {
                services.push((*s).to_string());
            }
        }
        for user in users.iter_mut().take(assigned as usize) {
            user.licences.push(id);
        }
    }
    (subscriptions, services)
}

/// One in ten customers on our list has a service request, most of them still open.
fn service_requests(g: &mut Gen, pool: &mut Pool, listed: bool) -> Vec<ServiceRequest> {
    if !(listed && g.percent() < 10) {
        return Vec::new();
    }
    pool.next_request += 1;
    let (title, description) = *g.pick(&[
        ("Users cannot sign in to Outlook", "Several users see error AADSTS50076 since this morning."),
        ("Teams meetings drop after 10 minutes", "Reported by the customer's reception desk; all rooms."),
        ("Licence assignment fails", "Assigning Business Premium returns 'insufficient licences'."),
    ]);
    vec![ServiceRequest {
        id: ServiceRequestId(pool.next_request),
        title: title.into(),
        description: description.into(),
        severity: *g.pick(&[Severity::A, Severity::B, Severity::C]),
        opened_by: g.pick(&pool.support_staff).clone(),
        opened_at: g.days_ago(60),
        open: g.percent() < 60,
    }]
}

fn address(g: &mut Gen) -> Address {
    Address {
        line1: format!(
            "{} {}",
            g.rng.u32(1..300),
            g.pick(&["Lê Lợi", "Atatürk Cd.", "中山路", "Main Street", "Hai Bà Trưng"])
        ),
        city: (*g.pick(&["Hà Nội", "İstanbul", "上海", "Seattle", "Đà Nẵng", "Ankara"])).into(),
        postal_code: format!("{:05}", g.rng.u32(10_000..99_999)),
    }
}
