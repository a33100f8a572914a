//! Administering a customer from its open record (rule 14), driven through the real app: the
//! record's keys, its forms, the rules about who may, and what is written (and what never is).

mod common;

use common::{app, demo_book, find_customer, global_admin_of, screen, text};
use insta::assert_snapshot;
use partnerdesk::domain::customer::{Customer, RelationshipKind, SubscriptionStatus};
use partnerdesk::domain::ids::PartnerId;
use partnerdesk::store::{Book, Reads};

const US: PartnerId = PartnerId(4_512_345);

fn export(book: &Book) -> Vec<u8> {
    let mut out = Vec::new();
    partnerdesk::export::write_json(book, &mut out).unwrap();
    out
}

/// A customer we resell to and hold admin privileges for, whose first subscription is active,
/// with a user who is not an admin.
fn ours(book: &Book) -> Customer {
    find_customer(book, |c| {
        c.relationships.iter().any(|r| r.partner == US && r.kind == RelationshipKind::Reseller)
            && c.holds_admin(US)
            && c.subscriptions.first().is_some_and(|s| s.status == SubscriptionStatus::Active && s.assigned > 1)
            && c.users.iter().filter(|u| u.global_admin).count() == 1
            && c.users.iter().any(|u| !u.global_admin)
    })
}

/// Filters the list to `c` and opens its record.
fn open(c: &Customer) -> String {
    format!("/ {} <Enter> <Enter>", c.primary_domain)
}

fn reread(book: &Book, c: &Customer) -> Customer {
    book.read().unwrap().customer(c.tenant_id).unwrap().unwrap()
}

#[test]
fn the_records_actions_are_keys_and_footer_hints_only_while_it_is_open() {
    let book = demo_book(200);
    let c = ours(&book);
    let mut app = app(book, Some("hung@saomai.vn"));
    let closed = text(&screen(&mut app, 120, 35, &format!("/ {} <Enter>", c.primary_domain)));
    assert!(!closed.contains("S suspend"), "{closed}");
    let pressed = text(&screen(&mut app, 120, 35, "S"));
    assert!(!pressed.contains("Suspend a subscription"), "S means nothing on a closed record:\n{pressed}");
    let opened = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(opened.contains("S suspend") && opened.contains("R reactivate"), "{opened}");
    let help = text(&screen(&mut app, 120, 35, "?"));
    for key in ["reset password", "assign licence", "Global admin role", "cancel subscription"] {
        assert!(help.contains(key), "{key}:\n{help}");
    }
    let collapsed = text(&screen(&mut app, 120, 35, "<Esc> <Left>"));
    assert!(!collapsed.contains("S suspend"), "{collapsed}");
}

#[test]
fn suspend_and_reactivate_a_subscription_chosen_in_a_form_each_audited_before_after() {
    let book = demo_book(200);
    let c = ours(&book);
    let sub = c.subscriptions[0].id;
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let form = text(&screen(&mut app, 80, 24, &format!("{} S", open(&c))));
    assert!(form.contains("Suspend a subscription") && form.contains(&format!("{sub} · Active")), "{form}");
    assert_snapshot!("suspend_form_80x24", form);
    let done = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(done.contains(&format!("{sub} of {} is suspended.", c.company_name)), "{done}");
    assert_eq!(reread(&book, &c).subscriptions[0].status, SubscriptionStatus::Suspended);
    let audit = book.read().unwrap().audit_newest(1).unwrap();
    assert_eq!(
        (audit[0].action.as_str(), audit[0].target.as_str()),
        ("subscription.suspended", c.primary_domain.as_str())
    );
    let (before, after) = (audit[0].before.clone().unwrap(), audit[0].after.clone().unwrap());
    assert!(before.contains("\"active\"") && after.contains("\"suspended\""), "{before} → {after}");

    let before = export(&book);
    let again = text(&screen(&mut app, 120, 35, "S <Left> <Left> <Right> <Right>"));
    assert_snapshot!("suspend_form_120x35", again);
    let refused = text(&screen(&mut app, 120, 35, "<Esc> Q <Enter>"));
    assert!(
        refused.contains("Licences: is required") || refused.contains("suspended: reactivate it first"),
        "{refused}"
    );
    assert_eq!(export(&book), before, "a refusal writes nothing");
    let back = text(&screen(&mut app, 120, 35, "<Esc> R <Enter>"));
    assert!(back.contains(&format!("{sub} of {} is active again.", c.company_name)), "{back}");
    assert_eq!(reread(&book, &c).subscriptions[0].status, SubscriptionStatus::Active);
}

