//! Offers (rule 12) on screen and through the binary: trial invitations, purchase offers and
//! delegated-admin offers, their reusable URLs, and customers using them.

mod common;

use common::{app, demo_book, find_customer, global_admin_of, partnerdesk, screen, text};
use insta::assert_snapshot;
use partnerdesk::domain::customer::{Customer, SubscriptionStatus};
use partnerdesk::domain::ids::PartnerId;
use partnerdesk::domain::invitation::{InvitationKind, InvitationStatus};
use partnerdesk::store::{Book, Reads};
use std::process::Output;

const US: PartnerId = PartnerId(4_512_345);

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// The newest invitation of the book (the one just made).
fn newest(book: &Book) -> partnerdesk::domain::invitation::Invitation {
    book.read().unwrap().invitations().unwrap().into_iter().max_by_key(|i| i.id).unwrap()
}

/// Customers a test may use an offer as: eligible, with a Global admin, not yet holding
/// Premium, none picked twice.
fn customers(book: &Book, n: usize) -> Vec<Customer> {
    let mut out: Vec<Customer> = Vec::new();
    while out.len() < n {
        let c = find_customer(book, |c| {
            c.users.iter().any(|u| u.global_admin)
                && !c.subscriptions.iter().any(|s| s.offer == "Microsoft 365 Business Premium")
                && !out.iter().any(|o| o.tenant_id == c.tenant_id)
        });
        out.push(c);
    }
    out
}

