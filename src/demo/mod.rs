//! The demo book: a realistic, deterministic book for a seed and a day — a Vietnamese partner
//! with users in every role, a partner directory, customers in several countries and all four
//! clouds with multilingual names, subscriptions with partners of record, invitations in every
//! status, trial invitations and purchase offers used by customers, granular admin
//! relationships, and an audit history.
//!
//! Everything is drawn from one generator seeded by `--seed`, in a fixed order: `company`,
//! then `customers` (with `names`), then `invitations`, `relationships` and `offers`.

use crate::domain::Input;
use crate::domain::Timestamp;
use crate::domain::country::CountryCode;
use crate::domain::customer::Customer;
use crate::domain::ids::{Email, PartnerId, SessionId, TenantId};
use crate::domain::org::{DirectoryPartner, PartnerOrganization, PartnerUser};
use crate::domain::validate;
use crate::store::{Book, Reads, Stamp, WriteError};
use anyhow::{Context, Result, bail};
use chrono::Duration;
use customers::Pool;
use history::History;

mod company;
mod customers;
mod history;
mod invitations;
mod names;
mod offers;
mod relationships;

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

/// The one source of randomness, and the day the demo is made for.
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

/// Who did something in the demo's past, and when.
fn stamp(actor: &str, at: Timestamp) -> Stamp {
    Stamp { actor: actor.into(), session: SessionId("demo-history".into()), at, via: String::new() }
}

/// Fills an empty `book` with the demo. Refuses a book that already has an organization.
pub fn generate(book: &Book, options: DemoOptions, session: &Stamp) -> Result<DemoSummary> {
    generate_with_progress(book, options, session, &mut |_| {})
}

/// `generate`, saying after each batch how many customers are written.
pub fn generate_with_progress(
    book: &Book,
    options: DemoOptions,
    session: &Stamp,
    progress: &mut dyn FnMut(u32),
) -> Result<DemoSummary> {
    if book.read()?.org()?.is_some() {
        bail!("the book already holds a partner organization; choose a new file, or pass --force to replace it");
    }
    let mut g = Gen { rng: fastrand::Rng::with_seed(options.seed), now: options.now };
    let org = company::organization(&mut g)?;
    let users = company::partner_users()?;
    let directory = company::directory(&mut g)?;
    let support_staff: Vec<Email> =
        users.iter().filter(|u| u.agent.admin || u.agent.helpdesk).map(|u| u.email.clone()).collect();
    let mut pool = Pool { directory, support_staff, next_subscription: 0, next_request: 0 };
    let founded = options.now - Duration::days(1_000);
    write_company(book, session, &org, &users, &pool.directory, founded)?;
    let samples = write_customers(book, session, &mut g, &mut pool, options, progress)?;
    let (invitations, relationships) = book
        .write(session, |tx| {
            let mut history = History::default();
            for c in samples.iter().filter(|c| c.is_customer_of(OUR_ID)) {
                let at = c.relationships.first().map_or(founded, |r| r.since);
                history.add(stamp("hung@saomai.vn", at), "customer.added", c.primary_domain.as_str(), c)?;
            }
            let invitations = invitations::invitations(&mut g, tx, &org, &users, &samples, &mut history)?;
            let relationships = relationships::admin_relationships(&mut g, tx, &org, &samples, &mut history)?
                + relationships::forecast_cases(g.now, tx, &org, &samples, &mut history)?;
            relationships::access_assignments(g.now, tx, &mut history)?;
            relationships::own_template(g.now, tx, &mut history)?;
            history.write(tx)?;
            Ok((invitations, relationships))
        })
        .map_err(into_anyhow)?;
    let offers = offers::make(book, &mut g, &users, &samples)?;
    Ok(DemoSummary {
        customers: options.customers,
        partner_users: users.len(),
        directory: pool.directory.len(),
        invitations: invitations + offers,
        admin_relationships: relationships,
    })
}

