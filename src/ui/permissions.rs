//! The Permissions tab. Partner side: partner users and their three role axes, granular admin
//! relationships, the audit log (`v` moves between them). Customer side: who holds admin
//! privileges for the tenant, and its granular admin relationships.

use super::table::{self, col};
use super::{heading, list_empty_state, styled, wrap};
use crate::app::App;
use crate::app::partners::partner_name;
use crate::app::permissions::Pane;
use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus};
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.session.customer_tenant().is_some() {
        return draw_customer(app, area, buf);
    }
    let theme = app.theme;
    let view = &app.permissions;
    // The views' names; when they do not fit, those before the one shown give way, then those
    // after it, then the hint (an ellipsis says where names gave way), so the view shown is
    // always named.
    let titles: Vec<(Pane, String)> = Pane::ALL.iter().map(|p| (*p, format!(" {} ", p.title()))).collect();
    let hint = format!("  (v: {})", text::KEY_NEXT_VIEW);
    let shown = view.pane;
    let at = titles.iter().position(|(p, _)| *p == shown).unwrap_or(0);
    let fits = |first: usize, last: usize, hint_shown: bool| {
        let names: usize = titles[first..last].iter().map(|(_, t)| crate::cells::width(t) + 1).sum();
        let ellipses = usize::from(first > 0) + usize::from(last < titles.len());
        let hint = if hint_shown { crate::cells::width(&hint) } else { 0 };
        names + ellipses + hint <= usize::from(area.width)
    };
    let (mut first, mut last, mut hint_shown) = (0, titles.len(), true);
    while !fits(first, last, hint_shown) && first < at {
        first += 1;
    }
    while !fits(first, last, hint_shown) && last > at + 1 {
        last -= 1;
    }
    hint_shown &= fits(first, last, true);
    let mut spans = Vec::new();
    if first > 0 {
        spans.push(styled("…", theme.dim));
    }
    for (pane, title) in &titles[first..last] {
        let style = if *pane == shown { theme.tab_active } else { theme.dim };
        spans.push(styled(title.clone(), style));
        spans.push(Span::raw(" "));
    }
    if last < titles.len() {
        spans.push(styled("…", theme.dim));
    }
    if hint_shown {
        spans.push(styled(hint, theme.dim));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let body = Rect { y: area.y + 2, height: area.height.saturating_sub(2), ..area };
    match view.pane {
        Pane::Users => draw_users(app, body, buf),
        Pane::Relationships => draw_relationships(app, body, buf, &view.relationships),
        Pane::Audit => draw_audit(app, body, buf),
        Pane::Bulk => draw_bulk(app, body, buf),
        Pane::Templates => draw_templates(app, body, buf),
        Pane::Expiring => draw_expiring(app, body, buf),
    }
}

fn draw_users(app: &App, area: Rect, buf: &mut Buffer) {
    if list_empty_state(app, buf, area, text::NO_USERS, "") {
        return;
    }
    let theme = app.theme;
    let view = &app.permissions;
    // Names and emails keep their room; on a narrow terminal the roles are cut short.
    let wide = area.width >= table::WIDE;
    let columns = [
        col(text::COL_NAME, Constraint::Fill(3)),
        col(text::COL_EMAIL, Constraint::Fill(3)),
        col(text::COL_COMPANY_ROLE, Constraint::Length(if wide { 21 } else { 12 })),
        col(text::COL_SUPPORTED, Constraint::Length(if wide { 22 } else { 9 })),
        col(text::COL_AGENT, Constraint::Fill(2)),
    ];
    let cells = |item: usize| {
        let u = &view.users[item];
        let agents = u.agent.labels();
        vec![
            Span::raw(u.name.clone()),
            styled(u.email.to_string(), theme.dim),
            if u.is_global_admin() {
                styled(u.company_role.label(), theme.identity)
            } else {
                Span::raw(u.company_role.label())
            },
            Span::raw(u.supported_admin.label()),
            Span::raw(if agents.is_empty() { "—".to_string() } else { crate::i18n::list(&agents) }),
        ]
    };
    table::draw(buf, area, theme, &columns, &view.users_list, cells, |_| Vec::<Line>::new());
}

