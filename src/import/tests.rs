//! Each format's mapping onto the book and each refusal, on the sample files in
//! `tests/fixtures/import/` and Microsoft's published samples in `tests/fixtures/ms-samples/`.

use super::*;
use crate::domain::admin::{AdminRelationshipStatus, DirectoryRole};
use crate::domain::customer::{Ineligibility, RelationshipKind, SubscriptionStatus};
use crate::domain::ids::TenantId;
use crate::store::{Reads, Stamp};

fn fixture(name: &str) -> Source {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    Source::read(&path).unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        actor: "ayse@anadolubulut.com.tr".into(),
        session: crate::domain::ids::SessionId("t".into()),
        at: now(),
        via: String::new(),
    }
}

fn now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z").unwrap().to_utc()
}

/// A Turkish partner's new book.
fn book() -> Book {
    let book = Book::in_memory().unwrap();
    crate::operations::setup::init(&book, &stamp(), &crate::domain::fixtures::turkish_setup()).unwrap();
    book
}

fn run(book: &Book, format: Format, files: &[&str], customer: Option<&str>, dry_run: bool) -> Summary {
    let sources: Vec<Source> = files.iter().map(|f| fixture(f)).collect();
    let options = Options { format, customer, dry_run, now: now() };
    upsert(book, &stamp(), &sources, &options, &mut |_, _| {}).unwrap()
}

fn tenant(n: u8) -> TenantId {
    TenantId(uuid::Uuid::parse_str(&format!("0b7f8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a{n:02}")).unwrap())
}

fn reasons(summary: &Summary) -> Vec<(String, String)> {
    summary.refused.iter().map(|r| (r.at.clone(), r.reason.clone())).collect()
}

#[test]
fn formats_are_recognised_from_their_content() {
    for (file, format) in [
        ("import/pc-customers.json", Format::PcCustomers),
        ("import/pc-customers-pages.json", Format::PcCustomers),
        ("import/pc-subscriptions.json", Format::PcSubscriptions),
        ("import/gdap.json", Format::Gdap),
        ("import/customers.csv", Format::Csv),
        ("ms-samples/pc-customers.json", Format::PcCustomers),
        ("ms-samples/pc-subscriptions.json", Format::PcSubscriptions),
        ("ms-samples/gdap.json", Format::Gdap),
    ] {
        assert_eq!(detect(&fixture(file).bytes), Some(format), "{file}");
    }
    assert_eq!(detect(br#"{"schema_version":1,"organization":{}}"#), Some(Format::Export));
    assert_eq!(detect(b"hello"), None);
}

#[test]
fn partner_center_customers_map_onto_the_book_and_bad_items_are_refused_by_position() {
    let book = book();
    let summary = run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    assert_eq!((summary.added, summary.updated, summary.unchanged), (3, 0, 0));
    let refused = reasons(&summary);
    assert_eq!(refused.len(), 3, "{refused:?}");
    assert_eq!(refused[0].0, "item 4");
    assert!(refused[0].1.contains("not-a-guid") && refused[0].1.contains("not a tenant id"), "{refused:?}");
    assert_eq!(refused[1].0, "item 5");
    assert!(refused[1].1.contains("belongs to Marmara Yazılım A.Ş."), "{refused:?}");
    assert_eq!(refused[2].0, "item 6");
    assert!(refused[2].1.contains("“Turkey” is not an ISO country code"), "{refused:?}");

    let read = book.read().unwrap();
    let marmara = read.customer(tenant(1)).unwrap().unwrap();
    assert_eq!(marmara.company_name, "Marmara Yazılım A.Ş.");
    assert_eq!(marmara.country.as_str(), "TR", "no billing profile: the partner's country");
    assert_eq!(
        marmara.relationships_with(crate::domain::ids::PartnerId(5_123_456)).collect::<Vec<_>>(),
        [RelationshipKind::Reseller]
    );
    assert!(marmara.admin.is_none(), "admin privileges are the customer's to grant");
    let ege = read.customer(tenant(2)).unwrap().unwrap();
    assert_eq!(ege.primary_domain.as_str(), "egetekstil.onmicrosoft.com");
    assert_eq!((ege.address.city.as_str(), ege.address.postal_code.as_str()), ("İzmir", "35210"));
    assert!(ege.relationships.iter().any(|r| r.kind == RelationshipKind::Advisor));
    let karadeniz = read.customer(tenant(3)).unwrap().unwrap();
    assert_eq!(karadeniz.ineligible, Some(Ineligibility::Syndication));
    assert!(karadeniz.relationships.is_empty());
    assert_eq!(read.customer_count().unwrap(), 3);
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let book = book();
    run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    let before = book.read().unwrap().audit_len().unwrap();
    let again = run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    assert_eq!((again.added, again.updated, again.unchanged, again.refused.len()), (0, 0, 3, 3));
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before + 1, "only the import's own record");
}

#[test]
fn a_dry_run_reports_the_same_summary_and_writes_nothing() {
    let book = book();
    let audit = book.read().unwrap().audit_len().unwrap();
    let dry = run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, true);
    assert!(dry.dry_run);
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 0);
    assert_eq!(book.read().unwrap().audit_len().unwrap(), audit);
    let real = run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    assert_eq!((dry.added, dry.updated, dry.unchanged), (real.added, real.updated, real.unchanged));
    assert_eq!(reasons(&dry), reasons(&real));
}

