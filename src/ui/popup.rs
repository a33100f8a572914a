//! Framed boxes above the lists.

use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Clear, Widget};

/// Clears a centered box of at most `width`×`height` and draws its frame; returns the inside.
pub fn open(
    buf: &mut Buffer,
    area: Rect,
    theme: &Theme,
    title: impl std::fmt::Display,
    width: u16,
    height: u16,
) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(format!(" {title} "))
        .title_style(theme.title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}