fn draw_relationships(app: &App, area: Rect, buf: &mut Buffer, items: &[AdminRelationship]) {
    if list_empty_state(app, buf, area, text::NO_RELATIONSHIPS, text::NO_RELATIONSHIPS_NEXT) {
        return;
    }
    let theme = app.theme;
    let now = app.now();
    let wide = area.width >= table::WIDE;
    let columns = [
        col(text::COL_ID, Constraint::Length(8)),
        col(text::COL_CUSTOMER, Constraint::Fill(if wide { 2 } else { 3 })),
        col(text::COL_NAME, Constraint::Fill(2)),
        col(text::COL_ROLES, Constraint::Fill(if wide { 2 } else { 1 })),
        col(text::COL_STATUS, Constraint::Length(if wide { 21 } else { 11 })),
        col(text::COL_ENDS, Constraint::Length(10)),
        col(text::COL_AUTO, Constraint::Length(4)),
    ];
    let cells = |item: usize| {
        let r = &items[item];
        let status = r.status_at(now);
        let style = match status {
            AdminRelationshipStatus::Active => theme.ok,
            AdminRelationshipStatus::ApprovalPending | AdminRelationshipStatus::Expiring => theme.warn,
            _ => theme.dim,
        };
        let roles: Vec<String> = r.roles.iter().map(|x| x.name()).collect();
        vec![
            Span::raw(r.id.to_string()),
            Span::raw(r.customer_name.clone()),
            Span::raw(r.name.clone()),
            styled(crate::i18n::list(&roles), theme.dim),
            styled(status.label(), style),
            // A request waiting for the customer ends when it lapses, 90 days after it was made.
            match (status, crate::domain::gdap::forecast::ending(r, now)) {
                (AdminRelationshipStatus::ApprovalPending, Some(lapse)) => {
                    styled(app.zone.date(&lapse.ends_at), theme.warn)
                }
                _ => Span::raw(r.ends_at.map_or_else(|| "—".into(), |e| app.zone.date(&e))),
            },
            Span::raw(if r.auto_extend { text::YES } else { text::NO }),
        ]
    };
    let selected = app.list().selected_item();
    let details = |item: usize| {
        if Some(item) == selected { relationship_details(app, &items[item]) } else { Vec::new() }
    };
    table::draw(buf, area, theme, &columns, app.list(), cells, details);
}

/// Under the selected relationship: when it ends and whether it will auto-extend (and why
/// not), or, waiting for the customer, its age, when it lapses and the link to approve it.
fn relationship_details(app: &App, rel: &AdminRelationship) -> Vec<Line<'static>> {
    use crate::domain::gdap::forecast::{self, Renewal};
    use crate::text::gdap as words;
    let theme = app.theme;
    let now = app.now();
    let Some(end) = forecast::ending(rel, now) else { return Vec::new() };
    let indent = "    ";
    let mut lines = Vec::new();
    if end.renewal == Renewal::ApprovalLapses {
        let age = words::pending_age((now - rel.created_at).num_days(), end.days_left);
        lines.push(Line::styled(format!("{indent}{age}"), theme.warn));
        lines.push(Line::from(vec![
            Span::raw(format!("{indent}{}: ", words::APPROVAL_LINK)),
            styled(app.permissions.approval_link(rel), theme.accent),
        ]));
    } else {
        let style = match end.renewal {
            Renewal::AutoExtends => theme.dim,
            _ if end.days_left <= crate::domain::admin::EXPIRING_NOTICE_DAYS => theme.warn,
            _ => theme.dim,
        };
        lines.push(Line::styled(
            format!("{indent}{} · {}", words::ends_in(end.days_left), words::renewal(end.renewal)),
            style,
        ));
    }
    lines.extend(assignment_lines(app, rel, end.status));
    lines
}

/// Under an active relationship: each of its access assignments with its group, roles and
/// status (why one failed), or that no group holds its roles.
fn assignment_lines(app: &App, rel: &AdminRelationship, status: AdminRelationshipStatus) -> Vec<Line<'static>> {
    use crate::domain::gdap::access::AssignmentStatus;
    use crate::text::gdap as words;
    let theme = app.theme;
    if !matches!(status, AdminRelationshipStatus::Active | AdminRelationshipStatus::Expiring) {
        return Vec::new();
    }
    let view = &app.permissions;
    let shown: Vec<(String, AssignmentStatus)> = view
        .assignments_of(rel.id)
        .into_iter()
        .map(|a| (a, a.status_with(status)))
        .filter(|(_, s)| *s != AssignmentStatus::Deleted)
        .map(|(a, s)| (view.describe(a, &s), s))
        .collect();
    if shown.is_empty() {
        return vec![Line::styled(format!("    {}", words::NO_ASSIGNMENTS), theme.warn)];
    }
    shown
        .into_iter()
        .map(|(text, s)| {
            let style = match s {
                AssignmentStatus::Active => theme.dim,
                AssignmentStatus::Error(_) => theme.error,
                _ => theme.warn,
            };
            Line::styled(format!("    {text}"), style)
        })
        .collect()
}

