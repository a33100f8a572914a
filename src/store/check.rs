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
    /// Each problem, naming its table and key; said in the reader's language (in JSON too).
    pub problems: Vec<Problem>,
}

/// Reports at most this many problems (a badly damaged book would otherwise print millions).
const MAX_PROBLEMS: usize = 1_000;

impl Report {
    fn problem(&mut self, problem: Problem) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        }
    }
}

/// What a record holds instead of what its key names (`Problem::Misfiled`), for the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    Tenant,
    Offer,
    AuditRecord,
    /// A role template's name, quoted.
    Name,
    /// An id or an email that says what it is.
    Id,
}

/// One thing `check` found wrong. Keys are shown as the table holds them (`"a@b.vn"`, `42`);
/// `error` and `detail` are the storage's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A table this build does not know: its records are not checked.
    UnknownTable {
        table: String,
    },
    Unreadable {
        table: String,
        error: String,
    },
    UnreadablePast {
        table: String,
        error: String,
    },
    /// A record that fails its checksum or cannot be decoded (with postcard's words, if it said).
    Damaged {
        damaged: super::codec::Damaged,
        cause: Option<String>,
    },
    /// A record under a key other than its own.
    Misfiled {
        table: String,
        key: String,
        held: Held,
        holds: String,
    },
    AuditGap {
        table: String,
        from: u64,
        to: u64,
    },
    NoSuchUser {
        table: String,
        key: String,
    },
    NoSuchPartner {
        table: String,
        key: String,
    },
    NoSuchInvitation {
        table: String,
        key: String,
    },
    /// A record that says nothing and should have been removed.
    Empty {
        table: String,
        key: String,
    },
    RowNotMade {
        company: String,
        tenant: String,
    },
    RowMismatch {
        table: String,
        company: String,
        tenant: String,
    },
    RowWithoutCustomer {
        table: String,
        company: String,
        tenant: String,
    },
    HeldTwice {
        subscription: String,
        first: String,
        second: String,
    },
    HolderWrong {
        table: String,
        key: String,
        tenant: String,
        subscription: String,
        holder: String,
    },
    HolderOfNothing {
        table: String,
        key: String,
        tenant: String,
        subscription: String,
    },
    HolderMissing {
        table: String,
        subscription: String,
        tenant: String,
    },
    UseMisfiled {
        table: String,
        key: String,
        tenant: String,
        invitation: String,
    },
    TermsWithoutInvitation {
        table: String,
        key: String,
        invitation: String,
    },
    UsesMiscounted {
        table: String,
        key: String,
        counted: u32,
        found: u32,
        uses_table: String,
    },
    UsesWithoutTerms {
        table: String,
        invitation: String,
    },
    NoSuchRelationship {
        table: String,
        key: String,
        relationship: String,
    },
    OtherCustomer {
        table: String,
        key: String,
        customer: String,
        relationship: String,
        holder: String,
    },
    NoSuchGroup {
        table: String,
        key: String,
        group: String,
    },
    UnknownExternalKind {
        table: String,
        key: String,
    },
    ExternalDangling {
        table: String,
        key: String,
        id: String,
    },
    NotABook,
    /// The schema version is missing (`found: None`) or another than this build's.
    SchemaVersion {
        found: Option<u32>,
        expected: u32,
    },
    SchemaUnreadable {
        error: String,
    },
    MigrationLogUnreadable {
        key: String,
        error: String,
    },
    CounterDamaged {
        key: String,
    },
    CounterBehind {
        series: String,
        next: u64,
        highest: u64,
    },
    RelationshipListed {
        table: String,
        relationship: u64,
        tenant: u128,
    },
    RelationshipMissing {
        table: String,
        relationship: u64,
        tenant: u128,
    },
    IndexExtra {
        table: String,
        key: String,
        value: String,
    },
    IndexMissing {
        table: String,
        key: String,
        value: String,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        use Problem as P;
        let said = match self {
            P::UnknownTable { table } => t!("check-unknown-table", table = table),
            P::Unreadable { table, error } => t!("check-unreadable", table = table, error = error),
            P::UnreadablePast { table, error } => t!("check-unreadable-past", table = table, error = error),
            P::Damaged { damaged, cause: None } => damaged.to_string(),
            P::Damaged { damaged, cause: Some(cause) } => {
                t!("check-damaged", damaged = damaged.to_string(), cause = cause)
            }
            P::Misfiled { table, key, held, holds } => {
                let held = match held {
                    Held::Tenant => "tenant",
                    Held::Offer => "offer",
                    Held::AuditRecord => "record",
                    Held::Name => "name",
                    Held::Id => "id",
                };
                t!("check-misfiled", table = table, key = key, held = held, holds = holds)
            }
            P::AuditGap { table, from, to } => {
                t!("check-audit-gap", table = table, from = from.to_string(), to = to.to_string())
            }
            P::NoSuchUser { table, key } => t!("check-no-such-user", table = table, key = key),
            P::NoSuchPartner { table, key } => t!("check-no-such-partner", table = table, key = key),
            P::NoSuchInvitation { table, key } => t!("check-no-such-invitation", table = table, key = key),
            P::Empty { table, key } => t!("check-empty", table = table, key = key),
            P::RowNotMade { company, tenant } => t!("check-row-not-made", company = company, tenant = tenant),
            P::RowMismatch { table, company, tenant } => {
                t!("check-row-mismatch", table = table, company = company, tenant = tenant)
            }
            P::RowWithoutCustomer { table, company, tenant } => {
                t!("check-row-without-customer", table = table, company = company, tenant = tenant)
            }
            P::HeldTwice { subscription, first, second } => {
                t!("check-held-twice", subscription = subscription, first = first, second = second)
            }
            P::HolderWrong { table, key, tenant, subscription, holder } => t!(
                "check-holder-wrong",
                table = table,
                key = key,
                tenant = tenant,
                subscription = subscription,
                holder = holder
            ),
            P::HolderOfNothing { table, key, tenant, subscription } => {
                t!("check-holder-of-nothing", table = table, key = key, tenant = tenant, subscription = subscription)
            }
            P::HolderMissing { table, subscription, tenant } => {
                t!("check-holder-missing", table = table, subscription = subscription, tenant = tenant)
            }
            P::UseMisfiled { table, key, tenant, invitation } => {
                t!("check-use-misfiled", table = table, key = key, tenant = tenant, invitation = invitation)
            }
            P::TermsWithoutInvitation { table, key, invitation } => {
                t!("check-terms-without-invitation", table = table, key = key, invitation = invitation)
            }
            P::UsesMiscounted { table, key, counted, found, uses_table } => t!(
                "check-uses-miscounted",
                table = table,
                key = key,
                counted = *counted,
                found = *found,
                uses_table = uses_table
            ),
            P::UsesWithoutTerms { table, invitation } => {
                t!("check-uses-without-terms", table = table, invitation = invitation)
            }
            P::NoSuchRelationship { table, key, relationship } => {
                t!("check-no-such-relationship", table = table, key = key, relationship = relationship)
            }
            P::OtherCustomer { table, key, customer, relationship, holder } => t!(
                "check-other-customer",
                table = table,
                key = key,
                customer = customer,
                relationship = relationship,
                holder = holder
            ),
            P::NoSuchGroup { table, key, group } => t!("check-no-such-group", table = table, key = key, group = group),
            P::UnknownExternalKind { table, key } => t!("check-unknown-external-kind", table = table, key = key),
            P::ExternalDangling { table, key, id } => t!("check-external-dangling", table = table, key = key, id = id),
            P::NotABook => t!("check-not-a-book"),
            P::SchemaVersion { found: None, expected } => t!("check-schema-missing", expected = expected.to_string()),
            P::SchemaVersion { found: Some(found), expected } => {
                t!("check-schema-other", found = found.to_string(), expected = expected.to_string())
            }
            P::SchemaUnreadable { error } => t!("check-schema-unreadable", error = error),
            P::MigrationLogUnreadable { key, error } => t!("check-migration-log-unreadable", key = key, error = error),
            P::CounterDamaged { key } => t!("check-counter-damaged", key = key),
            P::CounterBehind { series, next, highest } => {
                t!("check-counter-behind", series = series, next = next.to_string(), highest = highest.to_string())
            }
            P::RelationshipListed { table, relationship, tenant } => t!(
                "check-relationship-listed",
                table = table,
                relationship = relationship.to_string(),
                tenant = tenant.to_string()
            ),
            P::RelationshipMissing { table, relationship, tenant } => t!(
                "check-relationship-missing",
                table = table,
                relationship = relationship.to_string(),
                tenant = tenant.to_string()
            ),
            P::IndexExtra { table, key, value } => t!("check-index-extra", table = table, key = key, value = value),
            P::IndexMissing { table, key, value } => {
                t!("check-index-missing", table = table, key = key, value = value)
            }
        };
        f.write_str(&said)
    }
}

