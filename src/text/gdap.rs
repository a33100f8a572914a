//! Granular admin at scale: role templates, the expiry forecast and access health, in words
//! (`locales/<tag>/gdap.ftl`).

use crate::domain::gdap::access::{AssignmentError, AssignmentStatus, StatusKind};
use crate::domain::gdap::forecast::{CannotExtend, Renewal, Window};
use crate::domain::gdap::health::{Access, Problem};
use crate::domain::gdap::templates::Template;
use crate::i18n::{Count, Phrase};
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

/// A template's name: Microsoft's in the reader's words, the partner's own as it was written.
pub fn template_name(template: &Template) -> String {
    match template.key() {
        "microsoft-default" => t!("gdap-template-microsoft-default"),
        "microsoft-default-direct" => t!("gdap-template-microsoft-default-direct"),
        "support" => t!("gdap-template-support"),
        "read-only" => t!("gdap-template-read-only"),
        other => other.to_string(),
    }
}

/// "Tier 1 saved: 3 live relationships differ from it." (`gdap templates --diff` names them).
pub fn template_saved(name: &str, differing: usize) -> String {
    t!("gdap-template-saved", name = name, count = differing)
}

/// "Tier 1 removed; relationships requested from it keep their roles."
pub fn template_removed(name: &str) -> String {
    t!("gdap-template-removed", name = name)
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
        Problem::NoAccessAssignment { id } => t!("gdap-problem-no-assignment", id = id.to_string()),
        Problem::AssignmentFailed { id, relationship, reason } => t!(
            "gdap-problem-assignment-failed",
            id = id.to_string(),
            relationship = relationship.to_string(),
            reason = assignment_error(reason)
        ),
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

/// Under a template: "GDAP-3 (Minh Phát): lacks A, B; holds beyond it C".
pub fn row_differs(id: &str, customer: &str, missing: &str, extra: &str) -> String {
    t!("gdap-template-row-differs", id = id, customer = customer, missing = missing, extra = extra)
}

/// Pending for `days` days, lapses in `left` days.
pub fn pending_age(days: i64, left: i64) -> String {
    t!("gdap-pending-age", days = days, left = left)
}

pub const KEY_ASSIGN: Phrase = Phrase("gdap-key-assign");
pub const KEY_UNASSIGN: Phrase = Phrase("gdap-key-unassign");
pub const ASSIGN_TITLE: Phrase = Phrase("gdap-assign-title");
pub const UNASSIGN_TITLE: Phrase = Phrase("gdap-unassign-title");
pub const GROUP_HINT: Phrase = Phrase("gdap-group-hint");
pub const GROUP_NAME_HINT: Phrase = Phrase("gdap-group-name-hint");
pub const ASSIGN_ROLES_HINT: Phrase = Phrase("gdap-assign-roles-hint");
pub const UNASSIGN_DETAIL: Phrase = Phrase("gdap-unassign-detail");
pub const NO_ASSIGNMENTS: Phrase = Phrase("gdap-no-assignments");
pub const NO_GROUPS: Phrase = Phrase("gdap-no-groups");

/// An assignment's status without its reason.
pub fn assignment_status_kind(kind: StatusKind) -> Phrase {
    match kind {
        StatusKind::Pending => Phrase("gdap-assignment-pending"),
        StatusKind::Active => Phrase("gdap-assignment-active"),
        StatusKind::Deleting => Phrase("gdap-assignment-deleting"),
        StatusKind::Deleted => Phrase("gdap-assignment-deleted"),
        StatusKind::Error => Phrase("gdap-assignment-error"),
    }
}

/// Why Microsoft could not apply an assignment.
pub fn assignment_error(e: &AssignmentError) -> String {
    match e {
        AssignmentError::GroupNotFound => t!("gdap-assignment-error-group-not-found"),
        AssignmentError::RelationshipEnded => t!("gdap-assignment-error-relationship-ended"),
        AssignmentError::RoleNotHeld => t!("gdap-assignment-error-role-not-held"),
        AssignmentError::Microsoft(message) => t!("gdap-assignment-error-microsoft", message = message.as_str()),
    }
}

/// An assignment's status, with the reason of an error.
pub fn assignment_status(status: &AssignmentStatus) -> String {
    match status {
        AssignmentStatus::Error(e) => t!("gdap-assignment-error-because", reason = assignment_error(e)),
        other => assignment_status_kind(StatusKind::of(other)).to_string(),
    }
}

/// "ACC-4 is pending: Microsoft applies it".
pub fn assignment_saved(id: &str, status: &AssignmentStatus) -> String {
    t!("gdap-assignment-saved", id = id, status = assignment_status(status))
}

/// The question before removing an assignment.
pub fn unassign_prompt(id: &str, group: &str) -> String {
    t!("gdap-unassign-prompt", id = id, group = group)
}

/// "ACC-4 · Helpdesk agents · Helpdesk Administrator, … · active".
pub fn assignment_line(id: &str, group: &str, roles: &str, status: &str) -> String {
    t!("gdap-assignment-line", id = id, group = group, roles = roles, status = status)
}

/// "Access assignments: 2".
pub fn assigned_count(n: usize) -> String {
    t!("gdap-assigned-count", count = n)
}
pub const ASSIGN: Phrase = Phrase("gdap-assign");
pub const REMOVE: Phrase = Phrase("gdap-remove");
pub const KEY_PROBLEMS_ONLY: Phrase = Phrase("gdap-key-problems-only");
/// The Customers list's column of granular admin access.
pub const COL_ACCESS: Phrase = Phrase("gdap-col-access");

/// What `!` did: only the customers with an access problem (how many), or every one again.
pub fn problems_only(on: bool, shown: usize) -> String {
    if on { t!("gdap-problems-only-on", count = Count::from(shown)) } else { t!("gdap-problems-only-off") }
}

/// The access column's cell: short, for a narrow column.
pub fn access_cell(a: Access) -> String {
    match a {
        Access::None => t!("gdap-cell-none"),
        Access::Pending => t!("gdap-cell-pending"),
        Access::Active => t!("gdap-cell-active"),
        Access::Expiring { days } => t!("gdap-cell-expiring", days = days),
    }
}
pub const PROBLEMS_ONLY_NEXT: Phrase = Phrase("gdap-problems-only-next");
pub const STATUS_PROBLEMS_ONLY: Phrase = Phrase("gdap-status-problems-only");

/// One item of a bulk job: "GDAP-3 · Minh Phát · done" / "… · refused: why".
pub fn bulk_line(item: &str, company: &str, outcome: &Result<(), crate::domain::Refusal>, dry_run: bool) -> String {
    match outcome {
        Ok(()) if dry_run => t!("gdap-bulk-would", item = item, company = company),
        Ok(()) => t!("gdap-bulk-done", item = item, company = company),
        Err(refusal) => t!("gdap-bulk-refused", item = item, company = company, reason = refusal.to_string()),
    }
}

/// "12 done, 3 refused" (a dry run: "would be done").
pub fn bulk_summary(done: usize, refused: usize, dry_run: bool) -> String {
    if dry_run {
        t!("gdap-bulk-summary-dry-run", done = done, refused = refused)
    } else {
        t!("gdap-bulk-summary", done = done, refused = refused)
    }
}

pub const KEY_BULK: Phrase = Phrase("gdap-key-bulk");
pub const KEY_EXPORT_RESULTS: Phrase = Phrase("gdap-key-export-results");
pub const BULK_TITLE: Phrase = Phrase("gdap-bulk-title");
pub const BULK_RUN: Phrase = Phrase("gdap-bulk-run");
pub const BULK_REQUEST_HINT: Phrase = Phrase("gdap-bulk-request-hint");
pub const BULK_PREFIX_HINT: Phrase = Phrase("gdap-bulk-prefix-hint");
pub const DRY_RUN_HINT: Phrase = Phrase("gdap-dry-run-hint");
pub const BULK_RESULTS: Phrase = Phrase("gdap-bulk-results");
pub const BULK_REFUSED: Phrase = Phrase("gdap-bulk-outcome-refused");
pub const NO_BULK: Phrase = Phrase("gdap-no-bulk");
pub const NO_BULK_NEXT: Phrase = Phrase("gdap-no-bulk-next");
pub const COL_OUTCOME: Phrase = Phrase("gdap-col-outcome");
pub const COL_REASON: Phrase = Phrase("gdap-col-reason");
pub const COL_ITEM: Phrase = Phrase("gdap-col-item");
pub const COUNT_RESULTS: crate::text::Counted = crate::text::Counted("gdap-count-results");

/// The actions the bulk form offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkChoice {
    Request,
    AutoExtendOn,
    AutoExtendOff,
    RemoveGlobalAdmin,
    End,
}

