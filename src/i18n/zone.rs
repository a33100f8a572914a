//! The operator's time zone. The book keeps UTC instants (`domain::Timestamp`); every time a
//! person reads is shown in their own zone, and says which: "2026-11-27 22:30 +07", or
//! "2026-11-27 15:30 UTC" where the zone is UTC (as an SSH session's is until its operator
//! chooses one with `:tz`).
//!
//! Zones are IANA names resolved by jiff against the time zone database it carries in the
//! binary, so a name means the same on every machine and in the tests.

use crate::domain::Timestamp;
use jiff::tz::TimeZone;

/// How a day is written, as a strftime pattern: the config's `date_format` if it sets one, else
/// the current locale's way: CLDR's short date of each
/// language with its day and month in two digits, so that a column of dates stays straight
/// (vi `dd/MM/y`, tr `dd.MM.y`, zh-CN `y/MM/dd`); English keeps ISO 8601, which no English
/// reader misreads (its CLDR short date, `M/d/yy`, reads differently either side of the Atlantic).
pub fn date_pattern() -> &'static str {
    if let Some(pattern) = super::date_format::configured() {
        return pattern;
    }
    match super::current() {
        super::Locale::En => "%Y-%m-%d",
        super::Locale::Vi => "%d/%m/%Y",
        super::Locale::Tr => "%d.%m.%Y",
        super::Locale::ZhCn => "%Y/%m/%d",
    }
}

/// A time zone, by its IANA name.
#[derive(Clone, Debug)]
pub struct Zone(TimeZone);

impl Default for Zone {
    /// UTC.
    fn default() -> Self {
        Zone(TimeZone::UTC)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}

impl Zone {
    /// An IANA zone by name ("Asia/Ho_Chi_Minh", "Europe/Istanbul", "UTC"); `None` for a name the
    /// time zone database does not have.
    pub fn named(name: &str) -> Option<Zone> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        TimeZone::get(name).ok().map(Zone)
    }

    /// The zone of the machine the desk runs on: `TZ`, else the system's; UTC when neither
    /// names one it knows.
    pub fn local() -> Zone {
        TimeZone::try_system().map(Zone).unwrap_or_default()
    }

    /// The zone's IANA name ("Asia/Ho_Chi_Minh"); a zone without one (`TZ` as a POSIX rule)
    /// is named by its rule.
    pub fn name(&self) -> String {
        match self.0.iana_name() {
            Some(name) => name.to_string(),
            None => format!("{:?}", self.0),
        }
    }

    fn zoned(&self, t: &Timestamp) -> jiff::Zoned {
        let instant = jiff::Timestamp::new(t.timestamp(), t.timestamp_subsec_nanos() as i32)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        instant.to_zoned(self.0.clone())
    }

    /// The day `t` falls on here, as the reader's language writes it: "2026-11-28",
    /// "28/11/2026", "28.11.2026", "2026/11/28".
    pub fn date(&self, t: &Timestamp) -> String {
        self.zoned(t).strftime(date_pattern()).to_string()
    }

    /// `t` here to the minute, with the zone: "2026-11-28 05:30 +07".
    pub fn minute(&self, t: &Timestamp) -> String {
        let z = self.zoned(t);
        format!("{} {} {}", z.strftime(date_pattern()), z.strftime("%H:%M"), self.said(&z))
    }

    /// `t` here to the second, with the zone: "2026-11-28 05:30:07 +07".
    pub fn second(&self, t: &Timestamp) -> String {
        let z = self.zoned(t);
        format!("{} {} {}", z.strftime(date_pattern()), z.strftime("%H:%M:%S"), self.said(&z))
    }

    /// The zone as a time says it: "UTC" for UTC itself, else the offset at that moment —
    /// "+07", "+05:30", "-03" (a zone's abbreviation can mean two places; an offset cannot).
    fn said(&self, z: &jiff::Zoned) -> String {
        if self.is_utc() {
            return "UTC".to_string();
        }
        let seconds = z.offset().seconds();
        let sign = if seconds < 0 { '-' } else { '+' };
        let (hours, minutes) = (seconds.unsigned_abs() / 3600, seconds.unsigned_abs() % 3600 / 60);
        if minutes == 0 { format!("{sign}{hours:02}") } else { format!("{sign}{hours:02}:{minutes:02}") }
    }

