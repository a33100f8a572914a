//! Validation of everything an operator or a script types. Each function takes raw text and
//! returns the typed value or a `Refusal` that names the field and says what is wrong.

use super::Refusal;
use super::country::CountryCode;
use super::ids::{Domain, Email, PartnerId};
use super::msg::InputMsg;
use crate::domain::Input;
use unicode_width::UnicodeWidthStr;

/// Longest free text accepted in a single-line field (company name, title, …).
pub const MAX_LINE_CHARS: usize = 120;
/// Longest multi-line text (service request description, email body).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Microsoft's limit for the name part of an initial `onmicrosoft.com` domain.
pub const MAX_INITIAL_DOMAIN_NAME: usize = 27;
/// Largest licence count a single subscription line may carry.
pub const MAX_LICENCES: u32 = 1_000_000;
/// The longest DNS name, and the longest label in it (RFC 1035).
const MAX_DOMAIN_CHARS: usize = 253;
const MAX_DOMAIN_PART: usize = 63;
/// The longest local part (before the @) of an email address (RFC 5321).
const MAX_EMAIL_LOCAL: usize = 64;
/// How many digits a partner id has, and a phone number (E.164), at least and at most.
const PARTNER_ID_DIGITS: (usize, usize) = (6, 7);
const PHONE_DIGITS: (usize, usize) = (6, 15);
/// Said of a partner id of the wrong length.
const PARTNER_ID_LENGTH: InputMsg = InputMsg::PartnerIdLength { min: PARTNER_ID_DIGITS.0, max: PARTNER_ID_DIGITS.1 };

/// Text on one line: trimmed, not empty, no control characters, at most `MAX_LINE_CHARS`.
pub fn line(field: Input, raw: &str) -> Result<String, Refusal> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    if text.chars().any(char::is_control) {
        return Err(Refusal::on(field, InputMsg::NotOneLine));
    }
    if is_bidi_override_present(text) {
        return Err(Refusal::on(field, InputMsg::BidiOverride));
    }
    if let Some(why) = invisible_trouble(text) {
        return Err(Refusal::on(field, why));
    }
    if text.chars().count() > MAX_LINE_CHARS {
        return Err(Refusal::on(field, InputMsg::TooLong { max: MAX_LINE_CHARS }));
    }
    Ok(text.to_string())
}

/// Multi-line text: newlines and tabs allowed, other control characters not.
pub fn text(field: Input, raw: &str) -> Result<String, Refusal> {
    let text = raw.trim_end();
    if text.trim().is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(Refusal::on(field, InputMsg::ControlCharacters));
    }
    if is_bidi_override_present(text) {
        return Err(Refusal::on(field, InputMsg::BidiOverride));
    }
    if let Some(why) = invisible_trouble(text) {
        return Err(Refusal::on(field, why));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(Refusal::on(field, InputMsg::TooLong { max: MAX_TEXT_CHARS }));
    }
    Ok(text.replace("\r\n", "\n"))
}

/// Characters that reorder how text is shown (used to disguise names and links), and the
/// invisible left-to-right and right-to-left marks.
fn is_bidi_override_present(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'))
}

/// Characters that take no cell on screen and carry nothing a reader can see: zero-width
/// spaces and joiners, the word joiner and invisible operators, the BOM, variation selectors,
/// soft hyphen, Hangul fillers and the like. Joiners and selectors inside visible text are kept
/// (emoji and Indic scripts need them); text made only of them is refused.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0100}'..='\u{E01EF}'
        )
}

/// Why a text would not show as what it is: line or paragraph separators (which break rows),
/// tag characters (invisible text), or nothing visible at all.
fn invisible_trouble(text: &str) -> Option<InputMsg> {
    if text.chars().any(|c| matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}')) {
        return Some(InputMsg::LineSeparators);
    }
    if text.chars().any(|c| matches!(c, '\u{E0000}'..='\u{E007F}')) {
        return Some(InputMsg::InvisibleTags);
    }
    if text.chars().all(is_invisible) {
        return Some(InputMsg::NothingVisible);
    }
    None
}

