//! Counts as each language writes them: 1,000,000 in English and Chinese, 1.000.000 in
//! Vietnamese and Turkish (ICU4X's decimal formatter, CLDR's symbols and grouping).
//!
//! A count reaches a message as a [`Count`]: still a number to Fluent, so the translation
//! picks its plural form by it, but written grouped in the message's language (the bundles'
//! formatter, [`fluent_formatter`]). Other numbers (ids, line numbers, versions) stay as
//! they are typed.

use super::Locale;
use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};

/// A number of things, grouped as the reader's language groups digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub u64);

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Count {
            fn from(n: $t) -> Self {
                Count(n as u64)
            }
        }
    )*};
}
count_from!(u32, u64, usize);

/// `n` with the digit groups of `locale`.
pub fn grouped(locale: Locale, n: u64) -> String {
    // ICU4X's formatters are not `Sync` (their data is reference-counted): one set per thread,
    // made when the thread first writes a count.
    thread_local! {
        static FORMATTERS: [Option<DecimalFormatter>; 4] = {
            use icu_locale_core::locale;
            let make = |prefs: DecimalFormatterPreferences| {
                DecimalFormatter::try_new(prefs, DecimalFormatterOptions::default())
                    .map_err(|e| tracing::warn!("no decimal formatter: {e}"))
                    .ok()
            };
            [make(locale!("en").into()), make(locale!("vi").into()), make(locale!("tr").into()), make(locale!("zh").into())]
        };
    }
    FORMATTERS.with(|formatters| match &formatters[locale.index()] {
        Some(formatter) => formatter.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    })
}

/// A count as a Fluent argument: grouping on (the other numbers' is off, see `super::arg`).
pub(super) fn fluent_count(n: u64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(n as f64, FluentNumberOptions { use_grouping: true, ..Default::default() }))
}

/// The bundles' formatter: a number that asks for grouping is written in the current locale's
/// (the one whose bundle is formatting, see `super::message`); any other as Fluent writes it.
pub(super) fn fluent_formatter<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.use_grouping && n.value >= 0.0 && n.value.fract() == 0.0 => {
            Some(grouped(super::current(), n.value as u64))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_digits_its_own_way() {
        assert_eq!(grouped(Locale::En, 1_000_000), "1,000,000");
        assert_eq!(grouped(Locale::Vi, 1_000_000), "1.000.000");
        assert_eq!(grouped(Locale::Tr, 1_000_000), "1.000.000");
        assert_eq!(grouped(Locale::ZhCn, 1_000_000), "1,000,000");
        assert_eq!(grouped(Locale::Tr, 999), "999");
        assert_eq!(grouped(Locale::En, 0), "0");
    }

    #[test]
    fn a_count_in_a_message_is_grouped_and_still_picks_the_plural() {
        let said = |locale, n: u64| super::super::scoped(locale, || crate::t!("customers-count", count = Count(n)));
        assert_eq!(said(Locale::En, 1), "1 customer");
        assert_eq!(said(Locale::En, 1_000_000), "1,000,000 customers");
        assert!(said(Locale::Vi, 12_345).contains("12.345"), "{}", said(Locale::Vi, 12_345));
        assert!(said(Locale::Tr, 12_345).contains("12.345"), "{}", said(Locale::Tr, 12_345));
        assert!(said(Locale::ZhCn, 12_345).contains("12,345"), "{}", said(Locale::ZhCn, 12_345));
        // Other numbers (ids, lines) are written as typed.
        let line = crate::t!("ssh-refused-not-in-book", line = 12_345usize, email = "a@b.vn");
        assert!(line.contains("12345"), "{line}");
    }
}
