//! Role templates: named sets of Microsoft Entra built-in roles a granular admin relationship
//! can be requested with, so that every customer gets the same least-privileged set, and a
//! relationship that strays from its set shows.
//!
//! Sources (keep the sets in step with them; role ids are checked against
//! `entra_roles::BUILT_IN`):
//! - `microsoft-default`: the default roles Microsoft grants a partner for a new customer
//!   tenant since 25 September 2023 (Microsoft Partner News, "New timelines: important actions
//!   to secure the partner ecosystem", techcommunity.microsoft.com, May 2023, table "Default
//!   Azure Active Directory roles granted").
//! - `support`, `read-only`: Microsoft's "GDAP role guidance" (learn.microsoft.com/partner-center/
//!   gdap-least-privileged-roles-by-task): the least-privileged role per task — support
//!   requests: Service Support Administrator; passwords: Helpdesk Administrator; users: User
//!   Administrator; licences: License Administrator; reading the directory: Global Reader,
//!   Directory Readers.

use crate::domain::admin::{AdminRelationship, DirectoryRole};
use serde::Serialize;

/// A named set of roles. Its name on screen is the Fluent message `gdap-template-<key>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleTemplate {
    /// What scripts and the command line name it by (`--template support`).
    pub key: &'static str,
    /// Microsoft Entra role template ids.
    role_ids: &'static [&'static str],
}

pub const MICROSOFT_DEFAULT: RoleTemplate = RoleTemplate {
    key: "microsoft-default",
    role_ids: &[
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", // Directory Readers
        "9360feb5-f418-4baa-8175-e2a00bac4301", // Directory Writers
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a", // License Administrator
        "f023fd81-a637-4b56-95fd-791ac0226033", // Service Support Administrator
        "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
        "e8611ab8-c189-46e8-94e1-60213ab1f814", // Privileged Role Administrator
        "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", // Privileged Authentication Administrator
        "158c047a-c907-4556-b7ef-446551a6b5f7", // Cloud Application Administrator
        "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", // Application Administrator
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
    ],
};

pub const SUPPORT: RoleTemplate = RoleTemplate {
    key: "support",
    role_ids: &[
        "f023fd81-a637-4b56-95fd-791ac0226033", // Service Support Administrator
        "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
        "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a", // License Administrator
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
    ],
};

pub const READ_ONLY: RoleTemplate = RoleTemplate {
    key: "read-only",
    role_ids: &[
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", // Directory Readers
    ],
};

/// Every template, in the order screens and `gdap templates` list them.
pub const ALL: [RoleTemplate; 3] = [MICROSOFT_DEFAULT, SUPPORT, READ_ONLY];

/// The template a key names (any case).
pub fn by_key(key: &str) -> Option<RoleTemplate> {
    ALL.into_iter().find(|t| t.key.eq_ignore_ascii_case(key.trim()))
}

impl RoleTemplate {
    /// Its roles, in the template's order.
    pub fn roles(&self) -> Vec<DirectoryRole> {
        self.role_ids.iter().filter_map(|id| DirectoryRole::from_role_id(id)).collect()
    }

    /// How a relationship's roles differ from the template's.
    pub fn diff(&self, rel: &AdminRelationship) -> RoleDiff {
        let want = self.roles();
        RoleDiff {
            missing: want.iter().filter(|r| !rel.roles.contains(r)).copied().collect(),
            extra: rel.roles.iter().filter(|r| !want.contains(r)).copied().collect(),
        }
    }
}

/// Roles a relationship lacks and holds beyond a template.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct RoleDiff {
    pub missing: Vec<DirectoryRole>,
    pub extra: Vec<DirectoryRole>,
}

impl RoleDiff {
    pub fn is_same(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty()
    }
}

/// The live relationships (requested, pending, active, expiring) whose roles differ from the
/// template, each with how: what a change of template would have to touch.
pub fn differing<'a>(
    template: &RoleTemplate,
    rels: impl IntoIterator<Item = &'a AdminRelationship>,
    now: crate::domain::Timestamp,
) -> Vec<(&'a AdminRelationship, RoleDiff)> {
    rels.into_iter()
        .filter(|r| super::is_live(r.status_at(now)))
        .map(|r| (r, template.diff(r)))
        .filter(|(_, d)| !d.is_same())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::admin::AdminRelationshipStatus;
    use crate::domain::entra_roles;

    #[test]
    fn every_template_role_is_a_built_in_role_listed_once_and_none_is_global_administrator() {
        for t in ALL {
            let roles = t.roles();
            assert_eq!(roles.len(), t.role_ids.len(), "{}: every id names a built-in role", t.key);
            for id in t.role_ids {
                assert!(entra_roles::name_of(id).is_some(), "{}: {id}", t.key);
            }
            let mut seen = roles.clone();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), roles.len(), "{}: no role twice", t.key);
            assert!(!roles.contains(&DirectoryRole::GlobalAdministrator), "{}: least privilege", t.key);
        }
    }

    #[test]
    fn microsofts_default_set_holds_the_published_roles_by_their_ids() {
        let names: Vec<_> = MICROSOFT_DEFAULT.roles().iter().filter_map(|r| r.microsoft_name()).collect();
        for name in ["Directory Readers", "Directory Writers", "License Administrator", "Service Support Administrator"]
        {
            assert!(names.contains(&name), "{name}");
        }
        assert!(SUPPORT.roles().contains(&DirectoryRole::GlobalReader));
        assert_eq!(DirectoryRole::GlobalReader.role_id(), "f2ef992c-3afb-46b9-b7cf-a126ee74c451");
        assert_eq!(by_key(" Support "), Some(SUPPORT));
        assert_eq!(by_key("nope"), None);
    }

    #[test]
    fn a_template_shows_which_live_relationships_differ_and_how() {
        let now = crate::domain::fixtures::now();
        let mut same = super::super::tests::relationship(1, AdminRelationshipStatus::Active, now);
        same.roles = READ_ONLY.roles();
        let mut more = same.clone();
        more.id = crate::domain::ids::AdminRelationshipId(2);
        more.roles = vec![DirectoryRole::GlobalReader, DirectoryRole::GlobalAdministrator];
        let mut ended = more.clone();
        ended.id = crate::domain::ids::AdminRelationshipId(3);
        ended.status = AdminRelationshipStatus::Terminated;
        let all = [same, more, ended];
        let found = differing(&READ_ONLY, &all, now);
        assert_eq!(found.len(), 1, "the same set and an ended relationship are not listed");
        assert_eq!(found[0].0.id.0, 2);
        let directory_readers = DirectoryRole::from_role_id("88d8e3e3-8f55-4a1e-953a-9b9898b8876b").unwrap();
        assert_eq!(
            found[0].1,
            RoleDiff { missing: vec![directory_readers], extra: vec![DirectoryRole::GlobalAdministrator] }
        );
    }
}