/// A DNS domain: 2+ labels of letters, digits and hyphens (not at either end), each 1–63
/// characters, 253 in all, a top-level label that is not all digits.
pub fn domain(field: Input, raw: &str) -> Result<Domain, Refusal> {
    let d = raw.trim().trim_end_matches('.').to_ascii_lowercase();
    if d.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    if !d.is_ascii() {
        return Err(Refusal::on(field, InputMsg::DomainNotAscii));
    }
    if d.len() > MAX_DOMAIN_CHARS {
        return Err(Refusal::on(field, InputMsg::TooLong { max: MAX_DOMAIN_CHARS }));
    }
    let labels: Vec<&str> = d.split('.').collect();
    if labels.len() < 2 {
        return Err(Refusal::on(field, InputMsg::DomainNeedsDot { domain: d }));
    }
    for label in &labels {
        if label.is_empty() {
            return Err(Refusal::on(field, InputMsg::DomainEmptyPart { domain: d }));
        }
        if label.len() > MAX_DOMAIN_PART {
            return Err(Refusal::on(field, InputMsg::DomainPartTooLong { max: MAX_DOMAIN_PART }));
        }
        if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(Refusal::on(field, InputMsg::DomainCharacters { domain: d }));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(Refusal::on(field, InputMsg::DomainHyphenAtEdge));
        }
    }
    if labels.last().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
        return Err(Refusal::on(field, InputMsg::DomainEndsInNumber));
    }
    Ok(Domain(d))
}

/// The initial domain Microsoft gives a tenant: `<name>.onmicrosoft.com` (21Vianet:
/// `<name>.partner.onmschina.cn`), the name 1–27 letters and digits. A bare name gets the
/// suffix of `cloud_suffix`.
pub fn initial_domain(field: Input, raw: &str, cloud_suffix: &str) -> Result<Domain, Refusal> {
    let mut text = raw.trim().to_ascii_lowercase();
    if !text.is_empty() && !text.contains('.') {
        text = format!("{text}.{cloud_suffix}");
    }
    let d = domain(field.clone(), &text)?;
    let Some(name) = d.as_str().strip_suffix(&format!(".{cloud_suffix}")) else {
        return Err(Refusal::on(field, InputMsg::InitialDomainSuffix { suffix: cloud_suffix.to_string() }));
    };
    if name.is_empty() || name.len() > MAX_INITIAL_DOMAIN_NAME || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Refusal::on(
            field,
            InputMsg::InitialDomainName { suffix: cloud_suffix.to_string(), max: MAX_INITIAL_DOMAIN_NAME },
        ));
    }
    Ok(d)
}

/// An email address: a local part of printable ASCII without spaces, `@`, a valid domain.
pub fn email(field: Input, raw: &str) -> Result<Email, Refusal> {
    let e = raw.trim();
    if e.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    let Some((local, dom)) = e.rsplit_once('@') else {
        return Err(Refusal::on(field, InputMsg::EmailWithoutAt { text: clip(e) }));
    };
    if local.is_empty() || local.len() > MAX_EMAIL_LOCAL {
        return Err(Refusal::on(field, InputMsg::EmailLocalLength { max: MAX_EMAIL_LOCAL }));
    }
    let local_ok = local.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b));
    if !local_ok || local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(Refusal::on(field, InputMsg::EmailLocalCharacters { text: clip(e) }));
    }
    let dom = domain(field, dom)?;
    Ok(Email(format!("{}@{}", local.to_ascii_lowercase(), dom.as_str())))
}

/// A Microsoft partner id: 6 or 7 digits.
pub fn partner_id(field: Input, raw: &str) -> Result<PartnerId, Refusal> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::on(field, InputMsg::PartnerIdNotDigits { text: clip(t) }));
    }
    if !(PARTNER_ID_DIGITS.0..=PARTNER_ID_DIGITS.1).contains(&t.len()) {
        return Err(Refusal::on(field, PARTNER_ID_LENGTH));
    }
    t.parse::<u32>().map(PartnerId).map_err(|_| Refusal::on(field, PARTNER_ID_LENGTH))
}

