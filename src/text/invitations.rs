//! Invitations: the request and accept forms, the email editor, the invitation view and
//! what the status line says after each step.

pub const READ_ONLY_REFUSAL: &str = "This is a read-only session: nothing can be changed here.";
pub const REQUEST_TITLE: &str = "Request a reseller relationship";
pub const REQUEST_PROSPECT_TITLE: &str = "Request a reseller relationship with a new customer";
pub const REQUEST_SUBMIT: &str = "draft the invitation";
pub const DAP_HINT: &str = "Also ask for delegated administration privileges.";
pub const RECIPIENT_PLACEHOLDER: &str = "the customer's Global admin";
pub const COMPANY_PLACEHOLDER: &str = "Công ty TNHH …";
pub const CONTACT_PLACEHOLDER: &str = "admin@customer.com";
pub const CONTACT_HINT: &str = "The tenant's Global admin; the invitation goes here.";
pub const DOMAIN_PLACEHOLDER: &str = "from the contact's email";
pub const DOMAIN_HINT: &str = "name.onmicrosoft.com; empty: from the contact's email";
pub const ACCEPT_TITLE: &str = "Accept the invitation";
pub const ACCEPT_SUBMIT: &str = "accept";
pub const INCLUDES_DAP: &str = "a reseller relationship, with delegated administration privileges";
pub const INCLUDES_RESELLER: &str = "a reseller relationship (no administration privileges)";
pub const REVOKE_DETAIL: &str = "The link stops working; the invitation stays in the list as revoked.";
pub const PURGE_DETAIL: &str = "They leave the list; their history stays in the audit log.";
pub const DECLINE_DETAIL: &str = "The partner sees that you declined; it can send a new invitation later.";
pub const NOTHING_TO_PURGE: &str = "Nothing to purge: no invitation is expired, declined or revoked.";
pub const CATALOGUE_EMPTY: &str =
    "The book has no catalogue of offers yet; it is made when the book is created or upgraded.";
pub const KEEP_EDITS: &str = "Keep your edits to the draft?";
pub const KEEP_EDITS_DETAIL: &str = "y saves the draft as it is now, n discards the edits, Esc goes back to editing.";
pub const DISCARD_EDITS: &str = "Discard your edits?";
pub const DISCARD_EDITS_DETAIL: &str =
    "The invitation was sent; edits are kept only when you mark it sent again (Ctrl-S).";
pub const COPIED: &str = "Copied the email to the clipboard. Paste it into your mail, send it, then press Ctrl-S.";
pub const OPENED_MAIL_APP: &str = "Opened the draft in your mail app. Send it there, then press Ctrl-S here.";
pub const MAIL_LINK_LABEL: &str = "✉ Open the draft in your mail app";
pub const MAIL_LINK_OVER_SSH: &str = "✉ Open the draft in your mail app — over SSH this is a link: click it (or copy the email with Ctrl-Y), send it, then press Ctrl-S.";
pub const NO_MAIL_APP: &str = "No mail app could be opened here; copy the email with Ctrl-Y, or save it with Ctrl-W";
pub const NO_DRAFTS_DIR: &str = "No folder for drafts is known on this machine; copy the email with Ctrl-Y instead.";
pub const EDITOR_TITLE: &str = "Invitation email";
pub const EDITOR_TO: &str = "To";
pub const EDITOR_SUBJECT: &str = "Subject";
pub const EDITOR_LINK: &str = "Link";
pub const LINK_INTACT: &str = "✓ the personalized link is in the email";
pub const LINK_MISSING: &str = "✗ the personalized link is missing or changed — Ctrl-L puts it back";

