//! The company profile, the partner directory, partners of record, and the customer ending an
//! advisor relationship.

use super::{OpContext, organization};
use crate::domain::Input;
use crate::domain::Refusal;
use crate::domain::customer::Customer;
use crate::domain::ids::{PartnerId, SubscriptionId, TenantId};
use crate::domain::msg::{BookMsg, PartnerMsg};
use crate::domain::org::{DirectoryPartner, PartnerOrganization};
use crate::domain::partners::{self as rules, DirectoryInput, ProfileInput};
use crate::domain::permission::{Actor, Operation};
use crate::i18n::Locale;
use crate::i18n::zone::Zone;
use crate::store::{Book, Reads, WriteError};

pub fn edit_profile(
    book: &Book,
    ctx: &OpContext,
    version: u64,
    input: &ProfileInput,
) -> Result<PartnerOrganization, WriteError> {
    book.operate(ctx, Operation::EditCompanyProfile, |tx, actor| {
        let before = organization(tx)?;
        let mut read = before.clone();
        read.version = version;
        let changed = rules::edit_profile(actor, &read, input, tx.customer_count()? > 0)?;
        let after = tx.put_org(&changed)?;
        tx.audit("organization.edited", &after.name, Some(&before), Some(&after))?;
        Ok(after)
    })
}

/// A partner user keeps `language` as their own: each session they open over SSH speaks it.
/// Nothing is written when it is theirs already, nor for a customer's user (whose language
/// stays with the session).
pub fn set_own_language(book: &Book, ctx: &OpContext, language: Locale) -> Result<(), WriteError> {
    book.operate_on_self(ctx, |tx, actor| {
        let Actor::Partner(user) = actor else { return Ok(()) };
        let before = tx.operator_language(&user.email)?;
        if before == Some(language) {
            return Ok(());
        }
        tx.put_operator_language(&user.email, language)?;
        let said = |l: Locale| serde_json::json!({ "language": l.tag() });
        tx.audit("operator.language", user.email.as_str(), before.map(said).as_ref(), Some(&said(language)))
    })
}

/// A partner user keeps `zone` as their own: every session of theirs shows times in it. As for
/// the language, nothing is written when it is theirs already, nor for a customer's user.
pub fn set_own_zone(book: &Book, ctx: &OpContext, zone: &Zone) -> Result<(), WriteError> {
    book.operate_on_self(ctx, |tx, actor| {
        let Actor::Partner(user) = actor else { return Ok(()) };
        let before = tx.operator_zone(&user.email)?;
        if before.as_ref() == Some(zone) {
            return Ok(());
        }
        tx.put_operator_zone(&user.email, zone)?;
        let said = |z: &Zone| serde_json::json!({ "time_zone": z.name() });
        tx.audit("operator.time_zone", user.email.as_str(), before.as_ref().map(said).as_ref(), Some(&said(zone)))
    })
}

pub fn save_directory_partner(
    book: &Book,
    ctx: &OpContext,
    input: &DirectoryInput,
    editing: Option<PartnerId>,
) -> Result<DirectoryPartner, WriteError> {
    let tenant = TenantId(
        uuid::Builder::from_random_bytes(fastrand::Rng::with_seed(ctx.seed).u128(..).to_le_bytes()).into_uuid(),
    );
    book.operate(ctx, Operation::ManageDirectory, |tx, actor| {
        let org = organization(tx)?;
        let directory = tx.directory()?;
        let before = editing.and_then(|id| directory.iter().find(|p| p.partner_id == id).cloned());
        let partner = rules::directory_partner(actor, &org, &directory, input, before.as_ref(), tenant)?;
        let contact = crate::domain::partner_contact::contact(&input.contact)?;
        match &before {
            Some(old) if old.partner_id != partner.partner_id => {
                return Err(Refusal::on(Input::PartnerId, PartnerMsg::IdCannotChange).into());
            }
            _ => {}
        }
        let stored = tx.put_directory_partner(&partner, before.is_none())?;
        let action = if before.is_some() { "directory.edited" } else { "directory.added" };
        tx.audit(action, &stored.partner_id.to_string(), before.as_ref(), Some(&stored))?;
        let old_contact = tx.partner_contact(stored.partner_id)?.unwrap_or_default();
        if old_contact != contact {
            tx.put_partner_contact(stored.partner_id, &contact)?;
            tx.audit("directory.contact", &stored.partner_id.to_string(), Some(&old_contact), Some(&contact))?;
        }
        Ok(stored)
    })
}

/// Rule 10 from the customer's side: "Check ID" runs first, then the change is saved and
/// audited with before → after. An empty id clears the partner of record.
pub fn set_partner_of_record(
    book: &Book,
    ctx: &OpContext,
    tenant: TenantId,
    subscription: SubscriptionId,
    partner_id: &str,
) -> Result<Customer, WriteError> {
    book.operate(ctx, Operation::SetPartnerOfRecord, |tx, actor| {
        let org = organization(tx)?;
        let before = tx.customer(tenant)?.ok_or_else(|| Refusal::new(BookMsg::CustomerGone))?;
        let checked = if partner_id.trim().is_empty() {
            None
        } else {
            Some(rules::check_partner_of_record(partner_id, &org, &tx.directory()?, &before)?)
        };
        let changed = rules::set_partner_of_record(actor, &before, subscription, checked.as_ref())?;
        let after = tx.update_customer(&changed, org.partner_id)?;
        let por =
            |c: &Customer| c.subscriptions.iter().find(|s| s.id == subscription).and_then(|s| s.partner_of_record);
        let action = if checked.is_some() {
            "subscription.partner_of_record_set"
        } else {
            "subscription.partner_of_record_cleared"
        };
        tx.audit(action, &subscription.to_string(), Some(&por(&before)), Some(&por(&after)))?;
        Ok(after)
    })
}

pub fn remove_advisor(
    book: &Book,
    ctx: &OpContext,
    tenant: TenantId,
    partner: PartnerId,
) -> Result<Customer, WriteError> {
    book.operate(ctx, Operation::ManageCustomerAdminPrivileges, |tx, actor| {
        let org = organization(tx)?;
        let before = tx.customer(tenant)?.ok_or_else(|| Refusal::new(BookMsg::CustomerGone))?;
        let changed = rules::remove_advisor(actor, &before, partner)?;
        let after = tx.update_customer(&changed, org.partner_id)?;
        tx.audit(
            "customer.advisor_removed",
            after.primary_domain.as_str(),
            Some(&before.relationships),
            Some(&after.relationships),
        )?;
        Ok(after)
    })
}