/// In JSON, as it is said (`partnerdesk check --json` lists sentences).
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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
            report.problem(unreadable(def.name(), e));
            return Ok(());
        }
    };
    for entry in table.iter()? {
        let (k, v) = match entry {
            Ok(entry) => entry,
            Err(e) => {
                report.problem(Problem::UnreadablePast { table: def.name().to_string(), error: e.to_string() });
                break;
            }
        };
        let key = format!("{:?}", k.value());
        report.records += 1;
        match decode::<T>(v.value(), def.name()) {
            Ok(record) => each(report, key, record),
            Err(mut e) => match e.downcast_mut::<super::codec::Damaged>() {
                Some(damaged) => {
                    damaged.key = Some(key);
                    let damaged = damaged.clone();
                    // What postcard said of a record it cannot read, after the sentence.
                    let cause = e.chain().nth(1).map(ToString::to_string);
                    report.problem(Problem::Damaged { damaged, cause });
                }
                None => report.problem(Problem::Unreadable { table: def.name().to_string(), error: format!("{e:#}") }),
            },
        }
    }
    Ok(())
}

fn expect(report: &mut Report, ok: bool, problem: impl FnOnce() -> Problem) {
    if !ok {
        report.problem(problem());
    }
}

fn unreadable(table: &str, error: impl std::fmt::Display) -> Problem {
    Problem::Unreadable { table: table.to_string(), error: error.to_string() }
}