/// The organization, its users and its directory, as they were set up when it was founded.
fn write_company(
    book: &Book,
    session: &Stamp,
    org: &PartnerOrganization,
    users: &[PartnerUser],
    directory: &[DirectoryPartner],
    founded: Timestamp,
) -> Result<()> {
    book.write(session, |tx| {
        let org = tx.put_org(org)?;
        tx.audit_as(&stamp(DEMO_ADMIN, founded), "organization.created", &org.name, None::<&()>, Some(&org))?;
        for user in users {
            tx.put_partner_user(user, true)?;
            let added = stamp(DEMO_ADMIN, founded);
            tx.audit_as(&added, "partner_user.added", user.email.as_str(), None::<&()>, Some(user))?;
        }
        for partner in directory {
            tx.put_directory_partner(partner, true)?;
            let added = stamp("hung@saomai.vn", founded);
            tx.audit_as(&added, "directory.added", &partner.partner_id.to_string(), None::<&()>, Some(partner))?;
        }
        for (partner, contact) in company::directory_contacts() {
            tx.put_partner_contact(partner, &contact)?;
        }
        Ok(())
    })
    .map_err(into_anyhow)
}

/// Every customer, `BATCH` per transaction; returns the first `SAMPLES` of them, which the
/// invitations, relationships and offers are made for.
fn write_customers(
    book: &Book,
    session: &Stamp,
    g: &mut Gen,
    pool: &mut Pool,
    options: DemoOptions,
    progress: &mut dyn FnMut(u32),
) -> Result<Vec<Customer>> {
    let mut samples: Vec<Customer> = Vec::new();
    let mut index = 0;
    while index < options.customers {
        let end = (index + BATCH).min(options.customers);
        book.write(session, |tx| {
            for i in index..end {
                let c = customers::customer(g, pool, i).map_err(WriteError::Storage)?;
                let c = tx.insert_customer(&c, OUR_ID)?;
                if samples.len() < SAMPLES {
                    samples.push(c);
                }
                if (i + 1) % 1_000 == 0 {
                    progress(i + 1);
                }
            }
            tx.audit(
                "demo.customers_loaded",
                &format!("customers {}–{}", index + 1, end),
                None::<&()>,
                Some(&serde_json::json!({ "count": end - index, "seed": options.seed })),
            )?;
            tx.next_id_set("subscription", pool.next_subscription + 1)?;
            tx.next_id_set("service_request", pool.next_request + 1)?;
            Ok(())
        })
        .map_err(into_anyhow)?;
        index = end;
        progress(index);
    }
    Ok(samples)
}

