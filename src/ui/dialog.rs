//! A yes/no question.

use super::{popup, styled};
use crate::app::App;
use crate::app::overlay::Confirm;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub fn draw(app: &App, confirm: &Confirm, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let inner = popup::open(buf, area, theme, text::CONFIRM_TITLE, 70, 8);
    let no = if confirm.no.is_some() { text::CONFIRM_NO } else { text::CONFIRM_NO_ESC };
    let lines = vec![
        Line::styled(confirm.question.clone(), theme.title),
        Line::from(""),
        Line::styled(confirm.detail.clone(), theme.dim),
        Line::from(""),
        Line::from(vec![styled("y ", theme.key), styled(text::CONFIRM_YES, theme.dim), styled(no, theme.dim)]),
    ];
    let rect = Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner };
    Paragraph::new(lines).wrap(Wrap { trim: true }).render(rect, buf);
}
