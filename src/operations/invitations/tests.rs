use super::*;
use crate::domain::country::Cloud;
use crate::domain::fixtures;
use crate::operations::testing::{actor, book, ctx};

fn prospect() -> Request {
    Request {
        target: Target::Prospect(ProspectInput {
            company: "Công ty Hải Đăng".into(),
            contact: "lan@haidang.vn".into(),
            country: "VN".into(),
            cloud: Some(Cloud::Public),
            domain: String::new(),
        }),
        include_admin: true,
        recipient: String::new(),
        language: None,
    }
}

fn audit_len(book: &Book) -> u64 {
    book.read().unwrap().audit_len().unwrap()
}

#[test]
fn round_trip_request_send_accept_puts_the_customer_on_the_list_with_admin_privileges() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let draft = request(&book, &ctx(&sales), prospect(), &LinkHosts::default()).unwrap();
    assert_eq!(draft.status, InvitationStatus::Draft);
    assert_eq!(draft.recipient.as_ref().map(|e| e.as_str()), Some("lan@haidang.vn"));
    let tenant = draft.customer.unwrap();
    assert!(!book.read().unwrap().customer(tenant).unwrap().unwrap().is_customer_of(fixtures::US));

    // Done without the link is refused and writes nothing.
    let before = audit_len(&book);
    let mut broken = draft.email.clone();
    broken.body = broken.body.replace(&draft.link, "(link)");
    let err = mark_sent(&book, &ctx(&sales), draft.id, draft.version, broken).unwrap_err();
    assert!(err.to_string().contains("personalized link"), "{err}");
    assert_eq!(audit_len(&book), before);

    let sent = mark_sent(&book, &ctx(&sales), draft.id, draft.version, draft.email.clone()).unwrap();
    assert_eq!(sent.status, InvitationStatus::Sent);

    // The partner cannot accept for the customer.
    let err = accept(&book, &ctx(&sales), &sent.link, AcceptChoices::default()).unwrap_err();
    assert!(err.to_string().contains("Accepting an invitation needs"), "{err}");

    let contact = actor(&book, "lan@haidang.vn");
    let err = accept(&book, &ctx(&contact), &sent.link, AcceptChoices::default()).unwrap_err();
    assert!(err.to_string().contains("Microsoft Customer Agreement"), "{err}");
    let outcome =
        accept(&book, &ctx(&contact), &sent.link, AcceptChoices { accept_mca: true, ..Default::default() }).unwrap();
    assert_eq!(outcome.portal, "Microsoft 365 admin center");
    assert!(outcome.admin_privileges && outcome.mca_accepted_now);

    let read = book.read().unwrap();
    let customer = read.customer(tenant).unwrap().unwrap();
    assert!(customer.is_customer_of(fixtures::US) && customer.holds_admin(fixtures::US));
    let mut listed = false;
    read.each_customer_row(|r| listed |= r.tenant_id == tenant && r.listed && r.admin).unwrap();
    assert!(listed, "the customer list row was updated in the same transaction");
    let actions: Vec<String> = read.audit_newest(4).unwrap().into_iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        ["customer.reseller_accepted", "invitation.accepted", "invitation.sent", "invitation.requested"]
    );

    let err = accept(&book, &ctx(&contact), &sent.link, AcceptChoices { accept_mca: true, ..Default::default() })
        .unwrap_err();
    assert!(err.to_string().contains("is accepted and can no longer be accepted"), "{err}");
}

#[test]
fn a_stale_draft_is_not_sent_over_someone_elses_edit() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let draft = request(&book, &ctx(&sales), prospect(), &LinkHosts::default()).unwrap();
    let mut edited = draft.email.clone();
    edited.body.insert_str(0, "Xin chào!\n");
    save_draft(&book, &ctx(&sales), draft.id, draft.version, edited).unwrap();
    let err = mark_sent(&book, &ctx(&sales), draft.id, draft.version, draft.email.clone()).unwrap_err();
    assert!(matches!(err, WriteError::Conflict(_)), "{err}");
    assert!(err.to_string().contains("changed by lan@saomai.vn"), "{err}");
}

