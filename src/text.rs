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
pub const NO_ADDRESS: &str = "no address on record";
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
pub const KEY_SCROLL: &str = "scroll";
/// Where a scrolled view is: its lines `first` to `last` of `total` are on screen.
pub fn scroll_position(first: usize, last: usize, total: usize) -> String {
    format!("lines {first}–{last} of {total}")
}
pub const KEY_EXPAND: &str = "expand";
pub const KEY_COLLAPSE: &str = "collapse record";
pub const KEY_SORT: &str = "sort by next column";
pub const KEY_CLOSE: &str = "close";
pub const KEY_FILTER_KEEP: &str = "keep filter";
pub const KEY_FILTER_CLEAR: &str = "clear filter";

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

// Invitations
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

// Form fields. The domain's refusals name fields by these same English labels, which is how a
// form knows which field a refusal points at.

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
pub const ROLE_USER: &str = "User";
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

// Customers
pub const KEY_NEW_CUSTOMER: &str = "new customer";
pub const KEY_EDIT_CUSTOMER: &str = "edit company details";
pub const KEY_SUPPORT_CONTACTS: &str = "support contacts (of the marked customers)";
pub const KEY_SERVICE_REQUEST: &str = "open a service request on their behalf";
pub const KEY_PRODUCT_KEY: &str = "set up a subscription with a product key";
pub const KEY_REMOVE_RESELLER: &str = "remove reseller";
pub const KEY_MARK: &str = "mark";
pub const KEY_MARK_ALL: &str = "mark all shown / none";
pub const KEY_EXPORT: &str = "export marked (or shown) as JSON and CSV";

pub const NEW_CUSTOMER_TITLE: &str = "Add a customer";
pub const NEW_CUSTOMER_SUBMIT: &str = "add the customer";
pub const EDIT_CUSTOMER_TITLE: &str = "Edit company details";
pub const SAVE: &str = "save";
pub const CONTACTS_TITLE: &str = "Support contacts";
pub const SERVICE_REQUEST_TITLE: &str = "Open a service request on the customer's behalf";
pub const SERVICE_REQUEST_SUBMIT: &str = "open the request";
pub const PRODUCT_KEY_TITLE: &str = "Set up a subscription with a product key";
pub const PRODUCT_KEY_SUBMIT: &str = "set it up";
pub const REMOVE_RESELLER_DETAIL: &str = "This also removes your admin privileges and your support contacts; the customer leaves your list unless another relationship remains.";
pub const NEW_CUSTOMER_DOMAIN_HINT: &str = "the tenant's initial domain: letters and digits, .onmicrosoft.com is added";
pub const POR_HINT: &str = "Make your company the partner of record of this subscription.";
pub const PRODUCT_KEY_PLACEHOLDER: &str = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX";
pub const CONTACT_ELIGIBLE_HINT: &str = "Admin and Helpdesk agents (and Global admins) can be support contacts.";
pub const NOTHING_SELECTED: &str = "No customer is selected.";

