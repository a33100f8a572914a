//! What the operations' tests share: a small book and who acts on it. The book is made from the
//! domain's fixtures and the operations themselves, so these tests depend on neither the app nor
//! the demo.

use super::OpContext;
use super::invitations::{self, Request, Target};
use crate::domain::country::Cloud;
use crate::domain::customer::{Customer, CustomerUser};
use crate::domain::fixtures;
use crate::domain::ids::{Domain, Email, SessionId, TenantId};
use crate::domain::link::LinkHosts;
use crate::domain::org::{AgentRoles, CompanyRole, PartnerUser};
use crate::domain::permission::Actor;
use crate::store::{Book, Reads, Stamp};

/// Sao Mai Cloud with a Global admin (`mai@`), a Sales agent (`lan@`) and a Helpdesk agent
/// (`bao@`), three customers with a Global admin each, and a reseller invitation sent to the
/// last of them — in memory.
pub fn book() -> Book {
    let book = Book::in_memory().unwrap();
    book.write(&stamp("test"), |tx| {
        let org = tx.put_org(&fixtures::org(Cloud::Public))?;
        tx.audit("organization.created", &org.name, None::<&()>, Some(&org))?;
        for user in partner_users() {
            tx.put_partner_user(&user, true)?;
        }
        for customer in customers() {
            tx.insert_customer(&customer, org.partner_id)?;
        }
        Ok(())
    })
    .unwrap();
    let sales = actor(&book, "lan@saomai.vn");
    let request = Request {
        target: Target::Existing(customer_id(3)),
        include_admin: true,
        recipient: String::new(),
        language: None,
    };
    let draft = invitations::request(&book, &ctx(&sales), request, &LinkHosts::default()).unwrap();
    invitations::mark_sent(&book, &ctx(&sales), draft.id, draft.version, draft.email).unwrap();
    book
}

fn partner_users() -> [PartnerUser; 3] {
    let user = |email: &str, name: &str, role, agent| PartnerUser {
        email: Email(email.into()),
        name: name.into(),
        ..fixtures::partner_user(role, agent)
    };
    [
        user("mai@saomai.vn", "Phạm Thị Mai", CompanyRole::GlobalAdmin, AgentRoles::default()),
        user("lan@saomai.vn", "Trần Thị Lan", CompanyRole::User, AgentRoles { sales: true, ..AgentRoles::default() }),
        user("bao@saomai.vn", "Lê Quốc Bảo", CompanyRole::User, AgentRoles { helpdesk: true, ..AgentRoles::default() }),
    ]
}

fn customer_id(n: u128) -> TenantId {
    TenantId(uuid::Uuid::from_u128(0xc0 + n))
}

fn customers() -> Vec<Customer> {
    let customer = |n: u128, company: &str, domain: &str| Customer {
        tenant_id: customer_id(n),
        company_name: company.into(),
        primary_domain: Domain(format!("{domain}.onmicrosoft.com")),
        users: vec![CustomerUser {
            email: Email(format!("admin@{domain}.vn")),
            name: "Nguyễn Văn An".into(),
            global_admin: true,
            licences: vec![],
        }],
        ..fixtures::customer("VN")
    };
    vec![
        customer(1, "Công ty TNHH Minh Phát", "minhphat"),
        customer(2, "Công ty Cổ phần Sông Hồng", "songhong"),
        customer(3, "Công ty TNHH Phú Quý", "phuquy"),
    ]
}

pub fn stamp(actor: &str) -> Stamp {
    Stamp { actor: actor.into(), session: SessionId("t".into()), at: fixtures::now(), via: String::new() }
}

/// The partner user or customer user `email` names.
pub fn actor(book: &Book, email: &str) -> Actor {
    book.read().unwrap().actor(&Email(email.into())).unwrap().unwrap()
}

pub fn ctx<'a>(actor: &'a Actor) -> OpContext<'a> {
    OpContext { actor, stamp: stamp(actor.email()), read_only: false, seed: fastrand::u64(..) }
}
