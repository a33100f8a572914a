//! Support contacts added, removed or replaced on many customers at once: the form's modes and
//! what the outcome says (never a contact dropped unsaid).

use crate::domain::customer_changes::ContactsMode;
use crate::i18n::Phrase;
use crate::operations::customers::BulkOutcome;
use crate::t;

impl ContactsMode {
    pub fn label(self) -> Phrase {
        match self {
            ContactsMode::Add => Phrase("admin-contacts-mode-add"),
            ContactsMode::Remove => Phrase("admin-contacts-mode-remove"),
            ContactsMode::Replace => Phrase("admin-contacts-mode-replace"),
        }
    }
}

pub const CONTACTS_MODE_HINT: Phrase = Phrase("admin-contacts-mode-hint");

/// How many customers' lists changed, how many contacts joined, and every contact that left with
/// how many lists it left.
pub fn contacts_outcome(outcome: &BulkOutcome) -> String {
    let mut said = t!("admin-contacts-changed", changed = outcome.changed, added = outcome.added);
    if !outcome.removed.is_empty() {
        let which: Vec<String> = outcome
            .removed
            .iter()
            .map(|(email, count)| t!("admin-contacts-removed-from", email = email.as_str(), count = *count))
            .collect();
        said.push(' ');
        said.push_str(&t!("admin-contacts-removed", which = which.join("; ")));
    }
    said
}

/// One partner user on the command line: "Lan <lan@saomai.vn> · User, Sales agent · Limited administration".
pub fn cli_user_line(name: &str, email: &str, roles: &str, supported: &str) -> String {
    t!("admin-cli-user-line", name = name, email = email, roles = roles, supported = supported)
}
pub fn cli_users_bad_value(flag: &str, value: &str) -> String {
    t!("admin-cli-users-bad-value", flag = flag, value = value)
}
pub fn cli_users_no_user(email: &str) -> String {
    t!("admin-cli-users-no-user", email = email)
}
