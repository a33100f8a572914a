//! The binary as scripts and operators use it.

use std::path::Path;
use std::process::{Command, Output};

fn partnerdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partnerdesk"))
        .args(args)
        .env_remove("PARTNERDESK_DB")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn demo(path: &Path, customers: &str) {
    let out = partnerdesk(&["demo", "--no-tui", "--db", path.to_str().unwrap(), "--customers", customers]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn demo_then_export_gives_the_whole_book_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "3000");
    let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let book: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(book["customers"].as_array().map(Vec::len), Some(3000));
    assert_eq!(book["organization"]["name"], "Sao Mai Cloud Solutions");
    assert!(book["audit"].as_array().is_some_and(|a| !a.is_empty()));
}

#[test]
fn demo_refuses_a_book_that_is_not_empty_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "10");
    let again = partnerdesk(&["demo", "--no-tui", "--db", path.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("pass --force"), "{}", stderr(&again));
    let forced = partnerdesk(&["demo", "--no-tui", "--force", "--db", path.to_str().unwrap(), "--customers", "20"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
}

#[test]
fn a_second_process_gets_one_clear_sentence_and_the_book_is_unharmed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.redb");
    demo(&path, "10");
    let before = partnerdesk(&["export", "--db", path.to_str().unwrap()]).stdout;
    let held = partnerdesk::store::Book::open(&path).expect("the first opener");
    let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = stderr(&out);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("is open in another partnerdesk process"), "{message}");
    assert!(message.contains("partnerdesk serve"), "{message}");
    drop(held);
    let after = partnerdesk(&["export", "--db", path.to_str().unwrap()]).stdout;
    assert_eq!(before, after);
}

#[test]
fn a_file_that_is_not_a_book_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "my notes").unwrap();
    let out = partnerdesk(&["export", "--db", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is not a partnerdesk book"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my notes");
    let out = partnerdesk(&["export", "--db", dir.path().to_str().unwrap()]);
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn snapshot_prints_the_screen_and_refuses_a_bad_script() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    demo(&path, "50");
    let db = path.to_str().unwrap();
    let out = partnerdesk(&["snapshot", "--db", db, "--size", "100x30", "--keys", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let screen = String::from_utf8(out.stdout).unwrap();
    assert_eq!(screen.lines().count(), 30);
    assert!(screen.contains("invitations"), "{screen}");

    let out = partnerdesk(&["snapshot", "--db", db, "--keys", "<Nope>"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad key script at “<Nope>”"), "{}", stderr(&out));

    let out = partnerdesk(&["snapshot", "--db", db, "--as", "nobody@nowhere.example"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is neither a partner user nor a user of a customer"), "{}", stderr(&out));

    let out = partnerdesk(&["snapshot", "--db", db, "--format", "svg"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<svg"));
}
