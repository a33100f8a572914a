//! The Customers tab's workflows, driven through the real app.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;
use partnerdesk::store::Reads;

fn export(book: &partnerdesk::store::Book) -> Vec<u8> {
    let mut out = Vec::new();
    partnerdesk::export::write_json(book, &mut out).unwrap();
    out
}

const NEW: &str = "n Công<Space>ty<Space>Mới <Tab>";

#[test]
fn adding_a_customer_validates_first_and_writes_nothing_on_error() {
    let book = demo_book(200);
    let before = export(&book);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let refused =
        text(&screen(&mut app, 120, 35, &format!("{NEW} cong-ty-moi <Tab> <Tab> <Tab> <Tab> an@congtymoi.vn <Enter>")));
    assert!(refused.contains("Domain: the name before .onmicrosoft.com must be 1–27 letters and digits"), "{refused}");
    assert_snapshot!("new_customer_refused_domain", refused);
    assert_eq!(export(&book), before, "nothing was written");

    let added = text(&screen(&mut app, 120, 35, &format!("{} congtymoi <Enter>", "<Backspace> ".repeat(11))));
    assert!(
        added.contains("Công ty Mới added: you are its reseller; its Global admin grants admin privileges"),
        "{added}"
    );
    let added = text(&screen(&mut app, 120, 35, "/ congtymoi"));
    let row = added.lines().find(|l| l.contains("congtymoi.onmicrosof")).unwrap_or_default();
    // Rule 7 (seed 003): the reseller relationship, but no admin privileges until the customer grants them.
    assert!(row.contains("Reseller") && !row.contains("yes"), "{added}");
    let audit = book.read().unwrap().audit_newest(1).unwrap();
    assert_eq!((audit[0].action.as_str(), audit[0].target.as_str()), ("customer.added", "congtymoi.onmicrosoft.com"));
}

#[test]
fn a_product_key_sets_up_a_subscription_shown_on_the_record() {
    let mut app = app(demo_book(200), Some("hung@saomai.vn"));
    let refused = text(&screen(
        &mut app,
        120,
        35,
        "/ dai<Space>duong <Enter> <Enter> p BCDFG-HJKMP-QRTVW-XY234-6789O <Tab> <Tab> 25 <Enter>",
    ));
    assert!(refused.contains("Product key: “O” never appears in a product key"), "{refused}");
    assert_snapshot!("product_key_refused", refused);
    let done = text(&screen(&mut app, 120, 35, "<Backspace> 9 <Enter>"));
    assert!(done.contains("Subscription set up for"), "{done}");
    assert!(done.contains("Microsoft 365 Business Basic") && done.contains("0/25"), "{done}");
}

#[test]
fn removing_a_customer_with_active_subscriptions_offers_to_suspend_them_in_the_same_step() {
    let book = demo_book(200);
    let before = export(&book);
    let mut app = app(book.clone(), Some("mai@saomai.vn"));
    let asked = text(&screen(&mut app, 120, 35, "/ dai<Space>duong <Enter> j d"));
    assert!(asked.contains("Suspend these 2 subscriptions (SUB-293, SUB-294) and remove your"), "{asked}");
    assert!(asked.contains("leaves your customer list."), "{asked}");
    assert_snapshot!("remove_offers_to_suspend", asked);
    let kept = text(&screen(&mut app, 120, 35, "n"));
    assert!(!kept.contains("is removed"), "{kept}");
    assert_eq!(export(&book), before, "no is nothing written");
}

#[test]
fn removing_a_customer_without_live_subscriptions_asks_then_removes() {
    let book = demo_book(200);
    let id = {
        let read = book.read().unwrap();
        let mut found = None;
        read.each_customer(|c| {
            let reseller = c.relationships.iter().any(|r| {
                r.partner.0 == 4_512_345 && r.kind == partnerdesk::domain::customer::RelationshipKind::Reseller
            });
            if found.is_none() && reseller && c.subscriptions.iter().all(|s| !s.status.is_live()) {
                found = Some(c.primary_domain.to_string());
            }
            Ok(())
        })
        .unwrap();
        found.expect("a reseller customer without live subscriptions")
    };
    let mut app = app(book.clone(), Some("mai@saomai.vn"));
    let confirm = text(&screen(&mut app, 120, 35, &format!("/ {id} <Enter> d")));
    assert!(confirm.contains("Remove your reseller relationship with"), "{confirm}");
    let done = text(&screen(&mut app, 120, 35, "y"));
    assert!(done.contains("Your reseller relationship with") && done.contains("is removed"), "{done}");
    let c = book.read().unwrap().customer_by_domain(&id).unwrap().unwrap();
    assert!(!c.holds_admin(partnerdesk::domain::ids::PartnerId(4_512_345)));
}

