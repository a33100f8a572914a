//! A page taller than its box — the help, an invitation and its email — drawn from its scroll
//! position, with a scroll bar and, on the box's bottom border, which lines are on screen.

use super::theme::Theme;
use crate::app::scroll::Scroll;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

/// Draws `lines` (wrapped to `area.width - 1`: the last column is the scroll bar's) into `area`,
/// the inside of a box whose bottom border is the row under it.
pub fn draw(buf: &mut Buffer, area: Rect, theme: &Theme, lines: &[Line], scroll: &Scroll) {
    let height = usize::from(area.height);
    let first = scroll.fit(height, lines.len());
    for (y, line) in (area.top()..area.bottom()).zip(&lines[first..]) {
        buf.set_line(area.x, y, line, area.width.saturating_sub(1));
    }
    if lines.len() <= height {
        return;
    }
    let bar = Rect { x: area.right().saturating_sub(1), width: 1, ..area };
    let mut state = ScrollbarState::new(lines.len() - height + 1).position(first).viewport_content_length(height);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(Some("▲"))
        .end_symbol(Some("▼"))
        .thumb_style(theme.title)
        .track_style(theme.border)
        .render(bar, buf, &mut state);
    let shown = format!(" {} ", text::scroll_position(first + 1, (first + height).min(lines.len()), lines.len()));
    let x = area.right().saturating_sub(crate::cells::width(&shown) as u16 + 1);
    buf.set_line(x, area.bottom(), &Line::styled(shown, theme.title), area.width);
}
