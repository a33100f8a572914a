//! `partnerdesk check`: every record read and verified (its checksum, its key), every index
//! held against its records, and the audit log's sequence without gaps. It only reads.

use super::codec::decode;
use super::records::Stored;
use super::tables::*;
use super::{Book, ReadTx, Reads};
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::ids::PartnerId;
use crate::domain::invitation::Invitation;
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::org::{DirectoryPartner, PartnerOrganization, PartnerUser};
use anyhow::Result;
use redb::{Key, ReadableTable, ReadableTableMetadata, TableDefinition, TableError, TableHandle};
use std::collections::{HashMap, HashSet};

/// What a check found.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    pub records: u64,
    /// One sentence per problem, naming its table and key.
    pub problems: Vec<String>,
}

/// Reports at most this many problems (a badly damaged book would otherwise print millions).
const MAX_PROBLEMS: usize = 1_000;

impl Report {
    fn problem(&mut self, text: String) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(text);
        }
    }
}

/// Decodes every record of `def`, calling `each` with its key (shown) and record.
fn each<K: Key + 'static, T: Stored>(
    read: &ReadTx,
    def: TableDefinition<K, &'static [u8]>,
    report: &mut Report,
    mut each: impl FnMut(&mut Report, String, T),
) -> Result<()>
where
    for<'a> K::SelfType<'a>: std::fmt::Debug,
{
    let table = match read.txn.open_table(def) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => {
            report.problem(format!("table {}: cannot be read: {e}", def.name()));
            return Ok(());
        }
    };
    for entry in table.iter()? {
        let (k, v) = match entry {
            Ok(entry) => entry,
            Err(e) => {
                report.problem(format!("table {}: cannot be read past this point: {e}", def.name()));
                break;
            }
        };
        let key = format!("{:?}", k.value());
        report.records += 1;
        match decode::<T>(v.value(), def.name()) {
            Ok(record) => each(report, key, record),
            Err(e) => report.problem(format!("{e:#}").replacen(": ", &format!(", key {key}: "), 1)),
        }
    }
    Ok(())
}

fn expect(report: &mut Report, ok: bool, text: impl FnOnce() -> String) {
    if !ok {
        report.problem(text());
    }
}

/// Checks the whole book from one read snapshot.
pub fn check(book: &Book) -> Result<Report> {
    let read = book.read()?;
    let mut r = Report::default();
    let us = partner(&read, &mut r)?;
    customers(&read, &mut r, us)?;
    invitations(&read, &mut r)?;
    each(&read, ADMIN_RELATIONSHIPS, &mut r, |r, key, a: AdminRelationship| {
        expect(r, key == a.id.0.to_string(), || format!("table admin_relationships_v2, key {key}: holds {}", a.id));
    })?;
    access_assignments(&read, &mut r)?;
    each(&read, CATALOGUE, &mut r, |r, key, o: CatalogueOffer| {
        expect(r, key == o.id.to_string(), || format!("table catalogue_v2, key {key}: holds offer {}", o.id));
    })?;
    let mut previous: Option<u64> = None;
    each(&read, AUDIT, &mut r, |r, key, e: AuditEvent| {
        expect(r, key == e.seq.to_string(), || format!("table audit_v3, key {key}: holds record {}", e.seq));
        if let Some(p) = previous {
            expect(r, e.seq == p + 1, || format!("table audit_v3: the log jumps from record {p} to {}", e.seq));
        }
        previous = Some(e.seq);
    })?;
    Ok(r)
}

/// The organization, its users and its directory; returns our partner id, which the customer
/// list rows are computed for.
fn partner(read: &ReadTx, r: &mut Report) -> Result<PartnerId> {
    let mut us = None;
    each(read, ORG, r, |_, _, org: PartnerOrganization| us = Some(org.partner_id))?;
    each(read, PARTNER_USERS, r, |r, key, u: PartnerUser| {
        expect(r, key == format!("{:?}", u.email.as_str()), || {
            format!("table partner_users_v2, key {key}: holds {}", u.email)
        });
    })?;
    each(read, DIRECTORY, r, |r, key, p: DirectoryPartner| {
        expect(r, key == p.partner_id.0.to_string(), || {
            format!("table directory_v2, key {key}: holds {}", p.partner_id)
        });
    })?;
    Ok(us.unwrap_or(PartnerId(0)))
}

/// Every customer, its list row, and the domain and login indexes.
fn customers(read: &ReadTx, r: &mut Report, us: PartnerId) -> Result<()> {
    let mut rows: HashMap<Vec<u8>, CustomerRow> = HashMap::new();
    each(read, CUSTOMER_ROWS, r, |_, _, row: CustomerRow| {
        rows.insert(row.sort_key(), row);
    })?;
    let mut domains = HashSet::new();
    let mut logins = HashSet::new();
    each(read, CUSTOMERS, r, |r, key, c: Customer| {
        expect(r, key == c.tenant_id.as_u128().to_string(), || {
            format!("table customers_v2, key {key}: holds tenant {}", c.tenant_id)
        });
        let Ok(row) = read.customer_row(&c, us) else {
            r.problem(format!("the list row of {} ({}) could not be made", c.company_name, c.tenant_id));
            return;
        };
        expect(r, rows.remove(&row.sort_key()).as_ref() == Some(&row), || {
            format!(
                "table customer_rows_v3: the list row of {} ({}) does not match its record",
                c.company_name, c.tenant_id
            )
        });
        domains.insert((c.primary_domain.to_string(), c.tenant_id.as_u128()));
        logins.extend(c.users.iter().map(|u| (u.email.to_string(), c.tenant_id.as_u128())));
    })?;
    for row in rows.values() {
        r.problem(format!(
            "table customer_rows_v3: a list row for {} ({}) has no customer record",
            row.name, row.tenant_id
        ));
    }
    index(read, DOMAINS, r, domains, |v| v)?;
    index(read, CUSTOMER_LOGINS, r, logins, |v| v)?;
    Ok(())
}