#[test]
fn the_licence_count_never_falls_below_what_is_assigned_and_a_refusal_writes_nothing() {
    let book = demo_book(200);
    let c = ours(&book);
    let s = &c.subscriptions[0];
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let before = export(&book);
    let refused = text(&screen(&mut app, 80, 24, &format!("{} Q <Tab> 1 <Enter>", open(&c))));
    assert!(refused.contains(&format!("{} licences of {} are assigned", s.assigned, s.id)), "{refused}");
    assert_snapshot!("quantity_refused_80x24", refused);
    assert_eq!(export(&book), before, "nothing was written");
    let more = s.quantity + 5;
    let done = text(&screen(&mut app, 120, 35, &format!("<Backspace> {more} <Enter>")));
    assert!(done.contains(&format!("{} now has {more} licences.", s.id)), "{done}");
    assert_eq!(reread(&book, &c).subscriptions[0].quantity, more);
}

#[test]
fn a_reset_password_is_shown_once_and_never_kept() {
    let book = demo_book(200);
    let c = ours(&book);
    let staff = c.users.iter().position(|u| !u.global_admin).unwrap();
    let mut app = app(book.clone(), Some("bao@saomai.vn"));
    // Limited administration is a password administrator: not for the Global admin…
    let before = export(&book);
    let admin = c.users.iter().position(|u| u.global_admin).unwrap();
    let choose = |i: usize| "<Right> ".repeat(i);
    let refused = text(&screen(&mut app, 80, 24, &format!("{} P {}<Enter>", open(&c), choose(admin))));
    assert!(refused.contains("is a Global admin: only Full"), "{refused}");
    assert_eq!(export(&book), before, "nothing was written");
    // …but for a user who is not an admin.
    let shown = text(&screen(&mut app, 80, 24, &format!("<Esc> P {}<Enter>", choose(staff))));
    assert!(shown.contains("Temporary password") && shown.contains("Give it to the user now"), "{shown}");
    assert_snapshot!("password_shown_80x24", shown);
    let password = shown
        .lines()
        .find(|l| l.contains("Temporary password  "))
        .and_then(|l| l.split_whitespace().nth(3))
        .unwrap()
        .to_string();
    assert_eq!(password.len(), 14, "{shown}");
    let closed = text(&screen(&mut app, 80, 24, "<Enter>"));
    assert!(!closed.contains(&password), "shown once:\n{closed}");
    let book_text = String::from_utf8(export(&book)).unwrap();
    assert!(!book_text.contains(&password), "the book never keeps the password");
    let audit = book.read().unwrap().audit_newest(1).unwrap();
    assert_eq!(audit[0].action, "tenant.password_reset");
    assert!(audit[0].after.as_deref().unwrap_or_default().contains(c.users[staff].email.as_str()));
}

#[test]
fn a_sales_agent_has_no_administration_of_customers_users() {
    let book = demo_book(200);
    let c = ours(&book);
    let mut app = app(book.clone(), Some("lan@saomai.vn"));
    let refused = text(&screen(&mut app, 120, 35, &format!("{} P", open(&c))));
    assert!(refused.contains("Administering a customer's users needs"), "{refused}");
    assert!(!refused.contains("Reset a password"), "no form:\n{refused}");
}

#[test]
fn add_a_user_then_give_and_take_the_global_admin_role_never_from_the_last() {
    let book = demo_book(200);
    let c = ours(&book);
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let form = text(&screen(&mut app, 120, 35, &format!("{} u", open(&c))));
    assert_snapshot!("add_tenant_user_120x35", form);
    let email = format!("moi@{}", c.primary_domain);
    let added = text(&screen(&mut app, 120, 35, &format!("Người<Space>Mới <Tab> {email} <Enter>")));
    assert!(added.contains(&format!("{email} is a user of {} now.", c.company_name)), "{added}");
    assert!(
        reread(&book, &c)
            .user(&partnerdesk::domain::validate::email(partnerdesk::domain::Input::Email, &email).unwrap())
            .is_some()
    );

    let admin = c.users.iter().position(|u| u.global_admin).unwrap();
    let before = export(&book);
    let keys = format!("M {}<Tab> <Right> <Enter>", "<Right> ".repeat(admin));
    let refused = text(&screen(&mut app, 80, 24, &keys));
    assert!(refused.contains("is the last Global admin of"), "{refused}");
    assert_snapshot!("global_admin_refused_80x24", refused);
    assert_eq!(export(&book), before, "nothing was written");
    let newest = c.users.len();
    let given = text(&screen(&mut app, 120, 35, &format!("<Esc> M {}<Enter>", "<Right> ".repeat(newest))));
    assert!(given.contains(&format!("{email} is a Global admin now.")), "{given}");
    let taken = text(&screen(&mut app, 120, 35, &keys));
    assert!(taken.contains(&format!("{} is no longer a Global admin.", global_admin_of(&c))), "{taken}");
}

