//! A partner's own book from the first minute, through the binary as a new user would use it:
//! `init`, opening that is never a surprise, `import` of each format, a restore, and the JSON
//! contract with its exit codes.

mod common;

use common::partnerdesk;
use std::path::Path;
use std::process::Output;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).display().to_string()
}

const TURKISH: &[&str] = &[
    "--company",
    "Anadolu Bulut Çözümleri A.Ş.",
    "--partner-id",
    "5123456",
    "--tenant-id",
    "3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b",
    "--country",
    "TR",
    "--cloud",
    "public",
    "--admin-name",
    "Ayşe Yılmaz",
    "--admin-email",
    "ayse@anadolubulut.com.tr",
];

fn init(db: &str) {
    let out = partnerdesk(&[&["init", "--db", db][..], TURKISH].concat());
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn init_names_every_bad_field_writes_nothing_and_sets_a_book_up_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/book.redb");
    let db = path.to_str().unwrap();
    let bad = partnerdesk(&[
        "init",
        "--db",
        db,
        "--company",
        " ",
        "--partner-id",
        "12",
        "--tenant-id",
        "x",
        "--country",
        "Turkey",
        "--cloud",
        "public",
        "--admin-name",
        "Ayşe",
        "--admin-email",
        "ayse",
    ]);
    assert_eq!(bad.status.code(), Some(3));
    let err = stderr(&bad);
    for field in ["Company:", "Partner id:", "Tenant id:", "Country:", "Admin email:"] {
        assert!(err.contains(field), "{field} in {err}");
    }
    assert!(!path.exists() && !path.parent().unwrap().exists(), "a refused setup creates nothing");

    let out = json(&partnerdesk(&[&["init", "--db", db, "--json"][..], TURKISH].concat()));
    assert_eq!(out["schema_version"], 1);
    assert_eq!(out["organization"]["country"], "TR");
    assert_eq!(out["admin"]["company_role"], "global_admin");

    let again = partnerdesk(&[&["init", "--db", db][..], TURKISH].concat());
    assert_eq!(again.status.code(), Some(3));
    assert!(stderr(&again).contains("already belongs to Anadolu Bulut"), "{}", stderr(&again));

    // The new admin works at once: a customer added from the command line.
    let added = partnerdesk(&[
        "customers",
        "add",
        "--db",
        db,
        "--company",
        "İstanbul Yazılım",
        "--domain",
        "istyazilim",
        "--admin-email",
        "can@istyazilim.com.tr",
    ]);
    assert!(added.status.success(), "{}", stderr(&added));
    // Rule 7: the reseller relationship only; the customer's Global admin grants admin privileges.
    let said = String::from_utf8_lossy(&added.stdout);
    assert!(
        said.contains("without admin privileges")
            && said.contains("partnerdesk invite --customer istyazilim.onmicrosoft.com --restore-admin"),
        "{said}"
    );
}

#[test]
fn global_options_mean_the_same_before_or_after_the_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.redb");
    let db = db.to_str().unwrap();
    init(db);
    let after = partnerdesk(&["export", "--db", db]);
    let before = partnerdesk(&["--db", db, "export"]);
    assert!(before.status.success(), "{}", stderr(&before));
    assert_eq!(after.stdout, before.stdout);
    let as_before = partnerdesk(&["--as", "nobody@example.com", "--db", db, "customers", "list"]);
    let as_after = partnerdesk(&["customers", "list", "--db", db, "--as", "nobody@example.com"]);
    assert!(!as_before.status.success() && stderr(&as_before) == stderr(&as_after));
    let ro = partnerdesk(&["--read-only", "--db", db, "import", &fixture("import/customers.csv")]);
    assert!(!ro.status.success() && stderr(&ro).contains("--read-only"), "{}", stderr(&ro));
}

