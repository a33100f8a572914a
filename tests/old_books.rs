//! Books written by earlier partnerdesk builds, one per schema version (tests/fixtures/books,
//! made as its README says), open in this one with every record they held, and say what
//! bringing them up to date did.

mod common;

use partnerdesk::store::{Book, MigrationStep, Reads, SCHEMA_VERSION, check};
use redb::{ReadableDatabase, ReadableTableMetadata, TableHandle};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A copy of the fixture book of schema `version`: opening it migrates it, and the fixture
/// must stay as the old build wrote it.
fn copy_of(version: u32, dir: &Path) -> PathBuf {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/books/book-v{version}.redb"));
    let copy = dir.join(format!("book-v{version}.redb"));
    std::fs::copy(&fixture, &copy).unwrap();
    copy
}

/// How many entries each table of the book holds, by table name, read with redb alone.
fn entries_by_table(path: &Path) -> HashMap<String, u64> {
    let db = redb::Database::open(path).unwrap();
    let txn = db.begin_read().unwrap();
    let names: Vec<String> = txn.list_tables().unwrap().map(|t| t.name().to_string()).collect();
    names
        .into_iter()
        .map(|name| {
            let len = txn.open_untyped_table(redb::TableDefinition::<&[u8], &[u8]>::new(&name)).unwrap().len().unwrap();
            (name, len)
        })
        .collect()
}

#[test]
fn a_book_of_every_earlier_schema_opens_with_every_record() {
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of(version, dir.path());
        let old = entries_by_table(&path);
        // A table by its name without the version (`partner_users_v1` → the book's newest
        // `partner_users_vN`: v5 renamed the tables it gave checksums).
        let held = |table: &str| {
            let base = table.rsplit_once("_v").map_or(table, |(b, _)| b);
            let versioned = |name: &String| {
                name.strip_prefix(base).and_then(|rest| rest.strip_prefix("_v")).and_then(|n| n.parse::<u32>().ok())
            };
            old.iter()
                .filter_map(|(name, len)| versioned(name).map(|n| (n, *len)))
                .max()
                .map(|(_, len)| len)
                .unwrap_or_else(|| panic!("v{version} has no {table}"))
        };
        let book = Book::open(&path).unwrap();

        let migration = book.migration().unwrap_or_else(|| panic!("v{version} was brought up to date"));
        assert_eq!((migration.from, migration.to), (version, SCHEMA_VERSION));
        assert_eq!(migration.steps.len() as u32, SCHEMA_VERSION - version);
        let report = check::check(&book).unwrap();
        assert!(report.problems.is_empty(), "v{version}: {:?}", report.problems);

        let read = book.read().unwrap();
        assert!(read.org().unwrap().is_some(), "v{version}: the organization");
        assert_eq!(read.partner_users().unwrap().len() as u64, held("partner_users_v1"), "v{version}");
        assert_eq!(read.directory().unwrap().len() as u64, held("directory_v1"), "v{version}");
        assert_eq!(read.invitations().unwrap().len() as u64, held("invitations_v1"), "v{version}");
        assert_eq!(read.admin_relationships().unwrap().len() as u64, held("admin_relationships_v1"), "v{version}");
        assert_eq!(read.audit_len().unwrap(), held("audit_v1"), "v{version}");
        if version >= 3 {
            assert_eq!(read.catalogue().unwrap().len() as u64, held("catalogue_v1"), "v{version}");
            assert_eq!(read.all_offer_terms().unwrap().len() as u64, held("offer_terms_v1"), "v{version}");
        }

        let mut customers = Vec::new();
        read.each_customer(|c| {
            customers.push(c);
            Ok(())
        })
        .unwrap();
        assert_eq!(customers.len() as u64, held("customers_v1"), "v{version}");
        assert!(!customers.is_empty());
        assert_eq!(read.customer_count().unwrap(), customers.len() as u64, "a list row for each customer");
        for c in &customers {
            let by_domain = read.customer_by_domain(c.primary_domain.as_str()).unwrap();
            assert_eq!(by_domain.as_ref(), Some(c), "v{version}: {} by its domain", c.company_name);
            // The index of who holds each subscription was built on opening.
            for s in &c.subscriptions {
                assert_eq!(read.subscription_holder(s.id).unwrap(), Some(c.tenant_id), "v{version}: {}", s.id);
            }
            for user in &c.users {
                let actor = read.actor(&user.email).unwrap();
                assert_eq!(actor.map(|a| a.email().to_string()), Some(user.email.to_string()), "v{version}");
            }
        }
        for inv in read.invitations().unwrap() {
            assert_eq!(read.invitation_by_token(&inv.token).unwrap(), Some(inv.clone()), "v{version}: {}", inv.id);
        }
        assert_eq!(read.migrations().unwrap(), vec![migration.clone()], "the book keeps what its migration did");
        drop(read);
        drop(book);
        assert!(Book::open(&path).unwrap().migration().is_none(), "v{version}: a second opening has nothing to do");
    }
}