#[test]
fn several_pages_in_one_file_are_one_list() {
    let book = book();
    let summary = run(&book, Format::PcCustomers, &["import/pc-customers-pages.json"], None, false);
    assert_eq!(summary.added, 2);
    let read = book.read().unwrap();
    let support_only = read.customer_by_domain("yunhai.onmicrosoft.com").unwrap().unwrap();
    assert!(support_only.relationships.is_empty(), "microsoft_support is no relationship with us");
}

#[test]
fn subscriptions_find_their_customer_in_links_and_map_status_quantity_and_partner_of_record() {
    let book = book();
    run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    let summary = run(&book, Format::PcSubscriptions, &["import/pc-subscriptions.json"], None, false);
    assert_eq!(summary.added, 4);
    let refused = reasons(&summary);
    assert_eq!(refused.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["item 5", "item 6", "item 7"]);
    assert!(refused[0].1.starts_with("status: “pending”"), "{refused:?}");
    assert!(refused[1].1.contains("-2 is not a licence count"), "{refused:?}");
    assert!(refused[2].1.contains("7654321 is not a partner known to the book"), "{refused:?}");
    let marmara = book.read().unwrap().customer(tenant(1)).unwrap().unwrap();
    let subs: Vec<_> = marmara.subscriptions.iter().map(|s| (s.offer.as_str(), s.quantity, s.status)).collect();
    assert_eq!(
        subs,
        [
            ("Microsoft 365 Business Basic", 25, SubscriptionStatus::Active),
            ("Exchange Online (Plan 1)", 10, SubscriptionStatus::Suspended),
            ("Eski Teams", 5, SubscriptionStatus::Expired),
            ("Microsoft 365 Business Premium", 25, SubscriptionStatus::Trial),
        ]
    );
    assert_eq!(marmara.subscriptions[0].partner_of_record, Some(crate::domain::ids::PartnerId(5_123_456)));
    assert_eq!(marmara.subscriptions[0].created_at.to_rfc3339(), "2026-03-01T08:15:00.123456700+00:00");
    assert!(marmara.services.contains(&"Microsoft Teams".to_string()), "services come from the catalogue");

    let again = run(&book, Format::PcSubscriptions, &["import/pc-subscriptions.json"], None, false);
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 4));
}

#[test]
fn a_subscriptions_file_without_its_customer_needs_customer() {
    let book = book();
    run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    let sample = "ms-samples/pc-subscriptions.json";
    let without = run(&book, Format::PcSubscriptions, &[sample], None, false);
    assert!(without.refused[0].reason.contains("--customer"), "{:?}", without.refused);
    let with = run(&book, Format::PcSubscriptions, &[sample], Some("egetekstil.onmicrosoft.com"), false);
    assert_eq!(with.added, 1, "{:?}", with.refused);
    let ege = book.read().unwrap().customer(tenant(2)).unwrap().unwrap();
    assert_eq!(ege.subscriptions[0].offer, "nickname", "friendlyName when there is no offerName");
    let unknown = run(&book, Format::PcSubscriptions, &[sample], Some("nobody.onmicrosoft.com"), false);
    assert!(unknown.refused[0].reason.contains("is not in the book"), "{:?}", unknown.refused);
}

