//! `partnerdesk check`: every record of every table read and verified (its checksum, its key),
//! every index held against its records, every record that names another against the book (an
//! access assignment's relationship and group, a contact's partner, an operator's settings' user),
//! the id counters ahead of every id in use, and the audit log's sequence without gaps. A table
//! this build does not know is reported, not skipped. It only reads.

use super::codec::decode;
use super::records::Stored;
use super::tables::*;
use super::{Book, ReadTx, Reads};
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::ids::{AdminRelationshipId, InvitationId, PartnerId, SubscriptionId, TenantId};
use crate::domain::invitation::{AdminNote, Invitation};
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::org::{DirectoryPartner, PartnerOrganization, PartnerUser};
use crate::domain::partner_contact::PartnerContact;
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

/// The highest id in use of each series the book numbers (`next_<series>` in `meta`).
#[derive(Default)]
struct InUse(HashMap<&'static str, u64>);

impl InUse {
    fn saw(&mut self, series: &'static str, id: u64) {
        let max = self.0.entry(series).or_default();
        *max = (*max).max(id);
    }
}

/// Checks the whole book from one read snapshot.
pub fn check(book: &Book) -> Result<Report> {
    let read = book.read()?;
    let mut r = Report::default();
    for name in super::every_table::unknown_in(&read.txn)? {
        r.problem(format!(
            "table {name}: not a table this partnerdesk knows (a newer partnerdesk wrote it?), so its records are not checked; a backup or an export by this partnerdesk is refused"
        ));
    }
    let mut ids = InUse::default();
    let us = partner(&read, &mut r)?;
    customers(&read, &mut r, us, &mut ids)?;
    invitations(&read, &mut r, &mut ids)?;
    let relationships = access_assignments(&read, &mut r, &mut ids)?;
    relationship_index(&read, &mut r, relationships.iter().map(|(id, t)| (t.as_u128(), id.0)).collect())?;
    external_ids(&read, &mut r, &relationships)?;
    meta(&read, &mut r, &ids)?;
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

/// The organization, its users and their own settings, and its directory with the partners'
/// contacts; returns our partner id, which the customer list rows are computed for.
fn partner(read: &ReadTx, r: &mut Report) -> Result<PartnerId> {
    let mut us = None;
    each(read, ORG, r, |_, _, org: PartnerOrganization| us = Some(org.partner_id))?;
    let mut users = HashSet::new();
    each(read, PARTNER_USERS, r, |r, key, u: PartnerUser| {
        expect(r, key == format!("{:?}", u.email.as_str()), || {
            format!("table partner_users_v2, key {key}: holds {}", u.email)
        });
        users.insert(key);
    })?;
    let user_named = |r: &mut Report, table: &str, key: &str| {
        expect(r, users.contains(key), || format!("table {table}, key {key}: names no partner user of the book"));
    };
    each(read, OPERATOR_SETTINGS, r, |r, key, _: crate::i18n::Locale| user_named(r, OPERATOR_SETTINGS.name(), &key))?;
    each(read, OPERATOR_ZONES, r, |r, key, _: crate::i18n::zone::Zone| user_named(r, OPERATOR_ZONES.name(), &key))?;
    let mut directory = HashSet::new();
    each(read, DIRECTORY, r, |r, key, p: DirectoryPartner| {
        expect(r, key == p.partner_id.0.to_string(), || {
            format!("table directory_v2, key {key}: holds {}", p.partner_id)
        });
        directory.insert(key);
    })?;
    each(read, PARTNER_CONTACTS, r, |r, key, c: PartnerContact| {
        expect(r, directory.contains(&key), || {
            format!("table partner_contacts_v1, key {key}: names no partner of the directory")
        });
        expect(r, !c.is_empty(), || format!("table partner_contacts_v1, key {key}: is empty (it should not be kept)"));
    })?;
    Ok(us.unwrap_or(PartnerId(0)))
}

/// Every customer, its list row, and the domain, login and subscription indexes.
fn customers(read: &ReadTx, r: &mut Report, us: PartnerId, ids: &mut InUse) -> Result<()> {
    let mut rows: HashMap<Vec<u8>, CustomerRow> = HashMap::new();
    each(read, CUSTOMER_ROWS, r, |_, _, row: CustomerRow| {
        rows.insert(row.sort_key(), row);
    })?;
    let mut domains = HashSet::new();
    let mut logins = HashSet::new();
    let mut holders: HashMap<u64, u128> = HashMap::new();
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
        for sub in &c.subscriptions {
            ids.saw("subscription", sub.id.0);
            if let Some(other) = holders.insert(sub.id.0, c.tenant_id.as_u128()) {
                r.problem(format!(
                    "{} is held by two customers: {} and {}",
                    sub.id,
                    TenantId::from_u128(other),
                    c.tenant_id
                ));
            }
        }
        for request in &c.service_requests {
            ids.saw("service_request", request.id.0);
        }
    })?;
    for row in rows.values() {
        r.problem(format!(
            "table customer_rows_v3: a list row for {} ({}) has no customer record",
            row.name, row.tenant_id
        ));
    }
    index(read, DOMAINS, r, domains, |v| v)?;
    index(read, CUSTOMER_LOGINS, r, logins, |v| v)?;
    subscription_holders(read, r, holders)
}

