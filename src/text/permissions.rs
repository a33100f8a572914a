//! Permissions: partner users, granular admin relationships and the audit log.

use crate::i18n::Phrase;
use crate::t;

pub const AUDIT_LOG: Phrase = Phrase("audit-log");
pub const KEY_NEXT_VIEW: Phrase = Phrase("key-next-view");
pub const KEY_AUDIT_EVENT: Phrase = Phrase("key-audit-event");
/// The title of one audit event's page.
pub fn audit_event_title(seq: u64, action: &str) -> String {
    t!("audit-event-title", seq = seq.to_string(), action = action)
}
pub const AUDIT_VIA: Phrase = Phrase("audit-via");
pub const AUDIT_CHANGES: Phrase = Phrase("audit-changes");
pub const AUDIT_NOTHING_RECORDED: Phrase = Phrase("audit-nothing-recorded");
/// The label of a change to the record as a whole (a value that is not a record).
pub const AUDIT_WHOLE: Phrase = Phrase("audit-whole");
/// A field that had no value on one side of a change.
pub const AUDIT_NO_VALUE: &str = "—";
pub const KEY_ADD_USER: Phrase = Phrase("key-add-user");
pub const KEY_EDIT_USER: Phrase = Phrase("key-edit-user");
pub const KEY_REMOVE_USER: Phrase = Phrase("key-remove-user");
pub const KEY_REQUEST_GDAP: Phrase = Phrase("key-request-gdap");
pub const KEY_AUTO_EXTEND: Phrase = Phrase("key-auto-extend");
pub const KEY_TERMINATE: Phrase = Phrase("key-terminate");
pub const KEY_APPROVE: Phrase = Phrase("key-approve");
pub const KEY_REMOVE_ADMIN: Phrase = Phrase("key-remove-admin");
pub const KEY_MOVE_ADMIN: Phrase = Phrase("key-move-admin");
pub const ADD_USER_TITLE: Phrase = Phrase("add-user-title");
pub const EDIT_USER_TITLE: Phrase = Phrase("edit-user-title");
pub const REQUEST_GDAP_TITLE: Phrase = Phrase("request-gdap-title");
pub const MOVE_ADMIN_TITLE: Phrase = Phrase("move-admin-title");
pub const SUPPORTED_HINT: Phrase = Phrase("supported-hint");
pub const DURATION_HINT: Phrase = Phrase("duration-hint");
pub const AUTO_EXTEND_HINT: Phrase = Phrase("auto-extend-hint");
pub const GDAP_CUSTOMER_HINT: Phrase = Phrase("gdap-customer-hint");
pub const PARTNER_ID_HINT: Phrase = Phrase("partner-id-hint");
pub const NO_RELATIONSHIPS: Phrase = Phrase("no-relationships");
pub const NO_RELATIONSHIPS_NEXT: Phrase = Phrase("no-relationships-next");
pub const NO_AUDIT: Phrase = Phrase("no-audit");
/// What removing admin privileges leaves of the support duty, as the domain reads it (rule 9).
pub fn remove_admin_detail(
    support: crate::domain::admin::SupportAfterChange,
    name: impl Fn(crate::domain::ids::PartnerId) -> String,
) -> String {
    use crate::domain::admin::SupportAfterChange::*;
    match support {
        PreviousHolder => t!("remove-legacy-detail"),
        Reseller(reseller) => t!("remove-admin-detail-reseller-supports", reseller = name(reseller)),
        WithAdmin => t!("remove-admin-detail-alone"),
    }
}
pub const TERMINATE_DETAIL: Phrase = Phrase("terminate-detail");
pub const REMOVE_USER_DETAIL: Phrase = Phrase("remove-user-detail");
pub fn remove_user_prompt(name: &str) -> String {
    t!("remove-user-prompt", name = name)
}
pub fn terminate_prompt(id: &str, name: &str) -> String {
    t!("terminate-prompt", id = id, name = name)
}
pub fn remove_legacy_prompt(partner: &str) -> String {
    t!("remove-legacy-prompt", partner = partner)
}
pub fn user_saved(name: &str) -> String {
    t!("user-saved", name = name)
}
pub fn user_removed(name: &str) -> String {
    t!("user-removed", name = name)
}
/// `status` as a sentence says it (`AdminRelationshipStatus::in_sentence`).
pub fn relationship_saved(id: &str, status: &str) -> String {
    t!("relationship-saved", id = id, status = status)
}
pub const GDAP_NAME_PLACEHOLDER: Phrase = Phrase("gdap-name-placeholder");
pub fn auto_extend_saved(id: &str, on: bool) -> String {
    if on { t!("auto-extend-on", id = id) } else { t!("auto-extend-off", id = id) }
}
/// A customer's change of its admin privileges, with who keeps the support duty as the domain
/// reads it (rule 9).
pub fn admin_changed(
    company: &str,
    support: crate::domain::admin::SupportAfterChange,
    name: impl Fn(crate::domain::ids::PartnerId) -> String,
) -> String {
    use crate::domain::admin::SupportAfterChange::*;
    match support {
        PreviousHolder => t!("admin-moved", company = company),
        Reseller(reseller) => t!("admin-changed-reseller-supports", company = company, reseller = name(reseller)),
        WithAdmin => admin_changed_alone(company),
    }
}
/// The change alone, for a command line that says the holder and the support duty on lines of
/// their own.
pub fn admin_changed_alone(company: &str) -> String {
    t!("admin-changed", company = company)
}
pub fn advisor_removed(partner: &str, company: &str) -> String {
    t!("advisor-removed", partner = partner, company = company)
}
