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
