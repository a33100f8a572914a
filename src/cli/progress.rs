//! Progress bars for long commands (`import`, `demo`), on standard error and only when it is a
//! terminal: a script reading the output, or `--json`, sees none.

use indicatif::{ProgressBar, ProgressStyle};

/// A bar of `length` steps (a spinner when unknown) drawn with `template`; hidden when stderr
/// is not a terminal or the output is JSON.
pub fn bar(length: Option<u64>, json: bool, template: &str) -> ProgressBar {
    use std::io::IsTerminal;
    if json || super::output::is_remote() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match length {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::new_spinner(),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
