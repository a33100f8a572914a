//! The terminal behaviour's words (`locales/<tag>/terminal.ftl`): the fuzzy filter and the
//! command line's jumps.

use crate::i18n::Phrase;
use crate::t;

/// The filter's prompt while the filter is fuzzy (in place of `FILTER_PROMPT`).
pub const FUZZY_PROMPT: Phrase = Phrase("fuzzy-prompt");
pub const FUZZY_ON: Phrase = Phrase("fuzzy-on");
pub const FUZZY_OFF: Phrase = Phrase("fuzzy-off");
/// Beside the query while a long list is being ranked for it.
pub const FUZZY_RANKING: Phrase = Phrase("fuzzy-ranking");

/// `:sub` with an id no customer on the list holds.
pub fn command_no_subscription(id: &str) -> String {
    t!("command-no-subscription", id = id)
}

/// `q` while a bulk action runs (support contacts, a granular admin action).
pub const QUIT_DURING_BULK: Phrase = Phrase("quit-during-bulk");
/// What quitting now keeps of the bulk action, and what it leaves.
pub fn quit_during_bulk_detail(done: usize, total: usize) -> String {
    t!("quit-during-bulk-detail", done = done, total = total, left = total.saturating_sub(done))
}
/// `q` while the export (`x`) is being written.
pub const QUIT_DURING_EXPORT: Phrase = Phrase("quit-during-export");
pub fn quit_during_export_detail(done: usize, total: usize) -> String {
    t!("quit-during-export-detail", done = done, total = total)
}

/// `x` over SSH: nothing is written on the server; the export reaches the operator's own
/// machine through their ssh command.
pub const EXPORT_OVER_SSH: Phrase = Phrase("export-over-ssh");

/// The config file's `date_format` cannot be used.
pub fn date_format_invalid(pattern: &str) -> String {
    t!("date-format-invalid", pattern = pattern)
}
