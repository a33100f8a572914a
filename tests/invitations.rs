//! The reseller invitation, end to end on screen: request, draft, send, accept.

mod common;

use common::{app, demo_book, screen, screen_and_effects, text};
use insta::assert_snapshot;
use partnerdesk::app::effect::Effect;
use partnerdesk::domain::country::Cloud;
use partnerdesk::domain::invitation::InvitationStatus;
use partnerdesk::store::Reads;

const PROSPECT: &str = "2 r Công<Space>ty<Space>Hải<Space>Đăng <Tab> lan@haidang.vn";

/// Empties the email body: delete to end of line, then the line break, many times.
fn clear_body() -> String {
    "<C-k><Delete> ".repeat(40)
}

#[test]
fn request_form_for_a_prospect() {
    let mut app = app(demo_book(200), Some("lan@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, "2 r"));
    assert!(screen.contains("Request a reseller relationship with a new customer"), "{screen}");
    assert!(screen.contains("[x]"), "delegated admin is on by default:\n{screen}");
    assert_snapshot!(screen);
}

#[test]
fn a_malformed_contact_email_is_refused_in_the_form_and_nothing_is_written() {
    let book = demo_book(200);
    let before = book.read().unwrap().audit_len().unwrap();
    let mut app = app(book.clone(), Some("lan@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, "2 r Hải<Space>Đăng <Tab> lan@haidang <Enter>"));
    assert!(screen.contains("Contact email: “haidang” needs a dot"), "{screen}");
    assert_eq!(book.read().unwrap().audit_len().unwrap(), before);
    assert_snapshot!(screen);
}

#[test]
fn a_helpdesk_agent_is_told_why_not() {
    let mut app = app(demo_book(50), Some("bao@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, "2 r"));
    assert!(
        screen.contains("Requesting a reseller relationship needs the Admin agent or Sales agent role"),
        "{screen}"
    );
    assert!(!screen.contains("with a new customer"), "no form opens:\n{screen}");
}

#[test]
fn a_us_government_partner_cannot_clear_delegated_admin_and_sees_why() {
    let book = demo_book(50);
    book.write(&common::stamp(), |tx| {
        let mut org = tx.org()?.expect("an organization");
        let before = org.clone();
        org.cloud = Cloud::UsGovernment;
        let after = tx.put_org(&org)?;
        tx.audit("organization.edited", &org.name, Some(&before), Some(&after))
    })
    .unwrap();
    let mut app = app(book, Some("lan@saomai.vn"));
    // Company, contact, country, cloud, domain, the email's language, then the checkbox.
    let screen = text(&screen(&mut app, 120, 35, "2 r <Tab> <Tab> <Tab> <Tab> <Tab> <Tab> <Space>"));
    assert!(screen.contains("[x]"), "{screen}");
    assert!(screen.contains("is in the US Government cloud, where a reseller"), "{screen}");
    assert_snapshot!(screen);
}

#[test]
fn the_draft_opens_in_the_editor_and_done_refuses_without_the_link() {
    let book = demo_book(200);
    let mut app = app(book.clone(), Some("lan@saomai.vn"));
    let editor = text(&screen(&mut app, 120, 35, &format!("{PROSPECT} <Enter>")));
    assert!(editor.contains("✓ the personalized link is in the email"), "{editor}");
    assert_snapshot!("editor_with_draft", editor);

    let refused = text(&screen(&mut app, 120, 35, &format!("{} Xin<Space>chào <C-s>", clear_body())));
    assert!(refused.contains("✗ the personalized link is missing or changed"), "{refused}");
    assert!(refused.contains("Email: the personalized link is missing or changed; put it back"), "{refused}");
    assert_snapshot!("editor_refuses_done_without_link", refused);
    let inv = book.read().unwrap().invitations().unwrap().into_iter().max_by_key(|i| i.id).unwrap();
    assert_eq!(inv.status, InvitationStatus::Draft, "nothing was sent");

    let (sent, effects) = screen_and_effects(&mut app, 120, 35, "<C-l> <C-y> <C-s>");
    let sent = text(&sent);
    assert!(sent.contains("is sent to lan@haidang.vn"), "{sent}");
    assert!(matches!(effects.as_slice(), [Effect::Clipboard(t)] if t.starts_with("Subject: ")));
    let inv = book.read().unwrap().invitation(inv.id).unwrap().unwrap();
    assert_eq!(inv.status, InvitationStatus::Sent);
    assert!(inv.email.body.contains(&inv.link));
}

#[test]
fn escape_with_edits_asks_to_keep_them() {
    let mut app = app(demo_book(50), Some("lan@saomai.vn"));
    let screen = text(&screen(&mut app, 120, 35, &format!("{PROSPECT} <Enter> X <Esc>")));
    assert!(screen.contains("Keep your edits to the draft?"), "{screen}");
    let kept = text(&screen_after(&mut app, "y"));
    assert!(kept.contains("draft saved"), "{kept}");
}

fn screen_after(app: &mut partnerdesk::app::App, keys: &str) -> ratatui::buffer::Buffer {
    screen(app, 120, 35, keys)
}

#[test]
fn invitation_view_and_revoke_confirmation() {
    let mut app = app(demo_book(200), Some("lan@saomai.vn"));
    // The demo's three newest are offers; the fourth is a reseller invitation.
    let view = text(&screen(&mut app, 120, 35, "2 j j j <Enter>"));
    assert!(view.contains("Reseller invitation") && view.contains("pdToken="), "{view}");
    assert_snapshot!("invitation_view", view);
    let confirm = text(&screen(&mut app, 120, 35, "d"));
    assert!(confirm.contains("Revoke INV-"), "{confirm}");
    assert_snapshot!("revoke_confirmation", confirm);
    let done = text(&screen(&mut app, 120, 35, "y"));
    assert!(done.contains("revoked: its link no longer works"), "{done}");
}

#[test]
fn the_customer_accepts_after_the_mca_and_becomes_a_customer_with_admin_privileges() {
    let book = demo_book(200);
    let mut partner = app(book.clone(), Some("lan@saomai.vn"));
    screen(&mut partner, 120, 35, &format!("{PROSPECT} <Enter> <C-s>"));

    let mut customer = app(book.clone(), Some("lan@haidang.vn"));
    let form = text(&screen(&mut customer, 120, 35, "2 a <Enter>"));
    assert!(form.contains("Microsoft Customer Agreement: Công ty Hải Đăng has not accepted it yet"), "{form}");
    assert_snapshot!("accept_form_needs_mca", form);
    let accepted = text(&screen(&mut customer, 120, 35, "<Space> <Enter>"));
    assert!(
        accepted.contains("Accepted: Sao Mai Cloud Solutions is now your reseller with delegated admin privileges"),
        "{accepted}"
    );

    let mut partner = app(book, Some("lan@saomai.vn"));
    let list = text(&screen(&mut partner, 120, 35, "/ hai<Space>dang"));
    let row = list.lines().find(|l| l.contains("Công ty Hải Đăng")).unwrap_or_default().to_string();
    assert!(row.contains("Reseller") && row.contains("yes"), "{list}");
}

#[test]
fn purge_asks_with_the_count_and_removes_finished_invitations() {
    let mut app = app(demo_book(200), Some("lan@saomai.vn"));
    let confirm = text(&screen(&mut app, 120, 35, "2 P"));
    assert!(confirm.contains("expired, declined and revoked invitations?"), "{confirm}");
    let done = text(&screen(&mut app, 120, 35, "y f f f f f"));
    assert!(done.contains("Showing invitations: Expired"), "{done}");
    assert!(
        done.contains("0 of 0 invitations") || done.contains("Nothing matches") || done.contains("No invitations"),
        "{done}"
    );
}

#[test]
fn the_session_transcript_lists_exactly_what_this_session_changed() {
    let book = demo_book(50);
    let mut app = app(book.clone(), Some("lan@saomai.vn"));
    screen(&mut app, 120, 35, &format!("{PROSPECT} <Enter> <C-s>"));
    let (shown, effects) = screen_and_effects(&mut app, 120, 35, "T");
    let shown = text(&shown);
    assert!(shown.contains("3 changes in this session (snapshot)"), "{shown}");
    assert!(
        shown.contains("customer.prospect_added")
            && shown.contains("invitation.requested")
            && shown.contains("invitation.sent"),
        "{shown}"
    );
    let copied = match effects.as_slice() {
        [Effect::Clipboard(t)] => t.clone(),
        other => panic!("{other:?}"),
    };
    let actions: Vec<&str> = copied.lines().skip(1).map(|l| l.split("  ").nth(2).unwrap_or_default()).collect();
    assert_eq!(actions, ["customer.prospect_added", "invitation.requested", "invitation.sent"]);
}

#[test]
fn the_filter_finds_an_invitation_by_the_status_the_list_shows() {
    let book = demo_book(300);
    let mut app = app(book, None);
    let found = text(&screen(&mut app, 120, 35, "2 / expired <Enter>"));
    let rows: Vec<&str> = found.lines().filter(|l| l.starts_with("INV-")).collect();
    assert!(!rows.is_empty(), "an expired invitation is found:\n{found}");
    assert!(rows.iter().all(|r| r.contains("Expired")), "{found}");
}

#[test]
fn a_question_is_asked_only_when_the_answer_can_be_carried_out() {
    let book = demo_book(300);
    let mut app = app(book, Some("lan@saomai.vn"));
    let shown = text(&screen(&mut app, 120, 35, "2 / accepted <Enter> d"));
    assert!(shown.contains("only a draft or sent invitation can be revoked"), "{shown}");
    assert!(!shown.contains("y yes"), "no question for what would be refused:\n{shown}");
    assert!(app.overlays.is_empty());
}
