//! The expiry forecast: every relationship that will end, by the day it ends, in 1 / 7 / 31-day
//! windows, with whether it will auto-extend and, when it cannot, why. Requests waiting for
//! the customer are in it too: they lapse 90 days after they were made.

use crate::domain::Timestamp;
use crate::domain::admin::{AUTO_EXTEND_DAYS, AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::ids::{AdminRelationshipId, TenantId};
use chrono::Duration;
use serde::Serialize;

/// The nearest window an end falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    /// Within a day.
    Day,
    /// Within 7 days.
    Week,
    /// Within 31 days.
    Month,
    /// Later.
    Later,
}

impl Window {
    pub const ALL: [Window; 4] = [Window::Day, Window::Week, Window::Month, Window::Later];

    pub fn of(days_left: i64) -> Window {
        match days_left {
            ..=1 => Window::Day,
            2..=7 => Window::Week,
            8..=31 => Window::Month,
            _ => Window::Later,
        }
    }
}

/// What happens at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "reason")]
pub enum Renewal {
    /// It extends itself by 180 days.
    AutoExtends,
    /// It ends: auto-extend is off, and may be turned on.
    EndsAutoExtendOff,
    /// It ends and cannot auto-extend, for this reason.
    CannotAutoExtend(CannotExtend),
    /// A request the customer has not approved lapses.
    ApprovalLapses,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CannotExtend {
    /// Microsoft refuses auto-extend while the relationship includes Global Administrator.
    IncludesGlobalAdministrator,
}

/// What a relationship's roles allow at its end (`auto_extend` as set now).
pub fn renewal(rel: &AdminRelationship) -> Renewal {
    if rel.roles.contains(&DirectoryRole::GlobalAdministrator) {
        Renewal::CannotAutoExtend(CannotExtend::IncludesGlobalAdministrator)
    } else if rel.auto_extend {
        Renewal::AutoExtends
    } else {
        Renewal::EndsAutoExtendOff
    }
}

/// One line of the forecast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ending {
    pub id: AdminRelationshipId,
    pub customer: TenantId,
    pub customer_name: String,
    pub name: String,
    pub status: AdminRelationshipStatus,
    /// When it ends (or, auto-extending, when it next extends); a request: when it lapses.
    pub ends_at: Timestamp,
    /// Whole days from now to the end, rounded up (0: ends within the hour it is looked at).
    pub days_left: i64,
    pub window: Window,
    pub renewal: Renewal,
}

/// When a relationship next ends as of `now`, and how; `None` for one that has ended.
pub fn ending(rel: &AdminRelationship, now: Timestamp) -> Option<Ending> {
    use AdminRelationshipStatus::*;
    let status = rel.status_at(now);
    let (ends_at, renewal) = match status {
        ApprovalPending => {
            (rel.created_at + Duration::days(crate::domain::admin::APPROVAL_WINDOW_DAYS), Renewal::ApprovalLapses)
        }
        Active | Expiring => {
            let mut end = rel.ends_at?;
            if rel.auto_extend {
                // An auto-extending relationship past its end has extended, 180 days at a time.
                let period = Duration::days(i64::from(AUTO_EXTEND_DAYS));
                while end <= now {
                    end += period;
                }
            }
            (end, renewal(rel))
        }
        Created | Expired | TerminationRequested | Terminated => return None,
    };
    let seconds = (ends_at - now).num_seconds().max(0);
    let days_left = (seconds + 86_399) / 86_400;
    Some(Ending {
        id: rel.id,
        customer: rel.customer,
        customer_name: rel.customer_name.clone(),
        name: rel.name.clone(),
        status,
        ends_at,
        days_left,
        window: Window::of(days_left),
        renewal,
    })
}

