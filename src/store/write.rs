//! Changing the book inside one write transaction. Every put checks the version the caller
//! read (optimistic concurrency: a second save over someone else's change is refused, never a
//! silent overwrite), and every transaction that changes anything must append an audit record.

use super::codec::{decode, encode};
use super::queries::Reads;
use super::tables::*;
use super::{Kind, Stamp};
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::customer::{Customer, CustomerRow};
use crate::domain::gdap::access::{AccessAssignment, SecurityGroup};
use crate::domain::gdap::templates::OwnTemplate;
use crate::domain::ids::{Email, InvitationId, PartnerId};
use crate::domain::invitation::Invitation;
use crate::domain::msg::{BookMsg, PartnerMsg, UserMsg};
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::org::{DirectoryPartner, PartnerOrganization, PartnerUser};
use redb::{ReadableTable, WriteTransaction};
use serde::Serialize;

/// Why a write did not happen. The edge (`crate::text`) says it.
#[derive(Debug)]
pub enum WriteError {
    /// The book's rules refused it.
    Refused(Refusal),
    /// Someone else changed the record after it was read (`BookMsg::ProfileChanged`,
    /// `BookMsg::RecordChanged`).
    Conflict(BookMsg),
    /// The storage failed; nothing was written.
    Storage(anyhow::Error),
}

impl std::error::Error for WriteError {}

impl From<Refusal> for WriteError {
    fn from(r: Refusal) -> Self {
        WriteError::Refused(r)
    }
}

impl From<anyhow::Error> for WriteError {
    fn from(e: anyhow::Error) -> Self {
        WriteError::Storage(e)
    }
}

macro_rules! storage_errors {
    ($($t:ty),*) => {$(
        impl From<$t> for WriteError {
            fn from(e: $t) -> Self {
                WriteError::Storage(e.into())
            }
        }
    )*};
}
storage_errors!(redb::StorageError, redb::TableError, redb::CommitError, redb::TransactionError);

pub struct WriteTx<'s> {
    pub(super) txn: WriteTransaction,
    stamp: &'s Stamp,
    /// The kinds of record this transaction changed (`Kind` bits).
    pub(super) touched: u8,
    /// The customers this transaction added or changed, announced with the commit so that
    /// open views patch those rows instead of reading the whole list again.
    pub(super) changed_customers: super::ChangedCustomers,
    audited: bool,
    /// The next audit sequence number, once this transaction has read it: a bulk change
    /// appends thousands of records without looking up the last one each time.
    next_audit: Option<u64>,
}

impl<'s> WriteTx<'s> {
    pub(super) fn new(txn: WriteTransaction, stamp: &'s Stamp) -> Self {
        Self { txn, stamp, touched: 0, changed_customers: Default::default(), audited: false, next_audit: None }
    }

    pub(super) fn commit(self) -> Result<(), WriteError> {
        if self.touched != 0 && !self.audited {
            // Dropping the transaction aborts it: nothing is written.
            return Err(WriteError::Storage(anyhow::anyhow!("a change without an audit record was refused")));
        }
        self.txn.commit()?;
        Ok(())
    }

    pub fn stamp(&self) -> &Stamp {
        self.stamp
    }

