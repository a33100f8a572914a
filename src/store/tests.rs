use super::*;
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::country::Cloud;
use crate::domain::fixtures;

fn stamp() -> Stamp {
    Stamp { actor: "lan@saomai.vn".into(), session: SessionId("test".into()), at: fixtures::now(), via: String::new() }
}

fn add_customer(book: &Book) -> Result<Customer, WriteError> {
    book.write(&stamp(), |tx| {
        let c = tx.insert_customer(&fixtures::customer("VN"), fixtures::US)?;
        tx.audit("customer.added", c.primary_domain.as_str(), None::<&()>, Some(&c))?;
        Ok(c)
    })
}

use crate::domain::customer::Customer;

fn add_customer_named(book: &Book, name: &str) -> Result<Customer, WriteError> {
    let mut c = fixtures::customer("VN");
    c.tenant_id = crate::domain::ids::TenantId(uuid::Uuid::from_u128(0xc2));
    c.company_name = name.into();
    c.primary_domain = crate::domain::validate::domain(Input::Domain, "second.onmicrosoft.com").unwrap();
    c.users.clear();
    book.write(&stamp(), |tx| {
        let c = tx.insert_customer(&c, fixtures::US)?;
        tx.audit("customer.added", c.primary_domain.as_str(), None::<&()>, Some(&c))?;
        Ok(c)
    })
}

#[test]
fn a_new_file_becomes_an_empty_book_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    assert!(matches!(Book::open(&path).err().unwrap(), OpenError::Missing(_)));
    assert!(!path.exists(), "opening a missing book creates nothing");
    {
        let book = Book::create(&path).unwrap();
        assert!(book.read().unwrap().org().unwrap().is_none());
        add_customer(&book).unwrap();
    }
    let book = Book::open(&path).unwrap();
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 1);
}

#[test]
fn opening_refuses_a_directory_a_foreign_file_and_a_second_process() {
    let dir = tempfile::tempdir().unwrap();
    let err = Book::open(dir.path()).err().unwrap();
    assert!(matches!(err, OpenError::IsDirectory(_)), "{err}");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hello, not a book").unwrap();
    let err = Book::open(&text).err().unwrap();
    assert!(
        err.to_string()
            .ends_with("is not a partnerdesk book; give the path of a book, or a new file name to start one.")
    );
    assert_eq!(std::fs::read(&text).unwrap(), b"hello, not a book", "the file is untouched");

    let path = dir.path().join("book.redb");
    let _first = Book::create(&path).unwrap();
    let err = Book::open(&path).err().unwrap();
    assert!(matches!(err, OpenError::Locked(_)), "{err}");
    assert!(err.to_string().contains("partnerdesk serve"));
}

#[test]
fn opening_refuses_another_redb_file_and_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.redb");
    {
        let db = redb::Database::create(&other).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<u64, u64>::new("stuff")).unwrap().insert(1, 2).unwrap();
        txn.commit().unwrap();
    }
    assert!(matches!(Book::open(&other).err().unwrap(), OpenError::NotABook(_)));

    let newer = dir.path().join("newer.redb");
    {
        let book = Book::create(&newer).unwrap();
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.open_table(META).unwrap().insert("schema_version", (SCHEMA_VERSION + 1).to_le_bytes().as_slice()).unwrap();
        txn.commit().unwrap();
    }
    let err = Book::open(&newer).err().unwrap();
    assert!(matches!(err, OpenError::NewerSchema { .. }), "{err}");
    assert!(err.to_string().contains("upgrade partnerdesk"));
}

#[test]
fn a_refused_operation_writes_nothing() {
    let book = Book::in_memory().unwrap();
    let result: Result<(), WriteError> = book.write(&stamp(), |tx| {
        tx.insert_customer(&fixtures::customer("VN"), fixtures::US)?;
        tx.audit("customer.added", "x", None::<&()>, None::<&()>)?;
        Err(Refusal::new(crate::domain::msg::BookMsg::ReadOnlySession).into())
    });
    assert!(matches!(result, Err(WriteError::Refused(_))));
    let read = book.read().unwrap();
    assert_eq!(read.customer_count().unwrap(), 0);
    assert_eq!(read.audit_len().unwrap(), 0);
}

#[test]
fn a_change_without_an_audit_record_is_not_committed() {
    let book = Book::in_memory().unwrap();
    let result = book.write(&stamp(), |tx| tx.insert_customer(&fixtures::customer("VN"), fixtures::US));
    assert!(matches!(result, Err(WriteError::Storage(_))));
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 0);
}

