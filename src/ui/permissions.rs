//! The Permissions tab: partner users and their three role axes, and the newest changes of
//! the audit log; in the customer perspective, the tenant's users and admin privileges.

use super::table::{self, col};
use super::{heading, list_empty_state, styled};
use crate::app::App;
use crate::app::partners::partner_name;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.session.customer_tenant().is_some() {
        return draw_customer(app, area, buf);
    }
    let theme = app.theme;
    let view = &app.permissions;
    let users_height = (view.users.len() as u16 + 2).min(area.height / 2).max(4);
    let [users, audit] = Layout::vertical([Constraint::Length(users_height), Constraint::Fill(1)]).areas(area);
    buf.set_line(users.x, users.y, &heading(text::PARTNER_USERS, theme), users.width);
    let list_area = Rect { y: users.y + 1, height: users.height.saturating_sub(1), ..users };
    if !list_empty_state(app, buf, list_area, text::NO_USERS, "") {
        let columns = [
            col(text::COL_NAME, Constraint::Fill(2)),
            col(text::COL_EMAIL, Constraint::Fill(2)),
            col(text::COL_COMPANY_ROLE, Constraint::Length(21)),
            col(text::COL_SUPPORTED, Constraint::Length(22)),
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
                Span::raw(if agents.is_empty() { "—".to_string() } else { agents.join(", ") }),
            ]
        };
        table::draw(buf, list_area, theme, &columns, &view.list, cells, |_| Vec::<Line>::new());
    }
    draw_audit(app, audit, buf);
}

fn draw_audit(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    if area.height < 3 {
        return;
    }
    buf.set_line(area.x, area.y + 1, &heading(text::RECENT_CHANGES, theme), area.width);
    let rows = Layout::horizontal([
        Constraint::Length(16),
        Constraint::Length(22),
        Constraint::Length(28),
        Constraint::Fill(1),
    ])
    .spacing(1)
    .split(Rect { y: area.y + 2, height: 1, ..area });
    for (title, r) in [text::COL_WHEN, text::COL_WHO, text::COL_ACTION, text::COL_TARGET].iter().zip(rows.iter()) {
        buf.set_line(r.x, r.y, &Line::styled(*title, theme.column), r.width);
    }
    let room = area.height.saturating_sub(3) as usize;
    for (n, e) in app.permissions.recent.iter().take(room).enumerate() {
        let y = area.y + 3 + n as u16;
        let cells = [
            styled(e.at.format("%Y-%m-%d %H:%M").to_string(), theme.dim),
            Span::raw(e.actor.clone()),
            styled(e.action.clone(), theme.accent),
            Span::raw(e.target.clone()),
        ];
        for (span, r) in cells.into_iter().zip(rows.iter()) {
            buf.set_line(r.x, y, &Line::from(span), r.width);
        }
    }
}

fn draw_customer(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let view = &app.permissions;
    let Some(customer) = &view.customer else {
        return;
    };
    let name = |id| partner_name(app.org.as_ref(), app.directory(), id);
    let admin = match &customer.admin {
        Some(a) => {
            text::holds_admin_for(&name(a.partner), &customer.company_name, &a.since.format("%Y-%m-%d").to_string())
        }
        None => text::NO_ADMIN_HOLDER.to_string(),
    };
    buf.set_line(area.x, area.y, &Line::styled(admin, theme.accent), area.width);
    if let Some(duty) = customer.support_duty {
        buf.set_line(area.x, area.y + 1, &Line::styled(text::support_duty(&name(duty)), theme.warn), area.width);
    }
    let users = Rect { y: area.y + 3, height: area.height.saturating_sub(3), ..area };
    buf.set_line(users.x, users.y, &heading(text::YOUR_USERS, theme), users.width);
    let list_area = Rect { y: users.y + 1, height: users.height.saturating_sub(1), ..users };
    if list_empty_state(app, buf, list_area, text::NO_USERS, "") {
        return;
    }
    let columns = [
        col(text::COL_NAME, Constraint::Fill(2)),
        col(text::COL_EMAIL, Constraint::Fill(2)),
        col(text::COL_COMPANY_ROLE, Constraint::Length(14)),
    ];
    let users = view.customer_users();
    let cells = |item: usize| {
        let u = &users[item];
        vec![
            Span::raw(u.name.clone()),
            styled(u.email.to_string(), theme.dim),
            if u.global_admin { styled(text::GLOBAL_ADMIN_MARK, theme.identity) } else { Span::raw(text::ROLE_USER) },
        ]
    };
    table::draw(buf, list_area, theme, &columns, &view.list, cells, |_| Vec::<Line>::new());
}
