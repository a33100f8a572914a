//! Multilingual names: companies and people in Vietnamese, Turkish, Chinese and English, and
//! the ASCII slugs their domains and email addresses are made from.

use super::Gen;
use crate::domain::country::Cloud;
use crate::domain::search;

pub(super) struct Language {
    /// Where its tenants are, and in which cloud.
    pub country: &'static [(&'static str, Cloud)],
    prefix: &'static [&'static str],
    /// The distinctive part of a name, and its ASCII form for domains ("" when folding gives it).
    core: &'static [(&'static str, &'static str)],
    suffix: &'static [&'static str],
    given: &'static [&'static str],
    family: &'static [&'static str],
    pub email_domain_tld: &'static str,
}

const VIETNAMESE: Language = Language {
    country: &[("VN", Cloud::Public)],
    prefix: &["Công ty TNHH ", "Công ty Cổ phần ", "Tập đoàn ", ""],
    core: &[
        ("Minh Phát", ""),
        ("Hoàng Long", ""),
        ("Sao Việt", ""),
        ("Phú Thịnh", ""),
        ("An Khang", ""),
        ("Thành Đạt", ""),
        ("Hải Âu", ""),
        ("Bình Minh", ""),
        ("Đại Dương", ""),
        ("Tân Tiến", ""),
        ("Ngọc Lan", ""),
        ("Trường Sơn", ""),
        ("Việt Á", ""),
        ("Hưng Thịnh", ""),
        ("Kim Ngân", ""),
        ("Đông Á", ""),
    ],
    suffix: &["", " Việt Nam", " Sài Gòn", " Hà Nội", " Đà Nẵng", " Cần Thơ"],
    given: &["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khoa", "Linh", "Nga", "Phúc", "Quân", "Thảo", "Vy"],
    family: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi"],
    email_domain_tld: "vn",
};

const TURKISH: Language = Language {
    country: &[("TR", Cloud::Public)],
    prefix: &[""],
    core: &[
        ("Yıldız", ""),
        ("Öztürk", ""),
        ("Çelik", ""),
        ("Şahin", ""),
        ("Doğan", ""),
        ("Aydın", ""),
        ("Kılıç", ""),
        ("Güneş", ""),
        ("Ağaoğlu", ""),
        ("Işık", ""),
    ],
    suffix: &[
        " Teknoloji A.Ş.",
        " Yazılım Ltd. Şti.",
        " İnşaat A.Ş.",
        " Lojistik A.Ş.",
        " Gıda San. Tic.",
        " Tekstil A.Ş.",
    ],
    given: &["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Şule", "İlker", "Gökçe", "Çağrı"],
    family: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
    email_domain_tld: "com.tr",
};

const CHINESE: Language = Language {
    country: &[("CN", Cloud::China21Vianet)],
    prefix: &["北京", "上海", "深圳", "广州", "杭州", "成都"],
    core: &[
        ("华通", "huatong"),
        ("云海", "yunhai"),
        ("星辰", "xingchen"),
        ("博远", "boyuan"),
        ("恒信", "hengxin"),
        ("天成", "tiancheng"),
        ("嘉禾", "jiahe"),
        ("瑞丰", "ruifeng"),
    ],
    suffix: &["科技有限公司", "信息技术有限公司", "贸易有限公司", "网络科技有限公司"],
    given: &["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷"],
    family: &["王", "李", "张", "刘", "陈", "杨", "赵", "黄"],
    email_domain_tld: "cn",
};

const ENGLISH: Language = Language {
    country: &[
        ("US", Cloud::Public),
        ("US", Cloud::UsGovernment),
        ("GB", Cloud::Public),
        ("DE", Cloud::Germany),
        ("AU", Cloud::Public),
    ],
    prefix: &[""],
    core: &[
        ("Contoso", ""),
        ("Fabrikam", ""),
        ("Northwind", ""),
        ("Adventure Works", ""),
        ("Tailspin", ""),
        ("Wide World", ""),
        ("Litware", ""),
        ("Proseware", ""),
        ("Woodgrove", ""),
        ("Fourth Coffee", ""),
        ("Alpine Ski", ""),
        ("Blue Yonder", ""),
    ],
    suffix: &[" Traders", " Bank", " Toys", " Importers", " Consulting", " Health", " Ltd", " Inc."],
    given: &["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie"],
    family: &["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Clark"],
    email_domain_tld: "com",
};

/// The language of the next customer: half of them Vietnamese, as the partner is.
pub(super) fn language(g: &mut Gen) -> &'static Language {
    match g.percent() {
        0..50 => &VIETNAMESE,
        50..65 => &TURKISH,
        65..80 => &CHINESE,
        _ => &ENGLISH,
    }
}

impl Language {
    /// A company name, and the ASCII slug its domains are made from.
    pub(super) fn company(&self, g: &mut Gen) -> (String, String) {
        let (prefix, (core, core_ascii), tail) = (g.pick(self.prefix), g.pick(self.core), g.pick(self.suffix));
        let name = format!("{prefix}{core}{tail}");
        // Domains come from the distinctive part of the name, as tenants usually choose them.
        let slug =
            if core_ascii.is_empty() { ascii_slug(&format!("{core}{tail}"), 20) } else { core_ascii.to_string() };
        (name, if slug.is_empty() { "tenant".to_string() } else { slug })
    }

    /// The `n`th person of a company: a name written in the language's order, and the local
    /// part of their email address.
    pub(super) fn person(&self, g: &mut Gen, n: usize) -> (String, String) {
        let family = g.pick(self.family);
        let given = g.pick(self.given);
        let display = match self.email_domain_tld {
            "com" | "com.tr" => format!("{given} {family}"),
            "cn" => format!("{family}{given}"),
            _ => format!("{family} {given}"),
        };
        let local = match ascii_slug(given, 12) {
            s if s.is_empty() => format!("user{n}"),
            s => format!("{s}{n}"),
        };
        (display, local)
    }
}

/// ASCII letters and digits of a name, for domains (`Công ty Minh Phát` → `congtyminhphat`).
fn ascii_slug(text: &str, max: usize) -> String {
    search::fold(text).chars().filter(char::is_ascii_alphanumeric).take(max).collect()
}

/// `n` in base 36, which keeps the domains of many customers short and distinct.
pub(super) fn base36(mut n: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