pub fn revoke_prompt(id: &str, customer: &str) -> String {
    format!("Revoke {id} for {customer}?")
}
pub fn purge_prompt(count: usize) -> String {
    format!("Purge {count} expired, declined and revoked invitation(s)?")
}
pub fn decline_prompt(id: &str) -> String {
    format!("Decline {id}?")
}
pub fn not_waiting(id: &str, status: &str) -> String {
    format!("{id} is {}; only a sent invitation can be accepted.", status.to_lowercase())
}
pub fn not_editable(id: &str, status: &str) -> String {
    format!("{id} is {}; only a draft or sent invitation has an email to edit.", status.to_lowercase())
}
pub fn mca_hint(company: &str) -> String {
    format!("{company} has not accepted it yet; accepting this invitation accepts it on its behalf.")
}
pub fn move_admin_hint(holder: &str, partner: &str) -> String {
    format!("{holder} holds them now; only one partner can. Tick to move them to {partner}.")
}
pub fn accept_where(portal: &str) -> String {
    format!("customers in your cloud accept in the {portal}")
}
pub fn drafted(id: &str, customer: &str) -> String {
    format!(
        "{id} drafted for {customer}. Edit the email, copy it (Ctrl-Y) or open it in your mail app (Ctrl-O), send it, then press Ctrl-S."
    )
}
pub fn marked_sent(id: &str, to: &str, days: i64) -> String {
    format!("{id} is sent to {to}; the link works for {days} more days.")
}
pub fn accepted(partner: &str, admin: bool, portal: &str) -> String {
    let with = if admin { " with delegated admin privileges" } else { "" };
    format!("Accepted: {partner} is now your reseller{with}. (In Microsoft's portals this is done in the {portal}.)")
}
pub fn draft_saved(id: &str) -> String {
    format!("{id}: draft saved.")
}
pub fn revoked(id: &str) -> String {
    format!("{id} revoked: its link no longer works.")
}
pub fn purged(count: usize) -> String {
    format!("Purged {count} invitation(s); the audit log keeps their history.")
}
pub fn declined(id: &str) -> String {
    format!("{id} declined.")
}
pub fn saved_eml(path: &str) -> String {
    format!("Saved the email as {path}; open it in your mail app, send it, then press Ctrl-S.")
}
pub fn eml_failed(path: &str, why: &str) -> String {
    format!("Could not save {path}: {why}. Copy the email with Ctrl-Y instead.")
}

// The confirmation dialog and the invitation view.

pub const CONFIRM_TITLE: &str = "Confirm";
pub const CONFIRM_YES: &str = "yes   ";
pub const CONFIRM_NO: &str = "n no";
pub const CONFIRM_NO_ESC: &str = "n / Esc no";

pub const INV_CREATED: &str = "Created";
pub const INV_SENT: &str = "Sent";
pub const INV_ANSWERED: &str = "Answered";
pub fn invitation_title(id: &str, kind: &str) -> String {
    format!("{id} — {kind}")
}
pub fn invitation_from(id: &str, partner: &str) -> String {
    format!("{id} from {partner}")
}
pub fn admin_asked(asked: bool) -> &'static str {
    if asked { "   admin privileges asked" } else { "   admin privileges not asked" }
}
pub fn at_by(at: &str, by: &str) -> String {
    format!("{at} by {by}")
}
pub fn created_by(at: &str, by: &str, days: i64) -> String {
    format!("{at} by {by} ({days} days ago)")
}

pub const NOUN_CUSTOMERS: &str = "customers";
pub const NOUN_INVITATIONS: &str = "invitations";
pub const NOUN_PARTNERS: &str = "partners";
pub const NOUN_USERS: &str = "users";
pub const NOUN_RELATIONSHIPS: &str = "admin relationships";
pub const NOUN_EVENTS: &str = "recent changes";

pub const AUTH_DIRECT: &str = "direct reseller";
pub const AUTH_INDIRECT: &str = "indirect reseller";
pub const AUTH_ADVISOR: &str = "advisor";
pub const AUTH_DAP_CERTIFIED: &str = "delegated-admin certified";
pub const PROFILE_REGION: &str = "Region";
pub const PROFILE_AUTHORIZED: &str = "Authorized";
pub const COL_POR_ON: &str = "Partner of record on";
pub fn subscriptions_count(n: usize) -> String {
    if n == 1 { "1 subscription".into() } else { format!("{n} subscriptions") }
}

pub const NO_ADMIN_HOLDER: &str = "No partner holds admin privileges.";
pub fn holds_admin_for(partner: &str, company: &str, since: &str) -> String {
    format!("{partner} holds admin privileges for {company} since {since}.")
}
pub fn holds_admin_since(partner: &str, since: &str, by: &str) -> String {
    format!("{partner} holds admin privileges since {since} (granted by {by})")
}
pub fn mca_accepted(by: &str, on: &str) -> String {
    format!("MCA accepted by {by} on {on}")
}
pub fn tenant_is(reason: &str) -> String {
    format!("This tenant is {reason}.")
}
pub const NO_POR: &str = "no partner of record";
pub fn por(id: &str, name: &str) -> String {
    format!("partner of record {id} {name}")
}
pub const NO_LICENCES: &str = "no licences";
pub fn licences(list: &str) -> String {
    format!("licences: {list}")
}
pub const SR_OPEN: &str = "open";
pub const SR_CLOSED: &str = "closed";
