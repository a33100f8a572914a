//! A customer's record, expanded in place under its row: account, admin privileges,
//! services and subscriptions, users and licences, service requests.

use super::{styled, wrap};
use crate::app::App;
use crate::app::partners::partner_name;
use crate::cells::pad;
use crate::domain::customer::Customer;
use crate::domain::ids::SubscriptionId;
use crate::text;
use ratatui::text::{Line, Span};

const INDENT: &str = "    ";
/// Where a labelled value starts, and where any long line wraps back to.
const VALUE_AT: u16 = 21;

fn label(name: impl std::fmt::Display, app: &App) -> Span<'static> {
    styled(format!("{INDENT}{}", pad(&name.to_string(), usize::from(VALUE_AT) - INDENT.len())), app.theme.column)
}

/// The record's lines at `width` cells: long values wrap under themselves, never cut.
pub fn lines(app: &App, c: &Customer, width: u16) -> Vec<Line<'static>> {
    wrap::wrap_all(&unwrapped(app, c), width, VALUE_AT)
}

/// Which of the record's lines at `width` shows subscription `id`.
pub fn subscription_line(app: &App, c: &Customer, width: u16, id: SubscriptionId) -> Option<usize> {
    let at = c.subscriptions.iter().position(|s| s.id == id)?;
    let mut before = account(app, c);
    before.extend(access_health(app, c));
    // The heading, then the subscriptions before it.
    before.extend(subscriptions(app, c).into_iter().take(1 + at));
    Some(wrap::wrap_all(&before, width, VALUE_AT).len())
}

fn unwrapped(app: &App, c: &Customer) -> Vec<Line<'static>> {
    let mut out = account(app, c);
    out.extend(access_health(app, c));
    out.extend(subscriptions(app, c));
    out.extend(users(app, c));
    out.extend(requests(app, c));
    out.push(Line::from(""));
    out
}

/// Account, address, admin privileges, partners and services.
fn account(app: &App, c: &Customer) -> Vec<Line<'static>> {
    let theme = app.theme;
    let org = app.org.as_ref();
    let name = |id| partner_name(org, app.directory(), id);
    let date = |t: &crate::domain::Timestamp| app.zone.date(t);
    let mut out = Vec::new();

    let mca = match &c.mca {
        Some(m) => styled(text::mca_accepted(m.by.as_str(), &date(&m.at)), theme.ok),
        None => styled(text::MCA_NOT_YET, theme.warn),
    };
    out.push(Line::from(vec![
        label(text::REC_ACCOUNT, app),
        Span::raw(text::domain_and_tenant(&c.primary_domain.to_string(), &c.tenant_id.to_string())),
    ]));
    out.push(Line::from(vec![
        label("", app),
        Span::raw(format!(
            "{}  ·  ",
            text::record_region(c.country.name(), &c.country.to_string(), &c.cloud.label().to_string())
        )),
        mca,
    ]));
    let contacts =
        if c.support_contacts.is_empty() { text::NONE.to_string() } else { crate::i18n::list(&c.support_contacts) };
    out.push(Line::from(vec![
        label(text::REC_ADDRESS, app),
        Span::raw(text::address_and_contacts(&c.address.one_line(), &contacts)),
    ]));
    if let Some(reason) = c.ineligible {
        out.push(Line::from(vec![label("", app), styled(text::tenant_is(reason), theme.warn)]));
    }

    let admin = match &c.admin {
        Some(a) => styled(text::holds_admin_since(&name(a.partner), &date(&a.since), a.granted_by.as_str()), theme.ok),
        None => styled(text::NO_ADMIN_HOLDER, theme.dim),
    };
    out.push(Line::from(vec![label(text::REC_ADMIN, app), admin]));
    if let Some(duty) = c.support_duty {
        // Only the partner that owes support opens a service request on the customer's behalf.
        let ours = org.is_some_and(|o| o.partner_id == duty);
        let notice = if ours { text::support_duty_offer(&name(duty)) } else { text::support_duty(&name(duty)) };
        out.push(Line::from(vec![label("", app), styled(notice, theme.warn)]));
    }
    let partners: Vec<String> =
        c.relationships.iter().map(|r| format!("{} ({})", name(r.partner), r.kind.label())).collect();
    out.push(Line::from(vec![
        label(text::REC_PARTNERS, app),
        Span::raw(if partners.is_empty() { text::NONE.to_string() } else { crate::i18n::list(&partners) }),
    ]));
    out.push(Line::from(vec![
        label(text::REC_SERVICES, app),
        Span::raw(if c.services.is_empty() { text::NONE.to_string() } else { crate::i18n::list(&c.services) }),
    ]));

    out
}

