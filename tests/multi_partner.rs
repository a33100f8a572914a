//! More than one partner with one customer, on screen (issue #20, items 7, 8, 9, 10): a customer
//! accepts the reseller relationship and keeps admin privileges where they are; a partner asks its
//! reseller customer to restore them; the customer's Partners tab shows each partner's card; bulk
//! support contacts add, remove or replace and say what they did.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;
use partnerdesk::domain::customer::{AdminGrant, Customer, RelationshipKind};
use partnerdesk::domain::ids::PartnerId;
use partnerdesk::operations::invitations::{self, Request, Target};
use partnerdesk::store::{Book, Reads};

const US: PartnerId = PartnerId(4_512_345);
const HAI_VAN: PartnerId = PartnerId(5_120_044);

/// Gives `c`'s admin privileges to `holder` (None: to nobody), as if its customer had.
fn admin_with(book: &Book, c: &Customer, holder: Option<PartnerId>) {
    book.write(&common::stamp(), |tx| {
        let mut changed = tx.customer(c.tenant_id)?.unwrap();
        changed.admin = holder.map(|partner| AdminGrant {
            partner,
            since: common::now(),
            granted_by: changed.users[0].email.clone(),
        });
        let after = tx.update_customer(&changed, US)?;
        tx.audit("test.admin_moved", after.primary_domain.as_str(), None::<&()>, Some(&after.admin))
    })
    .unwrap();
}

fn vn_public(c: &Customer) -> bool {
    c.country.as_str() == "VN"
        && c.cloud == partnerdesk::domain::country::Cloud::Public
        && c.users.iter().any(|u| u.global_admin)
}

#[test]
fn the_customer_accepts_the_reseller_relationship_and_keeps_admin_with_the_partner_that_holds_them() {
    let book = demo_book(200);
    let target = common::find_customer(&book, |c| vn_public(c) && !c.is_customer_of(US) && c.ineligible.is_none());
    admin_with(&book, &target, Some(HAI_VAN));
    // A prospect is not on the list: the partner invites it by script, as `invite --send` does.
    let lan = partnerdesk::app::session::resolve_actor(&book, Some("lan@saomai.vn")).unwrap().unwrap();
    let ctx = partnerdesk::operations::OpContext { actor: &lan, stamp: common::stamp(), read_only: false, seed: 7 };
    let request = Request {
        target: Target::Existing(target.tenant_id),
        include_admin: true,
        recipient: String::new(),
        language: None,
    };
    let draft = invitations::request(&book, &ctx, request, &Default::default()).unwrap();
    let sent = invitations::mark_sent(&book, &ctx, draft.id, draft.version, draft.email.clone()).unwrap();

    let mut customer = app(book.clone(), Some(&common::global_admin_of(&target)));
    let form = text(&screen(&mut customer, 120, 35, "2 a"));
    assert!(form.contains("leave clear to keep them with Hải Vân Technology"), "{form}");
    assert_snapshot!("accept_form_keep_or_move_admin", form);
    let mca = if target.mca.is_none() { "<Space> " } else { "" };
    let accepted = text(&screen(&mut customer, 120, 35, &format!("{mca}<Enter>")));
    assert!(
        accepted.contains("Accepted: Sao Mai Cloud Solutions is now your reseller; your admin privileges stay"),
        "{accepted}"
    );
    let after = book.read().unwrap().customer(target.tenant_id).unwrap().unwrap();
    assert!(after.holds_admin(HAI_VAN) && after.relationships_with(US).any(|k| k == RelationshipKind::Reseller));
    let inv = book.read().unwrap().invitation(sent.id).unwrap().unwrap();
    assert!(inv.admin_not_granted);
    let view = text(&screen(&mut customer, 120, 35, "f f f <Enter>"));
    assert!(view.contains("admin privileges asked, not granted"), "{view}");
}

