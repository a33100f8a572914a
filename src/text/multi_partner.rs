//! More than one partner with one customer (seed 000's note, seed 004): accepting a reseller
//! relationship while admin privileges stay with another partner, asking a reseller customer to
//! restore them, and the summary of what a grant gives to whom before it is confirmed.

use crate::domain::grant::{GrantLength, GrantSummary, GrantedRoles};
use crate::domain::ids::PartnerId;
use crate::domain::invitation::Invitation;
use crate::i18n::Phrase;
use crate::t;

pub const KEY_RESTORE_ADMIN: Phrase = Phrase("admin-key-restore-admin");
pub const RESTORE_ADMIN_TITLE: Phrase = Phrase("admin-restore-title");
pub const RESTORE_ADMIN_SUBMIT: Phrase = Phrase("admin-restore-submit");
pub const INCLUDES_RESTORE_ADMIN: Phrase = Phrase("admin-includes-restore");
pub const KIND_RESTORE_ADMIN_SHORT: Phrase = Phrase("admin-kind-restore-short");

/// Whom the restore request is for, and why it may be asked.
pub fn restore_admin_hint(holder: Option<&str>) -> String {
    match holder {
        Some(holder) => t!("admin-restore-hint-holder", holder = holder),
        None => t!("admin-restore-hint-none"),
    }
}

/// The accept form's choice when another partner holds admin privileges: tick to move them,
/// leave it clear to keep them there (then they are not granted).
pub fn move_or_keep_admin_hint(holder: &str, partner: &str, restore: bool) -> String {
    if restore {
        super::move_admin_hint(holder, partner)
    } else {
        t!("admin-move-or-keep-hint", holder = holder, partner = partner)
    }
}

/// What the invitation asked of admin privileges and what became of it, on its page.
pub fn invitation_admin(inv: &Invitation) -> Phrase {
    match (inv.restores_admin, inv.admin_not_granted, inv.include_admin) {
        (_, true, _) => Phrase("admin-not-granted"),
        (true, false, _) => Phrase("admin-restore-asked"),
        (false, false, asked) => super::admin_asked(asked),
    }
}

/// What the customer is told once it accepted.
pub fn accepted_answer(partner: &str, admin: bool, not_granted: bool, restore: bool, portal: &str) -> String {
    match (restore && admin, not_granted) {
        (true, _) => t!("admin-accepted-restored", partner = partner, portal = super::portal_name(portal)),
        (false, true) => t!("admin-accepted-not-granted", partner = partner, portal = super::portal_name(portal)),
        (false, false) => super::accepted(partner, admin, portal),
    }
}

pub fn cli_admin_not_granted(partner: &str) -> String {
    t!("admin-cli-not-granted", partner = partner)
}

/// What a grant gives, to whom and for how long, as one paragraph under the question; `name`
/// names a partner as the screen does.
pub fn grant_summary(s: &GrantSummary, name: impl Fn(PartnerId) -> String) -> String {
    let roles = match &s.roles {
        GrantedRoles::Everything => Phrase("admin-grant-everything").to_string(),
        GrantedRoles::Roles(roles) => crate::i18n::list(&roles.iter().map(|r| r.name()).collect::<Vec<_>>()),
    };
    let (length, days) = match s.length {
        GrantLength::UntilRemoved => ("removed", 0),
        GrantLength::Days { days, auto_extend: true } => ("extending", days),
        GrantLength::Days { days, auto_extend: false } => ("days", days),
    };
    let mut summary = t!("admin-grant-summary", partner = name(s.to), roles = roles, length = length, days = days);
    if let Some(holder) = s.taken_from {
        summary.push(' ');
        summary.push_str(&t!("admin-grant-taken-from", holder = name(holder)));
    }
    if let Some(reseller) = s.support_stays_with {
        summary.push(' ');
        summary.push_str(&t!("admin-grant-support", reseller = name(reseller)));
    }
    summary
}

pub fn move_admin_prompt(company: &str, partner: &str) -> String {
    t!("admin-move-prompt", company = company, partner = partner)
}

pub fn approve_prompt(id: &str, name: &str) -> String {
    t!("admin-approve-prompt", id = id, name = name)
}
