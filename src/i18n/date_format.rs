//! How a date is written on screen (config `date_format`): day, month and year in the order and
//! with the separators the operator is used to — "28.11.2026", "28/11/2026", "11/28/26" — in
//! place of the way of the operator's language (`zone::date_pattern`). Numbers only: a month's name would be English whatever the
//! operator's language. Times follow the date as they always do ("28.11.2026 05:30 +07").
//!
//! One format per process, set once from the config file before any screen is drawn; files
//! and JSON keep RFC 3339 whatever it is.

use std::sync::OnceLock;

/// Longest pattern taken (the longest sensible one, `%d. %m. %Y`, is 10 characters).
const MAX_PATTERN: usize = 12;

static PATTERN: OnceLock<String> = OnceLock::new();

/// Why a pattern cannot be a date format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// A `%` directive other than `%d`, `%m`, `%Y`, `%y`.
    Directive(String),
    /// A character that is neither a directive nor a separator (`-` `/` `.` space).
    Character(char),
    /// Day, month and year are not each there exactly once.
    Parts,
    TooLong,
}

/// Checks `pattern`: `%d` (day), `%m` (month) and `%Y` or `%y` (year), each once, between
/// separators `-`, `/`, `.` or a space.
pub fn parse(pattern: &str) -> Result<String, Invalid> {
    if pattern.chars().count() > MAX_PATTERN {
        return Err(Invalid::TooLong);
    }
    let (mut day, mut month, mut year) = (0, 0, 0);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '%' => match chars.next() {
                Some('d') => day += 1,
                Some('m') => month += 1,
                Some('Y' | 'y') => year += 1,
                other => return Err(Invalid::Directive(format!("%{}", other.map(String::from).unwrap_or_default()))),
            },
            '-' | '/' | '.' | ' ' => {}
            other => return Err(Invalid::Character(other)),
        }
    }
    if (day, month, year) != (1, 1, 1) {
        return Err(Invalid::Parts);
    }
    Ok(pattern.to_string())
}

/// Puts `pattern` (checked by `parse`) in force for the process; a second call changes nothing.
pub fn set(pattern: String) {
    let _ = PATTERN.set(pattern);
}

/// The date pattern the config put in force (strftime: `%d`, `%m`, `%Y`, `%y`), if it set one;
/// otherwise each language writes dates its own way (`zone::date_pattern`).
pub fn configured() -> Option<&'static str> {
    PATTERN.get().map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_month_and_year_each_once_between_separators() {
        for ok in ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%y", "%d. %m. %Y"] {
            assert_eq!(parse(ok).as_deref(), Ok(ok));
        }
        assert_eq!(parse("%d %B %Y"), Err(Invalid::Directive("%B".into())), "names would be English");
        assert_eq!(parse("%d/%m/%Y %H"), Err(Invalid::Directive("%H".into())), "times follow on their own");
        assert_eq!(parse("%d/%m"), Err(Invalid::Parts));
        assert_eq!(parse("%d/%d/%Y"), Err(Invalid::Parts));
        assert_eq!(parse("day %d"), Err(Invalid::Character('d')));
        assert_eq!(parse("%d"), Err(Invalid::Parts));
        assert_eq!(parse("%"), Err(Invalid::Directive("%".into())));
        assert_eq!(parse("%d - - - %m - - %Y"), Err(Invalid::TooLong));
    }

    #[test]
    fn every_pattern_taken_writes_a_date_jiff_can_format() {
        let day = jiff::civil::date(2026, 11, 28);
        for (pattern, shown) in [("%d.%m.%Y", "28.11.2026"), ("%m/%d/%y", "11/28/26"), ("%Y-%m-%d", "2026-11-28")] {
            let pattern = parse(pattern).expect("a date format");
            assert_eq!(jiff::fmt::strtime::format(pattern.as_str(), day).expect("formats"), shown);
        }
    }
}