pub fn remove_reseller_prompt(company: &str) -> String {
    format!("Remove your reseller relationship with {company}?")
}
pub fn customer_added(company: &str) -> String {
    format!("{company} added: you are its reseller and hold admin privileges.")
}
pub fn customer_saved(company: &str) -> String {
    format!("{company}: details saved.")
}
pub fn request_opened(company: &str) -> String {
    format!("Service request opened on behalf of {company}; it is listed on the record.")
}
pub fn subscription_added(company: &str) -> String {
    format!("Subscription set up for {company}.")
}
pub fn reseller_removed(company: &str) -> String {
    format!("Your reseller relationship with {company} is removed.")
}
pub fn marked(n: usize) -> String {
    format!("{n} marked")
}
pub fn bulk_outcome(done: usize, refused: &[(String, String)]) -> String {
    let mut text = format!("Support contacts set for {done} customer(s)");
    if !refused.is_empty() {
        let shown: Vec<String> = refused.iter().take(3).map(|(who, why)| format!("{who}: {why}")).collect();
        text.push_str(&format!("; {} refused — {}", refused.len(), shown.join("; ")));
        if refused.len() > 3 {
            text.push_str(" …");
        }
    }
    text.push('.');
    text
}
pub fn bulk_stopped(done: usize, why: &str) -> String {
    format!("Stopped after {done} customer(s): {why}")
}
pub fn bulk_progress(done: usize, total: usize) -> String {
    format!("Setting support contacts: {done} of {total} customers (Esc stops) ")
}
pub fn bulk_cancelled(done: usize, left: usize, refused: &[(String, String)]) -> String {
    let mut text = format!("Stopped with Esc: support contacts set for {done} customer(s), {left} left unchanged");
    if !refused.is_empty() {
        text.push_str(&format!("; {} refused", refused.len()));
    }
    text
}
pub fn export_progress(done: usize, total: usize) -> String {
    format!("Exporting: {done} of {total} customers (Esc stops) ")
}
pub fn export_cancelled(done: usize) -> String {
    format!("Export stopped with Esc after {done} customer(s); its files were removed.")
}
pub fn exported(n: usize, json: &str, csv: &str) -> String {
    format!("Exported {n} customer(s) to {json} and {csv}.")
}
pub fn export_failed(why: &str) -> String {
    format!("Could not export: {why}.")
}
pub const NO_EXPORT_DIR: &str =
    "No folder for exports is known on this machine; use `partnerdesk customers list --json`.";
pub fn support_duty_offer(partner: &str) -> String {
    format!(
        "{partner} no longer holds admin privileges but is still responsible for support — o opens a service request on the customer's behalf"
    )
}

// Permissions
pub const AUDIT_LOG: &str = "Audit log";
pub const KEY_NEXT_VIEW: &str = "next view";
pub const KEY_PERM_NEW: &str = "add user / request admin relationship";
pub const KEY_PERM_EDIT: &str = "edit roles / auto-extend";
pub const KEY_PERM_REMOVE: &str = "remove user / end relationship";
pub const KEY_APPROVE: &str = "approve relationship";
pub const KEY_REMOVE_ADMIN: &str = "remove admin privileges";
pub const KEY_MOVE_ADMIN: &str = "give admin privileges to another partner";
pub const ADD_USER_TITLE: &str = "Add a partner user";
pub const EDIT_USER_TITLE: &str = "Edit a partner user's roles";
pub const REQUEST_GDAP_TITLE: &str = "Request a granular admin relationship";
pub const MOVE_ADMIN_TITLE: &str = "Give admin privileges to another partner";
pub const SUPPORTED_HINT: &str = "Limited = password administrator there; Full = global administrator there.";
pub const DURATION_HINT: &str = "days, 1 to 730; fixed once approved";
pub const AUTO_EXTEND_HINT: &str = "by 180 days at the end; not with the Global Administrator role";
pub const GDAP_CUSTOMER_HINT: &str = "the customer's primary domain";
pub const PARTNER_ID_HINT: &str = "the partner id (6 or 7 digits) of a partner in the directory";
pub const NO_RELATIONSHIPS: &str = "No granular admin relationships.";
pub const NO_RELATIONSHIPS_NEXT: &str = "On the partner side, n requests one.";
pub const NO_AUDIT: &str = "The audit log is empty.";
pub const REMOVE_LEGACY_DETAIL: &str =
    "The partner can no longer administer your services, but stays responsible for your support.";
pub const TERMINATE_DETAIL: &str = "The partner's access through this relationship ends now.";
pub const REMOVE_USER_DETAIL: &str = "They can no longer sign in to partnerdesk; the audit log keeps what they did.";
pub fn remove_user_prompt(name: &str) -> String {
    format!("Remove {name} from the partner users?")
}
pub fn terminate_prompt(id: &str, name: &str) -> String {
    format!("End {id} “{name}”?")
}
pub fn remove_legacy_prompt(partner: &str) -> String {
    format!("Remove {partner}'s admin privileges?")
}
pub fn user_saved(name: &str) -> String {
    format!("{name}: saved.")
}
pub fn user_removed(name: &str) -> String {
    format!("{name} removed.")
}
pub fn relationship_saved(id: &str, status: &str) -> String {
    format!("{id} is {}.", status.to_lowercase())
}
pub fn admin_moved(company: &str) -> String {
    format!("Admin privileges of {company} changed; the previous partner stays responsible for support.")
}

