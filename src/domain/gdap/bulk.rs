//! Bulk granular admin: one action over any selection — a filter, marked customers, a CSV of
//! tenant ids — item by item, each by the same rule as one at a time, so a bulk job refuses
//! exactly what a single change would, and says why for each item. No limit of 25.
//!
//! A dry run asks each item's rule without writing: what it would do, or why it would be
//! refused.

use super::access::{AccessAssignment, AssignmentStatus};
use super::templates::Template;
use crate::domain::admin::{self, AdminRelationship, AdminRelationshipStatus, DirectoryRole, GranularRequest};
use crate::domain::customer::Customer;
use crate::domain::ids::{AdminRelationshipId, PartnerId, TenantId};
use crate::domain::msg::GdapMsg;
use crate::domain::permission::{self, Actor, Operation};
use crate::domain::{Refusal, Timestamp};
use serde::Serialize;

/// What a bulk job does to each item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkAction {
    /// Request a relationship from a role template (Microsoft's or the partner's own) with each
    /// customer; it is named the prefix and the customer's domain.
    Request { template: Template, duration_days: u32, auto_extend: bool },
    /// Auto-extend on (extend by 180 days at the end) or off.
    AutoExtend(bool),
    /// Remove the Global Administrator role: only from active relationships, as Microsoft allows.
    RemoveGlobalAdmin,
    /// End each relationship (or withdraw each request).
    End,
}

impl BulkAction {
    /// Whether its items are customers (a request) rather than their relationships.
    pub fn on_customers(&self) -> bool {
        matches!(self, BulkAction::Request { .. })
    }
}

/// One item of a bulk job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum BulkItem {
    Customer(TenantId),
    Relationship(AdminRelationshipId),
}

/// The items of `action` over the selected customers: each customer, for a request; else each
/// of their live relationships (requested, pending, active or expiring) — a customer with none
/// is an item of its own, refused with the reason.
pub fn items(action: &BulkAction, tenants: &[TenantId], rels: &[AdminRelationship], now: Timestamp) -> Vec<BulkItem> {
    if action.on_customers() {
        return tenants.iter().copied().map(BulkItem::Customer).collect();
    }
    let mut by_tenant: std::collections::HashMap<TenantId, Vec<AdminRelationshipId>> = Default::default();
    for r in rels.iter().filter(|r| super::is_live(r.status_at(now))) {
        by_tenant.entry(r.customer).or_default().push(r.id);
    }
    let mut out = Vec::with_capacity(tenants.len());
    for t in tenants {
        match by_tenant.get_mut(t) {
            Some(ids) => {
                ids.sort();
                out.extend(ids.iter().copied().map(BulkItem::Relationship));
            }
            None => out.push(BulkItem::Customer(*t)),
        }
    }
    out
}

/// The name a bulk request gives a customer's relationship: the prefix and the first label of
/// its domain, cut to Microsoft's 50 characters.
pub fn request_name(prefix: &str, customer: &Customer) -> String {
    let label = customer.primary_domain.as_str().split('.').next().unwrap_or_default();
    let name = format!("{} {label}", prefix.trim());
    name.chars().take(admin::MAX_NAME_CHARS).collect::<String>().trim_end().to_string()
}

