//! Project Fluent: every string a person reads is a message in `locales/<tag>/*.ftl`,
//! embedded in the binary. One bundle per locale, shared by every session; which one a
//! sentence comes from is the *current* locale of the thread that renders it.
//!
//! A locale per session, not per process: the `App` holds its operator's locale and sets it
//! around its own synchronous work (`App::update`, `ui::render`) with [`scoped`]; both run
//! to the end on one thread without awaiting, so two SSH sessions on the same server, even on
//! the same worker thread, each read their own language. Outside any scope (the CLI, the SSH
//! server's own messages) the process default applies: `--lang`, then `LC_ALL` / `LC_MESSAGES`
//! / `LANG`, then English (see [`set_default`]).
//!
//! How a string is said in code (see `crate::text` for the names):
//! - a fixed phrase is a `Phrase` constant naming its message id: `pub const SAVE: Phrase =
//!   Phrase("save");` — it is `Copy`, `Display`, and turns into a `String` / `Span` / `Line`;
//! - a sentence with values is a function in `crate::text` that calls [`t!`]:
//!   `t!("customer-saved", company = company)`; numbers go in as numbers so that the
//!   translation picks its CLDR plural form (`{ $count -> [one] … *[other] … }`), and a count
//!   of things as a [`Count`] so that it is also written with the language's digit groups.
//!
//! Fluent's Unicode isolation marks are off: they would occupy terminal cells.

pub mod date_format;
mod locale;
pub mod number;
pub mod zone;

pub use locale::Locale;
pub use number::Count;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The `.ftl` files of one locale, joined: `partnerdesk.ftl` holds the screens, refusals and
/// emails every feature shares; each area with many sentences of its own has its own file.
macro_rules! locale_source {
    ($tag:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $tag, "/partnerdesk.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $tag, "/administration.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $tag, "/gdap.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $tag, "/terminal.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $tag, "/cli.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $tag, "/problems.ftl")),
        )
    };
}

/// The `.ftl` source of each locale, in `Locale::ALL`'s order.
pub const SOURCES: [(&str, &str); 4] = [
    ("en", locale_source!("en")),
    ("vi", locale_source!("vi")),
    ("tr", locale_source!("tr")),
    ("zh-CN", locale_source!("zh-CN")),
];

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(tag, source)| {
            let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number::fluent_formatter));
            // A resource with a syntax error still holds the entries that parsed; the tests
            // in `i18n::tests` refuse any error, so none reaches a build.
            let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids keep the first; the tests refuse duplicates too.
            bundle.add_resource_overriding(resource);
            bundle
        })
        .collect()
});

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// Sets the locale used outside any session's scope (the CLI, the server's own messages).
pub fn set_default(locale: Locale) {
    DEFAULT.store(locale.index() as u8, Ordering::Relaxed);
}

/// The locale the current thread renders in.
pub fn current() -> Locale {
    CURRENT.with(Cell::get).unwrap_or_else(|| Locale::ALL[DEFAULT.load(Ordering::Relaxed) as usize % 4])
}

/// Runs `f` with `locale` as the current thread's locale, restoring the previous one after
/// (also when `f` panics). `f` must not await: the locale belongs to the thread.
pub fn scoped<R>(locale: Locale, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Locale>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(Some(locale))));
    f()
}

/// The message `id` in the current locale, with `args`; English when the locale lacks it,
/// the id itself when no locale has it (the tests make sure every id exists everywhere).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    let locale = current();
    for bundle in [&BUNDLES[locale.index()], &BUNDLES[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// Whether `id` is a message (of English, which every locale mirrors): for ids made at run
/// time, such as the command line's help (`cli::help`).
pub fn has_message(id: &str) -> bool {
    BUNDLES[0].has_message(id)
}

/// Items in a row, as the locale separates them ("User, Helpdesk agent"; 中文 uses "、").
pub fn list(items: &[impl fmt::Display]) -> String {
    let separator = message("list-separator", None);
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(&separator)
}

/// A message with named arguments: `t!("customer-saved", company = name)`; `t!("save")`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

/// What a message's argument can be: text as it is, numbers as numbers (for plurals), a
/// phrase in the current locale. A [`Count`] is written with the language's digit groups;
/// other numbers (ids, line numbers) as they are.
pub fn arg<'a>(value: impl Into<Arg<'a>>) -> fluent_bundle::FluentValue<'a> {
    use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
    match value.into() {
        Arg::Text(text) => fluent_bundle::FluentValue::String(text),
        Arg::Number(n) => fluent_bundle::FluentValue::Number(FluentNumber::new(
            n,
            FluentNumberOptions { use_grouping: false, ..Default::default() },
        )),
        Arg::Count(n) => number::fluent_count(n),
    }
}

pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
    Count(u64),
}

impl From<Count> for Arg<'_> {
    fn from(n: Count) -> Self {
        Arg::Count(n.0)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl From<Phrase> for Arg<'_> {
    fn from(p: Phrase) -> Self {
        Arg::Text(Cow::Owned(p.to_string()))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

/// A fixed phrase: the id of a message without arguments, said in the current locale when it
/// is displayed. Constants of this type live in `crate::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Phrase(pub &'static str);

impl Phrase {
    /// The message id.
    pub fn id(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message(self.0, None))
    }
}

impl From<Phrase> for String {
    fn from(p: Phrase) -> String {
        message(p.0, None)
    }
}
impl From<Phrase> for Cow<'static, str> {
    fn from(p: Phrase) -> Self {
        Cow::Owned(message(p.0, None))
    }
}
impl From<Phrase> for ratatui::text::Line<'static> {
    fn from(p: Phrase) -> Self {
        ratatui::text::Line::raw(message(p.0, None))
    }
}
impl From<Phrase> for ratatui::text::Text<'static> {
    fn from(p: Phrase) -> Self {
        ratatui::text::Text::raw(message(p.0, None))
    }
}

#[cfg(test)]
mod tests;