// Partners
pub const KEY_EDIT_PROFILE: &str = "edit company profile";
pub const KEY_ADD_DIRECTORY: &str = "add partner";
pub const KEY_EDIT_DIRECTORY: &str = "edit partner";
pub const KEY_CHECK_ID: &str = "check ID";
pub const KEY_SET_POR: &str = "set partner of record";
pub const KEY_REMOVE_PARTNER: &str = "remove partner";
pub const PROFILE_TITLE: &str = "Company profile";
pub const DIRECTORY_ADD_TITLE: &str = "Add a partner to the directory";
pub const DIRECTORY_EDIT_TITLE: &str = "Edit a directory partner";
pub const CHECK_ID_TITLE: &str = "Check ID";
pub const CHECK_ID_SUBMIT: &str = "check";
pub const POR_TITLE: &str = "Partner of record";
pub const POR_CLEAR_HINT: &str = "“Check ID” runs before saving; leave empty to remove the partner of record";
pub const REMOVE_ADVISOR_DETAIL: &str = "The partner stops advising you; other relationships stay.";
pub const NO_SUBSCRIPTIONS: &str = "This organization has no subscriptions.";
pub fn checked(id: &str, name: &str) -> String {
    format!("Check ID: {id} is {name}.")
}
pub fn unknown_offer(id: &str) -> String {
    format!("{id} is not known to the book: fill in the partner to add it to the directory, or Esc.")
}
pub fn partner_saved(name: &str) -> String {
    format!("{name}: saved.")
}
pub fn por_set(sub: &str, partner: &str) -> String {
    format!("{sub}: partner of record is now {partner}.")
}
pub fn por_cleared(sub: &str) -> String {
    format!("{sub}: no partner of record.")
}
pub fn remove_advisor_prompt(partner: &str) -> String {
    format!("End the advisor relationship with {partner}?")
}
pub fn disabled_reseller_removal(reason: &str) -> String {
    format!("Remove reseller relationship — not available: {reason}")
}
pub fn subscription_choice(id: &str, offer: &str, por: &str) -> String {
    format!("{id} {offer} (partner of record: {por})")
}

// Offers (rule 12)
pub const KEY_TRIAL: &str = "trial invitation";
pub const KEY_PURCHASE_OFFER: &str = "purchase offer";
pub const KEY_ADMIN_OFFER: &str = "delegated-admin offer";
pub const KEY_USE_OFFER: &str = "use an offer link";
pub const KEY_NEW_OFFER_LIKE: &str = "new offer like this one";
pub const TRIAL_TITLE: &str = "Trial invitation";
pub const PURCHASE_TITLE: &str = "Purchase offer";
pub const ADMIN_OFFER_TITLE: &str = "Delegated-admin offer";
pub const OFFER_SUBMIT: &str = "create the URL and draft the email";
pub const USE_LINK_TITLE: &str = "Use an offer link";
pub const USE_LINK_SUBMIT: &str = "look it up";
pub const USE_OFFER_SUBMIT: &str = "accept the offer";
pub const LINK_PLACEHOLDER: &str = "paste the URL from the email";
pub const RECIPIENT_OPTIONAL: &str = "optional: the URL works for anyone";
pub fn up_to(max: u32) -> String {
    format!("— (up to {max})")
}
pub const PURCHASE_HINT: &str = "licences for each service to offer; leave the others empty";
pub const OFFER_DAP_HINT: &str = "manage the subscriptions on the customer's behalf";
pub const ADMIN_OFFER_INCLUDES: &str = "delegated administration of the subscriptions already bought";
pub const COL_USES: &str = "Uses";
pub fn trial_option(name: &str, licences: u32, days: u32) -> String {
    format!("{name} — {licences} licences, {days} days")
}
pub fn offer_drafted(id: &str) -> String {
    format!(
        "{id} drafted: its URL works for any customer. Edit the email, copy it (Ctrl-Y) or open it in your mail app (Ctrl-O), send or post it, then press Ctrl-S."
    )
}
pub fn offer_sent(id: &str, days: i64) -> String {
    format!("{id} is sent; its URL can be used by any number of customers for {days} more days.")
}
pub fn offer_from(id: &str, kind: &str, partner: &str) -> String {
    format!("{id} · {kind} from {partner}")
}
pub fn offered_licences(offered: u32, max: u32) -> String {
    format!("offered {offered}; you may buy 1 to {max}")
}
pub fn offer_used(id: &str, subscriptions: usize, partner: &str, admin: bool) -> String {
    let with = if admin { format!("; {partner} now holds delegated admin privileges") } else { String::new() };
    match subscriptions {
        0 => format!("{id} accepted{with}."),
        n => format!("{id} accepted: {n} subscription(s) set up, {partner} is their partner of record{with}."),
    }
}
pub fn used_by(count: u32) -> String {
    match count {
        1 => "1 customer".to_string(),
        n => format!("{n} customers"),
    }
}
pub const ADVISOR_HINT: &str = "trials and purchase offers need it";
pub const PROVIDER_TENANT_HINT: &str = "indirect only: the provider's tenant";
pub const FIXED_WITH_CUSTOMERS: &str = "fixed while the book has customers";
pub const SETUP_TITLE: &str = "Set up your company's book";
pub const SETUP_SUBMIT: &str = "Create the book";
pub const SETUP_TENANT_HINT: &str = "your Entra tenant; links name it";
pub const SETUP_ADMIN_HINT: &str = "you: the first Global admin";
pub const SETUP_PHONE_HINT: &str = "optional; customers see it";