/// Every relationship ending within `within_days` (all, with `None`), soonest first.
pub fn forecast<'a>(
    rels: impl IntoIterator<Item = &'a AdminRelationship>,
    now: Timestamp,
    within_days: Option<i64>,
) -> Vec<Ending> {
    let mut out: Vec<Ending> = rels
        .into_iter()
        .filter_map(|r| ending(r, now))
        .filter(|e| within_days.is_none_or(|d| e.days_left <= d))
        .collect();
    out.sort_by_key(|e| (e.ends_at, e.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use AdminRelationshipStatus::*;

    fn active_ending_in(days: i64, roles: Vec<DirectoryRole>, auto_extend: bool) -> AdminRelationship {
        let now = fixtures::now();
        let mut r = super::super::tests::relationship(1, Active, now);
        r.ends_at = Some(now + Duration::days(days));
        r.roles = roles;
        r.auto_extend = auto_extend;
        r
    }

    #[test]
    fn ends_fall_in_1_7_31_day_windows() {
        assert_eq!(Window::of(0), Window::Day);
        assert_eq!(Window::of(1), Window::Day);
        assert_eq!(Window::of(2), Window::Week);
        assert_eq!(Window::of(7), Window::Week);
        assert_eq!(Window::of(31), Window::Month);
        assert_eq!(Window::of(32), Window::Later);
        let r = active_ending_in(6, vec![DirectoryRole::GlobalReader], false);
        let e = ending(&r, fixtures::now()).unwrap();
        assert_eq!((e.days_left, e.window, e.status), (6, Window::Week, Expiring));
    }

    #[test]
    fn global_administrator_cannot_auto_extend_and_the_forecast_says_why() {
        let now = fixtures::now();
        let ga = active_ending_in(20, vec![DirectoryRole::GlobalAdministrator, DirectoryRole::GlobalReader], false);
        assert_eq!(
            ending(&ga, now).unwrap().renewal,
            Renewal::CannotAutoExtend(CannotExtend::IncludesGlobalAdministrator)
        );
        let off = active_ending_in(20, vec![DirectoryRole::GlobalReader], false);
        assert_eq!(ending(&off, now).unwrap().renewal, Renewal::EndsAutoExtendOff);
        let on = active_ending_in(20, vec![DirectoryRole::GlobalReader], true);
        assert_eq!(ending(&on, now).unwrap().renewal, Renewal::AutoExtends);
    }

    #[test]
    fn an_auto_extending_relationship_past_its_end_is_forecast_at_its_next_extension() {
        let on = active_ending_in(-10, vec![DirectoryRole::GlobalReader], true);
        let e = ending(&on, fixtures::now()).unwrap();
        assert_eq!(e.days_left, 170);
        assert_eq!(e.status, Active);
        let off = active_ending_in(-10, vec![DirectoryRole::GlobalReader], false);
        assert_eq!(ending(&off, fixtures::now()), None, "expired: nothing left to forecast");
    }

    #[test]
    fn a_pending_request_lapses_90_days_after_it_was_made() {
        let now = fixtures::now();
        let mut r = super::super::tests::relationship(2, ApprovalPending, now - Duration::days(85));
        r.ends_at = None;
        let e = ending(&r, now).unwrap();
        assert_eq!((e.days_left, e.window, e.renewal), (5, Window::Week, Renewal::ApprovalLapses));
    }

    #[test]
    fn the_forecast_keeps_what_ends_within_the_days_asked_soonest_first() {
        let now = fixtures::now();
        let mut a = active_ending_in(40, vec![DirectoryRole::GlobalReader], false);
        a.id = AdminRelationshipId(1);
        let mut b = active_ending_in(3, vec![DirectoryRole::GlobalReader], false);
        b.id = AdminRelationshipId(2);
        let mut ended = active_ending_in(3, vec![DirectoryRole::GlobalReader], false);
        ended.id = AdminRelationshipId(3);
        ended.status = Terminated;
        let all = [a, b, ended];
        let ids = |f: Vec<Ending>| f.iter().map(|e| e.id.0).collect::<Vec<_>>();
        assert_eq!(ids(forecast(&all, now, None)), vec![2, 1]);
        assert_eq!(ids(forecast(&all, now, Some(30))), vec![2]);
    }
}