#[test]
fn granular_admin_relationships_map_roles_durations_and_statuses() {
    let book = book();
    run(&book, Format::PcCustomers, &["import/pc-customers.json"], None, false);
    let summary = run(&book, Format::Gdap, &["import/gdap.json"], None, false);
    assert_eq!(summary.added, 3, "{:?}", summary.refused);
    let refused = reasons(&summary);
    assert_eq!(refused.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["item 3", "item 5", "item 6"]);
    assert!(refused[0].1.contains("9f9f9f9f-1c2d-4e5f-8a9b-0c1d2e3f4a99 is not in the book"));
    assert!(refused[1].1.contains("731 days is not between 1 and 730"));
    assert!(refused[2].1.contains("already the name of GDAP-1"), "names are unique, whatever their case");

    let rels = book.read().unwrap().admin_relationships().unwrap();
    let marmara = &rels[0];
    assert_eq!(marmara.name, "Marmara - destek");
    assert_eq!(
        marmara.roles,
        [
            DirectoryRole::GlobalReader,
            DirectoryRole::HelpdeskAdministrator,
            DirectoryRole::from_role_id("3a2c62db-5318-420d-8d74-23affee5d9d5").unwrap(),
        ]
    );
    assert_eq!(marmara.roles[2].label(), "Intune Administrator");
    assert_eq!(
        (marmara.duration_days, marmara.auto_extend, marmara.status),
        (730, true, AdminRelationshipStatus::Active)
    );
    let ege = &rels[1];
    assert_eq!((ege.duration_days, ege.auto_extend), (730, false), "P2Y is 730 days; PT0S never extends");
    assert_eq!((ege.status, ege.activated_at), (AdminRelationshipStatus::ApprovalPending, None));

    // A role id that is not a built-in role is kept as it is, and shown by its id.
    let unknown = &rels[2];
    assert_eq!(unknown.roles[0].name(), "role dd4db9a0-cc4a-4213-9f9f-70242232d97e");

    let again = run(&book, Format::Gdap, &["import/gdap.json"], None, false);
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
}

#[test]
fn microsofts_published_gdap_sample_is_read() {
    let book = book();
    let customers = Source {
        name: "customers.json".into(),
        bytes: br#"{"totalCount":2,"items":[
            {"id":"52eaad04-13a2-4a2f-9ce8-93a294fadf36","companyProfile":{"tenantId":"52eaad04-13a2-4a2f-9ce8-93a294fadf36","domain":"contoso.onmicrosoft.com","companyName":"Contoso Inc"},"relationshipToPartner":"reseller"},
            {"id":"4b827261-d21f-4aa9-b7db-7fa1f56fb163","companyProfile":{"tenantId":"4b827261-d21f-4aa9-b7db-7fa1f56fb163","domain":"contososub.onmicrosoft.com","companyName":"Contoso subsidiary Inc"},"relationshipToPartner":"reseller"}]}"#
            .to_vec(),
    };
    let options = Options { format: Format::PcCustomers, customer: None, dry_run: false, now: now() };
    upsert(&book, &stamp(), &[customers], &options, &mut |_, _| {}).unwrap();
    let summary = run(&book, Format::Gdap, &["ms-samples/gdap.json"], None, false);
    assert_eq!(summary.added, 3, "{:?}", summary.refused);
    assert!(summary.refused.is_empty());
}

#[test]
fn a_csv_customer_list_with_its_own_headers_and_separator() {
    let book = book();
    let summary = run(&book, Format::Csv, &["import/customers.csv"], None, false);
    assert_eq!(summary.added, 3, "{:?}", summary.refused);
    let refused = reasons(&summary);
    assert_eq!(refused.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(), ["line 5", "line 6", "line 7"]);
    assert!(refused[0].1.contains("“Vietnam” is not a two-letter country code"));
    assert!(refused[1].1.contains("lan@binhminh.vn is already a user of another customer"));
    assert!(refused[2].1.starts_with("company: is required"));
    let read = book.read().unwrap();
    let binh_minh = read.customer_by_domain("binhminhdn.onmicrosoft.com").unwrap().unwrap();
    assert_eq!(binh_minh.company_name, "Công ty TNHH Bình Minh Đà Nẵng");
    assert_eq!((binh_minh.country.as_str(), binh_minh.address.city.as_str()), ("VN", "Đà Nẵng"));
    assert!(binh_minh.users[0].global_admin && binh_minh.users[0].email.as_str() == "lan@binhminh.vn");
    let quoted = read.customer_by_domain("dacbiet.onmicrosoft.com").unwrap().unwrap();
    assert_eq!(quoted.company_name, "Hàng \"Đặc biệt\" JSC");
    assert_eq!(quoted.country.as_str(), "TR", "no country: the partner's");
    let advisor = read.customer_by_domain("istanbulbulut.onmicrosoft.com").unwrap().unwrap();
    assert_eq!(advisor.relationships[0].kind, RelationshipKind::Advisor);
}

/// An import run by a Turkish operator says each refused row, and where it is, in Turkish.
#[test]
fn refused_rows_are_said_in_the_operators_language() {
    let summary = crate::i18n::scoped(crate::i18n::Locale::Tr, || {
        run(&book(), Format::Csv, &["import/customers.csv"], None, true)
    });
    let refused = reasons(&summary);
    assert_eq!(refused[0].0, "satır 5", "{refused:?}");
    assert!(refused[0].1.contains("“Vietnam”, VN, TR ya da CN gibi iki harfli bir ülke kodu değil"), "{refused:?}");
    assert!(refused[1].1.contains("defterde zaten başka bir müşterinin kullanıcısı"), "{refused:?}");
}