pub fn set_up(company: &str, admin: &str) -> String {
    format!(
        "{company} is set up, and you are signed in as {admin}, Global admin. Add customers (n) or bring them in with `partnerdesk import`."
    )
}
pub fn offer_includes_dap(partner: &str) -> String {
    format!("delegated administration by {partner}")
}
pub const WITH_ADMIN: &str = ", delegated admin";
pub fn bought(counts: &str, admin: &str) -> String {
    if counts.is_empty() { format!("  accepted{admin}") } else { format!("  {counts} licences{admin}") }
}
pub const NEW_OFFER_HINT: &str = "n: a new offer like this one, for other licence counts";

/// An input's name as a refusal says it ("Email: is not an email address").
impl std::fmt::Display for crate::domain::Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::Input::*;
        f.write_str(match self {
            AdminEmail => "Admin email",
            AdminName => "Admin name",
            Cloud => "Cloud",
            Company => "Company",
            CompanyRole => "Company role",
            ContactEmail => "Contact email",
            Country => "Country",
            DelegatedAdmin => "Delegated admin",
            Description => "Description",
            Domain => "Domain",
            Duration => "Duration",
            Email => "Email",
            Kind => "Kind",
            Licences | OfferLicences(_) => "Licences",
            Link => "Link",
            Mca => "Microsoft Customer Agreement",
            Name => "Name",
            Offer => "Offer",
            Partner => "Partner",
            PartnerId => "Partner id",
            Phone => "Phone",
            ProductKey => "Product key",
            ProviderTenant => "Provider tenant",
            Recipient => "Recipient",
            Reseller => "Reseller",
            Roles => "Roles",
            Subject => "Subject",
            SupportContacts | SupportContact(_) => "Support contacts",
            TenantId => "Tenant id",
            Title => "Title",
            Address => "Address",
            AdminAgent => "Admin agent",
            Advisor => "Authorized as advisor",
            AutoExtend => "Auto-extend",
            City => "City",
            Customer => "Customer",
            DapCertified => "Certified for delegated admin",
            HelpdeskAgent => "Helpdesk agent",
            Includes => "Includes",
            Invitation => "Invitation",
            MoveAdmin => "Move admin privileges",
            PartnerOfRecord => "Partner of record",
            PostalCode => "Postal code",
            SalesAgent => "Sales agent",
            Severity => "Severity",
            Subscription => "Subscription",
            SupportedCompanies => "Supported companies",
            Trial => "Trial",
            UsedBy => "Used by",
            Where => "Where",
            Role(role) => role.label(),
            Named(name) => name,
        })
    }
}