#[test]
fn a_partner_without_the_advisor_authorization_is_told_why_and_no_form_opens() {
    let book = demo_book(50);
    book.write(&common::stamp(), |tx| {
        let mut org = tx.org()?.expect("an organization");
        let before = org.clone();
        org.authorizations.advisor = false;
        let after = tx.put_org(&org)?;
        tx.audit("organization.edited", &org.name, Some(&before), Some(&after))
    })
    .unwrap();
    let mut app = app(book, Some("lan@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, "2 t"));
    assert!(screen.contains("is not authorized as an advisor"), "{screen}");
    assert!(!screen.contains("Trial invitation ─"), "no form opens:\n{screen}");
    assert_snapshot!("trial_refused_not_advisor", screen);
    let purchase = text(&common::screen(&mut app, 120, 35, "O"));
    assert!(purchase.contains("purchase offers need the advisor"), "{purchase}");
}

#[test]
fn a_trial_with_delegated_administration_is_drafted_sent_and_used() {
    let book = demo_book(200);
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    let form = text(&screen(&mut partner, 120, 35, "2 t <Tab> <Space> <Space>"));
    assert!(form.contains("Microsoft 365 Business Premium — 25 licences, 30 days"), "{form}");
    assert!(form.contains("[x]"), "delegated admin is on for a certified partner:\n{form}");
    assert_snapshot!("trial_form", form);
    let editor = text(&screen(&mut partner, 120, 35, "<Enter>"));
    assert!(editor.contains("Dùng thử Microsoft 365 Business Premium miễn phí trong 30 ngày"), "{editor}");
    assert!(editor.contains("✓ the personalized link is in the email"), "{editor}");
    let list = text(&screen(&mut partner, 120, 35, "<C-s>"));
    assert!(list.contains("can be used by any number of customers"), "{list}");
    let inv = newest(&book);
    assert_eq!((inv.kind, inv.status, inv.include_admin), (InvitationKind::Trial, InvitationStatus::Sent, true));

    let c = customers(&book, 1).remove(0);
    let mut customer = app(book.clone(), Some(&global_admin_of(&c)));
    let keys = format!("2 u {} <Enter>", inv.link);
    let form = text(&screen(&mut customer, 120, 35, &keys));
    assert!(form.contains("Trial invitation from Sao Mai Cloud Solutions"), "{form}");
    assert!(form.contains("delegated administration by Sao Mai Cloud Solutions"), "{form}");
    let toggles = form.matches("[ ]").count();
    let done = text(&screen(&mut customer, 120, 35, &format!("{} <Enter>", "<Tab> <Space> ".repeat(toggles))));
    assert!(done.contains("1 subscription set up"), "{done}");
    let after = book.read().unwrap().customer(c.tenant_id).unwrap().unwrap();
    let trial = after.subscriptions.iter().find(|s| s.offer == "Microsoft 365 Business Premium").unwrap();
    assert_eq!((trial.status, trial.quantity, trial.partner_of_record), (SubscriptionStatus::Trial, 25, Some(US)));
    assert!(after.holds_admin(US));
}

#[test]
fn a_purchase_offer_refuses_a_count_beyond_the_limit_in_the_form() {
    let book = demo_book(50);
    let before = book.read().unwrap().audit_len().unwrap();
    let mut app = app(book.clone(), Some("lan@saomai.vn"));
    // Recipient, Basic, Standard, then Premium.
    let screen = text(&screen(&mut app, 120, 35, "2 O <Tab> <Tab> <Tab> 301 <Enter>"));
    assert!(screen.contains("Licences: Microsoft 365 Business Premium: must be at most 300"), "{screen}");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before, "nothing written");
    assert_snapshot!("purchase_refused_count", screen);
}

#[test]
fn a_purchase_offer_used_by_two_customers_shows_both_and_a_usage_count_of_two() {
    let book = demo_book(200);
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    // Premium 25 and Exchange Online (Plan 1) 10.
    let keys = "2 O <Tab> <Tab> <Tab> 25 <Tab> <Tab> <Tab> 10 <Enter> <C-s>";
    screen(&mut partner, 120, 35, keys);
    let inv = newest(&book);
    assert_eq!((inv.kind, inv.status), (InvitationKind::PurchaseOffer, InvitationStatus::Sent));

    let buyers = customers(&book, 2);
    for (i, c) in buyers.iter().enumerate() {
        let mut customer = app(book.clone(), Some(&global_admin_of(c)));
        let form = text(&screen(&mut customer, 120, 35, &format!("2 u {} <Enter>", inv.link)));
        assert!(form.contains("offered 25; you may buy 1 to 300"), "{form}");
        if i == 0 {
            assert_snapshot!("use_purchase_offer_form", form);
        }
        // The second customer buys 12 Exchange licences instead of 10.
        let change = if i == 1 { "<Tab> <Backspace> <Backspace> 12 " } else { "" };
        let toggles = form.matches("[ ]").count();
        let keys = format!("{change}{} <Enter>", "<Tab> <Space> ".repeat(toggles));
        let done = text(&screen(&mut customer, 120, 35, &keys));
        assert!(done.contains("2 subscriptions set up, Sao Mai Cloud Solutions is their partner of record"), "{done}");
    }
    for (c, exchange) in buyers.iter().zip([10, 12]) {
        let after = book.read().unwrap().customer(c.tenant_id).unwrap().unwrap();
        let bought: Vec<(&str, u32, Option<PartnerId>)> = after
            .subscriptions
            .iter()
            .filter(|s| s.created_at == common::now())
            .map(|s| (s.offer.as_str(), s.quantity, s.partner_of_record))
            .collect();
        assert_eq!(
            bought,
            [("Microsoft 365 Business Premium", 25, Some(US)), ("Exchange Online (Plan 1)", exchange, Some(US))]
        );
        assert!(after.is_customer_of(US));
    }

    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    let list = text(&screen(&mut partner, 120, 35, "2"));
    let row = list.lines().find(|l| l.contains(&inv.id.to_string())).unwrap_or_default().to_string();
    assert!(row.contains("Purchase") && row.contains("   2 "), "the Uses column says 2:\n{list}");
    let view = text(&screen(&mut partner, 120, 35, "<Enter>"));
    assert!(view.contains("2 customers"), "{view}");
    for c in &buyers {
        assert!(view.contains(&c.company_name), "{view}");
    }
    assert_snapshot!("purchase_offer_view_with_uses", view);
    let target = inv.id.to_string();
    let actions: Vec<String> = book
        .read()
        .unwrap()
        .audit_newest(20)
        .unwrap()
        .into_iter()
        .filter(|e| e.target == target)
        .map(|e| e.action)
        .collect();
    assert_eq!(actions.iter().filter(|a| *a == "offer.used").count(), 2, "{actions:?}");
    assert!(actions.contains(&"offer.quantity_changed".to_string()), "{actions:?}");
}

#[test]
fn a_delegated_admin_offer_for_a_customer_that_bought_already() {
    let book = demo_book(200);
    let c = find_customer(&book, |c| {
        c.subscriptions.iter().any(|s| s.status.is_live())
            && !c.holds_admin(US)
            && c.users.iter().any(|u| u.global_admin)
    });
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    let keys = format!("/ {} <Enter> A", c.primary_domain.as_str().split('.').next().unwrap());
    let form = text(&screen(&mut partner, 120, 35, &keys));
    assert!(form.contains("Delegated-admin offer") && form.contains(&c.company_name), "{form}");
    assert!(form.contains(&global_admin_of(&c)), "the email goes to its Global admin:\n{form}");
    assert_snapshot!("admin_offer_form", form);
    screen(&mut partner, 120, 35, "<Enter> <C-s>");
    let inv = newest(&book);
    assert_eq!((inv.kind, inv.customer), (InvitationKind::DelegatedAdminOffer, Some(c.tenant_id)));

    // Addressed to the customer, the offer is in its own list: `a` opens it.
    let mut customer = app(book.clone(), Some(&global_admin_of(&c)));
    let form = text(&screen(&mut customer, 120, 35, "2 a"));
    assert!(form.contains("Delegated-admin offer from Sao Mai Cloud Solutions"), "{form}");
    let toggles = form.matches("[ ]").count();
    let done = text(&screen(&mut customer, 120, 35, &format!("{} <Enter>", "<Tab> <Space> ".repeat(toggles))));
    assert!(done.contains("now holds delegated admin privileges"), "{done}");
    assert!(book.read().unwrap().customer(c.tenant_id).unwrap().unwrap().holds_admin(US));
}

/// The demo book's file, for the binary.
fn demo_file(dir: &tempfile::TempDir) -> String {
    let path = dir.path().join("demo.redb");
    let db = path.to_str().unwrap().to_string();
    let out = partnerdesk(&["demo", "--db", &db, "--customers", "60", "--no-tui"]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn customer_admins(db: &str, n: usize, pick: impl Fn(&serde_json::Value) -> bool) -> Vec<(String, String)> {
    let book = json(&partnerdesk(&["export", "--db", db]));
    book["customers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ineligible"].is_null() && pick(c))
        .filter_map(|c| {
            let admin = c["users"].as_array()?.iter().find(|u| u["global_admin"] == true)?;
            Some((admin["email"].as_str()?.to_string(), c["primary_domain"].as_str()?.to_string()))
        })
        .take(n)
        .collect()
}

fn subscriptions_of(db: &str, domain: &str) -> Vec<serde_json::Value> {
    let book = json(&partnerdesk(&["export", "--db", db]));
    let c = book["customers"].as_array().unwrap().iter().find(|c| c["primary_domain"] == domain).unwrap().clone();
    c["subscriptions"].as_array().unwrap().clone()
}

#[test]
fn trial_round_trip_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(&dir);
    let out =
        partnerdesk(&["offer", "trial", "--db", &db, "--as", "lan@saomai.vn", "--offer", "Exchange Online (Plan 1)"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("has no trial"), "{}", stderr(&out));
    let inv = json(&partnerdesk(&[
        "offer",
        "trial",
        "--db",
        &db,
        "--as",
        "lan@saomai.vn",
        "--offer",
        "Power BI Pro",
        "--admin",
        "--send",
        "--json",
    ]));
    let inv = &inv["invitation"];
    assert_eq!(inv["kind"], "trial");
    let link = inv["link"].as_str().unwrap();
    assert!(link.contains("msppId=4512345"), "{link}");
    let (admin, domain) = customer_admins(&db, 1, |c| {
        !c["subscriptions"].as_array().unwrap().iter().any(|s| s["offer"] == "Power BI Pro")
    })
    .remove(0);
    let used = json(&partnerdesk(&["accept", link, "--db", &db, "--as", &admin, "--take-admin", "--json"]));
    assert_eq!(used["use"]["admin_privileges"], true);
    let subs = subscriptions_of(&db, &domain);
    let trial = subs.iter().find(|s| s["offer"] == "Power BI Pro").unwrap();
    assert_eq!(
        (&trial["status"], &trial["quantity"], &trial["partner_of_record"]),
        (&"trial".into(), &25.into(), &4512345.into())
    );
}

#[test]
fn purchase_round_trip_two_customers_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(&dir);
    let args = ["offer", "purchase", "--db", &db, "--as", "lan@saomai.vn", "--send", "--json"];
    let out = partnerdesk(&[&args[..], &["--line", "Microsoft 365 Business Premium=301"]].concat());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("Microsoft 365 Business Premium: must be at most 300"), "{}", stderr(&out));
    let inv = json(&partnerdesk(
        &[&args[..], &["--line", "Microsoft 365 Business Premium=25", "--line", "Exchange Online (Plan 1)=10"]]
            .concat(),
    ));
    let link = inv["invitation"]["link"].as_str().unwrap().to_string();
    assert_eq!(inv["offer"]["lines"].as_array().unwrap().len(), 2);
    let buyers = customer_admins(&db, 2, |_| true);
    for (admin, _) in &buyers {
        let used = json(&partnerdesk(&[
            "accept",
            &link,
            "--db",
            &db,
            "--as",
            admin,
            "--accept-mca",
            "--take-admin",
            "--json",
        ]));
        assert_eq!(used["use"]["subscriptions"].as_array().unwrap().len(), 2);
    }
    let again = partnerdesk(&["accept", &link, "--db", &db, "--as", &buyers[0].0, "--accept-mca", "--take-admin"]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already"), "{}", stderr(&again));
    for (_, domain) in &buyers {
        let subs = subscriptions_of(&db, domain);
        for (offer, count) in [("Microsoft 365 Business Premium", 25), ("Exchange Online (Plan 1)", 10)] {
            assert!(
                subs.iter().any(|s| s["offer"] == offer && s["quantity"] == count && s["partner_of_record"] == 4512345),
                "{domain}: {subs:?}"
            );
        }
    }
    let list = json(&partnerdesk(&["invitations", "list", "--db", &db, "--json"]));
    let id = inv["invitation"]["id"].as_str().unwrap().to_string();
    let row = list["invitations"].as_array().unwrap().iter().find(|i| i["id"] == id.as_str()).cloned();
    let row = row.unwrap_or_else(|| panic!("{list}"));
    assert_eq!(row["uses"], 2);
    let uses = stdout(&partnerdesk(&["offer", "uses", "--db", &db, &id]));
    assert!(uses.contains("used by 2 customers"), "{uses}");
}

#[test]
fn delegated_admin_offer_round_trip_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(&dir);
    let (admin, domain) = customer_admins(&db, 1, |c| {
        c["subscriptions"].as_array().unwrap().iter().any(|s| s["status"] == "active")
            && c["admin"]["partner"] != 4512345
    })
    .remove(0);
    let inv = json(&partnerdesk(&[
        "offer",
        "admin",
        "--db",
        &db,
        "--as",
        "lan@saomai.vn",
        "--customer",
        &domain,
        "--send",
        "--json",
    ]));
    let inv = &inv["invitation"];
    assert_eq!((&inv["kind"], &inv["recipient"]), (&"delegated_admin_offer".into(), &admin.clone().into()));
    let link = inv["link"].as_str().unwrap();
    assert!(link.contains("invType=Administration"), "{link}");
    let out = partnerdesk(&["accept", link, "--db", &db, "--as", &admin, "--take-admin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("now holds delegated admin privileges"), "{}", stdout(&out));
    let out = partnerdesk(&["decline", link, "--db", &db, "--as", &admin]);
    assert!(stderr(&out).contains("there is nothing to decline"), "{}", stderr(&out));
}

#[test]
fn a_customer_wanting_other_counts_gets_a_new_offer_like_the_first() {
    let book = demo_book(50);
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    screen(&mut partner, 120, 35, "2 O <Tab> <Tab> <Tab> 25 <Tab> <Tab> <Tab> 10 <Enter> <C-s>");
    let first = newest(&book);
    let form = text(&screen(&mut partner, 120, 35, "g <Enter> n"));
    let premium = form.lines().find(|l| l.contains("Microsoft 365 Business Premium")).unwrap_or_default();
    assert!(premium.contains("25"), "the new offer starts from the first one's counts:\n{form}");
    // Premium becomes 40: Recipient, Basic, Standard, then Premium.
    screen(&mut partner, 120, 35, "<Tab> <Tab> <Tab> <Backspace> <Backspace> 40 <Enter> <C-s>");
    let second = newest(&book);
    assert_ne!(first.id, second.id);
    let terms = book.read().unwrap().offer_terms(second.id).unwrap().unwrap();
    let counts: Vec<u32> = terms.lines.iter().map(|l| l.quantity).collect();
    assert_eq!(counts, [40, 10]);
    assert_eq!(second.status, InvitationStatus::Sent);
}

#[test]
fn a_customer_sees_the_offers_it_used_in_its_own_list() {
    let book = demo_book(200);
    let used = find_customer(&book, |c| {
        c.subscriptions
            .iter()
            .any(|s| s.status == SubscriptionStatus::Trial && s.created_at > common::now() - chrono::Duration::days(1))
    });
    let mut customer = app(book.clone(), Some(&global_admin_of(&used)));
    let list = text(&screen(&mut customer, 120, 35, "2"));
    assert!(list.contains("Trial") && list.contains("Anyone with the link"), "{list}");
}