#[test]
fn every_change_is_audited_with_who_when_session_and_before_after() {
    let book = Book::in_memory().unwrap();
    let c = add_customer(&book).unwrap();
    let events = book.read().unwrap().audit_newest(10).unwrap();
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!((e.seq, e.actor.as_str(), e.session.0.as_str()), (1, "lan@saomai.vn", "test"));
    assert_eq!(e.target, c.primary_domain.as_str());
    assert!(e.before.is_none());
    assert!(e.after.as_deref().is_some_and(|a| a.contains("Minh Phát")));
}

#[test]
fn a_stale_save_is_refused_and_names_who_changed_it() {
    let book = Book::in_memory().unwrap();
    let opened = add_customer(&book).unwrap();
    let mut first = opened.clone();
    first.company_name = "First".into();
    book.write(&stamp(), |tx| {
        tx.update_customer(&first, fixtures::US)?;
        tx.audit("customer.edited", opened.primary_domain.as_str(), Some(&opened), Some(&first))
    })
    .unwrap();
    let mut second = opened.clone();
    second.company_name = "Second".into();
    let err = book.write(&stamp(), |tx| tx.update_customer(&second, fixtures::US)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "minhphat.onmicrosoft.com was changed by lan@saomai.vn since you opened it; reopen it to see their change."
    );
    let stored = book.read().unwrap().customer(opened.tenant_id).unwrap().unwrap();
    assert_eq!((stored.company_name.as_str(), stored.version), ("First", 2));
}

#[test]
fn domains_and_customer_logins_are_unique_and_indexed() {
    let book = Book::in_memory().unwrap();
    let c = add_customer(&book).unwrap();
    let mut twin = fixtures::customer("VN");
    twin.tenant_id = crate::domain::ids::TenantId(uuid::Uuid::from_u128(0xc2));
    let err = book.write(&stamp(), |tx| tx.insert_customer(&twin, fixtures::US)).unwrap_err();
    assert!(err.to_string().starts_with("Domain: minhphat.onmicrosoft.com belongs to another customer"), "{err}");
    let read = book.read().unwrap();
    assert_eq!(read.customer_by_domain("MINHPHAT.onmicrosoft.com").unwrap().map(|x| x.tenant_id), Some(c.tenant_id));
    assert_eq!(read.customer_login(&c.users[0].email).unwrap(), Some(c.tenant_id));
    let mut rows = Vec::new();
    read.each_customer_row(|r| rows.push(r)).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].name, "Công ty TNHH Minh Phát");
    let _ = Cloud::Public;
}

#[test]
fn counters_and_change_notifications() {
    let book = Book::in_memory().unwrap();
    let mut changes = book.changes();
    let ids = book.write(&stamp(), |tx| Ok((tx.next_id("invitation")?, tx.next_id("invitation")?))).unwrap();
    assert_eq!(ids, (1, 2));
    assert!(!changes.has_changed().unwrap(), "moving a counter changes nothing anyone sees");
    let before = *changes.borrow_and_update();
    add_customer(&book).unwrap();
    assert!(changes.has_changed().unwrap());
    let after = *changes.borrow();
    assert!(before.changed(&after, Kind::Customers) && before.changed(&after, Kind::Audit));
    assert!(!before.changed(&after, Kind::Invitations), "only what changed is announced");
}

/// A book as an older partnerdesk wrote it: schema `version`, records without checksums in
/// the tables of that time, filled by `fill`.
fn legacy_book(path: &std::path::Path, version: u32, fill: impl FnOnce(&redb::WriteTransaction)) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut meta = txn.open_table(META).unwrap();
        meta.insert("kind", schema::BOOK_KIND).unwrap();
        meta.insert("schema_version", version.to_le_bytes().as_slice()).unwrap();
    }
    fill(&txn);
    txn.commit().unwrap();
}

/// A record as books before v5 stored it: its postcard bytes, no checksum.
fn legacy<R: serde::Serialize>(record: &R) -> Vec<u8> {
    postcard::to_stdvec(record).unwrap()
}