impl BulkChoice {
    pub fn label(self) -> Phrase {
        match self {
            BulkChoice::Request => Phrase("gdap-bulk-request"),
            BulkChoice::AutoExtendOn => Phrase("gdap-bulk-auto-extend-on"),
            BulkChoice::AutoExtendOff => Phrase("gdap-bulk-auto-extend-off"),
            BulkChoice::RemoveGlobalAdmin => Phrase("gdap-bulk-remove-global-admin"),
            BulkChoice::End => Phrase("gdap-bulk-end"),
        }
    }
}

/// "1,000 customers" the bulk form works on.
pub fn bulk_targets(n: usize) -> String {
    t!("gdap-bulk-targets", count = Count::from(n))
}

/// Done, or (a dry run) would be done.
pub fn bulk_outcome(dry_run: bool) -> Phrase {
    if dry_run { Phrase("gdap-bulk-outcome-would") } else { Phrase("gdap-bulk-outcome-done") }
}

/// Stopped by Esc: what was done and refused stays; `left` items were not run.
pub fn bulk_cancelled(done: usize, refused: usize, left: usize) -> String {
    t!("gdap-bulk-cancelled", done = Count::from(done), refused = Count::from(refused), left = Count::from(left))
}

pub fn bulk_exported(rows: usize, path: &str) -> String {
    t!("gdap-bulk-exported", rows = Count::from(rows), path = path)
}

