//! The one permission check: every operation of every tab and subcommand asks `check` whether
//! an actor may do it, and shows the refusal's reason when not.

use super::Refusal;
use super::customer::CustomerUser;
use super::ids::TenantId;
use super::msg::{PermissionMsg, Who};
use super::org::{CompanyRole, PartnerUser};

/// Who is at the keyboard: a partner user (partner perspective) or a user of a customer
/// tenant (the customer-side perspective of the same book).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Partner(PartnerUser),
    Customer { tenant: TenantId, company: String, user: CustomerUser },
}

impl Actor {
    pub fn email(&self) -> &str {
        match self {
            Actor::Partner(u) => u.email.as_str(),
            Actor::Customer { user, .. } => user.email.as_str(),
        }
    }
    pub fn name(&self) -> &str {
        match self {
            Actor::Partner(u) => &u.name,
            Actor::Customer { user, .. } => &user.name,
        }
    }
    pub fn as_partner(&self) -> Option<&PartnerUser> {
        match self {
            Actor::Partner(u) => Some(u),
            Actor::Customer { .. } => None,
        }
    }
}

/// Everything that changes the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    RequestReseller,
    EditInvitation,
    RevokeInvitation,
    PurgeInvitations,
    SendOffer,
    AddCustomer,
    EditCustomer,
    AssignSupportContact,
    OpenServiceRequest,
    AddSubscription,
    RemoveReseller,
    ManagePartnerUsers,
    EditCompanyProfile,
    ManageDirectory,
    ManageAdminRelationships,
    /// Suspend, reactivate, cancel a customer's subscription or change its licence count.
    ManageSubscriptions,
    /// Administer a customer tenant's users: add, reset passwords, licences, admin roles (also
    /// done by the customer's own Global admins).
    ManageTenantUsers,
    // Customer side
    AcceptInvitation,
    SetPartnerOfRecord,
    ManageCustomerAdminPrivileges,
}

impl Operation {
    pub const ALL: [Operation; 20] = [
        Operation::RequestReseller,
        Operation::EditInvitation,
        Operation::RevokeInvitation,
        Operation::PurgeInvitations,
        Operation::SendOffer,
        Operation::AddCustomer,
        Operation::EditCustomer,
        Operation::AssignSupportContact,
        Operation::OpenServiceRequest,
        Operation::AddSubscription,
        Operation::RemoveReseller,
        Operation::ManagePartnerUsers,
        Operation::EditCompanyProfile,
        Operation::ManageDirectory,
        Operation::ManageAdminRelationships,
        Operation::ManageSubscriptions,
        Operation::ManageTenantUsers,
        Operation::AcceptInvitation,
        Operation::SetPartnerOfRecord,
        Operation::ManageCustomerAdminPrivileges,
    ];

    /// Operations done by a customer's Global admin in their own tenant.
    pub fn is_customer_side(self) -> bool {
        matches!(
            self,
            Operation::AcceptInvitation
                | Operation::SetPartnerOfRecord
                | Operation::ManageCustomerAdminPrivileges
                | Operation::ManageTenantUsers
        )
    }
}