/// The v1 organization and customer tables, filled the way v1 did.
fn legacy_customer(txn: &redb::WriteTransaction) {
    let org: redb::TableDefinition<&str, &[u8]> = redb::TableDefinition::new("org_v1");
    let org_record = records::v1::PartnerOrganization::from(&fixtures::org(Cloud::Public));
    txn.open_table(org).unwrap().insert("org", legacy(&org_record).as_slice()).unwrap();
    let customers: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("customers_v1");
    let c = fixtures::customer("VN");
    let record = records::v1::Customer::from(&c);
    txn.open_table(customers).unwrap().insert(c.tenant_id.as_u128(), legacy(&record).as_slice()).unwrap();
    txn.open_table(tables::DOMAINS).unwrap().insert(c.primary_domain.as_str(), c.tenant_id.as_u128()).unwrap();
    let mut logins = txn.open_table(tables::CUSTOMER_LOGINS).unwrap();
    for u in &c.users {
        logins.insert(u.email.as_str(), c.tenant_id.as_u128()).unwrap();
    }
}

#[test]
fn a_v1_book_is_migrated_to_name_ordered_list_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.redb");
    legacy_book(&path, 1, |txn| {
        legacy_customer(txn);
        let old: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("customer_rows_v1");
        txn.open_table(old).unwrap().insert(1, b"old".as_slice()).unwrap();
    });
    let book = Book::open(&path).unwrap();
    let mut rows = Vec::new();
    book.read().unwrap().each_customer_row(|r| rows.push(r)).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].folded, "cong ty tnhh minh phat minhphat.onmicrosoft.com");
    let txn = book.db_for_tests().begin_read().unwrap();
    let version = schema::read_version(&txn.open_table(META).unwrap()).unwrap();
    assert_eq!(version, Some(SCHEMA_VERSION));
    drop(txn);
    let report = check::check(&book).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

#[test]
fn a_v2_book_gets_the_default_catalogue_and_a_new_book_starts_with_it() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        Book::create(&dir.path().join("new.redb")).unwrap().read().unwrap().catalogue().unwrap(),
        crate::domain::catalogue::default_catalogue()
    );
    let path = dir.path().join("v2.redb");
    legacy_book(&path, 2, legacy_customer);
    let book = Book::open(&path).unwrap();
    let catalogue = book.read().unwrap().catalogue().unwrap();
    assert_eq!(catalogue.len(), crate::domain::catalogue::OFFERS.len());
    assert_eq!(catalogue[2].name, "Microsoft 365 Business Premium");
}

#[test]
fn a_v3_book_gets_audit_records_of_changed_fields_only_and_checksums() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.redb");
    legacy_book(&path, 3, |txn| {
        legacy_customer(txn);
        let rows: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new("customer_rows_v2");
        let row = fixtures::customer("VN").row(fixtures::US);
        let record = records::v2::CustomerRow::from(&row);
        txn.open_table(rows).unwrap().insert(row.sort_key().as_slice(), legacy(&record).as_slice()).unwrap();
        let whole = |city: &str| format!(r#"{{"company_name":"Hải Âu","version":3,"address":{{"city":"{city}"}}}}"#);
        let old = records::v1::AuditEvent {
            seq: 1,
            at: fixtures::now(),
            actor: "lan@saomai.vn".into(),
            session: "s".into(),
            action: "customer.edited".into(),
            target: "haiau.onmicrosoft.com".into(),
            before: Some(whole("Huế")),
            after: Some(whole("Đà Nẵng")),
        };
        let audit: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("audit_v1");
        txn.open_table(audit).unwrap().insert(1, legacy(&old).as_slice()).unwrap();
    });
    let book = Book::open(&path).unwrap();
    let events = book.read().unwrap().audit_newest(10).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].before.as_deref(), Some(r#"{"address":{"city":"Huế"}}"#));
    assert_eq!(events[0].after.as_deref(), Some(r#"{"address":{"city":"Đà Nẵng"}}"#));
    assert_eq!(events[0].via, None, "unknown for older records");
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 1);
    let report = check::check(&book).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

#[test]
fn reading_a_book_changes_no_byte_of_it_and_the_file_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/book.redb");
    {
        let book = Book::create(&path).unwrap();
        add_customer(&book).unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    }
    let before = std::fs::read(&path).unwrap();
    {
        let book = Book::open_read_only(&path).unwrap();
        assert_eq!(book.read().unwrap().customer_count().unwrap(), 1);
        let refused = book.write(&stamp(), |tx| tx.audit("x", "y", None::<&()>, Some(&1)));
        assert!(matches!(refused, Err(WriteError::Refused(_))), "a read-only book refuses to write");
    }
    assert!(std::fs::read(&path).unwrap() == before, "not a byte changed");
    // A writer and readers share the book: readers follow the writer's commits.
    let writer = Book::open(&path).unwrap();
    let reader = Book::open_read_only(&path).unwrap();
    add_customer_named(&writer, "Second").unwrap();
    assert_eq!(reader.read().unwrap().customer_count().unwrap(), 2);
    assert!(matches!(Book::open(&path).err().unwrap(), OpenError::Locked(_)), "one writer only");
}

#[test]
fn a_book_replaced_under_a_writer_refuses_its_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    let writer = Book::create(&path).unwrap();
    add_customer(&writer).unwrap();
    // A restore by `mv`: another book takes the path.
    let other = dir.path().join("other.redb");
    drop(Book::create(&other).unwrap());
    std::fs::rename(&other, &path).unwrap();
    let err = add_customer_named(&writer, "Lost").unwrap_err();
    assert!(err.to_string().contains("was replaced or moved since partnerdesk opened it"), "{err}");
    // The lock follows the path: a second writer on the new file is refused while the first lives.
    assert!(matches!(Book::open(&path).err().unwrap(), OpenError::Locked(_)));
    drop(writer);
    assert!(Book::open(&path).is_ok());
}

