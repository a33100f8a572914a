//! Applying imported items to the book: each is matched to what the book has and added,
//! updated or left as it is, with an audit record of the fields that changed. Items are
//! checked against the book before anything of theirs is written, so a refused item leaves no
//! trace in the transaction it shares with the others.

use super::{Options, Refused, Summary};
use crate::domain::Timestamp;
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::country::{Cloud, CountryCode};
use crate::domain::customer::{
    Customer, CustomerUser, Ineligibility, RelationshipKind, Subscription, SubscriptionStatus,
};
use crate::domain::ids::{AdminRelationshipId, Domain, PartnerId, SubscriptionId, TenantId};
use crate::domain::org::{Address, PartnerOrganization};
use crate::store::{Book, Reads, Stamp, WriteError, WriteTx};
use crate::t;
use anyhow::Result;
use std::collections::HashMap;

/// Items per write transaction: big enough to be quick, small enough that progress moves.
const CHUNK: usize = 1_000;

/// A customer as the file describes it.
#[derive(Debug, Clone)]
pub struct CustomerFacts {
    pub tenant_id: TenantId,
    pub company: String,
    pub domain: Domain,
    /// `None`: the file does not say (a new customer then takes the partner's country).
    pub country: Option<CountryCode>,
    pub cloud: Option<Cloud>,
    pub address: Option<Address>,
    pub relationship: Option<RelationshipKind>,
    pub ineligible: Option<Ineligibility>,
    pub admin: Option<CustomerUser>,
}

/// Which customer a subscription belongs to, as the file or `--customer` names it.
#[derive(Debug, Clone)]
pub enum CustomerRef {
    Tenant(TenantId),
    Domain(String),
}

#[derive(Debug, Clone)]
pub struct SubscriptionFacts {
    pub customer: CustomerRef,
    /// Partner Center's subscription id.
    pub external_id: String,
    pub offer: String,
    pub quantity: u32,
    pub status: SubscriptionStatus,
    pub created_at: Option<Timestamp>,
    pub partner_of_record: Option<PartnerId>,
}

#[derive(Debug, Clone)]
pub struct RelationshipFacts {
    /// Microsoft Graph's relationship id.
    pub external_id: String,
    pub customer: TenantId,
    pub customer_name: Option<String>,
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub duration_days: u32,
    pub auto_extend: bool,
    pub status: AdminRelationshipStatus,
    pub created_at: Option<Timestamp>,
    pub activated_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
}

