//! The command-line twins of the desk's remaining workflows: `admin remove|move` (customer side),
//! `service-requests open`, `company show|edit`, `partners add|edit` and `product-keys redeem
//! --admin`, with `--json`, README's exit codes, and refusals that write nothing — in the
//! reader's language, with JSON that does not change with it.

mod common;

use common::cli::{demo, error, json, run};
use common::partnerdesk;
use serde_json::Value;
use std::path::Path;

/// The book's records, without the audit log (a refusal must leave them as they were).
fn records(db: &Path) -> Value {
    let mut book = json(&run(db, &["export"]));
    book["audit"] = Value::Null;
    book
}

/// A customer we resell to that our company holds admin privileges for, and its Global admin.
fn administered(book: &Value) -> (String, String) {
    let us = &book["organization"]["partner_id"];
    book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| &c["admin"]["partner"] == us)
        .filter(|c| {
            c["relationships"].as_array().unwrap().iter().any(|r| &r["partner"] == us && r["kind"] == "reseller")
        })
        .find_map(|c| {
            let admin = c["users"].as_array().unwrap().iter().find(|u| u["global_admin"] == true)?;
            Some((c["primary_domain"].as_str()?.to_string(), admin["email"].as_str()?.to_string()))
        })
        .expect("a customer we administer, with a Global admin")
}

#[test]
fn a_customer_removes_or_moves_admin_privileges_and_the_reseller_keeps_support() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let book = json(&run(&db, &["export"]));
    let us = book["organization"]["partner_id"].clone();
    let (domain, customer_admin) = administered(&book);

    // The partner cannot do it: it is the customer's decision (rule 9).
    let before = records(&db);
    let (code, err) = error(&run(&db, &["admin", "remove", "--customer", &domain, "--json"]));
    assert_eq!((code, err["kind"].as_str()), (3, Some("refused")), "{err}");
    assert_eq!(records(&db), before, "a refusal writes nothing");

    // Another partner, known to the book, in the customer's cloud.
    let customer = book["customers"].as_array().unwrap().iter().find(|c| c["primary_domain"] == domain.as_str());
    let cloud = customer.unwrap()["cloud"].clone();
    let other = book["directory"].as_array().unwrap().iter().find(|p| p["cloud"] == cloud).expect("a partner");
    let other_id = other["partner_id"].to_string();
    let moved = json(&run(&db, &["--as", &customer_admin, "admin", "move", "--partner", &other_id, "--json"]));
    assert_eq!(moved["admin"]["partner"].to_string(), other_id, "{moved}");
    assert_eq!(moved["support_duty"], us, "the reseller stays responsible for support: {moved}");

    let removed = json(&run(&db, &["--as", &customer_admin, "admin", "remove", "--json"]));
    assert!(removed["admin"].is_null(), "{removed}");
    assert_eq!(removed["support_duty"], us, "{removed}");

    // Nothing left to remove: refused, with its reason, in the reader's language.
    let (code, _) = error(&run(&db, &["--as", &customer_admin, "admin", "remove", "--json"]));
    assert_eq!(code, 3);
    let text = run(&db, &["--as", &customer_admin, "--lang", "tr", "admin", "remove"]);
    assert_eq!(text.status.code(), Some(3));
    let said = String::from_utf8_lossy(&text.stderr);
    assert!(said.starts_with("partnerdesk: ") && !said.is_empty(), "{said}");
}

#[test]
fn service_requests_are_opened_on_a_customers_behalf_by_those_who_may() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let (domain, _) = administered(&json(&run(&db, &["export"])));
    let args = |who: &'static str| {
        vec![
            "--as",
            who,
            "service-requests",
            "open",
            "--customer",
            domain.as_str(),
            "--title",
            "Mailbox full",
            "--description",
            "Users cannot receive mail since Monday.",
            "--severity",
            "a",
            "--json",
        ]
    };
    let before = records(&db);
    let (code, err) = error(&run(&db, &args("lan@saomai.vn")));
    assert_eq!((code, err["kind"].as_str()), (3, Some("refused")), "a Sales agent opens none: {err}");
    assert_eq!(records(&db), before);

    let opened = json(&run(&db, &args("bao@saomai.vn")));
    let sr = &opened["service_request"];
    assert!(sr["id"].as_str().is_some_and(|id| id.starts_with("SR-")), "{opened}");
    assert_eq!((sr["title"].as_str(), sr["severity"].as_str()), (Some("Mailbox full"), Some("A")), "{opened}");
    let shown = json(&run(&db, &["customers", "show", &domain, "--json"]));
    assert!(shown["customer"]["service_requests"].as_array().unwrap().iter().any(|r| r["id"] == sr["id"]));
}

