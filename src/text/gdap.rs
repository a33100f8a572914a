//! Granular admin at scale: role templates, the expiry forecast and access health, in words
//! (`locales/<tag>/gdap.ftl`).

use crate::domain::gdap::forecast::{CannotExtend, Renewal, Window};
use crate::domain::gdap::health::{Access, Problem};
use crate::domain::gdap::templates::RoleTemplate;
use crate::i18n::Phrase;
use crate::t;

/// The record's label of its access health.
pub const REC_ACCESS: Phrase = Phrase("gdap-rec-access");
pub const TEMPLATE_HINT: Phrase = Phrase("gdap-template-hint");
pub const NO_TEMPLATE: Phrase = Phrase("gdap-no-template");
pub const APPROVAL_LINK: Phrase = Phrase("gdap-approval-link");
pub const TEMPLATE_MATCHES: Phrase = Phrase("gdap-template-matches");
pub const NOTHING_ENDING: Phrase = Phrase("gdap-nothing-ending");
pub const NO_PROBLEMS: Phrase = Phrase("gdap-no-problems");
pub const NONE_DIFFER: Phrase = Phrase("gdap-none-differ");

/// A template's name.
pub fn template_name(template: &RoleTemplate) -> String {
    match template.key {
        "microsoft-default" => t!("gdap-template-microsoft-default"),
        "support" => t!("gdap-template-support"),
        "read-only" => t!("gdap-template-read-only"),
        other => other.to_string(),
    }
}

pub fn window(w: Window) -> Phrase {
    match w {
        Window::Day => Phrase("gdap-window-day"),
        Window::Week => Phrase("gdap-window-week"),
        Window::Month => Phrase("gdap-window-month"),
        Window::Later => Phrase("gdap-window-later"),
    }
}

fn cannot(reason: CannotExtend) -> String {
    match reason {
        CannotExtend::IncludesGlobalAdministrator => t!("gdap-cannot-extend-global-admin"),
    }
}

/// What happens at the end, with the reason when it cannot auto-extend.
pub fn renewal(r: Renewal) -> String {
    match r {
        Renewal::AutoExtends => t!("gdap-renewal-auto-extends"),
        Renewal::EndsAutoExtendOff => t!("gdap-renewal-off"),
        Renewal::CannotAutoExtend(reason) => t!("gdap-renewal-cannot", reason = cannot(reason)),
        Renewal::ApprovalLapses => t!("gdap-renewal-approval-lapses"),
    }
}

/// "ends in 6 days" (0: today).
pub fn ends_in(days: i64) -> String {
    t!("gdap-ends-in", days = days)
}

/// The customer's access, in a few words.
pub fn access(a: Access) -> String {
    match a {
        Access::None => t!("gdap-access-none"),
        Access::Pending => t!("gdap-access-pending"),
        Access::Active => t!("gdap-access-active"),
        Access::Expiring { days } => t!("gdap-access-expiring", days = days),
    }
}

/// One problem, as a sentence.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::GdapWithoutReseller => t!("gdap-problem-without-reseller"),
        Problem::ExpiresCannotAutoExtend { id, days, reason } => {
            t!("gdap-problem-expires-cannot-extend", id = id.to_string(), days = *days, reason = cannot(*reason))
        }
        Problem::ExpiresAutoExtendOff { id, days } => {
            t!("gdap-problem-expires-auto-extend-off", id = id.to_string(), days = *days)
        }
        Problem::ApprovalLapses { id, days } => t!("gdap-problem-approval-lapses", id = id.to_string(), days = *days),
    }
}

/// "reseller · GDAP active".
pub fn access_summary(reseller_yes: bool, a: Access) -> String {
    t!("gdap-access-summary", reseller = reseller(reseller_yes), access = access(a))
}

pub fn reseller(yes: bool) -> Phrase {
    if yes { Phrase("gdap-reseller-yes") } else { Phrase("gdap-reseller-no") }
}

/// "GDAP-3 differs from Support: lacks A, B; holds beyond it C".
pub fn differs(id: &str, template: &str, missing: &str, extra: &str) -> String {
    t!("gdap-template-differs", id = id, template = template, missing = missing, extra = extra)
}

/// Pending for `days` days, lapses in `left` days.
pub fn pending_age(days: i64, left: i64) -> String {
    t!("gdap-pending-age", days = days, left = left)
}
