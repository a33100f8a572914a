//! The languages partnerdesk speaks, and how an environment names them.

/// One of the locales with a `.ftl` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Vi,
    Tr,
    ZhCn,
}

impl Locale {
    /// Every locale, in the order `L` steps through them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Vi, Locale::Tr, Locale::ZhCn];

    pub(super) fn index(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::Vi => 1,
            Locale::Tr => 2,
            Locale::ZhCn => 3,
        }
    }

    /// The BCP 47 tag, as `--lang` takes it and the `locales/` folder names it.
    pub fn tag(self) -> &'static str {
        super::SOURCES[self.index()].0
    }

    /// The language's own name, as the header shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Vi => "Tiếng Việt",
            Locale::Tr => "Türkçe",
            Locale::ZhCn => "简体中文",
        }
    }

    /// The language a customer in `country` reads: Vietnam, Türkiye, China, else English.
    pub fn for_country(country: &str) -> Locale {
        match country {
            "VN" => Locale::Vi,
            "TR" => Locale::Tr,
            "CN" => Locale::ZhCn,
            _ => Locale::En,
        }
    }

    /// The next locale, for the key that switches language.
    pub fn next(self) -> Locale {
        Locale::ALL[(self.index() + 1) % Locale::ALL.len()]
    }

    /// A tag (`vi`, `tr-TR`, `zh-CN`, `zh-Hans`) or a POSIX locale (`vi_VN.UTF-8`,
    /// `tr_TR@euro`); `None` for a language partnerdesk does not speak, and for `C`/`POSIX`.
    pub fn parse(value: &str) -> Option<Locale> {
        let lang = value.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
        let mut parts = lang.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "vi" => Some(Locale::Vi),
            "tr" => Some(Locale::Tr),
            // Simplified Chinese: the mainland and Singapore, and the script tag; Traditional
            // (TW, HK, Hant) is another locale partnerdesk does not have.
            "zh" => match parts.next() {
                None | Some("cn" | "sg" | "hans") => Some(Locale::ZhCn),
                _ => None,
            },
            _ => None,
        }
    }

    /// The locale POSIX's variables ask for, in their order of precedence: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first one that is set decides.
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Option<Locale> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| get(name).filter(|v| !v.is_empty()))
            .and_then(|value| Locale::parse(&value))
    }
}

impl std::str::FromStr for Locale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::parse(s).ok_or_else(|| {
            let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            crate::t!("config-language-unknown", language = s, languages = super::list(&tags))
        })
    }
}

/// In the config file, as `--lang` takes it: `lang = "vi"`.
impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_and_bcp47_names_pick_the_locale() {
        assert_eq!(Locale::parse("vi_VN.UTF-8"), Some(Locale::Vi));
        assert_eq!(Locale::parse("tr_TR@euro"), Some(Locale::Tr));
        assert_eq!(Locale::parse("zh_CN.GB18030"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-Hans"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh_TW.UTF-8"), None);
        assert_eq!(Locale::parse("en_GB.UTF-8"), Some(Locale::En));
        assert_eq!(Locale::parse("C.UTF-8"), None);
        assert_eq!(Locale::parse("de_DE"), None);
    }

    #[test]
    fn lc_all_outranks_lang() {
        let vars = |name: &str| match name {
            "LC_ALL" => Some("tr_TR.UTF-8".to_string()),
            "LANG" => Some("vi_VN.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(Locale::from_vars(vars), Some(Locale::Tr));
        let only_lang = |name: &str| (name == "LANG").then(|| "zh_CN.UTF-8".to_string());
        assert_eq!(Locale::from_vars(only_lang), Some(Locale::ZhCn));
    }

    #[test]
    fn the_switch_key_visits_every_locale_and_comes_back() {
        let mut seen = vec![Locale::En];
        let mut l = Locale::En.next();
        while l != Locale::En {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Locale::ALL);
    }
}
