//! One audit event: who did what to which record, when, and how they were signed in; then
//! every field it changed, before → after, as the domain reads them (`AuditEvent::field_changes`).

use super::{popup, scrolled, styled, wrap};
use crate::app::App;
use crate::domain::audit::AuditEvent;
use crate::{cells, text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Where a value starts; a long value wraps back to here, and a longer field name has its
/// value on the line under it.
const LABEL_WIDTH: u16 = 24;

pub fn draw(app: &App, event: &AuditEvent, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let title = text::audit_event_title(event.seq, &event.action);
    let inner = popup::open(buf, area, theme, &title, area.width, area.height);
    let label = |name: &dyn std::fmt::Display| styled(cells::pad(&name.to_string(), LABEL_WIDTH.into()), theme.column);
    let mut lines = vec![
        Line::from(vec![label(&text::COL_WHEN), Span::raw(app.zone.second(&event.at))]),
        Line::from(vec![label(&text::COL_WHO), Span::raw(event.actor.clone())]),
    ];
    if let Some(via) = &event.via {
        lines.push(Line::from(vec![label(&text::AUDIT_VIA), Span::raw(via.clone())]));
    }
    lines.extend([
        Line::from(vec![label(&text::COL_SESSION), styled(event.session.to_string(), theme.dim)]),
        Line::from(vec![label(&text::COL_ACTION), styled(event.action.clone(), theme.accent)]),
        Line::from(vec![label(&text::COL_TARGET), Span::raw(event.target.clone())]),
        Line::from(""),
        Line::styled(text::AUDIT_CHANGES, theme.title),
    ]);
    let changes = event.field_changes();
    if changes.is_empty() {
        lines.push(Line::styled(text::AUDIT_NOTHING_RECORDED, theme.dim));
    }
    // Fields of the same record under one heading (`subscriptions › SUB-451`), by their own name.
    let mut heading: &[String] = &[];
    let whole = text::AUDIT_WHOLE.to_string();
    for change in &changes {
        let (field, parent) = change.path.split_last().map_or((whole.as_str(), &[][..]), |(f, p)| (f.as_str(), p));
        if parent != heading && !parent.is_empty() {
            lines.push(Line::from(styled(parent.join(" › "), theme.column)));
        }
        heading = parent;
        let indent = if parent.is_empty() { "" } else { "  " };
        let value = |v: &Option<String>| v.clone().unwrap_or_else(|| text::AUDIT_NO_VALUE.into());
        let (before, after) = (value(&change.before), value(&change.after));
        let name = format!("{indent}{field}");
        let mut first = if cells::width(&name) < usize::from(LABEL_WIDTH) {
            label(&name)
        } else {
            lines.push(Line::from(styled(name, theme.column)));
            label(&"")
        };
        if before.contains('\n') || after.contains('\n') {
            // A text of several lines (an email's body): the old one, then the new one, each
            // line by line under the field.
            for (side, mark, style) in [(&before, "", theme.warn), (&after, "→ ", theme.ok)] {
                for (n, text_line) in side.lines().enumerate() {
                    let mark = if n == 0 { mark } else { "" };
                    lines.push(Line::from(vec![first, styled(format!("{mark}{text_line}"), style)]));
                    first = label(&"");
                }
            }
        } else {
            lines.push(Line::from(vec![
                first,
                styled(before, theme.warn),
                styled(" → ", theme.dim),
                styled(after, theme.ok),
            ]));
        }
    }
    let rect = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
    let page = wrap::wrap_all(&lines, rect.width.saturating_sub(1), LABEL_WIDTH);
    scrolled::draw(buf, rect, theme, &page, &app.permissions.event_scroll);
}
