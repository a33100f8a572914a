//! The email editor (invitations, offers, approval emails): recipient, the link's state,
//! subject and body.

use super::{popup, styled};
use crate::app::App;
use crate::app::editor::{EmailEditor, Mail};
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub fn draw(app: &App, editor: &EmailEditor, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let heading = match editor.mail {
        Mail::Invitation(_) => text::EDITOR_TITLE,
        Mail::Approval(_) => text::gdap::APPROVAL_EMAIL_TITLE,
    };
    let title = format!("{heading} — {} — {}", editor.id(), text::addressee(editor.customer_name()));
    let inner = popup::open(buf, area, theme, &title, area.width, area.height);
    if inner.height < 8 {
        return;
    }
    let x = inner.x + 1;
    let width = inner.width.saturating_sub(2);
    let label = |name: &dyn std::fmt::Display| styled(crate::cells::pad(&name.to_string(), 9), theme.column);
    let to = editor.recipient().map(|r| r.to_string()).unwrap_or_default();
    buf.set_line(x, inner.y, &Line::from(vec![label(&text::EDITOR_TO), styled(to, theme.base)]), width);
    let link_state = if editor.link_intact() {
        styled(text::LINK_INTACT, theme.ok)
    } else {
        styled(text::LINK_MISSING, theme.error)
    };
    buf.set_line(x, inner.y + 1, &Line::from(vec![label(&text::EDITOR_LINK), link_state]), width);
    buf.set_line(x, inner.y + 2, &Line::from(vec![label(&""), styled(editor.link().to_string(), theme.dim)]), width);

    buf.set_line(x, inner.y + 3, &Line::from(vec![label(&text::EDITOR_SUBJECT)]), 9);
    let subject_area = Rect { x: x + 9, y: inner.y + 3, width: width.saturating_sub(9), height: 1 };
    let focus_style = theme.tab_active;
    let mut subject = editor.subject.clone();
    subject.set_style(theme.base);
    subject.set_cursor_style(if editor.in_body { theme.base } else { focus_style });
    buf.set_style(subject_area, if editor.in_body { theme.base } else { theme.selected });
    subject.render(subject_area, buf);

    let error_lines = u16::from(editor.error.is_some()) * 2;
    let body_area = Rect { x, y: inner.y + 4, width, height: inner.height.saturating_sub(4 + error_lines) };
    let mut body = editor.body.clone();
    body.set_block(Block::bordered().border_style(if editor.in_body { theme.title } else { theme.border }));
    body.set_cursor_style(if editor.in_body { focus_style } else { theme.base });
    body.render(body_area, buf);
    if let Some(error) = &editor.error {
        let rect = Rect { x, y: inner.bottom().saturating_sub(2), width, height: 2 };
        Paragraph::new(Line::styled(error.clone(), theme.error)).wrap(Wrap { trim: true }).render(rect, buf);
    }
}
