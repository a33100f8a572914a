//! No committed fact is lost or unchecked: every table of `tables.rs` is in `visit`; a small
//! populated book holds records in every one of them; a backup and an export restored give the
//! same book, table by table and entry by entry; `check` finds what breaks each table's rules.

use super::super::tables::*;
use super::super::{Book, Reads, Stamp, WriteTx, check};
use super::Contents;
use crate::domain::fixtures;
use crate::domain::ids::{AdminRelationshipId, Email, PartnerId, SessionId};
use crate::domain::partner_contact::PartnerContact;
use redb::{ReadableDatabase, ReadableTable, TableHandle};
use std::collections::BTreeSet;

fn stamp() -> Stamp {
    Stamp { actor: "mai@saomai.vn".into(), session: SessionId("test".into()), at: fixtures::now(), via: String::new() }
}

fn email(text: &str) -> Email {
    crate::domain::validate::email(crate::domain::Input::Email, text).unwrap()
}

/// A small demo book with records in every table: the demo, and what the demo does not make —
/// an operator's own language and time zone, another partner's contact details, an invitation's
/// admin note and an outside id.
fn populated() -> Book {
    let book = Book::in_memory().unwrap();
    let options = crate::demo::DemoOptions { customers: 20, seed: 7, now: fixtures::now() };
    crate::demo::generate(&book, options, &stamp()).unwrap();
    book.write(&stamp(), |tx| {
        let user = tx.partner_users()?[0].email.clone();
        tx.put_operator_language(&user, crate::i18n::Locale::Vi)?;
        tx.put_operator_zone(&user, &crate::i18n::zone::Zone::named("Asia/Ho_Chi_Minh").unwrap())?;
        let partner = tx.directory()?[0].partner_id;
        let contact = PartnerContact {
            email: Some(email("lienhe@doitac.vn")),
            phone: "+84 28 3822 0000".into(),
            address: crate::domain::org::Address {
                line1: "12 Nguyễn Huệ".into(),
                city: "Hồ Chí Minh".into(),
                postal_code: "700000".into(),
            },
        };
        tx.put_partner_contact(partner, &contact)?;
        let mut invitation = tx.invitations()?[0].clone();
        invitation.restores_admin = true;
        tx.update_invitation(&invitation)?;
        let relationship = tx.admin_relationships()?[0].id;
        tx.put_external_id(
            "gdap:5d0f2c7e-0b61-4a0e-9a1f-2c3d4e5f6a7b-11111111-2222-3333-4444-555555555555",
            &relationship.to_string(),
        )?;
        tx.audit("test.populated", "book", None::<&()>, Some(&true))
    })
    .unwrap();
    book
}

fn names(contents: &Contents) -> BTreeSet<String> {
    contents.keys().cloned().collect()
}