/// The last bulk job's result table: one line per item, done (or would be) or refused and why.
fn draw_bulk(app: &App, area: Rect, buf: &mut Buffer) {
    use crate::text::gdap as words;
    if list_empty_state(app, buf, area, words::NO_BULK, words::NO_BULK_NEXT) {
        return;
    }
    let theme = app.theme;
    let rows = &app.permissions.bulk;
    let wide = area.width >= table::WIDE;
    let columns = [
        col(words::COL_ITEM, Constraint::Length(if wide { 36 } else { 9 })),
        col(text::COL_CUSTOMER, Constraint::Fill(2)),
        col(words::COL_OUTCOME, Constraint::Length(if wide { 14 } else { 9 })),
        col(words::COL_REASON, Constraint::Fill(3)),
    ];
    let cells = |item: usize| {
        let r = &rows[item];
        vec![
            Span::raw(r.item.clone()),
            Span::raw(r.company.clone()),
            styled(r.outcome.clone(), if r.refused { theme.warn } else { theme.ok }),
            styled(r.reason.clone(), theme.dim),
        ]
    };
    table::draw(buf, area, theme, &columns, &app.permissions.bulk_list, cells, |_| Vec::<Line>::new());
}

/// Role templates: Microsoft's and the partner's own, with their roles and how many live
/// relationships differ; under the selected one, which differ and how.
fn draw_templates(app: &App, area: Rect, buf: &mut Buffer) {
    use crate::domain::gdap::templates::{self, Template};
    use crate::text::gdap as words;
    let theme = app.theme;
    let view = &app.permissions;
    let now = app.now();
    let wide = area.width >= table::WIDE;
    let columns = [
        col(text::COL_NAME, Constraint::Fill(2)),
        col(words::COL_FROM, Constraint::Length(if wide { 11 } else { 9 })),
        col(text::COL_ROLES, Constraint::Fill(3)),
        col(words::COL_DIFFER, Constraint::Length(7)),
    ];
    let differing = |t: &Template| templates::differing(&t.roles(), &view.relationships, now);
    let cells = |item: usize| {
        let t = &view.templates[item];
        let roles: Vec<String> = t.roles().iter().map(|r| r.name()).collect();
        let from = match t {
            Template::BuiltIn(_) => styled(words::FROM_MICROSOFT.to_string(), theme.dim),
            Template::Own(_) => styled(words::FROM_PARTNER.to_string(), theme.accent),
        };
        let n = differing(t).len();
        vec![
            Span::raw(words::template_name(t)),
            from,
            styled(roles.join(", "), theme.dim),
            styled(n.to_string(), if n > 0 { theme.warn } else { theme.ok }),
        ]
    };
    /// Under the selected template, at most this many of the relationships that differ.
    const SHOWN: usize = 6;
    let selected = view.templates_list.selected_item();
    let details = |item: usize| {
        if Some(item) != selected {
            return Vec::new();
        }
        let t = &view.templates[item];
        let found = differing(t);
        if found.is_empty() {
            return vec![Line::styled(format!("    {}", words::NONE_DIFFER), theme.dim)];
        }
        let names = |roles: &[crate::domain::admin::DirectoryRole]| {
            if roles.is_empty() {
                "—".to_string()
            } else {
                crate::i18n::list(&roles.iter().map(|r| r.name()).collect::<Vec<_>>())
            }
        };
        let mut lines: Vec<Line<'static>> = found
            .iter()
            .take(SHOWN)
            .map(|(r, d)| {
                let line =
                    words::row_differs(&r.id.to_string(), &r.customer_name, &names(&d.missing), &names(&d.extra));
                Line::styled(format!("    {line}"), theme.warn)
            })
            .collect();
        if found.len() > SHOWN {
            lines.push(Line::styled(format!("    {}", words::more_differ(found.len() - SHOWN)), theme.dim));
        }
        lines
    };
    table::draw(buf, area, theme, &columns, &view.templates_list, cells, details);
}

