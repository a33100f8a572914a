//! A yes/no question. The box grows with its question and detail, so the answer keys stay in
//! view however long the question (up to the screen's height).

use super::{popup, styled, wrap};
use crate::app::App;
use crate::app::overlay::Confirm;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

const WIDTH: u16 = 70;

pub fn draw(app: &App, confirm: &Confirm, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    // Inside the borders, less a cell of margin each side.
    let text_width = WIDTH.min(area.width).saturating_sub(4);
    let question = wrap::wrap(&Line::styled(confirm.question.clone(), theme.title), text_width, 0);
    let detail = wrap::wrap(&Line::styled(confirm.detail.clone(), theme.dim), text_width, 0);
    let no = if confirm.no.is_some() { text::CONFIRM_NO } else { text::CONFIRM_NO_ESC };
    let mut lines = question;
    lines.push(Line::from(""));
    lines.extend(detail);
    lines.push(Line::from(""));
    lines.push(Line::from(vec![styled("y ", theme.key), styled(text::CONFIRM_YES, theme.dim), styled(no, theme.dim)]));
    let inner = popup::open(buf, area, theme, text::CONFIRM_TITLE, WIDTH, lines.len() as u16 + 3);
    // When the screen is too short for all of it, the answer keys stay and the detail gives way.
    let room = usize::from(inner.height.saturating_sub(1));
    if lines.len() > room {
        let answer = lines.pop();
        lines.truncate(room.saturating_sub(1));
        lines.extend(answer);
    }
    for (i, line) in lines.iter().enumerate() {
        buf.set_line(inner.x + 1, inner.y + i as u16, line, inner.width.saturating_sub(2));
    }
}
