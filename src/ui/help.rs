//! The `?` overlay: every key of the current screen, from the same bindings the keys use.

use crate::app::App;
use crate::app::keymap::{self, Layer};
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    let base = app.base_layer();
    let layers = if matches!(base, Layer::List(..)) { vec![base, Layer::Filter] } else { vec![base] };
    for layer in layers {
        if layer == Layer::Filter {
            lines.push(Line::from(""));
            lines.push(Line::styled(format!("{}…", text::FILTER_PROMPT), theme.title));
        }
        for b in keymap::bindings(layer) {
            lines.push(Line::from(vec![Span::styled(format!("{:>12}  ", b.shown), theme.key), Span::raw(b.help)]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(text::HELP_CLOSE, theme.dim));
    let height = (lines.len() as u16 + 2).min(area.height);
    let width = 56.min(area.width);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    Clear.render(rect, buf);
    let title = format!(" {} — {} ", text::HELP_TITLE, app.tab.title());
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_type(BorderType::Rounded)
                .border_style(theme.border)
                .title(title)
                .title_style(theme.title),
        )
        .render(rect, buf);
}