/// A record under `key` of `table` that holds what another key names.
fn misfiled(table: &str, key: &str, held: Held, holds: impl std::fmt::Display) -> Problem {
    Problem::Misfiled { table: table.to_string(), key: key.to_string(), held, holds: holds.to_string() }
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
        r.problem(Problem::UnknownTable { table: name.to_string() });
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
        expect(r, key == o.id.to_string(), || misfiled(CATALOGUE.name(), &key, Held::Offer, o.id));
    })?;
    let mut previous: Option<u64> = None;
    each(&read, AUDIT, &mut r, |r, key, e: AuditEvent| {
        expect(r, key == e.seq.to_string(), || misfiled(AUDIT.name(), &key, Held::AuditRecord, e.seq));
        if let Some(p) = previous {
            expect(r, e.seq == p + 1, || Problem::AuditGap { table: AUDIT.name().to_string(), from: p, to: e.seq });
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
            misfiled(PARTNER_USERS.name(), &key, Held::Id, &u.email)
        });
        users.insert(key);
    })?;
    let user_named = |r: &mut Report, table: &str, key: &str| {
        expect(r, users.contains(key), || Problem::NoSuchUser { table: table.to_string(), key: key.to_string() });
    };
    each(read, OPERATOR_SETTINGS, r, |r, key, _: crate::i18n::Locale| user_named(r, OPERATOR_SETTINGS.name(), &key))?;
    each(read, OPERATOR_ZONES, r, |r, key, _: crate::i18n::zone::Zone| user_named(r, OPERATOR_ZONES.name(), &key))?;
    let mut directory = HashSet::new();
    each(read, DIRECTORY, r, |r, key, p: DirectoryPartner| {
        expect(r, key == p.partner_id.0.to_string(), || misfiled(DIRECTORY.name(), &key, Held::Id, p.partner_id));
        directory.insert(key);
    })?;
    each(read, PARTNER_CONTACTS, r, |r, key, c: PartnerContact| {
        let table = PARTNER_CONTACTS.name();
        expect(r, directory.contains(&key), || Problem::NoSuchPartner { table: table.into(), key: key.clone() });
        expect(r, !c.is_empty(), || Problem::Empty { table: table.into(), key });
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
            misfiled(CUSTOMERS.name(), &key, Held::Tenant, c.tenant_id)
        });
        let Ok(row) = read.customer_row(&c, us) else {
            r.problem(Problem::RowNotMade { company: c.company_name.to_string(), tenant: c.tenant_id.to_string() });
            return;
        };
        expect(r, rows.remove(&row.sort_key()).as_ref() == Some(&row), || Problem::RowMismatch {
            table: CUSTOMER_ROWS.name().to_string(),
            company: c.company_name.to_string(),
            tenant: c.tenant_id.to_string(),
        });
        domains.insert((c.primary_domain.to_string(), c.tenant_id.as_u128()));
        logins.extend(c.users.iter().map(|u| (u.email.to_string(), c.tenant_id.as_u128())));
        for sub in &c.subscriptions {
            ids.saw("subscription", sub.id.0);
            if let Some(other) = holders.insert(sub.id.0, c.tenant_id.as_u128()) {
                r.problem(Problem::HeldTwice {
                    subscription: sub.id.to_string(),
                    first: TenantId::from_u128(other).to_string(),
                    second: c.tenant_id.to_string(),
                });
            }
        }
        for request in &c.service_requests {
            ids.saw("service_request", request.id.0);
        }
    })?;
    for row in rows.values() {
        r.problem(Problem::RowWithoutCustomer {
            table: CUSTOMER_ROWS.name().to_string(),
            company: row.name.to_string(),
            tenant: row.tenant_id.to_string(),
        });
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
            r.problem(unreadable(SUBSCRIPTION_HOLDERS.name(), e));
            return Ok(());
        }
    };
    r.records += table.len()?;
    let name = SUBSCRIPTION_HOLDERS.name().to_string();
    for entry in table.iter()? {
        let (k, v) = entry?;
        let (sub, tenant) = (SubscriptionId(k.value()), TenantId::from_u128(v.value()));
        let holder = match expected.remove(&sub.0) {
            Some(holder) if holder == v.value() => continue,
            holder => holder.map(|h| TenantId::from_u128(h).to_string()),
        };
        let (table, key, tenant, subscription) = (name.clone(), sub.0.to_string(), tenant.to_string(), sub.to_string());
        r.problem(match holder {
            Some(holder) => Problem::HolderWrong { table, key, tenant, subscription, holder },
            None => Problem::HolderOfNothing { table, key, tenant, subscription },
        });
    }
    let mut missing: Vec<_> = expected.into_iter().collect();
    missing.sort_unstable();
    for (sub, tenant) in missing {
        r.problem(Problem::HolderMissing {
            table: name.clone(),
            subscription: SubscriptionId(sub).to_string(),
            tenant: TenantId::from_u128(tenant).to_string(),
        });
    }
    Ok(())
}

