//! The Permissions tab's state. Partner side: three views — partner users and their roles,
//! granular admin relationships, the audit log. Customer side: who holds admin privileges for
//! the tenant, and its granular admin relationships.

use crate::app::list::FilteredList;
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::customer::Customer;
use crate::domain::gdap::access::{AccessAssignment, SecurityGroup};
use crate::domain::gdap::templates::{self, Template};
use crate::domain::ids::AdminRelationshipId;
use crate::domain::ids::TenantId;
use crate::domain::org::PartnerUser;
use crate::domain::search::fold;
use crate::store::Reads;
use anyhow::Result;

/// How many of the newest audit events the audit view holds.
const AUDIT_EVENTS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    Users,
    Relationships,
    Audit,
    /// The result table of the last bulk granular admin job.
    Bulk,
    /// Role templates, Microsoft's and the partner's own, with the relationships that differ.
    Templates,
    /// The expiry forecast: every relationship by the day it ends, in 1 / 7 / 31-day windows.
    Expiring,
}

impl Pane {
    pub const ALL: [Pane; 6] =
        [Pane::Users, Pane::Relationships, Pane::Audit, Pane::Bulk, Pane::Templates, Pane::Expiring];

    pub fn title(self) -> crate::i18n::Phrase {
        match self {
            Pane::Users => crate::text::PARTNER_USERS,
            Pane::Relationships => crate::text::ADMIN_RELATIONSHIPS,
            Pane::Audit => crate::text::AUDIT_LOG,
            Pane::Bulk => crate::text::gdap::BULK_RESULTS,
            Pane::Templates => crate::text::gdap::ROLE_TEMPLATES,
            Pane::Expiring => crate::text::gdap::EXPIRING,
        }
    }
}

/// One line of a bulk job's result table, as shown and exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkRow {
    /// The relationship's id, or the customer's tenant id.
    pub item: String,
    pub company: String,
    /// Done, would be done (a dry run), or refused.
    pub outcome: String,
    /// Why it was refused (empty when it was not).
    pub reason: String,
    pub refused: bool,
}

#[derive(Default)]
pub struct PermissionsView {
    pub pane: Pane,
    pub users: Vec<PartnerUser>,
    pub users_list: FilteredList,
    pub relationships: Vec<AdminRelationship>,
    pub relationships_list: FilteredList,
    pub audit: Vec<AuditEvent>,
    pub audit_list: FilteredList,
    /// The last bulk job's results in this session, one row per item.
    pub bulk: Vec<BulkRow>,
    pub bulk_list: FilteredList,
    /// Where the open audit event's page is scrolled to.
    pub event_scroll: crate::app::scroll::Scroll,
    pub customer: Option<Customer>,
    /// The access assignments of the relationships held (a customer: its own only).
    pub assignments: Vec<AccessAssignment>,
    /// The partner's security groups the assignments name (a customer: only those).
    pub groups: Vec<SecurityGroup>,
    /// Each customer's granular access, for the customers with a relationship: what the
    /// Customers list's access column and its problem filter read, one lookup a row.
    pub access: std::sync::Arc<crate::domain::gdap::health::AccessByCustomer>,
    /// Microsoft Graph's ids of imported relationships, by the book's (`GDAP-3`): their
    /// approval links name Microsoft's id.
    pub graph_ids: std::collections::HashMap<String, String>,
    /// Every role template: Microsoft's, then the partner's own (a customer: none).
    pub templates: Vec<Template>,
    pub templates_list: FilteredList,
    /// Every relationship that will end, soonest first (the expiry forecast).
    pub expiring: Vec<crate::domain::gdap::forecast::Ending>,
    pub expiring_list: FilteredList,
    only: Option<TenantId>,
}

fn keep_selected<T, K: PartialEq>(items: &[T], list: &FilteredList, key: impl Fn(&T) -> K) -> Option<K> {
    list.selected_item().map(|i| key(&items[i]))
}

impl PermissionsView {
    pub fn load(read: &impl Reads, only: Option<TenantId>, now: crate::domain::Timestamp) -> Result<Self> {
        let pane = if only.is_some() { Pane::Relationships } else { Pane::Users };
        let mut view = Self { only, pane, ..Self::default() };
        view.reload(read, now)?;
        Ok(view)
    }

