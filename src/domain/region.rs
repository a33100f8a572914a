//! Rule 3: where a partner may transact. Microsoft groups CSP markets into regions; a partner
//! located in a region may sell to customers anywhere in it, and a partner in a single-country
//! region (or a market the table does not list) only to customers in its own country. On top of
//! that, a partner transacts only with customers in its own cloud.
//!
//! Source: Microsoft Learn, "Cloud Solution Provider program regional markets and currencies
//! where you can sell CSP offers" (`partner-center/regional-authorization-overview`, revision of
//! 2021-04-15), the tables per "region and market"; and Microsoft's "Regional Authorization FAQ"
//! (May 2018: "Regional Authorization allows Partners to transact throughout a CSP region"; single
//! country regions limit transactions to that country). The table keeps the published grouping as
//! it is, oddities included (e.g. French Polynesia under Africa, South Africa under the Middle East,
//! Central and Eastern Europe region). Kosovo is listed there but has no ISO 3166-1 code, so it is
//! left out; Saba and Sint Eustatius are rows of their own there and part of `BQ` here. Mainland China is not a commercial CSP market: it is served in the 21Vianet cloud,
//! where the country rule applies.

use super::country::{Cloud, CountryCode};
use super::msg::CustomerMsg;
use super::org::PartnerOrganization;
use super::refusal::{Input, Refusal};
use serde::Serialize;

/// A CSP region as Microsoft publishes it ("… region and market").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CspRegion {
    Africa,
    AsiaPacific,
    Australia,
    Brazil,
    Canada,
    Europe,
    India,
    Japan,
    Korea,
    LatinAmericaCaribbean,
    MiddleEastCentralEasternEurope,
    NewZealand,
    Russia,
    Taiwan,
    UnitedStates,
}

/// The one table: each region with its markets (ISO 3166-1 alpha-2), as published (see above).
const REGIONS: [(CspRegion, &str); 15] = [
    (
        CspRegion::Africa,
        "AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER ET PF GA GM GH GN GW KE LR MG MW ML MU YT NA \
         NC NE NG RE RW ST SN SC SL SO SS SH TZ TG UG ZM",
    ),
    (CspRegion::AsiaPacific, "BD BT BN KH HK ID LA MO MY MV MM NP PH SG LK TH TL VN"),
    (CspRegion::Australia, "AU CX CC CK FJ TF GU HM KI MH FM NR NU NF MP PW PG PN SB TK TO TV WF"),
    (CspRegion::Brazil, "BR"),
    (CspRegion::Canada, "CA PM"),
    (
        CspRegion::Europe,
        "AX AD AT BE BV BG HR CY CZ DK EE FO FI FR DE GI GR GL GG HU IS IE IM IT JE LV LI LT LU MT MC \
         NL NO PL PT RO SM SK SI ES SJ SE CH GB VA",
    ),
    (CspRegion::India, "IN"),
    (CspRegion::Japan, "JP"),
    (CspRegion::Korea, "KR"),
    (
        CspRegion::LatinAmericaCaribbean,
        "AI AQ AG AR AW BS BB BZ BM BO BQ VG KY CL CO CR CW DM DO EC SV FK GF GD GP GT GY HT HN JM MQ \
         MX MS NI PA PY PE PR BL KN LC MF VC SX GS SR TT TC UY VE VI",
    ),
    (
        CspRegion::MiddleEastCentralEasternEurope,
        "AF AL DZ AM AZ BH BY BA IO EG GE IQ IL JO KZ KW KG LB LS LY MK MR MD MN ME MA MZ OM PK PS QA \
         SA RS ZA SZ TJ TN TR TM UA AE UZ YE ZW",
    ),
    (CspRegion::NewZealand, "AS NZ WS VU"),
    (CspRegion::Russia, "RU"),
    (CspRegion::Taiwan, "TW"),
    (CspRegion::UnitedStates, "US UM"),
];

impl CspRegion {
    /// The CSP region a market belongs to; `None` for a market the table does not list.
    pub fn of(country: CountryCode) -> Option<CspRegion> {
        REGIONS
            .iter()
            .find(|(_, markets)| markets.split_whitespace().any(|m| m == country.as_str()))
            .map(|(region, _)| *region)
    }
}

/// Why a partner may not transact with a customer (rule 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutsideMarket {
    /// The customer lives in another cloud than the partner.
    OtherCloud,
    /// The customer is in another country, and not in the partner's CSP region (`None`: the
    /// partner's country is a market of its own).
    OtherRegion(Option<CspRegion>),
}

/// Rule 3: a partner in `partner_country` and `partner_cloud` may transact with a customer in
/// `country` and `cloud` only in its own cloud, and in its own country or CSP region.
pub fn transacts(
    partner_country: CountryCode,
    partner_cloud: Cloud,
    country: CountryCode,
    cloud: Cloud,
) -> Result<(), OutsideMarket> {
    if cloud != partner_cloud {
        return Err(OutsideMarket::OtherCloud);
    }
    if country == partner_country {
        return Ok(());
    }
    match CspRegion::of(partner_country) {
        Some(region) if CspRegion::of(country) == Some(region) => Ok(()),
        region => Err(OutsideMarket::OtherRegion(region)),
    }
}

