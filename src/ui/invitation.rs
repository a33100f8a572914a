//! One invitation: who, what, its state and dates, the link, and the email as sent.

use super::{popup, scrolled, styled, wrap};
use crate::app::App;
use crate::domain::Input;
use crate::domain::invitation::Invitation;
use crate::{cells, text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Where a field's value starts; a long value wraps back to here.
const LABEL_WIDTH: u16 = 16;

pub fn draw(app: &App, inv: &Invitation, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let now = app.now();
    let title = text::invitation_title(&inv.id.to_string(), &inv.kind.title().to_string());
    let inner = popup::open(buf, area, theme, &title, area.width, area.height);
    let date = |t: &crate::domain::Timestamp| app.zone.minute(t);
    let field = |name: &dyn std::fmt::Display| styled(cells::pad(&name.to_string(), LABEL_WIDTH.into()), theme.column);
    let status = inv.status_at(now);
    let mut lines = vec![
        Line::from(vec![field(&text::COL_CUSTOMER), Span::raw(text::addressee(&inv.customer_name))]),
        Line::from(vec![
            field(&text::COL_STATUS),
            styled(status.label(), theme.accent),
            styled(format!("   {}", text::invitation_admin(inv)), theme.dim),
        ]),
        Line::from(vec![
            field(&text::EDITOR_TO),
            Span::raw(inv.recipient.as_ref().map(|r| r.to_string()).unwrap_or_default()),
        ]),
        Line::from(vec![
            field(&text::INV_CREATED),
            Span::raw(text::created_by(&date(&inv.created_at), inv.created_by.as_str(), inv.age_days(now))),
        ]),
        Line::from(vec![field(&text::COL_EXPIRES), Span::raw(date(&inv.expires_at))]),
    ];
    if let Some(sent) = &inv.sent_at {
        lines.push(Line::from(vec![field(&text::INV_SENT), Span::raw(date(sent))]));
    }
    if let Some(answer) = &inv.answered {
        lines.push(Line::from(vec![
            field(&text::INV_ANSWERED),
            Span::raw(text::at_by(&date(&answer.at), answer.by.as_str())),
        ]));
    }
    if let Some(terms) = app.invitations.offers.get(&inv.id) {
        for line in &terms.lines {
            lines.push(Line::from(vec![
                field(&Input::Offer.to_string()),
                Span::raw(text::offered_line(&line.name, line.quantity, terms.trial_days)),
            ]));
        }
        lines
            .push(Line::from(vec![field(&Input::UsedBy.to_string()), styled(text::used_by(terms.uses), theme.accent)]));
        let uses = app.invitations.uses.as_ref().filter(|(id, _)| *id == inv.id).map(|(_, u)| u.as_slice());
        for u in uses.unwrap_or_default() {
            let counts: Vec<String> = u.lines.iter().map(|l| l.quantity.to_string()).collect();
            lines.push(Line::from(vec![
                field(&""),
                Span::raw(format!("{}  {}", date(&u.at), u.company)),
                styled(format!("  {}", text::bought(&counts.join(" + "), u.admin)), theme.dim),
            ]));
        }
    }
    if inv.kind.is_offer() {
        lines.push(Line::from(vec![field(&""), styled(text::NEW_OFFER_HINT, theme.dim)]));
    }
    lines.push(Line::from(vec![field(&text::EDITOR_LINK), styled(inv.link.clone(), theme.dim)]));
    lines.push(Line::from(""));
    lines.push(Line::from(vec![field(&text::EDITOR_SUBJECT), Span::raw(inv.email.subject.clone())]));
    lines.push(Line::from(""));
    // The page: its fields hang under their values, the email's lines wrap from the left.
    let rect = Rect { x: inner.x + 1, width: inner.width.saturating_sub(1), ..inner };
    let width = rect.width.saturating_sub(1);
    let mut page = wrap::wrap_all(&lines, width, LABEL_WIDTH);
    for line in inv.email.body.lines() {
        page.extend(wrap::wrap(&Line::from(line), width, 0));
    }
    scrolled::draw(buf, rect, theme, &page, &app.invitations.scroll);
}
