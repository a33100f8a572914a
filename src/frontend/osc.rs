//! Operating-system commands a terminal understands beyond drawing: how the clipboard and
//! links reach the operator's own computer, locally, through tmux and over SSH.

use base64::Engine;

/// OSC 8: `label` as a hyperlink to `url`, for terminals that support it (others show the
/// label alone).
pub fn osc8(url: &str, label: &str) -> String {
    format!("\x1b]8;;{url}\x1b\\{label}\x1b]8;;\x1b\\")
}

/// OSC 52: asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64::engine::general_purpose::STANDARD.encode(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hé"), "\x1b]52;c;aMOp\x07");
    }

    #[test]
    fn osc8_wraps_the_label_in_a_link() {
        assert_eq!(osc8("mailto:a@b.vn", "mail"), "\x1b]8;;mailto:a@b.vn\x1b\\mail\x1b]8;;\x1b\\");
    }
}
