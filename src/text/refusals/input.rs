//! What is wrong with a value as typed; said after the input's name.

use crate::domain::msg::InputMsg;
use crate::t;
use std::fmt;

impl fmt::Display for InputMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InputMsg::*;
        f.write_str(&match self {
            Required => t!("msg-input-required"),
            NotOneLine => t!("msg-input-not-one-line"),
            ControlCharacters => t!("msg-input-control-characters"),
            BidiOverride => t!("msg-input-bidi-override"),
            LineSeparators => t!("msg-input-line-separators"),
            InvisibleTags => t!("msg-input-invisible-tags"),
            NothingVisible => t!("msg-input-nothing-visible"),
            TooLong { max } => t!("msg-input-too-long", max = *max),
            DomainNotAscii => t!("msg-input-domain-not-ascii"),
            DomainNeedsDot { domain } => t!("msg-input-domain-needs-dot", domain = domain),
            DomainEmptyPart { domain } => t!("msg-input-domain-empty-part", domain = domain),
            DomainPartTooLong { max } => t!("msg-input-domain-part-too-long", max = *max),
            DomainCharacters { domain } => t!("msg-input-domain-characters", domain = domain),
            DomainHyphenAtEdge => t!("msg-input-domain-hyphen-at-edge"),
            DomainEndsInNumber => t!("msg-input-domain-ends-in-number"),
            InitialDomainSuffix { suffix } => t!("msg-input-initial-domain-suffix", suffix = suffix),
            InitialDomainName { suffix, max } => t!("msg-input-initial-domain-name", suffix = suffix, max = *max),
            EmailWithoutAt { text } => t!("msg-input-email-without-at", text = text),
            EmailLocalLength { max } => t!("msg-input-email-local-length", max = *max),
            EmailLocalCharacters { text } => t!("msg-input-email-local-characters", text = text),
            PartnerIdNotDigits { text } => t!("msg-input-partner-id-not-digits", text = text),
            PartnerIdLength { min, max } => t!("msg-input-partner-id-length", min = *min, max = *max),
            NotPositive => t!("msg-input-not-positive"),
            NotWholeNumber { text } => t!("msg-input-not-whole-number", text = text),
            AtLeast { min } => t!("msg-input-at-least", min = *min),
            AtMost { max } => t!("msg-input-at-most", max = *max),
            AtLeastDays { min } => t!("msg-input-at-least-days", min = *min),
            ProductKeyShape => t!("msg-input-product-key-shape"),
            ProductKeyCharacter { character } => {
                t!("msg-input-product-key-character", character = character.to_string())
            }
            PhoneCharacters => t!("msg-input-phone-characters"),
            PhoneDigits { min, max } => t!("msg-input-phone-digits", min = *min, max = *max),
            NotACountry { text } => t!("msg-input-not-a-country", text = text),
            NotATenantId { text } => t!("msg-input-not-a-tenant-id", text = text),
            CloudRequired => t!("msg-input-cloud-required"),
            NotAnIsoCountry { text } => t!("msg-input-not-an-iso-country", text = text),
            NotAnId { text, prefix } => t!("msg-input-not-an-id", text = text, prefix = *prefix),
            NotARoleId { text } => t!("msg-input-not-a-role-id", text = text),
        })
    }
}
