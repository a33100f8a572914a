//! The Invitations tab: every invitation with its kind, customer, status, age and expiry.

use super::table::{self, col};
use super::{list_empty_state, styled};
use crate::app::App;
use crate::domain::invitation::InvitationStatus;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};

/// Where the author's column stands among the columns.
const CREATED_BY: usize = 6;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if list_empty_state(app, buf, area, text::NO_INVITATIONS, text::NO_INVITATIONS_NEXT) {
        return;
    }
    let theme = app.theme;
    let now = app.now();
    // Below 100 columns the author gives way, so the customer's name stays readable.
    let wide = area.width >= 100;
    let mut columns = vec![
        col(text::COL_ID, Constraint::Length(7)),
        col(text::COL_KIND, Constraint::Length(8)),
        col(text::COL_CUSTOMER, Constraint::Fill(3)),
        col(text::COL_STATUS, Constraint::Length(9)),
        col(text::COL_ADMIN, Constraint::Length(5)),
        col(text::COL_USES, Constraint::Length(4)),
        col(text::COL_CREATED_BY, Constraint::Fill(1)),
        col(text::COL_AGE, Constraint::Length(5)),
        col(text::COL_EXPIRES, Constraint::Length(10)),
    ];
    if !wide {
        columns.remove(CREATED_BY);
    }
    let view = &app.invitations;
    let cells = |item: usize| {
        let inv = &view.items[item];
        let status = inv.status_at(now);
        let status_style = match status {
            InvitationStatus::Accepted => theme.ok,
            InvitationStatus::Sent | InvitationStatus::Draft => theme.accent,
            _ => theme.dim,
        };
        let expires = match status {
            InvitationStatus::Draft | InvitationStatus::Sent => {
                text::expires_in_days((inv.expires_at - now).num_days())
            }
            _ => "—".to_string(),
        };
        let mut cells = vec![
            Span::raw(inv.id.to_string()),
            Span::raw(if inv.restores_admin { text::KIND_RESTORE_ADMIN_SHORT } else { inv.kind.short_label() }),
            Span::raw(text::addressee(&inv.customer_name)),
            styled(status.label(), status_style),
            if inv.include_admin { styled(text::YES, theme.ok) } else { styled(text::NO, theme.dim) },
            match view.offers.get(&inv.id) {
                Some(terms) => Span::raw(format!("{:>4}", terms.uses)),
                None => styled("   —", theme.dim),
            },
            styled(inv.created_by.to_string(), theme.dim),
            Span::raw(crate::cells::pad_left(&text::age_days(inv.age_days(now)), 4)),
            styled(expires, theme.dim),
        ];
        if !wide {
            cells.remove(CREATED_BY);
        }
        cells
    };
    table::draw(buf, area, theme, &columns, &view.list, cells, |_| Vec::<Line>::new());
}