/// A licence count: a positive whole number, at most `max`.
pub fn licence_count(field: Input, raw: &str, max: u32) -> Result<u32, Refusal> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    if t.starts_with('-') {
        return Err(Refusal::on(field, InputMsg::NotPositive));
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::on(field, InputMsg::NotWholeNumber { text: clip(t) }));
    }
    match t.parse::<u64>() {
        Ok(0) => Err(Refusal::on(field, InputMsg::AtLeast { min: 1 })),
        Ok(n) if n <= u64::from(max) => Ok(n as u32),
        _ => Err(Refusal::on(field, InputMsg::AtMost { max })),
    }
}

/// The characters a Microsoft product key uses (no vowels, no look-alikes): the letters
/// BCDFGHJKMNPQRTVWXY and the digits 2346789.
const PRODUCT_KEY_ALPHABET: &str = "BCDFGHJKMNPQRTVWXY2346789";

/// A product key: five groups of five characters of `PRODUCT_KEY_ALPHABET`, with hyphens.
pub fn product_key(field: Input, raw: &str) -> Result<String, Refusal> {
    let t = raw.trim().to_ascii_uppercase();
    if t.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    let groups: Vec<&str> = t.split('-').collect();
    let shape_ok = groups.len() == 5 && groups.iter().all(|g| g.len() == 5);
    if !shape_ok {
        return Err(Refusal::on(field, InputMsg::ProductKeyShape));
    }
    if let Some(bad) = t.chars().find(|c| *c != '-' && !PRODUCT_KEY_ALPHABET.contains(*c)) {
        return Err(Refusal::on(field, InputMsg::ProductKeyCharacter { character: bad }));
    }
    Ok(t)
}

/// A phone number: digits with optional leading +, spaces, hyphens, dots and parentheses;
/// 6–15 digits (E.164).
pub fn phone(field: Input, raw: &str) -> Result<String, Refusal> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    let allowed = |(i, c): (usize, char)| c.is_ascii_digit() || " -.()".contains(c) || (i == 0 && c == '+');
    if !t.char_indices().all(allowed) {
        return Err(Refusal::on(field, InputMsg::PhoneCharacters));
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if !(PHONE_DIGITS.0..=PHONE_DIGITS.1).contains(&digits) {
        return Err(Refusal::on(field, InputMsg::PhoneDigits { min: PHONE_DIGITS.0, max: PHONE_DIGITS.1 }));
    }
    Ok(t.to_string())
}

pub fn country(field: Input, raw: &str) -> Result<CountryCode, Refusal> {
    if raw.trim().is_empty() {
        return Err(Refusal::on(field, InputMsg::Required));
    }
    CountryCode::parse(raw).ok_or_else(|| Refusal::on(field, InputMsg::NotACountry { text: clip(raw.trim()) }))
}