fn into_anyhow(e: WriteError) -> anyhow::Error {
    match e {
        WriteError::Storage(e) => e,
        other => anyhow::anyhow!("demo data: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use crate::domain::invitation::InvitationStatus;

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
    fn the_demo_has_every_forecast_outcome_and_every_access_problem() {
        use crate::domain::gdap::forecast::{self, CannotExtend, Renewal};
        use crate::domain::gdap::health::{self, Problem};
        let book = demo(200, DEFAULT_SEED);
        let read = book.read().unwrap();
        let rels = read.admin_relationships().unwrap();
        let now = fixtures::now();
        let renewals: Vec<Renewal> = forecast::forecast(&rels, now, None).iter().map(|e| e.renewal).collect();
        for outcome in [
            Renewal::AutoExtends,
            Renewal::EndsAutoExtendOff,
            Renewal::CannotAutoExtend(CannotExtend::IncludesGlobalAdministrator),
            Renewal::ApprovalLapses,
        ] {
            assert!(renewals.contains(&outcome), "{outcome:?}");
        }
        let mut problems = Vec::new();
        let mut tenants: Vec<_> = rels.iter().map(|r| r.customer).collect();
        tenants.sort();
        tenants.dedup();
        let assignments = read.access_assignments().unwrap();
        for t in tenants {
            let c = read.customer(t).unwrap().unwrap();
            let theirs: Vec<_> = assignments.iter().filter(|a| a.customer == t).collect();
            problems.extend(
                health::of(health::is_reseller(&c, OUR_ID), rels.iter().filter(|r| r.customer == t), &theirs, now)
                    .problems,
            );
        }
        assert!(problems.iter().any(|p| matches!(p, Problem::NoAccessAssignment { .. })), "{problems:?}");
        assert!(problems.iter().any(|p| matches!(p, Problem::AssignmentFailed { .. })), "{problems:?}");
        use crate::domain::gdap::access::StatusKind;
        let kinds: Vec<StatusKind> = assignments.iter().map(|a| StatusKind::of(&a.status)).collect();
        for kind in StatusKind::ALL {
            assert!(kinds.contains(&kind), "an assignment {kind:?}");
        }
        assert!(problems.contains(&Problem::GdapWithoutReseller), "{problems:?}");
        assert!(problems.iter().any(|p| matches!(p, Problem::ExpiresCannotAutoExtend { days: 6, .. })), "{problems:?}");
        assert!(problems.iter().any(|p| matches!(p, Problem::ApprovalLapses { days: 5, .. })), "{problems:?}");
        assert!(problems.iter().any(|p| matches!(p, Problem::ExpiresAutoExtendOff { days: 20, .. })), "{problems:?}");
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
    fn where_another_partner_holds_admin_the_demo_records_the_reseller_owing_support() {
        let book = demo(300, DEFAULT_SEED);
        let mut moved = 0;
        book.read()
            .unwrap()
            .each_customer(|c| {
                if c.admin.as_ref().is_some_and(|a| a.partner != OUR_ID) && c.support_duty_now().is_some() {
                    moved += 1;
                    assert_eq!(c.support_duty, c.support_duty_now(), "{}", c.company_name);
                }
                assert!(c.support_duty.is_none() || c.support_duty_now().is_some(), "{}", c.company_name);
                Ok(())
            })
            .unwrap();
        assert!(moved > 0, "the demo has customers whose admin privileges moved to another partner");
    }

    #[test]
    fn tenants_with_only_a_granular_admin_relationship_are_on_the_list_and_stay_after_losing_the_reseller() {
        use crate::domain::admin::AdminRelationshipStatus as S;
        let book = demo(200, DEFAULT_SEED);
        let read = book.read().unwrap();
        let open: Vec<_> = read
            .admin_relationships()
            .unwrap()
            .into_iter()
            .filter(|r| !matches!(r.status, S::Expired | S::Terminated))
            .map(|r| r.customer)
            .collect();
        let mut listed = std::collections::HashSet::new();
        let mut granular_only = 0;
        read.each_customer_row(|r| {
            if r.listed {
                listed.insert(r.tenant_id);
            }
        })
        .unwrap();
        for tenant in &open {
            assert!(listed.contains(tenant), "{tenant} has a granular admin relationship");
            let c = read.customer(*tenant).unwrap().unwrap();
            granular_only += usize::from(!c.is_customer_of(OUR_ID));
        }
        assert!(granular_only >= 1, "the demo has a tenant with granular admin alone");
        // Item 2: the reseller relationship removed, the granular one keeps the tenant listed.
        let tenant = read
            .admin_relationships()
            .unwrap()
            .into_iter()
            .filter(|r| r.status == S::Active)
            .map(|r| read.customer(r.customer).unwrap().unwrap())
            .find(|c| {
                c.relationships_with(OUR_ID).collect::<Vec<_>>()
                    == [crate::domain::customer::RelationshipKind::Reseller]
            })
            .expect("a reseller customer with an active granular relationship");
        drop(read);
        let admin = book.read().unwrap().partner_users().unwrap().into_iter().find(|u| u.is_global_admin()).unwrap();
        let actor = crate::domain::permission::Actor::Partner(admin);
        let ctx = crate::operations::OpContext {
            actor: &actor,
            stamp: stamp("mai@saomai.vn", fixtures::now()),
            read_only: false,
            seed: 1,
        };
        let after = crate::operations::customers::suspend_and_remove_reseller(&book, &ctx, tenant.tenant_id).unwrap();
        assert!(!after.is_customer_of(OUR_ID));
        let mut still = false;
        book.read().unwrap().each_customer_row(|r| still |= r.tenant_id == tenant.tenant_id && r.listed).unwrap();
        assert!(still, "{} stays on the list with its granular admin relationship", tenant.company_name);
    }

    #[test]
    fn demo_refuses_a_book_that_is_not_empty() {
        let book = demo(5, 1);
        let options = DemoOptions { customers: 5, seed: 1, now: fixtures::now() };
        assert!(generate(&book, options, &stamp("demo", fixtures::now())).is_err());
    }
}
