//! A form: labels on the left, values on the right, the focused field marked, its hint and
//! the last refusal under it.

use super::{popup, styled, wrap};
use crate::app::App;
use crate::app::form::{FieldKind, Form};
use crate::{cells, text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

const LABEL_WIDTH: u16 = 33;

pub fn draw(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let width = area.width.saturating_sub(4).min(116);
    // Inside the box's borders: room for the longest label (offer names run to 40
    // characters), at most half the width; the value, and its hint wrapped under it.
    let inside = width.saturating_sub(2);
    let longest = form.fields.iter().map(|f| cells::width(&f.label()) as u16 + 4).max().unwrap_or(0);
    let label_width = LABEL_WIDTH.max(longest).min(inside / 2);
    let value_width = inside.saturating_sub(label_width + 1);
    let hints: Vec<Vec<Line>> = form
        .fields
        .iter()
        .map(|f| {
            f.hint.as_ref().map_or_else(Vec::new, |h| wrap::wrap(&Line::styled(h.as_str(), theme.dim), value_width, 0))
        })
        .collect();
    let rows = |i: usize| 1 + hints[i].len() as u16;
    let height = (0..form.fields.len()).map(rows).sum::<u16>() + 6;
    let inner = popup::open(buf, area, theme, &form.title, width, height);
    let mut y = inner.y + 1;
    let value_x = inner.x + label_width;
    // On a short screen the form scrolls so that the focused field stays in view.
    let room = inner.height.saturating_sub(4);
    let mut first = 0;
    while first < form.focus && (first..=form.focus).map(rows).sum::<u16>() > room {
        first += 1;
    }
    for (i, field) in form.fields.iter().enumerate().skip(first) {
        if y + rows(i) > inner.bottom().saturating_sub(3).max(inner.y + 2) {
            break;
        }
        let focused = i == form.focus;
        let refused = form.error.as_ref().is_some_and(|e| e.input.as_ref() == Some(&field.id));
        let label_style = if refused {
            theme.error
        } else if focused {
            theme.key
        } else {
            theme.column
        };
        let marker = if focused { "› " } else { "  " };
        buf.set_line(
            inner.x + 1,
            y,
            &Line::styled(format!("{marker}{}", field.label()), label_style),
            label_width.saturating_sub(1),
        );
        draw_value(app, &field.kind, focused, Rect { x: value_x, y, width: value_width, height: 1 }, buf);
        // A country's code is named beside it, in the operator's language: "VN  Việt Nam".
        if field.id == crate::domain::Input::Country {
            let typed = form.text(&field.id);
            let name = crate::domain::country::CountryCode::parse(&typed).map_or("", |c| c.name());
            let at = cells::width(&typed) as u16 + 2;
            if !name.is_empty() && at < value_width {
                buf.set_line(value_x + at, y, &Line::styled(name, theme.dim), value_width - at);
            }
        }
        y += 1;
        for hint in &hints[i] {
            buf.set_line(value_x, y, hint, value_width);
            y += 1;
        }
    }
    if let Some(error) = &form.error {
        let rect = Rect {
            x: inner.x + 1,
            y: inner.bottom().saturating_sub(3),
            width: inner.width.saturating_sub(2),
            height: 2,
        };
        Paragraph::new(Line::styled(error.to_string(), theme.error)).wrap(Wrap { trim: true }).render(rect, buf);
    }
    let submit = Line::from(vec![
        styled("Enter ", theme.key),
        styled(form.submit_label, theme.dim),
        styled("   Esc ", theme.key),
        styled(text::KEY_CANCEL, theme.dim),
    ]);
    buf.set_line(inner.x + 1, inner.bottom().saturating_sub(1), &submit, inner.width.saturating_sub(2));
}

/// A field's value in its one-line `area`: text input, checkbox, choice or fixed text.
fn draw_value(app: &App, kind: &FieldKind, focused: bool, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    match kind {
        FieldKind::Text(input) => {
            let style = if focused { theme.selected } else { theme.base };
            buf.set_style(area, style);
            let mut input = (**input).clone();
            input.set_style(style);
            input.set_cursor_style(if focused { theme.tab_active } else { style });
            input.set_placeholder_style(theme.dim);
            input.render(area, buf);
        }
        FieldKind::Toggle { on, locked } => {
            let mark = if *on { "[x]" } else { "[ ]" };
            let mut spans = vec![styled(mark, if focused { theme.key } else { theme.base })];
            if locked.is_some() {
                spans.push(styled(format!(" {}", text::FIELD_LOCKED), theme.dim));
            }
            buf.set_line(area.x, area.y, &Line::from(spans), area.width);
        }
        FieldKind::Choice { options, index } => {
            let value = options.get(*index).cloned().unwrap_or_default();
            let style = if focused { theme.key } else { theme.base };
            buf.set_line(
                area.x,
                area.y,
                &Line::from(vec![
                    styled("◂ ", theme.dim),
                    // A value wider than the field says so, and ▸ stays in view.
                    styled(cells::clip(&value, usize::from(area.width).saturating_sub(4)), style),
                    styled(" ▸", theme.dim),
                ]),
                area.width,
            );
        }
        FieldKind::Fixed(value) => {
            let shown = cells::clip(value, area.width.into());
            buf.set_line(area.x, area.y, &Line::from(Span::raw(shown)), area.width);
        }
    }
}