/// Every invitation and its token, and what each offer offers against who used it.
fn invitations(read: &ReadTx, r: &mut Report) -> Result<()> {
    let mut tokens = HashSet::new();
    each(read, INVITATIONS, r, |r, key, inv: Invitation| {
        expect(r, key == inv.id.0.to_string(), || format!("table invitations_v2, key {key}: holds {}", inv.id));
        tokens.insert((inv.token.clone(), u128::from(inv.id.0)));
    })?;
    index(read, INVITATION_TOKENS, r, tokens, u128::from)?;
    let mut uses: HashMap<u64, u32> = HashMap::new();
    each(read, OFFER_USES, r, |r, key, u: OfferUse| {
        let expected = format!("{:?}", offer_use_key(u.invitation.0, u.tenant.as_u128()).as_slice());
        expect(r, key == expected, || {
            format!("table offer_uses_v2, key {key}: holds {}'s use of {}", u.tenant, u.invitation)
        });
        *uses.entry(u.invitation.0).or_default() += 1;
    })?;
    each(read, OFFER_TERMS, r, |r, key, t: OfferTerms| {
        expect(r, key == t.invitation.0.to_string(), || {
            format!("table offer_terms_v2, key {key}: holds {}", t.invitation)
        });
        let used = uses.get(&t.invitation.0).copied().unwrap_or(0);
        expect(r, used == t.uses, || {
            format!("table offer_terms_v2, key {key}: counts {} uses, offer_uses_v2 has {used}", t.uses)
        });
    })?;
    Ok(())
}

/// Security groups under their ids, each access assignment under its id, naming a
/// relationship and a group the book holds, and role templates under their names.
fn access_assignments(read: &ReadTx, r: &mut Report) -> Result<()> {
    use crate::domain::gdap::access::{AccessAssignment, SecurityGroup};
    let mut groups = HashSet::new();
    each(read, SECURITY_GROUPS, r, |r, key, g: SecurityGroup| {
        expect(r, key == g.id.as_u128().to_string(), || format!("table security_groups_v1, key {key}: holds {}", g.id));
        groups.insert(g.id);
    })?;
    let mut relationships = HashSet::new();
    each(read, ADMIN_RELATIONSHIPS, &mut Report::default(), |_, _, a: AdminRelationship| {
        relationships.insert(a.id);
    })?;
    each(read, ACCESS_ASSIGNMENTS, r, |r, key, a: AccessAssignment| {
        expect(r, key == a.id.0.to_string(), || format!("table access_assignments_v1, key {key}: holds {}", a.id));
        expect(r, relationships.contains(&a.relationship), || {
            format!("table access_assignments_v1, key {key}: names {}, which the book does not hold", a.relationship)
        });
        expect(r, groups.contains(&a.group), || {
            format!(
                "table access_assignments_v1, key {key}: names the security group {}, which the book does not hold",
                a.group
            )
        });
    })?;
    // The partner's role templates, each under its name's key.
    each(read, ROLE_TEMPLATES, r, |r, key, t: crate::domain::gdap::templates::OwnTemplate| {
        let own = format!("{:?}", crate::domain::gdap::templates::name_key(&t.name));
        expect(r, key == own, || format!("table role_templates_v1, key {key}: holds “{}”", t.name));
    })?;
    Ok(())
}

/// An index table (`key → id`) holds exactly the pairs its records imply.
fn index<V: Key + 'static>(
    read: &ReadTx,
    def: TableDefinition<&'static str, V>,
    report: &mut Report,
    mut expected: HashSet<(String, u128)>,
    id: impl Fn(V::SelfType<'_>) -> u128,
) -> Result<()> {
    let table = match read.txn.open_table(def) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) if expected.is_empty() => return Ok(()),
        Err(e) => {
            report.problem(format!("table {}: cannot be read: {e}", def.name()));
            return Ok(());
        }
    };
    report.records += table.len()?;
    for entry in table.iter()? {
        let (k, v) = entry?;
        let pair = (k.value().to_string(), id(v.value()));
        if !expected.remove(&pair) {
            report.problem(format!(
                "table {}, key {:?}: points to {:?}, which no record names",
                def.name(),
                pair.0,
                pair.1
            ));
        }
    }
    for (key, value) in expected {
        report.problem(format!("table {}: {key:?} → {value:?} is missing", def.name()));
    }
    Ok(())
}
