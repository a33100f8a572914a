use super::*;
use crate::domain::fixtures;
use crate::domain::invitation::InvitationStatus;
use crate::domain::permission::Actor;
use crate::operations::invitations;
use crate::operations::testing::{actor, book, ctx};

/// Global admins of `n` customers that have no subscription from any offer of ours yet.
fn customer_admins(book: &Book, n: usize) -> Vec<(TenantId, String)> {
    let read = book.read().unwrap();
    let mut out = Vec::new();
    read.each_customer(|c| {
        if out.len() < n
            && c.ineligible.is_none()
            && let Some(admin) = c.users.iter().find(|u| u.global_admin)
        {
            out.push((c.tenant_id, admin.email.to_string()));
        }
        Ok(())
    })
    .unwrap();
    out
}

fn catalogue_id(book: &Book, name: &str) -> u32 {
    book.read().unwrap().catalogue().unwrap().iter().find(|o| o.name == name).unwrap().id
}

fn sent_purchase(book: &Book, sales: &Actor) -> Invitation {
    let lines = vec![
        (catalogue_id(book, "Microsoft 365 Business Premium"), "25".to_string()),
        (catalogue_id(book, "Exchange Online (Plan 1)"), "10".to_string()),
    ];
    let req = Request {
        kind: InvitationKind::PurchaseOffer,
        lines,
        include_admin: true,
        customer: None,
        recipient: String::new(),
    };
    let (inv, terms) = request(book, &ctx(sales), req, &LinkHosts::default()).unwrap();
    assert_eq!((terms.uses, inv.recipient.as_ref()), (0, None));
    invitations::mark_sent(book, &ctx(sales), inv.id, inv.version, inv.email.clone()).unwrap()
}

#[test]
fn a_purchase_offer_used_by_two_customers_gives_both_subscriptions_with_us_as_partner_of_record() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let inv = sent_purchase(&book, &sales);
    let choices = UseChoices { accept_mca: true, take_admin_from_current_holder: true, ..UseChoices::default() };
    for (i, (tenant, admin)) in customer_admins(&book, 2).into_iter().enumerate() {
        let customer = actor(&book, &admin);
        let before = book.read().unwrap().customer(tenant).unwrap().unwrap();
        let outcome = use_link(&book, &ctx(&customer), &inv.link, &choices).unwrap();
        assert_eq!(outcome.uses, i as u32 + 1);
        assert!(outcome.admin_privileges);
        let after = book.read().unwrap().customer(tenant).unwrap().unwrap();
        assert_eq!(after.subscriptions.len(), before.subscriptions.len() + 2);
        for id in &outcome.subscriptions {
            let s = after.subscriptions.iter().find(|s| s.id == *id).unwrap();
            assert_eq!(s.partner_of_record, Some(fixtures::US));
        }
        assert!(after.is_customer_of(fixtures::US), "the customer is on our list");
        let again = use_link(&book, &ctx(&customer), &inv.link, &choices).unwrap_err();
        assert!(again.to_string().contains("already"), "{again}");
    }
    let read = book.read().unwrap();
    assert_eq!(read.offer_terms(inv.id).unwrap().unwrap().uses, 2);
    assert_eq!(read.offer_uses(inv.id).unwrap().len(), 2);
    let ids: Vec<u64> =
        read.offer_uses(inv.id).unwrap().iter().flat_map(|u| u.subscriptions.iter().map(|s| s.0)).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 4, "subscription ids are unique across the book: {ids:?}");
}

#[test]
fn a_changed_quantity_is_audited_and_a_refused_use_writes_nothing() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let inv = sent_purchase(&book, &sales);
    let (tenant, admin) = customer_admins(&book, 1).remove(0);
    let customer = actor(&book, &admin);
    let exchange = catalogue_id(&book, "Exchange Online (Plan 1)");
    let audit_before = book.read().unwrap().audit_len().unwrap();
    let bad =
        UseChoices { accept_mca: true, take_admin_from_current_holder: true, quantities: vec![(exchange, "0".into())] };
    assert!(use_link(&book, &ctx(&customer), &inv.link, &bad).is_err());
    assert_eq!(book.read().unwrap().audit_len().unwrap(), audit_before, "nothing written");
    let good = UseChoices { quantities: vec![(exchange, "12".into())], ..bad };
    let outcome = use_link(&book, &ctx(&customer), &inv.link, &good).unwrap();
    assert_eq!(outcome.changed, [("Exchange Online (Plan 1)".to_string(), 10, 12)]);
    let after = book.read().unwrap().customer(tenant).unwrap().unwrap();
    assert!(after.subscriptions.iter().any(|s| s.offer == "Exchange Online (Plan 1)" && s.quantity == 12));
    let actions: Vec<String> = book.read().unwrap().audit_newest(10).unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&"offer.quantity_changed".to_string()), "{actions:?}");
    assert!(actions.contains(&"offer.used".to_string()));
}

#[test]
fn the_partner_cannot_use_an_offer_and_a_reseller_link_is_not_an_offer() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let inv = sent_purchase(&book, &sales);
    let err = use_link(&book, &ctx(&sales), &inv.link, &UseChoices::default()).unwrap_err();
    assert!(err.to_string().contains("used by a Global admin of the customer"), "{err}");
    let reseller = book
        .read()
        .unwrap()
        .invitations()
        .unwrap()
        .into_iter()
        .find(|i| i.kind == InvitationKind::Reseller && i.status == InvitationStatus::Sent)
        .unwrap();
    let err = offer_of_link(&book.read().unwrap(), &reseller.link).unwrap_err();
    assert!(err.to_string().contains("is a reseller invitation, not an offer"), "{err}");
}

#[test]
fn purging_a_revoked_offer_removes_its_terms_and_uses() {
    let book = book();
    let sales = actor(&book, "lan@saomai.vn");
    let inv = sent_purchase(&book, &sales);
    let (_, admin) = customer_admins(&book, 1).remove(0);
    let choices = UseChoices { accept_mca: true, take_admin_from_current_holder: true, ..UseChoices::default() };
    use_link(&book, &ctx(&actor(&book, &admin)), &inv.link, &choices).unwrap();
    invitations::revoke(&book, &ctx(&sales), inv.id).unwrap();
    invitations::purge(&book, &ctx(&sales)).unwrap();
    let read = book.read().unwrap();
    assert!(read.offer_terms(inv.id).unwrap().is_none());
    assert!(read.offer_uses(inv.id).unwrap().is_empty());
}
