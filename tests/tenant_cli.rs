//! The command-line twins of the record's actions: `subscriptions …`, `tenant-users …` and
//! `customers remove-reseller`, with `--json` and README's exit codes.

mod common;

use common::cli::{demo, error, json, run};
use std::path::Path;

/// A customer we resell to and administer, from `export`: its domain, its first active
/// subscription with room for another licence, and a user without that licence.
fn ours(db: &Path) -> (String, String, u64, u64, String) {
    let book = json(&run(db, &["export"]));
    let us = book["organization"]["partner_id"].clone();
    for c in book["customers"].as_array().unwrap() {
        let resold =
            c["relationships"].as_array().unwrap().iter().any(|r| r["partner"] == us && r["kind"] == "reseller");
        let admin = c["admin"]["partner"] == us;
        let Some(s) = c["subscriptions"].as_array().unwrap().iter().find(|s| {
            s["status"] == "active"
                && s["assigned"].as_u64() < s["quantity"].as_u64()
                && s["assigned"].as_u64() > Some(1)
        }) else {
            continue;
        };
        let free = c["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["global_admin"] == false && !u["licences"].as_array().unwrap().contains(&s["id"]));
        if let (true, true, Some(user)) = (resold, admin, free) {
            return (
                c["primary_domain"].as_str().unwrap().to_string(),
                s["id"].as_str().unwrap().to_string(),
                s["assigned"].as_u64().unwrap(),
                s["quantity"].as_u64().unwrap(),
                user["email"].as_str().unwrap().to_string(),
            );
        }
    }
    panic!("no customer of ours in the demo book");
}

#[test]
fn subscriptions_are_listed_suspended_reactivated_and_refused_with_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 200);
    let (domain, sub, assigned, quantity, user) = ours(&db);

    let list = json(&run(&db, &["subscriptions", "list", "--customer", &domain, "--json"]));
    assert!(list["subscriptions"].as_array().unwrap().iter().any(|s| s["id"] == sub.as_str()), "{list}");

    let suspended = json(&run(&db, &["subscriptions", "suspend", &sub, "--json"]));
    assert_eq!(suspended["subscription"]["status"], "suspended", "{suspended}");
    let before = run(&db, &["export"]).stdout;
    let (code, err) = error(&run(&db, &["subscriptions", "suspend", &sub, "--json"]));
    assert_eq!((code, err["kind"].as_str()), (3, Some("refused")), "{err}");
    assert!(err["message"].as_str().unwrap().contains("reactivate it first"), "{err}");
    assert_eq!(run(&db, &["export"]).stdout, before, "a refusal writes nothing");
    let back = json(&run(&db, &["subscriptions", "reactivate", &sub, "--json"]));
    assert_eq!(back["subscription"]["status"], "active");

    let below = (assigned - 1).to_string();
    let (code, err) = error(&run(&db, &["subscriptions", "set-quantity", &sub, "--quantity", &below, "--json"]));
    assert_eq!((code, err["field"].as_str()), (3, Some("licences")), "{err}");
    let more = (quantity + 3).to_string();
    let changed = json(&run(&db, &["subscriptions", "set-quantity", &sub, "--quantity", &more, "--json"]));
    assert_eq!(changed["subscription"]["quantity"].as_u64(), Some(quantity + 3));

    let assigned_now = json(&run(&db, &["subscriptions", "assign", &sub, "--user", &user, "--json"]));
    assert_eq!(assigned_now["subscription"]["assigned"].as_u64(), Some(assigned + 1));
    let (code, err) = error(&run(&db, &["subscriptions", "assign", &sub, "--user", &user, "--json"]));
    assert_eq!((code, err["field"].as_str()), (3, Some("user")), "{err}");
    let unassigned = json(&run(&db, &["subscriptions", "unassign", &sub, "--user", &user, "--json"]));
    assert_eq!(unassigned["subscription"]["assigned"].as_u64(), Some(assigned));

    let (code, err) = error(&run(&db, &["subscriptions", "suspend", "SUB-x", "--json"]));
    assert_eq!((code, err["kind"].as_str()), (2, Some("usage")), "{err}");
    let (code, err) = error(&run(&db, &["subscriptions", "suspend", "SUB-999999", "--json"]));
    assert_eq!((code, err["kind"].as_str()), (4, Some("not_found")), "{err}");
    let (code, err) = error(&run(&db, &["--as", "tuan@saomai.vn", "subscriptions", "suspend", &sub, "--json"]));
    assert_eq!(code, 3, "a Billing admin may not: {err}");

    let cancelled = json(&run(&db, &["subscriptions", "cancel", &sub, "--json"]));
    assert_eq!(cancelled["cancelled"], sub.as_str(), "{cancelled}");
    let (code, _) = error(&run(&db, &["subscriptions", "cancel", &sub, "--customer", &domain, "--json"]));
    assert_eq!(code, 4, "gone from the record");
}

