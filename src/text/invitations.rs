//! Invitations: the request and accept forms, the email editor, the invitation view and
//! what the status line says after each step.

use crate::i18n::{Count, Phrase};
use crate::t;

pub const READ_ONLY_REFUSAL: Phrase = Phrase("read-only-refusal");
pub const REQUEST_TITLE: Phrase = Phrase("request-title");
pub const REQUEST_PROSPECT_TITLE: Phrase = Phrase("request-prospect-title");
pub const REQUEST_SUBMIT: Phrase = Phrase("request-submit");
pub const DAP_HINT: Phrase = Phrase("dap-hint");
pub const RECIPIENT_PLACEHOLDER: Phrase = Phrase("recipient-placeholder");
pub const COMPANY_PLACEHOLDER: Phrase = Phrase("company-placeholder");
pub const CONTACT_PLACEHOLDER: Phrase = Phrase("contact-placeholder");
pub const CONTACT_HINT: Phrase = Phrase("contact-hint");
pub const DOMAIN_PLACEHOLDER: Phrase = Phrase("domain-placeholder");
pub const DOMAIN_HINT: Phrase = Phrase("domain-hint");
pub const ACCEPT_TITLE: Phrase = Phrase("accept-title");
pub const ACCEPT_SUBMIT: Phrase = Phrase("accept-submit");
pub const INCLUDES_DAP: Phrase = Phrase("includes-dap");
pub const INCLUDES_RESELLER: Phrase = Phrase("includes-reseller");
pub const REVOKE_DETAIL: Phrase = Phrase("revoke-detail");
pub const PURGE_DETAIL: Phrase = Phrase("purge-detail");
pub const DECLINE_DETAIL: Phrase = Phrase("decline-detail");
pub const NOTHING_TO_PURGE: Phrase = Phrase("nothing-to-purge");
pub const CATALOGUE_EMPTY: Phrase = Phrase("catalogue-empty");
pub const KEEP_EDITS: Phrase = Phrase("keep-edits");
pub const KEEP_EDITS_DETAIL: Phrase = Phrase("keep-edits-detail");
pub const DISCARD_EDITS: Phrase = Phrase("discard-edits");
pub const DISCARD_EDITS_DETAIL: Phrase = Phrase("discard-edits-detail");
pub const COPIED: Phrase = Phrase("copied");
pub const OPENED_MAIL_APP: Phrase = Phrase("opened-mail-app");
pub const MAIL_LINK_LABEL: Phrase = Phrase("mail-link-label");
pub const MAIL_LINK_OVER_SSH: Phrase = Phrase("mail-link-over-ssh");
pub const NO_MAIL_APP: Phrase = Phrase("no-mail-app");
pub const NO_DRAFTS_DIR: Phrase = Phrase("no-drafts-dir");
pub const EDITOR_TITLE: Phrase = Phrase("editor-title");
pub const EDITOR_TO: Phrase = Phrase("editor-to");
pub const EDITOR_SUBJECT: Phrase = Phrase("editor-subject");
pub const EDITOR_LINK: Phrase = Phrase("editor-link");
pub const LINK_INTACT: Phrase = Phrase("link-intact");
pub const LINK_MISSING: Phrase = Phrase("link-missing");

pub fn revoke_prompt(id: &str, customer: &str) -> String {
    t!("revoke-prompt", id = id, customer = customer)
}
pub fn purge_prompt(count: usize) -> String {
    t!("purge-prompt", count = count)
}
pub fn decline_prompt(id: &str) -> String {
    t!("decline-prompt", id = id)
}
/// `status` as a sentence says it (`InvitationStatus::in_sentence`).
pub fn not_waiting(id: &str, status: &str) -> String {
    t!("not-waiting", id = id, status = status)
}
/// `status` as a sentence says it (`InvitationStatus::in_sentence`).
pub fn not_editable(id: &str, status: &str) -> String {
    t!("not-editable", id = id, status = status)
}
pub fn mca_hint(company: &str) -> String {
    t!("mca-hint", company = company)
}
pub fn move_admin_hint(holder: &str, partner: &str) -> String {
    t!("move-admin-hint", holder = holder, partner = partner)
}
pub fn accept_where(portal: &str) -> String {
    t!("accept-where", portal = portal_name(portal))
}
pub fn drafted(id: &str, customer: &str) -> String {
    t!("drafted", id = id, customer = customer)
}
pub fn marked_sent(id: &str, to: &str, days: i64) -> String {
    t!("marked-sent", id = id, to = to, days = days)
}
pub fn accepted(partner: &str, admin: bool, portal: &str) -> String {
    if admin {
        t!("accepted-with-admin", partner = partner, portal = portal_name(portal))
    } else {
        t!("accepted", partner = partner, portal = portal_name(portal))
    }
}
/// A Microsoft portal (`Cloud::acceptance_portal`, its English name) as Microsoft names it
/// in the reader's language.
pub fn portal_name(portal: &str) -> String {
    match portal {
        "Microsoft 365 admin center" => Phrase("portal-m365-admin-center").to_string(),
        "Microsoft Office admin portal" => Phrase("portal-office-admin-portal").to_string(),
        "21Vianet admin center" => Phrase("portal-21vianet-admin-center").to_string(),
        other => other.to_string(),
    }
}
pub const ANYONE_WITH_LINK: Phrase = Phrase("anyone-with-link");
/// Whom an invitation is for: the customer's name, or — for an offer open to anyone, which
/// stores the English placeholder (`offer::ANY_CUSTOMER`) — that in the reader's words.
pub fn addressee(customer_name: &str) -> String {
    if customer_name == crate::domain::offer::ANY_CUSTOMER {
        ANYONE_WITH_LINK.to_string()
    } else {
        customer_name.to_string()
    }
}
/// How long ago, in the list's narrow column: "3d".
pub fn age_days(days: i64) -> String {
    t!("age-days", days = days)
}
/// How long until a link stops working, in the list's narrow column: "in 89d".
pub fn expires_in_days(days: i64) -> String {
    t!("expires-in-days", days = days)
}
/// Where the partner is: "Vietnam (VN) · Public cloud".
pub fn region(country: &str, code: &str, cloud: &str) -> String {
    t!("region", country = country, code = code, cloud = cloud)
}
pub fn draft_saved(id: &str) -> String {
    t!("draft-saved", id = id)
}
pub fn revoked(id: &str) -> String {
    t!("revoked", id = id)
}
pub fn purged(count: usize) -> String {
    t!("purged", count = Count::from(count))
}
pub fn declined(id: &str) -> String {
    t!("declined", id = id)
}
pub fn saved_eml(path: &str) -> String {
    t!("saved-eml", path = path)
}
pub fn eml_failed(path: &str, why: &str) -> String {
    t!("eml-failed", path = path, why = why)
}

