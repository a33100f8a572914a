//! A table that draws only the rows on screen — never hands every row to a widget — with
//! optional detail lines under expanded rows, and a scroll bar.

use super::theme::Theme;
use crate::app::list::FilteredList;
use crate::app::scroll::DetailScroll;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

/// From this width every column has its full room; below it, names and emails keep theirs
/// while role and status columns shrink (cut with an ellipsis) or give way.
pub const WIDE: u16 = 110;

/// Where the position line of a scrolled record starts: under the record's own indent.
const INDENT: &str = "    ";

pub struct Column {
    pub title: std::borrow::Cow<'static, str>,
    pub width: Constraint,
}

pub fn col(title: impl Into<std::borrow::Cow<'static, str>>, width: Constraint) -> Column {
    Column { title: title.into(), width }
}

/// The first row to draw so that the selection is in view, moving the window as little as
/// possible from `previous`: the selection is at the top when it is above the window, else the
/// window starts no earlier than needed for the selection (and its detail lines) to end on the
/// last line. Walks back from the selection over at most `height` rows, so a jump of any
/// distance (`G` on a million rows, a sort that moves the selected row) costs one screen.
pub fn scroll_offset(previous: usize, selected: usize, height: usize, lines_of: impl Fn(usize) -> usize) -> usize {
    if previous >= selected {
        return selected;
    }
    // The earliest start from which rows start..=selected fit in `height` lines.
    let mut start = selected;
    let mut used = lines_of(selected);
    while start > previous && used < height {
        let more = lines_of(start - 1);
        if used + more > height {
            break;
        }
        used += more;
        start -= 1;
    }
    start
}

