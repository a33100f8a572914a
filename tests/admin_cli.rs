//! The command-line twins of issue #20's multi-partner and support-contact workflows:
//! `contacts add|remove|set`, `users list|add|edit|remove`, `invite --restore-admin` and
//! `accept --keep-admin`, with `--json` and README's exit codes.

mod common;

use common::cli::{demo, error, json, run};
use std::path::Path;

/// The domains of listed customers we resell to, from `customers list`.
fn listed(db: &Path) -> Vec<String> {
    let rows = json(&run(db, &["customers", "list", "--json"]));
    let rows = rows["customers"].as_array().cloned().unwrap_or_default();
    rows.iter().filter_map(|r| r["primary_domain"].as_str().map(str::to_string)).collect()
}

#[test]
fn contacts_are_added_removed_and_set_for_one_customer_or_all_and_users_refuse_removal_while_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 60);
    let domains = listed(&db);
    let (a, b) = (&domains[0], &domains[1]);
    let added =
        json(&run(&db, &["contacts", "add", "--customer", a, "--customer", b, "--email", "bao@saomai.vn", "--json"]));
    assert_eq!(added["done"], 2, "{added}");
    let set = json(&run(&db, &["contacts", "set", "--customer", a, "--json"]));
    let removed = set["removed"].as_array().unwrap();
    assert!(
        removed.iter().any(|r| r["email"] == "bao@saomai.vn" && r["customers"] == 1),
        "set names whom it took off: {set}"
    );

    // bao@ is still the contact of b: removing the user is refused, naming where.
    let (code, err) = error(&run(&db, &["users", "remove", "bao@saomai.vn", "--json"]));
    assert_eq!(code, 3, "{err}");
    assert!(err["message"].as_str().unwrap().contains("support contact"), "{err}");
    let gone = json(&run(&db, &["contacts", "remove", "--all", "--email", "bao@saomai.vn", "--json"]));
    assert!(gone["removed"][0]["customers"].as_u64() >= Some(1), "{gone}");
    let text = run(&db, &["contacts", "remove", "--all", "--email", "bao@saomai.vn"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("0 added"), "{}", String::from_utf8_lossy(&text.stdout));
    let out = run(&db, &["users", "remove", "bao@saomai.vn", "--json"]);
    assert_eq!(json(&out)["removed"]["email"], "bao@saomai.vn");

    // Not a partner user: each customer is refused with why, and nothing changes.
    let refused = json(&run(&db, &["contacts", "add", "--customer", a, "--email", "nobody@saomai.vn", "--json"]));
    assert_eq!(refused["done"], 0, "{refused}");
    assert!(refused["refused"][0]["reason"].as_str().unwrap().contains("not a partner user"), "{refused}");
}

#[test]
fn partner_users_are_listed_added_and_edited_with_their_roles() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 60);
    let added = json(&run(
        &db,
        &[
            "users",
            "add",
            "--email",
            "thu@saomai.vn",
            "--name",
            "Ngô Thị Thu",
            "--agents",
            "helpdesk",
            "--supported",
            "limited",
            "--json",
        ],
    ));
    assert_eq!(added["user"]["agent"]["helpdesk"], true, "{added}");
    let edited = json(&run(&db, &["users", "edit", "thu@saomai.vn", "--agents", "admin,helpdesk", "--json"]));
    assert_eq!(edited["user"]["agent"]["admin"], true, "{edited}");
    assert_eq!(edited["user"]["supported_admin"], "limited", "what is not given stays: {edited}");
    let list = json(&run(&db, &["users", "list", "--json"]));
    assert!(list["users"].as_array().unwrap().iter().any(|u| u["email"] == "thu@saomai.vn"), "{list}");
    let (code, err) = error(&run(&db, &["users", "edit", "thu@saomai.vn", "--role", "boss", "--json"]));
    assert_eq!(code, 2, "{err}");
    let (code, _) = error(&run(&db, &["users", "edit", "who@saomai.vn", "--name", "X", "--json"]));
    assert_eq!(code, 4);
}