/// Every invitation, its token and its admin note, and what each offer offers against who used it.
fn invitations(read: &ReadTx, r: &mut Report, ids: &mut InUse) -> Result<()> {
    let mut tokens = HashSet::new();
    let mut invitations = HashSet::new();
    each(read, INVITATIONS, r, |r, key, inv: Invitation| {
        expect(r, key == inv.id.0.to_string(), || misfiled(INVITATIONS.name(), &key, Held::Id, inv.id));
        tokens.insert((inv.token.clone(), u128::from(inv.id.0)));
        invitations.insert(inv.id.0);
        ids.saw("invitation", inv.id.0);
    })?;
    index(read, INVITATION_TOKENS, r, tokens, u128::from)?;
    each(read, INVITATION_ADMIN_NOTES, r, |r, key, note: AdminNote| {
        let held = key.parse::<u64>().is_ok_and(|id| invitations.contains(&id));
        let table = INVITATION_ADMIN_NOTES.name();
        expect(r, held, || Problem::NoSuchInvitation { table: table.into(), key: key.clone() });
        expect(r, !note.is_empty(), || Problem::Empty { table: table.into(), key });
    })?;
    let mut uses: HashMap<u64, u32> = HashMap::new();
    each(read, OFFER_USES, r, |r, key, u: OfferUse| {
        let expected = format!("{:?}", offer_use_key(u.invitation.0, u.tenant.as_u128()).as_slice());
        expect(r, key == expected, || Problem::UseMisfiled {
            table: OFFER_USES.name().to_string(),
            key: key.clone(),
            tenant: u.tenant.to_string(),
            invitation: u.invitation.to_string(),
        });
        *uses.entry(u.invitation.0).or_default() += 1;
    })?;
    each(read, OFFER_TERMS, r, |r, key, t: OfferTerms| {
        let table = OFFER_TERMS.name();
        expect(r, key == t.invitation.0.to_string(), || misfiled(table, &key, Held::Id, t.invitation));
        expect(r, invitations.contains(&t.invitation.0), || Problem::TermsWithoutInvitation {
            table: table.to_string(),
            key: key.clone(),
            invitation: t.invitation.to_string(),
        });
        let used = uses.remove(&t.invitation.0).unwrap_or(0);
        expect(r, used == t.uses, || Problem::UsesMiscounted {
            table: table.to_string(),
            key: key.clone(),
            counted: t.uses,
            found: used,
            uses_table: OFFER_USES.name().to_string(),
        });
    })?;
    let mut unoffered: Vec<_> = uses.into_keys().collect();
    unoffered.sort_unstable();
    for id in unoffered {
        r.problem(Problem::UsesWithoutTerms {
            table: OFFER_USES.name().to_string(),
            invitation: InvitationId(id).to_string(),
        });
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
        expect(r, key == a.id.0.to_string(), || misfiled(ADMIN_RELATIONSHIPS.name(), &key, Held::Id, a.id));
        relationships.insert(a.id, a.customer);
        ids.saw("admin_relationship", a.id.0);
    })?;
    let mut groups = HashSet::new();
    each(read, SECURITY_GROUPS, r, |r, key, g: SecurityGroup| {
        expect(r, key == g.id.as_u128().to_string(), || misfiled(SECURITY_GROUPS.name(), &key, Held::Id, g.id));
        groups.insert(g.id);
    })?;
    each(read, ACCESS_ASSIGNMENTS, r, |r, key, a: AccessAssignment| {
        let table = ACCESS_ASSIGNMENTS.name();
        expect(r, key == a.id.0.to_string(), || misfiled(table, &key, Held::Id, a.id));
        ids.saw("access_assignment", a.id.0);
        match relationships.get(&a.relationship) {
            None => r.problem(Problem::NoSuchRelationship {
                table: table.to_string(),
                key: key.clone(),
                relationship: a.relationship.to_string(),
            }),
            Some(customer) => expect(r, *customer == a.customer, || Problem::OtherCustomer {
                table: table.to_string(),
                key: key.clone(),
                customer: a.customer.to_string(),
                relationship: a.relationship.to_string(),
                holder: customer.to_string(),
            }),
        }
        expect(r, groups.contains(&a.group), || Problem::NoSuchGroup {
            table: table.to_string(),
            key,
            group: a.group.to_string(),
        });
    })?;
    // The partner's role templates, each under its name's key.
    each(read, ROLE_TEMPLATES, r, |r, key, t: crate::domain::gdap::templates::OwnTemplate| {
        let own = format!("{:?}", crate::domain::gdap::templates::name_key(&t.name));
        expect(r, key == own, || misfiled(ROLE_TEMPLATES.name(), &key, Held::Name, &t.name));
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
            r.problem(unreadable(EXTERNAL_IDS.name(), e));
            return Ok(());
        }
    };
    r.records += table.len()?;
    let name = EXTERNAL_IDS.name().to_string();
    for entry in table.iter()? {
        let (k, v) = entry?;
        let (key, id) = (k.value(), v.value());
        let fits = match key.split_once(':') {
            Some(("pc-subscription", _)) => SubscriptionId::parse(id).is_some(),
            Some(("gdap", _)) => AdminRelationshipId::parse(id).is_some_and(|rel| relationships.contains_key(&rel)),
            _ => {
                r.problem(Problem::UnknownExternalKind { table: name.clone(), key: format!("{key:?}") });
                continue;
            }
        };
        expect(r, fits, || Problem::ExternalDangling {
            table: name.clone(),
            key: format!("{key:?}"),
            id: format!("{id:?}"),
        });
    }
    Ok(())
}