/// Removes the Global Administrator role from an active relationship (Microsoft allows it
/// only there). Refused when it holds no such role, when it is its only role (a relationship
/// keeps at least one), and while an access assignment gives that role to a group.
pub fn remove_global_admin(
    actor: &Actor,
    rel: &AdminRelationship,
    assignments: &[AccessAssignment],
    now: Timestamp,
) -> Result<AdminRelationship, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let status = rel.status_at(now);
    if !matches!(status, AdminRelationshipStatus::Active | AdminRelationshipStatus::Expiring) {
        return Err(Refusal::new(GdapMsg::RemoveGlobalAdminNotActive { id: rel.id, status }));
    }
    let ga = DirectoryRole::GlobalAdministrator;
    if !rel.roles.contains(&ga) {
        return Err(Refusal::new(GdapMsg::NoGlobalAdmin { id: rel.id }));
    }
    if rel.roles.iter().all(|r| *r == ga) {
        return Err(Refusal::new(GdapMsg::OnlyGlobalAdmin { id: rel.id }));
    }
    let holding = assignments.iter().find(|a| {
        a.relationship == rel.id && a.roles.contains(&ga) && a.status_with(status) != AssignmentStatus::Deleted
    });
    if let Some(a) = holding {
        return Err(Refusal::new(GdapMsg::AssignmentHoldsGlobalAdmin { id: rel.id, assignment: a.id }));
    }
    let mut r = rel.clone();
    r.roles.retain(|x| *x != ga);
    Ok(r)
}

/// What the book holds that one item's rule reads.
pub struct ItemContext<'a> {
    pub partner: PartnerId,
    /// The customer of the item (a request's, or the relationship's).
    pub customer: Option<&'a Customer>,
    pub relationship: Option<&'a AdminRelationship>,
    /// Every relationship of the partner (names are unique among them).
    pub relationships: &'a [AdminRelationship],
    pub assignments: &'a [AccessAssignment],
    /// A request's name prefix.
    pub prefix: &'a str,
}

/// What one item becomes: a relationship requested or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Requested(AdminRelationship),
    Changed { before: AdminRelationship, after: AdminRelationship },
}

/// Applies `action` to one item by its rule: the change to write, or why not. `id` is the id a
/// request would take.
pub fn apply(
    actor: &Actor,
    action: &BulkAction,
    item: BulkItem,
    cx: &ItemContext,
    id: AdminRelationshipId,
    now: Timestamp,
) -> Result<Change, Refusal> {
    let gone = || Refusal::new(crate::domain::msg::BookMsg::CustomerGone);
    match (action, item) {
        // A request is made with the item's customer (a relationship's, if one is named).
        (BulkAction::Request { template, duration_days, auto_extend }, _) => {
            let c = cx.customer.ok_or_else(gone)?;
            let req = GranularRequest {
                name: request_name(cx.prefix, c),
                roles: template.roles(),
                duration: duration_days.to_string(),
                auto_extend: *auto_extend,
            };
            admin::request(actor, cx.partner, c, cx.relationships, &req, id, now).map(Change::Requested)
        }
        (_, BulkItem::Customer(_)) => {
            let c = cx.customer.ok_or_else(gone)?;
            Err(Refusal::new(GdapMsg::NoLiveRelationship { company: c.company_name.clone() }))
        }
        (_, BulkItem::Relationship(rid)) => {
            let before = cx
                .relationship
                .ok_or_else(|| Refusal::new(crate::domain::msg::BookMsg::RelationshipGone { id: rid }))?;
            let after = match action {
                BulkAction::AutoExtend(on) => admin::set_auto_extend(actor, before, *on, now)?,
                BulkAction::RemoveGlobalAdmin => remove_global_admin(actor, before, cx.assignments, now)?,
                BulkAction::End | BulkAction::Request { .. } => admin::terminate(actor, before, now)?,
            };
            Ok(Change::Changed { before: before.clone(), after })
        }
    }
}

/// The tenant ids of a list (a CSV file, or one id a line): in each line the first cell that
/// is a GUID, each tenant once in the order first named; a header line is passed over, and
/// any other line with no tenant id is refused with its number.
pub fn tenant_list(text: &str) -> Result<Vec<TenantId>, Refusal> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (n, line) in text.lines().enumerate() {
        let cells: Vec<&str> = line.split([',', ';', '\t']).map(|c| c.trim().trim_matches('"')).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        match cells.iter().find_map(|c| uuid::Uuid::parse_str(c).ok()) {
            Some(id) => {
                if seen.insert(id) {
                    out.push(TenantId(id));
                }
            }
            // The first line may name its columns.
            None if n == 0 => {}
            None => {
                return Err(Refusal::on(
                    crate::domain::Input::TenantId,
                    GdapMsg::NoTenantOnLine { line: n + 1, text: crate::domain::validate::clip(line) },
                ));
            }
        }
    }
    Ok(out)
}