/// The expiry forecast: every relationship that will end, soonest first, with its window
/// (1 / 7 / 31 days) and what happens at the end — auto-extends, ends, or cannot auto-extend
/// and why; a request waiting for the customer lapses.
fn draw_expiring(app: &App, area: Rect, buf: &mut Buffer) {
    use crate::domain::gdap::forecast::{Renewal, Window};
    use crate::text::gdap as words;
    if list_empty_state(app, buf, area, words::NOTHING_ENDING, "") {
        return;
    }
    let theme = app.theme;
    let items = &app.permissions.expiring;
    let wide = area.width >= table::WIDE;
    let columns = [
        col(text::COL_ENDS, Constraint::Length(10)),
        col(words::COL_WINDOW, Constraint::Length(14)),
        col(text::COL_ID, Constraint::Length(8)),
        col(text::COL_CUSTOMER, Constraint::Fill(2)),
        col(words::COL_AT_THE_END, Constraint::Fill(if wide { 4 } else { 2 })),
    ];
    let cells = |item: usize| {
        let e = &items[item];
        let style = match (e.window, e.renewal) {
            (_, Renewal::AutoExtends) | (Window::Later, _) => theme.dim,
            (_, Renewal::CannotAutoExtend(_)) | (Window::Day, _) => theme.error,
            _ => theme.warn,
        };
        vec![
            Span::raw(app.zone.date(&e.ends_at)),
            styled(words::window(e.window).to_string(), style),
            Span::raw(e.id.to_string()),
            Span::raw(e.customer_name.clone()),
            styled(words::renewal(e.renewal), style),
        ]
    };
    // Under the selected one, its name, when it ends and what happens then, uncut.
    let selected = app.permissions.expiring_list.selected_item();
    let details = |item: usize| {
        if Some(item) != selected {
            return Vec::new();
        }
        let e = &items[item];
        vec![
            Line::styled(format!("    {} · {}", e.name, words::ends_in(e.days_left)), theme.dim),
            Line::styled(format!("    {}", words::renewal(e.renewal)), theme.dim),
        ]
    };
    table::draw(buf, area, theme, &columns, &app.permissions.expiring_list, cells, details);
}

fn draw_audit(app: &App, area: Rect, buf: &mut Buffer) {
    if list_empty_state(app, buf, area, text::NO_AUDIT, "") {
        return;
    }
    let theme = app.theme;
    let events = &app.permissions.audit;
    // On a narrow terminal who, what and on which record share the room; the session gives way.
    let wide = area.width >= table::WIDE;
    let mut columns = vec![
        // A time with its zone: "2026-11-27 22:30 +07", or "+05:30" where the zone says so.
        col(text::COL_WHEN, Constraint::Length(crate::cells::width(&app.zone.minute(&app.now())) as u16)),
        col(text::COL_WHO, if wide { Constraint::Length(26) } else { Constraint::Fill(2) }),
        col(text::COL_ACTION, if wide { Constraint::Length(30) } else { Constraint::Fill(2) }),
        col(text::COL_TARGET, Constraint::Fill(2)),
    ];
    if wide {
        columns.push(col(text::COL_SESSION, Constraint::Fill(1)));
    }
    let cells = |item: usize| {
        let e = &events[item];
        vec![
            styled(app.zone.minute(&e.at), theme.dim),
            Span::raw(e.actor.clone()),
            styled(e.action.clone(), theme.accent),
            Span::raw(e.target.clone()),
            styled(e.session.to_string(), theme.dim),
        ]
    };
    table::draw(buf, area, theme, &columns, &app.permissions.audit_list, cells, |_| Vec::<Line>::new());
}

fn draw_customer(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let view = &app.permissions;
    let Some(customer) = &view.customer else { return };
    let name = |id| partner_name(app.org.as_ref(), app.directory(), id);
    let admin = match &customer.admin {
        Some(a) => text::holds_admin_for(&name(a.partner), &customer.company_name, &app.zone.date(&a.since)),
        None => text::NO_ADMIN_HOLDER.to_string(),
    };
    let mut notices = vec![Line::styled(admin, theme.accent)];
    if let Some(duty) = customer.support_duty {
        notices.push(Line::styled(text::support_duty(&name(duty)), theme.warn));
    }
    let notices = wrap::wrap_all(&notices, area.width, 0);
    for (y, line) in (area.top()..area.bottom()).zip(&notices) {
        buf.set_line(area.x, y, line, area.width);
    }
    let top = (notices.len() as u16).max(2) + 1;
    let rest = Rect { y: area.y + top, height: area.height.saturating_sub(top), ..area };
    buf.set_line(rest.x, rest.y, &heading(text::ADMIN_RELATIONSHIPS, theme), rest.width);
    let list_area = Rect { y: rest.y + 1, height: rest.height.saturating_sub(1), ..rest };
    draw_relationships(app, list_area, buf, &view.relationships);
}
