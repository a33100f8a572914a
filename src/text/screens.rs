//! The frame of every screen: tabs, empty states, column headings, panels, the customer
//! record's sections and the key help.

use super::Counted;
use crate::i18n::{Count, Phrase};
use crate::t;

pub const APP_NAME: &str = "partnerdesk";

pub const TAB_CUSTOMERS: Phrase = Phrase("tab-customers");
pub const TAB_INVITATIONS: Phrase = Phrase("tab-invitations");
pub const TAB_PARTNERS: Phrase = Phrase("tab-partners");
pub const TAB_PERMISSIONS: Phrase = Phrase("tab-permissions");

pub const CUSTOMER_VIEW: Phrase = Phrase("customer-view");
pub const READ_ONLY: Phrase = Phrase("read-only");

pub const HELP_TITLE: Phrase = Phrase("help-title");
pub const HELP_CLOSE: Phrase = Phrase("help-close");
pub const FILTER_PROMPT: Phrase = Phrase("filter-prompt");
pub const FILTER_HINT: Phrase = Phrase("filter-hint");

pub const EMPTY_BOOK: Phrase = Phrase("empty-book");
pub const EMPTY_BOOK_NEXT: Phrase = Phrase("empty-book-next");
pub const NO_CUSTOMERS: Phrase = Phrase("no-customers");
pub const NO_CUSTOMERS_NEXT: Phrase = Phrase("no-customers-next");
pub const NO_INVITATIONS: Phrase = Phrase("no-invitations");
pub const NO_INVITATIONS_NEXT: Phrase = Phrase("no-invitations-next");
pub const NO_DIRECTORY: Phrase = Phrase("no-directory");
pub const NO_DIRECTORY_NEXT: Phrase = Phrase("no-directory-next");
pub const NO_USERS: Phrase = Phrase("no-users");
pub const NO_MATCH: Phrase = Phrase("no-match");
pub const NO_MATCH_NEXT: Phrase = Phrase("no-match-next");
pub const NOTHING_TO_SHOW: Phrase = Phrase("nothing-to-show");

pub fn too_small(width: u16, height: u16, min_w: u16, min_h: u16) -> String {
    t!("too-small", width = width, height = height, min_w = min_w, min_h = min_h)
}

pub fn count_of(shown: usize, total: usize, list: Counted) -> String {
    t!(list.0, shown = Count::from(shown), total = Count::from(total))
}

// Column headings
pub const COL_COMPANY: Phrase = Phrase("col-company");
pub const COL_DOMAIN: Phrase = Phrase("col-domain");
pub const COL_COUNTRY: Phrase = Phrase("col-country");
pub const COL_CLOUD: Phrase = Phrase("col-cloud");
pub const COL_RELATIONSHIP: Phrase = Phrase("col-relationship");
pub const COL_ADMIN: Phrase = Phrase("col-admin");
pub const COL_SUBS: Phrase = Phrase("col-subs");
pub const COL_LICENCES: Phrase = Phrase("col-licences");
pub const COL_ID: Phrase = Phrase("col-id");
pub const COL_KIND: Phrase = Phrase("col-kind");
pub const COL_CUSTOMER: Phrase = Phrase("col-customer");
pub const COL_STATUS: Phrase = Phrase("col-status");
pub const COL_CREATED_BY: Phrase = Phrase("col-created-by");
pub const COL_AGE: Phrase = Phrase("col-age");
pub const COL_EXPIRES: Phrase = Phrase("col-expires");
pub const COL_PARTNER_ID: Phrase = Phrase("col-partner-id");
pub const COL_NAME: Phrase = Phrase("col-name");
pub const COL_EMAIL: Phrase = Phrase("col-email");
pub const COL_COMPANY_ROLE: Phrase = Phrase("col-company-role");
pub const COL_SUPPORTED: Phrase = Phrase("col-supported");
pub const COL_AGENT: Phrase = Phrase("col-agent");
pub const COL_WHEN: Phrase = Phrase("col-when");
pub const COL_WHO: Phrase = Phrase("col-who");
pub const COL_ACTION: Phrase = Phrase("col-action");
pub const COL_TARGET: Phrase = Phrase("col-target");
pub const COL_SESSION: Phrase = Phrase("col-session");
pub const COL_ROLES: Phrase = Phrase("col-roles");
pub const COL_ENDS: Phrase = Phrase("col-ends");
pub const COL_AUTO: Phrase = Phrase("col-auto");

