//! The Partners tab: our company profile and the partner directory; in the customer
//! perspective, the customer's partner relationships.

use super::table::{self, col};
use super::{empty_state, heading, list_empty_state, styled, wrap};
use crate::app::App;
use crate::domain::customer::RelationshipKind;
use crate::domain::org::ResellerKind;
use crate::text;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Where the cloud stands among the directory's columns.
const CLOUD: usize = 4;
/// Where a profile field's value starts, and where a long one wraps back to.
const LABEL_WIDTH: usize = 15;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.session.customer_tenant().is_some() {
        return draw_related(app, area, buf);
    }
    let profile = profile_lines(app, area.width);
    let [top, directory] =
        Layout::vertical([Constraint::Length(profile.len() as u16 + 1), Constraint::Fill(1)]).areas(area);
    Paragraph::new(profile).render(top, buf);
    buf.set_line(directory.x, directory.y, &heading(text::DIRECTORY, app.theme), directory.width);
    let list_area = Rect { y: directory.y + 1, height: directory.height.saturating_sub(1), ..directory };
    if list_empty_state(app, buf, list_area, text::NO_DIRECTORY, text::NO_DIRECTORY_NEXT) {
        return;
    }
    let theme = app.theme;
    // A narrow terminal leaves out the cloud; the name keeps its room.
    let wide = area.width >= table::WIDE;
    let mut columns = vec![
        col(text::COL_PARTNER_ID, Constraint::Length(10)),
        col(text::COL_NAME, Constraint::Fill(2)),
        col(text::COL_KIND, Constraint::Length(18)),
        col(text::COL_COUNTRY, Constraint::Length(4)),
        col(text::COL_CLOUD, Constraint::Length(13)),
        col(text::COL_POR_FOR, Constraint::Length(22)),
    ];
    if !wide {
        columns.remove(CLOUD);
    }
    let dir = &app.partners.directory;
    let por = &app.partners.partner_of_record_for;
    let cells = |item: usize| {
        let p = &dir[item];
        let mut cells = vec![
            Span::raw(p.partner_id.to_string()),
            Span::raw(p.name.clone()),
            styled(p.kind.label(), theme.accent),
            Span::raw(p.country.to_string()),
            Span::raw(p.cloud.label()),
            Span::raw(text::customers_count(por.get(&p.partner_id).copied().unwrap_or(0))),
        ];
        if !wide {
            cells.remove(CLOUD);
        }
        cells
    };
    table::draw(buf, list_area, theme, &columns, &app.partners.list, cells, |_| Vec::<Line>::new());
}

/// Our company's profile, its lines wrapped to `width`.
fn profile_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let theme = app.theme;
    let Some(org) = &app.org else { return Vec::new() };
    let a = org.authorizations;
    let mut auth = Vec::new();
    match a.reseller {
        Some(ResellerKind::Direct) => auth.push(text::AUTH_DIRECT),
        Some(ResellerKind::Indirect { .. }) => auth.push(text::AUTH_INDIRECT),
        None => {}
    }
    if a.advisor {
        auth.push(text::AUTH_ADVISOR);
    }
    if a.delegated_admin_certified {
        auth.push(text::AUTH_DAP_CERTIFIED);
    }
    let field = |name: &dyn std::fmt::Display| {
        styled(format!("{} ", crate::cells::pad(&name.to_string(), LABEL_WIDTH - 1)), theme.column)
    };
    let lines = vec![
        heading(text::OUR_COMPANY, theme),
        Line::from(vec![
            field(&text::COL_NAME),
            Span::raw(format!("{}   ", org.name)),
            field(&text::COL_PARTNER_ID),
            Span::raw(org.partner_id.to_string()),
        ]),
        Line::from(vec![
            field(&text::PROFILE_TENANT),
            Span::raw(format!("{}   ", org.tenant_id)),
            field(&text::COL_POR_FOR),
            Span::raw(text::customers_count(
                app.partners.partner_of_record_for.get(&org.partner_id).copied().unwrap_or(0),
            )),
        ]),
        Line::from(vec![
            field(&text::REC_ADDRESS),
            Span::raw(format!("{}   ", org.address.one_line())),
            styled(format!("{} · {}", org.email, org.phone), theme.dim),
        ]),
        Line::from(vec![
            field(&text::PROFILE_REGION),
            Span::raw(format!(
                "{}   ",
                text::region(org.country.name(), &org.country.to_string(), &org.cloud.label().to_string())
            )),
            field(&text::PROFILE_AUTHORIZED),
            styled(crate::i18n::list(&auth), theme.accent),
        ]),
    ];
    wrap::wrap_all(&lines, width, LABEL_WIDTH as u16)
}

