//! The personalized invitation link (rule 4), in the format of the real partner portal.
//!
//! Direct reseller, public cloud, as the partner portal's API returns it:
//!
//! ```text
//! https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship
//!     &partnerId=<partner tenant GUID>&msppId=0&DAP=<true|false>
//!     #/BillingAccounts/partner-invitation
//! ```
//!
//! `partnerId` is the partner's *tenant GUID*, not its partner id; `msppId=0` for a direct
//! partner. Indirect reseller:
//!
//! ```text
//! …?invType=IndirectResellerRelationship&partnerId=<provider tenant GUID>
//!     &msppId=<reseller partner id>&indirectCSPId=<reseller tenant GUID>&DAP=<true|false>
//!     #/BillingAccounts/partner-invitation
//! ```
//!
//! National clouds use their own admin host (`LinkHosts`); the query and fragment are the
//! same. partnerdesk appends its own `pdToken=<token>` query parameter so that acceptance finds
//! the invitation in the book.
//!
//! Offers (rule 12) give a custom URL that embeds the advisor's code — its partner id, in
//! `msppId` where the reseller link has `0` — and can be used by one or many customers. The
//! delegated-admin offer uses the portal's `invType=Administration`; trial invitations and
//! purchase offers use `AdvisorTrial` and `AdvisorOffer` in the same form:
//!
//! ```text
//! https://admin.microsoft.com/Adminportal/Home?invType=AdvisorTrial
//!     &partnerId=<partner tenant GUID>&msppId=<advisor's partner id>&DAP=<true|false>
//!     &pdToken=<token>#/BillingAccounts/partner-invitation
//! ```

use super::country::Cloud;
use super::ids::{PartnerId, TenantId};
use super::org::ResellerKind;

/// The admin host per cloud where a customer opens an invitation. Configuration with these
/// documented defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkHosts {
    pub public: String,
    pub us_government: String,
    pub germany: String,
    pub china_21vianet: String,
}

impl Default for LinkHosts {
    fn default() -> Self {
        Self {
            // Microsoft 365 admin center
            public: "admin.microsoft.com".into(),
            // Microsoft Office admin portal for the US Government cloud
            us_government: "portal.office365.us".into(),
            // Microsoft Office admin portal for Microsoft Cloud Germany
            germany: "portal.office.de".into(),
            // The 21Vianet admin center
            china_21vianet: "portal.partner.microsoftonline.cn".into(),
        }
    }
}

impl LinkHosts {
    pub fn host(&self, cloud: Cloud) -> &str {
        match cloud {
            Cloud::Public => &self.public,
            Cloud::UsGovernment => &self.us_government,
            Cloud::Germany => &self.germany,
            Cloud::China21Vianet => &self.china_21vianet,
        }
    }
}

/// What a reseller link says of the partner that sends it.
#[derive(Debug, Clone, Copy)]
pub struct LinkPartner {
    pub tenant_id: TenantId,
    pub partner_id: PartnerId,
    pub reseller: ResellerKind,
}

const TOKEN_PARAM: &str = "pdToken";
const FRAGMENT: &str = "#/BillingAccounts/partner-invitation";

/// Builds the reseller invitation link for a customer in `cloud`.
pub fn reseller_link(hosts: &LinkHosts, cloud: Cloud, partner: LinkPartner, dap: bool, token: &str) -> String {
    let host = hosts.host(cloud);
    let query = match partner.reseller {
        ResellerKind::Direct => {
            format!("invType=ResellerRelationship&partnerId={}&msppId=0&DAP={dap}", partner.tenant_id)
        }
        ResellerKind::Indirect { provider_tenant } => format!(
            "invType=IndirectResellerRelationship&partnerId={provider_tenant}&msppId={}&indirectCSPId={}&DAP={dap}",
            partner.partner_id, partner.tenant_id
        ),
    };
    format!("https://{host}/Adminportal/Home?{query}&{TOKEN_PARAM}={token}{FRAGMENT}")
}

/// The reusable URL of an offer: `kind` is the `invType`, the advisor's code is its partner id.
pub fn offer_link(
    hosts: &LinkHosts,
    cloud: Cloud,
    inv_type: &str,
    partner_tenant: TenantId,
    advisor_code: PartnerId,
    dap: bool,
    token: &str,
) -> String {
    let host = hosts.host(cloud);
    format!(
        "https://{host}/Adminportal/Home?invType={inv_type}&partnerId={partner_tenant}&msppId={advisor_code}\
         &DAP={dap}&{TOKEN_PARAM}={token}{FRAGMENT}"
    )
}