#[test]
fn the_company_profile_is_shown_and_edited_by_its_global_admin_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let shown = json(&run(&db, &["company", "show", "--json"]));
    assert_eq!(shown["organization"]["name"], "Sao Mai Cloud Solutions", "{shown}");

    let before = records(&db);
    let (code, err) =
        error(&run(&db, &["--as", "hung@saomai.vn", "company", "edit", "--phone", "+84 28 1111 2222", "--json"]));
    assert_eq!((code, err["kind"].as_str()), (3, Some("refused")), "only the Global admin edits it: {err}");
    let (code, err) = error(&run(&db, &["company", "edit", "--cloud", "germany", "--json"]));
    assert_eq!((code, err["field"].as_str()), (3, Some("cloud")), "fixed while the book has customers: {err}");
    assert_eq!(records(&db), before);

    let edited = json(&run(&db, &["company", "edit", "--phone", "+84 28 1111 2222", "--advisor", "no", "--json"]));
    let org = &edited["organization"];
    assert_eq!(org["phone"], "+84 28 1111 2222", "{edited}");
    assert_eq!(org["authorizations"]["advisor"], false, "{edited}");
    assert_eq!(org["name"], "Sao Mai Cloud Solutions", "what was left out stays: {edited}");

    // A customer's user sees its own organization, and may not change it.
    let book = json(&run(&db, &["export"]));
    let (domain, customer_admin) = administered(&book);
    let own = json(&run(&db, &["--as", &customer_admin, "company", "show", "--json"]));
    assert_eq!(own["customer"]["primary_domain"], domain.as_str(), "{own}");
    assert!(own.get("organization").is_none(), "{own}");
    let (code, _) = error(&run(&db, &["--as", &customer_admin, "company", "edit", "--city", "Đà Nẵng", "--json"]));
    assert_eq!(code, 3);
}

#[test]
fn directory_partners_are_added_and_edited() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let add = |who: &'static str| {
        vec![
            "--as",
            who,
            "partners",
            "add",
            "--id",
            "7654321",
            "--name",
            "Anadolu Bulut Bilişim",
            "--country",
            "TR",
            "--kind",
            "advisor",
            "--json",
        ]
    };
    let (code, _) = error(&run(&db, &add("lan@saomai.vn")));
    assert_eq!(code, 3, "a Sales agent keeps no directory");
    let added = json(&run(&db, &add("hung@saomai.vn")));
    assert_eq!(
        (added["partner"]["partner_id"].as_u64(), added["partner"]["cloud"].as_str()),
        (Some(7654321), Some("public"))
    );
    let (code, err) = error(&run(&db, &add("hung@saomai.vn")));
    assert_eq!((code, err["field"].as_str()), (3, Some("partner_id")), "already there: {err}");

    let edited = json(&run(&db, &["partners", "edit", "7654321", "--name", "Anadolu Bulut A.Ş.", "--json"]));
    assert_eq!(edited["partner"]["name"], "Anadolu Bulut A.Ş.");
    assert_eq!(edited["partner"]["kind"], "advisor", "what was left out stays");
    let (code, _) = error(&run(&db, &["partners", "edit", "7654320", "--name", "X", "--json"]));
    assert_eq!(code, 4, "not in the directory");
    let checked = json(&run(&db, &["partners", "check", "7654321", "--json"]));
    assert_eq!(checked["partner"]["name"], "Anadolu Bulut A.Ş.");
}

