//! Folding text for case- and accent-insensitive filtering.
//!
//! Operators type without diacritics ("nguyen" must find "Nguyễn", "istanbul" must find
//! "İstanbul"), so both the haystack and the query are folded the same way: Unicode lower
//! case, Turkish dotted/dotless i both to `i`, Vietnamese đ to `d`, combining marks removed
//! after compatibility decomposition (NFKD), which also turns full-width Latin and digits into
//! their ordinary forms (`ｙｕｎｈａｉ` → `yunhai`, as an IME in full-width mode types them) and
//! ligatures into their letters. CJK text has no case and passes through unchanged.
//!
//! The customer list rows store their folded text (and are sorted by it): a change to `fold`
//! needs a schema step that folds the stored rows again (`store::schema`, v5 → v6).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'İ' | 'I' | 'ı' => out.push('i'),
            'Đ' | 'đ' => out.push('d'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase().filter(|l| !is_combining_mark(*l))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Công ty TNHH Nguyễn Đức"), "cong ty tnhh nguyen duc");
        assert_eq!(fold("İSTANBUL Işık Yazılım"), "istanbul isik yazilim");
        assert_eq!(fold("北京华通科技"), "北京华通科技");
        assert_eq!(fold("ÇAĞRI Şen Ödeme"), "cagri sen odeme");
        assert!(fold("Contoso Ltd").contains(&fold("CONTOSO")));
    }

    #[test]
    fn folds_full_width_forms_to_their_ordinary_letters() {
        assert_eq!(fold("ｙｕｎｈａｉ"), "yunhai");
        assert_eq!(fold("ＹＵＮＨＡＩ　科技 ２０２６"), "yunhai 科技 2026");
        assert_eq!(fold("Ｎｇｕｙễｎ"), "nguyen");
        assert_eq!(fold("ﬁnance"), "finance");
    }
}