#[test]
fn each_step_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(1, dir.path());
    let old = entries_by_table(&path);
    let book = Book::open(&path).unwrap();
    let steps = &book.migration().unwrap().steps;
    assert_eq!(steps[0], MigrationStep::ListRowsRebuilt { customers: old["customers_v1"] });
    assert!(matches!(steps[1], MigrationStep::CatalogueAdded { offers } if offers > 0));
    assert_eq!(steps[2], MigrationStep::AuditReduced { records: old["audit_v1"] });
    let MigrationStep::ChecksumsAdded { tables, records } = steps[3] else { panic!("{steps:?}") };
    assert!(tables >= 6 && records > old["customers_v1"] + old["audit_v1"], "{steps:?}");
    assert_eq!(steps[4], MigrationStep::ListRowsRebuilt { customers: old["customers_v1"] });
    assert_eq!(steps[5], MigrationStep::OperatorSettingsAdded);
}

#[test]
fn a_command_says_it_brought_the_book_up_to_date_and_check_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(3, dir.path());
    let db = path.to_str().unwrap();
    let out = common::partnerdesk(&["invitations", "purge", "--db", db]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("brought up to date (schema v3 → v7: "), "{stderr}");
    assert!(stderr.contains("audit records reduced to their changed fields"), "{stderr}");

    let again = common::partnerdesk(&["invitations", "purge", "--db", db]);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("brought up to date"), "once only");

    let check = common::partnerdesk(&["check", "--db", db]);
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{text}");
    assert!(text.contains(": schema v7; brought up to date on "), "{text}");
    assert!(text.contains("(schema v3 → v7: "), "{text}");

    let check = common::partnerdesk(&["check", "--db", db, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(json["schema"]["version"], 7);
    let migration = &json["schema"]["migrations"][0];
    assert_eq!((migration["from"].as_u64(), migration["to"].as_u64()), (Some(3), Some(7)));
    assert!(migration["steps"][0]["audit_reduced"]["records"].as_u64().unwrap() > 0, "{migration}");
}

/// A book brought up to date keeps every fact through a backup and through its export restored:
/// the same book, table by table and entry by entry (the restore adds its own audit record).
#[test]
fn a_book_of_every_earlier_schema_survives_a_backup_and_its_export_restored() {
    let stamp = partnerdesk::store::Stamp {
        actor: "old books".into(),
        session: partnerdesk::domain::ids::SessionId("test".into()),
        at: chrono::Utc::now(),
        via: String::new(),
    };
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let book = Book::open(&copy_of(version, dir.path())).unwrap();
        let contents = book.contents().unwrap();
        assert!(contents.contains_key("meta") && contents.contains_key("customers_v2"), "v{version}");

        let backup = dir.path().join("backup.redb");
        book.backup_to(&backup).unwrap();
        assert!(Book::open_read_only(&backup).unwrap().contents().unwrap() == contents, "v{version}: the backup");

        let mut json = Vec::new();
        partnerdesk::export::write_json(&book, &mut json).unwrap();
        let file = dir.path().join("book.json");
        std::fs::write(&file, json).unwrap();
        let restored = dir.path().join("restored.redb");
        partnerdesk::import::restore::restore(&restored, &file, &stamp, false, &mut |_| {}).unwrap();
        let mut after = Book::open(&restored).unwrap().contents().unwrap();
        after.get_mut("audit_v3").unwrap().pop();
        for (table, entries) in &contents {
            assert!(after.get(table) == Some(entries), "v{version}: table {table} restored as it was");
        }
        assert_eq!(after.len(), contents.len(), "v{version}: no table more");
    }
}