#[test]
fn a_mistyped_path_creates_nothing_and_says_so_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("typo/bok.redb");
    let db = missing.to_str().unwrap();
    for args in [
        vec!["export", "--db", db],
        vec!["--db", db, "customers", "list"],
        vec!["audit", "--db", db],
        vec!["--read-only", "--db", db, "export"],
        vec!["import", "--db", db, &fixture("import/customers.csv")],
        vec!["invitations", "list", "--db", db],
    ] {
        let out = partnerdesk(&args);
        assert_eq!(out.status.code(), Some(5), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(db) && err.contains("partnerdesk init"), "{err}");
        assert!(!dir.path().join("typo").exists(), "{args:?} created a folder");
    }
    let out = partnerdesk(&["export", "--db", db, "--json"]);
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["kind"], "unavailable");
    // A snapshot shows the setup screen the app would open there, and creates nothing either.
    let out = partnerdesk(&["snapshot", "--db", db, "--size", "80x24"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Set up your company's book"));
    assert!(!dir.path().join("typo").exists());
}

#[test]
fn a_turkish_partner_imports_partner_center_and_graph_responses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.redb");
    let db = db.to_str().unwrap();
    init(db);
    let customers = json(&partnerdesk(&["import", "--db", db, &fixture("import/pc-customers.json"), "--json"]));
    assert_eq!(customers["format"], "pc-customers");
    assert_eq!(customers["summary"]["added"], 3);
    assert_eq!(customers["summary"]["refused"][0]["at"], "item 4");
    let subs = json(&partnerdesk(&["import", "--db", db, &fixture("import/pc-subscriptions.json"), "--json"]));
    assert_eq!(subs["summary"]["added"], 4);
    let sample = partnerdesk(&[
        "import",
        "--db",
        db,
        &fixture("ms-samples/pc-subscriptions.json"),
        "--customer",
        "karadeniz.onmicrosoft.com",
    ]);
    let said = String::from_utf8_lossy(&sample.stdout);
    assert!(said.contains("1 added, 0 updated, 0 unchanged, 0 refused"), "{said}{}", stderr(&sample));
    let gdap = json(&partnerdesk(&["import", "--db", db, &fixture("import/gdap.json"), "--json"]));
    assert_eq!(gdap["summary"]["added"], 3);

    let list = json(&partnerdesk(&["customers", "list", "--db", db, "--json"]));
    let rows = list["customers"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["company_name"] == "Marmara Yazılım A.Ş." && r["relationship"] == "reseller"));

    // Twice is once; a dry run writes nothing; a truncated file changes nothing.
    let book = partnerdesk(&["export", "--db", db]).stdout;
    let again = json(&partnerdesk(&["import", "--db", db, &fixture("import/gdap.json"), "--dry-run", "--json"]));
    assert_eq!((&again["summary"]["added"], &again["summary"]["unchanged"]), (&0.into(), &3.into()));
    assert_eq!(partnerdesk(&["export", "--db", db]).stdout, book, "a dry run writes nothing");
    let truncated = partnerdesk(&["import", "--db", db, &fixture("import/truncated.json")]);
    assert_eq!(truncated.status.code(), Some(7));
    assert!(stderr(&truncated).contains("(at line 24, column"), "{}", stderr(&truncated));
    assert_eq!(partnerdesk(&["export", "--db", db]).stdout, book, "the book is unchanged");
}

#[test]
fn a_demo_export_restores_into_a_new_book_with_the_same_records_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.redb");
    let out = partnerdesk(&["demo", "--no-tui", "--db", demo.to_str().unwrap(), "--customers", "40"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = json(&partnerdesk(&["export", "--db", demo.to_str().unwrap()]));
    let file = dir.path().join("backup.json");
    std::fs::write(&file, serde_json::to_vec(&first).unwrap()).unwrap();

    let restored = dir.path().join("restored/book.redb");
    let out = partnerdesk(&["import", "--db", restored.to_str().unwrap(), file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.starts_with("Restored from") && said.contains(": 40 customers,"), "{said}");
    let second = json(&partnerdesk(&["export", "--db", restored.to_str().unwrap()]));
    for (key, value) in first.as_object().unwrap() {
        if key != "audit" {
            assert_eq!(&second[key], value, "{key}");
        }
    }
    let (old, new) = (first["audit"].as_array().unwrap(), second["audit"].as_array().unwrap());
    assert_eq!(&new[..old.len()], &old[..]);
    assert_eq!(new.last().unwrap()["action"], "book.restored");
    assert_eq!(first["customers"][0]["country"].as_str().map(str::len), Some(2), "countries are ISO codes");
    assert!(first["invitations"][0]["id"].as_str().unwrap().starts_with("INV-"));

    // A hand edit that leaves an access assignment without its relationship: refused whole.
    let mut edited = first.clone();
    edited["access_assignments"][0]["relationship"] = "GDAP-999".into();
    let bad = dir.path().join("edited.json");
    std::fs::write(&bad, serde_json::to_vec(&edited).unwrap()).unwrap();
    let elsewhere = dir.path().join("elsewhere.redb");
    let refused = partnerdesk(&["import", "--db", elsewhere.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(7), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("its records do not agree with each other, so nothing was restored"));
    assert!(stderr(&refused).contains("names GDAP-999, which the book does not hold"), "{}", stderr(&refused));
    assert!(!elsewhere.exists(), "no book is made");

    let over = partnerdesk(&["import", "--db", demo.to_str().unwrap(), file.to_str().unwrap()]);
    assert_eq!(over.status.code(), Some(3));
    assert!(stderr(&over).contains("already holds the book of Sao Mai"), "{}", stderr(&over));
}

#[test]
fn failures_are_one_json_object_with_a_kind_under_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.redb");
    let db = db.to_str().unwrap();
    init(db);
    let missing = partnerdesk(&["customers", "show", "--db", db, "nowhere.onmicrosoft.com", "--json"]);
    assert_eq!(missing.status.code(), Some(4));
    let err: serde_json::Value = serde_json::from_slice(&missing.stderr).unwrap();
    assert_eq!(err["error"]["kind"], "not_found");
    let refused = partnerdesk(&[
        "customers",
        "add",
        "--db",
        db,
        "--company",
        "X",
        "--domain",
        "bad domain",
        "--admin-email",
        "a@b.com",
        "--json",
    ]);
    assert_eq!(refused.status.code(), Some(3));
    let err: serde_json::Value = serde_json::from_slice(&refused.stderr).unwrap();
    assert_eq!((&err["error"]["kind"], &err["error"]["field"]), (&"refused".into(), &"domain".into()));
    let usage = partnerdesk(&["snapshot", "--db", db, "--size", "12", "--json"]);
    assert_eq!(usage.status.code(), Some(2));
}
