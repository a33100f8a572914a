//! Partner users and their roles: who may be added, changed and removed, keeping the partner
//! from ever losing its last Global admin.

use super::ids::Email;
use super::msg::UserMsg;
use super::org::{AgentRoles, CompanyRole, PartnerUser, SupportedCompanyAdmin};
use super::{Refusal, validate};
use crate::domain::Input;

/// What a form or a script says of a user.
#[derive(Debug, Clone)]
pub struct UserInput {
    pub email: String,
    pub name: String,
    pub company_role: CompanyRole,
    pub supported_admin: SupportedCompanyAdmin,
    pub agent: AgentRoles,
}

fn global_admins(users: &[PartnerUser]) -> usize {
    users.iter().filter(|u| u.is_global_admin()).count()
}

/// Only a Global admin gives or takes the Global admin role.
fn check_global_admin_change(
    actor: &PartnerUser,
    before: Option<CompanyRole>,
    after: CompanyRole,
) -> Result<(), Refusal> {
    let touches = after == CompanyRole::GlobalAdmin || before == Some(CompanyRole::GlobalAdmin);
    if touches && before != Some(after) && !actor.is_global_admin() {
        return Err(Refusal::on(Input::CompanyRole, UserMsg::GlobalAdminRole));
    }
    Ok(())
}

pub fn add(actor: &PartnerUser, users: &[PartnerUser], input: &UserInput) -> Result<PartnerUser, Refusal> {
    let email = validate::email(Input::Email, &input.email)?;
    if users.iter().any(|u| u.email == email) {
        return Err(Refusal::on(Input::Email, UserMsg::AlreadyUser { email }));
    }
    check_global_admin_change(actor, None, input.company_role)?;
    Ok(PartnerUser {
        email,
        name: validate::line(Input::Name, &input.name)?,
        company_role: input.company_role,
        supported_admin: input.supported_admin,
        agent: input.agent,
        version: 0,
    })
}

pub fn edit(
    actor: &PartnerUser,
    users: &[PartnerUser],
    target: &PartnerUser,
    input: &UserInput,
) -> Result<PartnerUser, Refusal> {
    check_global_admin_change(actor, Some(target.company_role), input.company_role)?;
    let loses_global = target.is_global_admin() && input.company_role != CompanyRole::GlobalAdmin;
    if loses_global && global_admins(users) <= 1 {
        return Err(Refusal::on(Input::CompanyRole, UserMsg::LastGlobalAdmin { name: target.name.clone() }));
    }
    let roles_change = input.company_role != target.company_role
        || input.supported_admin != target.supported_admin
        || input.agent != target.agent;
    if roles_change && actor.email == target.email {
        // A user who manages users would otherwise give themselves any role (an escalation
        // by one person): roles are always given by someone else.
        let field = if input.company_role != target.company_role {
            Input::CompanyRole
        } else if input.supported_admin != target.supported_admin {
            Input::SupportedCompanies
        } else {
            Input::AdminAgent
        };
        return Err(Refusal::on(field, UserMsg::OwnRoles));
    }
    let mut user = target.clone();
    user.name = validate::line(Input::Name, &input.name)?;
    user.company_role = input.company_role;
    user.supported_admin = input.supported_admin;
    user.agent = input.agent;
    Ok(user)
}

pub fn remove(actor: &PartnerUser, users: &[PartnerUser], target: &Email) -> Result<PartnerUser, Refusal> {
    let Some(user) = users.iter().find(|u| &u.email == target) else {
        return Err(Refusal::new(UserMsg::NotAUser { email: target.clone() }));
    };
    if &actor.email == target {
        return Err(Refusal::new(UserMsg::RemoveYourself));
    }
    if user.is_global_admin() && global_admins(users) <= 1 {
        return Err(Refusal::new(UserMsg::LastGlobalAdminRemoved { name: user.name.clone() }));
    }
    check_global_admin_change(actor, Some(user.company_role), CompanyRole::User)?;
    Ok(user.clone())
}

/// The customers whose support contacts name a partner user: how many, and the first few.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactOf {
    pub count: usize,
    pub first: Vec<String>,
}

impl ContactOf {
    /// How many customers a refusal names before it says how many there are in all.
    pub const NAMED: usize = 3;

    /// Counts one more customer named `company`.
    pub fn add(&mut self, company: &str) {
        self.count += 1;
        if self.first.len() < Self::NAMED {
            self.first.push(company.to_string());
        }
    }
}

