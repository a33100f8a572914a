//! The operator's config file: TOML at `$PARTNERDESK_CONFIG`, else `config.toml` in the
//! platform config directory (`~/.config/partnerdesk/` on Linux). Every key is optional;
//! `partnerdesk config --print-default` prints them all with their defaults. Flags and
//! environment variables win over the file.

use crate::app::keymap;
use crate::app::keyscript::{self, Step};
use crate::theme::Palette;
use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `dark`, `light` or `mono`.
    pub theme: Option<Palette>,
    /// `en`, `vi`, `tr` or `zh-CN`: after `--lang`, before `LC_ALL`/`LANG`.
    pub lang: Option<crate::i18n::Locale>,
    /// The IANA time zone times are shown in: before the operator's own (`:tz`) and `TZ`.
    pub tz: Option<crate::i18n::zone::Zone>,
    /// The book opened when neither `--db` nor `$PARTNERDESK_DB` names one.
    pub book: Option<PathBuf>,
    /// CSV files for Excel: a UTF-8 byte order mark and CRLF line ends.
    pub excel: Option<bool>,
    /// The app takes the mouse (wheel scrolls, click selects); false leaves it to the terminal.
    pub mouse: Option<bool>,
    /// The filter matches fuzzily (`:fuzzy` switches it while the desk is open).
    pub fuzzy: Option<bool>,
    /// How dates are written on screen: `%d`, `%m` and `%Y` or `%y` between separators.
    #[serde(default, deserialize_with = "date_format")]
    pub date_format: Option<String>,
    /// An action's name = a key or a list of keys, written as in key scripts.
    #[serde(default)]
    pub keys: BTreeMap<String, Keys>,
}

/// A date format the screens can use, or the reason it cannot be one (the line is named).
fn date_format<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let pattern = String::deserialize(d)?;
    crate::i18n::date_format::parse(&pattern)
        .map(Some)
        .map_err(|_| serde::de::Error::custom(crate::text::date_format_invalid(&pattern)))
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Keys {
    One(String),
    Many(Vec<String>),
}

/// What `config --print-default` prints: every key, commented out at its default.
pub const DEFAULT: &str = r#"# partnerdesk configuration. Every key is optional; each is shown here, commented out, with
# its default. Flags (--theme, --db) and environment variables (PARTNERDESK_THEME,
# PARTNERDESK_DB) win over this file. Its place: $PARTNERDESK_CONFIG, else config.toml in the
# platform config directory (`partnerdesk config --path` prints it).

# Colours: "dark" (for a dark terminal), "light" (paints its own white background) or "mono".
# How many colours the terminal has is read from NO_COLOR, COLORTERM and TERM.
# theme = "dark"

# The language of screens and messages: "en", "vi", "tr" or "zh-CN" (--lang wins; without
# either, LC_ALL, LC_MESSAGES or LANG; `L` switches it while the desk is open).
# lang = "en"

# The time zone every time on screen and in the commands' text output is shown in, with the
# zone said ("2026-11-28 05:30 +07"): an IANA name. Without it, the zone you last chose with
# `:tz`, else TZ, else the system's. JSON output is always UTC (RFC 3339). Over SSH, each
# operator's own `:tz`, else the TZ their client sends, else UTC.
# tz = "Asia/Ho_Chi_Minh"

# The book opened when neither --db nor $PARTNERDESK_DB names one (default: book.redb in the
# platform data directory). `demo` never uses it.
# book = "/srv/partnerdesk/book.redb"

# CSV for Excel (the in-app export `x` and `export --csv`): a UTF-8 byte order mark and CRLF
# line ends, so Excel shows Vietnamese, Turkish and Chinese names as written (`--excel`).
# excel = false

# The mouse: the wheel scrolls lists and views, a click selects a row, a tab or a footer key.
# Hold Shift while dragging to select text as usual. false leaves the mouse to the terminal.
# mouse = true

# The filter (`/`): false finds the text as typed; true matches the letters in order, across
# words and diacritics, best matches first ("bmdn" finds "Bình Minh Đà Nẵng"). `:fuzzy`
# switches it while the desk is open.
# fuzzy = false

# How dates are written on screen: the day %d, the month %m and the year %Y (or %y), each
# once, between "-", "/", "." or spaces: "%d.%m.%Y" shows 28.11.2026, "%m/%d/%Y" 11/28/2026.
# Times follow the date with their zone. Files and JSON keep ISO 8601 whatever this says.
# date_format = "%Y-%m-%d"

# New keys for actions: the action's name (`partnerdesk config --actions` lists every one with
# its keys and what it does) = a key or a list of keys, written as in key scripts: "R", "<C-o>",
# "<F2>", "<Enter>". The new keys replace the action's own keys everywhere it is bound, and the
# footer and the help show them. A key that another action already has in the same place is
# refused, naming both; the tabs (1-4, Tab) and the moves (arrows, j k, g G) keep their keys.
[keys]
# "customers.request_reseller" = "R"
# "global.quit" = ["q", "<C-q>"]
"#;

/// Where the config file is.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARTNERDESK_CONFIG").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "partnerdesk").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file (none is no config) and puts its key bindings in force. A file that
/// cannot be used is refused whole, in one sentence naming the file and the line.
pub fn load() -> Result<Config> {
    let Some(path) = path() else { return Ok(Config::default()) };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(e).with_context(|| crate::t!("config-unreadable", path = path.display().to_string()));
        }
    };
    let config = parse(&text, &path)?;
    rebind(&config, &text, &path)?;
    Ok(config)
}

