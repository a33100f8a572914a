//! The Partners tab's state: the partner directory, or — in the customer perspective — the
//! partners related to the customer's tenant.

use crate::app::list::FilteredList;
use crate::domain::admin::AdminRelationshipStatus;
use crate::domain::customer::RelationshipKind;
use crate::domain::ids::{PartnerId, TenantId};
use crate::domain::org::{DirectoryPartner, PartnerOrganization};
use crate::domain::partner_contact::PartnerContact;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;
use std::collections::HashMap;

/// One partner as the customer's "Partner relationships" page shows it.
#[derive(Debug, Clone)]
pub struct RelatedPartner {
    pub partner_id: PartnerId,
    pub name: String,
    pub kinds: Vec<RelationshipKind>,
    pub admin: bool,
    pub partner_of_record_on: usize,
    /// It holds a granular admin relationship with the tenant that has not ended.
    pub granular: bool,
    /// Its email, phone and address, as far as the book knows them (rule 15).
    pub contact: PartnerContact,
}

impl RelatedPartner {
    /// Every role it has with the customer: reseller or advisor, partner of record, delegated
    /// administrator, granular admin.
    pub fn roles_label(&self) -> String {
        let mut parts: Vec<crate::i18n::Phrase> = self.kinds.iter().map(|k| k.label()).collect();
        if self.partner_of_record_on > 0 {
            parts.push(crate::text::RELATED_POR);
        }
        if self.admin {
            parts.push(crate::text::RELATED_ADMIN);
        }
        if self.granular {
            parts.push(crate::text::RELATED_GRANULAR);
        }
        crate::i18n::list(&parts)
    }
}

#[derive(Default)]
pub struct PartnersView {
    pub directory: Vec<DirectoryPartner>,
    /// For each partner, how many listed customers have it as partner of record.
    pub partner_of_record_for: HashMap<PartnerId, usize>,
    pub related: Vec<RelatedPartner>,
    pub list: FilteredList,
    only: Option<TenantId>,
}

impl PartnersView {
    pub fn load(read: &impl Reads, only: Option<TenantId>) -> Result<Self> {
        let mut view = Self { only, ..Self::default() };
        view.reload(read)?;
        Ok(view)
    }

    pub fn reload(&mut self, read: &impl Reads) -> Result<()> {
        let keep = self.list.selected_item();
        self.directory = read.directory()?;
        self.directory.sort_by_cached_key(|p| fold(&p.name));
        let haystack: Vec<String> = match self.only {
            None => self
                .directory
                .iter()
                .map(|p| fold(&format!("{} {} {} {}", p.partner_id, p.name, p.country, p.kind.label())))
                .collect(),
            Some(tenant) => {
                self.related = related_partners(read, tenant, &self.directory)?;
                self.related.iter().map(|p| fold(&format!("{} {}", p.partner_id, p.name))).collect()
            }
        };
        let order = (0..haystack.len() as u32).collect();
        self.list.reset(haystack, order, keep);
        Ok(())
    }

    /// Takes the partner-of-record counts the customer list keeps.
    pub fn set_partner_of_record_counts(&mut self, counts: &HashMap<PartnerId, usize>) {
        self.partner_of_record_for.clone_from(counts);
    }

    pub fn name_of(&self, org: Option<&PartnerOrganization>, id: PartnerId) -> String {
        partner_name(org, &self.directory, id)
    }
}

/// A partner's name, from our organization or the directory, else its id.
pub fn partner_name(org: Option<&PartnerOrganization>, directory: &[DirectoryPartner], id: PartnerId) -> String {
    if let Some(org) = org.filter(|o| o.partner_id == id) {
        return org.name.clone();
    }
    directory.iter().find(|p| p.partner_id == id).map_or_else(|| format!("partner {id}"), |p| p.name.clone())
}

/// The partners related to a customer's tenant, as its Partners tab and `partners list` (its
/// side) show them: "view partner relationships" (seed 002).
pub(crate) fn related_partners(
    read: &impl Reads,
    tenant: TenantId,
    directory: &[DirectoryPartner],
) -> Result<Vec<RelatedPartner>> {
    let Some(customer) = read.customer(tenant)? else {
        return Ok(vec![]);
    };
    let org = read.org()?;
    let granular: Vec<PartnerId> = read
        .admin_relationships()?
        .into_iter()
        .filter(|r| {
            r.customer == tenant
                && !matches!(r.status, AdminRelationshipStatus::Expired | AdminRelationshipStatus::Terminated)
        })
        .map(|r| r.partner)
        .collect();
    let mut ids: Vec<PartnerId> = crate::domain::scope::partners_of(&customer).into_iter().collect();
    ids.extend(granular.iter().copied());
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let mut kinds: Vec<RelationshipKind> = customer.relationships_with(id).collect();
            kinds.sort();
            kinds.dedup();
            let contact = match org.as_ref().filter(|o| o.partner_id == id) {
                Some(ours) => PartnerContact::of_org(ours),
                None => read.partner_contact(id)?.unwrap_or_default(),
            };
            Ok(RelatedPartner {
                partner_id: id,
                name: partner_name(org.as_ref(), directory, id),
                kinds,
                admin: customer.holds_admin(id),
                partner_of_record_on: customer.subscriptions.iter().filter(|s| s.partner_of_record == Some(id)).count(),
                granular: granular.contains(&id),
                contact,
            })
        })
        .collect()
}
