//! A table that draws only the rows on screen — never hands every row to a widget — with
//! optional detail lines under expanded rows, and a scroll bar.

use super::theme::Theme;
use crate::app::list::FilteredList;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

pub struct Column {
    pub title: &'static str,
    pub width: Constraint,
}

pub const fn col(title: &'static str, width: Constraint) -> Column {
    Column { title, width }
}

/// Draws `list` into `area`: a header, then the visible window of rows. `cells(item)` gives a
/// row's cells; `details(item)` the lines shown under it when it is expanded (empty if not).
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    theme: &Theme,
    columns: &[Column],
    list: &FilteredList,
    cells: impl Fn(usize) -> Vec<Span<'static>>,
    details: impl Fn(usize) -> Vec<Line<'static>>,
) {
    if area.height < 2 || area.width < 4 {
        return;
    }
    let inner = Rect { width: area.width - 1, ..area }; // room for the scroll bar
    let rects = Layout::horizontal(columns.iter().map(|c| c.width)).spacing(1).split(Rect { height: 1, ..inner });
    for (c, r) in columns.iter().zip(rects.iter()) {
        buf.set_line(r.x, area.y, &Line::styled(c.title, theme.column), r.width);
    }
    let body = Rect { y: area.y + 1, height: area.height - 1, ..inner };
    let visible = list.visible();
    list.page.set(body.height as usize);
    if visible.is_empty() {
        return;
    }
    let selected = list.selected();
    let height = body.height as usize;
    let lines_of = |pos: usize| 1 + details(visible[pos] as usize).len();
    let mut offset = list.offset.get().min(visible.len() - 1).min(selected);
    while offset < selected && (offset..=selected).map(lines_of).sum::<usize>() > height {
        offset += 1;
    }
    list.offset.set(offset);

    let bottom = body.y + body.height;
    let mut y = body.y;
    for (pos, &item) in visible.iter().enumerate().skip(offset) {
        if y >= bottom {
            break;
        }
        let style = if pos == selected { theme.selected } else { Style::default() };
        buf.set_style(Rect { x: inner.x, y, width: inner.width, height: 1 }, style);
        for (span, r) in cells(item as usize).into_iter().zip(rects.iter()) {
            buf.set_line(r.x, y, &Line::from(span.patch_style(style)), r.width);
        }
        y += 1;
        for line in details(item as usize) {
            if y >= bottom {
                break;
            }
            buf.set_line(inner.x, y, &line, inner.width);
            y += 1;
        }
    }
    if visible.len() > height {
        let bar = Rect { x: area.x + area.width - 1, y: body.y, width: 1, height: body.height };
        let mut state = ScrollbarState::new(visible.len()).position(selected).viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .thumb_style(theme.title)
            .track_style(theme.border)
            .render(bar, buf, &mut state);
    }
}