#[test]
fn a_file_that_is_not_valid_in_its_format_is_refused_whole_with_its_position() {
    let book = book();
    let audit = book.read().unwrap().audit_len().unwrap();
    for (file, format, position) in [
        ("import/truncated.json", Format::PcCustomers, "line 24"),
        ("import/ragged.csv", Format::Csv, "line 3"),
        ("import/no-tenant.csv", Format::Csv, "line 1"),
        ("import/customers.csv", Format::Gdap, "line 1"),
    ] {
        let options = Options { format, customer: None, dry_run: false, now: now() };
        let err = upsert(&book, &stamp(), &[fixture(file)], &options, &mut |_, _| {}).unwrap_err();
        let invalid = err.downcast_ref::<InvalidFile>().unwrap_or_else(|| panic!("{file}: {err}"));
        assert!(invalid.at.as_deref().unwrap_or_default().starts_with(position), "{file}: {invalid}");
    }
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 0);
    assert_eq!(book.read().unwrap().audit_len().unwrap(), audit, "nothing was written");
}

#[test]
fn a_book_without_an_organization_cannot_import() {
    let book = Book::in_memory().unwrap();
    let options = Options { format: Format::Csv, customer: None, dry_run: false, now: now() };
    let err = upsert(&book, &stamp(), &[fixture("import/customers.csv")], &options, &mut |_, _| {}).unwrap_err();
    assert!(err.to_string().contains("partnerdesk init"), "{err}");
}

#[test]
fn graph_durations_are_whole_days() {
    use super::graph::days;
    assert_eq!(days("d", "P730D"), Ok(730));
    assert_eq!(days("d", "P2Y"), Ok(730));
    assert_eq!(days("d", "P1W"), Ok(7));
    assert_eq!(days("d", "PT0S"), Ok(0));
    assert_eq!(days("d", "P0D"), Ok(0));
    for bad in ["730", "P", "PT12H", "P1M", "P-3D", ""] {
        assert!(days("d", bad).is_err(), "{bad}");
    }
}

#[test]
fn an_export_restores_to_the_same_records_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let source = Book::create(&dir.path().join("demo.redb")).unwrap();
    crate::demo::generate(&source, crate::demo::DemoOptions { customers: 40, seed: 3, now: now() }, &stamp()).unwrap();
    let mut first = Vec::new();
    crate::export::write_json(&source, &mut first).unwrap();
    let file = dir.path().join("export.json");
    std::fs::write(&file, &first).unwrap();

    let target = dir.path().join("restored.redb");
    let restored = restore::restore(&target, &file, &stamp(), false, &mut |_| {}).unwrap();
    assert_eq!(restored.customers, 40);
    assert!(!partial_path(&target).exists());
    let book = Book::open(&target).unwrap();
    let mut second = Vec::new();
    crate::export::write_json(&book, &mut second).unwrap();
    let (a, b): (serde_json::Value, serde_json::Value) =
        (serde_json::from_slice(&first).unwrap(), serde_json::from_slice(&second).unwrap());
    for (key, value) in a.as_object().unwrap() {
        if key == "audit" {
            let (old, new) = (value.as_array().unwrap(), b["audit"].as_array().unwrap());
            assert_eq!(&new[..old.len()], &old[..], "the same history");
            assert_eq!(new.len(), old.len() + 1);
            assert_eq!(new[old.len()]["action"], "book.restored");
        } else {
            assert_eq!(&b[key], value, "{key}");
        }
    }
    drop(book);
    let again = restore::restore(&target, &file, &stamp(), false, &mut |_| {}).unwrap_err();
    assert!(again.to_string().contains("already holds the book of"), "{again}");
}

#[test]
fn a_truncated_export_leaves_no_book() {
    let dir = tempfile::tempdir().unwrap();
    let source = Book::create(&dir.path().join("demo.redb")).unwrap();
    crate::demo::generate(&source, crate::demo::DemoOptions { customers: 20, seed: 3, now: now() }, &stamp()).unwrap();
    let mut export = Vec::new();
    crate::export::write_json(&source, &mut export).unwrap();
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export[..export.len() * 2 / 3]).unwrap();
    let target = dir.path().join("restored.redb");
    let err = restore::restore(&target, &file, &stamp(), false, &mut |_| {}).unwrap_err();
    assert!(err.downcast_ref::<InvalidFile>().is_some_and(|e| e.at.is_some()), "{err}");
    assert!(!target.exists() && !partial_path(&target).exists(), "no half book is left");
}