/// `meta`: the book's kind and schema, the migration log, and each id counter ahead of every id
/// of its series in use (else the next record would take an id that is taken).
fn meta(read: &ReadTx, r: &mut Report, ids: &InUse) -> Result<()> {
    let meta = match read.txn.open_table(META) {
        Ok(t) => t,
        Err(e) => {
            r.problem(unreadable(META.name(), e));
            return Ok(());
        }
    };
    r.records += meta.len()?;
    let kind = meta.get("kind")?.map(|v| v.value().to_vec());
    expect(r, kind.as_deref() == Some(super::schema::BOOK_KIND), || Problem::NotABook);
    match super::schema::read_version(&meta) {
        Ok(Some(version)) if version == super::SCHEMA_VERSION => {}
        Ok(found) => r.problem(Problem::SchemaVersion { found, expected: super::SCHEMA_VERSION }),
        Err(e) => r.problem(Problem::SchemaUnreadable { error: e.to_string() }),
    }
    if let Err(e) = super::schema::decode_log(meta.get(super::schema::LOG)?.as_ref().map(|raw| raw.value())) {
        r.problem(Problem::MigrationLogUnreadable {
            key: format!("{:?}", super::schema::LOG),
            error: format!("{e:#}"),
        });
    }
    let mut counters = HashMap::new();
    for entry in meta.iter()? {
        let (k, v) = entry?;
        if let Some(series) = k.value().strip_prefix("next_") {
            match <[u8; 8]>::try_from(v.value()) {
                Ok(bytes) => {
                    counters.insert(series.to_string(), u64::from_le_bytes(bytes));
                }
                Err(_) => r.problem(Problem::CounterDamaged { key: format!("{:?}", k.value()) }),
            }
        }
    }
    let mut series: Vec<_> = ids.0.iter().collect();
    series.sort_unstable();
    for (series, highest) in series {
        let next = counters.get(*series).copied().unwrap_or(1);
        expect(r, next > *highest, || Problem::CounterBehind { series: series.to_string(), next, highest: *highest });
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
            report.problem(unreadable(name, e));
            return Ok(());
        }
    };
    report.records += table.len()?;
    for entry in table.iter()? {
        let (tenant, relationship) = entry?.0.value();
        if !expected.remove(&(tenant, relationship)) {
            report.problem(Problem::RelationshipListed { table: name.to_string(), relationship, tenant });
        }
    }
    for (tenant, relationship) in expected {
        report.problem(Problem::RelationshipMissing { table: name.to_string(), relationship, tenant });
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
            report.problem(unreadable(def.name(), e));
            return Ok(());
        }
    };
    report.records += table.len()?;
    let table_name = def.name().to_string();
    for entry in table.iter()? {
        let (k, v) = entry?;
        let pair = (k.value().to_string(), id(v.value()));
        if !expected.remove(&pair) {
            let (key, value) = (format!("{:?}", pair.0), format!("{:?}", pair.1));
            report.problem(Problem::IndexExtra { table: table_name.clone(), key, value });
        }
    }
    for (key, value) in expected {
        report.problem(Problem::IndexMissing {
            table: table_name.clone(),
            key: format!("{key:?}"),
            value: format!("{value:?}"),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scoped};

    /// A problem is a value; the sentence is made when it is shown, in the reader's language.
    #[test]
    fn a_problem_is_said_in_the_readers_language() {
        let p = Problem::CounterBehind { series: "invitation".into(), next: 3, highest: 12 };
        assert_eq!(
            scoped(Locale::En, || p.to_string()),
            "table meta, key \"next_invitation\": the next id is 3, but 12 is in use already"
        );
        let vi = scoped(Locale::Vi, || p.to_string());
        assert!(vi.starts_with("bảng meta, khóa \"next_invitation\": ID tiếp theo là 3"), "{vi}");
        let tenant =
            Problem::Misfiled { table: "customers_v2".into(), key: "7".into(), held: Held::Tenant, holds: "t".into() };
        assert_eq!(scoped(Locale::En, || tenant.to_string()), "table customers_v2, key 7: holds tenant t");
        assert_eq!(scoped(Locale::Tr, || tenant.to_string()), "customers_v2 tablosu, 7 anahtarı: t kiracısını tutuyor");
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.starts_with("\"table meta"), "{json}");
    }
}
