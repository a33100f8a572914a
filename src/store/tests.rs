use super::*;
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
    c.primary_domain = crate::domain::validate::domain("d", "second.onmicrosoft.com").unwrap();
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
        Err(Refusal::new("no").into())
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

#[test]
fn a_v1_book_is_migrated_to_name_ordered_list_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.redb");
    {
        let book = Book::create(&path).unwrap();
        add_customer(&book).unwrap();
        // Make it look like a v1 book: its old rows table, no v2 rows, schema 1.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.delete_table(tables::CUSTOMER_ROWS).unwrap();
        let old: redb::TableDefinition<u128, &[u8]> = redb::TableDefinition::new("customer_rows_v1");
        txn.open_table(old).unwrap().insert(1, b"old".as_slice()).unwrap();
        txn.open_table(META).unwrap().insert("schema_version", 1u32.to_le_bytes().as_slice()).unwrap();
        txn.commit().unwrap();
    }
    let book = Book::open(&path).unwrap();
    let mut rows = Vec::new();
    book.read().unwrap().each_customer_row(|r| rows.push(r)).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].folded, "cong ty tnhh minh phat minhphat.onmicrosoft.com");
    let txn = book.db_for_tests().begin_read().unwrap();
    let version = schema::read_version(&txn.open_table(META).unwrap()).unwrap();
    assert_eq!(version, Some(SCHEMA_VERSION));
}

#[test]
fn a_v2_book_gets_the_default_catalogue_and_a_new_book_starts_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.redb");
    {
        let book = Book::create(&path).unwrap();
        assert_eq!(book.read().unwrap().catalogue().unwrap(), crate::domain::catalogue::default_catalogue());
        // Make it look like a v2 book: no catalogue, schema 2.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.delete_table(tables::CATALOGUE).unwrap();
        txn.open_table(META).unwrap().insert("schema_version", 2u32.to_le_bytes().as_slice()).unwrap();
        txn.commit().unwrap();
        assert!(book.read().unwrap().catalogue().unwrap().is_empty());
    }
    let book = Book::open(&path).unwrap();
    let catalogue = book.read().unwrap().catalogue().unwrap();
    assert_eq!(catalogue.len(), crate::domain::catalogue::OFFERS.len());
    assert_eq!(catalogue[2].name, "Microsoft 365 Business Premium");
}

#[test]
fn a_v3_book_gets_audit_records_of_changed_fields_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.redb");
    {
        let book = Book::create(&path).unwrap();
        // Make it look like a v3 book: whole records before and after in `audit_v1`.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.delete_table(tables::AUDIT).unwrap();
        #[derive(serde::Serialize)]
        struct Old<'a> {
            seq: u64,
            at: crate::domain::Timestamp,
            actor: &'a str,
            session: SessionId,
            action: &'a str,
            target: &'a str,
            before: Option<String>,
            after: Option<String>,
        }
        let whole = |city: &str| format!(r#"{{"company_name":"Hải Âu","version":3,"address":{{"city":"{city}"}}}}"#);
        let old = Old {
            seq: 1,
            at: fixtures::now(),
            actor: "lan@saomai.vn",
            session: SessionId("s".into()),
            action: "customer.edited",
            target: "haiau.onmicrosoft.com",
            before: Some(whole("Huế")),
            after: Some(whole("Đà Nẵng")),
        };
        let old_def: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("audit_v1");
        txn.open_table(old_def).unwrap().insert(1, super::codec::encode(&old).unwrap().as_slice()).unwrap();
        txn.open_table(META).unwrap().insert("schema_version", 3u32.to_le_bytes().as_slice()).unwrap();
        txn.commit().unwrap();
    }
    let book = Book::open(&path).unwrap();
    let events = book.read().unwrap().audit_newest(10).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].before.as_deref(), Some(r#"{"address":{"city":"Huế"}}"#));
    assert_eq!(events[0].after.as_deref(), Some(r#"{"address":{"city":"Đà Nẵng"}}"#));
    assert_eq!(events[0].via, None, "unknown for older records");
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
