//! Granular admin at the scale #24 asks for: a role template compared with 100,000 live
//! relationships (the templates pane and `gdap templates --diff`), and a request from a
//! template to 10,000 customers as one dry-run job (`gdap bulk request --dry-run`), chunk by
//! chunk as the app runs it. `cargo bench --bench gdap` (the 10,000-customer demo book is made
//! once, in memory, in about ten seconds).

use chrono::TimeZone;
use criterion::{Criterion, criterion_group, criterion_main};
use partnerdesk::demo::{self, DemoOptions};
use partnerdesk::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use partnerdesk::domain::gdap::bulk::{self, BulkAction};
use partnerdesk::domain::gdap::templates::{self, Template};
use partnerdesk::domain::ids::{AdminRelationshipId, PartnerId, SessionId, TenantId};
use partnerdesk::domain::permission::Actor;
use partnerdesk::operations::OpContext;
use partnerdesk::store::{Book, Reads, Stamp};

fn now() -> partnerdesk::domain::Timestamp {
    chrono::Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).single().unwrap_or_default()
}

fn stamp() -> Stamp {
    Stamp { actor: "hung@saomai.vn".into(), session: SessionId("bench".into()), at: now(), via: String::new() }
}

/// 100,000 active relationships, a third with each of three role sets.
fn relationships() -> Vec<AdminRelationship> {
    let sets = [templates::SUPPORT.roles(), templates::READ_ONLY.roles(), vec![DirectoryRole::GlobalAdministrator]];
    (0..100_000u64)
        .map(|i| AdminRelationship {
            id: AdminRelationshipId(i + 1),
            partner: PartnerId(4_512_345),
            customer: TenantId(uuid::Uuid::from_u128(u128::from(i) + 1)),
            customer_name: format!("Customer {i}"),
            name: format!("GDAP {i}"),
            roles: sets[(i % 3) as usize].clone(),
            duration_days: 730,
            auto_extend: false,
            status: AdminRelationshipStatus::Active,
            created_at: now() - chrono::Duration::days(10),
            activated_at: Some(now() - chrono::Duration::days(10)),
            ends_at: Some(now() + chrono::Duration::days(720)),
            version: 1,
        })
        .collect()
}

fn diff(c: &mut Criterion) {
    let rels = relationships();
    let want = templates::SUPPORT.roles();
    c.bench_function("template diff over 100k live relationships", |b| {
        b.iter(|| templates::differing(&want, &rels, now()).len())
    });
}

fn bulk_request(c: &mut Criterion) {
    let book = Book::in_memory().expect("a book");
    demo::generate(&book, DemoOptions { customers: 10_000, seed: 7, now: now() }, &stamp()).expect("the demo");
    let read = book.read().expect("a read");
    let me = read.partner_users().expect("users").into_iter().find(|u| u.email.as_str() == "hung@saomai.vn");
    let actor = Actor::Partner(me.expect("the demo's Admin agent"));
    let mut tenants = Vec::new();
    read.each_customer_row(|row| {
        if row.listed {
            tenants.push(row.tenant_id);
        }
    })
    .expect("the list");
    let rels = read.admin_relationships().expect("relationships");
    drop(read);
    let action =
        BulkAction::Request { template: Template::BuiltIn(templates::SUPPORT), duration_days: 730, auto_extend: true };
    let items = bulk::items(&action, &tenants, &rels, now());
    let mut group = c.benchmark_group("bulk granular admin");
    group.sample_size(10);
    group.bench_function(format!("request from a template, {} customers, dry run", items.len()), |b| {
        b.iter(|| {
            let ctx = OpContext { actor: &actor, stamp: stamp(), read_only: false, seed: 7 };
            let mut done = 0;
            for chunk in items.chunks(partnerdesk::app::job::CHUNK) {
                let results = partnerdesk::operations::gdap::bulk_chunk(&book, &ctx, &action, "GDAP", chunk, true);
                done += results.expect("a chunk").len();
            }
            done
        })
    });
    group.finish();
}

criterion_group!(benches, diff, bulk_request);
criterion_main!(benches);
