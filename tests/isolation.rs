//! Rule 15 for every reader: a customer user, through every read command, `--json` output and
//! screen, sees its own tenant and nothing of another.

mod common;

use common::partnerdesk;
use std::process::Output;

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn a_customer_user_sees_nothing_of_another_tenant_in_any_read_command_or_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    let db = path.to_str().unwrap();
    let made = partnerdesk(&["demo", "--no-tui", "--db", db, "--customers", "80"]);
    assert!(made.status.success(), "{}", out(&made));
    let book: serde_json::Value = serde_json::from_slice(&partnerdesk(&["export", "--db", db]).stdout).unwrap();
    let customers = book["customers"].as_array().unwrap();
    // A customer that used an offer others used too, so its views could leak them.
    let used: Vec<&serde_json::Value> = book["offer_uses"].as_array().unwrap().iter().collect();
    let tenant = used[0]["tenant"].as_str().unwrap();
    let own = customers.iter().find(|c| c["tenant_id"] == tenant).unwrap();
    let admin = own["users"].as_array().unwrap().iter().find(|u| u["global_admin"] == true).unwrap()["email"]
        .as_str()
        .unwrap()
        .to_string();
    let others: Vec<(String, String)> = customers
        .iter()
        .filter(|c| c["tenant_id"] != tenant)
        .map(|c| (c["tenant_id"].as_str().unwrap().into(), c["primary_domain"].as_str().unwrap().into()))
        .collect();
    let offers: Vec<String> =
        book["offers"].as_array().unwrap().iter().map(|o| o["invitation"].as_str().unwrap().into()).collect();
    let other_domain = others[0].1.clone();

    let mut reads: Vec<Vec<String>> = vec![
        vec!["customers".into(), "list".into()],
        vec!["customers".into(), "list".into(), "--json".into()],
        vec!["customers".into(), "show".into(), own["primary_domain"].as_str().unwrap().into(), "--json".into()],
        vec!["customers".into(), "show".into(), other_domain.clone()],
        vec!["invitations".into(), "list".into(), "--json".into()],
        vec!["partners".into(), "list".into(), "--json".into()],
        vec!["audit".into(), "--json".into()],
        vec!["audit".into()],
        vec!["export".into()],
        vec!["subscriptions".into(), "list".into(), "--json".into()],
        vec!["subscriptions".into(), "list".into(), "--customer".into(), other_domain.clone()],
        vec!["tenant-users".into(), "list".into()],
        vec!["tenant-users".into(), "list".into(), "--customer".into(), other_domain.clone(), "--json".into()],
    ];
    for offer in &offers {
        reads.push(vec!["offer".into(), "uses".into(), offer.clone(), "--json".into()]);
    }
    for keys in ["", "2", "2 <Enter>", "2 j <Enter>", "3", "4", "<Enter>"] {
        reads.push(vec!["snapshot".into(), "--size".into(), "200x60".into(), "--keys".into(), keys.into()]);
    }
    let mut seen_own = 0;
    for args in &reads {
        let mut full: Vec<&str> = args.iter().map(String::as_str).collect();
        full.extend(["--db", db, "--as", admin.as_str()]);
        let o = partnerdesk(&full);
        // What the reader typed is echoed back in a refusal; it is not the book's to hide.
        let text = args.iter().fold(out(&o), |text, arg| text.replace(arg.as_str(), "‹typed›"));
        if args.len() > 2 && args[..2] == ["customers", "show"] && args[2] == other_domain {
            assert_eq!(o.status.code(), Some(4), "another tenant is not found: {text}");
        }
        if args.contains(&"--customer".to_string()) {
            assert_eq!(o.status.code(), Some(4), "another tenant's subscriptions and users are not found: {text}");
        }
        for (other_tenant, other_domain) in &others {
            assert!(!text.contains(other_tenant.as_str()), "{args:?} shows tenant {other_tenant}:\n{text}");
            assert!(!text.contains(other_domain.as_str()), "{args:?} shows {other_domain}:\n{text}");
        }
        if text.contains(own["primary_domain"].as_str().unwrap()) || text.contains(tenant) {
            seen_own += 1;
        }
    }
    assert!(seen_own >= 5, "the customer does see its own tenant ({seen_own} reads)");

    // The partner's directory: only the partners related to this customer.
    let partners = partnerdesk(&["partners", "list", "--json", "--db", db, "--as", &admin]);
    let listed: serde_json::Value = serde_json::from_slice(&partners.stdout).unwrap();
    let related: Vec<serde_json::Value> =
        own["relationships"].as_array().unwrap().iter().map(|r| r["partner"].clone()).collect();
    let listed = listed["partners"].as_array().unwrap();
    let reseller =
        own["relationships"].as_array().unwrap().iter().find(|r| r["kind"] == "reseller").map(|r| &r["partner"]);
    if let Some(reseller) = reseller {
        assert!(listed.iter().any(|p| &p["partner_id"] == reseller), "its reseller is listed: {listed:?}");
    }
    for p in listed {
        let id = &p["partner_id"];
        let por = own["subscriptions"].as_array().unwrap().iter().any(|s| &s["partner_of_record"] == id);
        assert!(related.contains(id) || &own["admin"]["partner"] == id || &own["support_duty"] == id || por, "{p}");
    }
}