/// A partner user who is a support contact of customers is not removed: the refusal names where.
/// Taking them off those lists changes what each customer sees as its support, so it is the
/// operator's own bulk action (support contacts, Remove) with its outcome counted and audited per
/// customer — never a side effect of removing a user, which would drop contacts unsaid.
pub fn not_a_support_contact(user: &PartnerUser, contact_of: &ContactOf) -> Result<(), Refusal> {
    if contact_of.count == 0 {
        return Ok(());
    }
    Err(Refusal::on(
        Input::SupportContacts,
        UserMsg::StillSupportContact {
            name: user.name.clone(),
            count: contact_of.count,
            companies: contact_of.first.clone(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;

    fn user(email: &str, role: CompanyRole) -> PartnerUser {
        let mut u = fixtures::partner_user(role, AgentRoles::default());
        u.email = validate::email(Input::Email, email).unwrap();
        u
    }

    fn input(email: &str, role: CompanyRole) -> UserInput {
        UserInput {
            email: email.into(),
            name: "Ngô Thị Thu".into(),
            company_role: role,
            supported_admin: SupportedCompanyAdmin::Limited,
            agent: AgentRoles::default(),
        }
    }

    #[test]
    fn the_last_global_admin_cannot_be_demoted_or_removed() {
        let ga = user("mai@saomai.vn", CompanyRole::GlobalAdmin);
        let um = user("ha@saomai.vn", CompanyRole::UserManagementAdmin);
        let users = [ga.clone(), um.clone()];
        let err = edit(&ga, &users, &ga, &input("mai@saomai.vn", CompanyRole::User)).unwrap_err();
        assert!(err.msg.to_string().contains("last Global admin"), "{err}");
        let err = remove(&um, &users, &ga.email).unwrap_err();
        assert!(err.msg.to_string().contains("last Global admin"), "{err}");
    }

    #[test]
    fn a_user_cannot_take_their_own_global_admin_role_or_remove_themselves() {
        let a = user("a@saomai.vn", CompanyRole::GlobalAdmin);
        let b = user("b@saomai.vn", CompanyRole::GlobalAdmin);
        let users = [a.clone(), b.clone()];
        assert!(
            edit(&a, &users, &a, &input("a@saomai.vn", CompanyRole::User))
                .unwrap_err()
                .msg
                .to_string()
                .contains("your own")
        );
        assert!(edit(&b, &users, &a, &input("a@saomai.vn", CompanyRole::User)).is_ok());
        assert!(remove(&a, &users, &a.email).is_err());
        assert!(remove(&b, &users, &a.email).is_ok());
    }

    #[test]
    fn nobody_changes_their_own_roles() {
        let ga = user("mai@saomai.vn", CompanyRole::GlobalAdmin);
        let um = user("ha@saomai.vn", CompanyRole::UserManagementAdmin);
        let users = [ga.clone(), um.clone()];
        let mut escalate = input("ha@saomai.vn", CompanyRole::UserManagementAdmin);
        escalate.agent = AgentRoles { admin: true, ..Default::default() };
        escalate.supported_admin = SupportedCompanyAdmin::Full;
        let err = edit(&um, &users, &um, &escalate).unwrap_err();
        assert!(err.msg.to_string().contains("cannot change your own roles"), "{err}");
        assert!(edit(&ga, &users, &um, &escalate).is_ok(), "another admin may");
        let renamed = UserInput { name: "Hà Thu".into(), ..input("ha@saomai.vn", um.company_role) };
        let renamed = UserInput { supported_admin: um.supported_admin, agent: um.agent, ..renamed };
        assert!(edit(&um, &users, &um, &renamed).is_ok(), "a name is not a role");
    }

    #[test]
    fn only_a_global_admin_gives_the_global_admin_role() {
        let um = user("ha@saomai.vn", CompanyRole::UserManagementAdmin);
        let users = [user("mai@saomai.vn", CompanyRole::GlobalAdmin), um.clone()];
        let err = add(&um, &users, &input("new@saomai.vn", CompanyRole::GlobalAdmin)).unwrap_err();
        assert!(err.msg.to_string().contains("only a Global admin"), "{err}");
        let ok = add(&um, &users, &input("new@saomai.vn", CompanyRole::User)).unwrap();
        assert_eq!(ok.supported_admin, SupportedCompanyAdmin::Limited);
        assert!(
            add(&um, &users, &input("ha@saomai.vn", CompanyRole::User))
                .unwrap_err()
                .msg
                .to_string()
                .contains("already")
        );
    }

    #[test]
    fn a_support_contact_is_not_removed_and_the_refusal_names_where() {
        let u = user("an@saomai.vn", CompanyRole::User);
        assert!(not_a_support_contact(&u, &ContactOf::default()).is_ok());
        let mut of = ContactOf::default();
        for company in ["Minh Phát", "Sông Hồng", "Phú Quý", "Hải Đăng"] {
            of.add(company);
        }
        assert_eq!((of.count, of.first.len()), (4, ContactOf::NAMED));
        let err = not_a_support_contact(&u, &of).unwrap_err();
        let said = err.msg.to_string();
        assert!(said.contains("Minh Phát") && said.contains('4') && !said.contains("Hải Đăng"), "{said}");
    }
}