/// `x` on the result table over SSH: the table went to the operator's clipboard.
pub fn bulk_copied(rows: usize) -> String {
    t!("gdap-bulk-copied", rows = Count::from(rows))
}

/// The gauge of a bulk job: "GDAP: 250 of 1,000 items (Esc stops)".
pub fn bulk_progress(done: usize, total: usize) -> String {
    t!("gdap-bulk-progress", done = Count::from(done), total = Count::from(total))
}

/// A bulk job stopped by a failure of the book (not a refusal): what was done stays.
pub fn bulk_stopped(done: usize, why: &str) -> String {
    t!("gdap-bulk-stopped", done = Count::from(done), why = why)
}

/// The approval email, in the customer's language (from its country) whoever drafts it; the
/// approval link on a line of its own, the roles one a line.
impl From<&crate::domain::gdap::approval::ApprovalLetter> for crate::domain::invitation::EmailDraft {
    fn from(letter: &crate::domain::gdap::approval::ApprovalLetter) -> Self {
        use crate::i18n::{Locale, scoped};
        scoped(Locale::for_country(letter.country.as_str()), || {
            let roles: Vec<String> = letter.roles.iter().map(|r| t!("gdap-letter-role", role = r.name())).collect();
            crate::domain::invitation::EmailDraft {
                subject: t!("gdap-letter-approval-subject", partner = letter.partner.as_str()),
                body: t!(
                    "gdap-letter-approval-body",
                    partner = letter.partner.as_str(),
                    sender = letter.sender.as_str(),
                    company = letter.company.as_str(),
                    name = letter.name.as_str(),
                    roles = roles.join("\n"),
                    days = letter.duration_days,
                    lapses = letter.lapses_at.format("%Y-%m-%d").to_string(),
                    link = letter.link.as_str()
                ),
            }
        })
    }
}