pub const COL_POR_FOR: Phrase = Phrase("col-por-for");
pub const PROFILE_TENANT: Phrase = Phrase("profile-tenant");

pub fn customers_count(n: usize) -> String {
    t!("customers-count", count = Count::from(n))
}

// Panels
pub const OUR_COMPANY: Phrase = Phrase("our-company");
pub const DIRECTORY: Phrase = Phrase("directory");
pub const PARTNER_USERS: Phrase = Phrase("partner-users");
pub const ADMIN_RELATIONSHIPS: Phrase = Phrase("admin-relationships");
pub const YOUR_PARTNERS: Phrase = Phrase("your-partners");

// Customer record
pub const REC_ACCOUNT: Phrase = Phrase("rec-account");
pub const REC_ADDRESS: Phrase = Phrase("rec-address");
pub const REC_ADMIN: Phrase = Phrase("rec-admin");
pub const REC_SERVICES: Phrase = Phrase("rec-services");
pub const REC_SUBSCRIPTIONS: Phrase = Phrase("rec-subscriptions");
pub const REC_USERS: Phrase = Phrase("rec-users");
pub const REC_REQUESTS: Phrase = Phrase("rec-requests");
pub const REC_PARTNERS: Phrase = Phrase("rec-partners");
pub const MCA_NOT_YET: Phrase = Phrase("mca-not-yet");
pub const GLOBAL_ADMIN_MARK: Phrase = Phrase("global-admin-mark");
pub const NONE: Phrase = Phrase("none");
/// A tenant where the partner holds admin privileges without a reseller or advisor relationship.
pub const ADMIN_ONLY: Phrase = Phrase("admin-only");
pub const YES: Phrase = Phrase("yes");
pub const NO: Phrase = Phrase("no");

pub fn support_duty(partner: &str) -> String {
    t!("support-duty", partner = partner)
}

// Key help (one line per binding: footer and help overlay come from the same list)
pub const KEY_QUIT: Phrase = Phrase("key-quit");
pub const KEY_TABS: Phrase = Phrase("key-tabs");
pub const KEY_NEXT_TAB: Phrase = Phrase("key-next-tab");
pub const KEY_HELP: Phrase = Phrase("key-help");
pub const KEY_FILTER: Phrase = Phrase("key-filter");
pub const KEY_MOVE: Phrase = Phrase("key-move");
pub const KEY_PAGE: Phrase = Phrase("key-page");
pub const KEY_ENDS: Phrase = Phrase("key-ends");
pub const KEY_SCROLL: Phrase = Phrase("key-scroll");
/// Where a scrolled view is: its lines `first` to `last` of `total` are on screen.
/// Under a record taller than the screen: how to see the rest.
pub const RECORD_SCROLL_HINT: Phrase = Phrase("record-scroll-hint");
pub fn scroll_position(first: usize, last: usize, total: usize) -> String {
    t!("scroll-position", first = first, last = last, total = total)
}
pub const KEY_EXPAND: Phrase = Phrase("key-expand");
pub const KEY_COLLAPSE: Phrase = Phrase("key-collapse");
pub const KEY_SORT: Phrase = Phrase("key-sort");
pub const KEY_CLOSE: Phrase = Phrase("key-close");
pub const KEY_FILTER_KEEP: Phrase = Phrase("key-filter-keep");
pub const KEY_FILTER_CLEAR: Phrase = Phrase("key-filter-clear");
pub const KEY_FILTER_BACKSPACE: Phrase = Phrase("key-filter-backspace");

