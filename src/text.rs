//! Every user-facing string of the screens, in one place, so translations (the seeds are
//! Vietnamese, Turkish and Chinese pages) have one file to follow. Domain refusals carry
//! their own sentences, built from the same rules they explain.

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
pub const EMPTY_BOOK_NEXT: &str = "Start a demo book with `partnerdesk demo`, or set up your company with `partnerdesk init --help`.";
pub const NO_CUSTOMERS: &str = "No customers yet.";
pub const NO_CUSTOMERS_NEXT: &str = "Press r to request a reseller relationship with a customer.";
pub const NO_INVITATIONS: &str = "No invitations yet.";
pub const NO_INVITATIONS_NEXT: &str =
    "Press r to request a reseller relationship; the invitation appears here.";
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

// Panels
pub const OUR_COMPANY: &str = "Our company";
pub const DIRECTORY: &str = "Partner directory";
pub const PARTNER_USERS: &str = "Partner users";
pub const RECENT_CHANGES: &str = "Recent changes (audit log)";
pub const ADMIN_RELATIONSHIPS: &str = "Granular admin relationships";
pub const YOUR_PARTNERS: &str = "Your partners";
pub const YOUR_USERS: &str = "Users of your organization";

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
    format!("{partner} no longer holds admin privileges but is still responsible for support")
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
pub const KEY_EXPAND: &str = "expand record";
pub const KEY_COLLAPSE: &str = "collapse record";
pub const KEY_SORT: &str = "sort by next column";
pub const KEY_CLOSE: &str = "close";
pub const KEY_FILTER_KEEP: &str = "keep filter";
pub const KEY_FILTER_CLEAR: &str = "clear filter";

pub fn sorted_by(column: &str) -> String {
    format!("sorted by {column}")
}
