//! The Partners tab: company profile, directory with "Check ID", partners of record and the
//! customer's partner relationships.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;
use partnerdesk::domain::ids::PartnerId;
use partnerdesk::store::{Book, Reads};

fn export(book: &Book) -> Vec<u8> {
    let mut out = Vec::new();
    partnerdesk::export::write_json(book, &mut out).unwrap();
    out
}

#[test]
fn the_customer_sets_a_partner_of_record_after_check_id() {
    let book = demo_book(200);
    let c = common::find_customer(&book, |c| {
        !c.subscriptions.is_empty()
            && c.subscriptions[0].partner_of_record.is_none()
            && c.users.iter().any(|u| u.global_admin)
    });
    let before = export(&book);
    let mut customer = app(book.clone(), Some(&common::global_admin_of(&c)));
    let malformed = text(&screen(&mut customer, 120, 35, "3 s <Tab> 12a45 <Enter>"));
    assert!(malformed.contains("Partner id: “12a45” is not a partner id: use digits only"), "{malformed}");
    assert_snapshot!("por_malformed", malformed);
    let unknown = text(&screen(&mut customer, 120, 35, "<C-u> 7777777 <Enter>"));
    assert!(unknown.contains("7777777 is not a partner known here"), "{unknown}");
    assert!(!unknown.contains("directory"), "a customer is never offered the partner's directory:\n{unknown}");
    assert_eq!(export(&book), before, "nothing was written");
    // Check ID shows whom the id names before anything is saved (rule 10).
    let found = text(&screen(&mut customer, 120, 35, "<C-u> 5120044 <Enter>"));
    assert!(found.contains("Make Hải Vân Technology the partner of record of"), "{found}");
    assert!(found.contains("Check ID found Hải Vân Technology:"), "{found}");
    assert_eq!(export(&book), before, "nothing was written before yes");
    let saved = text(&screen(&mut customer, 120, 35, "y"));
    assert!(saved.contains("partner of record is now 5120044 Hải Vân Technology"), "{saved}");
    let after = book.read().unwrap().customer(c.tenant_id).unwrap().unwrap();
    assert_eq!(after.subscriptions[0].partner_of_record, Some(PartnerId(5_120_044)));
    let record = text(&screen(&mut customer, 120, 35, "1 <Enter>"));
    assert!(record.contains("partner of record 5120044 Hải Vân Technology"), "{record}");
}

#[test]
fn a_customer_with_no_partners_sees_the_exact_empty_state() {
    let book = demo_book(200);
    let c = common::find_customer(&book, |c| {
        c.relationships.is_empty() && c.admin.is_none() && c.subscriptions.iter().all(|s| s.partner_of_record.is_none())
    });
    let mut customer = app(book, Some(&common::global_admin_of(&c)));
    let screen = text(&screen(&mut customer, 120, 35, "3"));
    assert!(screen.contains("We couldn't find anything to show here."), "{screen}");
}

#[test]
fn the_customers_reseller_removal_is_shown_disabled_with_the_reason() {
    let book = demo_book(200);
    let c = common::find_customer(&book, |c| {
        c.relationships
            .iter()
            .any(|r| r.partner.0 == 4_512_345 && r.kind == partnerdesk::domain::customer::RelationshipKind::Reseller)
            && c.admin.is_none()
    });
    let mut customer = app(book, Some(&common::global_admin_of(&c)));
    let screen = text(&screen(&mut customer, 120, 35, "3"));
    assert!(
        screen.contains(
            "Remove reseller relationship — not available: A customer cannot remove a reseller relationship itself"
        ),
        "{screen}"
    );
    assert_snapshot!("customer_partners_with_disabled_removal", screen);
}

#[test]
fn only_the_global_admin_edits_the_company_profile() {
    let mut app_hung = app(demo_book(50), Some("hung@saomai.vn"));
    let refused = text(&screen(&mut app_hung, 120, 35, "3 p"));
    assert!(
        refused.contains("Editing the company profile needs Global admin; you are User, Admin agent."),
        "{refused}"
    );
    let mut ga = app(demo_book(50), None);
    let form = text(&screen(&mut ga, 120, 35, &format!("3 p {}", "<Tab> ".repeat(6))));
    assert!(form.contains("Company profile"), "{form}");
    let bad = text(&screen(&mut ga, 120, 35, "<C-u> 12 <Enter>"));
    assert!(bad.contains("Phone: needs 6 to 15 digits"), "{bad}");
    assert_snapshot!("profile_refused_phone", bad);
}

#[test]
fn check_id_names_a_known_partner_and_offers_to_add_an_unknown_one() {
    let book = demo_book(50);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let known = text(&screen(&mut app, 120, 35, "3 c 5120044 <Enter>"));
    assert!(known.contains("Check ID: 5120044 is Hải Vân Technology."), "{known}");
    let offer = text(&screen(&mut app, 120, 35, "c 6543210 <Enter>"));
    assert!(offer.contains("6543210 is not known to the book: fill in the partner to add it"), "{offer}");
    let added = text(&screen(&mut app, 120, 35, "Đà<Space>Lạt<Space>Cloud <Tab> VN <Enter>"));
    assert!(added.contains("Đà Lạt Cloud: saved."), "{added}");
    assert!(book.read().unwrap().directory_partner(PartnerId(6_543_210)).unwrap().is_some());
}
