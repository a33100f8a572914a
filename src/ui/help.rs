//! The `?` overlay: every key of the current screen, from the same bindings the keys use.
//! In two columns when that shows them all; otherwise in one that scrolls (`j` `k`, `PgDn`).

use super::{scrolled, wrap};
use crate::app::App;
use crate::app::keymap::{self, Layer};
use crate::cells;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

const COLUMN_WIDTH: u16 = 56;
/// Where a binding's description starts: after the right-aligned keys and two spaces.
const KEYS_WIDTH: usize = 12;

fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut lines = Vec::new();
    let base = app.base_layer();
    let layers = if matches!(base, Layer::List(..) | Layer::Record(_) | Layer::PermissionsPane(_)) {
        vec![base, Layer::Filter]
    } else {
        vec![base]
    };
    for layer in layers {
        if layer == Layer::Filter {
            lines.push(Line::styled(format!("{}…", text::FILTER_PROMPT), theme.title));
        }
        for b in keymap::bindings(layer) {
            let allowed = b.needs.is_none_or(|op| app.may(op));
            let keys = format!("{}{}  ", " ".repeat(KEYS_WIDTH.saturating_sub(cells::width(b.shown))), b.shown);
            let help = if allowed { Span::raw(b.help) } else { Span::styled(b.help, theme.dim) };
            lines.push(Line::from(vec![Span::styled(keys, theme.key), help]));
        }
    }
    lines
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    // Inside the box: a margin on the left, the scroll bar's column on the right.
    let column = COLUMN_WIDTH.min(area.width.saturating_sub(2));
    let lines = wrap::wrap_all(&lines(app), column.saturating_sub(3), KEYS_WIDTH as u16 + 2);
    let room = usize::from(area.height.saturating_sub(4)).max(1);
    let columns: u16 =
        if lines.len() > room && lines.len() <= 2 * room && area.width >= 2 * COLUMN_WIDTH + 2 { 2 } else { 1 };
    let per_column = lines.len().div_ceil(usize::from(columns));
    let height = (per_column.min(room) as u16 + 2).min(area.height);
    let width = (column * columns + 2).min(area.width);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let title = format!(" {} — {} ", text::HELP_TITLE, app.tab_title(app.tab));
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(title)
        .title_style(theme.title)
        .title_bottom(Line::styled(format!(" {} ", text::HELP_CLOSE), theme.dim));
    let inner = block.inner(rect);
    block.render(rect, buf);
    for (n, chunk) in lines.chunks(per_column.max(1)).enumerate() {
        let x = inner.x + 1 + n as u16 * column;
        let area = Rect { x, width: column.min(inner.right().saturating_sub(x)), ..inner };
        scrolled::draw(buf, area, theme, chunk, &app.help_scroll);
    }
}
