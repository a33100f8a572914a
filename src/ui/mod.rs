//! Drawing: a pure function of the app state onto a frame. No IO, no store, no mutation of
//! the book (views remember their scroll offset through `Cell`s, nothing else).

mod audit_event;
mod command;
mod customers;
mod dialog;
mod editor;
mod footer;
mod form;
mod help;
mod invitation;
mod invitations;
mod partners;
mod permissions;
mod popup;
mod record;
mod scrolled;
pub mod snapshot;
mod table;
pub use crate::theme;
mod wide;
mod wrap;

use crate::app::overlay::Overlay;
use crate::app::pointer::Target;
use crate::app::{App, StatusKind, Tab};
use crate::domain::permission::Actor;
use crate::text;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget, Wrap};
use std::fmt;
use theme::Theme;

/// Below this size the layout cannot show a list: a message is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;

/// Most lines a message on the status line wraps onto; it is written to fit in them.
const STATUS_ROWS: usize = 4;

pub fn render(app: &App, frame: &mut Frame) {
    crate::i18n::scoped(app.locale, || render_frame(app, frame))
}

fn render_frame(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    draw(app, area, buf);
    wide::settle(buf);
}

fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    buf.set_style(area, theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        // Wrapped here by display cells: `Paragraph`'s own wrapping writes a two-cell character
        // past the edge of a very narrow terminal (the Chinese message at 2 cells wide).
        let said = Line::from(text::too_small(area.width, area.height, MIN_WIDTH, MIN_HEIGHT));
        Paragraph::new(wrap::wrap(&said, area.width, 0)).style(theme.warn).render(area, buf);
        return;
    }
    // A long message (a refusal that says why and what to do) wraps onto more lines rather
    // than being cut where the operator is reading.
    let status_rows = status_lines(app, area.width).len().clamp(1, STATUS_ROWS) as u16;
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(status_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(app, header, buf);
    let body = Rect { y: body.y + 1, height: body.height.saturating_sub(1), ..body };
    if app.is_empty_book() {
        empty_state(buf, body, theme, text::EMPTY_BOOK, text::EMPTY_BOOK_NEXT);
    } else {
        match app.tab {
            Tab::Customers => customers::draw(app, body, buf),
            Tab::Invitations => invitations::draw(app, body, buf),
            Tab::Partners => partners::draw(app, body, buf),
            Tab::Permissions => permissions::draw(app, body, buf),
        }
    }
    // Overlays reach the status's first row (a popup's bottom border), never the rows a long
    // message wraps onto.
    let over = Rect { y: header.bottom(), height: (status.y + 1).saturating_sub(header.bottom()), ..area };
    for overlay in &app.overlays {
        match overlay {
            Overlay::Form(state) => form::draw(app, &state.form, over, buf),
            Overlay::Editor(editor) => editor::draw(app, editor, over, buf),
            Overlay::Confirm(confirm) => dialog::draw(app, confirm, over, buf),
            Overlay::Invitation(id) => {
                if let Some(inv) = app.invitations.find(*id) {
                    invitation::draw(app, inv, over, buf);
                }
            }
            Overlay::CommandLine(line) => command::draw(app, line, over, buf),
            Overlay::AuditEvent(seq) => {
                if let Some(event) = app.permissions.event(*seq) {
                    audit_event::draw(app, event, over, buf);
                }
            }
        }
    }
    draw_status(app, status, buf);
    footer::draw(app, footer, buf);
    if app.help {
        help::draw(app, area, buf);
    }
}

fn draw_header(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    buf.set_style(area, theme.header);
    let mut spans = vec![Span::styled(format!(" {} ", text::APP_NAME), theme.header.patch(theme.title))];
    let mut targets = app.targets.tabs.borrow_mut();
    targets.clear();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        let style = if *tab == app.tab { theme.tab_active } else { theme.header.patch(theme.tab) };
        let span = Span::styled(format!(" {} {} ", i + 1, app.tab_title(*tab)), style);
        let x = area.x + Line::from(spans.clone()).width() as u16;
        targets.push(Target { y: area.y, x, width: span.width() as u16, what: *tab });
        spans.push(span);
    }
    let tabs = Line::from(spans);
    let tabs_width = tabs.width() as u16;
    buf.set_line(area.x, area.y, &tabs, area.width);

    // Who is signed in, as much as the tabs leave room for: in full, else shorter, else the
    // name cut (a name cut to a letter or two says nothing, so then nothing).
    let (forms, name) = match app.actor() {
        Some(Actor::Partner(user)) => {
            let org = app.org.as_ref().map_or("", |o| o.name.as_str());
            let roles = user.roles_summary();
            (vec![format!("{org} · {} ({roles})", user.name), format!("{} ({roles})", user.name)], user.name.clone())
        }
        Some(Actor::Customer { company, user, .. }) => (
            vec![
                format!("{} · {company} · {}", text::CUSTOMER_VIEW, user.name),
                format!("{} · {}", text::CUSTOMER_VIEW, user.name),
            ],
            user.name.clone(),
        ),
        None => return,
    };
    let read_only =
        |who: &String| if app.session.read_only { format!("{} · {who}", text::READ_ONLY) } else { who.clone() };
    let room = area.width.saturating_sub(tabs_width + 2) as usize;
    const SHORTEST: usize = 8;
    let who = forms
        .iter()
        .chain([&name])
        .map(read_only)
        .chain([name.clone()])
        .find(|who| crate::cells::width(who) <= room)
        .or_else(|| (room >= SHORTEST).then(|| crate::cells::clip(&name, room)))
        .unwrap_or_default();
    if who.is_empty() {
        return;
    }
    let x = area.x + area.width - crate::cells::width(&who) as u16 - 1;
    buf.set_string(x, area.y, &who, theme.header.patch(theme.identity));
}