/// A cell's text as its column shows it: ending in an ellipsis when it is cut.
fn fit(span: Span<'static>, width: u16) -> Span<'static> {
    if span.width() <= usize::from(width) {
        return span;
    }
    Span::styled(crate::cells::clip(&span.content, width.into()), span.style)
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
    draw_rows(buf, area, theme, columns, list, cells, details, None);
}

/// Like `draw`, for rows whose details can be taller than the screen: the selected row's
/// details scroll under it (`scroll`, moved by the list's move keys: see `App::list_key`),
/// with the lines shown on the last line.
#[allow(clippy::too_many_arguments)]
pub fn draw_expandable(
    buf: &mut Buffer,
    area: Rect,
    theme: &Theme,
    columns: &[Column],
    list: &FilteredList,
    cells: impl Fn(usize) -> Vec<Span<'static>>,
    details: impl Fn(usize) -> Vec<Line<'static>>,
    scroll: &DetailScroll,
) {
    draw_rows(buf, area, theme, columns, list, cells, details, Some(scroll));
}

#[allow(clippy::too_many_arguments)]
fn draw_rows(
    buf: &mut Buffer,
    area: Rect,
    theme: &Theme,
    columns: &[Column],
    list: &FilteredList,
    cells: impl Fn(usize) -> Vec<Span<'static>>,
    details: impl Fn(usize) -> Vec<Line<'static>>,
    scroll: Option<&DetailScroll>,
) {
    if area.height < 2 || area.width < 4 {
        return;
    }
    let inner = Rect { width: area.width - 1, ..area }; // room for the scroll bar
    let rects = Layout::horizontal(columns.iter().map(|c| c.width)).spacing(1).split(Rect { height: 1, ..inner });
    for (c, r) in columns.iter().zip(rects.iter()) {
        buf.set_line(r.x, area.y, &Line::from(fit(Span::styled(c.title.clone(), theme.column), r.width)), r.width);
    }
    let body = Rect { y: area.y + 1, height: area.height - 1, ..inner };
    let visible = list.visible();
    list.page.set(body.height as usize);
    if visible.is_empty() {
        list.drawn.borrow_mut().clear();
        return;
    }
    let selected = list.selected();
    let height = body.height as usize;
    let lines_of = |pos: usize| 1 + details(visible[pos] as usize).len();
    let offset = scroll_offset(list.offset.get().min(visible.len() - 1), selected, height, lines_of);
    list.offset.set(offset);

    let bottom = body.y + body.height;
    let mut y = body.y;
    let mut drawn = list.drawn.borrow_mut();
    drawn.clear();
    for (pos, &item) in visible.iter().enumerate().skip(offset) {
        if y >= bottom {
            break;
        }
        drawn.push((y, pos));
        let style = if pos == selected { theme.selected } else { Style::default() };
        buf.set_style(Rect { x: inner.x, y, width: inner.width, height: 1 }, style);
        for (span, r) in cells(item as usize).into_iter().zip(rects.iter()) {
            buf.set_line(r.x, y, &Line::from(fit(span, r.width).patch_style(style)), r.width);
        }
        y += 1;
        let lines = details(item as usize);
        let room = usize::from(bottom - y);
        // The selected row's details, when taller than the room under it, show a window that
        // scrolls and, on the last line, which lines it shows.
        let scroll = scroll.filter(|_| pos == selected);
        let tall = scroll.is_some() && lines.len() > room && room > 1;
        let shown = if tall { room - 1 } else { room };
        let first = scroll.map_or(0, |s| s.of(item as usize).fit(shown, lines.len()));
        for line in lines.iter().skip(first).take(shown) {
            buf.set_line(inner.x, y, line, inner.width);
            y += 1;
        }
        if tall {
            let at = text::scroll_position(first + 1, first + shown, lines.len());
            let hint = Line::styled(format!("{INDENT}{at} · {}", text::RECORD_SCROLL_HINT), theme.dim);
            buf.set_line(inner.x, y, &hint, inner.width);
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

#[cfg(test)]
mod tests {
    use super::scroll_offset;
    use proptest::prelude::*;

    /// The loop this replaces: one row at a time, re-summing the window each step (O(d²)).
    fn stepwise(previous: usize, selected: usize, height: usize, lines: &[usize]) -> usize {
        let mut offset = previous.min(selected);
        while offset < selected && lines[offset..=selected].iter().sum::<usize>() > height {
            offset += 1;
        }
        offset
    }

    #[test]
    fn jumping_to_the_last_of_a_million_rows_shows_it_on_the_last_line() {
        let n = 1_000_000;
        let offset = scroll_offset(0, n - 1, 48, |_| 1);
        assert_eq!(offset, n - 48);
        // And back to the top.
        assert_eq!(scroll_offset(offset, 0, 48, |_| 1), 0);
    }

    #[test]
    fn a_selection_inside_the_window_does_not_move_it() {
        assert_eq!(scroll_offset(100, 120, 48, |_| 1), 100);
        assert_eq!(scroll_offset(100, 147, 48, |_| 1), 100);
        assert_eq!(scroll_offset(100, 148, 48, |_| 1), 101);
    }

    #[test]
    fn an_expanded_row_taller_than_the_screen_starts_at_the_top() {
        assert_eq!(scroll_offset(0, 10, 5, |p| if p == 10 { 30 } else { 1 }), 10);
    }

    proptest! {
        #[test]
        fn the_offset_keeps_the_selection_in_view_for_any_jump(
            lines in proptest::collection::vec(1usize..6, 1..300),
            previous in 0usize..300,
            selected in 0usize..300,
            height in 1usize..60,
        ) {
            let selected = selected % lines.len();
            let previous = previous % lines.len();
            let offset = scroll_offset(previous, selected, height, |p| lines[p]);
            // The selected row is drawn: it starts the window, or everything from the window's
            // start to the selection (with its details) fits on the screen.
            prop_assert!(offset <= selected);
            prop_assert!(offset == selected || lines[offset..=selected].iter().sum::<usize>() <= height);
            // The window moves as little as it must: one row earlier would not fit, or would
            // start before where it was.
            if offset > 0 && offset < selected && offset > previous.min(selected) {
                prop_assert!(lines[offset - 1..=selected].iter().sum::<usize>() > height);
            }
            prop_assert_eq!(offset, stepwise(previous, selected, height, &lines));
        }
    }
}