#[test]
fn tenant_users_are_added_and_passwords_reset_once_without_being_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 200);
    let (domain, _, _, _, user) = ours(&db);
    let email = format!("moi@{domain}");
    let added = json(&run(
        &db,
        &["tenant-users", "add", "--customer", &domain, "--email", &email, "--name", "Người Mới", "--json"],
    ));
    assert_eq!(added["user"]["email"], email.as_str(), "{added}");
    let (code, err) = error(&run(
        &db,
        &["tenant-users", "add", "--customer", &domain, "--email", &email, "--name", "Again", "--json"],
    ));
    assert_eq!((code, err["field"].as_str()), (3, Some("email")), "{err}");

    let reset = json(&run(&db, &["tenant-users", "reset-password", "--customer", &domain, "--user", &user, "--json"]));
    let password = reset["temporary_password"].as_str().unwrap().to_string();
    assert_eq!(password.len(), 14);
    let book = String::from_utf8(run(&db, &["export"]).stdout).unwrap();
    assert!(!book.contains(&password), "the book never keeps the password");
    let audit = json(&run(&db, &["audit", "--json"]));
    let last = audit["audit"].as_array().and_then(|a| a.last()).cloned().unwrap_or_default();
    assert_eq!(last["action"], "tenant.password_reset", "{last}");

    let (code, err) = error(&run(
        &db,
        &["--as", "lan@saomai.vn", "tenant-users", "reset-password", "--customer", &domain, "--user", &user, "--json"],
    ));
    assert_eq!(code, 3, "a Sales agent administers no users: {err}");

    let list = json(&run(&db, &["tenant-users", "list", "--customer", &domain, "--json"]));
    let admins: Vec<&str> = list["users"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["global_admin"] == true)
        .filter_map(|u| u["email"].as_str())
        .collect();
    if let [only] = admins.as_slice() {
        let (code, err) = error(&run(
            &db,
            &["tenant-users", "global-admin", "--customer", &domain, "--user", only, "--remove", "--json"],
        ));
        assert_eq!(code, 3, "never the last Global admin: {err}");
        assert!(err["message"].as_str().unwrap().contains("last Global admin"), "{err}");
    }
    let made = json(&run(&db, &["tenant-users", "global-admin", "--customer", &domain, "--user", &email, "--json"]));
    assert_eq!(made["user"]["global_admin"], true, "{made}");
}

#[test]
fn removing_a_reseller_from_the_command_line_can_suspend_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 200);
    let (domain, _, _, _, _) = ours(&db);
    let (code, err) = error(&run(&db, &["customers", "remove-reseller", &domain, "--json"]));
    assert_eq!(code, 3, "{err}");
    assert!(err["message"].as_str().unwrap().contains("suspend them first"), "{err}");
    let done = json(&run(&db, &["customers", "remove-reseller", &domain, "--suspend-active", "--json"]));
    let subs = done["customer"]["subscriptions"].as_array().unwrap();
    assert!(subs.iter().all(|s| s["status"] != "active" && s["status"] != "trial"), "{done}");
    assert!(done["listed"].is_boolean(), "{done}");
}

#[test]
fn a_product_key_with_an_n_is_redeemed_and_the_agreement_must_be_accepted_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 200);
    let book = json(&run(&db, &["export"]));
    let without_mca = book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["mca"].is_null() && c["users"].as_array().unwrap().iter().any(|u| u["global_admin"] == true))
        .expect("a customer that has not accepted the MCA");
    let domain = without_mca["primary_domain"].as_str().unwrap();
    let key = "NBCDF-GHJKM-NPQRT-VWXY2-34678";
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "product-keys",
            "redeem",
            "--customer",
            domain,
            "--key",
            key,
            "--offer",
            "1",
            "--quantity",
            "5",
            "--json",
        ];
        a.extend_from_slice(extra);
        a
    };
    let (code, err) = error(&run(&db, &args(&[])));
    assert_eq!((code, err["field"].as_str()), (3, Some("mca")), "{err}");
    let done = json(&run(&db, &args(&["--accept-mca", "--partner-of-record"])));
    assert_eq!(done["subscription"]["quantity"], 5, "{done}");
    let (code, err) = error(&run(
        &db,
        &[
            "product-keys",
            "redeem",
            "--customer",
            domain,
            "--key",
            "AAAAA-GHJKM-NPQRT-VWXY2-34678",
            "--offer",
            "1",
            "--quantity",
            "5",
            "--json",
        ],
    ));
    assert_eq!((code, err["field"].as_str()), (3, Some("product_key")), "{err}");
}
