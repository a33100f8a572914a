//! Countries and regions (ISO 3166-1 alpha-2) and the clouds a tenant lives in.

use super::msg::InputMsg;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 3166-1 alpha-2 code, upper case, known to the table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

// JSON (human-readable) writes the code (`"VN"`); the book's binary records keep its two bytes,
// so stored records are unchanged.
impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.serialize_str(self.as_str())
        } else {
            serializer.serialize_newtype_struct("CountryCode", &self.0)
        }
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            Self::parse(&text).ok_or_else(|| serde::de::Error::custom(InputMsg::NotAnIsoCountry { text }))
        } else {
            #[derive(Deserialize)]
            #[serde(rename = "CountryCode")]
            struct Raw([u8; 2]);
            Raw::deserialize(deserializer).map(|raw| Self(raw.0))
        }
    }
}

impl CountryCode {
    /// Looks a code up, case-insensitively; `None` for anything not in ISO 3166-1.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim();
        let bytes = code.as_bytes();
        if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let upper = [bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()];
        CODES.split(' ').any(|c| c.as_bytes() == upper).then_some(Self(upper))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored (see `parse`).
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Every code, in order.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        CODES.split(' ').filter_map(CountryCode::parse)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The Microsoft cloud a tenant lives in. It decides where a customer accepts an invitation
/// (rule 6) and whether delegated admin privileges can be left out (rule 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cloud {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "usgov")]
    UsGovernment,
    #[serde(rename = "germany")]
    Germany,
    #[serde(rename = "21vianet")]
    China21Vianet,
}

impl Cloud {
    pub const ALL: [Cloud; 4] = [Cloud::Public, Cloud::UsGovernment, Cloud::Germany, Cloud::China21Vianet];

    /// Parses a name or a short form (`public`, `usgov`, `germany`, `21vianet`).
    pub fn parse(text: &str) -> Option<Self> {
        let t: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        match t.as_str() {
            "public" | "commercial" | "global" => Some(Cloud::Public),
            "usgovernment" | "usgov" | "gcc" | "government" => Some(Cloud::UsGovernment),
            "germany" | "de" => Some(Cloud::Germany),
            "21vianet" | "china" | "cn" | "china21vianet" => Some(Cloud::China21Vianet),
            _ => None,
        }
    }

    /// Rule 6: where a customer in this cloud accepts a partner's invitation.
    pub fn acceptance_portal(self) -> &'static str {
        match self {
            Cloud::Public => "Microsoft 365 admin center",
            Cloud::UsGovernment | Cloud::Germany => "Microsoft Office admin portal",
            Cloud::China21Vianet => "21Vianet admin center",
        }
    }

    /// The suffix of the initial domain Microsoft gives a tenant in this cloud.
    pub fn initial_domain_suffix(self) -> &'static str {
        match self {
            Cloud::China21Vianet => "partner.onmschina.cn",
            _ => "onmicrosoft.com",
        }
    }

    /// Rule 2: a partner in this cloud cannot leave delegated admin privileges out of a
    /// reseller request.
    pub fn requires_delegated_admin(self) -> bool {
        matches!(self, Cloud::UsGovernment | Cloud::Germany)
    }
}

/// ISO 3166-1 alpha-2, every code in order. Their names are words for the reader, kept at the
/// edge (`crate::text`).
const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE \
     BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD \
     CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM \
     DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF \
     GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
     ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
     KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME \
     MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA \
     NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM \
     PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI \
     SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK \
     TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI \
     VN VU WF WS YE YT ZA ZM ZW";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_parse_case_insensitively_and_reject_unknown() {
        assert_eq!(CountryCode::parse("vn").map(|c| c.to_string()), Some("VN".into()));
        assert_eq!(CountryCode::parse(" TR ").map(|c| c.to_string()), Some("TR".into()));
        assert!(CountryCode::parse("XX").is_none());
        assert!(CountryCode::parse("VNM").is_none());
        assert!(CountryCode::parse("Vİ").is_none());
    }

    #[test]
    fn table_is_sorted_and_unique() {
        let codes: Vec<&str> = CODES.split(' ').collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CountryCode::all().count(), 249);
    }

    #[test]
    fn rule_6_acceptance_portal_depends_on_cloud() {
        assert_eq!(Cloud::Public.acceptance_portal(), "Microsoft 365 admin center");
        assert_eq!(Cloud::Germany.acceptance_portal(), "Microsoft Office admin portal");
        assert_eq!(Cloud::UsGovernment.acceptance_portal(), "Microsoft Office admin portal");
        assert_eq!(Cloud::China21Vianet.acceptance_portal(), "21Vianet admin center");
    }

    #[test]
    fn rule_2_national_clouds_require_delegated_admin() {
        assert!(Cloud::UsGovernment.requires_delegated_admin());
        assert!(Cloud::Germany.requires_delegated_admin());
        assert!(!Cloud::Public.requires_delegated_admin());
        assert!(!Cloud::China21Vianet.requires_delegated_admin());
    }
}