fn parse(text: &str, path: &Path) -> Result<Config> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        anyhow::anyhow!("{}", refused(path, line, &toml_reason(e.message())))
    })
}

/// The sentence that refuses the file: its path, the line when known, and why.
fn refused(path: &Path, line: Option<usize>, why: &str) -> String {
    let path = path.display().to_string();
    match line {
        Some(line) => crate::t!("config-refused-at", path = path, line = line, why = why),
        None => crate::t!("config-refused", path = path, why = why),
    }
}

/// toml's reason, in the reader's language where it is the one an operator meets most (a key
/// this partnerdesk does not have); the values' own reasons (`lang`, `tz`, `date_format`) are
/// said by their readers already, and toml's syntax errors stay as toml says them.
fn toml_reason(message: &str) -> String {
    let unknown = message.strip_prefix("unknown field `").and_then(|rest| rest.split_once('`'));
    match unknown {
        Some((key, rest)) => {
            let known: Vec<&str> = rest
                .split_once("expected ")
                .map(|(_, list)| list.trim_start_matches("one of ").split(", ").map(|k| k.trim_matches('`')).collect())
                .unwrap_or_default();
            crate::t!("config-unknown-key", key = key, keys = crate::i18n::list(&known))
        }
        None => message.trim_end().to_string(),
    }
}

/// Parses each key binding and hands them to the key map, which refuses unknown actions and
/// keys already taken.
fn rebind(config: &Config, text: &str, path: &Path) -> Result<()> {
    let line = |action: &str| {
        let quoted = [format!("\"{action}\""), format!("'{action}'"), action.to_string()];
        let found = quoted
            .iter()
            .find_map(|q| text.lines().position(|l| l.trim_start().starts_with(q.as_str()) && l.contains('=')));
        found.map(|n| n + 1)
    };
    let mut requests = Vec::new();
    for (action, keys) in &config.keys {
        let specs = match keys {
            Keys::One(k) => vec![k.clone()],
            Keys::Many(ks) => ks.clone(),
        };
        let mut events = Vec::new();
        for spec in &specs {
            match keyscript::parse(spec).as_deref() {
                Ok([Step::Key(event)]) => events.push(*event),
                _ => {
                    let why = crate::t!("config-not-one-key", key = spec.as_str(), action = action.as_str());
                    bail!("{}", refused(path, line(action), &why));
                }
            }
        }
        if events.is_empty() {
            bail!("{}", refused(path, line(action), &crate::t!("config-no-key", action = action.as_str())));
        }
        requests.push((action.clone(), events));
    }
    keymap::rebind(&requests).map_err(|e| anyhow::anyhow!("{}", refused(path, line(&e.action), &e.reason)))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_is_valid_and_says_nothing_new() {
        let config = parse(DEFAULT, Path::new("config.toml")).unwrap();
        assert!(config.theme.is_none() && config.lang.is_none() && config.book.is_none() && config.keys.is_empty());
        assert!(config.fuzzy.is_none());
        assert_eq!(parse("fuzzy = true\n", Path::new("config.toml")).unwrap().fuzzy, Some(true));
        let vi = parse("lang = \"vi\"\n", Path::new("config.toml")).unwrap();
        assert_eq!(vi.lang, Some(crate::i18n::Locale::Vi));
        assert!(config.date_format.is_none());
        let dotted = parse("date_format = \"%d.%m.%Y\"\n", Path::new("config.toml")).unwrap();
        assert_eq!(dotted.date_format.as_deref(), Some("%d.%m.%Y"));
        assert!(config.tz.is_none());
        let saigon = parse("tz = \"Asia/Ho_Chi_Minh\"\n", Path::new("config.toml")).unwrap();
        assert_eq!(saigon.tz.map(|z| z.name()).as_deref(), Some("Asia/Ho_Chi_Minh"));
    }

    #[test]
    fn a_date_format_the_screens_cannot_use_is_refused_naming_the_line() {
        let path = Path::new("config.toml");
        let err = parse("theme = \"light\"\ndate_format = \"%d %B %Y\"\n", path).unwrap_err().to_string();
        assert!(err.starts_with("config file config.toml, line 2:"), "{err}");
        assert!(err.contains("“%d %B %Y” is not a date format"), "{err}");
    }

    #[test]
    fn a_bad_file_is_one_sentence_naming_the_line() {
        let path = Path::new("/home/lan/.config/partnerdesk/config.toml");
        let err = parse("theme = \"dark\"\ncolour = \"blue\"\n", path).unwrap_err().to_string();
        assert!(err.starts_with("config file /home/lan/.config/partnerdesk/config.toml, line 2:"), "{err}");
        assert!(err.contains("colour"), "{err}");
        let err = parse("theme = \"pastel\"\n", path).unwrap_err().to_string();
        assert!(err.contains("line 1") && err.contains("pastel"), "{err}");
        let err = parse("lang = \"en\"\ntz = \"Mars/Olympus_Mons\"\n", path).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("“Mars/Olympus_Mons” is not a time zone"), "{err}");
        let config = parse("[keys]\n\"customers.nonsense\" = \"R\"\n", path).unwrap();
        let err = rebind(&config, "[keys]\n\"customers.nonsense\" = \"R\"\n", path).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("no action named “customers.nonsense”"), "{err}");
        let text = "[keys]\n\"global.quit\" = \"<Enter><Esc>\"\n";
        let err = rebind(&parse(text, path).unwrap(), text, path).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("is not one key"), "{err}");
    }
}