    /// Appends one audit record, stamped with who, when and which session.
    pub fn audit<B: Serialize, A: Serialize>(
        &mut self,
        action: &str,
        target: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<(), WriteError> {
        let stamp = self.stamp.clone();
        self.audit_as(&stamp, action, target, before, after)
    }

    /// Appends an audit record with a stamp of its own: for importing history (the demo book).
    pub fn audit_as<B: Serialize, A: Serialize>(
        &mut self,
        stamp: &Stamp,
        action: &str,
        target: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<(), WriteError> {
        let mut table = self.txn.open_table(AUDIT)?;
        let seq = match self.next_audit {
            Some(seq) => seq,
            None => table.last()?.map_or(1, |(k, _)| k.value() + 1),
        };
        self.next_audit = Some(seq + 1);
        let (before, after) = match (before.map(to_value), after.map(to_value)) {
            (Some(b), Some(a)) => {
                let (b, a) = crate::domain::audit::changes(&b, &a);
                (Some(b.to_string()), Some(a.to_string()))
            }
            (b, a) => (b.map(|v| v.to_string()), a.map(|v| v.to_string())),
        };
        let event = AuditEvent {
            seq,
            at: stamp.at,
            actor: stamp.actor.clone(),
            session: stamp.session.clone(),
            action: action.to_string(),
            target: target.to_string(),
            before,
            after,
            via: (!stamp.via.is_empty()).then(|| stamp.via.clone()),
        };
        table.insert(seq, encode(&event)?.as_slice())?;
        self.audited = true;
        self.touched |= Kind::Audit as u8;
        Ok(())
    }

    /// The next number of a named counter (invitations, subscriptions, …), starting at 1.
    pub fn next_id(&mut self, counter: &str) -> Result<u64, WriteError> {
        let key = format!("next_{counter}");
        let mut meta = self.txn.open_table(META)?;
        let next = match meta.get(key.as_str())? {
            Some(raw) => {
                let bytes: [u8; 8] =
                    raw.value().try_into().map_err(|_| anyhow::anyhow!("the {key} counter is damaged"))?;
                u64::from_le_bytes(bytes)
            }
            None => 1,
        };
        meta.insert(key.as_str(), (next + 1).to_le_bytes().as_slice())?;
        Ok(next)
    }

    /// Moves a counter forward to at least `next` (after a bulk load that numbered records).
    pub fn next_id_set(&mut self, counter: &str, next: u64) -> Result<(), WriteError> {
        let key = format!("next_{counter}");
        self.txn.open_table(META)?.insert(key.as_str(), next.to_le_bytes().as_slice())?;
        Ok(())
    }

    fn conflict(&self, target: &str) -> WriteError {
        WriteError::Conflict(BookMsg::RecordChanged { record: target.to_string(), by: self.last_actor_of(target) })
    }

    fn last_actor_of(&self, target: &str) -> Option<String> {
        let mut who = None;
        let table = self.tbl(AUDIT).ok()?;
        let mut looked = 0;
        table
            .scan::<u64>(.., true, |_, v| {
                looked += 1;
                let event: AuditEvent = decode(v.value(), "audit")?;
                if event.target == target {
                    who = Some(event.actor);
                }
                Ok(who.is_none() && looked < 10_000)
            })
            .ok()?;
        who
    }

    pub fn put_org(&mut self, org: &PartnerOrganization) -> Result<PartnerOrganization, WriteError> {
        let stored = self.org()?;
        if let Some(stored) = &stored
            && stored.version != org.version
        {
            return Err(WriteError::Conflict(BookMsg::ProfileChanged));
        }
        let mut next = org.clone();
        next.version = stored.map_or(1, |s| s.version + 1);
        self.txn.open_table(ORG)?.insert("org", encode(&next)?.as_slice())?;
        self.touched |= Kind::Org as u8;
        Ok(next)
    }

    pub fn put_partner_user(&mut self, user: &PartnerUser, is_new: bool) -> Result<PartnerUser, WriteError> {
        let stored = self.partner_user(&user.email)?;
        let version = match (&stored, is_new) {
            (Some(_), true) => {
                return Err(Refusal::on(Input::Email, UserMsg::AlreadyUser { email: user.email.clone() }).into());
            }
            (None, false) => {
                return Err(Refusal::new(UserMsg::NoLongerUser { email: user.email.clone() }).into());
            }
            (Some(s), false) if s.version != user.version => {
                return Err(self.conflict(user.email.as_str()));
            }
            (Some(s), false) => s.version + 1,
            (None, true) => 1,
        };
        let mut next = user.clone();
        next.version = version;
        self.txn.open_table(PARTNER_USERS)?.insert(user.email.as_str(), encode(&next)?.as_slice())?;
        self.touched |= Kind::Users as u8;
        Ok(next)
    }

    /// Keeps `language` as the one `email` chose for themselves.
    pub fn put_operator_language(&mut self, email: &Email, language: crate::i18n::Locale) -> Result<(), WriteError> {
        self.txn.open_table(OPERATOR_SETTINGS)?.insert(email.as_str(), encode(&language)?.as_slice())?;
        self.touched |= Kind::Users as u8;
        Ok(())
    }

    /// Keeps `zone` as the one `email` chose for themselves.
    pub fn put_operator_zone(&mut self, email: &Email, zone: &crate::i18n::zone::Zone) -> Result<(), WriteError> {
        self.txn.open_table(OPERATOR_ZONES)?.insert(email.as_str(), encode(zone)?.as_slice())?;
        self.touched |= Kind::Users as u8;
        Ok(())
    }

    pub fn remove_partner_user(&mut self, email: &Email) -> Result<(), WriteError> {
        self.txn.open_table(PARTNER_USERS)?.remove(email.as_str())?;
        self.txn.open_table(OPERATOR_SETTINGS)?.remove(email.as_str())?;
        self.txn.open_table(OPERATOR_ZONES)?.remove(email.as_str())?;
        self.touched |= Kind::Users as u8;
        Ok(())
    }

    /// Keeps another partner's contact details: an entry only while something is known.
    pub fn put_partner_contact(
        &mut self,
        id: PartnerId,
        contact: &crate::domain::partner_contact::PartnerContact,
    ) -> Result<(), WriteError> {
        let mut table = self.txn.open_table(PARTNER_CONTACTS)?;
        if contact.is_empty() {
            table.remove(id.0)?;
        } else {
            table.insert(id.0, encode(contact)?.as_slice())?;
        }
        self.touched |= Kind::Directory as u8;
        Ok(())
    }

    pub fn put_directory_partner(
        &mut self,
        partner: &DirectoryPartner,
        is_new: bool,
    ) -> Result<DirectoryPartner, WriteError> {
        let stored = self.directory_partner(partner.partner_id)?;
        let version = match (&stored, is_new) {
            (Some(s), true) => {
                return Err(Refusal::on(
                    Input::PartnerId,
                    PartnerMsg::InDirectory { id: s.partner_id, name: s.name.clone() },
                )
                .into());
            }
            (None, false) => {
                return Err(Refusal::new(PartnerMsg::NotInDirectory { id: partner.partner_id }).into());
            }
            (Some(s), false) if s.version != partner.version => {
                return Err(self.conflict(&partner.partner_id.to_string()));
            }
            (Some(s), false) => s.version + 1,
            (None, true) => 1,
        };
        let mut next = partner.clone();
        next.version = version;
        self.txn.open_table(DIRECTORY)?.insert(partner.partner_id.0, encode(&next)?.as_slice())?;
        self.touched |= Kind::Directory as u8;
        Ok(next)
    }

    /// Adds a new customer; its primary domain and its users' emails must be free.
    pub fn insert_customer(&mut self, customer: &Customer, us: PartnerId) -> Result<Customer, WriteError> {
        if self.customer(customer.tenant_id)?.is_some() {
            return Err(Refusal::on(Input::TenantId, BookMsg::TenantTaken { tenant: customer.tenant_id }).into());
        }
        let mut next = customer.clone();
        next.version = 1;
        self.store_customer(None, &next, us)?;
        Ok(next)
    }

    /// Saves a changed customer read at `customer.version`.
    pub fn update_customer(&mut self, customer: &Customer, us: PartnerId) -> Result<Customer, WriteError> {
        let Some(stored) = self.customer(customer.tenant_id)? else {
            return Err(Refusal::new(BookMsg::CustomerNamedGone { company: customer.company_name.clone() }).into());
        };
        self.replace_customer(&stored, customer.clone(), us)
    }

    /// `update_customer` for a record this transaction has just read (`stored`), without
    /// reading and decoding it a second time: what a bulk change does for each customer.
    pub fn replace_customer(
        &mut self,
        stored: &Customer,
        mut next: Customer,
        us: PartnerId,
    ) -> Result<Customer, WriteError> {
        if stored.version != next.version || stored.tenant_id != next.tenant_id {
            return Err(self.conflict(stored.primary_domain.as_str()));
        }
        next.version = stored.version + 1;
        self.store_customer(Some(stored), &next, us)?;
        Ok(next)
    }

    fn store_customer(&mut self, before: Option<&Customer>, c: &Customer, us: PartnerId) -> Result<(), WriteError> {
        let key = c.tenant_id.as_u128();
        {
            let mut domains = self.txn.open_table(DOMAINS)?;
            let old_domain = before.map(|b| b.primary_domain.as_str());
            if old_domain != Some(c.primary_domain.as_str()) {
                if domains.get(c.primary_domain.as_str())?.is_some() {
                    return Err(
                        Refusal::on(Input::Domain, BookMsg::DomainTaken { domain: c.primary_domain.clone() }).into()
                    );
                }
                if let Some(old) = old_domain {
                    domains.remove(old)?;
                }
                domains.insert(c.primary_domain.as_str(), key)?;
            }
        }
        {
            let mut logins = self.txn.open_table(CUSTOMER_LOGINS)?;
            for gone in before.iter().flat_map(|b| &b.users).filter(|u| c.user(&u.email).is_none()) {
                logins.remove(gone.email.as_str())?;
            }
            for user in &c.users {
                if before.is_some_and(|b| b.user(&user.email).is_some()) {
                    continue;
                }
                if let Some(other) = logins.get(user.email.as_str())?.map(|v| v.value())
                    && other != key
                {
                    return Err(Refusal::on(Input::Email, BookMsg::LoginTaken { email: user.email.clone() }).into());
                }
                logins.insert(user.email.as_str(), key)?;
            }
        }
        super::holders::update(&mut self.txn.open_table(SUBSCRIPTION_HOLDERS)?, before, c)?;
        self.txn.open_table(CUSTOMERS)?.insert(key, encode(c)?.as_slice())?;
        // The list row is written only when it changed: most changes to a record (contacts,
        // users, addresses) leave its line on the list as it was, and no list patches it.
        let old = before.map(|b| self.customer_row(b, us)).transpose()?;
        let row = match (before, &old) {
            (Some(before), Some(old)) => self.with_granular(c, c.row_after(before, old, us), us)?,
            _ => self.customer_row(c, us)?,
        };
        if old.as_ref() != Some(&row) {
            let mut rows = self.txn.open_table(CUSTOMER_ROWS)?;
            if let Some(old) = old.map(|o| o.sort_key()).filter(|k| *k != row.sort_key()) {
                rows.remove(old.as_slice())?;
            }
            rows.insert(row.sort_key().as_slice(), encode(&row)?.as_slice())?;
            self.changed_customers.rows.push(c.tenant_id);
        }
        self.touched |= Kind::Customers as u8;
        self.changed_customers.records.push(c.tenant_id);
        Ok(())
    }

    pub fn insert_invitation(&mut self, inv: &Invitation) -> Result<(), WriteError> {
        if self.txn.open_table(INVITATION_TOKENS)?.insert(inv.token.as_str(), inv.id.0)?.is_some() {
            return Err(anyhow::anyhow!("invitation token collision").into());
        }
        self.txn.open_table(INVITATIONS)?.insert(inv.id.0, encode(inv)?.as_slice())?;
        self.put_admin_note(inv)?;
        self.touched |= Kind::Invitations as u8;
        Ok(())
    }

    /// Keeps `inv`'s admin note beside it: an entry only when it says something.
    fn put_admin_note(&mut self, inv: &Invitation) -> Result<(), WriteError> {
        let note = inv.admin_note();
        let mut notes = self.txn.open_table(INVITATION_ADMIN_NOTES)?;
        if note.is_empty() {
            notes.remove(inv.id.0)?;
        } else {
            notes.insert(inv.id.0, encode(&note)?.as_slice())?;
        }
        Ok(())
    }

    pub fn update_invitation(&mut self, inv: &Invitation) -> Result<Invitation, WriteError> {
        let Some(stored) = self.invitation(inv.id)? else {
            return Err(Refusal::new(BookMsg::InvitationGone { id: inv.id }).into());
        };
        if stored.version != inv.version {
            return Err(self.conflict(&inv.id.to_string()));
        }
        let mut next = inv.clone();
        next.version = stored.version + 1;
        self.txn.open_table(INVITATIONS)?.insert(inv.id.0, encode(&next)?.as_slice())?;
        self.put_admin_note(&next)?;
        self.touched |= Kind::Invitations as u8;
        Ok(next)
    }

    /// Removes an invitation from the list (purge), with an offer's terms and uses; its
    /// history stays in the audit log.
    pub fn remove_invitation(&mut self, id: InvitationId) -> Result<(), WriteError> {
        if let Some(inv) = self.invitation(id)? {
            self.txn.open_table(INVITATION_TOKENS)?.remove(inv.token.as_str())?;
            self.txn.open_table(INVITATIONS)?.remove(id.0)?;
            self.txn.open_table(INVITATION_ADMIN_NOTES)?.remove(id.0)?;
            self.txn.open_table(OFFER_TERMS)?.remove(id.0)?;
            let (from, to) = (offer_use_key(id.0, 0), offer_use_key(id.0, u128::MAX));
            self.txn.open_table(OFFER_USES)?.retain_in(from.as_slice()..=to.as_slice(), |_, _| false)?;
            self.touched |= Kind::Invitations as u8;
        }
        Ok(())
    }

    /// Stores an offer's terms: new ones at version 1, else only over the version read.
    pub fn put_offer_terms(&mut self, terms: &OfferTerms, is_new: bool) -> Result<OfferTerms, WriteError> {
        let stored = self.offer_terms(terms.invitation)?;
        let version = match (&stored, is_new) {
            (None, true) => 1,
            (Some(s), false) if s.version == terms.version => s.version + 1,
            (Some(_), true) => return Err(anyhow::anyhow!("offer terms collision").into()),
            _ => return Err(self.conflict(&terms.invitation.to_string())),
        };
        let mut next = terms.clone();
        next.version = version;
        self.txn.open_table(OFFER_TERMS)?.insert(terms.invitation.0, encode(&next)?.as_slice())?;
        self.touched |= Kind::Invitations as u8;
        Ok(next)
    }

    /// Records a customer's use of an offer URL; a second use by the same customer is a bug
    /// the domain refuses first.
    pub fn insert_offer_use(&mut self, record: &OfferUse) -> Result<(), WriteError> {
        let key = offer_use_key(record.invitation.0, record.tenant.as_u128());
        if self.txn.open_table(OFFER_USES)?.insert(key.as_slice(), encode(record)?.as_slice())?.is_some() {
            return Err(anyhow::anyhow!("offer used twice by one customer").into());
        }
        self.touched |= Kind::Invitations as u8;
        Ok(())
    }

    pub fn put_admin_relationship(
        &mut self,
        rel: &AdminRelationship,
        is_new: bool,
    ) -> Result<AdminRelationship, WriteError> {
        let mut table = self.txn.open_table(ADMIN_RELATIONSHIPS)?;
        let stored: Option<AdminRelationship> =
            table.get(rel.id.0)?.map(|v| decode(v.value(), "admin relationship")).transpose()?;
        let version = match (&stored, is_new) {
            (None, true) => 1,
            (Some(s), false) if s.version == rel.version => s.version + 1,
            (Some(_), true) => {
                return Err(anyhow::anyhow!("admin relationship id collision").into());
            }
            _ => {
                drop(table);
                return Err(self.conflict(&rel.id.to_string()));
            }
        };
        let mut next = rel.clone();
        next.version = version;
        table.insert(rel.id.0, encode(&next)?.as_slice())?;
        drop(table);
        self.index_relationship(stored.as_ref(), rel)?;
        self.touched |= Kind::Relationships as u8;
        self.refresh_row(rel.customer, rel.partner)?;
        Ok(next)
    }

    /// Keeps `tables::RELATIONSHIPS_BY_CUSTOMER` in step with `rel`, which was `stored`.
    fn index_relationship(
        &mut self,
        stored: Option<&AdminRelationship>,
        rel: &AdminRelationship,
    ) -> Result<(), WriteError> {
        let mut index = self.txn.open_table(RELATIONSHIPS_BY_CUSTOMER)?;
        if let Some(old) = stored.filter(|s| s.customer != rel.customer) {
            index.remove((old.customer.as_u128(), old.id.0))?;
        }
        index.insert((rel.customer.as_u128(), rel.id.0), ())?;
        Ok(())
    }

    /// Adds a security group, or renames one.
    pub fn put_security_group(&mut self, group: &SecurityGroup) -> Result<(), WriteError> {
        self.txn.open_table(SECURITY_GROUPS)?.insert(group.id.as_u128(), encode(group)?.as_slice())?;
        self.touched |= Kind::Relationships as u8;
        Ok(())
    }

    /// Writes one of the partner's role templates: a new one at version 1, a change over the
    /// version it was read at (else another session changed it first).
    pub fn put_own_template(&mut self, t: &OwnTemplate, is_new: bool) -> Result<OwnTemplate, WriteError> {
        let key = crate::domain::gdap::templates::name_key(&t.name);
        let mut table = self.txn.open_table(ROLE_TEMPLATES)?;
        let stored: Option<OwnTemplate> =
            table.get(key.as_str())?.map(|v| decode(v.value(), "role template")).transpose()?;
        let version = match (&stored, is_new) {
            (None, true) => 1,
            (Some(s), false) if s.version == t.version => s.version + 1,
            _ => {
                drop(table);
                return Err(self.conflict(&t.name));
            }
        };
        let mut next = t.clone();
        next.version = version;
        table.insert(key.as_str(), encode(&next)?.as_slice())?;
        drop(table);
        self.touched |= Kind::Relationships as u8;
        Ok(next)
    }

    /// Puts back one of the partner's role templates as an export holds it.
    pub fn restore_own_template(&mut self, t: &OwnTemplate) -> Result<(), WriteError> {
        let key = crate::domain::gdap::templates::name_key(&t.name);
        self.txn.open_table(ROLE_TEMPLATES)?.insert(key.as_str(), encode(t)?.as_slice())?;
        self.touched |= Kind::Relationships as u8;
        Ok(())
    }

    /// Removes one of the partner's role templates by name.
    pub fn remove_own_template(&mut self, name: &str) -> Result<(), WriteError> {
        let key = crate::domain::gdap::templates::name_key(name);
        self.txn.open_table(ROLE_TEMPLATES)?.remove(key.as_str())?;
        self.touched |= Kind::Relationships as u8;
        Ok(())
    }

    /// Writes an access assignment: a new one at version 1, a change over the version it was
    /// read at (else another session changed it first).
    pub fn put_access_assignment(
        &mut self,
        a: &AccessAssignment,
        is_new: bool,
    ) -> Result<AccessAssignment, WriteError> {
        let mut table = self.txn.open_table(ACCESS_ASSIGNMENTS)?;
        let stored: Option<AccessAssignment> =
            table.get(a.id.0)?.map(|v| decode(v.value(), "access assignment")).transpose()?;
        let version = match (&stored, is_new) {
            (None, true) => 1,
            (Some(s), false) if s.version == a.version => s.version + 1,
            (Some(_), true) => return Err(anyhow::anyhow!("access assignment id collision").into()),
            _ => {
                drop(table);
                return Err(self.conflict(&a.id.to_string()));
            }
        };
        let mut next = a.clone();
        next.version = version;
        table.insert(a.id.0, encode(&next)?.as_slice())?;
        self.touched |= Kind::Relationships as u8;
        Ok(next)
    }

    /// Writes `tenant`'s list row again if a granular admin relationship changed whether it is
    /// listed (`Reads::customer_row`); a tenant not in the book has no row.
    fn refresh_row(&mut self, tenant: crate::domain::ids::TenantId, us: PartnerId) -> Result<(), WriteError> {
        let Some(c) = self.customer(tenant)? else { return Ok(()) };
        let row = self.customer_row(&c, us)?;
        let mut rows = self.txn.open_table(CUSTOMER_ROWS)?;
        let stored: Option<CustomerRow> =
            rows.get(row.sort_key().as_slice())?.map(|v| decode(v.value(), "customer row")).transpose()?;
        if stored.as_ref() != Some(&row) {
            rows.insert(row.sort_key().as_slice(), encode(&row)?.as_slice())?;
            self.touched |= Kind::Customers as u8;
            self.changed_customers.records.push(tenant);
            self.changed_customers.rows.push(tenant);
        }
        Ok(())
    }
}

/// Restoring a book from its export: records are written as they were (versions, ids and audit
/// sequence numbers kept), into a new book that no one else has open.
impl WriteTx<'_> {
    /// Marks this transaction as writing restored records: their history is the restored audit
    /// log, and the restore ends with an audit record of its own.
    pub fn restoring(&mut self) {
        self.audited = true;
    }

    pub fn restore_org(&mut self, org: &PartnerOrganization) -> Result<(), WriteError> {
        self.txn.open_table(ORG)?.insert("org", encode(org)?.as_slice())?;
        self.touched |= Kind::Org as u8;
        Ok(())
    }

    pub fn restore_partner_user(&mut self, user: &PartnerUser) -> Result<(), WriteError> {
        self.txn.open_table(PARTNER_USERS)?.insert(user.email.as_str(), encode(user)?.as_slice())?;
        self.touched |= Kind::Users as u8;
        Ok(())
    }

    pub fn restore_directory_partner(&mut self, partner: &DirectoryPartner) -> Result<(), WriteError> {
        self.txn.open_table(DIRECTORY)?.insert(partner.partner_id.0, encode(partner)?.as_slice())?;
        self.touched |= Kind::Directory as u8;
        Ok(())
    }

    /// A customer with its indexes (domain, logins, list row), its version kept. Refused when
    /// its tenant id, domain or a login is taken already.
    pub fn restore_customer(&mut self, customer: &Customer, us: PartnerId) -> Result<(), WriteError> {
        if self.customer(customer.tenant_id)?.is_some() {
            return Err(
                Refusal::on(Input::TenantId, BookMsg::TenantTwiceInExport { tenant: customer.tenant_id }).into()
            );
        }
        self.store_customer(None, customer, us)
    }

    pub fn restore_invitation(&mut self, inv: &Invitation) -> Result<(), WriteError> {
        self.insert_invitation(inv)
    }

    pub fn restore_offer_terms(&mut self, terms: &OfferTerms) -> Result<(), WriteError> {
        self.txn.open_table(OFFER_TERMS)?.insert(terms.invitation.0, encode(terms)?.as_slice())?;
        self.touched |= Kind::Invitations as u8;
        Ok(())
    }

    pub fn restore_offer_use(&mut self, record: &OfferUse) -> Result<(), WriteError> {
        self.insert_offer_use(record)
    }

    pub fn restore_admin_relationship(&mut self, rel: &AdminRelationship) -> Result<(), WriteError> {
        let stored: Option<AdminRelationship> = self.admin_relationship(rel.id)?;
        self.txn.open_table(ADMIN_RELATIONSHIPS)?.insert(rel.id.0, encode(rel)?.as_slice())?;
        self.index_relationship(stored.as_ref(), rel)?;
        self.touched |= Kind::Relationships as u8;
        self.refresh_row(rel.customer, rel.partner)
    }

    pub fn restore_access_assignment(&mut self, a: &AccessAssignment) -> Result<(), WriteError> {
        self.txn.open_table(ACCESS_ASSIGNMENTS)?.insert(a.id.0, encode(a)?.as_slice())?;
        self.touched |= Kind::Relationships as u8;
        Ok(())
    }

    /// An audit record as it was, at its own sequence number; the log must stay in order.
    pub fn restore_audit(&mut self, event: &AuditEvent) -> Result<(), WriteError> {
        let mut table = self.txn.open_table(AUDIT)?;
        if let Some((last, _)) = table.last()?
            && last.value() >= event.seq
        {
            return Err(anyhow::anyhow!("audit record {} is out of order (after {})", event.seq, last.value()).into());
        }
        table.insert(event.seq, encode(event)?.as_slice())?;
        self.next_audit = Some(event.seq + 1);
        self.touched |= Kind::Audit as u8;
        Ok(())
    }

    /// The log of the migrations that brought the exported book up to date, oldest first (a
    /// book never migrated has none).
    pub fn restore_migrations(&mut self, log: &[super::Migration]) -> Result<(), WriteError> {
        if !log.is_empty() {
            let record = super::codec::encode_record(&log.to_vec())?;
            self.txn.open_table(META)?.insert(super::schema::LOG, record.as_slice())?;
        }
        Ok(())
    }

    pub fn restore_catalogue(&mut self, offers: &[crate::domain::catalogue::CatalogueOffer]) -> Result<(), WriteError> {
        let mut table = self.txn.open_table(CATALOGUE)?;
        table.retain(|_, _| false)?;
        for offer in offers {
            table.insert(offer.id, encode(offer)?.as_slice())?;
        }
        Ok(())
    }
}

impl WriteTx<'_> {
    /// Remembers that the outside id `key` was brought in as `id`.
    pub fn put_external_id(&mut self, key: &str, id: &str) -> Result<(), WriteError> {
        self.txn.open_table(EXTERNAL_IDS)?.insert(key, id)?;
        Ok(())
    }
}

fn to_value<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_else(|e| serde_json::Value::String(format!("(not recorded: {e})")))
}