/// What became of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResult {
    pub item: BulkItem,
    /// The customer's name, for the result table.
    pub company: String,
    /// The relationship changed or requested (none for a refused request, or a request a dry
    /// run would make).
    pub relationship: Option<AdminRelationshipId>,
    /// Done (or, in a dry run, would be done), or refused and why.
    pub outcome: Result<(), Refusal>,
}

impl ItemResult {
    /// How the result table names the item: the relationship's id, else the customer's tenant.
    pub fn label(&self) -> String {
        match (self.relationship, self.item) {
            (Some(id), _) | (None, BulkItem::Relationship(id)) => id.to_string(),
            (None, BulkItem::Customer(t)) => t.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;
    use crate::domain::ids::AccessAssignmentId;
    use crate::domain::org::{AgentRoles, CompanyRole};

    fn admin_agent() -> Actor {
        Actor::Partner(fixtures::partner_user(CompanyRole::User, AgentRoles { admin: true, ..Default::default() }))
    }

    fn rel(id: u64, status: AdminRelationshipStatus, roles: Vec<DirectoryRole>) -> AdminRelationship {
        let mut r = super::super::tests::relationship(id, status, fixtures::now());
        r.roles = roles;
        r
    }

    #[test]
    fn a_tenant_list_takes_the_first_guid_of_each_line_once_and_names_a_bad_line() {
        let a = "0b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
        let b = "1b6f2a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
        let list = tenant_list(&format!("tenant_id;company\n{a};Minh Phát\n\n\"{b}\",x\n{a}\n")).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[1].to_string(), b);
        let err = tenant_list(&format!("{a}\nminhphat.vn\n")).unwrap_err();
        assert_eq!(err.msg, GdapMsg::NoTenantOnLine { line: 2, text: "minhphat.vn".into() }.into());
    }

    #[test]
    fn global_administrator_is_removed_only_from_active_relationships_and_never_the_last_role() {
        let now = fixtures::now();
        let ga = DirectoryRole::GlobalAdministrator;
        let both = rel(1, AdminRelationshipStatus::Active, vec![ga, DirectoryRole::GlobalReader]);
        let after = remove_global_admin(&admin_agent(), &both, &[], now).unwrap();
        assert_eq!(after.roles, vec![DirectoryRole::GlobalReader]);
        let pending = rel(2, AdminRelationshipStatus::ApprovalPending, vec![ga, DirectoryRole::GlobalReader]);
        let err = remove_global_admin(&admin_agent(), &pending, &[], now).unwrap_err();
        assert_eq!(
            err.msg,
            GdapMsg::RemoveGlobalAdminNotActive { id: pending.id, status: AdminRelationshipStatus::ApprovalPending }
                .into()
        );
        let only = rel(3, AdminRelationshipStatus::Active, vec![ga]);
        assert_eq!(
            remove_global_admin(&admin_agent(), &only, &[], now).unwrap_err().msg,
            GdapMsg::OnlyGlobalAdmin { id: only.id }.into()
        );
        let none = rel(4, AdminRelationshipStatus::Active, vec![DirectoryRole::GlobalReader]);
        assert_eq!(
            remove_global_admin(&admin_agent(), &none, &[], now).unwrap_err().msg,
            GdapMsg::NoGlobalAdmin { id: none.id }.into()
        );
        let held = AccessAssignment {
            id: AccessAssignmentId(5),
            relationship: both.id,
            customer: both.customer,
            group: uuid::Uuid::from_u128(1),
            roles: vec![ga],
            status: AssignmentStatus::Active,
            created_at: now,
            changed_at: now,
            version: 1,
        };
        let err = remove_global_admin(&admin_agent(), &both, &[held], now).unwrap_err();
        assert_eq!(
            err.msg,
            GdapMsg::AssignmentHoldsGlobalAdmin { id: both.id, assignment: AccessAssignmentId(5) }.into()
        );
        assert!(remove_global_admin(&fixtures::sales_agent(), &both, &[], now).is_err(), "an Admin agent removes it");
    }

    #[test]
    fn a_selection_of_customers_becomes_their_live_relationships_or_the_customer_refused() {
        let now = fixtures::now();
        let a = rel(1, AdminRelationshipStatus::Active, vec![DirectoryRole::GlobalReader]);
        let mut ended = rel(2, AdminRelationshipStatus::Terminated, vec![DirectoryRole::GlobalReader]);
        ended.customer = TenantId(uuid::Uuid::from_u128(2));
        let tenants = [a.customer, ended.customer];
        let all = [a.clone(), ended.clone()];
        assert_eq!(
            items(&BulkAction::End, &tenants, &all, now),
            vec![BulkItem::Relationship(a.id), BulkItem::Customer(ended.customer)]
        );
        let request = BulkAction::Request {
            template: Template::BuiltIn(super::super::templates::SUPPORT),
            duration_days: 730,
            auto_extend: true,
        };
        assert_eq!(items(&request, &tenants, &all, now).len(), 2);
    }

    #[test]
    fn each_item_follows_the_rule_of_one_change_and_says_why_not() {
        let now = fixtures::now();
        let c = fixtures::customer("VN");
        let ga = rel(
            1,
            AdminRelationshipStatus::Active,
            vec![DirectoryRole::GlobalAdministrator, DirectoryRole::GlobalReader],
        );
        fn cx<'a>(c: &'a Customer, r: Option<&'a AdminRelationship>) -> ItemContext<'a> {
            ItemContext {
                partner: fixtures::US,
                customer: Some(c),
                relationship: r,
                relationships: &[],
                assignments: &[],
                prefix: "Sao Mai support",
            }
        }
        let on = apply(
            &admin_agent(),
            &BulkAction::AutoExtend(true),
            BulkItem::Relationship(ga.id),
            &cx(&c, Some(&ga)),
            ga.id,
            now,
        );
        assert_eq!(on.unwrap_err().input, Some(crate::domain::Input::AutoExtend), "not with Global Administrator");
        let removed = apply(
            &admin_agent(),
            &BulkAction::RemoveGlobalAdmin,
            BulkItem::Relationship(ga.id),
            &cx(&c, Some(&ga)),
            ga.id,
            now,
        );
        assert!(
            matches!(removed, Ok(Change::Changed { ref after, .. }) if after.roles == vec![DirectoryRole::GlobalReader])
        );
        let request = BulkAction::Request {
            template: Template::BuiltIn(super::super::templates::SUPPORT),
            duration_days: 730,
            auto_extend: true,
        };
        let Ok(Change::Requested(r)) = apply(
            &admin_agent(),
            &request,
            BulkItem::Customer(c.tenant_id),
            &cx(&c, None),
            AdminRelationshipId(9),
            now,
        ) else {
            panic!("a request from the template");
        };
        assert_eq!(
            (r.name.as_str(), r.roles.len(), r.status),
            ("Sao Mai support minhphat", 5, AdminRelationshipStatus::ApprovalPending)
        );
        let none = apply(
            &admin_agent(),
            &BulkAction::End,
            BulkItem::Customer(c.tenant_id),
            &cx(&c, None),
            AdminRelationshipId(9),
            now,
        );
        assert_eq!(none.unwrap_err().msg, GdapMsg::NoLiveRelationship { company: c.company_name.clone() }.into());
        assert_eq!(request_name(&"x".repeat(60), &c).chars().count(), 50);
    }
}
