//! Rule 15: what a reader may see. A partner user sees the partner's whole book; a customer
//! user sees its own tenant only — its record, the partners related to it, the invitations and
//! offers addressed to it once sent, its own use of an offer — never a partner's drafts, never
//! another customer. Every reader (screens, subcommands, `--json`) asks this one module.

use super::audit::AuditEvent;
use super::customer::Customer;
use super::ids::{PartnerId, TenantId};
use super::invitation::Invitation;
use super::offer::OfferUse;
use super::permission::Actor;
use std::collections::{BTreeSet, HashSet};

/// Who is reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A partner user, or nobody yet (an empty book): the partner's own book.
    Partner,
    /// A user of this customer tenant.
    Customer(TenantId),
}

impl Scope {
    pub fn of(actor: Option<&Actor>) -> Scope {
        match actor {
            Some(Actor::Customer { tenant, .. }) => Scope::Customer(*tenant),
            _ => Scope::Partner,
        }
    }

    pub fn sees_customer(self, tenant: TenantId) -> bool {
        match self {
            Scope::Partner => true,
            Scope::Customer(own) => own == tenant,
        }
    }

    /// An invitation or offer: a customer sees those addressed to it once they were sent (a
    /// draft is the partner's), and the offers it used (`used`).
    pub fn sees_invitation(self, invitation: &Invitation, used: bool) -> bool {
        match self {
            Scope::Partner => true,
            Scope::Customer(own) => used || (invitation.customer == Some(own) && invitation.sent_at.is_some()),
        }
    }

    /// Whose use of an offer: a customer sees only its own.
    pub fn sees_offer_use(self, record: &OfferUse) -> bool {
        self.sees_customer(record.tenant)
    }

    /// Whether the usage count of an offer (how many customers used it) is shown.
    pub fn sees_offer_counts(self) -> bool {
        self == Scope::Partner
    }
}

/// The partners related to a customer: its relationships, admin privileges, partners of record
/// and the partner responsible for support. A customer sees these (with their contact details),
/// and no other partner of the directory.
pub fn partners_of(customer: &Customer) -> BTreeSet<PartnerId> {
    let mut out: BTreeSet<PartnerId> = customer.relationships.iter().map(|r| r.partner).collect();
    out.extend(customer.admin.as_ref().map(|a| a.partner));
    out.extend(customer.subscriptions.iter().filter_map(|s| s.partner_of_record));
    out.extend(customer.support_duty);
    out
}

/// Which audit records a customer user sees: changes to its own record, subscriptions and
/// admin relationships, and what its own users did.
pub struct AuditScope {
    targets: HashSet<String>,
    users: HashSet<String>,
}

impl AuditScope {
    /// `admin_relationships`: the ids (`GDAP-3`) of the tenant's granular admin relationships.
    pub fn for_customer(customer: &Customer, admin_relationships: impl IntoIterator<Item = String>) -> AuditScope {
        let mut targets: HashSet<String> = customer.subscriptions.iter().map(|s| s.id.to_string()).collect();
        targets.insert(customer.primary_domain.to_string());
        targets.extend(admin_relationships);
        AuditScope { targets, users: customer.users.iter().map(|u| u.email.to_string()).collect() }
    }

    pub fn sees(&self, event: &AuditEvent) -> bool {
        self.targets.contains(&event.target) || self.users.contains(&event.actor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use crate::domain::ids::InvitationId;

    #[test]
    fn rule_15_a_customer_sees_its_own_tenant_and_sent_invitations_only() {
        let own = TenantId(uuid::Uuid::from_u128(1));
        let other = TenantId(uuid::Uuid::from_u128(2));
        let scope = Scope::Customer(own);
        assert!(scope.sees_customer(own) && !scope.sees_customer(other));
        assert!(Scope::Partner.sees_customer(other));
        let by = crate::domain::validate::email(crate::domain::Input::Email, "lan@saomai.vn").unwrap();
        let mut inv = Invitation::draft(
            InvitationId(1),
            "t",
            crate::domain::invitation::InvitationKind::Reseller,
            &by,
            chrono::Utc::now(),
        );
        inv.customer = Some(own);
        assert!(!scope.sees_invitation(&inv, false), "a draft is the partner's");
        inv.sent_at = Some(chrono::Utc::now());
        assert!(scope.sees_invitation(&inv, false));
        inv.customer = Some(other);
        assert!(!scope.sees_invitation(&inv, false) && scope.sees_invitation(&inv, true));
        assert!(!scope.sees_offer_counts() && Scope::Partner.sees_offer_counts());
    }

    #[test]
    fn rule_15_a_customer_sees_the_partners_related_to_it() {
        let mut customer = fixtures::customer("VN");
        assert!(partners_of(&customer).is_empty());
        customer.relationships.push(crate::domain::customer::PartnerRelationship {
            partner: fixtures::US,
            kind: crate::domain::customer::RelationshipKind::Reseller,
            since: fixtures::now(),
        });
        customer.support_duty = Some(PartnerId(5_120_044));
        let related = partners_of(&customer);
        assert_eq!(related.into_iter().collect::<Vec<_>>(), [fixtures::US, PartnerId(5_120_044)]);
    }
}
