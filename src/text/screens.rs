//! The frame of every screen: tabs, empty states, column headings, panels, the customer
//! record's sections and the key help.

pub const APP_NAME: &str = "partnerdesk";

pub const TAB_CUSTOMERS: &str = "Customers";
pub const TAB_INVITATIONS: &str = "Invitations";
pub const TAB_PARTNERS: &str = "Partners";
pub const TAB_PERMISSIONS: &str = "Permissions";

pub const CUSTOMER_VIEW: &str = "customer view";
pub const READ_ONLY: &str = "READ-ONLY";

pub const HELP_TITLE: &str = "Keys";
pub const HELP_CLOSE: &str = "Esc or ? closes this help";
pub const FILTER_PROMPT: &str = "Filter: ";
pub const FILTER_HINT: &str = "type to filter · Enter keeps · Esc clears";

pub const EMPTY_BOOK: &str = "This book is empty.";
pub const EMPTY_BOOK_NEXT: &str =
    "Start a demo book with `partnerdesk demo`, or set up your company with `partnerdesk init --help`.";
pub const NO_CUSTOMERS: &str = "No customers yet.";
pub const NO_CUSTOMERS_NEXT: &str =
    "Press r to request a reseller relationship, n to add a customer, or bring your list in with `partnerdesk import`.";
pub const NO_INVITATIONS: &str = "No invitations yet.";
pub const NO_INVITATIONS_NEXT: &str = "Press r to request a reseller relationship; the invitation appears here.";
pub const NO_DIRECTORY: &str = "No other partners are known to the book.";
pub const NO_DIRECTORY_NEXT: &str = "Partners appear here once added to the directory.";
pub const NO_USERS: &str = "No partner users.";
pub const NO_MATCH: &str = "Nothing matches the filter.";
pub const NO_MATCH_NEXT: &str = "Press Esc to clear it.";
pub const NOTHING_TO_SHOW: &str = "We couldn't find anything to show here.";

pub fn too_small(width: u16, height: u16, min_w: u16, min_h: u16) -> String {
    format!(
        "The terminal is {width}×{height}; partnerdesk needs at least {min_w}×{min_h}. Enlarge it, or press q to quit."
    )
}

pub const LOADING: &str = " so far — reading the rest of the list…";

pub fn count_of(shown: usize, total: usize, noun: &str) -> String {
    format!("{shown} of {total} {noun}")
}

// Column headings
pub const COL_COMPANY: &str = "Company";
pub const COL_DOMAIN: &str = "Primary domain";
pub const COL_COUNTRY: &str = "Ctry";
pub const COL_CLOUD: &str = "Cloud";
pub const COL_RELATIONSHIP: &str = "Relationship";
pub const COL_ADMIN: &str = "Admin";
pub const COL_SUBS: &str = "Subs";
pub const COL_LICENCES: &str = "Licences";
pub const COL_ID: &str = "ID";
pub const COL_KIND: &str = "Kind";
pub const COL_CUSTOMER: &str = "Customer";
pub const COL_STATUS: &str = "Status";
pub const COL_CREATED_BY: &str = "Created by";
pub const COL_AGE: &str = "Age";
pub const COL_EXPIRES: &str = "Expires";
pub const COL_PARTNER_ID: &str = "Partner id";
pub const COL_NAME: &str = "Name";
pub const COL_EMAIL: &str = "Email";
pub const COL_COMPANY_ROLE: &str = "Company role";
pub const COL_SUPPORTED: &str = "Supported companies";
pub const COL_AGENT: &str = "Agent roles";
pub const COL_WHEN: &str = "When";
pub const COL_WHO: &str = "Who";
pub const COL_ACTION: &str = "Action";
pub const COL_TARGET: &str = "Record";
pub const COL_SESSION: &str = "Session";
pub const COL_ROLES: &str = "Roles";
pub const COL_ENDS: &str = "Ends";
pub const COL_AUTO: &str = "Auto";

pub const COL_POR_FOR: &str = "Partner of record for";
pub const PROFILE_TENANT: &str = "Tenant";

pub fn customers_count(n: usize) -> String {
    if n == 1 { "1 customer".into() } else { format!("{n} customers") }
}

// Panels
pub const OUR_COMPANY: &str = "Our company";
pub const DIRECTORY: &str = "Partner directory";
pub const PARTNER_USERS: &str = "Partner users";
pub const ADMIN_RELATIONSHIPS: &str = "Granular admin relationships";
pub const YOUR_PARTNERS: &str = "Your partners";

// Customer record
pub const REC_ACCOUNT: &str = "Account";
pub const REC_ADDRESS: &str = "Address";
pub const REC_ADMIN: &str = "Admin";
pub const REC_SERVICES: &str = "Services";
pub const REC_SUBSCRIPTIONS: &str = "Subscriptions";
pub const REC_USERS: &str = "Users";
pub const REC_REQUESTS: &str = "Service requests";
pub const REC_PARTNERS: &str = "Partners";
pub const MCA_NOT_YET: &str = "MCA not accepted yet";
pub const GLOBAL_ADMIN_MARK: &str = "Global admin";
pub const NONE: &str = "none";
/// A tenant where the partner holds admin privileges without a reseller or advisor relationship.
pub const ADMIN_ONLY: &str = "Admin only";
pub const YES: &str = "yes";
pub const NO: &str = "no";