#[test]
fn a_partners_contact_is_set_changed_and_cleared_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let added = json(&run(
        &db,
        &[
            "partners",
            "add",
            "--id",
            "7654321",
            "--name",
            "Anadolu Bulut Bilişim",
            "--country",
            "TR",
            "--kind",
            "advisor",
            "--email",
            "Destek@Anadolu-Bulut.com.tr",
            "--phone",
            "+90 312 555 0101",
            "--city",
            "Ankara",
            "--json",
        ],
    ));
    let contact = &added["contact"];
    assert_eq!(contact["email"], "destek@anadolu-bulut.com.tr", "{added}");
    assert_eq!(
        (contact["phone"].as_str(), contact["address"]["city"].as_str()),
        (Some("+90 312 555 0101"), Some("Ankara"))
    );

    // What is given changes, an empty value clears, what is left out stays.
    let edited = json(&run(
        &db,
        &[
            "partners",
            "edit",
            "7654321",
            "--phone",
            "+90 312 555 0199",
            "--city",
            "",
            "--address",
            "Atatürk Blv. 1",
            "--json",
        ],
    ));
    let contact = &edited["contact"];
    assert_eq!(contact["email"], "destek@anadolu-bulut.com.tr", "left out, kept: {edited}");
    assert_eq!(contact["phone"], "+90 312 555 0199");
    assert_eq!(
        (contact["address"]["city"].as_str(), contact["address"]["line1"].as_str()),
        (Some(""), Some("Atatürk Blv. 1"))
    );

    // A malformed detail is refused on its field, and nothing is written.
    let before = records(&db);
    let (code, err) = error(&run(&db, &["partners", "edit", "7654321", "--email", "destek", "--json"]));
    assert_eq!((code, err["field"].as_str()), (3, Some("email")), "{err}");
    let (code, err) = error(&run(&db, &["partners", "edit", "7654321", "--name", "X", "--phone", "call us", "--json"]));
    assert_eq!((code, err["field"].as_str()), (3, Some("phone")), "{err}");
    assert_eq!(records(&db), before, "a refusal writes nothing, not even the name given beside it");
}

#[test]
fn a_product_key_offers_delegated_administration_with_the_subscription_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let book = json(&run(&db, &["export"]));
    let us = &book["organization"]["partner_id"];
    // A customer we resell to that gives us no admin privileges yet (an offer to one that does
    // is refused: it has them already).
    let domain = book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| &c["admin"]["partner"] != us)
        .find(|c| c["relationships"].as_array().unwrap().iter().any(|r| &r["partner"] == us && r["kind"] == "reseller"))
        .and_then(|c| c["primary_domain"].as_str())
        .expect("a customer we resell to without admin privileges")
        .to_string();
    let redeem = |key: &'static str| {
        vec![
            "product-keys",
            "redeem",
            "--customer",
            domain.as_str(),
            "--key",
            key,
            "--offer",
            "1",
            "--quantity",
            "3",
            "--accept-mca",
            "--admin",
            "--json",
        ]
    };
    let done = json(&run(&db, &redeem("BCDFG-HJKMN-PQRTV-WXY23-46789")));
    assert_eq!(done["subscription"]["quantity"], 3, "{done}");
    let offer = &done["invitation"];
    assert_eq!(
        (offer["kind"].as_str(), offer["status"].as_str()),
        (Some("delegated_admin_offer"), Some("draft")),
        "{done}"
    );

    // Not certified for delegated administration: the offer is refused, and so is the key.
    json(&run(&db, &["company", "edit", "--dap-certified", "no", "--json"]));
    let before = records(&db);
    let (code, err) = error(&run(&db, &redeem("BCDFG-HJKMN-PQRTV-WXY23-46788")));
    assert_eq!((code, err["field"].as_str()), (3, Some("delegated_admin")), "{err}");
    assert_eq!(records(&db), before, "no subscription is left behind");
}

#[test]
fn messages_follow_the_language_and_json_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), 120);
    let args = |lang: &'static str| vec!["--lang", lang, "subscriptions", "suspend", "SUB-x", "--json"];
    let (code, en) = error(&run(&db, &args("en")));
    let (code_tr, tr) = error(&run(&db, &args("tr")));
    assert_eq!((code, code_tr), (2, 2));
    assert_eq!(en["kind"], tr["kind"]);
    assert_ne!(en["message"], tr["message"], "the message is the reader's: {tr}");

    let shown = |lang: &'static str| json(&run(&db, &["--lang", lang, "company", "show", "--json"]));
    assert_eq!(shown("en"), shown("zh-CN"), "JSON is the same in every language");

    let help = partnerdesk(&["--lang", "vi", "customers", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("khách hàng") && !help.contains("Every customer on the partner's list"), "{help}");
    let help = partnerdesk(&["customers", "list", "--help", "--lang=tr"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("JSON"), "the ids and names stay");
}
