//! What is wrong with one value as typed (or as written in an imported file). These are said
//! after the input's name, so they start in lower case: "Email: is required".

/// A problem with one typed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputMsg {
    Required,
    /// A one-line value holds a line break or another control character.
    NotOneLine,
    /// A multi-line text holds a control character other than line breaks and tabs.
    ControlCharacters,
    BidiOverride,
    LineSeparators,
    InvisibleTags,
    NothingVisible,
    TooLong {
        max: usize,
    },
    /// A domain with characters outside a–z, digits, hyphens and dots (an IDN not in xn-- form).
    DomainNotAscii,
    DomainNeedsDot {
        domain: String,
    },
    DomainEmptyPart {
        domain: String,
    },
    DomainPartTooLong {
        max: usize,
    },
    DomainCharacters {
        domain: String,
    },
    DomainHyphenAtEdge,
    DomainEndsInNumber,
    /// An initial domain that does not end in its cloud's suffix (`onmicrosoft.com`).
    InitialDomainSuffix {
        suffix: String,
    },
    InitialDomainName {
        suffix: String,
        max: usize,
    },
    EmailWithoutAt {
        text: String,
    },
    EmailLocalLength {
        max: usize,
    },
    EmailLocalCharacters {
        text: String,
    },
    PartnerIdNotDigits {
        text: String,
    },
    PartnerIdLength {
        min: usize,
        max: usize,
    },
    NotPositive,
    NotWholeNumber {
        text: String,
    },
    AtLeast {
        min: u32,
    },
    AtMost {
        max: u32,
    },
    AtLeastDays {
        min: u32,
    },
    ProductKeyShape,
    ProductKeyCharacter {
        character: char,
    },
    PhoneCharacters,
    PhoneDigits {
        min: usize,
        max: usize,
    },
    NotACountry {
        text: String,
    },
    NotATenantId {
        text: String,
    },
    /// A required cloud, with the short forms the command line takes.
    CloudRequired,
    /// A value in a file (JSON) that is not what its field holds.
    NotAnIsoCountry {
        text: String,
    },
    NotAnId {
        text: String,
        prefix: &'static str,
    },
    NotARoleId {
        text: String,
    },
}