#[test]
fn only_a_global_admin_may_remove_a_reseller_relationship() {
    let mut app = app(demo_book(50), Some("hung@saomai.vn"));
    let refused = text(&screen(&mut app, 120, 35, "d"));
    assert!(
        refused.contains("Removing a reseller relationship needs Global admin; you are User, Admin agent."),
        "{refused}"
    );
}

#[test]
fn bulk_support_contacts_for_marked_customers() {
    let book = demo_book(200);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let form = text(&screen(&mut app, 120, 35, "<Space> <Space> <Space> c"));
    assert!(form.contains("3 marked"), "{form}");
    let done = text(&screen(&mut app, 120, 35, "<Down> <Space> <Enter>"));
    assert!(done.contains("Support contacts set for 3 customers."), "{done}");
    let mut set = 0;
    book.read()
        .unwrap()
        .each_audit(|e| {
            set += usize::from(e.action == "customer.support_contacts_set");
            Ok(())
        })
        .unwrap();
    assert_eq!(set, 3, "one audit record per customer");
}

#[test]
fn a_service_request_on_the_customers_behalf_is_listed_on_the_record() {
    let mut app = app(demo_book(200), Some("bao@saomai.vn"));
    let done = text(&screen(
        &mut app,
        120,
        35,
        "/ dai<Space>duong <Enter> <Enter> o Outlook<Space>down <Tab> Since<Space>9:00 <Tab> <Space> <Enter>",
    ));
    assert!(done.contains("Service request opened on behalf of"), "{done}");
    assert!(done.contains("[C – minimal] Outlook down") && done.contains("open"), "{done}");
}

#[test]
fn list_at_100x30_and_two_expanded_records() {
    let mut app = app(demo_book(200), None);
    assert_snapshot!("customers_100x30", text(&screen(&mut app, 100, 30, "")));
    let two = text(&screen(&mut app, 120, 50, "/ dai<Space>duong <Enter> <Enter> j <Enter>"));
    assert_eq!(two.matches("Account ").count(), 2, "{two}");
    assert_snapshot!("two_expanded_records", two);
}

#[test]
fn a_long_bulk_action_shows_its_progress_and_keeps_the_keyboard() {
    use partnerdesk::app::job::CHUNK;
    let book = demo_book(4000);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let started = text(&screen(&mut app, 120, 35, "a c <Down> <Space> <Enter>"));
    // The count is written as English writes it: 1,000.
    let chunk = partnerdesk::i18n::number::grouped(partnerdesk::i18n::Locale::En, CHUNK as u64);
    assert!(started.contains(&format!("Setting support contacts: {chunk} of")), "{started}");
    assert!(app.job.is_some());
    let moved = text(&screen(&mut app, 120, 35, "j 2"));
    assert!(moved.contains("Setting support contacts"), "keys work while it runs:\n{moved}");
    let done = text(&screen(&mut app, 120, 35, "<wait>"));
    assert!(done.contains("Support contacts set for"), "{done}");
    assert!(app.job.is_none());
    let mut set = 0;
    book.read()
        .unwrap()
        .each_audit(|e| {
            set += usize::from(e.action == "customer.support_contacts_set");
            Ok(())
        })
        .unwrap();
    assert!(set > 250, "{set} customers changed");
}

#[test]
fn edit_and_service_request_forms_refuse_empty_required_fields() {
    let book = demo_book(200);
    let before = export(&book);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let edit = text(&screen(&mut app, 120, 35, &format!("e {} <Enter>", "<Backspace> ".repeat(60))));
    assert!(edit.contains("Company: is required"), "{edit}");
    assert_snapshot!("edit_customer_refused", edit);
    let request = text(&screen(&mut app, 120, 35, "<Esc> o <Enter>"));
    assert!(request.contains("Title: is required"), "{request}");
    assert_snapshot!("service_request_refused", request);
    assert_eq!(export(&book), before, "nothing was written");
}

/// The visible customers' tenant ids, in order.
fn shown(app: &partnerdesk::app::App) -> Vec<partnerdesk::domain::ids::TenantId> {
    app.customers.list.visible().iter().map(|&i| app.customers.rows[i as usize].tenant_id).collect()
}