fn draw_related(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    buf.set_line(area.x, area.y, &heading(text::YOUR_PARTNERS, theme), area.width);
    let mut list_area = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    // Rule 11: the customer sees the reseller removal, disabled, with why and whom to ask.
    if let Some(reseller) =
        app.partners.related.iter().find(|p| {
            p.kinds.iter().any(|k| matches!(k, RelationshipKind::Reseller | RelationshipKind::IndirectReseller))
        })
    {
        let reason = crate::domain::partners::customer_cannot_remove_reseller(&reseller.name).msg.to_string();
        let notice = Line::styled(text::disabled_reseller_removal(&reason), theme.dim.add_modifier(Modifier::ITALIC));
        let notice = wrap::wrap(&notice, area.width, 0);
        let rows = notice.len() as u16;
        for (y, line) in (area.bottom().saturating_sub(rows)..area.bottom()).zip(&notice) {
            buf.set_line(area.x, y, line, area.width);
        }
        list_area.height = list_area.height.saturating_sub(rows + 1);
    }
    if app.partners.related.is_empty() {
        empty_state(buf, list_area, theme, text::NOTHING_TO_SHOW, "");
        return;
    }
    // The selected partner's card under the list: how to reach it, and what it is to you.
    let selected = app.partners.list.selected_item().and_then(|i| app.partners.related.get(i));
    if let Some(partner) = selected {
        let card = card_lines(app, partner, area.width);
        let rows = (card.len() as u16).min(list_area.height.saturating_sub(3));
        let top = list_area.bottom().saturating_sub(rows);
        for (y, line) in (top..list_area.bottom()).zip(&card) {
            buf.set_line(list_area.x, y, line, list_area.width);
        }
        list_area.height = list_area.height.saturating_sub(rows + u16::from(rows > 0));
    }
    if list_empty_state(app, buf, list_area, text::NOTHING_TO_SHOW, "") {
        return;
    }
    let columns = [
        col(text::COL_PARTNER_ID, Constraint::Length(10)),
        col(text::COL_NAME, Constraint::Fill(2)),
        col(text::COL_ROLES, Constraint::Fill(3)),
        col(text::COL_POR_ON, Constraint::Length(22)),
    ];
    let related = &app.partners.related;
    let cells = |item: usize| {
        let p = &related[item];
        vec![
            Span::raw(p.partner_id.to_string()),
            Span::raw(p.name.clone()),
            styled(p.roles_label(), theme.accent),
            Span::raw(text::subscriptions_count(p.partner_of_record_on)),
        ]
    };
    table::draw(buf, list_area, theme, &columns, &app.partners.list, cells, |_| Vec::<Line>::new());
}

/// A related partner's card: its name and id, its roles, and its email, phone and address
/// (whatever the book does not know is said to be unknown, not left blank).
fn card_lines(app: &App, p: &crate::app::partners::RelatedPartner, width: u16) -> Vec<Line<'static>> {
    let theme = app.theme;
    let field = |name: &dyn std::fmt::Display| {
        styled(format!("{} ", crate::cells::pad(&name.to_string(), LABEL_WIDTH - 1)), theme.column)
    };
    let or_unknown = |value: String| if value.is_empty() { text::CONTACT_UNKNOWN.to_string() } else { value };
    let c = &p.contact;
    let lines = vec![
        heading(format!("{} ({})", p.name, p.partner_id), theme),
        Line::from(vec![field(&text::COL_ROLES), styled(p.roles_label(), theme.accent)]),
        Line::from(vec![
            field(&crate::domain::Input::Email),
            Span::raw(format!("{}   ", or_unknown(c.email.as_ref().map(|e| e.to_string()).unwrap_or_default()))),
            field(&crate::domain::Input::Phone),
            Span::raw(or_unknown(c.phone.clone())),
        ]),
        Line::from(vec![field(&text::REC_ADDRESS), Span::raw(or_unknown(c.address.one_line()))]),
    ];
    wrap::wrap_all(&lines, width, LABEL_WIDTH as u16)
}
