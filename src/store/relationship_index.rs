//! Which granular admin relationships each customer has (`tables::RELATIONSHIPS_BY_CUSTOMER`),
//! so that deciding whether a tenant without a reseller relationship stays on the list
//! (`Reads::customer_row`) is one short range read instead of decoding every relationship —
//! a book running GDAP for 100,000 customers would otherwise pay that on every write of such a
//! tenant and for each of them in the integrity check. Like `holders`, an index, not a record:
//! a book made without it gets it built when next opened to write (or copied), and every write
//! of a relationship keeps it in step (a relationship never changes its customer).

use super::codec::decode;
use super::tables::{ADMIN_RELATIONSHIPS, RELATIONSHIPS_BY_CUSTOMER};
use crate::domain::admin::AdminRelationship;
use anyhow::Result;
use redb::{ReadableTable, TableHandle, WriteTransaction};

/// Builds the index afresh from every relationship.
pub(super) fn build(txn: &WriteTransaction) -> Result<()> {
    let relationships = txn.open_table(ADMIN_RELATIONSHIPS)?;
    let mut index = txn.open_table(RELATIONSHIPS_BY_CUSTOMER)?;
    index.retain(|_, _| false)?;
    for entry in relationships.iter()? {
        let (_, raw) = entry?;
        let rel: AdminRelationship = decode(raw.value(), ADMIN_RELATIONSHIPS.name())?;
        index.insert((rel.customer.as_u128(), rel.id.0), ())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{Book, Reads, Stamp, check};
    use super::RELATIONSHIPS_BY_CUSTOMER;
    use crate::demo::{DEFAULT_SEED, DemoOptions, generate};
    use crate::domain::fixtures;
    use crate::domain::ids::SessionId;
    use redb::{ReadableDatabase, ReadableTableMetadata};

    fn stamp() -> Stamp {
        Stamp { actor: "demo".into(), session: SessionId("test".into()), at: fixtures::now(), via: String::new() }
    }

    /// How many entries the index holds, or `None` when the book has none.
    fn indexed(book: &Book) -> Option<u64> {
        let txn = book.db_for_tests().begin_read().unwrap();
        txn.open_table(RELATIONSHIPS_BY_CUSTOMER).ok().map(|t| t.len().unwrap())
    }

    /// Each relationship, as the index finds it for its customer.
    fn found_by_customer(book: &Book) -> Vec<(u64, bool)> {
        let read = book.read().unwrap();
        let rels = read.admin_relationships().unwrap();
        rels.iter().map(|r| (r.id.0, read.admin_relationships_of(r.customer).unwrap().iter().any(|o| o == r))).collect()
    }

    #[test]
    fn each_customer_s_relationships_are_found_and_a_book_without_the_index_gets_it_on_opening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.redb");
        let book = Book::create(&path).unwrap();
        generate(&book, DemoOptions { customers: 60, seed: DEFAULT_SEED, now: fixtures::now() }, &stamp()).unwrap();
        let relationships = book.read().unwrap().admin_relationships().unwrap().len() as u64;
        assert!(relationships > 0);
        assert_eq!(indexed(&book), Some(relationships));
        assert!(found_by_customer(&book).iter().all(|(_, found)| *found));
        assert!(check::check(&book).unwrap().problems.is_empty());

        // A book made before the index: read without it, then built on opening.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.delete_table(RELATIONSHIPS_BY_CUSTOMER).unwrap();
        txn.commit().unwrap();
        assert!(found_by_customer(&book).iter().all(|(_, found)| *found), "without it, every relationship is read");
        drop(book);
        let book = Book::open(&path).unwrap();
        assert_eq!(indexed(&book), Some(relationships));

        // An index that names a relationship the book does not hold is damage the check names.
        let txn = book.db_for_tests().begin_write().unwrap();
        txn.open_table(RELATIONSHIPS_BY_CUSTOMER).unwrap().insert((7u128, 999_999u64), ()).unwrap();
        txn.commit().unwrap();
        let problems = check::check(&book).unwrap().problems;
        assert!(
            problems
                .iter()
                .map(ToString::to_string)
                .any(|p| p.contains("admin_relationships_by_customer_v1") && p.contains("999999")),
            "{problems:?}"
        );
    }
}
