//! The `?` overlay: every key of the current screen, from the same bindings the keys use.
//! In two columns when one does not fit the screen.

use crate::app::App;
use crate::app::keymap::{self, Layer};
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

const COLUMN_WIDTH: u16 = 56;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    let base = app.base_layer();
    let layers = if matches!(base, Layer::List(..) | Layer::PermissionsPane(_)) {
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
            let help = if allowed { Span::raw(b.help) } else { Span::styled(b.help, theme.dim) };
            lines.push(Line::from(vec![Span::styled(format!("{:>12}  ", b.shown), theme.key), help]));
        }
    }
    let room = area.height.saturating_sub(4).max(1) as usize;
    let columns = lines.len().div_ceil(room).clamp(1, 2);
    let per_column = lines.len().div_ceil(columns);
    let height = (per_column as u16 + 4).min(area.height);
    let width = (COLUMN_WIDTH * columns as u16 + 2).min(area.width);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    Clear.render(rect, buf);
    let title = format!(" {} — {} ", text::HELP_TITLE, app.tab.title());
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(title)
        .title_style(theme.title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    for (n, chunk) in lines.chunks(per_column.max(1)).enumerate() {
        let x = inner.x + n as u16 * COLUMN_WIDTH;
        let column = Rect {
            x,
            y: inner.y,
            width: COLUMN_WIDTH.min(inner.right().saturating_sub(x)),
            height: inner.height.saturating_sub(1),
        };
        Paragraph::new(chunk.to_vec()).render(column, buf);
    }
    buf.set_line(inner.x, inner.bottom().saturating_sub(1), &Line::styled(text::HELP_CLOSE, theme.dim), inner.width);
}
