//! Asking the customer to approve: a granular admin relationship waits for the customer's
//! Global admin, who approves it at Microsoft's link (`super::approval_link`). The partner
//! writes to them — in the customer's language, in the same editor as reseller invitations —
//! and, as rule 4 asks of an invitation, the link stays in the email, unaltered.

use crate::domain::admin::{AdminRelationship, AdminRelationshipStatus, DirectoryRole};
use crate::domain::country::CountryCode;
use crate::domain::customer::Customer;
use crate::domain::ids::{AdminRelationshipId, Email};
use crate::domain::invitation::EmailDraft;
use crate::domain::msg::{GdapMsg, InputMsg, InvitationMsg};
use crate::domain::org::PartnerOrganization;
use crate::domain::permission::{self, Actor, Operation};
use crate::domain::{Input, Refusal, Timestamp};

/// What the approval email says; the edge words it in the customer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalLetter {
    /// The partner organization that writes.
    pub partner: String,
    /// The operator who signs.
    pub sender: String,
    pub company: String,
    /// Where the customer is: the letter is written in its language.
    pub country: CountryCode,
    /// The relationship's display name, as the customer sees it on Microsoft's page.
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub duration_days: u32,
    /// The day the request lapses unless it is approved.
    pub lapses_at: Timestamp,
    pub link: String,
}

/// An approval email to write: about which relationship, to whom, with which link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalMail {
    pub relationship: AdminRelationshipId,
    pub customer_name: String,
    /// The customer's first Global admin the book knows, if any: only a Global admin approves.
    pub recipient: Option<Email>,
    pub link: String,
    pub letter: ApprovalLetter,
}

/// The approval email of a relationship still waiting for the customer (`link`: its approval
/// link). Asking is an Admin agent's work, as requesting is; a relationship approved, lapsed
/// or ended has nothing to ask.
pub fn draft(
    actor: &Actor,
    org: &PartnerOrganization,
    customer: &Customer,
    rel: &AdminRelationship,
    link: String,
    now: Timestamp,
) -> Result<ApprovalMail, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let Some(sender) = actor.as_partner() else { return Err(Refusal::new(InvitationMsg::PartnerRequests)) };
    waiting(rel, now)?;
    let lapses_at = rel.created_at + chrono::Duration::days(crate::domain::admin::APPROVAL_WINDOW_DAYS);
    Ok(ApprovalMail {
        relationship: rel.id,
        customer_name: customer.company_name.clone(),
        recipient: customer.users.iter().find(|u| u.global_admin).map(|u| u.email.clone()),
        link: link.clone(),
        letter: ApprovalLetter {
            partner: org.name.clone(),
            sender: sender.name.clone(),
            company: customer.company_name.clone(),
            country: customer.country,
            name: rel.name.clone(),
            roles: rel.roles.clone(),
            duration_days: rel.duration_days,
            lapses_at,
            link,
        },
    })
}

/// The email as the operator sends it: the relationship still waits, the link is in it
/// unaltered, and it has a subject.
pub fn check_sent(
    actor: &Actor,
    rel: &AdminRelationship,
    link: &str,
    email: &EmailDraft,
    now: Timestamp,
) -> Result<(), Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    waiting(rel, now)?;
    if !email.body.contains(link) {
        return Err(Refusal::on(Input::Email, InvitationMsg::LinkChanged));
    }
    if email.subject.trim().is_empty() {
        return Err(Refusal::on(Input::Subject, InputMsg::Required));
    }
    Ok(())
}

fn waiting(rel: &AdminRelationship, now: Timestamp) -> Result<(), Refusal> {
    match rel.status_at(now) {
        AdminRelationshipStatus::ApprovalPending => Ok(()),
        status => Err(Refusal::new(GdapMsg::NotAwaitingApproval { id: rel.id, status })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use crate::domain::org::{AgentRoles, CompanyRole};
    use AdminRelationshipStatus::*;

    fn admin_agent() -> Actor {
        Actor::Partner(fixtures::partner_user(CompanyRole::User, AgentRoles { admin: true, ..Default::default() }))
    }

    #[test]
    fn only_a_pending_relationship_is_asked_for_to_the_customers_global_admin_with_its_link() {
        let now = fixtures::now();
        let org = fixtures::org(crate::domain::country::Cloud::Public);
        let customer = fixtures::customer("VN");
        let link = super::super::approval_link("GDAP-1");
        let pending = super::super::tests::relationship(1, ApprovalPending, now - chrono::Duration::days(10));
        let mail = draft(&admin_agent(), &org, &customer, &pending, link.clone(), now).unwrap();
        assert_eq!(mail.letter.lapses_at, pending.created_at + chrono::Duration::days(90));
        assert_eq!(mail.recipient, customer.users.iter().find(|u| u.global_admin).map(|u| u.email.clone()));
        assert_eq!((mail.letter.country, mail.link.as_str()), (customer.country, link.as_str()));
        let active = super::super::tests::relationship(2, Active, now);
        assert_eq!(
            draft(&admin_agent(), &org, &customer, &active, link.clone(), now).unwrap_err().msg,
            GdapMsg::NotAwaitingApproval { id: active.id, status: Active }.into()
        );
        let lapsed = super::super::tests::relationship(3, ApprovalPending, now - chrono::Duration::days(91));
        assert!(draft(&admin_agent(), &org, &customer, &lapsed, link.clone(), now).is_err(), "lapsed after 90 days");
        assert!(draft(&fixtures::sales_agent(), &org, &customer, &pending, link, now).is_err(), "an Admin agent asks");
    }

    #[test]
    fn the_email_is_sent_only_with_the_link_unaltered_and_a_subject() {
        let now = fixtures::now();
        let rel = super::super::tests::relationship(1, ApprovalPending, now);
        let link = super::super::approval_link("GDAP-1");
        let email = |subject: &str, body: String| EmailDraft { subject: subject.into(), body };
        assert!(check_sent(&admin_agent(), &rel, &link, &email("Approve", format!("Hi\n{link}\n")), now).is_ok());
        let changed = email("Approve", format!("Hi\n{}x\n", &link[..link.len() - 1]));
        assert_eq!(check_sent(&admin_agent(), &rel, &link, &changed, now).unwrap_err().input, Some(Input::Email));
        let untitled = email(" ", link.clone());
        assert_eq!(check_sent(&admin_agent(), &rel, &link, &untitled, now).unwrap_err().input, Some(Input::Subject));
    }
}