#[test]
fn a_partner_asks_its_reseller_customer_to_restore_admin_and_accepting_moves_them_back() {
    let book = demo_book(200);
    let target = common::find_customer(&book, |c| {
        vn_public(c) && c.relationships_with(US).any(|k| k == RelationshipKind::Reseller) && c.holds_admin(US)
    });
    admin_with(&book, &target, Some(HAI_VAN));
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    let filter = format!("1 / {} <Enter>", target.primary_domain.as_str().split('.').next().unwrap());
    let refused = text(&screen(&mut partner, 120, 35, &format!("{filter} r <Enter>")));
    assert!(refused.contains("already has a reseller relationship"), "{refused}");
    let form = text(&screen(&mut partner, 120, 35, "<Esc> D"));
    assert!(form.contains("Ask to restore delegated admin privileges"), "{form}");
    assert!(form.contains("Hải Vân Technology holds its admin privileges now"), "{form}");
    assert_snapshot!("restore_admin_form", form);
    let editor = text(&screen(&mut partner, 120, 35, "<Enter>"));
    // The letter is in the customer's language (Vietnamese here).
    assert!(editor.contains("khôi phục quyền quản trị được"), "{editor}");
    screen(&mut partner, 120, 35, "<C-s>");
    let list = text(&screen(&mut partner, 120, 35, "2"));
    assert!(list.lines().any(|l| l.contains("Restore") && l.contains(&target.company_name)), "{list}");

    let mut customer = app(book.clone(), Some(&common::global_admin_of(&target)));
    let form = text(&screen(&mut customer, 120, 35, "2 a"));
    assert!(form.contains("delegated administration privileges only"), "{form}");
    let refused = text(&screen(&mut customer, 120, 35, "<Enter>"));
    assert!(refused.contains("this request only restores"), "{refused}");
    let restored = text(&screen(&mut customer, 120, 35, "<Space> <Enter>"));
    assert!(restored.contains("holds your delegated admin privileges again"), "{restored}");
    assert!(book.read().unwrap().customer(target.tenant_id).unwrap().unwrap().holds_admin(US));
}

#[test]
fn the_customer_sees_each_partners_card_with_its_roles_email_phone_and_address() {
    let book = demo_book(200);
    let target = common::find_customer(&book, |c| {
        c.relationships.iter().any(|r| r.partner == HAI_VAN) && c.users.iter().any(|u| u.global_admin)
    });
    let mut customer = app(book, Some(&common::global_admin_of(&target)));
    let tab = text(&screen(&mut customer, 120, 35, "3"));
    assert!(tab.contains("Roles"), "{tab}");
    let card = text(&screen(&mut customer, 120, 35, "/ hai"));
    assert!(card.contains("hotro@haivantech.vn") && card.contains("+84 236 3822 410"), "{card}");
    assert!(card.contains("12 Bạch Đằng, Đà Nẵng, 550000"), "{card}");
    assert_snapshot!("customer_partner_card", card);
    let narrow = text(&screen(&mut customer, 80, 24, ""));
    assert!(narrow.contains("hotro@haivantech.vn"), "{narrow}");
}

#[test]
fn bulk_support_contacts_replace_says_whom_it_removed() {
    let book = demo_book(50);
    let before: Vec<Customer> = {
        let mut all = Vec::new();
        book.read()
            .unwrap()
            .each_customer(|c| {
                all.push(c);
                Ok(())
            })
            .unwrap();
        all
    };
    assert!(before.iter().any(|c| !c.support_contacts.is_empty()), "the demo has support contacts");
    let mut partner = app(book.clone(), None);
    let form = text(&screen(&mut partner, 120, 35, "1 a c"));
    assert!(form.contains("Add the ticked to each list"), "{form}");
    assert_snapshot!("bulk_contacts_form", form);
    // Replace every list with nobody: each contact that leaves is named, with how many lists.
    let done = text(&screen(&mut partner, 120, 35, "<Right> <Right> <Enter>"));
    assert!(done.contains("Removed: "), "{done}");
    assert!(done.contains(" from "), "{done}");
    let read = book.read().unwrap();
    let mut listed = Vec::new();
    read.each_customer_row(|r| {
        if r.listed {
            listed.push(r.tenant_id);
        }
    })
    .unwrap();
    for tenant in listed {
        assert!(read.customer(tenant).unwrap().unwrap().support_contacts.is_empty(), "{tenant}");
    }
}
