//! What is wrong with one value, said after the input's name.

use crate::domain::msg::InputMsg;
use std::fmt;

impl fmt::Display for InputMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InputMsg::*;
        match self {
            Required => f.write_str("is required"),
            NotOneLine => f.write_str("must be one line without control characters"),
            ControlCharacters => f.write_str("must not contain control characters"),
            BidiOverride => f.write_str("must not contain right-to-left override characters"),
            LineSeparators => f.write_str("must not contain line or paragraph separators"),
            InvisibleTags => f.write_str("must not contain invisible tag characters"),
            NothingVisible => f.write_str("has no visible characters"),
            TooLong { max } => write!(f, "is too long (at most {max} characters)"),
            DomainNotAscii => f.write_str(
                "must use letters a–z, digits and hyphens (enter an internationalized name in its xn-- form)",
            ),
            DomainNeedsDot { domain } => write!(f, "“{domain}” needs a dot, like contoso.com"),
            DomainEmptyPart { domain } => write!(f, "“{domain}” has an empty part between dots"),
            DomainPartTooLong { max } => write!(f, "has a part longer than {max} characters"),
            DomainCharacters { domain } => write!(f, "“{domain}” may contain only letters, digits, hyphens and dots"),
            DomainHyphenAtEdge => f.write_str("parts must not start or end with a hyphen"),
            DomainEndsInNumber => f.write_str("must end in a name, not a number"),
            InitialDomainSuffix { suffix } => write!(f, "must end in .{suffix}"),
            InitialDomainName { suffix, max } => {
                write!(f, "the name before .{suffix} must be 1–{max} letters and digits")
            }
            EmailWithoutAt { text } => write!(f, "“{text}” is not an email address (no @)"),
            EmailLocalLength { max } => write!(f, "needs 1–{max} characters before the @"),
            EmailLocalCharacters { text } => {
                write!(f, "“{text}” has characters that an email address cannot have before the @")
            }
            PartnerIdNotDigits { text } => write!(f, "“{text}” is not a partner id: use digits only"),
            PartnerIdLength { min, max } => write!(f, "a partner id has {min} or {max} digits"),
            NotPositive => f.write_str("must be a positive whole number"),
            NotWholeNumber { text } => write!(f, "“{text}” is not a whole number"),
            AtLeast { min } => write!(f, "must be at least {min}"),
            AtMost { max } => write!(f, "must be at most {max}"),
            AtLeastDays { min: 1 } => f.write_str("must be at least 1 day"),
            AtLeastDays { min } => write!(f, "must be at least {min} days"),
            ProductKeyShape => f.write_str("has the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"),
            ProductKeyCharacter { character } => {
                write!(f, "“{character}” never appears in a product key (check for O/0, I/1, vowels)")
            }
            PhoneCharacters => f.write_str("may contain only digits, spaces, + - . ( )"),
            PhoneDigits { min, max } => write!(f, "needs {min} to {max} digits"),
            NotACountry { text } => write!(f, "“{text}” is not a two-letter country code like VN, TR or CN"),
            NotATenantId { text } => {
                write!(f, "“{text}” is not a tenant id; it is a GUID like 8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c")
            }
            CloudRequired => f.write_str("is required: public, usgov, germany or 21vianet"),
            NotAnIsoCountry { text } => write!(f, "`{text}` is not an ISO 3166-1 country code like VN"),
            NotAnId { text, prefix } => write!(f, "`{text}` is not an id like {prefix}-12"),
            NotARoleId { text } => {
                write!(f, "`{text}` is not a role id (a GUID like 62e90394-69f5-4237-9190-012177145e10)")
            }
        }
    }
}
