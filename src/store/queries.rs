//! Reading the book, the same way from a read snapshot and from inside a write transaction.

use super::codec::decode;
use super::records::Stored;
use super::tables::*;
use super::{ReadTx, WriteTx};
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::ids::{Email, InvitationId, PartnerId, SubscriptionId, TenantId};
use crate::domain::invitation::Invitation;
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::org::{DirectoryPartner, PartnerOrganization, PartnerUser};
use crate::domain::permission::Actor;
use anyhow::Result;
use redb::{
    AccessGuard, Key, Range, ReadOnlyTable, ReadableTable, ReadableTableMetadata, Table, TableDefinition, TableError,
    TableHandle, Value,
};
use std::borrow::Borrow;
use std::ops::RangeBounds;

/// A table opened for reading from either kind of transaction.
pub enum Tbl<'t, K: Key + 'static, V: Value + 'static> {
    Missing,
    Read(ReadOnlyTable<K, V>),
    Write(Table<'t, K, V>),
}

impl<K: Key + 'static, V: Value + 'static> Tbl<'_, K, V> {
    pub fn get<'a>(&self, key: impl Borrow<K::SelfType<'a>>) -> Result<Option<AccessGuard<'_, V>>> {
        Ok(match self {
            Tbl::Missing => None,
            Tbl::Read(t) => t.get(key)?,
            Tbl::Write(t) => t.get(key)?,
        })
    }

    /// Calls `visit` for each entry in `range`, in key order, until it returns `false`.
    pub fn scan<'a, KR: Borrow<K::SelfType<'a>> + 'a>(
        &self,
        range: impl RangeBounds<KR> + 'a,
        reverse: bool,
        mut visit: impl FnMut(AccessGuard<'_, K>, AccessGuard<'_, V>) -> Result<bool>,
    ) -> Result<()> {
        let iter: Range<'_, K, V> = match self {
            Tbl::Missing => return Ok(()),
            Tbl::Read(t) => t.range(range)?,
            Tbl::Write(t) => t.range(range)?,
        };
        let mut step = |entry: Result<(AccessGuard<'_, K>, AccessGuard<'_, V>), redb::StorageError>| -> Result<bool> {
            let (k, v) = entry?;
            visit(k, v)
        };
        if reverse {
            for entry in iter.rev() {
                if !step(entry)? {
                    break;
                }
            }
        } else {
            for entry in iter {
                if !step(entry)? {
                    break;
                }
            }
        }
        Ok(())
    }

    pub fn len(&self) -> Result<u64> {
        Ok(match self {
            Tbl::Missing => 0,
            Tbl::Read(t) => t.len()?,
            Tbl::Write(t) => t.len()?,
        })
    }
}

fn all<'t, K: Key + 'static, T: Stored>(table: &Tbl<'t, K, &'static [u8]>, name: &str) -> Result<Vec<T>>
where
    for<'a> K::SelfType<'a>: std::fmt::Debug,
{
    let mut out = Vec::new();
    table.scan::<K::SelfType<'_>>(.., false, |k, v| {
        out.push(decode(v.value(), name).map_err(|e| at_key(e, k.value()))?);
        Ok(true)
    })?;
    Ok(out)
}

/// `table X: …` becomes `table X, key K: …`: where the damage is.
fn at_key(mut e: anyhow::Error, key: impl std::fmt::Debug) -> anyhow::Error {
    if let Some(damaged) = e.downcast_mut::<super::codec::Damaged>() {
        damaged.key = Some(format!("{key:?}"));
        return e;
    }
    let text = e.to_string();
    match text.split_once(": ") {
        Some((table, rest)) if table.starts_with("table ") => anyhow::anyhow!("{table}, key {key:?}: {rest}"),
        _ => e.context(format!("key {key:?}")),
    }
}

fn one<T: Stored>(
    raw: Option<AccessGuard<'_, &'static [u8]>>,
    name: &str,
    key: impl std::fmt::Debug,
) -> Result<Option<T>> {
    raw.map(|v| decode(v.value(), name).map_err(|e| at_key(e, key))).transpose()
}