/// "GDAP-3: approval email sent; it lapses in 80 days unless the customer approves."
pub fn approval_sent(id: &str, days: i64) -> String {
    t!("gdap-approval-sent", id = id, days = days)
}

pub const KEY_APPROVAL_EMAIL: Phrase = Phrase("gdap-key-approval-email");
pub const APPROVAL_EMAIL_TITLE: Phrase = Phrase("gdap-approval-email-title");

pub const ROLE_TEMPLATES: Phrase = Phrase("gdap-role-templates");
pub const COUNT_TEMPLATES: crate::text::Counted = crate::text::Counted("gdap-count-templates");
pub const KEY_NEW_TEMPLATE: Phrase = Phrase("gdap-key-new-template");
pub const KEY_EDIT_TEMPLATE: Phrase = Phrase("gdap-key-edit-template");
pub const KEY_REMOVE_TEMPLATE: Phrase = Phrase("gdap-key-remove-template");
pub const NEW_TEMPLATE_TITLE: Phrase = Phrase("gdap-new-template-title");
pub const EDIT_TEMPLATE_TITLE: Phrase = Phrase("gdap-edit-template-title");
pub const TEMPLATE_NAME_PLACEHOLDER: Phrase = Phrase("gdap-template-name-placeholder");
pub const BUILT_IN_FIXED: Phrase = Phrase("gdap-built-in-fixed");
pub const REMOVE_TEMPLATE_DETAIL: Phrase = Phrase("gdap-remove-template-detail");
pub const COL_FROM: Phrase = Phrase("gdap-col-from");
pub const COL_DIFFER: Phrase = Phrase("gdap-col-differ");
pub const FROM_MICROSOFT: Phrase = Phrase("gdap-from-microsoft");
pub const FROM_PARTNER: Phrase = Phrase("gdap-from-partner");

/// "Remove the role template Tier 1?"
pub fn remove_template_prompt(name: &str) -> String {
    t!("gdap-remove-template-prompt", name = name)
}

/// "… and 12 more" under a template's differing relationships.
pub fn more_differ(n: usize) -> String {
    t!("gdap-more-differ", count = n)
}
pub const EXPIRING: Phrase = Phrase("gdap-expiring");
pub const COL_WINDOW: Phrase = Phrase("gdap-col-window");
pub const COL_AT_THE_END: Phrase = Phrase("gdap-col-at-the-end");

#[cfg(test)]
mod tests {
    use crate::domain::admin::DirectoryRole;
    use crate::domain::fixtures;
    use crate::domain::gdap::approval::ApprovalLetter;
    use crate::domain::invitation::EmailDraft;

    #[test]
    fn the_approval_email_is_in_the_customers_language_with_its_roles_and_the_link_on_a_line_of_its_own() {
        let letter = |country: &str| ApprovalLetter {
            partner: "Sao Mai Cloud Solutions".into(),
            sender: "Trần Văn Hùng".into(),
            company: "Minh Phát".into(),
            country: fixtures::customer(country).country,
            name: "Sao Mai support minhphat".into(),
            roles: vec![DirectoryRole::GlobalReader, DirectoryRole::HelpdeskAdministrator],
            duration_days: 730,
            lapses_at: fixtures::now(),
            link: crate::domain::gdap::approval_link("GDAP-3"),
        };
        for (country, words) in [("VN", "đề nghị"), ("TR", "istiyor"), ("CN", "请求"), ("US", "asks for")] {
            let l = letter(country);
            let email = EmailDraft::from(&l);
            assert!(email.subject.contains(words), "{country}: {}", email.subject);
            assert!(email.body.lines().any(|line| line.trim() == l.link), "{country}: {}", email.body);
            assert!(email.body.contains("• Global Reader\n• Helpdesk Administrator"), "{country}: {}", email.body);
            assert!(email.body.contains(&l.lapses_at.format("%Y-%m-%d").to_string()), "{country}");
        }
    }
}