fn partner_may(user: &PartnerUser, op: Operation) -> bool {
    let global = user.company_role == CompanyRole::GlobalAdmin;
    let a = user.agent;
    match op {
        Operation::RequestReseller
        | Operation::EditInvitation
        | Operation::RevokeInvitation
        | Operation::PurgeInvitations => global || a.admin || a.sales,
        // "Admin access for the companies you support" is what lets a user make trial
        // invitations and offers in the partner portal.
        Operation::SendOffer => {
            global || a.admin || a.sales || user.supported_admin != super::org::SupportedCompanyAdmin::None
        }
        Operation::AddCustomer | Operation::EditCustomer | Operation::ManageDirectory => global || a.admin,
        Operation::AssignSupportContact | Operation::OpenServiceRequest => global || a.admin || a.helpdesk,
        Operation::AddSubscription => global || a.admin || a.sales || a.helpdesk,
        Operation::RemoveReseller | Operation::EditCompanyProfile => global,
        Operation::ManagePartnerUsers => global || user.company_role == CompanyRole::UserManagementAdmin,
        Operation::ManageAdminRelationships => a.admin,
        // Subscriptions: the agents (product.md: Sales "subscriptions", Helpdesk "subscriptions
        // and support") and Full administration (a global administrator there).
        Operation::ManageSubscriptions => {
            global
                || a.admin
                || a.sales
                || a.helpdesk
                || user.supported_admin == super::org::SupportedCompanyAdmin::Full
        }
        // Users of a supported company: Full or Limited administration (seed 001), or the agent
        // roles that carry them (Admin agent: global administrator; Helpdesk agent: passwords).
        Operation::ManageTenantUsers => {
            global || a.admin || a.helpdesk || user.supported_admin != super::org::SupportedCompanyAdmin::None
        }
        Operation::AcceptInvitation | Operation::SetPartnerOfRecord | Operation::ManageCustomerAdminPrivileges => false,
    }
}