    /// Whether this is UTC itself (not a zone that happens to be at +00 now, as London is in
    /// winter).
    pub fn is_utc(&self) -> bool {
        matches!(
            self.0.iana_name(),
            Some("UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Universal" | "Universal" | "Etc/Zulu" | "Zulu")
        )
    }
}

/// In the config file, as `:tz` takes it: `tz = "Asia/Ho_Chi_Minh"`; a name the time zone
/// database lacks is refused, saying so.
impl<'de> serde::Deserialize<'de> for Zone {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Zone::named(&name).ok_or_else(|| serde::de::Error::custom(crate::t!("config-zone-unknown", zone = name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Timestamp {
        chrono::Utc.with_ymd_and_hms(y, mo, d, h, mi, 7).single().expect("an instant")
    }

    #[test]
    fn a_time_is_shown_in_the_zone_with_the_zone_said() {
        let t = at(2026, 11, 27, 22, 30);
        let saigon = Zone::named("Asia/Ho_Chi_Minh").expect("a zone");
        assert_eq!(saigon.minute(&t), "2026-11-28 05:30 +07");
        assert_eq!(saigon.date(&t), "2026-11-28", "the day it is there");
        assert_eq!(saigon.second(&t), "2026-11-28 05:30:07 +07");
        assert_eq!(Zone::named("Europe/Istanbul").expect("a zone").minute(&t), "2026-11-28 01:30 +03");
        assert_eq!(Zone::named("Asia/Kolkata").expect("a zone").minute(&t), "2026-11-28 04:00 +05:30");
        assert_eq!(Zone::named("America/Sao_Paulo").expect("a zone").minute(&t), "2026-11-27 19:30 -03");
        assert_eq!(Zone::default().minute(&t), "2026-11-27 22:30 UTC");
    }

    #[test]
    fn each_language_writes_the_day_its_own_way_and_the_time_alike() {
        use crate::i18n::{Locale, scoped};
        let t = at(2026, 11, 27, 22, 30);
        let saigon = Zone::named("Asia/Ho_Chi_Minh").expect("a zone");
        let said = |locale| scoped(locale, || (saigon.date(&t), saigon.minute(&t)));
        assert_eq!(said(Locale::En), ("2026-11-28".into(), "2026-11-28 05:30 +07".into()));
        assert_eq!(said(Locale::Vi), ("28/11/2026".into(), "28/11/2026 05:30 +07".into()));
        assert_eq!(said(Locale::Tr), ("28.11.2026".into(), "28.11.2026 05:30 +07".into()));
        assert_eq!(said(Locale::ZhCn), ("2026/11/28".into(), "2026/11/28 05:30 +07".into()));
        let widths: Vec<usize> = Locale::ALL.iter().map(|l| scoped(*l, || saigon.second(&t).len())).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "a column of times is as wide in every language");
    }

    #[test]
    fn a_zone_at_plus_zero_is_not_called_utc_and_summer_time_moves_the_offset() {
        let london = Zone::named("Europe/London").expect("a zone");
        assert_eq!(london.minute(&at(2026, 1, 10, 9, 0)), "2026-01-10 09:00 +00");
        assert_eq!(london.minute(&at(2026, 7, 10, 9, 0)), "2026-07-10 10:00 +01");
        assert!(!london.is_utc());
        assert!(Zone::named("Etc/UTC").expect("a zone").is_utc());
    }

    #[test]
    fn only_names_the_database_has_are_zones() {
        assert!(Zone::named("Asia/Saigon").is_some(), "an old name still in the database");
        assert_eq!(Zone::named(" Asia/Shanghai ").map(|z| z.name()), Some("Asia/Shanghai".to_string()));
        assert!(Zone::named("Mars/Olympus_Mons").is_none());
        assert!(Zone::named("").is_none());
    }
}
