//! Permissions: partner users, granular admin relationships and the audit log.

pub const AUDIT_LOG: &str = "Audit log";
pub const KEY_NEXT_VIEW: &str = "next view";
pub const KEY_AUDIT_EVENT: &str = "before → after";
/// The title of one audit event's page.
pub fn audit_event_title(seq: u64, action: &str) -> String {
    format!("Audit event {seq} — {action}")
}
pub const AUDIT_VIA: &str = "Signed in by";
pub const AUDIT_CHANGES: &str = "What changed (before → after)";
pub const AUDIT_NOTHING_RECORDED: &str = "This event records no fields.";
/// The label of a change to the record as a whole (a value that is not a record).
pub const AUDIT_WHOLE: &str = "value";
/// A field that had no value on one side of a change.
pub const AUDIT_NO_VALUE: &str = "—";
pub const KEY_ADD_USER: &str = "add user";
pub const KEY_EDIT_USER: &str = "edit roles";
pub const KEY_REMOVE_USER: &str = "remove user";
pub const KEY_REQUEST_GDAP: &str = "request admin relationship";
pub const KEY_AUTO_EXTEND: &str = "auto-extend on/off";
pub const KEY_TERMINATE: &str = "end relationship";
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