    pub fn next_pane(&mut self) {
        if self.only.is_none() {
            let i = Pane::ALL.iter().position(|p| *p == self.pane).unwrap_or(0);
            self.pane = Pane::ALL[(i + 1) % Pane::ALL.len()];
        }
    }

    pub fn list(&self) -> &FilteredList {
        match self.pane {
            Pane::Users => &self.users_list,
            Pane::Relationships => &self.relationships_list,
            Pane::Audit => &self.audit_list,
            Pane::Bulk => &self.bulk_list,
            Pane::Templates => &self.templates_list,
            Pane::Expiring => &self.expiring_list,
        }
    }

    pub fn list_mut(&mut self) -> &mut FilteredList {
        match self.pane {
            Pane::Users => &mut self.users_list,
            Pane::Relationships => &mut self.relationships_list,
            Pane::Audit => &mut self.audit_list,
            Pane::Bulk => &mut self.bulk_list,
            Pane::Templates => &mut self.templates_list,
            Pane::Expiring => &mut self.expiring_list,
        }
    }

    /// Takes a bulk job's results as the result table (a dry run's say "would be done").
    pub fn set_bulk(&mut self, results: Vec<crate::domain::gdap::bulk::ItemResult>, dry_run: bool) {
        self.bulk = results
            .iter()
            .map(|r| {
                let (outcome, reason) = match &r.outcome {
                    Ok(()) => (crate::text::gdap::bulk_outcome(dry_run).to_string(), String::new()),
                    Err(refusal) => (crate::text::gdap::BULK_REFUSED.to_string(), refusal.to_string()),
                };
                BulkRow { item: r.label(), company: r.company.clone(), outcome, reason, refused: r.outcome.is_err() }
            })
            .collect();
        let hay =
            self.bulk.iter().map(|r| fold(&format!("{} {} {} {}", r.item, r.company, r.outcome, r.reason))).collect();
        self.bulk_list.reset(hay, (0..self.bulk.len() as u32).collect(), None);
    }

    pub fn selected_user(&self) -> Option<&PartnerUser> {
        self.users_list.selected_item().map(|i| &self.users[i])
    }

    pub fn selected_relationship(&self) -> Option<&AdminRelationship> {
        self.relationships_list.selected_item().map(|i| &self.relationships[i])
    }

    /// The relationships of one customer (a few: the book holds few relationships per tenant).
    pub fn relationships_of(&self, tenant: TenantId) -> Vec<&AdminRelationship> {
        self.relationships.iter().filter(|r| r.customer == tenant).collect()
    }

    /// The access assignments of a relationship, oldest first.
    pub fn assignments_of(&self, rel: AdminRelationshipId) -> Vec<&AccessAssignment> {
        self.assignments.iter().filter(|a| a.relationship == rel).collect()
    }

    /// The access assignments of one customer's relationships.
    pub fn assignments_for(&self, tenant: TenantId) -> Vec<&AccessAssignment> {
        self.assignments.iter().filter(|a| a.customer == tenant).collect()
    }

    /// A security group's name, or its id when the book does not name it.
    pub fn group_name(&self, id: uuid::Uuid) -> String {
        self.groups.iter().find(|g| g.id == id).map_or_else(|| id.to_string(), |g| g.name.clone())
    }

    /// "ACC-4 · Helpdesk agents · Helpdesk Administrator, … · active", with `status` (as of its
    /// relationship's status now).
    pub fn describe(&self, a: &AccessAssignment, status: &crate::domain::gdap::access::AssignmentStatus) -> String {
        let roles: Vec<String> = a.roles.iter().map(|r| r.name()).collect();
        crate::text::gdap::assignment_line(
            &a.id.to_string(),
            &self.group_name(a.group),
            &crate::i18n::list(&roles),
            &crate::text::gdap::assignment_status(status),
        )
    }

    /// Every role template a request may start from: Microsoft's, then the partner's own.
    pub fn templates(&self) -> Vec<Template> {
        self.templates.clone()
    }

    pub fn selected_template(&self) -> Option<&Template> {
        self.templates_list.selected_item().map(|i| &self.templates[i])
    }

    /// The approval link of a relationship the pane holds.
    pub fn approval_link(&self, rel: &AdminRelationship) -> String {
        crate::domain::gdap::approval_link_of(rel, self.graph_ids.get(&rel.id.to_string()).map(String::as_str))
    }

