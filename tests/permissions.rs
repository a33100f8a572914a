//! The Permissions tab: roles, enforcement, granular admin relationships and the customer's
//! legacy admin privileges.

mod common;

use common::{app, demo_book, screen, text};
use insta::assert_snapshot;
use partnerdesk::domain::ids::PartnerId;
use partnerdesk::store::Reads;

const US: PartnerId = PartnerId(4_512_345);

#[test]
fn a_helpdesk_agent_cannot_edit_roles_and_is_told_why() {
    let book = demo_book(50);
    let before = book.read().unwrap().audit_len().unwrap();
    let mut app = app(book.clone(), Some("bao@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, "4 e"));
    assert!(screen.contains("Managing partner users and their roles needs Global admin or User management admin; you are User, Helpdesk agent."), "{screen}");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before);
}

#[test]
fn the_global_admin_gives_a_user_limited_administration() {
    let book = demo_book(50);
    let mut app = app(book.clone(), None);
    // Users are sorted by name: Bùi Khánh Linh first.
    let form = text(&screen(&mut app, 120, 35, "4 e <Tab> <Tab> <Space>"));
    assert!(form.contains("Edit a partner user's roles") && form.contains("Limited administration"), "{form}");
    assert_snapshot!("edit_user_form", form);
    let saved = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(saved.contains("Bùi Khánh Linh: saved."), "{saved}");
    let row = saved.lines().find(|l| l.contains("linh@saomai.vn")).unwrap_or_default();
    assert!(row.contains("Limited administration"), "{saved}");
    let audit = book.read().unwrap().audit_newest(1).unwrap();
    assert_eq!((audit[0].action.as_str(), audit[0].target.as_str()), ("partner_user.roles_changed", "linh@saomai.vn"));
}

#[test]
fn the_last_global_admin_cannot_lose_the_role() {
    let mut app = app(demo_book(50), None);
    // Nguyễn Thị Mai, the only Global admin, is the sixth user by name.
    let refused = text(&screen(&mut app, 120, 35, "4 j j j j j e <Tab> <Right> <Enter>"));
    assert!(refused.contains("you cannot change your own roles") || refused.contains("last Global admin"), "{refused}");
}

#[test]
fn granular_relationship_requested_then_approved_by_the_customer() {
    let book = demo_book(200);
    let target = common::find_customer(&book, |c| {
        c.is_customer_of(US) && c.admin.is_none() && c.users.iter().any(|u| u.global_admin)
    });
    let mut partner = app(book.clone(), Some("hung@saomai.vn"));
    let keys = format!(
        "4 v n <C-u> {} <Tab> Helpdesk<Space>team <Tab> <Tab> <Tab> <Tab> <Tab> <Space> <Tab> <Space> <Enter>",
        target.primary_domain
    );
    let requested = text(&screen(&mut partner, 120, 35, &keys));
    assert!(requested.contains("is approval pending."), "{requested}");
    assert_snapshot!("granular_requested", requested);

    let mut customer = app(book.clone(), Some(&common::global_admin_of(&target)));
    // Item 10: what is granted to whom, for how long, before `y`.
    let asked = text(&screen(&mut customer, 120, 35, "4 a"));
    let flat = asked.replace('│', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Approve GDAP-") && flat.contains("(Helpdesk team)?"), "{asked}");
    assert!(flat.contains("Sao Mai Cloud Solutions gets ") && flat.contains(", for 90 days."), "{asked}");
    assert_snapshot!("granular_approval_summary", asked);
    let approved = text(&screen(&mut customer, 120, 35, "y"));
    assert!(approved.contains("is active."), "{approved}");
    let rel = book.read().unwrap().admin_relationships().unwrap().into_iter().max_by_key(|r| r.id).unwrap();
    assert_eq!(rel.roles.len(), 2);
    assert_eq!(rel.duration_days, 90);
}

#[test]
fn the_customer_reassigns_legacy_admin_and_the_reseller_keeps_the_support_duty() {
    let book = demo_book(200);
    let resells = |c: &partnerdesk::domain::customer::Customer| {
        c.relationships
            .iter()
            .any(|r| r.partner == US && r.kind == partnerdesk::domain::customer::RelationshipKind::Reseller)
    };
    let target =
        common::find_customer(&book, |c| c.holds_admin(US) && resells(c) && c.users.iter().any(|u| u.global_admin));
    let mut customer = app(book.clone(), Some(&common::global_admin_of(&target)));
    let refused = text(&screen(&mut customer, 120, 35, "4 m 12345 <Enter>"));
    assert!(refused.contains("Partner: a partner id has 6 or 7 digits"), "{refused}");
    let unknown = text(&screen(&mut customer, 120, 35, &format!("{}9999999 <Enter>", "<Backspace> ".repeat(5))));
    assert!(unknown.contains("9999999"), "an unknown partner is refused in the form: {unknown}");
    // Item 10: what is granted to whom, for how long, before `y`.
    let asked = text(&screen(&mut customer, 120, 35, &format!("{}5120044 <Enter>", "<Backspace> ".repeat(7))));
    // The dialog wraps its lines: its words are read without the box.
    let flat = asked.replace('│', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("to Hải Vân Technology?"), "{asked}");
    assert!(
        flat.contains(
            "Hải Vân Technology gets Global administrator and so every other admin role, until you remove them."
        ),
        "{asked}"
    );
    assert!(flat.contains("Sao Mai Cloud Solutions loses them"), "{asked}");
    assert!(flat.contains("stays responsible for support, as your reseller"), "{asked}");
    assert_snapshot!("legacy_admin_move_summary", asked);
    assert!(book.read().unwrap().customer(target.tenant_id).unwrap().unwrap().holds_admin(US), "nothing yet");
    let moved = text(&screen(&mut customer, 120, 35, "y"));
    assert!(moved.contains("Hải Vân Technology holds admin privileges"), "{moved}");
    assert!(
        moved.contains("Sao Mai Cloud Solutions, the reseller, does not hold admin privileges but stays responsible"),
        "{moved}"
    );
    assert_snapshot!("legacy_admin_reassigned", moved);
    let c = book.read().unwrap().customer(target.tenant_id).unwrap().unwrap();
    assert!(!c.holds_admin(US) && c.holds_admin(PartnerId(5_120_044)));
    assert_eq!(c.support_duty, Some(US));
}

#[test]
fn the_audit_log_view_filters_by_actor_action_or_record() {
    let mut app = app(demo_book(50), None);
    let audit = text(&screen(&mut app, 120, 35, "4 v v / invitation.accepted"));
    assert!(audit.contains("invitation.accepted"), "{audit}");
    assert!(!audit.contains("customer.added"), "{audit}");
    assert_snapshot!("audit_log_filtered", audit);
}