/// May `actor` do `op` (on the customer `target`, for customer-side operations)?
pub fn check(actor: &Actor, op: Operation, target: Option<TenantId>) -> Result<(), Refusal> {
    let allowed = match actor {
        Actor::Partner(user) => partner_may(user, op),
        Actor::Customer { tenant, user, .. } => {
            op.is_customer_side() && user.global_admin && target.is_none_or(|t| t == *tenant)
        }
    };
    if allowed {
        return Ok(());
    }
    let who = match actor {
        Actor::Partner(user) => Who::Partner { role: user.company_role, agent: user.agent },
        Actor::Customer { tenant, user, company } => {
            if target.is_some_and(|t| t != *tenant) {
                Who::OtherTenant { company: company.clone() }
            } else if op.is_customer_side() {
                Who::NotGlobalAdmin { email: user.email.clone(), company: company.clone() }
            } else {
                Who::Customer
            }
        }
    };
    Err(Refusal::new(PermissionMsg::Needs { op, who }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::org::{AgentRoles, SupportedCompanyAdmin};
    use crate::domain::validate;
    use uuid::Uuid;

    fn partner(role: CompanyRole, agent: AgentRoles) -> Actor {
        Actor::Partner(PartnerUser {
            email: validate::email(crate::domain::Input::Email, "op@saomai.vn").unwrap(),
            name: "Op".into(),
            company_role: role,
            supported_admin: SupportedCompanyAdmin::None,
            agent,
            version: 1,
        })
    }

    fn customer(global_admin: bool) -> Actor {
        Actor::Customer {
            tenant: TenantId(Uuid::from_u128(1)),
            company: "Minh Phát".into(),
            user: CustomerUser {
                email: validate::email(crate::domain::Input::Email, "admin@minhphat.vn").unwrap(),
                name: "Admin".into(),
                global_admin,
                licences: vec![],
            },
        }
    }

    const NONE: AgentRoles = AgentRoles { admin: false, sales: false, helpdesk: false };
    const ADMIN: AgentRoles = AgentRoles { admin: true, sales: false, helpdesk: false };
    const SALES: AgentRoles = AgentRoles { admin: false, sales: true, helpdesk: false };
    const HELPDESK: AgentRoles = AgentRoles { admin: false, sales: false, helpdesk: true };

    /// The role × action table: every perspective against every operation.
    #[test]
    fn role_by_action_table() {
        use CompanyRole::*;
        use Operation::*;
        let actors = [
            ("global admin", partner(GlobalAdmin, NONE)),
            ("admin agent", partner(User, ADMIN)),
            ("sales agent", partner(User, SALES)),
            ("helpdesk agent", partner(User, HELPDESK)),
            ("user mgmt admin", partner(UserManagementAdmin, NONE)),
            ("billing admin", partner(BillingAdmin, NONE)),
            ("customer global admin", customer(true)),
            ("customer user", customer(false)),
        ];
        #[rustfmt::skip]
        let table: [(Operation, [bool; 8]); 20] = [
            //                             global admin  sales  help  umgmt  bill  c-ga   c-user
            (RequestReseller,              [true, true,  true,  false, false, false, false, false]),
            (EditInvitation,               [true, true,  true,  false, false, false, false, false]),
            (RevokeInvitation,             [true, true,  true,  false, false, false, false, false]),
            (PurgeInvitations,             [true, true,  true,  false, false, false, false, false]),
            (SendOffer,                    [true, true,  true,  false, false, false, false, false]),
            (AddCustomer,                  [true, true,  false, false, false, false, false, false]),
            (EditCustomer,                 [true, true,  false, false, false, false, false, false]),
            (AssignSupportContact,         [true, true,  false, true,  false, false, false, false]),
            (OpenServiceRequest,           [true, true,  false, true,  false, false, false, false]),
            (AddSubscription,              [true, true,  true,  true,  false, false, false, false]),
            (RemoveReseller,               [true, false, false, false, false, false, false, false]),
            (ManagePartnerUsers,           [true, false, false, false, true,  false, false, false]),
            (EditCompanyProfile,           [true, false, false, false, false, false, false, false]),
            (ManageDirectory,              [true, true,  false, false, false, false, false, false]),
            (ManageAdminRelationships,     [false, true, false, false, false, false, false, false]),
            (ManageSubscriptions,          [true, true,  true,  true,  false, false, false, false]),
            (ManageTenantUsers,            [true, true,  false, true,  false, false, true,  false]),
            (AcceptInvitation,             [false, false, false, false, false, false, true, false]),
            (SetPartnerOfRecord,           [false, false, false, false, false, false, true, false]),
            (ManageCustomerAdminPrivileges,[false, false, false, false, false, false, true, false]),
        ];
        assert_eq!(table.len(), Operation::ALL.len());
        for (op, expected) in table {
            for ((who, actor), want) in actors.iter().zip(expected) {
                let got = check(actor, op, None);
                assert_eq!(got.is_ok(), want, "{who} / {op:?}: {got:?}");
                if let Err(refusal) = got {
                    assert!(refusal.msg.to_string().starts_with(&op.describe().to_string()), "{refusal}");
                }
            }
        }
    }

    #[test]
    fn rule_1_helpdesk_agent_cannot_request_a_reseller_relationship() {
        let err = check(&partner(CompanyRole::User, HELPDESK), Operation::RequestReseller, None).unwrap_err();
        assert_eq!(
            err.msg.to_string(),
            "Requesting a reseller relationship needs the Admin agent or Sales agent role, or Global admin; \
             you are User, Helpdesk agent."
        );
    }

    #[test]
    fn rule_12_admin_access_to_supported_companies_allows_offers_only() {
        let mut user = crate::domain::fixtures::partner_user(CompanyRole::User, NONE);
        user.supported_admin = SupportedCompanyAdmin::Limited;
        let actor = Actor::Partner(user);
        assert!(check(&actor, Operation::SendOffer, None).is_ok());
        assert!(check(&actor, Operation::RequestReseller, None).is_err());
    }

    #[test]
    fn rule_14_full_and_limited_administration_administer_supported_companies() {
        for (supported, subscriptions) in [(SupportedCompanyAdmin::Full, true), (SupportedCompanyAdmin::Limited, false)]
        {
            let mut user = crate::domain::fixtures::partner_user(CompanyRole::User, NONE);
            user.supported_admin = supported;
            let actor = Actor::Partner(user);
            assert!(check(&actor, Operation::ManageTenantUsers, None).is_ok(), "{supported:?}");
            assert_eq!(check(&actor, Operation::ManageSubscriptions, None).is_ok(), subscriptions, "{supported:?}");
        }
    }

    #[test]
    fn customer_admin_acts_only_in_their_own_tenant() {
        let other = Some(TenantId(Uuid::from_u128(2)));
        let err = check(&customer(true), Operation::AcceptInvitation, other).unwrap_err();
        assert!(err.msg.to_string().contains("signed in to Minh Phát"), "{err}");
    }
}