#[test]
fn cancelling_asks_first_and_takes_the_licences_from_their_users() {
    let book = demo_book(200);
    let c = ours(&book);
    let sub = c.subscriptions[0].id;
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let asked = text(&screen(&mut app, 120, 35, &format!("{} X <Enter>", open(&c))));
    assert!(asked.contains(&format!("Cancel {sub} ({}) of", c.subscriptions[0].offer)), "{asked}");
    let kept = text(&screen(&mut app, 120, 35, "n"));
    assert!(!kept.contains("is cancelled"), "{kept}");
    let done = text(&screen(&mut app, 120, 35, "X <Enter> y"));
    assert!(done.contains(&format!("{sub} of {} is cancelled.", c.company_name)), "{done}");
    let after = reread(&book, &c);
    assert!(!after.subscriptions.iter().any(|s| s.id == sub));
    assert!(!after.users.iter().any(|u| u.licences.contains(&sub)));
}

#[test]
fn a_licence_is_assigned_to_a_user_chosen_in_the_form() {
    let book = demo_book(200);
    let c = find_customer(&book, |c| {
        c.holds_admin(US)
            && c.subscriptions
                .first()
                .is_some_and(|s| s.status == SubscriptionStatus::Active && s.assigned < s.quantity)
            && c.users.first().is_some_and(|u| !u.licences.contains(&c.subscriptions[0].id))
    });
    let sub = &c.subscriptions[0];
    let mut app = app(book.clone(), Some("hung@saomai.vn"));
    let form = text(&screen(&mut app, 80, 24, &format!("{} L", open(&c))));
    assert_snapshot!("assign_licence_80x24", form);
    let done = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(done.contains(&format!("{} has a licence of {} now.", c.users[0].email, sub.id)), "{done}");
    let after = reread(&book, &c);
    assert_eq!(after.subscriptions[0].assigned, sub.assigned + 1);
    assert!(after.users[0].licences.contains(&sub.id));
}

#[test]
fn a_customers_own_global_admin_administers_users_and_leaves_subscriptions_to_the_reseller() {
    let book = demo_book(200);
    let c = ours(&book);
    let mut app = app(book.clone(), Some(&global_admin_of(&c)));
    let opened = text(&screen(&mut app, 120, 35, "<Enter>"));
    assert!(opened.contains("u add user") && !opened.contains("S suspend"), "{opened}");
    let added =
        text(&screen(&mut app, 120, 35, &format!("u Khách<Space>Mới <Tab> khach@{} <Enter>", c.primary_domain)));
    assert!(added.contains("is a user of"), "{added}");
    assert_eq!(reread(&book, &c).users.len(), c.users.len() + 1);
}

#[test]
fn removing_a_reseller_suspends_the_live_subscriptions_in_the_same_confirmed_step() {
    let book = demo_book(200);
    let c = find_customer(&book, |c| {
        c.relationships.iter().any(|r| r.partner == US && r.kind == RelationshipKind::Reseller)
            && c.subscriptions.iter().filter(|s| s.status.is_live()).count() >= 2
    });
    let live: Vec<String> = c.subscriptions.iter().filter(|s| s.status.is_live()).map(|s| s.id.to_string()).collect();
    let mut app = app(book.clone(), Some("mai@saomai.vn"));
    let asked = text(&screen(&mut app, 120, 35, &format!("/ {} <Enter> d", c.primary_domain)));
    assert!(asked.contains(&format!("Suspend these {} subscriptions", live.len())), "{asked}");
    assert!(asked.contains(live[0].as_str()), "{asked}");
    let audit_before = book.read().unwrap().audit_len().unwrap();
    let done = text(&screen(&mut app, 120, 35, "y"));
    assert!(done.contains("are suspended and your reseller relationship is removed"), "{done}");
    let after = reread(&book, &c);
    assert!(!after.subscriptions.iter().any(|s| s.status.is_live()));
    assert!(!after.relationships.iter().any(|r| r.partner == US && r.kind == RelationshipKind::Reseller));
    assert_eq!(book.read().unwrap().audit_len().unwrap(), audit_before + 1, "one step, one audit record");
}