#[derive(Debug, Clone)]
pub enum Item {
    Customer(CustomerFacts),
    Subscription(SubscriptionFacts),
    Relationship(RelationshipFacts),
    /// Valid in form, but not usable: refused with this reason.
    Refused(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Updated,
    Unchanged,
    Refused(String),
}

/// Applies `items` (file, position, item) in chunks, or all in one thrown-away transaction for
/// a dry run, then audits the import as a whole.
pub fn run(
    book: &Book,
    stamp: &Stamp,
    org: &PartnerOrganization,
    items: Vec<(String, String, Item)>,
    options: &Options,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let total = items.len() as u64;
    let mut summary = Summary { dry_run: options.dry_run, ..Summary::default() };
    let mut names = None;
    let mut apply_chunk = |tx: &mut WriteTx, chunk: &[(String, String, Item)], summary: &mut Summary| {
        let names = match &mut names {
            Some(n) => n,
            None => names.insert(relationship_names(tx)?),
        };
        for (file, at, item) in chunk {
            let outcome = apply(tx, org, item, options.now, names)?;
            summary.count(&outcome);
            if let Outcome::Refused(reason) = outcome {
                summary.refused.push(Refused { file: file.clone(), at: at.clone(), reason });
            }
        }
        Ok::<_, WriteError>(())
    };
    progress(0, total);
    if options.dry_run {
        book.rehearse(stamp, |tx| apply_chunk(tx, &items, &mut summary))?;
        progress(total, total);
        return Ok(summary);
    }
    let mut done = 0;
    for chunk in items.chunks(CHUNK) {
        let mut part = Summary::default();
        book.write(stamp, |tx| {
            part = Summary::default();
            apply_chunk(tx, chunk, &mut part)
        })?;
        summary.added += part.added;
        summary.updated += part.updated;
        summary.unchanged += part.unchanged;
        summary.refused.extend(part.refused);
        done += chunk.len() as u64;
        progress(done, total);
    }
    let files: Vec<&str> = {
        let mut f: Vec<&str> = items.iter().map(|(file, ..)| file.as_str()).collect();
        f.dedup();
        f
    };
    book.write(stamp, |tx| {
        let record = serde_json::json!({
            "format": options.format.name(),
            "added": summary.added,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "refused": summary.refused.len(),
        });
        tx.audit("import.finished", &files.join(", "), None::<&()>, Some(&record))
    })?;
    Ok(summary)
}

fn apply(
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    item: &Item,
    now: Timestamp,
    names: &mut HashMap<String, AdminRelationshipId>,
) -> Result<Outcome, WriteError> {
    match item {
        Item::Customer(facts) => customer(tx, org, facts, now),
        Item::Subscription(facts) => subscription(tx, org, facts, now),
        Item::Relationship(facts) => relationship(tx, org, facts, now, names),
        Item::Refused(reason) => Ok(Outcome::Refused(reason.clone())),
    }
}

fn customer(
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    f: &CustomerFacts,
    now: Timestamp,
) -> Result<Outcome, WriteError> {
    let before = tx.customer(f.tenant_id)?;
    if let Some(owner) = tx.customer_by_domain(f.domain.as_str())?
        && owner.tenant_id != f.tenant_id
    {
        return Ok(Outcome::Refused(t!(
            "import-domain-taken",
            domain = f.domain.to_string(),
            company = owner.company_name.as_str(),
            tenant = owner.tenant_id.to_string()
        )));
    }
    if let Some(admin) = &f.admin
        && let Some(tenant) = tx.customer_login(&admin.email)?
        && tenant != f.tenant_id
    {
        return Ok(Outcome::Refused(t!("import-login-taken", email = admin.email.to_string())));
    }
    let mut after = match &before {
        Some(c) => c.clone(),
        None => Customer::new_tenant(
            f.tenant_id,
            f.company.clone(),
            f.domain.clone(),
            f.country.unwrap_or(org.country),
            f.cloud.unwrap_or(org.cloud),
            None,
        ),
    };
    after.company_name = f.company.clone();
    after.primary_domain = f.domain.clone();
    if let Some(country) = f.country {
        after.country = country;
    }
    if let Some(cloud) = f.cloud {
        after.cloud = cloud;
    }
    if let Some(address) = &f.address {
        after.address = address.clone();
    }
    if let Some(kind) = f.relationship
        && !after.relationships_with(org.partner_id).any(|k| k == kind)
    {
        after.relationships.push(crate::domain::customer::PartnerRelationship {
            partner: org.partner_id,
            kind,
            since: now,
        });
    }
    if f.ineligible.is_some() {
        after.ineligible = f.ineligible;
    }
    if let Some(admin) = f.admin.clone()
        && after.user(&admin.email).is_none()
    {
        after.users.push(admin);
    }
    let target = after.primary_domain.to_string();
    match before {
        None => {
            let stored = tx.insert_customer(&after, org.partner_id)?;
            tx.audit("customer.imported", &target, None::<&Customer>, Some(&stored))?;
            Ok(Outcome::Added)
        }
        Some(before) if before == after => Ok(Outcome::Unchanged),
        Some(before) => {
            let stored = tx.update_customer(&after, org.partner_id)?;
            tx.audit("customer.import_updated", &target, Some(&before), Some(&stored))?;
            Ok(Outcome::Updated)
        }
    }
}

fn subscription(
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    f: &SubscriptionFacts,
    now: Timestamp,
) -> Result<Outcome, WriteError> {
    let found = match &f.customer {
        CustomerRef::Tenant(t) => tx.customer(*t)?,
        CustomerRef::Domain(d) => tx.customer_by_domain(d)?,
    };
    let Some(before) = found else {
        let named = match &f.customer {
            CustomerRef::Tenant(t) => t.to_string(),
            CustomerRef::Domain(d) => d.clone(),
        };
        return Ok(Outcome::Refused(t!("import-customer-missing", customer = named)));
    };
    if let Some(p) = f.partner_of_record
        && p != org.partner_id
        && tx.directory_partner(p)?.is_none()
    {
        return Ok(Outcome::Refused(t!("import-partner-unknown", partner = p.to_string())));
    }
    let key = format!("pc-subscription:{}", f.external_id.to_ascii_lowercase());
    let known = tx.external_id(&key)?.and_then(|id| SubscriptionId::parse(&id));
    let mut after = before.clone();
    let existing = known.and_then(|id| after.subscriptions.iter_mut().find(|s| s.id == id));
    let (outcome, target) = match (existing, known) {
        (Some(sub), _) => match update_subscription(sub, f) {
            Some(refused) => return Ok(refused),
            None => (Outcome::Updated, sub.id),
        },
        (None, Some(id)) => {
            return Ok(Outcome::Refused(t!(
                "import-subscription-gone",
                external = f.external_id.as_str(),
                id = id.to_string(),
                company = before.company_name.as_str()
            )));
        }
        (None, None) => (Outcome::Added, new_subscription(tx, &mut after, f, &key, now)?),
    };
    if after == before {
        return Ok(Outcome::Unchanged);
    }
    let stored = tx.update_customer(&after, org.partner_id)?;
    let action = if outcome == Outcome::Added { "subscription.imported" } else { "subscription.import_updated" };
    let find = |c: &Customer| c.subscriptions.iter().find(|s| s.id == target).cloned();
    let old = find(&before);
    if let Some(new) = find(&stored) {
        tx.audit(action, &target.to_string(), old.as_ref(), Some(&new))?;
    }
    Ok(outcome)
}

/// The file's values for a subscription imported before; refused (`Some`) when its licence
/// count is below the licences assigned to users.
fn update_subscription(sub: &mut Subscription, f: &SubscriptionFacts) -> Option<Outcome> {
    if f.quantity < sub.assigned {
        return Some(Outcome::Refused(t!(
            "import-licences-assigned",
            id = sub.id.to_string(),
            assigned = sub.assigned,
            quantity = f.quantity
        )));
    }
    sub.offer = f.offer.clone();
    sub.quantity = f.quantity;
    sub.status = f.status;
    sub.partner_of_record = f.partner_of_record;
    None
}

/// Adds the file's subscription to `customer` with the services its offer brings, and
/// remembers its Partner Center id (`key`) so a second import updates it.
fn new_subscription(
    tx: &mut WriteTx,
    customer: &mut Customer,
    f: &SubscriptionFacts,
    key: &str,
    now: Timestamp,
) -> Result<SubscriptionId, WriteError> {
    let id = SubscriptionId(tx.next_id("subscription")?);
    let catalogue = tx.catalogue()?;
    let services = crate::domain::catalogue::CatalogueOffer::find(&catalogue, &f.offer)
        .map(|o| o.services.clone())
        .unwrap_or_default();
    let sub = Subscription {
        id,
        offer: f.offer.clone(),
        quantity: f.quantity,
        assigned: 0,
        status: f.status,
        partner_of_record: f.partner_of_record,
        created_at: f.created_at.unwrap_or(now),
    };
    customer.add_subscription(sub, &services);
    tx.put_external_id(key, &id.to_string())?;
    Ok(id)
}

/// The names of the book's granular admin relationships (lower case), which are unique.
fn relationship_names(tx: &WriteTx) -> Result<HashMap<String, AdminRelationshipId>, WriteError> {
    Ok(tx.admin_relationships()?.into_iter().map(|r| (r.name.to_lowercase(), r.id)).collect())
}

fn relationship(
    tx: &mut WriteTx,
    org: &PartnerOrganization,
    f: &RelationshipFacts,
    now: Timestamp,
    names: &mut HashMap<String, AdminRelationshipId>,
) -> Result<Outcome, WriteError> {
    let Some(customer) = tx.customer(f.customer)? else {
        return Ok(Outcome::Refused(t!("import-tenant-missing", tenant = f.customer.to_string())));
    };
    let key = format!("gdap:{}", f.external_id);
    let known = tx.external_id(&key)?.and_then(|id| AdminRelationshipId::parse(&id));
    let before = known.map(|id| tx.admin_relationship(id)).transpose()?.flatten();
    if let Some(other) = names.get(&f.name.to_lowercase())
        && Some(*other) != before.as_ref().map(|b| b.id)
    {
        return Ok(Outcome::Refused(t!("import-name-taken", name = f.name.as_str(), other = other.to_string())));
    }
    let id = match &before {
        Some(b) => b.id,
        None => AdminRelationshipId(tx.next_id("admin_relationship")?),
    };
    let after = AdminRelationship {
        id,
        partner: org.partner_id,
        customer: f.customer,
        customer_name: f.customer_name.clone().unwrap_or_else(|| customer.company_name.clone()),
        name: f.name.clone(),
        roles: f.roles.clone(),
        duration_days: f.duration_days,
        auto_extend: f.auto_extend,
        status: f.status,
        created_at: f.created_at.or(before.as_ref().map(|b| b.created_at)).unwrap_or(now),
        activated_at: f.activated_at,
        ends_at: f.ends_at,
        version: before.as_ref().map_or(0, |b| b.version),
    };
    if before.as_ref() == Some(&after) {
        return Ok(Outcome::Unchanged);
    }
    let stored = tx.put_admin_relationship(&after, before.is_none())?;
    if let Some(b) = &before {
        names.remove(&b.name.to_lowercase());
    }
    names.insert(stored.name.to_lowercase(), stored.id);
    tx.put_external_id(&key, &stored.id.to_string())?;
    let action = if before.is_some() { "admin_relationship.import_updated" } else { "admin_relationship.imported" };
    tx.audit(action, &stored.id.to_string(), before.as_ref(), Some(&stored))?;
    Ok(if before.is_some() { Outcome::Updated } else { Outcome::Added })
}