/// Sets what `inv`'s admin note says, if it has one.
fn noted(notes: &Tbl<'_, u64, &'static [u8]>, inv: &mut Invitation) -> Result<()> {
    let note: Option<crate::domain::invitation::AdminNote> =
        one(notes.get(inv.id.0)?, INVITATION_ADMIN_NOTES.name(), inv.id.0)?;
    inv.set_admin_note(note.unwrap_or_default());
    Ok(())
}

/// Every read query, for both read snapshots and write transactions.
pub trait Reads {
    fn tbl<K: Key + 'static, V: Value + 'static>(&self, def: TableDefinition<'static, K, V>) -> Result<Tbl<'_, K, V>>;

    fn org(&self) -> Result<Option<PartnerOrganization>> {
        one(self.tbl(ORG)?.get("org")?, ORG.name(), "org")
    }

    fn partner_users(&self) -> Result<Vec<PartnerUser>> {
        all(&self.tbl(PARTNER_USERS)?, PARTNER_USERS.name())
    }

    fn partner_user(&self, email: &Email) -> Result<Option<PartnerUser>> {
        one(self.tbl(PARTNER_USERS)?.get(email.as_str())?, PARTNER_USERS.name(), email.as_str())
    }

    /// The language `email` chose for themselves, if they did.
    fn operator_language(&self, email: &Email) -> Result<Option<crate::i18n::Locale>> {
        one(self.tbl(OPERATOR_SETTINGS)?.get(email.as_str())?, OPERATOR_SETTINGS.name(), email.as_str())
    }

    /// The time zone `email` chose for themselves, if they did.
    fn operator_zone(&self, email: &Email) -> Result<Option<crate::i18n::zone::Zone>> {
        one(self.tbl(OPERATOR_ZONES)?.get(email.as_str())?, OPERATOR_ZONES.name(), email.as_str())
    }

    /// Another partner's contact details, as the directory records them.
    fn partner_contact(&self, id: PartnerId) -> Result<Option<crate::domain::partner_contact::PartnerContact>> {
        one(self.tbl(PARTNER_CONTACTS)?.get(id.0)?, PARTNER_CONTACTS.name(), id.0)
    }

    fn directory(&self) -> Result<Vec<DirectoryPartner>> {
        all(&self.tbl(DIRECTORY)?, DIRECTORY.name())
    }

    fn directory_partner(&self, id: PartnerId) -> Result<Option<DirectoryPartner>> {
        one(self.tbl(DIRECTORY)?.get(id.0)?, DIRECTORY.name(), id.0)
    }

    fn customer(&self, id: TenantId) -> Result<Option<Customer>> {
        one(self.tbl(CUSTOMERS)?.get(id.as_u128())?, CUSTOMERS.name(), id.as_u128())
    }

    fn customer_by_domain(&self, domain: &str) -> Result<Option<Customer>> {
        let id = self.tbl(DOMAINS)?.get(domain.trim().to_ascii_lowercase().as_str())?.map(|v| v.value());
        match id {
            Some(id) => self.customer(TenantId::from_u128(id)),
            None => Ok(None),
        }
    }

    /// The tenant of a customer user, by email.
    fn customer_login(&self, email: &Email) -> Result<Option<TenantId>> {
        Ok(self.tbl(CUSTOMER_LOGINS)?.get(email.as_str())?.map(|v| TenantId::from_u128(v.value())))
    }

    /// Who `email` is in this book: a partner user, or a user of a customer tenant.
    fn actor(&self, email: &Email) -> Result<Option<Actor>> {
        if let Some(user) = self.partner_user(email)? {
            return Ok(Some(Actor::Partner(user)));
        }
        let Some(tenant) = self.customer_login(email)? else { return Ok(None) };
        let customer = self.customer(tenant)?;
        Ok(customer.and_then(|c| {
            let user = c.user(email)?.clone();
            Some(Actor::Customer { tenant, company: c.company_name, user })
        }))
    }

    /// The customer that holds subscription `id`: one lookup in the index; a book opened to
    /// read that was made before the index reads every customer instead.
    fn subscription_holder(&self, id: SubscriptionId) -> Result<Option<TenantId>> {
        let holders = self.tbl(SUBSCRIPTION_HOLDERS)?;
        if !matches!(holders, Tbl::Missing) {
            return Ok(holders.get(id.0)?.map(|v| TenantId::from_u128(v.value())));
        }
        let mut found = None;
        self.tbl(CUSTOMERS)?.scan::<u128>(.., false, |k, v| {
            let customer: Customer = decode(v.value(), CUSTOMERS.name()).map_err(|e| at_key(e, k.value()))?;
            if customer.subscriptions.iter().any(|s| s.id == id) {
                found = Some(customer.tenant_id);
            }
            Ok(found.is_none())
        })?;
        Ok(found)
    }

    fn customer_count(&self) -> Result<u64> {
        self.tbl(CUSTOMER_ROWS)?.len()
    }

    /// Visits the compact list rows in name order, without decoding any full record.
    fn each_customer_row(&self, mut visit: impl FnMut(CustomerRow)) -> Result<()> {
        self.customer_rows_while(|row| {
            visit(row);
            true
        })
    }

    /// Visits list rows in name order until `visit` returns false (the first screen needs only
    /// its first rows).
    fn customer_rows_while(&self, mut visit: impl FnMut(CustomerRow) -> bool) -> Result<()> {
        self.tbl(CUSTOMER_ROWS)?.scan::<&[u8]>(.., false, |k, v| {
            let row = decode(v.value(), CUSTOMER_ROWS.name()).map_err(|e| at_key(e, k.value()))?;
            Ok(visit(row))
        })
    }

    /// Visits full customer records in tenant-id order (export).
    fn each_customer(&self, mut visit: impl FnMut(Customer) -> Result<()>) -> Result<()> {
        self.tbl(CUSTOMERS)?.scan::<u128>(.., false, |k, v| {
            visit(decode(v.value(), CUSTOMERS.name()).map_err(|e| at_key(e, k.value()))?)?;
            Ok(true)
        })
    }

    fn invitations(&self) -> Result<Vec<Invitation>> {
        let mut invitations: Vec<Invitation> = all(&self.tbl(INVITATIONS)?, INVITATIONS.name())?;
        let notes = self.tbl(INVITATION_ADMIN_NOTES)?;
        if notes.len()? > 0 {
            for inv in &mut invitations {
                noted(&notes, inv)?;
            }
        }
        Ok(invitations)
    }

    fn invitation(&self, id: InvitationId) -> Result<Option<Invitation>> {
        let Some(mut inv) = one::<Invitation>(self.tbl(INVITATIONS)?.get(id.0)?, INVITATIONS.name(), id.0)? else {
            return Ok(None);
        };
        noted(&self.tbl(INVITATION_ADMIN_NOTES)?, &mut inv)?;
        Ok(Some(inv))
    }

    fn invitation_by_token(&self, token: &str) -> Result<Option<Invitation>> {
        let id = self.tbl(INVITATION_TOKENS)?.get(token)?.map(|v| v.value());
        match id {
            Some(id) => self.invitation(InvitationId(id)),
            None => Ok(None),
        }
    }

    fn catalogue(&self) -> Result<Vec<CatalogueOffer>> {
        all(&self.tbl(CATALOGUE)?, CATALOGUE.name())
    }

    fn offer_terms(&self, id: InvitationId) -> Result<Option<OfferTerms>> {
        one(self.tbl(OFFER_TERMS)?.get(id.0)?, OFFER_TERMS.name(), id.0)
    }

    /// The terms of every offer (the Invitations tab shows each offer's usage count).
    fn all_offer_terms(&self) -> Result<Vec<OfferTerms>> {
        all(&self.tbl(OFFER_TERMS)?, OFFER_TERMS.name())
    }

    /// Who used the offer's URL, in the order they used it.
    fn offer_uses(&self, id: InvitationId) -> Result<Vec<OfferUse>> {
        let (from, to) = (offer_use_key(id.0, 0), offer_use_key(id.0, u128::MAX));
        let mut out: Vec<OfferUse> = Vec::new();
        self.tbl(OFFER_USES)?.scan::<&[u8]>(from.as_slice()..=to.as_slice(), false, |k, v| {
            out.push(decode(v.value(), OFFER_USES.name()).map_err(|e| at_key(e, k.value()))?);
            Ok(true)
        })?;
        out.sort_by_key(|u| u.at);
        Ok(out)
    }

    /// Which of `offers` the customer `tenant` has used.
    fn used_by(
        &self,
        tenant: TenantId,
        offers: impl IntoIterator<Item = InvitationId>,
    ) -> Result<std::collections::HashSet<InvitationId>> {
        let mut used = std::collections::HashSet::new();
        for id in offers {
            if self.offer_use(id, tenant)?.is_some() {
                used.insert(id);
            }
        }
        Ok(used)
    }

    fn offer_use(&self, id: InvitationId, tenant: TenantId) -> Result<Option<OfferUse>> {
        one(
            self.tbl(OFFER_USES)?.get(offer_use_key(id.0, tenant.as_u128()).as_slice())?,
            OFFER_USES.name(),
            (id.0, tenant.as_u128()),
        )
    }

    fn admin_relationship(&self, id: crate::domain::ids::AdminRelationshipId) -> Result<Option<AdminRelationship>> {
        one(self.tbl(ADMIN_RELATIONSHIPS)?.get(id.0)?, ADMIN_RELATIONSHIPS.name(), id.0)
    }

    /// `c`'s list row as the book keeps it: `Customer::row`, on the list too while `partner` has
    /// a granular admin relationship with it that has not ended (`customer_changes::on_list`).
    /// Only a tenant not listed otherwise costs a look at the relationships.
    fn customer_row(&self, c: &Customer, partner: PartnerId) -> Result<CustomerRow> {
        self.with_granular(c, c.row(partner), partner)
    }

    /// `row`, `c`'s row by its own record, listed also when a granular admin relationship that
    /// has not ended keeps it on the list.
    fn with_granular(&self, c: &Customer, mut row: CustomerRow, partner: PartnerId) -> Result<CustomerRow> {
        if !row.listed {
            let granular = self.admin_relationships_of(c.tenant_id)?;
            row.listed = crate::domain::customer_changes::on_list(c, partner, &granular);
        }
        Ok(row)
    }

    /// `tenant`'s granular admin relationships: a range of the index
    /// (`tables::RELATIONSHIPS_BY_CUSTOMER`); a book opened to read that was made before the
    /// index reads every relationship instead.
    fn admin_relationships_of(&self, tenant: TenantId) -> Result<Vec<AdminRelationship>> {
        let index = self.tbl(RELATIONSHIPS_BY_CUSTOMER)?;
        if matches!(index, Tbl::Missing) {
            let mut all = self.admin_relationships()?;
            all.retain(|rel| rel.customer == tenant);
            return Ok(all);
        }
        let relationships = self.tbl(ADMIN_RELATIONSHIPS)?;
        let t = tenant.as_u128();
        let mut found = Vec::new();
        index.scan((t, 0)..=(t, u64::MAX), false, |k, _| {
            let id = k.value().1;
            found.extend(one(relationships.get(id)?, ADMIN_RELATIONSHIPS.name(), id)?);
            Ok(true)
        })?;
        Ok(found)
    }

    fn admin_relationships(&self) -> Result<Vec<AdminRelationship>> {
        all(&self.tbl(ADMIN_RELATIONSHIPS)?, ADMIN_RELATIONSHIPS.name())
    }

    /// The partner's security groups, by object id.
    fn security_groups(&self) -> Result<Vec<crate::domain::gdap::access::SecurityGroup>> {
        all(&self.tbl(SECURITY_GROUPS)?, SECURITY_GROUPS.name())
    }

    /// The partner's own role templates, by name key.
    fn own_templates(&self) -> Result<Vec<crate::domain::gdap::templates::OwnTemplate>> {
        all(&self.tbl(ROLE_TEMPLATES)?, ROLE_TEMPLATES.name())
    }

    /// Every access assignment, in the order they were made.
    fn access_assignments(&self) -> Result<Vec<crate::domain::gdap::access::AccessAssignment>> {
        all(&self.tbl(ACCESS_ASSIGNMENTS)?, ACCESS_ASSIGNMENTS.name())
    }

    fn access_assignment(
        &self,
        id: crate::domain::ids::AccessAssignmentId,
    ) -> Result<Option<crate::domain::gdap::access::AccessAssignment>> {
        one(self.tbl(ACCESS_ASSIGNMENTS)?.get(id.0)?, ACCESS_ASSIGNMENTS.name(), id.0)
    }

    /// The next number of each id series (`invitation`, `subscription`, …), so a restored book
    /// never reuses an id the audit log names.
    fn sequences(&self) -> Result<Vec<(String, u64)>> {
        let mut out = Vec::new();
        self.tbl(META)?.scan::<&str>(.., false, |k, v| {
            if let Some(name) = k.value().strip_prefix("next_")
                && let Ok(bytes) = <[u8; 8]>::try_from(v.value())
            {
                out.push((name.to_string(), u64::from_le_bytes(bytes)));
            }
            Ok(true)
        })?;
        Ok(out)
    }

    /// Every migration that brought the book up to date, oldest first.
    fn migrations(&self) -> Result<Vec<super::Migration>> {
        let meta = self.tbl(META)?;
        super::schema::decode_log(meta.get(super::schema::LOG)?.as_ref().map(|raw| raw.value()))
    }

    /// What an outside id (`pc-subscription:…`, `gdap:…`) was imported as.
    fn external_id(&self, key: &str) -> Result<Option<String>> {
        Ok(self.tbl(EXTERNAL_IDS)?.get(key)?.map(|v| v.value().to_string()))
    }

    /// Microsoft Graph's ids of the granular relationships imported from it, by the id the book
    /// gave each (`GDAP-3`); a range of the outside-id table, not a walk of it.
    fn graph_relationship_ids(&self) -> Result<std::collections::HashMap<String, String>> {
        let mut out = std::collections::HashMap::new();
        self.tbl(EXTERNAL_IDS)?.scan::<&str>("gdap:".."gdap;", false, |k, v| {
            if let Some(graph) = k.value().strip_prefix("gdap:") {
                out.insert(v.value().to_string(), graph.to_string());
            }
            Ok(true)
        })?;
        Ok(out)
    }

    fn external_ids(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        self.tbl(EXTERNAL_IDS)?.scan::<&str>(.., false, |k, v| {
            out.push((k.value().to_string(), v.value().to_string()));
            Ok(true)
        })?;
        Ok(out)
    }

    fn each_offer_use(&self, mut visit: impl FnMut(OfferUse) -> Result<()>) -> Result<()> {
        self.tbl(OFFER_USES)?.scan::<&[u8]>(.., false, |k, v| {
            visit(decode(v.value(), OFFER_USES.name()).map_err(|e| at_key(e, k.value()))?)?;
            Ok(true)
        })
    }

    fn audit_len(&self) -> Result<u64> {
        self.tbl(AUDIT)?.len()
    }

    /// The newest `limit` audit events, newest first.
    fn audit_newest(&self, limit: usize) -> Result<Vec<AuditEvent>> {
        let mut out = Vec::new();
        self.tbl(AUDIT)?.scan::<u64>(.., true, |k, v| {
            out.push(decode(v.value(), AUDIT.name()).map_err(|e| at_key(e, k.value()))?);
            Ok(out.len() < limit)
        })?;
        Ok(out)
    }

    /// Every audit event in order, oldest first.
    fn each_audit(&self, mut visit: impl FnMut(AuditEvent) -> Result<()>) -> Result<()> {
        self.tbl(AUDIT)?.scan::<u64>(.., false, |k, v| {
            visit(decode(v.value(), AUDIT.name()).map_err(|e| at_key(e, k.value()))?)?;
            Ok(true)
        })
    }
}

impl Reads for ReadTx {
    fn tbl<K: Key + 'static, V: Value + 'static>(&self, def: TableDefinition<'static, K, V>) -> Result<Tbl<'_, K, V>> {
        match self.txn.open_table(def) {
            Ok(t) => Ok(Tbl::Read(t)),
            Err(TableError::TableDoesNotExist(_)) => Ok(Tbl::Missing),
            Err(e) => Err(e.into()),
        }
    }
}

impl Reads for WriteTx<'_> {
    fn tbl<K: Key + 'static, V: Value + 'static>(&self, def: TableDefinition<'static, K, V>) -> Result<Tbl<'_, K, V>> {
        Ok(Tbl::Write(self.txn.open_table(def)?))
    }
}