/// Granular admin access health, for a customer with granular relationships: reseller or not,
/// the access and its roles, and each problem.
fn access_health(app: &App, c: &Customer) -> Vec<Line<'static>> {
    use crate::domain::gdap::health;
    use crate::text::gdap as words;
    let rels = app.permissions.relationships_of(c.tenant_id);
    let Some(org) = app.org.as_ref() else { return Vec::new() };
    if rels.is_empty() {
        return Vec::new();
    }
    let theme = app.theme;
    let assignments = app.permissions.assignments_for(c.tenant_id);
    let h = health::of(health::is_reseller(c, org.partner_id), rels, &assignments, app.now());
    let roles: Vec<String> = h.roles.iter().map(|r| r.name()).collect();
    let mut summary = vec![
        label(words::REC_ACCESS, app),
        styled(words::access_summary(h.reseller, h.access), if h.has_problem() { theme.warn } else { theme.ok }),
    ];
    if !roles.is_empty() {
        summary.push(styled(format!("  ·  {}", crate::i18n::list(&roles)), theme.dim));
        summary.push(styled(format!("  ·  {}", words::assigned_count(h.assigned)), theme.dim));
    }
    let mut out = vec![Line::from(summary)];
    out.extend(h.problems.iter().map(|p| Line::from(vec![label("", app), styled(words::problem(p), theme.warn)])));
    out
}

/// The subscriptions, one line each, with their partner of record.
fn subscriptions(app: &App, c: &Customer) -> Vec<Line<'static>> {
    let theme = app.theme;
    let name = |id| partner_name(app.org.as_ref(), app.directory(), id);
    let mut out = Vec::new();
    out.push(Line::from(vec![
        label(text::REC_SUBSCRIPTIONS, app),
        styled(format!("{}", c.subscriptions.len()), theme.dim),
    ]));
    // The subscription `:sub` went to is pointed at.
    let focus = app.customers.focus.filter(|(t, _)| *t == c.tenant_id).map(|(_, id)| id);
    for s in &c.subscriptions {
        let por = s.partner_of_record.map_or_else(|| text::NO_POR.to_string(), |p| text::por(&p.to_string(), &name(p)));
        let status_style = if s.status.is_live() { theme.ok } else { theme.warn };
        let id = if focus == Some(s.id) {
            styled(format!("{INDENT}  ▶ {}", pad(&s.id.to_string(), 9)), theme.key)
        } else {
            Span::raw(format!("{INDENT}    {}", pad(&s.id.to_string(), 9)))
        };
        out.push(Line::from(vec![
            id,
            Span::raw(pad(&s.offer, 34)),
            Span::raw(format!("{:>5}/{:<5} ", s.assigned, s.quantity)),
            styled(pad(&s.status.label().to_string(), 10), status_style),
            styled(por, theme.dim),
        ]));
    }

    out
}

/// The users, their Global admin mark and their licences.
fn users(app: &App, c: &Customer) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut out = Vec::new();
    out.push(Line::from(vec![label(text::REC_USERS, app), styled(format!("{}", c.users.len()), theme.dim)]));
    for u in &c.users {
        let mut spans = vec![
            Span::raw(format!("{INDENT}    {} ", if u.global_admin { "★" } else { " " })),
            Span::raw(pad(&u.name, 25)),
            styled(pad(u.email.as_str(), 37), theme.dim),
        ];
        if u.global_admin {
            spans.push(styled(format!("{}  ", text::GLOBAL_ADMIN_MARK), theme.identity));
        }
        let licences: Vec<String> = u
            .licences
            .iter()
            .filter_map(|id| c.subscriptions.iter().find(|s| s.id == *id).map(|s| s.offer.clone()))
            .collect();
        spans.push(Span::raw(if licences.is_empty() {
            text::NO_LICENCES.to_string()
        } else {
            text::licences(&crate::i18n::list(&licences))
        }));
        out.push(Line::from(spans));
    }

    out
}

/// The service requests opened for the customer.
fn requests(app: &App, c: &Customer) -> Vec<Line<'static>> {
    let theme = app.theme;
    let date = |t: &crate::domain::Timestamp| app.zone.date(t);
    let mut out = Vec::new();
    if !c.service_requests.is_empty() {
        out.push(Line::from(vec![
            label(text::REC_REQUESTS, app),
            styled(format!("{}", c.service_requests.len()), theme.dim),
        ]));
        for r in &c.service_requests {
            let state = if r.open { styled(text::SR_OPEN, theme.warn) } else { styled(text::SR_CLOSED, theme.dim) };
            out.push(Line::from(vec![
                Span::raw(format!("{INDENT}    {} [{}] {}  ", pad(&r.id.to_string(), 7), r.severity.label(), r.title)),
                state,
                styled(format!("  {}", text::opened_by(&r.opened_by.to_string(), &date(&r.opened_at))), theme.dim),
            ]));
        }
    }
    out
}
