//! Text measured in terminal cells, as the screens and the CLI's text tables measure it: a
//! Chinese character takes two cells, a Vietnamese combining mark none (`unicode-width`).
//! `{:<N}` and `chars().count()` count characters, which shifts every column after a
//! Chinese name.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How many cells `text` takes on a terminal.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Spaces up to `cells` cells, then `text` (a longer text is left whole): numbers and ages
/// aligned right.
pub fn pad_left(text: &str, cells: usize) -> String {
    let mut out = " ".repeat(cells.saturating_sub(width(text)));
    out.push_str(text);
    out
}

/// `text` followed by spaces up to `cells` cells (a longer text is left whole).
pub fn pad(text: &str, cells: usize) -> String {
    let mut out = String::with_capacity(text.len() + cells);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(width(text))));
    out
}

/// `text` cut to `cells` cells, with an ellipsis when cut.
pub fn clip(text: &str, cells: usize) -> String {
    if width(text) <= cells {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > cells {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_cells_and_combining_marks_none() {
        assert_eq!(width("王磊"), 4);
        assert_eq!(width("Nguye\u{302}\u{303}n"), 6);
        assert_eq!(pad("王磊", 6), "王磊  ");
        assert_eq!(width(&pad("Đại Dương", 12)), 12);
        assert_eq!(pad("too long", 3), "too long");
    }

    #[test]
    fn a_clipped_text_fits_with_its_ellipsis() {
        assert_eq!(clip("成都星辰贸易有限公司", 7), "成都星…");
        assert_eq!(clip("Sao Mai", 7), "Sao Mai");
        assert_eq!(clip("Sao Mai Cloud", 7), "Sao Ma…");
        assert_eq!(clip("Limited administration", 9), "Limited…", "no space before the ellipsis");
        assert!(width(&clip("成都星辰贸易有限公司", 8)) <= 8);
    }
}