/// Shortens echoed input so a 1 MB paste does not become a 1 MB message.
pub fn clip(text: &str) -> String {
    const MAX_WIDTH: usize = 40;
    if text.width() <= MAX_WIDTH {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() >= MAX_WIDTH - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(domain(Input::Domain, "Contoso.COM.").map(|d| d.0), Ok("contoso.com".into()));
        for bad in ["", "contoso", "-a.com", "a-.com", "a..com", "a_b.com", "a.123", "ví-dụ.vn", &"a".repeat(64)] {
            assert!(domain(Input::Domain, bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn initial_domains_are_onmicrosoft_names() {
        let ok = initial_domain(Input::Domain, "saomai", "onmicrosoft.com").map(|d| d.0);
        assert_eq!(ok, Ok("saomai.onmicrosoft.com".into()));
        assert!(initial_domain(Input::Domain, "sao-mai.onmicrosoft.com", "onmicrosoft.com").is_err());
        assert!(initial_domain(Input::Domain, "saomai.com", "onmicrosoft.com").is_err());
        assert!(initial_domain(Input::Domain, &"a".repeat(28), "onmicrosoft.com").is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(email(Input::Email, " An@Contoso.com ").map(|e| e.0), Ok("an@contoso.com".into()));
        for bad in ["", "an", "@contoso.com", "an@", "a n@contoso.com", "an@contoso", ".an@x.com", "an..b@x.com"] {
            assert!(email(Input::Email, bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn partner_ids_have_six_or_seven_digits() {
        assert_eq!(partner_id(Input::PartnerId, "4512345"), Ok(PartnerId(4512345)));
        assert_eq!(partner_id(Input::PartnerId, "123456"), Ok(PartnerId(123456)));
        for bad in ["", "12345", "12345678", "12a456", "-123456", "١٢٣٤٥٦"] {
            assert!(partner_id(Input::PartnerId, bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn licence_counts_are_positive_whole_numbers_within_limit() {
        assert_eq!(licence_count(Input::Licences, "25", 300), Ok(25));
        for bad in ["", "0", "-1", "1.5", "ten", "301", "99999999999999999999"] {
            let err = licence_count(Input::Licences, bad, 300).unwrap_err();
            assert_eq!(err.input, Some(Input::Licences), "{bad:?}");
        }
    }

    #[test]
    fn product_keys() {
        assert!(product_key(Input::ProductKey, "bcdfg-hjkmp-qrtvw-xy234-67892").is_ok());
        assert!(product_key(Input::ProductKey, "NNNNN-HJKMN-QRTVW-XY234-67892").is_ok(), "N is in real keys");
        assert!(product_key(Input::ProductKey, "BCDFG-HJKMP-QRTVW-XY234").is_err());
        assert!(product_key(Input::ProductKey, "BCDFG-HJKMP-QRTVW-XY234-6789O").is_err());
        assert!(product_key(Input::ProductKey, "AAAAA-HJKMP-QRTVW-XY234-67892").is_err());
    }

    #[test]
    fn lines_refuse_control_and_bidi_characters_and_overlong_text() {
        assert_eq!(line(Input::Name, "  Công ty Sao Mai  "), Ok("Công ty Sao Mai".into()));
        assert!(line(Input::Name, "   ").is_err());
        assert!(line(Input::Name, "a\u{7}b").is_err());
        assert!(line(Input::Name, "abc\u{202E}gpj.exe").is_err());
        assert!(line(Input::Name, &"x".repeat(MAX_LINE_CHARS + 1)).is_err());
        assert!(line(Input::Name, "北京华通科技有限公司 🚀").is_ok());
    }

    #[test]
    fn names_are_visible_one_line_text() {
        for invisible in ["\u{200B}\u{200B}", "\u{FEFF}", "\u{3164}", "\u{200D}\u{FE0F}", "\u{2060} \u{00AD}"] {
            assert_eq!(
                line(Input::Company, invisible).unwrap_err().msg.to_string(),
                "has no visible characters",
                "{invisible:?}"
            );
        }
        assert!(line(Input::Company, "Sao\u{2028}Mai").unwrap_err().msg.to_string().contains("paragraph separators"));
        assert!(
            line(Input::Company, "Sao Mai\u{E0041}\u{E0042}").unwrap_err().msg.to_string().contains("tag characters")
        );
        assert!(line(Input::Company, "\u{200F}Sao Mai").is_err(), "a right-to-left mark is refused");
        assert!(text(Input::Description, "Chào\u{2029}anh").is_err());
        // Joiners inside visible text are part of it.
        assert!(line(Input::Name, "👩\u{200D}💻 Lan").is_ok());
        assert!(line(Input::Name, "क्\u{200D}ष").is_ok());
    }

    #[test]
    fn echoed_input_is_clipped() {
        let big = "x".repeat(1_000_000);
        let err = email(Input::Email, &big).unwrap_err();
        assert!(err.msg.to_string().len() < 200);
    }

    #[test]
    fn phones() {
        assert!(phone(Input::Phone, "+84 28 3822 1234").is_ok());
        assert!(phone(Input::Phone, "12345").is_err());
        assert!(phone(Input::Phone, "+84 abc").is_err());
        assert!(phone(Input::Phone, "84+123456").is_err());
    }
}