/// Finds partnerdesk's token in a link (or returns the input when it is a bare token).
pub fn token_of(link_or_token: &str) -> Option<&str> {
    let text = link_or_token.trim();
    if !text.contains('?') {
        return is_token(text).then_some(text);
    }
    let query = text.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == TOKEN_PARAM)
        .map(|(_, v)| v)
        .filter(|v| is_token(v))
}

/// A new invitation token: 16 lower-case letters and digits (80 bits), without look-alikes.
pub fn new_token(rng: &mut fastrand::Rng) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..16).map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char).collect()
}

/// Tokens are lower-case letters and digits, 8–32 long.
pub fn is_token(text: &str) -> bool {
    (8..=32).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn partner(reseller: ResellerKind) -> LinkPartner {
        LinkPartner {
            tenant_id: TenantId(Uuid::parse_str("a1b2c3d4-0000-4000-8000-000000000001").unwrap()),
            partner_id: PartnerId(4_512_345),
            reseller,
        }
    }

    #[test]
    fn rule_4_public_direct_link_matches_the_partner_portal_format() {
        let link =
            reseller_link(&LinkHosts::default(), Cloud::Public, partner(ResellerKind::Direct), true, "k3y9k3y9k3y9");
        assert_eq!(
            link,
            "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship\
             &partnerId=a1b2c3d4-0000-4000-8000-000000000001&msppId=0&DAP=true\
             &pdToken=k3y9k3y9k3y9#/BillingAccounts/partner-invitation"
        );
        assert_eq!(token_of(&link), Some("k3y9k3y9k3y9"));
    }

    #[test]
    fn rule_4_indirect_link_names_provider_reseller_and_its_tenant() {
        let provider = TenantId(Uuid::from_u128(0xfeed));
        let link = reseller_link(
            &LinkHosts::default(),
            Cloud::Public,
            partner(ResellerKind::Indirect { provider_tenant: provider }),
            false,
            "abcdefgh",
        );
        assert!(link.contains("invType=IndirectResellerRelationship"));
        assert!(link.contains(&format!("partnerId={provider}")));
        assert!(link.contains("msppId=4512345"));
        assert!(link.contains("indirectCSPId=a1b2c3d4-0000-4000-8000-000000000001"));
        assert!(link.contains("DAP=false"));
    }

    #[test]
    fn national_clouds_use_their_own_admin_host() {
        let hosts = LinkHosts::default();
        for (cloud, host) in [
            (Cloud::UsGovernment, "portal.office365.us"),
            (Cloud::Germany, "portal.office.de"),
            (Cloud::China21Vianet, "portal.partner.microsoftonline.cn"),
        ] {
            let link = reseller_link(&hosts, cloud, partner(ResellerKind::Direct), true, "abcdefgh");
            assert!(link.starts_with(&format!("https://{host}/")), "{link}");
        }
    }

    #[test]
    fn rule_12_an_offer_url_embeds_the_advisors_code_and_the_token() {
        let p = partner(ResellerKind::Direct);
        let link = offer_link(
            &LinkHosts::default(),
            Cloud::Public,
            "AdvisorTrial",
            p.tenant_id,
            p.partner_id,
            true,
            "t0k3nt0k3n",
        );
        assert_eq!(
            link,
            "https://admin.microsoft.com/Adminportal/Home?invType=AdvisorTrial\
             &partnerId=a1b2c3d4-0000-4000-8000-000000000001&msppId=4512345&DAP=true\
             &pdToken=t0k3nt0k3n#/BillingAccounts/partner-invitation"
        );
        assert_eq!(token_of(&link), Some("t0k3nt0k3n"));
    }

    #[test]
    fn token_of_rejects_garbage() {
        assert_eq!(token_of("abcdefgh"), Some("abcdefgh"));
        assert_eq!(token_of("https://x/?a=b"), None);
        assert_eq!(token_of("https://x/?pdToken=AB"), None);
        assert_eq!(token_of("not a token"), None);
    }
}