#[test]
fn a_change_in_another_session_patches_the_rows_in_place_without_reading_the_list() {
    use partnerdesk::app::Event;
    let book = demo_book(300);
    let mut here = app(book.clone(), Some("hung@saomai.vn"));
    screen(&mut here, 120, 35, "");
    let reads = here.customers.list_reads;
    // Another operator renames three customers (one to the top, one to the bottom of the name
    // order, one under a new filterable word), and changes the contacts of a fourth.
    let tenants: Vec<_> = shown(&here).into_iter().step_by(37).take(4).collect();
    let partner = book.read().unwrap().org().unwrap().unwrap().partner_id;
    for (n, (tenant, name)) in tenants.iter().zip(["Aaa Đầu Tiên", "Zzz Cuối Cùng", "Mekong Renamed", ""]).enumerate()
    {
        book.write(&common::stamp(), |tx| {
            let mut c = tx.customer(*tenant)?.unwrap();
            let before = c.company_name.clone();
            if name.is_empty() {
                c.address.line1 = format!("street {n}");
            } else {
                c.company_name = name.to_string();
            }
            let after = tx.update_customer(&c, partner)?;
            tx.audit("test.rename", after.primary_domain.as_str(), Some(&before), Some(&after.company_name))
        })
        .unwrap();
    }
    here.handle(Event::BookChanged);
    assert_eq!(here.customers.list_reads, reads, "the list was patched, not read again");
    let fresh = app(book.clone(), Some("hung@saomai.vn"));
    assert_eq!(shown(&here), shown(&fresh), "the patched order is the order a fresh read gives");
    assert_eq!(here.partners.partner_of_record_for, fresh.partners.partner_of_record_for);
    let top = text(&screen(&mut here, 120, 35, "g"));
    assert!(top.lines().nth(3).unwrap_or_default().contains("Aaa Đầu Tiên"), "{top}");
    let found = text(&screen(&mut here, 120, 35, "/ mekong<Space>ren"));
    assert!(found.contains("Mekong Renamed"), "{found}");
    // Every sort order of the patched list is the one a fresh list gives.
    let mut fresh = fresh;
    screen(&mut here, 120, 35, "<Esc>");
    for _ in 0..8 {
        screen(&mut here, 120, 35, "s");
        screen(&mut fresh, 120, 35, "s");
        assert_eq!(shown(&here), shown(&fresh), "sorted by {:?}", here.customers.sort);
    }
}

#[test]
fn bulk_contacts_on_every_shown_customer_patch_the_list_and_stop_on_esc_keeping_what_was_done() {
    use partnerdesk::app::Event;
    use partnerdesk::app::job::CHUNK;
    let book = demo_book(2600);
    let mut here = app(book.clone(), Some("hung@saomai.vn"));
    screen(&mut here, 120, 35, "a");
    let marked = here.customers.marked.len();
    assert!(marked > 2 * CHUNK, "{marked}");
    let reads = here.customers.list_reads;
    // The form, one contact toggled, saved: the first chunk runs at once.
    screen(&mut here, 120, 35, "c <Tab> <Space> <Enter>");
    assert!(here.job.is_some(), "a long job runs in chunks");
    here.handle(Event::BookChanged);
    screen(&mut here, 120, 35, "<Esc>");
    // The chunk in progress when Esc came is the last one.
    while here.job.is_some() {
        here.run_job_step().unwrap();
        here.handle(Event::BookChanged);
    }
    let status = here.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.starts_with("Stopped with Esc: support contacts set for"), "{status}");
    let done: usize = status.split_whitespace().find_map(|w| w.replace(',', "").parse().ok()).unwrap_or_default();
    assert!(done >= CHUNK && done < marked, "{status}");
    let audited = book
        .read()
        .unwrap()
        .audit_newest(marked)
        .unwrap()
        .iter()
        .filter(|e| e.action == "customer.support_contacts_set")
        .count();
    assert_eq!(audited, done, "what was reported done is what was written");
    assert_eq!(here.customers.list_reads, reads, "no chunk read the list again");
}

#[test]
fn the_sorted_column_is_marked_and_a_second_press_reverses_it() {
    let mut app = app(demo_book(200), None);
    let first = text(&screen(&mut app, 120, 35, ""));
    assert!(first.contains("Company ▲"), "{first}");
    let ascending = app.customers.list.order().to_vec();
    let reversed = text(&screen(&mut app, 120, 35, "s"));
    assert!(reversed.contains("Company ▼") && reversed.contains("sorted by Company ▼"), "{reversed}");
    let mut expected = ascending.clone();
    expected.reverse();
    assert_eq!(app.customers.list.order(), expected.as_slice(), "the same rows, the other way round");
    let next = text(&screen(&mut app, 120, 35, "s"));
    assert!(next.contains("Primary domain ▲"), "the third press sorts by the next column:\n{next}");
    assert!(!app.customers.descending);
}

#[test]
fn a_refused_delegated_admin_offer_leaves_no_subscription_behind() {
    let book = demo_book(200);
    let before = export(&book);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    // The second "Đại Dương" already gives us admin privileges: offering them again is refused,
    // and the product key is not used either.
    let refused = text(&screen(
        &mut app,
        120,
        35,
        "/ dai<Space>duong <Enter> j p BCDFG-HJKMN-QRTVW-XY234-67892 <Tab> <Tab> 5 <Tab> <Tab> <Space> <Enter>",
    ));
    assert!(refused.contains("already gives Sao Mai Cloud Solutions delegated admin"), "{refused}");
    assert_snapshot!("product_key_admin_offer_refused", refused);
    assert_eq!(export(&book), before, "nothing was written");
}