pub fn support_duty(partner: &str) -> String {
    format!("{partner}, the reseller, does not hold admin privileges but stays responsible for support")
}

// Key help (one line per binding: footer and help overlay come from the same list)
pub const KEY_QUIT: &str = "quit";
pub const KEY_TABS: &str = "go to tab";
pub const KEY_NEXT_TAB: &str = "next / previous tab";
pub const KEY_HELP: &str = "help";
pub const KEY_FILTER: &str = "filter";
pub const KEY_MOVE: &str = "move";
pub const KEY_PAGE: &str = "page up / down";
pub const KEY_ENDS: &str = "first / last";
pub const KEY_SCROLL: &str = "scroll";
/// Where a scrolled view is: its lines `first` to `last` of `total` are on screen.
pub fn scroll_position(first: usize, last: usize, total: usize) -> String {
    format!("lines {first}–{last} of {total}")
}
/// Under a record taller than the screen: how to see the rest.
pub const RECORD_SCROLL_HINT: &str = "↑↓ PgUp PgDn to scroll";
pub const KEY_EXPAND: &str = "expand";
pub const KEY_COLLAPSE: &str = "collapse record";
pub const KEY_SORT: &str = "reverse sort / next column";
pub const KEY_CLOSE: &str = "close";
pub const KEY_FILTER_KEEP: &str = "keep filter";
pub const KEY_FILTER_CLEAR: &str = "clear filter";
pub const KEY_FILTER_BACKSPACE: &str = "delete a character";

pub const KEY_REQUEST: &str = "request reseller";
pub const KEY_OPEN_INVITATION: &str = "open invitation";
pub const KEY_EDIT_DRAFT: &str = "edit email";
pub const KEY_REVOKE: &str = "revoke";
pub const KEY_PURGE: &str = "purge finished";
pub const KEY_STATUS_FILTER: &str = "filter by status";
pub const KEY_RESEND: &str = "resend (copy again)";
pub const KEY_ACCEPT: &str = "accept";
pub const KEY_DECLINE: &str = "decline";
pub const KEY_SUBMIT: &str = "submit";
pub const KEY_NEXT_FIELD: &str = "next field";
pub const KEY_PREV_FIELD: &str = "previous field";
pub const KEY_TOGGLE: &str = "toggle / choose";
pub const KEY_CANCEL: &str = "cancel";
pub const KEY_DONE: &str = "done: mark sent";
pub const KEY_COPY: &str = "copy";
pub const KEY_OPEN_MAIL: &str = "open in mail app";
pub const KEY_SAVE_EML: &str = "save .eml";
pub const KEY_INSERT_LINK: &str = "insert link";
pub const KEY_SWITCH_FIELD: &str = "subject / body";
pub const KEY_YES: &str = "yes";
pub const KEY_NO: &str = "no";
pub const KEY_BACK: &str = "back";

pub const ALL_STATUSES: &str = "every status";
pub fn showing_status(status: &str) -> String {
    format!("Showing invitations: {status} (f for the next)")
}
pub fn only_status(status: &str) -> String {
    format!("only {} (f: next status)", status.to_lowercase())
}
pub const NOBODY_SIGNED_IN: &str = "Nobody is signed in: this book has no partner users yet.";
pub const QUIT_UNSAVED: &str = "Quit and lose your edits?";
pub const QUIT_UNSAVED_DETAIL: &str = "The invitation email has changes that are not saved.";

pub const KEY_TRANSCRIPT: &str = "this session's changes (copied as text)";
pub fn transcript_heading(session: &str) -> String {
    format!("partnerdesk session {session}: changes in order")
}
pub fn transcript_copied(count: usize, session: &str) -> String {
    format!(
        "{count} change(s) in this session ({session}), copied as text; `partnerdesk audit --session {session} --json` gives JSON."
    )
}

pub fn sorted_by(column: &str) -> String {
    format!("sorted by {column}")
}
/// The config file names an action no key can be bound to.
pub fn config_unknown_action(action: &str) -> String {
    format!(
        "there is no action named “{action}” (`partnerdesk config --actions` lists them; the tabs and the moves keep their keys)"
    )
}
/// A rebinding gives a key another action already has in the same place.
pub fn config_key_taken(key: &str, other: &str) -> String {
    format!("{key} is already the key of “{other}” there; rebind that one too, or choose another key")
}
pub const KEY_COMMAND_LINE: &str = "command line: any action by name, :customer DOMAIN, :inv INV-12, :theme light";
pub const KEY_RUN_COMMAND: &str = "run";
pub const KEY_COMPLETE: &str = "complete";
pub const COMMAND_TITLE: &str = "Command";
/// A command that needs its argument.
pub fn command_needs(command: &str, argument: &str) -> String {
    format!(":{command} needs {argument}")
}
pub fn command_unknown(command: &str) -> String {
    format!("There is no command “{command}”; Tab after a few letters lists the ones that start so.")
}
pub fn command_no_customer(wanted: &str) -> String {
    format!("No listed customer has the domain or tenant id “{wanted}”.")
}
pub fn command_no_invitation(id: &str) -> String {
    format!("There is no invitation {id} on this list.")
}