/// The index of who holds each subscription names exactly the customers' subscriptions. A book
/// made before the index has none until it is next opened to write (which builds it).
fn subscription_holders(read: &ReadTx, r: &mut Report, mut expected: HashMap<u64, u128>) -> Result<()> {
    let table = match read.txn.open_table(SUBSCRIPTION_HOLDERS) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => {
            r.problem(format!("table {}: cannot be read: {e}", SUBSCRIPTION_HOLDERS.name()));
            return Ok(());
        }
    };
    r.records += table.len()?;
    for entry in table.iter()? {
        let (k, v) = entry?;
        let (sub, tenant) = (SubscriptionId(k.value()), TenantId::from_u128(v.value()));
        match expected.remove(&sub.0) {
            Some(holder) if holder == v.value() => {}
            Some(holder) => r.problem(format!(
                "table subscription_holders_v1, key {}: names {tenant} as the holder of {sub}, which {} holds",
                sub.0,
                TenantId::from_u128(holder)
            )),
            None => r.problem(format!(
                "table subscription_holders_v1, key {}: names {tenant} as the holder of {sub}, which no customer holds",
                sub.0
            )),
        }
    }
    let mut missing: Vec<_> = expected.into_iter().collect();
    missing.sort_unstable();
    for (sub, tenant) in missing {
        r.problem(format!(
            "table subscription_holders_v1: {} of {} is missing",
            SubscriptionId(sub),
            TenantId::from_u128(tenant)
        ));
    }
    Ok(())
}

/// Every invitation, its token and its admin note, and what each offer offers against who used it.
fn invitations(read: &ReadTx, r: &mut Report, ids: &mut InUse) -> Result<()> {
    let mut tokens = HashSet::new();
    let mut invitations = HashSet::new();
    each(read, INVITATIONS, r, |r, key, inv: Invitation| {
        expect(r, key == inv.id.0.to_string(), || format!("table invitations_v2, key {key}: holds {}", inv.id));
        tokens.insert((inv.token.clone(), u128::from(inv.id.0)));
        invitations.insert(inv.id.0);
        ids.saw("invitation", inv.id.0);
    })?;
    index(read, INVITATION_TOKENS, r, tokens, u128::from)?;
    each(read, INVITATION_ADMIN_NOTES, r, |r, key, note: AdminNote| {
        let held = key.parse::<u64>().is_ok_and(|id| invitations.contains(&id));
        expect(r, held, || format!("table invitation_admin_notes_v1, key {key}: names no invitation of the book"));
        expect(r, !note.is_empty(), || {
            format!("table invitation_admin_notes_v1, key {key}: says nothing (it should not be kept)")
        });
    })?;
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
        expect(r, invitations.contains(&t.invitation.0), || {
            format!("table offer_terms_v2, key {key}: the terms of {}, which the book does not hold", t.invitation)
        });
        let used = uses.remove(&t.invitation.0).unwrap_or(0);
        expect(r, used == t.uses, || {
            format!("table offer_terms_v2, key {key}: counts {} uses, offer_uses_v2 has {used}", t.uses)
        });
    })?;
    let mut unoffered: Vec<_> = uses.into_keys().collect();
    unoffered.sort_unstable();
    for id in unoffered {
        r.problem(format!("table offer_uses_v2: uses of {}, whose terms the book does not hold", InvitationId(id)));
    }
    Ok(())
}