    /// The audit event with sequence number `seq`, if the pane holds it.
    pub fn event(&self, seq: u64) -> Option<&AuditEvent> {
        self.audit.iter().find(|e| e.seq == seq)
    }

    /// Reads the newest audit events into the audit pane.
    pub fn load_audit(&mut self, read: &impl Reads) -> Result<()> {
        self.audit = read.audit_newest(AUDIT_EVENTS)?;
        let hay =
            self.audit.iter().map(|e| fold(&format!("{} {} {} {}", e.actor, e.action, e.target, e.session))).collect();
        self.audit_list.reset(hay, (0..self.audit.len() as u32).collect(), None);
        Ok(())
    }

    pub fn reload(&mut self, read: &impl Reads, now: crate::domain::Timestamp) -> Result<()> {
        let keep_user = keep_selected(&self.users, &self.users_list, |u| u.email.clone());
        let keep_rel = keep_selected(&self.relationships, &self.relationships_list, |r| r.id);
        let mut relationships = read.admin_relationships()?;
        match self.only {
            None => {
                self.users = read.partner_users()?;
                self.users.sort_by_cached_key(|u| fold(&u.name));
                let hay = self
                    .users
                    .iter()
                    .map(|u| {
                        fold(&format!("{} {} {} {}", u.name, u.email, u.roles_summary(), u.supported_admin.label()))
                    })
                    .collect();
                let keep = keep_user.and_then(|e| self.users.iter().position(|u| u.email == e));
                self.users_list.reset(hay, (0..self.users.len() as u32).collect(), keep);
                let keep = keep_selected(&self.templates, &self.templates_list, |t| t.key().to_string());
                self.templates = templates::all(&read.own_templates()?);
                let hay = self
                    .templates
                    .iter()
                    .map(|t| fold(&format!("{} {}", t.key(), crate::text::gdap::template_name(t))))
                    .collect();
                let keep = keep.and_then(|k| self.templates.iter().position(|t| t.key() == k));
                self.templates_list.reset(hay, (0..self.templates.len() as u32).collect(), keep);
                // The audit log is read only while it is shown: its events are large, and a
                // session on the Users pane would otherwise read them again at every commit.
                if self.pane == Pane::Audit {
                    self.load_audit(read)?;
                } else {
                    self.audit = Vec::new();
                    self.audit_list.reset(Vec::new(), Vec::new(), None);
                }
            }
            Some(tenant) => {
                self.customer = read.customer(tenant)?;
                relationships.retain(|r| r.customer == tenant);
            }
        }
        let mut assignments = read.access_assignments()?;
        let mut groups = read.security_groups()?;
        if let Some(tenant) = self.only {
            // A customer sees the groups that hold roles in its own tenant, and nothing else.
            assignments.retain(|a| a.customer == tenant);
            groups.retain(|g| assignments.iter().any(|a| a.group == g.id));
        }
        groups.sort_by_cached_key(|g| fold(&g.name));
        self.access = std::sync::Arc::new(crate::domain::gdap::health::by_customer(&relationships, &assignments, now));
        self.assignments = assignments;
        self.groups = groups;
        relationships.sort_by_key(|r| std::cmp::Reverse(r.created_at));
        let hay = relationships.iter().map(|r| fold(&format!("{} {} {}", r.id, r.customer_name, r.name))).collect();
        let keep = keep_rel.and_then(|id| relationships.iter().position(|r| r.id == id));
        let keep_ending = keep_selected(&self.expiring, &self.expiring_list, |e| e.id);
        self.expiring = crate::domain::gdap::forecast::forecast(&relationships, now, None);
        let ending_hay =
            self.expiring.iter().map(|e| fold(&format!("{} {} {}", e.id, e.customer_name, e.name))).collect();
        let keep_ending = keep_ending.and_then(|id| self.expiring.iter().position(|e| e.id == id));
        self.expiring_list.reset(ending_hay, (0..self.expiring.len() as u32).collect(), keep_ending);
        self.relationships = relationships;
        self.graph_ids = read.graph_relationship_ids()?;
        self.relationships_list.reset(hay, (0..self.relationships.len() as u32).collect(), keep);
        Ok(())
    }
}