pub const KEY_REQUEST: Phrase = Phrase("key-request");
pub const KEY_OPEN_INVITATION: Phrase = Phrase("key-open-invitation");
pub const KEY_EDIT_DRAFT: Phrase = Phrase("key-edit-draft");
pub const KEY_REVOKE: Phrase = Phrase("key-revoke");
pub const KEY_PURGE: Phrase = Phrase("key-purge");
pub const KEY_STATUS_FILTER: Phrase = Phrase("key-status-filter");
pub const KEY_RESEND: Phrase = Phrase("key-resend");
pub const KEY_ACCEPT: Phrase = Phrase("key-accept");
pub const KEY_DECLINE: Phrase = Phrase("key-decline");
pub const KEY_SUBMIT: Phrase = Phrase("key-submit");
pub const KEY_NEXT_FIELD: Phrase = Phrase("key-next-field");
pub const KEY_PREV_FIELD: Phrase = Phrase("key-prev-field");
pub const KEY_TOGGLE: Phrase = Phrase("key-toggle");
pub const KEY_CANCEL: Phrase = Phrase("key-cancel");
pub const KEY_DONE: Phrase = Phrase("key-done");
pub const KEY_COPY: Phrase = Phrase("key-copy");
pub const KEY_OPEN_MAIL: Phrase = Phrase("key-open-mail");
pub const KEY_SAVE_EML: Phrase = Phrase("key-save-eml");
pub const KEY_INSERT_LINK: Phrase = Phrase("key-insert-link");
pub const KEY_SWITCH_FIELD: Phrase = Phrase("key-switch-field");
pub const KEY_YES: Phrase = Phrase("key-yes");
pub const KEY_NO: Phrase = Phrase("key-no");
pub const KEY_BACK: Phrase = Phrase("key-back");

pub const ALL_STATUSES: Phrase = Phrase("all-statuses");
pub fn showing_status(status: &str) -> String {
    t!("showing-status", status = status)
}
/// `status` as a sentence says it (`InvitationStatus::in_sentence`).
pub fn only_status(status: &str) -> String {
    t!("only-status", status = status)
}
pub const NOBODY_SIGNED_IN: Phrase = Phrase("nobody-signed-in");
pub const QUIT_UNSAVED: Phrase = Phrase("quit-unsaved");
pub const QUIT_UNSAVED_DETAIL: Phrase = Phrase("quit-unsaved-detail");

pub const KEY_TRANSCRIPT: Phrase = Phrase("key-transcript");
pub const KEY_LANGUAGE: Phrase = Phrase("key-language");
/// After `L`: said in the new language, named in its own words.
pub fn language_now(endonym: &str) -> String {
    t!("language-now", language = endonym)
}
pub fn transcript_heading(session: &str) -> String {
    t!("transcript-heading", session = session)
}
pub fn transcript_copied(count: usize, session: &str) -> String {
    t!("transcript-copied", count = Count::from(count), session = session)
}

pub fn sorted_by(column: &str) -> String {
    t!("sorted-by", column = column)
}
/// The config file names an action no key can be bound to.
pub fn config_unknown_action(action: &str) -> String {
    t!("config-unknown-action", action = action)
}
/// A rebinding gives a key another action already has in the same place.
pub fn config_key_taken(key: &str, other: &str) -> String {
    t!("config-key-taken", key = key, other = other)
}
pub const KEY_COMMAND_LINE: Phrase = Phrase("key-command-line");
pub const KEY_RUN_COMMAND: Phrase = Phrase("key-run-command");
pub const KEY_COMPLETE: Phrase = Phrase("key-complete");
pub const COMMAND_TITLE: Phrase = Phrase("command-title");
/// A command that needs its argument.
pub fn command_needs(command: &str, argument: &str) -> String {
    t!("command-needs", command = command, argument = argument)
}
pub fn command_unknown(command: &str) -> String {
    t!("command-unknown", command = command)
}
pub fn command_no_customer(wanted: &str) -> String {
    t!("command-no-customer", wanted = wanted)
}
pub fn command_no_invitation(id: &str) -> String {
    t!("command-no-invitation", id = id)
}
/// `:lang` with a language partnerdesk does not speak.
pub fn command_language(language: &str) -> String {
    t!("command-language", language = language)
}
/// `:tz` alone: which zone times are shown in.
pub fn zone_is(zone: &str) -> String {
    t!("zone-is", zone = zone)
}
/// `:tz NAME` done.
pub fn zone_now(zone: &str) -> String {
    t!("zone-now", zone = zone)
}
/// `:tz` with a name the time zone database lacks.
pub fn zone_unknown(zone: &str) -> String {
    t!("zone-unknown", zone = zone)
}
/// Beside a checkbox the operator may not change (its hint says why).
pub const FIELD_LOCKED: Phrase = Phrase("field-locked");