// The confirmation dialog and the invitation view.

pub const CONFIRM_TITLE: Phrase = Phrase("confirm-title");
pub const CONFIRM_YES: Phrase = Phrase("confirm-yes");
pub const CONFIRM_NO: Phrase = Phrase("confirm-no");
pub const CONFIRM_NO_ESC: Phrase = Phrase("confirm-no-esc");

pub const INV_CREATED: Phrase = Phrase("inv-created");
pub const INV_SENT: Phrase = Phrase("inv-sent");
pub const INV_ANSWERED: Phrase = Phrase("inv-answered");
pub fn invitation_title(id: &str, kind: &str) -> String {
    t!("invitation-title", id = id, kind = kind)
}
pub fn invitation_from(id: &str, partner: &str) -> String {
    t!("invitation-from", id = id, partner = partner)
}
pub fn admin_asked(asked: bool) -> Phrase {
    if asked { Phrase("admin-asked") } else { Phrase("admin-not-asked") }
}
pub fn at_by(at: &str, by: &str) -> String {
    t!("at-by", at = at, by = by)
}
pub fn created_by(at: &str, by: &str, days: i64) -> String {
    t!("created-by", at = at, by = by, days = days)
}

/// A list's count line ("3 of 12 customers"): the id of its message, which takes `shown` and
/// `total` (`screens::count_of`).
#[derive(Debug, Clone, Copy)]
pub struct Counted(pub &'static str);
pub const COUNT_CUSTOMERS: Counted = Counted("count-customers");
pub const COUNT_CUSTOMERS_LOADING: Counted = Counted("count-customers-loading");
pub const COUNT_INVITATIONS: Counted = Counted("count-invitations");
pub const COUNT_PARTNERS: Counted = Counted("count-partners");
pub const COUNT_USERS: Counted = Counted("count-users");
pub const COUNT_RELATIONSHIPS: Counted = Counted("count-relationships");
pub const COUNT_EVENTS: Counted = Counted("count-events");

pub const AUTH_DIRECT: Phrase = Phrase("auth-direct");
pub const AUTH_INDIRECT: Phrase = Phrase("auth-indirect");
pub const AUTH_ADVISOR: Phrase = Phrase("auth-advisor");
pub const AUTH_DAP_CERTIFIED: Phrase = Phrase("auth-dap-certified");
pub const PROFILE_REGION: Phrase = Phrase("profile-region");
pub const PROFILE_AUTHORIZED: Phrase = Phrase("profile-authorized");
pub const COL_POR_ON: Phrase = Phrase("col-por-on");
pub fn subscriptions_count(n: usize) -> String {
    t!("subscriptions-count", count = n)
}

pub const NO_ADMIN_HOLDER: Phrase = Phrase("no-admin-holder");
pub fn holds_admin_for(partner: &str, company: &str, since: &str) -> String {
    t!("holds-admin-for", partner = partner, company = company, since = since)
}
pub fn holds_admin_since(partner: &str, since: &str, by: &str) -> String {
    t!("holds-admin-since", partner = partner, since = since, by = by)
}
pub fn mca_accepted(by: &str, on: &str) -> String {
    t!("mca-accepted", by = by, on = on)
}
pub fn tenant_is(reason: crate::domain::customer::Ineligibility) -> Phrase {
    use crate::domain::customer::Ineligibility;
    match reason {
        Ineligibility::Syndication => Phrase("tenant-is-syndication"),
        Ineligibility::Cpc => Phrase("tenant-is-cpc"),
    }
}
pub const NO_POR: Phrase = Phrase("no-por");
pub fn por(id: &str, name: &str) -> String {
    t!("por", id = id, name = name)
}
pub const NO_LICENCES: Phrase = Phrase("no-licences");
pub fn licences(list: &str) -> String {
    t!("licences", list = list)
}
pub const SR_OPEN: Phrase = Phrase("sr-open");
pub const SR_CLOSED: Phrase = Phrase("sr-closed");
/// The request form's first choice of email language, for a prospect: its country's.
pub const EMAIL_LANGUAGE_BY_COUNTRY: Phrase = Phrase("email-language-by-country");
/// The request form's first choice of email language, for a customer: "Tiếng Việt (its country's)".
pub fn email_language_of_country(language: &str) -> String {
    t!("email-language-of-country", language = language)
}
