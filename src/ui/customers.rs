//! The Customers tab: the customer list with records expanded in place.

use super::table::{self, Column, col};
use super::{list_empty_state, record, styled};
use crate::app::App;
use crate::domain::customer::{CustomerRow, RelationshipSummary};
use crate::domain::gdap::health::Access;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;

/// Below this width the relationship is cut short, so that the company's name keeps its room.
const NARROW: u16 = 100;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.customers.problems_only && app.customers.list.shown() == 0 {
        super::empty_state(buf, area, app.theme, text::gdap::NO_PROBLEMS, text::gdap::PROBLEMS_ONLY_NEXT);
        return;
    }
    if list_empty_state(app, buf, area, text::NO_CUSTOMERS, text::NO_CUSTOMERS_NEXT) {
        return;
    }
    let theme = app.theme;
    // Narrow terminals leave out cloud and subscription count, and give the company's name
    // more room than its domain and its relationship.
    let wide = area.width >= table::WIDE;
    let mut columns: Vec<Column> = vec![
        col("", Constraint::Length(2)),
        col(text::COL_COMPANY, Constraint::Fill(if wide { 1 } else { 3 })),
        col(text::COL_DOMAIN, Constraint::Fill(if wide { 1 } else { 2 })),
        col(text::COL_COUNTRY, Constraint::Length(4)),
    ];
    if wide {
        columns.push(col(text::COL_CLOUD, Constraint::Length(13)));
    }
    let cut_short = area.width < NARROW;
    columns.push(col(text::COL_RELATIONSHIP, Constraint::Length(if cut_short { 13 } else { 18 })));
    columns.push(col(text::COL_ADMIN, Constraint::Length(5)));
    // Granular admin access: "!" before it when the customer has a problem (`!` lists them).
    let access_title = if app.customers.problems_only {
        format!("{}!", text::gdap::COL_ACCESS)
    } else {
        text::gdap::COL_ACCESS.to_string()
    };
    columns.push(col(access_title, Constraint::Length(if wide { 11 } else { 7 })));
    if wide {
        columns.push(col(text::COL_SUBS, Constraint::Length(4)));
    }
    columns.push(col(text::COL_LICENCES, Constraint::Length(11)));
    // The sorted column says so, and which way.
    if let Some(sort) = app.customers.sort
        && let Some(c) = columns.iter_mut().find(|c| c.title == sort.label().to_string())
    {
        c.title = sort.shown(app.customers.descending).into();
    }

    let view = &app.customers;
    let cells = |item: usize| {
        let r: &CustomerRow = &view.rows[item];
        let arrow = if view.expanded.contains_key(&r.tenant_id) { "▾" } else { "▸" };
        let mark = if view.marked.contains(&r.tenant_id) {
            styled(format!("●{arrow}"), theme.key)
        } else {
            styled(format!(" {arrow}"), theme.dim)
        };
        let mut cells: Vec<Span<'static>> = vec![
            mark,
            Span::raw(r.name.clone()),
            styled(r.domain.clone(), theme.dim),
            Span::raw(r.country.to_string()),
        ];
        if wide {
            cells.push(Span::raw(r.cloud.label()));
        }
        cells.push(match r.relationship {
            RelationshipSummary::None if r.admin => styled(text::ADMIN_ONLY, theme.warn),
            // Listed with neither a relationship nor admin privileges: a granular admin
            // relationship is what keeps it on the list (`customer_changes::on_list`).
            RelationshipSummary::None if r.listed => styled(text::GRANULAR_ONLY, theme.warn),
            other => Span::raw(other.label()),
        });
        cells.push(if r.admin { styled(text::YES, theme.ok) } else { styled("—", theme.dim) });
        cells.push(match view.access_of(r) {
            None => styled(text::gdap::access_cell(Access::None), theme.dim),
            Some(h) if h.has_problem() => styled(format!("!{}", text::gdap::access_cell(h.access)), theme.warn),
            Some(h) => {
                styled(text::gdap::access_cell(h.access), if h.access == Access::None { theme.dim } else { theme.ok })
            }
        });
        if wide {
            cells.push(Span::raw(format!("{:>4}", r.subscriptions)));
        }
        cells.push(Span::raw(format!("{:>5}/{:<5}", r.licences_assigned, r.licences_total)));
        cells
    };
    let details = |item: usize| match view.expanded.get(&view.rows[item].tenant_id) {
        Some(customer) => record::lines(app, customer, area.width.saturating_sub(1)),
        None => Vec::new(),
    };
    // After `:sub`, the record opens scrolled to the subscription (a line of context above it).
    if view.reveal_focus.get()
        && let Some((tenant, id)) = view.focus
        && let Some(item) = view.list.selected_item().filter(|&i| view.rows[i].tenant_id == tenant)
        && let Some(line) =
            view.expanded.get(&tenant).and_then(|c| record::subscription_line(app, c, area.width.saturating_sub(1), id))
    {
        view.reveal_focus.set(false);
        view.record_scroll.reveal(item, line.saturating_sub(1));
    }
    table::draw_expandable(buf, area, theme, &columns, &view.list, cells, details, &view.record_scroll);
}