/// Rule 3 as the partner hears it: requesting a reseller relationship with, or adding, the
/// customer `company` in `country` and `cloud`. A refusal names the cloud or the country field.
pub fn check_market(
    org: &PartnerOrganization,
    company: &str,
    country: CountryCode,
    cloud: Cloud,
) -> Result<(), Refusal> {
    transacts(org.country, org.cloud, country, cloud).map_err(|why| match why {
        OutsideMarket::OtherCloud => Refusal::on(
            Input::Cloud,
            CustomerMsg::OtherCloud {
                company: company.to_string(),
                cloud,
                partner: org.name.clone(),
                partner_cloud: org.cloud,
            },
        ),
        OutsideMarket::OtherRegion(region) => Refusal::on(
            Input::Country,
            CustomerMsg::OtherRegion {
                company: company.to_string(),
                country,
                partner: org.name.clone(),
                partner_country: org.country,
                region,
            },
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap_or_else(|| panic!("{code} is an ISO code"))
    }

    #[test]
    fn every_market_in_the_table_is_an_iso_code_and_in_one_region_only() {
        let mut seen = std::collections::BTreeMap::new();
        for (region, markets) in REGIONS {
            for market in markets.split_whitespace() {
                assert!(CountryCode::parse(market).is_some(), "{market} in {region:?} is not ISO 3166-1");
                assert!(seen.insert(market, region).is_none(), "{market} is listed twice");
            }
        }
        // 246 rows less Kosovo (no ISO code), Saba and Sint Eustatius (both part of BQ, Bonaire).
        assert_eq!(seen.len(), 242, "the published table");
    }

    #[test]
    fn rule_3_same_country_is_always_allowed_in_the_same_cloud() {
        assert_eq!(transacts(c("VN"), Cloud::Public, c("VN"), Cloud::Public), Ok(()));
        // China is no commercial CSP market; a 21Vianet partner sells in its own country.
        assert_eq!(transacts(c("CN"), Cloud::China21Vianet, c("CN"), Cloud::China21Vianet), Ok(()));
    }

    #[test]
    fn rule_3_a_regional_partner_sells_across_its_region() {
        assert_eq!(transacts(c("VN"), Cloud::Public, c("SG"), Cloud::Public), Ok(()));
        assert_eq!(transacts(c("TR"), Cloud::Public, c("AE"), Cloud::Public), Ok(()));
        assert_eq!(transacts(c("FR"), Cloud::Public, c("DE"), Cloud::Public), Ok(()));
        assert_eq!(transacts(c("KE"), Cloud::Public, c("NG"), Cloud::Public), Ok(()));
    }

    #[test]
    fn rule_3_other_regions_and_single_country_regions_are_refused() {
        assert_eq!(
            transacts(c("VN"), Cloud::Public, c("TR"), Cloud::Public),
            Err(OutsideMarket::OtherRegion(Some(CspRegion::AsiaPacific)))
        );
        // "a USA tenant cannot be used to sell to a Canadian customer".
        assert_eq!(
            transacts(c("US"), Cloud::Public, c("CA"), Cloud::Public),
            Err(OutsideMarket::OtherRegion(Some(CspRegion::UnitedStates)))
        );
        assert_eq!(
            transacts(c("JP"), Cloud::Public, c("KR"), Cloud::Public),
            Err(OutsideMarket::OtherRegion(Some(CspRegion::Japan)))
        );
        // A market the table does not list sells only in its own country.
        assert_eq!(transacts(c("CN"), Cloud::Public, c("HK"), Cloud::Public), Err(OutsideMarket::OtherRegion(None)));
    }

    #[test]
    fn rule_3_a_partner_transacts_only_in_its_own_cloud() {
        assert_eq!(transacts(c("DE"), Cloud::Germany, c("DE"), Cloud::Public), Err(OutsideMarket::OtherCloud));
        assert_eq!(transacts(c("US"), Cloud::Public, c("US"), Cloud::UsGovernment), Err(OutsideMarket::OtherCloud));
    }

    #[test]
    fn regions_follow_the_published_grouping() {
        assert_eq!(CspRegion::of(c("VN")), Some(CspRegion::AsiaPacific));
        assert_eq!(CspRegion::of(c("TR")), Some(CspRegion::MiddleEastCentralEasternEurope));
        assert_eq!(CspRegion::of(c("GB")), Some(CspRegion::Europe));
        assert_eq!(CspRegion::of(c("ZA")), Some(CspRegion::MiddleEastCentralEasternEurope));
        assert_eq!(CspRegion::of(c("CN")), None);
    }
}
