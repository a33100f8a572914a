//! Which customer holds each subscription (`tables::SUBSCRIPTION_HOLDERS`), so that
//! `:sub SUB-12` and `subscriptions suspend SUB-12` find it with one lookup instead of reading
//! every customer (a million full records take seconds). It is an index, not a record: it
//! needs no schema step — a book without it gets it built from its customers when it is next
//! opened to write (or copied), and every write of a customer keeps it in step.

use super::codec::decode;
use super::tables::{CUSTOMERS, SUBSCRIPTION_HOLDERS};
use crate::domain::customer::Customer;
use anyhow::Result;
use redb::{ReadableTable, Table, TableHandle, WriteTransaction};

/// Builds the index afresh from every customer; returns how many subscriptions it holds.
pub(super) fn build(txn: &WriteTransaction) -> Result<u64> {
    let customers = txn.open_table(CUSTOMERS)?;
    let mut holders = txn.open_table(SUBSCRIPTION_HOLDERS)?;
    holders.retain(|_, _| false)?;
    let mut held = 0;
    for entry in customers.iter()? {
        let (_, raw) = entry?;
        let customer: Customer = decode(raw.value(), CUSTOMERS.name())?;
        for sub in &customer.subscriptions {
            holders.insert(sub.id.0, customer.tenant_id.as_u128())?;
            held += 1;
        }
    }
    Ok(held)
}

/// Brings the index in step with `after`, which was `before` (`None`: a new customer).
pub(super) fn update(
    holders: &mut Table<'_, u64, u128>,
    before: Option<&Customer>,
    after: &Customer,
) -> Result<(), redb::StorageError> {
    let held = |c: &Customer, id| c.subscriptions.iter().any(|s| s.id == id);
    for gone in before.iter().flat_map(|b| &b.subscriptions).filter(|s| !held(after, s.id)) {
        holders.remove(gone.id.0)?;
    }
    for sub in after.subscriptions.iter().filter(|s| !before.is_some_and(|b| held(b, s.id))) {
        holders.insert(sub.id.0, after.tenant_id.as_u128())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{Book, Reads, Stamp};
    use crate::domain::customer::{Subscription, SubscriptionStatus};
    use crate::domain::fixtures;
    use crate::domain::ids::{SessionId, SubscriptionId};
    use redb::{ReadableDatabase, ReadableTableMetadata};

    fn stamp() -> Stamp {
        Stamp {
            actor: "lan@saomai.vn".into(),
            session: SessionId("test".into()),
            at: fixtures::now(),
            via: String::new(),
        }
    }

    fn subscription(id: u64) -> Subscription {
        Subscription {
            id: SubscriptionId(id),
            offer: "Microsoft 365 Business Basic".into(),
            quantity: 5,
            assigned: 0,
            status: SubscriptionStatus::Active,
            partner_of_record: None,
            created_at: fixtures::now(),
        }
    }

    /// How many entries the index holds, or `None` when the book has none.
    fn held(book: &Book) -> Option<u64> {
        let txn = book.db_for_tests().begin_read().unwrap();
        txn.open_table(super::SUBSCRIPTION_HOLDERS).ok().map(|t| t.len().unwrap())
    }

    #[test]
    fn writes_keep_the_index_in_step_and_a_book_without_it_gets_it_on_opening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.redb");
        let book = Book::create(&path).unwrap();
        let mut c = fixtures::customer("VN");
        c.subscriptions = vec![subscription(1), subscription(2)];
        let c = book
            .write(&stamp(), |tx| {
                let c = tx.insert_customer(&c, fixtures::US)?;
                tx.audit("customer.added", c.primary_domain.as_str(), None::<&()>, Some(&c))?;
                Ok(c)
            })
            .unwrap();
        let holder = |book: &Book, id| book.read().unwrap().subscription_holder(SubscriptionId(id)).unwrap();
        assert_eq!((holder(&book, 1), holder(&book, 2)), (Some(c.tenant_id), Some(c.tenant_id)));
        let mut changed = c.clone();
        changed.subscriptions = vec![subscription(2), subscription(3)];
        book.write(&stamp(), |tx| {
            let c = tx.update_customer(&changed, fixtures::US)?;
            tx.audit("customer.changed", c.primary_domain.as_str(), None::<&()>, Some(&c))
        })
        .unwrap();
        assert_eq!(holder(&book, 1), None, "a cancelled subscription leaves the index");
        assert_eq!(holder(&book, 3), Some(c.tenant_id));
        assert_eq!(held(&book), Some(2));

        // A book made before the index: opening it builds the index from its customers.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.delete_table(super::SUBSCRIPTION_HOLDERS).unwrap();
        txn.commit().unwrap();
        assert_eq!(held(&book), None);
        assert_eq!(holder(&book, 3), Some(c.tenant_id), "without it, the customers are read");
        drop(book);
        let book = Book::open(&path).unwrap();
        assert_eq!(held(&book), Some(2));
        assert_eq!((holder(&book, 2), holder(&book, 3)), (Some(c.tenant_id), Some(c.tenant_id)));
    }
}
