//! Customers from the partner's side: add, edit, support contacts (also in bulk), service
//! requests, product keys, and removing the reseller relationship.

use super::{OpContext, organization};
use crate::domain::customer::{Customer, Severity};
use crate::domain::customer_changes::{self as rules, Details, NewCustomer};
use crate::domain::ids::{Email, ServiceRequestId, SubscriptionId, TenantId};
use crate::domain::invitation::{Invitation, InvitationKind};
use crate::domain::link::LinkHosts;
use crate::domain::msg::BookMsg;
use crate::domain::permission::{Actor, Operation};
use crate::domain::{Input, Refusal};
use crate::store::{Book, Reads, WriteError, WriteTx};

pub(super) fn load(tx: &WriteTx, id: TenantId) -> Result<Customer, WriteError> {
    tx.customer(id)?.ok_or_else(|| Refusal::new(BookMsg::CustomerGone).into())
}

/// Runs `change` on one customer under `op`'s permission (given the actor as the book knows them
/// now), saves it and audits it as `action`.
pub(super) fn change_one(
    book: &Book,
    ctx: &OpContext,
    op: Operation,
    action: &str,
    id: TenantId,
    change: impl FnOnce(&mut WriteTx, &Actor, &Customer) -> Result<Customer, WriteError>,
) -> Result<Customer, WriteError> {
    book.operate(ctx, op, |tx, actor| {
        let org = organization(tx)?;
        let before = load(tx, id)?;
        let changed = change(tx, actor, &before)?;
        let after = tx.update_customer(&changed, org.partner_id)?;
        tx.audit(action, after.primary_domain.as_str(), Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn add(book: &Book, ctx: &OpContext, input: &NewCustomer) -> Result<Customer, WriteError> {
    let tenant = TenantId(
        uuid::Builder::from_random_bytes(fastrand::Rng::with_seed(ctx.seed).u128(..).to_le_bytes()).into_uuid(),
    );
    book.operate(ctx, Operation::AddCustomer, |tx, _| {
        let org = organization(tx)?;
        let customer = rules::new_customer(input, tenant, &org, ctx.stamp.at)?;
        let stored = tx.insert_customer(&customer, org.partner_id)?;
        tx.audit("customer.added", stored.primary_domain.as_str(), None::<&()>, Some(&stored))?;
        Ok(stored)
    })
}

pub fn edit_details(
    book: &Book,
    ctx: &OpContext,
    id: TenantId,
    version: u64,
    details: &Details,
) -> Result<Customer, WriteError> {
    change_one(book, ctx, Operation::EditCustomer, "customer.edited", id, |_, _, before| {
        let mut read = before.clone();
        read.version = version;
        Ok(rules::edit_details(&read, details)?)
    })
}

pub fn open_service_request(
    book: &Book,
    ctx: &OpContext,
    id: TenantId,
    title: &str,
    description: &str,
    severity: Severity,
) -> Result<Customer, WriteError> {
    change_one(book, ctx, Operation::OpenServiceRequest, "customer.service_request_opened", id, |tx, _, before| {
        let sr = ServiceRequestId(tx.next_id("service_request")?);
        let by = Email(ctx.actor.email().to_string());
        Ok(rules::open_service_request(before, title, description, severity, sr, &by, ctx.stamp.at)?)
    })
}

/// What the operator gives to set up a subscription with a product key: the offer by catalogue id.
#[derive(Debug, Clone, Default)]
pub struct KeyRequest {
    pub key: String,
    pub offer: u32,
    pub quantity: String,
    pub partner_of_record: bool,
    pub record_mca: bool,
}

/// Rule 13: sets up the subscription a product key names. With `offer_admin` (the links'
/// hosts) it also "offers delegated administration at the same time" (seed 001): a
/// delegated-admin offer for the customer, a draft in Invitations to send. One transaction: a
/// refused offer leaves no subscription behind, and its refusal points at that option.
pub fn add_subscription(
    book: &Book,
    ctx: &OpContext,
    id: TenantId,
    req: &KeyRequest,
    offer_admin: Option<&LinkHosts>,
) -> Result<(Customer, Option<Invitation>), WriteError> {
    let mut rng = fastrand::Rng::with_seed(ctx.seed);
    let mut offered = None;
    let after =
        change_one(book, ctx, Operation::AddSubscription, "customer.subscription_added", id, |tx, actor, before| {
            let org = organization(tx)?;
            let catalogue = tx.catalogue()?;
            let sub = SubscriptionId(tx.next_id("subscription")?);
            let input = rules::KeyedSubscription {
                key: &req.key,
                offer: catalogue.iter().find(|o| o.id == req.offer),
                quantity: &req.quantity,
                make_partner_of_record: req.partner_of_record,
                record_mca: req.record_mca,
            };
            let (after, _key) = rules::add_subscription_with_key(before, &org, &input, sub, ctx.stamp.at)?;
            if let Some(hosts) = offer_admin {
                let offer = super::offers::Request {
                    kind: InvitationKind::DelegatedAdminOffer,
                    lines: vec![],
                    include_admin: true,
                    customer: Some(id),
                    recipient: String::new(),
                };
                let made =
                    super::offers::make(tx, actor, offer, hosts, &mut rng, ctx.stamp.at).map_err(|e| match e {
                        WriteError::Refused(r) => {
                            WriteError::Refused(Refusal { input: Some(Input::DelegatedAdmin), msg: r.msg })
                        }
                        other => other,
                    })?;
                offered = Some(made.0);
            }
            Ok(after)
        })?;
    Ok((after, offered))
}

pub fn remove_reseller(book: &Book, ctx: &OpContext, id: TenantId) -> Result<Customer, WriteError> {
    change_one(book, ctx, Operation::RemoveReseller, "customer.reseller_removed", id, |tx, _, before| {
        let org = organization(tx)?;
        let users = tx.partner_users()?;
        Ok(rules::remove_reseller(before, org.partner_id, &users)?)
    })
}

/// Removes the reseller relationship in one confirmed step from its refusal: the active and
/// trial subscriptions are suspended and the relationship removed in the same transaction, one
/// audit record before → after.
pub fn suspend_and_remove_reseller(book: &Book, ctx: &OpContext, id: TenantId) -> Result<Customer, WriteError> {
    change_one(book, ctx, Operation::RemoveReseller, "customer.reseller_removed", id, |tx, _, before| {
        let org = organization(tx)?;
        let users = tx.partner_users()?;
        Ok(rules::suspend_and_remove_reseller(before, org.partner_id, &users)?.0)
    })
}

/// What a bulk action did: how many succeeded, and each refusal with its customer; for support
/// contacts, what changed — so that no contact leaves a list unsaid.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct BulkOutcome {
    pub done: usize,
    pub refused: Vec<(String, String)>,
    /// Customers whose support contacts changed.
    pub changed: usize,
    /// Contacts added, counted once per customer.
    pub added: usize,
    /// Each contact removed, with how many customers' lists it left.
    pub removed: std::collections::BTreeMap<Email, usize>,
}

impl BulkOutcome {
    /// Adds what one customer's support-contact change did.
    fn count(&mut self, change: &rules::ContactsChange) {
        self.changed += usize::from(!change.added.is_empty() || !change.removed.is_empty());
        self.added += change.added.len();
        for email in &change.removed {
            *self.removed.entry(email.clone()).or_default() += 1;
        }
    }

    /// Adds what another chunk of the same bulk action did.
    pub fn merge(&mut self, other: BulkOutcome) {
        self.done += other.done;
        self.refused.extend(other.refused);
        self.changed += other.changed;
        self.added += other.added;
        for (email, n) in other.removed {
            *self.removed.entry(email).or_default() += n;
        }
    }
}

/// Adds, removes or replaces (`mode`) the support contacts of every customer in `ids`, in one
/// transaction: a customer whose change is refused is listed with the reason, and the others are
/// changed.
pub fn set_support_contacts(
    book: &Book,
    ctx: &OpContext,
    ids: &[TenantId],
    contacts: &[Email],
    mode: rules::ContactsMode,
) -> Result<BulkOutcome, WriteError> {
    book.operate(ctx, Operation::AssignSupportContact, |tx, _| {
        let org = organization(tx)?;
        let users = tx.partner_users()?;
        let mut outcome = BulkOutcome::default();
        for id in ids {
            let Some(before) = tx.customer(*id)? else {
                outcome.refused.push((id.to_string(), Refusal::new(BookMsg::CustomerGone).msg.to_string()));
                continue;
            };
            match rules::set_support_contacts(&before, contacts, mode, &users) {
                Ok(change) => {
                    outcome.count(&change);
                    let after = tx.replace_customer(&before, change.customer, org.partner_id)?;
                    tx.audit(
                        "customer.support_contacts_set",
                        after.primary_domain.as_str(),
                        Some(&before.support_contacts),
                        Some(&after.support_contacts),
                    )?;
                    outcome.done += 1;
                }
                Err(refusal) => outcome.refused.push((before.company_name.clone(), refusal.msg.to_string())),
            }
        }
        Ok(outcome)
    })
}
