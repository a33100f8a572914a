//! Keeps every frame one that a terminal shows as it is. When a widget writes into the right
//! half of a wide (Chinese) character drawn before it — a popup's border over the list — a
//! terminal blanks the character, and so must the frame: ratatui's diff assumes it, and a
//! snapshot of the frame must show what the terminal shows. And a terminal moves its cursor
//! by each character's own width, so a cluster whose characters add up to another width than
//! ratatui gives it (an emoji with U+FE0F, a family joined by U+200D) would push the rest of
//! the row sideways — terminals do not agree on how to draw those anyway.

use ratatui::buffer::{Buffer, CellWidth};
use unicode_width::UnicodeWidthChar;

/// The cells a terminal's cursor moves over when it prints `symbol`.
fn advance(symbol: &str) -> usize {
    symbol.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Shows a cluster that a terminal would misplace by its first character; blanks each wide
/// character whose right half holds something else, or that runs past the right edge.
pub fn settle(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let cell = &mut buf[(x, y)];
            if cell.symbol().len() > 1 && advance(cell.symbol()) != usize::from(cell.cell_width()) {
                let first = cell.symbol().chars().next().map(String::from).unwrap_or_default();
                cell.set_symbol(&first);
            }
            let width = cell.cell_width().max(1);
            let end = x.saturating_add(width);
            let overwritten = end > area.right() || (x + 1..end).any(|c| buf[(c, y)].symbol() != " ");
            if width > 1 && overwritten {
                buf[(x, y)].set_symbol(" ");
                x += 1;
            } else {
                x = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn a_border_over_the_right_half_blanks_the_character() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "王磊ab", Style::new());
        buf[(3, 0)].set_symbol("│");
        settle(&mut buf);
        let row: Vec<&str> = (0..6).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(row, ["王", " ", " ", "│", "a", "b"]);
    }

    #[test]
    fn emoji_a_terminal_would_misplace_show_their_first_character() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, "❤\u{fe0f}a👨\u{200d}👩b", Style::new());
        settle(&mut buf);
        let row: Vec<&str> = (0..7).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(row, ["❤", " ", "a", "👨", " ", "b", " "]);
    }

    #[test]
    fn a_well_formed_row_is_left_alone() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, "王 磊 ô", Style::new());
        let before = buf.clone();
        settle(&mut buf);
        assert_eq!(buf, before);
    }
}