/// Admin relationships and security groups under their ids, and each access assignment under its
/// id, naming a relationship the book holds (with the same customer) and a group it holds.
/// Returns the relationships, by id, with their customers.
fn access_assignments(
    read: &ReadTx,
    r: &mut Report,
    ids: &mut InUse,
) -> Result<HashMap<AdminRelationshipId, TenantId>> {
    use crate::domain::gdap::access::{AccessAssignment, SecurityGroup};
    let mut relationships = HashMap::new();
    each(read, ADMIN_RELATIONSHIPS, r, |r, key, a: AdminRelationship| {
        expect(r, key == a.id.0.to_string(), || format!("table admin_relationships_v2, key {key}: holds {}", a.id));
        relationships.insert(a.id, a.customer);
        ids.saw("admin_relationship", a.id.0);
    })?;
    let mut groups = HashSet::new();
    each(read, SECURITY_GROUPS, r, |r, key, g: SecurityGroup| {
        expect(r, key == g.id.as_u128().to_string(), || format!("table security_groups_v1, key {key}: holds {}", g.id));
        groups.insert(g.id);
    })?;
    each(read, ACCESS_ASSIGNMENTS, r, |r, key, a: AccessAssignment| {
        expect(r, key == a.id.0.to_string(), || format!("table access_assignments_v1, key {key}: holds {}", a.id));
        ids.saw("access_assignment", a.id.0);
        match relationships.get(&a.relationship) {
            None => r.problem(format!(
                "table access_assignments_v1, key {key}: names {}, which the book does not hold",
                a.relationship
            )),
            Some(customer) => expect(r, *customer == a.customer, || {
                format!(
                    "table access_assignments_v1, key {key}: names the customer {}, but {} is with {customer}",
                    a.customer, a.relationship
                )
            }),
        }
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
    Ok(relationships)
}

/// Each outside id names what it was imported as, in a form the book gives: a subscription id, or
/// a granular admin relationship the book holds (relationships are never removed).
fn external_ids(read: &ReadTx, r: &mut Report, relationships: &HashMap<AdminRelationshipId, TenantId>) -> Result<()> {
    let table = match read.txn.open_table(EXTERNAL_IDS) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => {
            r.problem(format!("table {}: cannot be read: {e}", EXTERNAL_IDS.name()));
            return Ok(());
        }
    };
    r.records += table.len()?;
    for entry in table.iter()? {
        let (k, v) = entry?;
        let (key, id) = (k.value(), v.value());
        let fits = match key.split_once(':') {
            Some(("pc-subscription", _)) => SubscriptionId::parse(id).is_some(),
            Some(("gdap", _)) => AdminRelationshipId::parse(id).is_some_and(|rel| relationships.contains_key(&rel)),
            _ => {
                r.problem(format!("table external_ids_v1, key {key:?}: not a kind of outside id partnerdesk keeps"));
                continue;
            }
        };
        expect(r, fits, || format!("table external_ids_v1, key {key:?}: names {id:?}, which the book does not hold"));
    }
    Ok(())
}

/// `meta`: the book's kind and schema, the migration log, and each id counter ahead of every id
/// of its series in use (else the next record would take an id that is taken).
fn meta(read: &ReadTx, r: &mut Report, ids: &InUse) -> Result<()> {
    let meta = match read.txn.open_table(META) {
        Ok(t) => t,
        Err(e) => {
            r.problem(format!("table meta: cannot be read: {e}"));
            return Ok(());
        }
    };
    r.records += meta.len()?;
    let kind = meta.get("kind")?.map(|v| v.value().to_vec());
    expect(r, kind.as_deref() == Some(super::schema::BOOK_KIND), || {
        "table meta, key \"kind\": is not a partnerdesk book's".into()
    });
    match super::schema::read_version(&meta) {
        Ok(Some(version)) if version == super::SCHEMA_VERSION => {}
        Ok(found) => r.problem(format!("table meta, key \"schema_version\": {found:?}, not {}", super::SCHEMA_VERSION)),
        Err(e) => r.problem(format!("table meta, key \"schema_version\": {e}")),
    }
    if let Err(e) = super::schema::decode_log(meta.get(super::schema::LOG)?.as_ref().map(|raw| raw.value())) {
        r.problem(format!("table meta, key \"{}\": {e:#}", super::schema::LOG));
    }
    let mut counters = HashMap::new();
    for entry in meta.iter()? {
        let (k, v) = entry?;
        if let Some(series) = k.value().strip_prefix("next_") {
            match <[u8; 8]>::try_from(v.value()) {
                Ok(bytes) => {
                    counters.insert(series.to_string(), u64::from_le_bytes(bytes));
                }
                Err(_) => r.problem(format!("table meta, key {:?}: the counter is damaged", k.value())),
            }
        }
    }
    let mut series: Vec<_> = ids.0.iter().collect();
    series.sort_unstable();
    for (series, highest) in series {
        let next = counters.get(*series).copied().unwrap_or(1);
        expect(r, next > *highest, || {
            format!("table meta, key \"next_{series}\": the next id is {next}, but {highest} is in use already")
        });
    }
    Ok(())
}

/// `RELATIONSHIPS_BY_CUSTOMER` holds exactly the (customer, relationship) pairs of the
/// relationships; a book opened to read that was made before it has none.
fn relationship_index(read: &ReadTx, report: &mut Report, mut expected: HashSet<(u128, u64)>) -> Result<()> {
    let name = RELATIONSHIPS_BY_CUSTOMER.name();
    let table = match read.txn.open_table(RELATIONSHIPS_BY_CUSTOMER) {
        Ok(t) => t,
        Err(TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => {
            report.problem(format!("table {name}: cannot be read: {e}"));
            return Ok(());
        }
    };
    report.records += table.len()?;
    for entry in table.iter()? {
        let (tenant, id) = entry?.0.value();
        if !expected.remove(&(tenant, id)) {
            report
                .problem(format!("table {name}: lists relationship {id} for tenant {tenant}, which it does not hold"));
        }
    }
    for (tenant, id) in expected {
        report.problem(format!("table {name}: relationship {id} of tenant {tenant} is missing"));
    }
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