#[test]
fn a_commit_announces_the_customers_it_changed() {
    let book = Book::in_memory().unwrap();
    let before = *book.changes().borrow();
    let first = add_customer(&book).unwrap();
    let middle = *book.changes().borrow();
    let second = add_customer_named(&book, "Sao Khuê").unwrap();
    book.write(&stamp(), |tx| {
        let mut c = tx.customer(first.tenant_id)?.unwrap();
        c.address.city = "Huế".into();
        tx.update_customer(&c, fixtures::US)?;
        tx.audit("customer.edited", c.primary_domain.as_str(), None::<&()>, Some(&c.address))
    })
    .unwrap();
    let now = *book.changes().borrow();
    assert_eq!(now.count(Kind::Customers), before.count(Kind::Customers) + 3);
    let mut both = vec![first.tenant_id, second.tenant_id];
    both.sort();
    assert_eq!(book.customers_changed(&before, &now), Some(both.clone()), "each key once");
    assert_eq!(book.customers_changed(&middle, &now), Some(both.clone()));
    assert_eq!(book.customers_changed(&now, &now), Some(vec![]));
    // A city is not on the list: the first customer's row stays as it was, only added rows move.
    assert_eq!(book.customer_rows_changed(&before, &now), Some(both), "both rows were added");
    assert_eq!(book.customer_rows_changed(&middle, &now), Some(vec![second.tenant_id]), "only the added row");
    let mut stored = Vec::new();
    book.read()
        .unwrap()
        .customer_rows_while(|row| {
            stored.push(row);
            true
        })
        .unwrap();
    let after = book.read().unwrap().customer(first.tenant_id).unwrap().unwrap();
    assert!(stored.contains(&after.row(fixtures::US)), "the row stored is still the record's row");
    book.write(&stamp(), |tx| tx.next_id("invitation")).unwrap();
    assert_eq!(*book.changes().borrow(), now, "a commit that changes no customer announces none");
}

/// The open file under a test's read lock, to make tables by hand.
pub(super) struct OpenedForTests<'a>(pub(super) std::sync::RwLockReadGuard<'a, Option<Opened>>);

impl std::ops::Deref for OpenedForTests<'_> {
    type Target = Database;
    fn deref(&self) -> &Database {
        match self.0.as_ref() {
            Some(Opened::Write(db)) => db,
            _ => panic!("a test changes a writable, open book"),
        }
    }
}

#[test]
fn a_resting_book_opens_again_for_the_next_read_and_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    let book = Book::create(&path).unwrap();
    add_customer(&book).unwrap();
    let snapshot = book.read().unwrap();
    assert!(!book.rest(), "a live snapshot keeps the file open");
    assert_eq!(snapshot.customer_count().unwrap(), 1);
    drop(snapshot);
    assert!(book.rest(), "nothing in use: the file closes");
    assert!(!book.rest(), "already resting");
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 1, "a read opens it again");
    assert!(book.rest());
    add_customer_named(&book, "Second").unwrap();
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 2, "a write opened it again and committed");
    drop(book);
    assert_eq!(Book::open(&path).unwrap().read().unwrap().customer_count().unwrap(), 2);
}

#[test]
fn a_book_in_memory_never_rests() {
    let book = Book::in_memory().unwrap();
    add_customer(&book).unwrap();
    assert!(!book.rest());
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 1);
}

#[test]
fn a_read_only_book_rests_and_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    add_customer(&Book::create(&path).unwrap()).unwrap();
    let book = Book::open_read_only(&path).unwrap();
    assert!(book.rest());
    assert_eq!(book.read().unwrap().customer_count().unwrap(), 1);
}