#[test]
fn helpdesk_and_read_only_sessions_cannot_request() {
    let book = book();
    let before = audit_len(&book);
    let helpdesk = actor(&book, "bao@saomai.vn");
    let err = request(&book, &ctx(&helpdesk), prospect(), &LinkHosts::default()).unwrap_err();
    assert!(err.to_string().contains("you are User, Helpdesk agent"), "{err}");
    let sales = actor(&book, "lan@saomai.vn");
    let read_only = OpContext { read_only: true, ..ctx(&sales) };
    let err = request(&book, &read_only, prospect(), &LinkHosts::default()).unwrap_err();
    assert!(err.to_string().contains("read-only session"), "{err}");
    assert_eq!(audit_len(&book), before);
    assert!(
        book.read().unwrap().customer_by_domain("haidang.onmicrosoft.com").unwrap().is_none(),
        "no prospect left behind"
    );
}

#[test]
fn revoke_then_purge_removes_finished_invitations_and_keeps_them_in_the_audit_log() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let draft = request(&book, &ctx(&sales), prospect(), &LinkHosts::default()).unwrap();
    revoke(&book, &ctx(&sales), draft.id).unwrap();
    let purgeable = book
        .read()
        .unwrap()
        .invitations()
        .unwrap()
        .iter()
        .filter(|i| i.status_at(fixtures::now()).is_purgeable())
        .count();
    assert!(purgeable >= 1);
    assert_eq!(purge(&book, &ctx(&sales)).unwrap(), purgeable);
    let read = book.read().unwrap();
    assert!(read.invitation(draft.id).unwrap().is_none());
    assert!(read.invitation_by_token(&draft.token).unwrap().is_none());
    let mut purged_events = 0;
    read.each_audit(|e| {
        purged_events += usize::from(e.action == "invitation.purged");
        Ok(())
    })
    .unwrap();
    assert_eq!(purged_events, purgeable);
}

#[test]
fn a_prospect_whose_domain_is_known_invites_the_existing_tenant() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let first = request(&book, &ctx(&sales), prospect(), &LinkHosts::default()).unwrap();
    revoke(&book, &ctx(&sales), first.id).unwrap();
    let second = request(&book, &ctx(&sales), prospect(), &LinkHosts::default()).unwrap();
    assert_eq!(first.customer, second.customer);
}

#[test]
fn admin_kept_elsewhere_and_restore_requests_are_kept_with_the_invitation_and_in_the_audit() {
    use crate::domain::customer::AdminGrant;
    use crate::operations::testing::stamp;
    let book = book();
    let other = PartnerId(7_654_321);
    let tenant = TenantId(uuid::Uuid::from_u128(0xc3));
    book.write(&stamp("test"), |tx| {
        let mut c = tx.customer(tenant)?.unwrap();
        c.admin = Some(AdminGrant { partner: other, since: fixtures::now(), granted_by: c.users[0].email.clone() });
        let after = tx.update_customer(&c, fixtures::US)?;
        tx.audit("test.admin_moved", after.primary_domain.as_str(), None::<&()>, Some(&after.admin))
    })
    .unwrap();
    let sent = book.read().unwrap().invitations().unwrap().pop().unwrap();
    let contact = actor(&book, "admin@phuquy.vn");
    let keep = AcceptChoices { accept_mca: true, keep_admin_with_current_holder: true, ..Default::default() };
    let outcome = accept(&book, &ctx(&contact), &sent.link, keep).unwrap();
    assert!(outcome.admin_not_granted && !outcome.admin_privileges);
    let read = book.read().unwrap();
    let stored = read.invitation(sent.id).unwrap().unwrap();
    assert!(stored.admin_not_granted, "kept beside the invitation");
    assert_eq!(read.invitations().unwrap().iter().filter(|i| i.admin_not_granted).count(), 1);
    let logged = read.audit_newest(2).unwrap().into_iter().find(|e| e.action == "invitation.accepted").unwrap();
    assert!(logged.after.unwrap_or_default().contains("\"admin_not_granted\":true"), "the audit says so");
    assert!(read.customer(tenant).unwrap().unwrap().holds_admin(other));
    drop(read);

    let sales = actor(&book, "lan@saomai.vn");
    let restore =
        Request { target: Target::RestoreAdmin(tenant), include_admin: true, recipient: String::new(), language: None };
    let draft = request(&book, &ctx(&sales), restore, &LinkHosts::default()).unwrap();
    let read = book.read().unwrap();
    let stored = read.invitation_by_token(&draft.token).unwrap().unwrap();
    assert!(stored.restores_admin && !stored.admin_not_granted);
    drop(read);
    // Purged with its note: nothing of it stays but the audit.
    revoke(&book, &ctx(&sales), draft.id).unwrap();
    purge(&book, &ctx(&sales)).unwrap();
    assert!(book.read().unwrap().invitation(draft.id).unwrap().is_none());
}