fn draw_status(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let list = app.list();
    if let Some(job) = &app.job {
        let label = if job.is_export() {
            text::export_progress(job.processed(), job.total)
        } else if matches!(job.kind, crate::app::job::JobKind::Gdap(_)) {
            text::gdap::bulk_progress(job.processed(), job.total)
        } else {
            text::bulk_progress(job.processed(), job.total)
        };
        let ratio = job.processed() as f64 / job.total.max(1) as f64;
        LineGauge::default()
            .label(label)
            .ratio(ratio)
            .filled_style(theme.ok)
            .unfilled_style(theme.dim)
            .render(Rect { x: area.x + 1, width: area.width.saturating_sub(1), ..area }, buf);
        return;
    }
    let prompt = if list.is_fuzzy() { text::FUZZY_PROMPT } else { text::FILTER_PROMPT };
    // While a long list is ranked for the query, the previous ranking shows and says so.
    let hint = if list.is_ranking() { text::FUZZY_RANKING } else { text::FILTER_HINT };
    let line = if list.editing {
        Line::from(vec![
            Span::styled(prompt, theme.key),
            Span::raw(list.query().to_string()),
            Span::styled("█", theme.dim),
            Span::styled(format!("   {hint}"), theme.dim),
        ])
    } else if app.status.is_some() {
        for (y, line) in (area.top()..area.bottom()).zip(status_lines(app, area.width)) {
            buf.set_line(area.x + 1, y, &line, area.width.saturating_sub(2));
        }
        return;
    } else {
        let mut parts = vec![Span::styled(status_counts(app), theme.dim)];
        if !list.query().is_empty() {
            parts.push(Span::styled(format!(" · {prompt}{}", list.query()), theme.accent));
        }
        Line::from(parts)
    };
    buf.set_line(area.x + 1, area.y, &line, area.width.saturating_sub(1));
}

/// The first row (from 0) of the status line on a `width`×`height` screen: where a link over
/// the start of its message goes.
pub fn status_row(app: &App, width: u16, height: u16) -> u16 {
    let rows = status_lines(app, width).len().clamp(1, STATUS_ROWS) as u16;
    height.saturating_sub(1 + rows)
}

/// The message on the status line, wrapped to the screen's width.
fn status_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let Some(status) = &app.status else { return Vec::new() };
    let style = if status.kind == StatusKind::Error { app.theme.error } else { app.theme.ok };
    wrap::wrap(&Line::styled(status.text.as_str(), style), width.saturating_sub(2), 0)
}

fn status_counts(app: &App) -> String {
    let list = app.list();
    let noun = match app.tab {
        Tab::Customers => text::COUNT_CUSTOMERS,
        Tab::Invitations => text::COUNT_INVITATIONS,
        Tab::Partners => text::COUNT_PARTNERS,
        Tab::Permissions => match app.permissions.pane {
            crate::app::permissions::Pane::Users => text::COUNT_USERS,
            crate::app::permissions::Pane::Relationships => text::COUNT_RELATIONSHIPS,
            crate::app::permissions::Pane::Audit => text::COUNT_EVENTS,
            crate::app::permissions::Pane::Bulk => text::gdap::COUNT_RESULTS,
            crate::app::permissions::Pane::Templates => text::gdap::COUNT_TEMPLATES,
            crate::app::permissions::Pane::Expiring => text::COUNT_RELATIONSHIPS,
        },
    };
    let noun =
        if app.tab == Tab::Customers && app.customers.is_loading() { text::COUNT_CUSTOMERS_LOADING } else { noun };
    let mut text = text::count_of(list.shown(), list.total(), noun);
    if app.tab == Tab::Customers
        && let Some(sort) = app.customers.sort
    {
        text.push_str(&format!(" · {}", text::sorted_by(&sort.shown(app.customers.descending))));
        if !app.customers.marked.is_empty() {
            text.push_str(&format!(" · {}", text::marked(app.customers.marked.len())));
        }
        if app.customers.problems_only {
            text.push_str(&format!(" · {}", text::gdap::STATUS_PROBLEMS_ONLY));
        }
    }
    if app.tab == Tab::Invitations
        && let Some(status) = app.invitations.status
    {
        text.push_str(&format!(" · {}", text::only_status(&status.in_sentence().to_string())));
    }
    text
}

/// The message a list shows when it has nothing: what it is, and what to do next.
pub fn empty_state(buf: &mut Buffer, area: Rect, theme: &Theme, what: impl fmt::Display, next: impl fmt::Display) {
    if area.height < 2 {
        return;
    }
    let y = area.y + area.height / 3;
    let lines =
        vec![Line::styled(what.to_string(), theme.title), Line::from(""), Line::styled(next.to_string(), theme.dim)];
    let rect = Rect { y, height: area.height - (y - area.y), ..area };
    Paragraph::new(lines).alignment(Alignment::Center).wrap(Wrap { trim: true }).render(rect, buf);
}

/// The empty state of a list: nothing at all, or nothing matching the filter.
pub fn list_empty_state(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    what: impl fmt::Display,
    next: impl fmt::Display,
) -> bool {
    let list = app.list();
    if list.total() == 0 {
        empty_state(buf, area, app.theme, what, next);
        true
    } else if list.shown() == 0 {
        empty_state(buf, area, app.theme, text::NO_MATCH, text::NO_MATCH_NEXT);
        true
    } else {
        false
    }
}

/// A titled section heading inside a panel.
pub fn heading(title: impl fmt::Display, theme: &Theme) -> Line<'static> {
    Line::styled(title.to_string(), theme.title)
}

pub fn styled(text: impl Into<String>, style: Style) -> Span<'static> {
    Span::styled(text.into(), style)
}