/// Every `TableDefinition` in `tables.rs` is listed in `visit`, so `init`, backup, `check` and
/// these tests cannot miss a table added there.
#[test]
fn every_table_in_tables_rs_is_listed() {
    let source = include_str!("../tables.rs");
    let defined: BTreeSet<String> = source
        .split("TableDefinition::new(\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(name, _)| name.to_string()))
        .collect();
    let listed: BTreeSet<String> = super::names().into_iter().collect();
    assert_eq!(
        defined, listed,
        "a table of tables.rs is missing from every_table::visit (or listed there and gone from tables.rs): \
         list it in visit, and give it its place in the export and restore, in check, and in `populated` here"
    );
}

#[test]
fn a_new_book_has_every_table_and_the_populated_book_holds_records_in_each() {
    let book = Book::in_memory().unwrap();
    let txn = book.db_for_tests().begin_read().unwrap();
    let made: BTreeSet<String> = txn.list_tables().unwrap().map(|t| t.name().to_string()).collect();
    assert_eq!(made, super::names().into_iter().collect(), "init makes every table");
    let contents = populated().contents().unwrap();
    assert_eq!(
        names(&contents),
        super::names().into_iter().collect(),
        "every table holds records in the populated book (a new table needs a record in `populated`, or its \
         round trip proves nothing)"
    );
}

#[test]
fn a_backup_and_an_in_memory_copy_hold_the_same_book_table_by_table() {
    let book = populated();
    let contents = book.contents().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("backup.redb");
    let copied = book.backup_to(&path).unwrap();
    assert_eq!(copied.customers, contents[CUSTOMERS.name()].len() as u64);
    let backup = Book::open(&path).unwrap();
    assert_eq!(backup.contents().unwrap(), contents);
    assert_eq!(book.copy_in_memory().unwrap().contents().unwrap(), contents);
    assert!(check::check(&backup).unwrap().problems.is_empty());
}

/// The export of `book`, written to a file in `dir`.
fn exported(book: &Book, dir: &std::path::Path) -> std::path::PathBuf {
    let mut json = Vec::new();
    crate::export::write_json(book, &mut json).unwrap();
    let file = dir.join("book.json");
    std::fs::write(&file, json).unwrap();
    file
}

#[test]
fn an_export_restored_is_the_same_book_table_by_table_with_one_audit_record_more() {
    let book = populated();
    let mut before = book.contents().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = exported(&book, dir.path());
    let path = dir.path().join("restored.redb");
    crate::import::restore::restore(&path, &file, &stamp(), false, &mut |_| {}).unwrap();
    let restored = Book::open(&path).unwrap();
    let mut after = restored.contents().unwrap();
    let audit = after.get_mut(AUDIT.name()).unwrap();
    let (_, last) = audit.pop().unwrap();
    let last: crate::domain::audit::AuditEvent = super::super::codec::decode(&last, AUDIT.name()).unwrap();
    assert_eq!(last.action, "book.restored", "the restore's own record ends the log");
    for name in super::names() {
        assert_eq!(after.remove(&name), before.remove(&name), "table {name}");
    }
    assert!(check::check(&restored).unwrap().problems.is_empty());
}

#[test]
fn a_migrated_books_log_travels_with_its_export() {
    let book = populated();
    let log = vec![crate::store::Migration {
        at: fixtures::now(),
        from: 3,
        to: crate::store::SCHEMA_VERSION,
        steps: vec![crate::store::MigrationStep::AuditReduced { records: 4 }],
    }];
    book.write(&stamp(), |tx| {
        tx.restoring();
        tx.restore_migrations(&log)
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = exported(&book, dir.path());
    let path = dir.path().join("restored.redb");
    crate::import::restore::restore(&path, &file, &stamp(), false, &mut |_| {}).unwrap();
    assert_eq!(Book::open(&path).unwrap().read().unwrap().migrations().unwrap(), log);
}

/// Runs `change` on a copy of the populated book, unaudited, as damage or a bug would, and
/// returns what `check` says of it.
fn problems_after(change: impl FnOnce(&mut WriteTx) -> Result<(), crate::store::WriteError>) -> Vec<String> {
    let book = populated();
    book.write(&stamp(), |tx| {
        tx.restoring();
        change(tx)
    })
    .unwrap();
    check::check(&book).unwrap().problems.iter().map(ToString::to_string).collect()
}

fn says(problems: &[String], text: &str) {
    assert!(problems.iter().any(|p| p.contains(text)), "no problem says {text:?}: {problems:?}");
}

#[test]
fn the_populated_book_passes_its_check_and_check_finds_what_breaks_each_new_table() {
    assert_eq!(check::check(&populated()).unwrap().problems, Vec::<check::Problem>::new());

    let nobody = email("nobody@saomai.vn");
    let p = problems_after(|tx| tx.put_operator_language(&nobody, crate::i18n::Locale::Tr));
    says(&p, "table operator_settings_v1, key \"nobody@saomai.vn\": names no partner user");
    let p = problems_after(|tx| tx.put_operator_zone(&nobody, &crate::i18n::zone::Zone::named("UTC").unwrap()));
    says(&p, "table operator_zones_v1, key \"nobody@saomai.vn\": names no partner user");

    let contact = PartnerContact { phone: "+90 212 000 00 00".into(), ..Default::default() };
    let p = problems_after(|tx| tx.put_partner_contact(PartnerId(9_999_999), &contact));
    says(&p, "table partner_contacts_v1, key 9999999: names no partner of the directory");

    let p = problems_after(|tx| {
        let inv = tx.invitations()?[0].clone();
        tx.txn.open_table(INVITATIONS)?.remove(inv.id.0)?;
        tx.txn.open_table(INVITATION_TOKENS)?.remove(inv.token.as_str())?;
        tx.txn.open_table(OFFER_TERMS)?.remove(inv.id.0)?;
        Ok(())
    });
    says(&p, "table invitation_admin_notes_v1, key");
    says(&p, "names no invitation of the book");

    let p = problems_after(|tx| {
        let mut holders = tx.txn.open_table(SUBSCRIPTION_HOLDERS)?;
        let (sub, _) = holders.first()?.map(|(k, v)| (k.value(), v.value())).unwrap();
        holders.insert(sub, 42u128)?;
        Ok(())
    });
    says(&p, "table subscription_holders_v1, key");
    says(&p, "as the holder of SUB-");
    let p = problems_after(|tx| {
        let mut holders = tx.txn.open_table(SUBSCRIPTION_HOLDERS)?;
        let sub = holders.first()?.map(|(k, _)| k.value()).unwrap();
        holders.remove(sub)?;
        Ok(())
    });
    says(&p, "table subscription_holders_v1: SUB-");

    let p = problems_after(|tx| {
        let mut a = tx.access_assignments()?[0].clone();
        a.relationship = AdminRelationshipId(999);
        tx.restore_access_assignment(&a)
    });
    says(&p, "names GDAP-999, which the book does not hold");
    let p = problems_after(|tx| {
        let mut a = tx.access_assignments()?[0].clone();
        a.customer = crate::domain::ids::TenantId::from_u128(7);
        tx.restore_access_assignment(&a)
    });
    says(&p, "table access_assignments_v1, key");
    says(&p, "but GDAP-");

    let p = problems_after(|tx| tx.put_external_id("gdap:gone", "GDAP-999"));
    says(&p, "table external_ids_v1, key \"gdap:gone\": names \"GDAP-999\", which the book does not hold");
    let p = problems_after(|tx| tx.put_external_id("mystery:1", "X-1"));
    says(&p, "table external_ids_v1, key \"mystery:1\": not a kind of outside id");

    let p = problems_after(|tx| tx.next_id_set("access_assignment", 1));
    says(&p, "table meta, key \"next_access_assignment\": the next id is 1, but");
    let p = problems_after(|tx| tx.next_id_set("subscription", 1));
    says(&p, "table meta, key \"next_subscription\": the next id is 1, but");
}

#[test]
fn a_table_this_build_does_not_know_is_reported_and_refused_by_backup_and_export() {
    let book = populated();
    let future: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("future_things_v1");
    let txn = book.db_for_tests().begin_write().unwrap();
    txn.open_table(future).unwrap().insert(1, b"a fact".as_slice()).unwrap();
    txn.commit().unwrap();
    let problems: Vec<String> = check::check(&book).unwrap().problems.iter().map(ToString::to_string).collect();
    says(&problems, "table future_things_v1: not a table this partnerdesk knows");
    let dir = tempfile::tempdir().unwrap();
    let refused = |e: anyhow::Error| e.downcast::<super::UnknownTables>().unwrap().0;
    assert_eq!(refused(book.backup_to(&dir.path().join("b.redb")).unwrap_err()), ["future_things_v1"]);
    assert!(!dir.path().join("b.redb").exists(), "no backup without it");
    assert_eq!(refused(crate::export::write_json(&book, &mut Vec::new()).unwrap_err()), ["future_things_v1"]);
    assert_eq!(refused(book.contents().unwrap_err()), ["future_things_v1"]);
}

#[test]
fn an_export_whose_records_disagree_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = exported(&populated(), dir.path());
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    json["access_assignments"][0]["relationship"] = "GDAP-999".into();
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let path = dir.path().join("restored.redb");
    let err = crate::import::restore::restore(&path, &file, &stamp(), false, &mut |_| {}).unwrap_err();
    let bad = err.downcast::<crate::import::restore::Inconsistent>().unwrap();
    assert!(bad.problems.iter().any(|p| p.to_string().contains("names GDAP-999")), "{:?}", bad.problems);
    assert!(!path.exists(), "nothing is kept");
    let dry = crate::import::restore::restore(&path, &file, &stamp(), true, &mut |_| {});
    assert!(dry.is_err(), "a dry run says so too");

    json["partner_users"][0]["language"] = "xx".into();
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let err = crate::import::restore::restore(&path, &file, &stamp(), false, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("language “xx” is not one partnerdesk speaks"), "{err}");
}
