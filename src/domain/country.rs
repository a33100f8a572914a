//! Countries and regions (ISO 3166-1 alpha-2) and the clouds a tenant lives in.

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
            Self::parse(&text)
                .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not an ISO 3166-1 country code like VN")))
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
        COUNTRIES.iter().any(|(c, _)| c.as_bytes() == upper).then_some(Self(upper))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored (see `parse`).
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name, for screens.
    pub fn name(&self) -> &'static str {
        COUNTRIES.iter().find(|(c, _)| c.as_bytes() == self.0).map_or("", |(_, n)| n)
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

    pub fn label(self) -> &'static str {
        match self {
            Cloud::Public => "Public",
            Cloud::UsGovernment => "US Government",
            Cloud::Germany => "Germany",
            Cloud::China21Vianet => "21Vianet",
        }
    }

    /// Parses a label or a short form (`public`, `usgov`, `germany`, `21vianet`).
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

impl fmt::Display for Cloud {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// ISO 3166-1 alpha-2, with English short names.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei"),
    ("BO", "Bolivia"),
    ("BQ", "Caribbean Netherlands"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Congo (DRC)"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d’Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands"),
    ("FM", "Micronesia"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong SAR"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao SAR"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn Islands"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestinian Authority"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "St Helena"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "São Tomé and Príncipe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "U.S. Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Vatican City"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("VN", "Vietnam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_parse_case_insensitively_and_reject_unknown() {
        assert_eq!(CountryCode::parse("vn").map(|c| c.name()), Some("Vietnam"));
        assert_eq!(CountryCode::parse(" TR ").map(|c| c.to_string()), Some("TR".into()));
        assert!(CountryCode::parse("XX").is_none());
        assert!(CountryCode::parse("VNM").is_none());
        assert!(CountryCode::parse("Vİ").is_none());
    }

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(COUNTRIES.len(), 249);
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
